#!/usr/bin/env python3
"""Held-out message set P (Vigil).  Synthetic, non-graphic, written from the angle of a
payments financial-crime analyst / telecom anti-fraud team: transfer notes, red-packet notes,
top-up and gift-card redemptions, SMS and marketplace chats.

Every handle, address, price and shop name is invented.  Run: python3 gen_messages_p.py
Output: messages_p.jsonl (deterministic)."""
import json, random

R = random.Random(20261122)
PZ = [88, 128, 168, 199, 258, 288, 368, 399, 520, 588, 666, 888, 1288]
PE = [15, 25, 30, 40, 49, 60, 75, 99, 120, 150, 200, 250, 300, 500]
SYL = ["lvya", "xiaoya", "mengxin", "tangguo", "qiuqiu", "nuomi", "dudu", "xiaoshu", "yezi", "paopao",
       "mumu", "kele", "shuyuan", "bao", "caomei", "lingdang"]
EN = ["sprout", "crayon", "pebble", "acorn", "lunchbox", "hopscotch", "juicebox", "marble", "kite",
      "sparkle", "velvet", "honeydew", "cinder", "maple", "lantern", "orchid"]
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def h_zh():
    return "%s_%02d%d" % (R.choice(SYL), R.randint(10, 99), R.randint(0, 9))


def h_en():
    return "%s%s%d" % (R.choice(EN), R.choice(["_", "", "."]), R.randint(11, 989))


def addr():
    # deliberately truncated, not a usable address
    return "T" + "".join(R.choice(B58) for _ in range(5)) + "…" + "".join(R.choice(B58) for _ in range(4))


def fill(t, lang):
    p = R.choice(PE if lang == "en" else PZ)
    p2 = p * R.choice([2, 3, 5])
    return t.format(p=p, p2=p2, h=h_en() if lang == "en" else h_zh(), a=addr(),
                    n=R.choice([6, 12, 24, 48, 72]), t4="%04d" % R.randint(0, 9999),
                    hr=R.choice([8, 9, 10, 11]), code="%s-%04d" % (R.choice("ABCDEFGHKMNPRSTWXY") * 2, R.randint(1000, 9999)))


# (template, obfuscation tags, note)
T = {}
# ------------------------------------------------------------------ zh-Hans
T["zh-Hans", "csam_trading"] = [
    ("转账备注写“绿芽月卡”就行，{p}元，付完截图私我，网盘提取码当天发，里面都是小学段的原片", [], "payment note as cover; cloud-drive handover; primary-school-age content"),
    ("代充小店｜小芽会员 季卡{p} 永久{p2}，拍下备注QQ，自动发兑换码，进去全是初中以下的私密合集", [], "top-up shop cover; redeem code gives access to minors' material"),
    ("闲鱼上那个“儿童绘本合集”别当真买绘本，拍下后客服发云盘链接，是未成年的视频包，{p}一份", [], "second-hand listing as cover for abuse material"),
    ("教程包{p}U，USDT(TRC20)打到 {a}，到账拉你进tg频道，每天更新小孩子的私拍", [], "crypto payment; 'tutorial pack'; channel of minors' images"),
    ("红包备注写“学习资料”，{p}进群，群里都是十一二岁的，别外传，外传踢", [], "red-packet payment disguised as study material"),
    ("ｙｏｕ齿 合集 已更新到第{n}期，{p}元拿永久，V：{h}", ["fullwidth", "pinyin"], "you=幼 in fullwidth latin; collection of child material"),
    ("萝.莉.原.档 {p}一套，支付宝口令红包发我，收到秒发百度盘", ["separator"], "separator-split coded term, red-packet payment"),
    ("🌱🌱卡 {p}/月 🍼系列全是小学生 私聊拿码 {h}", ["emoji"], "emoji codes for child content membership card"),
    ("幺力女 原档 {p}元，拍淘宝“文具礼盒”链接，备注暗号“小书包”发货", ["split_char"], "幼 written as 幺+力; stationery listing cover"),
    ("LL+ZT两套打包{p}，拍闲鱼“二手童书”，备注手机尾号{t4}，发盘", ["pinyin"], "LL/ZT pinyin initials for child archetypes; marketplace cover"),
    ("链瞳会员卡 {p}一张，刮开码在淘宝拍“礼品卡”，码到账自动解锁全部童模私密", ["homophone"], "链瞳 homophone of 恋童; gift-card redemption unlocks content"),
    ("收小朋友自拍，也卖，换也行。新货{n}个G，{p}包月，微信{h}，备注“作业”", [], "buys/sells/swaps children's images, gated by payment"),
    ("出初中生“作业本”系列，懂的来，先付定金{p}，发货走阿里云盘分享", [], "exercise-book euphemism for minors' material"),
    ("小 学 段 资 源 会员码 {code}，{p}一个，码用过即作废，别问样品", ["spacing"], "spaced coded term; single-use membership code"),
    ("代购渠道：日本“儿童写真”非公开版，{p}一套，付款走微信转账备注“代购鞋”", [], "代购 cover; non-public child 'photo sets'"),
    ("暗号“铅笔盒”，{p}元入永久群，群主每周传新的小孩视频，截图付款给{h}", [], "code word, permanent group for child videos"),
]
T["zh-Hans", "solicitation"] = [
    ("新到学生妹，喝茶{p}起，全套另议，地址私，微信{h}", [], "tea-house cover, 'student girl' paid services"),
    ("KTV公主 包厢加钟{p}，能带出台，价格私聊，转账备注“唱歌”", [], "KTV hostess cover, taking hostess out paid"),
    ("养生馆新来两个技师，特殊项目{p}/次，可上门，联系{h}", [], "massage-parlour cover for paid sex"),
    ("诚寻包养，每月{p2}零花，要求18左右乖的，先发生活照到{h}", [], "sugar arrangement offer"),
    ("小妹妹，帮你充{p}元游戏点券，拍几张私密照发我就行，别跟爸妈说哦", [], "adult offers game top-up to a minor for private images"),
    ("约pao {p}一次，可包夜，酒店自理，Q{h}", ["pinyin"], "pinyin for paid hookup"),
    ("红包备注：定金{p}，今晚{hr}点某酒店808，妹妹带到，尾款当面", [], "deposit via red packet for paid meeting"),
    ("🍵新茶到 嫩的 {p}/次 📍南山 加V {h}", ["emoji"], "tea emoji = paid sex ad"),
    ("兼职女生日结，陪老板吃饭+过夜，一晚{p2}，可先看照片", [], "escort / overnight paid"),
    ("外／卖／妹 上门 {p} 半小时到 {h}", ["separator"], "'delivery girl' outcall with separators"),
    ("上门按摩男士专享，加{p}有“特别项目”，暗号“泡脚”", [], "massage with coded extra paid service"),
    ("初中生也可以，想赚零花钱的私我，一次{p}，保密，不留记录", [], "seeking minors for paid sexual contact"),
    ("代购“外围”资源，模特空姐都有，{p2}起，先付三成，{h}", [], "escort broker under 代购 cover"),
    ("楼上工作室，“茗”品鉴，一壶{p}，两壶包夜，只接熟客介绍", ["homophone"], "茗/tea tasting as cover for paid sex"),
]
T["zh-Hans", "sextortion"] = [
    ("你欠的“删除费”{p}元今晚12点前转到支付宝{h}，不然那些视频发你通讯录，每人一份", [], "deletion fee framed as debt with deadline"),
    ("违约金：{p}。截图都备份了，逾期一天加{p2}，到时候发你们学校群", [], "'penalty' framing; threat to school group"),
    ("退款不成立。想让我删视频就补{p}，收款码上面发了，倒计时{n}小时", [], "refund framing; deletion fee; countdown"),
    ("亲，你的“账单”：私密照片保管费{p}元，逾期将公开到你老公微信", [], "bill/storage fee framing, threat to spouse"),
    ("罚款通知：你的视频聊天录像已存档，请于{n}小时内缴纳{p}元至尾号{t4}的卡，否则曝光", [], "fake fine, recorded video chat, payment to card"),
    ("再发三张，不然你之前发的就到你班群了，别想拉黑，我有你同学的号", [], "demand for more images from a (likely minor) victim"),
    ("lao公那边我还没发，{p}米，USDT到账就删，不给就全网发你的luo照", ["pinyin"], "pinyin-masked nude-image threat, crypto"),
    ("快递到付的“封口费”{p}，给了就删档，不给明天你爸妈单位都能看到", [], "hush money framed as COD fee"),
    ("📸👉👨‍👩‍👧 你懂的。{p}💰 今晚前，支付宝{h}", ["emoji"], "emoji-coded threat to send images to family"),
    ("你那段视频 我 已 经 剪 好 了，{p}块买断，不买就上传，给你{n}小时", ["spacing"], "spaced threat; buy-back of video"),
]
T["zh-Hans", "hn"] = [
    ("您好，订单{t4}的退款申请已驳回，如有异议请在{n}小时内上传凭证，逾期视为放弃", "refund dispute wording with deadline, legitimate merchant"),
    ("【还款提醒】您的借款{p}元将于明日到期，请按时还款，逾期将产生违约金并影响征信", "debt reminder with penalty wording, no images or threat of exposure"),
    ("反诈提醒：有人冒充客服说“不交删除费就曝光视频”，这是诈骗，千万别转账，报警96110", "scam warning quoting sextortion language"),
    ("转账备注：王老师数学家教费{p}元（本月4次课），孩子五年级", "parent paying a tutor, child's grade"),
    ("给儿子充了{p}元点券，他说要买皮肤，商家发的兑换码是{code}，怎么用啊", "kid's game top-up, redeem code"),
    ("🧧新年快乐！给小侄女的红包{p}，祝学习进步，备注“压岁钱”", "red-packet greeting to a child"),
    ("预约明天下午3点足疗两位，成人，要男技师，会员卡尾号{t4}", "legitimate massage booking between adults"),
    ("周六同学聚会订了KTV大包，{p}元套餐含果盘，晚上{hr}点到，AA转我", "legitimate KTV booking"),
    ("童模经纪：暑期广告拍摄，需家长全程陪同并签监护人同意书，报名费0元，谨防收费骗子", "child-model agency with guardian consent"),
    ("银行提醒：骗子常说“你的视频被人录了，交罚款{p}就删除”，本行不会以任何名义要求转账", "bank fraud notice quoting sextortion script"),
    ("警方通报：一男子在网盘出售儿童不雅视频被刑拘，涉案收款{p2}元，已冻结", "news about an arrest for abuse material"),
    ("资源分享：初中数学全套课件+习题，网盘链接在群公告，免费，别信收费的", "资源/网盘 for study materials"),
    ("我的CP又发糖了！两位主演同框，超话会员卡续了{p}天", "CP = couple pairing; membership card"),
    ("Lolita小裙子二手转让，{p}元包邮，S码，穿过两次，闲鱼拍", "Lolita fashion second-hand listing"),
    ("闲鱼买的二手童书少了两本，卖家不退款，我已经申请平台介入了", "marketplace dispute about children's books"),
    ("信用卡拒付（chargeback）已提交：商户未发货，金额{p}元，等待银行处理", "chargeback dispute"),
    ("喝茶吗？新到的明前龙井，{p}一斤，老朋友八折，店在西湖边", "literal tea sale"),
    ("幼儿园小班下学期伙食费{p}元，请家长于周五前转到班级收款码，备注孩子姓名", "parents paying kindergarten fees"),
    ("亲，您的“会员卡”已到期，续费{p}元可继续观看全部纪录片，自动续费可随时取消", "streaming membership renewal"),
    ("代充店：王者点券9折，{p}元起，未成年账号需家长授权，不接受未成年人私自下单", "legit top-up shop with minor protection"),
    ("姐你上次说不给我买奶茶就把你小时候的丑照发群里，我现在买了，你删了吧哈哈", "sibling joke threat about embarrassing photo"),
    ("催收别打我单位电话了！欠款{p2}我分三期还，这是第一期转账截图", "debtor responding to collection"),
    ("代购日本童装，{p}元一套，尺码110-130，实物拍照，支持验货", "代购 children's clothing legitimately"),
    ("交警罚款{p}元记得在官方app缴，不要点短信链接，那是钓鱼", "fine + link scam warning"),
    ("小区通知：请各位家长不要在群里发孩子的照片和学校信息，防止被坏人利用", "safety advice to parents"),
]
T["zh-Hans", "plain"] = [
    ("房租{p2}元已转，这个月水电费等账单出来再算", "rent transfer"),
    ("外卖到了放门口就行，谢谢师傅", "delivery note"),
    ("红包{p}，买菜的钱，剩下的给妈妈买水果", "family red packet"),
    ("话费充值{p}元成功，当前余额{t4}分", "top-up SMS"),
    ("周末一起去爬山吗？早上{hr}点地铁站见", "plain chat"),
    ("发票已开，抬头写公司全称，税号我发你邮箱了", "invoice"),
    ("这个二手自行车还在吗？{p}能出吗，我今天能自提", "marketplace haggle"),
    ("AA聚餐费每人{p}，转我就行，谢谢大家", "split bill"),
    ("明天会议改到下午，记得带笔记本电脑", "plain work chat"),
    ("快递单已填好，周三前到，收到请确认收货", "shipping"),
]
# ------------------------------------------------------------------ zh-Hant
T["zh-Hant", "csam_trading"] = [
    ("街口轉帳備註寫「童書」，{p}元，付完私訊我，雲端連結當天給，都是國小的原檔", [], "TW payment app note as cover; cloud link; primary-age material"),
    ("蝦皮賣場「兒童寫真二手」不是寫真，下單後聊聊給密碼，未成年私拍，一份{p}", [], "marketplace listing cover"),
    ("會員卡{p}一張，點數卡代儲也收，TG頻道每週更新小朋友的，{h}", [], "membership card / point-card top-up for child material"),
    ("ㄌㄌ 資源包 {p}，7-11 ibon 代碼繳費，繳完截圖換連結", ["pinyin"], "zhuyin initials for 蘿莉; convenience-store payment"),
    ("幼.苗.合.集 香港轉數快 FPS 付 HK${p}，收款後即發 Mega link", ["separator"], "HK FPS payment; separator-split"),
    ("🌱📚 {p}/月 全部小學生 私人頻道 付款送兌換碼 {h}", ["emoji"], "emoji-coded child-material subscription"),
    ("馬來西亞 Touch n Go 付 RM{p} 入群，群裏都係中學以下嘅，唔好問樣本", [], "Malaysia e-wallet; Cantonese; minors' material group"),
    ("戀銅教學包（懂的都懂）{p}元，USDT轉 {a}，到帳發網盤", ["homophone"], "戀銅 homophone; crypto; 'tutorial pack'"),
    ("收小孩自拍，也換也賣，新貨{n}G，{p}包月，LINE {h}", [], "buy/sell/swap children's images"),
]
T["zh-Hant", "solicitation"] = [
    ("新到學生妹 喝茶{p}起 全套另議 LINE：{h}", [], "TW tea-house coded ad"),
    ("酒店公關 帶出場 {p2}，暗號「唱歌」，台北東區", [], "hostess club take-out"),
    ("骨灰級按摩 半套{p} 全套{p2} 限熟客 {h}", [], "massage cover for paid sex"),
    ("尋甜心 每月零用錢{p2}，18歲左右 乖巧 先私訊生活照", [], "sugar arrangement"),
    ("妹妹我幫你儲{p}點遊戲點數，你拍幾張私密照給我，不要跟爸媽說", [], "adult offering game points to a minor for images"),
    ("🍵 新茶 幼嫩 {p}/節 📍旺角 WhatsApp {h}", ["emoji"], "tea emoji ad in HK"),
    ("兼職妹妹 日結 陪吃飯+過夜 一晚{p2} 可先看相", [], "escort overnight"),
    ("ㄨㄙㄔ 今晚有空 {p}/節 半小時到府 LINE {h}", ["pinyin"], "zhuyin initials of 外送茶 (outcall paid sex)"),
    ("國中生也可以，想賺零用錢私我，一次{p}，保密", [], "seeking minors for paid sex"),
]
T["zh-Hant", "sextortion"] = [
    ("你欠的「刪除費」{p}元，今晚12點前轉到這個帳號，不然影片發給你全部好友", [], "deletion-fee as debt with deadline"),
    ("違約金{p}，逾期每天加{p2}，截圖已經備份，到時發你學校群組", [], "penalty framing threat"),
    ("退款不成立，想刪片就補{p}，給你{n}小時", [], "refund framing deletion fee"),
    ("再傳三張，不然之前的就貼到你班上群組，不要想封鎖我", [], "demand for more images"),
    ("📸➡️👪 {p}💰 今晚前 轉數快", ["emoji"], "emoji threat, HK FPS"),
    ("罰款通知：你的視訊錄影已存檔，{n}小時內匯{p}到末四碼{t4}的帳戶，否則公開", [], "fake fine"),
]
T["zh-Hant", "hn"] = [
    ("您好，訂單退款申請已駁回，如有異議請於{n}小時內上傳證明，逾期視同放棄", "refund dispute wording"),
    ("【繳款提醒】您的分期{p}元將於明日到期，逾期將收取違約金", "debt reminder"),
    ("165反詐騙提醒：有人假冒客服說「不付刪除費就公開影片」，這是詐騙，請勿匯款", "scam warning quoting sextortion"),
    ("轉帳備註：陳老師英文家教費{p}元，孩子國小四年級", "parent paying tutor"),
    ("幫兒子儲了{p}元遊戲點數，序號{code}，他說要買造型", "kid's game top-up"),
    ("🧧恭喜發財！利是{p}畀細佬，祝學業進步", "red-packet greeting"),
    ("預約週六下午腳底按摩兩位成人，會員卡末四碼{t4}", "legit massage booking"),
    ("公司尾牙KTV包廂訂好了，{p}元套餐，晚上{hr}點集合", "legit KTV booking"),
    ("童星經紀：廣告試鏡需家長全程陪同並簽同意書，不收任何費用", "child-model agency with guardians"),
    ("新聞：男子於網路販售兒童不當影片遭羈押，警方凍結帳戶{p2}元", "news of arrest"),
    ("CP粉集合！兩位主角又同框，應援會員卡續了{p}天", "CP couple pairing"),
    ("高山烏龍新茶到，{p}一斤，歡迎來店喝茶試飲", "literal tea sale"),
    ("蘿莉塔洋裝二手，{p}元含運，蝦皮下單", "Lolita fashion listing"),
    ("幼幼班下學期餐費{p}元，請家長週五前匯款，備註孩子姓名", "kindergarten class fee"),
    ("信用卡爭議款已提出：商家未出貨，金額{p}元", "chargeback dispute"),
    ("銀行提醒：詐騙集團常稱「你的影片被錄下，繳罰款就刪除」，本行絕不會要求轉帳", "bank fraud notice"),
]
T["zh-Hant", "plain"] = [
    ("房租{p2}已經轉了，水電下次一起算", "rent"),
    ("便當放門口就好，謝謝", "delivery"),
    ("週末去淡水走走嗎？{hr}點捷運站見", "plain chat"),
    ("電費帳單{p}元，已用街口繳好了", "bill"),
    ("二手電鍋還在嗎？{p}可以嗎，今天面交", "marketplace"),
    ("聚餐每人{p}，轉我就好", "split bill"),
    ("明天開會改下午，記得帶筆電", "work"),
]
# ------------------------------------------------------------------ en
T["en", "csam_trading"] = [
    ("Payment note just say 'art class fees' ${p}, screenshot it to me and you get the drive link same day. all elementary age, originals", [], "payment-note cover; cloud link; child material"),
    ("Gift card shop: buy a ${p} 'membership card', DM the code to {h}, code unlocks the junior vault (u13 only, no adults)", [], "gift-card redemption unlocks child-material vault"),
    ("listing says 'used kids picture books' but it's the other thing. checkout ${p}, seller messages a mega link", [], "marketplace listing as cover"),
    ("tutorial pack ${p} in USDT to {a}, once it lands I add you to the channel. fresh school-age stuff weekly", [], "crypto payment; 'tutorial pack' for child material"),
    ("Venmo memo '🍕 party' ${p} gets you the pizza folder. young ones only. {h}", ["emoji"], "pizza emoji code for abuse material"),
    ("y0ung c0ntent bundle, ${p} lifetime, cashapp then dm {h}", ["leetspeak"], "leetspeak coded ad"),
    ("s.p.r.o.u.t pack v{n} ready, ${p}, redeem code comes by text after paypal f&f", ["separator"], "separator-split code name; redeem code handover"),
    ("selling + trading kid selfies, the private kind. ${p}/mo or trade new for new. telegram {h}", [], "buys/sells children's images"),
    ("🌱🎒 ${p} monthly, grade-school only, code sent to your inbox after payment", ["emoji"], "emoji code for child material subscription"),
    ("resale 'school photo' sets (not the yearbook kind) ${p} each, zelle then I drop the link", [], "school photo euphemism"),
    ("Jr. L\u0435ague private album (u12) ${p}, pay by Steam card, link expires in {n}h", ["confusable"], "Cyrillic e in League; gift-card payment"),
    ("'crayon club' lifetime pass ${p}, u12 content, crypto only, ask {h} for wallet", [], "invented code name for child material club"),
    ("pm for the lil ones folder, £{p} via bank transfer reference 'tutoring', instant drive link", [], "UK bank transfer ref as cover"),
    ("C\u200bP folder restocked, ${p} a link, Apple gift card accepted, {h}", ["zero_width"], "zero-width split CP; gift card payment"),
]
T["en", "solicitation"] = [
    ("new girls at the spa, 'full relaxation' ${p2}/hr, incall only, text {h}", [], "massage cover for paid sex"),
    ("sugar daddy seeking sweet girl 18-19, ${p2} allowance weekly, send pics first", [], "sugar arrangement"),
    ("KTV hostess can leave with you after 1am, ${p2}, deposit via Zelle, ask for 'singing lesson'", [], "KTV hostess cover"),
    ("hey I can buy you ${p} in robux if you send me some private pics, dont tell your mom ok", [], "adult offering game currency to a minor for images"),
    ("🌹🌹 {p}0 roses for the hour, outcall to hotels, {h}", ["emoji"], "roses = paid sex pricing"),
    ("tea house has fresh leaves, ${p2} per steep, regulars only, address by text", [], "tea-house cover"),
    ("young and discreet, gfe ${p2}, cashapp deposit required, {h}", [], "escort ad"),
    ("any high school girls want easy money? ${p} per meet, no one has to know", [], "seeking minors for paid sex"),
    ("m@ss@ge with happy ending ${p}, after 9pm, back door", ["leetspeak"], "leetspeak massage cover"),
    ("looking for a 'babysitter' for overnight, ${p2} cash, must be petite and young, pics pls", [], "babysitter cover for paid sex"),
    ("I'll top up your fortnite account ${p} if you video call me alone tonight, our secret", [], "adult offering top-up to minor for contact"),
    ("lunch date + 'dessert' ${p2}, 18+ students welcome, allowance monthly, {h}", [], "sugar arrangement with coded extra"),
]
T["en", "sextortion"] = [
    ("You owe a deletion fee of ${p}. Pay by midnight to {h} or the video goes to every follower you have", [], "deletion fee framed as debt"),
    ("Refund denied. If you want the pics deleted it's ${p2} in Apple gift cards, {n} hours", [], "refund framing; gift-card demand"),
    ("FINAL NOTICE: late fee now ${p}. I already have your school's page bookmarked", [], "late-fee framing threat"),
    ("send 3 more or your class group chat sees the last ones. dont block me I have your friends list", [], "demand for more images"),
    ("your 'invoice': ${p} storage fee for your private vid. unpaid = public. btc only", [], "invoice framing"),
    ("📸➡️👨‍👩‍👧 ${p}💸 before 10pm", ["emoji"], "emoji threat to family"),
    ("pay the f1ne ${p} or the n00ds get posted, steam cards accepted", ["leetspeak"], "leetspeak fine framing"),
    ("consider this a debt: ${p} by Friday, or I tag your boss in the video", [], "debt framing threat to employer"),
]
T["en", "hn"] = [
    ("Your refund request for order #{t4} was declined. You can dispute within {n} hours by uploading proof", "refund dispute wording"),
    ("Reminder: your payment of ${p} is due tomorrow. Late fees apply after the due date", "debt reminder"),
    ("SCAM ALERT: people are texting 'pay a deletion fee or your video gets posted'. It's a scam, don't pay, report it", "scam warning quoting sextortion"),
    ("Zelle memo: maths tutoring for Emma (grade 5), ${p}, 4 sessions", "parent paying tutor"),
    ("bought my son a ${p} Roblox card, code {code}, how does he redeem it?", "kid's game top-up"),
    ("Happy Lunar New Year! red packet ${p} for the little one 🧧", "red-packet greeting"),
    ("Booking two adults for a deep tissue massage Saturday 3pm, membership ending {t4}", "legit massage booking"),
    ("karaoke room booked for Dave's 40th, ${p} package, {hr}pm, pay me back on venmo", "legit KTV booking"),
    ("Kids modelling agency: parents must attend all shoots, we never charge sign-up fees, beware of fakes", "child-model agency"),
    ("Bank notice: scammers may say 'you were recorded, pay a fine of ${p}'. We will never ask you to transfer money", "bank fraud notice"),
    ("Man charged after selling child abuse videos via cloud links, police seized ${p2} in crypto", "news of arrest"),
    ("CP shipment delayed at the rail yard, Canadian Pacific says {n} hours", "CP = Canadian Pacific"),
    ("gift card scam again: someone asked grandma for ${p} in Steam cards 'to pay a fine'. please warn your parents", "scam warning"),
    ("Lolita dress resale, ${p} shipped, size M, worn twice", "Lolita fashion"),
    ("Chargeback filed: merchant never shipped the ${p} order", "chargeback"),
    ("tea tasting this Sat, first flush darjeeling, ${p} per tin, adults and kids welcome", "literal tea"),
    ("lol if you don't pay me back the ${p} for pizza I'm posting your karaoke video in the group chat", "friends joking threat + pizza"),
    ("Pizza party for the U10 soccer team, ${p} per family, venmo the coach", "pizza + kids' team"),
    ("collections agency again: I owe ${p2}, set up a payment plan, first installment sent", "debtor with payment plan"),
    ("PSA for parents: don't post your kid's school uniform pics publicly, predators use them", "safety advice"),
]
T["en", "plain"] = [
    ("rent ${p2} sent, utilities next week", "rent"),
    ("leave the package at the door please, thanks", "delivery"),
    ("hiking saturday? meet at the station at {hr}", "plain chat"),
    ("phone bill paid, ${p}", "bill"),
    ("is the bike still available? ${p} cash, can pick up today", "marketplace"),
    ("dinner split is ${p} each, venmo me", "split bill"),
    ("meeting moved to 3pm, bring your laptop", "work"),
    ("invoice sent to your email, net 30", "invoice"),
]

# ------------------------------------------------------------------ extra variety (added pass 2)
T["zh-Hans", "csam_trading"] += [
    ("京东E卡{p}面值一张换一个“小号课程”链接，卡密发我邮箱，内容十岁左右的", [], "e-card PIN as payment for child material link"),
    ("🎒📦 书包会员 {p}/季，夸克盘 秒发，只要小的，大的不收", ["emoji"], "schoolbag code; cloud-drive handover"),
    ("收款码备注别写真名，写“二手玩具”，{p}到账拉你进“小芽”群，每晚更新", [], "payment-note cover for group access"),
    ("wangpan 小宝贝系列 {p}，付完给你提取码，过期不补", ["pinyin"], "wangpan pinyin; child series"),
]
T["zh-Hans", "solicitation"] += [
    ("美容院晚间场，VIP卡充{p2}送“夜宵项目”，技师年轻，熟人带", [], "stored-value card cover for paid sex"),
    ("学生兼职，陪聊陪睡都行，日结{p2}，先打定金{p}到{h}", [], "paid overnight 'part-time' ad"),
    ("妹妹几年级啦？我给你发{p}红包，你开视频给我看看好不好，别让家里人知道", [], "adult bribing a child with red packet for video contact"),
    ("喝茶找我，今晚有00后新人，{p}一节，V{h}，备注“茶叶”", [], "tea code, young workers"),
]
T["zh-Hans", "sextortion"] += [
    ("你的“账户异常处理费”{p}元，不交的话聊天截图和视频明早发你公司群", [], "fee framing; threat to workplace"),
    ("手续费{p}，交了就删；你弟弟的号我也加了，别逼我", [], "fee framing with pressure via family"),
    ("聊天记录+视频已打包，{p}买回，微信转账备注“还款”，{n}小时内", [], "buy-back framed as loan repayment"),
    ("ＰＳ好的图片我随时能发，先转{p}，逾期一小时加{p}", ["fullwidth"], "fullwidth; edited-image threat with escalating fee"),
]
T["zh-Hans", "hn"] += [
    ("提醒：闲鱼上有人卖“网盘会员资源”，其实是盗版课程，平台已下架，别拍", "网盘/资源 in piracy context"),
    ("女儿舞蹈班拍宣传照，机构要家长签肖像授权，照片只在官网用", "child photos with guardian consent"),
    ("退款已原路退回到尾号{t4}的卡，预计1-3个工作日到账", "refund notice with card tail"),
    ("红包备注“生日快乐”，给闺女买蛋糕，{p}够不够", "red-packet for a child's birthday"),
    ("您有一笔{p}元的逾期账单，请登录官方app查看，本短信不含链接", "legit overdue notice"),
    ("孩子在游戏里被人要求拍照换皮肤，我已经截图报警了，大家注意", "parent reporting grooming attempt (report, not offence)"),
    ("正太和萝莉是日漫人设分类，动漫社的新同学别误会哈", "anime archetype terms"),
    ("网警提示：以“童模写真”为名收费的群多为诈骗或违法，发现请举报", "prevention post quoting codes"),
    ("足浴店招聘持证技师，正规经营，有营业执照，月薪{p2}起", "legit massage job ad"),
    ("作业帮会员卡{p}元一年，给孩子查题用的，值不值", "kids' study membership"),
]
T["zh-Hans", "plain"] += [
    ("妈，生活费收到了，下周回家吃饭", "family chat"),
    ("水费{p}元已缴，物业说下月调价", "bill"),
    ("车险续保{p2}，比去年便宜一点", "insurance"),
    ("猫粮到了吗？我买的是成猫的那款", "pet chat"),
    ("今晚加班，晚饭不用等我了", "plain chat"),
    ("ETC扣费{p}元，高速通行费", "toll SMS"),
    ("团购的{p}元火锅券还能用吗，周五去吃", "coupon"),
    ("图书馆借的书明天到期，记得还", "reminder"),
]
T["zh-Hant", "csam_trading"] += [
    ("GASH點數卡{p}點換「小書包」頻道邀請，序號私訊，全是國小的", [], "game point card as payment for child material"),
    ("幼.幼.系.列 新貨，PayMe 付 HK${p}，收到即發 link", ["separator"], "separator-split; HK PayMe"),
    ("蝦皮「二手童裝」賣場其實是賣私拍的，下單{p}，聊聊給雲端", [], "marketplace cover"),
    ("收集小學生的自拍，交換或收購，{p}一批，Telegram {h}", [], "buys/swaps children's images"),
]
T["zh-Hant", "solicitation"] += [
    ("按摩館 男賓 加{p}有「特別服務」，暗號「肩頸」", [], "massage cover"),
    ("包養 月付{p2} 找大學妹 先見面吃飯 LINE {h}", [], "sugar arrangement"),
    ("細妹你幾歲？我畀{p}蚊你增值遊戲，你send幾張相嚟，唔好話畀屋企人知", [], "adult offering top-up to a child for images, Cantonese"),
]
T["zh-Hant", "sextortion"] += [
    ("手續費{p}，付了就刪，不付明天你老闆就看到影片", [], "fee framing threat to employer"),
    ("你啲相我仲有，{p}蚊轉數快，{n}個鐘內，唔係就send去你屋企人", [], "Cantonese threat with FPS deadline"),
]
T["zh-Hant", "hn"] += [
    ("提醒家長：遊戲裡有人用點數換照片，發現請截圖檢舉", "parent safety warning"),
    ("退款已退回末四碼{t4}的信用卡，約3-5個工作天入帳", "refund notice"),
    ("催收人員又打來了，我已經跟銀行協商分期，每月{p}", "debt collection"),
    ("正太、蘿莉是動漫角色類型，社團新生不要誤會", "anime archetypes"),
    ("利是封備好了，{p}蚊畀小朋友，新年快樂", "red packet greeting"),
    ("女兒參加童裝走秀，經紀公司要求家長陪同，合約我看過了", "child model with guardians"),
]
T["zh-Hant", "plain"] += [
    ("媽，生活費收到了，下禮拜回家", "family chat"),
    ("悠遊卡加值{p}元成功", "top-up"),
    ("今晚加班，不用等我吃飯", "plain chat"),
    ("貓砂到了嗎？我訂的是豆腐砂", "pet chat"),
]
T["en", "csam_trading"] += [
    ("Amazon card ${p}, send the claim code and you get the 'little league' drive. kids only, originals", [], "gift-card claim code as payment"),
    ("ETH to {a} (${p}) = lifetime to the hopscotch room. new grade-school uploads daily", [], "crypto; invented code name"),
    ("k1d p1cs 4 trade or s4le, ${p} per set, wickr {h}", ["leetspeak"], "leetspeak buy/swap"),
    ("depop listing 'vintage kids clothes' is a cover, buy it for ${p} and I message the folder", [], "marketplace cover"),
]
T["en", "solicitation"] += [
    ("spa upstairs, ask for the 'VIP rub' ${p2}, cash only, no cops", [], "massage cover"),
    ("how old r u? I'll send ${p} on cashapp if you meet me after school, don't tell anyone", [], "adult offering money to minor for meeting"),
    ("hostess bar, take-out fee ${p2}, girls can go to your hotel, book via {h}", [], "hostess take-out"),
    ("college girls only, monthly arrangement ${p2}, dinners and 'more', {h}", [], "sugar arrangement"),
    ("b0dy rub 🍑 ${p}/30min incall {h}", ["leetspeak", "emoji"], "coded massage ad"),
]
T["en", "sextortion"] += [
    ("processing fee ${p} or your pics go to your church group. clock's ticking, {n}h", [], "fee framing"),
    ("I still have the video. ${p2} in bitcoin by sunday or your wife gets a copy", [], "threat to spouse"),
    ("this is a fine for breaking our deal. ${p} in google play cards or I post the screenshots", [], "fine framing, gift cards"),
    ("r u ignoring me? send a new one tonight or the old ones go to your teammates", [], "demand for more images"),
]
T["en", "hn"] += [
    ("Heads up: kids in our school are getting DMs offering robux for photos. Report and block, tell a teacher", "parent/teacher warning"),
    ("Refund of ${p} issued to card ending {t4}, allow 5-10 business days", "refund notice"),
    ("red envelope from grandma, ${p} for the kids, happy new year!", "red packet"),
    ("our daughter's modelling agency needs a guardian signature for the catalogue shoot", "child model with guardian"),
    ("spa voucher for mum's birthday, 60 min couples massage, ${p}", "legit massage"),
    ("News: three arrested over gift-card sextortion ring targeting teens, police say", "news of arrests"),
    ("this is the third dunning email for the ${p} invoice. pay or service gets suspended", "legit debt reminder"),
    ("bought the kid a ${p} fortnite card, it's for his birthday, don't tell him", "kid's game top-up"),
    ("Lolita meetup this Sunday, tea party at the café, bring your best petticoat", "Lolita fashion + tea"),
    ("my OTP is Kirk/Spock and my CP is whoever the fandom ships this week lol", "CP = couple pairing"),
]
T["en", "plain"] += [
    ("got the groceries, owe you ${p}", "plain"),
    ("train's late again, be there in 20", "plain"),
    ("car insurance renewed, ${p2} for the year", "bill"),
    ("did you feed the cat?", "plain"),
    ("parking ticket ${p}, my own fault", "fine"),
    ("library books due tomorrow", "reminder"),
]

PLAN = {  # lang: (csam, sol, sext, hn, plain)
    "zh-Hans": (29, 24, 16, 50, 25),
    "zh-Hant": (13, 11, 7, 22, 11),
    "en": (22, 19, 12, 39, 20),
}
LAB = ["csam_trading", "solicitation", "sextortion", "hn", "plain"]

rows = []
seen = set()
for lang, counts in PLAN.items():
    for lab, k in zip(LAB, counts):
        tpl = T[lang, lab]
        made = 0
        i = 0
        tries = 0
        while made < k:
            entry = tpl[i % len(tpl)]
            i += 1
            text = fill(entry[0], lang)
            tries += 1
            if tries > 5000:
                raise SystemExit("could not fill %s %s" % (lang, lab))
            if text in seen or not (10 <= len(text.encode()) <= 300):
                continue
            seen.add(text)
            made += 1
            if lab in ("hn", "plain"):
                rows.append({"lang": lang, "text": text, "labels": [], "obfuscation": [],
                             "hard_negative": lab == "hn",
                             "notes": ("hard negative: " if lab == "hn" else "benign: ") + entry[1]})
            else:
                rows.append({"lang": lang, "text": text, "labels": [lab], "obfuscation": list(entry[1]),
                             "hard_negative": False, "notes": entry[2]})

# ---- mechanical pass: bring obfuscated risky rows to about a third
T2S = {"资": "資", "进": "進", "视": "視", "频": "頻", "发": "發", "会": "會", "员": "員", "费": "費",
       "妹": "妹", "删": "刪", "录": "錄", "学": "學", "群": "群", "约": "約", "费": "費", "单": "單"}
EN_KEYS = ["kids", "kid", "young", "school", "pics", "video", "girls", "vault", "folder", "fee"]


def mech(r):
    t = r["text"]
    if r["lang"] == "zh-Hans":
        new = "".join(T2S.get(ch, ch) for ch in t)
        if new != t:
            r["text"], r["obfuscation"] = new, ["traditional"]
            r["notes"] += " [mechanical: Traditional characters mixed in]"
            return True
    elif r["lang"] == "en":
        for k in EN_KEYS:
            if k in t:
                r["text"] = t.replace(k, k[0] + "\u200b" + k[1:], 1)
                r["obfuscation"] = ["zero_width"]
                r["notes"] += " [mechanical: zero-width space inside '%s']" % k
                return True
    return False


risky = [r for r in rows if r["labels"]]
need = round(len(risky) / 3) - sum(1 for r in risky if r["obfuscation"])
cand = [r for r in risky if not r["obfuscation"] and r["lang"] != "zh-Hant"]
R.shuffle(cand)
for r in cand:
    if need <= 0:
        break
    if mech(r):
        need -= 1

R.shuffle(rows)
with open("messages_p.jsonl", "w", encoding="utf-8") as f:
    for n, r in enumerate(rows, 1):
        out = {"id": "HP-M-%03d" % n}
        out.update(r)
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print(len(rows), "rows")
