#!/usr/bin/env python3
"""Writes a large labelled corpus for timing `parlance eval`: the development corpus repeated
until it has N lines, each copy's ids suffixed so that they stay unique.

    Tools/bigcorpus.py 100000 /tmp/corpus100k.jsonl
    PARLANCE_TIMING=1 swift run -c release parlance eval /tmp/corpus100k.jsonl --format json -o /tmp/r.json
"""
import glob
import json
import os
import sys


def main() -> int:
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        print(__doc__.strip(), file=sys.stderr)
        return 2
    n, out = int(sys.argv[1]), sys.argv[2]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Corpus", "dev")
    lines = []
    for path in sorted(glob.glob(os.path.join(root, "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            lines += [json.loads(line) for line in f if line.strip()]
    if not lines:
        print(f"no corpus lines under {root}", file=sys.stderr)
        return 1
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            record = dict(lines[i % len(lines)])
            record["id"] = f"{record['id']}#{i // len(lines)}"
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
