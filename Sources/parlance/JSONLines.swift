import Foundation
import ParlanceReplies

/// `parlance classify --jsonl`: one result per input line, in order; bad lines get an error
/// object and the stream goes on.
enum JSONLines {
    /// Returns the number of lines that failed.
    static func run(classifier: ReplyClassifier, prompts: TemplatePrompts, input: FileHandle, output: FileHandle) -> Int {
        var failures = 0
        var lineNumber = 0
        var out = Data()
        func flush() {
            if !out.isEmpty { output.write(out); out.removeAll(keepingCapacity: true) }
        }
        forEachLine(input) { bytes in
            lineNumber += 1
            var line = bytes
            if line.last == 0x0D { line.removeLast() }
            if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                failures += 1
                out.append(Data(JSONOut.line(LineErrorJSON(id: nil, line: lineNumber, error: "empty line")).utf8))
                out.append(0x0A)
                return
            }
            switch parse(line) {
            case .failure(let message, let id):
                failures += 1
                out.append(Data(JSONOut.line(LineErrorJSON(id: id, line: lineNumber, error: message)).utf8))
            case .success(let id, let text, let context):
                let result = classifier.classify(text, context: prompts.resolve(context))
                out.append(Data(ClassificationJSON(id: id, result: result).ordered.serialized(pretty: false).utf8))
            }
            out.append(0x0A)
            if out.count > 1 << 16 { flush() }
        }
        flush()
        return failures
    }

    enum Parsed {
        case success(JSONValue?, String, ReplyContext)
        case failure(String, JSONValue?)
    }

    static func parse(_ bytes: [UInt8]) -> Parsed {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure("the line is not valid UTF-8", nil)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            return .failure("the line is not valid JSON", nil)
        }
        guard let dict = object as? [String: Any] else { return .failure("the line is not a JSON object", nil) }
        let id = JSONValue(dict["id"])
        guard let text = dict["text"] as? String else {
            return .failure(dict["text"] == nil ? "missing \"text\"" : "\"text\" must be a string", id)
        }
        var context = ReplyContext()
        switch dict["lang_hint"] {
        case let s as String: context.preferredLanguages = [s]
        case let list as [Any]: context.preferredLanguages = list.compactMap { $0 as? String }
        case nil, is NSNull: break
        default: return .failure("\"lang_hint\" must be a language tag or a list of them", id)
        }
        switch dict["options"] {
        case let o as [String: Any]:
            for (k, v) in o {
                guard let label = v as? String, let intent = Intent(label: label) else {
                    return .failure("option \"\(k)\" names an unknown intent", id)
                }
                context.options[k] = intent
            }
        case nil, is NSNull: break
        default: return .failure("\"options\" must be an object of key to intent", id)
        }
        if let p = dict["prompt"] as? String { context.prompt = p }
        return .success(id, text, context)
    }

    /// Calls `body` with each line of `handle` (without its newline), reading in blocks.
    static func forEachLine(_ handle: FileHandle, _ body: ([UInt8]) -> Void) {
        var pending: [UInt8] = []
        while true {
            let chunk = handle.readData(ofLength: 1 << 16)
            if chunk.isEmpty { break }
            var start = 0
            let bytes = [UInt8](chunk)
            for (i, b) in bytes.enumerated() where b == 0x0A {
                pending.append(contentsOf: bytes[start..<i])
                body(pending)
                pending.removeAll(keepingCapacity: true)
                start = i + 1
            }
            pending.append(contentsOf: bytes[start...])
        }
        if !pending.isEmpty { body(pending) }
    }
}
