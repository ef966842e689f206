import Foundation
import Testing
@testable import ParlanceMessages
import ParlanceText

/// One segmenter for the whole run: it is immutable and thread-safe.
let segmenter = SMSSegmenter()

/// Options that ask for the alternatives of a UCS-2 message (off by default).
let advice = SegmentOptions(compareAlternatives: true)

/// `U+00ED`, as the reports write code points.
func codePoint(_ v: UInt32) -> String { "U+" + String(format: "%04X", v) }

/// The checks every report must pass, whatever the text: the segments hold the message, in
/// order and whole, each within the limit, and the counts add up.
func expectWellFormed(_ r: SegmentReport, sourceLocation: SourceLocation = #_sourceLocation) {
    let joined = r.segments.map(\.text).joined()
    #expect(Array(joined.unicodeScalars) == Array(r.text.unicodeScalars), "segments do not add up to the message", sourceLocation: sourceLocation)
    #expect(r.segments.map(\.units).reduce(0, +) == r.units, "segment units do not add up", sourceLocation: sourceLocation)
    #expect(r.characters == r.text.count, sourceLocation: sourceLocation)
    #expect(!r.segments.isEmpty, "a message is at least one segment", sourceLocation: sourceLocation)
    if r.segments.count > 1 {
        #expect(r.segments.allSatisfy { $0.units <= r.perSegmentLimit && $0.units > 0 }, sourceLocation: sourceLocation)
    } else {
        #expect(r.units <= r.perSegmentLimit, sourceLocation: sourceLocation)
    }
    // Character ranges tile the message; consecutive segments share a character only where a
    // cluster longer than a segment was split between them.
    #expect(r.segments.first?.characters.lowerBound == 0, sourceLocation: sourceLocation)
    #expect(r.segments.last?.characters.upperBound == r.characters, sourceLocation: sourceLocation)
    var shared = 0
    for (a, b) in zip(r.segments, r.segments.dropFirst()) {
        if b.characters.lowerBound == a.characters.upperBound - 1 { shared += 1; continue }
        #expect(a.characters.upperBound == b.characters.lowerBound, sourceLocation: sourceLocation)
    }
    #expect(shared == r.segments.map(\.text.count).reduce(0, +) - r.characters, sourceLocation: sourceLocation)
    // Each segment's units are what its own text costs in the message's encoding.
    if r.encoding == .ucs2 {
        for s in r.segments { #expect(s.text.utf16.count == s.units, sourceLocation: sourceLocation) }
    }
}

// MARK: - The GSM tables against ICU's converter

/// A run of code points to compare with ICU.
struct ScalarBlock: Sendable, CustomTestStringConvertible {
    let id: String
    let scalars: [UInt32]
    var testDescription: String { id }

    /// U+0020…U+2FFF in blocks of 256, then every code point of the default and extension tables.
    static let all: [ScalarBlock] = {
        var blocks = stride(from: UInt32(0), to: 0x3000, by: 0x100).map { start in
            let lo = max(start, 0x20), hi = start + 0xFF
            return ScalarBlock(id: "\(codePoint(lo))…\(codePoint(hi))", scalars: Array(lo...hi))
        }
        let a = GSMAlphabets.bundled
        let entries = Set((a.locking[0] ?? [:]).keys).union((a.single[0] ?? [:]).keys).sorted()
        blocks.append(ScalarBlock(id: "entries of the default and extension tables", scalars: entries))
        return blocks
    }()
}

@Suite("GSM 7-bit default alphabet against ICU gsm-03.38-2009")
struct GSMTableTests {
    /// Our cost (1, 2 or 0) and septet for each code point equal what ICU's converter gives:
    /// one byte, 0x1B and a byte, or nothing.
    @Test(arguments: ScalarBlock.all)
    func defaultAlphabetAgreesWithICU(_ block: ScalarBlock) {
        let a = GSMAlphabets.bundled
        var disagreements: [String] = []
        for v in block.scalars {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let ours = a.cost(scalar)
            let icu = ICUGSMConverter.septets(String(Character(scalar)))
            let theirs: Int
            switch icu {
            case nil: theirs = 0
            case let b? where b.count == 1 && b[0] != 0x1B: theirs = 1
            case let b? where b.count == 2 && b[0] == 0x1B: theirs = 2
            case let b?: theirs = -b.count
            }
            if ours != theirs {
                disagreements.append("\(codePoint(v)) \(String(scalar).debugDescription): ours \(ours), ICU \(icu.map { $0.map { String(format: "%02X", $0) }.joined(separator: " ") } ?? "none")")
                continue
            }
            // Same cost: the same septet too.
            if ours == 1, let icu, a.locking[0]?[v] != icu[0] {
                disagreements.append("\(codePoint(v)): septet \(a.locking[0]?[v] ?? 0xFF) here, \(icu[0]) in ICU")
            }
            if ours == 2, let icu, a.single[0]?[v] != icu[1] {
                disagreements.append("\(codePoint(v)): extension septet \(a.single[0]?[v] ?? 0xFF) here, \(icu[1]) in ICU")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
    }

    /// TS 23.038 6.2.1: 128 positions less the escape; 6.2.1.1: ten extension characters. ICU's
    /// table has the same 137 round-trip mappings.
    @Test func tableSizes() {
        let a = GSMAlphabets.bundled
        #expect(a.locking[0]?.count == 127)
        #expect(Set(a.single[0].map { Array($0.keys) } ?? []) == Set([0x0C, 0x5E, 0x7B, 0x7D, 0x5C, 0x5B, 0x7E, 0x5D, 0x7C, 0x20AC]))
        #expect(a.locking[0]?[0x1B] == nil && !(a.locking[0]?.values.contains(0x1B) ?? true))
        // 0x09 is the capital C with cedilla (TS 23.038), as ICU has it; the small one is not GSM.
        #expect(a.locking[0]?[0xC7] == 0x09)
        #expect(a.locking[0]?[0xE7] == nil)
        #expect(ICUGSMConverter.septets("Ç") == [0x09])
        #expect(ICUGSMConverter.septets("ç") == nil)
    }

    /// Every national table parsed: 13 languages, Spanish without a locking table (A.3.2 is void).
    @Test func nationalTablesLoaded() {
        let a = GSMAlphabets.bundled
        for language in NationalLanguage.allCases {
            #expect(a.single[language.rawValue] != nil, "\(language.name) single shift")
            #expect((a.locking[language.rawValue] != nil) == (language != .spanish), "\(language.name) locking shift")
        }
    }
}

// MARK: - Encoding and segment boundaries

/// A message and its expected encoding and split, counted by hand.
struct SegmentCase: Sendable, CustomTestStringConvertible {
    let id: String
    let text: String
    var options = SegmentOptions()
    let encoding: SMSEncoding
    let units: Int
    /// The units of each segment.
    let split: [Int]
    let limit: Int
    /// What the second segment must start with (the cluster or escape pair that would straddle).
    var secondStartsWith: String? = nil
    var shiftTable: ShiftTableUse? = nil
    var testDescription: String { id }
}

func repeated(_ s: String, _ n: Int) -> String { String(repeating: s, count: n) }

let zhe = "и"  // Cyrillic: one UTF-16 unit, not GSM.

let segmentCases: [SegmentCase] = [
    SegmentCase(id: "empty: GSM-7, one segment of 0", text: "", encoding: .gsm7, units: 0, split: [0], limit: 160),
    SegmentCase(id: "160 GSM characters: one segment", text: repeated("a", 160), encoding: .gsm7, units: 160, split: [160], limit: 160),
    SegmentCase(id: "161 GSM characters: 153 + 8", text: repeated("a", 161), encoding: .gsm7, units: 161, split: [153, 8], limit: 153),
    SegmentCase(id: "159 characters + €: 161 septets, 153 + 8", text: repeated("a", 159) + "€", encoding: .gsm7, units: 161, split: [153, 8], limit: 153),
    SegmentCase(id: "€ at septets 153-154 moves whole to the second segment", text: repeated("a", 152) + "€" + repeated("b", 7),
                encoding: .gsm7, units: 161, split: [152, 9], limit: 153, secondStartsWith: "€"),
    SegmentCase(id: "{ at septets 153-154 moves whole", text: repeated("a", 152) + "{" + repeated("b", 7),
                encoding: .gsm7, units: 161, split: [152, 9], limit: 153, secondStartsWith: "{"),
    SegmentCase(id: "80 extension characters: 160 septets, one segment", text: repeated("[]", 40), encoding: .gsm7, units: 160, split: [160], limit: 160),
    SegmentCase(id: "81 extension characters: 152 + 10, never half a pair", text: repeated("~", 81), encoding: .gsm7, units: 162, split: [152, 10], limit: 153),
    SegmentCase(id: "10,000 GSM characters: 65 × 153 + 55", text: repeated("a", 10_000), encoding: .gsm7, units: 10_000,
                split: Array(repeating: 153, count: 65) + [55], limit: 153),
    SegmentCase(id: "CRLF: two septets, one character", text: "Hello\r\nWorld", encoding: .gsm7, units: 12, split: [12], limit: 160),
    SegmentCase(id: "CRLF at septets 153-154 stays whole", text: repeated("a", 152) + "\r\n" + repeated("b", 7),
                encoding: .gsm7, units: 161, split: [152, 9], limit: 153, secondStartsWith: "\r\n"),
    SegmentCase(id: "70 UCS-2 units: one segment", text: repeated(zhe, 70), encoding: .ucs2, units: 70, split: [70], limit: 70),
    SegmentCase(id: "71 UCS-2 units: 67 + 4", text: repeated(zhe, 71), encoding: .ucs2, units: 71, split: [67, 4], limit: 67),
    SegmentCase(id: "one í in 160 GSM characters: UCS-2, 67 + 67 + 26", text: repeated("a", 159) + "í", encoding: .ucs2, units: 160,
                split: [67, 67, 26], limit: 67),
    SegmentCase(id: "skin-tone emoji (4 units) not split", text: repeated(zhe, 66) + "👍🏽" + repeated(zhe, 5),
                encoding: .ucs2, units: 75, split: [66, 9], limit: 67, secondStartsWith: "👍🏽"),
    SegmentCase(id: "flag (2 regional indicators) not split", text: repeated(zhe, 64) + "🇺🇸" + repeated(zhe, 5),
                encoding: .ucs2, units: 73, split: [64, 9], limit: 67, secondStartsWith: "🇺🇸"),
    SegmentCase(id: "20 flags: 16 + 4 flags", text: repeated("🇺🇸", 20), encoding: .ucs2, units: 80, split: [64, 16], limit: 67),
    SegmentCase(id: "ZWJ family (8 units) not split", text: repeated(zhe, 60) + "👨‍👩‍👧" + repeated(zhe, 5),
                encoding: .ucs2, units: 73, split: [60, 13], limit: 67, secondStartsWith: "👨‍👩‍👧"),
    SegmentCase(id: "surrogate pair not split", text: repeated(zhe, 66) + "😀" + repeated(zhe, 5),
                encoding: .ucs2, units: 73, split: [66, 7], limit: 67, secondStartsWith: "😀"),
    SegmentCase(id: "Devanagari vowel sign stays with its consonant", text: repeated(zhe, 66) + "कि" + repeated(zhe, 5),
                encoding: .ucs2, units: 73, split: [66, 7], limit: 67, secondStartsWith: "कि"),
    SegmentCase(id: "decomposed é (e + U+0301) stays whole", text: repeated(zhe, 66) + "e\u{301}" + repeated(zhe, 5),
                encoding: .ucs2, units: 73, split: [66, 7], limit: 67, secondStartsWith: "e\u{301}"),
    SegmentCase(id: "71 Hangul syllables: 67 + 4", text: repeated("가", 71), encoding: .ucs2, units: 71, split: [67, 4], limit: 67),
    SegmentCase(id: "a syllable of conjoining jamo (L V T) not split", text: repeated(zhe, 65) + "\u{1100}\u{1161}\u{11A8}" + repeated(zhe, 5),
                encoding: .ucs2, units: 73, split: [65, 8], limit: 67, secondStartsWith: "\u{1100}\u{1161}\u{11A8}"),
    SegmentCase(id: "giant grapheme (a + 100 combining acutes) splits between code points",
                text: "a" + repeated("\u{301}", 100), encoding: .ucs2, units: 101, split: [67, 34], limit: 67),
    SegmentCase(id: "giant grapheme of astral marks splits between surrogate pairs",
                text: "a" + repeated("\u{1D167}", 100), encoding: .ucs2, units: 201, split: [67, 66, 66, 2], limit: 67),
    SegmentCase(id: "Turkish ş ğ ı İ: UCS-2 by default", text: "Şimdi ağrı var mı? İyi günler.", encoding: .ucs2, units: 30, split: [30], limit: 70),
    SegmentCase(id: "Turkish with the Turkish tables: locking shift, 155 a single segment",
                text: "Şimdi ağrı var mı? İyi günler.", options: SegmentOptions(shiftTables: [.turkish]), encoding: .gsm7, units: 30,
                split: [30], limit: 155, shiftTable: ShiftTableUse(language: .turkish, locking: true, single: false)),
    SegmentCase(id: "Turkish, 156 septets with the locking table: 149 + 7",
                text: "ş" + repeated("a", 155), options: SegmentOptions(shiftTables: [.turkish]), encoding: .gsm7, units: 156,
                split: [149, 7], limit: 149, shiftTable: ShiftTableUse(language: .turkish, locking: true, single: false)),
    SegmentCase(id: "Turkish tables not allowed for a Spanish text", text: "Sí", options: SegmentOptions(shiftTables: [.turkish]),
                encoding: .ucs2, units: 2, split: [2], limit: 70),
    SegmentCase(id: "Spanish á í ó ú with the Spanish single shift: 2 septets each",
                text: "á í ó ú", options: SegmentOptions(shiftTables: [.spanish]), encoding: .gsm7, units: 11, split: [11], limit: 155,
                shiftTable: ShiftTableUse(language: .spanish, locking: false, single: true)),
    SegmentCase(id: "Spanish single shift, 156 septets: 149 + 7",
                text: "á" + repeated("a", 154), options: SegmentOptions(shiftTables: [.spanish]), encoding: .gsm7, units: 156,
                split: [149, 7], limit: 149, shiftTable: ShiftTableUse(language: .spanish, locking: false, single: true)),
    SegmentCase(id: "Spanish single shift: í at septets 149-150 moves whole",
                text: repeated("a", 148) + "í" + repeated("a", 10), options: SegmentOptions(shiftTables: [.spanish]), encoding: .gsm7,
                units: 160, split: [148, 12], limit: 149, secondStartsWith: "í",
                shiftTable: ShiftTableUse(language: .spanish, locking: false, single: true)),
]

@Suite("SMS segments")
struct SegmentTests {
    @Test(arguments: segmentCases)
    func split(_ c: SegmentCase) {
        let r = segmenter.segment(c.text, options: c.options)
        #expect(r.encoding == c.encoding)
        #expect(r.units == c.units)
        #expect(r.segments.map(\.units) == c.split)
        #expect(r.perSegmentLimit == c.limit)
        #expect(r.shiftTable == c.shiftTable)
        #expect(r.text == c.text)
        if let start = c.secondStartsWith {
            #expect(r.segments.count > 1 && r.segments[1].text.unicodeScalars.starts(with: start.unicodeScalars))
        }
        expectWellFormed(r)
    }

    /// Per-segment limits, worked out by hand from 140 octets of user data: a header of L
    /// octets (plus its length octet) leaves floor((140 − (1 + L)) × 8 / 7) septets;
    /// concatenation is 5 octets of header, each national table 3 more.
    @Test func limitsByHand() {
        let plain = SMSSegmenter.limits(.gsm7, headerOctets: 0)
        #expect(plain.single == 160 && plain.multi == 153)          // (140 − 6) × 8 / 7 = 153.1
        let one = SMSSegmenter.limits(.gsm7, headerOctets: 3)
        #expect(one.single == 155)                                   // (140 − (1 + 3)) × 8 / 7 = 155.4
        #expect(one.multi == 149)                                    // (140 − (6 + 3)) × 8 / 7 = 149.7
        let both = SMSSegmenter.limits(.gsm7, headerOctets: 6)
        #expect(both.single == 152)                                  // (140 − (1 + 6)) × 8 / 7 = 152
        #expect(both.multi == 146)                                   // (140 − (6 + 6)) × 8 / 7 = 146.3
        let ucs2 = SMSSegmenter.limits(.ucs2, headerOctets: 0)
        #expect(ucs2.single == 70 && ucs2.multi == 67)
        #expect(ShiftTableUse(language: .turkish, locking: true, single: true).headerOctets == 6)
        #expect(ShiftTableUse(language: .spanish, locking: false, single: true).headerOctets == 3)
        #expect(ShiftTableUse(language: .portuguese, locking: true, single: true).description == "Portuguese (locking and single shift)")
    }

    @Test func characterCounts() {
        #expect(segmenter.segment("Hello\r\nWorld").characters == 11)
        #expect(segmenter.segment(repeated("🇺🇸", 20)).characters == 20)
        #expect(segmenter.segment("👨‍👩‍👧 ok").characters == 4)
        #expect(segmenter.segment("a" + repeated("\u{301}", 100)).characters == 1)
    }
}

// MARK: - Which characters are GSM

struct CharacterCase: Sendable, CustomTestStringConvertible {
    let id: String
    let text: String
    let encoding: SMSEncoding
    let units: Int
    var testDescription: String { "\(id) → \(encoding.rawValue), \(units)" }
}

let characterCases: [CharacterCase] = [
    CharacterCase(id: "ñ", text: "ñ", encoding: .gsm7, units: 1),
    CharacterCase(id: "Ñ", text: "Ñ", encoding: .gsm7, units: 1),
    CharacterCase(id: "é", text: "é", encoding: .gsm7, units: 1),
    CharacterCase(id: "Ü", text: "Ü", encoding: .gsm7, units: 1),
    CharacterCase(id: "Ç", text: "Ç", encoding: .gsm7, units: 1),
    CharacterCase(id: "ç", text: "ç", encoding: .ucs2, units: 1),
    CharacterCase(id: "í", text: "í", encoding: .ucs2, units: 1),
    CharacterCase(id: "á", text: "á", encoding: .ucs2, units: 1),
    CharacterCase(id: "ó", text: "ó", encoding: .ucs2, units: 1),
    CharacterCase(id: "ú", text: "ú", encoding: .ucs2, units: 1),
    CharacterCase(id: "ì", text: "ì", encoding: .gsm7, units: 1),
    CharacterCase(id: "İ", text: "İ", encoding: .ucs2, units: 1),
    CharacterCase(id: "ı", text: "ı", encoding: .ucs2, units: 1),
    CharacterCase(id: "e + combining acute (NFD é): sent as written, not normalized", text: "e\u{301}", encoding: .ucs2, units: 2),
    CharacterCase(id: "backtick", text: "`", encoding: .ucs2, units: 1),
    CharacterCase(id: "Δ", text: "Δ", encoding: .gsm7, units: 1),
    CharacterCase(id: "@", text: "@", encoding: .gsm7, units: 1),
    CharacterCase(id: "$", text: "$", encoding: .gsm7, units: 1),
    CharacterCase(id: "LF", text: "\n", encoding: .gsm7, units: 1),
    CharacterCase(id: "[", text: "[", encoding: .gsm7, units: 2),
    CharacterCase(id: "]", text: "]", encoding: .gsm7, units: 2),
    CharacterCase(id: "{", text: "{", encoding: .gsm7, units: 2),
    CharacterCase(id: "}", text: "}", encoding: .gsm7, units: 2),
    CharacterCase(id: "~", text: "~", encoding: .gsm7, units: 2),
    CharacterCase(id: "^", text: "^", encoding: .gsm7, units: 2),
    CharacterCase(id: "\\", text: "\\", encoding: .gsm7, units: 2),
    CharacterCase(id: "|", text: "|", encoding: .gsm7, units: 2),
    CharacterCase(id: "€", text: "€", encoding: .gsm7, units: 2),
    CharacterCase(id: "form feed", text: "\u{0C}", encoding: .gsm7, units: 2),
    CharacterCase(id: "full-width digit", text: "１", encoding: .ucs2, units: 1),
    CharacterCase(id: "Arabic letter", text: "م", encoding: .ucs2, units: 1),
    CharacterCase(id: "emoji", text: "😀", encoding: .ucs2, units: 2),
]

@Suite("GSM characters")
struct CharacterTests {
    @Test(arguments: characterCases)
    func encoding(_ c: CharacterCase) {
        let r = segmenter.segment(c.text)
        #expect(r.encoding == c.encoding)
        #expect(r.units == c.units)
        #expect(r.nonGSM.isEmpty == (c.encoding == .gsm7))
    }

    @Test func spanishAccentIsReportedWithIndexAndCodePoint() {
        let r = segmenter.segment("Sí, gracias")
        #expect(r.encoding == .ucs2)
        #expect(r.nonGSM.count == 1)
        let c = r.nonGSM.first
        #expect(c?.character == "í" && c?.index == 1 && c?.codePoints == "U+00ED" && c?.replacement == nil)
    }

    @Test func nonGSMIndexesCountCharacters() {
        let r = segmenter.segment("👍🏽 Sí ç")
        #expect(r.nonGSM.map(\.character) == ["👍🏽", "í", "ç"])
        #expect(r.nonGSM.map(\.index) == [0, 3, 5])
        #expect(r.nonGSM.map(\.codePoints) == ["U+1F44D U+1F3FD", "U+00ED", "U+00E7"])
    }

    @Test func gsmMessageHasNoAlternatives() {
        let r = segmenter.segment("Reply 1 to confirm, 2 to cancel. Café, año, Ærø, Straße, Çelik?", options: advice)
        #expect(r.encoding == .gsm7)
        #expect(r.nonGSM.isEmpty && r.nationalTables.isEmpty && r.smartEncoding == nil)
        expectWellFormed(r)
    }
}

// MARK: - Smart encoding and national tables

struct SmartCase: Sendable, CustomTestStringConvertible {
    let id: String
    let text: String
    /// The text smart encoding sends instead.
    let smart: String
    var testDescription: String { id }
}

let smartCases: [SmartCase] = [
    SmartCase(id: "curly quotes", text: "‘Hi’ “there”", smart: "'Hi' \"there\""),
    SmartCase(id: "em dash", text: "9—10 am", smart: "9-10 am"),
    SmartCase(id: "en dash", text: "9–10 am", smart: "9-10 am"),
    SmartCase(id: "ellipsis", text: "Wait…", smart: "Wait..."),
    SmartCase(id: "no-break space", text: "10\u{A0}am", smart: "10 am"),
    SmartCase(id: "narrow no-break space", text: "9:30\u{202F}AM", smart: "9:30 AM"),
    SmartCase(id: "full-width STOP", text: "ＳＴＯＰ", smart: "STOP"),
    SmartCase(id: "full-width digits", text: "１２３", smart: "123"),
    SmartCase(id: "zero-width space", text: "a\u{200B}b", smart: "ab"),
]

@Suite("Smart encoding and national tables")
struct AlternativeTests {
    @Test(arguments: smartCases)
    func offByDefault(_ c: SmartCase) throws {
        let r = segmenter.segment(c.text, options: advice)
        #expect(r.encoding == .ucs2)
        #expect(r.text == c.text)
        #expect(!r.smartEncodingApplied)
        // Reported, not applied.
        let alt = try #require(r.smartEncoding)
        #expect(alt.encoding == .gsm7)
        #expect(alt.text == c.smart)
        #expect(alt.segments == 1)
        #expect(alt.units == c.smart.count)
        #expect(r.nonGSM.allSatisfy { $0.replacement != nil })
        expectWellFormed(r)
    }

    @Test(arguments: smartCases)
    func appliedWhenAsked(_ c: SmartCase) {
        let r = segmenter.segment(c.text, options: SegmentOptions(smartEncoding: true, compareAlternatives: true))
        #expect(r.encoding == .gsm7)
        #expect(r.text == c.smart)
        #expect(r.smartEncodingApplied)
        #expect(r.smartEncoding == nil && r.nonGSM.isEmpty)
        expectWellFormed(r)
    }

    @Test func smartEncodingLeavesGSMTextAlone() {
        let text = "Reply 1 to confirm... or call (312) 555-0142."
        let r = segmenter.segment(text, options: SegmentOptions(smartEncoding: true))
        #expect(r.text == text && !r.smartEncodingApplied && r.encoding == .gsm7)
    }

    @Test func smartEncodingCannotHelpChinese() {
        // Replacing the ellipsis leaves the text UCS-2, so smart encoding is not offered.
        let r = segmenter.segment("谢谢…", options: advice)
        #expect(r.encoding == .ucs2)
        #expect(r.smartEncoding == nil)
        // Applied anyway when asked, it still replaces what it can.
        let applied = segmenter.segment("谢谢…", options: SegmentOptions(smartEncoding: true))
        #expect(applied.text == "谢谢..." && applied.smartEncodingApplied && applied.encoding == .ucs2)
    }

    @Test func smartEncodingIsOfferedWhenItMakesTheMessageGSM() {
        let r = segmenter.segment("It’s confirmed — see you", options: advice)
        #expect(r.smartEncoding?.encoding == .gsm7)
        #expect(r.smartEncoding?.text == "It's confirmed - see you")
    }

    @Test func spanishTextOffersTheSpanishTable() throws {
        let r = segmenter.segment("Sí, mañana está bien. ¿A qué hora?", options: advice)
        #expect(r.encoding == .ucs2)
        #expect(r.shiftTable == nil)
        let spanish = try #require(r.nationalTables.first { $0.shiftTable?.language == .spanish })
        #expect(spanish.encoding == .gsm7)
        #expect(spanish.shiftTable == ShiftTableUse(language: .spanish, locking: false, single: true))
        #expect(spanish.units == 36)  // 34 characters; í and á 2 septets each (é, ñ, ¿ are in the default alphabet)
        #expect(spanish.segments == 1)
        #expect(r.nationalTables.allSatisfy { $0.encoding == .gsm7 && $0.shiftTable != nil })
        #expect(r.nationalTables.map(\.segments) == r.nationalTables.map(\.segments).sorted())
        // Reported, not applied: no table unless the gateway supports it.
        #expect(r.text == "Sí, mañana está bien. ¿A qué hora?")
    }

    @Test func turkishTextOffersTheTurkishTable() throws {
        let r = segmenter.segment("Şimdi ağrı var mı? İyi günler.", options: advice)
        #expect(Set(r.nonGSM.map(\.character)) == ["Ş", "ğ", "ı", "İ"])
        let turkish = try #require(r.nationalTables.first { $0.shiftTable?.language == .turkish })
        #expect(turkish.units == 30 && turkish.segments == 1)
    }

    @Test func alternativesAreOffByDefault() {
        #expect(SegmentOptions() == SegmentOptions(smartEncoding: false, shiftTables: [], compareAlternatives: false))
        let r = segmenter.segment("Sí, “gracias”")
        #expect(r.encoding == .ucs2 && r.smartEncoding == nil && r.nationalTables.isEmpty)
        // The characters that forced UCS-2 are always reported, with their replacements.
        #expect(r.nonGSM.map(\.character) == ["í", "“", "”"])
        #expect(r.nonGSM.map(\.replacement) == [nil, "\"", "\""])
    }

    @Test func noAlternativesWhenNotAsked() {
        let r = segmenter.segment("“Sí”", options: SegmentOptions(compareAlternatives: false))
        #expect(r.encoding == .ucs2)
        #expect(r.smartEncoding == nil && r.nationalTables.isEmpty)
        #expect(r.nonGSM.count == 3)
    }

    @Test func chineseHasNoNationalTable() {
        let r = segmenter.segment("您好，请回复1确认。", options: advice)
        #expect(r.encoding == .ucs2 && r.nationalTables.isEmpty)
    }

    @Test func concurrentSegmentsAgree() async {
        let texts = segmentCases.map(\.text) + smartCases.map(\.text)
        let expected = texts.map { segmenter.segment($0) }
        let results = await withTaskGroup(of: [SegmentReport].self) { group in
            for _ in 0..<8 { group.addTask { texts.map { segmenter.segment($0) } } }
            var all: [[SegmentReport]] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 8)
        for r in results { #expect(r == expected) }
    }
}
