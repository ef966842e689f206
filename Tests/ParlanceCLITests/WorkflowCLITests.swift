import Foundation
import Testing

/// The package root, for the bundled Templates and Corpus.
private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

/// A scratch copy of the bundled templates.
private func templatesCopy() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parlance-cli-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: root.appendingPathComponent("Templates"), to: dir)
    return dir
}

@Suite("parlance segments, render, templates")
struct MessagesCLITests {
    @Test func segmentsJSONHasTheContractFields() throws {
        let r = try CLI.run(["segments", "--json", "Hola María, ¿confirma su cita? € [x]"])
        #expect(r.status == 0)
        let o = try #require(try json(r.out) as? [String: Any])
        for key in ["encoding", "segments", "units", "characters", "per_segment_limit", "non_gsm", "shift_table"] {
            #expect(o.keys.contains(key), "missing \(key)")
        }
        #expect(o["encoding"] as? String == "UCS-2")
        #expect(o["non_gsm"] as? [String] == ["í"])
        #expect(o["segments"] as? Int == 1)
        #expect(o["shift_table"] is NSNull)
    }

    @Test func segmentsReadsStandardInputAndCountsExtensionCharacters() throws {
        // 160 GSM characters with two `€` = 162 septets: two segments of at most 153.
        let text = String(repeating: "a", count: 158) + "€€"
        let r = try CLI.run(["segments", "--json"], stdin: Data((text + "\n").utf8))
        let o = try #require(try json(r.out) as? [String: Any])
        #expect(o["encoding"] as? String == "GSM-7")
        #expect(o["units"] as? Int == 162)
        #expect(o["segments"] as? Int == 2)
        #expect(o["per_segment_limit"] as? Int == 153)
    }

    @Test func emptyMessageIsOneSegment() throws {
        let r = try CLI.run(["segments", "--json", ""])
        let o = try #require(try json(r.out) as? [String: Any])
        #expect(o["segments"] as? Int == 1)
        #expect(o["units"] as? Int == 0)
    }

    @Test func shiftTableIsUsedOnlyWhenAllowed() throws {
        let text = "Randevunuz yarın saat 10:00'da. Lütfen geliniz, teşekkürler. Şimdi İyi günler"
        let off = try #require(try json(CLI.run(["segments", "--json", text]).out) as? [String: Any])
        #expect(off["encoding"] as? String == "UCS-2")
        let tables = try #require(off["national_tables"] as? [[String: Any]])
        #expect(tables.contains { $0["language"] as? String == "turkish" })
        let on = try #require(try json(CLI.run(["segments", "--json", "--shift-table", "turkish", text]).out) as? [String: Any])
        #expect(on["encoding"] as? String == "GSM-7")
        #expect((on["shift_table"] as? String)?.hasPrefix("Turkish") == true)
    }

    @Test func renderPrintsTheMessageInTheLanguageAndZone() throws {
        let r = try CLI.run(["render", "appointment_reminder", "--lang", "es", "--set", "name=Ana", "--set", "clinic=Clínica Norte",
                             "--set", "start=2026-11-24T09:00", "--tz", "America/Chicago", "--json",
                             "--templates", root.appendingPathComponent("Templates").path])
        #expect(r.status == 0, "\(r.err)")
        let o = try #require(try json(r.out) as? [String: Any])
        let text = try #require(o["text"] as? String)
        #expect(text.contains("Ana") && text.contains("noviembre") && text.contains("9:00"))
        #expect(!text.contains("{"))
        #expect((o["reply_options"] as? [String: String])?["2"] == "reschedule")
        #expect((o["segments"] as? [String: Any])?["encoding"] as? String == "UCS-2")
    }

    @Test func renderRefusesAMissingValueOrZoneNamingTemplateAndFile() throws {
        let templates = root.appendingPathComponent("Templates").path
        let missing = try CLI.run(["render", "appointment_reminder", "--lang", "fr", "--set", "name=Ana", "--tz", "Europe/Paris", "--templates", templates])
        #expect(missing.status == 1)
        #expect(missing.out.isEmpty)
        #expect(missing.err.contains("fr.tmpl:") && missing.err.contains("appointment_reminder") && missing.err.contains("clinic"))
        let noZone = try CLI.run(["render", "appointment_reminder", "--lang", "fr", "--samples", "--templates", templates])
        #expect(noZone.status == 1)
        #expect(noZone.err.contains("time zone"))
        let tooLong = try CLI.run(["render", "appointment_reminder", "--lang", "en", "--samples", "--tz", "UTC", "--set",
                                   "name=" + String(repeating: "x", count: 31), "--templates", templates])
        #expect(tooLong.status == 1)
        #expect(tooLong.err.contains("maximum is 30"))
    }

    @Test func templatesCheckPassesOnTheBundledTemplatesAndFailsOnABrokenOne() throws {
        let ok = try CLI.run(["templates", "check", "--templates", root.appendingPathComponent("Templates").path])
        #expect(ok.status == 0, "\(ok.out.suffix(2000))")
        #expect(ok.out.contains("156 templates checked: 0 errors"))
        let dir = try templatesCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("es.tmpl")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let n = try #require(lines.firstIndex { $0.hasPrefix("text: Hola {name}") })
        lines[n] = lines[n].replacingOccurrences(of: "{name}", with: "{name")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["templates", "check", "--templates", dir.path, "--lang", "es"])
        #expect(bad.status == 1)
        #expect(bad.out.contains("es.tmpl:\(n + 1): error: appointment_reminder [es]"))
        #expect(bad.out.contains("syntax"))
    }
}

@Suite("parlance review")
struct ReviewCLITests {
    @Test func approveThenEditMakesItStaleAndRequireApprovedGates() throws {
        let dir = try templatesCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let approve = try CLI.run(["review", "approve", "late_ack", "--lang", "es", "--reviewer", "Ana Ruiz", "--templates", dir.path])
        #expect(approve.status == 0, "\(approve.err)")
        var list = try #require(try json(CLI.run(["review", "list", "--json", "--lang", "es", "--templates", dir.path]).out) as? [[String: Any]])
        let item = try #require(list.first { $0["template"] as? String == "late_ack" })
        for key in ["template", "lang", "status", "file", "line", "encoding", "segments", "findings"] {
            #expect(item.keys.contains(key), "missing \(key)")
        }
        #expect(item["status"] as? String == "approved")
        #expect(list.filter { $0["status"] as? String == "approved" }.count == 1)

        // One character of the translation changes: exactly that approval goes stale.
        let file = dir.appendingPathComponent("es.tmpl")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "Gracias por avisarnos", with: "Gracias por avisarnos!").write(to: file, atomically: true, encoding: .utf8)
        list = try #require(try json(CLI.run(["review", "list", "--json", "--lang", "es", "--templates", dir.path]).out) as? [[String: Any]])
        #expect(list.first { $0["template"] as? String == "late_ack" }?["status"] as? String == "stale")

        let gate = try CLI.run(["templates", "check", "--require-approved", "--lang", "es", "--templates", dir.path])
        #expect(gate.status == 1)
        #expect(gate.out.contains("stale"))
    }

    @Test func approveRefusesATemplateWithErrors() throws {
        let dir = try templatesCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("es.tmpl")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "{phone}", with: "(312) 555-0142").write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["review", "approve", "cancellation_received", "--lang", "es", "--reviewer", "Ana", "--templates", dir.path])
        #expect(r.status != 0)
        #expect(r.err.contains("refused") && r.err.contains("phone"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("approvals.txt").path))
    }
}

@Suite("parlance eval")
struct EvalCLITests {
    static func corpus(_ lines: [String], ext: String = "jsonl") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parlance-eval-\(UUID().uuidString).\(ext)")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func jsonReportHasTheContractFieldsAndGatesExitThree() throws {
        let url = try Self.corpus([
            #"{"id":"1","text":"STOP","lang":"en","intent":"opt_out"}"#,
            #"{"id":"2","text":"yes I'll be there","lang":"en","intent":"confirm"}"#,
            #"{"id":"3","text":"chest pain and I can't breathe","lang":"en","intent":"urgent"}"#,
            #"{"id":"4","text":"no puedo ir, cancelo la cita","lang":"es","intent":"cancel"}"#,
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try CLI.run(["eval", url.path, "--format", "json", "--bootstrap", "50"])
        #expect(r.status == 0, "\(r.err)")
        let o = try #require(try json(r.out) as? [String: Any])
        for key in ["examples", "accuracy", "macro_f1", "per_intent", "per_language", "confusion", "language_accuracy", "urgent_recall"] {
            #expect(o.keys.contains(key), "missing \(key)")
        }
        #expect(o["examples"] as? Int == 4)
        #expect(o["urgent_recall"] as? Double == 1)
        let gated = try CLI.run(["eval", url.path, "--bootstrap", "0", "--min-accuracy", "1.01"])
        #expect(gated.status == 3)
        #expect(gated.err.contains("gate not met"))
    }

    @Test func aBadLineStopsTheRunWithFileAndLine() throws {
        let url = try Self.corpus([
            #"{"id":"1","text":"STOP","lang":"en","intent":"opt_out"}"#,
            #"{"id":"2","text":"ok","lang":"en","intent":"agree"}"#,
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try CLI.run(["eval", url.path])
        #expect(r.status == 2)
        #expect(r.out.isEmpty)
        #expect(r.err.contains("\(url.path):2: unknown intent \"agree\""))
    }

    @Test func csvCorpusAndBaselineComparison() throws {
        let csv = try Self.corpus([
            "id,text,lang,intent,also,options",
            "a,STOP,en,opt_out,,",
            "b,2,und,cancel,,1=reschedule|2=cancel",
            "c,\"yes, but 10 min late\",en,late,confirm,",
        ], ext: "csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        let first = try CLI.run(["eval", csv.path, "--format", "json", "--bootstrap", "0"])
        #expect(first.status == 0, "\(first.err)")
        let baseline = FileManager.default.temporaryDirectory.appendingPathComponent("parlance-baseline-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: baseline) }
        try first.out.write(to: baseline, atomically: true, encoding: .utf8)
        let again = try CLI.run(["eval", csv.path, "--baseline", baseline.path, "--format", "json", "--bootstrap", "0"])
        let o = try #require(try json(again.out) as? [String: Any])
        let b = try #require(o["baseline"] as? [String: Any])
        #expect((b["changes"] as? [Any])?.isEmpty == true)
        #expect(((b["deltas"] as? [String: Any])?["accuracy"] as? [String: Any])?["delta"] as? Double == 0)
    }
}
