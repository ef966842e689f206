public import ParlanceReplies

/// A previous run's figures and predictions, read from its JSON report.
public struct Baseline: Sendable, Equatable {
    public var figures: [Headline: Double]
    /// Reply id to the primary intent predicted then.
    public var predictions: [String: Intent]
    public init(figures: [Headline: Double], predictions: [String: Intent]) {
        self.figures = figures; self.predictions = predictions
    }
}

/// How this run differs from a baseline.
public struct Comparison: Sendable, Equatable {
    /// This run's figure minus the baseline's, for figures both have.
    public var deltas: [Headline: (before: Double, after: Double)]
    public struct Change: Sendable, Equatable {
        public var id: String
        public var gold: Intent
        public var before: Intent
        public var after: Intent
        /// `fixed` (wrong then, right now), `broken` (right then, wrong now) or `changed` (wrong both times).
        public var kind: String
    }
    public var changes: [Change]
    /// Ids in this corpus that the baseline did not score.
    public var newReplies: Int
    /// Ids the baseline scored that are not in this corpus.
    public var missingReplies: Int

    public static func == (a: Comparison, b: Comparison) -> Bool {
        a.changes == b.changes && a.newReplies == b.newReplies && a.missingReplies == b.missingReplies
            && a.deltas.keys == b.deltas.keys && a.deltas.allSatisfy { k, v in b.deltas[k].map { $0 == v } ?? false }
    }
}

extension EvaluationReport {
    /// Compares with a previous run, reply by reply (matched by id).
    public mutating func compare(with baseline: Baseline) {
        var deltas: [Headline: (before: Double, after: Double)] = [:]
        for h in Headline.allCases {
            if let before = baseline.figures[h], let after = value(h) { deltas[h] = (before, after) }
        }
        var changes: [Comparison.Change] = []
        var matched = 0
        for r in replies {
            guard let before = baseline.predictions[r.gold.id] else { continue }
            matched += 1
            let after = r.prediction.intent
            guard before != after else { continue }
            let kind = after == r.gold.intent ? "fixed" : before == r.gold.intent ? "broken" : "changed"
            changes.append(.init(id: r.gold.id, gold: r.gold.intent, before: before, after: after, kind: kind))
        }
        comparison = Comparison(deltas: deltas, changes: changes, newReplies: replies.count - matched,
                                missingReplies: baseline.predictions.count - matched)
    }
}
