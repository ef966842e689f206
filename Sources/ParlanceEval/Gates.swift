public import ParlanceReplies

/// A minimum (or maximum) a figure must reach for the run to pass.
public struct Gate: Sendable, Equatable, CustomStringConvertible {
    public enum Figure: Sendable, Equatable {
        case headline(Headline)
        /// Recall of one intent. For `urgent` and `opt_out` this is the safety recall
        /// (the intent found anywhere among the predicted intents, over every reply that has it
        /// among its gold intents); for the others, the primary-label recall.
        case recall(Intent)
        /// Precision of one intent as the primary label.
        case precision(Intent)
    }
    public var figure: Figure
    public var threshold: Double
    /// True for a ceiling (`--max-false-alarm`), false for a floor.
    public var isMaximum: Bool

    public init(_ figure: Figure, threshold: Double, isMaximum: Bool = false) {
        self.figure = figure; self.threshold = threshold; self.isMaximum = isMaximum
    }

    public var description: String {
        let name: String
        switch figure {
        case .headline(let h): name = h.rawValue
        case .recall(let i): name = "recall \(i.label)"
        case .precision(let i): name = "precision \(i.label)"
        }
        return "\(name) \(isMaximum ? "≤" : "≥") \(threshold)"
    }

    /// The figure's value in a report; nil when the corpus has nothing to measure it on.
    public func value(in report: EvaluationReport) -> Double? {
        switch figure {
        case .headline(let h): return report.value(h)
        case .recall(.urgent): return report.overall.urgentRecall
        case .recall(.optOut): return report.overall.optOutRecall
        case .recall(let i): return report.overall.perIntent[i].flatMap { $0.support > 0 ? $0.recall : nil }
        case .precision(let i): return report.overall.perIntent[i].flatMap { $0.predicted > 0 ? $0.precision : nil }
        }
    }
}

/// A gate's outcome. A gate whose figure cannot be measured on the corpus fails: a gate
/// that silently passes on nothing protects nobody.
public struct GateResult: Sendable, Equatable {
    public var gate: Gate
    public var value: Double?
    public var passed: Bool
}

extension EvaluationReport {
    /// Checks each gate and records the outcomes in `gates`; returns whether all passed.
    @discardableResult
    public mutating func check(_ gates: [Gate]) -> Bool {
        self.gates = gates.map { g in
            let v = g.value(in: self)
            let ok = v.map { g.isMaximum ? $0 <= g.threshold + 1e-12 : $0 >= g.threshold - 1e-12 } ?? false
            return GateResult(gate: g, value: v, passed: ok)
        }
        return self.gates.allSatisfy(\.passed)
    }
}
