import Testing
@testable import ParlanceReplies

struct NastyInput: Sendable, CustomTestStringConvertible {
    var id: String
    var text: String
    var testDescription: String { id }
}

/// Inputs that must never crash the classifier and must get a sensible answer.
@Suite("Nasty inputs")
struct NastyInputTests {
    static let inputs: [NastyInput] = [
        NastyInput(id: "empty", text: ""),
        NastyInput(id: "spaces", text: "   \n\t "),
        NastyInput(id: "10k-letters", text: String(repeating: "a", count: 10_000)),
        NastyInput(id: "10k-words", text: String(repeating: "yes no stop ", count: 900)),
        NastyInput(id: "10k-chinese", text: String(repeating: "我明天不能来了", count: 1500)),
        NastyInput(id: "control", text: "\u{0001}\u{0007}\u{001B}[31mstop\u{0000}"),
        NastyInput(id: "zero-width", text: "\u{200B}\u{200C}\u{200D}\u{FEFF}"),
        NastyInput(id: "bidi-override", text: "\u{202E}pots\u{202C}"),
        NastyInput(id: "rtl-arabic", text: "\u{200F}نعم سأحضر\u{200F}"),
        NastyInput(id: "emoji-zwj", text: "👨‍👩‍👧‍👦🏳️‍🌈👍🏽"),
        NastyInput(id: "gsm-extension", text: "€[]{}^~\\|"),
        NastyInput(id: "turkish-i", text: "İptal ıı"),
        NastyInput(id: "replacement", text: "\u{FFFD}\u{FFFD}"),
        NastyInput(id: "lone-combining", text: "\u{0301}\u{0308}"),
        NastyInput(id: "long-number", text: String(repeating: "9", count: 5000)),
    ]

    @Test(arguments: inputs)
    func neverCrashesAndAnswersSensibly(_ input: NastyInput) {
        let r = bundled.classify(input.text)
        #expect((0...1).contains(r.confidence))
        #expect(r.intents.first == r.intent)
        #expect(!r.language.isEmpty)
        let count = input.text.unicodeScalars.count
        for e in r.evidence {
            #expect(e.span.count == 2 && e.span[0] <= e.span[1] && e.span[1] <= count)
        }
        let total = r.languageHints.reduce(0) { $0 + $1.score }
        #expect(total <= 1.0001)
    }

    @Test func emptyAndBlankAreOtherInNoLanguage() {
        for text in ["", "  ", "\u{200B}"] {
            let r = bundled.classify(text)
            #expect(r.intent == .other)
            #expect(r.language == "und")
            #expect(r.evidence.isEmpty)
        }
    }

    @Test func redFlagDeepInsideLongTextIsFound() {
        let text = String(repeating: "blah ", count: 1500) + "I can't breathe"
        #expect(bundled.classify(text).intent == .urgent)
    }

    @Test func invisibleCharactersDoNotHideStop() {
        #expect(bundled.classify("S\u{200B}T\u{200D}O\u{2060}P").intent == .optOut)
        #expect(bundled.classify("\u{202E}STOP\u{202C}").intent == .optOut)
    }
}
