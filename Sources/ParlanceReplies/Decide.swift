internal import ParlanceText

/// An intent reading of one match, after negation and context.
struct Reading {
    var found: Found
    var intent: Intent
    var negated: Bool
    var strength: Double
    /// What to show as the entry, when it is not the matched entry itself (a combination).
    var display: String? = nil
}

extension Analysis {
    mutating func run() -> ReplyClassification {
        key = KeyText(text)
        found = lex.matches(in: key).map { Found(match: $0, source: lex.source(of: $0.entry)) }

        // One-letter typos in long words: read the reply again with them fixed.
        let fixes = typoCorrections()
        if !fixes.isEmpty {
            key = KeyText(text, replace: { t, _ in fixes[t] })
            found = lex.matches(in: key).map { m in
                let touched = (Int(m.firstToken)...Int(m.lastToken)).contains { fixes[$0] != nil }
                return Found(match: m, source: touched ? .typo : lex.source(of: m.entry))
            }
        }
        dropAccentMismatches()
        dropPartialAlone()
        safetyReadings()
        keyboardSlip()

        let prompt = promptInfo()
        var readings: [Reading] = []
        var negationCues: [Int] = []
        var reactionEnd: Int32 = -1
        var reactionLanguage: Int?

        // A phone reaction sent as text: `Liked "…"`. The quoted message is not the patient's.
        for f in found {
            let e = lex.entries[Int(f.match.entry)]
            guard e.kind == .reaction || e.kind == .reactionOther, f.match.firstToken == 0, !f.wholeReply else { continue }
            if followedByQuote(f.match), f.match.lastToken > reactionEnd {
                reactionEnd = f.match.lastToken
                reactionLanguage = e.language
            }
        }
        var active = found
        if reactionEnd >= 0 {
            active = found.filter { $0.match.lastToken <= reactionEnd || $0.wholeReply }
        }

        // Drop intent matches inside a longer one ("no" inside "no problem"). A red flag yields
        // only to a longer phrase the lexicon files as something else on purpose, written out
        // in full ("emergency contact", "muscle spasm", "紧急联系人", or in Chinese a longer
        // word such as 着急 around 急), never to a typo reading.
        let kinds = active.map { lex.entries[Int($0.match.entry)].kind }
        var keep = [Bool](repeating: true, count: active.count)
        for i in active.indices where kinds[i].readsAsIntent {
            let urgent = kinds[i] == .intent(.urgent)
            if urgent && active[i].wholeReply { continue }
            let a = active[i].match
            for j in active.indices where j != i && kinds[j].readsAsIntent {
                let b = active[j].match
                let sameSpan = b.start == a.start && b.end == a.end
                guard b.start <= a.start && b.end >= a.end && ((b.end - b.start) > (a.end - a.start) || (urgent && sameSpan)) else { continue }
                if urgent {
                    let container = lex.entries[Int(b.entry)]
                    // A stem and a longer stem over the same word (`응급*` and `응급실이랑*`): the
                    // longer one, as written, is the more specific.
                    func written(_ e: Int32) -> Int { lex.entryTexts[Int(e)].display.unicodeScalars.filter { $0 != "*" }.count }
                    let longerStem = lex.entries[Int(a.entry)].words == 1 && written(b.entry) > written(a.entry)
                    guard [.intent(.symptom), .intent(.other), .intent(.help)].contains(container.kind),
                          !sameSpan || longerStem,
                          container.words > 1 || container.segments > 1 || key.tokens[Int(b.firstToken)].script.isUnspaced || longerStem,
                          active[j].source == .lexicon || active[j].source == .romanized, !active[j].wholeReply,
                          // Words standing in a gap ("pain … belly" over "pain unbearable in belly")
                          // are not part of the phrase.
                          !b.gaps.contains(where: { $0.overlaps(a.start..<a.end) }) else { continue }
                }
                keep[i] = false
                break
            }
        }

        // Negation cues not inside a longer entry.
        for (i, f) in active.enumerated() {
            guard case .negation = kinds[i] else { continue }
            let inside = active.indices.contains { j in
                let m = active[j].match
                return j != i && kinds[j].readsAsIntent && keep[j] && m.start <= f.match.start && m.end >= f.match.end &&
                    (m.end - m.start) > (f.match.end - f.match.start) &&
                    !m.gaps.contains { $0.lowerBound <= f.match.start && f.match.end <= $0.upperBound }
            }
            if !inside { negationCues.append(i) }
        }

        // Language first: a one-word entry of another language ("no" inside Portuguese
        // "estou no trânsito") is not evidence when the reply is clearly in one language.
        let hints = languageHints(active: found, reactionEnd: reactionEnd, reactionLanguage: reactionLanguage)
        let dominant: (index: Int, score: Double)? = hints.first.flatMap { h in
            h.score >= 0.5 ? lex.languages.firstIndex { $0.tag == h.lang }.map { ($0, h.score) } : nil
        }
        // Whether a one-word entry of each language can be evidence in this reply (for intents
        // and for day and time words alike).
        let oneWordLanguages = lex.languages.indices.map { i in
            dominant.map { d in i == d.index || (hints.first { $0.lang == lex.languages[i].tag }?.score ?? 0) >= 0.5 * d.score } ?? true
        }
        // A long word written in full is evidence whatever language the rest of the reply is in:
        // patients switch to English for "reschedule" or "cancel" ("minh muon reschedule qua thu
        // 2"), and a word of six letters or more rarely means something else in another language.
        // Short words ("no", "y", "da") and typo readings still need the reply's language.
        func plausible(_ f: Found, _ entry: Entry, _ intent: Intent) -> Bool {
            if intent == .urgent || intent == .optOut || entry.words > 1 || entry.segments > 1 || oneWordLanguages[entry.language] { return true }
            return f.source == .lexicon && f.match.end - f.match.start >= Self.codeSwitchLength
                && !key.tokens[Int(f.match.firstToken)].script.isUnspaced
        }

        // A one-word cue of a language the reply is not in negates nothing: Haitian "pa" (not)
        // is Tagalog "pa" (still, a prefix) in "pa-reschedule po".
        func cueCounts(_ c: Int) -> Bool {
            let cue = lex.entries[Int(active[c].match.entry)]
            return cue.words > 1 || cue.segments > 1 || oneWordLanguages[cue.language]
        }

        var usedCues = Set<Int>()
        var negatedSpans = Set<Int>()
        for (i, f) in active.enumerated() where keep[i] {
            let entry = lex.entries[Int(f.match.entry)]
            let base: Intent
            switch entry.kind {
            case .intent(let intent): base = intent
            case .ack: base = prompt.asked == false ? .other : .confirm
            case .thanks: base = prompt.asksConfirmation ? .confirm : .other
            case .reaction: base = .confirm
            case .reactionOther: base = .other
            default: continue
            }
            var negated = false
            if entry.kind != .reaction && entry.kind != .reactionOther {
                for c in negationCues where cueCounts(c) && negates(active[c], scopeOf(active[c]), f, sameLanguageAs: entry.language) {
                    negated = true
                    usedCues.insert(c)
                }
                if negated { negatedSpans.insert(Int(f.match.start) << 32 | Int(f.match.end)) }
            }
            // A reaction opening the reply is the phone's wording, whatever language the quote is in.
            if entry.kind != .reaction && entry.kind != .reactionOther && !plausible(f, entry, base) { continue }
            var intent = base
            if negated {
                switch base {
                case .confirm: intent = .cancel
                case .urgent: intent = .symptom
                default: continue
                }
            }
            var strength: Double
            switch f.source {
            case .lexicon: strength = entry.words > 1 || entry.segments > 1 ? 1.0 : 0.9
            case .romanized: strength = 0.85
            case .typo: strength = 0.72
            case .confusable: strength = 0.85
            case .keyboard: strength = 0.75
            case .option: strength = 0.95
            case .reaction: strength = 0.95
            }
            if entry.kind == .ack || entry.kind == .thanks { strength = min(strength, prompt.asked == nil ? 0.75 : 0.85) }
            if entry.kind == .reaction || entry.kind == .reactionOther { strength = 0.95 }
            if negated { strength *= 0.85 }
            readings.append(Reading(found: f, intent: intent, negated: negated, strength: strength))
        }
        // The same words listed by two languages ("chest pain" in English and in Taglish) read
        // as negated when either language's cues negate them: "no chest pain" is not urgent.
        if !negatedSpans.isEmpty {
            readings.removeAll { !$0.negated && negatedSpans.contains(Int($0.found.match.start) << 32 | Int($0.found.match.end)) }
        }
        // Red flags made of several facts anywhere in the reply (`fever* + chemo*`).
        if !lex.combinations.isEmpty {
            var present: [Int: (parts: Set<Int>, first: Found)] = [:]
            for (i, f) in active.enumerated() {
                guard case .comboPart(let c, let part) = kinds[i] else { continue }
                let language = lex.entries[Int(f.match.entry)].language
                if negationCues.contains(where: { cueCounts($0) && negates(active[$0], scopeOf(active[$0]), f, sameLanguageAs: language) }) { continue }
                if present[c] != nil { present[c]?.parts.insert(part) } else { present[c] = ([part], f) }
            }
            if !present.isEmpty {
                let temperature = hasFeverTemperature()
                for c in present.keys.sorted() {
                    let combo = lex.combinations[c]
                    guard let hit = present[c], hit.parts.count == combo.entryParts, !combo.needsTemperature || temperature else { continue }
                    readings.append(Reading(found: hit.first, intent: .urgent, negated: false, strength: 0.9, display: combo.display))
                    break
                }
            }
        }

        // A one-word entry that is also a negation cue ("no", "hindi", "non") is an answer only
        // when it (nearly) stands alone in its clause: "no, thanks", "hindi po", not
        // "hindi ko maintindihan".
        let cueSpans = Set(negationCues.map { Int(active[$0].match.start) << 32 | Int(active[$0].match.end) })
        readings.removeAll { r in
            guard !r.negated, r.found.match.firstToken == r.found.match.lastToken,
                  cueSpans.contains(Int(r.found.match.start) << 32 | Int(r.found.match.end)) else { return false }
            let clause = key.tokens[Int(r.found.match.firstToken)].clause
            return key.tokens.filter { $0.clause == clause && !$0.isSymbol }.count > 2
        }
        // A cue that negated something is not also a bare "no".
        if !usedCues.isEmpty {
            let cueSpans = usedCues.map { (active[$0].match.start, active[$0].match.end) }
            readings.removeAll { r in
                !r.negated && cueSpans.contains { $0.0 == r.found.match.start && $0.1 == r.found.match.end }
            }
        }

        // A question about something else (a bill, parking) that happens to hold a one-word
        // "yes" ("¿por qué si tengo Medicaid?", "Il y a un parking ?", "có chỗ đậu xe không?")
        // is not an answer: a one-word confirm that does not open the reply yields to the
        // lexicon's [other] evidence when the reply asks a question. "Sí, ¿dónde me estaciono?"
        // still confirms.
        if readings.contains(where: { $0.intent == .other && !$0.negated && lex.entries[Int($0.found.match.entry)].kind == .intent(.other) }),
           scalars.contains(where: Self.isQuestionMark) {
            let opening = key.tokens.firstIndex { !$0.isSymbol }.map(Int32.init) ?? 0
            readings.removeAll { r in
                let e = lex.entries[Int(r.found.match.entry)]
                return r.intent == .confirm && !r.negated && e.words == 1 && e.segments == 1 && r.found.match.firstToken != opening
                    && (e.kind == .intent(.confirm) || e.kind == .ack || e.kind == .thanks)
            }
        }

        // Option replies: "2", "#2", "２", "opción 2", "2번", "C".
        var optionEvidence: Evidence?
        if !prompt.options.isEmpty, reactionEnd < 0, let (t, intent, keyText) = optionReply(prompt, readings: readings) {
            let token = key.tokens[t]
            optionEvidence = Evidence(intent: intent, lang: "und", match: original(Int(token.sourceStart), Int(token.sourceEnd)),
                                      span: [Int(token.sourceStart), Int(token.sourceEnd)], entry: keyText, source: .option, negated: false)
            // The option decides; readings of the key itself (a bare "no" or "si") yield to it.
            readings.removeAll { $0.found.match.firstToken == Int32(t) && $0.found.match.lastToken == Int32(t) }
        }

        // Intents, strongest evidence first.
        var strengths: [Intent: Double] = [:]
        for r in readings { strengths[r.intent] = max(strengths[r.intent] ?? 0, r.strength) }
        if let o = optionEvidence, let i = o.intent { strengths[i] = max(strengths[i] ?? 0, 0.95) }

        let onlyOther = strengths.keys.allSatisfy { $0 == .other }
        // A one-word day or time word counts only in a language the reply can be in.
        let entities = extractEntities(intents: onlyOther ? [.late, .reschedule] : Set(strengths.keys), oneWordLanguages: oneWordLanguages,
                                       lastToken: reactionEnd >= 0 ? Int(reactionEnd) : Int.max)
        if onlyOther {
            // "10 min" alone is how late the patient will be; a day or time asked for alone is a
            // request to move the appointment.
            if entities.minutes != nil && entities.whenMentions == 0 { strengths[.late] = 0.7 }
            else if entities.whenMentions >= 2 || (entities.whenMentions >= 1 && entities.asksQuestion) { strengths[.reschedule] = 0.7 }
        }
        // Rule 8: declining the slot and asking for another is a reschedule.
        let slotMentions = entities.whenMentions + entities.dateMentions
        if strengths[.cancel] != nil, strengths[.reschedule] == nil, slotMentions >= 2 || (slotMentions >= 1 && entities.asksQuestion) {
            strengths[.reschedule] = 0.8
        }
        if strengths.count > 1 { strengths[.other] = nil }

        var intents = strengths.keys.sorted()
        if intents.first == .cancel, intents.contains(.reschedule) {
            intents.removeAll { $0 == .reschedule }
            intents.insert(.reschedule, at: 0)
        }
        // Bare yes and bare no together, with nothing else: ask a person.
        var conflict = false
        if intents.contains(.confirm) && intents.contains(.cancel) {
            let bare = readings.filter { ($0.intent == .confirm || $0.intent == .cancel) }.allSatisfy { lex.entries[Int($0.found.match.entry)].words == 1 && !$0.negated }
            if bare && key.tokens.count <= 4 && !intents.contains(where: { $0 < .cancel }) { conflict = true }
        }
        var primary = intents.first ?? .other
        if conflict {
            primary = .other
            intents = [.other] + intents
        }
        if intents.isEmpty { intents = [.other] }

        // Confidence: the strength of the primary's evidence, how much of the reply is explained,
        // and whether the signals agree.
        var confidence: Double
        let wordTokens = key.tokens.count
        if wordTokens == 0 {
            confidence = 0.9
        } else if primary == .other && strengths[.other] == nil {
            confidence = wordTokens <= 2 ? 0.6 : 0.5
        } else {
            confidence = strengths[primary] ?? 0.5
            var covered = [Bool](repeating: false, count: wordTokens)
            for r in readings { for t in Int(r.found.match.firstToken)...Int(r.found.match.lastToken) where t < wordTokens { covered[t] = true } }
            if let o = optionEvidence, let t = key.tokens.firstIndex(where: { Int($0.sourceStart) == o.span[0] }) { covered[t] = true }
            for f in active where lex.entries[Int(f.match.entry)].kind == .word || lex.entries[Int(f.match.entry)].kind == .optionWord {
                for t in Int(f.match.firstToken)...Int(f.match.lastToken) where t < wordTokens { covered[t] = true }
            }
            if reactionEnd >= 0 { for t in Int(reactionEnd + 1)..<wordTokens { covered[t] = true } }
            let coverage = Double(covered.filter { $0 }.count) / Double(wordTokens)
            confidence *= 0.7 + 0.3 * coverage
            if conflict { confidence = 0.4 }
            else if intents.contains(.confirm) && intents.contains(.cancel) && primary == .cancel { confidence *= 0.85 }
        }
        confidence = (min(max(confidence, 0.05), 0.99) * 100).rounded() / 100

        // Language.
        // The first hint is the language when it holds most of the evidence, or a clear lead over
        // the second (a long reply spreads small shares over languages that write its common words).
        let language = hints.first.map { top in
            let second = hints.count > 1 ? hints[1].score : 0
            return top.score >= 0.4 || (top.score >= 0.25 && top.score >= 2 * second) ? top.lang : "und"
        } ?? "und"

        // Evidence, in reply order.
        var evidence: [Evidence] = readings.sorted { $0.found.match.start < $1.found.match.start }.map { r in
            let entry = lex.entries[Int(r.found.match.entry)]
            let (lo, hi) = sourceSpan(r.found)
            let source: EvidenceSource = (entry.kind == .reaction || entry.kind == .reactionOther) ? .reaction : r.found.source
            return Evidence(intent: r.intent, lang: lex.languages[entry.language].tag, match: original(lo, hi), span: [lo, hi],
                            entry: r.display ?? lex.entryTexts[Int(r.found.match.entry)].display, source: source, negated: r.negated)
        }
        if let o = optionEvidence { evidence.append(o) }

        var result = ReplyEntities()
        if intents.contains(.late) { result.minutesLate = entities.minutes }
        if intents.contains(.reschedule) || intents.contains(.cancel) { result.requestedTime = entities.requested }

        let carrier = key.units.count <= 24 ? lex.carrier[key.string] : nil
        let needsHuman = conflict || confidence < 0.6 || [.urgent, .symptom, .reschedule, .other].contains(primary)
        return ReplyClassification(intent: primary, intents: intents, confidence: confidence, language: language,
                                   languageHints: hints, entities: result, evidence: evidence, carrierKeyword: carrier,
                                   needsHuman: needsHuman)
    }

    /// A Latin-script entry written with accents does not match words the patient wrote with
    /// *other* accents: Vietnamese "dùng" (use) is not "dừng" (stop), "đâu" is not "đau", "tôi
    /// muốn" (I want) is not "tới muộn" (arrive late). Words typed without accents still match
    /// ("dung", "dau", "toi muon").
    mutating func dropAccentMismatches() {
        guard text.utf8.contains(where: { $0 >= 0xC3 }) else { return }
        let s = scalars
        let lex = self.lex, key = self.key
        // Each token's exact key, made once, and only for words the patient wrote with accents.
        var written: [Int32: String?] = [:]
        func accentedKey(_ t: Int32) -> String? {
            if let known = written[t] { return known }
            let token = key.tokens[Int(t)]
            let lo = Int(token.sourceStart), hi = min(Int(token.sourceEnd), s.count)
            var result: String?
            if lo < hi, s[lo..<hi].contains(where: { $0.value >= 0xC0 }) {
                var word = String.UnicodeScalarView()
                word.append(contentsOf: s[lo..<hi])
                let exact = Folding.key(String(word), .exact)
                if exact.unicodeScalars.contains(where: { $0.value >= 0xC0 && CharacterInfo.isLetter($0.value) }) { result = exact }
            }
            written.updateValue(result, forKey: t)
            return result
        }
        // A stem (`évanoui*`) needs the patient's word to begin with it; a word must be it.
        func differs(_ written: String, _ entryWord: String) -> Bool {
            if entryWord.hasSuffix("*") { return !written.hasPrefix(entryWord.dropLast()) }
            return written != entryWord
        }
        found.removeAll { f in
            guard !f.wholeReply else { return false }
            let e = Int(f.match.entry)
            guard key.tokens[Int(f.match.firstToken)].script == .latin else { return false }
            if f.match.firstToken == f.match.lastToken {
                guard lex.entries[e].accented, let written = accentedKey(f.match.firstToken) else { return false }
                return differs(written, lex.entryTexts[e].accentKey ?? Folding.key(lex.entryTexts[e].display, .exact))
            }
            // Several words ("tới muộn"): when every word the patient wrote with accents, two or
            // more, differs from the entry's, the patient wrote other words: "tôi muốn" (I want)
            // is not "tới muộn" (arrive late). One differing word is more often a slip or another
            // spelling ("gưi" for "gửi", "xoá" for "xóa", "respiré" for "respirer"), and red flags
            // and stop requests are never dropped this way. Words standing in a gap are not the
            // entry's; when the words do not pair up one to one (apostrophes, hyphens), nothing is.
            let entry = lex.entries[e]
            if case .intent(let intent) = entry.kind, intent == .urgent || intent == .optOut { return false }
            if case .comboPart = entry.kind { return false }
            guard f.source != .typo, !entry.romanized, entry.words > 1, lex.entryTexts[e].display.utf8.contains(where: { $0 >= 0xC3 }) else { return false }
            var tokens: [Int32] = []
            for t in f.match.firstToken...f.match.lastToken {
                let token = key.tokens[Int(t)]
                if token.isSymbol || f.match.gaps.contains(where: { $0.contains(token.start) }) { continue }
                tokens.append(t)
            }
            // Dropping needs two accented words: with fewer, the entry need not be folded.
            guard tokens.filter({ accentedKey($0) != nil }).count >= 2 else { return false }
            let words = Folding.key(lex.entryTexts[e].display, .exact).split(separator: " ")
                .filter { !$0.allSatisfy { $0 == "." || $0 == "…" } }
            guard words.count == tokens.count else { return false }
            var accented = 0, different = 0
            for (t, word) in zip(tokens, words) {
                guard let written = accentedKey(t) else { continue }
                accented += 1
                if differs(written, String(word)) { different += 1 }
            }
            return accented >= 2 && different == accented
        }
    }

    /// Whether the reply gives a fever-range temperature as a number: 38–43 (°C) or
    /// 100.4–108 (°F), as in "38.5", "38,5", "101.2F", "39度".
    mutating func hasFeverTemperature() -> Bool {
        for t in key.tokens.indices where !key.tokens[t].isSymbol {
            let units = key.tokenUnits(t)
            guard let first = units.first, first >= 0x31, first <= 0x39 else { continue }
            var whole = 0, fraction = 0.0, scale = 0.1, inFraction = false, digits = 0
            var rest = units[...]
            while let u = rest.first {
                if u >= 0x30 && u <= 0x39 {
                    if inFraction { fraction += Double(u - 0x30) * scale; scale /= 10 } else { whole = whole * 10 + Int(u - 0x30) }
                    digits += 1
                    if digits > 5 { break }
                } else if (u == 0x2E || u == 0x2C || u == 0x066B) && !inFraction {
                    inFraction = true
                } else {
                    break
                }
                rest = rest.dropFirst()
            }
            // What may follow the number in the same word: nothing, or a unit letter.
            let suffix = String(utf16Units: rest)
            guard ["", "c", "f", "oc", "of", "do", "độ"].contains(suffix) else { continue }
            // Clock times ("10:40") are not temperatures.
            let src = scalars
            let before = Int(key.tokens[t].sourceStart) - 1, after = Int(key.tokens[t].sourceEnd)
            if (before >= 0 && before < src.count && src[before] == ":") || (after < src.count && src[after] == ":") { continue }
            // A whole number needs a unit: "38.5" and "39°" are temperatures, "38 weeks" is not.
            var unit = !suffix.isEmpty
            if !unit, after < src.count, ["°", "º", "度"].contains(src[after]) { unit = true }
            if !unit, t + 1 < key.tokens.count, ["c", "f", "do", "độ", "度", "degrees", "degree", "grados", "graus", "degres", "градус", "градуса", "градусов", "도"].contains(key.tokenString(t + 1)) { unit = true }
            guard inFraction || unit else { continue }
            let value = Double(whole) + fraction
            if (38.0...43.0).contains(value) || (100.4...108.0).contains(value) { return true }
        }
        return false
    }

    private func scopeOf(_ f: Found) -> Int {
        if case .negation(let n) = lex.entries[Int(f.match.entry)].kind { return n }
        return 0
    }

    /// Whether cue `c` with scope `n` negates match `f`.
    private func negates(_ c: Found, _ n: Int, _ f: Found, sameLanguageAs language: Int) -> Bool {
        guard lex.entries[Int(c.match.entry)].language == language, !f.wholeReply, !c.wholeReply else { return false }
        let cm = c.match, m = f.match
        // A cue inside the match is part of it ("can't breathe"), unless it stands in one of
        // the entry's gaps ("化疗后没有发烧" against "化疗 … 发烧").
        if cm.start >= m.start && cm.end <= m.end {
            return n > 0 && m.gaps.contains { $0.lowerBound <= cm.start && cm.end <= $0.upperBound }
        }
        let unspaced = key.tokens[Int(cm.firstToken)].script.isUnspaced
        if n > 0 {
            guard cm.end <= m.start, key.tokens[Int(cm.lastToken)].clause == key.tokens[Int(m.firstToken)].clause else { return false }
            if unspaced { return Int(m.start - cm.end) <= 2 * n }
            let d = Int(m.firstToken) - Int(cm.lastToken)
            return d >= 1 && d <= n
        } else {
            guard m.end <= cm.start, key.tokens[Int(m.lastToken)].clause == key.tokens[Int(cm.firstToken)].clause else { return false }
            if unspaced { return Int(cm.start - m.end) <= 2 * -n }
            let d = Int(cm.firstToken) - Int(m.lastToken)
            return d >= 1 && d <= -n
        }
    }

    /// Whether the original text has a quotation mark right after a match.
    private mutating func followedByQuote(_ m: EntryMatch) -> Bool {
        let quotes: Set<UInt32> = [0x22, 0x27, 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2039, 0x203A, 0x300C, 0x300E, 0xFF02, 0x2018, 0x2019, 0x201A]
        let token = key.tokens[Int(m.lastToken)]
        var i = Int(token.sourceEnd)
        let s = scalars
        while i < s.count, s[i].properties.isWhitespace || s[i] == ":" { i += 1 }
        return i < s.count && quotes.contains(s[i].value)
    }

    /// The token that answers one of the offered options, when the reply is an option reply.
    private func optionReply(_ prompt: PromptInfo, readings: [Reading]) -> (Int, Intent, String)? {
        var coveredByOptionWord = Set<Int>()
        var coveredByAck = Set<Int>()
        for f in found {
            let kind = lex.entries[Int(f.match.entry)].kind
            let range = Int(f.match.firstToken)...Int(f.match.lastToken)
            if kind == .optionWord { coveredByOptionWord.formUnion(range) }
            if kind == .ack || kind == .thanks || kind == .word { coveredByAck.formUnion(range) }
        }
        let content = key.tokens.indices.filter { !coveredByOptionWord.contains($0) && !key.tokens[$0].isSymbol }
        guard let first = content.first else { return nil }
        let s = key.tokenString(first)
        let digits = String(s.prefix { $0.isASCII && $0.isNumber })
        let candidate = digits.isEmpty ? s : digits
        guard let intent = prompt.options[candidate] else { return nil }
        // A word key inside a longer phrase ("no" in "no problem") is the phrase, not the key.
        let inLonger = readings.contains { r in
            Int(r.found.match.firstToken) <= first && Int(r.found.match.lastToken) >= first && r.found.match.lastToken > r.found.match.firstToken
        }
        if digits.isEmpty && inLonger { return nil }
        let rest = content.dropFirst().filter { !coveredByAck.contains($0) }
        // A digit leads; a letter or word key must stand (almost) alone.
        if !digits.isEmpty || rest.isEmpty || (content.count <= 2 && key.letterCount(first) > 1) {
            if rest.count <= 3 || !digits.isEmpty && first == 0 { return (first, intent, candidate) }
        }
        return nil
    }

    func sourceSpan(_ f: Found) -> (Int, Int) {
        if f.wholeReply { return (0, text.unicodeScalars.count) }
        let lo = Int(key.sourceOfUnit[Int(f.match.start)])
        var hi = Int(key.sourceOfUnit[Int(f.match.end) - 1]) + 1
        let token = key.tokens[Int(f.match.lastToken)]
        if Int(f.match.end) == Int(token.end) { hi = max(hi, Int(token.sourceEnd)) }
        return (lo, hi)
    }

    mutating func original(_ lo: Int, _ hi: Int) -> String {
        let offsets = scalarOffsets
        let a = max(0, min(lo, offsets.count - 1)), b = max(a, min(hi, offsets.count - 1))
        let utf8 = text.utf8
        return String(text[utf8.index(utf8.startIndex, offsetBy: offsets[a])..<utf8.index(utf8.startIndex, offsetBy: offsets[b])])
    }
}
