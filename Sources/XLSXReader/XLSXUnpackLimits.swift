/// How far the parts of an archive may unpack: what tells a large workbook from a ZIP bomb.
///
/// A ZIP bomb is a small file whose parts unpack to far more than any workbook of its size: deflate
/// packs a long run of the same bytes about a thousand to one, while the parts of real workbooks pack
/// 2 to 15 to one (the sheets libxlsxwriter writes for Tiltak's large workbooks, 9.2 to 10.7; their
/// shared strings, 7). So a part that unpacks to more than ``ratioFreeSize`` may unpack to at most
/// ``maximumRatio`` times its packed size, and so may all the parts together; and together they may
/// never unpack to more than ``maximumSize``. The sizes are those of the archive's directory, checked
/// when the file is opened, before anything is unpacked; a part is never unpacked past the size the
/// directory gives. So a bomb is refused at once and costs no memory, while a workbook of a million
/// actions (a Tiltak sheet of 800 MB packed to 75 MB) is read.
public struct XLSXUnpackLimits: Sendable, Equatable {
    /// The most bytes the parts may unpack to together.
    public var maximumSize: Int
    /// The most times its packed size a part larger than ``ratioFreeSize`` may unpack to (and all
    /// parts together, when they are larger).
    public var maximumRatio: Int
    /// The unpacked size up to which a part, or all of them, may pack as tightly as it likes.
    public var ratioFreeSize: Int

    /// Limits; by default 4 GiB in all, and 100 to one above 16 MiB.
    public init(maximumSize: Int = 4 << 30, maximumRatio: Int = 100, ratioFreeSize: Int = 16 << 20) {
        self.maximumSize = maximumSize
        self.maximumRatio = maximumRatio
        self.ratioFreeSize = ratioFreeSize
    }

    /// The limits a workbook is read within unless the caller gives others.
    public static let standard = XLSXUnpackLimits()

    /// Whether `unpacked` bytes from `packed` bytes pack more tightly than these limits allow.
    func isTooCompressed(unpacked: Int, packed: Int) -> Bool {
        guard unpacked > ratioFreeSize else { return false }
        let (allowed, overflow) = max(packed, 0).multipliedReportingOverflow(by: maximumRatio)
        return !overflow && unpacked > allowed
    }
}
