public import Foundation
public import ParlanceReplies
import ParlanceText
import Synchronization

/// A value for a placeholder.
public enum TemplateValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    case date(Date)
}

/// A rendered message, ready to send, with how it will be encoded and split.
public struct RenderedMessage: Sendable, Equatable {
    public var template: String
    public var lang: String
    public var text: String
    public var segments: SegmentReport
    /// The reply keywords of the message, as the options context for classifying the answer.
    public var replyOptions: [String: Intent]
    /// Segments allowed on the worst case.
    public var budget: Int
    /// The classifier context for a reply to this message.
    public var replyContext: ReplyContext {
        ReplyContext(options: replyOptions, prompt: text, preferredLanguages: [lang])
    }
}

/// A translation compiled for rendering, with its time-zone variants.
final class CompiledTranslation: Sendable {
    let translation: Translation
    let format: MessageFormat
    /// The reply keywords as classifier options.
    let replyOptions: [String: Intent]
    private let zones: Mutex<[String: MessageFormat]>

    init(translation: Translation, format: MessageFormat) {
        self.translation = translation
        self.format = format
        self.replyOptions = Dictionary(translation.replies.map { ($0.key, $0.intent) }, uniquingKeysWith: { a, _ in a })
        self.zones = Mutex([:])
    }

    func format(in zone: String) -> MessageFormat? {
        if let f = zones.withLock({ $0[zone] }) { return f }
        guard let f = format.inTimeZone(zone) else { return nil }
        zones.withLock { $0[zone] = f }
        return f
    }
}

/// Every template of a `Templates/` folder: the catalog and each language's translations,
/// compiled with ICU MessageFormat. Immutable and safe to share between threads.
public final class TemplateSet: Sendable {
    public let directory: String
    public let definitions: [TemplateDefinition]
    /// Language tags with a file, `en` first.
    public let languages: [String]
    /// Language names from each file's `@name`.
    public let languageNames: [String: String]
    /// Every translation as written, compiled or not.
    public let translations: [Translation]
    /// Problems found while compiling translations (syntax errors, placeholders that differ
    /// from the catalog, missing templates); a translation with one cannot be rendered.
    public let problems: [TemplateError]
    let compiled: [Key: CompiledTranslation]
    let definitionsByID: [String: TemplateDefinition]

    /// A template in a language.
    struct Key: Hashable {
        var template: String
        var lang: String
    }
    let segmenter = SMSSegmenter()
    private let calendars = Mutex<[String: Calendar]>([:])

    /// The language every translation is reviewed against.
    public static let sourceLanguage = "en"


    /// Loads `catalog.tmpl` and every `TAG.tmpl` in `directory`. A file that cannot be read as
    /// the format throws, naming file and line; problems within a template are kept in `problems`.
    public init(directory: String) throws(TemplateError) {
        self.directory = directory
        let fm = FileManager.default
        let catalogPath = (directory as NSString).appendingPathComponent("catalog.tmpl")
        guard let catalogData = fm.contents(atPath: catalogPath) else {
            throw TemplateError(.unreadable, file: catalogPath, line: 0, "cannot read the template catalog (is \(directory) a Templates folder?)")
        }
        let definitions = try CatalogParser.parse(catalogData, file: catalogPath)
        let files = ((try? fm.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".tmpl") && $0 != "catalog.tmpl" }.sorted()
        var translations: [Translation] = []
        var names: [String: String] = [:]
        var languages: [String] = []
        for name in files {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = fm.contents(atPath: path) else { throw TemplateError(.unreadable, file: path, line: 0, "cannot read the file") }
            let lang = String(name.dropLast(".tmpl".count))
            let parsed = try TranslationParser.parse(data, file: path, expectedLang: lang)
            names[lang] = parsed.name
            languages.append(lang)
            translations += parsed.translations
        }
        languages.sort { ($0 == TemplateSet.sourceLanguage ? 0 : 1, $0) < ($1 == TemplateSet.sourceLanguage ? 0 : 1, $1) }
        var problems: [TemplateError] = []
        var compiled: [Key: CompiledTranslation] = [:]
        for t in translations {
            guard let def = definitions.first(where: { $0.id == t.template }) else {
                problems.append(TemplateError(.unknownTemplate, file: t.file, line: t.line, template: t.template, lang: t.lang,
                                              "`\(t.template)` is not in catalog.tmpl"))
                continue
            }
            let format: MessageFormat
            do {
                format = try MessageFormat(pattern: t.text, locale: t.lang)
            } catch {
                let at = error.offset.map { " near column \($0 + 7)" } ?? ""
                problems.append(TemplateError(.syntax, file: t.file, line: t.textLine, template: t.template, lang: t.lang,
                                              "ICU MessageFormat syntax error \(error.reason)\(at)"))
                continue
            }
            let declared = Set(def.placeholders.map(\.name))
            let used = Set(format.arguments.map(\.name))
            var ok = true
            for missing in declared.subtracting(used).sorted() {
                problems.append(TemplateError(.placeholderMismatch, file: t.file, line: t.textLine, template: t.template, lang: t.lang,
                                              "placeholder {\(missing)} of the catalog is missing from the text"))
                ok = false
            }
            for extra in used.subtracting(declared).sorted() {
                problems.append(TemplateError(.placeholderMismatch, file: t.file, line: t.textLine, template: t.template, lang: t.lang,
                                              "placeholder {\(extra)} is not declared in catalog.tmpl"))
                ok = false
            }
            for a in format.arguments where (a.kind == .date || a.kind == .time) && !a.topLevel {
                problems.append(TemplateError(.nestedDate, file: t.file, line: t.textLine, template: t.template, lang: t.lang,
                                              "date/time argument {\(a.name)} inside a plural or select: move it to the top level so it gets the time zone"))
                ok = false
            }
            for a in format.arguments {
                guard let p = def.placeholders.first(where: { $0.name == a.name }) else { continue }
                let dateKind = a.kind == .date || a.kind == .time
                if p.type.isDate != dateKind && a.kind != .none || (p.type.isDate && a.kind == .none) {
                    problems.append(TemplateError(.placeholderMismatch, file: t.file, line: t.textLine, template: t.template, lang: t.lang,
                                                  "{\(a.name)} is a \(p.type.rawValue) placeholder but the text formats it as \(a.kind.rawValue)"))
                    ok = false
                }
            }
            if ok { compiled[Key(template: t.template, lang: t.lang)] = CompiledTranslation(translation: t, format: format) }
        }
        for lang in languages {
            for def in definitions where !translations.contains(where: { $0.template == def.id && $0.lang == lang }) {
                problems.append(TemplateError(.missingTemplate, file: (directory as NSString).appendingPathComponent("\(lang).tmpl"), line: 0,
                                              template: def.id, lang: lang, "the language has no translation of `\(def.id)`"))
            }
        }
        self.definitions = definitions
        self.definitionsByID = Dictionary(definitions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.languages = languages
        self.languageNames = names
        self.translations = translations
        self.problems = problems
        self.compiled = compiled
    }

    /// The catalog entry of a template.
    public func definition(_ id: String) -> TemplateDefinition? { definitionsByID[id] }

    /// A translation as written.
    public func translation(_ id: String, lang: String) -> Translation? {
        translations.first { $0.template == id && $0.lang == lang }
    }

    /// Renders a template from text values (`2026-11-24T09:30` for dates, read in `timeZone`).
    /// Strict: every placeholder must have a value within its maximum length, and a template
    /// with dates needs a time zone. Never returns a half-filled message.
    public func render(_ id: String, lang: String, values: [String: String], timeZone: String?) throws(TemplateError) -> RenderedMessage {
        try render(id, lang: lang, typed: self.values(id, lang: lang, from: values, timeZone: timeZone), timeZone: timeZone)
    }

    /// Parses text values for a template once (dates read in `timeZone`), for rendering many times.
    public func values(_ id: String, lang: String, from values: [String: String], timeZone: String?) throws(TemplateError) -> [String: TemplateValue] {
        let (def, c) = try lookup(id, lang)
        var typed: [String: TemplateValue] = [:]
        for (name, raw) in values {
            guard let p = def.placeholders.first(where: { $0.name == name }) else {
                throw TemplateError(.unknownArgument, file: c.translation.file, line: c.translation.textLine, template: id, lang: lang,
                                    "unknown placeholder `\(name)` (the template has \(def.placeholders.map(\.name).joined(separator: ", ")))")
            }
            typed[name] = try parse(raw, as: p, zone: timeZone, c.translation)
        }
        return typed
    }

    /// Renders a template from typed values.
    public func render(_ id: String, lang: String, typed values: [String: TemplateValue], timeZone: String?) throws(TemplateError) -> RenderedMessage {
        let (def, c) = try lookup(id, lang)
        return try render(def, c, values, timeZone: timeZone)
    }

    /// Renders and works out the alternatives (smart encoding, national tables) of a UCS-2 message.
    func renderWithAlternatives(_ id: String, lang: String, values: [String: String], timeZone: String?) throws(TemplateError) -> RenderedMessage {
        var m = try render(id, lang: lang, values: values, timeZone: timeZone)
        m.segments = segmenter.segment(m.text, options: SegmentOptions(compareAlternatives: true))
        return m
    }

    func lookup(_ id: String, _ lang: String) throws(TemplateError) -> (TemplateDefinition, CompiledTranslation) {
        guard let def = definition(id) else {
            throw TemplateError(.unknownTemplate, file: (directory as NSString).appendingPathComponent("catalog.tmpl"), line: 0, template: id, lang: lang,
                                "no such template (templates: \(definitions.map(\.id).joined(separator: ", ")))")
        }
        guard let c = compiled[Key(template: id, lang: lang)] else {
            if let p = problems.first(where: { $0.template == id && $0.lang == lang }) { throw p }
            throw TemplateError(.missingTemplate, file: (directory as NSString).appendingPathComponent("\(lang).tmpl"), line: 0, template: id, lang: lang,
                                "no translation into \(lang) (languages: \(languages.joined(separator: ", ")))")
        }
        return (def, c)
    }

    func parse(_ raw: String, as p: Placeholder, zone: String?, _ t: Translation) throws(TemplateError) -> TemplateValue {
        func fail(_ kind: TemplateError.Kind, _ m: String) -> TemplateError {
            TemplateError(kind, file: t.file, line: t.textLine, template: t.template, lang: t.lang, m)
        }
        switch p.type {
        case .text, .phone, .url:
            return .text(raw)
        case .number:
            guard let d = Double(raw.filter { $0 != " " }), d.isFinite else { throw fail(.badArgument, "`\(p.name)` must be a number, not \"\(raw)\"") }
            return .number(d)
        case .date, .time, .datetime:
            guard let zone else { throw fail(.missingTimeZone, "`\(p.name)` is a date: give the time zone (e.g. America/Chicago)") }
            guard let calendar = calendar(in: zone) else { throw fail(.unknownTimeZone, "unknown time zone `\(zone)`") }
            guard let date = TemplateSet.parseDate(raw, calendar: calendar) else {
                throw fail(.badArgument, "`\(p.name)` must be a date `2026-11-24` or date and time `2026-11-24T09:30`, not \"\(raw)\"")
            }
            return .date(date)
        }
    }

    /// `2026-11-24`, `2026-11-24T09:30`, `2026-11-24T09:30:00`, `2026-11-24 09:30`, as wall-clock
    /// time in `tz`; or a full ISO 8601 instant with `Z` or an offset.
    static func parseDate(_ raw: String, calendar: Calendar) -> Date? {
        // Read as bytes: the forms are ASCII, and this runs on every render from text values.
        var bytes = Array(raw.utf8)[...]
        while bytes.first == 0x20 { bytes.removeFirst() }
        while bytes.last == 0x20 { bytes.removeLast() }
        let isInstant = bytes.last == UInt8(ascii: "Z") || bytes.dropFirst(10).contains(UInt8(ascii: "+"))
            || bytes.dropFirst(16).contains(UInt8(ascii: "-"))
        if isInstant { return try? Date(String(decoding: bytes, as: UTF8.self), strategy: .iso8601) }
        // `fewest` to `most` ASCII digits, consumed.
        func number(_ fewest: Int, _ most: Int) -> Int? {
            var v = 0, n = 0
            while n < most, let b = bytes.first, b >= 0x30 && b <= 0x39 {
                v = v * 10 + Int(b - 0x30)
                n += 1
                bytes.removeFirst()
            }
            return n >= fewest ? v : nil
        }
        func skip(_ separator: UInt8) -> Bool {
            guard bytes.first == separator else { return false }
            bytes.removeFirst()
            return true
        }
        guard let y = number(4, 4), skip(0x2D), let m = number(1, 2), skip(0x2D), let day = number(1, 2) else { return nil }
        var c = DateComponents(year: y, month: m, day: day, hour: 0, minute: 0, second: 0)
        if !bytes.isEmpty {
            if !skip(UInt8(ascii: "T")) {
                guard skip(0x20) else { return nil }
                while skip(0x20) {}
            }
            guard let h = number(1, 2), skip(0x3A), let min = number(2, 2), (0...23).contains(h), (0...59).contains(min) else { return nil }
            c.hour = h; c.minute = min
            if skip(0x3A) { guard let sec = number(2, 2), (0...59).contains(sec) else { return nil }; c.second = sec }
            guard bytes.isEmpty else { return nil }
        }
        guard (1...12).contains(m), (1...31).contains(day), let date = calendar.date(from: c) else { return nil }
        // The calendar is lenient (31 November is 1 December, 02:30 in a spring-forward gap is
        // 03:30): the date is valid only when it reads back as written.
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard back.year == c.year, back.month == c.month, back.day == c.day,
              back.hour == c.hour, back.minute == c.minute, back.second == c.second else { return nil }
        return date
    }

    /// A Gregorian calendar in `zone` (an IANA ID), made once per zone; nil for an unknown zone.
    func calendar(in zone: String) -> Calendar? {
        if let c = calendars.withLock({ $0[zone] }) { return c }
        guard let tz = TimeZone(identifier: zone) else { return nil }
        var c = Calendar(identifier: .gregorian)
        c.timeZone = tz
        calendars.withLock { $0[zone] = c }
        return c
    }

    func render(_ def: TemplateDefinition, _ c: CompiledTranslation, _ values: [String: TemplateValue], timeZone: String?,
                segmentOptions: SegmentOptions = SegmentOptions()) throws(TemplateError) -> RenderedMessage {
        let t = c.translation
        func fail(_ kind: TemplateError.Kind, _ m: String) -> TemplateError {
            TemplateError(kind, file: t.file, line: t.textLine, template: t.template, lang: t.lang, m)
        }
        var args: [(key: String, value: MessageFormat.Value)] = []
        args.reserveCapacity(def.placeholders.count)
        for p in def.placeholders {
            guard let v = values[p.name] else { throw fail(.missingArgument, "missing value for placeholder `\(p.name)` (\(p.type.rawValue))") }
            switch (p.type, v) {
            case (.text, .text(let s)), (.phone, .text(let s)), (.url, .text(let s)):
                // Counting characters only when the UTF-8 length (never fewer) is over the maximum.
                if let max = p.maxLength, s.utf8.count > max, s.count > max {
                    throw fail(.argumentTooLong, "`\(p.name)` is \(s.count) characters; its maximum is \(max)")
                }
                args.append((p.name, .text(s)))
            case (.number, .number(let d)):
                if let max = p.maxLength, !d.isFinite || abs(d) >= 1e18 || String(Int(abs(d).rounded())).count > max {
                    throw fail(.argumentTooLong, "`\(p.name)` has more than \(max) digits")
                }
                args.append((p.name, .number(d)))
            case (.date, .date(let d)), (.time, .date(let d)), (.datetime, .date(let d)):
                args.append((p.name, .date(d)))
            default:
                throw fail(.badArgument, "`\(p.name)` needs a \(p.type.rawValue) value")
            }
        }
        if values.count > args.count {
            for name in values.keys.sorted() where !def.placeholders.contains(where: { $0.name == name }) {
                throw fail(.unknownArgument, "unknown placeholder `\(name)`")
            }
        }
        var format = c.format
        if def.placeholders.contains(where: { $0.type.isDate }) {
            guard let timeZone else { throw fail(.missingTimeZone, "the template has dates: give the time zone (e.g. America/Chicago)") }
            guard let zoned = c.format(in: timeZone) else { throw fail(.unknownTimeZone, "unknown time zone `\(timeZone)`") }
            format = zoned
        }
        let text: String
        do {
            // ICU's typographic spaces (U+202F before AM/PM, U+00A0) and minus sign (`UTC−6`) are not
            // in the GSM alphabet, and each would make the whole SMS UCS-2: plain ones instead.
            text = try format.format(pairs: args, plainSpaces: true)
        } catch {
            throw fail(.formatFailed, "ICU could not format the message: \(error.reason)")
        }
        return RenderedMessage(template: t.template, lang: t.lang, text: text, segments: segmenter.segment(text, options: segmentOptions),
                               replyOptions: c.replyOptions,
                               budget: t.budget ?? def.budget)
    }


}
