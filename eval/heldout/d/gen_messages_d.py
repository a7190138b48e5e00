#!/usr/bin/env python3
"""Generate messages_d.jsonl: held-out set D of single messages for Vigil.

All rows are synthetic and hand-written by writer D (no lexicon, source or dev
text was consulted). Handles, prices and numbers are invented. Risky rows are
coded / euphemistic and never describe sexual acts or bodies.

Row spec: (lang, text, labels, obfuscation, note, hard_negative)
Spans written as [[term]] get the mechanical obfuscation named in the row's
tags (separator, spacing, fullwidth, leetspeak, confusable, zero_width);
the other families (homophone, pinyin, emoji, split_char, traditional) are
written into the text by hand.
Run: python3 gen_messages_d.py  (deterministic)
"""
import json, random, re

rng = random.Random(20261121)

C, S, X = "csam_trading", "solicitation", "sextortion"
HN = True

def sep(t):
    ch = rng.choice([".", "/", "*", "-", "_"])
    return ch.join(t)

def spacing(t):
    return " ".join(t)

def fullwidth(t):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else ("\u3000" if c == " " else c) for c in t)

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
def leet(t):
    return "".join(LEET.get(c.lower(), c) for c in t)

CONF = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "p": "\u0440", "c": "\u0441", "x": "\u0445", "i": "\u0456"}
def confusable(t):
    return "".join(CONF.get(c, c) for c in t)

def zw(t):
    return "\u200b".join(t)

MECH = [("separator", sep), ("spacing", spacing), ("fullwidth", fullwidth),
        ("leetspeak", leet), ("confusable", confusable), ("zero_width", zw)]

def render(text, tags):
    def sub(m):
        t = m.group(1)
        for name, fn in MECH:
            if name in tags:
                t = fn(t)
        return t
    return re.sub(r"\[\[(.+?)\]\]", sub, text)

ROWS = []
def add(lang, text, labels=(), obf=(), note="", hn=False):
    ROWS.append((lang, text, list(labels), list(obf), note, hn))

H, T, E = "zh-Hans", "zh-Hant", "en"

# ---------------------------------------------------------------- zh-Hans csam_trading (27)
add(H, "新到一批小芽系列 原档无水印 永久198 进群私我 vx: mk_0771", [C], [], "coded advert: '小芽' (sprouts) series, paid permanent group")
add(H, "收小芽 要自己拍的那种 年纪越小越好 价格你开 tg@qingfeng_889", [C], [], "buyer seeking self-produced material of young children")
add(H, "【群公告】本群只发嫩苗，新人先交88验证，截图发管理，外传直接踢+挂", [C], [], "paid-entry group for coded material")
add(H, "换货 我这边青苹果库3T 初中以下 只跟有存货的换 白嫖勿扰", [C], [], "swap offer, age-coded collection")
add(H, "盘链出 铅笔盒全套 低年级向 一个链接25 失效包补 qq同名", [C], [], "'铅笔盒' = invented code for child material, cloud-drive links")
add(H, "代理招募 糖豆站会员 一单提40% 懂的来 不懂别问", [C], [], "reseller recruitment for member site")
add(H, "有没有bro有那种十一二的 私发 红包不少 dm也行", [C], [], "buyer seeking material of ~11-12 year olds")
add(H, "小书包系列更新到第7季 老会员免费 新会员168 永久不跑路", [C], [], "'小书包' series, membership")
add(H, "出 幼儿园老师 流出的那批 原档 需要的d我 不退不换", [C], [], "selling 'leaked' material from kindergarten context")
add(H, "晓芽 系列 高清 无码 全网最全 私聊 飞机 yy_sprout01", [C], ["homophone"], "homophone 晓芽 for 小芽")
add(H, "恁苗 合辑 入群费 66 一次付费终身更新", [C], ["homophone"], "homophone 恁苗 for 嫩苗")
add(H, "收 xiaoya 原片 自拍向 小学 高价 wx同号", [C], ["pinyin"], "pinyin xiaoya; buyer")
add(H, "ncp 新货 qingpingguo 全集 12以下 200块", [C], ["pinyin"], "pinyin code word, age-coded")
add(H, "[[小芽]]合集 3.2T 原档 要的扣1 私发链接", [C], ["separator"], "separator inside code word")
add(H, "出 [[嫩苗]] 网盘 9 9 一份 懂的进", [C], ["spacing"], "spaced code word and price")
add(H, "🌱🌱系列上新 初一以下 🔒会员群 198 永久 📩私信", [C], ["emoji"], "sprout emoji as code word")
add(H, "🍏库出租 按月 30一月 全是小的 不懂勿扰", [C], ["emoji"], "green apple emoji code")
add(H, "艹牙 系列 全 收/出 都可 小号 @fengche_77", [C], ["split_char"], "芽 written as 艹+牙")
add(H, "有没有人出 [[XY]] 系列的 要未成年的 高价", [C], ["fullwidth"], "fullwidth XY (xiaoya) code")
add(H, "秒发 糖豆 全套 小学组 39一份 支持zfb 机器人自动发货", [C], [], "auto-delivery bot selling coded material")
add(H, "老群被封了 新群号私我 之前买过小书包的直接进 不用再交", [C], [], "migration notice for paid group")
add(H, "姐妹们谁有那种小女孩的私密视频啊 出钱", [C], [], "buyer seeking private videos of young girls")
add(H, "長期收 小芽 原創 自己家裡拍的更好 價格面議", [C], ["traditional"], "traditional chars mixed in zh-Hans post to evade")
add(H, "初中部 偷录合集 出 38一套 不拆卖", [C], [], "covert recordings of minors for sale")
add(H, "芽芽屋 永久VIP 今日特价 99 原价299 赠送往期所有", [C], [], "coded shop")
add(H, "有懂哥知道现在铅笔盒去哪找吗 以前的群都没了 求拉", [C], [], "seeking group for coded material")
add(H, "出[[幼苗]]站邀请码 一码60 进去自己挑 年龄都标好了", [C], ["zero_width"], "zero-width inside code word")

# ---------------------------------------------------------------- zh-Hans solicitation (23)
add(H, "同城 上门 学生妹兼职 快的500 过夜1200 先定金 加v ll_4408", [S], [], "paid sexual services advert")
add(H, "今晚有空的姐妹吗 南山这边 找个陪一晚的 budget好说 私", [S], [], "seeking paid companion")
add(H, "新到两位 天河 可吃夜宵可过夜 环境安全 无隐形消费", [S], [], "'吃夜宵' invented code for paid sex")
add(H, "妹妹你几年级了 发张自拍给哥哥看看 给你充648", [S], [], "adult asking minor for photo, offering game top-up")
add(H, "初中的小妹妹有没有想赚零花钱的 陪哥哥出去玩一次500 不会告诉家长", [S], [], "offering minors money for contact, secrecy")
add(H, "开盲盒 一次800 不满意换人 酒店自带 速回", [S], [], "'开盲盒' invented code for booking unknown provider")
add(H, "找个伴 周末两天 预算3k 要学生气质的 成年就行", [S], [], "seeking paid companion")
add(H, "长期招 高端外陪 日结 形象好的来 不用经验", [S], [], "recruiting for paid sexual services")
add(H, "小朋友别怕 只是拍几张穿校服的照片 发我就给你买皮肤", [S], [], "asking a child for photos for game skins")
add(H, "上门品鉴 新人 21 兼职 身材好 一口价 私我看照片", [S], [], "paid service advert")
add(H, "xx市 有没有出来玩的 学生优先 一次给两千", [S], [], "seeking paid contact with students")
add(H, "你才13啊 没事 哥哥不介意 加个qq私聊 给你发红包", [S], [], "adult pursuing 13-year-old with money")
add(H, "sz 按摩 全套 特殊服务 688 八点后接单", [S], [], "massage with 'special service', paid sex")
add(H, "bao ye 2k 可上门 今晚有位", [S], ["pinyin"], "pinyin 包夜")
add(H, "[[全套]] 服务 九 百 八 上门 联系 小 兰", [S], ["spacing"], "spaced")
add(H, "🍑🍑 兼职 同城 💰800 🏨 可 酒店 dd我", [S], ["emoji"], "emoji-coded paid service")
add(H, "找 学 生 妹 陪 玩 一 天 一 千 ", [S], ["spacing"], "spacing to evade; paid contact with student")
add(H, "快参 三百 包耶 一千二 正规 妹子 可验证", [S], ["homophone"], "homophones 快参/包耶 for 快餐/包夜")
add(H, "儿童节特惠 上门 小的也有 十三四岁 要的私 价格另议", [S], [], "offering minors for paid contact")
add(H, "[[约吗]] 同城 成年人 有偿 不墨迹", [S], ["separator"], "separator")
add(H, "小姐姐接单吗 价格多少 今晚十点 宾馆", [S], [], "buyer asking provider price")
add(H, "小妹妹你是哪个学校的 照片挺好看 私发几张自拍 我给你转50", [S], [], "asking minor for images for money (non-graphic)")
add(H, "夕卜围 模特 可约 价格私聊 高端局", [S], ["split_char"], "外 split as 夕卜")

# ---------------------------------------------------------------- zh-Hans sextortion (14)
add(H, "你那段视频我录屏了 明天中午之前转3000 不然直接发你通讯录 一个都不落", [X], [], "threat to spread video unless paid")
add(H, "别装死 不回我就把截图发你们班群 你自己看着办", [X], [], "threat to post screenshots to class group")
add(H, "再给我发几张 不发我就把之前的发给你爸妈", [X], [], "demand for more images under threat")
add(H, "给我充500的卡密 不然你那些照片今晚全网都能看到", [X], [], "gift-card demand under threat")
add(H, "你老婆的微信我有 想让她看到你那天视频吗 两万 三天", [X], [], "threat to send video to spouse")
add(H, "你的裸照已经在我手上了 乖乖听话 不然发到你学校贴吧", [X], [], "threat with intimate images (non-graphic wording)")
add(H, "我只要钱 打五千到这个卡 视频我就删 不打的话你懂的", [X], [], "payment demand")
add(H, "最后一次提醒 一小时内 不视频就把你的东西发给你同学", [X], [], "demand to obey")
add(H, "luo zhao 都在我这 转钱 不然 发 你 家 人", [X], ["pinyin", "spacing"], "pinyin + spacing")
add(H, "视频已打包 💰2000 ⏰今晚12点 🙊不然发你朋友圈所有人", [X], ["emoji"], "emoji-laced threat")
add(H, "你的 [[私照]] 我存了 不想被你公司知道就加我", [X], ["separator"], "separator")
add(H, "你猜你妈看到这些会怎样 先转一千 剩下的我们慢慢谈", [X], [], "threat to family")
add(H, "昨晚视频聊天录下来了 要么打钱要么我上传 选一个", [X], [], "webcam sextortion")
add(H, "祼聊视频在我这 不给钱就发你领导", [X], ["confusable"], "祼 (confusable look-alike of 裸)")

# ---------------------------------------------------------------- zh-Hans hard negatives (47)
hn_h = [
 ("三年级二班家长群通知：周五下午春游，请各位家长把孩子的身高体重发给班主任登记保险", "parents group, child details"),
 ("宝宝多大啦？我家的刚满两岁 还不会说完整的话 正常吗", "parent asking child's age"),
 ("暑期少儿游泳班 6-12岁 20节课1280 小班教学 女教练 报名找前台", "kids class with price"),
 ("求同人 狗卷x乙骨 的cp图 太好磕了", "fandom CP"),
 ("这对cp我真的锁死了 谁拆我跟谁急", "fandom CP"),
 ("洛丽塔裙子出闲 甜系 M码 穿过一次 350包邮", "Lolita fashion second-hand"),
 ("Lolita茶会本周六 地点在咖啡馆二楼 汉服lo娘都欢迎", "Lolita tea party"),
 ("考研资源合集 数学一 真题+讲义 免费分享 网盘链接在评论区", "资源 study materials"),
 ("初中数学资源 全套 人教版 七年级到九年级 打包19.9", "资源 study material with price"),
 ("警方提醒：近期有不法分子在群里用“小芽”“糖豆”等暗语兜售违法内容，发现请立即举报", "police warning quoting codes"),
 ("【新闻】某地破获一起利用网盘传播儿童色情案件，嫌疑人以“会员群”方式收费，已被刑拘", "news report"),
 ("家长课堂：孩子玩游戏时如果有陌生人说要给他充值换照片，一定要马上告诉家长", "safety talk quoting grooming tactic"),
 ("哈哈哈你再不还我充电宝 我就把你上次唱歌跑调的视频发群里", "joke threat between friends"),
 ("明天不请我喝奶茶 我就把你睡觉流口水的照片发朋友圈 说到做到", "joke threat"),
 ("中医推拿 颈肩腰腿 上门服务 持证技师 60分钟198 可开发票", "legit massage with price and 上门"),
 ("陪诊服务 陪老人去医院挂号拿药 半天150 全天260", "escort to hospital"),
 ("电脑上门维修 装系统 清灰 除病毒 同城两小时内到 50起", "outcall IT support"),
 ("出二手婴儿推车 好孩子牌 九成新 280自提", "second-hand goods with price"),
 ("青苹果 新鲜到货 甘肃天水 5斤装39.9 包邮", "青苹果 literal fruit with price"),
 ("开学季 小书包 护脊款 一二年级适用 原价199 现在129", "小书包 literal school bag"),
 ("铅笔盒 多功能 双层 小学生 9.9 三个包邮", "铅笔盒 literal stationery"),
 ("嫩苗期一定不要暴晒 番茄幼苗我一般放阳台散射光", "嫩苗/幼苗 gardening"),
 ("小芽菜怎么炒才脆？火大 快翻 最后放盐", "sprouts cooking"),
 ("糖豆 儿时回忆 一包五毛 现在超市还能买到吗", "糖豆 candy"),
 ("盲盒又抽到隐藏款了 谁要换 我有重复的两个", "盲盒 literal"),
 ("今晚吃夜宵吗 烧烤走起 我请客", "吃夜宵 literal"),
 ("学校通知：请勿让孩子在社交软件上公开校服照片及班级信息", "school notice about photos"),
 ("女儿12岁生日 想给她办个小派对 有没有推荐的场地", "parent mentioning child age"),
 ("教练：周六早上八点训练 家长把孩子送到东门 结束我送小朋友到地铁站", "coach arranging pick-up"),
 ("我们群是付费妈妈群 入群99 每周有儿科医生答疑", "paid parents' group"),
 ("大学生兼职家教 数学英语 一小时120 可上门", "student part-time tutor"),
 ("反诈中心：有人冒充“星探”让孩子拍照发过去，这是骗局，请家长注意", "anti-fraud warning"),
 ("那个绿苹果表情包笑死我了 发我一份", "apple emoji talk"),
 ("宝妈互助 出闲置儿童衣服 110-130码 一包50", "second-hand kids clothes"),
 ("芭蕾舞 幼儿启蒙班 3-5岁 体验课 39元", "kids class price"),
 ("你再不回消息我就把你小时候的丑照发给你对象看 哈哈", "joke threat"),
 ("姐姐要视频通话吗 妈妈说让你帮我看作业", "sibling video call"),
 ("包夜 网吧 通宵 15块 还送泡面", "包夜 at internet café"),
 ("品茶 今年新出的明前龙井 一两180 可以试喝", "品茶 literal tea"),
 ("全套 考公 教材 行测申论 二手 80", "全套 literal textbooks"),
 ("录屏软件有推荐的吗 要给网课录屏", "录屏 innocent"),
 ("记者调查：部分所谓“同城约”广告实为诈骗，受害者转账后被拉黑", "journalism about ads"),
 ("老公说再看手机就把我刷抖音的视频发家族群 笑死", "joke threat between spouses"),
 ("收 二手 乐高 儿童款 价格合适就要", "buying used kids toys"),
 ("求拉 小学奥数交流群 孩子四年级", "seeking kids study group"),
 ("这个剧的男女主cp感好强 路人都磕到了", "CP couple"),
 ("网盘会员 月卡 15 年卡 148 自动发货", "网盘 membership legit"),
]
for t, n in hn_h:
    add(H, t, [], [], "hard negative: " + n, HN)

# ---------------------------------------------------------------- zh-Hans plain benign (24)
plain_h = [
 "今天地铁又晚点了 迟到被扣钱 烦死", "有人知道附近哪家火锅好吃吗 人均一百以内",
 "周末去爬山的举手 早上七点集合", "快递显示签收了 但是我没收到 怎么办",
 "新买的耳机音质还行 就是有点夹头", "晚上打游戏吗 五排缺一个", "这个月工资又没按时发",
 "谁知道驾照换证要带什么材料", "猫主子今天又把杯子推地上了", "明天降温 大家多穿点",
 "考完试了 终于可以睡个好觉", "求推荐一部好看的电视剧 最好是悬疑的", "家里wifi一直断 换路由器有用吗",
 "刚入职 boss人挺nice的 就是meeting太多", "奶奶做的饺子永远是最好吃的", "下周单位团建去哪里好",
 "这个数学题怎么做 第三问看不懂", "二手书 论文写作指南 15", "有没有一起拼车去机场的 周三早上",
 "新开的面馆 牛肉面确实不错", "手机屏幕碎了 修一下要四百 值吗", "我的论文终于过了 请大家喝奶茶",
 "电动车电池多久换一次", "最近失眠 有什么好办法",
]
for t in plain_h:
    add(H, t, [], [], "plain benign chat")

# ---------------------------------------------------------------- zh-Hant csam_trading (12)
add(T, "小芽系列 港版 原檔 入群HK$300 永久 TG私 @mingyue_hk", [C], [], "coded advert HK")
add(T, "收 國小的 自己拍的那種 價錢好談 賴 ID: tt0893", [C], [], "buyer TW seeking self-made material of primary pupils")
add(T, "出 青蘋果庫 2T 國中以下 只換不賣 沒貨勿擾", [C], [], "swap offer TW")
add(T, "有冇人有細路嘢 唔係普通嗰啲 PM 我 有錢", [C], [], "HK Cantonese buyer: '細路嘢' (kids' stuff)")
add(T, "鉛筆盒全集更新 第九包 老會員免費領 新人 NT$880", [C], [], "invented code TW")
add(T, "🌱🌱 新片 小學部 VIP群 588 付款後拉", [C], ["emoji"], "emoji code")
add(T, "曉芽 合集 要的扣 1 私聊發雲端", [C], ["homophone"], "homophone")
add(T, "[[小書包]] 系列 原版 無浮水印 入群 TWD 500", [C], ["separator"], "separator")
add(T, "ㄒㄧㄠˇ ㄧㄚˊ 全集出售 國小國中都有 私訊", [C], ["pinyin"], "zhuyin for 小芽")
add(T, "糖豆站邀請碼 一組 300 進去自己找 年齡有分類", [C], [], "invite codes for site")
add(T, "收 中學 偷拍 合輯 高價 tg", [C], [], "buying covert recordings of minors")
add(T, "舊群被炸 新群在這 買過嫩苗的直接私 不用再付", [C], [], "migration notice")

# ---------------------------------------------------------------- zh-Hant solicitation (10)
add(T, "台中 外約 學生兼職 一節 4000 可過夜 加賴 ll_990", [S], [], "TW paid service advert")
add(T, "妹妹你幾歲 傳張照片給哥哥 幫你儲值 3000 點", [S], [], "asking minor for photo for game points")
add(T, "旺角 樓上 新人 廿二歲 一次 $800 WhatsApp 預約", [S], [], "HK paid service")
add(T, "有冇學生妹想賺快錢 陪我一晚 $2000 唔使話俾屋企人知", [S], [], "HK offering students money, secrecy")
add(T, "找 乾爹 的妹妹 私我 月給 3 萬 只要你乖", [S], [], "sugar arrangement advert")
add(T, "魚 🐟 外送 中山區 $3500 全程", [S], ["emoji"], "'魚' delivery coded TW")
add(T, "[[約砲]] 台北 有償 今晚", [S], ["spacing"], "spacing")
add(T, "國中的小妹妹 有想要零用錢的嗎 見面吃個飯 給你兩千 別跟爸媽說", [S], [], "offering minor money, secrecy")
add(T, "高雄 按摩 有「加值」服務 半套全套都有 私訊問價", [S], [], "massage with sexual extras")
add(T, "你讀中幾 放學出嚟玩下 我俾錢你 唔好話俾人知", [S], [], "HK adult offering money to secondary pupil, secrecy")

# ---------------------------------------------------------------- zh-Hant sextortion (6)
add(T, "你的影片我都存了 三天內匯 5 萬 不然傳給你全部臉書好友", [X], [], "TW threat")
add(T, "唔俾錢 我就將你啲相放上連登 你自己諗", [X], [], "HK threat to post on forum")
add(T, "再傳幾張來 不然之前那些我直接寄給你學校", [X], [], "demand for images")
add(T, "買 1000 點的遊戲點數卡 拍序號給我 影片就刪", [X], [], "gift-card demand")
add(T, "你 老 婆 會 很 想 看 這 段 視 訊 的 兩萬 明天", [X], ["spacing"], "spacing")
add(T, "💰 或 📤 你選 今晚 12 點 前 不回 就 全 發", [X], ["emoji"], "emoji threat")

# ---------------------------------------------------------------- zh-Hant hard negatives (21)
hn_t = [
 ("幼幼班 開學通知：請家長準備兩套換洗衣物 放在書包裡", "幼幼班 school notice"),
 ("兒童直排輪課程 4-10歲 八堂 NT$3200 週六早上 河濱公園", "kids class with price"),
 ("Lolita 洋裝 出清 古典系 全新 NT$2500 面交台北車站", "Lolita fashion"),
 ("這對 CP 太甜了吧 求同人文", "fandom CP"),
 ("學測資源 整理好了 國文英文數學 雲端分享 免費", "資源 study materials"),
 ("警方呼籲：網路上有人以「曉芽」「糖豆」等暗語販售非法影像，請民眾勿點擊並檢舉", "police warning quoting codes"),
 ("新聞：男子以遊戲點數誘騙國中生傳照片 遭起訴", "news report"),
 ("你再不還錢 我就把你喝醉唱歌的影片傳到群組 哈哈", "joke threat"),
 ("唔還我本書 我就將你瞓覺流口水張相放上IG 😂", "HK joke threat"),
 ("到府按摩 物理治療師 一小時 NT$1500 可刷卡", "legit home massage"),
 ("陪診員 接送長輩看醫生 半日 NT$800", "escort to hospital"),
 ("電腦到府維修 外派工程師 台北新北 出車費300", "outcall IT support"),
 ("二手 嬰兒床 九成新 NT$1200 自取", "second-hand goods"),
 ("青蘋果 日本進口 一顆 NT$45", "literal apple"),
 ("你小朋友幾歲呀？我個仔今年讀幼稚園高班", "HK parent asking child's age"),
 ("教練：週日比賽 家長七點前把小孩送到體育館 結束我載回學校", "coach pick-up"),
 ("喝茶 凍頂烏龍 茶莊 新茶上市 試飲", "tea literal"),
 ("鉛筆盒 國小 兩層 NT$199 開學特價", "literal pencil case"),
 ("家長講座：如何教孩子拒絕陌生人索取照片", "safety talk"),
 ("正太 跟 蘿莉 角色設定 畫了一張 同人圖", "anime archetypes"),
 ("這家 spa 是正規的 有營業登記 不要亂想", "legit spa"),
]
for t, n in hn_t:
    add(T, t, [], [], "hard negative: " + n, HN)

plain_t = [
 "今天台北好熱 冷氣開整天", "有人要一起去夜市嗎", "手機掉了 超崩潰", "週末去淡水走走",
 "呢間茶餐廳啲奶茶幾好飲", "落大雨 帶遮啊", "明天考試 還沒讀完", "新的珍奶店排隊排好久",
 "大家推薦什麼筆電", "我家貓咪又胖了", "搭高鐵要先訂位嗎",
]
for t in plain_t:
    add(T, t, [], [], "plain benign chat")

# ---------------------------------------------------------------- en csam_trading (21)
add(E, "sprout vault open again. 40GB, lifetime $120 in btc, dm @greenhouse_keeper", [C], [], "coded 'sprout vault' advert")
add(E, "anyone got lunchbox sets? the real ones not AI. paying good. session only", [C], [], "buyer, invented code 'lunchbox sets'")
add(E, "new drop in the crayon channel, under 13 only, entry = $50 giftcard, link in bio", [C], [], "paid channel, age-coded")
add(E, "trade only. i have 3 folders of juniors, need fresh ones. no timewasters", [C], [], "swap offer")
add(E, "looking for pre-teen stuff, will pay, message me on the other app", [C], [], "buyer")
add(E, "mega links for the kindy pack refreshed weekly. 25 per link. dm", [C], [], "selling links, coded")
add(E, "selling my whole colection of young ones before i delete everthing. bulk price", [C], [], "selling collection")
add(E, "ur invite to the tiny tots club expires in 24h. $80 btc then ur in forever", [C], [], "paid membership invite")
add(E, "s p r o u t s  available, msg for menu", [C], ["spacing"], "spaced code word")
add(E, "[[sprouts]] archive, 12 and under, lifetime 99", [C], ["leetspeak"], "leet code word")
add(E, "🌱🍱 menu updated, u13 section added, vouches in channel", [C], ["emoji"], "emoji menu")
add(E, "[[juniors]] folder for sale, paypal f&f only", [C], ["confusable"], "confusable letters")
add(E, "[[kinder pack]] 2.0 out now. same price", [C], ["fullwidth"], "fullwidth")
add(E, "need a plug for ~lunchbox~ content, old one got banned. younger the better", [C], [], "seeking seller")
add(E, "got hidden-cam sets from a middle school, $30 a set", [C], [], "selling covert recordings of minors")
add(E, "my group moved. ppl who paid for the crayon sets msg me w/ ur receipt", [C], [], "paid group migration")
add(E, "[[pre-teen]] vids swap, ratio 1:1, proof required", [C], ["separator"], "separator")
add(E, "wtb small fries content, real only, budget 200", [C], [], "'small fries' invented code, buyer")
add(E, "dropbox full of 10-12 stuff, dm if u want in, 60 flat", [C], [], "selling access, age-coded")
add(E, "if u have kid content ill trade my whole drive for it", [C], [], "swap offer")
add(E, "[[kindy]] links 4 sale, cashapp ok", [C], ["zero_width"], "zero-width")

# ---------------------------------------------------------------- en solicitation (18)
add(E, "new in town 💋 incall/outcall, 1hr 250, 2hr 450, no law enforcement", [S], [], "paid sexual service advert")
add(E, "lookin for a date tonite, will pay generously, discreet only pls", [S], [], "seeking paid sex")
add(E, "how old r u? send a pic and ill get u robux", [S], [], "asking minor for image for game currency")
add(E, "hey cutie ur 14 right? i can send u a giftcard if u send me a few pics. our secret", [S], [], "asking minor for images with gift card, secrecy")
add(E, "sugar daddy seeking young girl, allowance 2k/month, must be petite", [S], [], "sugar arrangement")
add(E, "any students wanna make $300 for one evening? dm me, no questions", [S], [], "offering students money for contact")
add(E, "gfe avail tonite, donations only, text first", [S], [], "paid companionship 'donations'")
add(E, "roses 200 half hr, 350 full hr, screening required, dm", [S], [], "paid service with 'roses' (non-graphic)")
add(E, "u up? 150 for a visit, u host", [S], [], "buyer of paid sex")
add(E, "hiring 'models' for private parties, cash nightly, 18+ 'ish' fine", [S], [], "recruitment with age ambiguity")
add(E, "[[outcall]] tonight 300 cash only, real pics", [S], ["leetspeak"], "leet")
add(E, "🍒 available 🌙 overnight 💵 800 📍downtown", [S], ["emoji"], "emoji advert")
add(E, "r u in middle school? i pay 50 a pic, nothing bad, just cute ones", [S], [], "asking minor for images for money")
add(E, "t r e a t s  for sale, by the hour, ask", [S], ["spacing"], "spacing")
add(E, "send me a selfie in ur pj's and ill buy u the battle pass", [S], [], "asking child for images for game item")
add(E, "couples wanted for paid meets, very generous, discretion assured", [S], [], "seeking paid sex")
add(E, "[[escort]] avail 2nite, flat 400, ur place", [S], ["confusable"], "confusable")
add(E, "ill give u 100 on venmo if u meet me after school, dont tell ur mom", [S], [], "offering minor money for meeting, secrecy")

# ---------------------------------------------------------------- en sextortion (10)
add(E, "I recorded our call. $500 in bitcoin by tomorrow or your followers see everything", [X], [], "webcam sextortion")
add(E, "send 3 more or i post the ones i already have on ur school's page", [X], [], "demand for images")
add(E, "i have ur pics and ur friends list. 200 in steam cards now or i send them out", [X], [], "gift-card demand")
add(E, "ignore me one more time and ur mom gets the video", [X], [], "threat to family")
add(E, "pay up 1k by friday or ur wife sees the tape. dont test me", [X], [], "threat to spouse")
add(E, "i wont ask twice. giftcard codes or the pics go to ur whole contact list", [X], [], "threat")
add(E, "n u d e s  r saved. u know what 2 do. 300 or they go public", [X], ["spacing"], "spacing")
add(E, "⏰ 1hr. 💸 or 📤 to all ur followers. ur choice", [X], ["emoji"], "emoji threat")
add(E, "[[leak]] ur vid to ur coworkers unless u pay, 1 day", [X], ["leetspeak"], "leet")
add(E, "we both know what you sent me. 800 usd or it goes on every forum", [X], [], "threat")

# ---------------------------------------------------------------- en hard negatives (38)
hn_e = [
 ("cp for these two is canon now, the finale confirmed it 😭", "fandom CP"),
 ("selling my sweet lolita dress, size M, worn twice, $120 shipped", "Lolita fashion"),
 ("free study resources for GCSE maths, whole folder shared in the group drive", "study resources"),
 ("police warning: sellers are using words like 'sprouts' and 'lunchbox sets' to advertise illegal images of kids. report, don't click", "police warning quoting codes"),
 ("NEWS: man charged after offering teens gift cards for photos on a gaming app", "news report"),
 ("parents, if someone online offers your kid robux for pics, screenshot and report it", "safety advice"),
 ("if u dont return my hoodie im posting the video of u falling off the trampoline lol", "joke threat"),
 ("pay me back the fiver or the karaoke vid goes in the group chat. final warning 😂", "joke threat"),
 ("swim lessons for kids 5-9, 8 weeks $160, small groups, sign up at the front desk", "kids class with price"),
 ("how old is your little one? mine just turned 3 and is a menace", "parent asking child age"),
 ("coach here: practice moved to 5pm, I'll drop the kids at the library after", "coach pick-up"),
 ("licensed massage therapist, deep tissue, 60 min $90, insurance receipts", "legit massage"),
 ("hospital escort service for elderly patients, half day $60", "escort to hospital"),
 ("outcall IT support, laptops/printers/wifi, $45 callout within the city", "outcall IT"),
 ("selling kids bike, 16 inch, good condition, $40 pickup only", "second-hand goods"),
 ("got broccoli sprouts growing on the windowsill, ready in 5 days", "sprouts literal"),
 ("bento lunchbox set for kids, 3 compartments, $12", "lunchbox literal"),
 ("crayon set 64 colors, unopened, $5", "crayon literal"),
 ("juniors soccer signups open, U13 division, $75 season fee", "juniors/U13 sports"),
 ("small fries and a coke pls", "small fries literal"),
 ("reading Lolita for my lit class and honestly the narrator is so unreliable", "Nabokov novel"),
 ("canadian pacific (CP) train delayed again at the crossing", "CP railway"),
 ("my son has CP and the new physio has been amazing", "cerebral palsy"),
 ("school reminder: no photos of other students on social media without consent", "school notice"),
 ("we're a paid parenting group, $5/month, weekly Q&A with a pediatric nurse", "paid parents group"),
 ("babysitting available weekends, CPR certified, $15/hr", "childcare with price"),
 ("ur so cute when ur mad lol (to my girlfriend, she's 27 before anyone asks)", "adults flirting"),
 ("wanna grab drinks friday? i'll pay this time 😉", "adult flirting"),
 ("journalist here looking to talk to parents whose kids were targeted by sextortion scams, DM for confidential chat", "journalism"),
 ("teen volunteers needed for the summer library program, ages 14-17", "teen volunteers"),
 ("mod note: posts offering 'menus' or 'vaults' will be removed and reported", "moderator note"),
 ("vintage trading cards, entire collection, bulk price, dm", "collection sale"),
 ("my little sis keeps threatening to show mom my old diary lmao", "sibling teasing"),
 ("dog walker avail, $20 per visit, i come to you", "visit service with price"),
 ("selling my old PS4 + 3 controllers, 150 firm", "second-hand goods"),
 ("anyone know a good kids dentist near Leeds? my daughter is 7", "parent mentioning age"),
 ("tutoring for middle schoolers, math and science, $30/hr online", "tutoring"),
 ("bro if u dont come to my bday i'm sending ur mum the pic of u in that costume", "joke threat"),
]
for t, n in hn_e:
    add(E, t, [], [], "hard negative: " + n, HN)

plain_e = [
 "anyone else's train delayed this morning", "best pizza place near campus?", "just finished my first 10k!!",
 "my cat knocked over my coffee again", "is it just me or is the app super slow today", "rain all week, great",
 "what time does the pharmacy close on sundays", "new phone who dis", "recommend me a podcast for the commute",
 "gonna be late, traffic is mad", "happy bday mate have a good one", "the new season is so mid honestly",
 "need a +1 for the gig saturday", "lost my keys again smh", "who's up for 5 a side tomorrow",
 "uni wifi is down again", "made banana bread, it's decent", "mum says dinner at 7",
]
for t in plain_e:
    add(E, t, [], [], "plain benign chat")


def main():
    rows = []
    for lang, text, labels, obf, note, hn in ROWS:
        t = render(text, obf)
        rows.append({"lang": lang, "text": t, "labels": labels, "obfuscation": obf,
                     "notes": note, "hard_negative": hn})
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "HD-M-%03d" % i, **r})
    with open("messages_d.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "rows")

if __name__ == "__main__":
    main()
