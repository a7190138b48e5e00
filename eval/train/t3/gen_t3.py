#!/usr/bin/env python3
"""Build messages_t3.jsonl from the hand-written row files (rows_*.txt).

Row format: label|lang|obfuscation|text
  label: c=csam_trading s=solicitation x=sextortion (may be combined, e.g. c+s),
         b=benign hard negative, n=benign plain
  lang:  e=en s=zh-Hans t=zh-Hant
  obfuscation: comma list of FORMATS.md families, or empty
  text:  "{z}" is replaced by U+200B (zero_width rows).
All texts are synthetic, written by hand for Vigil training (set T3).
Rows are shuffled with a fixed seed and numbered T3-001.. .
"""
import json, random, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["rows_risky_en.txt", "rows_risky_zh.txt", "rows_benign_en.txt", "rows_benign_zh.txt"]
LAB = {"c": "csam_trading", "s": "solicitation", "x": "sextortion"}
LANG = {"e": "en", "s": "zh-Hans", "t": "zh-Hant"}
OBF = {"homophone", "pinyin", "separator", "confusable", "fullwidth", "leetspeak", "emoji",
       "split_char", "traditional", "zero_width", "spacing"}

def load():
    rows = []
    for fn in FILES:
        for ln, line in enumerate(open(os.path.join(HERE, fn), encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            lab, lang, obf, text = line.split("|", 3)
            text = text.strip().replace("{z}", "\u200b")
            obfs = [o for o in obf.split(",") if o]
            assert all(o in OBF for o in obfs), (fn, ln, obfs)
            if lab in ("b", "n"):
                labels, hn = [], lab == "b"
            else:
                labels, hn = sorted(LAB[c] for c in lab.split("+")), False
            if "zero_width" in obfs:
                assert "\u200b" in text, (fn, ln)
            rows.append({"lang": LANG[lang], "text": text, "labels": labels,
                         "hard_negative": hn, "obfuscation": obfs, "_src": f"{fn}:{ln}"})
    return rows

def main():
    rows = load()
    random.Random(20261121).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        r.pop("_src")
        out.append({"id": f"T3-{i:03d}", **r})
    with open(os.path.join(HERE, "messages_t3.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "rows written")

if __name__ == "__main__":
    main()
