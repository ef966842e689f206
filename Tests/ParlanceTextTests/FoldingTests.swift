import Testing
@testable import ParlanceText

struct FoldCase: Sendable, CustomTestStringConvertible {
    var id: String
    var input: String
    var exact: String
    var loose: String
    var testDescription: String { id }
}

@Suite("Folding")
struct FoldingTests {
    static let cases: [FoldCase] = [
        FoldCase(id: "ascii-case", input: "STOP", exact: "stop", loose: "stop"),
        FoldCase(id: "full-width", input: "ＳＴＯＰ", exact: "stop", loose: "stop"),
        FoldCase(id: "spanish-accent", input: "Sí", exact: "sí", loose: "si"),
        FoldCase(id: "spanish-tilde", input: "mañana", exact: "mañana", loose: "manana"),
        FoldCase(id: "vietnamese", input: "Không thể đến", exact: "không thể đến", loose: "khong the den"),
        FoldCase(id: "russian-short-i", input: "Мой", exact: "мой", loose: "мои"),
        FoldCase(id: "arabic-indic-digit", input: "٢", exact: "٢", loose: "2"),
        FoldCase(id: "devanagari-digit", input: "२", exact: "२", loose: "2"),
        FoldCase(id: "full-width-digit", input: "２", exact: "2", loose: "2"),
        FoldCase(id: "apostrophe", input: "Can’t", exact: "can’t", loose: "cant"),
        FoldCase(id: "zero-width-and-bidi", input: "st\u{200B}o\u{200F}p", exact: "stop", loose: "stop"),
        FoldCase(id: "german-sharp-s", input: "Straße", exact: "strasse", loose: "strasse"),
        FoldCase(id: "turkish-dotted-I", input: "İ", exact: "i̇", loose: "i"),
        FoldCase(id: "chinese-unchanged", input: "好的", exact: "好的", loose: "好的"),
        FoldCase(id: "hangul-unchanged", input: "네 갈게요", exact: "네 갈게요", loose: "네 갈게요"),
        FoldCase(id: "arabic-harakat", input: "نَعَم", exact: "نَعَم", loose: "نعم"),
        FoldCase(id: "empty", input: "", exact: "", loose: ""),
    ]

    @Test(arguments: cases)
    func folds(_ c: FoldCase) {
        #expect(Folding.key(c.input, .exact) == c.exact)
        #expect(Folding.key(c.input, .loose) == c.loose)
    }

    @Test func invalidUTF8BecomesReplacementCharacter() {
        let bytes: [UInt8] = [0x73, 0x74, 0xFF, 0x6F, 0x70]
        let folded = bytes.withUnsafeBufferPointer { Folding.fold(utf8: $0, .exact) }
        #expect(folded.string == "st\u{FFFD}op")
        #expect(folded.sourceIndex == [0, 1, 2, 3, 4])
    }

    @Test func sourceIndexPointsAtOriginalCharacters() {
        let folded = Folding.fold("Ａb́c", .loose)
        #expect(folded.string == "abc")
        #expect(folded.sourceIndex == [0, 1, 3])
    }

    /// The loose fold of Latin letters is ICU's own transform, applied to folded text.
    @Test func looseFoldAgreesWithICUTransform() throws {
        let transform = try Transliterator(id: "NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII")
        let samples = "àáâãäåāăąçćčďđèéêëēęěğìíîïīıłñńňòóôõöøōőœŕřśşšţťùúûüūůűųýÿźżžơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
        for ch in samples {
            let s = String(ch)
            let expected = transform.transliterate(Folding.key(s, .exact)).filter { $0 != "'" }
            #expect(Folding.key(s, .loose) == expected, "\(s)")
        }
    }

    @Test func longTextFolds() {
        let text = String(repeating: "Ñandú ", count: 2000)
        let folded = Folding.fold(text, .loose)
        #expect(folded.units.count == 12000)
        #expect(folded.sourceIndex.last == 11999)
    }
}

@Suite("Word breaks")
struct WordBreakTests {
    @Test func chineseWithoutSpacesIsSplitIntoWords() {
        let units = Array("我明天不能来了".utf16)
        let words = WordBreaks.segments(units).filter { $0.kind == .word }
        #expect(words.count >= 3)
        #expect(words.first?.start == 0 && words.last?.end == units.count)
    }

    @Test func kinds() {
        let units = Array("ok, 👍🏽 see you".utf16)
        let kinds = WordBreaks.segments(units).map(\.kind)
        #expect(kinds.first == .word)
        #expect(kinds.contains(.clauseBreak))
        #expect(kinds.contains(.symbol))
        #expect(kinds.filter { $0 == .word }.count == 3)
    }

    @Test func emptyText() {
        #expect(WordBreaks.segments([]).isEmpty)
    }
}
