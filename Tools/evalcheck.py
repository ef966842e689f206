#!/usr/bin/env python3
"""Independent check of a `parlance eval --format json` report.

Usage:
    Tools/evalcheck.py REPORT.json CORPUS_FILES...

Reads the gold labels from the corpus files itself (JSON Lines; .csv and .tsv with
`|`-joined lists work too), takes only the classifier's answers from the report's
`predictions` array (id -> intent, intents, language), recomputes every figure from
scratch and compares it with the figure the report states:

    examples, accuracy, macro_f1, per_intent (precision, recall, f1, support, predicted),
    per_language (examples, accuracy, macro_f1, and the safety and language figures when
    present), confusion, language_accuracy, urgent_recall, urgent_false_alarm_rate,
    opt_out_recall, and the example counts behind them.

Definitions (shared/spec/cli.md and the doc comments of Sources/ParlanceEval/Metrics.swift):

- accuracy: the predicted primary intent equals the gold primary intent.
- per intent, over primary labels: precision = tp / predicted, recall = tp / support,
  F1 their harmonic mean; 0 when the denominator is 0. Listed for every label that is
  gold or predicted at least once.
- macro_f1: mean F1 over the labels that occur as gold primary intents (a label that is
  only ever predicted does not count). null when there are no examples.
- confusion: gold primary label -> predicted primary label -> count.
- language_accuracy: over examples whose gold `lang` is not `und`; a predicted tag counts
  when equal (case-insensitively) or when it is a leading part of the gold tag (`es` for
  `es-MX`), except that a Chinese script (`Hans`/`Hant`) must not be left out or differ.
- urgent_recall: over examples with `urgent` as primary or further gold intent; a hit is
  `urgent` anywhere among the predicted intents.
- urgent_false_alarm_rate: over examples without gold `urgent`, the share predicted `urgent`.
- opt_out_recall: as urgent_recall, for `opt_out`.
- A figure with nothing to measure is null.

Numbers agree when within 1e-6 (the report rounds to 6 decimals). Prints one line per
disagreement and `OK: N figures agree` when there is none. Exit status: 0 all agree,
1 some figure disagrees, 2 the input could not be read.

Shares no code with the Swift implementation on purpose: it is a second opinion.
"""

import csv
import io
import json
import math
import os
import sys
from collections import Counter, defaultdict

TOLERANCE = 1e-6 + 1e-9
LABELS = ["confirm", "cancel", "reschedule", "late", "symptom", "urgent",
          "opt_out", "opt_in", "help", "other"]
CHINESE_SCRIPTS = ("hans", "hant")


class InputError(Exception):
    pass


# ---------------------------------------------------------------- reading gold

def read_gold(paths):
    """Returns a list of dicts id, lang, intent, also (a list), in corpus order."""
    gold = []
    for path in paths:
        ext = os.path.splitext(path)[1].lower()
        if ext == ".jsonl":
            gold += read_jsonl(path)
        elif ext in (".csv", ".tsv"):
            gold += read_delimited(path, "," if ext == ".csv" else "\t")
        else:
            raise InputError(f"{path}: not a corpus file (.jsonl, .csv or .tsv)")
    seen = {}
    for g in gold:
        if g["id"] in seen:
            raise InputError(f"{g['where']}: id {g['id']!r} already used at {seen[g['id']]}")
        seen[g["id"]] = g["where"]
    return gold


def check_labels(where, intent, also):
    for label in [intent] + list(also):
        if label not in LABELS:
            raise InputError(f"{where}: unknown intent {label!r}")


def read_jsonl(path):
    out = []
    try:
        with open(path, "rb") as f:
            raw_lines = f.read().split(b"\n")
    except OSError as e:
        raise InputError(f"{path}: {e.strerror}")
    if raw_lines and raw_lines[-1] == b"":
        raw_lines.pop()
    for number, raw in enumerate(raw_lines, start=1):
        where = f"{path}:{number}"
        try:
            text = raw.decode("utf-8").rstrip("\r")
        except UnicodeDecodeError:
            raise InputError(f"{where}: not UTF-8")
        if not text.strip():
            raise InputError(f"{where}: blank line")
        try:
            obj = json.loads(text)
        except ValueError as e:
            raise InputError(f"{where}: invalid JSON ({e})")
        if not isinstance(obj, dict):
            raise InputError(f"{where}: not a JSON object")
        for field in ("id", "text", "lang", "intent"):
            if not isinstance(obj.get(field), str):
                raise InputError(f"{where}: {field!r} missing or not a string")
        also = obj.get("also") or []
        if not isinstance(also, list):
            raise InputError(f"{where}: 'also' is not a list")
        check_labels(where, obj["intent"], also)
        out.append({"id": obj["id"], "lang": obj["lang"], "intent": obj["intent"],
                    "also": also, "where": where})
    return out


def read_delimited(path, sep):
    out = []
    try:
        with open(path, "r", encoding="utf-8-sig", newline="") as f:
            content = f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: {e}")
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=sep)
    rows = list(reader)
    if not rows:
        raise InputError(f"{path}: empty")
    header = [h.strip().lower() for h in rows[0]]
    for field in ("id", "text", "lang", "intent"):
        if field not in header:
            raise InputError(f"{path}: no {field!r} column")
    col = {name: i for i, name in enumerate(header)}
    for n, row in enumerate(rows[1:], start=2):
        where = f"{path}: record {n}"
        if len(row) != len(header):
            raise InputError(f"{where}: {len(row)} fields, header has {len(header)}")
        also = [a.strip() for a in row[col["also"]].split("|") if a.strip()] if "also" in col else []
        check_labels(where, row[col["intent"]], also)
        out.append({"id": row[col["id"]], "lang": row[col["lang"]], "intent": row[col["intent"]],
                    "also": also, "where": where})
    return out


# ----------------------------------------------------------------- recomputing

def share(hits, total):
    return None if total == 0 else hits / total


def language_matches(gold_tag, predicted_tag):
    g = gold_tag.lower().split("-")
    p = predicted_tag.lower().split("-")
    if g == p:
        return True
    if p == ["und"] or len(p) >= len(g) or g[:len(p)] != p:
        return False
    return g[len(p)] not in CHINESE_SCRIPTS


def scores(pairs):
    """Figures over a list of (gold, prediction) pairs."""
    n = len(pairs)
    confusion = defaultdict(Counter)
    for g, p in pairs:
        confusion[g["intent"]][p["intent"]] += 1
    support = Counter(g["intent"] for g, _ in pairs)
    predicted = Counter(p["intent"] for _, p in pairs)
    per_intent = {}
    for label in set(support) | set(predicted):
        tp = confusion[label][label]
        precision = tp / predicted[label] if predicted[label] else 0.0
        recall = tp / support[label] if support[label] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_intent[label] = {"precision": precision, "recall": recall, "f1": f1,
                             "support": support[label], "predicted": predicted[label]}
    gold_labels = [label for label in support if support[label] > 0]
    macro = sum(per_intent[l]["f1"] for l in gold_labels) / len(gold_labels) if gold_labels else None

    def found(p, label):
        return label == p["intent"] or label in p["intents"]

    def has(g, label):
        return label == g["intent"] or label in g["also"]

    known = [(g, p) for g, p in pairs if g["lang"].lower() != "und"]
    urgent = [(g, p) for g, p in pairs if has(g, "urgent")]
    calm = [(g, p) for g, p in pairs if not has(g, "urgent")]
    opt_out = [(g, p) for g, p in pairs if has(g, "opt_out")]
    return {
        "examples": n,
        "accuracy": share(sum(g["intent"] == p["intent"] for g, p in pairs), n),
        "macro_f1": macro,
        "per_intent": per_intent,
        "confusion": {g: dict(row) for g, row in confusion.items()},
        "language_accuracy": share(sum(language_matches(g["lang"], p["language"]) for g, p in known), len(known)),
        "language_examples": len(known),
        "urgent_recall": share(sum(found(p, "urgent") for _, p in urgent), len(urgent)),
        "urgent_examples": len(urgent),
        "urgent_false_alarm_rate": share(sum(found(p, "urgent") for _, p in calm), len(calm)),
        "opt_out_recall": share(sum(found(p, "opt_out") for _, p in opt_out), len(opt_out)),
        "opt_out_examples": len(opt_out),
    }


# ------------------------------------------------------------------ comparing

class Checker:
    def __init__(self):
        self.agreed = 0
        self.problems = []

    def same(self, name, stated, computed):
        """Compares one figure; numbers within tolerance, null only with null."""
        if stated is None or computed is None:
            ok = stated is None and computed is None
        elif isinstance(stated, bool) or isinstance(computed, bool):
            ok = stated == computed
        elif isinstance(stated, (int, float)) and isinstance(computed, (int, float)):
            ok = math.isfinite(stated) and abs(stated - computed) <= TOLERANCE
        else:
            ok = stated == computed
        if ok:
            self.agreed += 1
        else:
            self.problems.append(f"MISMATCH {name}: report says {show(stated)}, recomputed {show(computed)}")

    def note(self, line):
        self.problems.append(line)


def show(v):
    if v is None:
        return "null"
    if isinstance(v, float):
        return f"{v:.6f}"
    return repr(v)



def compare_slice(check, prefix, stated, computed, fields, required):
    for field in fields:
        if field not in stated:
            if field in required:
                check.note(f"MISSING {prefix}{field}: the report lacks it")
            continue
        check.same(prefix + field, stated[field], computed[field])


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    report_path, corpus_paths = argv[1], argv[2:]
    try:
        with open(report_path, "rb") as f:
            report = json.loads(f.read().decode("utf-8"))
        if not isinstance(report, dict) or not isinstance(report.get("predictions"), list):
            raise InputError(f"{report_path}: not a parlance eval JSON report (no 'predictions')")
        gold = read_gold(corpus_paths)
    except InputError as e:
        print(f"evalcheck: {e}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as e:
        print(f"evalcheck: {report_path}: {e}", file=sys.stderr)
        return 2

    check = Checker()
    predictions = {}
    for k, p in enumerate(report["predictions"], start=1):
        if not isinstance(p, dict) or not isinstance(p.get("id"), str) or p.get("intent") not in LABELS:
            check.note(f"BAD prediction {k}: needs an id and a known intent")
            continue
        if p["id"] in predictions:
            check.note(f"DUPLICATE prediction for {p['id']}")
        intents = p.get("intents") or []
        predictions[p["id"]] = {"intent": p["intent"], "intents": list(intents),
                                "language": p.get("language") or "und", "raw": p}

    gold_ids = {g["id"] for g in gold}
    unscored = [g["id"] for g in gold if g["id"] not in predictions]
    extra = [i for i in predictions if i not in gold_ids]
    for i in unscored[:20]:
        check.note(f"UNSCORED {i}: in the corpus, not in the report's predictions")
    for i in extra[:20]:
        check.note(f"EXTRA {i}: in the report's predictions, not in the corpus")
    if len(unscored) > 20 or len(extra) > 20:
        check.note(f"... {len(unscored)} unscored and {len(extra)} extra in all")

    pairs = [(g, predictions[g["id"]]) for g in gold if g["id"] in predictions]
    # The report echoes gold labels; they must be what the corpus says.
    for g, p in pairs:
        raw = p["raw"]
        if "gold" in raw and raw["gold"] != g["intent"]:
            check.note(f"GOLD {g['id']}: report has gold {raw['gold']!r}, corpus has {g['intent']!r}")
        if "lang" in raw and raw["lang"] != g["lang"]:
            check.note(f"GOLD {g['id']}: report has lang {raw['lang']!r}, corpus has {g['lang']!r}")
        if "also" in raw and sorted(raw["also"]) != sorted(g["also"]):
            check.note(f"GOLD {g['id']}: report has also {raw['also']!r}, corpus has {g['also']!r}")

    overall = scores(pairs)
    headline = ["examples", "accuracy", "macro_f1", "language_accuracy", "urgent_recall",
                "urgent_false_alarm_rate", "opt_out_recall"]
    counts = ["language_examples", "urgent_examples", "opt_out_examples"]
    compare_slice(check, "", report, overall, headline + counts, required=headline)

    # Per intent: the same labels, and the same four (five) figures each.
    stated = report.get("per_intent")
    if not isinstance(stated, dict):
        check.note("MISSING per_intent")
    else:
        for label in sorted(set(stated) | set(overall["per_intent"])):
            if label not in stated:
                check.note(f"MISSING per_intent.{label}: recomputed {overall['per_intent'][label]}")
            elif label not in overall["per_intent"]:
                check.note(f"EXTRA per_intent.{label}: neither gold nor predicted")
            else:
                compare_slice(check, f"per_intent.{label}.", stated[label], overall["per_intent"][label],
                              ["precision", "recall", "f1", "support", "predicted"],
                              required=["precision", "recall", "f1", "support"])

    # Per language, by gold tag.
    by_lang = defaultdict(list)
    for g, p in pairs:
        by_lang[g["lang"]].append((g, p))
    stated = report.get("per_language")
    if not isinstance(stated, dict):
        check.note("MISSING per_language")
    else:
        for tag in sorted(set(stated) | set(by_lang)):
            if tag not in stated:
                check.note(f"MISSING per_language.{tag}")
            elif tag not in by_lang:
                check.note(f"EXTRA per_language.{tag}: no gold reply in that language")
            else:
                compare_slice(check, f"per_language.{tag}.", stated[tag], scores(by_lang[tag]),
                              ["examples", "accuracy", "macro_f1"] + headline[3:] + counts,
                              required=["examples", "accuracy", "macro_f1"])

    # Confusion: every cell, absent counting as 0.
    stated = report.get("confusion")
    if not isinstance(stated, dict):
        check.note("MISSING confusion")
    else:
        computed = overall["confusion"]
        for g in sorted(set(stated) | set(computed)):
            row_stated, row_computed = stated.get(g, {}), computed.get(g, {})
            for p in sorted(set(row_stated) | set(row_computed)):
                check.same(f"confusion.{g}.{p}", row_stated.get(p, 0), row_computed.get(p, 0))

    for line in check.problems:
        print(line)
    if check.problems:
        print(f"FAIL: {len(check.problems)} problems; {check.agreed} figures agree")
        return 1
    print(f"OK: {check.agreed} figures agree ({len(pairs)} replies from {len(corpus_paths)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
