import Foundation
import Testing
@testable import ParlanceReplies

/// A labelled reply from Corpus/dev.
struct CorpusLine: Sendable {
    var id: String
    var file: String
    var line: Int
    var text: String
    var lang: String
    var intent: Intent
    var also: [Intent]
    var context: ReplyContext
}

enum Corpus {
    static let lines: [CorpusLine] = {
        let dir = packageRoot.appendingPathComponent("Corpus/dev")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        var result: [CorpusLine] = []
        for name in names {
            let text = (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)) ?? ""
            for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !raw.isEmpty {
                guard let obj = try? JSONSerialization.jsonObject(with: Data(raw.utf8)) as? [String: Any],
                      let id = obj["id"] as? String, let t = obj["text"] as? String, let lang = obj["lang"] as? String,
                      let intent = (obj["intent"] as? String).flatMap(Intent.init(label:)) else {
                    result.append(CorpusLine(id: "", file: name, line: i + 1, text: "", lang: "", intent: .other, also: [], context: ReplyContext()))
                    continue
                }
                var ctx = ReplyContext()
                if let o = obj["options"] as? [String: String] { for (k, v) in o { ctx.options[k] = Intent(label: v) } }
                ctx.prompt = obj["prompt"] as? String
                let also = (obj["also"] as? [String] ?? []).compactMap(Intent.init(label:))
                result.append(CorpusLine(id: id, file: name, line: i + 1, text: t, lang: lang, intent: intent, also: also, context: ctx))
            }
        }
        return result
    }()
}

@Suite("Development corpus")
struct CorpusTests {
    @Test func everyLineIsWellFormedAndIdsAreUnique() {
        #expect(Corpus.lines.count >= 12 * 80)
        for l in Corpus.lines { #expect(!l.id.isEmpty, "\(l.file):\(l.line) is not a valid corpus line") }
        let ids = Corpus.lines.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func everyTier1LanguageCoversEveryIntent() {
        let files = Set(Corpus.lines.map(\.file))
        #expect(files.count >= 12)
        for file in files {
            let intents = Set(Corpus.lines.filter { $0.file == file }.map(\.intent))
            #expect(intents == Set(Intent.allCases), "\(file) lacks \(Set(Intent.allCases).subtracting(intents))")
        }
    }

    /// Regression gates on the development corpus. The bar of the project is measured on
    /// held-out replies; these floors only stop changes that make things worse.
    @Test func accuracyFloors() {
        let results = Corpus.lines.map { bundled.classify($0.text, context: $0.context) }
        var right = 0, urgent = 0, urgentHit = 0, nonUrgent = 0, falseAlarm = 0, optOut = 0, optOutHit = 0, langN = 0, langOK = 0
        for (l, r) in zip(Corpus.lines, results) {
            if r.intent == l.intent { right += 1 }
            if l.intent == .urgent || l.also.contains(.urgent) {
                urgent += 1
                if r.intents.contains(.urgent) { urgentHit += 1 }
            } else {
                nonUrgent += 1
                if r.intents.contains(.urgent) { falseAlarm += 1 }
            }
            if l.intent == .optOut { optOut += 1; if r.intent == .optOut { optOutHit += 1 } }
            if l.lang != "und" { langN += 1; if r.language == l.lang { langOK += 1 } }
        }
        let accuracy = Double(right) / Double(Corpus.lines.count)
        #expect(accuracy >= Gates.accuracy, "accuracy \(accuracy)")
        #expect(Double(urgentHit) / Double(urgent) >= Gates.urgentRecall, "urgent recall \(urgentHit)/\(urgent)")
        #expect(Double(falseAlarm) / Double(nonUrgent) <= Gates.urgentFalseAlarms, "urgent false alarms \(falseAlarm)/\(nonUrgent)")
        #expect(Double(optOutHit) / Double(optOut) >= Gates.optOutRecall, "opt-out recall \(optOutHit)/\(optOut)")
        #expect(Double(langOK) / Double(langN) >= Gates.languageAccuracy, "language accuracy \(langOK)/\(langN)")
    }

    /// Many tasks classifying at once give the same answers as one.
    @Test func concurrentClassificationMatchesSequential() async {
        let lines = Array(Corpus.lines.prefix(400))
        let sequential = lines.map { bundled.classify($0.text, context: $0.context) }
        let concurrent = await withTaskGroup(of: (Int, ReplyClassification).self) { group in
            for (i, l) in lines.enumerated() {
                group.addTask { (i, bundled.classify(l.text, context: l.context)) }
            }
            var out = [ReplyClassification?](repeating: nil, count: lines.count)
            for await (i, r) in group { out[i] = r }
            return out
        }
        for i in lines.indices { #expect(concurrent[i] == sequential[i], "\(lines[i].id)") }
    }
}

/// Floors for the development corpus, set a little under what the classifier reaches today
/// (2026-11-23: accuracy 0.888, urgent recall 0.932, urgent false alarms 0.004, opt-out recall
/// 1.000, language accuracy 0.940). They stop regressions; they are not the project's bar
/// (issue 2 asks for urgent and opt-out recall of 0.99 on held-out replies). Raise them as
/// the classifier improves.
enum Gates {
    static let accuracy = 0.87
    static let urgentRecall = 0.91
    static let urgentFalseAlarms = 0.015
    static let optOutRecall = 0.97
    static let languageAccuracy = 0.92
}
