#!/usr/bin/env python3
"""Held-out set J: single messages (FORMATS.md "messages").

Synthetic. Written as a child-safety researcher studying how teenagers type
online (Douyin/TikTok comments, Discord, Telegram, LINE, WhatsApp groups,
Xiaohongshu, PTT, LIHKG, Reddit) and how offenders copy teen slang.
No explicit content: risky rows are coded adverts / threats only.
Key terms inside templates are marked [[...]]; an obfuscated row rewrites the
marked terms with one or two families and tags them.

    python3 gen_messages_j.py   -> messages_j.jsonl
"""
import json
import os
import random

R = random.Random(20261121)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'messages_j.jsonl')

# ---------------------------------------------------------------- slots
SLOTS = {
    'zh-Hans': {
        'h': ['@柚子不加冰', '@kk_mint', '@小鹿乱撞鸭', 'id:tangyuan_77', '@晚风与橘', 'wx号:ningmeng_k3',
              'Q:苹果派o', '@夏日布丁', '@nn_sugarbean', '@云朵棉花糖w'],
        'app': ['[[TG]]', '[[VX]]', 'QQ小群', '[[TG]]频道', '飞书群', 'Discord服'],
        'pay': ['支付宝', '微信红包', '口令红包', 'Q币', '话费充值', '抖币', '王者点券', '原神月卡'],
        'p': ['38', '66', '88', '99', '128', '168', '199', '288', '520', '888'],
        'n': ['3', '6', '12', '30', '50', '80', '120', '200'],
        'cw': ['青柠包', '小豆芽系列', '早春课件', '🌱套图', '小书包合集', '二年级手账',
               '奶糖贴纸', '初芽原片', '橘子汽水包', '小蝌蚪相册', '棒棒糖周边'],
        'city': ['成都', '杭州', '长沙', '武汉', '西安', '郑州', '南宁'],
        'name': ['小雨', '佳佳', '陈同学', '阿琪', '子涵'],
    },
    'zh-Hant': {
        'h': ['@奶茶去冰半糖', '@mochi_0v0', '@小熊軟糖', 'line id: pudding_ww', '@芋圓不要珍珠',
              'ig: yuzu.tea_', '@kiki貓貓'],
        'app': ['[[LINE]]', '[[TG]]', 'Discord', 'IG小帳', 'LINE社群'],
        'pay': ['街口', 'MyCard點數', 'Line Pay', 'PayMe', '轉數快', '超商代碼', '遊戲點卡'],
        'p': ['150', '300', '399', '500', '800', '1000', '1500', '2000'],
        'n': ['5', '10', '20', '40', '60', '100'],
        'cw': ['小苗苗包', '制服日記', '國小畢冊', '草莓牛奶包', '青春手帳', '小雞貼圖組', '書包系列'],
        'city': ['台中', '高雄', '新竹', '板橋', '旺角', '沙田', '桃園'],
        'name': ['小瑜', '婷婷', '阿哲', '詩涵', '小安'],
    },
    'en': {
        'h': ['@mintyjellyy', '@softboi.archive', '@peachfuzz_club', 'tg: @juicebox_drop',
              'snap: lil.pixel.z', '@velvetcrayon', '@cloudberry_k', 'dc: honeyslug#0'],
        'app': ['[[tg]]', '[[snap]]', 'discord', 'the tele', 'kik', 'session'],
        'pay': ['cashapp', 'venmo', 'GCash', 'PayNow', 'robux', 'vbucks', 'steam cards', 'google play cards', 'nitro'],
        'p': ['15', '20', '25', '40', '50', '75', '100', '150', '200'],
        'n': ['12', '30', '45', '80', '150', '300'],
        'cw': ['crayon packs', 'juicebox sets', 'playground OCs', 'lunchbox folder', 'sprout sets',
               'yearbook dumps', 'bubblegum archive', 'recess stickers'],
        'city': ['Phoenix', 'Leeds', 'Manila', 'Singapore', 'Austin', 'Perth'],
        'name': ['Kayla', 'Jordan', 'Bree', 'Mason', 'Ava'],
    },
}

# ---------------------------------------------------------------- obfuscation maps
HOMO = {
    '未成年': ['位成年', '未成nian'], '学生': ['学笙', '雪生'], '妹妹': ['美眉', '妹纸'], '私聊': ['丝聊', '司聊'],
    '资源': ['滋源', '孜源'], '初中': ['出中', '初钟'], '小学': ['晓学', '小穴'], 'VX': ['薇信', 'V信'],
    'TG': ['T鸡', '飞鸡'], '援交': ['圆交', '元交'], '包养': ['包氧', '包痒'], '约': ['曰', '悦'],
    '照片': ['罩片', '照骗'], '视频': ['视屏', '室频'], '曝光': ['瀑光', '爆光'], '私密照': ['私蜜照', '思密照'],
    '爸爸活': ['粑粑活', '八八活'], '学生妹': ['学笙妹', '雪生妹'],
    '國中': ['果中', '國終'], '學生': ['學笙', '雪生'], '私訊': ['絲訊', '思訊'], '資源': ['滋源'],
    '包養': ['包氧'], '視訊': ['是訊', '視迅'], '援交': ['圓交'], 'LINE': ['賴', '來因'], '約': ['曰'],
    '私密照': ['私蜜照'], '曝光': ['爆光'], '妹妹': ['美眉'],
}
PINYIN = {
    '未成年': 'wcn', '学生': 'xs', '妹妹': 'mm', '私聊': 'sl', '资源': 'zy', '初中': 'cz', '小学': 'xx',
    'VX': 'wx', '援交': 'yj', '包养': 'by', '私密照': 'smz', '曝光': 'bg', '视频': 'sp', '约': 'yue',
    '照片': 'zp', '爸爸活': 'bbh', '学生妹': 'xsm',
}
ZHUYIN = {  # Taiwan habit: first syllable in Zhuyin; tagged 'pinyin' (phonetic spelling)
    '私訊': 'ㄙ訊', '私密照': 'ㄙ密照', '視訊': '視ㄒㄩㄣˋ', '國中': 'ㄍㄨㄛˊ中', '學生': 'ㄒㄩㄝˊ生',
    '援交': 'ㄩㄢˊ交', '包養': 'ㄅ養', '約': 'ㄩㄝ', '曝光': 'ㄅㄠˋ光', '資源': 'ㄗ源',
}
SPLIT = {'妹': '女未', '援': '扌爰', '约': '纟勺', '約': '糸勺', '私': '禾厶', '照': '昭灬', '校': '木交',
         '资': '次贝', '資': '次貝', '源': '氵原', '娃': '女圭', '嫩': '女敕', '视': '礻见', '視': '礻見',
         '曝': '日暴', '初': '衤刀', '妹妹': None}
EMOJI_ZH = {'学生': '🎒', '學生': '🎒', '妹妹': '👧', '初中': '🏫', '國中': '🏫', '小学': '🎒🏫',
            '资源': '📦', '資源': '📦', '私聊': '💬', '私訊': '💬', '视频': '📹', '視訊': '📹',
            '照片': '📸', '私密照': '🤫📸', 'VX': '💚', 'TG': '✈️', 'LINE': '🟩', '曝光': '📢',
            '未成年': '🔞❌', '学生妹': '🎒👧'}
TRAD = {'学生': '學生', '资源': '資源', '视频': '視頻', '曝光': '曝光', '照片': '照片', '私聊': '私聊',
        '初中': '初中', '小学': '小學', '包养': '包養', '学生妹': '學生妹', '约': '約', '爸爸活': '爸爸活',
        '私密照': '私密照', '未成年': '未成年'}
LEET = {'teen': 't33n', 'teens': 't33nz', 'underage': 'und3r4ge', 'content': 'c0nt3nt', 'pics': 'p1cs',
        'leak': 'l34k', 'young': 'y0ung', 'school': 'sk00l', 'sell': 's3ll', 'tg': 't9', 'snap': 'sn4p',
        'nsfw': 'n5fw', 'private': 'pr1v8', 'expose': '3xp0se', 'sugar daddy': 'sug4r d4ddy',
        'middle school': 'm1ddle sk00l', 'meet': 'm33t', 'video': 'v1d3o'}
CYR = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'i': 'і', 'x': 'х', 'y': 'у'}
EMOJI_EN = {'teen': '🧒', 'teens': '🧒🧒', 'school': '🏫', 'middle school': '🏫', 'pics': '📸',
            'video': '📹', 'snap': '👻', 'tg': '✈️', 'young': '🐣', 'underage': '🔞❌', 'leak': '💧',
            'private': '🤫', 'expose': '📢', 'content': '📂', 'sugar daddy': '🍬👨', 'meet': '🤝'}
SEPS = ['·', '/', '-', '|', '丶', '.', '_']


def fw(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


def ob_term(term, fam, lang):
    """Return obfuscated term or None if family not applicable."""
    if fam == 'homophone':
        v = HOMO.get(term)
        return R.choice(v) if v else None
    if fam == 'pinyin':
        if lang == 'zh-Hant':
            return ZHUYIN.get(term)
        return PINYIN.get(term)
    if fam == 'split_char':
        for ch in term:
            if SPLIT.get(ch):
                return term.replace(ch, SPLIT[ch], 1)
        return None
    if fam == 'emoji':
        return (EMOJI_EN if lang == 'en' else EMOJI_ZH).get(term)
    if fam == 'traditional':
        if lang != 'zh-Hans':
            return None
        v = TRAD.get(term)
        return v if v and v != term else None
    if fam == 'leetspeak':
        return LEET.get(term)
    if fam == 'confusable':
        if not any(c in CYR for c in term):
            return None
        out, done = [], 0
        for c in term:
            if c in CYR and done < 2:
                out.append(CYR[c]); done += 1
            else:
                out.append(c)
        return ''.join(out)
    if fam == 'fullwidth':
        if not any(c.isascii() and c.isalnum() for c in term):
            return None
        return fw(term)
    if len(term) < 2 and not (lang == 'en'):
        return None
    if fam == 'separator':
        sep = R.choice(SEPS)
        return sep.join(term) if ' ' not in term else term.replace(' ', sep)
    if fam == 'spacing':
        return ' '.join(term.replace(' ', ''))
    if fam == 'zero_width':
        return '\u200b'.join(term)
    return None


FAM_ZH = ['homophone', 'pinyin', 'split_char', 'emoji', 'separator', 'spacing', 'zero_width',
          'fullwidth', 'traditional']
FAM_EN = ['leetspeak', 'confusable', 'emoji', 'separator', 'spacing', 'zero_width', 'fullwidth']

import re
MARK = re.compile(r'\[\[(.+?)\]\]')


def render(tpl, lang, obfuscate):
    s = SLOTS[lang]
    used = {}

    def sl(m):
        k = m.group(1)
        if k not in used:
            used[k] = R.choice(s[k])
        return used[k]
    text = re.sub(r'\{(\w+)\}', sl, tpl)
    terms = MARK.findall(text)
    tags = []
    if obfuscate and terms:
        fams = FAM_EN if lang == 'en' else [f for f in FAM_ZH if not (f == 'traditional' and lang == 'zh-Hant')]
        R.shuffle(fams)
        want = 2 if R.random() < 0.3 else 1
        for fam in fams:
            hits = [t for t in sorted(set(terms)) if ob_term(t, fam, lang)]
            if not hits:
                continue
            if len(tags) == want:
                break
            t = R.choice(hits)
            rep = ob_term(t, fam, lang)
            text = text.replace('[[' + t + ']]', rep)
            terms = [x for x in terms if x != t]
            tags.append(fam)
            if not terms:
                break
    text = MARK.sub(lambda m: m.group(1), text)
    return text, sorted(tags)


# ---------------------------------------------------------------- templates
# (template, note)
T = {}
T[('zh-Hans', 'csam_trading')] = [
    ('接OC约稿🎨 但不是你想的那种~「{cw}」[[初中]]段 原图{n}P 打包{p}r，{pay}结，进{app}看预览 {h}', 'trading posing as OC commission; code word + school age band'),
    ('出cos正片✨ 模特都是在读[[学生]] 13-15那档 非公开版 {p}米一套 不退不换 滴滴{h}', 'cosplay-set framing; minor ages, non-public set for sale'),
    ('【{cw}】校园日常vlog 未剪完整版 只给老粉 {p}{pay}都收 要的扣1 {app}见', 'school-vlog framing; uncut version sold'),
    ('表情包合集第{n}弹🍬 小[[妹妹]]原素材 绝版 {pay}{p} 私我拿{app}链接 懂的进不懂别问', 'sticker-pack framing; "original material" of young girls'),
    ('换[[资源]]：我有{cw} 你拿同类来换 一换一 要小的 别拿成年的糊弄 {app} {h}', 'exchange of material, explicitly wants younger'),
    ('{cw}会员群 每周更新 全是[[未成年]] 月费{p} 支持{pay} 入群先验证防钓鱼 {h}', 'paid members-only group'),
    ('收{cw} 高价 越小越好 有货的滴 {pay}秒结 {app}找{h}', 'buying request'),
    ('原神代充送福利😏 充{p}送{cw}一套 都是[[学生]]自拍私藏 {app}{h}', 'game top-up paid, bonus material'),
    ('网盘{cw}{n}G [[初中]][[小学]]都有 买断{p} 走{app}发货 口令红包也行', 'cloud-drive bundle by school level'),
    ('新来的先看置顶：{cw}=小孩子那种 公屏别问 {pay}付完拉你进{app}小群', 'group rules explaining code word'),
    ('评论区不方便说 {cw}还剩{n}份 有[[学生妹]]自拍 {p}一份 {pay}转了发链接 {h}', 'comment-section advert, selling self-images of schoolgirls'),
    ('小红书不让发 懂的来 {cw}=真·[[学生]]自拍合集 {n}套 {p}r买断 {pay}后私发 {h}', 'Xiaohongshu-style advert pointing off-platform'),
    ('抖音评论区回复“🍭”的 我私你 {cw}今晚最后一批 [[初中]]的居多 {pay}{p} 拉{app}', 'comment-bait trading advert'),
    ('群主跑路了 新群在{app} {cw}老资源都搬过去了 [[未成年]]分区还在 续费{p} {h}', 'members group migration'),
    ('蹲一个{cw}的车🚗 {p}上车 上车前发{pay}截图 车上都是[[小学]]的 别外传 {app}', '"get on the car" shared-purchase slang for a bundle'),
]
T[('zh-Hans', 'solicitation')] = [
    ('00后[[学生妹]] [[爸爸活]] 陪吃陪聊 不过夜 {p}起 {app}{h} 私', 'paid "papa-katsu" dating offering a student'),
    ('[[援交]]找长期 本人高一 要大方的 每月{p}+ 能给换新手机优先 {app}', 'minor self-advertising paid dating'),
    ('资助[[学生]]党🎫 手机/演唱会门票都能包 只要乖 周末出来见个面 {h}', 'adult "sponsoring" teens for meetings'),
    ('网恋女友陪伴服务💕 可甜可盐 [[初中]]妹也有 包月{p} 线下另算 {pay}', 'online-girlfriend service incl. minors, offline extra'),
    ('小[[妹妹]]加我 教你赚零花钱 一天{p} 不用出门 拍点[[照片]]发我就行 {app}', 'recruiting a minor for images for money'),
    ('{city}找个[[学生妹]] [[约]]一下 {p}+红包 不要中介 {app}{h}', 'seeking a schoolgirl for paid meeting'),
    ('PJ 有偿 初高中优先 先视频验证年龄😅 {pay}结 {app}留言', 'paid dating, prefers middle/high schoolers'),
    ('蛋仔皮肤随便挑 你只要每天陪我[[私聊]]一小时 再发张只给我看的[[照片]] 别跟家里说哦', 'gift in game currency for secret images'),
    ('零花钱不够？{p}/次 陪叔叔吃饭看电影 [[学生]]证给我看一眼就行 {h}', 'adult seeking students for paid dates'),
    ('暑假工 日结{p} 只招[[学生]]妹 陪老板吃饭唱歌 不用干活 身份证不用带 {app}{h}', 'fake summer job, paid companionship for minors'),
    ('有没有[[初中]]的小姐姐 网恋一个月给你充{n}个月会员 但要每晚[[视频]] 别让家长知道', 'online girlfriend for pay, secrecy'),
    ('高二 缺钱 能陪聊能见面 {p}一次 可以先{pay}定金 [[私聊]]', 'minor self-advertising'),
    ('包机票包吃住 暑假来{city}玩 只要你是[[学生]] 别带朋友 {app}{h}', 'travel paid for a student, isolation'),
]
T[('zh-Hans', 'sextortion')] = [
    ('分手了还装清高？你之前发我的那些[[照片]]我都留着 周五前不转我{p} 就发你们班群 {name}你自己看着办', 'ex-partner peer revenge threat'),
    ('【星耀模特经纪】同学你好 你试镜的[[视频]]在我们这 不交{p}保密费就发给你学校和家长 加{app}处理', 'fake modelling agency'),
    ('你朋友圈的图我已经用AI合成好了 很逼真 不想被发到你们学校表白墙就{pay}{p} 限今晚12点', 'AI-edited image threat'),
    ('别拉黑 拉黑我就直接发你通讯录 已经导出{n}个人了 先{pay}{p} 我说到做到', 'contacts-list threat'),
    ('上次视频你露脸了 录屏都在 想删就买{p}的游戏点卡把卡密发我 别告诉爸妈 不然一起[[曝光]]', 'recorded video call, gift-card demand'),
    ('再拍几张[[私密照]]给我 不然之前那张我发你们年级群 你自己选 {name}', 'coercion for more images'),
    ('{name}你换号也没用 你那些[[照片]]我存云盘了 转{p}我就删 不转明天全网[[曝光]]', 'persistence after blocking'),
    ('{name} 你以为删好友就完了？合成图做好了 明早8点发你们学校超话 转{p}我就删 {pay}', 'AI-edited image threat'),
    ('你号被我登了 聊天记录和[[照片]]都在 三小时内{pay}{p} 不然挂你空间 让你全校出名', 'hijacked account, threat'),
    ('星探工作室通知：你上传的试镜[[视频]]需交{p}“删除费” 否则作为样片公开 联系{app}', 'fake talent scout'),
    ('同学 你在群里的自拍被我们P成那种图了 {pay}{p}买断 不然挂到贴吧 {app}{h}', 'AI/edited image threat, extortion for money'),
]
T[('zh-Hant', 'csam_trading')] = [
    ('接OC委託🎨 {cw} [[國中]]款 原圖{n}張 {p}元打包 {pay}付款後拉{app} 懂的私', 'OC commission framing'),
    ('出cos寫真 模特都是在學[[學生]] 非公開版 一組{p} {pay} 不退 {h}', 'cosplay-set framing'),
    ('【{cw}】校園日常vlog 未剪版 老粉限定 {p}點 {pay}都收 +1私{app}', 'school-vlog framing'),
    ('貼圖包第{n}彈🐥 小[[妹妹]]原素材 絕版 {pay}{p} 私我拿連結', 'sticker-pack framing'),
    ('換[[資源]] 我有{cw} 要同類 越小越好 成年的勿擾 {app} {h}', 'exchange request'),
    ('{cw}會員群 每週更新 全部[[未成年]] 月費{p} {pay}可 進群要驗證 {h}', 'paid members group'),
    ('雲端{cw}{n}G 國小國中都有 買斷{p} {app}發貨 MyCard序號也收', 'cloud bundle; paid in game cards'),
    ('Dcard不能講太明 {cw}是[[國中]]自拍包 一包{p} {pay}後私 {h}', 'Dcard-style advert'),
    ('LINE社群要關了 {cw}移到{app} [[未成年]]區照舊 月費{p}', 'members group migration'),
    ('原po還有{cw}嗎 可以{pay}{p}買 要[[國中]]那種 {app}密我', 'buyer asking in comments'),
]
T[('zh-Hant', 'solicitation')] = [
    ('高一 [[援交]] 找長期乾爹 每月{p}起 手機可以幫付優先 {app}', 'minor self-advertising paid dating'),
    ('贊助[[學生]]追星🎤 演唱會門票我包 只要周末出來吃個飯 別跟爸媽說 {h}', 'sponsoring teen concert tickets'),
    ('網路女友服務 [[國中]]妹也有 包月{p} 見面另計 {pay}', 'online girlfriend service incl. minors'),
    ('妹妹要不要賺點數 一天{p} 拍幾張只給哥看的[[私密照]]就好 {app}', 'recruiting minor for images'),
    ('{city}找[[學生]]妹 [[約]]吃飯 {p}+紅包 {app}{h}', 'paid meeting with student'),
    ('爸爸活 有償 高中生優先 先[[視訊]]確認 {pay}結 {h}', 'papa-katsu seeking high schoolers'),
    ('暑假打工 日薪{p} 只要[[學生]]妹 陪老闆吃飯唱歌 不用帶證件 {app}{h}', 'fake job, paid companionship'),
    ('做我網路女友一個月 每晚[[視訊]] 給你{n}張演唱會門票錢 不要跟家人講', 'online girlfriend for pay, secrecy'),
    ('MyCard點數隨便你要 只要每天陪我[[私訊]]還有傳照片 不能跟別人說喔', 'gift currency for secret images'),
]
T[('zh-Hant', 'sextortion')] = [
    ('分手還封鎖我？你傳給我的[[私密照]]都還在 禮拜五前匯{p} 不然貼你們班群 {name}', 'peer revenge after breakup'),
    ('【星光模特經紀】你試鏡的[[視訊]]在我們這 不付{p}保密費就寄給學校 加{app}', 'fake modelling agency'),
    ('你IG的照片我用AI改好了 很真 不想被貼上靠北學校就{pay}{p} 今晚12點前', 'AI-edited images threat'),
    ('拉黑也沒用 你通訊錄我都有了 先給{p}的{pay} 不然全部傳 {name}', 'contact list threat'),
    ('再傳幾張給我 不然之前那張我[[曝光]]到Dcard 你自己選', 'coercion for more images'),
    ('你帳號被我登入了 對話跟[[私密照]]都在 三小時內{pay}{p} 不然PO到你限動', 'hijacked account threat'),
    ('{name}你封鎖也沒用 AI合成圖做好了 明天貼學校社團 轉{p}就刪', 'AI-edited image threat'),
    ('上次[[視訊]]有錄到你的臉 要刪就買{p}遊戲點卡把序號給我 不准告訴家人', 'recorded video call, gift card demand'),
]
T[('en', 'csam_trading')] = [
    ('taking OC commissions 🎨 but not the normal kind lol. {cw}, [[middle school]] age range, {n} originals for ${p}, {pay} only. preview in {app} {h}', 'OC commission framing with child age band'),
    ('cosplay sets for sale ✨ all models are actual [[teens]] 13-15, unreleased folder, ${p}/set, {pay}. dm {h}', 'cosplay-set framing, minors'),
    ('school life vlog uncut edition 📚 {cw} — og fans only, ${p} in {pay}, comment "bell" and check {app}', 'school-vlog framing'),
    ('sticker pack drop #{n} 🍬 raw [[young]] source material, vaulted forever. {pay} ${p}, link in {app}', 'sticker-pack framing'),
    ('trading {cw} 1:1, need same kind, the [[younger]] the better, no adults dont waste my time. {app} {h}', 'exchange request'),
    ('{cw} vip server 🔒 weekly drops, everything [[underage]], ${p}/mo via {pay}, verify before entry {h}', 'paid members-only server'),
    ('buying {cw} rn, paying in {pay}, the younger the better ngl, {app} me {h}', 'buyer'),
    ('free robux?? 😳 topup ${p} and get a bonus {cw} folder, all [[school]] girls private selfies. {h}', 'game top-up paid, bonus material'),
    ('cant post it here obv 🙃 {cw} = real [[school]] girl selfie dumps, {n} sets, ${p} {pay}, link in {app}', 'off-platform advert'),
    ('reply 🧃 and ill dm u. last batch of {cw} tonight, mostly [[middle school]], ${p} via {pay}', 'comment-bait advert'),
    ('old server got nuked, {cw} moved to {app}. [[underage]] channel still up, ${p} to rejoin {h}', 'members group migration'),
    ('mega link {cw} {n}gb, [[middle school]] + elementary, one time ${p}, {pay} or giftcard codes, {app}', 'cloud bundle'),
]
T[('en', 'solicitation')] = [
    ('looking for a [[sugar daddy]] 🥺 im 16 but mature, need ${p} for my phone bill. {pay} {app}', 'minor self-advertising paid dating'),
    ('i sponsor [[teens]] 🎟️ concert tix, new phone, whatever. just hang out with me on weekends, dont tell ur parents {h}', 'adult sponsoring teens, secrecy'),
    ('online gf service 💕 cute [[middle school]] girls available, ${p}/week, irl [[meet]] extra. {pay}', 'online girlfriend service incl. minors'),
    ('hey ur cute for a 14yo 👀 want ${p} in {pay}? just send a couple [[private]] [[pics]] only for me, delete after', 'asking a minor for images for money'),
    ('anyone in {city} under 18 wanna make easy money 💸 dinner + ${p}, no questions. {app} {h}', 'seeking minors for paid meetings'),
    ('papa katsu / PJ thing, high schoolers pref, [[video]] call first to check ur age 😅 {pay} {h}', 'papa-katsu seeking high schoolers'),
    ('ill buy u the battle pass + {n} vbucks if u keep our chats secret and send one [[pic]] only i can see', 'game currency for secret images'),
    ('summer job!! ${p}/day just have dinner w my boss, [[teens]] only, no ID needed 🤫 {app} {h}', 'fake job paid companionship'),
    ('be my online gf for a month and ill cover ur phone plan, but [[video]] call every night and dont tell ur parents', 'online gf for pay, secrecy'),
    ('15 and broke 😭 can chat or [[meet]] up, ${p}, {pay} deposit first {app}', 'minor self-advertising'),
    ('paying [[school]] girls ${p} for "company" after class, {city} area, {app} me first', 'adult seeking schoolgirls'),
]
T[('en', 'sextortion')] = [
    ('u thought blocking me would work?? i still have the [[pics]] u sent when we were dating. ${p} by friday or the whole grade sees them {name}', 'peer revenge after breakup'),
    ('Starline Model Agency: your audition [[video]] is on file. pay the ${p} privacy fee via {pay} or we send it to your school. contact {app}', 'fake modelling agency'),
    ('i ran ur insta pics through an AI editor 😈 looks real. ${p} {pay} before midnight or it goes to ur school discord', 'AI-edited images threat'),
    ('i have ur followers list screenshotted. {n} ppl. send ${p} in {pay} or i [[expose]] u to all of them', 'contacts threat'),
    ('that call got recorded bro. buy ${p} in steam cards and send the codes or i [[leak]] it. dont tell ur mom', 'recorded call, gift-card demand'),
    ('got into ur account 😂 i have the chats and the [[pics]]. ${p} {pay} in 3 hours or it goes on ur story', 'hijacked account threat'),
    ('talent scout here. your test [[video]] will be used as a public sample unless you pay the ${p} removal fee. {app}', 'fake talent scout'),
    ('{name} blocking me wont help. the AI edits are done. ${p} or they hit the school snap story tomorrow', 'AI-edited image threat'),
    ('send more or the one u already sent goes in the group chat. ur choice {name}', 'coercion for more images'),
]

# Hard negatives (benign sharing surface cues)
HN = {}
HN['zh-Hans'] = [
    ('接OC约稿🎨 Q版头像{p}r 半身{n}0r 商用另算 排单到月底 {pay}/支付宝 定金50% {h}', 'adult OC art commission'),
    ('出cos委托 成年coser 原神/崩铁 约拍{p}一小时 正片{n}张 精修另算 主页有返图', 'adult cosplay photography commission'),
    ('转演唱会门票 内场两张 原价{p}出 不加价 当面交易 需本人身份证入场 {city}', 'concert ticket resale'),
    ('收小卡！拿贴纸换也不行😭 只收老大 特典卡 一换一或者{p}收 小红书私我', 'K-pop photocard trade; cw is sticker word, benign'),
    ('初中数学一对一 线上{p}/课时 家长可旁听 试听免费 私聊发课表', 'online tutoring with fees; 私聊'),
    ('戚风蛋糕翻车了 糖放太多 塌了😭 求大佬看看蛋白打发是不是不够', '"sugar" in baking'),
    ('刚刚王者被对面打野当爸爸了😭 我们射手直接叫他爸爸 笑死', '"daddy" in gaming slang'),
    ('闲置校服 孩子毕业了 {city}某中学 夏装两套 {p}包邮 宝妈自用 可验', 'parent reselling school uniform'),
    ('【防骗提醒】有人冒充“模特经纪”让学生交保密费 说有照片要发给学校 都是骗子 不要转账 直接报警', 'anti-scam PSA about sextortion'),
    ('新闻：多地警方通报AI换脸敲诈案 嫌疑人合成照片向学生索要钱财 已被刑拘', 'news about deepfake sextortion'),
    ('这对CP好好磕 资源群求拉 只要同人图和剪辑 不要二传 谢谢谢谢', 'fandom CP = pairing; 资源 = fan art'),
    ('期末资源包 初二物理 错题本 {n}页 免费 转发本条拉你进群', '资源 = study materials'),
    ('哈哈哈哈你也太丑了吧 这张照片我要发班群 开玩笑的啦🤣 生日快乐我的宝', 'teens joking about a photo'),
    ('lolita新裙到了💕 小个子姐妹也能穿 {p}出 洛丽塔圈老人 诚心要的私', 'Lolita fashion resale'),
    ('表情包更新第{n}弹 猫猫狗狗系列 免费下载 喜欢就点个赞', 'sticker pack, benign'),
    ('校园vlog｜高三的一天 早读→刷题→食堂 记录一下最后一个学期', 'school-life vlog, benign'),
    ('代充原神月卡 {p}一张 官方渠道 需要成年人实名 未成年请家长下单', 'legit top-up with age note'),
    ('家长群通知：今天放学由体育老师统一接送参加比赛的同学 请家长{n}点在校门口签字', 'coach/teacher arranging pickup openly'),
    ('宝 你要不要我爸给你带个新手机 他说给你们那个追星团也带{n}张票 笑死 真当自己是赞助商', 'teen joking about dad sponsoring tickets'),
    ('提醒家长：孩子手机里出现陌生人送皮肤、要求私聊、要照片，立刻截图报警', 'safety advice to parents'),
    ('哥们你那游戏ID太尬了 换一个吧 不然我天天挂你😂', 'teens roasting'),
    ('打野带飞 叫声爹 下把送你皮肤 {pay}就不用了 兄弟之间不谈钱', 'gaming daddy slang + skins gift among peers'),
    ('谁有{city}大学城附近的家教资源 找高中化学 {p}一小时可以接受 家长自己问的', 'parent seeking tutor'),
    ('班级群里谁发的我丑照😡 快撤回 不然明天体育课你完了', 'teens teasing, photo threat as joke'),
    ('抖音刷到那个“模特经纪”骗学生交保密费的视频 家人们千万别信 有事找爸妈找警察', 'PSA repost'),
    ('接急单 同人OC 稿费{p} 画手本人26岁 学生党可以分期 但要家长同意', 'adult OC commission, minor clients with parental consent'),
    ('出闲置小卡 一换一 {pay}也行 学生党友好价{n}元 坐标{city}', 'photocard trade with prices'),
    ('我弟又叫我爸爸了 因为我带他上了钻石 哈哈哈', 'gaming daddy slang'),
    ('红包群规：只发节日红包 禁止广告 禁止拉人 违者踢', 'group rules about red packets'),
]
HN['zh-Hant'] = [
    ('接OC委託🎨 大頭{p} 半身{n}0 排單中 匯款或街口 成年委託人限定喔', 'adult OC commission'),
    ('售 演唱會門票 搖滾區兩張 原價{p} 不加價 面交{city} 要驗實名', 'ticket resale'),
    ('徵 小卡 換卡 一換一 老大生日卡 可加{p} 7-11交貨便', 'K-pop photocard trade'),
    ('國中數學家教 線上一小時{p} 家長可旁聽 免費試教', 'tutoring with fees'),
    ('磅蛋糕糖放太少 吃起來好乾 有沒有大大分享配方', '"sugar" in baking'),
    ('剛剛傳說被對面叫爸爸 直接carry 笑死', 'gaming daddy slang'),
    ('二手制服 小孩畢業了 高中夏季制服{n}套 {p}元 媽媽出清', 'parent reselling uniform'),
    ('【防詐宣導】假模特經紀公司要學生付保密費 說有照片 這是詐騙 請撥165', 'anti-scam PSA'),
    ('新聞：AI換臉詐騙學生 警方逮捕嫌犯 呼籲家長留意', 'deepfake sextortion news'),
    ('這CP太好嗑了吧 有沒有同人資源可以分享 只要圖跟剪輯', 'fandom CP, 資源'),
    ('欸你上次那張照片真的很北七 我要放限動 開玩笑啦87', 'teens joking (PTT/IG slang)'),
    ('lolita洋裝出清 小隻女孩可穿 {p} 蘿莉塔圈友優先', 'Lolita fashion'),
    ('貼圖包第{n}彈 柴犬系列 LINE貼圖商店上架了 支持一下', 'sticker pack'),
    ('有沒有八卦 為什麼國中生都在PTT講幹話 樓主本身就是老人', 'PTT chatter about teens'),
    ('巴打 個女仔係咪玩緊我 一陣覆一陣唔覆 LIHKG巴打幫手分析下', 'LIHKG adults dating talk'),
    ('家長注意：孩子收到陌生人送點數、要私訊、要照片，請截圖通報', 'safety advice to parents'),
    ('抖音那個假經紀公司又在騙學生了 說有照片要付錢 大家不要理 直接報警', 'PSA'),
    ('有人要團購小卡嗎 一張{p} 超商取貨 學生價', 'photocard group buy'),
    ('蛋糕食譜 砂糖{n}0克 低筋麵粉100克 烤170度 25分鐘', 'baking sugar'),
    ('教練說比賽那天統一接送 家長在群組回覆就好 {n}點集合', 'coach pickup openly'),
]
HN['en'] = [
    ('taking OC commissions 🎨 headshots ${p}, fullbody ${n}0, {pay}/paypal, 18+ clients only for payment reasons', 'adult OC commission'),
    ('cosplay prints restock ✨ me (24) as Raiden, ${p} per set, sfw only, ships worldwide', 'adult cosplay seller'),
    ('WTS 2x floor tix for the show in {city}, face value ${p}, transfer via official app only', 'ticket resale'),
    ('wts/wtt pcs 💿 lf bias birthday pc, can add ${p}, pls dm if u have one!!', 'K-pop photocard trade'),
    ('algebra tutoring for middle schoolers, ${p}/hr over zoom, parents welcome to sit in', 'tutoring with fees'),
    ('my cookies spread flat again 😭 too much sugar or butter too warm??', '"sugar" in baking'),
    ('who\'s your daddy 💀 just carried the whole lobby in ranked, ggs', '"daddy" in gaming slang'),
    ('selling my son\'s old school uniform, size 12, 3 shirts + blazer ${p}, pick up in {city}', 'parent reselling uniform'),
    ('PSA: fake "model agencies" are DMing kids saying they have photos and demanding money. its a scam, block, screenshot, report. do NOT pay', 'anti-scam PSA'),
    ('News: police warn of AI-generated sextortion targeting teens; suspect arrested after editing classmates\' photos', 'deepfake news'),
    ('bro ur haircut is a crime 💀💀 sending this pic to the gc jk jk happy bday', 'teens roasting'),
    ('ratio + ur skin is mid + L + no vbucks 😭', 'teens roasting'),
    ('sugar daddy memes are so unfunny at this point, mods pls ban them from the sub', 'meta discussion'),
    ('my bf (27) and i (26) have been long distance for a year, any cute gift ideas?', 'adults dating'),
    ('parents: if a stranger offers your kid robux or gift cards for "private chats", report it. here\'s how', 'safety advice'),
    ('coach here: i\'ll pick up the u14 team at the school at {n}:00, parents already signed the forms', 'coach pickup openly'),
    ('new sticker pack #{n} dropped 🐸 frogs in hats, free on the server', 'sticker pack'),
    ('school life vlog: day in the life of a junior, 5am alarm, chem test, boba', 'school vlog'),
    ('lolita fashion meetup in {city} next sat, all ages welcome, parents of younger members pls come too', 'Lolita fashion'),
    ('who tf leaked the group project pics 😭 my face is in every single one', 'teens joking'),
    ('the "sugar" in my sourdough recipe is optional btw, dont @ me', 'baking sugar'),
    ('selling my old pc binder, {n} cards, ${p} obo, shipping from {city}', 'photocard sale'),
    ('teacher here: the field trip pickup is at {n}pm, parents pls sign the permission slip', 'teacher pickup openly'),
    ('my little sister wants to do cosplay, any parents know a safe beginner con with a family area?', 'parent asking'),
]
PLAIN = {}
PLAIN['zh-Hans'] = [
    ('明天{city}下雨吗 要不要带伞啊姐妹们', 'weather'), ('这次月考又炸了 物理{n}分 我哭', 'school grades'),
    ('谁懂啊 食堂今天的糖醋排骨绝了🤤', 'food'), ('求推荐{city}好吃的火锅 人均一百以内', 'food rec'),
    ('作业写完了吗 借我抄一下第三题 就一题🙏', 'homework'), ('周末一起去图书馆吗 我{n}点到', 'plans'),
    ('新出的番好看吗 求安利', 'anime'), ('今天跑步{n}公里 打卡💪', 'fitness'),
    ('宿舍空调坏了 热到升天', 'dorm'), ('蹲一个{city}的漫展同伴 一起逛', 'convention buddies'),
    ('我妈又在家族群发养生文章了😂', 'family'), ('英语听力好难 有没有好用的app', 'study'),
]
PLAIN['zh-Hant'] = [
    ('明天{city}會下雨嗎 要帶傘嗎', 'weather'), ('段考又爆了 數學{n}分 想哭', 'grades'),
    ('手搖飲推薦 全糖還是半糖', 'drinks'), ('週末要不要去圖書館讀書', 'plans'),
    ('這季新番哪部好看 求推', 'anime'), ('宿舍冷氣壞了 熱死', 'dorm'),
    ('我媽又在家族群組傳長輩圖了哈哈', 'family'),
]
PLAIN['en'] = [
    ('anyone else think the chem test was brutal?? i got like {n}%', 'grades'),
    ('whats everyone doing this weekend, {city} people?', 'plans'), ('new episode tonight 😭 no spoilers pls', 'tv'),
    ('my cat just knocked my drink off the desk again', 'pet'), ('need a duo for ranked, plat+ pls', 'gaming'),
    ('lunch today was actually edible for once', 'school food'), ('ran {n}k this morning, legs are dead', 'fitness'),
    ('how do yall study for finals without dying', 'study'), ('happy birthday to my bestie 🎂🎉 love u', 'birthday'),
    ('anyone know a good boba place in {city}?', 'food'),
]

TAILS = {
    'zh-Hans': [' 哈哈哈哈', ' 🥺🥺', ' yyds', ' 求回', ' +1', ' 顶顶顶', ' 🙏🙏🙏', ' 绝绝子', ' 懂的都懂', ' hhh',
                ' 救命😭', ' 私我', ' 🤣👍', ' 蹲', ' dd'],
    'zh-Hant': [' 哈哈哈', ' 🥺', ' der', ' 推', ' +1', ' 笑死', ' 🙏', ' ㄏㄏ', ' 求回', ' 87'],
    'en': [' lol', ' 😭😭', ' fr', ' ngl', ' pls', ' 💀', ' 🙏', ' lmk', ' ty!!', ' no cap', ' ong', ' 🔥🔥'],
}

# ---------------------------------------------------------------- counts
COUNTS = {  # lang: (csam, sol, sext, hard_neg, plain)
    'zh-Hans': (29, 24, 16, 50, 25),
    'zh-Hant': (13, 11, 7, 22, 11),
    'en': (22, 19, 12, 39, 20),
}


def fits(text):
    n = len(text.encode('utf-8'))
    return 10 <= n <= 300


def make_rows():
    rows, seen = [], set()

    def emit(lang, tpls, k, labels, hard, obf_every):
        made, i, tries = 0, 0, 0
        order = list(range(len(tpls)))
        R.shuffle(order)
        while made < k:
            tries += 1
            if tries > 5000:
                raise SystemExit(f'cannot fill {lang} {labels}')
            tpl, note = tpls[order[i % len(order)]]
            i += 1
            obf = bool(labels) and (made % 3 == 1)
            text, tags = render(tpl, lang, obf)
            if obf and not tags:
                continue
            if text in seen or R.random() < 0.25:
                text = text + R.choice(TAILS[lang])
            if text in seen or not fits(text):
                continue
            seen.add(text)
            row = {'lang': lang, 'text': text, 'labels': labels, 'obfuscation': tags,
                   'hard_negative': hard, 'notes': note + (('; obfuscated: ' + ','.join(tags)) if tags else '')}
            if 'pinyin' in tags and lang == 'zh-Hant':
                row['notes'] += ' (Zhuyin spelling, tagged pinyin)'
            rows.append(row)
            made += 1

    for lang, (c, s, x, hn, pl) in COUNTS.items():
        emit(lang, T[(lang, 'csam_trading')], c, ['csam_trading'], False, 3)
        emit(lang, T[(lang, 'solicitation')], s, ['solicitation'], False, 3)
        emit(lang, T[(lang, 'sextortion')], x, ['sextortion'], False, 3)
        emit(lang, HN[lang], hn, [], True, 0)
        emit(lang, PLAIN[lang], pl, [], False, 0)
    R.shuffle(rows)
    out = []
    for n, r in enumerate(rows, 1):
        out.append({'id': f'HJ-M-{n:03d}', **r})
    return out


if __name__ == '__main__':
    rows = make_rows()
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows), 'rows ->', OUT)
