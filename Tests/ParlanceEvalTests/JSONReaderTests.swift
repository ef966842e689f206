import Foundation
import Testing
@testable import ParlanceEval

/// A compact, comparable rendering of a JSONValue.
func describe(_ v: JSONValue) -> String {
    switch v {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let d): return "n:\(d)"
    case .string(let s): return "s:" + s.unicodeScalars.map { $0.value < 0x80 && $0.value >= 0x20 ? String($0) : "<\(String($0.value, radix: 16))>" }.joined()
    case .array(let items): return "[" + items.map(describe).joined(separator: ",") + "]"
    case .object(let members): return "{" + members.map { "\($0.name)=" + describe($0.value) }.joined(separator: ",") + "}"
    }
}

struct JSONGoodCase: Sendable, CustomTestStringConvertible {
    var json: String
    var reads: String
    var testDescription: String { json }
}

struct JSONBadCase: Sendable, CustomTestStringConvertible {
    var json: String
    /// Part of the message.
    var says: String
    /// The byte offset reported.
    var offset: Int
    var testDescription: String { json.isEmpty ? "(empty)" : json }
}

let goodJSON: [JSONGoodCase] = [
    JSONGoodCase(json: #"{"id":"a1","text":"sí"}"#, reads: "{id=s:a1,text=s:s<ed>}"),
    JSONGoodCase(json: " \t{ \"a\" : [ 1 , -2.5e3 , 0 , 0.125, 1E2 ] }\r\n", reads: "{a=[n:1.0,n:-2500.0,n:0.0,n:0.125,n:100.0]}"),
    JSONGoodCase(json: #"{"t":true,"f":false,"n":null,"e":{},"l":[]}"#, reads: "{t=true,f=false,n=null,e={},l=[]}"),
    JSONGoodCase(json: #"{"q":"say \"STOP\"\\now\/then"}"#, reads: #"{q=s:say "STOP"\now/then}"#),
    JSONGoodCase(json: #"{"c":"a\b\f\n\r\tz"}"#, reads: "{c=s:a<8><c><a><d><9>z}"),
    JSONGoodCase(json: #"{"u":"\u00ed\u4E2D\ud83d\ude00"}"#, reads: "{u=s:<ed><4e2d><1f600>}"),
    JSONGoodCase(json: #"{"u":"\u0000"}"#, reads: "{u=s:<0>}"),
    JSONGoodCase(json: #"{"rtl":"\u202Eسلام"}"#, reads: "{rtl=s:<202e><633><644><627><645>}"),
    JSONGoodCase(json: #""just a string""#, reads: "s:just a string"),
    JSONGoodCase(json: "[[[[1]]]]", reads: "[[[[n:1.0]]]]"),
    JSONGoodCase(json: #"{"emoji":"👍🏽","zh":"我明天不能来"}"#, reads: "{emoji=s:<1f44d><1f3fd>,zh=s:<6211><660e><5929><4e0d><80fd><6765>}"),
]

let badJSON: [JSONBadCase] = [
    JSONBadCase(json: "", says: "ends where a value", offset: 0),
    JSONBadCase(json: "   ", says: "ends where a value", offset: 3),
    JSONBadCase(json: #"{"id":"a1","#, says: "member name", offset: 11),
    JSONBadCase(json: #"{"id":"a1",}"#, says: "member name", offset: 11),
    JSONBadCase(json: #"{"id" "a1"}"#, says: "':'", offset: 6),
    JSONBadCase(json: #"{"id":"a1""#, says: "ends inside an object", offset: 10),
    JSONBadCase(json: #"{"id":"a1" "x":1}"#, says: "',' or '}'", offset: 11),
    JSONBadCase(json: #"{"id":"a1"} x"#, says: "after the JSON value", offset: 12),
    JSONBadCase(json: #"{"id":"a1"}{"id":"a2"}"#, says: "after the JSON value", offset: 11),
    JSONBadCase(json: #"{"id":'a1'}"#, says: "where a value", offset: 6),
    JSONBadCase(json: #"{"a":[1,2,]}"#, says: "where a value", offset: 10),
    JSONBadCase(json: #"{"a":[1 2]}"#, says: "',' or ']'", offset: 8),
    JSONBadCase(json: #"{"a":tru}"#, says: "unknown word", offset: 5),
    JSONBadCase(json: #"{"a":nul"#, says: "unknown word", offset: 5),
    JSONBadCase(json: #"{"a":NaN}"#, says: "where a value", offset: 5),
    JSONBadCase(json: #"{"a":01}"#, says: "cannot start with 0", offset: 6),
    JSONBadCase(json: #"{"a":-}"#, says: "needs digits", offset: 6),
    JSONBadCase(json: #"{"a":1.}"#, says: "decimal point", offset: 7),
    JSONBadCase(json: #"{"a":1e}"#, says: "exponent", offset: 7),
    JSONBadCase(json: #"{"a":1e999}"#, says: "too large", offset: 5),
    JSONBadCase(json: #"{"a":+1}"#, says: "where a value", offset: 5),
    JSONBadCase(json: "{\"a\":\"line\nbreak\"}", says: "control character", offset: 10),
    JSONBadCase(json: "{\"a\":\"tab\there\"}", says: "control character", offset: 9),
    JSONBadCase(json: #"{"a":"open"#, says: "not closed", offset: 5),
    JSONBadCase(json: #"{"a":"ends in \"#, says: "not closed", offset: 5),
    JSONBadCase(json: #"{"a":"\x41"}"#, says: "unknown escape", offset: 6),
    JSONBadCase(json: #"{"a":"\u12"}"#, says: "four hex digits", offset: 10),
    JSONBadCase(json: #"{"a":"\ud83d"}"#, says: "surrogate", offset: 6),
    JSONBadCase(json: #"{"a":"\ude00x"}"#, says: "surrogate", offset: 6),
    JSONBadCase(json: #"{"a":"\ud83d\u0041"}"#, says: "surrogate", offset: 6),
    JSONBadCase(json: #"{"id":"a1","id":"a2"}"#, says: "\"id\" is written twice", offset: 11),
    JSONBadCase(json: String(repeating: "[", count: 200) + String(repeating: "]", count: 200), says: "nested more than 128", offset: 128),
]

@Suite("JSON reader")
struct JSONReaderTests {
    @Test(arguments: goodJSON)
    func reads(_ c: JSONGoodCase) throws {
        #expect(describe(try JSONReader.parse(Array(c.json.utf8))) == c.reads)
    }

    @Test(arguments: badJSON)
    func rejects(_ c: JSONBadCase) {
        do {
            let v = try JSONReader.parse(Array(c.json.utf8))
            Issue.record("read \(describe(v))")
        } catch {
            #expect(error.message.contains(c.says), "\(error.message)")
            #expect(error.offset == c.offset, "\(error.message)")
        }
    }

    /// Whatever Foundation's JSONSerialization accepts as an object, the reader reads the same
    /// strings; whatever it rejects, the reader rejects (on corpus-like lines with every escape).
    @Test func agreesWithFoundationOnCorpusLines() throws {
        let texts = ["yes", "sí, pero llego 10 min tarde", "Liked \u{201C}Reply C to confirm\u{201D}", "我明天不能来", "안 갈게요",
                     "tab\there", "quote \" and \\ backslash", "\u{0}\u{1F}\u{7F}", "👍🏽", "\u{202E}bidi\u{202C}", "سأتأخر ١٠ دقائق"]
        for text in texts {
            let object: [String: Any] = ["id": "x", "text": text, "lang": "und", "intent": "other", "also": ["late"], "options": ["1": "confirm"]]
            let data = try JSONSerialization.data(withJSONObject: object)
            let read = try JSONReader.parse([UInt8](data))
            guard case .object(let members) = read else { Issue.record("not an object"); continue }
            let t = members.first { $0.name == "text" }?.value
            guard case .string(let s)? = t else { Issue.record("no text"); continue }
            #expect(Array(s.unicodeScalars) == Array(text.unicodeScalars))
        }
    }
}
