import Foundation

/// C memory that must stay valid until `workbook_close()`: strings and arrays in option structs.
///
/// The structs are doc properties, table columns, data validations, conditional formats,
/// chart insert options and workbook options.
///
/// libxlsxwriter 1.1.4 copies all of these during the call (verified by overwriting the
/// buffers before closing), so the arena is a guard against versions that keep the
/// pointers instead. The owning `Workbook` frees it after closing or freeing the C workbook.
final class CStringArena {
    private var strings: [UnsafeMutablePointer<CChar>] = []
    private var buffers: [UnsafeMutableRawPointer] = []

    /// A `malloc`ed NUL-terminated copy of `text`, owned by the arena.
    func string(_ text: String, _ operation: @autoclosure () -> String) throws -> UnsafeMutablePointer<CChar>
    {
        try CString.rejectNUL(text, operation())
        guard let copy = strdup(text) else {
            throw XlsxError(code: .memoryMallocFailed, operation: operation(), detail: "strdup failed")
        }
        strings.append(copy)
        return copy
    }

    /// Like `string(_:_:)`, passing `nil` through.
    func optionalString(
        _ text: String?, _ operation: @autoclosure () -> String
    ) throws -> UnsafeMutablePointer<CChar>? {
        guard let text else { return nil }
        return try string(text, operation())
    }

    /// A copy of `elements` in arena memory; `T` must be a trivial C type.
    func array<T>(_ elements: [T]) -> UnsafeMutablePointer<T> {
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(elements.count, 1))
        _ = UnsafeMutableBufferPointer(start: pointer, count: elements.count).initialize(from: elements)
        buffers.append(UnsafeMutableRawPointer(pointer))
        return pointer
    }

    /// One trivial C value in arena memory.
    func value<T>(_ element: T) -> UnsafeMutablePointer<T> {
        array([element])
    }

    /// Releases everything; called once the C workbook no longer references it.
    func freeAll() {
        for pointer in strings {
            free(pointer)
        }
        for pointer in buffers {
            pointer.deallocate()
        }
        strings = []
        buffers = []
    }

    deinit {
        freeAll()
    }
}
