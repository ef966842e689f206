// Benchmark of rendering and segmenting messages on the release build:
//   swift run -c release parlance-render-bench [TEMPLATES_DIR] [--seconds N]
// Renders every template in every language with its sample values (as an integrator would:
// values as text, an explicit time zone) and works out its encoding and segments, on one core.
// Prints operations per second and p50/p99 latency. Never run in tests.
import Foundation
import ParlanceMessages

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

var args = Array(CommandLine.arguments.dropFirst())
var seconds = 3.0
if let i = args.firstIndex(of: "--seconds"), i + 1 < args.count, let s = Double(args[i + 1]) {
    seconds = s
    args.removeSubrange(i...(i + 1))
}
// --rounds N: exactly N passes over the messages and nothing else (for instruction counts under
// valgrind --tool=callgrind, which do not depend on what else the machine is doing).
var rounds: Int?
if let i = args.firstIndex(of: "--rounds"), i + 1 < args.count, let r = Int(args[i + 1]) {
    rounds = r
    args.removeSubrange(i...(i + 1))
}
let directory = args.first { !$0.hasPrefix("--") } ?? "Templates"

let t0 = now()
let templates: TemplateSet
do { templates = try TemplateSet(directory: directory) } catch {
    FileHandle.standardError.write(Data("parlance-render-bench: \(error)\n".utf8))
    exit(2)
}
let load = Double(now() - t0) / 1e6

let zones = ["America/Chicago", "America/New_York", "America/Los_Angeles"]
var jobs: [(String, String, [String: String], String)] = []
for lang in templates.languages {
    for def in templates.definitions {
        guard let t = templates.translation(def.id, lang: lang) else { continue }
        for z in zones { jobs.append((def.id, lang, t.samples, z)) }
    }
}
// Warm up (compiles each time-zone variant once) and check that everything renders.
var failures = 0
for (id, lang, values, zone) in jobs {
    do {
        let m = try templates.render(id, lang: lang, values: values, timeZone: zone)
        if m.text.isEmpty || m.text.contains("{") { failures += 1 }
    } catch { failures += 1 }
}
if failures > 0 {
    FileHandle.standardError.write(Data("parlance-render-bench: \(failures) renders failed or came out empty or half-filled\n".utf8))
    exit(1)
}
// --text (with --rounds): values as text, parsed on every render.
let textValues = args.contains("--text")
if let rounds, textValues {
    var sum = 0
    for _ in 0..<rounds {
        for (id, lang, values, zone) in jobs { sum &+= (try? templates.render(id, lang: lang, values: values, timeZone: zone))?.segments.segmentCount ?? 0 }
    }
    print("rendered \(rounds * jobs.count) messages from text values (\(sum) segments)")
    exit(0)
}
if let rounds {
    var sum = 0
    let typed = jobs.compactMap { job in (try? templates.values(job.0, lang: job.1, from: job.2, timeZone: job.3)).map { (job.0, job.1, $0, job.3) } }
    for _ in 0..<rounds {
        for (id, lang, values, zone) in typed { sum &+= (try? templates.render(id, lang: lang, typed: values, timeZone: zone))?.segments.segmentCount ?? 0 }
    }
    print("rendered \(rounds * typed.count) messages (\(sum) segments)")
    exit(0)
}

var latencies: [UInt64] = []
latencies.reserveCapacity(1 << 20)
var checksum = 0
let budget = UInt64(seconds * 1e9)
let start = now()
while now() - start < budget {
    for (id, lang, values, zone) in jobs {
        let a = now()
        let m = try? templates.render(id, lang: lang, values: values, timeZone: zone)
        latencies.append(now() - a)
        checksum &+= m?.segments.segmentCount ?? 0
    }
}
latencies.sort()
let sorted = latencies
func pct(_ p: Double) -> Double { Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]) / 1000 }

var n = 0
let s2 = now()
while now() - s2 < budget {
    for (id, lang, values, zone) in jobs {
        checksum &+= (try? templates.render(id, lang: lang, values: values, timeZone: zone))?.segments.segmentCount ?? 0
        n += 1
    }
}
let throughput = Double(n) / (Double(now() - s2) / 1e9)

// The same with values parsed once (dates as Date), as a sender that keeps typed values would.
let typedJobs = jobs.compactMap { job -> (String, String, [String: TemplateValue], String)? in
    (try? templates.values(job.0, lang: job.1, from: job.2, timeZone: job.3)).map { (job.0, job.1, $0, job.3) }
}
var n2 = 0
let s3 = now()
while now() - s3 < budget {
    for (id, lang, values, zone) in typedJobs {
        checksum &+= (try? templates.render(id, lang: lang, typed: values, timeZone: zone))?.segments.segmentCount ?? 0
        n2 += 1
    }
}
let typedThroughput = Double(n2) / (Double(now() - s3) / 1e9)
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)

print("messages           \(jobs.count) (\(templates.definitions.count) templates × \(templates.languages.count) languages × \(zones.count) time zones)")
print("load               \(String(format: "%.1f", load)) ms (parse and compile every template)")
print("throughput         \(String(format: "%.0f", throughput)) render-and-segment operations/s on one core (values as text)")
print("throughput typed   \(String(format: "%.0f", typedThroughput)) render-and-segment operations/s on one core (dates parsed once)")
print("latency p50        \(String(format: "%.2f", pct(0.50))) µs")
print("latency p99        \(String(format: "%.2f", pct(0.99))) µs")
print("peak memory        \(String(format: "%.1f", Double(usage.ru_maxrss) / 1024)) MB (max resident set)")
if checksum == 42 { print("") }
