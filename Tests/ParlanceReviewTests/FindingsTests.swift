import Foundation
import Testing
@testable import ParlanceMessages
@testable import ParlanceReview

@Suite("Findings a reviewer sees before approving")
struct FindingsTests {
    struct FindingCase: Sendable, CustomTestStringConvertible {
        var id: String
        var template: String
        var lang: String
        /// Edits the copy; nil for the real templates as they are.
        var edit: (@Sendable (TemplatesCopy) throws -> Void)?
        var present: [ReviewFinding.Kind]
        var absent: [ReviewFinding.Kind] = []
        var testDescription: String { id }
    }

    static let cases: [FindingCase] = [
        FindingCase(id: "es text identical to the English: untranslated", template: "urgent_instructions", lang: "es", edit: { copy in
            try copy.edit("es.tmpl", section: "urgent_instructions", key: "text") { _ in
                "text: If this is an emergency, call {emergency} now. This number is not watched for emergencies."
            }
        }, present: [.untranslated], absent: [.lengthOff, .costIncrease]),
        FindingCase(id: "zh-Hant text identical to the English: untranslated", template: "refill_reminder", lang: "zh-Hant", edit: { copy in
            try copy.edit("zh-Hant.tmpl", section: "refill_reminder", key: "text") { _ in
                "text: A prescription refill is due on {due, date, ::MMMMd}. Please contact {pharmacy} at {phone}."
            }
        }, present: [.untranslated]),
        FindingCase(id: "es opt-in without STOP: optOutMissing", template: "opt_in_confirmation", lang: "es", edit: { copy in
            try copy.edit("es.tmpl", section: "opt_in_confirmation", key: "text") { replacingFirst($0, " o STOP para dejar de recibir mensajes", "") }
            try copy.removeLine("es.tmpl", section: "opt_in_confirmation", key: "reply", containing: "STOP")
        }, present: [.optOutMissing]),
        FindingCase(id: "zh-Hant help without STOP in its text: optOutMissing", template: "help_response", lang: "zh-Hant", edit: { copy in
            try copy.edit("zh-Hant.tmpl", section: "help_response", key: "text") { replacingFirst($0, "回覆STOP停止接收訊息。", "") }
        }, present: [.optOutMissing]),
        FindingCase(id: "es truncated to a few words: lengthOff", template: "urgent_instructions", lang: "es", edit: { copy in
            try copy.edit("es.tmpl", section: "urgent_instructions", key: "text") { _ in "text: Llame al {emergency}." }
        }, present: [.lengthOff], absent: [.untranslated]),
        FindingCase(id: "zh-Hant truncated to a few characters: lengthOff", template: "symptom_ack", lang: "zh-Hant", edit: { copy in
            try copy.edit("zh-Hant.tmpl", section: "symptom_ack", key: "text") { _ in "text: {hours, plural, other {#小時}}，{emergency}。" }
        }, present: [.lengthOff]),
        FindingCase(id: "es said twice: lengthOff", template: "urgent_instructions", lang: "es", edit: { copy in
            try copy.edit("es.tmpl", section: "urgent_instructions", key: "text") { l in
                l + " Si es una emergencia, llame ahora. Estos mensajes no se vigilan para emergencias."
            }
        }, present: [.lengthOff]),
        FindingCase(id: "es with á and í (UCS-2) against English GSM-7: costIncrease", template: "appointment_reminder", lang: "es", edit: nil,
                    present: [.costIncrease], absent: [.untranslated, .lengthOff, .optOutMissing]),
        FindingCase(id: "es made UCS-2 by one letter: costIncrease", template: "urgent_instructions", lang: "es", edit: { copy in
            try copy.edit("es.tmpl", section: "urgent_instructions", key: "text") { replacingFirst($0, "ahora", "ahorá") }
        }, present: [.costIncrease]),
        FindingCase(id: "real es urgent instructions: GSM-7, no findings", template: "urgent_instructions", lang: "es", edit: nil,
                    present: [], absent: [.untranslated, .lengthOff, .optOutMissing, .costIncrease]),
        FindingCase(id: "real es opt-in: has STOP", template: "opt_in_confirmation", lang: "es", edit: nil,
                    present: [], absent: [.untranslated, .optOutMissing]),
    ]

    @Test("each finding appears on the item it is about", arguments: cases)
    func finding(_ c: FindingCase) throws {
        // Given a copy of the templates, edited
        let copy = try TemplatesCopy()
        try c.edit?(copy)
        let book = try copy.book()
        // When the reviewer looks at the item
        let item = book.item(c.template, lang: c.lang)
        let kinds = Set(item.findings.map(\.kind))
        // Then the expected findings are there, and the others are not
        for k in c.present { #expect(kinds.contains(k), "\(k) missing from \(item.findings)") }
        for k in c.absent { #expect(!kinds.contains(k), "\(k) unexpected in \(item.findings)") }
        #expect(item.template == c.template && item.lang == c.lang)
        #expect(item.file.hasSuffix("\(c.lang).tmpl") && item.line > 0)
        if c.present.contains(.optOutMissing) {
            #expect(item.hasErrors)
            #expect(item.findings.first { $0.kind == .optOutMissing }?.severity == .error)
        }
    }

    @Test("a finding is about its own item: the edited template only")
    func findingStaysOnItsItem() throws {
        // Given es urgent_instructions left in English
        let copy = try TemplatesCopy()
        try copy.edit("es.tmpl", section: "urgent_instructions", key: "text") { _ in
            "text: If this is an emergency, call {emergency} now. This number is not watched for emergencies."
        }
        let book = try copy.book()
        // When its neighbours are looked at, Then they are not untranslated
        #expect(book.item("urgent_instructions", lang: "es").findings.contains { $0.kind == .untranslated })
        #expect(!book.item("urgent_instructions", lang: "zh-Hant").findings.contains { $0.kind == .untranslated })
        #expect(!book.item("symptom_ack", lang: "es").findings.contains { $0.kind == .untranslated })
    }

    struct DiffCase: Sendable, CustomTestStringConvertible {
        var id: String
        var old: String
        var new: String
        var removed: [String]
        var added: [String]
        var testDescription: String { id }
    }

    @Test("WordDiff: removed and added words, and the same pieces rebuild both texts", arguments: [
        DiffCase(id: "English, one word", old: "Reply 1 to confirm, 2 to reschedule.", new: "Reply 1 to confirm, 2 to cancel.",
                 removed: ["reschedule"], added: ["cancel"]),
        DiffCase(id: "English, a number and a word", old: "Reply 2 to reschedule or 3 to cancel.", new: "Reply 4 to reschedule or 3 to stop.",
                 removed: ["2", "cancel"], added: ["4", "stop"]),
        DiffCase(id: "English, words inserted", old: "call {emergency} now.", new: "call {emergency} right now.",
                 removed: [], added: ["right "]),
        DiffCase(id: "English, words deleted", old: "This number is not watched for emergencies.", new: "This number is not watched.",
                 removed: [" for emergencies"], added: []),
        DiffCase(id: "Chinese, one word (ICU dictionary breaks)", old: "您的預約已確認。", new: "您的預約已取消。",
                 removed: ["確認"], added: ["取消"]),
        DiffCase(id: "Chinese, a word inside a sentence", old: "如病情加重或情況緊急，請立即撥打911。", new: "如病情加重或情況危險，請立即撥打911。",
                 removed: ["緊急"], added: ["危險"]),
        DiffCase(id: "canonical lines", old: "template: a\ntext: Hola\nbudget: 2", new: "template: a\ntext: Hola\nbudget: 3",
                 removed: ["2"], added: ["3"]),
        DiffCase(id: "identical", old: "Gracias.", new: "Gracias.", removed: [], added: []),
        DiffCase(id: "from empty", old: "", new: "Hola", removed: [], added: ["Hola"]),
        DiffCase(id: "to empty", old: "Hola", new: "", removed: ["Hola"], added: []),
    ])
    func wordDiff(_ c: DiffCase) {
        // When two texts are diffed
        let pieces = WordDiff.diff(c.old, c.new)
        // Then the removed and added pieces are the changed words
        var removed: [String] = [], added: [String] = [], old = "", new = ""
        for p in pieces {
            switch p {
            case .same(let s): old += s; new += s
            case .removed(let s): removed.append(s); old += s
            case .added(let s): added.append(s); new += s
            }
        }
        #expect(removed == c.removed, "\(pieces)")
        #expect(added == c.added, "\(pieces)")
        // And same + removed rebuild the old text, same + added the new one
        #expect(old == c.old)
        #expect(new == c.new)
        // And no two neighbouring pieces are of the same kind
        for (a, b) in zip(pieces, pieces.dropFirst()) {
            switch (a, b) {
            case (.same, .same), (.removed, .removed), (.added, .added): Issue.record("unmerged pieces \(a) \(b)")
            default: break
            }
        }
    }
}
