internal import CICU

/// Locale data from ICU (CLDR).
public enum LocaleData {
    /// ICU's version and its CLDR data version ("72.1/42.0"): what compiled data made with ICU
    /// (exemplar sets, transliterations, case folding) depends on.
    public static let icuVersion: String = {
        var buffer = [CChar](repeating: 0, count: 64)
        buffer.withUnsafeMutableBufferPointer { pl_icu_version($0.baseAddress, Int32($0.count)) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    private static func icu(_ tag: String) -> String {
        // BCP 47 → ICU: zh-Hant → zh_Hant.
        String(tag.map { $0 == "-" ? "_" : $0 })
    }

    /// The locale's exemplar characters (single code points), standard or auxiliary set.
    public static func exemplars(_ tag: String, auxiliary: Bool = false) -> Set<UInt32> {
        var capacity = 256
        while true {
            var out = [UInt32](repeating: 0, count: capacity)
            let n = out.withUnsafeMutableBufferPointer { pl_exemplars(icu(tag), auxiliary ? 1 : 0, $0.baseAddress, Int32(capacity)) }
            if n >= 0 { return Set(out[0..<Int(n)]) }
            if n == PL_ERROR { return [] }
            capacity = Int(-n)
        }
    }

    /// Weekday names for the locale: index 0 is Monday. Each day lists its wide and
    /// abbreviated names in format and stand-alone forms, without duplicates.
    public static func weekdayNames(_ tag: String) -> [[String]] {
        var capacity = 1024
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            let n = out.withUnsafeMutableBufferPointer { pl_weekday_names(icu(tag), $0.baseAddress, Int32(capacity)) }
            if n == PL_ERROR { return [] }
            if n < 0 { capacity = Int(-n); continue }
            let names = String(utf16Units: out[0..<Int(n)]).split(separator: "\n", omittingEmptySubsequences: false)
            var days = [[String]](repeating: [], count: 7)
            for (i, name) in names.enumerated() where i < 28 && !name.isEmpty {
                let s = String(name)
                if !days[i % 7].contains(s) { days[i % 7].append(s) }
            }
            return days
        }
    }
}

/// Confusable skeletons (UTS #39, ICU's spoof checker): text typed with look-alike letters of
/// another script ("SТОР" with Cyrillic Т, О, Р) has the same skeleton as the original.
public enum Confusables {
    /// The skeleton of the upper-cased text, loose-folded so it can be compared with keys.
    public static func skeleton(_ text: String) -> String {
        let units = Array(text.utf16)
        guard !units.isEmpty, units.count <= 200 else { return "" }
        var capacity = units.count * 4 + 16
        while true {
            var out = [UInt16](repeating: 0, count: capacity)
            let n = units.withUnsafeBufferPointer { u in
                out.withUnsafeMutableBufferPointer { pl_skeleton(u.baseAddress, Int32(u.count), $0.baseAddress, Int32(capacity)) }
            }
            if n == PL_ERROR { return "" }
            if n < 0 { capacity = Int(-n) + 16; continue }
            return Folding.key(String(utf16Units: out[0..<Int(n)]), .loose)
        }
    }
}
