#!/usr/bin/env python3
"""Build messages_t10.jsonl from the hand-written row files rows_*.txt.

Row file syntax (one message per line, '#' lines are comments):
    LANG LABEL [OBF,OBF] :: text [:: note]
LANG  : en | hs (zh-Hans) | ht (zh-Hant)
LABEL : B (benign), H (benign hard negative), C (csam_trading),
        S (solicitation), X (sextortion); combine with '+' (C+S)
OBF   : comma-separated FORMATS.md obfuscation families, or '-'
A comment line '#@ note text' sets the default note for the following rows.
Mechanical markup inside text (the only non-hand-typed transformations):
    {fw:abc}  -> full-width letters/digits
    {zw:abc}  -> zero-width space inserted between characters
    {cy:abc}  -> selected Latin letters swapped for Cyrillic look-alikes
Output order is shuffled with a fixed seed; ids T10-001.. are assigned after.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {'en': 'en', 'hs': 'zh-Hans', 'ht': 'zh-Hant'}
LAB = {'C': 'csam_trading', 'S': 'solicitation', 'X': 'sextortion'}
OBF = {'homophone', 'pinyin', 'separator', 'confusable', 'fullwidth', 'leetspeak',
       'emoji', 'split_char', 'traditional', 'zero_width', 'spacing'}
CY = {'a': '\u0430', 'e': '\u0435', 'o': '\u043e', 'p': '\u0440', 'c': '\u0441',
      'x': '\u0445', 'y': '\u0443', 'A': '\u0410', 'E': '\u0415', 'O': '\u041e',
      'P': '\u0420', 'C': '\u0421', 'K': '\u041a', 'M': '\u041c', 'H': '\u041d', 'T': '\u0422'}


def fw(s):
    return ''.join(chr(ord(c) + 0xFEE0) if ('!' < c <= '~' and c.isalnum()) else c for c in s)


def zw(s):
    return '\u200b'.join(s)


def cy(s):
    out, n = [], 0
    for c in s:
        if c in CY and n % 2 == 0:
            out.append(CY[c])
        else:
            out.append(c)
        if c in CY:
            n += 1
    return ''.join(out)


def expand(t):
    t = re.sub(r'\{fw:([^}]*)\}', lambda m: fw(m.group(1)), t)
    t = re.sub(r'\{zw:([^}]*)\}', lambda m: zw(m.group(1)), t)
    t = re.sub(r'\{cy:([^}]*)\}', lambda m: cy(m.group(1)), t)
    return t


def parse():
    rows, errs = [], []
    for path in sorted(glob.glob(os.path.join(HERE, 'rows_*.txt'))):
        note_default = ''
        for n, line in enumerate(open(path, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip():
                continue
            if line.startswith('#@'):
                note_default = line[2:].strip()
                continue
            if line.startswith('#'):
                continue
            parts = [p.strip() for p in line.split(' :: ')]
            where = f'{os.path.basename(path)}:{n}'
            if len(parts) < 2:
                errs.append(f'{where}: no " :: "')
                continue
            head = parts[0].split()
            if len(head) != 3 or head[0] not in LANGS:
                errs.append(f'{where}: bad head {parts[0]!r}')
                continue
            lang, lab, ob = head
            if lab in ('B', 'H'):
                labels = []
            else:
                try:
                    labels = [LAB[x] for x in lab.split('+')]
                except KeyError:
                    errs.append(f'{where}: bad label {lab}')
                    continue
            obf = [] if ob == '-' else ob.split(',')
            if not set(obf) <= OBF:
                errs.append(f'{where}: bad obf {ob}')
            text = expand(parts[1])
            note = parts[2] if len(parts) > 2 else note_default
            hn = lab == 'H'
            if hn and not note.startswith('hard negative'):
                note = 'hard negative: ' + note
            b = len(text.encode('utf-8'))
            if not 10 <= b <= 300:
                errs.append(f'{where}: length {b} bytes')
            rows.append({'lang': LANGS[lang], 'text': text, 'labels': labels,
                         'hard_negative': hn, 'obfuscation': obf, 'notes': note,
                         '_src': where})
    return rows, errs


def main():
    rows, errs = parse()
    seen = {}
    for r in rows:
        k = r['text']
        if k in seen:
            errs.append(f"{r['_src']}: duplicate text of {seen[k]}")
        seen[k] = r['_src']
    if errs:
        print('\n'.join(errs))
        if '--force' not in sys.argv:
            return 1
    random.Random(20261122).shuffle(rows)
    out = os.path.join(HERE, 'messages_t10.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for i, r in enumerate(rows, 1):
            r.pop('_src')
            o = {'id': f'T10-{i:03d}', 'lang': r['lang'], 'text': r['text'],
                 'labels': r['labels'], 'hard_negative': r['hard_negative'],
                 'obfuscation': r['obfuscation'], 'notes': r['notes']}
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(f'wrote {len(rows)} rows to {out}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
