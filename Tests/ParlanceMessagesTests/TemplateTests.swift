import Foundation
import Testing
@testable import ParlanceMessages
import ParlanceReplies
import ParlanceText

// MARK: - Fixtures

/// The bundled `Templates/` folder of the package.
let bundledTemplatesPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Templates").path

/// Loaded once for the run: a `TemplateSet` is immutable and thread-safe.
let bundledTemplates = Result { () throws(TemplateError) -> TemplateSet in try TemplateSet(directory: bundledTemplatesPath) }

let bundledClassifier = Result { () throws(LexiconError) -> ReplyClassifier in try ReplyClassifier() }

/// The contents of one file of a test folder.
enum FileContent: Sendable {
    case text(String)
    case bytes([UInt8])
    /// A directory where a file should be: it cannot be read.
    case directory
}

/// A Templates folder written for one test under the temporary directory; removed when released.
final class TemplateFolder {
    let path: String

    init(_ files: [String: FileContent]) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parlance-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, content) in files {
            let file = url.appendingPathComponent(name)
            switch content {
            case .text(let s): try Data(s.utf8).write(to: file)
            case .bytes(let b): try Data(b).write(to: file)
            case .directory: try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
            }
        }
        path = url.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }
}

/// A small catalog and its English and Spanish translations. Line numbers matter: the cases
/// below replace whole lines and expect errors on them.
enum Fixture {
    static let catalog = """
    # Test catalog: two templates.
    @schema template-catalog@1

    [greet]
    purpose: Greets the patient and asks them to confirm.
    param: name text 10
    param: start datetime
    budget: 2
    replies: confirm

    [late]
    purpose: Says how long the clinic can wait.
    param: grace number 3
    budget: 1

    """

    static let en = """
    # English (en) test templates: the source text.
    # Every translation is reviewed against it.
    @schema template@1
    @lang en
    @name English

    [greet]
    # Plain and short.
    text: Hi {name}, see you on {start, date, ::MMMd} at {start, time, ::jmm}. Reply 1 to confirm.
    reply: 1 = confirm
    sample: name = Ann
    sample: start = 2026-11-24T09:30

    [late]
    text: We can wait {grace, plural, one {# minute} other {# minutes}}.
    sample: grace = 15

    """

    static let es = """
    # Spanish (es) test templates: the translation of en.tmpl,
    # read beside it by a bilingual reviewer.
    @schema template@1
    @lang es
    @name Spanish (Español)

    [greet]
    # Usted, as in every Spanish message.
    text: Hola {name}, le esperamos el {start, date, ::dMMMM} a las {start, time, ::jmm}. Responda 1 para confirmar.
    reply: 1 = confirm
    sample: name = Ana
    sample: start = 2026-11-24T09:30

    [late]
    text: Podemos esperar {grace, plural, one {# minuto} other {# minutos}}.
    sample: grace = 15

    """

    static let base: [String: String] = ["catalog.tmpl": catalog, "en.tmpl": en, "es.tmpl": es]

    /// `text` with its line `n` (1-based) replaced.
    static func replacing(_ text: String, line n: Int, with new: String) -> String {
        var lines = text.components(separatedBy: "\n")
        lines[n - 1] = new
        return lines.joined(separator: "\n")
    }

    /// `text` with invalid UTF-8 on line `n`.
    static func invalidUTF8(_ text: String, line n: Int, bytes: [UInt8] = [0xFF, 0xFE]) -> [UInt8] {
        var lines = text.components(separatedBy: "\n").map { Array($0.utf8) }
        lines[n - 1] += bytes
        return Array(lines.joined(separator: [0x0A]))
    }
}

/// A change to one line of a fixture file.
struct Edit: Sendable {
    let file: String
    let line: Int
    let text: String
    init(_ file: String, _ line: Int, _ text: String) { self.file = file; self.line = line; self.text = text }
}

/// A fixture folder with some changes, and the error it must give.
struct FolderCase: Sendable, CustomTestStringConvertible {
    let id: String
    var edits: [Edit] = []
    var files: [String: FileContent] = [:]
    var removed: [String] = []
    let kind: TemplateError.Kind
    let file: String
    let line: Int
    var template: String? = nil
    var lang: String? = nil
    /// A word the message must mention.
    var mentions: String? = nil
    var testDescription: String { id }

    func folder() throws -> TemplateFolder {
        var texts = Fixture.base
        for e in edits { texts[e.file] = Fixture.replacing(texts[e.file] ?? "", line: e.line, with: e.text) }
        var all = texts.mapValues { FileContent.text($0) }
        for name in removed { all[name] = nil }
        for (name, content) in files { all[name] = content }
        return try TemplateFolder(all)
    }

    func check(_ error: TemplateError, in folder: TemplateFolder, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(error.kind == kind, "\(error)", sourceLocation: sourceLocation)
        #expect(error.file == folder.file(file), sourceLocation: sourceLocation)
        #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
        #expect(error.template == template, sourceLocation: sourceLocation)
        #expect(error.lang == lang, sourceLocation: sourceLocation)
        #expect(!error.message.isEmpty, sourceLocation: sourceLocation)
        if let mentions { #expect(error.message.contains(mentions), "\(error.message)", sourceLocation: sourceLocation) }
        // The description names where, for a person to open.
        #expect(error.description.hasPrefix(folder.file(file)), sourceLocation: sourceLocation)
    }
}

// MARK: - Loading errors

/// Files that cannot be read as the format: loading throws.
let loadErrorCases: [FolderCase] = [
    FolderCase(id: "unreadable: no catalog", removed: ["catalog.tmpl"], kind: .unreadable, file: "catalog.tmpl", line: 0),
    FolderCase(id: "unreadable: a translation that is a directory", files: ["fr.tmpl": .directory], kind: .unreadable, file: "fr.tmpl", line: 0),
    FolderCase(id: "invalidUTF8 in a translation", files: ["es.tmpl": .bytes(Fixture.invalidUTF8(Fixture.es, line: 9))],
               kind: .invalidUTF8, file: "es.tmpl", line: 9),
    FolderCase(id: "invalidUTF8: a truncated sequence in the catalog", files: ["catalog.tmpl": .bytes(Fixture.invalidUTF8(Fixture.catalog, line: 5, bytes: [0xC3]))],
               kind: .invalidUTF8, file: "catalog.tmpl", line: 5),
    FolderCase(id: "invalidUTF8 on the last line, no newline", files: ["es.tmpl": .bytes(Array(Fixture.es.utf8) + [0x23, 0x20, 0xE2, 0x82])],
               kind: .invalidUTF8, file: "es.tmpl", line: 17),
    FolderCase(id: "missingSchema in the catalog", edits: [Edit("catalog.tmpl", 2, "# no schema")], kind: .missingSchema, file: "catalog.tmpl", line: 1),
    FolderCase(id: "missingSchema in a translation", edits: [Edit("es.tmpl", 3, "")], kind: .missingSchema, file: "es.tmpl", line: 1),
    FolderCase(id: "unsupportedSchema: catalog@2", edits: [Edit("catalog.tmpl", 2, "@schema template-catalog@2")],
               kind: .unsupportedSchema, file: "catalog.tmpl", line: 2, mentions: "template-catalog@2"),
    FolderCase(id: "unsupportedSchema: template@2", edits: [Edit("es.tmpl", 3, "@schema template@2")], kind: .unsupportedSchema, file: "es.tmpl", line: 3),
    FolderCase(id: "unsupportedSchema: a catalog schema in a translation", edits: [Edit("es.tmpl", 3, "@schema template-catalog@1")],
               kind: .unsupportedSchema, file: "es.tmpl", line: 3),
    FolderCase(id: "missingLanguage", edits: [Edit("es.tmpl", 4, "# no language")], kind: .missingLanguage, file: "es.tmpl", line: 1),
    FolderCase(id: "languageMismatch", edits: [Edit("es.tmpl", 4, "@lang pt")], kind: .languageMismatch, file: "es.tmpl", line: 4, mentions: "es.tmpl"),
    FolderCase(id: "languageMismatch: a region is not the file's tag", edits: [Edit("es.tmpl", 4, "@lang es-MX")],
               kind: .languageMismatch, file: "es.tmpl", line: 4),
    FolderCase(id: "unknownDirective", edits: [Edit("es.tmpl", 6, "@author Ana")], kind: .unknownDirective, file: "es.tmpl", line: 6, mentions: "@author"),
    FolderCase(id: "unknownDirective in the catalog", edits: [Edit("catalog.tmpl", 3, "@author Bob")], kind: .unknownDirective, file: "catalog.tmpl", line: 3),
    FolderCase(id: "entryOutsideSection", edits: [Edit("es.tmpl", 6, "text: Hola")], kind: .entryOutsideSection, file: "es.tmpl", line: 6),
    FolderCase(id: "entryOutsideSection in the catalog", edits: [Edit("catalog.tmpl", 3, "budget: 2")], kind: .entryOutsideSection, file: "catalog.tmpl", line: 3),
    FolderCase(id: "unknownKey in the catalog", edits: [Edit("catalog.tmpl", 5, "colour: red")],
               kind: .unknownKey, file: "catalog.tmpl", line: 5, template: "greet", mentions: "colour"),
    FolderCase(id: "unknownKey in a translation", edits: [Edit("es.tmpl", 8, "color: rojo")],
               kind: .unknownKey, file: "es.tmpl", line: 8, template: "greet", lang: "es", mentions: "color"),
    FolderCase(id: "unknownKey: a line that is not `key: value`", edits: [Edit("es.tmpl", 8, "Hola a todos")],
               kind: .unknownKey, file: "es.tmpl", line: 8),
    FolderCase(id: "duplicateTemplate in the catalog", edits: [Edit("catalog.tmpl", 11, "[greet]")],
               kind: .duplicateTemplate, file: "catalog.tmpl", line: 11, template: "greet"),
    FolderCase(id: "duplicateTemplate in a translation", edits: [Edit("es.tmpl", 14, "[greet]")],
               kind: .duplicateTemplate, file: "es.tmpl", line: 14, template: "greet", lang: "es"),
    FolderCase(id: "duplicateKey: a placeholder declared twice", edits: [Edit("catalog.tmpl", 7, "param: name text 20")],
               kind: .duplicateKey, file: "catalog.tmpl", line: 7, template: "greet", mentions: "name"),
    FolderCase(id: "duplicateKey: a second text", edits: [Edit("es.tmpl", 8, "text: Hola {name}.")],
               kind: .duplicateKey, file: "es.tmpl", line: 9, template: "greet", lang: "es"),
    FolderCase(id: "duplicateKey: a reply key twice", edits: [Edit("es.tmpl", 11, "reply: 1 = cancel")],
               kind: .duplicateKey, file: "es.tmpl", line: 11, template: "greet", lang: "es"),
    FolderCase(id: "badParameter: unknown type", edits: [Edit("catalog.tmpl", 6, "param: name string 10")],
               kind: .badParameter, file: "catalog.tmpl", line: 6, template: "greet"),
    FolderCase(id: "badParameter: text without a maximum", edits: [Edit("catalog.tmpl", 6, "param: name text")],
               kind: .badParameter, file: "catalog.tmpl", line: 6, template: "greet"),
    FolderCase(id: "badParameter: maximum 0", edits: [Edit("catalog.tmpl", 6, "param: name text 0")],
               kind: .badParameter, file: "catalog.tmpl", line: 6, template: "greet"),
    FolderCase(id: "badParameter: no type", edits: [Edit("catalog.tmpl", 6, "param: name")],
               kind: .badParameter, file: "catalog.tmpl", line: 6, template: "greet"),
    FolderCase(id: "badValue: catalog budget", edits: [Edit("catalog.tmpl", 8, "budget: two")],
               kind: .badValue, file: "catalog.tmpl", line: 8, template: "greet"),
    FolderCase(id: "badValue: unknown intent in replies", edits: [Edit("catalog.tmpl", 9, "replies: confirm maybe")],
               kind: .badValue, file: "catalog.tmpl", line: 9, template: "greet", mentions: "maybe"),
    FolderCase(id: "badValue: reply with an unknown intent", edits: [Edit("es.tmpl", 10, "reply: 1 = maybe")],
               kind: .badValue, file: "es.tmpl", line: 10, template: "greet", lang: "es", mentions: "maybe"),
    FolderCase(id: "badValue: reply without an intent", edits: [Edit("es.tmpl", 10, "reply: 1")],
               kind: .badValue, file: "es.tmpl", line: 10, template: "greet", lang: "es"),
    FolderCase(id: "badValue: reply without a key", edits: [Edit("es.tmpl", 10, "reply: = confirm")],
               kind: .badValue, file: "es.tmpl", line: 10, template: "greet", lang: "es"),
    FolderCase(id: "badValue: sample without a name", edits: [Edit("es.tmpl", 11, "sample: Ana")],
               kind: .badValue, file: "es.tmpl", line: 11, template: "greet", lang: "es"),
    FolderCase(id: "badValue: language budget 0", edits: [Edit("es.tmpl", 8, "budget: 0")],
               kind: .badValue, file: "es.tmpl", line: 8, template: "greet", lang: "es"),
    FolderCase(id: "missingText", edits: [Edit("es.tmpl", 15, "# text to come")],
               kind: .missingText, file: "es.tmpl", line: 14, template: "late", lang: "es"),
]

/// Problems within a template: loading succeeds, the translation cannot be rendered, and
/// rendering it throws the same error.
let problemCases: [FolderCase] = [
    FolderCase(id: "syntax: unbalanced brace on line 9",
               edits: [Edit("es.tmpl", 9, "text: Hola {name}, le esperamos el {start, date, ::dMMMM} a las {start, time, ::jmm. Responda 1 para confirmar.")],
               kind: .syntax, file: "es.tmpl", line: 9, template: "greet", lang: "es"),
    FolderCase(id: "syntax: an argument with no name", edits: [Edit("es.tmpl", 15, "text: Podemos esperar {} {grace, number}.")],
               kind: .syntax, file: "es.tmpl", line: 15, template: "late", lang: "es"),
    FolderCase(id: "placeholderMismatch: missing placeholder",
               edits: [Edit("es.tmpl", 9, "text: Hola, le esperamos el {start, date, ::dMMMM} a las {start, time, ::jmm}. Responda 1 para confirmar.")],
               kind: .placeholderMismatch, file: "es.tmpl", line: 9, template: "greet", lang: "es", mentions: "{name}"),
    FolderCase(id: "placeholderMismatch: extra placeholder",
               edits: [Edit("es.tmpl", 9, "text: Hola {name} {apellido}, le esperamos el {start, date, ::dMMMM} a las {start, time, ::jmm}.")],
               kind: .placeholderMismatch, file: "es.tmpl", line: 9, template: "greet", lang: "es", mentions: "{apellido}"),
    FolderCase(id: "placeholderMismatch: a date written as plain text",
               edits: [Edit("es.tmpl", 9, "text: Hola {name}, le esperamos el {start}.")],
               kind: .placeholderMismatch, file: "es.tmpl", line: 9, template: "greet", lang: "es", mentions: "{start}"),
    FolderCase(id: "placeholderMismatch: a number formatted as a date",
               edits: [Edit("es.tmpl", 15, "text: Podemos esperar hasta el {grace, date, ::dMMMM}.")],
               kind: .placeholderMismatch, file: "es.tmpl", line: 15, template: "late", lang: "es", mentions: "{grace}"),
    FolderCase(id: "nestedDate: a time inside a select",
               edits: [Edit("es.tmpl", 9, "text: Hola {name}. Su cita es el {start, date, ::dMMMM}{name, select, other { a las {start, time, ::jmm}}}.")],
               kind: .nestedDate, file: "es.tmpl", line: 9, template: "greet", lang: "es", mentions: "{start}"),
    FolderCase(id: "missingTemplate: a language without one of the templates",
               edits: [Edit("es.tmpl", 14, "# [late] to come"), Edit("es.tmpl", 15, "#"), Edit("es.tmpl", 16, "#")],
               kind: .missingTemplate, file: "es.tmpl", line: 0, template: "late", lang: "es"),
    FolderCase(id: "unknownTemplate: a translation of a template the catalog lacks",
               edits: [Edit("es.tmpl", 16, "sample: grace = 15\n\n[goodbye]\ntext: Adiós, {name}.")],
               kind: .unknownTemplate, file: "es.tmpl", line: 18, template: "goodbye", lang: "es"),
]

@Suite("Template files")
struct TemplateLoadingTests {
    @Test func fixtureLoadsAndRenders() throws {
        let folder = try TemplateFolder(Fixture.base.mapValues { .text($0) })
        let set = try TemplateSet(directory: folder.path)
        #expect(set.problems.isEmpty)
        #expect(set.languages == ["en", "es"])
        #expect(set.languageNames["es"] == "Spanish (Español)")
        #expect(set.definitions.map(\.id) == ["greet", "late"])
        let greet = try #require(set.definition("greet"))
        #expect(greet.placeholders == [Placeholder(name: "name", type: .text, maxLength: 10), Placeholder(name: "start", type: .datetime, maxLength: nil)])
        #expect(greet.budget == 2 && greet.replies == [.confirm] && greet.line == 4)
        let es = try #require(set.translation("greet", lang: "es"))
        #expect(es.line == 7 && es.textLine == 9)
        #expect(es.replies == [ReplyKeyword(key: "1", intent: .confirm, line: 10)])
        #expect(es.samples == ["name": "Ana", "start": "2026-11-24T09:30"])

        let en = try set.render("greet", lang: "en", values: ["name": "Ann", "start": "2026-11-24T09:30"], timeZone: "America/Chicago")
        #expect(en.text == "Hi Ann, see you on Nov 24 at 9:30 AM. Reply 1 to confirm.")
        #expect(en.segments.encoding == .gsm7 && en.segments.segmentCount == 1)
        #expect(en.replyOptions == ["1": .confirm] && en.budget == 2)
        #expect(en.replyContext.preferredLanguages == ["en"] && en.replyContext.prompt == en.text)
        let spanish = try set.render("greet", lang: "es", values: ["name": "Ana", "start": "2026-11-24T09:30"], timeZone: "America/Chicago")
        #expect(spanish.text == "Hola Ana, le esperamos el 24 de noviembre a las 9:30. Responda 1 para confirmar.")
        let late = try set.render("late", lang: "es", values: ["grace": "1"], timeZone: nil)
        #expect(late.text == "Podemos esperar 1 minuto.")
    }

    /// Files saved on Windows: CRLF line ends, with or without a byte order mark.
    @Test(arguments: ["", "\u{FEFF}"])
    func crlfFilesAreRead(_ bom: String) throws {
        let crlf = { (s: String) in bom + s.replacingOccurrences(of: "\n", with: "\r\n") }
        let folder = try TemplateFolder(["catalog.tmpl": .text(crlf(Fixture.catalog)), "en.tmpl": .text(Fixture.en), "es.tmpl": .text(crlf(Fixture.es))])
        let set = try TemplateSet(directory: folder.path)
        #expect(set.problems.isEmpty)
        #expect(set.definition("greet")?.placeholders.count == 2)
        let t = try #require(set.translation("greet", lang: "es"))
        #expect(!t.text.hasSuffix("\r") && t.textLine == 9)
        #expect(t.samples["name"] == "Ana")
        // Errors still name the right line.
        let bad = crlf(Fixture.replacing(Fixture.es, line: 8, with: "color: rojo"))
        let badFolder = try TemplateFolder(["catalog.tmpl": .text(Fixture.catalog), "en.tmpl": .text(Fixture.en), "es.tmpl": .text(bad)])
        #expect { try TemplateSet(directory: badFolder.path) } throws: { ($0 as? TemplateError)?.kind == .unknownKey && ($0 as? TemplateError)?.line == 8 }
    }

    @Test(arguments: loadErrorCases)
    func loadingThrows(_ c: FolderCase) throws {
        let folder = try c.folder()
        do {
            let set = try TemplateSet(directory: folder.path)
            Issue.record("loaded with problems \(set.problems)")
        } catch {
            c.check(error, in: folder)
        }
    }

    @Test(arguments: problemCases)
    func problemIsKeptAndRenderingThrows(_ c: FolderCase) throws {
        let folder = try c.folder()
        let set = try TemplateSet(directory: folder.path)
        let problem = try #require(set.problems.first { $0.kind == c.kind }, "problems: \(set.problems)")
        c.check(problem, in: folder)
        // Only this template in this language is affected.
        #expect(set.problems.allSatisfy { $0.template == c.template && $0.lang == c.lang }, "\(set.problems)")
        let template = try #require(c.template), lang = try #require(c.lang)
        let samples = set.translation(template, lang: lang)?.samples ?? [:]
        do {
            let r = try set.render(template, lang: lang, values: samples, timeZone: "America/Chicago")
            Issue.record("rendered \(r.text)")
        } catch {
            if c.kind == .unknownTemplate {
                // Not in the catalog: the render names the catalog.
                #expect(error.kind == .unknownTemplate && error.file == folder.file("catalog.tmpl") && error.template == template)
            } else {
                #expect(error == problem)
            }
        }
        // The other language still renders.
        if c.kind != .unknownTemplate {
            let en = try set.render(template, lang: "en", values: set.translation(template, lang: "en")?.samples ?? [:], timeZone: "America/Chicago")
            #expect(!en.text.contains("{"))
        }
    }

    /// Every kind that loading or rendering can raise has a case above (`formatFailed` is ICU
    /// failing on values already checked, which these files cannot provoke).
    @Test func everyErrorKindHasACase() {
        let covered = Set(loadErrorCases.map(\.kind) + problemCases.map(\.kind) + renderErrorCases.map(\.kind))
        let all: Set<TemplateError.Kind> = [
            .unreadable, .invalidUTF8, .missingSchema, .unsupportedSchema, .missingLanguage, .languageMismatch,
            .unknownDirective, .entryOutsideSection, .unknownKey, .duplicateTemplate, .duplicateKey, .unknownTemplate,
            .badParameter, .badValue, .syntax, .placeholderMismatch, .nestedDate, .missingTemplate, .missingText,
            .missingArgument, .unknownArgument, .argumentTooLong, .badArgument, .missingTimeZone, .unknownTimeZone,
        ]
        #expect(all.subtracting(covered).isEmpty, "no case for \(all.subtracting(covered).map(\.rawValue).sorted())")
    }

    @Test func severalMismatchesAreAllReported() throws {
        let c = FolderCase(id: "renamed placeholder", edits: [Edit("es.tmpl", 9, "text: Hola {nombre}, le esperamos el {start, date, ::dMMMM}.")],
                           kind: .placeholderMismatch, file: "es.tmpl", line: 9)
        let folder = try c.folder()
        let set = try TemplateSet(directory: folder.path)
        let messages = set.problems.filter { $0.kind == .placeholderMismatch && $0.line == 9 }.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.contains("{name}") } && messages.contains { $0.contains("{nombre}") })
    }
}

// MARK: - Rendering errors

enum RenderValues: Sendable {
    case text([String: String])
    case typed([String: TemplateValue])
}

struct RenderErrorCase: Sendable, CustomTestStringConvertible {
    let id: String
    var template = "greet"
    var lang = "en"
    let values: RenderValues
    var timeZone: String? = "America/Chicago"
    let kind: TemplateError.Kind
    let file: String
    let line: Int
    var testDescription: String { id }
}

let novemberMorning = Date(timeIntervalSince1970: 1_795_534_200)  // 2026-11-24T15:30:00Z

let renderErrorCases: [RenderErrorCase] = [
    RenderErrorCase(id: "missingArgument", values: .text(["start": "2026-11-24T09:30"]), kind: .missingArgument, file: "en.tmpl", line: 9),
    RenderErrorCase(id: "missingArgument (typed)", values: .typed(["name": .text("Ann")]), kind: .missingArgument, file: "en.tmpl", line: 9),
    RenderErrorCase(id: "missingArgument: no values at all", template: "late", values: .text([:]), kind: .missingArgument, file: "en.tmpl", line: 15),
    RenderErrorCase(id: "unknownArgument", values: .text(["name": "Ann", "start": "2026-11-24T09:30", "colour": "red"]),
                    kind: .unknownArgument, file: "en.tmpl", line: 9),
    RenderErrorCase(id: "unknownArgument (typed)", values: .typed(["name": .text("Ann"), "start": .date(novemberMorning), "colour": .text("red")]),
                    kind: .unknownArgument, file: "en.tmpl", line: 9),
    RenderErrorCase(id: "argumentTooLong: 11 characters for 10", values: .text(["name": "Maximiliano", "start": "2026-11-24T09:30"]),
                    kind: .argumentTooLong, file: "en.tmpl", line: 9),
    RenderErrorCase(id: "argumentTooLong: 4 digits for 3", template: "late", values: .text(["grace": "1000"]),
                    kind: .argumentTooLong, file: "en.tmpl", line: 15),
    RenderErrorCase(id: "badArgument: not a number", template: "late", values: .text(["grace": "fifteen"]),
                    kind: .badArgument, file: "en.tmpl", line: 15),
    RenderErrorCase(id: "badArgument: infinite", template: "late", values: .text(["grace": "inf"]),
                    kind: .badArgument, file: "en.tmpl", line: 15),
    RenderErrorCase(id: "badArgument: not a date", values: .text(["name": "Ann", "start": "next Tuesday"]),
                    kind: .badArgument, file: "en.tmpl", line: 9),
    RenderErrorCase(id: "badArgument: February 30", values: .text(["name": "Ann", "start": "2026-02-30T09:30"]),
                    kind: .badArgument, file: "en.tmpl", line: 9),
    RenderErrorCase(id: "badArgument: hour 24", values: .text(["name": "Ann", "start": "2026-11-24T24:00"]),
                    kind: .badArgument, file: "en.tmpl", line: 9),
    RenderErrorCase(id: "badArgument: a number for a text (typed)", values: .typed(["name": .number(3), "start": .date(novemberMorning)]),
                    kind: .badArgument, file: "en.tmpl", line: 9),
    RenderErrorCase(id: "badArgument: a text for a date (typed)", values: .typed(["name": .text("Ann"), "start": .text("tomorrow")]),
                    kind: .badArgument, file: "en.tmpl", line: 9),
    RenderErrorCase(id: "missingTimeZone", values: .text(["name": "Ann", "start": "2026-11-24T09:30"]), timeZone: nil,
                    kind: .missingTimeZone, file: "en.tmpl", line: 9),
    RenderErrorCase(id: "missingTimeZone (typed)", values: .typed(["name": .text("Ann"), "start": .date(novemberMorning)]), timeZone: nil,
                    kind: .missingTimeZone, file: "en.tmpl", line: 9),
    RenderErrorCase(id: "unknownTimeZone", values: .text(["name": "Ann", "start": "2026-11-24T09:30"]), timeZone: "Mars/Olympus_Mons",
                    kind: .unknownTimeZone, file: "en.tmpl", line: 9),
    RenderErrorCase(id: "unknownTimeZone (typed)", values: .typed(["name": .text("Ann"), "start": .date(novemberMorning)]), timeZone: "Mars/Olympus_Mons",
                    kind: .unknownTimeZone, file: "en.tmpl", line: 9),
    RenderErrorCase(id: "unknownTemplate", template: "goodbye", values: .text([:]), kind: .unknownTemplate, file: "catalog.tmpl", line: 0),
    RenderErrorCase(id: "missingTemplate: a language with no file", lang: "de", values: .text(["name": "Ann", "start": "2026-11-24T09:30"]),
                    kind: .missingTemplate, file: "de.tmpl", line: 0),
]

/// A date or date-time value written as text, and the instant it is (nil: rejected).
struct DateTextCase: Sendable, CustomTestStringConvertible {
    var text: String
    var zone = "America/Chicago"
    var instant: String?
    var testDescription: String { "\(text) in \(zone)" }
}

let dateTextCases: [DateTextCase] = [
    DateTextCase(text: "2026-11-24T09:30", instant: "2026-11-24T15:30:00Z"),
    DateTextCase(text: " 2026-11-24 09:30 ", instant: "2026-11-24T15:30:00Z"),
    DateTextCase(text: "2026-11-24  09:30:15", instant: "2026-11-24T15:30:15Z"),
    DateTextCase(text: "2026-11-24", instant: "2026-11-24T06:00:00Z"),
    DateTextCase(text: "2026-3-5T9:05", instant: "2026-03-05T15:05:00Z"),
    DateTextCase(text: "2026-07-01T09:30", instant: "2026-07-01T14:30:00Z"),              // daylight time, UTC−5
    DateTextCase(text: "2026-07-01T09:30", zone: "Asia/Kolkata", instant: "2026-07-01T04:00:00Z"),
    DateTextCase(text: "2026-11-24T15:30:00Z", instant: "2026-11-24T15:30:00Z"),
    DateTextCase(text: "2026-11-24T09:30:00-06:00", instant: "2026-11-24T15:30:00Z"),
    DateTextCase(text: "2026-11-01T01:30", instant: "2026-11-01T06:30:00Z"),              // the repeated hour: the first
    DateTextCase(text: "2026-03-08T02:30", instant: nil),                                 // skipped by daylight time
    DateTextCase(text: "2026-02-29", instant: nil),
    DateTextCase(text: "2028-02-29", instant: "2028-02-29T06:00:00Z"),
    DateTextCase(text: "2026-11-31T09:00", instant: nil),
    DateTextCase(text: "2026-11-24T09:30x", instant: nil),
    DateTextCase(text: "2026-11-24T9:3", instant: nil),
    DateTextCase(text: "2026-11-24T", instant: nil),
    DateTextCase(text: "26-11-24", instant: nil),
    DateTextCase(text: "2026/11/24", instant: nil),
    DateTextCase(text: "２０２６-11-24", instant: nil),
    DateTextCase(text: "", instant: nil),
]

@Suite("Dates written as text")
struct DateTextTests {
    @Test(arguments: dateTextCases)
    func readsTheInstant(_ c: DateTextCase) throws {
        let set = try bundledTemplates.get()
        let calendar = try #require(set.calendar(in: c.zone))
        let parsed = TemplateSet.parseDate(c.text, calendar: calendar)
        let expected = try c.instant.map { try Date($0, strategy: .iso8601) }
        #expect(parsed == expected)
    }
}

@Suite("Rendering errors")
struct RenderErrorTests {
    @Test(arguments: renderErrorCases)
    func renderThrows(_ c: RenderErrorCase) throws {
        let folder = try TemplateFolder(Fixture.base.mapValues { .text($0) })
        let set = try TemplateSet(directory: folder.path)
        do {
            let r: RenderedMessage
            switch c.values {
            case .text(let v): r = try set.render(c.template, lang: c.lang, values: v, timeZone: c.timeZone)
            case .typed(let v): r = try set.render(c.template, lang: c.lang, typed: v, timeZone: c.timeZone)
            }
            Issue.record("rendered a message: \(r.text)")
        } catch {
            #expect(error.kind == c.kind, "\(error)")
            #expect(error.file == folder.file(c.file))
            #expect(error.line == c.line)
            #expect(error.template == c.template)
            #expect(error.lang == c.lang)
            #expect(!error.message.isEmpty)
        }
    }

    /// ICU alone leaves a missing argument as `{name}`; a render never sends that.
    @Test func neverHalfFilled() throws {
        let format = try MessageFormat(pattern: "Hi {name}, see you at {clinic}.", locale: "en")
        #expect(try format.format(["clinic": .text("Eastside")]) == "Hi {name}, see you at Eastside.")
        let folder = try TemplateFolder(Fixture.base.mapValues { .text($0) })
        let set = try TemplateSet(directory: folder.path)
        #expect(throws: TemplateError.self) { try set.render("greet", lang: "en", values: ["start": "2026-11-24T09:30"], timeZone: "UTC") }
        // A value that looks like a placeholder is text, not a placeholder.
        let r = try set.render("greet", lang: "en", values: ["name": "{name}", "start": "2026-11-24T09:30"], timeZone: "UTC")
        #expect(r.text.hasPrefix("Hi {name}, see you"))
    }
}

// MARK: - The bundled templates

let zones = ["America/Chicago", "Europe/London"]

struct LanguageCase: Sendable, CustomTestStringConvertible {
    let lang: String
    /// How the language writes 24 November (part of it).
    let november: String
    var testDescription: String { lang }
}

let bundledLanguages: [LanguageCase] = [
    LanguageCase(lang: "en", november: "Nov 24"),
    LanguageCase(lang: "es", november: "24 de noviembre"),
    LanguageCase(lang: "fr", november: "24 novembre"),
    LanguageCase(lang: "ht", november: "24 novembre"),
    LanguageCase(lang: "pt", november: "24 de novembro"),
    LanguageCase(lang: "ru", november: "24 ноября"),
    LanguageCase(lang: "tl", november: "Nobyembre 24"),
    LanguageCase(lang: "vi", november: "24 tháng 11"),
    LanguageCase(lang: "ko", november: "11월 24일"),
    LanguageCase(lang: "zh-Hans", november: "11月24日"),
    LanguageCase(lang: "zh-Hant", november: "11月24日"),
    LanguageCase(lang: "ar", november: "٢٤ نوفمبر"),
]

@Suite("Bundled templates")
struct BundledTemplateTests {
    @Test func everyLanguageHasEveryTemplate() throws {
        let set = try bundledTemplates.get()
        #expect(set.problems.isEmpty, "\(set.problems)")
        #expect(Set(set.languages) == Set(bundledLanguages.map(\.lang)))
        #expect(set.languages.first == "en")
        for lang in set.languages {
            for def in set.definitions {
                #expect(set.translation(def.id, lang: lang) != nil, "\(def.id) [\(lang)]")
            }
        }
    }

    /// Every template renders with its samples in both zones: no error, no placeholder left,
    /// none of ICU's typographic spaces or minus sign.
    @Test(arguments: bundledLanguages)
    func samplesRender(_ c: LanguageCase) throws {
        let set = try bundledTemplates.get()
        for def in set.definitions {
            let t = try #require(set.translation(def.id, lang: c.lang))
            for zone in zones {
                let r = try set.render(def.id, lang: c.lang, values: t.samples, timeZone: zone)
                #expect(!r.text.isEmpty)
                #expect(!r.text.contains("{") && !r.text.contains("}"), "\(def.id) [\(c.lang)]: \(r.text)")
                for bad: Unicode.Scalar in ["\u{202F}", "\u{2212}", "\u{A0}", "\u{2009}", "\u{2007}"] {
                    #expect(!r.text.unicodeScalars.contains(bad), "\(def.id) [\(c.lang)] has \(codePoint(bad.value)): \(r.text)")
                }
                #expect(r.segments.text == r.text)
                #expect(r.template == def.id && r.lang == c.lang)
                expectWellFormed(r.segments)
            }
        }
    }

    /// The same instant in the language's own date style, and in each zone's own time.
    @Test(arguments: bundledLanguages)
    func datesInTheLanguagesStyle(_ c: LanguageCase) throws {
        let set = try bundledTemplates.get()
        let values: [String: TemplateValue] = ["name": .text("Ann"), "clinic": .text("Eastside"), "start": .date(novemberMorning)]
        let chicago = try set.render("appointment_reminder", lang: c.lang, typed: values, timeZone: "America/Chicago")
        let london = try set.render("appointment_reminder", lang: c.lang, typed: values, timeZone: "Europe/London")
        #expect(chicago.text.contains(c.november), "\(chicago.text)")
        #expect(london.text.contains(c.november), "\(london.text)")
        #expect(chicago.text != london.text)
        #expect(!chicago.text.contains("{") && !london.text.contains("{"))
    }

    @Test func englishTimesAndZones() throws {
        let set = try bundledTemplates.get()
        let values: [String: TemplateValue] = ["name": .text("Ann"), "clinic": .text("Eastside"), "start": .date(novemberMorning)]
        let chicago = try set.render("appointment_reminder", lang: "en", typed: values, timeZone: "America/Chicago")
        let london = try set.render("appointment_reminder", lang: "en", typed: values, timeZone: "Europe/London")
        #expect(chicago.text.contains("Tue, Nov 24 at 9:30 AM CST"), "\(chicago.text)")
        #expect(london.text.contains("Tue, Nov 24 at 3:30 PM GMT"), "\(london.text)")
        // Wall-clock text values are read in the zone given.
        let wall = try set.render("appointment_reminder", lang: "en", values: ["name": "Ann", "clinic": "Eastside", "start": "2026-11-24T09:30"], timeZone: "Europe/London")
        #expect(wall.text.contains("9:30 AM GMT"))
        // Summer time where the zone has it.
        let summer = try set.render("appointment_reminder", lang: "en", values: ["name": "Ann", "clinic": "Eastside", "start": "2026-07-14T09:30"], timeZone: "America/Chicago")
        #expect(summer.text.contains("9:30 AM CDT"))
    }

    struct PluralCase: Sendable, CustomTestStringConvertible {
        let lang: String
        let template: String
        let values: [String: String]
        let expected: String
        var unexpected: String? = nil
        var testDescription: String { "\(template) [\(lang)] \(values) → \(expected)" }
    }

    /// Plural forms as the language files write them (ru.tmpl: "в течение 1 часа / 2 часов /
    /// 5 часов", genitive after в течение; "подождать Вас 1 минуту / 2 минуты / 5 минут").
    static let pluralCases: [PluralCase] = [
        PluralCase(lang: "en", template: "late_ack", values: ["grace": "1", "phone": "911"], expected: "for 1 minute;", unexpected: "1 minutes"),
        PluralCase(lang: "en", template: "late_ack", values: ["grace": "15", "phone": "911"], expected: "for 15 minutes;"),
        PluralCase(lang: "en", template: "symptom_ack", values: ["hours": "1", "emergency": "911"], expected: "within 1 hour.", unexpected: "1 hours"),
        PluralCase(lang: "en", template: "symptom_ack", values: ["hours": "2", "emergency": "911"], expected: "within 2 hours."),
        PluralCase(lang: "ru", template: "symptom_ack", values: ["hours": "1", "emergency": "911"], expected: "в течение 1 часа."),
        PluralCase(lang: "ru", template: "symptom_ack", values: ["hours": "2", "emergency": "911"], expected: "в течение 2 часов."),
        PluralCase(lang: "ru", template: "symptom_ack", values: ["hours": "5", "emergency": "911"], expected: "в течение 5 часов."),
        PluralCase(lang: "ru", template: "symptom_ack", values: ["hours": "21", "emergency": "911"], expected: "в течение 21 часа."),
        PluralCase(lang: "ru", template: "late_ack", values: ["grace": "1", "phone": "911"], expected: "Вас 1 минуту,"),
        PluralCase(lang: "ru", template: "late_ack", values: ["grace": "2", "phone": "911"], expected: "Вас 2 минуты,"),
        PluralCase(lang: "ru", template: "late_ack", values: ["grace": "5", "phone": "911"], expected: "Вас 5 минут,"),
        PluralCase(lang: "ru", template: "late_ack", values: ["grace": "11", "phone": "911"], expected: "Вас 11 минут,"),
        PluralCase(lang: "es", template: "late_ack", values: ["grace": "1", "phone": "911"], expected: "por 1 minuto;"),
        PluralCase(lang: "es", template: "late_ack", values: ["grace": "10", "phone": "911"], expected: "por 10 minutos;"),
    ]

    @Test(arguments: pluralCases)
    func pluralForms(_ c: PluralCase) throws {
        let set = try bundledTemplates.get()
        let r = try set.render(c.template, lang: c.lang, values: c.values, timeZone: nil)
        #expect(r.text.contains(c.expected), "\(r.text)")
        if let unexpected = c.unexpected { #expect(!r.text.contains(unexpected)) }
    }

    /// 8 tasks, each in its own zone, render every template in every language at once; the
    /// texts are those of sequential renders.
    @Test func concurrentRendersMatchSequential() async throws {
        let eightZones = ["America/Chicago", "Europe/London", "Asia/Tokyo", "America/New_York",
                          "Europe/Moscow", "Asia/Shanghai", "America/Los_Angeles", "Australia/Sydney"]
        // Fresh sets, so the zone variants are built while the tasks race.
        let concurrentSet = try TemplateSet(directory: bundledTemplatesPath)
        let sequentialSet = try TemplateSet(directory: bundledTemplatesPath)
        @Sendable func renderAll(_ set: TemplateSet, _ zone: String) -> [String] {
            var out: [String] = []
            for lang in set.languages {
                for def in set.definitions {
                    var values: [String: TemplateValue] = [:]
                    for p in def.placeholders {
                        switch p.type {
                        case .date, .time, .datetime: values[p.name] = .date(novemberMorning)
                        case .number: values[p.name] = .number(15)
                        default: values[p.name] = .text("X")
                        }
                    }
                    do { out.append(try set.render(def.id, lang: lang, typed: values, timeZone: zone).text) } catch { out.append("error: \(error)") }
                }
            }
            return out
        }
        let concurrent = await withTaskGroup(of: (String, [String]).self) { group in
            for zone in eightZones { group.addTask { (zone, renderAll(concurrentSet, zone)) } }
            var all: [String: [String]] = [:]
            for await (zone, texts) in group { all[zone] = texts }
            return all
        }
        for zone in eightZones {
            let sequential = renderAll(sequentialSet, zone)
            #expect(!sequential.contains { $0.hasPrefix("error: ") })
            #expect(concurrent[zone] == sequential, "\(zone)")
        }
        // Different zones give different times for the same instant.
        #expect(Set(eightZones.compactMap { concurrent[$0]?.first }).count == eightZones.count)
    }
}

// MARK: - The checker

@Suite("Template checker")
struct CheckerTests {
    /// Every template of every bundled language fits its budget or says why: no errors.
    @Test func bundledTemplatesHaveNoErrors() throws {
        let checker = TemplateChecker(templates: try bundledTemplates.get(), classifier: try bundledClassifier.get())
        let reports = checker.check()
        #expect(reports.count == checker.templates.languages.count * checker.templates.definitions.count)
        for r in reports {
            #expect(!r.hasErrors, "\(r.findings)")
            #expect(r.typical != nil && r.worst != nil, "\(r.template) [\(r.lang)]")
            if let worst = r.worst { #expect(worst.segments.segmentCount <= r.budget, "\(r.template) [\(r.lang)]") }
        }
    }

    static let badCatalog = """
    @schema template-catalog@1

    [remind]
    param: name text 30
    budget: 1
    replies: confirm cancel reschedule

    """

    static let badEnglish = """
    @schema template@1
    @lang en

    [remind]
    text: Hi {name}, this is a reminder of your appointment with the Eastside Family Clinic tomorrow morning. Please bring your insurance card and a list of your medicines. Reply 1 to confirm or CANCEL to cancel.
    reply: 1 = confirm
    reply: CANCEL = cancel
    reply: help me = help
    sample: name = Ann

    """

    static let badArabic = """
    @schema template@1
    @lang ar

    [remind]
    text: مرحبًا {name}، لديك موعد غدًا. يرجى إرسال 1 للتأكيد أو 2 للإلغاء أو 3 لتغيير الموعد.
    reply: 1 = confirm
    reply: 2 = cancel
    reply: 3 = reschedule
    budget: 3
    sample: name = Ann

    """

    @Test func badFolderFindings() throws {
        let folder = try TemplateFolder(["catalog.tmpl": .text(Self.badCatalog), "en.tmpl": .text(Self.badEnglish), "ar.tmpl": .text(Self.badArabic)])
        let set = try TemplateSet(directory: folder.path)
        #expect(set.problems.isEmpty, "\(set.problems)")
        let checker = TemplateChecker(templates: set, classifier: try bundledClassifier.get())
        let en = checker.check("remind", lang: "en")
        func finding(_ kind: Finding.Kind, _ r: TemplateReport) -> Finding? { r.findings.first { $0.kind == kind } }

        let over = try #require(finding(.overBudget, en), "\(en.findings)")
        #expect(over.severity == .error && over.file == folder.file("en.tmpl") && over.line == 5)
        let carrier = try #require(en.findings.first { $0.kind == .carrierKeyword && $0.message.contains("CANCEL") }, "\(en.findings)")
        #expect(carrier.severity == .error && carrier.file == folder.file("en.tmpl") && carrier.line == 7)
        #expect(carrier.template == "remind" && carrier.lang == "en")
        // "help me" reads as urgent, whatever the template says it means.
        let misread = try #require(finding(.replyMisread, en), "\(en.findings)")
        #expect(misread.severity == .error && misread.file == folder.file("en.tmpl") && misread.line == 8 && misread.message.contains("help me"))
        #expect(en.findings.filter { $0.kind == .replyMisread }.count == 1, "\(en.findings)")
        let missing = try #require(finding(.repliesMissing, en), "\(en.findings)")
        #expect(missing.file == folder.file("en.tmpl") && missing.line == 5 && missing.message.contains("reschedule"))
        #expect(en.hasErrors)

        let ar = checker.check("remind", lang: "ar")
        let bare = try #require(finding(.unisolatedPlaceholder, ar), "\(ar.findings)")
        #expect(bare.severity == .warning && bare.file == folder.file("ar.tmpl") && bare.line == 5 && bare.message.contains("name"))
        #expect(finding(.repliesMissing, ar) == nil && finding(.overBudget, ar) == nil)
        #expect(ar.typical?.segments.encoding == .ucs2)
    }

    @Test func problemsBecomeFindings() throws {
        let c = problemCases[0]
        let folder = try c.folder()
        let checker = TemplateChecker(templates: try TemplateSet(directory: folder.path), classifier: nil)
        let r = checker.check("greet", lang: "es")
        #expect(r.hasErrors && r.typical == nil && r.worst == nil)
        #expect(r.findings.map(\.kind) == [.problem])
        #expect(r.findings.first?.line == 9 && r.findings.first?.file == folder.file("es.tmpl"))
    }

    @Test func forcesUCS2Warning() throws {
        let en = Fixture.replacing(Fixture.en, line: 15, with: "text: We can wait {grace, plural, one {# minute} other {# minutes}} — don’t be late.")
        let folder = try TemplateFolder(["catalog.tmpl": .text(Fixture.catalog), "en.tmpl": .text(en), "es.tmpl": .text(Fixture.es)])
        let checker = TemplateChecker(templates: try TemplateSet(directory: folder.path), classifier: nil)
        let r = checker.check("late", lang: "en")
        let f = try #require(r.findings.first { $0.kind == .forcesUCS2 }, "\(r.findings)")
        #expect(f.severity == .warning && f.line == 15 && f.message.contains("U+2019") && f.message.contains("U+2014"))
    }

    @Test func missingSampleWarning() throws {
        let es = Fixture.replacing(Fixture.es, line: 16, with: "# no sample")
        let folder = try TemplateFolder(["catalog.tmpl": .text(Fixture.catalog), "en.tmpl": .text(Fixture.en), "es.tmpl": .text(es)])
        let checker = TemplateChecker(templates: try TemplateSet(directory: folder.path), classifier: nil)
        let r = checker.check("late", lang: "es")
        #expect(r.findings.map(\.kind) == [.missingSample])
        #expect(r.typical == nil && r.worst != nil && !r.hasErrors)
    }
}

