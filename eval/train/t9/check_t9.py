#!/usr/bin/env python3
"""Extra checks for messages_t9.jsonl: byte lengths, script consistency (OpenCC tables), near-duplicates."""
import json, os, subprocess, sys, tempfile, collections, difflib
HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, 'messages_t9.jsonl'), encoding='utf-8')]
bad = 0
for r in rows:
    n = len(r['text'].encode('utf-8'))
    if not 10 <= n <= 300:
        print('LEN', r['id'], n, r['text']); bad += 1
def table(name):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, 't.txt')
        subprocess.run(['opencc_dict', '-i', f'/usr/share/opencc/{name}.ocd2', '-o', out, '-f', 'ocd2', '-t', 'text'], check=True)
        m = {}
        for line in open(out, encoding='utf-8'):
            k, v = line.rstrip('\n').split('\t')
            m[k] = v.split(' ')
        return m
st, ts = table('STCharacters'), table('TSCharacters')
simp_only = {k for k, v in st.items() if k not in v and k not in ts}
trad_only = {k for k, v in ts.items() if k not in v and k not in st}
allow = set('群晒')
for r in rows:
    t = r['text']
    if r['lang'] == 'zh-Hans' and 'traditional' not in r['obfuscation']:
        x = [c for c in t if c in trad_only and c not in allow]
        if x: print('TRAD-in-Hans', r['id'], ''.join(x), t); bad += 1
    if r['lang'] == 'zh-Hant':
        x = [c for c in t if c in simp_only and c not in allow]
        if x: print('SIMP-in-Hant', r['id'], ''.join(x), t); bad += 1
    if r['lang'] == 'zh-Hans' and 'traditional' in r['obfuscation']:
        if not any(c in trad_only for c in t): print('TRAD tag without trad chars', r['id'])
# near duplicates
texts = [(r['id'], r['text']) for r in rows]
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        a, b = texts[i][1], texts[j][1]
        if abs(len(a) - len(b)) > 20: continue
        s = difflib.SequenceMatcher(None, a, b).ratio()
        if s > 0.7: print('NEAR-DUP %.2f' % s, texts[i][0], texts[j][0], a, '|', b)
print('bad', bad)
