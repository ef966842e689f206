import Foundation
import Testing
@testable import ParlanceMessages
@testable import ParlanceReview

@Suite("The reviewers' HTML page")
struct ReportTests {
    /// The page for the es items of a copy where one translation holds `<b>`, one approval is
    /// current, one is stale, and a reviewer's name holds markup.
    static func page() throws -> (html: String, items: [ReviewItem]) {
        let copy = try TemplatesCopy()
        _ = try copy.book().approve("symptom_ack", lang: "es", reviewer: "<script>alert(1)</script>", note: "a & b")
        _ = try copy.book().approve("urgent_instructions", lang: "es", reviewer: "Ana", note: nil)
        try copy.edit("es.tmpl", section: "urgent_instructions", key: "text") { replacingFirst($0, "una emergencia", "una <b>emergencia</b>") }
        let book = try copy.book()
        let items = book.items(languages: ["es"])
        return (ReviewReport.html(items, names: book.templates.languageNames), items)
    }

    @Test("self-contained, escaped, one card per item")
    func report() throws {
        // Given the es items, one stale with <b> in its text, one approved by a reviewer whose name is markup
        let (html, items) = try ReportTests.page()
        #expect(items.count == 13)
        #expect(items.first { $0.template == "urgent_instructions" }?.status == .stale)
        #expect(items.first { $0.template == "symptom_ack" }?.status == .approved)
        // Then it has one card per item, each with its own id
        let cards = html.components(separatedBy: "<section class=\"card ").count - 1
        #expect(cards == items.count)
        for i in items { #expect(html.contains("id=\"\(i.template)-\(i.lang)\""), "\(i.template)") }
        #expect(html.components(separatedBy: "<section").count - 1 == items.count)
        // And it needs no network and runs no scripts
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("href="))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        let outsideMessages = html.replacing(/<div class="msg"[^>]*>.*?<\/div>/.dotMatchesNewlines(), with: "")
        #expect(!outsideMessages.contains("http"))
        #expect(html.contains("https://my.eastside.org"), "the portal sample appears in the lab results message")
        // And the translation's <b> and the reviewer's markup are escaped
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;b&gt;emergencia&lt;/b&gt;"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("a &amp; b"))
        // And the stale card shows what changed
        #expect(html.contains("<ins>"))
        #expect(html.contains("Translation changed since the approval"))
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.hasSuffix("</html>"))
    }

    @Test("escaping of each character HTML gives meaning to")
    func escape() {
        #expect(ReviewReport.esc("<b>\"A&B\"</b>") == "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;")
        #expect(ReviewReport.esc("مرحبا 你好 l'hôpital") == "مرحبا 你好 l'hôpital")
    }
}
