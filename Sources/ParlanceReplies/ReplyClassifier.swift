internal import ParlanceText
public import Foundation
import Synchronization

/// Classifies patients' SMS replies: intent, language, entities and evidence.
///
/// Build one at start-up and share it: it is immutable, `Sendable` and safe to call from many
/// threads at once. It never logs or keeps the text it classifies.
///
/// ```swift
/// let classifier = try ReplyClassifier()
/// let result = classifier.classify("sí, pero llego 10 minutos tarde")
/// // result.intent == .late, result.intents == [.late, .confirm], result.language == "es"
/// ```
public final class ReplyClassifier: Sendable {
    let lexicons: LexiconSet
    /// Options read from outbound messages, by message text. Messages come from a small set of
    /// templates, so this stays small; it is emptied when it reaches `promptCacheLimit`.
    let promptCache = Mutex<[String: PromptReading]>([:])
    static let promptCacheLimit = 512

    /// The languages with a loaded lexicon (BCP 47 tags).
    public var languages: [String] { lexicons.languages.map(\.tag) }

    /// Loads the lexicons bundled with Parlance and, when `additionalLexicons` is given, the
    /// `TAG.lex` files of that directory: entries for a bundled language are added to it, a new
    /// tag adds a language.
    ///
    /// - Throws: `LexiconError` naming the file, line and problem of a malformed lexicon.
    public init(additionalLexicons: URL? = nil) throws(LexiconError) {
        var sources = try BundledLexicons.sources()
        if let directory = additionalLexicons {
            for extra in try BundledLexicons.sources(directory: directory) {
                if let i = sources.firstIndex(where: { $0.language == extra.language }) {
                    sources[i].merge(extra)
                } else {
                    sources.append(extra)
                }
            }
        }
        lexicons = try LexiconSet(sources: sources)
    }

    /// Loads only the given lexicon files (`TAG.lex`), with no bundled data: for tests and for
    /// integrators who maintain their own lexicons.
    public init(lexiconFiles: [URL]) throws(LexiconError) {
        var sources: [LexiconSource] = []
        for url in lexiconFiles { sources.append(try BundledLexicons.source(file: url)) }
        lexicons = try LexiconSet(sources: sources)
    }

    /// Loads every `TAG.lex` file of `lexiconDirectory` and nothing bundled: to try edited copies
    /// of the lexicons before they are built into the library.
    ///
    /// - Throws: `LexiconError` when the directory cannot be read or a file is malformed.
    public init(lexiconDirectory: URL) throws(LexiconError) {
        let sources = try BundledLexicons.sources(directory: lexiconDirectory)
        guard !sources.isEmpty else {
            throw LexiconError(kind: .unreadable, file: lexiconDirectory.path, line: nil, message: "no .lex files in the directory")
        }
        lexicons = try LexiconSet(sources: sources)
    }

    /// Classifies one reply. Never fails: empty, huge or odd text gets a sensible answer.
    public func classify(_ text: String, context: ReplyContext = ReplyContext()) -> ReplyClassification {
        var analysis = Analysis(classifier: self, text: text, context: context)
        return analysis.run()
    }
}

extension LexiconSource {
    mutating func merge(_ other: LexiconSource) {
        for (section, lines) in other.sections { sections[section, default: []].append(contentsOf: lines) }
        romanize.append(contentsOf: other.romanize)
    }
}

/// The lexicon files compiled into the library.
enum BundledLexicons {
    static let files: [(name: String, bytes: [UInt8])] = [
        ("en.lex", PackageResources.en_lex), ("es.lex", PackageResources.es_lex),
        ("zh-Hans.lex", PackageResources.zh_Hans_lex), ("zh-Hant.lex", PackageResources.zh_Hant_lex),
        ("vi.lex", PackageResources.vi_lex), ("ko.lex", PackageResources.ko_lex),
        ("tl.lex", PackageResources.tl_lex), ("ru.lex", PackageResources.ru_lex),
        ("ar.lex", PackageResources.ar_lex), ("fr.lex", PackageResources.fr_lex),
        ("ht.lex", PackageResources.ht_lex), ("pt.lex", PackageResources.pt_lex),
    ]

    static func sources() throws(LexiconError) -> [LexiconSource] {
        var result: [LexiconSource] = []
        for (name, bytes) in files {
            let tag = String(name.dropLast(4))
            result.append(try LexiconSource.parse(bytes: bytes, file: "Lexicons/\(name)", expectedLanguage: tag))
        }
        return result
    }

    static func sources(directory: URL) throws(LexiconError) -> [LexiconSource] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw LexiconError(kind: .unreadable, file: directory.path, line: nil, message: "cannot read the lexicon directory")
        }
        var result: [LexiconSource] = []
        for name in names.sorted() where name.hasSuffix(".lex") {
            result.append(try source(file: directory.appendingPathComponent(name)))
        }
        return result
    }

    static func source(file url: URL) throws(LexiconError) -> LexiconSource {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError(kind: .unreadable, file: url.path, line: nil, message: "cannot read the file")
        }
        let name = url.lastPathComponent
        let tag = name.hasSuffix(".lex") ? String(name.dropLast(4)) : nil
        return try LexiconSource.parse(bytes: [UInt8](data), file: url.path, expectedLanguage: tag)
    }
}
