#!/usr/bin/env python3
"""Build messages_t8.jsonl from the hand-written row files (T8 training writer).

Row files: one message per line, "lang|field2|text".
  lang: s = zh-Hans, t = zh-Hant, e = en
  risky files (rows_csam/sol/sext.txt): field2 = comma-separated obfuscation tags
  benign files (rows_benign_*.txt): field2 = "h" (hard negative) or "p" (plain),
      optionally "h:tag1,tag2" for obfuscation tags
Markers in text: {zw} -> U+200B zero-width space; [[fw:abc]] -> fullwidth abc.
All text is synthetic and written by hand; the script only assigns ids, shuffles, validates.
"""
import json, random, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = {"s": "zh-Hans", "t": "zh-Hant", "e": "en"}
OBF = {"homophone", "pinyin", "separator", "confusable", "fullwidth", "leetspeak", "emoji",
       "split_char", "traditional", "zero_width", "spacing"}
FILES = [("rows_csam.txt", ["csam_trading"]), ("rows_sol.txt", ["solicitation"]),
         ("rows_sext.txt", ["sextortion"]), ("rows_benign_zh.txt", []), ("rows_benign_en.txt", [])]


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else ("\u3000" if c == " " else c) for c in s)


def render(text):
    text = text.replace("{zw}", "\u200b")
    return re.sub(r"\[\[fw:(.*?)\]\]", lambda m: fullwidth(m.group(1)), text)


def main():
    rows = []
    for fname, labels in FILES:
        with open(os.path.join(HERE, fname), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                lang, f2, text = line.split("|", 2)
                if labels:
                    hard, obf = False, [t for t in f2.split(",") if t]
                else:
                    kind, _, tags = f2.partition(":")
                    assert kind in ("h", "p"), (fname, ln)
                    hard, obf = kind == "h", [t for t in tags.split(",") if t]
                assert lang in LANG, (fname, ln)
                assert set(obf) <= OBF, (fname, ln, obf)
                rows.append({"lang": LANG[lang], "text": render(text), "labels": list(labels),
                             "hard_negative": hard, "obfuscation": obf,
                             "notes": "T8 synthetic; %s:%d" % (fname, ln)})
    random.Random(20261121).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "T8-%03d" % i, **r})
    # validation
    seen = set()
    for r in out:
        b = len(r["text"].encode("utf-8"))
        assert 10 <= b <= 300, (r["id"], b, r["notes"])
        assert r["text"] not in seen, ("duplicate", r["notes"])
        seen.add(r["text"])
        assert not (r["labels"] and r["hard_negative"])
        if "zero_width" in r["obfuscation"]:
            assert "\u200b" in r["text"]
        if "confusable" in r["obfuscation"]:
            assert any(ord(c) > 127 and c.isalpha() for c in r["text"]), r["notes"]
        if "fullwidth" in r["obfuscation"]:
            assert any(0xFF01 <= ord(c) <= 0xFF5E for c in r["text"])
    with open(os.path.join(HERE, "messages_t8.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "rows written")


if __name__ == "__main__":
    main()
