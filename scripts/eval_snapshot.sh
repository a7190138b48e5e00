#!/bin/bash
# Usage: scripts/eval_snapshot.sh VIGIL_BINARY OUTDIR
# Runs every labelled eval (dev and held-out sets) and two scans, writing each output to OUTDIR,
# so that a change meant to keep outputs identical can be checked with `diff -r OLD NEW`.
set -u
B=$1
O=$2
mkdir -p "$O"
S=../shared/testdata
H=eval/heldout
"$B" eval messages --data $S/messages/dev.jsonl >"$O/msg_dev.txt" 2>&1
for f in $H/messages_a.jsonl $H/messages_b.jsonl $H/[c-z]/*.jsonl; do
  "$B" eval messages --data "$f" >"$O/msg_$(basename "$f").txt" 2>&1
done
"$B" eval pii --data $S/pii/dev.jsonl >"$O/pii_dev.txt" 2>&1
"$B" eval conversations --events $S/conversations/dev.events.jsonl \
  --labels $S/conversations/dev.labels.jsonl >"$O/conv_dev.txt" 2>&1
for d in $H/conv_*; do
  "$B" eval conversations --events "$d/heldout.events.jsonl" \
    --labels "$d/heldout.labels.jsonl" >"$O/$(basename "$d").txt" 2>&1
done
"$B" scan $S/conversations/dev.events.jsonl -o "$O/scan_conv.jsonl" >/dev/null 2>&1
"$B" scan $S/messages/dev.jsonl -o "$O/scan_msgs.jsonl" >/dev/null 2>&1
"$B" scan samples/events.jsonl --lists samples/known.txt -o "$O/scan_samples.jsonl" >/dev/null 2>&1
echo "wrote $(ls "$O" | wc -l) files to $O"
