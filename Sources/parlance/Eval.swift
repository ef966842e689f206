import ArgumentParser
import Foundation
import ParlanceEval
import ParlanceReplies

extension Parlance {
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score the classifier on labelled corpora (JSON Lines, CSV or TSV).",
            discussion: """
            Loads every FILE (a directory means every .jsonl, .csv and .tsv file in it), strictly:
            a bad line is reported with its file and line and nothing is scored (exit status 2).
            Prints accuracy, macro-F1, per-intent and per-language scores, the confusion matrix,
            urgent recall and false alarms, opt-out recall and language accuracy, with seeded
            bootstrap intervals, and the speed of the run.

            Gates: exit status 3 when any is not met. --min-recall urgent=X and opt_out=X use the
            safety recall (the intent found anywhere among the predicted intents); other intents
            use primary-label recall.

            PARLANCE_TIMING=1 in the environment prints the time of each phase on standard error.
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown, html }

        @Argument(help: "Corpus files or directories.")
        var files: [String]

        @Option(help: "Report format on standard output (or --output).")
        var format: Format = .text

        @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
        var output: String?

        @Option(help: "Also write report.json, report.md and report.html into this directory.")
        var reportDir: String?

        @Option(help: "A JSON report of an earlier run: print metric deltas and the replies whose prediction changed.")
        var baseline: String?

        @Option(help: "Gate: minimum accuracy.")
        var minAccuracy: Double?

        @Option(help: "Gate: minimum macro-F1.")
        var minMacroF1: Double?

        @Option(help: "Gate: minimum recall of an intent, as INTENT=VALUE (urgent=0.99); repeatable.")
        var minRecall: [String] = []

        @Option(help: "Gate: minimum precision of an intent, as INTENT=VALUE; repeatable.")
        var minPrecision: [String] = []

        @Option(help: "Gate: minimum language accuracy.")
        var minLanguageAccuracy: Double?

        @Option(help: "Gate: maximum urgent false-alarm rate.")
        var maxFalseAlarm: Double?

        @Option(help: "Bootstrap resamples for the 95% intervals (0 for none).")
        var bootstrap: Int = 1000

        @Option(help: "Seed of the bootstrap.")
        var seed: UInt64 = 20261123

        @Option(help: "A directory of extra TAG.lex files to add to the bundled lexicons.")
        var lexicons: String?

        @Option(help: "The templates folder, for prompts given as template ids (default: ./Templates).")
        var templates: String = "Templates"

        func validate() throws {
            if bootstrap < 0 { throw ValidationError("--bootstrap must be 0 or more.") }
            _ = try gates()
        }

        func gates() throws -> [Gate] {
            var gates: [Gate] = []
            if let v = minAccuracy { gates.append(Gate(.headline(.accuracy), threshold: v)) }
            if let v = minMacroF1 { gates.append(Gate(.headline(.macroF1), threshold: v)) }
            if let v = minLanguageAccuracy { gates.append(Gate(.headline(.languageAccuracy), threshold: v)) }
            if let v = maxFalseAlarm { gates.append(Gate(.headline(.urgentFalseAlarmRate), threshold: v, isMaximum: true)) }
            for (flag, list, make) in [("--min-recall", minRecall, Gate.Figure.recall), ("--min-precision", minPrecision, Gate.Figure.precision)] {
                for item in list {
                    let parts = item.split(separator: "=", maxSplits: 1)
                    guard parts.count == 2, let intent = Intent(label: String(parts[0])), let v = Double(parts[1]) else {
                        throw ValidationError("\(flag) \(item): expected INTENT=VALUE with INTENT one of \(Intent.allCases.map(\.label).joined(separator: ", "))")
                    }
                    gates.append(Gate(make(intent), threshold: v))
                }
            }
            return gates
        }

        func run() throws {
            let stderr = FileHandle.standardError
            let timing = ProcessInfo.processInfo.environment["PARLANCE_TIMING"] != nil
            var clock = DispatchTime.now().uptimeNanoseconds
            func phase(_ name: String) {
                guard timing else { return }
                let now = DispatchTime.now().uptimeNanoseconds
                stderr.write(Data("\(name): \(Double(now - clock) / 1e6) ms\n".utf8))
                clock = now
            }
            // The lexicons compile while the corpus is read: neither needs the other.
            let lexiconURLs = lexicons.map { URL(fileURLWithPath: $0) }
            let templateDirectory = templates
            let background = Loaded()
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) {
                background.classifier = Result { try ReplyClassifier(additionalLexicons: lexiconURLs) }
            }
            let corpus: [LabelledReply]
            do {
                corpus = try CorpusLoader.load(paths: files)
            } catch {
                stderr.write(Data("parlance eval: the corpus has problems; nothing was scored\n\(error)\n".utf8))
                throw ExitCode(2)
            }
            phase("load corpus")
            if corpus.isEmpty {
                stderr.write(Data("parlance eval: the corpus has no replies\n".utf8))
                throw ExitCode(2)
            }
            // Templates are loaded only when some prompt may be a template id (while the
            // lexicons are still compiling).
            let prompts = corpus.contains { $0.prompt.map(ReplyContext.isTemplateID) ?? false }
                ? TemplatePrompts(directory: templateDirectory) : TemplatePrompts.none
            var base: Baseline?
            if let baseline {
                do { base = try Baseline(contentsOf: baseline) } catch {
                    stderr.write(Data("parlance eval: \(error)\n".utf8))
                    throw ExitCode(2)
                }
            }
            group.wait()
            let classifier: ReplyClassifier
            do {
                classifier = try background.classifier!.get()
            } catch {
                stderr.write(Data("parlance: \(error)\n".utf8))
                throw ExitCode(2)
            }
            phase("load classifier (waiting for it)")
            let terminal = isatty(STDERR_FILENO) == 1
            var options = EvaluationOptions(resamples: bootstrap, seed: seed)
            options.resolveContext = { prompts.resolve($0) }
            if terminal {
                options.progress = { done, total in
                    FileHandle.standardError.write(Data("\rclassifying \(done)/\(total)".utf8))
                }
            }
            var report = Evaluator.evaluate(corpus, with: classifier, files: files, options: options)
            if terminal { stderr.write(Data("\r\u{1B}[K".utf8)) }
            phase("classify and score")
            if let base { report.compare(with: base) }
            let passed = report.check(try gates())
            let rendered: String
            switch format {
            case .text: rendered = report.text()
            case .json: rendered = report.json()
            case .markdown: rendered = report.markdown()
            case .html: rendered = report.html()
            }
            phase("render report")
            if let output {
                try write(rendered, to: output)
            } else {
                print(rendered)
            }
            if let reportDir {
                try FileManager.default.createDirectory(atPath: reportDir, withIntermediateDirectories: true)
                try write(report.json(), to: (reportDir as NSString).appendingPathComponent("report.json"))
                try write(report.markdown(), to: (reportDir as NSString).appendingPathComponent("report.md"))
                try write(report.html(), to: (reportDir as NSString).appendingPathComponent("report.html"))
            }
            if !passed {
                for g in report.gates where !g.passed {
                    stderr.write(Data("parlance eval: gate not met: \(g.gate) (got \(g.value.map { String(format: "%.4f", $0) } ?? "nothing to measure"))\n".utf8))
                }
                throw ExitCode(3)
            }
        }

        /// What the background load produced; read only after the group is waited for.
        private final class Loaded: @unchecked Sendable {
            var classifier: Result<ReplyClassifier, any Error>?
        }

        private func write(_ text: String, to path: String) throws {
            do {
                try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                FileHandle.standardError.write(Data("parlance eval: cannot write \(path): \(error.localizedDescription)\n".utf8))
                throw ExitCode(2)
            }
        }
    }
}
