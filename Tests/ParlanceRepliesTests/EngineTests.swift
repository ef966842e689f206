import Testing
@testable import ParlanceReplies

/// The matching engine on a small lexicon written for these tests, so each rule is checked
/// independently of the bundled content.
@Suite("Matching engine")
struct EngineTests {
    static let lexicon = """
    @schema lexicon@1
    @lang en
    [confirm]
    yes
    confirm*
    coming
    no problem
    [cancel]
    no
    can't make it
    cancel*
    [late]
    running late
    [symptom]
    cough
    [urgent]
    pain … chest
    chest pain
    can't breathe
    [opt_out]
    stop
    [ack]
    ok
    [thanks]
    thanks
    [negation]
    no = 1
    not = 2
    [reaction]
    Liked
    [reaction-other]
    Disliked
    [words]
    the a of
    [minutes]
    min
    minut*
    [durations]
    half an hour = 30
    [when]
    tomorrow = +1d
    after = after
    [shorthand]
    cnt = can't
    [carrier-opt-out]
    STOP
    """

    static let engine: ReplyClassifier = {
        do { return try classifier(["en.lex": lexicon]) } catch { fatalError("\(error)") }
    }()

    @Test func stemMatchesEndings() {
        #expect(Self.engine.classify("please cancelled it").intent == .cancel)
        #expect(Self.engine.classify("cancelling").intent == .cancel)
    }

    @Test func wholeWordsOnly() {
        #expect(Self.engine.classify("nothing").intent == .other)
        #expect(Self.engine.classify("yesterday").intent == .other)
    }

    @Test func gapAllowsThreeWordsWithinAClause() {
        #expect(Self.engine.classify("pain in my chest").intent == .urgent)
        #expect(Self.engine.classify("pain in the left of my chest").intent != .urgent)
        #expect(Self.engine.classify("pain. my chest is fine").intent != .urgent)
    }

    @Test func negationFlipsConfirmAndSoftensUrgent() {
        #expect(Self.engine.classify("not coming").intent == .cancel)
        let r = Self.engine.classify("no chest pain, just a cough")
        #expect(r.intent == .symptom)
        #expect(!r.intents.contains(.urgent))
        #expect(r.evidence.contains { $0.negated && $0.entry == "chest pain" })
    }

    @Test func negationScopeEndsAtPunctuationAndScopeLength() {
        // "no" negates one word only; a comma ends every scope.
        #expect(Self.engine.classify("no I have chest pain").intent == .urgent)
        #expect(Self.engine.classify("no, chest pain").intent == .urgent)
    }

    @Test func entriesCarryingTheirOwnNegationAreNeverNegated() {
        #expect(Self.engine.classify("i can't breathe").intent == .urgent)
        #expect(Self.engine.classify("no problem").intent == .confirm)
    }

    @Test func priorityPutsUrgentFirst() {
        let r = Self.engine.classify("yes, coming, but chest pain now")
        #expect(r.intent == .urgent)
        #expect(r.intents == [.urgent, .confirm])
        #expect(r.needsHuman)
    }

    @Test func shorthandExpands() {
        #expect(Self.engine.classify("cnt make it").intent == .cancel)
    }

    @Test func oneLetterTyposInLongWords() {
        let r = Self.engine.classify("runnign late")
        #expect(r.intent == .late)
        #expect(r.evidence.contains { $0.source == .typo })
        // Short words are not guessed at.
        #expect(Self.engine.classify("yez").intent == .other)
    }

    @Test func keyboardSlipsInStopAndCancel() {
        #expect(Self.engine.classify("stpo").intent == .optOut)
        #expect(Self.engine.classify("STIP").intent == .optOut)
        #expect(Self.engine.classify("cancwl").intent == .cancel)
        #expect(Self.engine.classify("shop").intent == .other)
    }

    @Test func optionsFromContextAndPrompt() {
        let ctx = ReplyContext(options: ["1": .reschedule, "2": .cancel])
        #expect(Self.engine.classify("2", context: ctx).intent == .cancel)
        #expect(Self.engine.classify("#1", context: ctx).intent == .reschedule)
        #expect(Self.engine.classify("２", context: ctx).intent == .cancel)
        #expect(Self.engine.classify("٢", context: ctx).intent == .cancel)
        #expect(Self.engine.classify("2").intent == .other)
        let prompt = ReplyContext(prompt: "Reply YES to confirm or 2 to cancel.")
        #expect(Self.engine.classify("2", context: prompt).intent == .cancel)
    }

    @Test func acknowledgementsDependOnWhatWasAsked() {
        let asked = ReplyContext(prompt: "Reply YES to confirm your visit.")
        let notice = ReplyContext(prompt: "Your lab results are ready in the portal.")
        #expect(Self.engine.classify("ok", context: asked).intent == .confirm)
        #expect(Self.engine.classify("ok", context: notice).intent == .other)
        #expect(Self.engine.classify("thanks", context: asked).intent == .confirm)
        #expect(Self.engine.classify("thanks", context: notice).intent == .other)
    }

    @Test func reactionsReadThePrefixNotTheQuote() {
        #expect(Self.engine.classify("Liked “Reply STOP to opt out”").intent == .confirm)
        #expect(Self.engine.classify("Disliked \"See you tomorrow\"").intent == .other)
    }

    @Test func minutesLate() {
        #expect(Self.engine.classify("running late 10 min").entities.minutesLate == 10)
        #expect(Self.engine.classify("running late 15min").entities.minutesLate == 15)
        #expect(Self.engine.classify("running late, half an hour").entities.minutesLate == 30)
        #expect(Self.engine.classify("running late 20 minutes").entities.minutesLate == 20)
    }

    @Test func carrierKeywordOnlyForTheBareKeyword() {
        #expect(Self.engine.classify("STOP").carrierKeyword == .optOut)
        #expect(Self.engine.classify("stop!!").carrierKeyword == .optOut)
        #expect(Self.engine.classify("please stop").carrierKeyword == nil)
    }

    @Test func lookAlikeAndSpacedOutOptOut() {
        #expect(Self.engine.classify("SТОР").intent == .optOut)
        #expect(Self.engine.classify("S T O P").intent == .optOut)
        #expect(Self.engine.classify("ＳＴＯＰ").intent == .optOut)
    }

    @Test func conflictingBareAnswersGoToAPerson() {
        let r = Self.engine.classify("yes no")
        #expect(r.intent == .other)
        #expect(r.needsHuman)
    }

    @Test func evidenceSpansPointAtTheOriginalText() throws {
        let text = "Sorry, running late"
        let r = Self.engine.classify(text)
        let e = try #require(r.evidence.first)
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[e.span[0]..<e.span[1]])
        #expect(String(view) == "running late")
        #expect(e.match == "running late")
    }
}

@Suite("Red-flag combinations")
struct CombinationTests {
    static let engine: ReplyClassifier = {
        let lexicon = """
        @schema lexicon@1
        @lang en
        [symptom]
        fever*
        [urgent]
        chest pain
        [negation]
        no = 1
        [urgent-combinations]
        fever* + chemo*
        {temperature} + chemo*
        baby + week* old + fever*
        """
        do { return try classifier(["en.lex": lexicon]) } catch { fatalError("\(error)") }
    }()

    @Test func partsInDifferentClausesMakeARedFlag() {
        let r = Self.engine.classify("I'm on chemo. Now I have a fever")
        #expect(r.intent == .urgent)
        #expect(r.evidence.contains { $0.entry == "fever* + chemo*" })
    }

    @Test func aTemperatureCountsAsAPart() {
        #expect(Self.engine.classify("chemo yesterday, temp 38.4 now").intent == .urgent)
        #expect(Self.engine.classify("chemo yesterday, temp 101.5F").intent == .urgent)
        #expect(Self.engine.classify("chemo yesterday, temp 37.1").intent != .urgent)
    }

    @Test func everyPartIsNeededAndNoneNegated() {
        #expect(Self.engine.classify("I have a fever").intent == .symptom)
        #expect(Self.engine.classify("chemo went fine, no fever").intent != .urgent)
        #expect(Self.engine.classify("baby is 5 weeks old, fever since morning").intent == .urgent)
        #expect(Self.engine.classify("baby has a fever").intent == .symptom)
    }

    @Test func malformedCombinationsNameTheLine() throws {
        for bad in ["fever*", "fever* + {temp}", "fever* + "] {
            let text = "@schema lexicon@1\n@lang xx\n[urgent-combinations]\n\(bad)\n"
            do {
                _ = try classifier(["xx.lex": text])
                Issue.record("accepted \(bad)")
            } catch let error as LexiconError {
                #expect(error.kind == .invalidValue)
                #expect(error.line == 4)
            }
        }
    }
}

@Suite("Apostrophes")
struct ApostropheTests {
    @Test func apostropheIsReadAsNothingAndAsASpace() throws {
        let engine = try classifier(["fr.lex": "@schema lexicon@1\n@lang fr\n[opt_out]\narrêtez de m'écrire\n"])
        for text in ["Arrêtez de m'écrire", "arretez de mecrire", "arretez de m ecrire", "arrêtez de m’écrire"] {
            #expect(engine.classify(text).intent == .optOut, "\(text)")
        }
    }
}

@Suite("Accent-aware matching")
struct AccentTests {
    static let lexicon = "@schema lexicon@1\n@lang vi\n[opt_out]\ndừng\n[symptom]\nđau\n[confirm]\ncó\n"

    @Test func differentAccentsDoNotMatch() throws {
        let engine = try classifier(["vi.lex": Self.lexicon])
        #expect(engine.classify("dừng").intent == .optOut)
        #expect(engine.classify("dung").intent == .optOut)
        #expect(engine.classify("DỪNG").intent == .optOut)
        #expect(engine.classify("dùng").intent != .optOut)
        #expect(engine.classify("đau").intent == .symptom)
        #expect(engine.classify("đâu").intent != .symptom)
        #expect(engine.classify("dau").intent == .symptom)
    }
}

@Suite("Temperatures")
struct TemperatureTests {
    static let engine: ReplyClassifier = {
        do {
            return try classifier(["xx.lex": "@schema lexicon@1\n@lang xx\n[urgent-combinations]\n{temperature} + chemo*\n"])
        } catch { fatalError("\(error)") }
    }()

    @Test(arguments: ["chemo, 38.5", "chemo, 38,5", "chemo ٣٨٫٥", "chemo ٣٨.٥", "chemo 101.3F", "chemo 39°", "chemo 39 degrees", "chemo ３９．２"])
    func feverTemperatures(_ text: String) {
        #expect(Self.engine.classify(text).intent == .urgent, "\(text)")
    }

    @Test(arguments: ["chemo at 10:40", "chemo 38 weeks", "chemo 37.2", "chemo room 101", "chemo 39"])
    func notFeverTemperatures(_ text: String) {
        #expect(Self.engine.classify(text).intent != .urgent, "\(text)")
    }
}

@Suite("Clitics")
struct CliticTests {
    @Test func attachedPrefixesAreLookedThrough() throws {
        let engine = try classifier(["ar.lex": "@schema lexicon@1\n@lang ar\n[urgent]\nأغمى عليها\n[clitics]\nو\nف\n"])
        #expect(engine.classify("أمي طاحت وأغمى عليها").intent == .urgent)
        #expect(engine.classify("فأغمى عليها").intent == .urgent)
        #expect(engine.classify("أغمى عليها").intent == .urgent)
        // The rest of the word must still match: no entry starts inside a word otherwise.
        #expect(engine.classify("وأغمىx عليها").intent != .urgent)
    }
}

@Suite("Key texts")
struct KeyTextTests {
    /// Lexicon entries are folded in one batch; each key text must keep only its own text.
    @Test func batchedKeyTextsAreTheSameAsSingleOnesAndKeepNoBatchStorage() {
        let texts = ["can't make it", "dolor … pecho", "好的", "ＳＴＯＰ", "", "não posso ir", "🙏", "по-русски"] +
            (0..<500).map { "entry number \($0)" }
        let batch = KeyText.batch(texts)
        #expect(batch.count == texts.count)
        for (text, key) in zip(texts, batch) {
            let single = KeyText(text)
            #expect(key.units == single.units, "\(text)")
            #expect(key.sourceOfUnit == single.sourceOfUnit, "\(text)")
            #expect(key.tokens.map(\.sourceStart) == single.tokens.map(\.sourceStart), "\(text)")
            #expect(key.tokenOfUnit.capacity <= 2 * key.tokenOfUnit.count + 16, "\(text)")
            #expect(key.sourceOfUnit.capacity <= 2 * key.sourceOfUnit.count + 16, "\(text)")
        }
    }
}

@Suite("Shorthand")
struct ShorthandTests {
    @Test func abbreviationsSpellEntriesShortWithinTheirLanguageOnly() throws {
        let en = "@schema lexicon@1\n@lang en\n[cancel]\ncan't make it\n[urgent]\nbleeding a lot\n[shorthand]\ncnt = can't\n"
        let vi = "@schema lexicon@1\n@lang vi\n[cancel]\nkhông thể đến\n[shorthand]\nko = không\na = anh\n"
        let engine = try classifier(["en.lex": en, "vi.lex": vi])
        #expect(engine.classify("cnt make it").intent == .cancel)
        #expect(engine.classify("ko the den").intent == .cancel)
        // Vietnamese "a = anh" must not touch the English "a".
        #expect(engine.classify("I'm bleeding a lot").intent == .urgent)
    }

    @Test func withTwoExpansionsEachIsAlsoShortenedAlone() {
        var a = Abbreviations()
        a.add("n", expandsTo: "não")
        a.add("msgs", expandsTo: "mensagens")
        let out = a.abbreviations(of: "não quero mais mensagens")
        #expect(out.first == "n quero mais msgs")
        #expect(Set(out) == ["n quero mais msgs", "n quero mais mensagens", "não quero mais msgs"])
        // One expansion: one spelling, as before.
        #expect(a.abbreviations(of: "não quero") == ["n quero"])
    }

    @Test func abbreviateReplacesRunsOfWords() {
        var a = Abbreviations()
        a.add("tmrw", expandsTo: "tomorrow")
        a.add("idk", expandsTo: "I don't know")
        #expect(a.abbreviations(of: "see you tomorrow") == ["see you tmrw"])
        #expect(a.abbreviations(of: "I don't know when") == ["idk when"])
        #expect(a.abbreviations(of: "nothing here").isEmpty)
    }

    /// The longest expansion is replaced first, whatever the order of the lines; capitals and
    /// repeated spaces in the entry do not hide an expansion.
    @Test func longerExpansionsComeFirst() {
        var a = Abbreviations()
        a.add("dk", expandsTo: "don't know")
        a.add("tmrw", expandsTo: "tomorrow")
        a.add("idk", expandsTo: "I don't know")
        #expect(a.abbreviations(of: "I don't know") == ["idk"])
        #expect(a.abbreviations(of: "they don't know") == ["they dk"])
        #expect(a.abbreviations(of: "see you  TOMORROW") == ["see you tmrw"])
        #expect(a.abbreviations(of: "tomorrows").isEmpty)
    }

    @Test func everyAbbreviationOfAWordGivesASpelling() {
        var a = Abbreviations()
        for short in ["ko", "k", "hok"] { a.add(short, expandsTo: "không") }
        a.add("dc", expandsTo: "được")
        // Every abbreviation of both words, then each word shortened alone.
        #expect(a.abbreviations(of: "không được") == ["ko dc", "k dc", "hok dc", "ko được", "k được", "hok được", "không dc"])
        #expect(a.abbreviations(of: "tôi không đến") == ["tôi ko đến", "tôi k đến", "tôi hok đến"])
    }

    @Test func everyShortSpellingMatchesTheEntry() throws {
        let vi = "@schema lexicon@1\n@lang vi\n[cancel]\nkhông đến được\n[shorthand]\nko = không\nk = không\nkh = không\nhok = không\ndc = được\n"
        let engine = try classifier(["vi.lex": vi])
        for reply in ["ko den dc", "k den dc", "kh den dc", "hok đến đc", "không đến được"] {
            #expect(engine.classify(reply).intent == .cancel, "\(reply)")
        }
    }
}

@Suite("Negation in gaps")
struct GapNegationTests {
    @Test func aCueInAGapNegatesTheEntry() throws {
        let engine = try classifier(["zh-Hans.lex": "@schema lexicon@1\n@lang zh-Hans\n[urgent]\n化疗 … 发烧\n[negation]\n没有 = 2\n"])
        #expect(engine.classify("化疗后发烧了").intent == .urgent)
        #expect(engine.classify("化疗后没有发烧").intent != .urgent)
        let en = try classifier(["en.lex": "@schema lexicon@1\n@lang en\n[urgent]\npain … chest\ncan't … breathe\n[negation]\nno = 1\ncan't = 2\n"])
        #expect(en.classify("pain in my chest").intent == .urgent)
        #expect(en.classify("pain no chest").intent != .urgent)
        #expect(en.classify("i can't really breathe").intent == .urgent)
    }
}

@Suite("Stems with accents")
struct AccentedStemTests {
    @Test func accentedStemsMatchAccentedWords() throws {
        let engine = try classifier(["fr.lex": "@schema lexicon@1\n@lang fr\n[urgent]\névanoui*\n[opt_out]\ndésinscri*\n"])
        #expect(engine.classify("je me suis évanouie").intent == .urgent)
        #expect(engine.classify("je me suis evanouie").intent == .urgent)
        #expect(engine.classify("désinscrivez-moi").intent == .optOut)
    }
}

@Suite("Determinism")
struct DeterminismTests {
    /// Entries are compiled in file order, so results never depend on the process (Swift
    /// dictionaries iterate in a per-process random order).
    @Test func entriesAreCompiledInFileOrder() throws {
        let sections = ["confirm", "cancel", "reschedule", "late", "symptom", "urgent", "opt_out", "opt_in", "help", "other", "ack", "thanks"]
        let text = "@schema lexicon@1\n@lang en\n" + sections.enumerated().map { "[\($1)]\nword\($0)a\nword\($0)b\n" }.joined()
        let engine = try classifier(["en.lex": text])
        let lines = engine.lexicons.entryTexts.filter { $0.line > 0 }.map(\.line)
        #expect(lines == lines.sorted())
        #expect(lines.count == sections.count * 2)
    }
}
