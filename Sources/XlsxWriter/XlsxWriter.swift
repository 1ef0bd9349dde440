// Placeholder: XlsxWriter
