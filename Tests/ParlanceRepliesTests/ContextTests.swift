import Testing
@testable import ParlanceReplies

@Suite("Phrases that contain a red flag")
struct ContainedRedFlagTests {
    let lexicon = """
    @schema lexicon@1
    @lang en
    [urgent]
    emergency
    unbearable pain
    [symptom]
    muscle spasm
    pain … belly
    [urgent]
    spasm
    [other]
    emergency contact
    [help]
    is this … emergency line
    """

    @Test func aLongerNonUrgentPhraseOwnsItsWords() throws {
        let engine = try classifier(["en.lex": lexicon])
        #expect(engine.classify("can I update my emergency contact").intent == .other)
        #expect(engine.classify("is this the emergency line?").intent == .help)
        #expect(engine.classify("I have a muscle spasm in my calf").intent == .symptom)
    }

    @Test func theRedFlagStillCountsOutsideThePhrase() throws {
        let engine = try classifier(["en.lex": lexicon])
        #expect(engine.classify("emergency! my emergency contact is not answering").intent == .urgent)
        #expect(engine.classify("it's an emergency").intent == .urgent)
        #expect(engine.classify("my leg went into a spasm").intent == .urgent)
    }

    @Test func wordsInAGapAreNotPartOfThePhrase() throws {
        let engine = try classifier(["en.lex": lexicon])
        // "unbearable pain" sits inside "pain … belly" only through its gap.
        #expect(engine.classify("unbearable pain in my belly").intent == .urgent)
        #expect(engine.classify("pain in my belly").intent == .symptom)
    }

    @Test func bundledLexiconsInSeveralLanguages() {
        #expect(bundled.classify("what's the number for my emergency contact?").intent != .urgent)
        #expect(bundled.classify("我想更新紧急联系人").intent != .urgent)
        #expect(bundled.classify("عندي تشنج عضلي في رجلي").intent == .symptom)
        #expect(bundled.classify("douleur insupportable au ventre").intent == .urgent)
        #expect(bundled.classify("ألم شديد جدا في بطني ما اقدر اتحمله").intent == .urgent)
        #expect(bundled.classify("I have chest pain, not an emergency I think").intent == .urgent)
    }
}

@Suite("Negation across lexicons")
struct SharedPhraseNegationTests {
    @Test func theSameWordsListedByTwoLanguagesAreNegatedTogether() throws {
        let en = "@schema lexicon@1\n@lang en\n[urgent]\nchest pain\n[negation]\nno = 3\n"
        let tl = "@schema lexicon@1\n@lang tl\n[urgent]\nchest pain\nmasakit … dibdib\n[negation]\nhindi = 3\n"
        let engine = try classifier(["en.lex": en, "tl.lex": tl])
        #expect(engine.classify("no chest pain, just a cough").intent != .urgent)
        #expect(engine.classify("chest pain since this morning").intent == .urgent)
        #expect(engine.classify("hindi masakit ang dibdib ko").intent != .urgent)
    }
}

@Suite("Requested times")
struct RequestedTimeTests {
    @Test func dayWordsOfAnotherLanguageAreNotDays() {
        // French "mon" (my) is not English "Mon", Portuguese "do" is not Russian "до" (before).
        let fr = bundled.classify("je ne peux pas venir, mon fils est malade")
        #expect(fr.entities.requestedTime?.weekday == nil)
        let pt = bundled.classify("não vou poder ir, problema do carro")
        #expect(pt.entities.requestedTime?.qualifier == nil)
    }

    @Test func dayWordsOfTheReplysLanguageStillCount() {
        let en = bundled.classify("can't make it, can I come Monday after 3pm?")
        #expect(en.intent == .reschedule)
        #expect(en.entities.requestedTime?.weekday != nil)
        #expect(en.entities.requestedTime?.time == "15:00")
        let fr = bundled.classify("je ne peux pas demain, est-ce possible lundi matin ?")
        #expect(fr.intent == .reschedule)
        #expect(fr.entities.requestedTime?.weekday != nil)
    }

    @Test func daysOfTheMonthBesideARefusalAskForAnotherSlot() {
        for (reply, day) in [("I can't make it on the 14th, is the 21st ok?", 14), ("no puedo el 14 pero el 21 sí", 14),
                             ("não posso dia 14 mas dia 21 posso", 14), ("14号不行，21号可以吗", 14)] {
            let r = bundled.classify(reply)
            #expect(r.intent == .reschedule, "\(reply)")
            #expect(r.entities.requestedTime?.dayOfMonth == day, "\(reply)")
        }
        // A day beside a clock time is still a day; the clock time itself is not.
        let both = bundled.classify("no puedo el lunes, ¿el 21 a las 3pm?").entities.requestedTime
        #expect(both?.dayOfMonth == 21)
        #expect(both?.time == "15:00")
        #expect(bundled.classify("no puedo, ¿puede ser el 15:30?").entities.requestedTime?.dayOfMonth == nil)
        // A floor or a count is not a day, and a date alone does not make a request.
        #expect(bundled.classify("where is the 2nd floor?").intent != .reschedule)
        #expect(bundled.classify("voy a llegar 10 minutos tarde").entities.requestedTime?.dayOfMonth == nil)
        #expect(bundled.classify("can't come tomorrow, the 3 of us are sick").entities.requestedTime?.dayOfMonth == nil)
    }

    @Test func theQuotedMessageOfAReactionIsNotTheRequest() {
        let r = bundled.classify("Liked \"Reminder: your appointment is Friday at 3pm. Reply YES to confirm\"")
        #expect(r.intent == .confirm)
        #expect(r.entities.requestedTime == nil)
        let zh = bundled.classify("Liked “【仁和诊所】您明天下午2:00有门诊预约，确认请回复“是”…”")
        #expect(zh.intent == .confirm)
    }

    @Test func anEnglishReactionQuotingAnotherLanguageIsStillAReaction() {
        let ar = bundled.classify("Liked \"تذكير: موعدك غداً الساعة ١٠:٣٠ صباحاً. أرسل نعم للتأكيد أو لا للإلغاء.\"")
        #expect(ar.intent == .confirm)
        #expect(ar.language == "ar")
        let ru = bundled.classify("Liked \"Напоминание: ваш приём завтра в 10:30. Ответьте ДА для подтверждения\"")
        #expect(ru.intent == .confirm)
    }
}

@Suite("Keywords offered by the message")
struct PromptKeywordTests {
    @Test func quotedKeywordsInScriptsWithoutCapitals() {
        let ko = ReplyContext(prompt: "[서울내과] 내일 오후 2시 진료 예약 안내드립니다. 오시면 '네', 못 오시면 '아니요'로 답장 부탁드립니다.")
        #expect(bundled.classify("네", context: ko).intent == .confirm)
        #expect(bundled.classify("ok", context: ko).intent == .confirm)
        #expect(bundled.classify("아니요", context: ko).intent == .cancel)
    }

    @Test func aQuotedWordTakesTheMeaningOfItsClause() {
        let zh = ReplyContext(prompt: "【仁和诊所】您明天下午2:00有门诊预约，确认请回复“是”，取消请回复“否”。")
        #expect(bundled.classify("是", context: zh).intent == .confirm)
        #expect(bundled.classify("否", context: zh).intent == .cancel)
        // Without the message, a bare 是 says nothing.
        #expect(bundled.classify("是").intent == .other)
    }

    @Test func aKeywordBesideItsMeaningInArabic() {
        let ar = ReplyContext(prompt: "تذكير: موعدك مع الدكتورة سارة غداً الساعة ١٠:٣٠ صباحاً. أرسل نعم للتأكيد أو لا للإلغاء.")
        #expect(bundled.classify("شكرا", context: ar).intent == .confirm)
        #expect(bundled.classify("لا", context: ar).intent == .cancel)
        // The same thanks after a message that asked nothing is not a confirmation (rule 9).
        let notice = ReplyContext(prompt: "نتائج التحاليل جاهزة في البوابة.")
        #expect(bundled.classify("شكرا", context: notice).intent == .other)
    }

    @Test func aKeywordOfOtherMeaningIsNotTakenForTheNextPhrase() {
        // "确认" beside "取消" must not become a cancel keyword.
        let options = Analysis.options(inPrompt: "请回复确认或取消", lexicons: bundled.lexicons)
        #expect(options["确认"] != .cancel)
    }
}

@Suite("Typos in Arabic script")
struct ArabicTypoTests {
    @Test func fiveLetterWordsAreNotReadAsNeighbouringRedFlags() throws {
        let ar = "@schema lexicon@1\n@lang ar\n[urgent]\nانتحر\nمشلول\n[late]\nمتأخرة شوية\n"
        let engine = try classifier(["ar.lex": ar])
        #expect(engine.classify("انتظر").intent != .urgent)      // wait
        #expect(engine.classify("مشغول").intent != .urgent)      // busy
        #expect(engine.classify("انتحر").intent == .urgent)
    }

    @Test func everydayWordsWithTheBundledLexicons() {
        #expect(bundled.classify("انتظر شوي، انا مشغول").intent != .urgent)
    }
}

@Suite("Typos and derived spellings")
struct DerivedSpellingTypoTests {
    @Test func aTypoIsNotReadAsAnotherLanguagesRomanization() throws {
        let ru = "@schema lexicon@1\n@lang ru\n@romanize Cyrillic-Latin\n[symptom]\nустал*\n[cancel]\nне приду\n"
        let en = "@schema lexicon@1\n@lang en\n[confirm]\nsee you then\n"
        let engine = try classifier(["ru.lex": ru, "en.lex": en])
        // "usual" is one edit from "ustal", the romanization of устал (tired).
        #expect(engine.classify("same as usual, see you then").intent == .confirm)
        // The romanization itself still matches, and the Cyrillic word keeps its typo leeway.
        #expect(engine.classify("ya ustal").intent == .symptom)
        #expect(engine.classify("я уствл").intent == .symptom)
    }
}

@Suite("Code switching")
struct CodeSwitchingTests {
    static let vi = "@schema lexicon@1\n@lang vi\n[confirm]\ncó\nsẽ đến\n[words]\nminh muon qua thu dc ko toi em\n"
    static let en = "@schema lexicon@1\n@lang en\n[reschedule]\nresched*\n[confirm]\ny\n[other]\nparking\n"

    @Test func aLongEnglishWordCountsInAReplyInAnotherLanguage() throws {
        let engine = try classifier(["vi.lex": Self.vi, "en.lex": Self.en])
        #expect(engine.classify("minh muon reschedule qua thu 2 dc ko").intent == .reschedule)
    }

    @Test func aShortWordOfAnotherLanguageStillNeedsThatLanguage() throws {
        let engine = try classifier(["vi.lex": Self.vi, "en.lex": Self.en])
        // "y" is English shorthand for yes; in a Vietnamese reply it is not evidence.
        #expect(engine.classify("minh muon qua thu y dc ko toi em").intent != .confirm)
    }

    @Test func withTheBundledLexicons() {
        #expect(bundled.classify("minh muon reschedule qua thu 2 dc ko").intent == .reschedule)
        #expect(bundled.classify("pwede po ba i-reschedule sa Biyernes?").intent == .reschedule)
    }
}

@Suite("Questions about something else")
struct OtherQuestionTests {
    static let es = "@schema lexicon@1\n@lang es\n[confirm]\nsí\n[other]\ncobro\nestacion*\n[words]\nme llegó un de la por qué tengo dónde\n"

    @Test func aOneWordYesInsideAQuestionYieldsToOtherEvidence() throws {
        let engine = try classifier(["es.lex": Self.es])
        #expect(engine.classify("Me llegó un cobro, ¿por qué si tengo Medicaid?").intent == .other)
    }

    @Test func aYesOpeningTheReplyIsStillAnAnswer() throws {
        let engine = try classifier(["es.lex": Self.es])
        #expect(engine.classify("Sí, ¿dónde me estaciono?").intent == .confirm)
        // Without a question mark the words are not a question.
        #expect(engine.classify("Me llegó un cobro, si").intent == .confirm)
    }

    @Test func withTheBundledLexicons() {
        #expect(bundled.classify("Où est-ce qu'on peut se garer ? Il y a un parking ?").intent == .other)
        #expect(bundled.classify("Phòng khám có chỗ đậu xe hơi không?").intent == .other)
        #expect(bundled.classify("Sí, nos vemos mañana").intent == .confirm)
    }
}

@Suite("Negation cues of another language")
struct ForeignNegationTests {
    @Test func aOneWordCueOfALanguageTheReplyIsNotInNegatesNothing() throws {
        let ht = "@schema lexicon@1\n@lang ht\n[reschedule]\nresched*\n[negation]\npa = 2\n[words]\nmwen vle m\n"
        let tl = "@schema lexicon@1\n@lang tl\n[reschedule]\nresched*\n[words]\npo ng ni lolo wala kasi sa kanya\n"
        let engine = try classifier(["ht.lex": ht, "tl.lex": tl])
        // Tagalog "pa-" is a prefix, not Haitian "pa" (not).
        #expect(engine.classify("pa-reschedule po ng appt ni lolo, wala kasi").intent == .reschedule)
        // In a Haitian reply the cue still negates.
        #expect(engine.classify("mwen pa reschedule").intent != .reschedule)
    }
}

@Suite("Whole-reply keywords")
struct AloneTests {
    static let es = "@schema lexicon@1\n@lang es\n[alone]\nalto = opt_out\nbasta ya = opt_out\n[symptom]\nazúcar\n[words]\nel está\n"

    @Test func aWholeReplyKeywordCountsAloneWhateverItsCaseWidthPunctuationAndEmoji() throws {
        let engine = try classifier(["es.lex": Self.es])
        for text in ["ALTO", "alto", "Alto!!! 😡", "ＡＬＴＯ", "  alto.  ", "basta ya", "¡Basta ya!"] {
            #expect(engine.classify(text).intent == .optOut, "\(text)")
        }
    }

    @Test func aMessageOffersNoKeywordThroughIt() throws {
        let es = "@schema lexicon@1\n@lang es\n[alone]\npara = opt_out\n[confirm]\nconfirmar\n[cancel]\ncancelar\n"
        let engine = try classifier(["es.lex": es])
        let context = ReplyContext(prompt: "Responda SÍ para confirmar o NO para cancelar.")
        #expect(engine.classify("SI", context: context).intent == .confirm)
        #expect(engine.classify("NO", context: context).intent == .cancel)
        #expect(engine.classify("PARA", context: context).intent == .optOut)
    }

    @Test func insideASentenceItIsNotEvidence() throws {
        let engine = try classifier(["es.lex": Self.es])
        let r = engine.classify("el azúcar está alto")
        #expect(r.intent == .symptom)
        #expect(!r.intents.contains(.optOut))
        #expect(engine.classify("alto riesgo").intent == .other)
        #expect(engine.classify("ya basta ya de dolor").intents.contains(.optOut) == false)
    }

    @Test func withTheBundledLexicons() {
        #expect(bundled.classify("ALTO").intent == .optOut)
        #expect(!bundled.classify("tengo el azúcar alto").intents.contains(.optOut))
    }
}

@Suite("Words as language evidence")
struct WordEvidenceTests {
    static let es = "@schema lexicon@1\n@lang es\n[cancel]\ncancel*\n[other]\nmi mamá está en el hospital\n"
    static let pt = "@schema lexicon@1\n@lang pt\n[cancel]\ncancel*\n[symptom]\nminha cabeça dói\n"

    @Test func wordsALanguageWritesInItsOwnEntriesTellTheLanguage() throws {
        let engine = try classifier(["es.lex": Self.es, "pt.lex": Self.pt])
        // "cancela" is in both files; "minha" is only in Portuguese entries.
        #expect(engine.classify("cancela minha consulta pfv").language == "pt")
        // "mi" and "mamá" are only in a Spanish entry that does not match as a whole.
        #expect(engine.classify("mi mamá falleció, cancelen todo").language == "es")
        // A word both write says nothing: the reply stays undetermined.
        #expect(engine.classify("cancela").language == "und")
    }

    @Test func withTheBundledLexicons() {
        #expect(bundled.classify("cancela minha consulta pfv").language == "pt")
        #expect(bundled.classify("mi mamá falleció la semana pasada, cancelen sus citas por favor").language == "es")
    }
}

@Suite("Accents of several-word entries")
struct SeveralWordAccentTests {
    static let vi = "@schema lexicon@1\n@lang vi\n[late]\ntới muộn\n[opt_out]\nxóa số tôi\n[words]\nhỏi về phút\n"

    @Test func wordsAllWrittenWithOtherAccentsAreOtherWords() throws {
        let engine = try classifier(["vi.lex": Self.vi])
        // "tôi muốn" (I want) is not "tới muộn" (arrive late).
        #expect(!engine.classify("tôi muốn hỏi về hóa đơn").intents.contains(.late))
        #expect(engine.classify("tới muộn 10 phút").intent == .late)
        // Without accents, or with one word slipped, it still matches.
        #expect(engine.classify("toi muon 10 phut").intent == .late)
        #expect(engine.classify("tơi muộn 10 phút").intent == .late)
    }

    @Test func stopRequestsAreNeverDroppedForTheirAccents() throws {
        let engine = try classifier(["vi.lex": Self.vi])
        // "xoá" is the older placement of the same accent; "xoà sô tòi" has every word slipped.
        #expect(engine.classify("xoá số tôi").intent == .optOut)
        #expect(engine.classify("xoà sô tòi").intent == .optOut)
    }
}

@Suite("Language evidence counted once a span")
struct LanguageEvidenceSpanTests {
    @Test func wordsInManyCombinationsAreOnePieceOfEvidence() throws {
        // "be" is a word of both files; Vietnamese uses "bé" in many combinations.
        let vi = "@schema lexicon@1\n@lang vi\n[urgent-combinations]\nbé + sốt\nbé + co giật\nbé + khó thở\nbé + tím tái\nbé + ngất\n"
        let en = "@schema lexicon@1\n@lang en\n[late]\nmins late\n[words]\nbe gonna like\n"
        let engine = try classifier(["vi.lex": vi, "en.lex": en])
        #expect(engine.classify("omw, gonna be like 5 mins late").language == "en")
    }
}
