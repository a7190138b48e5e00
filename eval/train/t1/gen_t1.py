#!/usr/bin/env python3
"""Build messages_t1.jsonl (Vigil training set T1) from the hand-written tables.

Source tables: rows_hans.txt, rows_hant.txt, rows_en.txt, one row per line:
    CODE || OBFUSCATION || TEXT || NOTE
CODE: C = csam_trading, S = solicitation, X = sextortion (letters may be
combined, e.g. CS), H = benign hard negative, B = plain benign.
OBFUSCATION: comma-separated FORMATS.md families, or "-".
Markup applied mechanically to TEXT:
    {zw:...}  insert U+200B between the characters
    {cf:...}  swap Latin letters for Cyrillic look-alikes
    {fw:...}  convert ASCII to full-width forms
Rows keep their order inside a table; the output is a deterministic
shuffle (seeded) so that labels and languages are interleaved.
All texts are synthetic and were written by hand for this set.
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TABLES = [("zh-Hans", "rows_hans.txt"), ("zh-Hant", "rows_hant.txt"), ("en", "rows_en.txt")]
CODES = {"C": "csam_trading", "S": "solicitation", "X": "sextortion"}
OBF = {"homophone", "pinyin", "separator", "confusable", "fullwidth", "leetspeak", "emoji",
       "split_char", "traditional", "zero_width", "spacing"}
CONFUSABLE = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
                            "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456"})
CYRILLIC = re.compile("[\u0400-\u04ff]")
FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")  # full-width letters/digits (not CJK punctuation)
ZW = "\u200b"

# Small Simplified/Traditional pair table used as an authoring check
# (zh-Hans rows must avoid the Traditional forms unless tagged "traditional",
# zh-Hant rows must avoid the Simplified forms).
PAIRS = ("资資 这這 们們 个個 说說 时時 会會 来來 发發 给給 买買 卖賣 钱錢 认認 为為 没沒 见見 视視 "
         "频頻 图圖 号號 码碼 联聯 还還 对對 过過 学學 级級 爱愛 请請 让讓 谁誰 话話 讯訊 网網 红紅 币幣 "
         "点點 转轉 账賬 开開 关關 门門 问問 间間 东東 车車 长長 从從 后後 妈媽 样樣 么麼 儿兒 头頭 边邊 "
         "价價 钟鐘 线線 经經 约約 馆館 饭飯 体體 乐樂 岁歲 园園 亲親 务務 员員 单單 传傳 动動 电電 脑腦 "
         "戏戲 肤膚 钻鑽 礼禮 货貨 购購 优優 广廣 业業 师師 导導 课課 语語 数數 练練 习習 书書 题題 试試 "
         "验驗 录錄 删刪 记記 别別 莉莉 萝蘿 档檔 盘盤 载載 群群 爷爺 饮飲 镜鏡 杂雜 热熱 气氣 让讓 "
         "吗嗎 块塊 张張 帮幫 种種 实實 现現 题題 里裡 么麼 无無 费費 优優 贵貴 软軟 件件 户戶 ^^ "
         "员員 级級 报報 银銀 汇匯 际際 这這 楼樓 凤鳳 风風 双雙 块塊 护護 险險 缺缺 觉覺 应應 该該 "
         "机機 场場 灵靈 伤傷 绍紹 组組 络絡 纪紀 终終 结結 给給 细細 妇婦 爸爸 乔喬 侨僑 桥橋 骗騙 "
         "阅閱 讲講 诉訴 评評 论論 谈談 读讀 识識 计計 设設 证證 调調 误誤 诱誘 欢歡 剧劇 协協 处處 "
         "获獲 奖獎 营營 团團 队隊 门門 闻聞 间間 闭閉 问問 闹鬧 厅廳 厂廠 县縣 区區 医醫 药藥 护護 "
         "满滿 诚誠 谢謝 让讓 岛島 湾灣 台臺 台颱 后後 面麵 发髮 钱錢 铁鐵 锁鎖 错錯 钢鋼 镇鎮 长長 "
         "飞飛 鸡雞 鱼魚 鸟鳥 马馬 驾駕 验驗 龙龍 齐齊 齿齒 黄黃 亚亞 严嚴 丽麗 举舉 义義 乌烏 书書 "
         "买買 乱亂 争爭 亏虧 产產 亲親 仅僅 从從 仓倉 仪儀 们們 优優 伙夥 会會 伟偉 传傳 伤傷 伦倫 "
         "声聲 处處 备備 复復 够夠 头頭 夹夾 夺奪 奋奮 奖獎 妆妝 妈媽 娱娛 婴嬰 学學 宝寶 实實 宠寵 "
         "审審 宪憲 宫宮 宽寬 宾賓 对對 寻尋 导導 尔爾 尘塵 尝嘗 层層 属屬 岁歲 币幣 帅帥 师師 帐帳 "
         "带帶 帮幫 库庫 应應 庙廟 废廢 开開 异異 弃棄 张張 弹彈 强強 归歸 当當 录錄 彻徹 径徑 忆憶 "
         "态態 怀懷 总總 恋戀 恼惱 悬懸 惊驚 惧懼 惯慣 戏戲 战戰 户戶 执執 扩擴 扫掃 扬揚 扰擾 "
         "报報 择擇 挂掛 换換 损損 据據 摄攝 摆擺 摇搖 敌敵 数數 斋齋 断斷 无無 时時 旷曠 显顯 晒曬 "
         "晓曉 暂暫 术術 机機 杀殺 杂雜 权權 条條 来來 杨楊 极極 构構 标標 栏欄 树樹 样樣 桥橋 档檔 "
         "梦夢 检檢 欢歡 残殘 毕畢 气氣 汇匯 汉漢 汤湯 沟溝 没沒 泪淚 泽澤 洁潔 浅淺 测測 济濟 浏瀏 "
         "涨漲 渐漸 温溫 湾灣 满滿 滚滾 灯燈 灵靈 灾災 炼煉 烦煩 烧燒 热熱 爱愛 牵牽 犹猶 狱獄 独獨 "
         "环環 现現 玛瑪 电電 画畫 畅暢 疗療 痒癢 盖蓋 盘盤 着著 矿礦 码碼 础礎 确確 礼禮 离離 种種 "
         "积積 称稱 稳穩 穷窮 窃竊 竞競 笔筆 笼籠 签簽 简簡 类類 粮糧 紧緊 红紅 级級 纸紙 线線 练練 "
         "组組 细細 织織 经經 绑綁 结結 绕繞 绘繪 给給 绝絕 统統 继繼 续續 维維 综綜 绿綠 缓緩 编編 "
         "缘緣 网網 罗羅 罚罰 职職 联聯 肤膚 胁脅 脸臉 艺藝 节節 范範 荣榮 药藥 获獲 营營 萝蘿 虚虛 "
         "虽雖 蛋蛋 补補 装裝 见見 观觀 规規 视視 览覽 觉覺 计計 认認 让讓 训訓 议議 记記 讲講 许許 "
         "论論 设設 访訪 证證 评評 识識 诉訴 词詞 译譯 试試 诗詩 话話 询詢 该該 详詳 语語 误誤 说說 "
         "请請 诸諸 读讀 课課 谁誰 调調 谈談 谢謝 谱譜 贝貝 负負 财財 责責 败敗 货貨 质質 购購 贯貫 "
         "费費 资資 赏賞 赖賴 赚賺 赛賽 赞贊 赠贈 赢贏 趋趨 跃躍 践踐 轻輕 载載 较較 辅輔 辆輛 辈輩 "
         "边邊 达達 迁遷 过過 运運 还還 进進 远遠 连連 迟遲 选選 递遞 逻邏 遗遺 邮郵 邻鄰 释釋 钥鑰 "
         "铺鋪 链鏈 销銷 锅鍋 锻鍛 闪閃 闲閒 阅閱 队隊 阳陽 阴陰 际際 陆陸 陈陳 险險 随隨 隐隱 难難 "
         "雾霧 静靜 顶頂 项項 须須 顾顧 顿頓 预預 领領 频頻 题題 颜顏 额額 风風 飘飄 饰飾 饱飽 饿餓 "
         "驱驅 验驗 骂罵 鲜鮮 鸭鴨 黑黑 约約 级級 续續 摊攤 兑兌 邀邀 冲衝 况況 净淨 减減 凭憑 击擊 "
         "刘劉 则則 刚剛 创創 删刪 剑劍 办辦 务務 动動 劳勞 势勢 勋勳 区區 华華 协協 单單 卢盧 卫衛 "
         "却卻 厉厲 压壓 厌厭 县縣 参參 双雙 发發 变變 叙敘 号號 叹嘆 吓嚇 吗嗎 启啟 员員 呜嗚 响響 "
         "哑啞 唤喚 啰囉 团團 园園 围圍 国國 图圖 圆圓 圣聖 场場 坏壞 块塊 坚堅 坛壇 垫墊 堕墮 墙牆 "
         "壮壯 壳殼 够夠 页頁 顺順 须須 颗顆 饼餅 馈饋 驶駛 骑騎 骨骨 鱼魚 鸣鳴 鸿鴻 鹅鵝 麦麥 "
         "喂餵 范範 秘秘 拟擬 规規 纳納 纵縱 驻駐 汽汽 泳泳 签簽 爆爆 腊臘 逛逛 虾蝦 饺餃 烧燒 卖賣 "
         "碍礙 状狀 犯犯 罪罪 侦偵 查查 嫌嫌 审審 劝勸 赌賭 诈詐 骗騙 宣宣 纷紛 罚罰 侵侵 害害 猥猥 "
         "亵褻 隔隔 证證 监監 滥濫 码碼 讯訊 迟遲 扑撲 尽盡 侣侶 们們 奥奧 裙裙 洛洛 丽麗 胶膠 庆慶 "
         "跟跟 暗暗 钥鑰 验驗 归歸 旧舊 专專 业業 丝絲 两兩 严嚴 临臨 为為 丽麗 么麼 乐樂 乡鄉 书書 "
         "买買 亿億 仅僅 价價 众眾 优優 伞傘 伪偽 佣傭 侧側 俩倆 债債 倾傾 偿償 储儲 儿兒 兴興 养養 "
         "兰蘭 关關 兹茲 内內 册冊 写寫 军軍 农農 冻凍 准準 凉涼 几幾 凤鳳 凯凱 刹剎 剂劑 剧劇 劲勁 "
         "卧臥 卷捲 厨廚 历歷 叶葉 吕呂 吴吳 听聽 吨噸 呕嘔 咏詠 咸鹹 哗嘩 哟喲 唠嘮 啸嘯 喷噴 嗳噯 "
         "团團 坝壩 坟墳 垒壘 埚堝 堑塹 墨墨 壶壺 处處 备備 复複 夸誇 奁奩 妇婦 姗姍 娄婁 婶嬸 孙孫 "
         "宁寧 宝寶 宾賓 寝寢 尧堯 尸屍 届屆 岗崗 岭嶺 峡峽 币幣 帜幟 干幹 并並 广廣 庐廬 庞龐 弯彎 "
         "彦彥 征徵 御禦 忧憂 怜憐 恒恆 恳懇 恶惡 悦悅 惩懲 愤憤 懒懶 戗戧 戴戴 扑撲 托託 扣扣 抢搶 "
         "护護 报報 拥擁 拦攔 拨撥 择擇 挚摯 挡擋 挤擠 挥揮 捞撈 捡撿 掷擲 揽攬 搀攙 摊攤 撑撐 撵攆 "
         "栏欄 样樣 档檔 桨槳 梦夢 检檢 棂欞 椭橢 楼樓 榄欖 欧歐 岁歲 历歷 归歸 毁毀 毡氈 汇匯 "
         "沥瀝 沦淪 泞濘 泻瀉 泼潑 洒灑 浆漿 浊濁 浓濃 涂塗 涌湧 涝澇 润潤 涩澀 渊淵 渔漁 渗滲 温溫 "
         "游遊 湿濕 溃潰 滞滯 滤濾 滥濫 潜潛 灿燦 炉爐 烂爛 烛燭 烟煙 烫燙 热熱 焕煥 爷爺 牍牘 牺犧 "
         "状狀 犹猶 狭狹 狮獅 猎獵 猪豬 献獻 獭獺 玑璣 琐瑣 画畫 畴疇 疖癤 疗療 疮瘡 痨癆 瘫癱 皱皺 "
         "盏盞 监監 盗盜 睁睜 矫矯 矶磯 硕碩 确確 碱鹼 祸禍 禀稟 秃禿 秆稈 税稅 稣穌 窍竅 窝窩 窥窺 "
         "竖豎 笃篤 笋筍 筑築 筛篩 筹籌 签簽 篮籃 粪糞 紧緊 纠糾 纤纖 纪紀 纫紉 纬緯 纯純 纱紗 纲綱 "
         "衬襯 袄襖 袜襪 装裝 裤褲 视視 觅覓 誉譽 誊謄 讥譏 讨討 让讓 训訓 讯訊 诀訣 访訪 证證 诊診 "
         "邓鄧 郑鄭 郁鬱 酝醞 酱醬 酿釀 释釋 针針 钓釣 钙鈣 钞鈔 钢鋼 钱錢 钻鑽 铃鈴 铅鉛 铜銅 铭銘 "
         "银銀 锋鋒 锐銳 锦錦 键鍵 镀鍍 长長 闷悶 闸閘 闹鬧 闺閨 阁閣 阵陣 阶階 陕陝 陨隕 隶隸 雏雛 "
         "顽頑 饥飢 饲飼 馅餡 驴驢 驰馳 驳駁 骄驕 骤驟 髅髏 鬓鬢 魇魘 鲁魯 鸡雞 鹏鵬 麸麩 黉黌 龟龜")


def pair_sets():
    simp, trad = set(), set()
    for tok in PAIRS.split():
        if len(tok) == 2 and tok[0] != tok[1]:
            simp.add(tok[0])
            trad.add(tok[1])
    shared = simp & trad          # characters that are valid in both scripts
    # Simplified forms that are also ordinary Traditional characters, and
    # Traditional forms that are also ordinary Simplified characters.
    simp_ok_in_trad = set("台面后干卷征御托游范冲咸涂郁尸几里并准谷松")
    trad_ok_in_simp = set("著乾夥剎")
    return simp - shared - simp_ok_in_trad, trad - shared - trad_ok_in_simp


def apply_markup(text):
    def rep(m):
        kind, body = m.group(1), m.group(2)
        if kind == "zw":
            return ZW.join(body)
        if kind == "cf":
            return body.translate(CONFUSABLE)
        if kind == "fw":
            return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in body)
        raise ValueError(kind)
    return re.sub(r"\{(zw|cf|fw):([^}]*)\}", rep, text)


def load():
    rows = []
    for lang, fname in TABLES:
        for n, line in enumerate((HERE / fname).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split("||")]
            if len(parts) != 4:
                sys.exit(f"{fname}:{n}: expected 4 fields, got {len(parts)}")
            code, obf, text, note = parts
            if code in ("H", "B"):
                labels, hard = [], code == "H"
            else:
                labels = [CODES[c] for c in code]
                hard = False
            obfs = [] if obf == "-" else [o.strip() for o in obf.split(",")]
            if hard and not note.startswith("hard negative:"):
                note = "hard negative: " + note
            rows.append({"lang": lang, "text": apply_markup(text), "labels": labels,
                         "hard_negative": hard, "obfuscation": obfs, "notes": note,
                         "_src": f"{fname}:{n}"})
    return rows


def check(rows):
    simp_only, trad_only = pair_sets()
    errors = []
    seen = set()
    for r in rows:
        t, src = r["text"], r["_src"]
        nbytes = len(t.encode("utf-8"))
        if not 10 <= nbytes <= 300:
            errors.append(f"{src}: length {nbytes} bytes")
        if t in seen:
            errors.append(f"{src}: duplicate text")
        seen.add(t)
        for o in r["obfuscation"]:
            if o not in OBF:
                errors.append(f"{src}: unknown obfuscation {o}")
        if r["hard_negative"] and r["labels"]:
            errors.append(f"{src}: hard negative with labels")
        if ("zero_width" in r["obfuscation"]) != (ZW in t):
            errors.append(f"{src}: zero_width tag/text mismatch")
        if ("confusable" in r["obfuscation"]) != bool(CYRILLIC.search(t)):
            errors.append(f"{src}: confusable tag/text mismatch")
        if ("fullwidth" in r["obfuscation"]) != bool(FULLWIDTH.search(t)):
            errors.append(f"{src}: fullwidth tag/text mismatch")
        if r["lang"] == "zh-Hans" and "traditional" not in r["obfuscation"]:
            bad = sorted({c for c in t if c in trad_only})
            if bad:
                errors.append(f"{src}: Traditional chars in zh-Hans: {''.join(bad)}")
        if r["lang"] == "zh-Hant":
            bad = sorted({c for c in t if c in simp_only})
            if bad:
                errors.append(f"{src}: Simplified chars in zh-Hant: {''.join(bad)}")
        if r["lang"] == "en" and re.search(r"[\u4e00-\u9fff]", t):
            errors.append(f"{src}: CJK in en row")
        if r["lang"] != "en" and not re.search(r"[\u4e00-\u9fff]", t):
            errors.append(f"{src}: no CJK in zh row")
        # no phone-number-like or ID-like digit runs, no e-mail addresses
        if re.search(r"\d[\d\- ]{7,}\d", t):
            errors.append(f"{src}: long digit run (phone/ID-like)")
        if re.search(r"[\w.]+@[\w-]+\.\w+", t):
            errors.append(f"{src}: e-mail address")
    return errors


def main():
    rows = load()
    errors = check(rows)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    random.Random(20261121).shuffle(rows)
    out = HERE / "messages_t1.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            r.pop("_src")
            rec = {"id": f"T1-{i:03d}", "lang": r["lang"], "text": r["text"],
                   "labels": r["labels"], "hard_negative": r["hard_negative"],
                   "obfuscation": r["obfuscation"], "notes": r["notes"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # validate the written file
    ids = set()
    recs = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    for rec in recs:
        assert set(rec) == {"id", "lang", "text", "labels", "hard_negative", "obfuscation", "notes"}
        assert rec["id"] not in ids
        ids.add(rec["id"])
        assert rec["lang"] in ("en", "zh-Hans", "zh-Hant")
        assert all(l in CODES.values() for l in rec["labels"])
    # counts
    from collections import Counter
    by = Counter()
    for rec in recs:
        lab = "+".join(rec["labels"]) or ("benign_hard" if rec["hard_negative"] else "benign_plain")
        by[(rec["lang"], lab)] += 1
        by[("all", lab)] += 1
        by[(rec["lang"], "total")] += 1
        by[("all", "total")] += 1
    obf = Counter(o for rec in recs for o in rec["obfuscation"])
    risky = [r for r in recs if r["labels"]]
    print(f"wrote {len(recs)} rows to {out}")
    for lang in ("zh-Hans", "zh-Hant", "en", "all"):
        print(lang, {k[1]: v for k, v in sorted(by.items()) if k[0] == lang})
    print("obfuscation tags:", dict(obf.most_common()))
    print(f"risky rows with obfuscation: {sum(1 for r in risky if r['obfuscation'])}/{len(risky)}")
    lens = [len(r["text"].encode()) for r in recs]
    print(f"bytes: min {min(lens)} max {max(lens)}; rows >=150 bytes: {sum(l >= 150 for l in lens)}")


if __name__ == "__main__":
    main()
