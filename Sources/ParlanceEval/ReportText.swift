import ParlanceReplies

/// A table rendered for a terminal or as Markdown.
struct Table {
    var headers: [String]
    var rows: [[String]]
    /// Columns after the first are right-aligned (numbers), except these.
    var leftAligned: Set<Int> = [0]
    func text() -> String {
        let widths = headers.indices.map { c in ([headers[c]] + rows.map { $0[c] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return leftAligned.contains(c) ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        return ([line(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")] + rows.map(line))
            .joined(separator: "\n")
    }
    func markdown() -> String {
        let head = "| " + headers.joined(separator: " | ") + " |"
        let rule = "|" + headers.indices.map { leftAligned.contains($0) ? "---|" : "---:|" }.joined()
        let body = rows.map { "| " + $0.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |" }
        return ([head, rule] + body).joined(separator: "\n")
    }
}

func fmt(_ d: Double?, _ digits: Int = 3) -> String {
    guard let d else { return "–" }
    let scale = Double((0..<digits).reduce(1) { r, _ in r * 10 })
    let v = (d * scale).rounded() / scale
    var s = String(v)
    if let dot = s.firstIndex(of: ".") {
        let decimals = s.distance(from: dot, to: s.endIndex) - 1
        if decimals < digits { s += String(repeating: "0", count: digits - decimals) }
    } else if digits > 0 {
        s += "." + String(repeating: "0", count: digits)
    }
    return s
}

extension EvaluationReport {
    enum Style { case text, markdown }

    func headlineTable() -> Table {
        let rows: [[String]] = Headline.allCases.map { h in
            let base: Int
            switch h {
            case .urgentRecall: base = overall.urgentExamples
            case .optOutRecall: base = overall.optOutExamples
            case .languageAccuracy: base = overall.languageExamples
            case .urgentFalseAlarmRate: base = overall.examples - overall.urgentExamples
            default: base = overall.examples
            }
            let ci = intervals[h].map { "\(fmt($0.low)) – \(fmt($0.high))" } ?? "–"
            return [h.rawValue, fmt(value(h)), ci, String(base)]
        }
        return Table(headers: ["figure", "value", "\(Int(options.confidence * 100))% CI", "over"], rows: rows)
    }

    func intentTable() -> Table {
        Table(headers: ["intent", "precision", "recall", "f1", "support", "predicted"], rows: Intent.priorityOrder.compactMap { i in
            overall.perIntent[i].map { [i.label, fmt($0.precision), fmt($0.recall), fmt($0.f1), String($0.support), String($0.predicted)] }
        })
    }

    func languageTable() -> Table {
        Table(headers: ["lang", "examples", "accuracy", "macro_f1", "lang_acc", "urgent_recall", "false_alarms", "opt_out_recall"],
              rows: perLanguage.keys.sorted().map { tag in
                  let s = perLanguage[tag]!
                  return [tag, String(s.examples), fmt(s.accuracy), fmt(s.macroF1), fmt(s.languageAccuracy), fmt(s.urgentRecall),
                          fmt(s.urgentFalseAlarmRate), fmt(s.optOutRecall)]
              })
    }

    func confusionTable() -> Table {
        let labels = Intent.priorityOrder
        let idx = Intent.allCases
        let present = labels.filter { g in overall.confusion[idx.firstIndex(of: g)!].contains { $0 > 0 } }
        let predicted = labels.filter { p in idx.indices.contains { overall.confusion[$0][idx.firstIndex(of: p)!] > 0 } }
        return Table(headers: ["gold \\ predicted"] + predicted.map(\.label), rows: present.map { g in
            let row = overall.confusion[idx.firstIndex(of: g)!]
            return [g.label] + predicted.map { p in
                let c = row[idx.firstIndex(of: p)!]
                return c == 0 ? "·" : String(c)
            }
        })
    }

    /// The replies worth a person's eyes: wrong primary intent, missed urgent, urgent false alarm.
    var mistakes: [ScoredReply] {
        replies.filter { r in
            !r.correct || r.gold.goldIntents.contains(.urgent) != r.prediction.intents.contains(.urgent)
        }
    }

    func mistakeTable(limit: Int, style: Style) -> Table {
        Table(headers: ["id", "lang", "gold", "predicted", "text"], rows: mistakes.prefix(limit).map { r in
            var text = String(r.gold.text.unicodeScalars.filter { $0.value >= 0x20 && $0 != "\u{7F}" }.map(Character.init))
            if text.count > 60 { text = String(text.prefix(59)) + "…" }
            let gold = ([r.gold.intent] + r.gold.also).map(\.label).joined(separator: "+")
            let pred = r.prediction.intents.isEmpty ? r.prediction.intent.label : r.prediction.intents.map(\.label).joined(separator: "+")
            return [r.gold.id, r.gold.lang, gold, pred, style == .markdown ? "`" + text.replacingOccurrences(of: "`", with: "'") + "`" : text]
        }, leftAligned: [0, 1, 2, 3, 4])
    }

    func comparisonLines(style: Style) -> [String] {
        guard let c = comparison else { return [] }
        var out: [String] = []
        let t = Table(headers: ["figure", "baseline", "now", "delta"], rows: Headline.allCases.compactMap { h in
            c.deltas[h].map { d in
                let delta = d.after - d.before
                return [h.rawValue, fmt(d.before), fmt(d.after), (delta >= 0 ? "+" : "") + fmt(delta)]
            }
        })
        out.append(style == .markdown ? t.markdown() : t.text())
        let fixed = c.changes.filter { $0.kind == "fixed" }, broken = c.changes.filter { $0.kind == "broken" }
        out.append("")
        out.append("\(fixed.count) fixed, \(broken.count) broken, \(c.changes.count - fixed.count - broken.count) changed but still wrong; \(c.newReplies) replies new since the baseline, \(c.missingReplies) gone.")
        for ch in c.changes.prefix(40) {
            out.append("\(style == .markdown ? "- " : "  ")\(ch.kind): \(ch.id) (gold \(ch.gold.label)) \(ch.before.label) → \(ch.after.label)")
        }
        if c.changes.count > 40 { out.append("  … \(c.changes.count - 40) more in the JSON report") }
        return out
    }

    func gateLines() -> [String] {
        gates.map { "\($0.passed ? "pass" : "FAIL")  \($0.gate) (got \(fmt($0.value)))" }
    }

    var performanceLine: String {
        let p = performance
        return "\(replies.count) replies in \(fmt(p.wallSeconds, 2)) s on \(p.threads) threads: \(Int(p.repliesPerSecond.rounded())) replies/s; latency p50 \(fmt(p.p50, 1)) µs, p90 \(fmt(p.p90, 1)) µs, p99 \(fmt(p.p99, 1)) µs, max \(fmt(p.max, 1)) µs"
    }

    /// Tables for a terminal.
    public func text(mistakeLimit: Int = 25) -> String {
        var out: [String] = []
        out.append("Parlance evaluation: \(overall.examples) replies from \(files.count) file\(files.count == 1 ? "" : "s")")
        out.append("")
        out.append(headlineTable().text())
        out.append("")
        out.append(intentTable().text())
        out.append("")
        out.append(languageTable().text())
        out.append("")
        out.append("Confusion (rows gold, columns predicted)")
        out.append(confusionTable().text())
        if !mistakes.isEmpty {
            out.append("")
            out.append("Mistakes (\(mistakes.count); first \(min(mistakeLimit, mistakes.count)))")
            out.append(mistakeTable(limit: mistakeLimit, style: .text).text())
        }
        if comparison != nil {
            out.append("")
            out.append("Against the baseline")
            out += comparisonLines(style: .text)
        }
        if !gates.isEmpty {
            out.append("")
            out += gateLines()
        }
        out.append("")
        out.append(performanceLine)
        out.append("Intervals: percentile bootstrap, \(options.resamples) resamples, seed \(options.seed).")
        return out.joined(separator: "\n")
    }

    /// Markdown for a pull request.
    public func markdown(mistakeLimit: Int = 50) -> String {
        var out: [String] = []
        out.append("## Parlance evaluation")
        out.append("")
        out.append("\(overall.examples) replies from \(files.map { "`\($0)`" }.joined(separator: ", ")).")
        out.append("")
        out.append(headlineTable().markdown())
        if comparison != nil {
            out.append("")
            out.append("### Against the baseline")
            out.append("")
            out += comparisonLines(style: .markdown)
        }
        if !gates.isEmpty {
            out.append("")
            out.append("### Gates")
            out.append("")
            out += gateLines().map { "- " + $0 }
        }
        out.append("")
        out.append("### Per intent")
        out.append("")
        out.append(intentTable().markdown())
        out.append("")
        out.append("### Per language")
        out.append("")
        out.append(languageTable().markdown())
        out.append("")
        out.append("### Confusion (rows gold, columns predicted)")
        out.append("")
        out.append(confusionTable().markdown())
        if !mistakes.isEmpty {
            out.append("")
            out.append("<details><summary>Mistakes (\(mistakes.count); first \(min(mistakeLimit, mistakes.count)))</summary>")
            out.append("")
            out.append(mistakeTable(limit: mistakeLimit, style: .markdown).markdown())
            out.append("")
            out.append("</details>")
        }
        out.append("")
        out.append("_\(performanceLine). Intervals: percentile bootstrap, \(options.resamples) resamples, seed \(options.seed)._")
        return out.joined(separator: "\n")
    }
}
