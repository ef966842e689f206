internal import CICU

/// The writing systems Parlance tells apart (Unicode Script property).
public enum Script: Int32, Sendable, CaseIterable, Hashable {
    case common = 0, latin, cyrillic, arabic, han, hangul, hiragana, katakana, devanagari, bengali,
         gurmukhi, gujarati, greek, thai, hebrew, inherited, other

    /// The ISO 15924 code.
    public var code: String {
        switch self {
        case .common: "Zyyy"
        case .latin: "Latn"
        case .cyrillic: "Cyrl"
        case .arabic: "Arab"
        case .han: "Hani"
        case .hangul: "Hang"
        case .hiragana: "Hira"
        case .katakana: "Kana"
        case .devanagari: "Deva"
        case .bengali: "Beng"
        case .gurmukhi: "Guru"
        case .gujarati: "Gujr"
        case .greek: "Grek"
        case .thai: "Thai"
        case .hebrew: "Hebr"
        case .inherited: "Zinh"
        case .other: "Zzzz"
        }
    }

    /// Scripts written without spaces between words.
    public var isUnspaced: Bool {
        switch self {
        case .han, .hiragana, .katakana, .thai: true
        default: false
        }
    }
}

/// Character properties from ICU.
public enum CharacterInfo {
    public static func script(_ c: UInt32) -> Script {
        if c < 0x80 {
            let isLetter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
            return isLetter ? .latin : .common
        }
        return Script(rawValue: pl_script(c)) ?? .other
    }

    public static func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        return pl_is_letter(c) != 0
    }

    /// The value of a decimal digit of any script, or nil.
    public static func digitValue(_ c: UInt32) -> Int? {
        if c >= 0x30 && c <= 0x39 { return Int(c - 0x30) }
        if c < 0x80 { return nil }
        let v = pl_digit_value(c)
        return v >= 0 ? Int(v) : nil
    }

    /// Emoji and other pictographic symbols.
    public static func isSymbol(_ c: UInt32) -> Bool { pl_is_symbol(c) != 0 }

    /// Whether text made only of code points for which this is true has a grapheme cluster
    /// boundary between every two of them, so that its code points are its characters. True for
    /// assigned code points whose Grapheme_Cluster_Break is Other, Control, LF, LV or LVT (ICU's
    /// data); false for CR, combining marks, joiners, regional indicators and the like.
    public static func breaksAround(_ c: UInt32) -> Bool { pl_breaks_around(c) != 0 }
}
