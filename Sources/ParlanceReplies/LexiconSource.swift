/// An error in a lexicon file, with where it is.
public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case invalidUTF8, missingSchema, unsupportedSchema, missingLanguage, languageMismatch
        case unknownDirective, unknownSection, entryOutsideSection, missingValue, invalidValue
        case unexpectedValue, emptyEntry, badTransform, unreadable
    }

    public var kind: Kind
    /// The file name (or path) the problem is in.
    public var file: String
    /// The 1-based line, or nil when the problem is the whole file.
    public var line: Int?
    public var message: String

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// The sections a `lexicon@1` file may have.
enum LexiconSection: Hashable, Sendable {
    case intent(Intent)
    case ack, thanks, negation, reaction, reactionOther, words, shorthand, minutes, hours
    case durations, when, optionWords, romanizeRules, carrierOptOut, carrierOptIn, carrierHelp
    case urgentCombinations, clitics, alone

    init?(name: String) {
        if let intent = Intent(label: name) { self = .intent(intent); return }
        switch name {
        case "ack": self = .ack
        case "thanks": self = .thanks
        case "negation": self = .negation
        case "reaction": self = .reaction
        case "reaction-other": self = .reactionOther
        case "words": self = .words
        case "shorthand": self = .shorthand
        case "minutes": self = .minutes
        case "hours": self = .hours
        case "durations": self = .durations
        case "when": self = .when
        case "option-words": self = .optionWords
        case "romanize-rules": self = .romanizeRules
        case "carrier-opt-out": self = .carrierOptOut
        case "carrier-opt-in": self = .carrierOptIn
        case "carrier-help": self = .carrierHelp
        case "urgent-combinations": self = .urgentCombinations
        case "clitics": self = .clitics
        case "alone": self = .alone
        default: return nil
        }
    }

    /// Whether entries need `= VALUE` (true), must not have one (false), or are raw (nil).
    var takesValue: Bool? {
        switch self {
        case .negation, .shorthand, .durations, .when, .alone: true
        case .romanizeRules: nil
        default: false
        }
    }
}

/// One line of a lexicon section.
struct LexiconLine: Sendable {
    var text: String
    var value: String?
    var line: Int
}

/// A parsed, not yet compiled, lexicon file.
struct LexiconSource: Sendable {
    var file: String
    var language: String
    var name: String?
    var romanize: [(id: String, line: Int)] = []
    var sections: [LexiconSection: [LexiconLine]] = [:]

    static let schema = "lexicon@1"

    /// Parses a lexicon file. `expectedLanguage` is the tag from the file name, when there is one.
    static func parse(bytes: [UInt8], file: String, expectedLanguage: String?) throws(LexiconError) -> LexiconSource {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            // Find the line with the bad byte sequence, so a reviewer can fix it.
            var line = 1
            var start = 0
            for (i, b) in bytes.enumerated() where b == 0x0A {
                if String(validating: bytes[start..<i], as: UTF8.self) == nil { break }
                line += 1
                start = i + 1
            }
            throw LexiconError(kind: .invalidUTF8, file: file, line: line, message: "this line is not valid UTF-8; save the file as UTF-8")
        }
        return try parse(text: text, file: file, expectedLanguage: expectedLanguage)
    }

    static func parse(text: String, file: String, expectedLanguage: String?) throws(LexiconError) -> LexiconSource {
        var text = text
        let result: Result<LexiconSource, LexiconError> = text.withUTF8 { bytes in
            Result { () throws(LexiconError) in try parse(utf8: bytes, file: file, expectedLanguage: expectedLanguage) }
        }
        return try result.get()
    }

    /// Parses valid UTF-8. Works on bytes: lines, comments, sections and `=` are ASCII, so only
    /// entry texts become Strings.
    private static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, file: String, expectedLanguage: String?) throws(LexiconError) -> LexiconSource {
        var source = LexiconSource(file: file, language: "")
        var sawSchema = false
        var section: LexiconSection?
        var lineNumber = 0
        func fail(_ kind: LexiconError.Kind, _ message: String) -> LexiconError {
            LexiconError(kind: kind, file: file, line: lineNumber, message: message)
        }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        var lineStart = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { lineStart = 3 }
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            var a = lineStart, b = lineEnd
            while a < b && isSpace(bytes[a]) { a += 1 }
            while b > a && isSpace(bytes[b - 1]) { b -= 1 }
            if a == b || bytes[a] == 0x23 { continue }  // empty or '#'
            let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
            if section == nil && bytes[a] == 0x40 {  // '@'
                let parts = line.dropFirst().split(separator: " ", maxSplits: 1)
                let key = parts.first.map(String.init) ?? ""
                let value = parts.count > 1 ? String(parts[1]).trimmingWhitespace() : ""
                switch key {
                case "schema":
                    guard value == schema else {
                        throw fail(.unsupportedSchema, "unsupported schema \"\(value)\"; this version of Parlance reads \(schema)")
                    }
                    sawSchema = true
                case "lang":
                    guard !value.isEmpty else { throw fail(.missingLanguage, "@lang needs a BCP 47 tag") }
                    if let expectedLanguage, expectedLanguage != value {
                        throw fail(.languageMismatch, "@lang \(value) does not match the file name (\(expectedLanguage))")
                    }
                    source.language = value
                case "name": source.name = value
                case "romanize":
                    guard !value.isEmpty else { throw fail(.missingValue, "@romanize needs an ICU transform ID") }
                    source.romanize.append((value, lineNumber))
                default:
                    throw fail(.unknownDirective, "unknown header line @\(key); expected @schema, @lang, @name or @romanize")
                }
                continue
            }
            if bytes[a] == 0x5B && bytes[b - 1] == 0x5D && b - a > 2 {  // [section]
                guard sawSchema else { throw fail(.missingSchema, "the file must start with @schema \(schema)") }
                let name = String(line.dropFirst().dropLast()).trimmingWhitespace()
                guard let s = LexiconSection(name: name) else {
                    throw fail(.unknownSection, "unknown section [\(name)]")
                }
                section = s
                if source.sections[s] == nil { source.sections[s] = [] }
                continue
            }
            guard sawSchema else { throw fail(.missingSchema, "the file must start with @schema \(schema)") }
            guard let current = section else {
                throw fail(.entryOutsideSection, "entry \"\(line)\" comes before any [section]")
            }
            var entryText = line
            var value: String?
            switch current.takesValue {
            case true?:
                var eq = b - 1
                while eq >= a && bytes[eq] != 0x3D { eq -= 1 }  // the last '='
                guard eq >= a else {
                    throw fail(.missingValue, "entry \"\(line)\" needs \"= VALUE\" in this section")
                }
                entryText = String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<eq]), as: UTF8.self).trimmingWhitespace()
                value = String(decoding: UnsafeBufferPointer(rebasing: bytes[(eq + 1)..<b]), as: UTF8.self).trimmingWhitespace()
                if value?.isEmpty ?? true, current != .shorthand {
                    throw fail(.missingValue, "entry \"\(entryText)\" has an empty value")
                }
            case false?:
                var i = a
                while i + 2 < b {
                    if bytes[i] == 0x20 && bytes[i + 1] == 0x3D && bytes[i + 2] == 0x20 {
                        throw fail(.unexpectedValue, "entries in this section take no \"= VALUE\": \"\(line)\"")
                    }
                    i += 1
                }
            case nil:
                break
            }
            guard !entryText.isEmpty else { throw fail(.emptyEntry, "empty entry") }
            source.sections[current, default: []].append(LexiconLine(text: entryText, value: value, line: lineNumber))
        }
        guard sawSchema else {
            throw LexiconError(kind: .missingSchema, file: file, line: nil, message: "no @schema line; expected @schema \(schema)")
        }
        if source.language.isEmpty {
            guard let expectedLanguage else {
                throw LexiconError(kind: .missingLanguage, file: file, line: nil, message: "no @lang line")
            }
            source.language = expectedLanguage
        }
        return source
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
