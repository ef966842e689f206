public import Foundation
import Crypto
public import ParlanceMessages

/// A problem with the approvals file, naming the file and line. The file is never guessed
/// at: a record that does not add up approves nothing and stops the review tools.
public struct ApprovalError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case unreadable, invalidUTF8, missingSchema, unsupportedSchema, unknownDirective, entryOutsideSection
        case badHeader, unknownKey, missingKey, duplicateKey, duplicateRecord, badDigest, digestMismatch, badDate, unwritable
    }
    public var kind: Kind
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// One reviewer's approval of one template in one language: the exact texts approved and
/// their digests.
public struct Approval: Sendable, Equatable {
    public var template: String
    public var lang: String
    public var reviewer: String
    public var approvedAt: Date
    public var note: String?
    /// The digest and canonical form of the source (English) side when approved.
    public var sourceDigest: String
    public var source: String
    /// The digest and canonical form of the translation when approved.
    public var translationDigest: String
    public var translation: String
    /// The line of the record's header in the approvals file.
    public var line: Int
}

/// Where a translation stands with its reviewers.
public enum ReviewStatus: String, Sendable, CaseIterable {
    /// Approved, and neither side has changed since.
    case approved
    /// Approved once, but the source or the translation has changed since.
    case stale
    /// Never approved.
    case unreviewed
}

/// The canonical text an approval is bound to: the message text, its reply keywords, its
/// placeholders and its budget, one per line, so any change to any of them changes the digest.
public enum ApprovalDigest {
    public static func canonical(_ t: Translation, definition: TemplateDefinition) -> String {
        var lines = ["template: \(t.template)", "lang: \(t.lang)", "text: \(t.text)"]
        for r in t.replies { lines.append("reply: \(r.key) = \(r.intent.label)") }
        for p in definition.placeholders {
            lines.append("param: \(p.name) \(p.type.rawValue)" + (p.maxLength.map { " \($0)" } ?? ""))
        }
        lines.append("budget: \(t.budget ?? definition.budget)")
        return lines.joined(separator: "\n")
    }

    /// `sha256:` and the hex SHA-256 of the canonical text's UTF-8 bytes.
    public static func digest(_ canonical: String) -> String {
        "sha256:" + SHA256.hash(data: Data(canonical.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// The approvals file (`approvals.txt` beside the templates): plain text, one block per
/// approval, in template and language order so that diffs are small.
public struct ApprovalsFile: Sendable {
    public var path: String
    public var approvals: [Approval]

    public static let schema = "approvals@1"

    /// Reads the file; a missing file is an empty one (nothing approved yet).
    public init(path: String) throws(ApprovalError) {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { approvals = []; return }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ApprovalError(kind: .unreadable, file: path, line: 0, message: "cannot read the approvals file")
        }
        approvals = try ApprovalsFile.parse(data, file: path)
    }

    static func parse(_ data: Data, file: String) throws(ApprovalError) -> [Approval] {
        func fail(_ k: ApprovalError.Kind, _ line: Int, _ m: String) -> ApprovalError { ApprovalError(kind: k, file: file, line: line, message: m) }
        guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
            throw fail(.invalidUTF8, 0, "the approvals file is not valid UTF-8")
        }
        var schemaSeen = false
        var records: [(header: String, line: Int, fields: [String: (String, Int)], order: [String])] = []
        // Split on the scalar: in a String, "\r\n" is one Character and would not split on "\n".
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        if lines.last == "" { lines.removeLast() }
        for (n, raw) in lines.enumerated() {
            let lineNo = n + 1
            var line = raw
            if line.hasSuffix("\r") { line.removeLast() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("@") {
                let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
                guard parts.first == "schema" else { throw fail(.unknownDirective, lineNo, "unknown directive `@\(parts.first ?? "")`") }
                guard parts.count == 2, parts[1] == schema else {
                    throw fail(.unsupportedSchema, lineNo, "schema `\(parts.count == 2 ? parts[1] : "")` is not supported; expected `\(schema)`")
                }
                schemaSeen = true
                continue
            }
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]") else { throw fail(.badHeader, lineNo, "a record header is `[TEMPLATE LANG]`") }
                if !schemaSeen { throw fail(.missingSchema, lineNo, "missing `@schema \(schema)` before the first record") }
                records.append((String(trimmed.dropFirst().dropLast()), lineNo, [:], []))
                continue
            }
            guard !records.isEmpty else { throw fail(.entryOutsideSection, lineNo, "this line comes before the first [TEMPLATE LANG] record") }
            guard let colon = line.firstIndex(of: ":") else { throw fail(.unknownKey, lineNo, "expected `key: value`") }
            let key = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            var value = String(line[line.index(after: colon)...])
            if value.hasPrefix(" ") { value.removeFirst() }
            let multi = ["source", "translation"]
            if multi.contains(key) {
                // Canonical texts span several lines, each written `source: …` / `translation: …`.
                if let prev = records[records.count - 1].fields[key] {
                    records[records.count - 1].fields[key] = (prev.0 + "\n" + value, prev.1)
                } else {
                    records[records.count - 1].fields[key] = (value, lineNo)
                }
                continue
            }
            guard ["reviewer", "approved", "note", "source-digest", "translation-digest"].contains(key) else {
                throw fail(.unknownKey, lineNo, "unknown key `\(key)`")
            }
            if records[records.count - 1].fields[key] != nil { throw fail(.duplicateKey, lineNo, "`\(key)` is given twice in this record") }
            records[records.count - 1].fields[key] = (value.trimmingCharacters(in: .whitespaces), lineNo)
        }
        // Without `@schema`, any line other than a blank or a comment has thrown above: such a file is empty.
        var out: [Approval] = []
        let iso = ISO8601DateFormatter()
        for r in records {
            let head = r.header.split(separator: " ").map(String.init)
            guard head.count == 2 else { throw fail(.badHeader, r.line, "a record header is `[TEMPLATE LANG]`") }
            for key in ["reviewer", "approved", "source-digest", "source", "translation-digest", "translation"] where r.fields[key] == nil {
                throw fail(.missingKey, r.line, "the record for \(head[0]) \(head[1]) has no `\(key):`")
            }
            let f = r.fields
            guard let (approvedText, approvedLine) = f["approved"], let date = iso.date(from: approvedText) else {
                throw fail(.badDate, f["approved"]?.1 ?? r.line, "`approved:` must be an ISO 8601 time such as 2026-12-02T19:40:00Z")
            }
            _ = approvedLine
            for side in ["source", "translation"] {
                let (digest, digestLine) = f["\(side)-digest"]!
                guard digest.hasPrefix("sha256:"), digest.count == 71, digest.dropFirst(7).allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
                    throw fail(.badDigest, digestLine, "`\(side)-digest:` must be sha256: and 64 lower-case hex digits")
                }
                guard ApprovalDigest.digest(f[side]!.0) == digest else {
                    throw fail(.digestMismatch, digestLine, "the \(side) text of this record does not match its digest: the record was edited by hand; remove it and approve again")
                }
            }
            if out.contains(where: { $0.template == head[0] && $0.lang == head[1] }) {
                throw fail(.duplicateRecord, r.line, "a second record for \(head[0]) \(head[1])")
            }
            out.append(Approval(template: head[0], lang: head[1], reviewer: f["reviewer"]!.0, approvedAt: date, note: f["note"]?.0,
                                sourceDigest: f["source-digest"]!.0, source: f["source"]!.0,
                                translationDigest: f["translation-digest"]!.0, translation: f["translation"]!.0, line: r.line))
        }
        return out
    }

    /// The file's text.
    public func serialized() -> String {
        var out = [
            "# Approvals of translated templates, written by `parlance review approve`. Each record binds a",
            "# reviewer's approval to the exact source and translation (text, reply keywords, placeholders,",
            "# budget); when either changes, the approval is stale. Do not edit by hand: an edited record",
            "# no longer matches its digest and the review tools refuse the file.",
            "@schema \(ApprovalsFile.schema)",
        ]
        let iso = ISO8601DateFormatter()
        for a in approvals.sorted(by: { ($0.template, $0.lang) < ($1.template, $1.lang) }) {
            out.append("")
            out.append("[\(a.template) \(a.lang)]")
            out.append("reviewer: \(a.reviewer)")
            out.append("approved: \(iso.string(from: a.approvedAt))")
            if let note = a.note, !note.isEmpty { out.append("note: \(note)") }
            out.append("source-digest: \(a.sourceDigest)")
            for l in a.source.split(separator: "\n", omittingEmptySubsequences: false) { out.append("source: \(l)") }
            out.append("translation-digest: \(a.translationDigest)")
            for l in a.translation.split(separator: "\n", omittingEmptySubsequences: false) { out.append("translation: \(l)") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Writes the file atomically.
    public func write() throws(ApprovalError) {
        do {
            try Data(serialized().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ApprovalError(kind: .unwritable, file: path, line: 0, message: "cannot write the approvals file: \(error.localizedDescription)")
        }
    }
}
