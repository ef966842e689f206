internal import CICU

/// Text folded into matching keys, with a map back to the original text.
public struct FoldedText: Sendable, Equatable {
    /// The folded text as UTF-16 code units.
    public var units: [UInt16]
    /// For each unit, the index (in Unicode scalars) of the original character it came from.
    public var sourceIndex: [Int32]

    public init(units: [UInt16], sourceIndex: [Int32]) {
        self.units = units
        self.sourceIndex = sourceIndex
    }

    /// The folded text as a Swift string.
    public var string: String { String(utf16Units: units) }
}

/// How much `Folding.fold` erases.
public enum FoldingStrength: Sendable {
    /// NFKC with case folding: `ＳＴＯＰ`, `Stop` and `STOP` become `stop`; zero-width and bidi
    /// controls disappear.
    case exact
    /// Also accents (`sí` → `si`, `không` → `khong`, `й` → `и`), Latin letters without an ASCII
    /// decomposition (`đ` → `d`, `ß` → `ss`), typographic punctuation, apostrophes, and decimal
    /// digits of every script (`٢`, `२` → `2`).
    case loose
}

/// Unicode folding through ICU (NFKC_Casefold, then ICU's
/// `NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII` transform for the loose strength).
public enum Folding {
    /// Folds `text`. Never fails: ill-formed input becomes U+FFFD.
    public static func fold(_ text: String, _ strength: FoldingStrength) -> FoldedText {
        var text = text
        return text.withUTF8 { fold(utf8: $0, strength) }
    }

    /// Folds UTF-8 bytes, which may be ill-formed.
    public static func fold(utf8: UnsafeBufferPointer<UInt8>, _ strength: FoldingStrength) -> FoldedText {
        let mode: Int32 = strength == .loose ? Int32(PL_FOLD_LOOSE) : Int32(PL_FOLD_EXACT)
        var capacity = utf8.count + 16
        while true {
            var units = [UInt16](repeating: 0, count: capacity)
            var source = [Int32](repeating: 0, count: capacity)
            let n = units.withUnsafeMutableBufferPointer { u in
                source.withUnsafeMutableBufferPointer { s in
                    pl_fold(utf8.baseAddress, Int32(utf8.count), mode, u.baseAddress, s.baseAddress, Int32(capacity))
                }
            }
            if n >= 0 {
                units.removeSubrange(Int(n)...)
                source.removeSubrange(Int(n)...)
                return FoldedText(units: units, sourceIndex: source)
            }
            if n == PL_ERROR { return FoldedText(units: [], sourceIndex: []) }
            capacity = Int(-n) + 16
        }
    }

    /// Folds a string and returns the folded string.
    public static func key(_ text: String, _ strength: FoldingStrength = .loose) -> String {
        fold(text, strength).string
    }
}
