#!/usr/bin/env python3
"""Build messages_t.jsonl (held-out single messages, writer T).

The rows are hand-written in rows_msg_hans.py, rows_msg_hant.py and
rows_msg_en.py; obfuscation that is mechanical (zero-width, full-width,
Cyrillic look-alikes, separators, spacing) is applied by obf.py. The row order
is shuffled with a fixed seed so that an id says nothing about the label.
Output is byte-for-byte reproducible: python3 gen_messages_t.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rows_msg_hans, rows_msg_hant, rows_msg_en  # noqa: E402

SEED = 20260511
LABEL = {"C": "csam_trading", "S": "solicitation", "X": "sextortion", "H": None, "B": None}


def collect():
    rows = []

    def R(lang, cls, obf, text, notes):
        rows.append({"lang": lang, "cls": cls, "obf": list(obf), "text": text, "notes": notes})

    for mod in (rows_msg_hans, rows_msg_hant, rows_msg_en):
        mod.rows(R)
    return rows


def build():
    rows = collect()
    rng = random.Random(SEED)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        lab = LABEL[r["cls"]]
        hn = r["cls"] == "H"
        notes = r["notes"]
        out.append({
            "id": "HT-M-%03d" % i,
            "lang": r["lang"],
            "text": r["text"],
            "labels": [lab] if lab else [],
            "obfuscation": sorted(r["obf"]),
            "hard_negative": hn,
            "notes": notes,
        })
    return out


def main():
    out = build()
    path = os.path.join(HERE, "messages_t.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
    print("wrote %d rows to %s" % (len(out), path))


if __name__ == "__main__":
    main()
