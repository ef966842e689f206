/// A JSON value with object keys in the order they were written (reports read top-down).
/// `write(into:indent:)` appends it to a string; `serialized(pretty:)` returns it.
public enum OrderedJSON: Sendable {
    case null, bool(Bool), int(Int), number(Double), string(String)
    case array([OrderedJSON])
    case object([(String, OrderedJSON)])

    public static func num(_ d: Double?) -> OrderedJSON { d.map { .number($0) } ?? .null }

    public func write(into s: inout String, indent: Int?, level: Int = 0) {
        switch self {
        case .null: s += "null"
        case .bool(let b): s += b ? "true" : "false"
        case .int(let i): s += String(i)
        case .number(let d):
            if d.isFinite {
                let r = (d * 1e6).rounded() / 1e6
                s += r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(r)
            } else { s += "null" }
        case .string(let str): OrderedJSON.escape(str, into: &s)
        case .array(let items):
            if items.isEmpty { s += "[]"; return }
            s += "["
            for (n, item) in items.enumerated() {
                if n > 0 { s += "," }
                newline(&s, indent, level + 1)
                item.write(into: &s, indent: indent, level: level + 1)
            }
            newline(&s, indent, level)
            s += "]"
        case .object(let pairs):
            if pairs.isEmpty { s += "{}"; return }
            s += "{"
            for (n, (k, v)) in pairs.enumerated() {
                if n > 0 { s += "," }
                newline(&s, indent, level + 1)
                OrderedJSON.escape(k, into: &s)
                s += indent == nil ? ":" : ": "
                v.write(into: &s, indent: indent, level: level + 1)
            }
            newline(&s, indent, level)
            s += "}"
        }
    }

    private func newline(_ s: inout String, _ indent: Int?, _ level: Int) {
        guard let indent else { return }
        s += "\n"
        s += String(repeating: " ", count: indent * level)
    }

    /// Appends `str` as a JSON string literal.
    public static func escape(_ str: String, into s: inout String) {
        s += "\""
        // Most strings need no escaping: copy them whole.
        if str.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x3C && $0 != 0x3E && $0 != 0x26 && $0 != 0xE2 }) {
            s += str
            s += "\""
            return
        }
        for u in str.unicodeScalars {
            switch u {
            case "\"": s += "\\\""
            case "\\": s += "\\\\"
            case "\n": s += "\\n"
            case "\r": s += "\\r"
            case "\t": s += "\\t"
            case "\u{2028}": s += "\\u2028"
            case "\u{2029}": s += "\\u2029"
            default:
                if u.value < 0x20 || u == "<" || u == ">" || u == "&" {
                    // Control characters always; <, > and & so the JSON can sit inside an HTML <script>.
                    s += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16)
                } else {
                    s.unicodeScalars.append(u)
                }
            }
        }
        s += "\""
    }

    public func serialized(pretty: Bool) -> String {
        var s = ""
        write(into: &s, indent: pretty ? 2 : nil)
        return s
    }
}


/// Text for HTML pages: `<`, `>`, `&` and `"` escaped, so a reply or a translation can never
/// become markup.
public enum HTMLText {
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
