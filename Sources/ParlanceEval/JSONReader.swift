/// A JSON value as read by `JSONReader`.
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Members in the order written; `JSONReader` rejects a name written twice.
    case object([(name: String, value: JSONValue)])
}

/// Why `JSONReader` rejected its input, and where: a byte offset from the start, 0-based.
struct JSONReadError: Error, Sendable, Equatable {
    var message: String
    var offset: Int
}

/// A strict reader of one JSON text (RFC 8259), for corpus lines. Foundation's `JSONDecoder`
/// spent about 45,000 instructions on a typical corpus line, most of it in the `Codable`
/// machinery, which made it the largest cost of loading a 100,000-line corpus; this reads the
/// same lines in a few thousand.
///
/// Strict: no comments, no trailing commas, no leading zeros, no `NaN`, no unescaped control
/// characters in strings, no lone surrogates in `\u` escapes, no member name written twice,
/// nothing after the value but white space. The input must be valid UTF-8 (the corpus loader
/// checks each line first); anything else is read with replacement characters, never a crash.
enum JSONReader {
    /// Deeper nesting than this is rejected rather than read recursively.
    static let maximumDepth = 128

    static func parse<Bytes: Collection>(_ bytes: Bytes) throws(JSONReadError) -> JSONValue where Bytes.Element == UInt8 {
        let result: Result<JSONValue, JSONReadError>? = bytes.withContiguousStorageIfAvailable { buffer in
            var reader = Reader(bytes: buffer)
            return Result { () throws(JSONReadError) -> JSONValue in try reader.document() }
        }
        if let result { return try result.get() }
        return try parse(Array(bytes))
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        func fail(_ message: String, at offset: Int? = nil) -> JSONReadError {
            JSONReadError(message: message, offset: offset ?? i)
        }

        mutating func document() throws(JSONReadError) -> JSONValue {
            skipSpace()
            let value = try self.value(depth: 0)
            skipSpace()
            guard i == bytes.count else { throw fail("unexpected text after the JSON value") }
            return value
        }

        mutating func skipSpace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x09, 0x0A, 0x0D: i += 1
                default: return
                }
            }
        }

        mutating func value(depth: Int) throws(JSONReadError) -> JSONValue {
            guard i < bytes.count else { throw fail("the line ends where a value should be") }
            switch bytes[i] {
            case UInt8(ascii: "{"): return try object(depth: depth + 1)
            case UInt8(ascii: "["): return try array(depth: depth + 1)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw fail("unexpected character where a value should be")
            }
        }

        mutating func literal(_ word: StaticString) throws(JSONReadError) {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { throw fail("unknown word (expected true, false or null)") }
            let w = word.utf8Start
            for k in 0..<n where bytes[i + k] != w[k] { throw fail("unknown word (expected true, false or null)") }
            i += n
        }

        mutating func object(depth: Int) throws(JSONReadError) -> JSONValue {
            guard depth <= JSONReader.maximumDepth else { throw fail("nested more than \(JSONReader.maximumDepth) deep") }
            i += 1  // {
            var members: [(name: String, value: JSONValue)] = []
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a member name in double quotes") }
                let nameStart = i
                let name = try string()
                if members.contains(where: { $0.name == name }) { throw fail("member \"\(name)\" is written twice", at: nameStart) }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after a member name") }
                i += 1
                skipSpace()
                members.append((name, try value(depth: depth)))
                skipSpace()
                guard i < bytes.count else { throw fail("the line ends inside an object") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                throw fail("expected ',' or '}' in an object")
            }
        }

        mutating func array(depth: Int) throws(JSONReadError) -> JSONValue {
            guard depth <= JSONReader.maximumDepth else { throw fail("nested more than \(JSONReader.maximumDepth) deep") }
            i += 1  // [
            var items: [JSONValue] = []
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try value(depth: depth))
                skipSpace()
                guard i < bytes.count else { throw fail("the line ends inside a list") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw fail("expected ',' or ']' in a list")
            }
        }

        /// A string, from its opening quote to past its closing one.
        mutating func string() throws(JSONReadError) -> String {
            let open = i
            i += 1
            let start = i
            // Fast path: no escapes.
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                    i += 1
                    return s
                }
                if b == UInt8(ascii: "\\") { break }
                if b < 0x20 { throw fail("a control character inside a string must be escaped") }
                i += 1
            }
            guard i < bytes.count else { throw fail("a string is not closed", at: open) }
            var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b < 0x20 { throw fail("a control character inside a string must be escaped") }
                if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
                i += 1
                guard i < bytes.count else { break }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    let at = i - 2
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                            throw fail("a \\u escape holds half of a surrogate pair", at: at)
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("a \\u escape holds half of a surrogate pair", at: at) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw fail("a \\u escape holds half of a surrogate pair", at: at)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw fail("a \\u escape is not a character", at: at) }
                    out.append(contentsOf: UTF8.encode(u)!)
                default:
                    throw fail("unknown escape \\\(Character(Unicode.Scalar(e)))", at: i - 2)
                }
            }
            throw fail("a string is not closed", at: open)
        }

        mutating func hex4() throws(JSONReadError) -> UInt32 {
            guard i + 4 <= bytes.count else { throw fail("a \\u escape needs four hex digits") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let d: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
                default: throw fail("a \\u escape needs four hex digits")
                }
                v = v << 4 | UInt32(d)
                i += 1
            }
            return v
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
        mutating func number() throws(JSONReadError) -> Double {
            let start = i
            func digits() -> Int {
                let from = i
                while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
                return i - from
            }
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") else { throw fail("a number needs digits") }
            if bytes[i] == UInt8(ascii: "0") {
                i += 1
                if i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { throw fail("a number cannot start with 0") }
            } else {
                _ = digits()
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard digits() > 0 else { throw fail("a decimal point needs digits after it") }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard digits() > 0 else { throw fail("an exponent needs digits") }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            guard let v = Double(text), v.isFinite else { throw fail("the number is too large", at: start) }
            return v
        }
    }
}
