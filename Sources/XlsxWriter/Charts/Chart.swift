internal import CXlsxWriter

/// A chart owned by its workbook; add series, then place it with `Worksheet.insertChart`.
///
/// A non-owning handle usable until the workbook is closed. Range formulas such as
/// "=Oversikt!$A$2:$A$6" can be built with `CellReference.formula(sheet:_:)`.
public struct Chart {
    /// The workbook that owns the chart.
    public let workbook: Workbook
    /// The chart type.
    public let type: ChartType

    let handle: UnsafeMutablePointer<lxw_chart>

    init(workbook: Workbook, type: ChartType, handle: UnsafeMutablePointer<lxw_chart>) {
        self.workbook = workbook
        self.type = type
        self.handle = handle
    }

    func open(_ operation: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_chart> {
        try workbook.requireOpen(operation())
        return handle
    }

    /// Adds a data series; `values` is required, `categories` optional (1…n when nil) except for scatter.
    @discardableResult
    public func addSeries(categories: String? = nil, values: String, name: String? = nil) throws
        -> ChartSeries
    {
        let operation = "chart_add_series(\(values))"
        let chart = try open(operation)
        let created = try CString.withOptional(categories, operation) { cCategories in
            try CString.with(values, operation) { cValues in
                chart_add_series(chart, cCategories, cValues)
            }
        }
        guard let created else {
            throw XlsxError(code: .parameterValidation, operation: operation, detail: "returned NULL")
        }
        let series = ChartSeries(chart: self, handle: created)
        if let name {
            try series.setName(name)
        }
        return series
    }

    /// Sets the chart title (text, or a formula like "=Oversikt!$B$1").
    public func setTitle(_ title: String) throws {
        let operation = "chart_title_set_name(\(title))"
        let chart = try open(operation)
        try CString.with(title, operation) { chart_title_set_name(chart, $0) }
    }

    /// Suppresses the automatic title Excel adds to single-series charts.
    public func setTitleOff() throws {
        chart_title_off(try open("chart_title_off"))
    }

    /// Sets an axis title.
    public func setAxisTitle(_ axis: ChartAxis, _ title: String) throws {
        let operation = "chart_axis_set_name(\(axis), \(title))"
        let cAxis = try self.axisHandle(axis, operation)
        try CString.with(title, operation) { chart_axis_set_name(cAxis, $0) }
    }

    /// Sets an axis number format, e.g. "#,##0" or "0 %".
    public func setAxisNumberFormat(_ axis: ChartAxis, _ numberFormat: String) throws {
        let operation = "chart_axis_set_num_format(\(axis), \(numberFormat))"
        let cAxis = try self.axisHandle(axis, operation)
        try CString.with(numberFormat, operation) { chart_axis_set_num_format(cAxis, $0) }
    }

    /// Fixes an axis' minimum and/or maximum (value axes).
    public func setAxisBounds(_ axis: ChartAxis, min: Double? = nil, max: Double? = nil) throws {
        let operation = "chart_axis_set_min/max(\(axis))"
        let cAxis = try self.axisHandle(axis, operation)
        for bound in [min, max].compactMap({ $0 }) where !bound.isFinite {
            throw XlsxError.invalid(operation, "axis bound \(bound) is not finite")
        }
        if let min {
            chart_axis_set_min(cAxis, min)
        }
        if let max {
            chart_axis_set_max(cAxis, max)
        }
    }

    /// Shows or hides an axis' major gridlines.
    public func setAxisMajorGridlines(_ axis: ChartAxis, visible: Bool) throws {
        let cAxis = try self.axisHandle(axis, "chart_axis_major_gridlines_set_visible(\(axis))")
        chart_axis_major_gridlines_set_visible(cAxis, visible ? 1 : 0)
    }

    /// Positions (or removes) the legend.
    public func setLegendPosition(_ position: ChartLegendPosition) throws {
        chart_legend_set_position(try open("chart_legend_set_position"), position.lxwValue)
    }

    /// Applies one of Excel's 48 built-in chart styles (2 is the default).
    public func setStyle(_ style: Int) throws {
        let operation = "chart_set_style(\(style))"
        let id: UInt8 = try ExcelLimits.integer(style, in: 1...48, "chart style", operation)
        chart_set_style(try open(operation), id)
    }

    /// Sets the gap between bar/column clusters, 0…500 % (default 150).
    public func setSeriesGap(_ percent: Int) throws {
        let operation = "chart_set_series_gap(\(percent))"
        let gap: UInt16 = try ExcelLimits.integer(percent, in: 0...500, "gap", operation)
        chart_set_series_gap(try open(operation), gap)
    }

    /// Sets the overlap of bars/columns in a cluster, -100…100 %.
    public func setSeriesOverlap(_ percent: Int) throws {
        let operation = "chart_set_series_overlap(\(percent))"
        let overlap: Int8 = try ExcelLimits.integer(percent, in: -100...100, "overlap", operation)
        chart_set_series_overlap(try open(operation), overlap)
    }

    func axisHandle(_ axis: ChartAxis, _ operation: String) throws -> UnsafeMutablePointer<lxw_chart_axis> {
        let chart = try open(operation)
        guard type != .pie, type != .doughnut else {
            throw XlsxError(
                code: .featureNotSupported, operation: operation, detail: "\(type) charts have no axes")
        }
        let cAxis = axis == .x ? chart.pointee.x_axis : chart.pointee.y_axis
        guard let cAxis else {
            throw XlsxError(
                code: .nullParameterIgnored, operation: operation, detail: "chart has no \(axis) axis")
        }
        return cAxis
    }
}
