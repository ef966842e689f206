import Foundation
import ParlanceReplies
import ParlanceText

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
    enum TimeKeys: String, CodingKey { case text, span, weekday, daysFromNow = "days_from_now", partOfDay = "part_of_day", time, qualifier, dayOfMonth = "day_of_month" }

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
            try t.encodeIfPresent(r.dayOfMonth, forKey: .dayOfMonth)
        }
        try c.encode(result.evidence, forKey: .evidence)
        if let k = result.carrierKeyword { try c.encode(k.rawValue, forKey: .carrierKeyword) } else { try c.encodeNil(forKey: .carrierKeyword) }
        try c.encode(result.needsHuman, forKey: .needsHuman)
    }
}

extension ClassificationJSON {
    /// The same object, written by the ordered JSON writer (much faster than JSONEncoder on
    /// long `--jsonl` runs).
    var ordered: OrderedJSON {
        let r = result
        var entities: [(String, OrderedJSON)] = []
        if let m = r.entities.minutesLate { entities.append(("minutes_late", .int(m))) }
        if let t = r.entities.requestedTime {
            var o: [(String, OrderedJSON)] = [("text", .string(t.text)), ("span", .array(t.span.map { .int($0) }))]
            if let w = t.weekday { o.append(("weekday", .int(w))) }
            if let d = t.daysFromNow { o.append(("days_from_now", .int(d))) }
            if let p = t.partOfDay { o.append(("part_of_day", .string(p))) }
            if let c = t.time { o.append(("time", .string(c))) }
            if let q = t.qualifier { o.append(("qualifier", .string(q))) }
            if let d = t.dayOfMonth { o.append(("day_of_month", .int(d))) }
            entities.append(("requested_time", .object(o)))
        }
        return .object([
            ("id", id?.ordered ?? .null),
            ("intent", .string(r.intent.label)),
            ("intents", .array(r.intents.map { .string($0.label) })),
            ("confidence", .number(r.confidence)),
            ("language", .string(r.language)),
            ("language_hints", .array(r.languageHints.map { .object([("lang", .string($0.lang)), ("score", .number($0.score))]) })),
            ("entities", .object(entities)),
            ("evidence", .array(r.evidence.map { e in
                .object([
                    ("intent", e.intent.map { .string($0.label) } ?? .null), ("lang", .string(e.lang)), ("match", .string(e.match)),
                    ("span", .array(e.span.map { .int($0) })), ("entry", .string(e.entry)), ("source", .string(e.source.rawValue)),
                    ("negated", .bool(e.negated)),
                ])
            })),
            ("carrier_keyword", r.carrierKeyword.map { .string($0.rawValue) } ?? .null),
            ("needs_human", .bool(r.needsHuman)),
        ])
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

    var ordered: OrderedJSON {
        switch self {
        case .string(let s): return .string(s)
        case .number(let d): return .number(d)
        case .int(let i): return .int(i)
        case .bool(let b): return .bool(b)
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
