internal import CXlsxWriter

/// A libxlsxwriter error number (`lxw_error`), plus the wrapper's own negative codes.
///
/// Modelled on GRDB's `ResultCode`: the raw value is the C enum's number, and the
/// common values have static names so callers can `switch` or compare with `==`.
public struct XlsxErrorCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The numeric value of the `lxw_error`, or a negative wrapper-specific code.
    public let rawValue: Int

    /// Wraps a raw error number.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    init(_ error: lxw_error) {
        self.rawValue = Int(error.rawValue)
    }

    /// No error.
    public static let noError = XlsxErrorCode(LXW_NO_ERROR)
    /// `malloc()` failed, or a libxlsxwriter constructor returned NULL.
    public static let memoryMallocFailed = XlsxErrorCode(LXW_ERROR_MEMORY_MALLOC_FAILED)
    /// The output file could not be created (usually permissions or a missing directory).
    public static let creatingXlsxFile = XlsxErrorCode(LXW_ERROR_CREATING_XLSX_FILE)
    /// A temporary file could not be created while assembling the file.
    public static let creatingTmpfile = XlsxErrorCode(LXW_ERROR_CREATING_TMPFILE)
    /// A temporary file could not be read.
    public static let readingTmpfile = XlsxErrorCode(LXW_ERROR_READING_TMPFILE)
    /// Generic zip error.
    public static let zipFileOperation = XlsxErrorCode(LXW_ERROR_ZIP_FILE_OPERATION)
    /// Zip parameter error.
    public static let zipParameterError = XlsxErrorCode(LXW_ERROR_ZIP_PARAMETER_ERROR)
    /// Bad zip file (ZIP64 may be required).
    public static let zipBadZipFile = XlsxErrorCode(LXW_ERROR_ZIP_BAD_ZIP_FILE)
    /// Internal zip error.
    public static let zipInternalError = XlsxErrorCode(LXW_ERROR_ZIP_INTERNAL_ERROR)
    /// A part could not be added to the zip container.
    public static let zipFileAdd = XlsxErrorCode(LXW_ERROR_ZIP_FILE_ADD)
    /// The zip container could not be closed.
    public static let zipClose = XlsxErrorCode(LXW_ERROR_ZIP_CLOSE)
    /// The feature is not supported in this configuration.
    public static let featureNotSupported = XlsxErrorCode(LXW_ERROR_FEATURE_NOT_SUPPORTED)
    /// A NULL parameter was ignored.
    public static let nullParameterIgnored = XlsxErrorCode(LXW_ERROR_NULL_PARAMETER_IGNORED)
    /// A parameter failed validation.
    public static let parameterValidation = XlsxErrorCode(LXW_ERROR_PARAMETER_VALIDATION)
    /// A sheet name is longer than 31 characters.
    public static let sheetnameLengthExceeded = XlsxErrorCode(LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED)
    /// A sheet name contains one of `[ ] : * ? / \`.
    public static let invalidSheetnameCharacter = XlsxErrorCode(LXW_ERROR_INVALID_SHEETNAME_CHARACTER)
    /// A sheet name starts or ends with an apostrophe.
    public static let sheetnameStartEndApostrophe = XlsxErrorCode(LXW_ERROR_SHEETNAME_START_END_APOSTROPHE)
    /// A sheet name is already in use (case-insensitive).
    public static let sheetnameAlreadyUsed = XlsxErrorCode(LXW_ERROR_SHEETNAME_ALREADY_USED)
    /// A parameter exceeds Excel's limit of 32 characters.
    public static let stringLengthExceeded32 = XlsxErrorCode(LXW_ERROR_32_STRING_LENGTH_EXCEEDED)
    /// A parameter exceeds Excel's limit of 128 characters.
    public static let stringLengthExceeded128 = XlsxErrorCode(LXW_ERROR_128_STRING_LENGTH_EXCEEDED)
    /// A parameter exceeds Excel's limit of 255 characters.
    public static let stringLengthExceeded255 = XlsxErrorCode(LXW_ERROR_255_STRING_LENGTH_EXCEEDED)
    /// A string exceeds Excel's limit of 32 767 characters.
    public static let maxStringLengthExceeded = XlsxErrorCode(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
    /// Internal shared-string lookup failed.
    public static let sharedStringIndexNotFound = XlsxErrorCode(LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND)
    /// A row or column is outside Excel's 1 048 576 × 16 384 grid.
    public static let worksheetIndexOutOfRange = XlsxErrorCode(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
    /// A hyperlink is longer than 2 079 characters.
    public static let worksheetMaxURLLengthExceeded = XlsxErrorCode(
        LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED)
    /// A worksheet has more than 65 530 hyperlinks.
    public static let worksheetMaxNumberURLsExceeded = XlsxErrorCode(
        LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED)
    /// Image dimensions could not be read.
    public static let imageDimensions = XlsxErrorCode(LXW_ERROR_IMAGE_DIMENSIONS)

    /// Wrapper-specific: the workbook was already closed (or its handle outlived it).
    public static let workbookClosed = XlsxErrorCode(rawValue: -1)

    /// The human-readable text for this code: `lxw_strerror()` for libxlsxwriter codes.
    public var message: String {
        switch self {
        case .workbookClosed:
            return "The workbook is closed; its worksheets, formats and charts are no longer usable."
        default:
            guard rawValue >= 0, let value = UInt32(exactly: rawValue),
                value <= LXW_MAX_ERRNO.rawValue
            else {
                return "Unknown error number \(rawValue)."
            }
            return String(cString: lxw_strerror(lxw_error(rawValue: value)))
        }
    }

    /// The raw value and message, for logs.
    public var description: String {
        "\(rawValue) (\(message))"
    }
}
