import Foundation
import ParlanceText

/// A national language of 3GPP TS 23.038 annex A, with its shift tables.
public enum NationalLanguage: Int, Sendable, CaseIterable, Codable, Comparable {
    case turkish = 1, spanish, portuguese, bengali, gujarati, hindi, kannada, malayalam, oriya, punjabi, tamil, telugu, urdu

    /// The lower-case English name used in the tables and on the command line (`spanish`).
    public var name: String {
        switch self {
        case .turkish: "turkish"
        case .spanish: "spanish"
        case .portuguese: "portuguese"
        case .bengali: "bengali"
        case .gujarati: "gujarati"
        case .hindi: "hindi"
        case .kannada: "kannada"
        case .malayalam: "malayalam"
        case .oriya: "oriya"
        case .punjabi: "punjabi"
        case .tamil: "tamil"
        case .telugu: "telugu"
        case .urdu: "urdu"
        }
    }

    public init?(name: String) {
        guard let l = NationalLanguage.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = l
    }

    public static func < (a: NationalLanguage, b: NationalLanguage) -> Bool { a.rawValue < b.rawValue }
}

/// The GSM 7-bit alphabets of TS 23.038: the default alphabet and its extension table, and the
/// national locking and single shift tables, read from the bundled `gsm7-tables.txt`.
struct GSMAlphabets: Sendable {
    /// Per BMP code point: its septet cost in the default alphabet in bits 0–1 (1, 2 for the
    /// extension table, 0 when it has no GSM form), and bit 2 set when it
    /// `CharacterInfo.breaksAround` (a character on its own whatever its neighbours).
    let flags: [UInt8]
    /// Septet value of each code point, per table: `locking[id]`, `single[id]` (id 0 = default).
    let locking: [Int: [UInt32: UInt8]]
    let single: [Int: [UInt32: UInt8]]

    static let bundled: GSMAlphabets = {
        let text = String(decoding: PackageResources.gsm7_tables_txt, as: UTF8.self)
        return GSMAlphabets(parsing: text)
    }()

    init(parsing text: String) {
        var locking: [Int: [UInt32: UInt8]] = [:]
        var single: [Int: [UInt32: UInt8]] = [:]
        var current: (isLocking: Bool, id: Int)?
        for raw in text.split(separator: "\n") {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? ""
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                let parts = line.dropFirst().dropLast().split(separator: " ")
                if parts.count == 3, let id = Int(parts[2]) { current = (parts[0] == "locking", id) }
                continue
            }
            let fields = line.split(separator: " ")
            guard let table = current, fields.count >= 2, let septet = UInt8(fields[0], radix: 16),
                  fields[1].hasPrefix("U+"), let scalar = UInt32(fields[1].dropFirst(2), radix: 16) else { continue }
            if table.isLocking { locking[table.id, default: [:]][scalar] = septet } else { single[table.id, default: [:]][scalar] = septet }
        }
        var cost = [UInt8](repeating: 0, count: 0x10000)
        for (scalar, _) in single[0] ?? [:] where scalar < 0x10000 { cost[Int(scalar)] = 2 }
        for (scalar, _) in locking[0] ?? [:] where scalar < 0x10000 { cost[Int(scalar)] = 1 }
        for c in 0..<0x10000 where CharacterInfo.breaksAround(UInt32(c)) { cost[c] |= 4 }
        self.flags = cost
        self.locking = locking
        self.single = single
    }

    /// Septets for `scalar` in the default alphabet (0 when it has no GSM form).
    @inline(__always)
    func cost(_ scalar: Unicode.Scalar) -> Int {
        scalar.value < 0x10000 ? Int(flags[Int(scalar.value)] & 3) : 0
    }

    /// Septets for `scalar` with the given locking and single shift tables (0 when none has it).
    func cost(_ scalar: Unicode.Scalar, locking l: Int, single s: Int) -> Int {
        if locking[l]?[scalar.value] != nil { return 1 }
        if single[s]?[scalar.value] != nil { return 2 }
        return 0
    }
}
