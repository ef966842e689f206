// Benchmark of the reply classifier on the release build:
//   swift run -c release parlance-bench [CORPUS_DIR_OR_FILES…] [--seconds N] [--rounds N] [--lexicons DIR]
// Prints cold start (loading every bundled lexicon: from the compiled-lexicon cache when it holds
// them, see `LexiconCache`), the time to the first answer, replies per second on one core, p50/p99
// latency per reply, peak memory, and last the time to compile the lexicons with no cache (what
// the first start after a change of lexicons or program costs). Never run in tests: timing
// belongs here, not in assertions.
import Foundation
import ParlanceReplies

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

var args = Array(CommandLine.arguments.dropFirst())
var seconds = 3.0
if let i = args.firstIndex(of: "--seconds"), i + 1 < args.count, let s = Double(args[i + 1]) {
    seconds = s
    args.removeSubrange(i...(i + 1))
}
// --rounds N: exactly N passes over the corpus and no clock-bound loops, so that an instruction
// counter (valgrind --tool=callgrind) sees the same work on every run.
var rounds: Int?
if let i = args.firstIndex(of: "--rounds"), i + 1 < args.count, let r = Int(args[i + 1]), r >= 0 {
    rounds = r
    args.removeSubrange(i...(i + 1))
}
// --lexicons DIR: classify with the TAG.lex files of DIR instead of the bundled lexicons.
var lexiconDirectory: String?
if let i = args.firstIndex(of: "--lexicons"), i + 1 < args.count {
    lexiconDirectory = args[i + 1]
    args.removeSubrange(i...(i + 1))
}
if args.isEmpty { args = ["Corpus/dev"] }

// Cold start first, before anything else warms ICU up.
let t0 = now()
let classifier: ReplyClassifier
do {
    if let lexiconDirectory {
        classifier = try ReplyClassifier(lexiconDirectory: URL(fileURLWithPath: lexiconDirectory))
    } else {
        classifier = try ReplyClassifier()
    }
} catch {
    FileHandle.standardError.write(Data("parlance-bench: \(error)\n".utf8))
    exit(2)
}
let coldStart = Double(now() - t0) / 1e6
let residentAfterLoad = residentMB()

/// The current resident set (Linux), in MB.
func residentMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
          let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
    return kb / 1024
}

// The corpus, with each reply's context.
var files: [String] = []
for a in args {
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: a, isDirectory: &isDir), isDir.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: a)) ?? []
        files += names.filter { $0.hasSuffix(".jsonl") }.sorted().map { a + "/" + $0 }
    } else {
        files.append(a)
    }
}
var replies: [(String, ReplyContext)] = []
for f in files {
    guard let data = FileManager.default.contents(atPath: f) else {
        FileHandle.standardError.write(Data("parlance-bench: cannot read \(f)\n".utf8))
        exit(2)
    }
    for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let text = obj["text"] as? String else {
            FileHandle.standardError.write(Data("parlance-bench: \(f):\(n + 1): not a corpus line\n".utf8))
            exit(2)
        }
        var ctx = ReplyContext()
        if let o = obj["options"] as? [String: String] { for (k, v) in o { ctx.options[k] = Intent(label: v) } }
        if let p = obj["prompt"] as? String { ctx.prompt = p }
        replies.append((text, ctx))
    }
}
guard !replies.isEmpty else { print("no replies"); exit(2) }

if let rounds {
    var checksum = 0
    for _ in 0..<rounds {
        for (t, c) in replies { checksum &+= classifier.classify(t, context: c).intents.count }
    }
    print("classified         \(rounds * replies.count) replies in \(rounds) round(s) (checksum \(checksum))")
    exit(0)
}

// The first answer pays for ICU's lazily made objects (break iterators, number spellout…).
let tFirst = now()
_ = classifier.classify(replies[0].0, context: replies[0].1)
let firstAnswer = Double(now() - tFirst) / 1e6

// Warm up, then time single replies on this thread (one core).
for (t, c) in replies { _ = classifier.classify(t, context: c) }
var latencies: [UInt64] = []
latencies.reserveCapacity(1 << 20)
var checksum = 0
let start = now()
let budget = UInt64(seconds * 1e9)
while now() - start < budget {
    for (t, c) in replies {
        let a = now()
        let r = classifier.classify(t, context: c)
        latencies.append(now() - a)
        checksum &+= r.intents.count
    }
}
let elapsed = Double(now() - start) / 1e9
latencies.sort()
let sorted = latencies
func pct(_ p: Double) -> Double { Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]) / 1000 }

// Throughput without the clock calls around each reply.
var n = 0
let s2 = now()
while now() - s2 < budget {
    for (t, c) in replies { checksum &+= classifier.classify(t, context: c).intents.count; n += 1 }
}
let throughput = Double(n) / (Double(now() - s2) / 1e9)

var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let peakMB = Double(usage.ru_maxrss) / 1024

print("corpus             \(replies.count) replies from \(files.count) file(s)")
print("cold start         \(String(format: "%.1f", coldStart)) ms (\(classifier.languages.count) lexicons; \(String(format: "%.1f", residentAfterLoad)) MB resident after)")
print("first answer       \(String(format: "%.1f", firstAnswer)) ms (ICU objects made on first use)")
print("throughput         \(String(format: "%.0f", throughput)) replies/s on one core")
print("latency p50        \(String(format: "%.2f", pct(0.50))) µs")
print("latency p99        \(String(format: "%.2f", pct(0.99))) µs")
print("latency max        \(String(format: "%.2f", pct(1.0))) µs")
print("timed replies      \(latencies.count) in \(String(format: "%.1f", elapsed)) s")
print("peak memory        \(String(format: "%.1f", peakMB)) MB (max resident set)")

// Last, so that its memory is not in the peak above: compiling with no cache.
if lexiconDirectory == nil {
    let t1 = now()
    do { _ = try ReplyClassifier(cache: .disabled) } catch { exit(2) }
    print("compile            \(String(format: "%.1f", Double(now() - t1) / 1e6)) ms (no cache; the first start after a change)")
}
if checksum == 42 { print("") }
