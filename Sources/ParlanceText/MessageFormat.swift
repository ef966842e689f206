internal import CICU
public import Foundation

/// An ICU MessageFormat pattern compiled for one locale, safe to use from many threads at once
/// (each call borrows a clone). Named arguments; plural, select, number, date and time.
public final class MessageFormat: Sendable {
    /// A pattern ICU could not compile.
    public struct SyntaxError: Error, Sendable, Equatable {
        /// The offset (in characters of the pattern) where ICU stopped, when it says.
        public var offset: Int?
        /// ICU's name for the problem (`U_UNMATCHED_BRACES`).
        public var reason: String
    }

    /// One argument of the pattern.
    public struct Argument: Sendable, Equatable {
        public enum Kind: String, Sendable { case none, number, date, time, plural, select, selectordinal, choice, other }
        public var name: String
        public var kind: Kind
        /// False for an argument inside a plural or select branch.
        public var topLevel: Bool
    }

    /// A value for an argument.
    public enum Value: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// An instant, formatted in the message's time zone.
        case date(Date)
    }

    /// Why formatting failed.
    public struct FormatError: Error, Sendable, Equatable {
        public var reason: String
    }

    private let pool: ClonePool
    public let locale: String
    public let pattern: String
    public let arguments: [Argument]
    /// The time zone of date and time arguments, if one was set.
    public let timeZone: String?

    /// Compiles `pattern` for `locale` (a BCP 47 tag such as `es` or `zh-Hant`).
    public init(pattern: String, locale: String) throws(SyntaxError) {
        let units = Array(pattern.utf16)
        var offset: Int32 = -1
        var err = [CChar](repeating: 0, count: 64)
        let opened: OpaquePointer? = units.withUnsafeBufferPointer { p in
            err.withUnsafeMutableBufferPointer { e in
                pl_msg_open(locale, p.baseAddress, Int32(p.count), &offset, e.baseAddress, Int32(e.count))
            }
        }
        guard let opened else {
            let reason = String(decoding: err.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            // ICU gives a UTF-16 offset; report it in characters.
            let at: Int? = offset >= 0 ? String(decoding: units.prefix(Int(offset)), as: UTF16.self).count : nil
            throw SyntaxError(offset: at, reason: reason)
        }
        self.locale = locale
        self.pattern = pattern
        self.timeZone = nil
        self.arguments = MessageFormat.describe(opened)
        self.pool = ClonePool(prototype: opened, clone: { pl_msg_clone($0) }, close: { pl_msg_close($0) })
    }

    private init(copying other: MessageFormat, zone: String, prototype: OpaquePointer) {
        locale = other.locale
        pattern = other.pattern
        arguments = other.arguments
        timeZone = zone
        pool = ClonePool(prototype: prototype, clone: { pl_msg_clone($0) }, close: { pl_msg_close($0) })
    }

    /// The same message with its top-level date and time arguments in `zone` (an IANA ID such
    /// as `America/Chicago`); nil for a zone ICU does not know.
    public func inTimeZone(_ zone: String) -> MessageFormat? {
        let copy: OpaquePointer?? = pool.withObject { pl_msg_clone($0) }
        guard let copy = copy ?? nil else { return nil }
        guard pl_msg_set_zone(copy, zone) == PL_OK else {
            pl_msg_close(copy)
            return nil
        }
        return MessageFormat(copying: self, zone: zone, prototype: copy)
    }

    private static func describe(_ m: OpaquePointer) -> [Argument] {
        var cap: Int32 = 512
        while true {
            var out = [UInt16](repeating: 0, count: Int(cap))
            let n = out.withUnsafeMutableBufferPointer { pl_msg_arguments(m, $0.baseAddress, cap) }
            if n == PL_ERROR { return [] }
            if n < 0 { cap = -n; continue }
            let text = String(decoding: out[0..<Int(n)], as: UTF16.self)
            return text.split(separator: "\n").compactMap { line in
                let f = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard f.count == 3 else { return nil }
                return Argument(name: String(f[0]), kind: Argument.Kind(rawValue: String(f[1])) ?? .other, topLevel: f[2] == "0")
            }
        }
    }

    /// Formats with named values. Missing arguments are the caller's to check: ICU leaves
    /// them as `{name}` in the text.
    public func format(_ values: [String: Value]) throws(FormatError) -> String {
        let entries = values.sorted { $0.key < $1.key }
        let names = entries.map { Array($0.key.utf16) }
        var kinds: [Int32] = []
        var strings: [[UInt16]] = []
        var numbers: [Double] = []
        for (_, v) in entries {
            switch v {
            case .text(let s): kinds.append(Int32(PL_ARG_STRING)); strings.append(Array(s.utf16)); numbers.append(0)
            case .number(let d): kinds.append(Int32(PL_ARG_NUMBER)); strings.append([]); numbers.append(d)
            case .date(let d): kinds.append(Int32(PL_ARG_DATE)); strings.append([]); numbers.append((d.timeIntervalSince1970 * 1000).rounded())
            }
        }
        var cap: Int32 = 512
        var err = [CChar](repeating: 0, count: 64)
        while true {
            var out = [UInt16](repeating: 0, count: Int(cap))
            let n: Int32 = withPointers(names) { namePtrs, nameLens in
                withPointers(strings) { strPtrs, strLens in
                    pool.withObject { m in
                        out.withUnsafeMutableBufferPointer { o in
                            err.withUnsafeMutableBufferPointer { e in
                                pl_msg_format(m, Int32(entries.count), namePtrs, nameLens, kinds, strPtrs, strLens, numbers,
                                              o.baseAddress, cap, e.baseAddress, Int32(e.count))
                            }
                        }
                    } ?? Int32(PL_ERROR)
                }
            }
            if n >= 0 { return String(decoding: out[0..<Int(n)], as: UTF16.self) }
            if n == PL_ERROR {
                let reason = String(decoding: err.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                throw FormatError(reason: reason.isEmpty ? "ICU could not format the message" : reason)
            }
            cap = -n
        }
    }
}

/// Calls `body` with C pointers to each array's storage and the lengths.
private func withPointers<R>(_ arrays: [[UInt16]], _ body: ([UnsafePointer<UInt16>?], [Int32]) -> R) -> R {
    var pointers: [UnsafePointer<UInt16>?] = []
    pointers.reserveCapacity(arrays.count)
    func recurse(_ i: Int) -> R {
        if i == arrays.count { return body(pointers, arrays.map { Int32($0.count) }) }
        return arrays[i].withUnsafeBufferPointer { p in
            pointers.append(p.baseAddress)
            return recurse(i + 1)
        }
    }
    return recurse(0)
}

/// ICU's own GSM 03.38 converter (`gsm-03.38-2009`), for cross-checking alphabets.
public enum ICUGSMConverter {
    /// The septets of `text` (0x1B before an extension character), or nil when a character has
    /// no GSM 03.38 form.
    public static func septets(_ text: String) -> [UInt8]? {
        let units = Array(text.utf16)
        var out = [UInt8](repeating: 0, count: units.count * 2 + 4)
        let cap = Int32(out.count)
        let n = units.withUnsafeBufferPointer { u in out.withUnsafeMutableBufferPointer { pl_gsm_encode(u.baseAddress, Int32(u.count), $0.baseAddress, cap) } }
        return n >= 0 ? Array(out[0..<Int(n)]) : nil
    }
}
