internal import ParlanceText

/// What a lexicon entry is evidence of.
enum EntryKind: Sendable, Equatable {
    case intent(Intent)
    case ack, thanks
    case negation(Int)
    case reaction, reactionOther
    case word
    case minutes, hours
    case duration(Int)
    case when(WhenValue)
    case optionWord
    case carrier(CarrierKeyword)
    /// Part `part` of red-flag combination `combination`.
    case comboPart(combination: Int, part: Int)
}

extension EntryKind {
    /// Whether a match of this kind says something about what the patient means (as opposed to
    /// language evidence, negation cues, units and other helpers).
    var readsAsIntent: Bool {
        switch self {
        case .intent, .ack, .thanks, .reaction, .reactionOther: true
        default: false
        }
    }
}

/// A red flag made of several facts anywhere in one reply (`fever* + chemo*`).
struct Combination: Sendable {
    var language: Int
    var display: String
    /// Parts that are lexicon entries (the others are `{temperature}`).
    var entryParts: Int
    var needsTemperature: Bool
}

/// A day or time word of a reschedule request.
enum WhenValue: Sendable, Equatable {
    case days(Int), weeks(Int), weekday(Int), partOfDay(PartOfDay), before, after

    enum PartOfDay: String, Sendable, Equatable {
        case morning, afternoon, evening, night, noon, midday
    }

    init?(_ s: String) {
        let v = s.trimmingWhitespace()
        if v == "before" { self = .before; return }
        if v == "after" { self = .after; return }
        if let part = PartOfDay(rawValue: v) { self = .partOfDay(part); return }
        if v.hasPrefix("weekday:"), let n = Int(v.dropFirst(8)), (1...7).contains(n) { self = .weekday(n); return }
        if v.hasPrefix("+"), v.count >= 3 {
            let body = v.dropFirst()
            if let n = Int(body.dropLast()) {
                if body.hasSuffix("d") { self = .days(n); return }
                if body.hasSuffix("w") { self = .weeks(n); return }
            }
        }
        return nil
    }
}

/// What a US carrier or gateway does with a bare keyword on its own.
public enum CarrierKeyword: String, Sendable, Codable, Hashable {
    case optOut = "opt_out"
    case optIn = "opt_in"
    case help
}

/// One lexicon entry (or a variant of one derived at load): what matching reads for every
/// match, plain values only, so that reading one copies no strings. Its text is in `EntryText`.
struct Entry: Sendable {
    var language: Int
    var kind: EntryKind
    var segments: Int
    var romanized: Bool
    /// Words in the entry, for weighting.
    var words: Int
    /// A one-word entry written with accents (see `Analysis.dropAccentMismatches`).
    var accented = false
    /// An entry of `[alone]`: evidence only when it is the whole reply, punctuation and emoji
    /// aside ("ALTO", "إيقاف").
    var alone = false
}

/// The text of an entry, for evidence and for the accent check.
struct EntryText: Sendable {
    /// The entry as written in the file (for evidence).
    var display: String
    var file: String
    var line: Int
    /// For an accented entry, its exact (accent-keeping) key, made once at load.
    var accentKey: String?
}

/// A language with a lexicon.
struct LanguageInfo: Sendable {
    var tag: String
    var name: String?
    /// The script most of its entries are written in.
    var script: Script
    /// Exemplar characters from ICU (standard set), loose-folded ones excluded.
    var exemplars: Set<UInt32>
    var auxiliary: Set<UInt32>
}

/// A segment of an entry as stored in the trie.
struct Pattern: Sendable {
    var entry: Int32
    var segment: UInt8
    var needsStart: Bool
    var needsEnd: Bool
    var stem: Bool
    /// Tokens that may stand between the previous segment and this one.
    var gapBefore: UInt8
}

/// Every loaded lexicon, compiled for matching. Immutable once built.
final class LexiconSet: Sendable {
    let languages: [LanguageInfo]
    let entries: [Entry]
    /// Indices of the two Chinese lexicons, whose Han characters tell them apart.
    let hans: Int?
    let hant: Int?
    /// Latin-script exemplar evidence, made once: the Latin languages with a real exemplar set,
    /// what each letter adds to each of their scores, and what a letter none of them lists adds.
    let latinLanguages: [Int]
    let latinLetterScores: [UInt32: [Double]]
    let latinUnlistedScores: [Double]
    /// The text of each entry, by the same index as `entries`.
    let entryTexts: [EntryText]
    let patterns: [Pattern]
    // Trie over key-text units: (node << 16 | unit) → node.
    let transitions: IntTable
    let terminalStart: [Int32]
    let terminalPatterns: [Int32]
    /// Hashes of every word that appears in any entry. The value has bit 31 set, and bit `i`
    /// (for the first 31 languages) when language `i` writes the word in plain Latin letters in
    /// an entry of its own file (not in a spelling derived at load, and not as the unaccented
    /// key of an accented word): word-level language evidence.
    let knownWords: IntTable
    /// Typo index, sorted by hash: (the high half of the hash of a word, or of it with one
    /// letter deleted; vocabulary index). Half a hash is enough: every candidate is checked
    /// against its word, and eight bytes an entry instead of sixteen keep the index small.
    let typoIndex: [(hash: UInt32, word: Int32)]
    let vocabulary: [[UInt16]]
    /// Carrier keywords by the key of the whole reply.
    let carrier: [String: CarrierKeyword]
    /// How many languages have an entry with the same key: for language evidence.
    let keyLanguageCount: [Int32]
    let combinations: [Combination]
    /// Prefixes that attach to the next word (Arabic و، ف، ب، ل، ال), by script, longest first.
    let clitics: [Script: [[UInt16]]]
    /// Spelled-out numbers of each language (from ICU's spellout rules, made at compile time),
    /// nil for a language ICU has no spellout rules for.
    let numberWords: [NumberWords?]

    static let gapWords = 3

    /// Compiles parsed lexicon sources.
    convenience init(sources: [LexiconSource]) throws(LexiconError) {
        var languages: [LanguageInfo] = []
        var entries: [Entry] = []
        var entryTexts: [EntryText] = []
        var keyed: [(entry: Int, segments: [(key: KeyText, stem: Bool, gap: Int, plainWords: UInt64)])] = []
        var carrier: [String: CarrierKeyword] = [:]
        var combinations: [Combination] = []
        var clitics: [Script: [[UInt16]]] = [:]

        for source in sources {
            let langIndex = languages.count
            var scriptCounts: [Script: Int] = [:]
            // Transliterators that derive Latin spellings of native-script entries.
            var romanizers: [Transliterator] = []
            for (id, line) in source.romanize {
                do { romanizers.append(try Transliterator(id: id)) } catch {
                    throw LexiconError(kind: .badTransform, file: source.file, line: line, message: "ICU has no transform \"\(id)\"")
                }
            }
            if let rules = source.sections[.romanizeRules], !rules.isEmpty {
                let text = rules.map(\.text).joined(separator: "\n")
                do { romanizers.append(try Transliterator(name: "\(source.language)-Latin/Parlance", rules: text)) } catch {
                    let index = min(max(error.ruleLine ?? 0, 0), rules.count - 1)
                    throw LexiconError(kind: .badTransform, file: source.file, line: rules[index].line,
                                       message: "ICU cannot compile this transliteration rule (at offset \(error.offset))")
                }
            }

            // SMS shorthand of this language only: entries get variants spelled with the
            // abbreviations ("can't make it" → "cnt make it"); replies are never rewritten, so
            // one language's shorthand cannot change another language's words.
            var abbreviations = Abbreviations()
            for line in source.sections[.shorthand] ?? [] { abbreviations.add(line.text, expandsTo: line.value ?? "") }

            // Entries are collected first, then all their texts are folded and segmented in one
            // ICU pass (see `KeyText.batch`).
            var pending: [(line: LexiconLine, kind: EntryKind, romanized: Bool, alone: Bool, specs: [(text: String, stem: Bool, gap: Int)])] = []
            func add(_ line: LexiconLine, _ kind: EntryKind, romanize: Bool = true, alone: Bool = false) throws(LexiconError) {
                var variants = Self.variants(of: line.text, romanizers: romanize ? romanizers : [])
                if !abbreviations.isEmpty, kind != .word {
                    for short in abbreviations.abbreviations(of: line.text) where !variants.contains(short) { variants.append(short) }
                }
                for (variantIndex, text) in variants.enumerated() {
                    let specs = Self.segmentTexts(of: text)
                    if specs.isEmpty {
                        throw LexiconError(kind: .emptyEntry, file: source.file, line: line.line, message: "entry \"\(line.text)\" has nothing to match")
                    }
                    pending.append((line, kind, variantIndex > 0 && !Self.isApostropheVariant(text, of: line.text), alone, specs))
                }
            }

            // Sections in file order, so that compiled data (and so every result) is the same
            // in every process: Dictionary order is randomized per process.
            let orderedSections = source.sections.sorted { ($0.value.first?.line ?? 0, "\($0.key)") < ($1.value.first?.line ?? 0, "\($1.key)") }
            for (section, lines) in orderedSections {
                for line in lines {
                    switch section {
                    case .intent(let intent): try add(line, .intent(intent))
                    case .ack: try add(line, .ack)
                    case .thanks: try add(line, .thanks)
                    case .negation:
                        guard let n = Int(line.value ?? ""), n != 0, abs(n) <= 6 else {
                            throw LexiconError(kind: .invalidValue, file: source.file, line: line.line,
                                               message: "negation scope must be a whole number from -6 to 6, not \"\(line.value ?? "")\"")
                        }
                        try add(line, .negation(n))
                    case .reaction: try add(line, .reaction, romanize: false)
                    case .reactionOther: try add(line, .reactionOther, romanize: false)
                    case .words:
                        for word in line.text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }) {
                            try add(LexiconLine(text: String(word), value: nil, line: line.line), .word)
                        }
                    case .minutes: try add(line, .minutes)
                    case .hours: try add(line, .hours)
                    case .durations:
                        guard let n = Int(line.value ?? ""), n > 0, n < 24 * 60 else {
                            throw LexiconError(kind: .invalidValue, file: source.file, line: line.line,
                                               message: "a duration needs a number of minutes, not \"\(line.value ?? "")\"")
                        }
                        try add(line, .duration(n))
                    case .when:
                        guard let v = WhenValue(line.value ?? "") else {
                            throw LexiconError(kind: .invalidValue, file: source.file, line: line.line,
                                               message: "unknown day/time value \"\(line.value ?? "")\"; use +Nd, +Nw, weekday:N, morning, afternoon, evening, night, before or after")
                        }
                        try add(line, .when(v))
                    case .optionWords: try add(line, .optionWord, romanize: false)
                    case .urgentCombinations:
                        let parts = line.text.split(separator: " + ", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
                        guard parts.count >= 2, parts.count <= 4, parts.allSatisfy({ !$0.isEmpty }) else {
                            throw LexiconError(kind: .invalidValue, file: source.file, line: line.line,
                                               message: "a combination needs two to four parts joined by \" + \": \"\(line.text)\"")
                        }
                        let index = combinations.count
                        var entryParts = 0
                        var temperature = false
                        for part in parts {
                            if part.hasPrefix("{") {
                                guard part == "{temperature}", !temperature else {
                                    throw LexiconError(kind: .invalidValue, file: source.file, line: line.line,
                                                       message: "unknown placeholder \(part); the only one is {temperature}")
                                }
                                temperature = true
                                continue
                            }
                            try add(LexiconLine(text: part, value: nil, line: line.line), .comboPart(combination: index, part: entryParts))
                            entryParts += 1
                        }
                        combinations.append(Combination(language: langIndex, display: line.text, entryParts: entryParts, needsTemperature: temperature))
                    case .alone:
                        guard let intent = Intent(label: line.value ?? "") else {
                            throw LexiconError(kind: .invalidValue, file: source.file, line: line.line,
                                               message: "unknown intent \"\(line.value ?? "")\"; use one of \(Intent.allCases.map(\.rawValue).joined(separator: ", "))")
                        }
                        try add(line, .intent(intent), alone: true)
                    case .romanizeRules: break
                    case .clitics:
                        let units = Array(Folding.key(line.text, .loose).utf16)
                        guard !units.isEmpty, units.count <= 6, let first = units.first else {
                            throw LexiconError(kind: .invalidValue, file: source.file, line: line.line, message: "a clitic must be a short prefix, not \"\(line.text)\"")
                        }
                        let script = CharacterInfo.script(UInt32(first))
                        if !(clitics[script]?.contains(units) ?? false) { clitics[script, default: []].append(units) }
                    case .shorthand:
                        break  // applied to entries above
                    case .carrierOptOut, .carrierOptIn, .carrierHelp:
                        let kw: CarrierKeyword = section == .carrierOptOut ? .optOut : section == .carrierOptIn ? .optIn : .help
                        carrier[KeyText(line.text).string] = kw
                    }
                }
            }
            // ICU weekday names of the language, as reschedule day words.
            for (day, names) in LocaleData.weekdayNames(source.language).enumerated() {
                for name in names where name.count >= 3 {
                    try add(LexiconLine(text: name, value: nil, line: 0), .when(.weekday(day + 1)), romanize: false)
                }
            }
            let keys = KeyText.batch(pending.flatMap { $0.specs.map(\.text) })
            var k = 0
            for p in pending {
                var segments: [(key: KeyText, stem: Bool, gap: Int, plainWords: UInt64)] = []
                for spec in p.specs {
                    if !keys[k].units.isEmpty { segments.append((keys[k], spec.stem, spec.gap, Self.plainWords(keys[k], of: spec.text))) }
                    k += 1
                }
                guard !segments.isEmpty else {
                    throw LexiconError(kind: .emptyEntry, file: source.file, line: p.line.line, message: "entry \"\(p.line.text)\" has nothing to match")
                }
                segments[0].gap = 0
                let index = entries.count
                let words = segments.reduce(0) { $0 + $1.key.tokens.count }
                let accented = !p.romanized && segments.count == 1 && words == 1 && segments[0].key.tokens.first?.script == .latin
                    && p.line.text.utf8.contains(where: { $0 >= 0xC3 })
                entries.append(Entry(language: langIndex, kind: p.kind, segments: segments.count, romanized: p.romanized,
                                     words: words, accented: accented, alone: p.alone))
                entryTexts.append(EntryText(display: p.line.text, file: source.file, line: p.line.line,
                                            accentKey: accented ? Folding.key(p.line.text, .exact) : nil))
                keyed.append((index, segments))
                if !p.romanized {
                    for seg in segments { for t in seg.key.tokens { scriptCounts[t.script, default: 0] += 1 } }
                }
            }
            let script = scriptCounts.filter { $0.key != .common && $0.key != .inherited }.max { $0.value < $1.value }?.key ?? .latin
            languages.append(LanguageInfo(tag: source.language, name: source.name, script: script,
                                          exemplars: LocaleData.exemplars(source.language),
                                          auxiliary: LocaleData.exemplars(source.language, auxiliary: true)))
        }

        // Build the trie.
        var transitions: [UInt64: Int32] = [:]
        var terminals: [[Int32]] = [[]]
        var patterns: [Pattern] = []
        var knownWords: [UInt64: Int32] = [:]
        var keyLanguages: [UInt64: Set<Int>] = [:]
        var entryKey: [UInt64] = []
        entryKey.reserveCapacity(entries.count)
        var vocabulary: [[UInt16]] = []
        var vocabularyIndex: [UInt64: Int32] = [:]
        var typoIndex: [(hash: UInt32, word: Int32)] = []
        transitions.reserveCapacity(keyed.count * 8)
        for (entryIndex, segments) in keyed {
            let entry = entries[entryIndex]
            var fullKey: UInt64 = 0xcbf29ce484222325
            for (si, seg) in segments.enumerated() {
                var node: Int32 = 0
                for u in seg.key.units {
                    let k = UInt64(UInt32(bitPattern: node)) << 16 | UInt64(u)
                    if let next = transitions[k] { node = next } else {
                        let next = Int32(terminals.count)
                        terminals.append([])
                        transitions[k] = next
                        node = next
                    }
                }
                let first = seg.key.units.first.map { UInt32($0) } ?? 0
                let last = seg.key.units.last.map { UInt32($0) } ?? 0
                let firstScript = seg.key.tokens.first?.script ?? .common
                let lastScript = seg.key.tokens.last?.script ?? .common
                let needsStart = Self.isBoundaryChar(first, firstScript)
                let needsEnd = !seg.stem && Self.isBoundaryChar(last, lastScript)
                terminals[Int(node)].append(Int32(patterns.count))
                patterns.append(Pattern(entry: Int32(entryIndex), segment: UInt8(si), needsStart: needsStart,
                                        needsEnd: needsEnd, stem: seg.stem, gapBefore: UInt8(seg.gap)))
                for t in 0..<seg.key.tokens.count {
                    let w = seg.key.tokenUnits(t)
                    var mask = knownWords[hashUnits(w)] ?? Int32.min
                    if !entry.romanized, entry.language < 31, seg.key.tokens[t].script == .latin, !seg.key.tokens[t].isSymbol,
                       t < 64, seg.plainWords & (1 << UInt64(t)) != 0 {
                        mask |= Int32(1) << Int32(entry.language)
                    }
                    knownWords[hashUnits(w)] = mask
                    // Typo vocabulary: words of five or more letters in spaced scripts, as written
                    // in a file. Spellings derived at load (ICU romanizations, shorthand) are
                    // themselves approximations: one edit from them lands on other languages'
                    // words (English "usual" read as Russian "устал" through "ustal").
                    let inTypoVocabulary: Bool
                    switch entry.kind {
                    case .intent, .ack, .thanks, .negation, .minutes, .hours, .comboPart: inTypoVocabulary = !entry.romanized
                    default: inTypoVocabulary = false
                    }
                    if inTypoVocabulary, !seg.key.tokens[t].script.isUnspaced, seg.key.letterCount(t) >= 5 {
                        let word = Array(w)
                        let h = hashUnits(word)
                        if vocabularyIndex[h] == nil {
                            let id = Int32(vocabulary.count)
                            vocabulary.append(word)
                            vocabularyIndex[h] = id
                            typoIndex.append((Self.typoKey(h), id))
                            for d in 0..<word.count where !UTF16.isTrailSurrogate(word[d]) {
                                typoIndex.append((Self.typoKey(hashUnits(word, skipping: d)), id))
                            }
                        }
                    }
                }
                fullKey = (fullKey ^ hashUnits(seg.key.units)) &* 0x100000001b3 &+ UInt64(si) << 1 &+ (seg.stem ? 1 : 0)
            }
            entryKey.append(fullKey)
            keyLanguages[fullKey, default: []].insert(entry.language)
        }
        var terminalStart: [Int32] = []
        var terminalPatterns: [Int32] = []
        terminalStart.reserveCapacity(terminals.count + 1)
        for list in terminals {
            terminalStart.append(Int32(terminalPatterns.count))
            terminalPatterns.append(contentsOf: list)
        }
        terminalStart.append(Int32(terminalPatterns.count))

        typoIndex.sort { $0.hash < $1.hash || ($0.hash == $1.hash && $0.word < $1.word) }

        self.init(languages: languages, entries: entries, entryTexts: entryTexts, patterns: patterns,
                  transitions: IntTable(transitions.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }), terminalStart: terminalStart,
                  terminalPatterns: terminalPatterns, knownWords: IntTable(knownWords.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }), typoIndex: typoIndex, vocabulary: vocabulary, carrier: carrier,
                  keyLanguageCount: entryKey.map { Int32(keyLanguages[$0]?.count ?? 1) }, combinations: combinations,
                  clitics: clitics.mapValues { $0.sorted { $0.count > $1.count } },
                  numberWords: languages.map { NumberWords(locale: $0.tag) })
    }

    /// The compiled parts as they are (from a compilation or a `LexiconImage`); what follows from
    /// the languages alone is worked out here.
    init(languages: [LanguageInfo], entries: [Entry], entryTexts: [EntryText], patterns: [Pattern],
         transitions: IntTable, terminalStart: [Int32], terminalPatterns: [Int32], knownWords: IntTable,
         typoIndex: [(hash: UInt32, word: Int32)], vocabulary: [[UInt16]], carrier: [String: CarrierKeyword],
         keyLanguageCount: [Int32], combinations: [Combination], clitics: [Script: [[UInt16]]], numberWords: [NumberWords?]) {
        self.languages = languages
        hans = languages.firstIndex { $0.tag == "zh-Hans" }
        hant = languages.firstIndex { $0.tag == "zh-Hant" }
        let latin = languages.indices.filter { languages[$0].script == .latin && languages[$0].exemplars.count >= 20 }
        var letterScores: [UInt32: [Double]] = [:]
        for li in latin {
            for c in languages[li].exemplars.union(languages[li].auxiliary) where c >= 0x80 && letterScores[c] == nil {
                letterScores[c] = latin.map { l in
                    languages[l].exemplars.contains(c) ? 0.5 : languages[l].auxiliary.contains(c) ? 0.1 : -0.7
                }
            }
        }
        latinLanguages = latin
        latinLetterScores = letterScores
        latinUnlistedScores = latin.map { _ in -0.7 }
        self.entries = entries
        self.entryTexts = entryTexts
        self.patterns = patterns
        self.transitions = transitions
        self.terminalStart = terminalStart
        self.terminalPatterns = terminalPatterns
        self.knownWords = knownWords
        self.typoIndex = typoIndex
        self.vocabulary = vocabulary
        self.carrier = carrier
        self.keyLanguageCount = keyLanguageCount
        self.combinations = combinations
        self.clitics = clitics
        self.numberWords = numberWords
    }

    /// Bit `t` set when word `t` of `key` is written in plain ASCII in `text`: only such words are
    /// language evidence as they stand, since an accented word folds to another language's word
    /// (Vietnamese "bé" and "sợ" to English "be" and "so").
    static func plainWords(_ key: KeyText, of text: String) -> UInt64 {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return ~0 }
        let scalars = Array(text.unicodeScalars)
        var bits: UInt64 = 0
        for (t, token) in key.tokens.prefix(64).enumerated() {
            let lo = Int(token.sourceStart), hi = min(Int(token.sourceEnd), scalars.count)
            if lo < hi, scalars[lo..<hi].allSatisfy({ $0.isASCII }) { bits |= 1 << UInt64(t) }
        }
        return bits
    }

    /// Whether a pattern edge needs a word boundary there: letters and digits of spaced scripts do.
    static func isBoundaryChar(_ c: UInt32, _ script: Script) -> Bool {
        if script.isUnspaced { return false }
        if c >= 0x30 && c <= 0x39 { return true }
        if UTF16.isLeadSurrogate(UInt16(truncatingIfNeeded: c)) { return false }
        return CharacterInfo.isLetter(c)
    }

    /// The entry itself, its spelling with apostrophes read as spaces (patients type
    /// "m'écrire" as "mecrire" and as "m ecrire"), then its romanized spellings.
    static func variants(of text: String, romanizers: [Transliterator]) -> [String] {
        var result = [text]
        if text.utf8.contains(0x27) || text.unicodeScalars.contains("\u{2019}") {
            let spaced = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "'" || $0 == "\u{2019}" ? " " : $0 }))
            result.append(spaced)
        }
        guard !romanizers.isEmpty else { return result }
        let needs = text.unicodeScalars.contains { $0.value >= 0x80 && CharacterInfo.isLetter($0.value) && CharacterInfo.script($0.value) != .latin }
        guard needs else { return result }
        let lower = Folding.key(text, .exact)
        for r in romanizers {
            let v = r.transliterate(lower)
            if v != lower, !result.contains(v) { result.append(v) }
        }
        return result
    }

    static func isApostropheVariant(_ variant: String, of text: String) -> Bool {
        variant.unicodeScalars.count == text.unicodeScalars.count && variant != text &&
            zip(variant.unicodeScalars, text.unicodeScalars).allSatisfy { $0 == $1 || ($0 == " " && ($1 == "'" || $1 == "\u{2019}")) }
    }

    /// Splits an entry into the texts of its matchable segments at `…` (or `...`) gaps and `*`
    /// stems. Works on UTF-8: the markers are ASCII or one fixed sequence.
    static func segmentTexts(of text: String) -> [(text: String, stem: Bool, gap: Int)] {
        var result: [(text: String, stem: Bool, gap: Int)] = []
        var current: [UInt8] = []
        var gap = 0
        func close(stem: Bool) {
            if !current.isEmpty { result.append((String(decoding: current, as: UTF8.self), stem, gap)) }
            current.removeAll(keepingCapacity: true)
        }
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            // One word: up to a space or tab.
            while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
            var j = i
            while j < bytes.count && bytes[j] != 0x20 && bytes[j] != 0x09 { j += 1 }
            if i == j { break }
            var word = bytes[i..<j]
            i = j
            // "…" or "..." alone, or glued to a word ("pain...chest").
            while !word.isEmpty {
                if let r = Self.ellipsis(in: word) {
                    let before = word[word.startIndex..<r.lowerBound]
                    if !before.isEmpty, Self.appendWord(before, to: &current) { close(stem: true) }
                    close(stem: false)
                    gap = gapWords
                    word = word[r.upperBound...]
                } else {
                    if Self.appendWord(word, to: &current) {
                        close(stem: true)
                        gap = 0
                    }
                    word = []
                }
            }
        }
        close(stem: false)
        if !result.isEmpty { result[0].gap = 0 }
        return result
    }

    /// Adds a word to the current segment; returns true when it ends in `*`, a stem that
    /// closes the segment.
    private static func appendWord(_ word: ArraySlice<UInt8>, to current: inout [UInt8]) -> Bool {
        if !current.isEmpty { current.append(0x20) }
        if word.count > 1, word.last == 0x2A {
            current.append(contentsOf: word.dropLast())
            return true
        }
        current.append(contentsOf: word)
        return false
    }

    /// The range of the first "…" (U+2026) or "..." in a word.
    private static func ellipsis(in word: ArraySlice<UInt8>) -> Range<Int>? {
        var k = word.startIndex
        while k + 2 < word.endIndex {
            if (word[k] == 0xE2 && word[k + 1] == 0x80 && word[k + 2] == 0xA6) || (word[k] == 0x2E && word[k + 1] == 0x2E && word[k + 2] == 0x2E) {
                var end = k + 3
                while end < word.endIndex && word[end] == 0x2E { end += 1 }
                return k..<end
            }
            k += 1
        }
        return nil
    }

    /// Where a match's evidence comes from: the entry as written or a romanized spelling of it.
    func source(of entry: Int32) -> EvidenceSource {
        entries[Int(entry)].romanized ? .romanized : .lexicon
    }

    /// The typo index's key of a word hash.
    @inline(__always) static func typoKey(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }

    /// Vocabulary words whose typo-index key is that of `hash` (check each against the word).
    func typoCandidates(_ fullHash: UInt64, into out: inout [Int32]) {
        let hash = Self.typoKey(fullHash)
        var lo = 0, hi = typoIndex.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if typoIndex[mid].hash < hash { lo = mid + 1 } else { hi = mid }
        }
        while lo < typoIndex.count && typoIndex[lo].hash == hash {
            out.append(typoIndex[lo].word)
            lo += 1
        }
    }


    /// Spelled-out numbers of language `language`.
    func numbers(_ language: Int) -> NumberWords? {
        language >= 0 && language < numberWords.count ? numberWords[language] : nil
    }
}

/// SMS abbreviations of one language, for spelling entries the short way. Works on UTF-8 bytes
/// with ASCII lower-casing: entries and shorthand are written by the same author.
struct Abbreviations {
    /// Each expansion (as words) with its abbreviations in file order; longer expansions first.
    private var rules: [(expansion: [[UInt8]], abbreviations: [[UInt8]])] = []
    private var firstWords = Set<[UInt8]>()
    /// `wordHash` of each first word: a test of an entry's words that allocates nothing, for the
    /// many entries (most of them) that hold no expansion at all.
    private var firstWordHashes = Set<UInt64>()

    /// At most this many short spellings of one entry.
    static let variantLimit = 8

    var isEmpty: Bool { rules.isEmpty }

    /// ASCII capitals lowered: how words are compared.
    static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }

    /// `hashUnits` of a word, lowered.
    static func wordHash<Bytes: Collection>(_ word: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        hashUnits(word.lazy.map { UInt16(lower($0)) })
    }

    /// Whether any space-separated word of `text` may be the first word of an expansion.
    func mayHoldExpansion(_ text: String) -> Bool {
        let utf8 = text.utf8
        var i = utf8.startIndex
        while i < utf8.endIndex {
            if utf8[i] == 0x20 { i = utf8.index(after: i); continue }
            let end = utf8[i...].firstIndex(of: 0x20) ?? utf8.endIndex
            if firstWordHashes.contains(Self.wordHash(utf8[i..<end])) { return true }
            i = end
        }
        return false
    }

    static func words(_ text: String) -> [[UInt8]] {
        text.utf8.split(separator: 0x20).map { word in word.map(lower) }
    }

    mutating func add(_ abbreviation: String, expandsTo expansion: String) {
        let e = Self.words(expansion)
        let a = Self.words(abbreviation).joined(separator: [0x20]).map { $0 }
        guard let first = e.first, !a.isEmpty, e.joined(separator: [0x20]).map({ $0 }) != a else { return }
        if let i = rules.firstIndex(where: { $0.expansion == e }) {
            if !rules[i].abbreviations.contains(a) { rules[i].abbreviations.append(a) }
            return
        }
        // Longer expansions first; equally long ones keep file order: insert after every rule
        // at least as long.
        let at = rules.firstIndex { $0.expansion.count < e.count } ?? rules.count
        rules.insert((e, [a]), at: at)
        firstWords.insert(first)
        firstWordHashes.insert(Self.wordHash(first))
    }

    /// The first (longest) rule whose expansion starts at word `i` of `words`.
    private func rule(at i: Int, in words: [[UInt8]]) -> Int? {
        guard firstWords.contains(words[i]) else { return nil }
        return rules.firstIndex { i + $0.expansion.count <= words.count && Array(words[i..<(i + $0.expansion.count)]) == $0.expansion }
    }

    /// The entry's short spellings: the k-th has every expansion replaced by that expansion's
    /// k-th abbreviation (its last when it has fewer), so "không" in an entry gives one variant
    /// for each of "ko", "k", "kh", "hok"…; with two expansions or more, each is also shortened
    /// alone ("n quero mais mensagens"); empty when nothing changes.
    func abbreviations(of text: String) -> [String] {
        guard !rules.isEmpty, mayHoldExpansion(text) else { return [] }
        let words = Self.words(text)
        guard words.contains(where: { firstWords.contains($0) }) else { return [] }
        var out: [String] = []
        for k in 0..<Self.variantLimit {
            var w = words
            var changed = false, more = false
            var i = 0
            while i < w.count {
                if let r = rule(at: i, in: w) {
                    let rule = rules[r]
                    w.replaceSubrange(i..<(i + rule.expansion.count), with: [rule.abbreviations[min(k, rule.abbreviations.count - 1)]])
                    if k + 1 < rule.abbreviations.count { more = true }
                    changed = true
                }
                i += 1
            }
            guard changed else { break }
            let short = String(decoding: Array(w.joined(separator: [0x20])), as: UTF8.self)
            if !out.contains(short) { out.append(short) }
            if !more { break }
        }
        // With two or more expansions in the entry, also each one shortened alone: patients write
        // "n quero mais mensagens" as often as "n quero mais msgs" ("não quero mais mensagens").
        var places: [(at: Int, rule: Int)] = []
        var i = 0
        while i < words.count {
            if let r = rule(at: i, in: words) {
                places.append((i, r))
                i += rules[r].expansion.count
            } else {
                i += 1
            }
        }
        if places.count >= 2 {
            for place in places {
                let rule = rules[place.rule]
                for a in rule.abbreviations where out.count < Self.variantLimit * 2 {
                    var w = words
                    w.replaceSubrange(place.at..<(place.at + rule.expansion.count), with: [a])
                    let short = String(decoding: Array(w.joined(separator: [0x20])), as: UTF8.self)
                    if !out.contains(short) { out.append(short) }
                }
            }
        }
        return out
    }
}
