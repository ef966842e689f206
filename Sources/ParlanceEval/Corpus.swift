public import Foundation
public import ParlanceReplies

/// One labelled reply of a corpus (shared/spec/corpus-format.md).
public struct LabelledReply: Sendable, Equatable {
    /// Unique within the corpus (`es-late-0007`).
    public var id: String
    /// The reply exactly as the patient sent it.
    public var text: String
    /// BCP 47 tag of the language the patient wrote in, or `und`.
    public var lang: String
    /// The gold primary intent.
    public var intent: Intent
    /// Further gold intents present in the reply.
    public var also: [Intent]
    /// Reply keys the outbound message offered.
    public var options: [String: Intent]
    /// The outbound message or its template id.
    public var prompt: String?
    /// How the text is written when unusual (`latn`).
    public var script: String?
    /// The file the reply came from, and its line (the first line of a CSV record).
    public var file: String
    public var line: Int

    public init(id: String, text: String, lang: String, intent: Intent, also: [Intent] = [], options: [String: Intent] = [:],
                prompt: String? = nil, script: String? = nil, file: String = "", line: Int = 0) {
        self.id = id; self.text = text; self.lang = lang; self.intent = intent; self.also = also
        self.options = options; self.prompt = prompt; self.script = script; self.file = file; self.line = line
    }

    /// Every gold intent, primary first.
    public var goldIntents: [Intent] { [intent] + also.filter { $0 != intent } }
}

/// A problem in a corpus file, with the file and line it is on.
public struct CorpusError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case unreadable, unsupportedFile, noFiles, invalidUTF8, byteOrderMark, blankLine, invalidJSON, notAnObject
        case missingField, wrongType, unknownIntent, badLanguageTag, duplicateID, badOptions
        case badHeader, wrongColumnCount, unterminatedQuote
    }
    public var kind: Kind
    public var file: String
    /// 1-based; 0 when the problem is the file as a whole.
    public var line: Int
    public var message: String

    public init(_ kind: Kind, file: String, line: Int, _ message: String) {
        self.kind = kind; self.file = file; self.line = line; self.message = message
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// Every problem found while loading, so an evaluator can fix them all in one pass.
public struct CorpusErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [CorpusError]
    public var description: String {
        let shown = errors.prefix(50).map(\.description)
        let more = errors.count > 50 ? ["… and \(errors.count - 50) more problems"] : []
        return (shown + more).joined(separator: "\n")
    }
}

/// Loads labelled corpora from JSON Lines, CSV and TSV files, strictly: a bad line is an error
/// naming the file and line, never skipped.
public enum CorpusLoader {
    /// Loads every `.jsonl`, `.csv` and `.tsv` file given, descending into directories (files
    /// in a directory are read in name order). Ids must be unique across all of them.
    public static func load(paths: [String]) throws(CorpusErrors) -> [LabelledReply] {
        var files: [String] = []
        var errors: [CorpusError] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                errors.append(CorpusError(.unreadable, file: path, line: 0, "no such file or directory"))
                continue
            }
            if isDir.boolValue {
                let found = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                    .filter { Format(path: $0) != nil }
                    .sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
                if found.isEmpty {
                    errors.append(CorpusError(.noFiles, file: path, line: 0, "no .jsonl, .csv or .tsv files in this directory"))
                }
                files += found
            } else if Format(path: path) == nil {
                errors.append(CorpusError(.unsupportedFile, file: path, line: 0, "not a corpus file: expected .jsonl, .csv or .tsv"))
            } else {
                files.append(path)
            }
        }
        var replies: [LabelledReply] = []
        var seen: [String: (String, Int)] = [:]
        for file in files {
            guard let data = fm.contents(atPath: file) else {
                errors.append(CorpusError(.unreadable, file: file, line: 0, "cannot read the file"))
                continue
            }
            let (loaded, problems) = parse(data: data, file: file, format: Format(path: file) ?? .jsonl)
            errors += problems
            for reply in loaded {
                if let first = seen[reply.id] {
                    errors.append(CorpusError(.duplicateID, file: file, line: reply.line,
                                              "id \"\(reply.id)\" is already used at \(first.0):\(first.1)"))
                } else {
                    seen[reply.id] = (file, reply.line)
                    replies.append(reply)
                }
            }
        }
        if !errors.isEmpty { throw CorpusErrors(errors: errors) }
        return replies
    }

    /// The file formats a corpus may come in.
    public enum Format: Sendable {
        case jsonl, csv, tsv
        init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "jsonl": self = .jsonl
            case "csv": self = .csv
            case "tsv": self = .tsv
            default: return nil
            }
        }
    }

    /// Parses one file's bytes; returns the replies and the problems found.
    public static func parse(data: Data, file: String, format: Format) -> ([LabelledReply], [CorpusError]) {
        switch format {
        case .jsonl: return parseJSONLines([UInt8](data), file: file)
        case .csv: return parseDelimited([UInt8](data), file: file, separator: 0x2C)
        case .tsv: return parseDelimited([UInt8](data), file: file, separator: 0x09)
        }
    }

    // MARK: JSON Lines

    static func parseJSONLines(_ bytes: [UInt8], file: String) -> ([LabelledReply], [CorpusError]) {
        // Find the lines first, then parse them on every core (JSON parsing is most of the time).
        var lines: [Range<Int>] = []
        var start = 0
        let end = bytes.count
        while start < end {
            var stop = start
            while stop < end && bytes[stop] != 0x0A { stop += 1 }
            lines.append(start..<stop)
            start = stop + 1
        }
        let results = ResultSlots<Result<LabelledReply, CorpusError>?>(count: lines.count, initial: nil)
        let ranges = lines
        DispatchApply.runChunks(ranges.count) { chunk in
            for i in chunk { results[i] = parseJSONLine(bytes[ranges[i]], file: file, lineNumber: i + 1) }
        }
        var replies: [LabelledReply] = []
        var errors: [CorpusError] = []
        replies.reserveCapacity(lines.count)
        for r in results.all {
            switch r {
            case .success(let reply)?: replies.append(reply)
            case .failure(let e)?: errors.append(e)
            case nil: break
            }
        }
        return (replies, errors)
    }

    static func parseJSONLine(_ raw: ArraySlice<UInt8>, file: String, lineNumber: Int) -> Result<LabelledReply, CorpusError> {
        var line = raw
        if line.last == 0x0D { line = line.dropLast() }
        if lineNumber == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) {
            return .failure(CorpusError(.byteOrderMark, file: file, line: 1, "the file starts with a byte-order mark; save it as UTF-8 without BOM"))
        }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            return .failure(CorpusError(.blankLine, file: file, line: lineNumber, "blank line; every line must be one labelled reply"))
        }
        guard String(validating: line, as: UTF8.self) != nil else {
            return .failure(CorpusError(.invalidUTF8, file: file, line: lineNumber, "the line is not valid UTF-8"))
        }
        let members: [(name: String, value: JSONValue)]
        do {
            guard case .object(let m) = try JSONReader.parse(line) else {
                return .failure(CorpusError(.notAnObject, file: file, line: lineNumber, "the line is not a JSON object"))
            }
            members = m
        } catch {
            return .failure(CorpusError(.invalidJSON, file: file, line: lineNumber,
                                        "the line is not valid JSON: \(error.message) (byte \(error.offset + 1))"))
        }
        func fail(_ kind: CorpusError.Kind, _ message: String) -> Result<LabelledReply, CorpusError> {
            .failure(CorpusError(kind, file: file, line: lineNumber, message))
        }
        // The fields of a corpus line; every other field is ignored. null is the same as absent.
        var id: String?, text: String?, lang: String?, intent: String?, prompt: String?, script: String?
        var also: [String] = []
        var options: [String: String] = [:]
        for (name, value) in members {
            switch name {
            case "id", "text", "lang", "intent", "prompt", "script", "note":
                switch value {
                case .null: continue
                case .string(let s):
                    switch name {
                    case "id": id = s
                    case "text": text = s
                    case "lang": lang = s
                    case "intent": intent = s
                    case "prompt": prompt = s
                    case "script": script = s
                    default: break
                    }
                default: return fail(.wrongType, "\"\(name)\" must be a string")
                }
            case "also":
                switch value {
                case .null: continue
                case .array(let items):
                    for item in items {
                        guard case .string(let s) = item else { return fail(.wrongType, "\"also\" must be a list of intent labels") }
                        also.append(s)
                    }
                default: return fail(.wrongType, "\"also\" must be a list of intent labels")
                }
            case "options":
                switch value {
                case .null: continue
                case .object(let pairs):
                    for (key, v) in pairs {
                        guard case .string(let s) = v else { return fail(.badOptions, "option \"\(key)\" must map to an intent label") }
                        options[key] = s
                    }
                default: return fail(.badOptions, "\"options\" must be an object of reply key to intent")
                }
            default:
                continue
            }
        }
        for (field, value) in [("id", id), ("text", text), ("lang", lang), ("intent", intent)] where value == nil {
            return fail(.missingField, "missing required field \"\(field)\"")
        }
        return build(id: id ?? "", text: text ?? "", lang: lang ?? "", intent: intent ?? "",
                     also: also, options: options, prompt: prompt, script: script, file: file, line: lineNumber)
    }

    /// Validates the fields common to every format and builds the reply.
    static func build(id: String, text: String, lang: String, intent: String, also: [String], options: [String: String],
                      prompt: String?, script: String?, file: String, line: Int) -> Result<LabelledReply, CorpusError> {
        func fail(_ kind: CorpusError.Kind, _ message: String) -> Result<LabelledReply, CorpusError> {
            .failure(CorpusError(kind, file: file, line: line, message))
        }
        if id.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return fail(.missingField, "\"id\" is empty") }
        guard let gold = Intent(label: intent) else { return fail(.unknownIntent, "unknown intent \"\(intent)\" (expected one of \(labels))") }
        var further: [Intent] = []
        for a in also {
            guard let i = Intent(label: a) else { return fail(.unknownIntent, "unknown intent \"\(a)\" in \"also\" (expected one of \(labels))") }
            further.append(i)
        }
        var opts: [String: Intent] = [:]
        for (k, v) in options {
            guard let i = Intent(label: v) else { return fail(.unknownIntent, "option \"\(k)\" names unknown intent \"\(v)\"") }
            opts[k] = i
        }
        guard isLanguageTag(lang) else { return fail(.badLanguageTag, "\"\(lang)\" is not a BCP 47 language tag (e.g. es, zh-Hant, und)") }
        return .success(LabelledReply(id: id, text: text, lang: lang, intent: gold, also: further, options: opts,
                                      prompt: prompt, script: script, file: file, line: line))
    }

    private static let labels = Intent.allCases.map(\.label).joined(separator: ", ")

    /// A well-formed BCP 47 tag: a 2–3 letter language (or `und`) and subtags of 1–8 letters or digits.
    static func isLanguageTag(_ tag: String) -> Bool {
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        let parts = tag.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(isLetter) else { return false }
        return parts.dropFirst().allSatisfy { p in (1...8).contains(p.count) && p.allSatisfy { isLetter($0) || isDigit($0) } }
    }

    // MARK: CSV and TSV

    /// RFC 4180 records (quoted fields may hold separators, quotes and newlines), with a header
    /// row naming the columns; list fields joined by `|`, options as `1=reschedule|2=cancel`.
    static func parseDelimited(_ input: [UInt8], file: String, separator: UInt8) -> ([LabelledReply], [CorpusError]) {
        var bytes = input[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }  // spreadsheet exports add one
        guard String(validating: bytes, as: UTF8.self) != nil else {
            // Find the first bad line so the evaluator knows where to look.
            var line = 1, start = bytes.startIndex
            for i in bytes.indices where bytes[i] == 0x0A {
                if String(validating: bytes[start..<i], as: UTF8.self) == nil { break }
                line += 1; start = i + 1
            }
            return ([], [CorpusError(.invalidUTF8, file: file, line: line, "the line is not valid UTF-8")])
        }
        var records: [(line: Int, fields: [String])] = []
        var errors: [CorpusError] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var i = bytes.startIndex
        var inQuotes = false, quotedField = false
        func endField() { fields.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true); quotedField = false }
        while i < bytes.endIndex {
            let b = bytes[i]
            if inQuotes {
                if b == 0x22 {
                    if i + 1 < bytes.endIndex && bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                    inQuotes = false
                } else {
                    if b == 0x0A { line += 1 }
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case 0x22 where field.isEmpty && !quotedField:
                inQuotes = true; quotedField = true
            case separator:
                endField()
            case 0x0D where i + 1 < bytes.endIndex && bytes[i + 1] == 0x0A:
                break
            case 0x0A:
                endField()
                records.append((recordLine, fields)); fields.removeAll()
                line += 1; recordLine = line
            default:
                field.append(b)
            }
            i += 1
        }
        if inQuotes {
            errors.append(CorpusError(.unterminatedQuote, file: file, line: recordLine, "a quoted field is not closed"))
            return ([], errors)
        }
        if !field.isEmpty || !fields.isEmpty { endField(); records.append((recordLine, fields)) }
        guard let header = records.first else {
            return ([], [CorpusError(.badHeader, file: file, line: 1, "the file is empty; expected a header row with id, text, lang, intent")])
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var index: [String: Int] = [:]
        for (n, c) in columns.enumerated() {
            if index[c] != nil { errors.append(CorpusError(.badHeader, file: file, line: header.line, "column \"\(c)\" appears twice")) }
            index[c] = n
        }
        for required in ["id", "text", "lang", "intent"] where index[required] == nil {
            errors.append(CorpusError(.badHeader, file: file, line: header.line, "the header has no \"\(required)\" column"))
        }
        if !errors.isEmpty { return ([], errors) }
        var replies: [LabelledReply] = []
        for record in records.dropFirst() {
            if record.fields.count == 1 && record.fields[0].trimmingCharacters(in: .whitespaces).isEmpty {
                errors.append(CorpusError(.blankLine, file: file, line: record.line, "blank line; every row must be one labelled reply"))
                continue
            }
            guard record.fields.count == columns.count else {
                errors.append(CorpusError(.wrongColumnCount, file: file, line: record.line,
                                          "expected \(columns.count) fields as in the header, found \(record.fields.count)"))
                continue
            }
            func value(_ name: String) -> String? {
                guard let n = index[name] else { return nil }
                let v = record.fields[n]
                return v.isEmpty ? nil : v
            }
            var options: [String: String] = [:]
            var bad = false
            for pair in (value("options") ?? "").split(separator: "|") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                guard kv.count == 2 else {
                    errors.append(CorpusError(.badOptions, file: file, line: record.line, "option \"\(pair)\" must be KEY=INTENT"))
                    bad = true; break
                }
                options[String(kv[0]).trimmingCharacters(in: .whitespaces)] = String(kv[1]).trimmingCharacters(in: .whitespaces)
            }
            if bad { continue }
            for required in ["id", "lang", "intent"] where value(required) == nil {
                errors.append(CorpusError(.missingField, file: file, line: record.line, "missing required field \"\(required)\""))
                bad = true; break
            }
            if bad { continue }
            let also = (value("also") ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            switch build(id: value("id")!, text: record.fields[index["text"]!], lang: value("lang")!, intent: value("intent")!,
                         also: also, options: options, prompt: value("prompt"), script: value("script"),
                         file: file, line: record.line) {
            case .success(let r): replies.append(r)
            case .failure(let e): errors.append(e)
            }
        }
        return (replies, errors)
    }
}
