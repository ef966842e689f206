import Foundation
import ParlanceText
import ParlanceMessages

/// The reviewers' HTML page: self-contained (no network, no scripts), one card per template
/// and language, readable on a phone.
public enum ReviewReport {
    static func esc(_ s: String) -> String { HTMLText.escape(s) }

    /// A rendered message with its segment boundaries and the characters that force UCS-2 marked.
    static func message(_ m: RenderedMessage?, title: String, lang: String) -> String {
        guard let m else { return "<div class=\"side\"><h4>\(esc(title))</h4><p class=\"muted\">Cannot be rendered: see the findings.</p></div>" }
        let r = m.segments
        let marked = Set(r.nonGSM.map(\.index))
        var body = ""
        for (n, s) in r.segments.enumerated() {
            if n > 0 { body += "<span class=\"cut\" title=\"segment \(n + 1) starts here\">✂ \(n + 1)</span>" }
            var index = s.characters.lowerBound
            for ch in s.text {
                let text = ch == "\n" ? "↵<br>" : esc(String(ch))
                body += marked.contains(index) ? "<mark title=\"not in the GSM alphabet: forces UCS-2\">\(text)</mark>" : text
                index += 1
            }
        }
        let cost = "\(r.encoding.rawValue) · \(r.segmentCount) segment\(r.segmentCount == 1 ? "" : "s") · \(r.units) \(r.encoding == .gsm7 ? "septets" : "UTF-16 units")"
        return "<div class=\"side\"><h4>\(esc(title))</h4><div class=\"msg\" dir=\"auto\" lang=\"\(esc(lang))\">\(body)</div><div class=\"cost\">\(esc(cost))</div></div>"
    }

    public static func html(_ items: [ReviewItem], names: [String: String]) -> String {
        var cards = ""
        for i in items {
            var card = "<section class=\"card \(i.status.rawValue)\" id=\"\(esc(i.template))-\(esc(i.lang))\">"
            card += "<header><h3>\(esc(i.template)) <span class=\"lang\">\(esc(names[i.lang] ?? i.lang)) · \(esc(i.lang))</span></h3>"
            card += "<span class=\"badge \(i.status.rawValue)\">\(i.status.rawValue)</span></header>"
            if let a = i.approval {
                card += "<p class=\"muted\">Approved by \(esc(a.reviewer)) on \(esc(ISO8601DateFormatter().string(from: a.approvedAt)))\(a.note.map { ": " + esc($0) } ?? "")\(i.status == .stale ? " — since changed" : "")</p>"
            }
            card += "<div class=\"pair\">"
            if i.lang != TemplateSet.sourceLanguage { card += message(i.source?.typical, title: "Source (en)", lang: "en") }
            card += message(i.check.typical, title: "Translation (\(i.lang))", lang: i.lang)
            card += "</div>"
            if let w = i.check.worst {
                card += "<p class=\"muted\">Worst case: \(w.segments.encoding.rawValue), \(w.segments.segmentCount) segment\(w.segments.segmentCount == 1 ? "" : "s"); budget \(i.check.budget).</p>"
            }
            if let replies = i.check.typical?.replyOptions, !replies.isEmpty {
                card += "<p>Reply keywords: " + replies.sorted { $0.key < $1.key }.map { "<code>\(esc($0.key))</code> = \(esc($0.value.label))" }.joined(separator: ", ") + "</p>"
            }
            if i.status == .stale, let a = i.approval {
                for (label, old, new) in [("Source", a.source, i.sourceCanonical), ("Translation", a.translation, i.translationCanonical)] where old != new {
                    var diff = ""
                    for piece in WordDiff.diff(old, new) {
                        switch piece {
                        case .same(let s): diff += esc(s)
                        case .removed(let s): diff += "<del>\(esc(s))</del>"
                        case .added(let s): diff += "<ins>\(esc(s))</ins>"
                        }
                    }
                    card += "<details open><summary>\(label) changed since the approval</summary><pre class=\"diff\" dir=\"auto\">\(diff)</pre></details>"
                }
            }
            if i.findings.isEmpty {
                card += "<p class=\"ok\">No findings.</p>"
            } else {
                card += "<ul class=\"findings\">" + i.findings.map { "<li class=\"\($0.severity.rawValue)\">\(esc($0.message))</li>" }.joined() + "</ul>"
            }
            card += "<p class=\"file\">\(esc(i.file)):\(i.line)</p></section>"
            cards += card
        }
        let counts = ReviewStatus.allCases.map { s in "\(items.filter { $0.status == s }.count) \(s.rawValue)" }.joined(separator: " · ")
        return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Parlance template review</title>
        <style>
        body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", sans-serif; margin: 0; background: #f5f6f8; color: #1d2430; }
        header.top { background: #fff; padding: 16px 20px; border-bottom: 1px solid #dde2ea; }
        h1 { font-size: 20px; margin: 0; }
        main { padding: 12px; max-width: 1100px; margin: 0 auto; }
        .card { background: #fff; border: 1px solid #dde2ea; border-left: 6px solid #9aa4b2; border-radius: 8px; padding: 12px 14px; margin: 12px 0; }
        .card.approved { border-left-color: #1f7a4d; } .card.stale { border-left-color: #c77d00; } .card.unreviewed { border-left-color: #9aa4b2; }
        .card header { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
        h3 { font-size: 17px; margin: 0; } .lang { color: #5b6575; font-weight: normal; font-size: 14px; }
        h4 { margin: 0 0 4px; font-size: 13px; color: #5b6575; text-transform: uppercase; letter-spacing: .04em; }
        .badge { border-radius: 12px; padding: 2px 10px; font-size: 13px; color: #fff; background: #9aa4b2; white-space: nowrap; }
        .badge.approved { background: #1f7a4d; } .badge.stale { background: #c77d00; }
        .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin-top: 8px; }
        @media (max-width: 700px) { .pair { grid-template-columns: 1fr; } body { font-size: 17px; } }
        .msg { background: #f0f3f7; border-radius: 12px; padding: 10px 12px; white-space: pre-wrap; word-break: break-word; unicode-bidi: plaintext; }
        .cost { font-size: 13px; color: #5b6575; margin-top: 4px; }
        mark { background: #ffd166; border-radius: 2px; }
        .cut { display: inline-block; font-size: 11px; color: #fff; background: #2f5fb3; border-radius: 3px; padding: 0 4px; margin: 0 3px; }
        .findings li.error { color: #b3261e; } .findings li.warning { color: #8a5a00; } .ok { color: #1f7a4d; }
        .muted, .file { color: #5b6575; font-size: 13px; } code { background: #eef1f5; padding: 0 4px; border-radius: 3px; }
        del { background: #fbe7e6; color: #b3261e; } ins { background: #e3f1e9; color: #1f7a4d; text-decoration: none; }
        .diff { white-space: pre-wrap; font-size: 13px; background: #fafbfc; padding: 8px; border-radius: 6px; }
        </style></head><body>
        <header class="top"><h1>Parlance template review</h1><div class="muted">\(items.count) translations: \(counts). Highlighted characters force UCS-2 (costlier SMS); ✂ marks where a new SMS segment starts.</div></header>
        <main>\(cards)</main></body></html>
        """
    }
}
