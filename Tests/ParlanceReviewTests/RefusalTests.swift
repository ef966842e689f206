import Foundation
import Testing
@testable import ParlanceMessages
@testable import ParlanceReview

@Suite("approve refuses templates with errors, and then writes nothing")
struct RefusalTests {
    /// An edit to the copied templates, the approval tried, and a piece of the reason expected.
    struct RefusalCase: Sendable, CustomTestStringConvertible {
        var id: String
        var template: String
        var lang: String
        var reviewer = "Ana Ruiz"
        var note: String? = nil
        var edit: @Sendable (TemplatesCopy) throws -> Void = { _ in }
        var reason: String
        var testDescription: String { id }
    }

    static let cases: [RefusalCase] = [
        RefusalCase(id: "es text lacks a placeholder", template: "appointment_reminder", lang: "es", edit: { copy in
            try copy.edit("es.tmpl", section: "appointment_reminder", key: "text") { replacingFirst($0, "le escribe {clinic}", "le escribe su clínica") }
        }, reason: "placeholder {clinic} of the catalog is missing"),
        RefusalCase(id: "zh-Hant text has a syntax error", template: "urgent_instructions", lang: "zh-Hant", edit: { copy in
            try copy.edit("zh-Hant.tmpl", section: "urgent_instructions", key: "text") { replacingFirst($0, "{emergency}", "{emergency") }
        }, reason: "syntax error"),
        RefusalCase(id: "opt_in_confirmation lost STOP and its reply", template: "opt_in_confirmation", lang: "es", edit: { copy in
            try copy.edit("es.tmpl", section: "opt_in_confirmation", key: "text") { replacingFirst($0, " o STOP para dejar de recibir mensajes", "") }
            try copy.removeLine("es.tmpl", section: "opt_in_confirmation", key: "reply", containing: "STOP")
        }, reason: "opt out (STOP)"),
        RefusalCase(id: "opt_in_confirmation text lost STOP, its reply line kept", template: "opt_in_confirmation", lang: "es", edit: { copy in
            try copy.edit("es.tmpl", section: "opt_in_confirmation", key: "text") { replacingFirst($0, " o STOP para dejar de recibir mensajes", "") }
        }, reason: "opt out (STOP)"),
        RefusalCase(id: "help_response (zh-Hant) lost STOP", template: "help_response", lang: "zh-Hant", edit: { copy in
            try copy.edit("zh-Hant.tmpl", section: "help_response", key: "text") { replacingFirst($0, "回覆STOP停止接收訊息。", "") }
            try copy.removeLine("zh-Hant.tmpl", section: "help_response", key: "reply", containing: "STOP")
        }, reason: "opt out (STOP)"),
        RefusalCase(id: "reply keyword a carrier reads as opt-out", template: "appointment_reminder", lang: "es", edit: { copy in
            try copy.edit("es.tmpl", section: "appointment_reminder", key: "reply", containing: "3 =") { _ in "reply: CANCEL = cancel" }
        }, reason: "US carriers treat it as opt_out"),
        RefusalCase(id: "over its budget", template: "urgent_instructions", lang: "es", edit: { copy in
            try copy.edit("es.tmpl", section: "urgent_instructions", key: "text") { $0 + " " + String(repeating: "Llame ahora. ", count: 30) }
        }, reason: "over its budget"),
        RefusalCase(id: "empty reviewer", template: "urgent_instructions", lang: "es", reviewer: "", reason: "reviewer's name"),
        RefusalCase(id: "blank reviewer", template: "urgent_instructions", lang: "es", reviewer: " \t ", reason: "reviewer's name"),
        RefusalCase(id: "reviewer on two lines", template: "urgent_instructions", lang: "es", reviewer: "Ana\nBea", reason: "reviewer's name"),
        RefusalCase(id: "note on two lines", template: "urgent_instructions", lang: "es", note: "one\ntwo", reason: "one line"),
        RefusalCase(id: "no such template", template: "appointment_remider", lang: "es", reason: "no template appointment_remider"),
        RefusalCase(id: "no such language", template: "urgent_instructions", lang: "de", reason: "no translation of urgent_instructions into de"),
    ]

    @Test("refused, with the reason, and approvals.txt unchanged", arguments: cases)
    func refused(_ c: RefusalCase) throws {
        // Given a copy with one approval already recorded, then edited
        let copy = try TemplatesCopy()
        _ = try copy.book().approve("symptom_ack", lang: "es", reviewer: "Earlier Reviewer", note: nil)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy.approvalsPath))
        try c.edit(copy)
        let book = try copy.book()
        // When the approval is tried
        var refusal: ApprovalRefused?
        do {
            _ = try book.approve(c.template, lang: c.lang, reviewer: c.reviewer, note: c.note)
            Issue.record("approved, but it should have been refused")
        } catch let e as ApprovalRefused {
            refusal = e
        } catch {
            Issue.record("expected ApprovalRefused, got \(error)")
        }
        // Then it is refused with the reason
        #expect(refusal?.description.contains(c.reason) == true, "\(refusal?.description ?? "")")
        // And the approvals file is byte for byte as it was, and nothing new is approved
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy.approvalsPath)) == before)
        let after = statuses(try copy.book())
        #expect(after.filter { $0.value == .approved }.keys.sorted() == ["symptom_ack es"])
    }

    @Test("a refusal with no approvals file leaves no file")
    func refusedWithoutFile() throws {
        // Given a fresh copy without approvals.txt
        let copy = try TemplatesCopy()
        // When an approval with an empty reviewer is tried, Then it is refused and no file appears
        #expect(throws: ApprovalRefused.self) { try copy.book().approve("late_ack", lang: "es", reviewer: "", note: nil) }
        #expect(!FileManager.default.fileExists(atPath: copy.approvalsPath))
    }
}
