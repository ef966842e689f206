import ArgumentParser
import Foundation
import ParlanceReplies

extension Parlance {
    struct Classify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Classify patients' replies: intent, language, entities and evidence.",
            discussion: """
            With TEXT, classifies one reply and prints a readable result (or JSON with --json).
            With --jsonl, reads JSON Lines on standard input (each line needs "text"; it may carry
            "id", "lang_hint", "options" and "prompt") and writes one JSON object per line, in order.
            A line that is not valid JSON or UTF-8 gets {"id":null,"line":N,"error":"…"} and the run
            goes on; the exit status is then 1.
            """
        )

        @Argument(help: "The reply to classify.")
        var text: String?

        @Flag(help: "Print one JSON object instead of the readable result.")
        var json = false

        @Flag(help: "Read JSON Lines on standard input and write one JSON result per line.")
        var jsonl = false

        @Option(name: .customLong("lang"), help: "The patient's preferred language (BCP 47), a prior; repeatable.")
        var languages: [String] = []

        @Option(name: .customLong("option"), help: "A reply key the message offered, as KEY=INTENT (1=reschedule); repeatable.")
        var options: [String] = []

        @Option(help: "The outbound message the patient answers, as text or as a template id (appointment_reminder).")
        var prompt: String?

        @Option(help: "The templates folder for prompts given as template ids (default: ./Templates).")
        var templates: String = "Templates"

        @Option(help: "A directory of extra TAG.lex files to add to the bundled lexicons.")
        var lexicons: String?

        @Flag(help: "Load only the --lexicons directory, not the bundled lexicons (to try edited lexicon files).")
        var onlyLexicons = false

        func validate() throws {
            if onlyLexicons && lexicons == nil { throw ValidationError("--only-lexicons needs --lexicons DIR.") }
            if jsonl && text != nil { throw ValidationError("Give TEXT or --jsonl, not both.") }
            if !jsonl && text == nil { throw ValidationError("Give the reply to classify, or --jsonl to read JSON Lines on standard input.") }
            for o in options {
                let parts = o.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, Intent(label: String(parts[1])) != nil else {
                    throw ValidationError("--option \(o): expected KEY=INTENT with INTENT one of \(Intent.allCases.map(\.label).joined(separator: ", "))")
                }
            }
        }

        func run() throws {
            let classifier: ReplyClassifier
            do {
                if onlyLexicons, let lexicons {
                    classifier = try ReplyClassifier(lexiconDirectory: URL(fileURLWithPath: lexicons))
                } else {
                    classifier = try ReplyClassifier(additionalLexicons: lexicons.map { URL(fileURLWithPath: $0) })
                }
            } catch {
                FileHandle.standardError.write(Data("parlance: \(error)\n".utf8))
                throw ExitCode(2)
            }
            if jsonl {
                let failures = JSONLines.run(classifier: classifier, prompts: TemplatePrompts(directory: templates),
                                             input: FileHandle.standardInput, output: FileHandle.standardOutput)
                if failures > 0 { throw ExitCode(1) }
                return
            }
            var optionMap: [String: Intent] = [:]
            for o in options {
                let parts = o.split(separator: "=", maxSplits: 1)
                optionMap[String(parts[0])] = Intent(label: String(parts[1]))
            }
            var context = ReplyContext(options: optionMap, prompt: prompt, preferredLanguages: languages)
            if prompt != nil { context = TemplatePrompts(directory: templates).resolve(context) }
            let result = classifier.classify(text ?? "", context: context)
            if json {
                print(ClassificationJSON(id: nil, result: result).ordered.serialized(pretty: false))
            } else {
                print(Readable.render(result))
            }
        }
    }
}

/// The readable view of a classification, for a person at a terminal.
enum Readable {
    static func render(_ r: ReplyClassification) -> String {
        var lines: [String] = []
        let also = r.intents.dropFirst().map(\.label)
        lines.append("intent      \(r.intent.label)" + (also.isEmpty ? "" : " (also: \(also.joined(separator: ", ")))"))
        lines.append("confidence  \(String(format: "%.2f", r.confidence))" + (r.needsHuman ? "  · a person should read this" : ""))
        let hints = r.languageHints.map { "\($0.lang) \(String(format: "%.2f", $0.score))" }.joined(separator: ", ")
        lines.append("language    \(r.language)" + (hints.isEmpty ? "" : "  (\(hints))"))
        if let m = r.entities.minutesLate { lines.append("late by     \(m) min") }
        if let t = r.entities.requestedTime {
            var parts: [String] = []
            if let w = t.weekday { parts.append("weekday \(w)") }
            if let d = t.daysFromNow { parts.append("in \(d) day(s)") }
            if let d = t.dayOfMonth { parts.append("day \(d) of the month") }
            if let p = t.partOfDay { parts.append(p) }
            if let q = t.qualifier { parts.append(q) }
            if let c = t.time { parts.append(c) }
            lines.append("asks for    “\(t.text)”" + (parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"))
        }
        if let k = r.carrierKeyword { lines.append("carrier     a US gateway may treat this as \(k.rawValue)") }
        if r.evidence.isEmpty {
            lines.append("evidence    none")
        } else {
            for (i, e) in r.evidence.enumerated() {
                let head = i == 0 ? "evidence    " : "            "
                let intent = e.intent?.label ?? "-"
                let neg = e.negated ? " negated" : ""
                lines.append("\(head)\(intent): “\(e.match)” [\(e.span[0])–\(e.span[1])] \(e.lang) \(e.source.rawValue)\(neg): \(e.entry)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
