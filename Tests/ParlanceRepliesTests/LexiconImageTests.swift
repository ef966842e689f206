import Foundation
import Testing
@testable import ParlanceReplies

/// Compiled lexicons kept between runs (`LexiconImage`, `LexiconCache`).
@Suite("Compiled lexicon images")
struct LexiconImageTests {
    static let es = """
    @schema lexicon@1
    @lang es
    [confirm]
    sí
    ahí estaré
    [cancel]
    no podré ir
    cancel*
    [urgent]
    dolor … pecho
    [opt_out]
    baja
    [negation]
    no = 2
    [minutes]
    minut*
    [when]
    mañana = +1d
    [carrier-opt-out]
    BAJA
    [urgent-combinations]
    fiebre + quimio*
    """
    static let ru = "@schema lexicon@1\n@lang ru\n@romanize Cyrillic-Latin\n[confirm]\nда\nприду\n[cancel]\nне приду\n[words]\nя\n"
    static let replies = ["sí, ahí estaré", "no podré ir mañana", "me duele el pecho", "BAJA", "da, pridu", "не приду",
                          "fiebre después de la quimio", "llego en 10 minutos", "", "👍", "cancelo la cita"]

    static func files() -> [(name: String, bytes: [UInt8])] {
        [("es.lex", Array(es.utf8)), ("ru.lex", Array(ru.utf8))]
    }

    static func compiled() throws -> LexiconSet {
        try ReplyClassifier(files: files(), merging: 2, cache: .disabled).lexicons
    }

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("parlance-cache-\(UUID().uuidString)")
    }

    /// Everything a classification shows, for comparing two classifiers.
    static func outcome(_ c: ReplyClassifier, _ text: String) -> String {
        let r = c.classify(text)
        return "\(r.intents) \(r.confidence) \(r.language) \(r.evidence.map { "\($0.entry)@\($0.span)" }) \(r.carrierKeyword.map(\.rawValue) ?? "-")"
    }

    @Test func anImageReadsBackAsTheSameLexicons() throws {
        let set = try Self.compiled()
        let digest = LexiconImage.Digest.of(files: Self.files())
        let bytes = LexiconImage.encode(set, digest: digest)
        let back = try #require(LexiconImage.decode(bytes, digest: digest))
        #expect(back.entries.count == set.entries.count)
        #expect(back.patterns.count == set.patterns.count)
        #expect(back.entryTexts.map(\.display) == set.entryTexts.map(\.display))
        #expect(back.languages.map(\.exemplars) == set.languages.map(\.exemplars))
        #expect(back.combinations.map(\.display) == set.combinations.map(\.display))
        #expect(back.carrier == set.carrier)
        #expect(back.numberWords.map { $0?.values } == set.numberWords.map { $0?.values })
        #expect(back.numbers(0)?.value("diez") == 10)
        // The same bytes again: an image is a function of its lexicons.
        #expect(LexiconImage.encode(back, digest: digest) == bytes)
    }

    @Test func theBundledLexiconsClassifyTheSameFromAnImage() throws {
        let files = BundledLexicons.files.map { (name: "Lexicons/\($0.name)", bytes: $0.bytes) }
        let compiled = try ReplyClassifier(files: files, merging: files.count, cache: .disabled)
        let digest = LexiconImage.Digest.of(files: files)
        let image = try #require(LexiconImage.decode(LexiconImage.encode(compiled.lexicons, digest: digest), digest: digest))
        let fromImage = ReplyClassifier(lexicons: image)
        let replies = ["yes", "STOP", "ＳＴＯＰ", "no chest pain, just a cough", "tengo dolor de pecho", "晚到十分钟", "da, pridu",
                       "na3am", "không thể đến", "취소할게요", "pa ka vini", "hindi po ako makakapunta", "j'arrive dans 10 min",
                       "estou no trânsito", "أريد إلغاء الموعد", "can we move it to Thursday?", "Liked \"see you then\""]
        for text in replies {
            #expect(Self.outcome(fromImage, text) == Self.outcome(compiled, text), "\(text)")
        }
    }

    @Test func anImageForOtherLexiconsIsNotRead() throws {
        let set = try Self.compiled()
        let bytes = LexiconImage.encode(set, digest: LexiconImage.Digest.of(files: Self.files()))
        var edited = Self.files()
        edited[0].bytes += Array("\nsí señor\n".utf8)
        #expect(LexiconImage.decode(bytes, digest: LexiconImage.Digest.of(files: edited)) == nil)
    }

    @Test func damagedImagesAreRejectedNotTrusted() throws {
        let set = try Self.compiled()
        let digest = LexiconImage.Digest.of(files: Self.files())
        let bytes = LexiconImage.encode(set, digest: digest)
        // Every truncation, in steps through the file.
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            #expect(LexiconImage.decode(Array(bytes.prefix(length)), digest: digest) == nil, "truncated to \(length)")
        }
        // A flipped byte anywhere, and a byte added at the end.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<64 {
            var damaged = bytes
            let at = Int.random(in: 0..<damaged.count, using: &generator)
            damaged[at] ^= UInt8.random(in: 1...255, using: &generator)
            #expect(LexiconImage.decode(damaged, digest: digest) == nil, "byte \(at) changed")
        }
        #expect(LexiconImage.decode(bytes + [0], digest: digest) == nil)
        #expect(LexiconImage.decode([], digest: digest) == nil)
    }

    @Test func theCacheIsWrittenOnceAndReadBack() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try ReplyClassifier(files: Self.files(), merging: 2, cache: .directory(directory))
        let images = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".plxi") }
        #expect(images.count == 1)
        let file = directory.appendingPathComponent(try #require(images.first))

        // What the cache holds is what the next start uses: put an image of other lexicons
        // under the same name and the next classifier has those lexicons.
        let other = try ReplyClassifier(files: [("en.lex", Array("@schema lexicon@1\n@lang en\n[confirm]\nyes\n".utf8))], merging: 1,
                                        cache: .disabled)
        let digest = LexiconImage.Digest.of(files: Self.files())
        try Data(LexiconImage.encode(other.lexicons, digest: digest)).write(to: file)
        #expect(try ReplyClassifier(files: Self.files(), merging: 2, cache: .directory(directory)).languages == ["en"])

        // A damaged file is ignored, the lexicons compiled, and the file replaced.
        try Data("not an image".utf8).write(to: file)
        let again = try ReplyClassifier(files: Self.files(), merging: 2, cache: .directory(directory))
        #expect(again.languages == first.languages)
        for text in Self.replies { #expect(Self.outcome(again, text) == Self.outcome(first, text), "\(text)") }
        let rewritten = try Data(contentsOf: file)
        #expect(rewritten.withUnsafeBytes { LexiconImage.decode($0, digest: digest) } != nil)
    }

    @Test func aCacheThatCannotBeWrittenOnlyCostsTime() throws {
        let blocker = Self.temporaryDirectory()
        try Data("a file, not a directory".utf8).write(to: blocker)
        defer { try? FileManager.default.removeItem(at: blocker) }
        let c = try ReplyClassifier(files: Self.files(), merging: 2, cache: .directory(blocker.appendingPathComponent("cache")))
        #expect(c.classify("no podré ir").intent == .cancel)
        let disabled = try ReplyClassifier(files: Self.files(), merging: 2, cache: .disabled)
        #expect(disabled.classify("BAJA").intent == .optOut)
    }

    @Test func aMalformedLexiconStillFailsWithFileAndLine() {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad: [(name: String, bytes: [UInt8])] = [("es.lex", Array("@schema lexicon@1\n@lang es\n[confirm]\nsí\n[nonsense]\nx\n".utf8))]
        #expect(throws: LexiconError.self) { try ReplyClassifier(files: bad, merging: 1, cache: .directory(directory)) }
        do {
            _ = try ReplyClassifier(files: bad, merging: 1, cache: .directory(directory))
        } catch {
            #expect(error.file == "es.lex")
            #expect(error.line == 5)
        }
        // Nothing was cached for the broken files.
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).isEmpty)
    }

    @Test func tablesFindEveryKeyAndNoOther() {
        var pairs: [(key: UInt64, value: Int32)] = []
        var generator = SystemRandomNumberGenerator()
        var seen = Set<UInt64>()
        while pairs.count < 5000 {
            let k = UInt64.random(in: 0...UInt64.max, using: &generator)
            if seen.insert(k).inserted { pairs.append((k, Int32(pairs.count + 1))) }
        }
        let table = IntTable(pairs)
        for (k, v) in pairs { #expect(table[k] == v) }
        var missing = 0
        for _ in 0..<5000 {
            let k = UInt64.random(in: 0...UInt64.max, using: &generator)
            if !seen.contains(k), table[k] == nil { missing += 1 }
        }
        #expect(missing == 5000)
        #expect(IntTable([]).contains(42) == false)
        #expect(IntTable(keys: [1, 2], values: [3, 4]) == nil)  // no empty slot
    }
}
