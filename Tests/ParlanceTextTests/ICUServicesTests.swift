import Testing
@testable import ParlanceText

@Suite("ICU services")
struct ICUServicesTests {
    @Test func cyrillicToLatin() throws {
        let t = try Transliterator(id: "Cyrillic-Latin")
        #expect(Folding.key(t.transliterate("не смогу"), .loose) == "ne smogu")
    }

    @Test func rulesCompileAndApply() throws {
        let t = try Transliterator(name: "test", rules: "ш > sh ;\nд > d ;\nа > a ;")
        #expect(t.transliterate("шда") == "shda")
    }

    @Test func badRulesReportTheLine() {
        #expect(throws: Transliterator.OpenError.self) { try Transliterator(name: "bad", rules: "a > b ;\nc > > d ;") }
        do {
            _ = try Transliterator(name: "bad", rules: "a > b ;\nc > > d ;")
        } catch {
            #expect(error.ruleLine == 1)
        }
    }

    @Test func unknownTransformThrows() {
        #expect(throws: Transliterator.OpenError.self) { try Transliterator(id: "Klingon-Latin") }
    }

    @Test(arguments: [("es", "diez", 10), ("en", "twenty-five", 25), ("fr", "quinze", 15), ("zh", "十五", 15), ("ru", "десять", 10)])
    func spellout(_ locale: String, _ text: String, _ value: Int) throws {
        let parser = try #require(SpelloutParser(locale: locale))
        #expect(parser.parse(text) == value)
    }

    @Test func spelloutRejectsWords() throws {
        let parser = try #require(SpelloutParser(locale: "en"))
        #expect(parser.parse("tomorrow") == nil)
        #expect(parser.parse("") == nil)
    }

    @Test func exemplarsAndWeekdays() {
        #expect(LocaleData.exemplars("es").contains(UInt32(("ñ" as Unicode.Scalar).value)))
        #expect(!LocaleData.exemplars("en").contains(UInt32(("ñ" as Unicode.Scalar).value)))
        let days = LocaleData.weekdayNames("es")
        #expect(days.count == 7)
        #expect(days[3].contains("jueves"))
        #expect(LocaleData.weekdayNames("en")[0].contains("Monday"))
    }

    @Test func confusableSkeletons() {
        #expect(Confusables.skeleton("SТОР") == Confusables.skeleton("STOP"))
        #expect(Confusables.skeleton("СТОП") != Confusables.skeleton("STOP"))
    }

    @Test func scripts() {
        #expect(CharacterInfo.script(0x4E00) == .han)
        #expect(CharacterInfo.script(0xAC00) == .hangul)
        #expect(CharacterInfo.script(0x0434) == .cyrillic)
        #expect(CharacterInfo.script(0x0628) == .arabic)
        #expect(CharacterInfo.script(0x61) == .latin)
        #expect(CharacterInfo.digitValue(0x0662) == 2)
    }

    /// ICU objects that are not thread-safe are cloned per use: many tasks at once agree.
    @Test func concurrentUseAgrees() async throws {
        let t = try Transliterator(id: "Cyrillic-Latin")
        let parser = try #require(SpelloutParser(locale: "es"))
        let results = await withTaskGroup(of: (String, Int?, Int).self) { group in
            for i in 0..<200 {
                group.addTask { (t.transliterate("спасибо"), parser.parse("veinte"), WordBreaks.segments(Array("我明天不能来了".utf16)).count + i * 0) }
            }
            var all: [(String, Int?, Int)] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(Set(results.map(\.0)).count == 1)
        #expect(Set(results.map { $0.1 ?? -1 }) == [20])
        #expect(Set(results.map(\.2)).count == 1)
    }
}
