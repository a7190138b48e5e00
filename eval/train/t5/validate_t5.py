#!/usr/bin/env python3
"""Validate messages_t5.jsonl and print counts."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "messages_t5.jsonl")
LABELS = {"solicitation", "csam_trading", "sextortion"}
TAGS = {"homophone", "pinyin", "separator", "confusable", "fullwidth", "leetspeak", "emoji",
        "split_char", "traditional", "zero_width", "spacing"}
KEYS = ["id", "lang", "text", "labels", "hard_negative", "obfuscation", "notes"]
# small hand list of common script-specific characters (pairs simplified/traditional)
PAIRS = ("们們 这這 个個 来來 时時 会會 说說 对對 发發 钱錢 给給 买買 卖賣 视視 频頻 "
         "学學 费費 价價 无無 资資 档檔 关關 红紅 点點 转轉 账賬 帐帳 万萬 长長 门門 问問 间間 "
         "请請 认認 识識 让讓 还還 进進 过過 边邊 约約 级級 经經 单單 岁歲 龄齡 馆館 饭飯 "
         "店店 乐樂 欢歡 车車 们們 见見 现現 开開 从從 体體 务務 场場 东東 两兩 "
         "这這 爱愛 专專 业業 丽麗 罗羅 网網 载載 课課 试試 师師 证證 护護 医醫 养養 么麼 "
         "鸡雞 鱼魚 凤鳳 楼樓 贴貼 码碼 图圖 片片 照照 号號 机機 电電 话話 陈陳 线線 张張 "
         "儿兒 孙孫 补補 习習 读讀 书書 画畫 动動 态態 应應 该該 处處 样樣 实實 际際 简簡")
SIMP = set(p[0] for p in PAIRS.split() if p[0] != p[1])
TRAD = set(p[1] for p in PAIRS.split() if p[0] != p[1]) - {"群", "晒"}
CONFUS = re.compile("[\u0400-\u04ff\u0370-\u03ff]")
FULLW = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
ZW = re.compile("[\u200b\u200c\u2060]")
HAN = re.compile("[\u4e00-\u9fff]")

errors, rows, ids, texts = [], [], set(), set()
for n, line in enumerate(open(PATH, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errors.append(f"{n}: bad json {e}"); continue
    rows.append(r)
    if list(r.keys()) != KEYS:
        errors.append(f"{n}: keys {list(r.keys())}")
    if r["id"] in ids: errors.append(f"{n}: dup id {r['id']}")
    ids.add(r["id"])
    if not re.fullmatch(r"T5-\d{3}", r["id"]): errors.append(f"{n}: id format")
    if r["lang"] not in ("en", "zh-Hans", "zh-Hant"): errors.append(f"{n}: lang")
    if not set(r["labels"]) <= LABELS: errors.append(f"{n}: labels")
    if not set(r["obfuscation"]) <= TAGS: errors.append(f"{n}: tags")
    if r["hard_negative"] and r["labels"]: errors.append(f"{n}: hard negative with label")
    b = len(r["text"].encode("utf-8"))
    if not 10 <= b <= 300: errors.append(f"{n}: length {b} bytes: {r['text']}")
    key = re.sub(r"\W", "", r["text"].lower())
    if key in texts: errors.append(f"{n}: duplicate text {r['text']}")
    texts.add(key)
    t, ob = r["text"], set(r["obfuscation"])
    if bool(CONFUS.search(t)) != ("confusable" in ob): errors.append(f"{n}: confusable tag mismatch")
    if bool(FULLW.search(t)) != ("fullwidth" in ob): errors.append(f"{n}: fullwidth tag mismatch")
    if bool(ZW.search(t)) != ("zero_width" in ob): errors.append(f"{n}: zero_width tag mismatch")
    if re.search(r"\d{7,}", t.replace(" ", "").replace("-", "")): errors.append(f"{n}: long digit run: {t}")
    if r["lang"] == "en" and HAN.search(t): errors.append(f"{n}: Han in en row")
    if r["lang"].startswith("zh") and not HAN.search(t): errors.append(f"{n}: no Han in zh row")
    if r["lang"] == "zh-Hans" and "traditional" not in ob:
        bad = [c for c in t if c in TRAD]
        if bad: errors.append(f"{n}: traditional chars in zh-Hans: {''.join(bad)} | {t}")
    if r["lang"] == "zh-Hant":
        bad = [c for c in t if c in SIMP]
        if bad: errors.append(f"{n}: simplified chars in zh-Hant: {''.join(bad)} | {t}")

for e in errors: print("ERROR", e)
lab = lambda r: r["labels"][0] if r["labels"] else "benign"
c = collections.Counter((r["lang"], lab(r)) for r in rows)
print(f"rows {len(rows)}, errors {len(errors)}")
for lang in ("zh-Hans", "zh-Hant", "en"):
    n = sum(v for (l, _), v in c.items() if l == lang)
    hn = sum(1 for r in rows if r["lang"] == lang and r["hard_negative"])
    print(f"| {lang} | {n} | " + " | ".join(str(c[(lang, k)]) for k in ("solicitation", "csam_trading", "sextortion", "benign")) + f" | {hn} |")
tot = collections.Counter(lab(r) for r in rows)
print("all", dict(tot), "hard_neg", sum(r["hard_negative"] for r in rows))
risky = [r for r in rows if r["labels"]]
print("obfuscated risky", sum(1 for r in risky if r["obfuscation"]), "of", len(risky),
      "| obfuscated benign", sum(1 for r in rows if not r["labels"] and r["obfuscation"]))
print("tags", dict(collections.Counter(t for r in rows for t in r["obfuscation"]).most_common()))
sys.exit(1 if errors else 0)
