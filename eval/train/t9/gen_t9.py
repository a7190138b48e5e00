#!/usr/bin/env python3
"""Build messages_t9.jsonl from the hand-written row files in rows/.

Row-file format (UTF-8):
  ## <lang> <labels|-> <hn:0/1> <cue ...>     section header; rows below inherit it
  text [@@ tag,tag] [## note]                 one message per line
  # ...                                       comment
Markup inside text (expanded mechanically, everything else is literal):
  [[fw:...]]  full-width Latin/digits      [[cy:...]]  Cyrillic look-alike letters
  [[zw:...]]  zero-width space between characters
Ids T9-001.. are assigned after a seeded shuffle. Deterministic.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {'en', 'zh-Hans', 'zh-Hant'}
LABELS = {'csam_trading', 'solicitation', 'sextortion'}
OBF = {'homophone', 'pinyin', 'separator', 'confusable', 'fullwidth', 'leetspeak', 'emoji',
       'split_char', 'traditional', 'zero_width', 'spacing'}
CY = str.maketrans('aceopxyiABCEHKMOPTX', 'асеорхуіАВСЕНКМОРТХ')


def fw(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


def zw(s):
    return '\u200b'.join(s)


def expand(t):
    t = re.sub(r'\[\[fw:(.*?)\]\]', lambda m: fw(m.group(1)), t)
    t = re.sub(r'\[\[cy:(.*?)\]\]', lambda m: m.group(1).translate(CY), t)
    t = re.sub(r'\[\[zw:(.*?)\]\]', lambda m: zw(m.group(1)), t)
    return t


def load():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, 'rows', '*.txt'))):
        hdr = None
        for n, line in enumerate(open(path, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip() or (line.startswith('#') and not line.startswith('## ')):
                continue
            if line.startswith('## '):
                p = line[3:].split(' ', 3)
                hdr = {'lang': p[0], 'labels': [] if p[1] == '-' else p[1].split(','),
                       'hn': p[2] == '1', 'cue': p[3] if len(p) > 3 else ''}
                assert hdr['lang'] in LANGS, (path, n)
                assert set(hdr['labels']) <= LABELS, (path, n)
                continue
            note = ''
            if ' ## ' in line:
                line, note = line.split(' ## ', 1)
            obf = []
            if ' @@ ' in line:
                line, tags = line.rsplit(' @@ ', 1)
                obf = [x for x in tags.strip().split(',') if x]
                assert set(obf) <= OBF, (path, n, obf)
            text = expand(line.strip())
            if hdr['labels']:
                nt = f"{'+'.join(hdr['labels'])}: {hdr['cue']}" + (f'; {note}' if note else '')
            elif hdr['hn']:
                nt = f"hard negative: {hdr['cue']}" + (f'; {note}' if note else '')
            else:
                nt = f"benign: {hdr['cue']}" + (f'; {note}' if note else '')
            rows.append({'lang': hdr['lang'], 'text': text, 'labels': list(hdr['labels']),
                         'hard_negative': hdr['hn'] and not hdr['labels'],
                         'obfuscation': obf, 'notes': nt, '_src': f'{os.path.basename(path)}:{n}'})
    return rows


def main():
    rows = load()
    random.Random(9009).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({'id': f'T9-{i:03d}', 'lang': r['lang'], 'text': r['text'], 'labels': r['labels'],
                    'hard_negative': r['hard_negative'], 'obfuscation': r['obfuscation'],
                    'notes': r['notes']})
    with open(os.path.join(HERE, 'messages_t9.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    if '--src' in sys.argv:
        for r in rows:
            print(r['_src'], len(r['text'].encode()), r['text'][:40])
    print(len(out), 'rows written')


if __name__ == '__main__':
    main()
