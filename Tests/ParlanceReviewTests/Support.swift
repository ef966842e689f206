import Foundation
import Testing
@testable import ParlanceMessages
@testable import ParlanceReview

/// The package's real `Templates` folder (three levels up from this file).
let realTemplates = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Templates")

/// A fresh copy of the real `Templates` folder in its own temporary directory, edited by
/// one test and thrown away afterwards.
struct TemplatesCopy {
    let directory: URL

    init() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parlance-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        directory = dir.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: realTemplates, to: directory)
    }

    var approvalsPath: String { directory.appendingPathComponent("approvals.txt").path }

    func url(_ file: String) -> URL { directory.appendingPathComponent(file) }

    func read(_ file: String) throws -> String { try String(contentsOf: url(file), encoding: .utf8) }

    func write(_ file: String, _ text: String) throws { try Data(text.utf8).write(to: url(file)) }

    /// Rewrites the one line of `[section]` in `file` whose key is `key` (and, when given,
    /// that contains `containing`); fails the test unless exactly one line matched and the
    /// transform changed it.
    func edit(_ file: String, section: String, key: String, containing: String? = nil,
              _ transform: (String) -> String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var lines = try read(file).components(separatedBy: "\n")
        var current: String?
        var hits: [Int] = []
        for (n, line) in lines.enumerated() {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("[") && t.hasSuffix("]") { current = String(t.dropFirst().dropLast()); continue }
            guard current == section, t.hasPrefix(key + ":") else { continue }
            if let containing, !line.contains(containing) { continue }
            hits.append(n)
        }
        try #require(hits.count == 1, "expected one `\(key):` line in [\(section)] of \(file), found \(hits.count)", sourceLocation: sourceLocation)
        let before = lines[hits[0]]
        lines[hits[0]] = transform(before)
        try #require(Array(lines[hits[0]].unicodeScalars) != Array(before.unicodeScalars), "the edit changed nothing in [\(section)] of \(file)", sourceLocation: sourceLocation)
        try write(file, lines.joined(separator: "\n"))
    }

    /// Removes the line(s) of `[section]` in `file` with key `key` containing `containing`.
    func removeLine(_ file: String, section: String, key: String, containing: String,
                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        var lines = try read(file).components(separatedBy: "\n")
        var current: String?
        var hit: Int?
        for (n, line) in lines.enumerated() {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("[") && t.hasSuffix("]") { current = String(t.dropFirst().dropLast()); continue }
            if current == section, t.hasPrefix(key + ":"), line.contains(containing) { hit = n }
        }
        let n = try #require(hit, "no `\(key):` line with \(containing) in [\(section)] of \(file)", sourceLocation: sourceLocation)
        lines.remove(at: n)
        try write(file, lines.joined(separator: "\n"))
    }

    func templates() throws -> TemplateSet { try TemplateSet(directory: directory.path) }

    /// A review book without the reply classifier (faster; approval still runs every check
    /// except the classifier's reading of the reply keywords).
    func book() throws -> ReviewBook { try ReviewBook(templates: try templates(), classifier: nil) }
}

/// Replaces the first occurrence of `old` in `s` with `new`.
func replacingFirst(_ s: String, _ old: String, _ new: String) -> String {
    guard let r = s.range(of: old) else { return s }
    return s.replacingCharacters(in: r, with: new)
}

/// Every template × language of a book, as `template lang` → status.
func statuses(_ book: ReviewBook) -> [String: ReviewStatus] {
    var out: [String: ReviewStatus] = [:]
    for lang in book.templates.languages {
        for def in book.templates.definitions { out["\(def.id) \(lang)"] = book.status(def.id, lang: lang) }
    }
    return out
}

/// An approval without the line it was read from, to compare a written record with a re-read one.
func lineless(_ a: Approval) -> Approval { var a = a; a.line = 0; return a }
