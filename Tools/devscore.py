#!/usr/bin/env python3
"""Score `parlance classify --jsonl` on labelled corpus files (a quick, independent check).

Usage: Tools/devscore.py [--errors] [--binary PATH] Corpus/dev/*.jsonl
Prints accuracy, urgent recall and false alarms, opt-out recall and language accuracy, overall
and per language. It shares no code with the Swift classifier.
"""
import json, subprocess, sys, collections

def main():
    args = sys.argv[1:]
    show = "--errors" in args
    binary = ".build/release/parlance"
    if "--binary" in args:
        i = args.index("--binary"); binary = args[i + 1]; del args[i:i + 2]
    files = [a for a in args if not a.startswith("--")]
    gold = []
    for f in files:
        for n, line in enumerate(open(f, encoding="utf-8"), 1):
            if line.strip():
                g = json.loads(line); g["_file"] = f; g["_line"] = n; gold.append(g)
    data = "\n".join(json.dumps(g, ensure_ascii=False) for g in gold) + "\n"
    out = subprocess.run([binary, "classify", "--jsonl"], input=data.encode(), capture_output=True)
    preds = [json.loads(l) for l in out.stdout.decode().splitlines()]
    assert len(preds) == len(gold), (len(preds), len(gold), out.stderr.decode()[:500])
    by = collections.defaultdict(lambda: collections.Counter())
    errors = []
    for g, p in zip(gold, preds):
        lang = g["lang"] if g["lang"] != "und" else g["id"].split("-")[0] + ("-" + g["id"].split("-")[1] if g["id"].startswith("zh-") else "")
        for key in ("all", lang):
            c = by[key]
            c["n"] += 1
            c["ok"] += p["intent"] == g["intent"]
            gold_urgent = g["intent"] == "urgent" or "urgent" in g.get("also", [])
            if gold_urgent:
                c["urg"] += 1; c["urg_hit"] += "urgent" in p["intents"]
            else:
                c["nonurg"] += 1; c["false_alarm"] += "urgent" in p["intents"]
            if g["intent"] == "opt_out":
                c["oo"] += 1; c["oo_hit"] += p["intent"] == "opt_out"
            if g["lang"] != "und":
                c["lang_n"] += 1; c["lang_ok"] += p["language"] == g["lang"]
        if p["intent"] != g["intent"] or (show == "lang" and p["language"] != g["lang"]):
            errors.append((g, p))
    def pct(a, b): return f"{a / b:.3f}" if b else "  -  "
    print(f"{'lang':8} {'n':>5} {'acc':>6} {'urgR':>6} {'urgFA':>6} {'optR':>6} {'langAcc':>7}")
    for k in ["all"] + sorted(k for k in by if k != "all"):
        c = by[k]
        print(f"{k:8} {c['n']:5} {pct(c['ok'], c['n']):>6} {pct(c['urg_hit'], c['urg']):>6} {pct(c['false_alarm'], c['nonurg']):>6} {pct(c['oo_hit'], c['oo']):>6} {pct(c['lang_ok'], c['lang_n']):>7}")
    if show:
        for g, p in errors:
            print(f"{g['id']:22} gold={g['intent']:10} pred={p['intent']:10} lang={g['lang']}/{p['language']:7} {g['text'][:70]!r}")

main()
