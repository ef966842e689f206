internal import ParlanceText
import Foundation

/// Compiled lexicons as bytes, so that a process can start without compiling them again.
///
/// Compiling every lexicon folds, segments and romanizes tens of thousands of entries through ICU
/// (about half a second); reading the compiled form back is a few milliseconds. An image is keyed
/// by a digest of everything the compiled form depends on (the lexicon files' bytes, ICU's
/// version and the image format), so a changed lexicon or a different ICU never reads a stale
/// image. Every read is bounds-checked and the payload carries a checksum: a truncated or damaged
/// file is rejected, never trusted, and the lexicons are compiled again.
///
/// Layout: "PLXI", byte-order mark (u32 0x01020304 as the writing host stores it), format version
/// (u32), digest (2 × u64), payload length (u64), payload checksum (u64), payload. Integers are in
/// the writer's byte order; a host of the other order sees a wrong mark and compiles afresh.
enum LexiconImage {
    static let magic: [UInt8] = Array("PLXI".utf8)
    static let formatVersion: UInt32 = 3
    static let headerSize = 4 + 4 + 4 + 16 + 8 + 8
    static let byteOrderMark: UInt32 = 0x0102_0304

    /// A 128-bit digest of the inputs of a compilation (two FNV-1a hashes with different offsets).
    struct Digest: Equatable, Sendable {
        var a: UInt64 = 0xcbf29ce484222325
        var b: UInt64 = 0x84222325cbf29ce4

        mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            for byte in bytes {
                a = (a ^ UInt64(byte)) &* 0x100000001b3
                b = (b ^ UInt64(byte)) &* 0x100000001b3 &+ 1
            }
            // A separator, so that ("ab", "c") and ("a", "bc") differ.
            a = (a ^ 0xff) &* 0x100000001b3
            b = (b ^ 0xfe) &* 0x100000001b3
        }

        var hex: String {
            func h(_ v: UInt64) -> String {
                let s = String(v, radix: 16)
                return String(repeating: "0", count: 16 - s.count) + s
            }
            return h(a) + h(b)
        }

        /// The digest of lexicon files (name and bytes, in load order) for this ICU, this format
        /// and this build of the program: how lexicons compile is code too, so a rebuilt
        /// program (another size, time or file) never reads an image an older build wrote.
        static func of(files: [(name: String, bytes: [UInt8])]) -> Digest {
            var d = Digest()
            d.add("format \(LexiconImage.formatVersion)".utf8)
            d.add("icu \(LocaleData.icuVersion)".utf8)
            d.add(executableIdentity.utf8)
            for f in files {
                d.add(f.name.utf8)
                d.add(f.bytes)
            }
            return d
        }
    }

    /// The running program's file: path, size, modification time and file number.
    static let executableIdentity: String = {
        guard let path = Bundle.main.executablePath,
              let a = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown program" }
        let size = (a[.size] as? NSNumber)?.int64Value ?? -1
        let time = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
        let number = (a[.systemFileNumber] as? NSNumber)?.int64Value ?? -1
        return "program \(path) \(size) \(time) \(number)"
    }()

    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9e3779b97f4a7c15
        var i = 0
        // Eight bytes at a time: the payload is several megabytes.
        while i + 8 <= bytes.count {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100000001b3
            h ^= h >> 29
            i += 8
        }
        while i < bytes.count {
            h = (h ^ UInt64(bytes[i])) &* 0x100000001b3
            i += 1
        }
        return h
    }

    // MARK: Writing

    static func encode(_ set: LexiconSet, digest: Digest) -> [UInt8] {
        // The header is written last, over this room, so that the image is never copied.
        var w = Writer()
        w.bytes = magic + [UInt8](repeating: 0, count: headerSize - magic.count)
        w.bytes.reserveCapacity(16 << 20)
        w.u32(UInt32(set.languages.count))
        for l in set.languages {
            w.string(l.tag)
            w.optionalString(l.name)
            w.i32(l.script.rawValue)
            w.u32s(l.exemplars.sorted())
            w.u32s(l.auxiliary.sorted())
        }
        w.u32(UInt32(set.entries.count))
        for e in set.entries {
            w.u32(UInt32(e.language))
            let (tag, x, y) = encodeKind(e.kind)
            w.u8(tag)
            w.i32(x)
            w.i32(y)
            w.u32(UInt32(e.segments))
            w.u8(e.romanized ? 1 : 0)
            w.u32(UInt32(e.words))
            w.u8((e.accented ? 1 : 0) | (e.alone ? 2 : 0))
        }
        var files: [String] = []
        var fileIndex: [String: UInt32] = [:]
        for t in set.entryTexts where fileIndex[t.file] == nil {
            fileIndex[t.file] = UInt32(files.count)
            files.append(t.file)
        }
        w.u32(UInt32(files.count))
        for f in files { w.string(f) }
        w.u32(UInt32(set.entryTexts.count))
        for t in set.entryTexts {
            w.string(t.display)
            w.u32(fileIndex[t.file] ?? 0)
            w.i32(Int32(clamping: t.line))
            w.optionalString(t.accentKey)
        }
        w.u32(UInt32(set.patterns.count))
        for p in set.patterns {
            w.i32(p.entry)
            w.u8(p.segment)
            w.u8((p.needsStart ? 1 : 0) | (p.needsEnd ? 2 : 0) | (p.stem ? 4 : 0))
            w.u8(p.gapBefore)
        }
        w.table(set.transitions)
        w.i32s(set.terminalStart)
        w.i32s(set.terminalPatterns)
        w.table(set.knownWords)
        w.u32(UInt32(set.typoIndex.count))
        for t in set.typoIndex {
            w.u32(t.hash)
            w.i32(t.word)
        }
        w.u32(UInt32(set.vocabulary.count))
        for v in set.vocabulary { w.u16s(v) }
        let carrier = set.carrier.sorted { $0.key < $1.key }
        w.u32(UInt32(carrier.count))
        for (k, v) in carrier {
            w.string(k)
            w.u8(v == .optOut ? 0 : v == .optIn ? 1 : 2)
        }
        w.i32s(set.keyLanguageCount)
        w.u32(UInt32(set.combinations.count))
        for c in set.combinations {
            w.u32(UInt32(c.language))
            w.string(c.display)
            w.u32(UInt32(c.entryParts))
            w.u8(c.needsTemperature ? 1 : 0)
        }
        let clitics = set.clitics.sorted { $0.key.rawValue < $1.key.rawValue }
        w.u32(UInt32(clitics.count))
        for (script, list) in clitics {
            w.i32(script.rawValue)
            w.u32(UInt32(list.count))
            for units in list { w.u16s(units) }
        }

        guard set.numberWords.count == set.languages.count else { preconditionFailure("number words of every language") }
        for words in set.numberWords {
            w.u8(words == nil ? 0 : 1)
            guard let words else { continue }
            let pairs = words.values.sorted { $0.key < $1.key }
            w.u32(UInt32(pairs.count))
            for (k, v) in pairs {
                w.string(k)
                w.i32(Int32(clamping: v))
            }
        }

        var header = Writer()
        header.u32(byteOrderMark)
        header.u32(formatVersion)
        header.u64(digest.a)
        header.u64(digest.b)
        header.u64(UInt64(w.bytes.count - headerSize))
        header.u64(w.bytes.withUnsafeBytes { checksum(UnsafeRawBufferPointer(rebasing: $0[headerSize...])) })
        w.bytes.replaceSubrange(magic.count..<headerSize, with: header.bytes)
        return w.bytes
    }

    static let whenParts: [WhenValue.PartOfDay] = [.morning, .afternoon, .evening, .night, .noon, .midday]

    static func encodeKind(_ kind: EntryKind) -> (UInt8, Int32, Int32) {
        switch kind {
        case .intent(let i): (0, Int32(Intent.allCases.firstIndex(of: i) ?? 0), 0)
        case .ack: (1, 0, 0)
        case .thanks: (2, 0, 0)
        case .negation(let n): (3, Int32(n), 0)
        case .reaction: (4, 0, 0)
        case .reactionOther: (5, 0, 0)
        case .word: (6, 0, 0)
        case .minutes: (7, 0, 0)
        case .hours: (8, 0, 0)
        case .duration(let n): (9, Int32(n), 0)
        case .when(let v):
            switch v {
            case .days(let n): (10, 0, Int32(n))
            case .weeks(let n): (10, 1, Int32(n))
            case .weekday(let n): (10, 2, Int32(n))
            case .partOfDay(let p): (10, 3, Int32(whenParts.firstIndex(of: p) ?? 0))
            case .before: (10, 4, 0)
            case .after: (10, 5, 0)
            }
        case .optionWord: (11, 0, 0)
        case .carrier(let c): (12, c == .optOut ? 0 : c == .optIn ? 1 : 2, 0)
        case .comboPart(let c, let p): (13, Int32(c), Int32(p))
        }
    }

    static func decodeKind(_ tag: UInt8, _ x: Int32, _ y: Int32) throws(ImageError) -> EntryKind {
        switch tag {
        case 0:
            guard x >= 0, Int(x) < Intent.allCases.count else { throw ImageError() }
            return .intent(Intent.allCases[Int(x)])
        case 1: return .ack
        case 2: return .thanks
        case 3: return .negation(Int(x))
        case 4: return .reaction
        case 5: return .reactionOther
        case 6: return .word
        case 7: return .minutes
        case 8: return .hours
        case 9: return .duration(Int(x))
        case 10:
            switch x {
            case 0: return .when(.days(Int(y)))
            case 1: return .when(.weeks(Int(y)))
            case 2:
                guard (1...7).contains(y) else { throw ImageError() }
                return .when(.weekday(Int(y)))
            case 3:
                guard y >= 0, Int(y) < whenParts.count else { throw ImageError() }
                return .when(.partOfDay(whenParts[Int(y)]))
            case 4: return .when(.before)
            case 5: return .when(.after)
            default: throw ImageError()
            }
        case 11: return .optionWord
        case 12:
            guard (0...2).contains(x) else { throw ImageError() }
            return .carrier(x == 0 ? .optOut : x == 1 ? .optIn : .help)
        case 13: return .comboPart(combination: Int(x), part: Int(y))
        default: throw ImageError()
        }
    }

    // MARK: Reading

    struct ImageError: Error {}

    /// The lexicons of an image made with `digest`, or nil when the bytes are not such an image
    /// (another digest or format, truncated, damaged, or inconsistent).
    static func decode(_ bytes: [UInt8], digest: Digest) -> LexiconSet? {
        bytes.withUnsafeBytes { decode($0, digest: digest) }
    }

    /// `mapped`: `raw` is a private read-only mapping of the file, whose pages may be given back
    /// as they are read.
    static func decode(_ raw: UnsafeRawBufferPointer, digest: Digest, mapped: Bool = false) -> LexiconSet? {
        guard raw.count >= headerSize, raw[0] == magic[0], raw[1] == magic[1], raw[2] == magic[2], raw[3] == magic[3] else { return nil }
        var h = Reader(raw, from: 4, to: headerSize)
        do throws(ImageError) {
            guard try h.u32() == byteOrderMark, try h.u32() == formatVersion, try h.u64() == digest.a, try h.u64() == digest.b,
                  try h.u64() == UInt64(raw.count - headerSize) else { return nil }
            let sum = try h.u64()
            guard checksum(UnsafeRawBufferPointer(rebasing: raw[headerSize...])) == sum else { return nil }
            // The checksum read every page: give them back before the tables are made.
            if mapped { _ = Reader.giveBack(raw, from: 0, upTo: raw.count) }
            var r = Reader(raw, from: headerSize, to: raw.count, mapped: mapped)
            return try read(&r)
        } catch {
            return nil
        }
    }

    private static func read(_ r: inout Reader) throws(ImageError) -> LexiconSet {
        var languages: [LanguageInfo] = []
        for _ in 0..<(try r.count(minimumBytes: 14)) {
            let tag = try r.string()
            let name = try r.optionalString()
            guard let script = Script(rawValue: try r.i32()) else { throw ImageError() }
            let exemplars = Set(try r.u32s())
            let auxiliary = Set(try r.u32s())
            languages.append(LanguageInfo(tag: tag, name: name, script: script, exemplars: exemplars, auxiliary: auxiliary))
        }
        var entries: [Entry] = []
        let entryCount = try r.count(minimumBytes: 22)
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            let language = Int(try r.u32())
            guard language < languages.count else { throw ImageError() }
            let kind = try decodeKind(try r.u8(), try r.i32(), try r.i32())
            let segments = Int(try r.u32())
            let romanized = try r.u8() != 0
            let words = Int(try r.u32())
            let flags = try r.u8()
            guard flags <= 3 else { throw ImageError() }
            guard segments >= 1, segments <= 255 else { throw ImageError() }
            entries.append(Entry(language: language, kind: kind, segments: segments, romanized: romanized, words: words, accented: flags & 1 != 0, alone: flags & 2 != 0))
        }
        var files: [String] = []
        for _ in 0..<(try r.count(minimumBytes: 4)) { files.append(try r.string()) }
        var entryTexts: [EntryText] = []
        guard try r.u32() == UInt32(entries.count) else { throw ImageError() }
        entryTexts.reserveCapacity(entries.count)
        for _ in 0..<entries.count {
            let display = try r.string()
            let file = Int(try r.u32())
            guard file < files.count else { throw ImageError() }
            let line = Int(try r.i32())
            let accentKey = try r.optionalString()
            entryTexts.append(EntryText(display: display, file: files[file], line: line, accentKey: accentKey))
        }
        var patterns: [Pattern] = []
        let patternCount = try r.count(minimumBytes: 7)
        patterns.reserveCapacity(patternCount)
        for _ in 0..<patternCount {
            let entry = try r.i32()
            guard entry >= 0, Int(entry) < entries.count else { throw ImageError() }
            let segment = try r.u8()
            let flags = try r.u8()
            let gap = try r.u8()
            patterns.append(Pattern(entry: entry, segment: segment, needsStart: flags & 1 != 0, needsEnd: flags & 2 != 0,
                                    stem: flags & 4 != 0, gapBefore: gap))
        }
        let transitions = try r.table()
        let terminalStart = try r.i32s()
        let terminalPatterns = try r.i32s()
        // Every node the trie can reach has its terminal range, and every range is in bounds.
        guard terminalStart.count >= 1, terminalStart.first == 0, terminalStart.last == Int32(terminalPatterns.count),
              zip(terminalStart, terminalStart.dropFirst()).allSatisfy({ $0 <= $1 }),
              transitions.values.allSatisfy({ $0 >= 0 && Int($0) < terminalStart.count - 1 }),
              terminalPatterns.allSatisfy({ $0 >= 0 && Int($0) < patterns.count }) else { throw ImageError() }
        let knownWords = try r.table()
        var typoIndex: [(hash: UInt32, word: Int32)] = []
        let typoCount = try r.count(minimumBytes: 8)
        typoIndex.reserveCapacity(typoCount)
        for _ in 0..<typoCount { typoIndex.append((try r.u32(), try r.i32())) }
        var vocabulary: [[UInt16]] = []
        for _ in 0..<(try r.count(minimumBytes: 4)) { vocabulary.append(try r.u16s()) }
        guard typoIndex.allSatisfy({ $0.word >= 0 && Int($0.word) < vocabulary.count }) else { throw ImageError() }
        var carrier: [String: CarrierKeyword] = [:]
        for _ in 0..<(try r.count(minimumBytes: 5)) {
            let k = try r.string()
            let v = try r.u8()
            guard v <= 2 else { throw ImageError() }
            carrier[k] = v == 0 ? .optOut : v == 1 ? .optIn : .help
        }
        let keyLanguageCount = try r.i32s()
        guard keyLanguageCount.count == entries.count else { throw ImageError() }
        var combinations: [Combination] = []
        for _ in 0..<(try r.count(minimumBytes: 13)) {
            let language = Int(try r.u32())
            guard language < languages.count else { throw ImageError() }
            combinations.append(Combination(language: language, display: try r.string(), entryParts: Int(try r.u32()),
                                            needsTemperature: try r.u8() != 0))
        }
        for e in entries {
            if case .comboPart(let c, _) = e.kind, c < 0 || c >= combinations.count { throw ImageError() }
        }
        var clitics: [Script: [[UInt16]]] = [:]
        for _ in 0..<(try r.count(minimumBytes: 8)) {
            guard let script = Script(rawValue: try r.i32()) else { throw ImageError() }
            var list: [[UInt16]] = []
            for _ in 0..<(try r.count(minimumBytes: 4)) { list.append(try r.u16s()) }
            clitics[script] = list
        }
        var numberWords: [NumberWords?] = []
        for _ in languages {
            guard try r.u8() == 1 else { numberWords.append(nil); continue }
            var values: [String: Int] = [:]
            for _ in 0..<(try r.count(minimumBytes: 8)) {
                let k = try r.string()
                values[k] = Int(try r.i32())
            }
            numberWords.append(NumberWords(values: values))
        }
        guard r.atEnd else { throw ImageError() }
        return LexiconSet(languages: languages, entries: entries, entryTexts: entryTexts, patterns: patterns,
                          transitions: transitions, terminalStart: terminalStart, terminalPatterns: terminalPatterns,
                          knownWords: knownWords, typoIndex: typoIndex, vocabulary: vocabulary, carrier: carrier,
                          keyLanguageCount: keyLanguageCount, combinations: combinations, clitics: clitics,
                          numberWords: numberWords)
    }

    struct Writer {
        var bytes: [UInt8] = []

        mutating func u8(_ v: UInt8) { bytes.append(v) }
        mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v) { bytes.append(contentsOf: $0) } }
        mutating func i32(_ v: Int32) { u32(UInt32(bitPattern: v)) }
        mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v) { bytes.append(contentsOf: $0) } }
        mutating func string(_ s: String) {
            u32(UInt32(s.utf8.count))
            bytes.append(contentsOf: s.utf8)
        }
        mutating func optionalString(_ s: String?) {
            u8(s == nil ? 0 : 1)
            if let s { string(s) }
        }
        /// An array of fixed-width integers as its bytes (images are read on a little-endian host,
        /// checked by the byte-order mark of the header).
        mutating func array<T: FixedWidthInteger>(_ a: [T]) {
            u32(UInt32(a.count))
            a.withUnsafeBytes { bytes.append(contentsOf: $0) }
        }
        mutating func u32s(_ a: [UInt32]) { array(a) }
        mutating func i32s(_ a: [Int32]) { array(a) }
        mutating func table(_ t: IntTable) {
            array(t.keys)
            array(t.values)
        }
        mutating func u16s(_ a: [UInt16]) { array(a) }
    }

    /// Bounds-checked reads in the host's byte order: any read past the end throws.
    struct Reader {
        let raw: UnsafeRawBufferPointer
        var at: Int
        let end: Int
        /// For a mapped file: the pages before this offset have been given back.
        var released: Int
        let mapped: Bool

        init(_ raw: UnsafeRawBufferPointer, from: Int, to: Int, mapped: Bool = false) {
            self.raw = raw
            at = from
            end = to
            released = 0
            self.mapped = mapped
        }

        var atEnd: Bool { at == end }

        private mutating func take(_ n: Int) throws(ImageError) -> Int {
            guard n >= 0, end - at >= n else { throw ImageError() }
            defer {
                at += n
                if mapped && at - released >= 1 << 20 { release(upTo: at) }
            }
            return at
        }

        /// Gives back the mapped pages before `offset` (they were copied out), so that the
        /// file and the tables made from it are not resident at once.
        mutating func release(upTo offset: Int) {
            guard mapped else { return }
            released = Self.giveBack(raw, from: released, upTo: offset)
        }

        /// Gives back the whole pages of a private read-only mapping from `start` (page-aligned)
        /// to `offset`; returns where it stopped (`offset` rounded down to a page).
        static func giveBack(_ raw: UnsafeRawBufferPointer, from start: Int, upTo offset: Int) -> Int {
            guard let base = raw.baseAddress else { return start }
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            let end = offset / page * page
            guard end > start else { return start }
            _ = madvise(UnsafeMutableRawPointer(mutating: base) + start, end - start, Int32(MADV_DONTNEED))
            return end
        }
        mutating func u8() throws(ImageError) -> UInt8 { raw[try take(1)] }
        mutating func u32() throws(ImageError) -> UInt32 {
            raw.loadUnaligned(fromByteOffset: try take(4), as: UInt32.self)
        }
        mutating func i32() throws(ImageError) -> Int32 { Int32(bitPattern: try u32()) }
        mutating func u64() throws(ImageError) -> UInt64 {
            raw.loadUnaligned(fromByteOffset: try take(8), as: UInt64.self)
        }
        /// A count of items of at least `minimumBytes` each, checked against what is left, so
        /// that a damaged count cannot ask for a huge allocation.
        mutating func count(minimumBytes: Int) throws(ImageError) -> Int {
            let n = Int(try u32())
            guard n <= (end - at) / max(minimumBytes, 1) else { throw ImageError() }
            return n
        }
        mutating func string() throws(ImageError) -> String {
            let n = try count(minimumBytes: 1)
            let start = try take(n)
            guard n > 0, let base = raw.baseAddress else { return "" }
            // Decoding repairs rather than rejects bad UTF-8; the checksum has vouched for the bytes.
            return String(decoding: UnsafeBufferPointer(start: (base + start).assumingMemoryBound(to: UInt8.self), count: n), as: UTF8.self)
        }
        mutating func optionalString() throws(ImageError) -> String? {
            switch try u8() {
            case 0: return nil
            case 1: return try string()
            default: throw ImageError()
            }
        }
        /// An array written by `Writer.array`, copied in one go.
        mutating func array<T: FixedWidthInteger>(_: T.Type) throws(ImageError) -> [T] {
            let n = try count(minimumBytes: MemoryLayout<T>.size)
            let start = try take(n * MemoryLayout<T>.size)
            return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
                if n > 0, let base = raw.baseAddress {
                    UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: base + start, byteCount: n * MemoryLayout<T>.size)
                }
                initialized = n
            }
        }
        mutating func u32s() throws(ImageError) -> [UInt32] { try array(UInt32.self) }
        mutating func i32s() throws(ImageError) -> [Int32] { try array(Int32.self) }
        mutating func table() throws(ImageError) -> IntTable {
            let keys = try array(UInt64.self)
            let values = try array(Int32.self)
            guard let t = IntTable(keys: keys, values: values) else { throw ImageError() }
            return t
        }
        mutating func u16s() throws(ImageError) -> [UInt16] { try array(UInt16.self) }
    }
}
