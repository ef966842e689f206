/// A lexicon entry found in a key text.
struct EntryMatch: Sendable {
    var entry: Int32
    /// Range in the key text's units.
    var start: Int32
    var end: Int32
    var firstToken: Int32
    var lastToken: Int32
    /// For a gapped entry, the key-text ranges between its segments (where other words stood).
    var gaps: [Range<Int32>] = []
}

extension LexiconSet {
    /// Every entry that occurs in `key`, gapped entries assembled, in order of start.
    func matches(in key: KeyText) -> [EntryMatch] {
        let units = key.units
        let n = units.count
        if n == 0 { return [] }
        var segmentMatches: [(pattern: Int32, start: Int32, end: Int32)] = []
        var hasGapped = false

        func walk(from s: Int, atTokenStart: Bool) {
            var node: Int32 = 0
            var q = s
            while q < n {
                let k = UInt64(UInt32(bitPattern: node)) << 16 | UInt64(units[q])
                guard let next = transitions[k] else { return }
                node = next
                q += 1
                let lo = Int(terminalStart[Int(node)])
                let hi = Int(terminalStart[Int(node) + 1])
                if lo == hi { continue }
                for ti in lo..<hi {
                    let pi = terminalPatterns[ti]
                    let p = patterns[Int(pi)]
                    if p.needsStart && !atTokenStart { continue }
                    var end = q
                    let t = Int(key.tokenOfUnit[q - 1])
                    if p.stem {
                        guard t >= 0, !key.tokens[t].isSymbol else { continue }
                        end = Int(key.tokens[t].end)
                    } else if p.needsEnd {
                        guard t >= 0, Int(key.tokens[t].end) == q else { continue }
                    }
                    if p.segment > 0 || entries[Int(p.entry)].segments > 1 { hasGapped = true }
                    segmentMatches.append((pi, Int32(s), Int32(end)))
                }
            }
        }

        for (ti, token) in key.tokens.enumerated() {
            let start = Int(token.start)
            walk(from: start, atTokenStart: true)
            // A word with a clitic in front ("وأغمى" = "and" + "أغمى") also starts after it.
            if let prefixes = clitics[token.script] {
                let length = Int(token.end) - start
                for prefix in prefixes where prefix.count + 1 < length && units[start..<(start + prefix.count)].elementsEqual(prefix) {
                    walk(from: start + prefix.count, atTokenStart: true)
                }
            }
            if token.script.isUnspaced {
                var s = start + 1
                while s < Int(token.end) {
                    if !UTF16.isTrailSurrogate(units[s]) { walk(from: s, atTokenStart: false) }
                    s += 1
                }
            }
            _ = ti
        }

        var result: [EntryMatch] = []
        result.reserveCapacity(segmentMatches.count)
        func tokenRange(_ start: Int32, _ end: Int32) -> (Int32, Int32) {
            var first = key.tokenOfUnit[Int(start)]
            if first < 0, Int(start) + 1 < n { first = key.tokenOfUnit[Int(start) + 1] }
            var last = key.tokenOfUnit[Int(end) - 1]
            if last < 0, end >= 2 { last = key.tokenOfUnit[Int(end) - 2] }
            return (max(first, 0), max(last, 0))
        }
        for m in segmentMatches {
            let p = patterns[Int(m.pattern)]
            let entry = entries[Int(p.entry)]
            guard p.segment == 0 else { continue }
            let (first, last) = tokenRange(m.start, m.end)
            if entry.segments == 1 {
                result.append(EntryMatch(entry: p.entry, start: m.start, end: m.end, firstToken: first, lastToken: last))
                continue
            }
            // Chain the following segments of a gapped entry.
            guard hasGapped else { continue }
            var end = m.end
            var lastToken = last
            var ok = true
            var gaps: [Range<Int32>] = []
            for seg in 1..<entry.segments {
                var best: (Int32, Int32)?
                for c in segmentMatches {
                    let cp = patterns[Int(c.pattern)]
                    guard cp.entry == p.entry, Int(cp.segment) == seg, c.start >= end else { continue }
                    let (cf, cl) = tokenRange(c.start, c.end)
                    let distance = Int(cf) - Int(lastToken) - 1
                    let unspaced = key.tokens[Int(cf)].script.isUnspaced
                    guard distance <= Int(cp.gapBefore), distance >= (unspaced ? -1 : 0) else { continue }
                    guard key.tokens[Int(cf)].clause == key.tokens[Int(lastToken)].clause else { continue }
                    if best == nil || c.start < best!.0 { best = (c.start, c.end); _ = cl }
                }
                guard let found = best else { ok = false; break }
                gaps.append(end..<found.0)
                end = found.1
                lastToken = tokenRange(found.0, found.1).1
            }
            if ok {
                result.append(EntryMatch(entry: p.entry, start: m.start, end: end, firstToken: first, lastToken: lastToken, gaps: gaps))
            }
        }
        return result
    }
}
