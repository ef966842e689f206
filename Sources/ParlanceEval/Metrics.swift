import Foundation
public import ParlanceReplies

/// What the classifier said about one reply, as far as scoring needs it.
public struct Prediction: Sendable, Equatable {
    public var intent: Intent
    public var intents: [Intent]
    public var language: String
    public var confidence: Double
    public var needsHuman: Bool
    /// The evidence, kept for replies the report shows (wrong answers, missed or false urgents).
    public var evidence: [Evidence]

    public init(intent: Intent, intents: [Intent], language: String, confidence: Double = 1, needsHuman: Bool = false, evidence: [Evidence] = []) {
        self.intent = intent; self.intents = intents; self.language = language
        self.confidence = confidence; self.needsHuman = needsHuman; self.evidence = evidence
    }
}

/// Precision, recall and F1 of one intent as the primary label.
public struct IntentScore: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// Gold primary labels of this intent.
    public var support: Int
    /// Primary predictions of this intent.
    public var predicted: Int
}

/// Scores of one slice of a corpus (all of it, or one language).
public struct SliceScores: Sendable, Equatable {
    public var examples: Int
    public var accuracy: Double?
    /// Mean F1 over the intents that occur as gold primary labels in the slice.
    public var macroF1: Double?
    public var perIntent: [Intent: IntentScore]
    /// `confusion[gold][predicted]`, indexed by `Intent.allCases` order.
    public var confusion: [[Int]]
    /// Over replies whose gold `lang` is not `und`.
    public var languageAccuracy: Double?
    public var languageExamples: Int
    /// Over replies with `urgent` among their gold intents; a hit is `urgent` among the predicted intents.
    public var urgentRecall: Double?
    public var urgentExamples: Int
    /// Share of replies without gold `urgent` that were predicted `urgent` anywhere.
    public var urgentFalseAlarmRate: Double?
    /// Over replies with `opt_out` among their gold intents; a hit is `opt_out` among the predicted intents.
    public var optOutRecall: Double?
    public var optOutExamples: Int
    /// Share of replies the classifier flagged for a person.
    public var needsHumanRate: Double?
}

/// The headline figures that get bootstrap intervals.
public enum Headline: String, Sendable, CaseIterable {
    case accuracy
    case macroF1 = "macro_f1"
    case urgentRecall = "urgent_recall"
    case urgentFalseAlarmRate = "urgent_false_alarm_rate"
    case optOutRecall = "opt_out_recall"
    case languageAccuracy = "language_accuracy"
}

/// Computes scores from gold replies and predictions. Pure: the same inputs give the same figures.
public enum Scoring {
    static let intents = Intent.allCases
    static func index(_ i: Intent) -> Int { intents.firstIndex(of: i) ?? 0 }

    /// Whether a predicted language tag counts as the gold one: equal, or the gold tag's
    /// more specific form (`es-MX` gold, `es` predicted). Case-insensitive.
    public static func languageMatches(gold: String, predicted: String) -> Bool {
        let g = gold.lowercased(), p = predicted.lowercased()
        return g == p || (p != "und" && g.hasPrefix(p + "-") && !g.dropFirst(p.count + 1).hasPrefix("hans") && !g.dropFirst(p.count + 1).hasPrefix("hant"))
    }

    /// Per-reply facts that every metric is a sum over (kept compact for the bootstrap).
    struct Facts: Sendable {
        var gold: UInt8
        var predicted: UInt8
        var flags: UInt8
        static let urgentGold: UInt8 = 1, urgentHit: UInt8 = 2, optOutGold: UInt8 = 4, optOutHit: UInt8 = 8
        static let languageKnown: UInt8 = 16, languageRight: UInt8 = 32, needsHuman: UInt8 = 64
    }

    static func facts(_ g: LabelledReply, _ p: Prediction) -> Facts {
        var flags: UInt8 = 0
        let gold = g.goldIntents
        if gold.contains(.urgent) { flags |= Facts.urgentGold }
        if p.intents.contains(.urgent) || p.intent == .urgent { flags |= Facts.urgentHit }
        if gold.contains(.optOut) { flags |= Facts.optOutGold }
        if p.intents.contains(.optOut) || p.intent == .optOut { flags |= Facts.optOutHit }
        if g.lang.lowercased() != "und" {
            flags |= Facts.languageKnown
            if languageMatches(gold: g.lang, predicted: p.language) { flags |= Facts.languageRight }
        }
        if p.needsHuman { flags |= Facts.needsHuman }
        return Facts(gold: UInt8(index(g.intent)), predicted: UInt8(index(p.intent)), flags: flags)
    }

    /// Sums that every figure is computed from.
    struct Tally {
        var confusion = [Int](repeating: 0, count: 100)
        var n = 0, urgent = 0, urgentHit = 0, nonUrgent = 0, falseAlarm = 0, optOut = 0, optOutHit = 0
        var languageKnown = 0, languageRight = 0, needsHuman = 0

        /// Counts `times` replies with the facts `f`.
        mutating func add(_ f: Facts, times k: Int = 1) {
            n += k
            confusion[Int(f.gold) * 10 + Int(f.predicted)] += k
            if f.flags & Facts.urgentGold != 0 {
                urgent += k
                if f.flags & Facts.urgentHit != 0 { urgentHit += k }
            } else {
                nonUrgent += k
                if f.flags & Facts.urgentHit != 0 { falseAlarm += k }
            }
            if f.flags & Facts.optOutGold != 0 {
                optOut += k
                if f.flags & Facts.optOutHit != 0 { optOutHit += k }
            }
            if f.flags & Facts.languageKnown != 0 {
                languageKnown += k
                if f.flags & Facts.languageRight != 0 { languageRight += k }
            }
            if f.flags & Facts.needsHuman != 0 { needsHuman += k }
        }

        func ratio(_ a: Int, _ b: Int) -> Double? { b == 0 ? nil : Double(a) / Double(b) }

        var accuracy: Double? { ratio((0..<10).reduce(0) { $0 + confusion[$1 * 11] }, n) }

        func intentScore(_ k: Int) -> IntentScore {
            let tp = confusion[k * 11]
            let support = (0..<10).reduce(0) { $0 + confusion[k * 10 + $1] }
            let predicted = (0..<10).reduce(0) { $0 + confusion[$1 * 10 + k] }
            let precision = predicted == 0 ? 0 : Double(tp) / Double(predicted)
            let recall = support == 0 ? 0 : Double(tp) / Double(support)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            return IntentScore(precision: precision, recall: recall, f1: f1, support: support, predicted: predicted)
        }

        var macroF1: Double? {
            let present = (0..<10).filter { k in (0..<10).contains { confusion[k * 10 + $0] > 0 } }
            guard !present.isEmpty else { return nil }
            return present.reduce(0.0) { $0 + intentScore($1).f1 } / Double(present.count)
        }

        func value(_ h: Headline) -> Double? {
            switch h {
            case .accuracy: return accuracy
            case .macroF1: return macroF1
            case .urgentRecall: return ratio(urgentHit, urgent)
            case .urgentFalseAlarmRate: return ratio(falseAlarm, nonUrgent)
            case .optOutRecall: return ratio(optOutHit, optOut)
            case .languageAccuracy: return ratio(languageRight, languageKnown)
            }
        }

        var scores: SliceScores {
            var per: [Intent: IntentScore] = [:]
            for (k, intent) in Scoring.intents.enumerated() {
                let s = intentScore(k)
                if s.support > 0 || s.predicted > 0 { per[intent] = s }
            }
            return SliceScores(
                examples: n, accuracy: accuracy, macroF1: macroF1, perIntent: per,
                confusion: (0..<10).map { g in Array(confusion[(g * 10)..<(g * 10 + 10)]) },
                languageAccuracy: ratio(languageRight, languageKnown), languageExamples: languageKnown,
                urgentRecall: ratio(urgentHit, urgent), urgentExamples: urgent,
                urgentFalseAlarmRate: ratio(falseAlarm, nonUrgent),
                optOutRecall: ratio(optOutHit, optOut), optOutExamples: optOut,
                needsHumanRate: ratio(needsHuman, n))
        }
    }

    /// Scores of all replies, and of each gold language.
    public static func score(gold: [LabelledReply], predictions: [Prediction]) -> (all: SliceScores, perLanguage: [String: SliceScores]) {
        var all = Tally()
        var byLanguage: [String: Tally] = [:]
        for (g, p) in zip(gold, predictions) {
            let f = facts(g, p)
            all.add(f)
            byLanguage[g.lang, default: Tally()].add(f)
        }
        return (all.scores, byLanguage.mapValues(\.scores))
    }
}

/// A 95% (or other) percentile-bootstrap interval.
public struct Interval: Sendable, Equatable {
    public var low: Double
    public var high: Double
}

/// Seeded percentile bootstrap over replies: the same seed gives the same intervals on any
/// machine and with any number of threads (each resample has its own generator).
public enum Bootstrap {
    public static func intervals(gold: [LabelledReply], predictions: [Prediction], resamples: Int, seed: UInt64,
                                 confidence: Double = 0.95) -> [Headline: Interval] {
        let facts = zip(gold, predictions).map { Scoring.facts($0, $1) }
        let n = facts.count
        guard n > 0, resamples > 0 else { return [:] }
        // Replies with the same facts count the same in every figure: number the distinct
        // patterns once, and let each resample only count how often it drew each pattern.
        var patternOf: [UInt32: UInt16] = [:]
        var patterns: [Scoring.Facts] = []
        var codes = [UInt16](repeating: 0, count: n)
        for (i, f) in facts.enumerated() {
            let key = UInt32(f.gold) << 16 | UInt32(f.predicted) << 8 | UInt32(f.flags)
            if let p = patternOf[key] { codes[i] = p } else {
                patternOf[key] = UInt16(patterns.count)
                codes[i] = UInt16(patterns.count)
                patterns.append(f)
            }
        }
        let values = ResultSlots<[Double?]>(count: resamples, initial: [])
        // How often each pattern occurs: a resample of n replies is a multinomial draw of
        // counts over the patterns, drawn as conditional binomials, which costs the same for
        // 100 replies or 100,000 (it was one uniform draw per reply).
        var frequencies = [Int](repeating: 0, count: patterns.count)
        for c in codes { frequencies[Int(c)] += 1 }
        let distinct = patterns, weights = frequencies
        DispatchApply.run(resamples) { b in
            var mixer = SplitMix64(seed: seed ^ (UInt64(b) &* 0xD1B5_4A32_D192_ED03))
            var rng = SplitMix64(seed: mixer.next())  // independent streams, not shifted copies
            var counts = [Int](repeating: 0, count: distinct.count)
            Binomial.multinomial(n, frequencies: weights, &rng, into: &counts)
            var t = Scoring.Tally()
            for (k, count) in counts.enumerated() where count > 0 { t.add(distinct[k], times: count) }
            values[b] = Headline.allCases.map { t.value($0) }
        }
        var out: [Headline: Interval] = [:]
        for (k, h) in Headline.allCases.enumerated() {
            let sample = values.all.compactMap { $0[k] }.sorted()
            guard !sample.isEmpty else { continue }
            let alpha = (1 - confidence) / 2
            out[h] = Interval(low: quantile(sample, alpha), high: quantile(sample, 1 - alpha))
        }
        return out
    }

    /// Linear-interpolation quantile of sorted values (numpy's default).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let pos = q * Double(sorted.count - 1)
        let lo = Int(pos.rounded(.down)), hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - Double(lo))
    }
}

/// SplitMix64: small, fast, and fully determined by its seed.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix64 {
    /// A uniform double in [0, 1) with 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}

/// Exact binomial variates, for drawing a bootstrap resample's counts per distinct reply
/// pattern (a multinomial, as conditional binomials) instead of one uniform draw per reply.
enum Binomial {
    /// A draw of Binomial(`n`, `p`): inversion when the mean is small, otherwise Hörmann's
    /// transformed rejection with squeeze (BTRS, "The generation of binomial random variates",
    /// 1993), the method numpy and TensorFlow use for large means.
    static func draw(_ n: Int, _ p: Double, _ rng: inout SplitMix64) -> Int {
        guard n > 0, p > 0 else { return 0 }
        guard p < 1 else { return n }
        if p > 0.5 { return n - draw(n, 1 - p, &rng) }
        let np = Double(n) * p
        return np < 10 ? inversion(n, p, &rng) : btrs(n, p, &rng)
    }

    /// Sequential search of the distribution function from 0 (expected steps: the mean + 1).
    static func inversion(_ n: Int, _ p: Double, _ rng: inout SplitMix64) -> Int {
        let q = 1 - p, s = p / q, a = Double(n + 1) * s
        var r = pow(q, Double(n))
        var u = rng.unit()
        var x = 0
        while u > r {
            u -= r
            x += 1
            if x > n { return n }  // only through rounding in the last digits
            r *= a / Double(x) - s
        }
        return x
    }

    static func btrs(_ n: Int, _ p: Double, _ rng: inout SplitMix64) -> Int {
        let nd = Double(n), q = 1 - p
        let spq = (nd * p * q).squareRoot()
        let b = 1.15 + 2.53 * spq
        let a = -0.0873 + 0.0248 * b + 0.01 * p
        let c = nd * p + 0.5
        let vr = 0.92 - 4.2 / b
        let alpha = (2.83 + 5.1 / b) * spq
        let lpq = log(p / q)
        let m = ((nd + 1) * p).rounded(.down)
        let h = lgamma(m + 1) + lgamma(nd - m + 1)
        while true {
            let u = rng.unit() - 0.5
            var v = rng.unit()
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + c).rounded(.down)
            if k < 0 || k > nd { continue }
            if us >= 0.07 && v <= vr { return Int(k) }
            v = log(v * alpha / (a / (us * us) + b))
            if v <= h - lgamma(k + 1) - lgamma(nd - k + 1) + (k - m) * lpq { return Int(k) }
        }
    }

    /// Counts of `n` draws with replacement from items with the given frequencies (a
    /// multinomial with probabilities `frequencies[j] / total`), as conditional binomials.
    static func multinomial(_ n: Int, frequencies: [Int], _ rng: inout SplitMix64, into counts: inout [Int]) {
        var left = n
        var rest = frequencies.reduce(0, +)
        for (j, f) in frequencies.enumerated() {
            if left == 0 || rest <= 0 { counts[j] = 0; continue }
            let c = f >= rest ? left : draw(left, Double(f) / Double(rest), &rng)
            counts[j] = c
            left -= c
            rest -= f
        }
    }
}
