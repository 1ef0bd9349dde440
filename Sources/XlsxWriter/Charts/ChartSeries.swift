internal import CXlsxWriter

/// One data series of a `Chart`; a non-owning handle usable until the workbook is closed.
public struct ChartSeries {
    /// The chart the series belongs to.
    public let chart: Chart

    let handle: UnsafeMutablePointer<lxw_chart_series>

    init(chart: Chart, handle: UnsafeMutablePointer<lxw_chart_series>) {
        self.chart = chart
        self.handle = handle
    }

    func open(_ operation: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_chart_series> {
        try chart.workbook.requireOpen(operation())
        return handle
    }

    /// Sets the legend name (text, or a formula like "=Oversikt!$B$1").
    public func setName(_ name: String) throws {
        let operation = "chart_series_set_name(\(name))"
        let series = try open(operation)
        try CString.with(name, operation) { chart_series_set_name(series, $0) }
    }

    /// Fills bars, columns, areas or pie slices with a colour; transparency is 0…100 %.
    public func setFill(_ color: Color, transparency: Int = 0) throws {
        let operation = "chart_series_set_fill"
        var fill = lxw_chart_fill()
        fill.color = color.lxwColor
        fill.transparency = try ExcelLimits.integer(transparency, in: 0...100, "transparency", operation)
        chart_series_set_fill(try open(operation), &fill)
    }

    /// Sets the line (or border) colour and width in points (0.25 steps; Excel default 2.25).
    public func setLine(_ color: Color, width: Double? = nil) throws {
        let operation = "chart_series_set_line"
        var line = lxw_chart_line()
        line.color = color.lxwColor
        if let width {
            line.width = Float(try ExcelLimits.number(width, in: 0...1584, "line width", operation))
        }
        chart_series_set_line(try open(operation), &line)
    }

    /// Colours individual points, e.g. pie slices, in order.
    public func setPointColors(_ colors: [Color]) throws {
        let operation = "chart_series_set_points"
        let series = try open(operation)
        guard !colors.isEmpty else { return }
        var fills = colors.map { color -> lxw_chart_fill in
            var fill = lxw_chart_fill()
            fill.color = color.lxwColor
            return fill
        }
        try fills.withUnsafeMutableBufferPointer { fillBuffer in
            guard let base = fillBuffer.baseAddress else { return }
            var points = (0..<fillBuffer.count).map { index -> lxw_chart_point in
                var point = lxw_chart_point()
                point.fill = base + index
                return point
            }
            try points.withUnsafeMutableBufferPointer { pointBuffer in
                guard let pointBase = pointBuffer.baseAddress else { return }
                var pointers: [UnsafeMutablePointer<lxw_chart_point>?] = (0..<pointBuffer.count).map {
                    pointBase + $0
                }
                pointers.append(nil)
                try pointers.withUnsafeMutableBufferPointer { pointerBuffer in
                    try XlsxError.check(chart_series_set_points(series, pointerBuffer.baseAddress), operation)
                }
            }
        }
    }

    /// Shows data labels with the chosen parts (value by default).
    public func setDataLabels(
        value: Bool = true, category: Bool = false, seriesName: Bool = false, percentage: Bool = false
    )
        throws
    {
        let series = try open("chart_series_set_labels")
        chart_series_set_labels(series)
        chart_series_set_labels_options(series, seriesName ? 1 : 0, category ? 1 : 0, value ? 1 : 0)
        if percentage {
            chart_series_set_labels_percentage(series)
        }
    }
}
