import Foundation
import Testing
@testable import ParlanceMessages
@testable import ParlanceReview

/// The languages the "approve everything" fixture covers.
let fixtureLanguages = ["en", "es", "zh-Hant"]

/// Every template approved in en, es and zh-Hant with `ReviewBook.approve`, done once for
/// the whole run (approving runs every check, which is slow in a debug build). Each test
/// copies the real templates and puts this approvals file beside them.
struct ApprovedEverything: Sendable {
    /// The text of `approvals.txt`.
    var text: String
    /// `template lang` of every approval recorded.
    var approved: Set<String>
    /// `template lang: reason` of every approval refused.
    var refused: [String]
    /// Seconds per `approve` call (fresh book, checks, write).
}

let approvedEverything: ApprovedEverything = {
    var refused: [String] = []
    var approved: Set<String> = []
    var text = ""
    do {
        let copy = try TemplatesCopy()
        let set = try copy.templates()
        for lang in fixtureLanguages {
            for def in set.definitions {
                // A fresh book each time: a book holds the approvals as it read them.
                let book = try ReviewBook(templates: set, classifier: nil)
                do {
                    _ = try book.approve(def.id, lang: lang, reviewer: "Fixture Reviewer", note: "all of \(lang)",
                                         at: Date(timeIntervalSince1970: 1_796_000_000))
                    approved.insert("\(def.id) \(lang)")
                } catch {
                    refused.append("\(def.id) \(lang): \(error)")
                }
            }
        }
        text = try copy.read("approvals.txt")
    } catch {
        refused.append("fixture: \(error)")
    }
    return ApprovedEverything(text: text, approved: approved, refused: refused)
}()

@Suite("Approvals are bound to the exact text")
struct ApprovalTests {
    @Test("a fresh copy of the templates has every translation unreviewed")
    func freshCopyIsUnreviewed() throws {
        // Given a fresh copy of the real templates, without approvals.txt
        let copy = try TemplatesCopy()
        #expect(!FileManager.default.fileExists(atPath: copy.approvalsPath))
        // When its statuses are read
        let book = try copy.book()
        let all = statuses(book)
        // Then every template in every language is unreviewed
        #expect(all.count == book.templates.definitions.count * book.templates.languages.count)
        #expect(all.count >= 13 * 3)
        #expect(all.values.allSatisfy { $0 == .unreviewed }, "\(all.filter { $0.value != .unreviewed })")
        #expect(book.approvals.approvals.isEmpty)
    }

    struct ApproveCase: Sendable, CustomTestStringConvertible {
        var id: String
        var template: String
        var lang: String
        var reviewer: String
        var note: String?
        var testDescription: String { id }
    }

    @Test("approve records the approval, and approvals.txt reads back to the same records", arguments: [
        ApproveCase(id: "appointment_reminder es", template: "appointment_reminder", lang: "es", reviewer: "Ana Ruiz", note: "checked against the clinic's letter"),
        ApproveCase(id: "urgent_instructions zh-Hant", template: "urgent_instructions", lang: "zh-Hant", reviewer: "陳美玲", note: nil),
        ApproveCase(id: "help_response en", template: "help_response", lang: "en", reviewer: "  Sam Lee  ", note: "source text"),
        ApproveCase(id: "late_ack zh-Hant (plural)", template: "late_ack", lang: "zh-Hant", reviewer: "Wei: reviewer", note: "note: with a colon"),
        ApproveCase(id: "refill_reminder es", template: "refill_reminder", lang: "es", reviewer: "José Núñez", note: ""),
    ])
    func approveAndReload(_ c: ApproveCase) throws {
        // Given a fresh copy
        let copy = try TemplatesCopy()
        let book = try copy.book()
        #expect(book.status(c.template, lang: c.lang) == .unreviewed)
        let when = Date(timeIntervalSince1970: 1_796_137_200.75)
        // When the reviewer approves one template in one language
        let file = try book.approve(c.template, lang: c.lang, reviewer: c.reviewer, note: c.note, at: when)
        // Then the returned file holds exactly that record, bound to the canonical texts now
        let record = try #require(file.approvals.first)
        #expect(file.approvals.count == 1)
        #expect(record.template == c.template && record.lang == c.lang)
        #expect(record.reviewer == c.reviewer.trimmingCharacters(in: .whitespaces))
        #expect(record.approvedAt == Date(timeIntervalSince1970: 1_796_137_200))
        let item = book.item(c.template, lang: c.lang)
        #expect(record.source == item.sourceCanonical && record.translation == item.translationCanonical)
        #expect(record.sourceDigest == ApprovalDigest.digest(item.sourceCanonical))
        #expect(record.translationDigest == ApprovalDigest.digest(item.translationCanonical))
        // And approvals.txt reads back to the same records
        let reread = try ApprovalsFile(path: copy.approvalsPath)
        #expect(reread.approvals.map(lineless) == file.approvals.map(lineless))
        #expect(reread.serialized() == (try copy.read("approvals.txt")))
        // And a book loaded afresh shows it approved, and nothing else
        let after = statuses(try copy.book())
        #expect(after["\(c.template) \(c.lang)"] == .approved)
        #expect(after.filter { $0.value != .unreviewed }.count == 1)
    }

    @Test("approving a second template keeps the first, even from the same book")
    func approvalsAccumulate() throws {
        // Given a fresh copy and one book
        let copy = try TemplatesCopy()
        let book = try copy.book()
        // When two templates are approved with it, one after the other
        _ = try book.approve("urgent_instructions", lang: "es", reviewer: "Ana", note: nil)
        let file = try book.approve("symptom_ack", lang: "es", reviewer: "Ana", note: nil)
        // Then both are recorded
        #expect(Set(file.approvals.map { "\($0.template) \($0.lang)" }) == ["urgent_instructions es", "symptom_ack es"])
        let after = try copy.book()
        #expect(after.status("urgent_instructions", lang: "es") == .approved)
        #expect(after.status("symptom_ack", lang: "es") == .approved)
    }

    @Test("approving again after a change makes the approval current, with one record")
    func reapproveAfterChange() throws {
        // Given an approved translation that has since changed
        let copy = try TemplatesCopy()
        _ = try copy.book().approve("urgent_instructions", lang: "es", reviewer: "Ana", note: nil)
        try copy.edit("es.tmpl", section: "urgent_instructions", key: "text") { replacingFirst($0, "ahora", "ya") }
        let stale = try copy.book()
        #expect(stale.status("urgent_instructions", lang: "es") == .stale)
        // When it is approved again
        let file = try stale.approve("urgent_instructions", lang: "es", reviewer: "Bea", note: nil)
        // Then the one record is replaced and the status is approved
        #expect(file.approvals.count == 1)
        #expect(file.approvals.first?.reviewer == "Bea")
        #expect(try copy.book().status("urgent_instructions", lang: "es") == .approved)
    }

    @Test("approving every template in en, es and zh-Hant succeeds (no template has errors without the classifier)")
    func everythingApproves() {
        let fixture = approvedEverything
        // Then nothing was refused
        #expect(fixture.refused.isEmpty, "\(fixture.refused.joined(separator: "\n"))")
        #expect(fixture.approved.count == 13 * fixtureLanguages.count)
    }

    /// One edit to one line of the copied templates, and the approvals it should make stale.
    struct ChangeCase: Sendable, CustomTestStringConvertible {
        var id: String
        var file: String
        var section: String
        var key: String
        var containing: String? = nil
        var old: String
        var new: String
        /// `template lang` of the approvals that must turn stale; every other stays approved.
        var stale: [String]
        var testDescription: String { id }
    }

    static let all = fixtureLanguages
    static func everyLanguage(_ template: String) -> [String] { all.map { "\(template) \($0)" } }

    static let changes: [ChangeCase] = [
        // (a) one character of a translation: exactly that approval.
        ChangeCase(id: "es text: a Latin letter", file: "es.tmpl", section: "appointment_reminder", key: "text",
                   old: "una cita", new: "una cite", stale: ["appointment_reminder es"]),
        ChangeCase(id: "es text: a to á (the message turns UCS-2)", file: "es.tmpl", section: "urgent_instructions", key: "text",
                   old: "ahora", new: "ahorá", stale: ["urgent_instructions es"]),
        ChangeCase(id: "es text: an Arabic letter", file: "es.tmpl", section: "symptom_ack", key: "text",
                   old: "peor", new: "pe\u{0639}r", stale: ["symptom_ack es"]),
        ChangeCase(id: "es text: a CJK character", file: "es.tmpl", section: "refill_reminder", key: "text",
                   old: "receta", new: "rec薬ta", stale: ["refill_reminder es"]),
        ChangeCase(id: "es text: a trailing space", file: "es.tmpl", section: "late_ack", key: "text",
                   old: "cambiarla.", new: "cambiarla. ", stale: ["late_ack es"]),
        ChangeCase(id: "es text: precomposed é to e + combining acute", file: "es.tmpl", section: "late_ack", key: "text",
                   old: "después", new: "despue\u{301}s", stale: ["late_ack es"]),
        ChangeCase(id: "zh-Hant text: one ideograph (約 → 訂)", file: "zh-Hant.tmpl", section: "appointment_reminder", key: "text",
                   old: "預約時間", new: "預訂時間", stale: ["appointment_reminder zh-Hant"]),
        ChangeCase(id: "zh-Hant text: full-width comma to ASCII", file: "zh-Hant.tmpl", section: "help_response", key: "text",
                   old: "如需協助，", new: "如需協助,", stale: ["help_response zh-Hant"]),
        // (b) one character of the English source: that template in every language.
        ChangeCase(id: "en text: a Latin letter", file: "en.tmpl", section: "urgent_instructions", key: "text",
                   old: "watched", new: "watcher", stale: everyLanguage("urgent_instructions")),
        ChangeCase(id: "en text: an Arabic letter", file: "en.tmpl", section: "lab_results_ready", key: "text",
                   old: "See them", new: "See th\u{0645}m", stale: everyLanguage("lab_results_ready")),
        ChangeCase(id: "en text: a CJK character", file: "en.tmpl", section: "opt_in_confirmation", key: "text",
                   old: "Msg &", new: "Msg 和", stale: everyLanguage("opt_in_confirmation")),
        ChangeCase(id: "en text: a date skeleton letter", file: "en.tmpl", section: "confirmation_received", key: "text",
                   old: "::EEEMMMd", new: "::EEEMMMM", stale: everyLanguage("confirmation_received")),
        // (c) reply keywords and budgets are in the digest; samples, comments and purposes are not.
        ChangeCase(id: "es reply key", file: "es.tmpl", section: "appointment_reminder", key: "reply", containing: "reschedule",
                   old: "2 =", new: "4 =", stale: ["appointment_reminder es"]),
        ChangeCase(id: "zh-Hant reply intent", file: "zh-Hant.tmpl", section: "reschedule_offer", key: "reply", containing: "3 =",
                   old: "confirm", new: "cancel", stale: ["reschedule_offer zh-Hant"]),
        ChangeCase(id: "en reply key", file: "en.tmpl", section: "opt_out_confirmation", key: "reply",
                   old: "START", new: "UNSTOP", stale: everyLanguage("opt_out_confirmation")),
        ChangeCase(id: "es budget override", file: "es.tmpl", section: "appointment_reminder", key: "budget",
                   old: "4", new: "5", stale: ["appointment_reminder es"]),
        ChangeCase(id: "es budget override that restates the catalog's budget", file: "es.tmpl", section: "urgent_instructions", key: "text",
                   old: "emergencias.", new: "emergencias.\nbudget: 2", stale: []),
        ChangeCase(id: "catalog budget", file: "catalog.tmpl", section: "urgent_instructions", key: "budget",
                   old: "2", new: "3", stale: everyLanguage("urgent_instructions")),
        ChangeCase(id: "es sample (not in the digest)", file: "es.tmpl", section: "appointment_reminder", key: "sample", containing: "name",
                   old: "López", new: "Lópes", stale: []),
        ChangeCase(id: "zh-Hant sample, one ideograph (not in the digest)", file: "zh-Hant.tmpl", section: "post_visit_checkin", key: "sample",
                   containing: "name", old: "陳美玲", new: "陳美鈴", stale: []),
        ChangeCase(id: "en sample (not in the digest)", file: "en.tmpl", section: "lab_results_ready", key: "sample", containing: "clinic",
                   old: "Eastside", new: "Westside", stale: []),
        ChangeCase(id: "catalog purpose (not in the digest)", file: "catalog.tmpl", section: "late_ack", key: "purpose",
                   old: "running late", new: "running later", stale: []),
        // (d) a placeholder of the catalog: that template in every language.
        ChangeCase(id: "catalog max length 30 → 31", file: "catalog.tmpl", section: "appointment_reminder", key: "param", containing: "name",
                   old: "30", new: "31", stale: everyLanguage("appointment_reminder")),
        ChangeCase(id: "catalog max length 40 → 4", file: "catalog.tmpl", section: "refill_reminder", key: "param", containing: "pharmacy",
                   old: "40", new: "4", stale: everyLanguage("refill_reminder")),
        ChangeCase(id: "catalog placeholder type", file: "catalog.tmpl", section: "lab_results_ready", key: "param", containing: "portal",
                   old: "url", new: "text", stale: everyLanguage("lab_results_ready")),
    ]

    @Test("one change makes exactly the approvals it touches stale, and nothing else", arguments: changes)
    func oneChange(_ c: ChangeCase) throws {
        // Given every template approved in en, es and zh-Hant
        let fixture = approvedEverything
        try #require(!fixture.text.isEmpty, "the fixture failed: \(fixture.refused)")
        let copy = try TemplatesCopy()
        try copy.write("approvals.txt", fixture.text)
        let before = statuses(try copy.book())
        for (key, status) in before {
            #expect(status == (fixture.approved.contains(key) ? .approved : .unreviewed), "\(key) before the change")
        }
        // When one line changes
        try copy.edit(c.file, section: c.section, key: c.key, containing: c.containing) { replacingFirst($0, c.old, c.new) }
        let book = try copy.book()
        // Then exactly the expected approvals are stale; every other stays as it was
        for (key, status) in statuses(book) {
            let expected: ReviewStatus = c.stale.contains(key) ? .stale : fixture.approved.contains(key) ? .approved : .unreviewed
            #expect(status == expected, "\(key)")
        }
        for key in c.stale { #expect(fixture.approved.contains(key), "\(key) was not approved to begin with") }
        // And the approvals file was not touched by reading statuses
        #expect(try copy.read("approvals.txt") == fixture.text)
    }

    @Test("the canonical text holds the text, reply keywords, placeholders and budget, and not the samples")
    func canonicalContents() throws {
        // Given the real es appointment reminder
        let set = try TemplateSet(directory: realTemplates.path)
        let t = try #require(set.translation("appointment_reminder", lang: "es"))
        let def = try #require(set.definition("appointment_reminder"))
        // When its canonical text is built
        let canonical = ApprovalDigest.canonical(t, definition: def)
        // Then it has each part, one per line, and the digest is sha256: and 64 hex digits
        let lines = canonical.components(separatedBy: "\n")
        #expect(lines.first == "template: appointment_reminder")
        #expect(lines.contains("text: \(t.text)"))
        #expect(lines.contains("reply: 2 = reschedule"))
        #expect(lines.contains("param: name text 30"))
        #expect(lines.contains("param: start datetime"))
        #expect(lines.last == "budget: 4")
        #expect(!canonical.contains("María"))
        let digest = ApprovalDigest.digest(canonical)
        #expect(digest.hasPrefix("sha256:") && digest.count == 71)
        #expect(ApprovalDigest.digest("") == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
