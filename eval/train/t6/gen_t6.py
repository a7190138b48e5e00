#!/usr/bin/env python3
"""Build messages_t6.jsonl (Vigil training set T6) from the hand-written row files.

Row files rows_*.txt: tab-separated  L  lab  obf  text
  L   : e=en, s=zh-Hans, t=zh-Hant
  lab : C=csam_trading, S=solicitation, X=sextortion, H=benign hard negative, B=benign plain
  obf : comma-separated FORMATS.md obfuscation tags, or '-'
  text: hand-written; inline markup applied mechanically here:
        {zw:...} zero-width spaces between characters, {fw:...} full-width ASCII,
        {cf:...} Cyrillic/Greek look-alike letters.
All text is synthetic. Output is deterministic (fixed shuffle seed).
"""
import glob, json, random, re, sys

LANG = {'e': 'en', 's': 'zh-Hans', 't': 'zh-Hant'}
LAB = {'C': ['csam_trading'], 'S': ['solicitation'], 'X': ['sextortion'], 'H': [], 'B': []}
TAGS = {'homophone', 'pinyin', 'separator', 'confusable', 'fullwidth', 'leetspeak', 'emoji',
        'split_char', 'traditional', 'zero_width', 'spacing'}
CONF = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'i': 'і', 'y': 'у',
        'A': 'А', 'E': 'Е', 'O': 'Ο', 'P': 'Р', 'C': 'С', 'K': 'Κ', 'T': 'Т', 'M': 'М'}

def zw(s):
    return '\u200b'.join(s)

def fw(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in s)

def cf(s):
    # replace every second replaceable letter so the word stays readable but not ASCII-matchable
    out, k = [], 0
    for c in s:
        if c in CONF:
            out.append(CONF[c] if k % 2 == 0 else c); k += 1
        else:
            out.append(c)
    return ''.join(out)

FN = {'zw': zw, 'fw': fw, 'cf': cf}

def render(t):
    return re.sub(r'\{(zw|fw|cf):([^}]*)\}', lambda m: FN[m.group(1)](m.group(2)), t)

# cue notes for hard negatives (coarse, keyword-based; the rows themselves are hand-written)
CUES = [
    (r'news|report|police|sheriff|court|prosecut|indict|judg|新闻|新聞|报道|報導|警方|公安|警政|法院|判决|判決|审理|通报|記者|记者|journalist|statistics|cybertip|case study', 'news/police/court report quoting offender wording'),
    (r'PSA|NGO|scam alert|warning|tip|training|trainee|moderator|hotline|helpline|volunteer|eSafety|workshop|提醒|培训|訓練|讲座|講座|指南|志愿者|志工|審查員|审核员', 'safety/NGO/training post quoting scripts'),
    (r'deposit|owe|rent|landlord|invoice|debt|collection|overdue|押金|欠|还钱|還錢|借|催收|定金', 'debt or deposit dispute with a threat'),
    (r'video|recording|photo of|pictures|screenshot|yearbook photo|视频|影片|条片|條片|截图|截圖|丑照|醜照|照片|黑历史|黑歷史|expose', 'friends/siblings joking about exposing'),
    (r'photocard|sticker|小卡|贴纸|貼紙|集邮', 'collectibles trading among adults'),
    (r'studio|photograph|session|照相馆|寫真館|影楼|婚紗店|摄影|攝影', 'photo studio prices'),
    (r'gift card|Steam|Razer|Robux|crypto|Bitcoin|game|skin|account|京东卡|礼品卡|雷蛇|MyCard|点数|點數|游戏|遊戲|原神|Genshin|Pokémon', 'game-item/gift-card/crypto trading among adults'),
    (r'parent|class|school|kindergarten|coach|U12|soccer|swim|gymnastics|家长|家長|班|校|幼儿园|幼幼班|教练|教練|游泳|體操|体操|家教|tutor|church|youth|教会|教會', 'school/parents/coach group with prices or kids\' ages'),
    (r'CP|cerebral|Lolita|洛丽塔|蘿莉塔|正太|炼铜|路口|出口|茶|massage|推拿|按摩|escort|Escort|incall|Incall|full service|Full service|包夜|上门|到府|roses|Roses|玫瑰|pizza|披萨|披薩|Jailbreak|越狱|资源|資源', 'code-word look-alike (CP/Lolita/tea/massage/pizza/资源 ...)'),
    (r'tier|Tier|VIP|member|Member|Patreon|会员|會員|档|級|backup|备用|備用|vault|Vault|archive|drive|网盘|雲端|private server', 'paid tiers/backup channels/shared drives for legitimate content'),
]

def cue(text):
    for rx, name in CUES:
        if re.search(rx, text):
            return name
    return 'shares surface cues with risky classes'

# heuristic script check: Simplified-only vs Traditional-only characters (pairs typed by hand)
PAIRS = ('资資们們视視频頻发發给給钱錢转轉账帳还還个個这這说說时時会會员員费費红紅网網链鏈点點币幣价價学學级級'
         '岁歲读讀师師妈媽张張图圖买買卖賣单單儿兒东東万萬对對后後见見里裡么麼过過样樣种種开開关關门門问問间間'
         '听聽让讓认認记記话話请請谁誰没沒处處删刪传傳号號码碼乐樂页頁车車电電动動场場国國园園实實现現长長头頭'
         '从從气氣备備应應该該经經线線约約纸紙飞飛机機盘盤档檔专專区區罗羅萝蘿丽麗炼煉铜銅恋戀爱愛进進规規违違'
         '预預览覽证證据據游遊戏戲肤膚两兩钻鑽闻聞报報诈詐骗騙录錄联聯户戶体體队隊营營为為无無负負责責馆館镜鏡'
         '摄攝盗盜载載带帶块塊奶嬭亲親书書课課题題试試习習装裝刚剛妇婦挂掛边邊级級数數团團划劃审審判判决決'
         '处處摊攤递遞龙龍际際样樣换換补補邮郵册冊签簽辑輯厂廠广廣贴貼权權纪紀宝寶满滿约約护護庄莊诉訴协協')
SIMP = set(PAIRS[0::2]) - set(PAIRS[1::2])
TRAD = set(PAIRS[1::2]) - set(PAIRS[0::2]) - {'嬭'}
SIMP -= {'游', '奶'}  # 游 (swim) and 奶 are also standard Traditional

def main():
    rows = []
    for f in sorted(glob.glob('rows_*.txt')):
        for n, line in enumerate(open(f, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            L, lab, obf, text = line.split('\t')
            tags = [] if obf == '-' else obf.split(',')
            assert set(tags) <= TAGS, (f, n, tags)
            rows.append((L, lab, tags, render(text), f, n))
    random.Random(6606).shuffle(rows)
    out, errs, seen = [], [], set()
    for i, (L, lab, tags, text, f, n) in enumerate(rows, 1):
        lang = LANG[L]
        b = len(text.encode('utf-8'))
        if not 10 <= b <= 300:
            errs.append(f'{f}:{n} length {b}')
        if text in seen:
            errs.append(f'{f}:{n} duplicate text')
        seen.add(text)
        if lab in 'HB' and tags:
            errs.append(f'{f}:{n} benign row with obfuscation tag')
        if lang == 'zh-Hans' and 'traditional' not in tags and set(text) & TRAD:
            errs.append(f'{f}:{n} trad chars in Hans: {set(text) & TRAD}')
        if lang == 'zh-Hant' and set(text) & SIMP:
            errs.append(f'{f}:{n} simp chars in Hant: {set(text) & SIMP}')
        if lang == 'zh-Hant' and 'traditional' in tags:
            errs.append(f'{f}:{n} traditional tag on zh-Hant')
        if 'zero_width' in tags and '\u200b' not in text: errs.append(f'{f}:{n} zw tag w/o zw')
        if 'zero_width' not in tags and '\u200b' in text: errs.append(f'{f}:{n} zw w/o tag')
        if 'fullwidth' in tags and not re.search('[\uff01-\uff5e]', text): errs.append(f'{f}:{n} fw tag w/o fw')
        if 'confusable' in tags and not re.search('[\u0370-\u04ff]', text): errs.append(f'{f}:{n} cf tag w/o cf')
        if lab == 'H':
            note = 'hard negative: ' + cue(text)
        elif lab == 'B':
            note = 'plain benign chat'
        else:
            note = 'synthetic T6 ' + LAB[lab][0] + (' (obfuscated: ' + ', '.join(tags) + ')' if tags else '')
        out.append({'id': f'T6-{i:03d}', 'lang': lang, 'text': text, 'labels': LAB[lab],
                    'hard_negative': lab == 'H', 'obfuscation': tags, 'notes': note})
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    with open('messages_t6.jsonl', 'w', encoding='utf-8') as fo:
        for r in out:
            fo.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'rows written')

if __name__ == '__main__':
    main()
