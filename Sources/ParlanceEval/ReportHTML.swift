import ParlanceReplies
import ParlanceText

extension EvaluationReport {
    /// A self-contained HTML page (no network): headline figures with intervals, a confusion
    /// heatmap, per-language and per-intent charts, and every mistake with its evidence,
    /// filterable by language and intent. Reply text is inserted as text, never as markup.
    public func html(title: String = "Parlance evaluation") -> String {
        var data: [(String, JSON)] = [
            ("title", .string(title)),
            ("files", .array(files.map { .string($0) })),
            ("examples", .int(overall.examples)),
            ("headline", .array(Headline.allCases.map { h in
                .object([("name", .string(h.rawValue)), ("value", .num(value(h))),
                         ("low", .num(intervals[h]?.low)), ("high", .num(intervals[h]?.high))])
            })),
            ("intents", .array(Intent.priorityOrder.compactMap { i in
                overall.perIntent[i].map { s in
                    .object([("intent", .string(i.label)), ("precision", .number(s.precision)), ("recall", .number(s.recall)),
                             ("f1", .number(s.f1)), ("support", .int(s.support)), ("predicted", .int(s.predicted))])
                }
            })),
            ("languages", .array(perLanguage.keys.sorted().map { tag in
                let s = perLanguage[tag]!
                return .object([("lang", .string(tag)), ("examples", .int(s.examples)), ("accuracy", .num(s.accuracy)),
                                ("macro_f1", .num(s.macroF1)), ("language_accuracy", .num(s.languageAccuracy)),
                                ("urgent_recall", .num(s.urgentRecall))])
            })),
            ("labels", .array(Intent.priorityOrder.map { .string($0.label) })),
            ("confusion", .array(Intent.priorityOrder.map { g in
                .array(Intent.priorityOrder.map { p in
                    .int(overall.confusion[Intent.allCases.firstIndex(of: g)!][Intent.allCases.firstIndex(of: p)!])
                })
            })),
            ("mistakes", .array(mistakes.map { r in
                .object([
                    ("id", .string(r.gold.id)), ("lang", .string(r.gold.lang)), ("text", .string(r.gold.text)),
                    ("file", .string(r.gold.file)), ("line", .int(r.gold.line)),
                    ("gold", .array(r.gold.goldIntents.map { .string($0.label) })),
                    ("predicted", .array((r.prediction.intents.isEmpty ? [r.prediction.intent] : r.prediction.intents).map { .string($0.label) })),
                    ("language", .string(r.prediction.language)), ("confidence", .number(r.prediction.confidence)),
                    ("needs_human", .bool(r.prediction.needsHuman)),
                    ("evidence", .array(r.prediction.evidence.map { e in
                        .object([("intent", e.intent.map { .string($0.label) } ?? .null), ("lang", .string(e.lang)),
                                 ("match", .string(e.match)), ("entry", .string(e.entry)), ("negated", .bool(e.negated))])
                    })),
                ])
            })),
            ("performance", .string(performanceLine)),
            ("bootstrap", .string("percentile bootstrap, \(options.resamples) resamples, seed \(options.seed)")),
        ]
        if !gates.isEmpty { data.append(("gates", .array(gateLines().map { .string($0) }))) }
        if comparison != nil { data.append(("comparison", .array(comparisonLines(style: .text).map { .string($0) }))) }
        let json = JSON.object(data).serialized(pretty: false)
        return Self.page.replacingOccurrences(of: "/*DATA*/null", with: json)
            .replacingOccurrences(of: "<title></title>", with: "<title>\(HTMLText.escape(title))</title>")
    }

    static let page = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title></title>
<style>
  :root { --ink:#1d2430; --muted:#5b6575; --line:#dde2ea; --good:#1f7a4d; --bad:#b3261e; --accent:#2f5fb3; }
  body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; color: var(--ink); margin: 0; background: #f6f7f9; }
  header { background: #fff; border-bottom: 1px solid var(--line); padding: 18px 28px; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  h2 { font-size: 17px; margin: 28px 0 10px; }
  main { padding: 8px 28px 40px; max-width: 1280px; }
  .muted { color: var(--muted); }
  .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px; margin-top: 16px; }
  .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
  .card .v { font-size: 26px; font-weight: 650; }
  .card .n { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
  .panel { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px; overflow-x: auto; }
  table { border-collapse: collapse; font-size: 13px; }
  th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
  th:first-child, td:first-child { text-align: left; }
  .heat td { text-align: center; min-width: 44px; border: 1px solid #fff; }
  .bars { display: grid; grid-template-columns: 90px 1fr; gap: 4px 10px; align-items: center; font-size: 13px; }
  .bar { position: relative; height: 16px; background: #eef1f5; border-radius: 3px; }
  .bar span { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 3px; }
  .bar b { position: absolute; right: 6px; top: 0; font-size: 11px; line-height: 16px; font-weight: 600; }
  .legend span { display: inline-block; margin-right: 14px; font-size: 12px; }
  .legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
  .filters { display: flex; flex-wrap: wrap; gap: 10px; margin-bottom: 10px; }
  .filters select, .filters input { font: inherit; padding: 4px 6px; }
  .mistakes td { text-align: left; white-space: normal; vertical-align: top; }
  .mistakes td.text { max-width: 420px; unicode-bidi: plaintext; }
  .chip { display: inline-block; border-radius: 10px; padding: 0 7px; margin: 1px 2px; font-size: 12px; background: #eef1f5; }
  .chip.gold { background: #e3f1e9; color: var(--good); }
  .chip.pred { background: #fbe7e6; color: var(--bad); }
  .chip.neg { text-decoration: line-through; }
  .gates div { font-family: ui-monospace, monospace; }
</style>
</head>
<body>
<header><h1 id="title"></h1><div class="muted" id="sub"></div></header>
<main>
  <div class="cards" id="cards"></div>
  <div id="gates"></div>
  <h2>Confusion matrix <span class="muted">(rows gold, columns predicted; shade = share of the row)</span></h2>
  <div class="panel"><table class="heat" id="heat"></table></div>
  <h2>Per language</h2>
  <div class="panel"><div class="legend" id="langLegend"></div><div class="bars" id="langBars"></div></div>
  <h2>Per intent</h2>
  <div class="panel"><div class="legend" id="intentLegend"></div><div class="bars" id="intentBars"></div></div>
  <h2>Mistakes <span class="muted" id="mcount"></span></h2>
  <div class="panel">
    <div class="filters">
      <label>Language <select id="fLang"></select></label>
      <label>Gold <select id="fGold"></select></label>
      <label>Predicted <select id="fPred"></select></label>
      <label>Search <input id="fText" type="search" placeholder="text or id"></label>
    </div>
    <table class="mistakes"><thead><tr><th>id</th><th>lang</th><th>reply</th><th>gold</th><th>predicted</th><th>evidence</th></tr></thead><tbody id="mbody"></tbody></table>
  </div>
  <p class="muted" id="perf"></p>
</main>
<script id="data" type="application/json">/*DATA*/null</script>
<script>
(function () {
  const D = JSON.parse(document.getElementById('data').textContent);
  const $ = (id) => document.getElementById(id);
  const el = (tag, props, ...kids) => { const e = document.createElement(tag); Object.assign(e, props || {}); kids.forEach(k => e.append(k)); return e; };
  const f3 = (v) => v === null || v === undefined ? '–' : v.toFixed(3);
  $('title').textContent = D.title;
  $('sub').textContent = D.examples + ' replies from ' + D.files.join(', ');
  for (const h of D.headline) {
    const ci = h.low === null ? '' : '95% CI ' + f3(h.low) + ' – ' + f3(h.high);
    $('cards').append(el('div', { className: 'card' }, el('div', { className: 'n', textContent: h.name.replace(/_/g, ' ') }),
      el('div', { className: 'v', textContent: f3(h.value) }), el('div', { className: 'muted', textContent: ci })));
  }
  if (D.gates) { const g = el('div', { className: 'panel gates' }); D.gates.forEach(l => g.append(el('div', { textContent: l }))); $('gates').append(el('h2', { textContent: 'Gates' }), g); }
  if (D.comparison) { const g = el('div', { className: 'panel gates' }); D.comparison.forEach(l => g.append(el('div', { textContent: l }))); $('gates').append(el('h2', { textContent: 'Against the baseline' }), g); }
  // Heatmap
  const labels = D.labels;
  const rows = labels.map((g, i) => ({ g, i, row: D.confusion[i] })).filter(r => r.row.some(c => c > 0));
  const cols = labels.map((p, j) => ({ p, j })).filter(c => D.confusion.some(r => r[c.j] > 0));
  const head = el('tr', {}, el('th', { textContent: 'gold \\ predicted' }));
  cols.forEach(c => head.append(el('th', { textContent: c.p })));
  $('heat').append(head);
  rows.forEach(r => {
    const total = r.row.reduce((a, b) => a + b, 0);
    const tr = el('tr', {}, el('th', { textContent: r.g + ' (' + total + ')' }));
    cols.forEach(c => {
      const n = r.row[c.j], share = total ? n / total : 0;
      const hue = r.i === c.j ? 145 : 4;
      const td = el('td', { textContent: n ? String(n) : '·', title: r.g + ' → ' + c.p + ': ' + n + ' (' + (share * 100).toFixed(1) + '%)' });
      if (n) { td.style.background = 'hsl(' + hue + ',60%,' + (96 - share * 50) + '%)'; if (share > .55) td.style.color = '#fff'; }
      tr.append(td);
    });
    $('heat').append(tr);
  });
  // Bar charts
  const colors = ['#2f5fb3', '#1f7a4d', '#c77d00', '#8e44ad'];
  function bars(target, legend, items, keyName, series) {
    series.forEach((s, k) => legend.append(el('span', {}, el('i', { style: 'background:' + colors[k] }), s)));
    items.forEach(it => {
      target.append(el('div', { textContent: it[keyName] + (it.examples !== undefined ? ' (' + it.examples + ')' : it.support !== undefined ? ' (' + it.support + ')' : '') }));
      const box = el('div');
      series.forEach((s, k) => {
        const v = it[s];
        const bar = el('div', { className: 'bar', title: s + ': ' + f3(v) });
        if (v !== null && v !== undefined) { const fill = el('span'); fill.style.width = (v * 100) + '%'; fill.style.background = colors[k]; fill.style.opacity = .85; bar.append(fill); }
        bar.append(el('b', { textContent: f3(v) }));
        box.append(bar);
        box.style.display = 'grid'; box.style.gap = '2px';
      });
      target.append(box);
    });
  }
  bars($('langBars'), $('langLegend'), D.languages, 'lang', ['accuracy', 'language_accuracy', 'urgent_recall']);
  bars($('intentBars'), $('intentLegend'), D.intents, 'intent', ['precision', 'recall', 'f1']);
  // Mistakes with filters
  function fill(sel, values) { sel.append(el('option', { value: '', textContent: 'all' })); values.forEach(v => sel.append(el('option', { value: v, textContent: v }))); }
  fill($('fLang'), [...new Set(D.mistakes.map(m => m.lang))].sort());
  fill($('fGold'), labels); fill($('fPred'), labels);
  function render() {
    const L = $('fLang').value, G = $('fGold').value, P = $('fPred').value, T = $('fText').value.toLowerCase();
    const body = $('mbody'); body.textContent = '';
    let shown = 0;
    for (const m of D.mistakes) {
      if (L && m.lang !== L) continue;
      if (G && m.gold[0] !== G) continue;
      if (P && m.predicted[0] !== P) continue;
      if (T && !(m.text.toLowerCase().includes(T) || m.id.toLowerCase().includes(T))) continue;
      shown++;
      const ev = el('td');
      m.evidence.forEach(e => ev.append(el('span', { className: 'chip' + (e.negated ? ' neg' : ''), textContent: (e.intent || 'cue') + ': ' + e.match + ' [' + e.lang + ']', title: 'entry: ' + e.entry + (e.negated ? ' (negated)' : '') })));
      if (!m.evidence.length) ev.append(el('span', { className: 'muted', textContent: 'no evidence' }));
      const gold = el('td'); m.gold.forEach(g => gold.append(el('span', { className: 'chip gold', textContent: g })));
      const pred = el('td'); m.predicted.forEach(p => pred.append(el('span', { className: 'chip pred', textContent: p })));
      pred.append(el('div', { className: 'muted', textContent: 'lang ' + m.language + ', conf ' + m.confidence.toFixed(2) + (m.needs_human ? ', needs human' : '') }));
      body.append(el('tr', {}, el('td', { textContent: m.id, title: m.file + ':' + m.line }), el('td', { textContent: m.lang }),
        el('td', { className: 'text', textContent: m.text, dir: 'auto' }), gold, pred, ev));
    }
    $('mcount').textContent = '(' + shown + ' of ' + D.mistakes.length + ')';
  }
  ['fLang', 'fGold', 'fPred', 'fText'].forEach(id => $(id).addEventListener('input', render));
  render();
  $('perf').textContent = D.performance + '. Intervals: ' + D.bootstrap + '.';
})();
</script>
</body>
</html>
"""#
}
