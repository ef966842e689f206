import Foundation
import Testing

/// Runs the built `parlance` binary as another program would.
enum CLI {
    static var binary: URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0])
        var dir = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("parlance")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/parlance")
    }

    static func run(_ args: [String], stdin: Data? = nil) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(stdin) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}

@Suite("parlance CLI")
struct CLITests {
    @Test func jsonHasTheContractFields() throws {
        let r = try CLI.run(["classify", "--json", "yes but running 10 min late"])
        #expect(r.status == 0)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        for key in ["id", "intent", "intents", "confidence", "language", "language_hints", "entities", "evidence", "carrier_keyword", "needs_human"] {
            #expect(obj.keys.contains(key), "missing \(key)")
        }
        #expect(obj["intent"] as? String == "late")
        #expect((obj["entities"] as? [String: Any])?["minutes_late"] as? Int == 10)
        let evidence = try #require(obj["evidence"] as? [[String: Any]])
        #expect(evidence.allSatisfy { $0["span"] is [Int] && $0["match"] is String && $0["lang"] is String })
    }

    @Test func jsonlKeepsOrderReportsBadLinesAndGoesOn() throws {
        var input = Data()
        input.append(Data(#"{"id":"a","text":"STOP"}"#.utf8)); input.append(0x0A)
        input.append(Data(#"{"id":"b","text":"2","options":{"1":"confirm","2":"cancel"}}"#.utf8)); input.append(0x0A)
        input.append(Data("this is not json".utf8)); input.append(0x0A)
        input.append(Data([0x7B, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D])); input.append(0x0A)
        input.append(Data(#"{"id":7,"note":"no text"}"#.utf8)); input.append(0x0A)
        input.append(Data(#"{"id":"c","text":"no puedo respirar","lang_hint":["es"],"extra":true}"#.utf8)); input.append(0x0A)
        let r = try CLI.run(["classify", "--jsonl"], stdin: input)
        #expect(r.status == 1)
        let lines = r.out.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 6)
        #expect(lines[0]?["id"] as? String == "a" && lines[0]?["intent"] as? String == "opt_out" && lines[0]?["carrier_keyword"] as? String == "opt_out")
        #expect(lines[1]?["intent"] as? String == "cancel")
        #expect(lines[2]?["line"] as? Int == 3 && lines[2]?["error"] is String && lines[2]?["id"] is NSNull)
        #expect(lines[3]?["line"] as? Int == 4 && (lines[3]?["error"] as? String)?.contains("UTF-8") == true)
        #expect(lines[4]?["line"] as? Int == 5 && lines[4]?["id"] as? Int == 7)
        #expect(lines[5]?["id"] as? String == "c" && lines[5]?["intent"] as? String == "urgent" && lines[5]?["language"] as? String == "es")
    }

    @Test func readableOutputShowsEvidence() throws {
        let r = try CLI.run(["classify", "I can't breathe"])
        #expect(r.status == 0)
        #expect(r.out.contains("intent      urgent"))
        #expect(r.out.contains("can't breathe"))
    }

    @Test func badArgumentsAreRefusedWithAReason() throws {
        let none = try CLI.run(["classify"])
        #expect(none.status != 0)
        #expect(!none.err.isEmpty)
        let badOption = try CLI.run(["classify", "--option", "1=maybe", "1"])
        #expect(badOption.status != 0)
        #expect(badOption.err.contains("INTENT"))
    }

    @Test func brokenExtraLexiconNamesFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parlance-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("@schema lexicon@1\n@lang en\n[confrim]\nyes\n".utf8).write(to: dir.appendingPathComponent("en.lex"))
        let r = try CLI.run(["classify", "--lexicons", dir.path, "yes"])
        #expect(r.status == 2)
        #expect(r.err.contains("en.lex:3"))
    }
}
