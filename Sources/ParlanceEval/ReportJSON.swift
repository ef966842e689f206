import Foundation
import ParlanceReplies
import ParlanceText

typealias JSON = OrderedJSON

extension SliceScores {
    func json(includePerIntent: Bool) -> [(String, JSON)] {
        var out: [(String, JSON)] = [
            ("examples", .int(examples)),
            ("accuracy", .num(accuracy)),
            ("macro_f1", .num(macroF1)),
        ]
        if includePerIntent {
            out.append(("per_intent", .object(Intent.allCases.compactMap { i in
                perIntent[i].map { s in
                    (i.label, .object([("precision", .number(s.precision)), ("recall", .number(s.recall)), ("f1", .number(s.f1)),
                                       ("support", .int(s.support)), ("predicted", .int(s.predicted))]))
                }
            })))
        }
        out += [
            ("language_accuracy", .num(languageAccuracy)),
            ("language_examples", .int(languageExamples)),
            ("urgent_recall", .num(urgentRecall)),
            ("urgent_examples", .int(urgentExamples)),
            ("urgent_false_alarm_rate", .num(urgentFalseAlarmRate)),
            ("opt_out_recall", .num(optOutRecall)),
            ("opt_out_examples", .int(optOutExamples)),
            ("needs_human_rate", .num(needsHumanRate)),
        ]
        return out
    }

    /// Gold label to predicted label to count, over the gold labels that occur.
    var confusionJSON: JSON {
        .object(Intent.allCases.enumerated().compactMap { g, gold in
            let row = confusion[g]
            guard row.contains(where: { $0 > 0 }) else { return nil }
            return (gold.label, .object(Intent.allCases.enumerated().map { p, pred in (pred.label, .int(row[p])) }))
        })
    }
}

extension EvaluationReport {
    /// The report as JSON (shared/spec/cli.md `parlance eval --format json`), with every
    /// prediction so a later run can use it as `--baseline`.
    public func json(pretty: Bool = true) -> String {
        var top: [(String, JSON)] = [("schema", .string("parlance-eval@1")), ("files", .array(files.map { .string($0) }))]
        top += overall.json(includePerIntent: true)
        top.append(("per_language", .object(perLanguage.keys.sorted().map { tag in
            (tag, .object(perLanguage[tag]!.json(includePerIntent: false)))
        })))
        top.append(("confusion", overall.confusionJSON))
        top.append(("intervals", .object(Headline.allCases.compactMap { h in
            intervals[h].map { (h.rawValue, .object([("low", .number($0.low)), ("high", .number($0.high))])) }
        })))
        top.append(("bootstrap", .object([("resamples", .int(options.resamples)), ("seed", .int(Int(truncatingIfNeeded: options.seed))),
                                          ("confidence", .number(options.confidence))])))
        top.append(("performance", .object([
            ("threads", .int(performance.threads)), ("wall_seconds", .number(performance.wallSeconds)),
            ("replies_per_second", .number(performance.repliesPerSecond.rounded())),
            ("latency_us", .object([("p50", .number(performance.p50)), ("p90", .number(performance.p90)),
                                    ("p99", .number(performance.p99)), ("max", .number(performance.max))])),
        ])))
        if !gates.isEmpty {
            top.append(("gates", .array(gates.map { g in
                .object([("gate", .string(g.gate.description)), ("value", .num(g.value)), ("passed", .bool(g.passed))])
            })))
            top.append(("passed", .bool(gates.allSatisfy(\.passed))))
        }
        if let c = comparison {
            top.append(("baseline", .object([
                ("deltas", .object(Headline.allCases.compactMap { h in
                    c.deltas[h].map { (h.rawValue, .object([("before", .number($0.before)), ("after", .number($0.after)),
                                                             ("delta", .number($0.after - $0.before))])) }
                })),
                ("fixed", .int(c.changes.filter { $0.kind == "fixed" }.count)),
                ("broken", .int(c.changes.filter { $0.kind == "broken" }.count)),
                ("changes", .array(c.changes.map { ch in
                    .object([("id", .string(ch.id)), ("gold", .string(ch.gold.label)), ("before", .string(ch.before.label)),
                             ("after", .string(ch.after.label)), ("kind", .string(ch.kind))])
                })),
                ("new_replies", .int(c.newReplies)), ("missing_replies", .int(c.missingReplies)),
            ])))
        }
        // Every prediction, one compact object a line (100,000 of them are written quickly and
        // stay readable with grep).
        var out = JSON.object(top + [("predictions", .array([]))]).serialized(pretty: pretty)
        guard !replies.isEmpty, out.hasSuffix("[]" + (pretty ? "\n}" : "}")) else { return out }
        out.removeLast(pretty ? 4 : 3)
        out += "["
        // Written directly: the same as the JSON value, without building one per reply; in
        // chunks on every core, joined in order.
        let all = replies
        let count = max(1, min(all.count / 2_000, DispatchApply.cores * 4))
        let chunks = ResultSlots<String>(count: count, initial: "")
        DispatchQueue.concurrentPerform(iterations: count) { c in
            var s = ""
            let range = (all.count * c / count)..<(all.count * (c + 1) / count)
            s.reserveCapacity(range.count * 260)
            for n in range {
                let r = all[n]
                if n > 0 { s += "," }
                if pretty { s += "\n    " }
                s += "{\"id\":"; JSON.escape(r.gold.id, into: &s)
                s += ",\"file\":"; JSON.escape(r.gold.file, into: &s)
                s += ",\"line\":"; s += String(r.gold.line)
                s += ",\"lang\":"; JSON.escape(r.gold.lang, into: &s)
                s += ",\"gold\":\""; s += r.gold.intent.label
                s += "\",\"also\":["
                for (k, i) in r.gold.also.enumerated() { s += k > 0 ? ",\"" : "\""; s += i.label; s += "\"" }
                s += "],\"intent\":\""; s += r.prediction.intent.label
                s += "\",\"intents\":["
                for (k, i) in r.prediction.intents.enumerated() { s += k > 0 ? ",\"" : "\""; s += i.label; s += "\"" }
                s += "],\"language\":"; JSON.escape(r.prediction.language, into: &s)
                s += ",\"confidence\":"; JSON.number(r.prediction.confidence).write(into: &s, indent: nil)
                s += r.prediction.needsHuman ? ",\"needs_human\":true" : ",\"needs_human\":false"
                s += r.correct ? ",\"correct\":true}" : ",\"correct\":false}"
            }
            chunks[c] = s
        }
        for c in 0..<count { out += chunks[c] }
        out += pretty ? "\n  ]\n}" : "]}"
        return out
    }
}

/// Why a baseline file could not be used.
public struct BaselineError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String
    public var description: String { "\(file): \(message)" }
}

extension Baseline {
    /// Reads a JSON report written by `parlance eval --format json`.
    public init(contentsOf file: String) throws(BaselineError) {
        guard let data = FileManager.default.contents(atPath: file) else { throw BaselineError(file: file, message: "cannot read the file") }
        guard let object = try? JSONSerialization.jsonObject(with: data), let top = object as? [String: Any] else {
            throw BaselineError(file: file, message: "not a JSON report of parlance eval")
        }
        guard let predictions = top["predictions"] as? [[String: Any]] else {
            throw BaselineError(file: file, message: "the report has no \"predictions\"; write it with parlance eval --format json")
        }
        var figures: [Headline: Double] = [:]
        for h in Headline.allCases { if let v = top[h.rawValue] as? Double { figures[h] = v } }
        var byID: [String: Intent] = [:]
        for (n, p) in predictions.enumerated() {
            guard let id = p["id"] as? String, let label = p["intent"] as? String, let intent = Intent(label: label) else {
                throw BaselineError(file: file, message: "prediction \(n + 1) lacks an id or a known intent")
            }
            byID[id] = intent
        }
        self.init(figures: figures, predictions: byID)
    }
}
