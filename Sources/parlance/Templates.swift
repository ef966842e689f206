import ArgumentParser
import Foundation
import ParlanceMessages
import ParlanceReplies
import ParlanceText

/// Where the templates are: `./Templates`, or `--templates DIR`.
struct TemplatesLocation: ParsableArguments {
    @Option(help: "The templates folder (default: ./Templates).")
    var templates: String = "Templates"

    func load() throws -> TemplateSet {
        do {
            return try TemplateSet(directory: templates)
        } catch {
            FileHandle.standardError.write(Data("parlance: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}

extension Parlance {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render a template in one language and show how it will be sent.",
            discussion: """
            Every placeholder needs a value (--set NAME=VALUE); dates are written 2026-11-24 or
            2026-11-24T09:30 and read in the time zone given with --tz, which templates with dates
            require. Nothing is printed but an error when a value is missing, unknown or too long.
            """
        )

        @Argument(help: "The template id (appointment_reminder).")
        var template: String

        @Option(help: "The language (BCP 47 tag, e.g. es, zh-Hant).")
        var lang: String

        @Option(name: .customLong("set"), help: "A placeholder value, NAME=VALUE; repeatable.")
        var values: [String] = []

        @Option(help: "The IANA time zone of dates and times (America/Chicago).")
        var tz: String?

        @Flag(help: "Use the template's sample values for placeholders not given with --set.")
        var samples = false

        @Flag(help: "Print JSON.")
        var json = false

        @OptionGroup var location: TemplatesLocation
        @OptionGroup var segmentFlags: SegmentFlags

        func validate() throws {
            for v in values where !v.contains("=") { throw ValidationError("--set \(v): expected NAME=VALUE") }
        }

        func run() throws {
            let set = try location.load()
            var given: [String: String] = [:]
            if samples, let t = set.translation(template, lang: lang) { given = t.samples }
            for v in values {
                let kv = v.split(separator: "=", maxSplits: 1)
                given[String(kv[0])] = kv.count > 1 ? String(kv[1]) : ""
            }
            var message: RenderedMessage
            do {
                message = try set.render(template, lang: lang, values: given, timeZone: tz)
            } catch {
                FileHandle.standardError.write(Data("parlance render: \(error)\n".utf8))
                throw ExitCode(1)
            }
            message.segments = SMSSegmenter().segment(message.text, options: segmentFlags.options)
            message.text = message.segments.text
            if json {
                let object: [(String, OrderedJSON)] = [
                    ("template", .string(message.template)), ("lang", .string(message.lang)), ("text", .string(message.text)),
                    ("reply_options", .object(message.replyOptions.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value.label)) })),
                    ("budget", .int(message.budget)),
                    ("segments", .object(SegmentsOutput.jsonObject(message.segments))),
                ]
                print(OrderedJSON.object(object).serialized(pretty: false))
            } else {
                print(message.text)
                print("")
                print(SegmentsOutput.readable(message.segments, color: isatty(STDOUT_FILENO) == 1))
                if !message.replyOptions.isEmpty {
                    print("Reply keywords: " + message.replyOptions.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value.label)" }.joined(separator: ", "))
                }
            }
        }
    }

    struct Templates: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Work with the message templates.",
            subcommands: [Check.self]
        )

        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Check every template in every language; exit status 1 on any error.",
                discussion: """
                Checks ICU syntax and placeholders against catalog.tmpl, the segment budget on the typical
                fill (the samples) and on the worst case (text placeholders at maximum length in the
                language's widest characters, every date of a year), characters that force UCS-2 and what
                smart encoding would save, reply keywords the classifier misreads or US carriers claim,
                and unisolated left-to-right placeholders in right-to-left text.
                """
            )

            @Flag(help: "Print JSON, one object per template and language.")
            var json = false

            @Option(help: "Only this language; repeatable.")
            var lang: [String] = []

            @Flag(help: "Also fail when a template that would be sent is not approved (stale or unreviewed).")
            var requireApproved = false

            @OptionGroup var location: TemplatesLocation

            func run() throws {
                let set = try location.load()
                let classifier = try? ReplyClassifier()
                let checker = TemplateChecker(templates: set, classifier: classifier)
                var reports = checker.check()
                if !lang.isEmpty { reports = reports.filter { lang.contains($0.lang) } }
                var failed = reports.contains { $0.hasErrors }
                var approvalFindings: [String: String] = [:]
                if requireApproved {
                    let statuses = try ReviewCommands.statuses(set: set, location: location)
                    for r in reports {
                        let status = statuses[r.template + "\u{1F}" + r.lang] ?? "unreviewed"
                        if status != "approved" {
                            approvalFindings[r.template + "\u{1F}" + r.lang] = status
                            failed = true
                        }
                    }
                }
                if json {
                    print(OrderedJSON.array(reports.map { r in
                        var o = TemplateOutput.json(r)
                        if let s = approvalFindings[r.template + "\u{1F}" + r.lang] { o.append(("approval", .string(s))) }
                        return .object(o)
                    }).serialized(pretty: true))
                } else {
                    print(TemplateOutput.table(reports))
                    for r in reports {
                        for f in r.findings { print(f.description) }
                        if let s = approvalFindings[r.template + "\u{1F}" + r.lang] {
                            print("\(r.file):\(r.line): error: \(r.template) [\(r.lang)]: \(s): a reviewer must approve this text before it is sent")
                        }
                    }
                    let errors = reports.reduce(0) { $0 + $1.findings.filter { $0.severity == .error }.count } + approvalFindings.count
                    let warnings = reports.reduce(0) { $0 + $1.findings.filter { $0.severity == .warning }.count }
                    print("\(reports.count) templates checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
                }
                if failed { throw ExitCode(1) }
            }
        }
    }
}

enum TemplateOutput {
    static func json(_ r: TemplateReport) -> [(String, OrderedJSON)] {
        [
            ("template", .string(r.template)), ("lang", .string(r.lang)), ("file", .string(r.file)), ("line", .int(r.line)),
            ("encoding", r.typical.map { .string($0.segments.encoding.rawValue) } ?? .null),
            ("segments", .object([("typical", r.typical.map { .int($0.segments.segmentCount) } ?? .null),
                                  ("worst", r.worst.map { .int($0.segments.segmentCount) } ?? .null),
                                  ("worst_encoding", r.worst.map { .string($0.segments.encoding.rawValue) } ?? .null)])),
            ("budget", .int(r.budget)),
            ("findings", .array(r.findings.map { f in
                .object([("severity", .string(f.severity.rawValue)), ("kind", .string(f.kind.rawValue)), ("line", .int(f.line)), ("message", .string(f.message))])
            })),
        ]
    }

    static func table(_ reports: [TemplateReport]) -> String {
        var rows: [[String]] = [["template", "lang", "encoding", "typical", "worst", "budget", "findings"]]
        for r in reports {
            let errors = r.findings.filter { $0.severity == .error }.count, warnings = r.findings.count - errors
            rows.append([r.template, r.lang, r.typical?.segments.encoding.rawValue ?? "–",
                         r.typical.map { String($0.segments.segmentCount) } ?? "–",
                         r.worst.map { "\($0.segments.segmentCount) \($0.segments.encoding == .ucs2 ? "UCS-2" : "GSM-7")" } ?? "–",
                         String(r.budget),
                         errors + warnings == 0 ? "ok" : [errors > 0 ? "\(errors) error\(errors == 1 ? "" : "s")" : nil, warnings > 0 ? "\(warnings) warning\(warnings == 1 ? "" : "s")" : nil].compactMap { $0 }.joined(separator: ", ")])
        }
        let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in row.enumerated().map { c, cell in cell + String(repeating: " ", count: widths[c] - cell.count) }.joined(separator: "  ") }
            .joined(separator: "\n")
    }
}

/// Reads a prompt given as a template id (`appointment_reminder`): the reply keywords of that
/// template, in the patient's language, become the options, and its text the prompt.
struct TemplatePrompts: Sendable {
    let templates: TemplateSet?

    /// No templates: every prompt stays text.
    static let none = TemplatePrompts(templates: nil)

    private init(templates: TemplateSet?) { self.templates = templates }

    /// The templates of `directory` when it has a catalog; none otherwise (prompts stay text).
    init(directory: String) {
        templates = FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("catalog.tmpl"))
            ? try? TemplateSet(directory: directory) : nil
    }

    func resolve(_ context: ReplyContext) -> ReplyContext {
        guard let templates, let id = context.prompt, templates.definition(id) != nil else { return context }
        let lang = context.preferredLanguages.first { templates.translation(id, lang: $0) != nil } ?? TemplateSet.sourceLanguage
        guard let t = templates.translation(id, lang: lang) else { return context }
        var out = context
        out.prompt = t.text
        for r in t.replies where out.options[r.key] == nil { out.options[r.key] = r.intent }
        return out
    }
}
