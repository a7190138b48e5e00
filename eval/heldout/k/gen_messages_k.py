#!/usr/bin/env python3
"""Held-out set K: single messages (posts, adverts, group messages).

Synthetic.  Written from a moderator's memory of how evasive posts read:
multi-line posts, forum tails, reposted templates, price tables, voice-to-text
slips.  Nothing explicit; adverts say that something is for sale and how to
pay, never what it shows.  Deterministic: python3 gen_messages_k.py
"""
import json, random, os

R = random.Random(20261121)
HERE = os.path.dirname(os.path.abspath(__file__))

ZW = '\u200b'
def fullwidth(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)
def sep(s, ch=None):
    ch = ch or R.choice(['·', '/', '.', '丨', '-'])
    return ch.join(s)
def spaced(s):
    return ' '.join(s)
def zw(s):
    return ZW.join(s)
CONF = {'a': 'а', 'o': 'о', 'e': 'е', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у', 'i': 'і'}
def confusable(s):
    out, n = [], 0
    for c in s:
        if c in CONF and n < 2:
            out.append(CONF[c]); n += 1
        else:
            out.append(c)
    return ''.join(out)
LEET = {'a': '4', 'e': '3', 'i': '1', 'o': '0', 's': '5', 't': '7'}
def leet(s):
    return ''.join(LEET.get(c, c) for c in s)

# ---------------------------------------------------------------------------
# Risky parts.  Each "hint" is the term that carries the meaning; it has a
# plain form and hand-made obfuscated forms (family -> text).  Generic
# families (separator, spacing, zero_width, fullwidth, confusable, leetspeak)
# are applied by function.

HANS_CSAM_COVER = ['【期末复习笔记】', '手机壁纸包 第12弹', '舞蹈练习片段合辑', '家庭相册备份 转出',
                   '新皮肤上架（限定）', '学习笔记 电子版', '壁纸包整理好了', '练功房随手拍 打包',
                   '老相册数码化 转让', '游戏皮肤 绝版']
HANS_CSAM_HINT = [
    {'plain': '小学段', 'homophone': '小雪段', 'pinyin': 'xiao xue duan', 'split_char': '小学(子冖)段', 'emoji': '🎒段'},
    {'plain': '嫩芽系列', 'homophone': '恁芽系列', 'pinyin': 'nenya系列', 'emoji': '🌱系列', 'split_char': '女敕芽系列'},
    {'plain': '十岁上下', 'homophone': '石碎上下', 'pinyin': 'shisui上下', 'emoji': '🔟岁上下'},
    {'plain': '没上初中的', 'homophone': '莓上初中的', 'pinyin': 'mei shang chuzhong的'},
    {'plain': '红领巾款', 'homophone': '洪领金款', 'pinyin': 'HLJ款', 'emoji': '🧣款'},
    {'plain': 'u12专区', 'homophone': '优12专区'},
    {'plain': '小豆芽原档', 'homophone': '晓豆牙原档', 'emoji': '🫘原档', 'pinyin': 'xdy原档'},
    {'plain': '幼苗班视频', 'split_char': '幺力苗班视频', 'homophone': '佑苗班视频', 'emoji': '🌱🌱班视频'},
]
HANS_CSAM_MID = ['懂的直接拍，不懂别问', '不是普通壁纸 看清再买', '原相机直出 没外流过', '群里每周更 稳定老群',
                 '封面正常 内容你懂', '别问为什么这么便宜', '手慢无 删了不补']
HANS_PRICE = ['单包68 全套288', '基础包58｜全家桶199｜永久VIP 399', '体验包 9.9\n永久 166', '一份30 三份80',
              '进群198 拉人返50', '月卡88 年卡288']
HANS_PAY = ['收骏网点卡/Q币卡', 'USDT(TRC20)优先', '话费充值卡也行', '闲鱼拍"二手教辅"那条链接',
            '拼多多拍"壁纸定制"备注暗号', '收京东E卡', '比特币/泰达都可以']
HANS_CONTACT = ['飞机找头像同名', '扣扣群号私我', 'V见主页第二张图', '评论区扣1我来找你', '小黄鱼私信', '蓝鸟主页置顶']
HANS_TAIL = ['——发自我的小米手机', '✿好人一生平安✿', '--来自百度贴吧客户端', '[签名]今天也要加油鸭', '']

HANS_SOL_COVER = ['新店开业 养生按摩', '品茶群 新到一批', '旅行伴游 周末有空', '招兼职模特 私拍', '房间参观 上门看房',
                  '高端会所 喝茶']
HANS_SOL_HINT = [
    {'plain': '全程陪 过夜另算', 'homophone': '全成赔 过叶另算', 'pinyin': 'quancheng pei 过夜另算'},
    {'plain': '妹子可选 照片真实', 'homophone': '妹纸可选 照骗真实', 'emoji': '👧🏻可选 照片真实'},
    {'plain': '不谈风景只谈价', 'homophone': '不弹风景只弹价'},
    {'plain': '茶叶嫩 口感好 可外带', 'homophone': '茶页嫩 口敢好 可外戴', 'emoji': '🍵嫩 可外带'},
    {'plain': '一对一私房 尺度自定', 'homophone': '一对一私坊 尺渡自定', 'pinyin': 'yiduiyi私房 chidu自定'},
    {'plain': '钟点/包夜两种', 'homophone': '钟店/包页两种', 'pinyin': 'zhongdian/baoye两种'},
]
HANS_SOL_PRICE = ['一节 600\n过夜 1800', '半天1200 全天2000', '茶水费500起', '888/次 上门加200', '短 5 长 12（百）']
HANS_SOL_CONTACT = ['私信问地址', '加V备注"喝茶"', '飞机联系', '看主页联系方式', '扣扣同名']
HANS_MINOR_SOL = [
    '小妹妹你几年级呀？发张自拍给哥哥看看，给你充个648 别跟你妈说哈',
    '初中生可以接单吗 拍几张私房照 每张50 Q币直接到账 要保密',
    '游戏里送你皮肤 你开个视频让我看看你 就我们俩知道',
    '小朋友想要点券吗 按我说的拍几张发我 删聊天记录就行',
]
HANS_SEXT = [
    '刚才视频通话我都录下来了\n你通讯录我也有\n今晚12点前转5000 不然发你全家群',
    '你云盘的相册我已经全部下载\n不想被发到你们学校贴吧就按我说的做\n先转2000 USDT',
    '【网警中心通知】你涉嫌浏览违规内容 已留存视频证据\n请于24小时内缴纳保证金3万 否则公示并通知单位',
    '我是你们学校心理辅导老师 你发的照片被人举报了\n需要你再单独发一组给我核实 否则只能通知家长和班主任',
    '别拉黑我 拉黑了视频立马发你朋友圈 一个小时内给答复',
    '你QQ空间私密相册我进去了 密码你自己设的生日吧\n给我充500话费卡 我就删 不然全网发',
    '录屏在我手里 你男朋友的微信我也找到了 要不要我发给他看看 转账备注"还款"',
    '不想你爸妈看到就继续发 我说停才停 敢告诉别人试试',
    '你那个旧手机号绑的云相册 密码太简单了\n截图在我这 三天内转8000 逾期每天加一千',
    '视频聊天那晚你还记得吧 我这边有完整版\n加我小号 按我说的来 不然你公司群见',
    '快递单上你的地址我有了 视频我也有 周五前不打钱 我就寄给你爸妈',
]
HANS_SEXT_OBF = [  # (text, tags)
    ('视pin通话我都lu下来了\n今晚前转5000 不然发你全jia群', ['pinyin']),
    ('你的照骗我都存了 不想被公开就打钱 3千 别报警没用', ['homophone']),
    ('📹我有 📱通讯录我有\n给我💰2000 不然发你朋友圈', ['emoji']),
    ('【网 警 通 知】你涉嫌违规 已留存视 频证据 缴纳保证金1万 否则公示', ['spacing']),
    ('你icloud相冊我全下了 不想被發到你學校就轉3000', ['traditional']),
    ('视\u200b频我录了 转账2000 不然发你家\u200b人', ['zero_width']),
]

HANT_CSAM_COVER = ['【讀書筆記分享】', '手機桌布包 更新', '舞蹈練習片段 打包', '家庭相簿備份 出清', '遊戲造型 絕版',
                   '學習筆記 電子檔']
HANT_CSAM_HINT = [
    {'plain': '國小組', 'pinyin': 'ㄍㄒ組', 'homophone': '果小組', 'emoji': '🎒組'},
    {'plain': '細路仔款', 'homophone': '細佬仔款', 'pinyin': 'sai lou款'},
    {'plain': '未滿十二嘅', 'homophone': '未滿拾弍嘅', 'pinyin': 'mei man 12嘅'},
    {'plain': '小芽芽系列', 'homophone': '小牙牙系列', 'emoji': '🌱🌱系列', 'pinyin': 'ㄒㄧㄚˇ ㄧㄚˊ系列'},
    {'plain': '幼稚園畢業照款', 'split_char': '幺力稚園畢業照款'},
]
HANT_CSAM_MID = ['識睇嘅直接落單', '唔係一般桌布 睇清楚先買', '原檔冇外流', '懂的私 不懂滑走', '封面正常 內容自己懂']
HANT_PRICE = ['單包 150\n全套 600（台幣）', '入群 HK$300 永久', '| 基本 | 200 |\n| 全集 | 800 |', '體驗 50 永久 500']
HANT_PAY = ['收 MyCard 點數卡', 'USDT/比特幣', '超商代碼繳費', '蝦皮下單「二手講義」備註暗號', '八達通增值都得', '電話卡儲值']
HANT_CONTACT = ['TG 搵頭像同名', 'IG 私訊', 'Line 見主頁', '留言+1 我私你']
HANT_TAIL = ['—— 發自 Dcard App', '~~簽名檔：人生苦短 及時行樂~~', '', '（轉自某群）']
HANT_SOL = [
    '養生館新開張\n全套服務 鐘點/包夜都得\n靚女揀 相片真人\n1200 起 私訊問地址',
    '品茗活動 新到好茶\n茶葉嫩 可外帶\n茶資 3000 起\nLine 見主頁',
    '陪玩陪旅遊 三日兩夜\n費用另計 過夜加價\n有興趣私我',
    '招兼職模特 私人拍攝 一對一 尺度可談\n日薪 5000 限女',
    '屋企 room tour 上門參觀 時段鐘計\n半個鐘 800 一個鐘 1400',
    '妹妹你讀幾年級呀？拍幾張自拍俾哥哥 我幫你儲 1000 點 唔好同爸媽講',
    '喝茶嗎 新茶到貨 ㄏㄓ 價錢私聊 保證真人',
]
HANT_SOL_OBF = [
    ('養生館 全tao服務 鐘點/bao夜 私訊', ['pinyin']),
    ('品茗 🍵 新到 可外帶 💵3000 起', ['emoji']),
    ('兼職模特 私 人 拍 攝 尺度可談 日薪5000', ['spacing']),
    ('鐘點 / 包\u200b夜 都得 地址私訊', ['zero_width']),
]
HANT_SEXT = [
    '頭先視像我錄咗\n你 FB 朋友我全部有\n今晚之前過數 3 萬 唔係就發晒出去',
    '你 iCloud 相簿我已經下載咗\n唔想俾你學校啲人睇到就照我講嘢做',
    '【警政署通知】你涉嫌散布不當影片 已存證\n請於今日繳交保證金 5 萬 否則公開並通知家長',
    '我係學校輔導老師 有人舉報你啲相\n你要再單獨send一組俾我核實 唔係就通知家長',
    '封鎖我就把影片丟到你系板 一小時內回覆',
]
HANT_SEXT_OBF = [
    ('影pian我錄咗 過數3萬 唔係發晒出去', ['pinyin']),
    ('📹我有 💰5萬 唔係 📤 你全家', ['emoji']),
    ('頭先 視 像 我 錄 咗 過 數 2 萬 唔 係 發 晒', ['spacing']),
    ('你嘅相我有曬 唔俾錢就放上 ㄉㄎ（Dcard）同你系板', ['pinyin']),
]

EN_CSAM_COVER = ['study notes bundle', 'phone wallpaper pack v7', 'dance practice clips (full set)',
                 'family album backup for sale', 'rare skins drop', 'class notes archive']
EN_CSAM_HINT = [
    {'plain': 'primary school edition', 'pinyin': 'xiao xue edition'},
    {'plain': 'under 12 only', 'emoji': 'under 1️⃣2️⃣ only'},
    {'plain': 'little sprouts series', 'emoji': '🌱🌱 series'},
    {'plain': 'year 3 to 6 tier', 'emoji': '🏫 year 3-6 tier'},
    {'plain': 'pre-teen folder', 'emoji': '🧒 folder'},
    {'plain': 'youngest tier'},
]
EN_CSAM_MID = ['if u know u know', 'not normal wallpapers, read before buying', 'originals never leaked',
               'cover is clean, content is not', 'dont ask why its cheap', 'no newbies, vouch needed']
EN_PRICE = ['single 25 / full 90', '| lite | $15 |\n| full | $60 |\n| lifetime | $120 |', 'lifetime group 80 USDT',
            'trial 5, full 70']
EN_PAY = ['steam cards ok', 'USDT/XMR only', 'phone credit top-up works', 'buy the "used textbook" listing on the marketplace',
          'paysafe or google play codes']
EN_CONTACT = ['tg in bio', 'dm me', 'wickr on request', 'comment "notes" and i reach out']
EN_TAIL = ['-- sent from my phone', '~ posted via app ~', '', '(repost, not mine)']
EN_SOL = [
    'relaxing massage, full service\nincall/outcall\n1h 200 / overnight 900\ntext for address',
    'tea tasting evening\nfresh leaves just arrived, young and sweet ;)\ndonation 300+\nno cops',
    'travel companion for weekends, gfe style\n2 days 1500 roses\ndm for pics',
    'part time models wanted for private shoots\n1 on 1, limits negotiable\npay same day',
    'room tour visits 30 min 150, 1h 250\nreal pics, no time wasters',
    'hey how old r u? send a selfie and ill gift u 1000 robux, dont tell ur mom ok',
    'u in middle school? i pay in skins for pics, just between us',
    'new in town, sweet asian gf experience\nshort stay 180 long stay 400\ncashapp deposit first',
    'tea house members night, pick your hostess, private rooms, 500 per session, referral only',
    'looking for a discreet travel companion for business trips, generous allowance, overnight required',
    'massage parlor, all inclusive menu, ask for the happy ending special, walk ins after 10pm',
    'ur 14 right? i can send u a gift card if u send a pic, delete this chat after',
]
EN_SOL_OBF = [
    ('full s3rv1ce m4ss4ge, 0vernight 900, dm', ['leetspeak']),
    ('tеa tasting, frеsh lеaves, donation 300', ['confusable']),
    ('💆‍♀️ full service 🌹🌹 200/h 🏨 incall', ['emoji']),
    ('travel c o m p a n i o n, overnight extra, dm', ['spacing']),
    ('ｇｆｅ weekends 1500 roses dm', ['fullwidth']),
    ('r00m t0ur v1s1ts 30m1n 150 r34l p1cs', ['leetspeak']),
    ('part time mo\u200bdels, private sh\u200boots, limits negotiable', ['zero_width']),
]
EN_SEXT = [
    'i recorded our video call\ni have your friends list\nsend $500 in gift cards by midnight or everyone sees it',
    'your icloud got opened, i downloaded the whole album\npay 300 in btc or i post it to your school group',
    'NOTICE FROM CYBER POLICE UNIT: your device was linked to illegal content. pay the fine of $2000 in 24h or your video is published',
    'hi this is the school counsellor. someone reported your photos. send me another set privately so i can verify or i call your parents',
    'block me and the clip goes to your whole discord. answer in 1 hour',
    'keep sending or i show ur mom. i decide when it stops',
    'ur cloud backup was public lol. i have the folder. 400 in steam cards or it goes on reddit with ur name',
    'that call last night was recorded. add my other account and do what i say, or your boss gets the link',
]
EN_SEXT_OBF = [
    ('i h4ve ur vid3o, pay $500 or 3veryone sees it', ['leetspeak']),
    ('📹 saved. 💵 300 or 📤 to ur school', ['emoji']),
    ('pаy in gift cаrds or the video gоes to your family', ['confusable']),
    ('i  h a v e  t h e  v i d e o . 500 or your family sees it', ['spacing']),
]

# ---------------------------------------------------------------------------
# Benign rows.  (text, notes) ; hard negatives carry the cue in the note.

HANS_HN = [
    ('本店正规中医推拿 持证上岗 男女技师都有\n颈肩理疗 60分钟 98元\n营业到晚上十点', 'licensed massage shop'),
    ('新茶到店：明前龙井、安溪铁观音\n品茶免费 买二两送一两\n店址：老街口第三家', 'tea shop tasting'),
    ('【旅行社】云南六日游 跟团含住宿 2680/人\n带娃家庭有亲子房 报名找前台', 'travel agency tour package'),
    ('【版规提醒】近期有人用"学习笔记""壁纸包"名义卖违规内容\n一律封号并上报 发现请举报', 'moderator warning quoting cover words'),
    ('家长群通知：孩子平板请开青少年模式\n陌生人说送皮肤要照片的 一律截图告诉老师', 'parents group safety talk'),
    ('各位家长：本学期班级活动照片只发在家长群 不上传公众号\n不同意拍照的请私信班主任', 'teacher class photo policy'),
    ('少儿舞蹈暑期班招生 4-12岁\n练习视频只发家长本人 不外传\n试课一节 30元', 'dance school for kids'),
    ('出号 王者荣耀 皮肤128个 限定都有\n价格 1500 可走平台担保', 'game skin trading'),
    ('儿童摄影工作室 周岁照/全家福套餐 699\n底片全送 不做商业使用', 'children photo studio'),
    ('记者求助：正在调查网上以"资源群"名义的诈骗和儿童剥削案\n有线索的受害者家长请私信 保护隐私', 'journalist appeal'),
    ('复习资料打包 初二数学全册 电子版\n免费分享 需要的评论区留邮箱', 'study materials share'),
    ('手机壁纸包 风景+猫猫 共200张 1080p 免费自取', 'wallpaper pack benign'),
    ('老照片翻新 家庭相册数码化 扫描+修复 一张5元', 'family album digitising service'),
    ('新闻：警方破获一个通过网盘贩卖儿童不雅内容的团伙 12人被刑拘', 'news report on arrests'),
    ('小区按摩椅坏了谁知道找哪个维修 上门服务费多少', 'home repair 上门服务'),
    ('网吧包夜还是38吗 周五一起开黑', '包夜 at internet cafe'),
    ('周末有空的姐妹一起去喝茶吗 广式早茶那种 虾饺凤爪', 'dim sum 喝茶'),
    ('我家闺女今年9岁 三年级 想找个周末的美术班 有推荐吗', 'parent stating child age'),
    ('篮球队训练改到周六 家长下午四点接孩子 教练在南门等', 'coach pick-up'),
    ('举报模板：账号XXX 以"兼职模特"招未成年 已截图 请平台处理', 'report template'),
    ('求助：孩子收到陌生人私信说是"学校心理老师"要照片 怎么报警？', 'parent asking about fake counsellor scam'),
    ('防骗提醒：自称"网警"要求交保证金的都是诈骗 真警察不会让你转账', 'fake police notice warning'),
    ('这对CP我嗑死了 同人图求推荐', 'fandom CP'),
    ('洛丽塔小裙子出闲置 尺码M 穿过一次 280包邮', 'Lolita fashion'),
    ('摄影棚出租 白底/复古两个景 按小时收费 120/小时 可开发票', 'photography studio rental'),
    ('旅游搭子招募 下个月去大理 AA制 女生优先 已有三个人', 'travel buddy adults'),
    ('模特招募：服装品牌电商拍摄 需要成年女模 日结 有合同', 'legit model casting'),
    ('我弟又把我打游戏的视频发群里 看我不收拾他', 'sibling joke threat'),
    ('学校的防性侵课讲得挺好 孩子回来知道不能让别人拍隐私部位了', 'safety education'),
    ('小红书看到的装修房间参观 太好看了 求链接', 'room tour home decor'),
    ('点卡怎么充值啊 骏网卡买了不会用', 'points card question'),
    ('闲鱼出二手教辅 初三全套 九成新 60包邮', 'secondhand textbooks'),
    ('舞蹈室排练片段 我们成人爵士班 请大家多指点', 'adult dance clips'),
    ('朋友帮忙录了我跳舞的视频 发出来大家看看有没有进步', 'dance clip'),
    ('版主公告：评论区禁止发"懂的私""看主页"之类引流话术 违者禁言', 'moderator rule notice'),
    ('USDT怎么提现到银行卡 有没有靠谱教程', 'crypto question'),
    ('话费充值卡过期了还能用吗 客服说不能退', 'phone credit'),
    ('壁纸更新 第12弹 这次全是宫崎骏', 'wallpaper drop'),
    ('初中生暑假兼职有什么合法的吗 想攒钱买相机', 'teen part-time question'),
    ('老婆生日 想订个情侣按摩套餐 有推荐的正规店吗', 'couple massage'),
    ('警方提醒：接到"裸聊"视频勒索不要转账 立即报警 保存证据', 'sextortion prevention advice'),
    ('我们班小朋友的合影 家长们自己保存 别转发到外面的群', 'teacher class photo'),
    ('萝卜青菜 一份10块 早上菜市场最新鲜', 'plain market'),
    ('红领巾广场今天升旗仪式 孩子们好精神', 'red scarf school event'),
    ('新皮肤上架了 这次的限定太贵了 648抽不到', 'game skin complaint'),
    ('我们茶庄新到普洱 品鉴会周六下午 免费参加 需预约', 'tea tasting event'),
    ('陪诊师服务 陪老人去医院挂号取药 一次150', 'companion service for elderly'),
    ('有人知道QQ群的入群费怎么设置吗 我们读书会想收个书费', 'paid group for book club'),
    ('小学生兴趣班的练习视频可以发朋友圈吗？老师说要家长同意', 'class video policy question'),
    ('养生馆足疗 正规 有营业执照 团购券 69', 'legit foot massage'),
]
HANS_PLAIN = [
    '今天下班好早 一起去吃火锅不', '明天降温 大家注意加衣服', '有人知道地铁三号线几点停运吗', '刚入手一个新耳机 音质不错',
    '周末加班 心累', '这家奶茶店排队太长了', '谁有考研英语的单词书推荐', '楼下快递柜满了 只能放驿站',
    '猫主子今天又把花盆推倒了', '求问 北京到成都高铁要多久', '今天的晚霞好美 拍了几张', '楼主好人 资料收到了谢谢',
    '孩子感冒了 请假一天', '打卡第30天 坚持跑步', '这部剧结局太仓促了', '新买的空气炸锅 做鸡翅很香',
    '下周团建去哪里 投票开始', '图书馆几点开门啊', '手机屏碎了 修一下要多少钱', '妈妈做的红烧肉天下第一',
    '阿里云服务器续费又涨价了', '年会抽到了一个电饭煲 哈哈', '今天语音转文字又把"开会"转成"开灰"了',
    '周六羽毛球 还差两个人', '宿舍停水了 有人知道什么时候来',
]
HANT_HN = [
    ('正規推拿館 領有執照\n肩頸放鬆 60 分鐘 NT$900\n預約請來電店面', 'licensed massage'),
    ('茶行新到阿里山高山茶 免費試飲\n週末品茗會 報名找店員', 'tea shop tasting'),
    ('旅行社 沖繩四天三夜 含機加酒 親子房有位', 'travel agency'),
    ('【版規】最近有人用「讀書筆記」「桌布包」名義賣違法內容\n一律永久停權並通報 發現請檢舉', 'moderator warning'),
    ('家長群提醒：細路玩手機遊戲 有人話送造型要相片嘅 即刻截圖報警', 'parents group safety'),
    ('各位家長：班級活動相片只放喺家長群 唔會上載社交平台', 'teacher photo policy'),
    ('兒童舞蹈班招生 4-10 歲 練習片段只傳俾家長', 'dance school'),
    ('出售 傳說對決 造型 80 款 可走蝦皮交易', 'game skin trading'),
    ('寫真工作室 全家福 / 寶寶周歲照 方案 NT$5800', 'photo studio'),
    ('記者徵求：調查以「兼職模特」名義招募未成年嘅個案 受害家庭可私訊 絕對保密', 'journalist appeal'),
    ('新聞：警方搗破網上販賣兒童不雅影片集團 拘捕 8 人', 'news'),
    ('防騙：自稱「警政署」要你繳保證金嘅都係詐騙 唔好過數', 'fake police warning'),
    ('我細妹今年 8 歲 讀二年級 想報游水班 有冇推介', 'parent child age'),
    ('球隊練習改星期六 教練三點喺校門口等接細路', 'coach pickup'),
    ('呢對 CP 好好嗑 同人誌幾時出', 'fandom CP'),
    ('蘿莉塔洋裝出清 M 號 只穿一次', 'Lolita fashion'),
    ('幼幼班今天畫畫課 小朋友都好可愛', '幼幼班 kindergarten'),
    ('飲茶啊 星期日去酒樓 叉燒包蝦餃', 'yum cha'),
    ('室內設計 room tour 影片 個客廳好靚', 'room tour decor'),
    ('MyCard 點數卡點樣儲值 有冇人教下', 'points card question'),
    ('成人爵士舞班 練習片段 大家多多指教', 'adult dance clips'),
    ('版主公告：留言禁止「懂的私」「看主頁」等引流字眼 違者禁言', 'moderator notice'),
    ('學校性教育講座：教細路唔好俾人影私密部位 有事即刻話俾大人知', 'safety education'),
    ('我阿哥又話要將我跳舞條片放上 IG 笑我 救命', 'sibling teasing'),
    ('陪診服務 陪長者覆診 每次 HK$300', 'companion for elderly'),
    ('相片工作室招成年模特 服裝拍攝 有合約 時薪 HK$400', 'legit model casting'),
    ('旅伴招募 12 月去北海道 AA 制 已有兩個女生', 'travel buddy adults'),
    ('家庭相簿數碼化服務 舊相片掃描修復 每張 HK$5', 'album digitising'),
]
HANT_PLAIN = [
    '今日好凍 記得著多件衫', '下晝去邊度食飯', '捷運今天又誤點 ㄏㄏ', '有冇人知邊間維修手機平',
    '我隻貓又打爛咗個杯', '期末考終於考完了', '聽日返工好唔想', '這家珍奶真的不錯', '颱風假放到幾時',
    '語音輸入又把「開會」打成「開灰」', '週末去爬山 有人要一起嗎', '屋企個冷氣壞咗',
]
EN_HN = [
    ('licensed massage therapy clinic\ndeep tissue 60 min $85\nbook online, receipts for insurance', 'licensed massage'),
    ('tea shop tasting night friday, new oolongs in, free entry, bring a friend', 'tea tasting'),
    ('travel agency deal: 5 nights bali, family rooms, kids under 12 half price', 'travel agency, kid ages'),
    ('MOD NOTICE: people are selling illegal stuff disguised as "study notes" or "wallpaper packs". instant ban + report to NCMEC', 'moderator warning'),
    ('parents group: if someone offers your kid robux for photos, screenshot and report. dont delete the chat', 'parents safety'),
    ('class photos policy: pictures stay in the parent app, no public posting, opt-out form attached', 'teacher photo policy'),
    ('kids dance academy summer intake ages 5-11, practice videos shared only with parents', 'dance school'),
    ('trading CS2 skins, AK redline FT for karambit doppler + adds, middleman ok', 'game skin trading'),
    ('photography studio: newborn and family packages from $299, you keep all files', 'photo studio'),
    ('journalist here, researching sextortion scams aimed at teens. if your family went through it and wants to talk anonymously, dm', 'journalist appeal'),
    ('news: police dismantle online ring selling abuse material through cloud links, 9 arrested', 'news'),
    ('PSA: a "cyber police" email demanding a fine is a scam. real police dont take gift cards', 'fake police warning'),
    ('my daughter is 10, any good coding clubs near downtown?', 'parent child age'),
    ('practice moved to sat, parents pick up at 4 by the east gate, coach will wait', 'coach pickup'),
    ('this CP is my otp, anyone have fic recs', 'fandom CP'),
    ('selling my lolita dress, sweet style, size M, worn once', 'Lolita fashion'),
    ('study notes for AP bio, free google doc, share with your class', 'study notes'),
    ('wallpaper pack: 50 anime skylines 4k, free download', 'wallpaper pack'),
    ('my bro said hell post my karaoke video to the family chat lol, revenge incoming', 'sibling joke'),
    ('we do room tours of our tiny house every sunday on youtube', 'room tour'),
    ('how do i redeem a steam card from another region', 'gift card question'),
    ('any trustworthy USDT exchange that works in my country', 'crypto question'),
    ('adult salsa class practice clip, be gentle with feedback', 'adult dance clip'),
    ('casting: clothing brand needs adult models 18+, paid, contract and agency', 'legit casting'),
    ('looking for a travel buddy for japan in april, 20s, split costs', 'adult travel buddy'),
    ('school counsellor hours changed: tue/thu 2-4pm in room 114, walk-ins welcome', 'real counsellor notice'),
    ('wanna grab tea later? the bubble tea place reopened', 'tea plain'),
    ('rule 4 reminder: no "dm me" or "link in bio" selling. reports go to the mod queue', 'moderator rule'),
    ('old family album scanning service, $0.40 per photo, we return originals', 'album backup service'),
    ('overnight at the lan cafe friday? 10 bucks for the night deal', 'overnight lan'),
    ('guide for parents: what grooming and sextortion look like, and where to report', 'safety education'),
    ('you look cute today ;) dinner at 8? (to my wife, yes we still flirt)', 'adults flirting'),
    ('gfe = gluten free eats. new list of cafes in the wiki', 'acronym collision'),
    ('babysitter needed, two kids ages 6 and 9, pickup from school, references please', 'childcare ad'),
    ('dance practice clips from our competition team, all members 18+, posted with consent', 'adult dance team'),
    ('points card promo: double points at the bookstore this week', 'loyalty points'),
    ('spa weekend with my partner, the hot stone massage was amazing', 'spa review'),
]
EN_PLAIN = [
    'anyone up for ranked tonight', 'the bus was late again ugh', 'just finished my thesis draft', 'new phone who dis',
    'rain all week apparently', 'pizza or tacos for lunch', 'my cat knocked over my coffee', 'finally beat the boss',
    'who has the notes from monday lecture', 'voice to text wrote "meet at the cafe" as "meat at the calf" lmao',
    'happy birthday man', 'the library closes at 9 on weekends', 'anyone know a good dentist', 'gym at 6 tomorrow?',
    'lost my airpods on the train', 'this song has been stuck in my head all day', 'lol same here honestly', 'shipping took 3 weeks',
    'grandma learned to use video calls', 'mods pls pin the schedule', 'ok see u there',
    'reminder the group call moved to 7pm',
]

# ---------------------------------------------------------------------------

def obf_hint(h, fam):
    if fam in h:
        return h[fam]
    p = h['plain']
    return {'separator': sep, 'spacing': spaced, 'zero_width': zw, 'fullwidth': fullwidth,
            'confusable': confusable, 'leetspeak': leet}[fam](p)

def fit(lines, maxb=300):
    text = '\n'.join(l for l in lines if l)
    while len(text.encode()) > maxb:
        lines = lines[:-1]
        text = '\n'.join(l for l in lines if l)
    return text

def csam_row(lang, obf):
    if lang == 'zh-Hans':
        C, H, M, P, Y, K, T = HANS_CSAM_COVER, HANS_CSAM_HINT, HANS_CSAM_MID, HANS_PRICE, HANS_PAY, HANS_CONTACT, HANS_TAIL
        gen = ['separator', 'zero_width', 'spacing', 'traditional']
    elif lang == 'zh-Hant':
        C, H, M, P, Y, K, T = HANT_CSAM_COVER, HANT_CSAM_HINT, HANT_CSAM_MID, HANT_PRICE, HANT_PAY, HANT_CONTACT, HANT_TAIL
        gen = ['separator', 'zero_width', 'spacing']
    else:
        C, H, M, P, Y, K, T = EN_CSAM_COVER, EN_CSAM_HINT, EN_CSAM_MID, EN_PRICE, EN_PAY, EN_CONTACT, EN_TAIL
        gen = ['separator', 'zero_width', 'confusable', 'leetspeak', 'fullwidth', 'spacing']
    h = R.choice(H)
    tags = []
    hint = h['plain']
    if obf:
        fams = [f for f in h if f != 'plain'] + gen
        fam = R.choice(fams)
        if fam == 'traditional':
            hint = h['plain']
            tr = {'学': '學', '视': '視', '频': '頻', '专': '專', '区': '區', '档': '檔', '领': '領', '红': '紅', '没': '沒', '岁': '歲'}
            new = ''.join(tr.get(c, c) for c in hint)
            if new == hint:
                fam = 'separator'; hint = sep(hint)
            else:
                hint = new
        else:
            hint = obf_hint(h, fam)
        tags = [fam]
    cover = R.choice(C)
    lines = [cover, hint + ' ' + R.choice(M), R.choice(P), R.choice(Y) + ' ' + R.choice(K), R.choice(T)]
    if R.random() < 0.3:
        lines = lines[1:2] + lines[0:1] + lines[2:]
    return fit(lines), tags, 'cover "%s"; age/minor hint "%s"' % (cover.strip('【】'), h['plain'])

def sol_row(lang, obf):
    if lang == 'zh-Hans':
        if R.random() < 0.2:
            return R.choice(HANS_MINOR_SOL), [], 'adult asking a minor for images for game currency'
        h = R.choice(HANS_SOL_HINT)
        tags, hint = [], h['plain']
        if obf:
            fam = R.choice([f for f in h if f != 'plain'] + ['separator', 'zero_width'])
            hint = obf_hint(h, fam); tags = [fam]
        cover = R.choice(HANS_SOL_COVER)
        return fit([cover, hint, R.choice(HANS_SOL_PRICE), R.choice(HANS_SOL_CONTACT), R.choice(HANS_TAIL)]), tags, \
            'paid sexual service under cover "%s"' % cover.strip('【】')
    pool, opool = (HANT_SOL, HANT_SOL_OBF) if lang == 'zh-Hant' else (EN_SOL, EN_SOL_OBF)
    if obf:
        t, tags = R.choice(opool)
        return t, tags, 'paid sexual service advert, obfuscated'
    t = R.choice(pool)
    return t, [], ('adult asking a minor for images for game currency' if ('robux' in t or 'skins' in t or '年級' in t or 'ur 14' in t)
                   else 'paid sexual service under a massage/tea/travel/model/room-tour cover')

def sext_row(lang, obf):
    pool, opool = {'zh-Hans': (HANS_SEXT, HANS_SEXT_OBF), 'zh-Hant': (HANT_SEXT, HANT_SEXT_OBF),
                   'en': (EN_SEXT, EN_SEXT_OBF)}[lang]
    if obf:
        t, tags = R.choice(opool)
        return t, tags, 'sextortion threat, obfuscated'
    return R.choice(pool), [], 'sextortion: threat to spread images unless paid/obeyed'

TARGET = {  # lang: (csam, sol, sext, hard_neg, plain)
    'zh-Hans': (29, 24, 16, 50, 25),
    'zh-Hant': (13, 11, 7, 22, 11),
    'en': (22, 19, 12, 37, 22),
}

def main():
    rows = []
    seen = set()
    for lang, (nc, ns, nx, nh, np_) in TARGET.items():
        for label, n, fn in (('csam_trading', nc, csam_row), ('solicitation', ns, sol_row), ('sextortion', nx, sext_row)):
            k, tries = 0, 0
            while k < n:
                tries += 1
                obf = (k % 3 == 0)
                text, tags, note = fn(lang, obf)
                if text in seen and tries < 5000:
                    continue
                if text in seen:  # small pools: vary with a repost tail
                    text = text + '\n' + R.choice(['（转）', '(repost)', '轉發', '.', '!!', '～'])
                    if text in seen:
                        continue
                seen.add(text)
                rows.append(dict(lang=lang, text=text, labels=[label], obfuscation=tags, hard_negative=False, notes=note))
                k += 1
        hn = {'zh-Hans': HANS_HN, 'zh-Hant': HANT_HN, 'en': EN_HN}[lang]
        pl = {'zh-Hans': HANS_PLAIN, 'zh-Hant': HANT_PLAIN, 'en': EN_PLAIN}[lang]
        assert len(hn) >= nh, (lang, len(hn), nh)
        for t, note in R.sample(hn, nh):
            rows.append(dict(lang=lang, text=t, labels=[], obfuscation=[], hard_negative=True, notes='hard negative: ' + note))
        assert len(pl) >= np_, (lang, len(pl), np_)
        for t in R.sample(pl, np_):
            rows.append(dict(lang=lang, text=t, labels=[], obfuscation=[], hard_negative=False, notes='plain benign chat'))
    R.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        n = len(r['text'].encode())
        assert 10 <= n <= 300, (n, r['text'])
        out.append({'id': 'HK-M-%03d' % i, 'lang': r['lang'], 'text': r['text'], 'labels': r['labels'],
                    'obfuscation': r['obfuscation'], 'hard_negative': r['hard_negative'], 'notes': r['notes']})
    with open(os.path.join(HERE, 'messages_k.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'rows')

if __name__ == '__main__':
    main()
