#!/usr/bin/env python3
"""Validate heldout.events.jsonl / heldout.labels.jsonl of set J against FORMATS.md (conversations)."""
import json, os, collections, datetime
H = os.path.dirname(os.path.abspath(__file__))
ev = [json.loads(l) for l in open(os.path.join(H, "heldout.events.jsonl"), encoding="utf-8")]
lb = [json.loads(l) for l in open(os.path.join(H, "heldout.labels.jsonl"), encoding="utf-8")]
EK = {"id", "conversation", "ts", "sender", "recipient", "text"}
LK = {"conversation", "lang", "label", "first_flag", "offender", "hard_negative", "notes"}
ids = [e["id"] for e in ev]
assert len(ids) == len(set(ids)), "duplicate event ids"
by = collections.defaultdict(list)
for e in ev:
    assert set(e) == EK, e
    assert all(isinstance(e[k], str) and e[k] for k in EK), e
    assert e["id"].startswith(e["conversation"] + "-")
    assert e["sender"] != e["recipient"]
    by[e["conversation"]].append(e)
convs = [l["conversation"] for l in lb]
assert len(convs) == len(set(convs)) and set(convs) == set(by)
for l in lb:
    assert set(l) == LK, l
    assert l["lang"] in ("en", "zh-Hans", "zh-Hant")
    assert l["label"] in ("grooming", "sextortion", "benign")
    assert l["conversation"].startswith("J-EN-" if l["lang"] == "en" else "J-ZH-")
    msgs = by[l["conversation"]]
    assert 12 <= len(msgs) <= 80
    ts = [datetime.datetime.strptime(m["ts"], "%Y-%m-%dT%H:%M:%SZ") for m in msgs]
    assert all(a < b for a, b in zip(ts, ts[1:])), l["conversation"]
    if l["label"] == "benign":
        assert l["first_flag"] is None and l["offender"] is None
    else:
        assert l["hard_negative"] is False
        ff = [m for m in msgs if m["id"] == l["first_flag"]]
        assert ff, l
        assert l["offender"] in {m["sender"] for m in msgs}
        # the flagged message is sent by the offender
        assert ff[0]["sender"] == l["offender"], l["conversation"]
c = collections.Counter((l["lang"], l["label"], l["hard_negative"]) for l in lb)
for k in sorted(c): print(k, c[k])
print("OK:", len(lb), "conversations,", len(ev), "events")
