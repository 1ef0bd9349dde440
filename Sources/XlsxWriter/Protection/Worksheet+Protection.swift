internal import CXlsxWriter

extension Worksheet {
    /// Protects the sheet: locked cells (the default) become read-only, `hidden` formulas invisible.
    ///
    /// Use a format with `FormatStyle.unlocked` for cells users may edit. The password is
    /// only hashed into the file (Excel's weak sheet protection, not encryption); nil or
    /// empty protects without a password.
    public func protect(password: String? = nil, options: ProtectionOptions = ProtectionOptions()) throws {
        let name = operation("worksheet_protect")
        let sheet = try open(name)
        var protection = options.lxwProtection
        let cPassword = password?.isEmpty == true ? nil : password
        try CString.withOptional(cPassword, name) { text in
            worksheet_protect(sheet, text, &protection)
        }
    }
}
