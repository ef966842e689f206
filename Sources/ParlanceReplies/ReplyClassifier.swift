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
    /// Compiling the lexicons takes about half a second; the compiled form is kept in `cache`
    /// and read back by later processes in a few milliseconds. It is keyed by the exact bytes
    /// of every lexicon file, ICU's version and the program's build, so an edited lexicon or a
    /// rebuilt program compiles afresh, and a damaged cache file is ignored and replaced. The
    /// cache holds lexicon data only, never a patient's text. A cache that cannot be read or
    /// written only costs the compile time.
    ///
    /// - Throws: `LexiconError` naming the file, line and problem of a malformed lexicon.
    public convenience init(additionalLexicons: URL? = nil, cache: LexiconCache = .automatic) throws(LexiconError) {
        var files = BundledLexicons.files.map { (name: "Lexicons/\($0.name)", bytes: $0.bytes) }
        if let directory = additionalLexicons { files += try BundledLexicons.files(directory: directory) }
        try self.init(files: files, merging: BundledLexicons.files.count, cache: cache)
    }

    /// Lexicon files by name and bytes: the first `merging` each a language, each later one
    /// added to the language it names (or a new one). Read from the cache when it holds them.
    init(files: [(name: String, bytes: [UInt8])], merging: Int, cache: LexiconCache) throws(LexiconError) {
        let digest = LexiconImage.Digest.of(files: files)
        let cacheFile = cache.resolvedDirectory.map { $0.appendingPathComponent("lexicons-\(digest.hex).plxi") }
        if let cacheFile, let set = LexiconCache.readMapped(cacheFile.path, { LexiconImage.decode($0, digest: digest, mapped: true) }) {
            lexicons = set
            return
        }
        var sources: [LexiconSource] = []
        for (i, f) in files.enumerated() {
            let source = try BundledLexicons.parse(f)
            if i >= merging, let j = sources.firstIndex(where: { $0.language == source.language }) {
                sources[j].merge(source)
            } else {
                sources.append(source)
            }
        }
        lexicons = try LexiconSet(sources: sources)
        if let cacheFile { LexiconCache.write(LexiconImage.encode(lexicons, digest: digest), to: cacheFile) }
    }

    /// A classifier over lexicons compiled already.
    init(lexicons: LexiconSet) {
        self.lexicons = lexicons
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

    /// The bundled lexicons, parsed.
    static func sources() throws(LexiconError) -> [LexiconSource] {
        var result: [LexiconSource] = []
        for (name, bytes) in files { result.append(try parse((name: "Lexicons/\(name)", bytes: bytes))) }
        return result
    }

    /// A lexicon file by name and bytes, parsed; its tag is its file name's.
    static func parse(_ file: (name: String, bytes: [UInt8])) throws(LexiconError) -> LexiconSource {
        try LexiconSource.parse(bytes: file.bytes, file: file.name, expectedLanguage: tag(ofFile: file.name))
    }

    /// A file's bytes, or an error naming it.
    static func read(_ url: URL) throws(LexiconError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError(kind: .unreadable, file: url.path, line: nil, message: "cannot read the file")
        }
        return [UInt8](data)
    }

    /// The `TAG.lex` files of a directory, by name, with their bytes.
    static func files(directory: URL) throws(LexiconError) -> [(name: String, bytes: [UInt8])] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw LexiconError(kind: .unreadable, file: directory.path, line: nil, message: "cannot read the lexicon directory")
        }
        var result: [(name: String, bytes: [UInt8])] = []
        for name in names.sorted() where name.hasSuffix(".lex") {
            let url = directory.appendingPathComponent(name)
            result.append((url.path, try read(url)))
        }
        return result
    }

    static func sources(directory: URL) throws(LexiconError) -> [LexiconSource] {
        var result: [LexiconSource] = []
        for f in try files(directory: directory) { result.append(try parse(f)) }
        return result
    }

    /// "es" for ".../es.lex"; nil for a name without the extension.
    static func tag(ofFile path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".lex") ? String(name.dropLast(4)) : nil
    }

    static func source(file url: URL) throws(LexiconError) -> LexiconSource {
        try parse((name: url.path, bytes: try read(url)))
    }
}

/// Where compiled lexicons are kept between runs, so that a process starts without compiling
/// them (see `ReplyClassifier.init(additionalLexicons:cache:)`).
public enum LexiconCache: Sendable, Equatable {
    /// `$PARLANCE_CACHE_DIR` when it is set (set it to an empty value to turn the cache off),
    /// else `$XDG_CACHE_HOME/parlance`, else `~/.cache/parlance`.
    case automatic
    /// This directory, made when missing.
    case directory(URL)
    /// Compile on every start; read and write nothing.
    case disabled

    var resolvedDirectory: URL? {
        switch self {
        case .disabled: return nil
        case .directory(let url): return url
        case .automatic:
            let env = ProcessInfo.processInfo.environment
            if let dir = env["PARLANCE_CACHE_DIR"] { return dir.isEmpty ? nil : URL(fileURLWithPath: dir) }
            if let xdg = env["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return URL(fileURLWithPath: xdg).appendingPathComponent("parlance") }
            if let home = env["HOME"], home.hasPrefix("/") {
                return URL(fileURLWithPath: home).appendingPathComponent(".cache").appendingPathComponent("parlance")
            }
            return nil
        }
    }

    /// Maps `path` read-only and gives its bytes to `body`; nil when the file cannot be opened or
    /// mapped (a missing cache is the usual case). The mapping is gone when this returns.
    static func readMapped<T>(_ path: String, _ body: (UnsafeRawBufferPointer) -> T?) -> T? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0, info.st_size < 1 << 31 else { return nil }
        let size = Int(info.st_size)
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
        defer { munmap(p, size) }
        return body(UnsafeRawBufferPointer(start: p, count: size))
    }

    /// Writes an image next to its final name and renames it into place, so that a reader never
    /// sees half a file and concurrent writers of the same image do not interfere. Failures are
    /// ignored: the cache only saves time.
    static func write(_ bytes: [UInt8], to file: URL) {
        let fm = FileManager.default
        let directory = file.deletingLastPathComponent()
        try? fm.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt64.random(in: 0...UInt64.max))")
        let written = bytes.withUnsafeBytes { raw in
            // No copy of the image: the Data only borrows the bytes for this call.
            fm.createFile(atPath: temporary.path, contents: Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: raw.baseAddress!), count: raw.count,
                                                                deallocator: .none), attributes: [.posixPermissions: 0o600])
        }
        guard written else { return }
        if rename(temporary.path, file.path) != 0 {
            try? fm.removeItem(at: temporary)
            return
        }
        // Each build of a program and each set of lexicons has its own image: keep the newest few.
        let images = ((try? fm.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasPrefix("lexicons-") && $0.hasSuffix(".plxi") }
            .map { directory.appendingPathComponent($0) }
            .map { ($0, (try? fm.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date) ?? .distantPast) }
            .sorted { $0.1 > $1.1 }
        for (old, _) in images.dropFirst(keptImages) where old != file { try? fm.removeItem(at: old) }
    }

    /// How many images a cache directory keeps.
    static let keptImages = 8
}
