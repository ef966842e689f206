import Foundation
import ParlanceReplies

/// The machine-readable shape of a classification (shared/spec/cli.md). Fields may be added,
/// never renamed or dropped.
struct ClassificationJSON: Encodable {
    var id: JSONValue?
    var result: ReplyClassification

    enum Keys: String, CodingKey {
        case id, intent, intents, confidence, language, languageHints = "language_hints", entities, evidence
        case carrierKeyword = "carrier_keyword", needsHuman = "needs_human"
    }

    enum EntityKeys: String, CodingKey { case minutesLate = "minutes_late", requestedTime = "requested_time" }
    enum TimeKeys: String, CodingKey { case text, span, weekday, daysFromNow = "days_from_now", partOfDay = "part_of_day", time, qualifier }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        if let id { try c.encode(id, forKey: .id) } else { try c.encodeNil(forKey: .id) }
        try c.encode(result.intent.label, forKey: .intent)
        try c.encode(result.intents.map(\.label), forKey: .intents)
        try c.encode(result.confidence, forKey: .confidence)
        try c.encode(result.language, forKey: .language)
        try c.encode(result.languageHints, forKey: .languageHints)
        var e = c.nestedContainer(keyedBy: EntityKeys.self, forKey: .entities)
        if let m = result.entities.minutesLate { try e.encode(m, forKey: .minutesLate) }
        if let r = result.entities.requestedTime {
            var t = e.nestedContainer(keyedBy: TimeKeys.self, forKey: .requestedTime)
            try t.encode(r.text, forKey: .text)
            try t.encode(r.span, forKey: .span)
            try t.encodeIfPresent(r.weekday, forKey: .weekday)
            try t.encodeIfPresent(r.daysFromNow, forKey: .daysFromNow)
            try t.encodeIfPresent(r.partOfDay, forKey: .partOfDay)
            try t.encodeIfPresent(r.time, forKey: .time)
            try t.encodeIfPresent(r.qualifier, forKey: .qualifier)
        }
        try c.encode(result.evidence, forKey: .evidence)
        if let k = result.carrierKeyword { try c.encode(k.rawValue, forKey: .carrierKeyword) } else { try c.encodeNil(forKey: .carrierKeyword) }
        try c.encode(result.needsHuman, forKey: .needsHuman)
    }
}

/// An error line of `--jsonl`.
struct LineErrorJSON: Encodable {
    var id: JSONValue?
    var line: Int
    var error: String

    enum Keys: String, CodingKey { case id, line, error }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        if let id { try c.encode(id, forKey: .id) } else { try c.encodeNil(forKey: .id) }
        try c.encode(line, forKey: .line)
        try c.encode(error, forKey: .error)
    }
}

/// A JSON scalar echoed back as it came (ids may be strings or numbers).
enum JSONValue: Encodable {
    case string(String), number(Double), int(Int), bool(Bool)

    init?(_ any: Any?) {
        switch any {
        case let s as String: self = .string(s)
        case let n as NSNumber:
            if n.doubleValue == n.doubleValue.rounded(), abs(n.doubleValue) < 1e15 { self = .int(n.intValue) }
            else { self = .number(n.doubleValue) }
        default: return nil
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .number(let d): try c.encode(d)
        case .int(let i): try c.encode(i)
        case .bool(let b): try c.encode(b)
        }
    }
}

enum JSONOut {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return e
    }()

    static func line<T: Encodable>(_ value: T) -> String {
        guard let data = try? encoder.encode(value) else { return "{\"error\":\"could not encode the result\"}" }
        return String(decoding: data, as: UTF8.self)
    }
}
