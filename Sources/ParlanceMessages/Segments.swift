import ParlanceText

/// How an SMS is encoded on the air.
public enum SMSEncoding: String, Sendable, Codable {
    /// The GSM 7-bit alphabet (TS 23.038): 160 septets in one segment, 153 a segment when split.
    case gsm7 = "GSM-7"
    /// UTF-16 code units: 70 in one segment, 67 a segment when split.
    case ucs2 = "UCS-2"
}

/// What to do beyond the default GSM-7 / UCS-2 choice.
public struct SegmentOptions: Sendable, Equatable {
    /// Compose decomposed accents (NFC) and replace curly quotes, dashes, the ellipsis, odd
    /// spaces and full-width Latin with their GSM equivalents before encoding. Off by default: it changes the text.
    public var smartEncoding: Bool
    /// National language shift tables the gateway supports (TS 23.038 annex A). Empty by
    /// default, since most gateways support none.
    public var shiftTables: [NationalLanguage]
    /// Work out, for a UCS-2 message, what each national table and smart encoding would give
    /// (reported, not applied). Off by default: it is advice for people, and costs time.
    public var compareAlternatives: Bool

    public init(smartEncoding: Bool = false, shiftTables: [NationalLanguage] = [], compareAlternatives: Bool = false) {
        self.smartEncoding = smartEncoding; self.shiftTables = shiftTables; self.compareAlternatives = compareAlternatives
    }
}

/// One segment of a message.
public struct SMSSegment: Sendable, Equatable {
    public var text: String
    /// Septets (GSM-7, an extension character counting two) or UTF-16 code units (UCS-2).
    public var units: Int
    /// Where the segment starts in the message, in characters (grapheme clusters), 0-based.
    public var firstCharacter: Int
    /// The segment's characters (grapheme clusters) within the message, 0-based.
    public var characters: Range<Int> { firstCharacter..<(firstCharacter + text.count) }
}

/// A character that is not in the GSM alphabet in use.
public struct NonGSMCharacter: Sendable, Equatable {
    public var character: String
    /// Its position in the message, in characters (grapheme clusters), 0-based.
    public var index: Int
    /// `U+00ED` (several for a cluster).
    public var codePoints: String { character.unicodeScalars.map { "U+" + hex($0.value) }.joined(separator: " ") }
    /// What smart encoding would write instead, when it has a GSM equivalent.
    public var replacement: String?
}

/// A national language shift table in use (or on offer).
public struct ShiftTableUse: Sendable, Equatable, CustomStringConvertible {
    public var language: NationalLanguage
    public var locking: Bool
    public var single: Bool
    /// User-data-header octets it adds to every segment (3 per table).
    public var headerOctets: Int { (locking ? 3 : 0) + (single ? 3 : 0) }
    public var description: String {
        let kind = locking && single ? "locking and single shift" : locking ? "locking shift" : "single shift"
        return "\(language.name.prefix(1).uppercased() + language.name.dropFirst()) (\(kind))"
    }
}

/// What an alternative encoding would give.
public struct Alternative: Sendable, Equatable {
    public var encoding: SMSEncoding
    public var segments: Int
    public var units: Int
    /// The national table it needs, if any.
    public var shiftTable: ShiftTableUse?
    /// The text after smart encoding, for that alternative.
    public var text: String?
}

/// How a message will be encoded and split.
public struct SegmentReport: Sendable, Equatable {
    /// The text that will be sent (after smart encoding when it was asked for).
    public var text: String
    public var encoding: SMSEncoding
    public var segments: [SMSSegment]
    public var units: Int
    /// Characters (grapheme clusters) in the message.
    public var characters: Int { text.count }
    /// Units a segment may hold: 160/70 for a single segment, 153/67 when split (less with
    /// national tables, whose header takes room).
    public var perSegmentLimit: Int
    /// The characters that forced UCS-2 (empty for GSM-7), worked out when asked for.
    public var nonGSM: [NonGSMCharacter] {
        guard encoding == .ucs2 else { return [] }
        let alphabets = GSMAlphabets.bundled
        var out: [NonGSMCharacter] = []
        var index = 0
        for character in text {
            let scalars = character.unicodeScalars
            if !scalars.allSatisfy({ alphabets.cost($0) > 0 }) {
                let replacement = scalars.count == 1 ? scalars.first.flatMap { SMSSegmenter.smartReplacements[$0.value] } : nil
                out.append(NonGSMCharacter(character: String(character), index: index, replacement: replacement))
            }
            index += 1
        }
        return out
    }
    /// The national table in use, if one was allowed and needed.
    public var shiftTable: ShiftTableUse?
    /// Whether smart encoding changed the text.
    public var smartEncodingApplied: Bool
    /// For a UCS-2 message: what smart encoding would give, when it makes the message GSM-7.
    public var smartEncoding: Alternative?
    /// For a UCS-2 message: the best use of each national table that can encode it, fewest segments first.
    public var nationalTables: [Alternative]

    public var segmentCount: Int { segments.count }
}

/// Works out the encoding and segments of SMS messages (3GPP TS 23.038 and TS 23.040).
/// Immutable and safe to share between threads.
public struct SMSSegmenter: Sendable {
    let alphabets: GSMAlphabets
    let smart: Transliterator?

    public init() {
        alphabets = GSMAlphabets.bundled
        smart = SMSSegmenter.smartTransliterator
    }

    /// The replacements of smart encoding, as ICU transliteration rules.
    static let smartRules = #"""
    ::NFC ;
    ::[\uFF01-\uFF5E\u3000] Fullwidth-Halfwidth ;
    [\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u02BC] > \' ;
    [\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB] > \" ;
    [\u2010\u2011\u2012\u2013\u2014\u2015\u2212] > '-' ;
    \u2026 > '...' ;
    \u2022 > '-' ;
    [\u00A0\u2000-\u200A\u202F\u205F\u3000] > ' ' ;
    [\u200B\u2060\uFEFF\u00AD] > ;
    """#

    static let smartTransliterator: Transliterator? = try? Transliterator(name: "Parlance-SMS-Smart", rules: smartRules)

    /// What smart encoding writes for each single character it replaces with GSM text, found by
    /// running the rules once over the ranges they touch.
    static let smartReplacements: [UInt32: String] = {
        guard let smart = smartTransliterator else { return [:] }
        let alphabets = GSMAlphabets.bundled
        var out: [UInt32: String] = [:]
        let ranges: [ClosedRange<UInt32>] = [0x0060...0x0060, 0x00A0...0x00BF, 0x02B0...0x02FF, 0x2000...0x206F, 0x2210...0x2215,
                                             0x3000...0x3000, 0xFEFF...0xFEFF, 0xFF01...0xFF5E]
        for range in ranges {
            for v in range {
                guard let u = Unicode.Scalar(v), alphabets.cost(u) == 0 else { continue }
                let r = smart.transliterate(String(Character(u)))
                if r != String(Character(u)), r.unicodeScalars.allSatisfy({ alphabets.cost($0) > 0 }) { out[v] = r }
            }
        }
        return out
    }()

    /// Segments `text`.
    public func segment(_ text: String, options: SegmentOptions = SegmentOptions()) -> SegmentReport {
        var text = text
        var applied = false
        var scanned = scan(text)
        if options.smartEncoding, let smart, scanned.septets == nil {
            let replaced = smart.transliterate(text)
            if replaced != text { text = replaced; applied = true; scanned = scan(text) }
        }
        if scanned.septets != nil {
            return report(text, encoding: .gsm7, table: nil, smartApplied: applied, options: options, scanned: scanned)
        }
        // National tables the gateway supports: the cheapest that encodes the text.
        let allowed = options.shiftTables.compactMap { bestUse(of: $0, for: text) }
            .min { ($0.segments, $0.units) < ($1.segments, $1.units) }
        if let use = allowed?.shiftTable {
            return report(text, encoding: .gsm7, table: use, smartApplied: applied, options: options, scanned: nil)
        }
        return report(text, encoding: .ucs2, table: nil, smartApplied: applied, options: options, scanned: scanned)
    }

    /// What one pass over a text finds: its septets in the default alphabet (nil when a
    /// character has no GSM form), its UTF-16 code units, and whether each of its code points is
    /// a character on its own (see `CharacterInfo.breaksAround`), so that segments can be cut
    /// between any two code points.
    struct Scan {
        var septets: Int?
        var utf16: Int
        var codePointsAreCharacters: Bool
    }

    func scan(_ text: String) -> Scan {
        var septets = 0, utf16 = 0
        var gsm = true, simple = true
        alphabets.flags.withUnsafeBufferPointer { flags in
            for u in text.unicodeScalars {
                let v = u.value
                if v < 0x10000 {
                    let f = flags[Int(v)]
                    let c = Int(f & 3)
                    septets &+= c
                    if c == 0 { gsm = false }
                    if f & 4 == 0 { simple = false }
                    utf16 &+= 1
                } else {
                    gsm = false
                    utf16 &+= 2
                    if simple && !CharacterInfo.breaksAround(v) { simple = false }
                }
            }
        }
        return Scan(septets: gsm ? septets : nil, utf16: utf16, codePointsAreCharacters: simple)
    }

    /// Single-segment and per-segment limits.
    static func limits(_ encoding: SMSEncoding, headerOctets: Int) -> (single: Int, multi: Int) {
        switch encoding {
        case .ucs2: return (70, 67)
        case .gsm7:
            // 140 octets of user data; a header of L octets (plus its length octet) leaves
            // floor((140 - L) * 8 / 7) septets. Concatenation adds 5 octets + the length octet.
            let single = headerOctets == 0 ? 160 : (140 - (1 + headerOctets)) * 8 / 7
            let multi = (140 - (6 + headerOctets)) * 8 / 7
            return (single, multi)
        }
    }

    /// How characters are counted.
    enum CostMode {
        case ucs2, gsm
        case national(locking: Int, single: Int)
    }

    static func mode(_ encoding: SMSEncoding, _ table: ShiftTableUse?) -> CostMode {
        switch encoding {
        case .ucs2: return .ucs2
        case .gsm7:
            guard let table else { return .gsm }
            return .national(locking: table.locking ? table.language.rawValue : 0, single: table.single ? table.language.rawValue : 0)
        }
    }

    /// Units of one code point: UTF-16 code units, or septets (0 when it has no form).
    @inline(__always)
    func cost(_ u: Unicode.Scalar, _ mode: CostMode) -> Int {
        switch mode {
        case .ucs2: return u.value > 0xFFFF ? 2 : 1
        case .gsm: return alphabets.cost(u)
        case .national(let l, let s): return alphabets.cost(u, locking: l, single: s)
        }
    }

    /// Greedy packing of whole grapheme clusters into segments (a cluster longer than a segment
    /// is split between code points, never inside a surrogate pair or an escape sequence).
    /// `scanned`, when given, is `scan(text)`, for the default alphabet or UCS-2.
    func pack(_ text: String, encoding: SMSEncoding, table: ShiftTableUse?, scanned: Scan? = nil) -> (segments: [SMSSegment], units: Int, limit: Int) {
        let mode = SMSSegmenter.mode(encoding, table)
        let limits = SMSSegmenter.limits(encoding, headerOctets: table?.headerOctets ?? 0)
        let total: Int
        var codePointsAreCharacters = false
        if let scanned, table == nil, encoding == .ucs2 || scanned.septets != nil {
            total = encoding == .ucs2 ? scanned.utf16 : scanned.septets ?? 0
            codePointsAreCharacters = scanned.codePointsAreCharacters
        } else {
            var sum = 0
            for u in text.unicodeScalars { sum += cost(u, mode) }
            total = sum
        }
        if total <= limits.single {
            return ([SMSSegment(text: text, units: total, firstCharacter: 0)], total, limits.single)
        }
        // Boundaries as UTF-8 offsets (always on code point boundaries), sliced out at the end.
        let utf8 = text.utf8
        var segments: [SMSSegment] = []
        var segmentStart = 0, firstCharacter = 0, offset = 0, units = 0, index = 0
        func close(at end: Int, characterEnd: Int) {
            let a = utf8.index(utf8.startIndex, offsetBy: segmentStart), b = utf8.index(utf8.startIndex, offsetBy: end)
            segments.append(SMSSegment(text: String(text.unicodeScalars[a..<b]), units: units, firstCharacter: firstCharacter))
            segmentStart = end; firstCharacter = characterEnd; units = 0
        }
        if codePointsAreCharacters {
            // Every code point is a character: cut between any two.
            for u in text.unicodeScalars {
                let c = cost(u, mode)
                if units + c > limits.multi && units > 0 { close(at: offset, characterEnd: index) }
                units += c
                offset += UTF8.width(u)
                index += 1
            }
        } else {
            for character in text {
                var clusterUnits = 0
                for u in character.unicodeScalars { clusterUnits += cost(u, mode) }
                if units + clusterUnits > limits.multi && units > 0 { close(at: offset, characterEnd: index) }
                if clusterUnits > limits.multi {
                    // A cluster longer than a whole segment: split it between code points.
                    var o = offset
                    for u in character.unicodeScalars {
                        let c = cost(u, mode)
                        if units + c > limits.multi && units > 0 { close(at: o, characterEnd: index) }
                        units += c
                        o += UTF8.width(u)
                    }
                } else {
                    units += clusterUnits
                }
                offset += character.utf8.count
                index += 1
            }
        }
        if units > 0 || segments.isEmpty { close(at: utf8.count, characterEnd: index) }
        return (segments, total, limits.multi)
    }

    func report(_ text: String, encoding: SMSEncoding, table: ShiftTableUse?, smartApplied: Bool, options: SegmentOptions,
                scanned: Scan?) -> SegmentReport {
        var smartAlternative: Alternative?
        var national: [Alternative] = []
        if encoding == .ucs2 {
            if options.compareAlternatives {
                if let smart, !smartApplied {
                    let replaced = smart.transliterate(text)
                    // Worth reporting only when it makes the message GSM-7.
                    if replaced != text, scan(replaced).septets != nil {
                        let p = pack(replaced, encoding: .gsm7, table: nil)
                        smartAlternative = Alternative(encoding: .gsm7, segments: p.segments.count, units: p.units, shiftTable: nil, text: replaced)
                    }
                }
                national = NationalLanguage.allCases.compactMap { bestUse(of: $0, for: text) }
                    .sorted { ($0.segments, $0.units, $0.shiftTable?.language.rawValue ?? 0) < ($1.segments, $1.units, $1.shiftTable?.language.rawValue ?? 0) }
            }
        }
        let packed = pack(text, encoding: encoding, table: table, scanned: scanned)
        return SegmentReport(text: text, encoding: encoding, segments: packed.segments, units: packed.units,
                             perSegmentLimit: packed.limit, shiftTable: table, smartEncodingApplied: smartApplied, smartEncoding: smartAlternative,
                             nationalTables: national)
    }

    /// The cheapest way to encode `text` with `language`'s tables, if any can.
    func bestUse(of language: NationalLanguage, for text: String) -> Alternative? {
        let id = language.rawValue
        var uses: [ShiftTableUse] = []
        if alphabets.single[id] != nil { uses.append(ShiftTableUse(language: language, locking: false, single: true)) }
        if alphabets.locking[id] != nil {
            uses.append(ShiftTableUse(language: language, locking: true, single: false))
            if alphabets.single[id] != nil { uses.append(ShiftTableUse(language: language, locking: true, single: true)) }
        }
        var best: Alternative?
        for use in uses {
            let mode = SMSSegmenter.mode(.gsm7, use)
            guard text.unicodeScalars.allSatisfy({ cost($0, mode) > 0 }) else { continue }
            let p = pack(text, encoding: .gsm7, table: use)
            let alt = Alternative(encoding: .gsm7, segments: p.segments.count, units: p.units, shiftTable: use, text: nil)
            if best.map({ (alt.segments, alt.units) < ($0.segments, $0.units) }) ?? true { best = alt }
        }
        return best
    }
}

func hex(_ v: UInt32) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
}
