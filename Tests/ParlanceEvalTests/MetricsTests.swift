import Foundation
import Testing
@testable import ParlanceEval
import ParlanceReplies

// MARK: - Shared helpers (used by every file of this target)

/// A gold reply with the fields scoring looks at.
func gold(_ id: String, _ lang: String, _ intent: Intent, also: [Intent] = [], text: String? = nil) -> LabelledReply {
    LabelledReply(id: id, text: text ?? "reply \(id)", lang: lang, intent: intent, also: also, file: "test.jsonl", line: 1)
}

/// A prediction; `intents` defaults to the primary intent alone.
func predicted(_ intent: Intent, _ intents: [Intent]? = nil, lang: String, needsHuman: Bool = false) -> Prediction {
    Prediction(intent: intent, intents: intents ?? [intent], language: lang, confidence: 0.9, needsHuman: needsHuman)
}

/// Whether `a` is within `tolerance` of `b` (nil never is).
func close(_ a: Double?, _ b: Double, tolerance: Double = 1e-12) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}

/// An evaluation report built straight from gold and predictions, without a classifier.
func makeReport(_ rows: [(LabelledReply, Prediction)], files: [String] = ["test.jsonl"], resamples: Int = 0,
                seed: UInt64 = 7) -> EvaluationReport {
    let g = rows.map(\.0), p = rows.map(\.1)
    let scores = Scoring.score(gold: g, predictions: p)
    return EvaluationReport(
        files: files, overall: scores.all, perLanguage: scores.perLanguage,
        intervals: Bootstrap.intervals(gold: g, predictions: p, resamples: resamples, seed: seed),
        options: EvaluationOptions(resamples: resamples, seed: seed),
        performance: RunPerformance(threads: 1, wallSeconds: 0.5, repliesPerSecond: 16, p50: 10, p90: 20, p99: 30, max: 40),
        replies: zip(g, p).map { ScoredReply(gold: $0, prediction: $1) })
}

/// Small corpora whose figures are worked out by hand in the tests.
enum Fixtures {
    /// Corpus A: primary intents and languages.
    ///
    /// | id | gold lang | gold    | predicted | predicted lang | right? |
    /// |----|-----------|---------|-----------|----------------|--------|
    /// | a1 | en        | confirm | confirm   | en             | yes    |
    /// | a2 | en        | confirm | late      | en             | no     |
    /// | a3 | en        | cancel  | cancel    | en             | yes    |
    /// | a4 | es        | cancel  | confirm   | es             | no     |
    /// | a5 | es        | late    | late      | pt (wrong)     | yes    |
    /// | a6 | es        | confirm | confirm   | es             | yes    |
    /// | a7 | und       | cancel  | help      | und            | no     |
    /// | a8 | fr        | late    | late      | fr             | yes    |
    ///
    /// `help` is predicted once and never gold. a2 and a7 need a human.
    static let a: [(LabelledReply, Prediction)] = [
        (gold("a1", "en", .confirm), predicted(.confirm, lang: "en")),
        (gold("a2", "en", .confirm), predicted(.late, lang: "en", needsHuman: true)),
        (gold("a3", "en", .cancel), predicted(.cancel, lang: "en")),
        (gold("a4", "es", .cancel), predicted(.confirm, lang: "es")),
        (gold("a5", "es", .late), predicted(.late, lang: "pt")),
        (gold("a6", "es", .confirm), predicted(.confirm, lang: "es")),
        (gold("a7", "und", .cancel), predicted(.help, lang: "und", needsHuman: true)),
        (gold("a8", "fr", .late), predicted(.late, lang: "fr")),
    ]

    /// Corpus B: urgent and opt-out over multi-label gold (all English, all languages right).
    ///
    /// | id  | gold intents       | predicted intents | urgent        | opt-out |
    /// |-----|--------------------|-------------------|---------------|---------|
    /// | b1  | urgent             | urgent            | hit           |         |
    /// | b2  | symptom + urgent   | symptom, urgent   | hit (in also) |         |
    /// | b3  | late + urgent      | late              | miss          |         |
    /// | b4  | urgent             | symptom           | miss          |         |
    /// | b5  | confirm            | confirm, urgent   | false alarm   |         |
    /// | b6  | confirm            | confirm           | –             |         |
    /// | b7  | opt_out            | opt_out           | –             | hit     |
    /// | b8  | cancel + opt_out   | cancel            | –             | miss    |
    /// | b9  | other              | urgent            | false alarm   |         |
    /// | b10 | confirm + opt_out  | confirm, opt_out  | –             | hit     |
    static let b: [(LabelledReply, Prediction)] = [
        (gold("b1", "en", .urgent), predicted(.urgent, lang: "en")),
        (gold("b2", "en", .symptom, also: [.urgent]), predicted(.symptom, [.symptom, .urgent], lang: "en")),
        (gold("b3", "en", .late, also: [.urgent]), predicted(.late, lang: "en")),
        (gold("b4", "en", .urgent), predicted(.symptom, lang: "en")),
        (gold("b5", "en", .confirm), predicted(.confirm, [.confirm, .urgent], lang: "en")),
        (gold("b6", "en", .confirm), predicted(.confirm, lang: "en")),
        (gold("b7", "en", .optOut), predicted(.optOut, lang: "en")),
        (gold("b8", "en", .cancel, also: [.optOut]), predicted(.cancel, lang: "en")),
        (gold("b9", "en", .other), predicted(.urgent, lang: "en")),
        (gold("b10", "en", .confirm, also: [.optOut]), predicted(.confirm, [.confirm, .optOut], lang: "en")),
    ]

    /// Corpus C: language tags (every primary intent right).
    ///
    /// | id | gold lang | predicted lang | counts?                         |
    /// |----|-----------|----------------|---------------------------------|
    /// | c1 | es-MX     | es             | yes: es-MX is a more specific es |
    /// | c2 | zh-Hant   | zh-Hans        | no: another script               |
    /// | c3 | zh-Hant   | zh             | no: script left open             |
    /// | c4 | und       | en             | excluded: gold und               |
    /// | c5 | en        | und            | no                               |
    /// | c6 | zh-Hant   | zh-Hant        | yes                              |
    /// | c7 | FR        | fr             | yes: case-insensitive            |
    /// | c8 | und       | und            | excluded: gold und               |
    static let c: [(LabelledReply, Prediction)] = [
        (gold("c1", "es-MX", .confirm), predicted(.confirm, lang: "es")),
        (gold("c2", "zh-Hant", .confirm), predicted(.confirm, lang: "zh-Hans")),
        (gold("c3", "zh-Hant", .confirm), predicted(.confirm, lang: "zh")),
        (gold("c4", "und", .confirm), predicted(.confirm, lang: "en")),
        (gold("c5", "en", .confirm), predicted(.confirm, lang: "und")),
        (gold("c6", "zh-Hant", .confirm), predicted(.confirm, lang: "zh-Hant")),
        (gold("c7", "FR", .confirm), predicted(.confirm, lang: "fr")),
        (gold("c8", "und", .confirm), predicted(.confirm, lang: "und")),
    ]

    /// 200 synthetic replies: ten intents in turn, three languages, some urgent and opt-out gold,
    /// about three in four primary intents right.
    static let synthetic: [(LabelledReply, Prediction)] = (0..<200).map { i in
        let intents = Intent.allCases
        let g = intents[i % intents.count]
        let lang = ["en", "es", "und"][i % 3]
        let also: [Intent] = i % 17 == 0 && g != .urgent ? [.urgent] : i % 13 == 0 && g != .optOut ? [.optOut] : []
        let right = i % 4 != 1
        let p = right ? g : intents[(i * 7 + 3) % intents.count]
        var pIntents = [p]
        if (g == .urgent || also.contains(.urgent)) && i % 5 != 0 && p != .urgent { pIntents.append(.urgent) }
        if i % 23 == 0 && !pIntents.contains(.urgent) { pIntents.append(.urgent) }
        if also.contains(.optOut) && i % 2 == 0 { pIntents.append(.optOut) }
        let pLang = i % 7 == 0 ? "pt" : lang
        return (gold("s\(i)", lang, g, also: also), predicted(p, pIntents, lang: pLang))
    }
}

// MARK: - Headline figures and per-intent scores

@Suite("Scoring against hand-computed figures")
struct ScoringTests {
    static let a = Scoring.score(gold: Fixtures.a.map(\.0), predictions: Fixtures.a.map(\.1))
    static let b = Scoring.score(gold: Fixtures.b.map(\.0), predictions: Fixtures.b.map(\.1))
    static let c = Scoring.score(gold: Fixtures.c.map(\.0), predictions: Fixtures.c.map(\.1))

    @Test func accuracyIsTheShareOfRightPrimaryIntents() {
        // Given corpus A, When it is scored, Then accuracy counts a1, a3, a5, a6, a8 right.
        #expect(Self.a.all.examples == 8)
        #expect(close(Self.a.all.accuracy, 5.0 / 8.0))  // 5 right of 8
    }

    struct IntentCase: Sendable, CustomTestStringConvertible {
        var id: String
        var intent: Intent
        var precision: Double
        var recall: Double
        var f1: Double
        var support: Int
        var predicted: Int
        var testDescription: String { id }
    }

    static let intentCases: [IntentCase] = [
        // confirm: gold a1 a2 a6 (support 3); predicted a1 a4 a6 (3); right a1 a6 (tp 2).
        // P = 2/3, R = 2/3, F1 = 2·(2/3)(2/3)/(4/3) = 2/3.
        IntentCase(id: "confirm", intent: .confirm, precision: 2.0 / 3.0, recall: 2.0 / 3.0, f1: 2.0 / 3.0, support: 3, predicted: 3),
        // cancel: gold a3 a4 a7 (3); predicted a3 (1); tp 1.
        // P = 1/1, R = 1/3, F1 = 2·1·(1/3)/(4/3) = 1/2.
        IntentCase(id: "cancel", intent: .cancel, precision: 1, recall: 1.0 / 3.0, f1: 1.0 / 2.0, support: 3, predicted: 1),
        // late: gold a5 a8 (2); predicted a2 a5 a8 (3); tp 2.
        // P = 2/3, R = 2/2, F1 = 2·(2/3)·1/(5/3) = 4/5.
        IntentCase(id: "late", intent: .late, precision: 2.0 / 3.0, recall: 1, f1: 4.0 / 5.0, support: 2, predicted: 3),
        // help: never gold (support 0); predicted a7 (1); tp 0 ⇒ P = 0/1, R = 0 (nothing to recall), F1 = 0.
        IntentCase(id: "help (predicted only)", intent: .help, precision: 0, recall: 0, f1: 0, support: 0, predicted: 1),
    ]

    @Test(arguments: intentCases)
    func perIntentScores(_ c: IntentCase) throws {
        let s = try #require(Self.a.all.perIntent[c.intent])
        #expect(close(s.precision, c.precision))
        #expect(close(s.recall, c.recall))
        #expect(close(s.f1, c.f1))
        #expect(s.support == c.support)
        #expect(s.predicted == c.predicted)
    }

    @Test func intentsNeitherGoldNorPredictedAreLeftOut() {
        // Only confirm, cancel, late (gold) and help (predicted) occur in corpus A.
        #expect(Set(Self.a.all.perIntent.keys) == [.confirm, .cancel, .late, .help])
    }

    @Test func macroF1AveragesOnlyIntentsThatOccurAsGold() {
        // Gold-present intents: confirm, cancel, late. help is only ever predicted and must not count.
        // (2/3 + 1/2 + 4/5) / 3 = (20/30 + 15/30 + 24/30) / 3 = 59/90.
        #expect(close(Self.a.all.macroF1, 59.0 / 90.0))
        // Counting help would give 59/120; make sure that is not what we got.
        #expect(!close(Self.a.all.macroF1, 59.0 / 120.0, tolerance: 1e-3))
    }

    @Test func confusionMatrixIsGoldRowsByPredictedColumns() {
        let idx = { (i: Intent) in Intent.allCases.firstIndex(of: i)! }
        let m = Self.a.all.confusion
        #expect(m.count == Intent.allCases.count && m.allSatisfy { $0.count == Intent.allCases.count })
        // Hand count of corpus A.
        var expected = [[Int]](repeating: [Int](repeating: 0, count: Intent.allCases.count), count: Intent.allCases.count)
        expected[idx(.confirm)][idx(.confirm)] = 2  // a1 a6
        expected[idx(.confirm)][idx(.late)] = 1     // a2
        expected[idx(.cancel)][idx(.cancel)] = 1    // a3
        expected[idx(.cancel)][idx(.confirm)] = 1   // a4
        expected[idx(.cancel)][idx(.help)] = 1      // a7
        expected[idx(.late)][idx(.late)] = 2        // a5 a8
        #expect(m == expected)
        #expect(m.joined().reduce(0, +) == 8)
    }

    @Test func needsHumanRateIsTheShareFlagged() {
        #expect(close(Self.a.all.needsHumanRate, 2.0 / 8.0))  // a2 and a7 flagged, of 8
    }

    // MARK: Per-language slices

    struct LanguageCase: Sendable, CustomTestStringConvertible {
        var id: String
        var examples: Int
        var accuracy: Double
        var macroF1: Double
        var languageAccuracy: Double?
        var testDescription: String { id }
    }

    static let languageCases: [LanguageCase] = [
        // en: a1 a2 a3; right a1 a3 ⇒ 2/3. Gold intents confirm (a1 a2) and cancel (a3); late only predicted.
        // confirm: tp 1 (a1), predicted 1 (a1), support 2 ⇒ P 1, R 1/2, F1 2/3. cancel: P 1, R 1, F1 1.
        // macro = (2/3 + 1) / 2 = 5/6. Languages all right ⇒ 3/3.
        LanguageCase(id: "en", examples: 3, accuracy: 2.0 / 3.0, macroF1: 5.0 / 6.0, languageAccuracy: 1),
        // es: a4 a5 a6; right a5 a6 ⇒ 2/3. cancel F1 0 (a4 missed, never predicted);
        // late: tp 1 pred 1 sup 1 ⇒ 1; confirm: tp 1 (a6), predicted 2 (a4 a6), support 1 ⇒ P 1/2, R 1, F1 2/3.
        // macro = (0 + 1 + 2/3) / 3 = 5/9. Language: a5 predicted pt ⇒ 2/3.
        LanguageCase(id: "es", examples: 3, accuracy: 2.0 / 3.0, macroF1: 5.0 / 9.0, languageAccuracy: 2.0 / 3.0),
        // und: a7 wrong ⇒ 0/1; cancel F1 0 ⇒ macro 0; gold und ⇒ no language accuracy.
        LanguageCase(id: "und", examples: 1, accuracy: 0, macroF1: 0, languageAccuracy: nil),
        // fr: a8 right ⇒ 1/1, macro 1, language 1/1.
        LanguageCase(id: "fr", examples: 1, accuracy: 1, macroF1: 1, languageAccuracy: 1),
    ]

    @Test(arguments: languageCases)
    func perLanguageSlices(_ c: LanguageCase) throws {
        let s = try #require(Self.a.perLanguage[c.id])
        #expect(s.examples == c.examples)
        #expect(close(s.accuracy, c.accuracy))
        #expect(close(s.macroF1, c.macroF1))
        if let l = c.languageAccuracy { #expect(close(s.languageAccuracy, l)) } else { #expect(s.languageAccuracy == nil) }
    }

    @Test func slicesAreKeyedByGoldLanguageAndAddUp() {
        #expect(Set(Self.a.perLanguage.keys) == ["en", "es", "und", "fr"])
        #expect(Self.a.perLanguage.values.map(\.examples).reduce(0, +) == Self.a.all.examples)
    }

    // MARK: Urgent and opt-out

    @Test func urgentRecallCountsUrgentAnywhereInGoldAndPrediction() {
        // Gold urgent (primary or also): b1 b2 b3 b4 = 4. Hits (urgent among predicted intents): b1, b2 = 2.
        #expect(Self.b.all.urgentExamples == 4)
        #expect(close(Self.b.all.urgentRecall, 2.0 / 4.0))
    }

    @Test func urgentFalseAlarmRateIsOverRepliesWithoutGoldUrgent() {
        // Without gold urgent: b5..b10 = 6. Predicted urgent anywhere: b5 (secondary), b9 (primary) = 2 ⇒ 2/6.
        #expect(close(Self.b.all.urgentFalseAlarmRate, 2.0 / 6.0))
        // Corpus A has no urgent at all: recall has nothing to measure, false alarms are 0 of 8.
        #expect(Self.a.all.urgentRecall == nil)
        #expect(Self.a.all.urgentExamples == 0)
        #expect(close(Self.a.all.urgentFalseAlarmRate, 0))
    }

    @Test func optOutRecallCountsOptOutAnywhere() {
        // Gold opt_out: b7, b8 (also), b10 (also) = 3. Hits: b7, b10 = 2 ⇒ 2/3.
        #expect(Self.b.all.optOutExamples == 3)
        #expect(close(Self.b.all.optOutRecall, 2.0 / 3.0))
        #expect(Self.a.all.optOutRecall == nil)
    }

    @Test func aPrimaryUrgentCountsEvenWhenIntentsOmitsIt() {
        // Given a prediction whose primary is urgent but whose list is empty,
        // When scored, Then it is still a hit (and for opt_out too).
        let g = [gold("x1", "en", .urgent), gold("x2", "en", .optOut)]
        let p = [Prediction(intent: .urgent, intents: [], language: "en"), Prediction(intent: .optOut, intents: [], language: "en")]
        let s = Scoring.score(gold: g, predictions: p).all
        #expect(close(s.urgentRecall, 1))
        #expect(close(s.optOutRecall, 1))
        // x2 is not gold urgent and was not predicted urgent ⇒ 0/1 false alarms.
        #expect(close(s.urgentFalseAlarmRate, 0))
    }

    // MARK: Language accuracy

    @Test func languageAccuracyExcludesUndAndMatchesMoreSpecificGold() {
        // Known (not und): c1 c2 c3 c5 c6 c7 = 6; c4 and c8 are und.
        // Right: c1 (es-MX/es), c6 (zh-Hant), c7 (FR/fr) = 3 ⇒ 3/6.
        #expect(Self.c.all.languageExamples == 6)
        #expect(close(Self.c.all.languageAccuracy, 3.0 / 6.0))
        // Corpus A: known a1..a6, a8 = 7; wrong a5 (pt for es) ⇒ 6/7.
        #expect(Self.a.all.languageExamples == 7)
        #expect(close(Self.a.all.languageAccuracy, 6.0 / 7.0))
    }

    struct TagCase: Sendable, CustomTestStringConvertible {
        var id: String { "\(gold) ← \(predicted)" }
        var gold: String
        var predicted: String
        var matches: Bool
        var testDescription: String { id }
    }

    @Test(arguments: [
        TagCase(gold: "es", predicted: "es", matches: true),
        TagCase(gold: "es-MX", predicted: "es", matches: true),
        TagCase(gold: "es-MX", predicted: "es-mx", matches: true),
        TagCase(gold: "zh-Hant", predicted: "zh-Hant", matches: true),
        TagCase(gold: "zh-Hant-TW", predicted: "zh-Hant", matches: true),
        TagCase(gold: "zh-Hant", predicted: "zh-Hans", matches: false),
        TagCase(gold: "zh-Hant", predicted: "zh", matches: false),
        TagCase(gold: "zh-Hans", predicted: "zh", matches: false),
        TagCase(gold: "es", predicted: "pt", matches: false),
        TagCase(gold: "en", predicted: "und", matches: false),
        TagCase(gold: "esp", predicted: "es", matches: false),
    ])
    func languageTagMatching(_ c: TagCase) {
        #expect(Scoring.languageMatches(gold: c.gold, predicted: c.predicted) == c.matches)
    }

    // MARK: Nothing to measure

    @Test func anEmptyCorpusHasNoFigures() {
        let s = Scoring.score(gold: [], predictions: []).all
        #expect(s.examples == 0)
        #expect(s.accuracy == nil)
        #expect(s.macroF1 == nil)
        #expect(s.languageAccuracy == nil)
        #expect(s.urgentRecall == nil)
        #expect(s.urgentFalseAlarmRate == nil)
        #expect(s.optOutRecall == nil)
        #expect(s.needsHumanRate == nil)
        #expect(s.perIntent.isEmpty)
        #expect(Scoring.score(gold: [], predictions: []).perLanguage.isEmpty)
    }

    @Test func aCorpusOfUndRepliesHasNoLanguageAccuracy() {
        let s = Scoring.score(gold: [gold("u1", "und", .confirm), gold("u2", "UND", .cancel)],
                              predictions: [predicted(.confirm, lang: "en"), predicted(.cancel, lang: "und")]).all
        #expect(s.languageExamples == 0)
        #expect(s.languageAccuracy == nil)
        #expect(close(s.accuracy, 1))
    }

    @Test func anAllUrgentCorpusHasNoFalseAlarmRate() {
        let s = Scoring.score(gold: [gold("u1", "en", .urgent)], predictions: [predicted(.urgent, lang: "en")]).all
        #expect(close(s.urgentRecall, 1))
        #expect(s.urgentFalseAlarmRate == nil)
    }
}

// MARK: - Bootstrap

@Suite("Bootstrap intervals")
struct BootstrapTests {
    static let g = Fixtures.synthetic.map(\.0)
    static let p = Fixtures.synthetic.map(\.1)

    @Test func theSameSeedGivesIdenticalIntervals() {
        let one = Bootstrap.intervals(gold: Self.g, predictions: Self.p, resamples: 400, seed: 42)
        let two = Bootstrap.intervals(gold: Self.g, predictions: Self.p, resamples: 400, seed: 42)
        #expect(!one.isEmpty)
        #expect(one == two)
    }

    @Test func aDifferentSeedGivesDifferentIntervals() {
        let one = Bootstrap.intervals(gold: Self.g, predictions: Self.p, resamples: 400, seed: 42)
        let two = Bootstrap.intervals(gold: Self.g, predictions: Self.p, resamples: 400, seed: 43)
        #expect(one != two)
    }

    @Test func everyIntervalContainsItsPointEstimate() throws {
        // Given 200 synthetic replies that have every headline figure,
        let scores = Scoring.score(gold: Self.g, predictions: Self.p).all
        // When 1000 resamples are drawn,
        let intervals = Bootstrap.intervals(gold: Self.g, predictions: Self.p, resamples: 1000, seed: 20261123)
        // Then each 95% interval is ordered, within [0, 1], and holds the figure of the whole corpus.
        let values: [Headline: Double?] = [
            .accuracy: scores.accuracy, .macroF1: scores.macroF1, .urgentRecall: scores.urgentRecall,
            .urgentFalseAlarmRate: scores.urgentFalseAlarmRate, .optOutRecall: scores.optOutRecall,
            .languageAccuracy: scores.languageAccuracy,
        ]
        for h in Headline.allCases {
            let v = try #require(values[h] ?? nil, "\(h) should be measurable on the synthetic corpus")
            let i = try #require(intervals[h], "no interval for \(h)")
            #expect(0 <= i.low && i.low <= v && v <= i.high && i.high <= 1, "\(h): \(v) not in [\(i.low), \(i.high)]")
            #expect(i.low < i.high, "\(h): a degenerate interval on 200 noisy replies")
        }
    }

    @Test func figuresWithNothingToMeasureGetNoInterval() {
        // Corpus A has no urgent and no opt-out gold.
        let i = Bootstrap.intervals(gold: Fixtures.a.map(\.0), predictions: Fixtures.a.map(\.1), resamples: 200, seed: 1)
        #expect(i[.urgentRecall] == nil)
        #expect(i[.optOutRecall] == nil)
        #expect(i[.accuracy] != nil)
    }

    @Test func noResamplesOrNoRepliesGiveNoIntervals() {
        #expect(Bootstrap.intervals(gold: Self.g, predictions: Self.p, resamples: 0, seed: 1).isEmpty)
        #expect(Bootstrap.intervals(gold: [], predictions: [], resamples: 100, seed: 1).isEmpty)
    }

    /// The resample counts are drawn per distinct pattern (a multinomial): the intervals match
    /// those of drawing every reply one by one, up to the noise of 2,000 resamples.
    @Test func multinomialResamplesMatchDrawingEachReply() throws {
        let facts = zip(Self.g, Self.p).map { Scoring.facts($0, $1) }
        var rng = SplitMix64(seed: 7)
        var samples = Headline.allCases.map { _ in [Double]() }
        for _ in 0..<2000 {
            var t = Scoring.Tally()
            for _ in 0..<facts.count { t.add(facts[Int(rng.next() % UInt64(facts.count))]) }
            for (k, h) in Headline.allCases.enumerated() { if let v = t.value(h) { samples[k].append(v) } }
        }
        let intervals = Bootstrap.intervals(gold: Self.g, predictions: Self.p, resamples: 2000, seed: 11)
        for (k, h) in Headline.allCases.enumerated() {
            let sorted = samples[k].sorted()
            let i = try #require(intervals[h])
            #expect(abs(i.low - Bootstrap.quantile(sorted, 0.025)) < 0.03, "\(h) low: \(i.low) vs \(Bootstrap.quantile(sorted, 0.025))")
            #expect(abs(i.high - Bootstrap.quantile(sorted, 0.975)) < 0.03, "\(h) high: \(i.high) vs \(Bootstrap.quantile(sorted, 0.975))")
        }
    }

    struct BinomialCase: Sendable, CustomTestStringConvertible {
        var n: Int
        var p: Double
        var testDescription: String { "n=\(n) p=\(p)" }
    }

    /// Both methods (inversion below a mean of 10, BTRS above) give the binomial's mean and
    /// variance, and never leave 0…n.
    @Test(arguments: [
        BinomialCase(n: 100_000, p: 0.3), BinomialCase(n: 100_000, p: 0.00005), BinomialCase(n: 1389, p: 0.12),
        BinomialCase(n: 1000, p: 0.002), BinomialCase(n: 50, p: 0.5), BinomialCase(n: 20, p: 0.95), BinomialCase(n: 30, p: 0.34),
        BinomialCase(n: 1, p: 0.5), BinomialCase(n: 7, p: 1), BinomialCase(n: 7, p: 0), BinomialCase(n: 0, p: 0.4),
    ])
    func binomialDraws(_ c: BinomialCase) {
        var rng = SplitMix64(seed: UInt64(c.n) &* 31 &+ UInt64(c.p * 1e6))
        let draws = 20_000
        var sum = 0.0, sumSquares = 0.0
        for _ in 0..<draws {
            let k = Binomial.draw(c.n, c.p, &rng)
            #expect(k >= 0 && k <= c.n)
            sum += Double(k); sumSquares += Double(k) * Double(k)
        }
        let mean = sum / Double(draws), variance = sumSquares / Double(draws) - mean * mean
        let expectedMean = Double(c.n) * c.p, expectedVariance = Double(c.n) * c.p * (1 - c.p)
        #expect(abs(mean - expectedMean) <= 5 * (expectedVariance / Double(draws)).squareRoot() + 1e-9, "mean \(mean) vs \(expectedMean)")
        if expectedVariance >= 1 {
            #expect(abs(variance / expectedVariance - 1) < 0.1, "variance \(variance) vs \(expectedVariance)")
        } else {
            #expect(abs(variance - expectedVariance) < 0.05, "variance \(variance) vs \(expectedVariance)")
        }
    }

    @Test func multinomialCountsAddUp() {
        var rng = SplitMix64(seed: 3)
        let frequencies = [5, 0, 90_000, 1, 9_994]
        var counts = [Int](repeating: -1, count: frequencies.count)
        for _ in 0..<200 {
            Binomial.multinomial(100_000, frequencies: frequencies, &rng, into: &counts)
            #expect(counts.reduce(0, +) == 100_000)
            #expect(counts[1] == 0)
            #expect(counts.allSatisfy { $0 >= 0 })
        }
    }

    struct QuantileCase: Sendable, CustomTestStringConvertible {
        var id: String
        var sorted: [Double]
        var q: Double
        var expected: Double
        var testDescription: String { id }
    }

    @Test(arguments: [
        // numpy.quantile([1, 2, 3, 4, 5], q) with linear interpolation: position q·(n−1).
        QuantileCase(id: "min", sorted: [1, 2, 3, 4, 5], q: 0, expected: 1),
        QuantileCase(id: "max", sorted: [1, 2, 3, 4, 5], q: 1, expected: 5),
        QuantileCase(id: "median", sorted: [1, 2, 3, 4, 5], q: 0.5, expected: 3),
        QuantileCase(id: "q25 on a sample point", sorted: [1, 2, 3, 4, 5], q: 0.25, expected: 2),     // pos 1
        QuantileCase(id: "q10 interpolated", sorted: [1, 2, 3, 4, 5], q: 0.1, expected: 1.4),         // pos 0.4: 1 + 0.4·1
        QuantileCase(id: "q97.5 of two", sorted: [10, 20], q: 0.975, expected: 19.75),               // pos 0.975: 10 + 0.975·10
        QuantileCase(id: "q2.5 of four", sorted: [0, 0.5, 0.5, 1], q: 0.025, expected: 0.0375),       // pos 0.075: 0 + 0.075·0.5
        QuantileCase(id: "single value", sorted: [0.7], q: 0.975, expected: 0.7),
    ])
    func quantileOfKnownData(_ c: QuantileCase) {
        #expect(close(Bootstrap.quantile(c.sorted, c.q), c.expected, tolerance: 1e-12))
    }
}

// MARK: - Gates

@Suite("Gates")
struct GateTests {
    struct GateCase: Sendable, CustomTestStringConvertible {
        var id: String
        var corpus: String
        var gate: Gate
        /// nil when the corpus has nothing to measure the figure on.
        var value: Double?
        var passes: Bool
        var testDescription: String { id }
    }

    static func corpus(_ name: String) -> [(LabelledReply, Prediction)] { name == "A" ? Fixtures.a : Fixtures.b }

    static let cases: [GateCase] = [
        // Corpus A accuracy = 5/8 = 0.625.
        GateCase(id: "accuracy floor below", corpus: "A", gate: Gate(.headline(.accuracy), threshold: 0.6), value: 5.0 / 8.0, passes: true),
        GateCase(id: "accuracy floor exactly met", corpus: "A", gate: Gate(.headline(.accuracy), threshold: 0.625), value: 5.0 / 8.0, passes: true),
        GateCase(id: "accuracy floor above", corpus: "A", gate: Gate(.headline(.accuracy), threshold: 0.7), value: 5.0 / 8.0, passes: false),
        // Corpus A macro-F1 = 59/90 ≈ 0.6556.
        GateCase(id: "macro-F1 floor met", corpus: "A", gate: Gate(.headline(.macroF1), threshold: 0.65), value: 59.0 / 90.0, passes: true),
        GateCase(id: "macro-F1 floor missed", corpus: "A", gate: Gate(.headline(.macroF1), threshold: 0.66), value: 59.0 / 90.0, passes: false),
        // Corpus B false alarms = 2/6.
        GateCase(id: "false-alarm ceiling above", corpus: "B", gate: Gate(.headline(.urgentFalseAlarmRate), threshold: 0.34, isMaximum: true), value: 1.0 / 3.0, passes: true),
        GateCase(id: "false-alarm ceiling below", corpus: "B", gate: Gate(.headline(.urgentFalseAlarmRate), threshold: 0.3, isMaximum: true), value: 1.0 / 3.0, passes: false),
        GateCase(id: "false-alarm ceiling zero met", corpus: "A", gate: Gate(.headline(.urgentFalseAlarmRate), threshold: 0, isMaximum: true), value: 0, passes: true),
        // Safety recall of urgent and opt_out (anywhere among predicted): B 2/4 and 2/3.
        GateCase(id: "urgent recall met", corpus: "B", gate: Gate(.recall(.urgent), threshold: 0.5), value: 0.5, passes: true),
        GateCase(id: "urgent recall missed", corpus: "B", gate: Gate(.recall(.urgent), threshold: 0.99), value: 0.5, passes: false),
        GateCase(id: "opt-out recall", corpus: "B", gate: Gate(.recall(.optOut), threshold: 0.6), value: 2.0 / 3.0, passes: true),
        // Primary-label recall and precision of other intents (corpus A cancel: R 1/3, P 1).
        GateCase(id: "cancel recall missed", corpus: "A", gate: Gate(.recall(.cancel), threshold: 0.5), value: 1.0 / 3.0, passes: false),
        GateCase(id: "cancel precision met", corpus: "A", gate: Gate(.precision(.cancel), threshold: 0.9), value: 1, passes: true),
        GateCase(id: "help precision is measured (0 of 1)", corpus: "A", gate: Gate(.precision(.help), threshold: 0.1), value: 0, passes: false),
        // Nothing to measure ⇒ fail, even with a threshold of 0.
        GateCase(id: "urgent recall on a corpus without urgent", corpus: "A", gate: Gate(.recall(.urgent), threshold: 0), value: nil, passes: false),
        GateCase(id: "opt-out headline without opt-out", corpus: "A", gate: Gate(.headline(.optOutRecall), threshold: 0), value: nil, passes: false),
        GateCase(id: "recall of an intent never gold", corpus: "A", gate: Gate(.recall(.help), threshold: 0), value: nil, passes: false),
        GateCase(id: "precision of an intent never predicted", corpus: "A", gate: Gate(.precision(.optOut), threshold: 0), value: nil, passes: false),
        GateCase(id: "false-alarm ceiling on an empty corpus", corpus: "empty", gate: Gate(.headline(.urgentFalseAlarmRate), threshold: 1, isMaximum: true), value: nil, passes: false),
    ]

    @Test(arguments: cases)
    func gateOutcome(_ c: GateCase) {
        // Given a report of the corpus, When the gate is checked, Then it passes or fails as worked out.
        var report = makeReport(c.corpus == "empty" ? [] : Self.corpus(c.corpus))
        let allPassed = report.check([c.gate])
        #expect(allPassed == c.passes)
        #expect(report.gates.count == 1)
        #expect(report.gates.first?.passed == c.passes)
        if let v = c.value { #expect(close(report.gates.first?.value, v)) } else { #expect(report.gates.first?.value == nil) }
    }

    @Test func oneFailingGateFailsTheRun() {
        var report = makeReport(Fixtures.a)
        let ok = report.check([Gate(.headline(.accuracy), threshold: 0.5), Gate(.headline(.languageAccuracy), threshold: 0.9)])
        // language accuracy of A is 6/7 ≈ 0.857 < 0.9.
        #expect(!ok)
        #expect(report.gates.map(\.passed) == [true, false])
    }
}

// MARK: - Comparison with a baseline

@Suite("Comparison with a baseline")
struct ComparisonTests {
    @Test func countsFixedBrokenChangedNewAndMissing() throws {
        // Given corpus A now, and a baseline that predicted
        //   a1 confirm (same), a2 confirm (right then, late now: broken), a3 cancel (same),
        //   a4 late (wrong then, confirm now, gold cancel: changed), a5 cancel (wrong then, late now right: fixed),
        //   a7 other (wrong then, help now, gold cancel: changed); a6 and a8 not scored then;
        //   and three ids that are gone.
        let baseline = Baseline(figures: [.accuracy: 0.5, .urgentRecall: 0.9], predictions: [
            "a1": .confirm, "a2": .confirm, "a3": .cancel, "a4": .late, "a5": .cancel, "a7": .other,
            "gone-1": .confirm, "gone-2": .cancel, "gone-3": .urgent,
        ])
        var report = makeReport(Fixtures.a)
        // When compared,
        report.compare(with: baseline)
        let c = try #require(report.comparison)
        // Then: matched a1 a2 a3 a4 a5 a7 = 6 ⇒ new 8 − 6 = 2, missing 9 − 6 = 3.
        #expect(c.newReplies == 2)
        #expect(c.missingReplies == 3)
        #expect(c.changes.map(\.id) == ["a2", "a4", "a5", "a7"])
        #expect(c.changes.map(\.kind) == ["broken", "changed", "fixed", "changed"])
        #expect(c.changes.filter { $0.kind == "fixed" }.count == 1)
        #expect(c.changes.filter { $0.kind == "broken" }.count == 1)
        #expect(c.changes.filter { $0.kind == "changed" }.count == 2)
        let a2 = try #require(c.changes.first)
        #expect(a2.gold == .confirm && a2.before == .confirm && a2.after == .late)
        // Deltas only for figures both runs have: urgent recall has nothing to measure now.
        #expect(Set(c.deltas.keys) == [.accuracy])
        #expect(c.deltas[.accuracy]?.before == 0.5)
        #expect(close(c.deltas[.accuracy]?.after, 5.0 / 8.0))
    }

    @Test func comparingARunWithItselfChangesNothing() throws {
        var report = makeReport(Fixtures.b)
        let same = Baseline(figures: [.accuracy: report.overall.accuracy!],
                            predictions: Dictionary(uniqueKeysWithValues: report.replies.map { ($0.gold.id, $0.prediction.intent) }))
        report.compare(with: same)
        let c = try #require(report.comparison)
        #expect(c.changes.isEmpty && c.newReplies == 0 && c.missingReplies == 0)
        #expect(c.deltas[.accuracy].map { $0.after - $0.before } == 0)
    }
}
