internal import CXlsxWriter

extension Chart {
    /// Sets the font of the chart title.
    public func setTitleFont(_ font: ChartFont) throws {
        let operation = "chart_title_set_name_font"
        var cFont = try font.lxwFont(operation)
        chart_title_set_name_font(try open(operation), &cFont)
    }

    /// Sets the font of the legend.
    public func setLegendFont(_ font: ChartFont) throws {
        let operation = "chart_legend_set_font"
        var cFont = try font.lxwFont(operation)
        chart_legend_set_font(try open(operation), &cFont)
    }

    /// Sets the font of an axis title.
    public func setAxisTitleFont(_ axis: ChartAxis, _ font: ChartFont) throws {
        let operation = "chart_axis_set_name_font(\(axis))"
        var cFont = try font.lxwFont(operation)
        chart_axis_set_name_font(try self.axisHandle(axis, operation), &cFont)
    }

    /// Sets the font of an axis' numbers or category names.
    public func setAxisNumberFont(_ axis: ChartAxis, _ font: ChartFont) throws {
        let operation = "chart_axis_set_num_font(\(axis))"
        var cFont = try font.lxwFont(operation)
        chart_axis_set_num_font(try self.axisHandle(axis, operation), &cFont)
    }

    /// Sets the step between an axis' major tick marks (value axes), e.g. 1 for whole numbers.
    public func setAxisMajorUnit(_ axis: ChartAxis, _ unit: Double) throws {
        let operation = "chart_axis_set_major_unit(\(axis), \(unit))"
        guard unit.isFinite, unit > 0 else {
            throw XlsxError.invalid(operation, "major unit \(unit) is not a positive number")
        }
        chart_axis_set_major_unit(try self.axisHandle(axis, operation), unit)
    }
}
