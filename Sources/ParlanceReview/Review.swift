public import Foundation
public import ParlanceMessages
public import ParlanceReplies
import ParlanceText

/// A finding a reviewer should see before approving.
public struct ReviewFinding: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// From `parlance templates check`: syntax, placeholders, budget, reply keywords, carrier keywords, isolation.
        case check
        case untranslated, wrongLanguage, lengthOff, optOutMissing, costIncrease
    }
    public var kind: Kind
    public var severity: Finding.Severity
    public var message: String
    public var description: String { message }
}

/// One template in one language as a reviewer sees it.
public struct ReviewItem: Sendable {
    public var template: String
    public var lang: String
    public var status: ReviewStatus
    public var approval: Approval?
    public var check: TemplateReport
    /// The English source, checked the same way (nil for English itself).
    public var source: TemplateReport?
    public var findings: [ReviewFinding]
    /// The canonical texts now (what an approval would bind to).
    public var sourceCanonical: String
    public var translationCanonical: String
    public var file: String
    public var line: Int
    /// True when the checks found an error: approval is refused.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}

/// Why an approval was refused.
public struct ApprovalRefused: Error, Sendable, CustomStringConvertible {
    public var reasons: [String]
    public var description: String { reasons.joined(separator: "\n") }
}

/// Templates, their checks and their approvals, for reviewers.
public struct ReviewBook: Sendable {
    public let templates: TemplateSet
    public let approvals: ApprovalsFile
    let checker: TemplateChecker
    let classifier: ReplyClassifier?

    /// `approvals.txt` in the templates folder.
    public static func approvalsPath(_ templates: TemplateSet) -> String {
        (templates.directory as NSString).appendingPathComponent("approvals.txt")
    }

    public init(templates: TemplateSet, classifier: ReplyClassifier?) throws(ApprovalError) {
        self.templates = templates
        self.approvals = try ApprovalsFile(path: ReviewBook.approvalsPath(templates))
        self.classifier = classifier
        self.checker = TemplateChecker(templates: templates, classifier: classifier)
    }

    /// Canonical text of a template in a language, or nil when it does not exist.
    func canonical(_ id: String, _ lang: String) -> String? {
        guard let def = templates.definition(id), let t = templates.translation(id, lang: lang) else { return nil }
        return ApprovalDigest.canonical(t, definition: def)
    }

    /// The status of one template in one language: approved only when both digests match.
    public func status(_ id: String, lang: String) -> ReviewStatus {
        guard let a = approvals.approvals.first(where: { $0.template == id && $0.lang == lang }) else { return .unreviewed }
        guard let src = canonical(id, TemplateSet.sourceLanguage), let tr = canonical(id, lang) else { return .stale }
        return ApprovalDigest.digest(src) == a.sourceDigest && ApprovalDigest.digest(tr) == a.translationDigest ? .approved : .stale
    }

    /// Every template × language, in catalog and language order.
    public func items(languages: [String]? = nil) -> [ReviewItem] {
        var out: [ReviewItem] = []
        let langs = templates.languages.filter { languages?.contains($0) ?? true }
        var sources: [String: TemplateReport] = [:]
        for def in templates.definitions { sources[def.id] = checker.check(def.id, lang: TemplateSet.sourceLanguage) }
        for lang in langs {
            for def in templates.definitions { out.append(item(def.id, lang: lang, sourceReport: sources[def.id])) }
        }
        return out
    }

    /// One template in one language.
    public func item(_ id: String, lang: String) -> ReviewItem {
        item(id, lang: lang, sourceReport: lang == TemplateSet.sourceLanguage ? nil : checker.check(id, lang: TemplateSet.sourceLanguage))
    }

    func item(_ id: String, lang: String, sourceReport: TemplateReport?) -> ReviewItem {
        let report = checker.check(id, lang: lang)
        let source = lang == TemplateSet.sourceLanguage ? nil : sourceReport
        var findings = report.findings.map { ReviewFinding(kind: .check, severity: $0.severity, message: $0.message) }
        if let t = templates.translation(id, lang: lang), let s = templates.translation(id, lang: TemplateSet.sourceLanguage),
           lang != TemplateSet.sourceLanguage {
            findings += reviewFindings(t, s, report, source)
        }
        let approval = approvals.approvals.first { $0.template == id && $0.lang == lang }
        return ReviewItem(template: id, lang: lang, status: status(id, lang: lang), approval: approval, check: report, source: source,
                          findings: findings, sourceCanonical: canonical(id, TemplateSet.sourceLanguage) ?? "",
                          translationCanonical: canonical(id, lang) ?? "", file: report.file, line: report.line)
    }

    /// Expected length of a translation against the English, in characters: languages written
    /// in ideographs or syllable blocks need far fewer.
    static func lengthRange(_ lang: String) -> ClosedRange<Double> {
        switch lang.split(separator: "-").first.map(String.init) ?? lang {
        case "zh", "ja": return 0.18...0.8
        case "ko": return 0.25...1.2
        default: return 0.6...2.0
        }
    }

    func reviewFindings(_ t: Translation, _ s: Translation, _ report: TemplateReport, _ source: TemplateReport?) -> [ReviewFinding] {
        var out: [ReviewFinding] = []
        func add(_ k: ReviewFinding.Kind, _ m: String, _ sev: Finding.Severity = .warning) { out.append(ReviewFinding(kind: k, severity: sev, message: m)) }
        if t.text == s.text {
            add(.untranslated, "the text is identical to the English source: left untranslated?")
        } else if let classifier {
            // Parlance's own language hints, on the text without its placeholders.
            let bare = t.text.replacing(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/, with: " ")
            let result = classifier.classify(bare, context: ReplyContext())
            let detected = result.language
            let base = { (tag: String) in tag.split(separator: "-").first.map(String.init) ?? tag }
            // Only a clear reading: the hints are built for short replies, not whole messages.
            let own = result.languageHints.filter { base($0.lang) == base(t.lang) }.map(\.score).max() ?? 0
            let top = result.languageHints.first?.score ?? 0
            if detected != "und", base(detected) != base(t.lang), top >= 0.5, own < 0.2 {
                add(.wrongLanguage, "the text reads as \(detected), not \(t.lang): left partly untranslated?")
            }
        }
        if let typical = report.typical, let sourceTypical = source?.typical {
            let ratio = Double(typical.text.count) / Double(max(1, sourceTypical.text.count))
            let range = ReviewBook.lengthRange(t.lang)
            if !range.contains(ratio) {
                add(.lengthOff, "the message is \(Int((ratio * 100).rounded()))% of the source's length (expected \(Int(range.lowerBound * 100))–\(Int(range.upperBound * 100))%): \(ratio < range.lowerBound ? "a part may be missing" : "a part may be repeated or added")")
            }
            if typical.segments.encoding == .ucs2 && sourceTypical.segments.encoding == .gsm7 || typical.segments.segmentCount > sourceTypical.segments.segmentCount {
                add(.costIncrease, "costs more than the source: \(typical.segments.encoding.rawValue) in \(typical.segments.segmentCount) segment\(typical.segments.segmentCount == 1 ? "" : "s") against \(sourceTypical.segments.encoding.rawValue) in \(sourceTypical.segments.segmentCount)")
            }
        }
        // The patient reads the text, not the reply lines: an opt-out keyword counts only when the text tells it.
        func tellsOptOut(_ x: Translation) -> Bool {
            let text = x.text.uppercased()
            return text.contains("STOP") || x.replies.contains { $0.intent == .optOut && text.contains($0.key.uppercased()) }
        }
        let sourceHasOptOut = s.replies.contains { $0.intent == .optOut } || s.text.contains("STOP")
        let hasOptOut = tellsOptOut(t)
        if sourceHasOptOut && !hasOptOut {
            add(.optOutMissing, "the source tells the patient how to opt out (STOP); the translation does not", .error)
        }
        return out
    }

    /// Records an approval of the template as it is now; refuses while it has errors.
    public func approve(_ id: String, lang: String, reviewer: String, note: String?, at date: Date = Date()) throws -> ApprovalsFile {
        let name = reviewer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, !name.contains("\n") else { throw ApprovalRefused(reasons: ["give the reviewer's name"]) }
        guard templates.definition(id) != nil else { throw ApprovalRefused(reasons: ["no template \(id)"]) }
        guard templates.translation(id, lang: lang) != nil else { throw ApprovalRefused(reasons: ["no translation of \(id) into \(lang)"]) }
        let it = item(id, lang: lang)
        let errors = it.findings.filter { $0.severity == .error }
        if !errors.isEmpty { throw ApprovalRefused(reasons: errors.map { "\(id) [\(lang)]: \($0.message)" }) }
        if let note, note.contains("\n") { throw ApprovalRefused(reasons: ["the note must be one line"]) }
        // As the file reads back: trimmed, and no note rather than an empty one.
        let note = note.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        // The file as it is now, not as this book read it: approvals recorded since are kept.
        var file = try ApprovalsFile(path: approvals.path)
        file.approvals.removeAll { $0.template == id && $0.lang == lang }
        file.approvals.append(Approval(template: id, lang: lang, reviewer: name, approvedAt: Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)),
                                       note: note, sourceDigest: ApprovalDigest.digest(it.sourceCanonical), source: it.sourceCanonical,
                                       translationDigest: ApprovalDigest.digest(it.translationCanonical), translation: it.translationCanonical, line: 0))
        try file.write()
        return file
    }
}

/// A word-level difference between two texts (words from ICU's word boundaries, so Chinese
/// and Japanese diff by word too).
public enum WordDiff {
    public enum Piece: Sendable, Equatable {
        case same(String), removed(String), added(String)
    }

    static func tokens(_ s: String) -> [String] {
        let units = Array(s.utf16)
        return WordBreaks.segments(units).map { String(utf16Units: units[$0.start..<$0.end]) }
    }

    /// The longest-common-subsequence diff of the two texts' words.
    public static func diff(_ old: String, _ new: String) -> [Piece] {
        let a = tokens(old), b = tokens(new)
        let n = a.count, m = b.count
        guard n * m <= 4_000_000 else { return [.removed(old), .added(new)] }
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [Piece] = []
        func push(_ p: Piece) {
            switch (out.last, p) {
            case (.same(let x)?, .same(let y)): out[out.count - 1] = .same(x + y)
            case (.removed(let x)?, .removed(let y)): out[out.count - 1] = .removed(x + y)
            case (.added(let x)?, .added(let y)): out[out.count - 1] = .added(x + y)
            default: out.append(p)
            }
        }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] { push(.same(a[i])); i += 1; j += 1 }
            else if j < m, i == n || lcs[i][j + 1] >= lcs[i + 1][j] { push(.added(b[j])); j += 1 }
            else { push(.removed(a[i])); i += 1 }
        }
        return out
    }
}
