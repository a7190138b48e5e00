#!/usr/bin/env python3
"""Build messages_t5.jsonl (Vigil training set T5) from the hand-written row files.

Row files (rows_*.txt):
  ## label=<solicitation|csam_trading|sextortion|benign> lang=<en|zh-Hans|zh-Hant> [hn=0|1] note=<text>
  <text> [|| tag,tag]
Inline markup applies a mechanical obfuscation to a span and adds its tag:
  [[zw:..]] zero-width spaces between characters   [[fw:..]] full-width ASCII
  [[cf:..]] Cyrillic look-alike letters             [[sep:..]] separator between characters
  [[sp:..]] spaces between characters
Deterministic: fixed seed for shuffling and id assignment.
"""
import glob, json, os, random, re, sys, hashlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "messages_t5.jsonl")
LABELS = {"solicitation", "csam_trading", "sextortion"}
TAGS = {"homophone", "pinyin", "separator", "confusable", "fullwidth", "leetspeak", "emoji",
        "split_char", "traditional", "zero_width", "spacing"}
CONF = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і",
        "A": "А", "E": "Е", "O": "О", "C": "С", "P": "Р", "H": "Н", "K": "К", "T": "Т"}
SEPS = [".", "*", "/", "-", "丨", "_"]
MARK = re.compile(r"\[\[(zw|fw|cf|sep|sp):(.+?)\]\]")
MTAG = {"zw": "zero_width", "fw": "fullwidth", "cf": "confusable", "sep": "separator", "sp": "spacing"}


def stable(s):
    return int(hashlib.sha1(s.encode()).hexdigest(), 16)


def apply(kind, s):
    if kind == "zw":
        return "\u200b".join(s) if len(s) > 1 else s + "\u200b"
    if kind == "fw":
        return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)
    if kind == "cf":
        return "".join(CONF.get(c, c) for c in s)
    if kind == "sep":
        sep = SEPS[stable(s) % len(SEPS)]
        return sep.join(c for c in s if c != " ") if len(s.replace(" ", "")) > 1 else s + sep
    if kind == "sp":
        return " ".join(c for c in s if c != " ")
    raise ValueError(kind)


def parse():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "rows_*.txt"))):
        hdr = None
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("## "):
                m = re.match(r"## label=(\S+) lang=(\S+)(?: hn=(\d))? note=(.*)$", line)
                assert m, (path, n, line)
                hdr = dict(label=m.group(1), lang=m.group(2), hn=m.group(3) == "1", note=m.group(4).strip())
                continue
            assert hdr, (path, n)
            text, _, tags = line.partition(" || ")
            tags = [t.strip() for t in tags.split(",") if t.strip()]
            for m in MARK.finditer(text):
                tags.append(MTAG[m.group(1)])
            text = MARK.sub(lambda m: apply(m.group(1), m.group(2)), text).strip()
            seen = []
            for t in tags:
                assert t in TAGS, (path, n, t)
                if t not in seen:
                    seen.append(t)
            labels = [] if hdr["label"] == "benign" else [hdr["label"]]
            rows.append(dict(lang=hdr["lang"], text=text, labels=labels,
                             hard_negative=bool(hdr["hn"]) and not labels,
                             obfuscation=seen, notes=hdr["note"], _src=f"{os.path.basename(path)}:{n}"))
    return rows


def main():
    rows = parse()
    random.Random(20261121).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            r.pop("_src")
            rec = {"id": f"T5-{i:03d}", "lang": r["lang"], "text": r["text"], "labels": r["labels"],
                   "hard_negative": r["hard_negative"], "obfuscation": r["obfuscation"], "notes": r["notes"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
