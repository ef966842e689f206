internal import ParlanceText

/// A match with where its evidence came from.
struct Found {
    var match: EntryMatch
    var source: EvidenceSource
    /// Set when a derived reading (skeleton, spaced letters) matched: the span is the whole reply.
    var wholeReply = false
}

/// What an outbound message's text says, read once per message text: the reply keywords it
/// offers and whether it has a question mark.
struct PromptReading: Sendable {
    var options: [String: Intent]
    var hasQuestionMark: Bool
}

/// What the outbound message tells about the reply.
struct PromptInfo {
    var options: [String: Intent] = [:]
    /// Whether the message asked anything; nil when unknown.
    var asked: Bool?
    var asksConfirmation: Bool { options.values.contains(.confirm) }
}

/// One classification in progress.
struct Analysis {
    let classifier: ReplyClassifier
    let text: String
    let context: ReplyContext
    var lex: LexiconSet { classifier.lexicons }
    var key = KeyText("")
    var found: [Found] = []
    lazy var scalars: [Unicode.Scalar] = Array(text.unicodeScalars)
    /// Key-text units from which a one-word entry of any language is evidence (code switching).
    static let codeSwitchLength: Int32 = 6
    /// A mark that makes a reply a question: ? ？ ¿ ؟
    static func isQuestionMark(_ c: Unicode.Scalar) -> Bool { c == "?" || c == "？" || c == "¿" || c == "؟" }
    /// The UTF-8 offset of each Unicode scalar, and of the end: scalar ranges to text, cheaply.
    lazy var scalarOffsets: [Int] = {
        var out: [Int] = []
        out.reserveCapacity(text.utf8.count + 1)
        var o = 0
        for u in text.unicodeScalars { out.append(o); o += UTF8.width(u) }
        out.append(o)
        return out
    }()

    init(classifier: ReplyClassifier, text: String, context: ReplyContext) {
        self.classifier = classifier
        self.text = text
        self.context = context
    }

    // MARK: Reading the text

    /// Word tokens of five or more letters (six in Arabic script) that no entry covers and no
    /// lexicon knows, each with the one-edit vocabulary word it is read as.
    func typoCorrections() -> [Int: [UInt16]] {
        var covered = [Bool](repeating: false, count: key.tokens.count)
        for f in found where lex.entries[Int(f.match.entry)].kind.readsAsIntent || lex.entries[Int(f.match.entry)].kind == .optionWord {
            for t in Int(f.match.firstToken)...Int(f.match.lastToken) where t < covered.count { covered[t] = true }
        }
        var fixes: [Int: [UInt16]] = [:]
        for (t, token) in key.tokens.enumerated() where !covered[t] && !token.isSymbol && !token.script.isUnspaced {
            let units = key.tokenUnits(t)
            // Arabic writes few vowels, so its five-letter words sit one edit apart from each
            // other ("انتظر" wait, "انتحر" suicide): fix only words of six letters or more there.
            let shortest = token.script == .arabic ? 6 : 5
            guard key.letterCount(t) >= shortest, units.count <= 24, !lex.knownWords.contains(hashUnits(units)) else { continue }
            if units.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { continue }
            let word = Array(units)
            var candidates: [Int32] = []
            lex.typoCandidates(hashUnits(word), into: &candidates)
            for d in 0..<word.count where !UTF16.isTrailSurrogate(word[d]) {
                lex.typoCandidates(hashUnits(word, skipping: d), into: &candidates)
            }
            for c in candidates.sorted() where Self.isOneEdit(word, lex.vocabulary[Int(c)]) {
                fixes[t] = lex.vocabulary[Int(c)]
                break
            }
        }
        return fixes
    }

    /// Drops matches of `[alone]` entries that are not the whole reply: "ALTO" alone is a
    /// request to stop, "el azúcar está alto" is not. Symbols (emoji) around it do not count.
    mutating func dropPartialAlone() {
        let lex = self.lex, tokens = key.tokens
        guard found.contains(where: { lex.entries[Int($0.match.entry)].alone }) else { return }
        found.removeAll { f in
            guard lex.entries[Int(f.match.entry)].alone else { return false }
            return tokens.indices.contains { t in (t < f.match.firstToken || t > f.match.lastToken) && !tokens[t].isSymbol }
        }
    }

    /// Damerau (optimal string alignment) distance of exactly one.
    static func isOneEdit(_ a: [UInt16], _ b: [UInt16]) -> Bool {
        if a == b { return false }
        let n = a.count, m = b.count
        if abs(n - m) > 1 { return false }
        if n == m {
            var diffs: [Int] = []
            for i in 0..<n where a[i] != b[i] {
                diffs.append(i)
                if diffs.count > 2 { return false }
            }
            if diffs.count == 1 { return true }
            return diffs.count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]
        }
        let (long, short) = n > m ? (a, b) : (b, a)
        var i = 0, j = 0, skipped = false
        while i < long.count && j < short.count {
            if long[i] == short[j] { i += 1; j += 1 } else {
                if skipped { return false }
                skipped = true
                i += 1
            }
        }
        return true
    }

    /// Readings of the reply that only safety keywords may use: look-alike letters of another
    /// script ("SТОР"), and words spelled out letter by letter ("S T O P").
    mutating func safetyReadings() {
        let lex = self.lex
        let before = found
        let hasIntent: (Intent) -> Bool = { intent in
            before.contains { if case .intent(let i) = lex.entries[Int($0.match.entry)].kind { return i == intent }; return false }
        }
        var readings: [(String, EvidenceSource)] = []
        let letters = key.tokens.filter { !$0.isSymbol }
        if letters.count >= 3, letters.count <= 16, (0..<key.tokens.count).allSatisfy({ key.letterCount($0) == 1 && !key.tokens[$0].isSymbol }) {
            readings.append((String(utf16Units: key.tokens.indices.flatMap { key.tokenUnits($0) }), .lexicon))
        }
        let lookAlikeScripts: Set<Script> = [.cyrillic, .greek, .other]
        if key.tokens.count <= 8, text.unicodeScalars.count <= 80,
           text.unicodeScalars.contains(where: { $0.value >= 0x370 && lookAlikeScripts.contains(CharacterInfo.script($0.value)) }) {
            let skeleton = Confusables.skeleton(text)
            if !skeleton.isEmpty { readings.append((skeleton, .confusable)) }
        }
        for (reading, source) in readings {
            let derived = KeyText(reading)
            for m in lex.matches(in: derived) {
                let entry = lex.entries[Int(m.entry)]
                guard lex.languages[entry.language].script == .latin else { continue }
                guard case .intent(let intent) = entry.kind, intent == .optOut || intent == .urgent || intent == .cancel, !hasIntent(intent) else { continue }
                guard m.firstToken == 0, Int(m.lastToken) == derived.tokens.count - 1 else { continue }
                let whole = EntryMatch(entry: m.entry, start: 0, end: Int32(key.units.count), firstToken: 0,
                                       lastToken: Int32(max(key.tokens.count - 1, 0)))
                found.append(Found(match: whole, source: source, wholeReply: true))
            }
        }
    }

    /// STOP or CANCEL typed with a neighbouring key ("stpo", "cancwl", "xtop").
    mutating func keyboardSlip() {
        guard key.tokens.count == 1, !key.tokens[0].isSymbol, key.tokens[0].script == .latin else { return }
        let word = Array(key.tokenUnits(0))
        guard (3...8).contains(word.count) else { return }
        if found.contains(where: { lex.entries[Int($0.match.entry)].kind.readsAsIntent }) { return }
        for (target, intent) in [("stop", Intent.optOut), ("cancel", Intent.cancel)] {
            let t = Array(target.utf16)
            guard Keyboard.isSlip(word, of: t) else { continue }
            // Point the evidence at the English entry for the keyword when there is one.
            if let e = lex.entries.indices.first(where: { lex.entries[$0].kind == .intent(intent) && Folding.key(lex.entryTexts[$0].display) == target }) {
                let m = EntryMatch(entry: Int32(e), start: 0, end: Int32(key.units.count), firstToken: 0, lastToken: 0)
                found.append(Found(match: m, source: .keyboard, wholeReply: true))
            }
            return
        }
    }

    // MARK: Context

    func promptInfo() -> PromptInfo {
        var info = PromptInfo()
        for (k, v) in context.options { info.options[Self.optionKey(k)] = v }
        if let prompt = context.prompt, !prompt.isEmpty {
            if !ReplyContext.isTemplateID(prompt) {
                let reading: PromptReading
                if let cached = classifier.promptCache.withLock({ $0[prompt] }) {
                    reading = cached
                } else {
                    reading = PromptReading(options: Self.options(inPrompt: prompt, lexicons: lex),
                                            hasQuestionMark: prompt.unicodeScalars.contains { $0 == "?" || $0 == "？" || $0 == "؟" })
                    classifier.promptCache.withLock { cache in
                        if cache.count >= ReplyClassifier.promptCacheLimit { cache.removeAll(keepingCapacity: true) }
                        cache[prompt] = reading
                    }
                }
                for (k, v) in reading.options where info.options[k] == nil { info.options[k] = v }
                info.asked = !info.options.isEmpty || reading.hasQuestionMark
            }
        } else if !info.options.isEmpty {
            info.asked = true
        }
        return info
    }

    /// The key text of an option key. Most are ASCII letters and digits ("1", "C", "YES"), whose
    /// key text is their lower-case form; anything else goes through `KeyText`.
    static func optionKey(_ k: String) -> String {
        let ascii = !k.isEmpty && k.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
        return ascii ? String(decoding: k.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self) : KeyText(k).string
    }

    /// Reads "Reply 1 to reschedule", "YES to confirm or NO to cancel", "回复1确认" from a message.
    /// In scripts without capitals a keyword cannot stand out by case; there a one-word entry
    /// that means the same as the phrase beside it ("أرسل نعم للتأكيد"), or a short word in
    /// quotation marks in the clause of one phrase (确认请回复“是”), is the keyword.
    static func options(inPrompt prompt: String, lexicons lex: LexiconSet) -> [String: Intent] {
        let key = KeyText(prompt)
        let scalars = Array(prompt.unicodeScalars)
        // `[alone]` entries are whole replies; inside a message they mean nothing ("para" in
        // "Responda SÍ para confirmar").
        let matches = lex.matches(in: key).filter { !lex.entries[Int($0.entry)].alone }
        var oneWord: [Int: Intent] = [:]
        for m in matches where m.firstToken == m.lastToken {
            let t = Int(m.firstToken), token = key.tokens[t]
            guard !token.isSymbol,
                  Int(m.start) == Int(token.start), Int(m.end) == Int(token.end), token.end - token.start <= 6 else { continue }
            switch lex.entries[Int(m.entry)].kind {
            case .intent(let i): oneWord[t] = i
            case .ack: oneWord[t] = oneWord[t] ?? .confirm
            default: break
            }
        }
        let caseless: Set<Script> = [.arabic, .han, .hangul, .hiragana, .katakana]
        let quotes: Set<UInt32> = [0x22, 0x27, 0x201C, 0x201D, 0x2018, 0x2019, 0x00AB, 0x00BB, 0x300C, 0x300D, 0x300E, 0x300F, 0xFF02]
        func quoted(_ t: Int) -> Bool {
            let lo = Int(key.tokens[t].sourceStart), hi = Int(key.tokens[t].sourceEnd)
            return lo > 0 && hi < scalars.count && quotes.contains(scalars[lo - 1].value) && quotes.contains(scalars[hi].value)
        }
        func keyLike(_ t: Int, for intent: Intent) -> String? {
            if oneWord[t] == intent, caseless.contains(key.tokens[t].script) { return key.tokenString(t) }
            let token = key.tokens[t]
            guard !token.isSymbol else { return nil }
            let units = key.tokenUnits(t)
            let digits = units.prefix { $0 >= 0x30 && $0 <= 0x39 }
            if !digits.isEmpty, digits.count <= 2 { return String(utf16Units: digits) }
            if units.count == 1, token.script == .latin { return String(utf16Units: units) }
            let lo = Int(token.sourceStart), hi = min(Int(token.sourceEnd), scalars.count)
            guard lo < hi, hi - lo <= 12 else { return nil }
            let original = scalars[lo..<hi]
            let letters = original.filter { $0.properties.isAlphabetic }
            if letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) { return String(utf16Units: units) }
            return nil
        }
        var options: [String: Intent] = [:]
        let offered: Set<Intent> = [.confirm, .cancel, .reschedule, .optOut, .optIn, .help]
        // A one-word entry in quotation marks is a keyword offered as itself: '네', “取消”.
        for (t, intent) in oneWord.sorted(by: { $0.key < $1.key }) where offered.contains(intent) && quoted(t) {
            let k = key.tokenString(t)
            if options[k] == nil { options[k] = intent }
        }
        // Any other short quoted word in a script without capitals takes the meaning of the one
        // phrase beside it in its clause: 确认请回复“是”, 取消请回复“否”.
        for t in key.tokens.indices where oneWord[t] == nil && !key.tokens[t].isSymbol && caseless.contains(key.tokens[t].script)
            && key.tokens[t].end - key.tokens[t].start <= 4 && quoted(t) {
            let clause = key.tokens[t].clause
            var meanings = Set<Intent>()
            for m in matches where key.tokens[Int(m.firstToken)].clause == clause && !(m.firstToken...m.lastToken).contains(Int32(t)) {
                if case .intent(let i) = lex.entries[Int(m.entry)].kind, offered.contains(i) { meanings.insert(i) }
            }
            let k = key.tokenString(t)
            if meanings.count == 1, let intent = meanings.first, options[k] == nil { options[k] = intent }
        }
        for m in matches {
            guard case .intent(let intent) = lex.entries[Int(m.entry)].kind, intent != .urgent, intent != .symptom, intent != .other else { continue }
            let clause = key.tokens[Int(m.firstToken)].clause
            var chosen: String?
            var t = Int(m.firstToken) - 1
            while t >= 0 && t >= Int(m.firstToken) - 4 && key.tokens[t].clause == clause {
                if let k = keyLike(t, for: intent) { chosen = k; break }
                t -= 1
            }
            if chosen == nil {
                t = Int(m.lastToken) + 1
                while t < key.tokens.count && t <= Int(m.lastToken) + 3 && key.tokens[t].clause == clause {
                    if let k = keyLike(t, for: intent) { chosen = k; break }
                    t += 1
                }
            }
            if let k = chosen, options[k] == nil, KeyText(k).string != key.string { options[k] = intent }
        }
        return options
    }
}

/// QWERTY neighbours, for keyword slips.
enum Keyboard {
    static let rows = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]

    /// Whether two keys touch on a QWERTY keyboard. Rows are staggered: a key touches the two
    /// keys above it at the same and the next index, and the two below at the same and the
    /// previous index.
    static func neighbours(_ a: UInt16, _ b: UInt16) -> Bool {
        guard let ca = Unicode.Scalar(a).map(Character.init), let cb = Unicode.Scalar(b).map(Character.init), ca != cb else { return false }
        for (r, row) in rows.enumerated() {
            guard let i = row.firstIndex(of: ca) else { continue }
            let x = row.distance(from: row.startIndex, to: i)
            for (dr, offsets) in [(0, [-1, 1]), (-1, [0, 1]), (1, [-1, 0])] where (0..<rows.count).contains(r + dr) {
                let other = rows[r + dr]
                guard let j = other.firstIndex(of: cb) else { continue }
                let y = other.distance(from: other.startIndex, to: j)
                if offsets.contains(y - x) { return true }
            }
        }
        return false
    }

    /// One keyboard-neighbour substitution, a swap of two adjacent letters, or a doubled letter.
    static func isSlip(_ w: [UInt16], of t: [UInt16]) -> Bool {
        if w == t { return false }
        if w.count == t.count {
            let diffs = (0..<w.count).filter { w[$0] != t[$0] }
            if diffs.count == 1 { return neighbours(t[diffs[0]], w[diffs[0]]) }
            if diffs.count == 2, diffs[1] == diffs[0] + 1 { return w[diffs[0]] == t[diffs[1]] && w[diffs[1]] == t[diffs[0]] }
            return false
        }
        if w.count == t.count + 1 {
            // A doubled letter or an extra neighbouring key.
            for i in 0..<w.count {
                var x = w
                let extra = x.remove(at: i)
                if x == t {
                    let near = (i > 0 && (w[i - 1] == extra || neighbours(w[i - 1], extra))) ||
                        (i + 1 < w.count && (w[i + 1] == extra || neighbours(w[i + 1], extra)))
                    if near { return true }
                }
            }
        }
        return false
    }
}
