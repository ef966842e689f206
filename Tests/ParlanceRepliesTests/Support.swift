import Foundation
@testable import ParlanceReplies

/// The package root, for reading the data folders.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// One classifier for the whole test run: it is immutable and thread-safe.
let bundled: ReplyClassifier = {
    do { return try ReplyClassifier() } catch { fatalError("bundled lexicons failed to load: \(error)") }
}()

/// Writes lexicon files to a fresh temporary directory.
func temporaryLexicons(_ files: [String: String]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parlance-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
    return dir
}

/// A classifier over small lexicons written for one test.
func classifier(_ files: [String: String]) throws -> ReplyClassifier {
    let dir = try temporaryLexicons(files)
    let urls = files.keys.sorted().map { dir.appendingPathComponent($0) }
    return try ReplyClassifier(lexiconFiles: urls)
}
