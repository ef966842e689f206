internal import CICU

/// Parses numbers spelled out in words ("diez", "twenty five", "十五") with ICU's rule-based
/// spellout for a locale. Safe to use from many threads: each call borrows a clone.
public final class SpelloutParser: Sendable {
    private let pool: ClonePool
    public let locale: String

    /// Nil when ICU has no spellout rules for `locale`.
    public init?(locale: String) {
        let icuLocale = String(locale.map { $0 == "-" ? "_" : $0 })
        guard let opened = pl_spell_open(icuLocale) else { return nil }
        self.locale = locale
        self.pool = ClonePool(prototype: opened, clone: { pl_spell_clone($0) }, close: { pl_spell_close($0) })
    }

    /// `value` spelled out in words ("veinticinco"), or nil.
    public func format(_ value: Int) -> String? {
        var capacity = 64
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            let n = pool.withObject { p in out.withUnsafeMutableBufferPointer { pl_spell_format(p, Int64(value), $0.baseAddress, Int32(capacity)) } } ?? Int32(PL_ERROR)
            if n >= 0 { return String(utf16Units: out[0..<Int(n)]) }
            if n == PL_ERROR { return nil }
            capacity = Int(-n) + 8
        }
    }

    /// The whole number `text` spells, or nil. ICU's lenient parse is slow (milliseconds);
    /// for hot paths use `NumberWords`.
    public func parse(_ text: String) -> Int? {
        let units = Array(text.utf16)
        guard !units.isEmpty, units.count < 64 else { return nil }
        let v = pool.withObject { p in units.withUnsafeBufferPointer { pl_spell_parse(p, $0.baseAddress, Int32($0.count)) } }
        guard let v, v >= 0, v < 100_000 else { return nil }
        return Int(v)
    }
}

/// Spelled-out numbers of one language, as matching keys: ICU's spellout formats 0 to `limit`
/// (and a few round numbers above it) once, and look-ups are a dictionary access.
public struct NumberWords: Sendable {
    /// Each spelled-out number's key and its value.
    public let values: [String: Int]

    /// Spelled-out numbers made earlier (kept in compiled lexicons).
    public init(values: [String: Int]) {
        self.values = values
    }

    /// Nil when ICU has no spellout rules for `locale`.
    public init?(locale: String, limit: Int = 60, extra: [Int] = [75, 90, 120, 180]) {
        guard let parser = SpelloutParser(locale: locale) else { return nil }
        var values: [String: Int] = [:]
        for n in Array(0...limit) + extra {
            guard let words = parser.format(n) else { continue }
            // Keys are loose-folded with hyphens and soft breaks read as spaces.
            let key = Folding.key(words.map { $0 == "-" || $0 == "\u{00AD}" ? " " : $0 }.reduce(into: "") { $0.append($1) }, .loose)
            let normalized = key.split(whereSeparator: { $0 == " " }).joined(separator: " ")
            if values[normalized] == nil { values[normalized] = n }
        }
        self.values = values
    }

    /// The number spelled by `words` (loose-folded, words separated by single spaces), or nil.
    public func value(_ words: String) -> Int? { values[words] }

    public var count: Int { values.count }
}
