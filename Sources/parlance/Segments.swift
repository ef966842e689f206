import ArgumentParser
import Foundation
import ParlanceMessages
import ParlanceText

/// Options shared by the commands that segment messages.
struct SegmentFlags: ParsableArguments {
    @Flag(help: "Apply smart encoding: curly quotes, dashes, ellipsis, odd spaces and full-width Latin become their GSM equivalents.")
    var smart = false

    @Option(name: .customLong("shift-table"), help: ArgumentHelp(
        "A national language shift table the gateway supports (TS 23.038 annex A); repeatable, or `all`.",
        discussion: "One of: \(NationalLanguage.allCases.map(\.name).joined(separator: ", "))."))
    var shiftTables: [String] = []

    func validate() throws { _ = try languages() }

    func languages() throws -> [NationalLanguage] {
        var out: [NationalLanguage] = []
        for name in shiftTables {
            if name.lowercased() == "all" { out += NationalLanguage.allCases; continue }
            guard let l = NationalLanguage(name: name) else {
                throw ValidationError("--shift-table \(name): expected one of \(NationalLanguage.allCases.map(\.name).joined(separator: ", ")) or all")
            }
            out.append(l)
        }
        return out
    }

    var options: SegmentOptions {
        SegmentOptions(smartEncoding: smart, shiftTables: (try? languages()) ?? [], compareAlternatives: true)
    }
}

extension Parlance {
    struct Segments: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show how an SMS will be encoded (GSM-7 or UCS-2) and split into segments.",
            discussion: """
            TEXT from the argument, or standard input when absent (a final newline is not part of
            the message). The readable view marks each segment and the characters that force UCS-2;
            --json prints the machine-readable report of shared/spec/cli.md.
            """
        )

        @Argument(help: "The message text.")
        var text: String?

        @Flag(help: "Print the JSON report.")
        var json = false

        @OptionGroup var segmentFlags: SegmentFlags

        func run() throws {
            var message = text ?? ""
            if text == nil {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                guard let s = String(data: data, encoding: .utf8) else {
                    FileHandle.standardError.write(Data("parlance segments: standard input is not valid UTF-8\n".utf8))
                    throw ExitCode(2)
                }
                message = s
                if message.hasSuffix("\r\n") { message.removeLast(1) } else if message.hasSuffix("\n") { message.removeLast() }
            }
            let report = SMSSegmenter().segment(message, options: segmentFlags.options)
            print(json ? SegmentsOutput.json(report) : SegmentsOutput.readable(report, color: isatty(STDOUT_FILENO) == 1))
        }
    }
}

/// Segment reports for people and for programs.
enum SegmentsOutput {
    static func jsonObject(_ r: SegmentReport) -> [(String, OrderedJSON)] {
        [
            ("encoding", .string(r.encoding.rawValue)),
            ("segments", .int(r.segmentCount)),
            ("units", .int(r.units)),
            ("characters", .int(r.characters)),
            ("per_segment_limit", .int(r.perSegmentLimit)),
            ("non_gsm", .array(uniqueCharacters(r).map { .string($0) })),
            ("shift_table", r.shiftTable.map { .string($0.description) } ?? .null),
            ("text", .string(r.text)),
            ("parts", .array(r.segments.map { s in
                .object([("text", .string(s.text)), ("units", .int(s.units)), ("characters", .array([.int(s.characters.lowerBound), .int(s.characters.upperBound)]))])
            })),
            ("non_gsm_at", .array(r.nonGSM.map { c in
                .object([("character", .string(c.character)), ("index", .int(c.index)), ("code_points", .string(c.codePoints)),
                         ("replacement", c.replacement.map { .string($0) } ?? .null)])
            })),
            ("smart_encoding_applied", .bool(r.smartEncodingApplied)),
            ("smart_encoding", r.smartEncoding.map { a in
                .object([("encoding", .string(a.encoding.rawValue)), ("segments", .int(a.segments)), ("units", .int(a.units)),
                         ("text", .string(a.text ?? ""))])
            } ?? .null),
            ("national_tables", .array(r.nationalTables.map { a in
                .object([("table", .string(a.shiftTable?.description ?? "")), ("language", .string(a.shiftTable?.language.name ?? "")),
                         ("segments", .int(a.segments)), ("units", .int(a.units))])
            })),
        ]
    }

    static func json(_ r: SegmentReport) -> String { OrderedJSON.object(jsonObject(r)).serialized(pretty: false) }

    static func uniqueCharacters(_ r: SegmentReport) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for c in r.nonGSM where seen.insert(c.character).inserted { out.append(c.character) }
        return out
    }

    static func readable(_ r: SegmentReport, color: Bool) -> String {
        var out: [String] = []
        let unitName = r.encoding == .gsm7 ? "septets" : "UTF-16 units"
        out.append("\(r.encoding.rawValue) · \(r.segmentCount) segment\(r.segmentCount == 1 ? "" : "s") · \(r.units) \(unitName) (\(r.perSegmentLimit) per segment) · \(r.characters) characters")
        if let t = r.shiftTable { out.append("National language table: \(t.description), \(t.headerOctets) header octets per segment") }
        if r.smartEncodingApplied { out.append("Smart encoding applied.") }
        if !r.nonGSM.isEmpty {
            let list = r.nonGSM.prefix(12).map { c in "\(c.character) (\(c.codePoints)) at \(c.index)\(c.replacement.map { " → \($0)" } ?? "")" }
            out.append("Forced to UCS-2 by: " + list.joined(separator: ", ") + (r.nonGSM.count > 12 ? ", … \(r.nonGSM.count - 12) more" : ""))
        }
        if let s = r.smartEncoding {
            out.append("Smart encoding (--smart) would send it as \(s.encoding.rawValue) in \(s.segments) segment\(s.segments == 1 ? "" : "s") (now \(r.encoding.rawValue) in \(r.segmentCount)).")
        }
        if let best = r.nationalTables.first {
            let others = r.nationalTables.dropFirst().prefix(3).map { "\($0.shiftTable?.description ?? ""): \($0.segments)" }
            out.append("Would fit in \(best.segments) segment\(best.segments == 1 ? "" : "s") with the \(best.shiftTable?.description ?? "") table (off by default; --shift-table \(best.shiftTable?.language.name ?? ""))" + (others.isEmpty ? "" : "; also " + others.joined(separator: ", ")))
        }
        let marked = Set(r.nonGSM.map(\.index))
        for (n, s) in r.segments.enumerated() {
            out.append("── segment \(n + 1) of \(r.segmentCount) · \(s.units) \(unitName) ──")
            var line = ""
            var index = s.characters.lowerBound
            for ch in s.text {
                if marked.contains(index) {
                    line += color ? "\u{1B}[7m\(ch)\u{1B}[0m" : "⟦\(ch)⟧"
                } else {
                    line.append(ch)
                }
                index += 1
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }
}
