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

    /// The whole number `text` spells, or nil.
    public func parse(_ text: String) -> Int? {
        let units = Array(text.utf16)
        guard !units.isEmpty, units.count < 64 else { return nil }
        let v = pool.withObject { p in units.withUnsafeBufferPointer { pl_spell_parse(p, $0.baseAddress, Int32($0.count)) } }
        guard let v, v >= 0, v < 100_000 else { return nil }
        return Int(v)
    }
}
