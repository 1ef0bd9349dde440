// Placeholder: XLSXReader
