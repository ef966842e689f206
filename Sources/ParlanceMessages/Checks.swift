import Foundation
public import ParlanceReplies
import ParlanceText

/// One finding of `parlance templates check` about a template in one language.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public enum Kind: String, Sendable {
        case problem, overBudget, forcesUCS2, unisolatedPlaceholder, replyMisread, carrierKeyword, repliesMissing, missingSample
    }
    public var severity: Severity
    public var kind: Kind
    public var template: String
    public var lang: String
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(severity.rawValue): \(template) [\(lang)]: \(message)" }
}

/// What the check found for one template in one language.
public struct TemplateReport: Sendable, Equatable {
    public var template: String
    public var lang: String
    public var file: String
    public var line: Int
    public var budget: Int
    /// Rendered with the samples, and with the worst-case fill; nil when it cannot be rendered.
    public var typical: RenderedMessage?
    public var worst: RenderedMessage?
    public var findings: [Finding]
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}

/// Keywords US carriers act on themselves (CTIA): they opt the number out, back in, or answer
/// with the program's help text, whatever the message asked.
public enum CarrierKeywords {
    public static let optOut: Set<String> = ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"]
    public static let optIn: Set<String> = ["START", "YES", "UNSTOP"]
    public static let help: Set<String> = ["HELP", "INFO"]

    /// The intent a carrier gives a keyword, if it acts on it.
    public static func intent(of key: String) -> Intent? {
        let k = key.uppercased().trimmingCharacters(in: .whitespaces)
        if optOut.contains(k) { return .optOut }
        if optIn.contains(k) { return .optIn }
        if help.contains(k) { return .help }
        return nil
    }
}

/// Checks every template in every language: syntax and placeholders, segment budgets on the
/// typical and worst-case fills, UCS-2 characters, reply keywords, right-to-left isolation.
public struct TemplateChecker: Sendable {
    public let templates: TemplateSet
    public let classifier: ReplyClassifier?
    /// The time zone for sample renders and the worst case.
    public var timeZone = "America/Chicago"

    /// The widest character of each language (see `widestCharacter`), worked out once.
    let widest: [String: String]

    public init(templates: TemplateSet, classifier: ReplyClassifier?) {
        self.templates = templates
        self.classifier = classifier
        var widest: [String: String] = [:]
        for lang in templates.languages { widest[lang] = TemplateChecker.widestCharacter(lang, segmenter: templates.segmenter) }
        self.widest = widest
    }

    static let rtlLanguages: Set<String> = ["ar", "fa", "ur", "he", "ps", "yi"]

    /// Reports for every template × language, in catalog and language order.
    public func check() -> [TemplateReport] {
        var out: [TemplateReport] = []
        for lang in templates.languages {
            for def in templates.definitions {
                out.append(check(def.id, lang: lang))
            }
        }
        return out
    }

    /// The report for one template in one language.
    public func check(_ id: String, lang: String) -> TemplateReport {
        let def = templates.definition(id)
        let t = templates.translation(id, lang: lang)
        let file = t?.file ?? (templates.directory as NSString).appendingPathComponent("\(lang).tmpl")
        let line = t?.textLine ?? 0
        var findings: [Finding] = templates.problems.filter { $0.template == id && $0.lang == lang }.map {
            Finding(severity: .error, kind: .problem, template: id, lang: lang, file: $0.file, line: $0.line, message: $0.message)
        }
        func add(_ s: Finding.Severity, _ k: Finding.Kind, _ m: String, line l: Int? = nil) {
            findings.append(Finding(severity: s, kind: k, template: id, lang: lang, file: file, line: l ?? line, message: m))
        }
        guard let def, let t else {
            return TemplateReport(template: id, lang: lang, file: file, line: line, budget: def?.budget ?? 0, typical: nil, worst: nil, findings: findings)
        }
        let budget = t.budget ?? def.budget
        guard findings.isEmpty else {
            return TemplateReport(template: id, lang: lang, file: file, line: line, budget: budget, typical: nil, worst: nil, findings: findings)
        }
        // Typical fill: the samples.
        var typical: RenderedMessage?
        let missingSamples = def.placeholders.filter { t.samples[$0.name] == nil }.map(\.name)
        if missingSamples.isEmpty {
            do { typical = try templates.renderWithAlternatives(id, lang: lang, values: t.samples, timeZone: timeZone) } catch {
                add(.error, .missingSample, "the samples do not render: \(error.message)")
            }
        } else {
            add(.warning, .missingSample, "no sample for \(missingSamples.joined(separator: ", ")): the typical fill is not measured")
        }
        // Worst case: text at its maximum length in the language's widest characters, every date.
        let worst = worstCase(def, t)
        if let worst {
            if worst.segments.segmentCount > budget {
                add(.error, .overBudget, "worst case is \(worst.segments.segmentCount) segments (\(worst.segments.encoding.rawValue), \(worst.segments.units) units), over its budget of \(budget)")
            }
        }
        if let typical, typical.segments.segmentCount > budget {
            add(.error, .overBudget, "typical fill is \(typical.segments.segmentCount) segments, over its budget of \(budget)")
        }
        // Characters of the text itself that force UCS-2, when the rest would be GSM.
        if let typical, typical.segments.encoding == .ucs2 {
            let literal = typical.segments.nonGSM.filter { c in t.text.contains(c.character) }
            let replaceable = literal.filter { $0.replacement != nil }
            // Only worth a finding when replacing them would change the encoding (full-width
            // punctuation in Chinese is right, and the text is UCS-2 anyway).
            if !replaceable.isEmpty, let s = typical.segments.smartEncoding, s.encoding == .gsm7 {
                let chars = Set(replaceable.map { "\($0.character) (\($0.codePoints)) → \($0.replacement ?? "")" }).sorted().joined(separator: ", ")
                add(.warning, .forcesUCS2, "characters with GSM equivalents force UCS-2: \(chars); smart encoding would send it as GSM-7 in \(s.segments) segment\(s.segments == 1 ? "" : "s") instead of \(typical.segments.segmentCount) UCS-2")
            }
        }
        // Reply keywords.
        let offered = Dictionary(t.replies.map { ($0.key, $0.intent) }, uniquingKeysWith: { a, _ in a })
        for r in t.replies {
            if let carrier = CarrierKeywords.intent(of: r.key), carrier != r.intent {
                add(.error, .carrierKeyword, "reply keyword \(r.key) means \(r.intent.label) here, but US carriers treat it as \(carrier.label)", line: r.line)
            }
            if let classifier, let typical {
                let result = classifier.classify(r.key, context: ReplyContext(options: offered, prompt: typical.text, preferredLanguages: [lang]))
                if result.intent != r.intent {
                    add(.error, .replyMisread, "the classifier reads the reply \(r.key) as \(result.intent.label), not \(r.intent.label)", line: r.line)
                }
            }
        }
        for needed in def.replies where !t.replies.contains(where: { $0.intent == needed }) {
            add(.error, .repliesMissing, "no reply keyword for \(needed.label)")
        }
        // Right-to-left text: left-to-right placeholders need isolating (FSI … PDI).
        if TemplateChecker.rtlLanguages.contains(lang.split(separator: "-").first.map(String.init) ?? lang) {
            // Dates and numbers come out of ICU in the language's own digits; names, phones and
            // URLs are the caller's left-to-right text.
            let bare = def.placeholders.filter { p in
                (p.type == .text || p.type == .phone || p.type == .url) && t.text.contains("{\(p.name)") &&
                    !t.text.contains("\u{2068}{\(p.name)")
            }
            if !bare.isEmpty {
                add(.warning, .unisolatedPlaceholder, "left-to-right placeholders not isolated in right-to-left text: \(bare.map(\.name).joined(separator: ", ")); wrapping each in U+2068…U+2069 costs 2 UTF-16 units per placeholder (\(2 * bare.count) in all)")
            }
        }
        return TemplateReport(template: id, lang: lang, file: file, line: line, budget: budget, typical: typical, worst: worst, findings: findings)
    }

    /// The widest character a language's patients write: one outside the GSM alphabet when the
    /// language uses any (it forces UCS-2), else an extension-table character, else a letter.
    static func widestCharacter(_ lang: String, segmenter: SMSSegmenter) -> String {
        let exemplars = LocaleData.exemplars(lang, auxiliary: false)
        var best: (Int, String) = (0, "W")
        for c in exemplars.sorted() {
            guard let scalar = Unicode.Scalar(c) else { continue }
            let s = String(Character(scalar))
            let r = segmenter.segment(s, options: SegmentOptions(compareAlternatives: false))
            let score = r.encoding == .ucs2 ? 10 + r.units : r.units
            if score > best.0 { best = (score, s) }
        }
        return best.1
    }

    /// Renders the worst case: every text placeholder at its maximum length in the widest
    /// characters, numbers at their maximum digits, and each date of a year (every month and
    /// weekday, one- and two-digit hours), keeping the longest.
    func worstCase(_ def: TemplateDefinition, _ t: Translation) -> RenderedMessage? {
        let wide = widest[t.lang] ?? TemplateChecker.widestCharacter(t.lang, segmenter: templates.segmenter)
        var base: [String: TemplateValue] = [:]
        for p in def.placeholders {
            switch p.type {
            case .text: base[p.name] = .text(String(repeating: wide, count: p.maxLength ?? 30))
            case .phone: base[p.name] = .text(String(repeating: "8", count: p.maxLength ?? 20))
            case .url: base[p.name] = .text("https://" + String(repeating: "w", count: max(0, (p.maxLength ?? 40) - 8)))
            case .number: base[p.name] = .number(Double(String(repeating: "8", count: p.maxLength ?? 3)) ?? 888)
            case .date, .time, .datetime: break
            }
        }
        let dated = def.placeholders.filter { $0.type.isDate }
        guard let cal = templates.calendar(in: timeZone) else { return nil }
        func render(_ d: Date) -> RenderedMessage? {
            var values = base
            for p in dated { values[p.name] = .date(d) }
            return try? templates.render(def.id, lang: t.lang, typed: values, timeZone: timeZone)
        }
        func worse(_ a: RenderedMessage, than b: RenderedMessage?) -> Bool {
            b.map { (a.segments.segmentCount, a.segments.units) > ($0.segments.segmentCount, $0.segments.units) } ?? true
        }
        guard !dated.isEmpty else { return render(Date(timeIntervalSince1970: 0)) }
        func date(_ month: Int, _ day: Int, _ hour: Int) -> Date? {
            cal.date(from: DateComponents(year: 2026, month: month, day: day, hour: hour, minute: 45))
        }
        // The weekday and the month are written independently: find the widest weekday on the
        // seven days of one week, then try every month on that weekday, at a morning hour and
        // an evening one (12- and 24-hour clocks differ).
        var worst: RenderedMessage?
        var widestDay = 22
        for day in 22...28 {
            guard let d = date(9, day, 22), let r = render(d) else { continue }
            if worse(r, than: worst) { worst = r; widestDay = day }
        }
        guard let reference = date(9, widestDay, 22) else { return worst }
        let weekday = cal.component(.weekday, from: reference)
        for month in 1...12 {
            for day in 22...28 {
                guard let probe = date(month, day, 10), cal.component(.weekday, from: probe) == weekday else { continue }
                for hour in [10, 22] {
                    guard let d = date(month, day, hour), let r = render(d) else { continue }
                    if worse(r, than: worst) { worst = r }
                }
            }
        }
        return worst
    }
}
