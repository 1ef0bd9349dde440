internal import CXlsxWriter

extension ChartSeries {
    /// Fills bars, columns or areas with `pattern` in `foreground` on `background`.
    public func setPattern(_ pattern: ChartPattern, foreground: Color, background: Color = .white) throws {
        let operation = "chart_series_set_pattern(\(pattern))"
        var cPattern = lxw_chart_pattern()
        cPattern.type = pattern.lxwValue
        cPattern.fg_color = foreground.lxwColor
        cPattern.bg_color = background.lxwColor
        chart_series_set_pattern(try open(operation), &cPattern)
    }

    /// Sets the number format of the data labels, e.g. `0;-0;;@` to leave zeros unlabelled.
    public func setDataLabelNumberFormat(_ numberFormat: String) throws {
        let operation = "chart_series_set_labels_num_format(\(numberFormat))"
        let series = try open(operation)
        try CString.with(numberFormat, operation) { chart_series_set_labels_num_format(series, $0) }
    }

    /// Places the data labels.
    public func setDataLabelPosition(_ position: ChartLabelPosition) throws {
        chart_series_set_labels_position(try open("chart_series_set_labels_position"), position.lxwValue)
    }

    /// Sets the font of the data labels.
    public func setDataLabelFont(_ font: ChartFont) throws {
        let operation = "chart_series_set_labels_font"
        var cFont = try font.lxwFont(operation)
        chart_series_set_labels_font(try open(operation), &cFont)
    }
}

extension ChartSeries {
    /// Puts the data labels on a box of `color`, so they read on any fill or pattern.
    public func setDataLabelFill(_ color: Color) throws {
        let operation = "chart_series_set_labels_fill"
        var fill = lxw_chart_fill()
        fill.color = color.lxwColor
        chart_series_set_labels_fill(try open(operation), &fill)
    }
}
