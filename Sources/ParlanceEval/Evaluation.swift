public import ParlanceReplies
import Foundation
import Synchronization

/// How an evaluation is run.
public struct EvaluationOptions: Sendable {
    /// Bootstrap resamples for the intervals (0 turns them off).
    public var resamples: Int = 1000
    /// Seed of the bootstrap; the same seed gives the same intervals.
    public var seed: UInt64 = 20261123
    /// Confidence level of the intervals.
    public var confidence: Double = 0.95
    /// Called now and then with (replies classified, total), from any thread.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Completes each reply's context before classifying, e.g. a prompt given as a template id.
    public var resolveContext: (@Sendable (ReplyContext) -> ReplyContext)?

    public init(resamples: Int = 1000, seed: UInt64 = 20261123, confidence: Double = 0.95,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.resamples = resamples; self.seed = seed; self.confidence = confidence; self.progress = progress
    }
}

/// Speed of the classification run.
public struct RunPerformance: Sendable, Equatable {
    public var threads: Int
    public var wallSeconds: Double
    public var repliesPerSecond: Double
    /// Per-reply latency percentiles, in microseconds.
    public var p50: Double
    public var p90: Double
    public var p99: Double
    public var max: Double
}

/// One scored reply.
public struct ScoredReply: Sendable, Equatable {
    public var gold: LabelledReply
    public var prediction: Prediction
    public var correct: Bool { gold.intent == prediction.intent }
}

/// Everything an evaluation found.
public struct EvaluationReport: Sendable {
    public var files: [String]
    public var overall: SliceScores
    public var perLanguage: [String: SliceScores]
    public var intervals: [Headline: Interval]
    public var options: EvaluationOptions
    public var performance: RunPerformance
    public var replies: [ScoredReply]
    /// Gate results, when gates were given.
    public var gates: [GateResult] = []
    /// The comparison with a previous run, when a baseline was given.
    public var comparison: Comparison?

    /// Figure by headline name.
    public func value(_ h: Headline) -> Double? {
        switch h {
        case .accuracy: return overall.accuracy
        case .macroF1: return overall.macroF1
        case .urgentRecall: return overall.urgentRecall
        case .urgentFalseAlarmRate: return overall.urgentFalseAlarmRate
        case .optOutRecall: return overall.optOutRecall
        case .languageAccuracy: return overall.languageAccuracy
        }
    }
}

/// Scores a classifier against a labelled corpus.
public enum Evaluator {
    /// Classifies every reply (on all cores), times each, and computes every metric and interval.
    public static func evaluate(_ corpus: [LabelledReply], with classifier: ReplyClassifier, files: [String] = [],
                                options: EvaluationOptions = EvaluationOptions()) -> EvaluationReport {
        let n = corpus.count
        let predictions = ResultSlots<Prediction>(count: n, initial: Prediction(intent: .other, intents: [], language: "und"))
        let latencies = ResultSlots<UInt64>(count: n, initial: 0)
        let done = Atomic<Int>(0)
        let step = max(1, n / 100)
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            DispatchApply.run(n) { i in
                let g = corpus[i]
                var context = ReplyContext(options: g.options, prompt: g.prompt)
                if let resolve = options.resolveContext { context = resolve(context) }
                let t0 = DispatchTime.now().uptimeNanoseconds
                let r = classifier.classify(g.text, context: context)
                latencies[i] = DispatchTime.now().uptimeNanoseconds - t0
                let keep = r.intent != g.intent || r.intents.contains(.urgent) != g.goldIntents.contains(.urgent)
                    || r.intents.contains(.optOut) != g.goldIntents.contains(.optOut)
                predictions[i] = Prediction(intent: r.intent, intents: r.intents, language: r.language, confidence: r.confidence,
                                            needsHuman: r.needsHuman, evidence: keep ? r.evidence : [])
                if let progress = options.progress {
                    let k = done.add(1, ordering: .relaxed).newValue
                    if k % step == 0 || k == n { progress(k, n) }
                }
            }
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let preds = predictions.all
        let sorted = latencies.all.sorted()
        func pct(_ q: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1  // nearest rank
            return Double(sorted[min(max(rank, 0), sorted.count - 1)]) / 1000
        }
        let performance = RunPerformance(threads: min(DispatchApply.cores, max(1, n)), wallSeconds: wall,
                                         repliesPerSecond: wall > 0 ? Double(n) / wall : 0,
                                         p50: pct(0.5), p90: pct(0.9), p99: pct(0.99), max: Double(sorted.last ?? 0) / 1000)
        let scores = Scoring.score(gold: corpus, predictions: preds)
        let intervals = Bootstrap.intervals(gold: corpus, predictions: preds, resamples: options.resamples, seed: options.seed,
                                            confidence: options.confidence)
        return EvaluationReport(files: files, overall: scores.all, perLanguage: scores.perLanguage, intervals: intervals,
                                options: options, performance: performance,
                                replies: zip(corpus, preds).map { ScoredReply(gold: $0, prediction: $1) })
    }
}
