internal import ParlanceText

extension Analysis {
    /// What one word found in a language's entries adds to that language's score, shared among
    /// the languages that write it.
    static let wordEvidence = 0.25

    /// Ranked language guesses from scripts, exemplar characters, lexicon evidence and the
    /// caller's prior. Scores sum to at most 1; what is left is "cannot tell".
    mutating func languageHints(active: [Found], reactionEnd: Int32, reactionLanguage: Int?) -> [LanguageHint] {
        let langs = lex.languages
        var score = [Double](repeating: 0, count: langs.count)
        let firstToken = Int(reactionEnd + 1)
        guard firstToken <= key.tokens.count else { return [] }
        let regionStart = firstToken < key.tokens.count ? Int(key.tokens[firstToken].sourceStart) : Int.max

        // Lexicon evidence: entries that few languages share say the most. The same words matched
        // by several entries of one language (a word in many `[urgent-combinations]` lines) are
        // one piece of evidence, the strongest of them.
        var spans: [(language: Int, start: Int32, end: Int32, weight: Double)] = []
        for f in active where !f.wholeReply && Int(f.match.firstToken) >= firstToken {
            let entry = lex.entries[Int(f.match.entry)]
            let weight: Double
            switch entry.kind {
            case .optionWord, .carrier: continue
            case .word, .negation, .minutes, .hours: weight = 0.5
            default: weight = 1.0
            }
            var w = weight * Double(min(entry.words, 4)) / Double(lex.keyLanguageCount[Int(f.match.entry)])
            if f.source == .romanized { w *= 0.8 }
            if f.source == .typo { w *= 0.6 }
            if let i = spans.firstIndex(where: { $0.language == entry.language && $0.start == f.match.start && $0.end == f.match.end }) {
                spans[i].weight = max(spans[i].weight, w)
            } else {
                spans.append((entry.language, f.match.start, f.match.end, w))
            }
        }
        for span in spans { score[span.language] += span.weight }

        // Words the reply shares with a language's own entries ("minha", "semana", "falleció"),
        // a little each, less for a word several languages write. Only Latin-script words: other
        // scripts say their language by the script itself.
        for t in firstToken..<key.tokens.count {
            let token = key.tokens[t]
            guard token.script == .latin, !token.isSymbol, token.end - token.start >= 2 else { continue }
            guard let value = lex.knownWords[hashUnits(key.tokenUnits(t))] else { continue }
            let mask = UInt32(bitPattern: value) & 0x7FFF_FFFF
            let n = mask.nonzeroBitCount
            guard n > 0 else { continue }
            let w = Self.wordEvidence / Double(n)
            var bits = mask
            while bits != 0 {
                let li = bits.trailingZeroBitCount
                if li < score.count { score[li] += w }
                bits &= bits - 1
            }
        }

        // Scripts and exemplar characters of the patient's own words (none in ASCII text).
        let folded = text.utf8.allSatisfy({ $0 < 0x80 }) ? FoldedText(units: [], sourceIndex: []) : Folding.fold(text, .exact)
        // Letters per script, indexed by the script's raw value (a small dense enum).
        var scriptLetters = [Int](repeating: 0, count: Script.allCases.count)
        var hanHans = 0.0, hanHant = 0.0
        let hans = lex.hans, hant = lex.hant
        var i = 0
        let units = folded.units
        while i < units.count {
            var c = UInt32(units[i])
            let src = Int(folded.sourceIndex[i])
            if UTF16.isLeadSurrogate(units[i]), i + 1 < units.count {
                c = 0x10000 + ((c - 0xD800) << 10) + (UInt32(units[i + 1]) - 0xDC00)
                i += 1
            }
            i += 1
            guard src >= regionStart || reactionEnd < 0 else { continue }
            guard c >= 0x80, CharacterInfo.isLetter(c) else { continue }
            let script = CharacterInfo.script(c)
            scriptLetters[Int(script.rawValue)] += 1
            if script == .han, let hans, let hant {
                let inHans = langs[hans].exemplars.contains(c) || langs[hans].auxiliary.contains(c)
                let inHant = langs[hant].exemplars.contains(c) || langs[hant].auxiliary.contains(c)
                if inHans && !inHant { hanHans += 1 }
                if inHant && !inHans { hanHant += 1 }
            } else if script == .latin {
                let deltas = lex.latinLetterScores[c] ?? lex.latinUnlistedScores
                for (j, li) in lex.latinLanguages.enumerated() { score[li] += deltas[j] }
            }
        }
        for script in Script.allCases where script != .latin && scriptLetters[Int(script.rawValue)] > 0 {
            let count = scriptLetters[Int(script.rawValue)]
            for (li, l) in langs.enumerated() where l.script == script {
                score[li] += 0.5 * Double(min(count, 8))
            }
        }
        if let hans, let hant {
            score[hans] += hanHans
            score[hant] += hanHant
            if scriptLetters[Int(Script.han.rawValue)] > 0, hanHans == hanHant { score[hans] += 0.01 }
        }

        // A reaction whose quote says nothing about its language: the reaction's own language.
        if reactionEnd >= 0, let r = reactionLanguage, !score.contains(where: { $0 > 0.3 }) { score[r] += 1 }

        // The patient's preferred languages strengthen evidence; they never stand in for it.
        for (rank, tag) in context.preferredLanguages.prefix(3).enumerated() {
            guard let li = langs.firstIndex(where: { $0.tag.lowercased() == tag.lowercased() }) ??
                    langs.firstIndex(where: { $0.tag.lowercased().hasPrefix(tag.lowercased() + "-") || tag.lowercased().hasPrefix($0.tag.lowercased() + "-") })
            else { continue }
            if score[li] > 0 { score[li] = score[li] * (rank == 0 ? 1.5 : 1.2) + (rank == 0 ? 0.3 : 0.1) }
        }

        let total = score.reduce(0) { $0 + max($1, 0) }
        guard total > 0 else { return [] }
        let ranked = score.indices.filter { score[$0] > 0 }.sorted { score[$0] > score[$1] || (score[$0] == score[$1] && $0 < $1) }
        return ranked.prefix(4).compactMap { li in
            let p = (score[li] / (total + 0.3) * 100).rounded() / 100
            return p >= 0.01 ? LanguageHint(lang: langs[li].tag, score: p) : nil
        }
    }
}
