import ArgumentParser
import Foundation
import ParlanceMessages
import ParlanceReplies
import ParlanceReview
import ParlanceText

enum ReviewCommands {
    static func book(_ location: TemplatesLocation) throws -> ReviewBook {
        let set = try location.load()
        do {
            return try ReviewBook(templates: set, classifier: try? ReplyClassifier())
        } catch {
            FileHandle.standardError.write(Data("parlance: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// Status by `template \u{1F} lang`, for `templates check --require-approved`.
    static func statuses(set: TemplateSet, location: TemplatesLocation) throws -> [String: String] {
        let book: ReviewBook
        do { book = try ReviewBook(templates: set, classifier: nil) } catch {
            FileHandle.standardError.write(Data("parlance: \(error)\n".utf8))
            throw ExitCode(2)
        }
        var out: [String: String] = [:]
        for lang in set.languages {
            for def in set.definitions { out[def.id + "\u{1F}" + lang] = book.status(def.id, lang: lang).rawValue }
        }
        return out
    }
}

/// The review statuses, as command-line choices.
enum StatusChoice: String, ExpressibleByArgument, CaseIterable {
    case approved, stale, unreviewed
}

extension Parlance {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Review translated templates: list, show, approve, report.",
            subcommands: [List.self, Show.self, Approve.self, Report.self]
        )

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Every template and language with its review status, cost and findings.")

            @Option(help: "Only this language; repeatable.")
            var lang: [String] = []

            @Option(help: "Only this status (approved, stale, unreviewed); repeatable.")
            var status: [StatusChoice] = []

            @Flag(help: "Print JSON.")
            var json = false

            @OptionGroup var location: TemplatesLocation

            func run() throws {
                let book = try ReviewCommands.book(location)
                var items = book.items(languages: lang.isEmpty ? nil : lang)
                if !status.isEmpty { items = items.filter { i in status.contains { $0.rawValue == i.status.rawValue } } }
                if json {
                    print(OrderedJSON.array(items.map { i in
                        .object([
                            ("template", .string(i.template)), ("lang", .string(i.lang)), ("status", .string(i.status.rawValue)),
                            ("file", .string(i.file)), ("line", .int(i.line)),
                            ("encoding", i.check.typical.map { .string($0.segments.encoding.rawValue) } ?? .null),
                            ("segments", .object([("typical", i.check.typical.map { .int($0.segments.segmentCount) } ?? .null),
                                                  ("worst", i.check.worst.map { .int($0.segments.segmentCount) } ?? .null)])),
                            ("findings", .array(i.findings.map { .string($0.message) })),
                            ("reviewer", i.approval.map { .string($0.reviewer) } ?? .null),
                        ])
                    }).serialized(pretty: true))
                    return
                }
                var rows = [["template", "lang", "status", "encoding", "typical", "worst", "findings"]]
                for i in items {
                    rows.append([i.template, i.lang, i.status.rawValue, i.check.typical?.segments.encoding.rawValue ?? "–",
                                 i.check.typical.map { String($0.segments.segmentCount) } ?? "–",
                                 i.check.worst.map { String($0.segments.segmentCount) } ?? "–",
                                 i.findings.isEmpty ? "" : "\(i.findings.count): " + (i.findings.first?.message.prefix(70) ?? "") + (i.findings.count > 1 || (i.findings.first?.message.count ?? 0) > 70 ? " …" : "")])
                }
                let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
                for row in rows {
                    print(row.enumerated().map { c, cell in c == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[c] - cell.count) }.joined(separator: "  "))
                }
                let counts = ReviewStatus.allCases.map { s in "\(items.filter { $0.status == s }.count) \(s.rawValue)" }
                print("\(items.count) translations: " + counts.joined(separator: ", "))
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "One template: source and translation side by side, with marks and findings.")

            @Argument(help: "The template id (appointment_reminder).")
            var template: String

            @Option(help: "The language of the translation.")
            var lang: String

            @OptionGroup var location: TemplatesLocation

            func run() throws {
                let book = try ReviewCommands.book(location)
                guard book.templates.definition(template) != nil else {
                    FileHandle.standardError.write(Data("parlance review: no template \(template) (templates: \(book.templates.definitions.map(\.id).joined(separator: ", ")))\n".utf8))
                    throw ExitCode(1)
                }
                let item = book.item(template, lang: lang)
                let color = isatty(STDOUT_FILENO) == 1
                print("\(template) · \(lang) (\(book.templates.languageNames[lang] ?? lang)) · \(item.status.rawValue)" +
                      (item.approval.map { " · approved by \($0.reviewer) on \(ISO8601DateFormatter().string(from: $0.approvedAt))" } ?? ""))
                print("\(item.file):\(item.line)")
                if let def = book.templates.definition(template) { print("Purpose: \(def.purpose)") }
                if let source = item.source?.typical {
                    print("")
                    print("━━ Source (en), rendered with sample values ━━")
                    print(SegmentsOutput.readable(source.segments, color: color))
                }
                print("")
                print("━━ Translation (\(lang)), rendered with sample values ━━")
                if let typical = item.check.typical {
                    print(SegmentsOutput.readable(typical.segments, color: color))
                } else {
                    print(book.templates.translation(template, lang: lang)?.text ?? "(no translation)")
                }
                if let worst = item.check.worst {
                    print("Worst case: \(worst.segments.encoding.rawValue), \(worst.segments.segmentCount) segment\(worst.segments.segmentCount == 1 ? "" : "s") (budget \(item.check.budget))")
                }
                if let t = book.templates.translation(template, lang: lang), !t.replies.isEmpty {
                    print("")
                    print("Reply keywords, and what Parlance reads each as in \(lang):")
                    let classifier = try? ReplyClassifier()
                    let offered = Dictionary(t.replies.map { ($0.key, $0.intent) }, uniquingKeysWith: { a, _ in a })
                    for r in t.replies {
                        let read = classifier?.classify(r.key, context: ReplyContext(options: offered, prompt: item.check.typical?.text, preferredLanguages: [lang]))
                        let mark = read?.intent == r.intent ? "ok" : "MISREAD"
                        print("  \(r.key) = \(r.intent.label): read as \(read?.intent.label ?? "?") \(mark)")
                    }
                }
                if item.status == .stale, let a = item.approval {
                    print("")
                    print("━━ Changed since the approval ━━")
                    for (label, old, new) in [("source", a.source, item.sourceCanonical), ("translation", a.translation, item.translationCanonical)] where old != new {
                        print("\(label):")
                        var line = ""
                        for piece in WordDiff.diff(old, new) {
                            switch piece {
                            case .same(let s): line += s
                            case .removed(let s): line += color ? "\u{1B}[31;9m\(s)\u{1B}[0m" : "[-\(s)-]"
                            case .added(let s): line += color ? "\u{1B}[32;4m\(s)\u{1B}[0m" : "{+\(s)+}"
                            }
                        }
                        print(line)
                    }
                }
                print("")
                if item.findings.isEmpty { print("Findings: none") } else {
                    print("Findings:")
                    for f in item.findings { print("  \(f.severity.rawValue): \(f.message)") }
                }
            }
        }

        struct Approve: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record your approval of a template in one language, as it is now.",
                discussion: "Refused (non-zero exit, with the reasons) while the template has errors. The approval is bound to the exact source and translation; any later change makes it stale."
            )

            @Argument(help: "The template id (appointment_reminder).")
            var template: String

            @Option(help: "The language of the translation.")
            var lang: String

            @Option(help: "Your name, as it should appear in the record.")
            var reviewer: String

            @Option(help: "A comment kept with the approval.")
            var note: String?

            @OptionGroup var location: TemplatesLocation

            func run() throws {
                let book = try ReviewCommands.book(location)
                do {
                    _ = try book.approve(template, lang: lang, reviewer: reviewer, note: note)
                } catch {
                    FileHandle.standardError.write(Data("parlance review approve: refused\n\(error)\n".utf8))
                    throw ExitCode(1)
                }
                print("Approved \(template) in \(lang) by \(reviewer.trimmingCharacters(in: .whitespaces)); recorded in \(ReviewBook.approvalsPath(book.templates)).")
            }
        }

        struct Report: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Write a self-contained HTML page for reviewers, one card per template and language.")

            @Option(help: "The HTML file to write.")
            var html: String

            @Option(help: "Only this language; repeatable.")
            var lang: [String] = []

            @OptionGroup var location: TemplatesLocation

            func run() throws {
                let book = try ReviewCommands.book(location)
                let page = ReviewReport.html(book.items(languages: lang.isEmpty ? nil : lang), names: book.templates.languageNames)
                do { try Data(page.utf8).write(to: URL(fileURLWithPath: html)) } catch {
                    FileHandle.standardError.write(Data("parlance review report: cannot write \(html): \(error.localizedDescription)\n".utf8))
                    throw ExitCode(2)
                }
                print("Wrote \(html).")
            }
        }
    }
}
