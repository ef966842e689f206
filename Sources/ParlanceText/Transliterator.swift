internal import CICU

/// An ICU transliterator (a transform ID such as `Cyrillic-Latin`, or rules), safe to use
/// from many threads at once: each call borrows a clone.
public final class Transliterator: Sendable {
    /// What went wrong opening a transliterator.
    public struct OpenError: Error, Sendable, Equatable {
        /// The 0-based line within the rules where ICU stopped, or nil for a transform ID.
        public var ruleLine: Int?
        /// The offset within that line.
        public var offset: Int
    }

    private let pool: ClonePool
    public let id: String

    /// Opens a system transform by ID, e.g. `Cyrillic-Latin` or `Any-Latin; Latin-ASCII`.
    public convenience init(id: String) throws(OpenError) {
        try self.init(id: id, rules: nil)
    }

    /// Compiles ICU transliteration rules (`ш > sh ;`), named `name`.
    public convenience init(name: String, rules: String) throws(OpenError) {
        try self.init(id: name, rules: rules)
    }

    private init(id: String, rules: String?) throws(OpenError) {
        let idUnits = Array(id.utf16)
        let ruleUnits = rules.map { Array($0.utf16) }
        var line: Int32 = -1
        var offset: Int32 = 0
        let opened: OpaquePointer? = idUnits.withUnsafeBufferPointer { i in
            if let ruleUnits {
                return ruleUnits.withUnsafeBufferPointer { r in
                    pl_trans_open(i.baseAddress, Int32(i.count), r.baseAddress, Int32(r.count), &line, &offset)
                }
            }
            return pl_trans_open(i.baseAddress, Int32(i.count), nil, 0, &line, &offset)
        }
        guard let opened else {
            guard let ruleUnits else { throw OpenError(ruleLine: nil, offset: Int(offset)) }
            // ICU reports where it stopped as an offset into the whole rule text (and sometimes a
            // rule number as the line); count line breaks up to the offset for the line.
            var lineIndex = 0
            let stop = min(max(Int(offset), 0), ruleUnits.count)
            for u in ruleUnits[0..<stop] where u == 0x0A { lineIndex += 1 }
            if stop == 0, line > 0 { lineIndex = Int(line) }
            var lineStart = stop
            while lineStart > 0 && ruleUnits[lineStart - 1] != 0x0A { lineStart -= 1 }
            throw OpenError(ruleLine: lineIndex, offset: stop - lineStart)
        }
        self.id = id
        self.pool = ClonePool(prototype: opened, clone: { pl_trans_clone($0) }, close: { pl_trans_close($0) })
    }

    /// Transliterates `text`; returns it unchanged if ICU fails.
    public func transliterate(_ text: String) -> String {
        var units = Array(text.utf16)
        let count = units.count
        var capacity = count * 3 + 16
        while true {
            units.append(contentsOf: repeatElement(0, count: capacity - units.count))
            let n = pool.withObject { t in
                units.withUnsafeMutableBufferPointer { pl_trans_apply(t, $0.baseAddress, Int32(count), Int32(capacity)) }
            } ?? Int32(PL_ERROR)
            if n >= 0 { return String(utf16Units: units[0..<Int(n)]) }
            if n == PL_ERROR { return text }
            units = Array(text.utf16)
            capacity = Int(-n)
        }
    }
}
