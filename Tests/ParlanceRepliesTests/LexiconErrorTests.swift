import Foundation
import Testing
@testable import ParlanceReplies

struct BrokenLexicon: Sendable, CustomTestStringConvertible {
    var id: String
    var text: String
    var kind: LexiconError.Kind
    var line: Int?
    var testDescription: String { id }
}

@Suite("Lexicon files")
struct LexiconErrorTests {
    static let broken: [BrokenLexicon] = [
        BrokenLexicon(id: "no-schema", text: "@lang xx\n[confirm]\nyes\n", kind: .missingSchema, line: 2),
        BrokenLexicon(id: "no-schema-at-all", text: "# only a comment\n", kind: .missingSchema, line: nil),
        BrokenLexicon(id: "future-schema", text: "@schema lexicon@2\n", kind: .unsupportedSchema, line: 1),
        BrokenLexicon(id: "wrong-lang", text: "@schema lexicon@1\n@lang es\n", kind: .languageMismatch, line: 2),
        BrokenLexicon(id: "unknown-directive", text: "@schema lexicon@1\n@colour blue\n", kind: .unknownDirective, line: 2),
        BrokenLexicon(id: "unknown-section", text: "@schema lexicon@1\n@lang xx\n\n[confrim]\nyes\n", kind: .unknownSection, line: 4),
        BrokenLexicon(id: "entry-outside", text: "@schema lexicon@1\n@lang xx\nyes\n", kind: .entryOutsideSection, line: 3),
        BrokenLexicon(id: "negation-without-scope", text: "@schema lexicon@1\n@lang xx\n[negation]\nnot\n", kind: .missingValue, line: 4),
        BrokenLexicon(id: "negation-bad-scope", text: "@schema lexicon@1\n@lang xx\n[negation]\nnot = many\n", kind: .invalidValue, line: 4),
        BrokenLexicon(id: "duration-bad", text: "@schema lexicon@1\n@lang xx\n[durations]\nhalf an hour = half\n", kind: .invalidValue, line: 4),
        BrokenLexicon(id: "when-bad", text: "@schema lexicon@1\n@lang xx\n[when]\ntomorrow = soon\n", kind: .invalidValue, line: 4),
        BrokenLexicon(id: "alone-unknown-intent", text: "@schema lexicon@1\n@lang xx\n[alone]\nalto = stop\n", kind: .invalidValue, line: 4),
        BrokenLexicon(id: "alone-without-intent", text: "@schema lexicon@1\n@lang xx\n[alone]\nalto\n", kind: .missingValue, line: 4),
        BrokenLexicon(id: "value-not-allowed", text: "@schema lexicon@1\n@lang xx\n[confirm]\nyes = 1\n", kind: .unexpectedValue, line: 4),
        BrokenLexicon(id: "bad-transform", text: "@schema lexicon@1\n@lang xx\n@romanize Klingon-Latin\n[confirm]\nyes\n", kind: .badTransform, line: 3),
        BrokenLexicon(id: "bad-rule", text: "@schema lexicon@1\n@lang xx\n[romanize-rules]\nа > a ;\nб > > b ;\n", kind: .badTransform, line: 5),
    ]

    @Test(arguments: broken)
    func malformedFileNamesFileLineAndProblem(_ c: BrokenLexicon) throws {
        let dir = try temporaryLexicons(["xx.lex": c.text])
        do {
            _ = try ReplyClassifier(lexiconFiles: [dir.appendingPathComponent("xx.lex")])
            Issue.record("expected \(c.kind)")
        } catch {
            #expect(error.kind == c.kind)
            #expect(error.line == c.line)
            #expect(error.file.hasSuffix("xx.lex"))
            #expect(!error.message.isEmpty)
            #expect(error.description.contains("xx.lex"))
        }
    }

    @Test func invalidUTF8NamesTheLine() throws {
        let dir = try temporaryLexicons([:])
        let url = dir.appendingPathComponent("xx.lex")
        var bytes = Array("@schema lexicon@1\n@lang xx\n[confirm]\n".utf8)
        bytes += [0x79, 0xC3, 0x28, 0x0A]
        try Data(bytes).write(to: url)
        do {
            _ = try ReplyClassifier(lexiconFiles: [url])
            Issue.record("expected invalidUTF8")
        } catch {
            #expect(error.kind == .invalidUTF8)
            #expect(error.line == 4)
        }
    }

    @Test func unreadableFile() {
        #expect(throws: LexiconError.self) { try ReplyClassifier(lexiconFiles: [URL(fileURLWithPath: "/nonexistent/xx.lex")]) }
    }

    /// Every file in Lexicons/ is compiled into the library, and each tier-1 language has
    /// entries for every intent.
    @Test func bundledLexiconsAreCompleteAndEmbedded() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Lexicons").path)
            .filter { $0.hasSuffix(".lex") }
        #expect(Set(names) == Set(BundledLexicons.files.map(\.name)))
        let tier1 = ["en", "es", "zh-Hans", "zh-Hant", "vi", "ko", "tl", "ru", "ar", "fr", "ht", "pt"]
        let sources = try BundledLexicons.sources()
        for tag in tier1 {
            let source = try #require(sources.first { $0.language == tag }, "\(tag)")
            for intent in Intent.allCases {
                #expect(!(source.sections[.intent(intent)] ?? []).isEmpty, "\(tag) has no [\(intent.label)] entries")
            }
            #expect(!(source.sections[.negation] ?? []).isEmpty, "\(tag) has no negation cues")
            #expect(!(source.sections[.words] ?? []).isEmpty, "\(tag) has no [words]")
        }
    }
}
