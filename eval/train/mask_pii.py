#!/usr/bin/env python3
"""Masks a labelled PII set (../shared/testdata/FORMATS.md, "pii") for
training the doxing category of the n-gram model (data/model/README.md).

Every digit of every run of 5 or more digits (and of every annotated
entity), and every run of 7 or more Chinese numerals, becomes 0 / 零, so no
number in the output can reach a person. The model folds every digit to one
feature, so masking digits does not change what it learns. Output rows keep
only id, lang, text and doxing (no entity spans).

    python3 eval/train/mask_pii.py IN.jsonl > OUT.jsonl
"""
import json
import re
import sys

DIGIT_RUN = re.compile(r"(?:[0-9０-９][ \-.\u3000]?){5,}")
HAN_NUM_RUN = re.compile(r"[〇一二三四五六七八九零壹贰叁肆伍陆柒捌玖两幺 ]{7,}")


def zero_digits(s):
    return "".join("0" if c.isdigit() else c for c in s)


def mask(text, entities):
    b = bytearray(text.encode("utf-8"))
    for e in entities:  # byte spans; ASCII and full-width digits keep their length
        part = bytes(b[e["start"]:e["end"]])
        part = re.sub(rb"[0-9]", b"0", part)
        part = re.sub(rb"\xef\xbc[\x90-\x99]", "０".encode("utf-8"), part)
        b[e["start"]:e["end"]] = part
    t = b.decode("utf-8")
    t = DIGIT_RUN.sub(lambda m: zero_digits(m.group(0)), t)
    t = HAN_NUM_RUN.sub(lambda m: "".join(" " if c == " " else "零" for c in m.group(0)), t)
    return t


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            if not isinstance(r.get("doxing"), bool) or not isinstance(r.get("text"), str):
                sys.exit(f"{sys.argv[1]}:{n}: expected string text and boolean doxing")
            out = {"id": r["id"], "lang": r.get("lang", ""), "text": mask(r["text"], r.get("entities", [])),
                   "doxing": r["doxing"]}
            print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
