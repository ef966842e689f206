import Foundation
import Testing
@testable import ParlanceMessages
@testable import ParlanceReview

/// A valid approvals file with two records (appointment_reminder es, urgent_instructions
/// zh-Hant), made with `approve` once for the run, as lines.
let validApprovalLines: [String] = {
    do {
        let copy = try TemplatesCopy()
        _ = try copy.book().approve("appointment_reminder", lang: "es", reviewer: "Ana Ruiz", note: "read aloud",
                                    at: Date(timeIntervalSince1970: 1_796_000_000))
        _ = try copy.book().approve("urgent_instructions", lang: "zh-Hant", reviewer: "陳美玲", note: nil,
                                    at: Date(timeIntervalSince1970: 1_796_000_060))
        var lines = try copy.read("approvals.txt").components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    } catch {
        return ["fixture failed: \(error)"]
    }
}()

/// The 1-based number of the first line at or after `from` (1-based) that starts with `prefix`.
func lineNumber(_ lines: [String], _ prefix: String, from: Int = 1) -> Int {
    for n in max(1, from)...max(1, lines.count) where n <= lines.count && lines[n - 1].hasPrefix(prefix) { return n }
    return -1
}

@Suite("A corrupted approvals file approves nothing, and says where it is wrong")
struct ApprovalsFileTests {
    struct CorruptionCase: Sendable, CustomTestStringConvertible {
        var id: String
        var kind: ApprovalError.Kind
        /// Corrupts the valid file's lines; returns the new lines and the line the error must name.
        var corrupt: @Sendable ([String]) -> (lines: [String], line: Int)
        var testDescription: String { id }
    }

    static func replacing(_ prefix: String, with new: @escaping @Sendable (String) -> String) -> @Sendable ([String]) -> (lines: [String], line: Int) {
        { lines in
            var out = lines
            let n = lineNumber(lines, prefix)
            out[n - 1] = new(out[n - 1])
            return (out, n)
        }
    }

    static let cases: [CorruptionCase] = [
        CorruptionCase(id: "no @schema line", kind: .missingSchema) { lines in
            let out = lines.filter { !$0.hasPrefix("@schema") }
            return (out, lineNumber(out, "["))
        },
        CorruptionCase(id: "schema approvals@2", kind: .unsupportedSchema, corrupt: replacing("@schema") { _ in "@schema approvals@2" }),
        CorruptionCase(id: "schema with no version", kind: .unsupportedSchema, corrupt: replacing("@schema") { _ in "@schema" }),
        CorruptionCase(id: "unknown directive", kind: .unknownDirective) { lines in
            var out = lines
            let n = lineNumber(lines, "@schema") + 1
            out.insert("@version 2", at: n - 1)
            return (out, n)
        },
        CorruptionCase(id: "a bare @", kind: .unknownDirective) { lines in
            var out = lines
            let n = lineNumber(lines, "@schema") + 1
            out.insert("@", at: n - 1)
            return (out, n)
        },
        CorruptionCase(id: "a field before the first record", kind: .entryOutsideSection) { lines in
            var out = lines
            let n = lineNumber(lines, "@schema") + 1
            out.insert("reviewer: Ana", at: n - 1)
            return (out, n)
        },
        CorruptionCase(id: "header without its ]", kind: .badHeader, corrupt: replacing("[appointment_reminder") { _ in "[appointment_reminder es" }),
        CorruptionCase(id: "header without a language", kind: .badHeader, corrupt: replacing("[appointment_reminder") { _ in "[appointment_reminder]" }),
        CorruptionCase(id: "header with three words", kind: .badHeader, corrupt: replacing("[urgent_instructions") { _ in "[urgent_instructions zh Hant]" }),
        CorruptionCase(id: "unknown key", kind: .unknownKey) { lines in
            var out = lines
            let n = lineNumber(lines, "reviewer:") + 1
            out.insert("colour: blue", at: n - 1)
            return (out, n)
        },
        CorruptionCase(id: "a line that is not key: value", kind: .unknownKey) { lines in
            var out = lines
            let n = lineNumber(lines, "approved:") + 1
            out.insert("looks fine to me", at: n - 1)
            return (out, n)
        },
        CorruptionCase(id: "no reviewer", kind: .missingKey) { lines in
            let header = lineNumber(lines, "[urgent_instructions")
            var out = lines
            out.remove(at: lineNumber(lines, "reviewer:", from: header) - 1)
            return (out, header)
        },
        CorruptionCase(id: "no approved date", kind: .missingKey) { lines in
            let header = lineNumber(lines, "[appointment_reminder")
            var out = lines
            out.remove(at: lineNumber(lines, "approved:", from: header) - 1)
            return (out, header)
        },
        CorruptionCase(id: "no translation text", kind: .missingKey) { lines in
            let header = lineNumber(lines, "[urgent_instructions")
            let out = lines.enumerated().filter { n, l in !(n + 1 > header && l.hasPrefix("translation:")) }.map(\.element)
            return (out, header)
        },
        CorruptionCase(id: "reviewer twice", kind: .duplicateKey) { lines in
            var out = lines
            let n = lineNumber(lines, "reviewer:")
            out.insert("reviewer: Bea", at: n)
            return (out, n + 1)
        },
        CorruptionCase(id: "note twice", kind: .duplicateKey) { lines in
            var out = lines
            let n = lineNumber(lines, "note:")
            out.insert("note: again", at: n)
            return (out, n + 1)
        },
        CorruptionCase(id: "the same record twice", kind: .duplicateRecord) { lines in
            let start = lineNumber(lines, "[appointment_reminder")
            let end = lineNumber(lines, "[urgent_instructions") - 1
            let record = Array(lines[(start - 1)..<end])
            return (lines + record, lines.count + 1)
        },
        CorruptionCase(id: "digest one hex digit short", kind: .badDigest, corrupt: replacing("source-digest:") { String($0.dropLast()) }),
        CorruptionCase(id: "digest in upper case", kind: .badDigest, corrupt: replacing("translation-digest:") { l in
            "translation-digest: sha256:" + l.dropFirst("translation-digest: sha256:".count).uppercased()
        }),
        CorruptionCase(id: "md5 digest", kind: .badDigest, corrupt: replacing("source-digest:") { _ in "source-digest: md5:0123456789abcdef0123456789abcdef" }),
        CorruptionCase(id: "translation text edited by hand", kind: .digestMismatch) { lines in
            var out = lines
            let text = lineNumber(lines, "translation: text:")
            out[text - 1] = replacingFirst(out[text - 1], "cita", "cite")
            return (out, lineNumber(lines, "translation-digest:"))
        },
        CorruptionCase(id: "source text edited by hand (a CJK record)", kind: .digestMismatch) { lines in
            var out = lines
            let header = lineNumber(lines, "[urgent_instructions")
            let text = lineNumber(lines, "translation: text:", from: header)
            out[text - 1] = replacingFirst(out[text - 1], "緊急", "危急")
            return (out, lineNumber(lines, "translation-digest:", from: header))
        },
        CorruptionCase(id: "a line added to the source", kind: .digestMismatch) { lines in
            var out = lines
            let n = lineNumber(lines, "source: budget:")
            out.insert("source: budget: 9", at: n)
            return (out, lineNumber(lines, "source-digest:"))
        },
        CorruptionCase(id: "one hex digit of the digest changed", kind: .digestMismatch, corrupt: replacing("source-digest:") { l in
            String(l.dropLast()) + (l.hasSuffix("0") ? "1" : "0")
        }),
        CorruptionCase(id: "date without a time", kind: .badDate, corrupt: replacing("approved:") { _ in "approved: 2026-12-02" }),
        CorruptionCase(id: "date in words", kind: .badDate, corrupt: replacing("approved:") { _ in "approved: yesterday" }),
    ]

    @Test("each kind of corruption is refused with its kind, file and line", arguments: cases)
    func corruption(_ c: CorruptionCase) throws {
        // Given a copy of the templates with a valid approvals file, corrupted one way
        try #require(validApprovalLines.count > 10, "\(validApprovalLines)")
        let copy = try TemplatesCopy()
        let (lines, line) = c.corrupt(validApprovalLines)
        try #require(line > 0)
        try copy.write("approvals.txt", lines.joined(separator: "\n") + "\n")
        // When the file is read, on its own and by a review book
        let error = expectApprovalError { _ = try ApprovalsFile(path: copy.approvalsPath) }
        // Then it names the kind, the file and the line
        #expect(error?.kind == c.kind)
        #expect(error?.file == copy.approvalsPath)
        #expect(error?.line == line, "\(error?.description ?? "")")
        #expect(error?.description.hasPrefix("\(copy.approvalsPath):\(line): ") == true)
        // And no review book can be made from it, so nothing reads as approved
        let set = try copy.templates()
        #expect(expectApprovalError { _ = try ReviewBook(templates: set, classifier: nil) } == error)
    }

    @Test("the uncorrupted file reads as two approvals")
    func validFileReads() throws {
        // Given the valid file
        let copy = try TemplatesCopy()
        try copy.write("approvals.txt", validApprovalLines.joined(separator: "\n") + "\n")
        // When read
        let book = try copy.book()
        // Then exactly the two records are approved
        #expect(book.approvals.approvals.map { "\($0.template) \($0.lang)" } == ["appointment_reminder es", "urgent_instructions zh-Hant"])
        #expect(statuses(book).filter { $0.value == .approved }.keys.sorted() == ["appointment_reminder es", "urgent_instructions zh-Hant"])
        #expect(book.approvals.approvals.map(\.line) == [lineNumber(validApprovalLines, "[appointment_reminder"), lineNumber(validApprovalLines, "[urgent_instructions")])
    }

    @Test("CRLF line ends, blank lines and comments are read the same")
    func crlfAndComments() throws {
        // Given the valid file with CRLF line ends and extra comments
        let copy = try TemplatesCopy()
        let text = (["# a comment", "", "   "] + validApprovalLines + ["  # indented comment"]).joined(separator: "\r\n") + "\r\n"
        try copy.write("approvals.txt", text)
        // When read
        let file = try ApprovalsFile(path: copy.approvalsPath)
        // Then the same two records come back
        #expect(file.approvals.count == 2)
    }

    @Test("a file of only comments is an empty one; an empty file too")
    func commentsOnly() throws {
        let copy = try TemplatesCopy()
        for text in ["", "# nothing approved yet\n", "\n\n", "# nothing approved yet\r\n\r\n", "  # indented comment\n"] {
            try copy.write("approvals.txt", text)
            #expect(try ApprovalsFile(path: copy.approvalsPath).approvals.isEmpty, "\(text.debugDescription)")
        }
    }

    @Test("a directory where the file should be is unreadable")
    func unreadable() throws {
        // Given a directory at the approvals path
        let copy = try TemplatesCopy()
        try FileManager.default.createDirectory(atPath: copy.approvalsPath, withIntermediateDirectories: false)
        // When read, Then unreadable, naming the file, line 0
        let error = expectApprovalError { _ = try ApprovalsFile(path: copy.approvalsPath) }
        #expect(error?.kind == .unreadable)
        #expect(error?.file == copy.approvalsPath && error?.line == 0)
        let set = try copy.templates()
        #expect(expectApprovalError { _ = try ReviewBook(templates: set, classifier: nil) }?.kind == .unreadable)
    }

    @Test("bytes that are not UTF-8 are refused")
    func invalidUTF8() throws {
        // Given a valid file with one byte that cannot be UTF-8
        let copy = try TemplatesCopy()
        var bytes = [UInt8]((validApprovalLines.joined(separator: "\n") + "\n").utf8)
        bytes.insert(0xFF, at: bytes.count / 2)
        try Data(bytes).write(to: URL(fileURLWithPath: copy.approvalsPath))
        // When read, Then invalidUTF8, naming the file
        let error = expectApprovalError { _ = try ApprovalsFile(path: copy.approvalsPath) }
        #expect(error?.kind == .invalidUTF8)
        #expect(error?.file == copy.approvalsPath && error?.line == 0)
        let set = try copy.templates()
        #expect(expectApprovalError { _ = try ReviewBook(templates: set, classifier: nil) }?.kind == .invalidUTF8)
    }

    @Test("approve cannot write into a read-only folder", .enabled(if: geteuid() != 0, "root writes into read-only folders"))
    func unwritableReadOnlyFolder() throws {
        // Given a read-only templates folder
        let copy = try TemplatesCopy()
        let book = try copy.book()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: copy.directory.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.directory.path) }
        // When approving, Then unwritable, naming the file
        let error = expectApprovalError { _ = try book.approve("urgent_instructions", lang: "es", reviewer: "Ana", note: nil) }
        #expect(error?.kind == .unwritable)
        #expect(error?.file == copy.approvalsPath && error?.line == 0)
        #expect(!FileManager.default.fileExists(atPath: copy.approvalsPath))
    }

    @Test("approve cannot write when the folder has gone (works as root too)")
    func unwritableFolderGone() throws {
        // Given a book whose templates folder is removed after loading
        let copy = try TemplatesCopy()
        let book = try copy.book()
        try FileManager.default.removeItem(at: copy.directory)
        // When approving, Then unwritable, naming the file
        let error = expectApprovalError { _ = try book.approve("urgent_instructions", lang: "es", reviewer: "Ana", note: nil) }
        #expect(error?.kind == .unwritable)
        #expect(error?.file == copy.approvalsPath && error?.line == 0)
    }
}

/// Runs `body`, which must throw an `ApprovalError`; records an issue otherwise.
func expectApprovalError(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> ApprovalError? {
    do {
        try body()
        Issue.record("expected an ApprovalError, got none", sourceLocation: sourceLocation)
    } catch let e as ApprovalError {
        return e
    } catch {
        Issue.record("expected an ApprovalError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}
