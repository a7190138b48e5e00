#!/usr/bin/env python3
"""Build the held-out single-message sets messages_a.jsonl / messages_b.jsonl.

Every text is synthetic and hand-written for this held-out set (written without
looking at Vigil's lexicons, source code or the development texts).  Rows are
listed per (language, class); entries with an even index go to file a, odd to b,
so both files have the same distribution but no text in common.  Mechanical
obfuscation (zero-width, full-width, confusables, separators, spacing,
leetspeak) is applied by the helpers below; the other families (homophone,
pinyin/zhuyin, split_char, emoji, traditional) are written by hand.
Deterministic: run `python3 gen_messages.py` to rebuild both files.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
ZWSP = "\u200b"


def ZW(s):
    """Insert zero-width spaces between the characters of s."""
    return ZWSP.join(s)


def FW(s):
    """ASCII -> full-width forms."""
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


CONF_MAP = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441",
            "p": "\u0440", "x": "\u0445", "i": "\u0456", "y": "\u0443"}


def CONF(s):
    """Replace Latin letters by Cyrillic look-alikes."""
    return "".join(CONF_MAP.get(ch, ch) for ch in s)


def SEP(s, sep):
    return sep.join(s)


def SP(s):
    return " ".join(s)


LEET_MAP = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def LEET(s):
    return "".join(LEET_MAP.get(ch, ch) for ch in s)


C, S, X = "csam_trading", "solicitation", "sextortion"

# Each entry: (text, obfuscation tags, note).  Lists are keyed by
# (lang, kind) where kind is csam_trading / solicitation / sextortion /
# hard (benign hard negative) / plain (ordinary benign chat).
ROWS = {}

ROWS[("zh-Hans", C)] = [
    ("新到一批小学组原档，永久会员168，进群先验资，纸飞机搜 @xiaomiao_box 。", [], "coded age group, originals, paid lifetime membership, Telegram handle"),
    ("萌芽系列合集更新到第七季，网盘直链，一次付费终身更新，私我拿链接。", [], "coded series name, cloud-drive links, one-off payment"),
    ("幼苗资原出售，价格美丽，薇：看头像，不议价。", ["homophone"], "资原=资源, 薇=微信; coded age word 幼苗"),
    ("收/换十岁左右的私藏视频，我这边有两个T的存货可以互换，只跟老手换。", [], "buying/swapping material of ~10-year-olds"),
    ("出 ll 和 zt 的 sp 合集，q群门票88，懂的来。", ["pinyin"], "ll=萝莉, zt=正太, sp=视频; paid group"),
    ("初中妹妹自拍流出包，一百二十张，三十元打包，TG同名。", [], "selling leaked self-generated images of minors"),
    ("童颜真幼，不是AI也不是演员，内部频道每月99，转账备注暗号“小花园”。", [], "claims real minors, monthly channel fee, payment passphrase"),
    (SEP("萝莉合集", ".") + " 全网最全，加群看置顶，价格私聊。", ["separator"], "separator-split code word, group advert"),
    ("儿童向“特殊”收藏群，只收有存货的，入群先交三部，管理审核。", [], "contribution-gated exchange group"),
    (ZW("小学生私密") + "视频打包出，USDT付款，十分钟内发货。", ["zero_width"], "zero-width inside the key phrase, crypto payment"),
    ("回收各种年龄小的照片，越小价越高，量大的直接联系我，安全可靠不留记录。", [], "buying images, price rises as age falls"),
    ("🍭🧒资源群 新人首月半价 ✈️同名 📦云盘秒发", ["emoji"], "emoji for child/Telegram, paid resource group"),
    ("有没有人有那种十二三岁的稀有资源？高价求，可以先付一半。", [], "seeking material of 12-13-year-olds"),
    ("出幺力女专题，云盘永久有效，先款后链，不退不换。", ["split_char"], "幺力=幼 split into components"),
    ("老群被封了，新群名叫“晚安童话”，会员费不变200，老会员凭截图免费进。", [], "re-formed paid group after a ban"),
    ("蘿莉資源包最新整理，加微详谈，支持担保交易。", ["traditional"], "Traditional forms 蘿莉資源 inside a Simplified advert"),
    ("求购：初一初二年级的学生视频，有真实校服的优先，价格你开。", [], "buying videos of 12-14-year-old pupils"),
    ("学生党专属资源库，小学到初中全年龄段，扫码入会年费三百。", [], "paid membership, school ages"),
    ("卖萝丽合集，威信私聊，可小额试看。", ["homophone"], "萝丽=萝莉, 威信=微信"),
    ("共享盘里新增“六一礼物”文件夹，内容都是小朋友的，VIP密码每周换，群主私发。", [], "coded folder name, VIP password"),
    (FW("VIP") + "群出" + FW("loli") + "原档，" + FW("u12") + "专区已上新，私聊拿价。", ["fullwidth"], "full-width Latin code words"),
    ("海外服务器存储，全是未成年的自拍，不怕封，比特币支付，门槛五十刀。", [], "offshore storage, crypto entry fee"),
    ("出yn zy，一手货源，Q群入场费66，懂得扣1。", ["pinyin"], "yn zy = 幼女 资源"),
    ("专业整理十四岁以下的套图，分年龄打包，批发价更便宜，代理有提成。", [], "wholesale sets sorted by age, reseller commission"),
    ("谁手里有“小学六年级”那套？拿我的三套换，都是私藏没外传的。", [], "swap request"),
    (SEP("正太合集", "|") + " 出售，加V了解，进群费128。", ["separator"], "separator-split code word, +V contact"),
    ("拉新活动：拉三个人进群送一个月会员，群里全是小孩子的视频，别问是不是真的。", [], "referral scheme for a paid group"),
    (SP("萝莉原档") + " 一手货源 量大从优", ["spacing"], "spaced code word, bulk sale"),
]

ROWS[("zh-Hans", S)] = [
    ("本地学生兼职，可上门，包夜一千二，快餐四百，加微信看照片。", [], "paid services menu with prices"),
    ("新到两个妹子，年纪小，很听话，价格私聊，只接熟客介绍。", [], "offering young women, referral only"),
    ("同城新到一批“奶茶”，学生款，口感嫩，到店品尝价格另议。", [], "coded 奶茶 for women offered, 学生款"),
    ("有没有初中的小妹妹想赚零花钱？陪叔叔吃饭聊天，一次五百，私聊我。", [], "adult recruiting minors for paid 'company'"),
    ("妹妹你几年级了？发张只给我看的照片，我给你充六百点券。", [], "asking a child for a private image for game currency"),
    ("高端wq，可长期by，先视频验证，价格私聊。", ["pinyin"], "wq=外围, by=包养"),
    ("酒店上门服务，技师年轻漂亮，全程一对一，下单请联系前台小薇。", [], "outcall 'technician' advert"),
    ("小妹妹，拍几张只给我看的私密照，一张五十，我保证不外传。", [], "paying a minor for private photos"),
    ("🌹同城🌹 夜间陪伴💋 一口价800 🚗可上门 私我", ["emoji"], "emoji-decorated paid companionship advert"),
    ("求一个大学生妹妹做长期女友，每月两万零花，要求听话懂事。", [], "paid arrangement request"),
    ("桑拿会所新到技师，一条龙服务，会员充五千送一千。", [], "sauna code 一条龙"),
    ("出差求纟勺，今晚酒店，价格好说，能来的直接报价。", ["split_char"], "纟勺=约 split"),
    (ZW("学生妹") + "上门，可过夜，诚信接单，定金两百。", ["zero_width"], "zero-width in 学生妹"),
    ("有人介绍下本市的“按摩”吗？要能做特殊项目的那种，钱不是问题。", [], "seeking 'special' massage"),
    ("寂寞小少妇，陪你过夜，价格美丽，加叩叩私聊。", ["homophone"], "叩叩=QQ"),
    ("你才13岁就这么好看，加我微信，每天给你发红包，不要告诉你妈妈。", [], "adult to 13-year-old: contact, money, secrecy"),
    ("学生兼職，可線下見面，一晚一千，私信。", ["traditional"], "Traditional 兼職/線下 in Simplified text"),
    ("包月服务，可过夜可出差，照片真实，不满意可换人，诚信经营。", [], "monthly paid service"),
    ("谁认识初中的女生？介绍一个给我，介绍费两千。", [], "paying for introduction to a minor"),
    (SEP("援交", "*") + " " + SEP("学生", "*") + " 价格私聊 诚信", ["separator"], "separator-split 援交"),
    ("新人求包养，二十岁，身高一六五，希望对方慷慨，月付优先。", [], "offering paid arrangement"),
    ("游戏里认识的小朋友，叔叔给你买皮肤，你开摄像头陪我聊一会就行，别让家长知道。", [], "adult asking child for camera contact, gifts, secrecy"),
]

ROWS[("zh-Hans", X)] = [
    ("你的视频我已经录好了，今晚十点前转五千到这个账户，不然发到你们班级群。", [], "recorded video, deadline, amount, class group"),
    ("你通讯录我都导出来了，不想让你爸妈看到那段视频就乖乖听话，今晚继续开视频。", [], "contact list, coercion to obey"),
    ("sp在我手里，三小时内打款三千，不然全网曝光，你的qq好友一个都跑不掉。", ["pinyin"], "sp=视频"),
    ("别装死，截图已经发给你一个同学了，剩下的人看不看取决于你，转两千。", [], "partial release as proof"),
    ("那天的录屏我还留着，你不再发几张新的，我就发到你学校贴吧。", [], "demand for more images"),
    ("不给钱就把你的果照发给你老婆，只给你一小时。", ["homophone"], "果照=裸照"),
    ("给你最后十分钟，充值卡卡密发过来，少一张我就发一个群。", [], "gift-card codes, countdown"),
    ("你的📹在我这里 ⏰今晚12点 💰五千 不然👨‍👩‍👧全都能看到", ["emoji"], "emoji for video/deadline/money/family"),
    ("我知道你在哪个学校几班，视频剪好了，明天早上之前没收到钱，全校都会看到。", [], "school named, deadline"),
    ("不转账就" + ZW("曝光") + "你，照片已经准备好发到你家族群。", ["zero_width"], "zero-width in 曝光"),
    ("你妈的微信号我已经找到了，打一千块钱，我就把你那些照片删掉。", [], "pay to delete"),
    ("你以为删了好友就没事了？图片都在，今天之内转五百，不然发你抖音粉丝。", [], "followers threat"),
    ("你的衤果照我存着呢，明天中午前打钱，否则发给你所有亲戚。", ["split_char"], "衤果=裸 split"),
    ("听话就不发出去，每天晚上按我说的拍一张，不然你知道后果。", [], "non-financial coercion for more images"),
]

ROWS[("zh-Hans", "hard")] = [
    ("求推荐好嗑的CP！最近沉迷这对师徒，太甜了。", [], "hard negative: CP = fandom couple pairing"),
    ("我们CP超话今晚有应援活动，资源都放在群文件了，自取。", [], "hard negative: CP fandom + 资源 + group files"),
    ("考研资源分享：数学真题合集、英语作文模板，网盘链接在评论区，免费。", [], "hard negative: study 资源/合集/网盘"),
    ("周末穿洛丽塔去漫展，新入的裙子是甜系的，求搭配建议。", [], "hard negative: Lolita fashion"),
    ("孩子今年七岁，上小学二年级，想报个游泳班，有没有推荐的？", [], "hard negative: parent states child's age/grade"),
    ("我家闺女小学三年级的照片，拍得好可爱，发给奶奶看看。", [], "hard negative: parent sharing child photo with family"),
    ("新闻：警方捣毁一个售卖儿童色情内容的网络群组，抓获嫌疑人十二名。", [], "hard negative: news report of an arrest"),
    ("家长注意：如果有人在游戏里给孩子送皮肤并要求加微信、要照片，请立即报警。", [], "hard negative: safety advice quoting grooming cues"),
    ("会员群福利：VIP用户本月享八折，群里每天发优惠券。", [], "hard negative: paid VIP group for coupons"),
    ("铜矿冶炼工艺交流，今天讨论火法炼铜的能耗问题。", [], "hard negative: literal copper smelting"),
    ("动漫角色设定里的正太和萝莉属性，你们更喜欢哪一种？", [], "hard negative: anime archetypes"),
    ("小区楼下的按摩店是正规理疗，我腰不好每周都去，推荐。", [], "hard negative: licensed massage"),
    ("家电维修，上门服务，空调清洗一百二，师傅当天到。", [], "hard negative: 上门服务 for repairs, price"),
    ("网吧包夜二十五，通宵开黑，谁来？", [], "hard negative: 包夜 at an internet café"),
    ("下午去茶楼喝茶，新到的明前龙井很嫩，推荐给大家。", [], "hard negative: real tea, 嫩"),
    ("你要是再吃我的零食，我就把你去年唱歌跑调的视频发到家族群哈哈。", [], "hard negative: joking threat between siblings"),
    ("姐你再不还我充电宝，我就把你小时候的丑照发朋友圈！", [], "hard negative: joking threat between siblings"),
    ("篮球教练：周六上午九点在学校门口接孩子们去比赛，家长有问题微信联系我。", [], "hard negative: coach arranging pick-up openly with parents"),
    ("出二手童装，九成新，适合五六岁的小朋友，打包五十元。", [], "hard negative: children's clothes for sale, price"),
    ("幼儿园毕业照合集已经上传到班级群相册，家长们自行下载。", [], "hard negative: 幼/合集/照片 in a class group"),
    ("转发：防范隔空猥亵，告诉孩子不要给陌生人发私密照片，遇到威胁立刻告诉家长。", [], "hard negative: prevention post"),
    ("学校反诈讲座：对方说“我有你的视频，不转账就发给你家人”，这是典型敲诈，请报警不要转账。", [], "hard negative: education quoting a sextortion threat"),
    ("原档照片已发你邮箱，婚纱照精修还要等一周。", [], "hard negative: 原档 in photography"),
    ("给孩子买了一百块的游戏点券，他考试进步了奖励一下。", [], "hard negative: parent buying game currency"),
    ("成年人交友：本人三十二岁，离异，想认识同城三十岁左右的女士，认真的。", [], "hard negative: adult dating with stated ages"),
    ("表弟今年十五岁，读初三，周末带他去看电影。", [], "hard negative: relative's age and grade"),
    ("萌芽杯作文比赛获奖合集出版了，中学生必读。", [], "hard negative: 萌芽/合集 literary contest"),
    ("我们舞蹈工作室招收四到十二岁的学员，暑假班三千八，可试课。", [], "hard negative: ages and price for a dance class"),
    ("摄影师约拍：模特需满十八岁，拍摄前核验身份证，费用按小时计算。", [], "hard negative: photographer with age check"),
    ("云盘会员到期了，谁有家庭共享的位置，一年六十。", [], "hard negative: cloud-drive membership price"),
    ("收二手奥数题集，小学五六年级的，有的联系我，价格好商量。", [], "hard negative: buying used maths books, 小学/收/价格"),
    ("这批小龙虾个头小，但是很嫩，三十五一斤，要的私聊。", [], "hard negative: 小/嫩/私聊 for crayfish"),
    ("爸妈晚上不在家，你一个人在家记得锁门，有事打给小姨。", [], "hard negative: family member about being home alone"),
    ("网络安全课：常见暗语有“炼铜”“资源”“进群费”，发现请截图举报。", [], "hard negative: education post quoting codes"),
    ("这个up主的剪辑合集太好笑了，已经三连，求更新！", [], "hard negative: 合集/求更新 for a video creator"),
    ("双十一会员专享：一次付费终身更新，所有课程永久有效。", [], "hard negative: lifetime course membership"),
    ("今晚十点前把作业发我，不然我告诉老师你抄的哈。", [], "hard negative: joking deadline threat between classmates"),
    ("妹妹上初一了，今天开学拍了张校服照，好快长大了。", [], "hard negative: sibling's school photo"),
    ("出一批动漫手办，正太系角色，全新未拆，三百包邮。", [], "hard negative: 正太 anime figures, price"),
    ("妈妈群：小学家长交流群，进群请备注孩子班级和姓名，不收费。", [], "hard negative: parents' group, 小学/进群"),
    ("我老公又把我丑照设成头像了，看我今晚怎么收拾他。", [], "hard negative: couple joking about photos"),
    ("电影《洛丽塔》的改编你们怎么看？原著的叙事视角很值得讨论。", [], "hard negative: Nabokov novel/film"),
    ("高三资料包：历年真题+答案解析，打包十元，百度网盘发货。", [], "hard negative: study pack, price, cloud delivery"),
    ("健身私教一对一，上门服务，一节课三百，可先体验。", [], "hard negative: personal trainer outcall"),
    ("小孩的视频被陌生人转发了怎么办？已经向平台举报，求懂法律的朋友指点。", [], "hard negative: victim's parent asking for help"),
    ("谁有火影的全集资源？高清的，求分享。", [], "hard negative: anime 资源 request"),
    ("新开的奶茶店🧋，学生凭学生证第二杯半价！", [], "hard negative: real milk tea, 学生"),
    ("我们家宝宝满月照合集，亲戚们想要原图的私聊我。", [], "hard negative: baby photos, 合集/私聊"),
]

ROWS[("zh-Hans", "plain")] = [
    ("明天早上八点开会，记得带电脑。", [], "plain"),
    ("今天地铁好挤，差点没挤上去。", [], "plain"),
    ("有人知道附近哪里修自行车吗？", [], "plain"),
    ("晚饭吃火锅还是烧烤？投票，火锅yyds。", [], "plain"),
    ("下周降温了，大家注意加衣服。", [], "plain"),
    ("这本书我看完了，结尾有点仓促。", [], "plain"),
    ("谁借我一下充电线，手机快没电了。", [], "plain"),
    ("周末去爬山，有一起的吗？", [], "plain"),
    ("快递到了，在门卫那里。", [], "plain"),
    ("刚做的红烧肉，第一次成功！", [], "plain"),
    ("猫又把花盆打翻了，气死。", [], "plain"),
    ("今天的数学作业第三题怎么做？", [], "plain"),
    ("求推荐适合新手的吉他。", [], "plain"),
    ("我们小区明天停水，提前接点水。", [], "plain"),
    ("这个周末的演唱会票还有吗？", [], "plain"),
    ("新买的耳机音质不错，推荐。", [], "plain"),
    ("下午三点的火车，别迟到。", [], "plain"),
    ("谁知道图书馆几点关门？", [], "plain"),
    ("今天跑了五公里，腿好酸。", [], "plain"),
    ("公司楼下新开了一家面馆，味道一般。", [], "plain"),
    ("帮我看看这个简历格式行不行。", [], "plain"),
    ("天气预报说明天有雨，记得带伞。", [], "plain"),
    ("老家寄来的橘子很甜，分给大家。", [], "plain"),
    ("打算学做面包，求个简单的配方。", [], "plain"),
]

ROWS[("zh-Hant", C)] = [
    ("蘿莉原檔合集更新，永久會員一千二，飛機搜 @tw_xiaoyuan 。", [], "paid lifetime membership, Telegram handle"),
    ("國小組私藏影片，雲端連結，付款後自動發貨，不退款。", [], "coded age group, cloud links"),
    ("出ㄌㄌ跟ㄓㄊ的影片包，LINE私訊，價錢好談。", ["pinyin"], "zhuyin initials ㄌㄌ=蘿莉, ㄓㄊ=正太"),
    ("收國中生自拍外流包，有貨的開價，量多優先。", [], "buying leaked self-generated images of minors"),
    (SEP("幼女合輯", "~") + " 新群開張，會員費500。", ["separator"], "separator-split code word"),
    ("交換群：上傳三部以上十二歲以下的影片才能進，管理員會檢查。", [], "contribution-gated exchange"),
    ("出籮莉資原，全台最齊，私我看目錄。", ["homophone"], "籮莉=蘿莉, 資原=資源"),
    ("小學生專區已上架，VIP每月三百，用USDT付款比較安全。", [], "paid VIP, crypto"),
    ("有人有那種十歲左右的稀有片嗎？高價收，可以先付訂金。", [], "seeking material of ~10-year-olds"),
    ("🧒🏻📂新貨到 💵月費399 ✈️同名 私訊拿連結", ["emoji"], "emoji child/folder/money/Telegram"),
    ("群主整理好了「童年回憶」資料夾，內容都是真的小孩，付費才給密碼。", [], "coded folder, paid password"),
    (FW("VIP") + "群新增" + FW("u13") + "專區，會員限定，私訊拿價。", ["fullwidth"], "full-width code words"),
]

ROWS[("zh-Hant", S)] = [
    ("外約妹妹，年輕學生，可過夜，價格私訊，LINE看照片。", [], "outcall advert"),
    ("妹妹你國一喔？傳一張只給哥哥看的照片，我給你儲值MyCard。", [], "asking a 7th-grader for a private image for game credit"),
    ("今晚想叫個小j到旅館，有人推薦嗎？價錢好說。", ["pinyin"], "小j=小姐"),
    ("全套服務，環境乾淨隱密，新到幾位年輕美眉，先預約。", [], "paid services advert"),
    ("找乾女兒，國中高中都可以，每月零用錢五千，要乖、聽話。", [], "seeking minors for paid 'arrangement'"),
    (SEP("援交妹", ".") + " 可外約，價格私聊。", ["separator"], "separator-split 援交"),
    ("有沒有人介紹定點的，要年輕一點的，錢不是問題。", [], "seeking a brothel"),
    ("陪睡一晚八千，可長期包養，意者私訊。", [], "paid overnight arrangement"),
    ("🍵新茶到🍵 18歲新人 🚪可外送 💰3k起", ["emoji"], "tea code with emoji, outcall price"),
    ("小妹妹，叔叔幫你買遊戲點數，你開視訊給我看就好，不要跟爸媽說。", [], "adult asking child for video, gifts, secrecy"),
]

ROWS[("zh-Hant", X)] = [
    ("你的影片我都錄下來了，今天晚上十二點前匯兩萬，不然傳給你全班同學。", [], "recorded video, deadline, class"),
    ("不想被曝光就買五張遊戲點數卡，序號拍給我，你只有一個小時。", [], "game-card codes, one hour"),
    ("你的ㄙ密照我存好了，明天前轉帳五千，不然寄給你爸媽。", ["pinyin"], "zhuyin ㄙ密照=私密照"),
    ("你再封鎖我一次，我就把截圖發到你們學校的靠北版。", [], "threat to post to school confession page"),
    ("再不乖乖聽話，我就把你的照片" + ZW("曝光") + "給你所有朋友。", ["zero_width"], "zero-width in 曝光, obey"),
    ("街口轉一萬過來，收到就刪，沒收到的話你IG追蹤者都會看到。", [], "JKOPAY payment, followers"),
]

ROWS[("zh-Hant", "hard")] = [
    ("求推薦好看的BL CP，最近很迷這對學長學弟。", [], "hard negative: CP pairing"),
    ("週末穿Lolita去西門町拍照，新買的古典風洋裝超美。", [], "hard negative: Lolita fashion"),
    ("幼幼班的孩子今天第一次上學，哭得好可憐。", [], "hard negative: 幼幼班 kindergarten class"),
    ("新聞：警方破獲販售兒少性剝削影像的網路群組，逮捕五人。", [], "hard negative: news"),
    ("家長注意：陌生人用遊戲點數換孩子照片是常見手法，請多關心孩子。", [], "hard negative: safety advice"),
    ("🍵茶莊新到高山烏龍，歡迎來品茶，現場試喝免費。", [], "hard negative: real tea shop"),
    ("國中資料包：歷屆會考題目加詳解，雲端連結私訊給你，免費。", [], "hard negative: study pack, 國中/雲端/私訊"),
    ("我女兒今年國小三年級，想找數學家教，一小時五百可以嗎？", [], "hard negative: parent, age, price"),
    ("你再偷吃我的布丁，我就把你睡覺流口水的影片傳到家族群！", [], "hard negative: joking sibling threat"),
    ("VIP會員專屬：本月咖啡買一送一，會員群每天都有優惠。", [], "hard negative: VIP group"),
    ("攝影工作室：模特兒需年滿十八歲，拍攝當天請帶身分證。", [], "hard negative: model booking with ID check"),
    ("教練：星期六早上八點在校門口接小朋友去比賽，請家長簽同意書。", [], "hard negative: coach pick-up with parents"),
    ("正規按摩推拿，有執照的師傅，腰痠背痛歡迎預約。", [], "hard negative: licensed massage"),
    ("合輯：我家貓咪一歲生日照片，給大家看看可愛的樣子。", [], "hard negative: 合輯 of cat photos"),
    ("網咖包夜一百五🎮，跟同學通宵打電動。", [], "hard negative: internet café overnight"),
    ("反詐騙宣導：對方說要把你的影片傳給親友要你匯款，這是性勒索，請報警。", [], "hard negative: education quoting sextortion"),
    ("三十五歲單身男，想認識同齡的女生，一起吃飯看電影。", [], "hard negative: adult dating"),
    ("出二手童書，適合五到八歲的小朋友，整套三百。", [], "hard negative: children's books, price"),
    ("我姪子今年十二歲，週末帶他去動物園。", [], "hard negative: relative's age"),
    ("阿嬤問你幾歲了、在哪間學校，要幫你寄生日禮物啦。", [], "hard negative: grandmother asking age/school"),
    ("交換禮物活動：預算五百元，記得不要告訴對方你抽到誰喔，要保密！", [], "hard negative: secrecy for a gift exchange"),
    ("動漫裡的蘿莉角色設定越來越多，大家怎麼看？", [], "hard negative: anime archetype"),
]

ROWS[("zh-Hant", "plain")] = [
    ("明天早上的會議改到十點。", [], "plain"),
    ("今天捷運好多人，擠到不行。", [], "plain"),
    ("有人知道哪裡可以修手機螢幕嗎？", [], "plain"),
    ("晚餐要吃拉麵還是滷肉飯？", [], "plain"),
    ("颱風要來了，記得準備手電筒。", [], "plain"),
    ("這本小說的結局好意外。", [], "plain"),
    ("週末去陽明山走走，有人要一起嗎？", [], "plain"),
    ("包裹放在管理室了，記得去拿。", [], "plain"),
    ("今天的珍奶半糖少冰剛剛好。", [], "plain"),
    ("下午的高鐵票買好了，三點半出發。", [], "plain"),
]

ROWS[("en", C)] = [
    ("new drop in the vault: u13 originals, lifetime access $150, dm on tg @nightshelf_22", [], "age code, paid access, Telegram handle"),
    ("fresh " + LEET("young collection") + ", 40GB, mega link after payment, btc only", ["leetspeak"], "leetspeak 'young collection', cloud link, crypto"),
    ("Looking to trade - I have rare stuff of kids 9-12, want the same in return, no cops, no time wasters.", [], "swap offer naming child ages"),
    ("🧀🍕 folders restocked, 🔗 after 💰, ask for the menu", ["emoji"], "cheese-pizza emoji code, paid links"),
    ("selling school-age girls' private pics leaked from a chat app, $30 for the pack, crypto.", [], "selling leaked images of minors"),
    (CONF("loli") + " vault open again, $99/month, invite through the secure messenger", ["confusable"], "Cyrillic look-alikes in 'loli'"),
    ("Private discord for \"little ones\" content, must upload 5 files to stay, mods verify.", [], "contribution-gated group"),
    ("anyone got the preteen set that went around last year? paying good money, escrow ok.", [], "buying a set"),
    (SEP("cp", "-") + " " + SEP("links", "-") + " for sale, teen and younger, telegram same name", ["separator"], "separator-split cp links"),
    ("Premium folder of underage selfies, updated weekly, pay with gift cards, DM for a sample list.", [], "paid folder of minors' images"),
    (ZW("jailbait") + " pack 2 just dropped, $25, link expires in 24h", ["zero_width"], "zero-width inside the code word"),
    ("New channel for \"young models\" - real, not AI, monthly fee 60 USDT, old members rejoin free.", [], "paid channel, claims real"),
    ("Buying pics of middle schoolers, the younger the better, discreet, paypal f&f.", [], "buying images of minors"),
    (FW("u14 collection") + " restocked, wickr only", ["fullwidth"], "full-width age code"),
    ("Invite-only group, kids content only, entry is one original file, no reposts.", [], "contribution-gated group"),
    (SP("loli") + " and " + SP("shota") + " packs, cheap, dm", ["spacing"], "spaced code words"),
    ("who has the \"sunflower folder\"? heard it's all little kids. will pay 200 for the link.", [], "coded folder name, paying for link"),
    ("Cloud drive with 3TB of child content, selling access keys, bulk discounts for resellers.", [], "selling access keys"),
    (LEET("kiddo") + " pack 🍼, $40, instant delivery", ["leetspeak", "emoji"], "leetspeak + baby-bottle emoji"),
    ("Looking for a seller of under-10 stuff, my last source got banned, can pay in monero.", [], "seeking seller, crypto"),
]

ROWS[("en", S)] = [
    ("new in town, incall and outcall, 250 an hour, rates and pics in my bio.", [], "paid services advert"),
    ("hey ur 14 right? send me a pic in ur room, just for me, I'll get you 1000 vbucks.", [], "asking a 14-year-old for a private image for game currency"),
    (LEET("gfe available tonight") + ", 300 roses/hr, outcall only", ["leetspeak"], "leetspeak GFE advert, roses=dollars"),
    ("Generous gentleman seeking a discreet arrangement, allowance negotiable, must be open-minded.", [], "paid arrangement request"),
    ("any girls in grade 8 wanna make easy money? just chat with me on snap, I pay via cashapp.", [], "adult recruiting 8th-graders"),
    ("🌹🌹 donations only 🌹🌹 overnight available 🏨 dm for menu", ["emoji"], "roses/hotel emoji advert"),
    ("I'll buy you that skin if you video call me alone, don't tell your parents, ok?", [], "child: gift for private video call, secrecy"),
    ("Looking for a young sugar baby, high school is fine, $500 a week, must keep it secret.", [], "seeking a minor for a paid arrangement"),
    (CONF("escort") + " service, downtown hotels, discreet, booking via app", ["confusable"], "Cyrillic look-alikes in 'escort'"),
    ("Massage with happy ending, 2 girls available tonight, cash only, no cops.", [], "coded sexual massage"),
    (SEP("paid", "*") + " " + SEP("meet", "*") + " tonight, 200 for an hour, hmu", ["separator"], "separator-split paid meet"),
    ("u look so mature for 13, send me a private one and I'll send u a $50 steam card.", [], "asking a 13-year-old for a private image"),
    ("Outcall to your hotel, new girls every week, book through the encrypted app.", [], "outcall advert"),
    ("30 min = 150 " + ZW("roses") + ", incall near the station", ["zero_width"], "zero-width in 'roses'"),
    ("Visiting Chicago next weekend, looking for a paid companion for the night, no drama.", [], "seeking paid companion"),
    ("Anyone know a spot where the girls are young and cheap? asking for real, will tip.", [], "seeking young sex workers"),
    ("paid " + SP("hookup") + " tonight, discreet, my place", ["spacing"], "spaced 'hookup'"),
    ("Middle school boys, want free robux? just send me a pic from your bedroom and keep it between us.", [], "adult asking children for images, secrecy"),
]

ROWS[("en", X)] = [
    ("I recorded our whole video call. $500 in Apple gift cards in the next 2 hours or it goes to your mom and your school.", [], "recording, gift cards, deadline"),
    ("I have your pics and a screenshot of all your followers. Pay 300 on cashapp or everyone sees them tonight.", [], "followers collage, Cash App"),
    (LEET("i have ur vid") + ", 200 in btc by midnight or ur whole friend list gets it", ["leetspeak"], "leetspeak possession claim"),
    ("You blocked me? Cute. The pictures go to your coach in 10 minutes unless you unblock and pay.", [], "10-minute countdown"),
    ("Send me more pics or I post the ones I already have in your class group chat. Your choice.", [], "demand for more images"),
    ("📸 = mine now. 💳 $400 steam cards ⏳ 1 hour or 📤 to all your contacts", ["emoji"], "emoji threat"),
    ("I know where you go to school. Transfer the money today or the video gets sent to every parent in your grade.", [], "school, deadline"),
    ("Paid once doesn't mean it's over. Another $200 or I'm sending it to your girlfriend.", [], "re-demand after payment"),
    ("I still have the " + CONF("video") + ". Buy me 5 Google Play cards or it goes up on every site.", ["confusable"], "Cyrillic look-alikes in 'video'"),
    ("Do what I say tonight on cam or your family gets the pictures. Don't even think about telling anyone.", [], "non-financial coercion"),
]

ROWS[("en", "hard")] = [
    ("Who's your favourite CP in the fandom? I'm obsessed with the enemies-to-lovers ship.", [], "hard negative: CP = couple pairing"),
    ("My son has CP (cerebral palsy) and we're looking for an adaptive swim class nearby.", [], "hard negative: CP = cerebral palsy"),
    ("Canadian Pacific train stuck at the crossing again, 20 min wait. CP really needs to fix this.", [], "hard negative: CP = Canadian Pacific"),
    ("Lolita fashion meetup this Sunday, wear your best sweet or classic coord!", [], "hard negative: Lolita fashion"),
    ("Book club is reading Lolita next month - a hard read but worth discussing the unreliable narrator.", [], "hard negative: Nabokov novel"),
    ("My daughter just turned 9, any ideas for a birthday party theme?", [], "hard negative: parent states child's age"),
    ("NEWS: Police arrest three men who ran an online group trading child abuse images; the platform had referred the case to NCMEC.", [], "hard negative: news report"),
    ("Parents: if someone offers your kid gift cards or V-Bucks for photos, save the chat and report it. Never pay a sextortionist.", [], "hard negative: safety advice"),
    ("School assembly today on sextortion - \"I have your video, pay or I'll share it\" is a crime, tell a trusted adult.", [], "hard negative: education quoting a threat"),
    ("Coach here: I'll pick up Liam and Noah at 5:30 for the away game, parents please sign the form.", [], "hard negative: coach pick-up"),
    ("VIP members get early access to concert tickets, $15/month, cancel anytime.", [], "hard negative: VIP membership price"),
    ("Selling my old pizza oven 🍕🧀 makes great cheese pizza, $80 pick up only.", [], "hard negative: cheese pizza literal"),
    ("The student resources folder on the school drive has past papers and revision notes, free for all.", [], "hard negative: resources folder"),
    ("If you eat my leftovers again I'm posting that video of you singing in the shower to the family chat lol.", [], "hard negative: joking sibling threat"),
    ("Bro if you don't return my hoodie by Friday, the prom photo goes on my story.", [], "hard negative: joking deadline threat"),
    ("34M, divorced, looking to meet a woman in her 30s for dinner and maybe more, no rush.", [], "hard negative: adult dating"),
    ("Hey gorgeous, can't wait for date night - wear that red dress, I booked the hotel restaurant.", [], "hard negative: adults flirting"),
    ("Licensed massage therapist, deep tissue and sports massage, $90/hr, booking online.", [], "hard negative: licensed massage"),
    ("Our team offers outcall IT support to your office, $120 per visit.", [], "hard negative: outcall IT support"),
    ("Young adult fiction recs for my 15-year-old? She loved The Hunger Games.", [], "hard negative: YA fiction, child's age"),
    ("Teen volunteers needed for the library summer reading program, ages 13-17, sign up at the desk.", [], "hard negative: teen volunteers"),
    ("Trading my Robux for your limited hat? Fair trade, no scams.", [], "hard negative: peers trading Robux"),
    ("Grandma asked how old you are now and what school you go to, she wants to send a card.", [], "hard negative: family asking age/school"),
    ("Photographer looking for models 18+, ID checked on set, paid $60/hr, portfolio shoot.", [], "hard negative: model booking with ID check"),
    ("Are you home alone tonight? Dad's flight is late, I'll be back by 9, lock the door.", [], "hard negative: parent asking if child is home alone"),
    ("Keep it a secret from mom - we're planning her surprise party on Saturday!", [], "hard negative: secrecy for a surprise"),
    ("Selling a bundle of kids' clothes, ages 4-6, $25 for the lot.", [], "hard negative: kids' clothes, price"),
    ("Our little ones' nativity play photos are in the class folder, parents can download them.", [], "hard negative: 'little ones' photos for parents"),
    ("Mega link for the full season of the cooking show? asking for a friend who missed it.", [], "hard negative: cloud link request"),
    ("Just bought a $50 gift card for my sister's birthday, she's into Steam games.", [], "hard negative: gift card"),
    ("Telegram channel for our knitting club, $5 membership covers yarn, DM me for the invite.", [], "hard negative: Telegram, paid membership, DM invite"),
    ("Report: Europol operation took down a dark web forum; 20 children safeguarded, 60 arrests.", [], "hard negative: news"),
    ("The new kid in grade 8 keeps teasing me, says my haircut looks like a mop lol.", [], "hard negative: teenagers teasing"),
    ("Wanna trade pics of our dogs? Mine just got groomed and looks ridiculous.", [], "hard negative: 'trade pics', 'groomed'"),
    ("Tutor: happy to do private lessons for your son on Tuesdays, you're welcome to sit in. Invoice to follow.", [], "hard negative: tutor arranging openly with parent"),
    ("Babysitter needed Friday night for two kids (5 and 8), $20/hr, must have references.", [], "hard negative: babysitter, ages, price"),
]

ROWS[("en", "plain")] = [
    ("Meeting moved to 3pm, same room.", [], "plain"),
    ("Anyone know a good plumber in the area?", [], "plain"),
    ("Just finished my first 10k, legs are dead.", [], "plain"),
    ("What's everyone doing for the long weekend?", [], "plain"),
    ("The new coffee place on 5th is way overpriced.", [], "plain"),
    ("Can someone send me the notes from today's lecture?", [], "plain"),
    ("My cat knocked my phone into the sink again.", [], "plain"),
    ("Rain all week, great.", [], "plain"),
    ("Recommend me a podcast for a long drive?", [], "plain"),
    ("Finally fixed the wifi, it was the router all along.", [], "plain"),
    ("Lunch at noon? I'm starving.", [], "plain"),
    ("Our flight got delayed two hours, ugh.", [], "plain"),
    ("Does anyone have a spare HDMI cable?", [], "plain"),
    ("The game last night went to overtime, what a finish.", [], "plain"),
    ("Trying to learn sourdough, my starter smells weird.", [], "plain"),
    ("Happy birthday Sam! Hope it's a good one.", [], "plain"),
    ("Reminder: bins go out Tuesday night.", [], "plain"),
    ("Anyone watching the new season? No spoilers please.", [], "plain"),
    ("Bought a bike, now I need a helmet recommendation.", [], "plain"),
    ("Power's out on our street, anyone else?", [], "plain"),
]

OBF_TAGS = {"homophone", "pinyin", "separator", "confusable", "fullwidth",
            "leetspeak", "emoji", "split_char", "traditional", "zero_width",
            "spacing"}


def build():
    files = {"a": [], "b": []}
    for (lang, kind), rows in ROWS.items():
        assert len(rows) % 2 == 0, (lang, kind, len(rows))
        for i, (text, obf, note) in enumerate(rows):
            part = "a" if i % 2 == 0 else "b"
            labels = [kind] if kind in (C, S, X) else []
            hard = kind == "hard"
            assert set(obf) <= OBF_TAGS, obf
            if kind == "plain":
                note = "plain benign chat"
            elif kind in (C, S, X) and not note.startswith(kind):
                note = f"{kind}: {note}"
            files[part].append({"lang": lang, "text": text, "labels": labels,
                                "obfuscation": list(obf), "notes": note,
                                "hard_negative": hard})
    out = {}
    for part, rows in files.items():
        rng = random.Random(f"vigil-heldout-messages-{part}")
        rng.shuffle(rows)
        prefix = "HMA" if part == "a" else "HMB"
        final = []
        for n, r in enumerate(rows, 1):
            final.append({"id": f"{prefix}-{n:04d}", "lang": r["lang"], "text": r["text"],
                          "labels": r["labels"], "obfuscation": r["obfuscation"],
                          "notes": r["notes"], "hard_negative": r["hard_negative"]})
        out[part] = final
        with open(os.path.join(HERE, f"messages_{part}.jsonl"), "w", encoding="utf-8") as f:
            for r in final:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    res = build()
    for part, rows in res.items():
        print(part, len(rows))
