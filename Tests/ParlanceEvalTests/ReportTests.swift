import Foundation
import Testing
@testable import ParlanceEval
import ParlanceReplies

/// Parses a JSON report into a dictionary.
func parseReport(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any])
}

/// A number from parsed JSON (an integer such as `1` counts too).
func number(_ any: Any?) -> Double? {
    if let d = any as? Double { return d }
    if let i = any as? Int { return Double(i) }
    return nil
}

/// JSON rounds figures to 6 decimals.
let jsonTolerance = 1e-6 + 1e-12

@Suite("JSON report")
struct JSONReportTests {
    /// Corpus A (MetricsTests.swift) plus corpus B, ids kept apart; figures worked out by hand below.
    static let rows = Fixtures.a + Fixtures.b

    @Test func headlineFieldsOfCLIContract() throws {
        // Given corpora A and B together (18 replies),
        let report = makeReport(Self.rows, resamples: 200)
        // When written as JSON and parsed back,
        let top = try parseReport(report.json())
        // Then the cli.md fields are there with the hand-computed values:
        // examples 8 + 10 = 18.
        #expect(top["examples"] as? Int == 18)
        // accuracy: A right 5 (a1 a3 a5 a6 a8); B right: b1 b2 b3 b5 b6 b7 b8 b10 = 8 (b4 symptom≠urgent, b9 urgent≠other) ⇒ 13/18.
        #expect(close(number(top["accuracy"]), 13.0 / 18.0, tolerance: jsonTolerance))
        // language_accuracy: not und = 18 − 1 (a7) = 17; wrong a5 only ⇒ 16/17.
        #expect(close(number(top["language_accuracy"]), 16.0 / 17.0, tolerance: jsonTolerance))
        // urgent_recall: only B has urgent gold ⇒ 2/4.
        #expect(close(number(top["urgent_recall"]), 2.0 / 4.0, tolerance: jsonTolerance))
        // urgent_false_alarm_rate: without gold urgent = 8 (A) + 6 (B) = 14; alarms b5 b9 ⇒ 2/14.
        #expect(close(number(top["urgent_false_alarm_rate"]), 2.0 / 14.0, tolerance: jsonTolerance))
        // opt_out_recall: 2/3 as in B.
        #expect(close(number(top["opt_out_recall"]), 2.0 / 3.0, tolerance: jsonTolerance))
        // Intervals and the bootstrap settings travel along.
        let intervals = try #require(top["intervals"] as? [String: [String: Any]])
        #expect(intervals["accuracy"]?["low"] != nil && intervals["accuracy"]?["high"] != nil)
        #expect((top["bootstrap"] as? [String: Any])?["resamples"] as? Int == 200)
    }

    @Test func macroF1AndPerIntent() throws {
        let top = try parseReport(makeReport(Self.rows).json())
        let per = try #require(top["per_intent"] as? [String: [String: Any]])
        // Combined confusion (gold → predicted):
        //   confirm: a1 a6 b5 b6 b10 → confirm (5), a2 → late (1)        support 6
        //   cancel:  a3 b8 → cancel (2), a4 → confirm (1), a7 → help (1) support 4
        //   late:    a5 a8 b3 → late (3)                                  support 3
        //   urgent:  b1 → urgent (1), b4 → symptom (1)                    support 2
        //   symptom: b2 → symptom (1)                                     support 1
        //   opt_out: b7 → opt_out (1)                                     support 1
        //   other:   b9 → urgent (1)                                      support 1
        // Predicted totals: confirm 6, late 4, cancel 2, help 1, urgent 2, symptom 2, opt_out 1.
        struct Row { var label: String; var p: Double; var r: Double; var f1: Double; var support: Int }
        let expected: [Row] = [
            Row(label: "confirm", p: 5.0 / 6.0, r: 5.0 / 6.0, f1: 5.0 / 6.0, support: 6),   // F1 = P = R
            Row(label: "cancel", p: 2.0 / 2.0, r: 2.0 / 4.0, f1: 2.0 / 3.0, support: 4),    // 2·1·½/(3/2) = 2/3
            Row(label: "late", p: 3.0 / 4.0, r: 3.0 / 3.0, f1: 6.0 / 7.0, support: 3),      // 2·¾·1/(7/4) = 6/7
            Row(label: "urgent", p: 1.0 / 2.0, r: 1.0 / 2.0, f1: 1.0 / 2.0, support: 2),
            Row(label: "symptom", p: 1.0 / 2.0, r: 1.0 / 1.0, f1: 2.0 / 3.0, support: 1),   // 2·½·1/(3/2) = 2/3
            Row(label: "opt_out", p: 1.0, r: 1.0, f1: 1.0, support: 1),
            Row(label: "other", p: 0, r: 0, f1: 0, support: 1),                              // never predicted
            Row(label: "help", p: 0, r: 0, f1: 0, support: 0),                               // never gold
        ]
        #expect(Set(per.keys) == Set(expected.map(\.label)))
        for row in expected {
            let s = try #require(per[row.label], "no per_intent entry for \(row.label)")
            #expect(close(number(s["precision"]), row.p, tolerance: jsonTolerance), "\(row.label) precision")
            #expect(close(number(s["recall"]), row.r, tolerance: jsonTolerance), "\(row.label) recall")
            #expect(close(number(s["f1"]), row.f1, tolerance: jsonTolerance), "\(row.label) f1")
            #expect(s["support"] as? Int == row.support, "\(row.label) support")
        }
        // macro_f1 over the 7 gold-present intents (not help):
        // (5/6 + 2/3 + 6/7 + 1/2 + 2/3 + 1 + 0) / 7 = (35 + 28 + 36 + 21 + 28 + 42 + 0)/42 / 7 = 190/294 = 95/147.
        #expect(close(number(top["macro_f1"]), 95.0 / 147.0, tolerance: jsonTolerance))
    }

    @Test func perLanguageAndConfusion() throws {
        let top = try parseReport(makeReport(Self.rows).json())
        let langs = try #require(top["per_language"] as? [String: [String: Any]])
        #expect(Set(langs.keys) == ["en", "es", "fr", "und"])
        // en = a1 a2 a3 + b1..b10 = 13 replies; right: a1 a3 + 8 of B = 10 ⇒ 10/13.
        let en = try #require(langs["en"])
        #expect(en["examples"] as? Int == 13)
        #expect(close(number(en["accuracy"]), 10.0 / 13.0, tolerance: jsonTolerance))
        #expect(en["macro_f1"] != nil)
        // es as in corpus A: 3 replies, 2/3 right, macro 5/9.
        let es = try #require(langs["es"])
        #expect(es["examples"] as? Int == 3)
        #expect(close(number(es["accuracy"]), 2.0 / 3.0, tolerance: jsonTolerance))
        #expect(close(number(es["macro_f1"]), 5.0 / 9.0, tolerance: jsonTolerance))
        // und: language accuracy has nothing to measure ⇒ null.
        #expect(langs["und"]?["language_accuracy"] is NSNull)

        let confusion = try #require(top["confusion"] as? [String: [String: Int]])
        // Rows only for gold labels that occur; every predicted label as a column.
        #expect(Set(confusion.keys) == ["confirm", "cancel", "late", "urgent", "symptom", "opt_out", "other"])
        #expect(confusion["confirm"]?["confirm"] == 5)
        #expect(confusion["confirm"]?["late"] == 1)
        #expect(confusion["cancel"]?["help"] == 1)
        #expect(confusion["cancel"]?["confirm"] == 1)
        #expect(confusion["other"]?["urgent"] == 1)
        #expect(confusion["urgent"]?["symptom"] == 1)
        #expect(confusion["late"]?["late"] == 3)
        #expect(confusion["late"]?.count == Intent.allCases.count)
        #expect(confusion.values.flatMap(\.values).reduce(0, +) == 18)
    }

    @Test func predictionsListEveryReply() throws {
        let top = try parseReport(makeReport(Self.rows).json())
        let predictions = try #require(top["predictions"] as? [[String: Any]])
        #expect(predictions.count == 18)
        let b2 = try #require(predictions.first { $0["id"] as? String == "b2" })
        #expect(b2["gold"] as? String == "symptom")
        #expect(b2["also"] as? [String] == ["urgent"])
        #expect(b2["intent"] as? String == "symptom")
        #expect(b2["intents"] as? [String] == ["symptom", "urgent"])
        #expect(b2["language"] as? String == "en")
        #expect(b2["correct"] as? Bool == true)
    }

    @Test func nothingToMeasureIsNull() throws {
        // Corpus A has no urgent or opt-out gold.
        let top = try parseReport(makeReport(Fixtures.a).json())
        #expect(top["urgent_recall"] is NSNull)
        #expect(top["opt_out_recall"] is NSNull)
        #expect(top["urgent_examples"] as? Int == 0)
        #expect(close(number(top["urgent_false_alarm_rate"]), 0))
    }

    @Test func aRealClassifierOnUnambiguousReplies() throws {
        // Given three replies nobody could misread,
        let corpus = [
            LabelledReply(id: "r1", text: "STOP", lang: "und", intent: .optOut),
            LabelledReply(id: "r2", text: "yes I'll be there", lang: "en", intent: .confirm),
            LabelledReply(id: "r3", text: "chest pain can't breathe", lang: "en", intent: .urgent),
        ]
        // When the bundled classifier is evaluated on them,
        let report = Evaluator.evaluate(corpus, with: try ReplyClassifier(), files: ["mini.jsonl"],
                                        options: EvaluationOptions(resamples: 50, seed: 1))
        let top = try parseReport(report.json())
        // Then every figure is perfect: 3/3 right, each gold intent F1 1, English detected, urgent found.
        #expect(top["examples"] as? Int == 3)
        #expect(number(top["accuracy"]) == 1)
        #expect(number(top["macro_f1"]) == 1)
        #expect(number(top["language_accuracy"]) == 1)          // over r2 and r3 (r1 is und)
        #expect(top["language_examples"] as? Int == 2)
        #expect(number(top["urgent_recall"]) == 1)
        #expect(number(top["opt_out_recall"]) == 1)
        #expect(number(top["urgent_false_alarm_rate"]) == 0)
        let per = try #require(top["per_intent"] as? [String: [String: Any]])
        #expect(Set(per.keys) == ["opt_out", "confirm", "urgent"])
        #expect(per["urgent"]?["support"] as? Int == 1)
        #expect(top["files"] as? [String] == ["mini.jsonl"])
        #expect((top["predictions"] as? [[String: Any]])?.map { $0["intent"] as? String } == ["opt_out", "confirm", "urgent"])
    }
}

@Suite("HTML and Markdown reports")
struct RenderedReportTests {
    static let hostile = "</script><b>x</b>"

    static func hostileReport() -> EvaluationReport {
        // A wrong answer, so the reply is among the mistakes the page shows.
        makeReport([
            (gold("h1", "en", .confirm, text: hostile), predicted(.cancel, lang: "en")),
            (gold("h2", "en", .cancel, text: "<!-- & \u{2028} \"quoted\""), predicted(.confirm, lang: "en")),
            (gold("h3", "en", .confirm), predicted(.confirm, lang: "en")),
        ], files: ["<evil>.jsonl"], resamples: 20)
    }

    @Test func htmlKeepsReplyTextOutOfTheMarkup() throws {
        let html = Self.hostileReport().html(title: "<i>t</i>")
        // The data block ends at the first </script> after it starts: it must hold all the data.
        let open = #"<script id="data" type="application/json">"#
        let start = try #require(html.range(of: open)).upperBound
        let end = try #require(html.range(of: "</script>", range: start..<html.endIndex)).lowerBound
        let data = String(html[start..<end])
        #expect(!data.lowercased().contains("</script"))
        #expect(!data.contains("<"))
        #expect(!html.contains("<b>x</b>"))
        #expect(!html.contains("<!-- &"))
        // and it parses back to the reply text exactly.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let mistakes = try #require(object["mistakes"] as? [[String: Any]])
        #expect(mistakes.compactMap { $0["text"] as? String } == [Self.hostile, "<!-- & \u{2028} \"quoted\""])
        #expect(object["files"] as? [String] == ["<evil>.jsonl"])
        // Exactly two script elements close: the data and the code.
        #expect(html.components(separatedBy: "</script>").count - 1 == 2)
        // The title is escaped where it is markup.
        #expect(html.contains("<title>&lt;i&gt;t&lt;/i&gt;</title>"))
        #expect(!html.contains("<i>t</i>"))
        #expect(!html.contains("/*DATA*/"))
    }

    @Test func markdownHasTheTables() {
        let md = makeReport(Fixtures.a).markdown()
        #expect(md.contains("## Parlance evaluation"))
        #expect(md.contains("| figure | value | 95% CI | over |"))
        #expect(md.contains("| accuracy | 0.625 | – | 8 |"))
        #expect(md.contains("### Per intent"))
        #expect(md.contains("| intent | precision | recall | f1 | support | predicted |"))
        #expect(md.contains("|---|---:|---:|---:|---:|---:|"))
        // confirm: P = R = F1 = 2/3, support 3, predicted 3; cancel: P 1, R 1/3, F1 1/2.
        #expect(md.contains("| confirm | 0.667 | 0.667 | 0.667 | 3 | 3 |"))
        #expect(md.contains("| cancel | 1.000 | 0.333 | 0.500 | 3 | 1 |"))
        #expect(md.contains("### Per language"))
        #expect(md.contains("| lang | examples | accuracy | macro_f1 | lang_acc | urgent_recall | false_alarms | opt_out_recall |"))
        // es: 3 replies, 2/3 right, macro 5/9, language 2/3, no urgent, 0 false alarms, no opt-out.
        #expect(md.contains("| es | 3 | 0.667 | 0.556 | 0.667 | – | 0.000 | – |"))
        #expect(md.contains("### Confusion (rows gold, columns predicted)"))
        #expect(md.contains("| gold \\ predicted | cancel | late | confirm | help |"))
        #expect(md.contains("| cancel | 1 | · | 1 | 1 |"))
        #expect(md.contains("<details><summary>Mistakes (3; first 3)</summary>"))
    }

    @Test func markdownTablesSurviveAPipeAndNewlineInAReply() {
        let md = makeReport([(gold("p1", "en", .confirm, text: "a|b\nc"), predicted(.cancel, lang: "en"))]).markdown()
        #expect(md.contains("| p1 | en | confirm | cancel | `a\\|bc` |"))
    }

    @Test func textReportNamesTheFigures() {
        let text = makeReport(Fixtures.b).text()
        #expect(text.contains("Parlance evaluation: 10 replies from 1 file"))
        #expect(text.contains("urgent_recall"))
        #expect(text.contains("Confusion (rows gold, columns predicted)"))
    }
}

@Suite("Baselines")
struct BaselineTests {
    struct CorpusCase: Sendable, CustomTestStringConvertible {
        var id: String
        var rows: [(LabelledReply, Prediction)]
        var testDescription: String { id }
    }

    @Test(arguments: [
        CorpusCase(id: "A", rows: Fixtures.a),
        CorpusCase(id: "B", rows: Fixtures.b),
        CorpusCase(id: "C, every intent right (accuracy written as 1)", rows: Fixtures.c),
    ])
    func jsonReportRoundTripsAsABaseline(_ c: CorpusCase) throws {
        // Given a report written as JSON to a file,
        let name = c.id
        let report = makeReport(c.rows)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parlance-baseline-\(UUID().uuidString).json")
        try Data(report.json().utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        // When read back as a baseline,
        let baseline = try Baseline(contentsOf: file.path)
        // Then it has each measurable figure (to 6 decimals, including whole numbers written as 1 or 0) and no others,
        for h in Headline.allCases {
            if let v = report.value(h) {
                #expect(close(baseline.figures[h], v, tolerance: jsonTolerance), "\(name): \(h)")
            } else {
                #expect(baseline.figures[h] == nil, "\(name): \(h)")
            }
        }
        // and every prediction by id.
        #expect(baseline.predictions == Dictionary(uniqueKeysWithValues: report.replies.map { ($0.gold.id, $0.prediction.intent) }))
        // Comparing the run with its own baseline finds nothing.
        var again = report
        again.compare(with: baseline)
        #expect(again.comparison?.changes.isEmpty == true)
        #expect(again.comparison?.newReplies == 0 && again.comparison?.missingReplies == 0)
    }

    @Test func theComparisonIsWrittenIntoTheJSONReport() throws {
        var report = makeReport(Fixtures.a)
        report.compare(with: Baseline(figures: [.accuracy: 0.5], predictions: ["a2": .confirm, "a5": .cancel, "x": .other]))
        let top = try parseReport(report.json())
        let b = try #require(top["baseline"] as? [String: Any])
        #expect(b["fixed"] as? Int == 1)    // a5
        #expect(b["broken"] as? Int == 1)   // a2
        #expect(b["new_replies"] as? Int == 6)
        #expect(b["missing_replies"] as? Int == 1)
        let delta = try #require((b["deltas"] as? [String: [String: Any]])?["accuracy"])
        #expect(close(number(delta["delta"]), 0.125, tolerance: jsonTolerance))  // 5/8 − 1/2
    }

    @Test func aFileWithoutPredictionsIsNotABaseline() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parlance-baseline-\(UUID().uuidString).json")
        try Data(#"{"accuracy": 0.9}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: BaselineError.self) { try Baseline(contentsOf: file.path) }
        #expect(throws: BaselineError.self) { try Baseline(contentsOf: file.path + ".missing") }
    }
}
