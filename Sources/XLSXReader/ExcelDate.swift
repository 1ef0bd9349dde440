import Foundation

/// Conversion of Excel date serial numbers to dates.
public enum ExcelDate {
    /// The date an Excel serial number stands for, in UTC (Excel dates have no time zone).
    ///
    /// In the 1900 date system serial 1 is 1900-01-01, and serial 60 is the 29 February 1900
    /// that Excel keeps for Lotus 1-2-3 compatibility but never existed; it maps to 1 March.
    /// In the 1904 system (old Mac workbooks, `date1904="1"`) serial 0 is 1904-01-01.
    public static func date(fromSerial serial: Double, date1904: Bool = false) -> Date? {
        guard serial.isFinite, serial >= 0 else { return nil }
        let day: TimeInterval = 86_400
        if date1904 {
            // 1904-01-01T00:00:00Z
            return Date(timeIntervalSince1970: -2_082_844_800 + serial * day)
        }
        guard serial >= 1 else { return nil }
        // Serials from 61 on count from 1899-12-30, those before the phantom leap day from 1899-12-31.
        let epoch: TimeInterval = serial >= 60 ? -2_209_161_600 : -2_209_075_200
        return Date(timeIntervalSince1970: epoch + serial * day)
    }

    /// The date of an ISO 8601 text as written in `t="d"` cells (`2025-03-01`,
    /// `2025-03-01T12:00:00`, optionally with fractional seconds and a zone); UTC if no zone.
    public static func date(fromISO8601 text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let optionSets: [ISO8601DateFormatter.Options] = [
            [.withInternetDateTime, .withFractionalSeconds],
            [.withInternetDateTime],
            [
                .withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate,
                .withFractionalSeconds,
            ],
            [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate],
            [.withFullDate, .withDashSeparatorInDate],
        ]
        for options in optionSets {
            formatter.formatOptions = options
            if let date = formatter.date(from: trimmed) { return date }
        }
        return nil
    }
}
