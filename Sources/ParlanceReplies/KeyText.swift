internal import ParlanceText

/// A word or symbol of a key text.
struct Token: Sendable {
    /// Range in the key text's units.
    var start: Int32
    var end: Int32
    /// Clause number: punctuation that ends a clause starts the next one.
    var clause: Int32
    var script: Script
    var isSymbol: Bool
    /// Range in the original text, in Unicode scalars.
    var sourceStart: Int32
    var sourceEnd: Int32
}

/// Text as the matcher sees it: loose-folded, tokens joined by single spaces where the original
/// had any separator, punctuation gone (remembered as clause breaks), with a map back to the
/// original. Lexicon entries and replies go through the same function, so they agree.
struct KeyText: Sendable {
    var units: [UInt16] = []
    /// For each unit, the token it belongs to, or -1 for a joining space.
    var tokenOfUnit: [Int32] = []
    /// For each unit, the index (in Unicode scalars) of the original character it came from.
    var sourceOfUnit: [Int32] = []
    var tokens: [Token] = []

    /// Builds the key text. `replace` may substitute a word token's units (shorthand, typo fixes).
    init(_ text: String, replace: ((Int, ArraySlice<UInt16>) -> [UInt16]?)? = nil) {
        let folded = Folding.fold(text, .loose)
        self.init(folded: folded, replace: replace)
    }

    init(folded: FoldedText, replace: ((Int, ArraySlice<UInt16>) -> [UInt16]?)? = nil) {
        self.init(folded: folded, segments: WordBreaks.segments(folded.units)[...], sourceOffset: 0, replace: replace)
    }

    /// Many texts at once, with one ICU pass over all of them (for compiling lexicons).
    static func batch(_ texts: [String]) -> [KeyText] {
        var joined = ""
        var starts: [Int32] = []
        var count: Int32 = 0
        for t in texts {
            starts.append(count)
            joined += t
            joined += "\n"
            count += Int32(t.unicodeScalars.count) + 1
        }
        let folded = Folding.fold(joined, .loose)
        let segments = WordBreaks.segments(folded.units)
        var result: [KeyText] = []
        result.reserveCapacity(texts.count)
        var s = 0
        for i in texts.indices {
            let end = i + 1 < starts.count ? starts[i + 1] : count
            var e = s
            while e < segments.count && folded.sourceIndex[segments[e].start] < end { e += 1 }
            result.append(KeyText(folded: folded, segments: segments[s..<e], sourceOffset: starts[i], replace: nil))
            s = e
        }
        return result
    }

    /// Builds the key text of `segments` of `folded`; source indices are made relative to
    /// `sourceOffset`.
    init(folded: FoldedText, segments: ArraySlice<TextSegment>, sourceOffset: Int32,
         replace: ((Int, ArraySlice<UInt16>) -> [UInt16]?)?) {
        let u = folded.units
        if segments.isEmpty { return }
        let span = (segments.last?.end ?? 0) - (segments.first?.start ?? 0)
        units.reserveCapacity(span + 4)
        tokenOfUnit.reserveCapacity(span + 4)
        sourceOfUnit.reserveCapacity(span + 4)
        var clause: Int32 = 0
        var pendingSpace = false
        for seg in segments {
            switch seg.kind {
            case .space:
                pendingSpace = true
            case .clauseBreak:
                pendingSpace = true
                if !tokens.isEmpty { clause += 1 }
            case .word, .symbol:
                if pendingSpace && !units.isEmpty {
                    units.append(0x20)
                    tokenOfUnit.append(-1)
                    sourceOfUnit.append(folded.sourceIndex[seg.start] - sourceOffset)
                }
                pendingSpace = false
                let index = tokens.count
                var slice = u[seg.start..<seg.end]
                var replaced: [UInt16]?
                if seg.kind == .word, let replace { replaced = replace(index, slice) }
                if let replaced { slice = replaced[...] }
                let start = Int32(units.count)
                units.append(contentsOf: slice)
                let end = Int32(units.count)
                for _ in start..<end { tokenOfUnit.append(Int32(index)) }
                if replaced == nil {
                    if sourceOffset == 0 {
                        sourceOfUnit.append(contentsOf: folded.sourceIndex[seg.start..<seg.end])
                    } else {
                        for i in seg.start..<seg.end { sourceOfUnit.append(folded.sourceIndex[i] - sourceOffset) }
                    }
                } else {
                    for _ in start..<end { sourceOfUnit.append(folded.sourceIndex[seg.start] - sourceOffset) }
                }
                let first = slice.first.map { UInt32($0) } ?? 0
                let cp: UInt32
                if UTF16.isLeadSurrogate(UInt16(first)), slice.count > 1 {
                    cp = 0x10000 + ((first - 0xD800) << 10) + (UInt32(slice[slice.startIndex + 1]) - 0xDC00)
                } else {
                    cp = first
                }
                let srcStart = folded.sourceIndex[seg.start] - sourceOffset
                let srcEnd = folded.sourceIndex[seg.end - 1] + 1 - sourceOffset
                tokens.append(Token(start: start, end: end, clause: clause,
                                    script: CharacterInfo.script(cp), isSymbol: seg.kind == .symbol,
                                    sourceStart: srcStart, sourceEnd: srcEnd))
            }
        }
    }

    var string: String { String(utf16Units: units) }

    func tokenUnits(_ t: Int) -> ArraySlice<UInt16> {
        units[Int(tokens[t].start)..<Int(tokens[t].end)]
    }

    func tokenString(_ t: Int) -> String { String(utf16Units: tokenUnits(t)) }

    /// The number of letters (code points) in a token.
    func letterCount(_ t: Int) -> Int {
        var n = 0
        for u in tokenUnits(t) where !UTF16.isTrailSurrogate(u) { n += 1 }
        return n
    }
}

/// FNV-1a over UTF-16 units: a cheap key for token look-ups (verified on hit).
@inline(__always)
func hashUnits<C: Collection>(_ units: C) -> UInt64 where C.Element == UInt16 {
    var h: UInt64 = 0xcbf29ce484222325
    for u in units {
        h ^= UInt64(u)
        h = h &* 0x100000001b3
    }
    return h
}

/// FNV-1a over UTF-16 units with the unit at `skipping` left out (a one-letter deletion),
/// without building the shorter array.
@inline(__always)
func hashUnits<C: Collection>(_ units: C, skipping: Int) -> UInt64 where C.Element == UInt16 {
    var h: UInt64 = 0xcbf29ce484222325
    for (i, u) in units.enumerated() where i != skipping {
        h ^= UInt64(u)
        h = h &* 0x100000001b3
    }
    return h
}
