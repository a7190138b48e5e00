#!/usr/bin/env python3
import json, collections, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"id", "lang", "text", "labels", "hard_negative", "obfuscation"}
ok = True; ids = set(); texts = collections.Counter(); c = collections.Counter()
for n, line in enumerate(open(os.path.join(HERE, "messages_t3.jsonl"), encoding="utf-8"), 1):
    r = json.loads(line)
    if set(r) != KEYS: print("keys", n, set(r)); ok = False
    if r["id"] in ids: print("dup id", r["id"]); ok = False
    ids.add(r["id"])
    b = len(r["text"].encode("utf-8"))
    if not 10 <= b <= 300: print("len", r["id"], b, r["text"]); ok = False
    if r["lang"] not in ("en", "zh-Hans", "zh-Hant"): print("lang", r["id"]); ok = False
    if r["labels"] and r["hard_negative"]: print("hn+label", r["id"]); ok = False
    texts[r["text"]] += 1
    c["total"] += 1; c["lang:" + r["lang"]] += 1
    c["label:" + (",".join(r["labels"]) or "benign")] += 1
    if r["hard_negative"]: c["hard_negative"] += 1
    if r["labels"]: c["risky"] += 1; c["risky_obf"] += bool(r["obfuscation"])
    for o in r["obfuscation"]: c["obf:" + o] += 1
for t, k in texts.items():
    if k > 1: print("dup text", t); ok = False
for k in sorted(c): print(f"{k}\t{c[k]}")
print("OK" if ok else "FAIL"); sys.exit(0 if ok else 1)
