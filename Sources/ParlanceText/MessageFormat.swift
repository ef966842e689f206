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
            let at: Int? = offset >= 0 ? String(utf16Units: units.prefix(Int(offset))).count : nil
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
            let text = String(utf16Units: out[0..<Int(n)])
            return text.split(separator: "\n").compactMap { line in
                let f = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard f.count == 3 else { return nil }
                return Argument(name: String(f[0]), kind: Argument.Kind(rawValue: String(f[1])) ?? .other, topLevel: f[2] == "0")
            }
        }
    }

    /// Formats with named values. Missing arguments are the caller's to check: ICU leaves
    /// them as `{name}` in the text. With `plainSpaces`, the no-break and thin spaces ICU puts in
    /// times (U+00A0, U+2007, U+2009, U+202F) come out as plain spaces and its minus sign U+2212
    /// (`UTC−6`) as `-`, in the whole text.
    public func format(_ values: [String: Value], plainSpaces: Bool = false) throws(FormatError) -> String {
        try format(pairs: values, plainSpaces: plainSpaces)
    }

    /// Formats with named values given in any order, such as an array of `(name, value)`.
    public func format<Pairs: Collection>(pairs values: Pairs, plainSpaces: Bool = false) throws(FormatError) -> String
    where Pairs.Element == (key: String, value: Value) {
        guard values.count <= 64 else { throw FormatError(reason: "too many arguments") }
        // Names and string values as UTF-8 in one buffer; the shim reads them in place.
        var bytes: [UInt8] = []
        var args: [PLArg] = []
        args.reserveCapacity(values.count)
        var textBytes = 0
        for (name, v) in values {
            textBytes += name.utf8.count
            if case .text(let s) = v { textBytes += s.utf8.count }
        }
        bytes.reserveCapacity(textBytes + 1)
        for (name, v) in values {
            var a = PLArg(nameStart: Int32(bytes.count), nameLen: 0, kind: Int32(PL_ARG_STRING), textStart: 0, textLen: 0, number: 0)
            bytes.append(contentsOf: name.utf8)
            a.nameLen = Int32(bytes.count) - a.nameStart
            switch v {
            case .text(let s):
                a.textStart = Int32(bytes.count)
                bytes.append(contentsOf: s.utf8)
                a.textLen = Int32(bytes.count) - a.textStart
            case .number(let d): a.kind = Int32(PL_ARG_NUMBER); a.number = d
            case .date(let d): a.kind = Int32(PL_ARG_DATE); a.number = (d.timeIntervalSince1970 * 1000).rounded()
            }
            args.append(a)
        }
        if bytes.isEmpty { bytes.append(0) }
        let flags = Int32(plainSpaces ? PL_FMT_PLAIN_SPACES : 0)
        var cap = Int32(min(1 << 20, pattern.utf8.count * 2 + textBytes * 3 + 64))
        var reason = ""
        while true {
            let capacity = cap
            var failed = false
            let text: String? = pool.withObject { m in
                String(unsafeUninitializedCapacity: Int(capacity)) { out in
                    withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { e in
                        e.initialize(repeating: 0)
                        let n = pl_msg_format(m, Int32(args.count), args, bytes, flags, out.baseAddress, capacity, e.baseAddress, Int32(e.count))
                        if n == PL_ERROR {
                            failed = true
                            reason = String(decoding: e.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                            return 0
                        }
                        if n < 0 { cap = -n; return 0 }
                        return Int(n)
                    }
                }
            }
            if failed || text == nil {
                throw FormatError(reason: reason.isEmpty ? "ICU could not format the message" : reason)
            }
            if cap == capacity, let text { return text }
        }
    }
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
