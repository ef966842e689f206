import Foundation
import Testing
@testable import ParlanceEval
import ParlanceReplies

/// A file to write into a fresh temporary directory.
struct CorpusFile: Sendable {
    var name: String
    var bytes: [UInt8]
    init(_ name: String, _ text: String) { self.name = name; bytes = Array(text.utf8) }
    init(_ name: String, bytes: [UInt8]) { self.name = name; self.bytes = bytes }
}

/// Writes the files into a new directory under the temporary directory; returns its path.
func temporaryCorpus(_ files: [CorpusFile]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parlance-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for f in files { try Data(f.bytes).write(to: dir.appendingPathComponent(f.name)) }
    return dir.path
}

/// Loads `paths` (relative to `dir`; "" is the directory itself) and returns the replies or the errors.
func loadCorpus(_ dir: String, _ paths: [String]) -> (replies: [LabelledReply], errors: [CorpusError]) {
    let full = paths.map { $0.isEmpty ? dir : (dir as NSString).appendingPathComponent($0) }
    do {
        return (try CorpusLoader.load(paths: full), [])
    } catch {
        return ([], error.errors)
    }
}

/// A valid JSON Lines reply.
func line(_ id: String, intent: String = "confirm", lang: String = "en", text: String = "yes") -> String {
    #"{"id":"\#(id)","text":"\#(text)","lang":"\#(lang)","intent":"\#(intent)"}"#
}

@Suite("Corpus loader errors")
struct CorpusLoaderErrorTests {
    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var id: String
        var files: [CorpusFile]
        /// Paths to load, relative to the directory ("" for the directory itself); default every file.
        var load: [String]?
        var kind: CorpusError.Kind
        /// The file the error names, relative to the directory ("" for the directory itself).
        var file: String
        var line: Int
        /// A piece of the message, when it matters.
        var says: String?
        var testDescription: String { id }
    }

    static let header = "id,text,lang,intent\n"

    static let cases: [ErrorCase] = [
        // Files and directories.
        ErrorCase(id: "missing path", files: [], load: ["nowhere.jsonl"], kind: .unreadable, file: "nowhere.jsonl", line: 0),
        ErrorCase(id: "a .txt file", files: [CorpusFile("notes.txt", line("t1"))], kind: .unsupportedFile, file: "notes.txt", line: 0),
        ErrorCase(id: "empty directory", files: [], load: [""], kind: .noFiles, file: "", line: 0),
        ErrorCase(id: "directory of other files", files: [CorpusFile("notes.txt", "x"), CorpusFile("data.json", "{}")],
                  load: [""], kind: .noFiles, file: "", line: 0),
        // Encoding.
        ErrorCase(id: "JSONL: 0xFF on line 3",
                  files: [CorpusFile("a.jsonl", bytes: Array((line("u1") + "\n" + line("u2") + "\n").utf8)
                              + Array(#"{"id":"u3","text":"caf"#.utf8) + [0xFF] + Array(#"","lang":"fr","intent":"confirm"}"#.utf8)
                              + Array(("\n" + line("u4") + "\n").utf8))],
                  kind: .invalidUTF8, file: "a.jsonl", line: 3),
        ErrorCase(id: "CSV: 0xFF on line 3",
                  files: [CorpusFile("a.csv", bytes: Array((header + "u1,yes,en,confirm\n").utf8) + Array("u2,caf".utf8) + [0xFF]
                              + Array(",fr,confirm\nu3,no,en,cancel\n".utf8))],
                  kind: .invalidUTF8, file: "a.csv", line: 3),
        ErrorCase(id: "JSONL: byte-order mark", files: [CorpusFile("a.jsonl", bytes: [0xEF, 0xBB, 0xBF] + Array((line("b1") + "\n").utf8))],
                  kind: .byteOrderMark, file: "a.jsonl", line: 1),
        // Blank lines.
        ErrorCase(id: "JSONL: line 2 blank", files: [CorpusFile("a.jsonl", line("k1") + "\n\n" + line("k2") + "\n")],
                  kind: .blankLine, file: "a.jsonl", line: 2),
        ErrorCase(id: "JSONL: line 2 only spaces and a tab", files: [CorpusFile("a.jsonl", line("k1") + "\n  \t\n" + line("k2") + "\n")],
                  kind: .blankLine, file: "a.jsonl", line: 2),
        ErrorCase(id: "CSV: blank row 3", files: [CorpusFile("a.csv", header + "k1,yes,en,confirm\n\nk2,no,en,cancel\n")],
                  kind: .blankLine, file: "a.csv", line: 3),
        // JSON shape.
        ErrorCase(id: "invalid JSON", files: [CorpusFile("a.jsonl", line("j1") + "\n" + #"{"id":"j2","text":"#  + "\n")],
                  kind: .invalidJSON, file: "a.jsonl", line: 2),
        ErrorCase(id: "not an object", files: [CorpusFile("a.jsonl", line("j1") + "\n[1,2]\n")], kind: .notAnObject, file: "a.jsonl", line: 2),
        // Valid JSON that is not an object is "not an object", not "not valid JSON".
        ErrorCase(id: "a bare string", files: [CorpusFile("a.jsonl", #""hello""# + "\n")], kind: .notAnObject, file: "a.jsonl", line: 1),
        ErrorCase(id: "a bare number", files: [CorpusFile("a.jsonl", line("n1") + "\n42\n")], kind: .notAnObject, file: "a.jsonl", line: 2),
        ErrorCase(id: "null", files: [CorpusFile("a.jsonl", "null\n")], kind: .notAnObject, file: "a.jsonl", line: 1),
        // Required fields.
        ErrorCase(id: "missing id", files: [CorpusFile("a.jsonl", #"{"text":"yes","lang":"en","intent":"confirm"}"#)],
                  kind: .missingField, file: "a.jsonl", line: 1, says: "\"id\""),
        ErrorCase(id: "missing text", files: [CorpusFile("a.jsonl", #"{"id":"m1","lang":"en","intent":"confirm"}"#)],
                  kind: .missingField, file: "a.jsonl", line: 1, says: "\"text\""),
        ErrorCase(id: "missing lang", files: [CorpusFile("a.jsonl", #"{"id":"m1","text":"yes","intent":"confirm"}"#)],
                  kind: .missingField, file: "a.jsonl", line: 1, says: "\"lang\""),
        ErrorCase(id: "missing intent", files: [CorpusFile("a.jsonl", line("m0") + "\n" + #"{"id":"m1","text":"yes","lang":"en"}"#)],
                  kind: .missingField, file: "a.jsonl", line: 2, says: "\"intent\""),
        ErrorCase(id: "null id", files: [CorpusFile("a.jsonl", #"{"id":null,"text":"yes","lang":"en","intent":"confirm"}"#)],
                  kind: .missingField, file: "a.jsonl", line: 1, says: "\"id\""),
        ErrorCase(id: "empty id", files: [CorpusFile("a.jsonl", #"{"id":"  ","text":"yes","lang":"en","intent":"confirm"}"#)],
                  kind: .missingField, file: "a.jsonl", line: 1, says: "\"id\""),
        ErrorCase(id: "CSV: empty intent cell", files: [CorpusFile("a.csv", header + "m1,yes,en,\n")],
                  kind: .missingField, file: "a.csv", line: 2, says: "\"intent\""),
        // Types.
        ErrorCase(id: "id is a number", files: [CorpusFile("a.jsonl", #"{"id":5,"text":"yes","lang":"en","intent":"confirm"}"#)],
                  kind: .wrongType, file: "a.jsonl", line: 1, says: "\"id\""),
        ErrorCase(id: "also is a string", files: [CorpusFile("a.jsonl", #"{"id":"w1","text":"no","lang":"en","intent":"cancel","also":"cancel"}"#)],
                  kind: .wrongType, file: "a.jsonl", line: 1, says: "\"also\""),
        ErrorCase(id: "also holds a number", files: [CorpusFile("a.jsonl", #"{"id":"w1","text":"no","lang":"en","intent":"cancel","also":[3]}"#)],
                  kind: .wrongType, file: "a.jsonl", line: 1, says: "\"also\""),
        ErrorCase(id: "text is a bool", files: [CorpusFile("a.jsonl", #"{"id":"w1","text":true,"lang":"en","intent":"cancel"}"#)],
                  kind: .wrongType, file: "a.jsonl", line: 1, says: "\"text\""),
        ErrorCase(id: "prompt is a number", files: [CorpusFile("a.jsonl", #"{"id":"w1","text":"no","lang":"en","intent":"cancel","prompt":3}"#)],
                  kind: .wrongType, file: "a.jsonl", line: 1, says: "\"prompt\""),
        // Intents.
        ErrorCase(id: "unknown intent", files: [CorpusFile("a.jsonl", line("i1", intent: "maybe"))],
                  kind: .unknownIntent, file: "a.jsonl", line: 1, says: "\"maybe\""),
        ErrorCase(id: "unknown intent in also", files: [CorpusFile("a.jsonl", #"{"id":"i1","text":"no","lang":"en","intent":"cancel","also":["confirm","optout"]}"#)],
                  kind: .unknownIntent, file: "a.jsonl", line: 1, says: "\"optout\""),
        ErrorCase(id: "unknown intent in options", files: [CorpusFile("a.jsonl", #"{"id":"i1","text":"2","lang":"und","intent":"cancel","options":{"1":"confirm","2":"nope"}}"#)],
                  kind: .unknownIntent, file: "a.jsonl", line: 1, says: "\"nope\""),
        ErrorCase(id: "CSV: unknown intent in also", files: [CorpusFile("a.csv", "id,text,lang,intent,also\ni1,no,en,cancel,confirm|Late\n")],
                  kind: .unknownIntent, file: "a.csv", line: 2, says: "\"Late\""),
        ErrorCase(id: "CSV: unknown intent in options", files: [CorpusFile("a.csv", "id,text,lang,intent,options\ni1,2,und,cancel,1=confirm|2=nope\n")],
                  kind: .unknownIntent, file: "a.csv", line: 2, says: "\"nope\""),
        // Language tags.
        ErrorCase(id: "lang english", files: [CorpusFile("a.jsonl", line("l1", lang: "english"))], kind: .badLanguageTag, file: "a.jsonl", line: 1),
        ErrorCase(id: "lang e", files: [CorpusFile("a.jsonl", line("l1", lang: "e"))], kind: .badLanguageTag, file: "a.jsonl", line: 1),
        ErrorCase(id: "lang es_MX", files: [CorpusFile("a.jsonl", line("l1", lang: "es_MX"))], kind: .badLanguageTag, file: "a.jsonl", line: 1),
        ErrorCase(id: "lang empty", files: [CorpusFile("a.jsonl", line("l1", lang: ""))], kind: .badLanguageTag, file: "a.jsonl", line: 1),
        ErrorCase(id: "lang trailing hyphen", files: [CorpusFile("a.jsonl", line("l1", lang: "es-"))], kind: .badLanguageTag, file: "a.jsonl", line: 1),
        // Duplicates: the second occurrence is the error, and it names the first.
        ErrorCase(id: "duplicate id across files",
                  files: [CorpusFile("a.jsonl", line("dup") + "\n" + line("a2") + "\n"),
                          CorpusFile("b.jsonl", line("b1") + "\n" + line("b2") + "\n" + line("dup", intent: "cancel") + "\n")],
                  load: [""], kind: .duplicateID, file: "b.jsonl", line: 3, says: "a.jsonl:1"),
        ErrorCase(id: "duplicate id in one CSV", files: [CorpusFile("a.csv", header + "d1,yes,en,confirm\nd2,no,en,cancel\nd1,ok,en,confirm\n")],
                  kind: .duplicateID, file: "a.csv", line: 4, says: "a.csv:2"),
        // Options.
        ErrorCase(id: "JSONL options is a list", files: [CorpusFile("a.jsonl", #"{"id":"o1","text":"2","lang":"und","intent":"cancel","options":["cancel"]}"#)],
                  kind: .badOptions, file: "a.jsonl", line: 1),
        ErrorCase(id: "JSONL options is a string", files: [CorpusFile("a.jsonl", #"{"id":"o1","text":"2","lang":"und","intent":"cancel","options":"2=cancel"}"#)],
                  kind: .badOptions, file: "a.jsonl", line: 1),
        ErrorCase(id: "JSONL option maps to a number", files: [CorpusFile("a.jsonl", #"{"id":"o1","text":"2","lang":"und","intent":"cancel","options":{"2":2}}"#)],
                  kind: .badOptions, file: "a.jsonl", line: 1),
        ErrorCase(id: "CSV options 1:cancel", files: [CorpusFile("a.csv", "id,text,lang,intent,options\no0,1,und,confirm,1=confirm\no1,2,und,cancel,1:cancel\n")],
                  kind: .badOptions, file: "a.csv", line: 3, says: "1:cancel"),
        // CSV structure.
        ErrorCase(id: "CSV without intent column", files: [CorpusFile("a.csv", "id,text,lang,label\nh1,yes,en,confirm\n")],
                  kind: .badHeader, file: "a.csv", line: 1, says: "\"intent\""),
        ErrorCase(id: "empty CSV", files: [CorpusFile("a.csv", "")], kind: .badHeader, file: "a.csv", line: 1),
        ErrorCase(id: "CSV column twice", files: [CorpusFile("a.csv", "id,text,lang,intent,ID\nh1,yes,en,confirm,x\n")],
                  kind: .badHeader, file: "a.csv", line: 1, says: "\"id\""),
        ErrorCase(id: "CSV row with an extra field", files: [CorpusFile("a.csv", header + "c1,yes,en,confirm\nc2,yes, see you,en,confirm\n")],
                  kind: .wrongColumnCount, file: "a.csv", line: 3, says: "found 5"),
        ErrorCase(id: "TSV row short of a field", files: [CorpusFile("a.tsv", "id\ttext\tlang\tintent\nc1\tyes\ten\n")],
                  kind: .wrongColumnCount, file: "a.tsv", line: 2),
        ErrorCase(id: "CSV unterminated quote", files: [CorpusFile("a.csv", header + "q1,yes,en,confirm\nq2,\"hello,en,confirm\nq3,no,en,cancel\n")],
                  kind: .unterminatedQuote, file: "a.csv", line: 3),
    ]

    @Test(arguments: cases)
    func errorNamesKindFileAndLine(_ c: ErrorCase) throws {
        // Given the files in a fresh directory,
        let dir = try temporaryCorpus(c.files)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // When they are loaded,
        let (replies, errors) = loadCorpus(dir, c.load ?? c.files.map(\.name))
        // Then exactly one error is reported, of the expected kind, at the expected file and line, and nothing is loaded.
        #expect(replies.isEmpty)
        try #require(errors.count == 1, "got \(errors)")
        let e = errors[0]
        #expect(e.kind == c.kind)
        #expect(e.file == (c.file.isEmpty ? dir : (dir as NSString).appendingPathComponent(c.file)))
        #expect(e.line == c.line)
        if let says = c.says { #expect(e.message.contains(says), "message: \(e.message)") }
        // The description leads with file:line (or the file alone for whole-file problems).
        #expect(e.description.hasPrefix(e.line > 0 ? "\(e.file):\(e.line): " : "\(e.file): "))
    }

    @Test func everyKindIsCovered() {
        let all: Set<String> = [
            "unreadable", "unsupportedFile", "noFiles", "invalidUTF8", "byteOrderMark", "blankLine", "invalidJSON", "notAnObject",
            "missingField", "wrongType", "unknownIntent", "badLanguageTag", "duplicateID", "badOptions",
            "badHeader", "wrongColumnCount", "unterminatedQuote",
        ]
        #expect(Set(Self.cases.map(\.kind.rawValue)) == all)
    }

    @Test func errorsOfSeveralFilesAreReportedTogether() throws {
        // Given three files with five problems between them, and good lines around them,
        let dir = try temporaryCorpus([
            CorpusFile("a.jsonl", [line("a1"), "{oops", line("a3", intent: "maybe"), line("a4")].joined(separator: "\n") + "\n"),
            CorpusFile("b.csv", "id,text,lang,intent\nb1,yes,en,confirm\nb2,yes,english,confirm\nb3,no,en\n"),
            CorpusFile("c.jsonl", line("a1") + "\n" + line("c2") + "\n"),
            CorpusFile("d.jsonl", line("d1") + "\n"),
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // When the directory is loaded,
        let (replies, errors) = loadCorpus(dir, [""])
        // Then every problem is reported, in file order, and nothing is returned to score.
        #expect(replies.isEmpty)
        let found = errors.map { "\(($0.file as NSString).lastPathComponent):\($0.line) \($0.kind.rawValue)" }
        #expect(found == [
            "a.jsonl:2 invalidJSON", "a.jsonl:3 unknownIntent",
            "b.csv:3 badLanguageTag", "b.csv:4 wrongColumnCount",
            "c.jsonl:1 duplicateID",
        ])
        #expect(errors.count == 5)
        #expect(CorpusErrors(errors: errors).description.split(separator: "\n").count == 5)
    }

    @Test func aMissingPathDoesNotHideTheOtherFilesProblems() throws {
        let dir = try temporaryCorpus([CorpusFile("a.jsonl", line("x1", lang: "e") + "\n"), CorpusFile("notes.md", "# notes")])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (_, errors) = loadCorpus(dir, ["missing.csv", "a.jsonl", "notes.md"])
        #expect(errors.map(\.kind) == [.unreadable, .unsupportedFile, .badLanguageTag])
    }

    @Test func longErrorListsAreShortenedInTheDescription() {
        let errors = (1...60).map { CorpusError(.blankLine, file: "f.jsonl", line: $0, "blank") }
        let text = CorpusErrors(errors: errors).description
        #expect(text.split(separator: "\n").count == 51)
        #expect(text.hasSuffix("… and 10 more problems"))
    }
}

@Suite("Corpus loader happy paths")
struct CorpusLoaderTests {
    @Test func jsonLinesKeepEveryFieldAndIgnoreUnknownOnes() throws {
        // Given a line with every optional field and some unknown ones,
        let dir = try temporaryCorpus([CorpusFile("en.jsonl", [
            line("e1"),
            #"{"id":"e2","text":"yes but 10 min late 🙏","lang":"en","intent":"late","also":["confirm"],"options":{"1":"reschedule","C":"confirm"},"prompt":"appointment_reminder","script":"latn","note":"n","reviewer":{"name":"x"},"score":3,"tags":["a"]}"#,
        ].joined(separator: "\n"))])  // and no newline at the end
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // When loaded,
        let (replies, errors) = loadCorpus(dir, ["en.jsonl"])
        // Then both load, with the optional fields and the line numbers.
        #expect(errors.isEmpty)
        try #require(replies.count == 2)
        let r = replies[1]
        #expect(r.id == "e2" && r.text == "yes but 10 min late 🙏" && r.lang == "en" && r.intent == .late)
        #expect(r.also == [.confirm])
        #expect(r.options == ["1": .reschedule, "C": .confirm])
        #expect(r.prompt == "appointment_reminder" && r.script == "latn")
        #expect(r.line == 2 && r.file == (dir as NSString).appendingPathComponent("en.jsonl"))
        #expect(r.goldIntents == [.late, .confirm])
    }

    @Test func csvHandlesQuotesCommasNewlinesListsAndOptions() throws {
        // Given a CSV whose first record spans lines 2–3 (a quoted newline), with a comma and a doubled quote,
        let csv = """
        id,text,lang,intent,also,options,prompt
        c1,"Hello, ""doc""
        see you at 10",en,late,confirm | reschedule,1=reschedule|2=cancel,
        c2,ok,en,confirm,,,reminder
        c3,"2",und,cancel,,1=reschedule|2=cancel,

        """
        let dir = try temporaryCorpus([CorpusFile("a.csv", csv)])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (replies, errors) = loadCorpus(dir, ["a.csv"])
        #expect(errors.isEmpty, "\(errors)")
        try #require(replies.count == 3)
        // Then the fields come out whole,
        #expect(replies[0].text == "Hello, \"doc\"\nsee you at 10")
        #expect(replies[0].also == [.confirm, .reschedule])
        #expect(replies[0].options == ["1": .reschedule, "2": .cancel])
        #expect(replies[0].prompt == nil)
        #expect(replies[1].prompt == "reminder" && replies[1].also.isEmpty && replies[1].options.isEmpty)
        #expect(replies[2].text == "2" && replies[2].lang == "und")
        // and the line numbers count the embedded newline: c1 starts on 2, c2 on 4, c3 on 5.
        #expect(replies.map(\.line) == [2, 4, 5])
    }

    @Test func csvLineNumbersAfterAnEmbeddedNewlinePointAtTheRightRow() throws {
        // An error after a multi-line record names its own line, not the record count.
        let dir = try temporaryCorpus([CorpusFile("a.csv", "id,text,lang,intent\nc1,\"a\nb\nc\",en,confirm\nc2,x,en,nope\n")])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (_, errors) = loadCorpus(dir, ["a.csv"])
        #expect(errors.map(\.line) == [5])
        #expect(errors.map(\.kind) == [.unknownIntent])
    }

    @Test func tsvWorksLikeCSVWithTabs() throws {
        let tsv = "id\ttext\tlang\tintent\talso\nt1\tyes, I'll come\ten\tconfirm\t\nt2\t\"no\tthanks\"\ten\tcancel\topt_out\n"
        let dir = try temporaryCorpus([CorpusFile("a.tsv", tsv)])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (replies, errors) = loadCorpus(dir, ["a.tsv"])
        #expect(errors.isEmpty, "\(errors)")
        #expect(replies.map(\.text) == ["yes, I'll come", "no\tthanks"])
        #expect(replies.map(\.also) == [[], [.optOut]])
        #expect(replies.map(\.line) == [2, 3])
    }

    @Test func csvWithoutAFinalNewlineKeepsItsLastRecord() throws {
        // Given a last record whose quoted text spans two lines and ends the file without a newline,
        let dir = try temporaryCorpus([CorpusFile("a.csv", "id,text,lang,intent\nc1,yes,en,confirm\nc2,\"no,\nsorry\",en,cancel")])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (replies, errors) = loadCorpus(dir, ["a.csv"])
        // Then it loads whole.
        #expect(errors.isEmpty, "\(errors)")
        #expect(replies.map(\.id) == ["c1", "c2"])
        #expect(replies.last?.text == "no,\nsorry")
        #expect(replies.map(\.line) == [2, 3])
    }

    @Test func crlfLineEndingsAreAccepted() throws {
        // Given the same replies with CRLF line endings in JSONL, CSV and TSV,
        let dir = try temporaryCorpus([
            CorpusFile("a.jsonl", line("j1") + "\r\n" + line("j2", text: "no") + "\r\n"),
            CorpusFile("b.csv", "id,text,lang,intent\r\nc1,yes,en,confirm\r\nc2,\"two\r\nlines\",en,cancel\r\nc3,ok,en,confirm\r\n"),
            CorpusFile("c.tsv", "id\ttext\tlang\tintent\r\nt1\tyes\ten\tconfirm\r\n"),
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (replies, errors) = loadCorpus(dir, [""])
        // Then no carriage return leaks into a field outside quotes, and lines are counted once per CRLF.
        #expect(errors.isEmpty, "\(errors)")
        #expect(replies.map(\.id) == ["j1", "j2", "c1", "c2", "c3", "t1"])
        #expect(replies.map(\.line) == [1, 2, 2, 3, 5, 2])
        #expect(replies.map(\.intent) == [.confirm, .confirm, .confirm, .cancel, .confirm, .confirm])
        #expect(replies[1].text == "no" && replies[2].text == "yes" && replies[5].text == "yes")
        #expect(replies.allSatisfy { $0.lang == "en" })
    }

    @Test func aDirectoryLoadsItsFilesInNameOrder() throws {
        // Given files written out of order, plus a file that is not a corpus,
        let dir = try temporaryCorpus([
            CorpusFile("zh-Hant.jsonl", line("z1", lang: "zh-Hant")),
            CorpusFile("b.csv", "id,text,lang,intent\nb1,no,en,cancel\n"),
            CorpusFile("README.md", "not a corpus"),
            CorpusFile("a.jsonl", line("a1") + "\n" + line("a2") + "\n"),
            CorpusFile("c.tsv", "id\ttext\tlang\tintent\nc1\tsí\tes\tconfirm\n"),
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (replies, errors) = loadCorpus(dir, [""])
        #expect(errors.isEmpty, "\(errors)")
        #expect(replies.map(\.id) == ["a1", "a2", "b1", "c1", "z1"])
        #expect(replies.map { ($0.file as NSString).lastPathComponent } == ["a.jsonl", "a.jsonl", "b.csv", "c.tsv", "zh-Hant.jsonl"])
    }

    @Test func filesGivenExplicitlyLoadInTheGivenOrder() throws {
        let dir = try temporaryCorpus([CorpusFile("a.jsonl", line("a1")), CorpusFile("b.jsonl", line("b1"))])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(loadCorpus(dir, ["b.jsonl", "a.jsonl"]).replies.map(\.id) == ["b1", "a1"])
    }

    @Test func csvAcceptsAByteOrderMarkFromSpreadsheets() throws {
        let dir = try temporaryCorpus([CorpusFile("a.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("id,text,lang,intent\nb1,yes,en,confirm\n".utf8))])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (replies, errors) = loadCorpus(dir, ["a.csv"])
        #expect(errors.isEmpty)
        #expect(replies.map(\.id) == ["b1"])
    }

    @Test func theDevelopmentCorpusLoads() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let replies = try CorpusLoader.load(paths: [root.appendingPathComponent("Corpus/dev").path])
        #expect(replies.count >= 12 * 80)
        #expect(Set(replies.map(\.id)).count == replies.count)
    }
}
