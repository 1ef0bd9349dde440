import Testing
import TiltakModel

/// ``CalendarDate``: ISO parsing, validity, ordering and Unix time.
@Suite struct CalendarDateTests {
    static let validCases: [(String, Int, Int, Int)] = [
        ("2021-04-10", 2021, 4, 10),
        ("2020-02-29", 2020, 2, 29),
        ("2000-02-29", 2000, 2, 29),
        ("2021-12-31", 2021, 12, 31),
        ("0999-01-01", 999, 1, 1),
    ]

    @Test(arguments: validCases)
    func valid(_ iso: String, _ year: Int, _ month: Int, _ day: Int) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.year == year)
        #expect(date.month == month)
        #expect(date.day == day)
        #expect(date.iso == iso)
        #expect(date.description == iso)
    }

    static let invalidCases: [String] = [
        "2021-02-29", "1900-02-29", "2021-04-31", "2021-13-01", "2021-00-10", "2021-01-00", "2021-4-10",
        "21-04-10", "2021/04/10", "2021-04-10T12:00", "abcd-01-01", "", "2021-04", "0000-01-01",
    ]

    @Test(arguments: invalidCases)
    func invalid(_ iso: String) {
        #expect(CalendarDate(iso: iso) == nil)
    }

    static let noonCases: [(String, Int)] = [
        ("2021-04-10", 1_618_056_000),
        ("1970-01-01", 43_200),
        ("1969-12-31", -43_200),
        ("2000-03-01", 951_912_000),
        ("2024-02-29", 1_709_208_000),
    ]

    @Test(arguments: noonCases)
    func unixNoonUTC(_ iso: String, _ seconds: Int) throws {
        #expect(try #require(CalendarDate(iso: iso)).unixNoonUTC == seconds)
    }

    @Test func ordering() throws {
        let a = try #require(CalendarDate(iso: "2021-04-10"))
        let b = try #require(CalendarDate(iso: "2021-04-11"))
        let c = try #require(CalendarDate(iso: "2021-12-01"))
        let d = try #require(CalendarDate(iso: "2022-01-01"))
        #expect([d, b, c, a].sorted() == [a, b, c, d])
    }

    @Test func memberwise() {
        #expect(CalendarDate(year: 2021, month: 2, day: 28) != nil)
        #expect(CalendarDate(year: 2021, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
    }
}
