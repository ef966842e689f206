import Foundation
public import ParlanceReplies

/// A problem with a template file or a render, naming the template, language, file and line.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case unreadable, invalidUTF8, missingSchema, unsupportedSchema, missingLanguage, languageMismatch
        case unknownDirective, entryOutsideSection, unknownKey, duplicateTemplate, duplicateKey, unknownTemplate
        case badParameter, badValue, syntax, placeholderMismatch, nestedDate, missingTemplate, missingText
        case missingArgument, unknownArgument, argumentTooLong, badArgument, missingTimeZone, unknownTimeZone, formatFailed
    }
    public var kind: Kind
    public var file: String
    public var line: Int
    public var template: String?
    public var lang: String?
    public var message: String

    public init(_ kind: Kind, file: String, line: Int, template: String? = nil, lang: String? = nil, _ message: String) {
        self.kind = kind; self.file = file; self.line = line; self.template = template; self.lang = lang; self.message = message
    }

    public var description: String {
        var where_ = file
        if line > 0 { where_ += ":\(line)" }
        var what: [String] = []
        if let template { what.append("template \(template)") }
        if let lang { what.append("language \(lang)") }
        return "\(where_): \(what.isEmpty ? "" : what.joined(separator: ", ") + ": ")\(message)"
    }
}

/// The type of a placeholder.
public enum PlaceholderType: String, Sendable, CaseIterable {
    case text, number, date, time, datetime, phone, url
    var isDate: Bool { self == .date || self == .time || self == .datetime }
}

/// A placeholder of a template, as the catalog declares it.
public struct Placeholder: Sendable, Equatable {
    public var name: String
    public var type: PlaceholderType
    /// Maximum length in characters (text, number, phone, url).
    public var maxLength: Int?
}

/// A template as the catalog declares it.
public struct TemplateDefinition: Sendable, Equatable {
    public var id: String
    public var purpose: String
    public var placeholders: [Placeholder]
    /// Segments allowed on the worst-case fill.
    public var budget: Int
    /// Intents the reply keywords must cover.
    public var replies: [Intent]
    public var file: String
    public var line: Int
}

/// A reply keyword: what the patient is told to send, and what it means.
public struct ReplyKeyword: Sendable, Equatable {
    public var key: String
    public var intent: Intent
    public var line: Int
}

/// One template in one language, as written in `TAG.tmpl`.
public struct Translation: Sendable, Equatable {
    public var template: String
    public var lang: String
    /// The ICU MessageFormat pattern.
    public var text: String
    public var replies: [ReplyKeyword]
    /// Typical values, by placeholder name.
    public var samples: [String: String]
    /// This language's own budget, when it sets one.
    public var budget: Int?
    public var file: String
    /// The line of the section header, and of `text:`.
    public var line: Int
    public var textLine: Int
}

/// A parsed line-oriented data file: header directives and sections of `key: value` lines.
struct SectionedFile {
    struct Entry { var key: String; var value: String; var line: Int }
    struct Section { var name: String; var line: Int; var entries: [Entry] }
    var directives: [(String, String, Int)] = []
    var sections: [Section] = []

    static func parse(_ data: Data, file: String) throws(TemplateError) -> SectionedFile {
        guard let text = String(data: data, encoding: .utf8), String(validating: [UInt8](data), as: UTF8.self) != nil else {
            var line = 1, start = 0
            let bytes = [UInt8](data)
            for (i, b) in bytes.enumerated() where b == 0x0A {
                if String(validating: bytes[start..<i], as: UTF8.self) == nil { break }
                line += 1; start = i + 1
            }
            throw TemplateError(.invalidUTF8, file: file, line: line, "the line is not valid UTF-8")
        }
        var out = SectionedFile()
        // "\r\n" is one Character in Swift, so splitting on "\n" alone would leave a CRLF file one line.
        for (n, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let lineNo = n + 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if lineNo == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("@") {
                let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1)
                out.directives.append((String(parts[0]), parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : "", lineNo))
                continue
            }
            if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") {
                out.sections.append(Section(name: String(trimmed.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces), line: lineNo, entries: []))
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw TemplateError(.unknownKey, file: file, line: lineNo, "expected `key: value`, `[template]` or `@directive`")
            }
            guard !out.sections.isEmpty else {
                throw TemplateError(.entryOutsideSection, file: file, line: lineNo, "this line comes before the first [template] section")
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            var value = String(line[line.index(after: colon)...])
            if value.hasPrefix(" ") { value.removeFirst() }
            // Keep the text exactly (a trailing space is content), but drop the line's own end.
            if key != "text" { value = value.trimmingCharacters(in: .whitespaces) }
            out.sections[out.sections.count - 1].entries.append(Entry(key: key, value: value, line: lineNo))
        }
        return out
    }

    func directive(_ name: String) -> (String, Int)? {
        directives.first { $0.0 == name }.map { ($0.1, $0.2) }
    }

    func checkSchema(_ expected: String, file: String) throws(TemplateError) {
        guard let (schema, line) = directive("schema") else {
            throw TemplateError(.missingSchema, file: file, line: 1, "missing `@schema \(expected)`")
        }
        guard schema == expected else {
            throw TemplateError(.unsupportedSchema, file: file, line: line, "schema `\(schema)` is not supported; expected `\(expected)`")
        }
        for (name, _, line) in directives where !["schema", "lang", "name"].contains(name) {
            throw TemplateError(.unknownDirective, file: file, line: line, "unknown directive `@\(name)`")
        }
    }
}

enum CatalogParser {
    static func parse(_ data: Data, file: String) throws(TemplateError) -> [TemplateDefinition] {
        let parsed = try SectionedFile.parse(data, file: file)
        try parsed.checkSchema("template-catalog@1", file: file)
        var out: [TemplateDefinition] = []
        for section in parsed.sections {
            if out.contains(where: { $0.id == section.name }) {
                throw TemplateError(.duplicateTemplate, file: file, line: section.line, template: section.name, "template `\(section.name)` is declared twice")
            }
            var def = TemplateDefinition(id: section.name, purpose: "", placeholders: [], budget: 1, replies: [], file: file, line: section.line)
            for e in section.entries {
                func fail(_ kind: TemplateError.Kind, _ m: String) -> TemplateError {
                    TemplateError(kind, file: file, line: e.line, template: section.name, m)
                }
                switch e.key {
                case "purpose": def.purpose = e.value
                case "param":
                    let f = e.value.split(separator: " ")
                    guard f.count >= 2, let type = PlaceholderType(rawValue: String(f[1])) else {
                        throw fail(.badParameter, "expected `param: NAME TYPE [MAX]` with TYPE one of \(PlaceholderType.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    var max: Int?
                    if f.count >= 3 {
                        guard let m = Int(f[2]), m > 0 else { throw fail(.badParameter, "the maximum length `\(f[2])` is not a positive number") }
                        max = m
                    } else if !type.isDate {
                        throw fail(.badParameter, "a \(type.rawValue) placeholder needs a maximum length")
                    }
                    if def.placeholders.contains(where: { $0.name == String(f[0]) }) { throw fail(.duplicateKey, "placeholder `\(f[0])` is declared twice") }
                    def.placeholders.append(Placeholder(name: String(f[0]), type: type, maxLength: max))
                case "budget":
                    guard let b = Int(e.value), b > 0 else { throw fail(.badValue, "the budget `\(e.value)` is not a positive number of segments") }
                    def.budget = b
                case "replies":
                    for label in e.value.split(separator: " ") {
                        guard let i = Intent(label: String(label)) else { throw fail(.badValue, "unknown intent `\(label)`") }
                        def.replies.append(i)
                    }
                default:
                    throw fail(.unknownKey, "unknown key `\(e.key)` (expected purpose, param, budget, replies)")
                }
            }
            out.append(def)
        }
        return out
    }
}

enum TranslationParser {
    static func parse(_ data: Data, file: String, expectedLang: String) throws(TemplateError) -> (name: String, translations: [Translation]) {
        let parsed = try SectionedFile.parse(data, file: file)
        try parsed.checkSchema("template@1", file: file)
        guard let (lang, langLine) = parsed.directive("lang") else {
            throw TemplateError(.missingLanguage, file: file, line: 1, "missing `@lang TAG`")
        }
        guard lang == expectedLang else {
            throw TemplateError(.languageMismatch, file: file, line: langLine, "`@lang \(lang)` does not match the file name (\(expectedLang).tmpl)")
        }
        var out: [Translation] = []
        for section in parsed.sections {
            if out.contains(where: { $0.template == section.name }) {
                throw TemplateError(.duplicateTemplate, file: file, line: section.line, template: section.name, lang: lang, "template `\(section.name)` appears twice")
            }
            var t = Translation(template: section.name, lang: lang, text: "", replies: [], samples: [:], budget: nil, file: file, line: section.line, textLine: 0)
            for e in section.entries {
                func fail(_ kind: TemplateError.Kind, _ m: String) -> TemplateError {
                    TemplateError(kind, file: file, line: e.line, template: section.name, lang: lang, m)
                }
                switch e.key {
                case "text":
                    if t.textLine > 0 { throw fail(.duplicateKey, "a second `text:`; a template's text is one line") }
                    t.text = e.value; t.textLine = e.line
                case "reply":
                    let kv = e.value.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    guard kv.count == 2, !kv[0].isEmpty else { throw fail(.badValue, "expected `reply: KEY = INTENT`") }
                    guard let intent = Intent(label: kv[1]) else { throw fail(.badValue, "unknown intent `\(kv[1])`") }
                    if t.replies.contains(where: { $0.key.lowercased() == kv[0].lowercased() }) { throw fail(.duplicateKey, "reply key `\(kv[0])` is given twice") }
                    t.replies.append(ReplyKeyword(key: kv[0], intent: intent, line: e.line))
                case "sample":
                    let kv = e.value.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    guard kv.count == 2, !kv[0].isEmpty else { throw fail(.badValue, "expected `sample: NAME = VALUE`") }
                    t.samples[kv[0]] = kv[1]
                case "budget":
                    guard let b = Int(e.value), b > 0 else { throw fail(.badValue, "the budget `\(e.value)` is not a positive number of segments") }
                    t.budget = b
                default:
                    throw fail(.unknownKey, "unknown key `\(e.key)` (expected text, reply, sample, budget)")
                }
            }
            if t.textLine == 0 {
                throw TemplateError(.missingText, file: file, line: section.line, template: section.name, lang: lang, "the template has no `text:` line")
            }
            out.append(t)
        }
        return (parsed.directive("name")?.0 ?? lang, out)
    }
}
