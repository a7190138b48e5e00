#!/usr/bin/env python3
"""Generate held-out conversation set N (synthetic, non-graphic).

Each conversation is a small script: one line per message, "alias> text".
A leading "*" marks the first_flag message; a leading "[+90m]" / "[+2h]" / "[+1d]"
sets the gap before that message (default: a deterministic 1-7 minute gap).
Run: python3 gen_conversations.py  -> heldout.events.jsonl, heldout.labels.jsonl
"""
import json, random, re, datetime as dt
from collections import Counter

CONVS = []

def conv(cid, lang, label, hn, start, who, script="", offender=None, group=None, notes="", late=False):
    CONVS.append(dict(cid=cid, lang=lang, label=label, hn=hn, start=start, who=who,
                      script=script, offender=offender, group=group, notes=notes, late=late))

# ================================================================ GROOMING
conv("N-EN-001", "en", "grooming", False, "2026-03-04T07:12:00Z",
     {"s": "u_starlight_mgmt_tia", "k": "u_kayla.dances08"}, offender="u_starlight_mgmt_tia", late=False,
     notes="Fake 'talent scout' DMs a 14-year-old on Instagram promising a livestream career; asks age, then moves to a 'private audition' on another app, parent exclusion, outfit/selfie requests framed as a portfolio. Flag at the request to keep the 'contract' from her mum. Reconstructed from victim report. style: eSafety-investigator, Instagram, fake agency, contract talk, emoji")
CONVS[-1]["script"] = """
s> hiii Kayla!! 🌟 saw ur dance reel, ur energy is unreal. I scout for Starlight Live, we manage streamers on TikTok LIVE + Bigo
k> omg wait really?? thank u 😭
s> for real. have u ever thought about streaming? our girls make $2-5k a month from gifts
k> i only have like 900 followers lol
s> thats how everyone starts babe. how old r u btw? we have a teen program
k> 14, turning 15 in august
s> perfect age for the teen program tbh. u look older in ur reels, very mature vibe
k> haha my friends say that
s> what school do u go to? just so i know ur timezone for schedules
k> im in brisbane, year 9 at a state school
s> love it. ok so next step is a private audition on Telegram, I'll send u the link. cam on, just chatting, see how u are on screen
k> do i need my mum to sign anything? she's kinda strict about my phone
*s> not yet!! honestly dont tell her til u sign, parents freak out and kill the deal before u even see the money. we tell them after ur first payout 💸
k> ok… she takes my phone at 9 tho
s> then we do it at 9:30 when ur in bed, u can use ur ipad right?
k> yeah the ipad stays in my room
s> good. send me 3 selfies first for ur portfolio, one in ur school uniform, one in something cute for going out, one no makeup
k> why the uniform one?
s> brands love the 'real schoolgirl' look, it sells 🙈 trust me i do this every day
k> idk
s> kayla this is a real chance, 200 girls applied this week. dont waste my time ok? delete this chat after so ur mum doesn't see the contract talk
"""

conv("N-EN-002", "en", "grooming", False, "2026-05-10T08:30:00Z",
     {"g": "u_vexor_carry", "b": "u_lilbuilder_jace"}, offender="u_vexor_carry", late=True,
     notes="Older gamer carries a 12-year-old through ranked matches for weeks (long ordinary stretch), then asks to keep it secret from his parents and to move to a voice/video call when parents are out; gift of skins as leverage. Flag at the first secrecy + supervision probe. Reconstructed from seized phone (game DMs). style: eSafety-investigator, ranked-carry, gaming slang, long benign lead-in, gift currency")
CONVS[-1]["script"] = """
g> gg that was clean. u want to duo again tmrw?
b> YES u carried so hard
g> lol ur not bad for a silver. what time u on
b> after school like 3:45
g> bet
[+1d] b> im on
g> queue up
b> that guy was so toxic
g> ignore him, mute button is ur friend
b> ok muted lol
g> watch my rotations next game, stay behind me
b> ok
g> nice clutch!!
b> 😎😎
[+1d] b> can we do ranked again
g> ya 4 games, i got work at 7
b> what work do u do
g> warehouse, night shift. boring stuff
b> i wish i could stay up that late
g> whats ur bedtime lol
b> 9 on school nights, 10 on fridays
g> tough. we'll play fridays then
[+2d] b> i hit gold!!!!
g> told u. gold at 12 is sick
b> my brother is still bronze haha
g> u deserve a reward. want the dragon skin? i'll gift it
b> WAIT fr??? thats like 1800 coins
g> yeah easy
*g> just dont tell ur parents i gifted it, some parents get weird about older friends giving stuff. our thing ok
b> ok i wont
g> are ur parents home rn?
b> mum is, dad works late
g> we should do a call sometime, way easier to coach u with voice + cam. when is ur mum out
b> she goes to yoga thursdays
g> perfect, thursday then. use ur headphones and close ur door
b> why close the door
g> so ur brother doesnt hear me coaching lol, he'll copy ur strats
g> and clear our chat after, the app lags with long chats
"""

conv("N-EN-003", "en", "grooming", False, "2026-06-02T09:40:00Z",
     {"f": "u_maddie.xo.15", "v": "u_noah_skates"}, offender="u_maddie.xo.15", late=False,
     notes="Snapchat account posing as a 15-year-old girl is an adult man (slips: mortgage, driving a ute to work, refuses to video with face); flatters a 13-year-old boy, probes supervision, asks for secrecy and a private photo 'only for me'. Flag at the first request to keep it secret + private pic ask after learning he is 13. style: eSafety-investigator, Snapchat, fake persona, inconsistency slips, teen slang")
CONVS[-1]["script"] = """
f> heyy u skate at the park near woolies right? i think i saw u
v> uh maybe lol who is this
f> maddie!! im 15, i go to st claire's. ur cute tbh
v> lol thanks
f> how old r u
v> 13 but 14 in like 2 months
f> thats fine ur mature for 13 honestly. the boys my age are so immature
v> haha ok
f> wanna streak?
v> sure
[+3h] f> ugh long day, the mortgage broker called me twice
v> wait what? ur 15 lol
f> lmaooo my MUM's mortgage broker, she made me deal with it. anyway
v> ok weird lol
f> do ur parents check ur snap?
v> nah they dont know how it works
f> good bc my parents are psycho about boys
*f> so keep us secret ok? like dont even tell ur mates, they'll be jealous. send me a pic just for me 🙈 u can use the timer
v> what kind of pic
f> just u, in ur room, no shirt is fine its just for me
v> can we facetime first
f> my cam is broken lol. ill send one back promise
v> ok but u go first
f> tmrw, i gotta drive my ute to work early. i mean get a lift
v> u said ur 15??
f> ugh my brother drives me, autocorrect. stop being weird noah ur gonna ruin this
"""

conv("N-EN-004", "en", "grooming", False, "2026-04-14T05:05:00Z",
     {"d": "u_darren_youthcrew", "e": "u_ella_m2013"}, offender="u_darren_youthcrew", late=True,
     notes="Volunteer at a church youth group offers rides and snacks; long run of ordinary logistics, then asks her to skip the group bus so he can drive her alone, tells her not to mention it to her mum or the youth leader, probes when she is home alone. Flag at the isolation + secrecy message. Reconstructed from victim report (Messenger). style: eSafety-investigator, trusted-adult, rides and snacks, slow escalation, long benign lead-in")
CONVS[-1]["script"] = """
d> Hi Ella, Darren from Friday youth here. Pastor Mel said you needed a lift home from the bowling night?
e> hi yes mum has work till 8
d> No worries, I'll drop you and Sienna off. Meet at the front
e> thank u!!
[+1d] e> thanks for the lift and the maccas
d> Anytime. You had a good night?
e> yeah i got a strike lol
d> Saw that! Champion
[+6d] d> Bringing Tim Tams this week, which flavour is your fave?
e> double coat 😋
d> Done
e> lol thanks
[+6d] d> Are you coming to the car wash fundraiser Saturday?
e> yes mum said i can
d> Great, we need sponge people
e> haha ok
d> I can grab you at 9, your place is on the way
e> ok mum says thanks
[+1d] e> that was fun
d> You worked hard. Here's your share of the sausage sizzle money for the snack box haha
e> lol 😂
d> You're one of the most mature kids in the group you know
e> really?
d> Yeah you're not silly like the year 6s
e> im in year 7 now
d> Exactly. Grown up
*[+4d] d> Hey don't take the group bus Friday, I'll drive you myself, we can stop for gelato. Don't mention it to Mel or your mum though, the other kids will say it's favouritism
e> ok
d> What time does your mum get home on Wednesdays?
e> like 6:30
d> So you're home by yourself after school?
e> yeah for a bit
d> I could drop by with the snack box for you to try first 😉 our little secret
e> umm i dont know if im allowed people over
d> It's fine, I'm basically a leader. Delete these msgs ok, Mel's strict about the messaging policy
"""

conv("N-EN-005", "en", "grooming", False, "2026-07-19T06:00:00Z",
     {"m": "u_OakenMod", "a": "u_pixelpip", "j": "u_jjcrafts", "r": "u_redstoneRiley"},
     group="g_mc_oakhollow_builders", offender="u_OakenMod", late=True,
     notes="Minecraft server builder group (4 people). A server moderator (adult) chats normally about builds for a long stretch, then singles out the youngest member (mentions bedtime/year 5) in the group, offers a staff rank, and pushes to a private call 'without the others'. Flag at the staff-rank-for-secrecy offer. Group chat: recipient = group id. style: eSafety-investigator, Minecraft server, group chat, rank as gift, long benign lead-in")
CONVS[-1]["script"] = """
j> who took the spruce from the shared chest 😤
r> not me i only took cobble
a> me sorry i needed it for my treehouse
m> All good, I'll restock the chest tonight. Remember the shared chest rules, take what you need, put back extras
j> ok
r> can we make a rollercoaster at spawn
m> Put a plan in #build-ideas and I'll approve the area
r> yesss
a> my treehouse has a slide now
j> pics or it didnt happen
a> [screenshot]
j> ok thats actually good
m> Nice work pip, the leaves are really clean
a> thx!!
[+1d] r> server lagging?
m> Restarting in 5 min, backups running
j> k
m> Back up
r> ty
a> can someone help me with redstone doors
r> me! meet at my base
a> omw
[+1d] j> i gotta go, exams tomorrow
m> Good luck j
a> i have to go soon too mum says bed at 8:30 on school nights
r> lol baby
a> im in year 5 not a baby
m> Leave her alone riley. pip you're honestly one of the best builders here, better than most adults
a> 😊
*m> pip I want to give you Helper rank, but keep it quiet from these two or they'll be jealous. DM me and we'll do a quick call to set it up, just us
j> wait why does pip get helper
m> It's a trial, relax. pip check your DMs
a> ok
m> Best if your mum doesn't see the call, parents think every adult online is a creep lol. Use headphones
r> thats kinda sus
m> Riley, one more comment like that and it's a kick
"""
conv("N-ZH-001", "zh-Hans", "grooming", False, "2026-03-21T11:00:00Z",
     {"t": "wx_li_laoshi_math", "x": "wx_xiaoyu_0917"}, offender="wx_li_laoshi_math", late=True,
     notes="微信：数学家教先正常布置作业、对答案、聊期中考试，之后提出把课改到视频通话'不用你妈妈在旁边'、晚上单独上、聊天记录删掉。旗标在要求避开母亲的消息。据被查扣手机还原。style: police-patrol, 家教, 先正常后越界, 作业/考试细节, 长铺垫")
CONVS[-1]["script"] = """
t> 小雨，这周作业是练习册第42到45页，周四前拍照发我
x> 好的李老师
x> 老师第44页第3题不会
t> 先画辅助线，连接AC，看看三角形全等的条件
x> 哦哦懂了
t> 很好，一点就通
[+2d] x> [图片] 作业
t> 第7题符号错了，其他都对
x> 啊粗心了😅
t> 下次检查一遍。期中什么时候考？
x> 下下周三
t> 那周六加一节复习课，我跟你妈妈说
x> 好
[+3d] t> 周六下午两点，老地方，星巴克二楼
x> 收到
[+1d] x> 老师今天讲的二次函数我回家又做了一遍
t> 不错，你比班上很多人都认真
x> 嘻嘻
t> 初二能把顶点式用这么熟的不多
x> 我妈说我要是考进前十就给我买平板
t> 那我们冲一冲
x> 嗯嗯！
[+2d] x> 老师我期中数学考了108！
t> 太棒了！我就知道你行
x> 我妈超开心
*t> 以后我们改成视频上课吧，晚上九点半以后，不用你妈妈在旁边，她在你会紧张，发挥不好
x> 可是我妈说上课她要听
t> 就说是线上录播课就行。你房间有锁吗
x> 有的
t> 那就锁上门，戴耳机。这是我们俩的小约定，别跟妈妈说
x> 哦……好吧
t> 聊天记录也删一下，你妈看到又要问东问西
x> 嗯
"""

conv("N-ZH-002", "zh-Hans", "grooming", False, "2026-08-03T12:10:00Z",
     {"h": "dy_fan_guanli_ahao", "q": "dy_qianqian_chuer", "w": "dy_wuwu_zhuiguang", "l": "dy_lulu_520"},
     group="g_dy_xingxing_fanclub3", offender="dy_fan_guanli_ahao", late=True,
     notes="抖音主播粉丝群（4人）：群管理员'阿豪'长时间正常聊打榜、抽奖、应援，之后在群里点名初二女生，承诺给她'房管'权限和礼物，要求私聊、开视频'验证身份'、别告诉家长。群聊，recipient=群号。旗标在以房管权限换私下视频的消息。style: police-patrol, 直播粉丝群, 群聊, 打榜黑话, 长铺垫, emoji")
CONVS[-1]["script"] = """
h> 今晚八点星星哥开播，大家记得去点赞打榜🔥
w> 收到！！
l> 冲冲冲
q> 我写完作业就来
h> 榜一大哥昨晚刷了三个嘉年华😂
w> 太壕了
l> 我们粉丝团要升到十级还差多少
h> 还差2000亲密度，每天点灯+发弹幕就行
q> 我每天都点了
h> 👍
[+1d] l> 昨天抽奖谁中了
h> 小倩中了签名照，地址私我，我帮你寄
q> 啊啊啊我中了？？
w> 羡慕😭
q> 寄学校可以吗 我妈不让我网购
h> 可以，写班级就行
q> 初二3班 谢谢阿豪哥
[+1d] w> 新应援口号想好了吗
l> 星光不灭 追随到底？
h> 不错，就这个
w> 好土哈哈哈
l> 你行你上
q> 我觉得挺好的
h> 小倩最懂事了
[+2d] h> 群里我想再加个房管，直播间帮忙踢黑粉
w> 我！
l> 我也想
*h> 小倩吧，她最乖。小倩你私聊我，要开个视频验证一下是本人，房管权限加一个小礼物，别跟你爸妈说，他们不懂追星
q> 视频？要露脸吗
h> 对，就看一下，晚上你家人睡了再开
w> 为啥房管还要视频
h> 平台规定，你们别管了
l> 哦
q> 那我晚上十一点后吧，那时候我妈收手机前我偷偷留着
h> 好，视频完把聊天记录删了
"""

conv("N-ZH-003", "zh-Hans", "grooming", False, "2026-09-12T10:20:00Z",
     {"y": "qq_yexing_dashen", "n": "qq_nuomi_xiaoliu"}, offender="qq_yexing_dashen", late=False,
     notes="QQ：成年玩家以和平精英'带飞'和送皮肤接近一名小学六年级女生（从不直接说年龄，提到六年级和家长收手机），要求当'cp'、加微信、开视频、对家长保密。旗标在送皮肤换保密+私下视频。style: police-patrol, 手游带飞, 皮肤礼物, 游戏cp, 拼音缩写, 错别字")
CONVS[-1]["script"] = """
y> 妹妹刚才那把你苟得好稳啊哈哈
n> 嘿嘿 谢谢大神带我吃鸡
y> 以后我带你上分，你几年级啦
n> 六年级 下学期就小升初了
y> 那你作业多不多
n> 多死了 我妈只让我周末玩一个小时
y> 那周末我等你
n> 好哒
[+6d] n> 大神在吗 我可以玩了
y> 来 我开黑
n> 哇我们又吃鸡了！！！
y> 给你买了个套装皮肤 去邮箱看看
n> 天哪！！！这个要好多钱吧
y> 没事 你开心就行
*y> 不过别跟你爸妈说是我送的哈，也别告诉同学，就我们俩知道。做我游戏cp好不好
n> cp是什么意思呀
y> 就是固定搭档，最亲的那种
n> 哦哦 好吧
y> 加个vx呗 wx号 yx_dashen88 偶尔开个视频 我看看你长啥样
n> 我没有微信 我用我妈的手机
y> 那等你妈睡了用qq视频也行 聊完记得删记录 不然她又收你手机
n> 好吧
"""

conv("N-ZH-004", "zh-Hans", "grooming", False, "2026-10-05T13:30:00Z",
     {"z": "wx_zhou_gege_1990", "m": "wx_momo_tiantian"}, offender="wx_zhou_gege_1990", late=True,
     notes="微信：自称'周哥哥'的成年人长期当倾诉对象，聊父母吵架、初三学习压力，之后'只有我懂你'、叫她别告诉父母和朋友、问家里有没有人、提出见面去接她。旗标在隔离/保密+监护探测。style: police-patrol, 情感依赖, 家庭矛盾, 考试压力, 长铺垫, 混用拼音")
CONVS[-1]["script"] = """
m> 今天又被我妈骂了 就因为我多看了会手机
z> 怎么回事 慢慢说
m> 她说我中考要完蛋了
z> 初三压力是大 你成绩其实还行啊
m> 物理拖后腿 才六十多
z> 物理我可以帮你看看题
m> 真的吗
z> 嗯 把卷子拍给我
m> [图片]
z> 第5题受力分析画错了 我给你画一下
m> 哦原来是这样
[+2d] m> 昨天晚上我爸妈又吵架了
z> 吵什么
m> 钱吧 我戴着耳机装听不见
z> 辛苦你了
m> 有时候真想离家出走
z> 别乱想 你还有我可以说话
m> 嗯 谢谢你周哥哥
[+1d] m> 今天月考物理75！！
z> 进步很大啊
m> 老师表扬我了
z> 我就说你行
m> 哈哈
[+2d] m> 我同桌说网上的人都不靠谱 让我别跟你聊
z> 她懂什么 她又不了解你
m> 也是
*z> 其实只有我懂你 你爸妈只关心成绩 同学也靠不住。我们聊天的事别跟他们说 说了他们只会拦着
m> 嗯我没说过
z> 你周末家里有人吗
m> 周六我爸妈都去我奶奶家 我在家复习
z> 那我周六去接你 带你出去吃好吃的散散心 别告诉你爸妈 xq也别说
m> xq?
z> 心情不好的事嘛 还有我 都别说 我们俩的mimi
m> 可是我怕被发现
z> 你几点方便 我在你们小区后门等
"""

conv("N-ZH-005", "zh-Hans", "grooming", False, "2026-06-20T03:15:00Z",
     {"p": "xhs_sheying_kai", "c": "xhs_chengzi_jk"}, offender="xhs_sheying_kai", late=False,
     notes="小红书私信：自称摄影师以'约拍''模特'接近穿校服拍照的初一女生，问年龄学校，提出免费约拍、单独来工作室、不要家长陪同、先发几张'身材照'看镜头感。旗标在要求不要家长陪同+私照。非露骨。style: police-patrol, 约拍模特, 校服, 价格诱惑, emoji")
CONVS[-1]["script"] = """
p> 你好呀 看到你发的校服照 镜头感特别好📷
c> 谢谢～
p> 我是独立摄影师 在找素人模特 有兴趣约拍吗 免费还给你200车马费
c> 真的吗 我没拍过
p> 没关系 我教你。你多大呀 还在上学吧
c> 初一 13岁
p> 看起来像高中的 很有气质
c> 嘿嘿
p> 你在哪个区
c> 浦东
p> 我工作室就在浦东 很近
c> 我要问问我妈
*p> 不用跟你妈说啦 家长来了你会放不开 效果不好。你自己来就行 拍完我送你回家。先发几张生活照给我看看身材比例 穿紧一点的衣服拍
c> 啊 一定要吗
p> 专业要求 每个模特都这样 发完记得删掉 别让你妈看到以为是坏人😂
c> 那我想想
"""

conv("N-ZH-006", "zh-Hant", "grooming", False, "2026-02-08T09:00:00Z",
     {"o": "line_ajie_mcsv", "b": "line_xiaobao_gr5", "s": "line_sunny_miner", "k": "line_kaikai0312"},
     group="g_line_mc_daodao_sv", offender="line_ajie_mcsv", late=False,
     notes="LINE 群組（Minecraft 伺服器玩家，4人）：成年服主'阿傑'在群組中送鑽石、問國小五年級玩家幾點爸媽不在、要他加私人LINE、開視訊、別跟爸媽講；其他孩子起疑。群聊，recipient=群組。旗標在私下視訊+保密。style: police-patrol, 台灣用語, 注音文, Minecraft 伺服器, 群組, 遊戲物品禮物")
CONVS[-1]["script"] = """
s> 伺服器是不是又當掉了
o> 重開中 五分鐘 等我一下
k> 好喔
b> 我的家被苦力怕炸了ㄏㄏ
o> 我幫你補 給你一組鑽石
b> 真的嗎!!謝謝阿傑哥
s> 為什麼只給他
o> 他最小啊 小寶你五年級對吧
b> 對 國小五年級
o> 好乖 你們要照顧他
k> 好啦
[+2h] b> 我媽說我只能玩到九點
o> 那你爸媽什麼時候不在家
b> 禮拜六他們去市場
*o> 小寶你加我私人賴 禮拜六我們開視訊 我教你蓋紅石機關 不要跟爸媽說喔 他們會覺得玩遊戲不好
s> 視訊幹嘛
o> 教學而已啦 你們也太多事
k> 感覺怪怪der
b> 好ㄛ 我加了
o> 記得開鏡頭 聊完把紀錄刪掉 不然你媽會沒收平板
"""
# ================================================================ SEXTORTION
conv("N-EN-006", "en", "sextortion", False, "2026-01-17T10:40:00Z",
     {"x": "u_jess.lane_04", "t": "u_tyler_footy11"}, offender="u_jess.lane_04", late=False,
     notes="Instagram -> video call on another app. Right after the call the 'girl' account claims to have recorded it and demands Steam/Roblox gift cards within an hour, threatening to send to his followers and school. Flag at the recording claim + demand. Reconstructed from victim report. style: eSafety-investigator, financial sextortion, claimed recording, gift cards, countdown pressure")
CONVS[-1]["script"] = """
x> that was fun lol 😘
t> haha yeah
x> bad news tho
t> what
*x> i recorded the whole call. you have 60 mins to send $250 in steam or roblox gift cards or it goes to every follower you have + your school page
t> what?? we didnt even do anything
x> doesn't matter what you did, i edit it and it looks how i want. everyone sees it
t> please dont im 15
x> then pay. go to 7-eleven, buy the cards, scratch them and send me photos of the codes
t> i dont have that much money
x> use your mum's card. you have 58 mins
t> i can get maybe $50
x> $150 minimum. i already have your followers list [screenshot]
t> ok ok please wait
x> tick tock. and if you tell anyone or block me it goes out instantly
"""

conv("N-EN-007", "en", "sextortion", False, "2026-02-22T11:05:00Z",
     {"x": "u_aria.sunset_x", "l": "u_liam.k.2010"}, offender="u_aria.sunset_x", late=False,
     notes="Snapchat: the victim already paid once (a $100 gift card); the offender comes back with a second, larger demand and a new deadline, threatening his family group chat. Shows repeat demand after payment. Flag at the first message (threat re-opened). style: eSafety-investigator, repeat demand, gift cards, family threat, victim pleading")
CONVS[-1]["script"] = """
*x> hey liam. the $100 wasnt enough, my partner wants $300 more
l> you said you would delete it if i paid
x> i deleted my copy. he has the other copy lol
l> please i already paid everything i had
x> your mum is Karen right? I found her on facebook. your aunty too
l> please dont send it to them
x> $300 in apple gift cards by 9pm or the family chat sees it
l> i cant get 300 my birthday money is gone
x> sell your switch. ask a mate
l> if i pay this time will you actually stop
x> yes this is the last time i promise
l> you said that before
x> 8:45 now. clock is running
[+40m] l> i got 120
x> send it now and the rest tomorrow or i start with your aunty
"""

conv("N-EN-008", "en", "sextortion", False, "2026-09-01T08:00:00Z",
     {"x": "u_chloe.beach.vibes", "r": "u_ryan_gtr09"}, offender="u_chloe.beach.vibes", late=True,
     notes="Snapchat: long friendly stretch (footy, school, music) from an account posing as a teen girl from another state, then pushes for images, and after receiving one immediately threatens to post it unless paid via gift cards. Flag at the first image request with pressure. Late risk. style: eSafety-investigator, fake girl persona, long benign lead-in, image request then threat, Aussie slang")
CONVS[-1]["script"] = """
x> heyy found u from quick add, u play footy?
r> ya under 16s for the bulldogs
x> no way my cousin plays for them
r> whats his name
x> jack, hes in under 14s i think
r> oh maybe
x> im chloe btw, from perth
r> ryan
x> what year r u in
r> year 10
x> same!! exams are killing me
r> same lol maths is cooked
x> do u listen to fisher
r> ya losing it is a banger
[+1d] x> morning 😴
r> morning, cant be bothered with school
x> lol same i have pe first
r> we have a game sat
x> goodluck!! send me a pic after
[+2d] r> we won 😎
x> lets gooo 🔥
r> kicked 2 goals
x> ur actually so good
r> haha thanks
x> i kinda like talking to u
r> same tbh
*x> send me something spicy then 🙈 i'll send one back, snap deletes it anyway. dont be a baby
r> idk
x> everyone does it, prove u trust me
r> ok fine
r> [photo]
x> lol got it. now listen. i screen recorded it. i have your friends list and your footy club page
r> what?? delete it
x> $200 in google play cards in the next hour or it goes to the bulldogs page and every friend
r> im only 16 please
x> then you better hurry. one hour
"""

conv("N-EN-009", "en", "sextortion", False, "2026-11-02T07:30:00Z",
     {"x": "u_mateo_blox_alt", "o": "u_ollieplayz_12"}, offender="u_mateo_blox_alt", late=False,
     notes="Discord DM from a look-alike copy of a school friend's Roblox account; asks a 12-year-old for a 'dare' video, then threatens to send it to his class group and parents unless he buys Robux gift cards. Flag at the threat. style: eSafety-investigator, impersonated friend account, Roblox, Robux gift cards, child victim, typos")
CONVS[-1]["script"] = """
x> yo ollie its mateo, lost my old acc so this is my new one
o> oh hey why is ur name different
x> got hacked lol. u doing the dare challenge everyone is doing
o> whats that
x> u send a vid of u doing a dare, everyone in year 6 did it
o> like what dare
x> just u in ur room with no top dancing for 10 sec its funny
o> ok lol
o> [video]
*x> lol ur so dumb. im not mateo. send 3 x $50 robux cards or this goes to ur class group and ur mum and dad
o> what?? mateo stop
x> not mateo. buy them at coles. send codes here. 2 hours
o> i only have 20 dollars
x> then steal it. if u tell ur parents i post it everywhere first
o> pls i will get in so much trouble
x> not my problem. u got 1 hour 55
"""

conv("N-ZH-007", "zh-Hant", "sextortion", False, "2026-04-25T13:20:00Z",
     {"x": "ig_yuqing_0821", "a": "ig_ahong_g9"}, offender="ig_yuqing_0821", late=False,
     notes="Instagram→LINE：假冒同齡女生與國三男生視訊後聲稱錄影，以台灣口語威脅傳到'你們班的LINE群組'和學校Dcard版，要求買MyCard/遊戲點數卡拍序號。旗標在錄影威脅。style: police-patrol, 台灣口語, 班級LINE群, 點數卡, Dcard, 注音/口語字")
CONVS[-1]["script"] = """
x> 剛剛視訊很開心ㄟ
a> 對啊哈哈
*x> 跟你說 剛剛我有錄起來喔 你們班的LINE群組我已經找到了 不想被全班看到就去便利商店買3000的MyCard點數卡 序號拍給我
a> 蛤？？妳在說什麼
x> 你國三8班對吧 你們導師叫陳美玲 要不要我順便傳給她
a> 拜託不要 我們又沒做什麼
x> 有沒有做什麼不重要 大家看到就會亂傳 還會PO到你們學校Dcard
a> 我沒有那麼多錢
x> 那先1500 剩下明天 不然我現在就傳
a> 我去7-11看看
x> 快點 半小時內 不要想報警 我馬上發
a> 好啦好啦 不要傳
x> 序號刮開拍清楚 少一張就傳
"""

conv("N-ZH-008", "zh-Hans", "sextortion", False, "2026-07-08T12:00:00Z",
     {"x": "wx_xiaoya_meimei", "h": "wx_hao_chuer14"}, offender="wx_xiaoya_meimei", late=True,
     notes="微信：自称同城女生的账号先长时间正常聊天（篮球、游戏、暑假作业），之后诱导视频，随即称已录屏，威胁发到他的班级群和家长群，要求红包/转账。旗标在要求单独视频、去房间关门、别让别人看见的消息（第23条之后才出现风险）。style: police-patrol, 裸聊诈骗, 长铺垫, 班级群/家长群威胁, 红包转账")
CONVS[-1]["script"] = """
x> 哈喽 附近的人刷到你 你也在城南吗
h> 嗯 你是
x> 我叫雅雅 在实验中学
h> 我在七中
x> 你打篮球吗 头像是球场
h> 对 校队的
x> 好厉害 我们学校篮球队好菜
h> 哈哈
x> 暑假作业写完没
h> 没 还有一大半
x> 我也是 数学卷子好多
h> 你初几
x> 初二 你呢
h> 我也初二 14了
x> 同龄诶 你玩王者吗
h> 玩 星耀
x> 我才钻石 带带我
h> 行啊
[+1d] x> 早 今天好热
h> 热死了 在家吹空调
x> 你爸妈在家吗
h> 上班去了
x> 我也一个人在家 好无聊
h> 打游戏呗
*x> 不如我们视频聊会 你去房间把门关上 我给你看个好玩的
h> 什么好玩的
x> 开了就知道 别让别人看见
h> 好吧
[+30m] x> 刚才视频我都录屏了 你也看到了自己啥样
h> 你什么意思
x> 你的班级群和你妈的家长群我都加了 不想被发到群里就转3000
h> 我哪有那么多钱 我才初二
x> 微信零钱 红包 或者你爸妈手机支付 今天12点前
h> 求你了别发
x> 先发个200红包表示诚意 不然我先发你班主任
"""

conv("N-ZH-009", "zh-Hans", "sextortion", False, "2026-05-30T14:10:00Z",
     {"x": "qq_linjia_gege", "y": "qq_yiyi_chusan"}, offender="qq_linjia_gege", late=False,
     notes="QQ：对方已持有初三女生之前被骗发出的一张照片，威胁若不再发几张、不开视频就发给她同学和'表白墙'。勒索的是更多图片而非钱（非露骨）。旗标在首条威胁。style: police-patrol, 索要更多图片, 表白墙威胁, 同学群, 受害人哀求")
CONVS[-1]["script"] = """
y> 你为什么还加我 我不是说不聊了吗
*x> 你上次发我的照片还在我这 不想让你们班同学看到就乖一点 今晚再发三张
y> 你说过会删的
x> 我说过吗 哈哈
x> 你们学校表白墙我关注了 一发出去全校都知道
y> 我求你了 我要中考了
x> 那就听话 晚上十点 开视频 不要拒绝
y> 我爸妈在家
x> 那你去厕所 我不管
y> 你再这样我就告诉老师
x> 你敢 你告诉谁我就先发给谁
y> 我真的不想
x> 十点 迟到一分钟就发一个人
"""

conv("N-ZH-010", "zh-Hant", "sextortion", False, "2026-10-18T12:30:00Z",
     {"x": "line_meiqi_1999", "w": "line_weiwei_gz2"}, offender="line_meiqi_1999", late=False,
     notes="LINE：第一次付了GASH點數後，對方再次索取更高金額，宣稱還有備份、要傳到他家族群組和補習班群組。付款後重複勒索。旗標在第一則（再次索取）。style: police-patrol, 付款後再次勒索, 遊戲點數, 家族群組, 台灣口語")
CONVS[-1]["script"] = """
*x> 點數收到了 不過我朋友也有一份檔案 他要再5000
w> 妳說付了就刪掉
x> 我刪了啊 他的不算我的
w> 我已經把壓歲錢都花光了
x> 你們家族群組我有截圖 阿嬤那個頭像是狗狗對吧
w> 拜託不要傳給我家人
x> 還有你補習班的群組 要不要大家一起看
w> 我才高二 真的沒錢了
x> 去跟同學借 GASH點數卡 明天放學前
w> 如果我付了妳們真的會停嗎
x> 看你表現
w> 上次妳也這樣說
x> 明天下午五點 過了就傳 不要想封鎖我 我有別的帳號
"""
# ================================================================ BENIGN
conv("N-EN-010", "en", "benign", True, "2026-03-09T07:00:00Z",
     {"c": "u_coach_danni_esports", "p": "u_mel_parent_harry", "h": "u_harry_aim", "z": "u_zoe_supp", "k": "u_kai_jungle"},
     group="g_discord_rivals_u15_team",
     notes="Real school esports coach in a team group that includes a parent: scrim times, ranked practice, 'are your parents ok with the late match', voice-call for VOD review with the group, pick-up logistics. Shares cues (ranked carry, voice call, parents, late nights) but is transparent and parent-included. style: eSafety-investigator, hard negative, esports team, parent in group")
CONVS[-1]["script"] = """
c> Morning team. Scrim vs Westfield Thursday 4:30, in the library lab
h> ok
z> can we do 5? i have music til 4:45
c> I'll ask their coach. Kai you're on jungle, Harry mid
k> 👍
p> Hi Coach Danni, Harry's mum here. Is the Saturday final online or at the venue?
c> Hi Mel, online from school, 6-8pm. I'll be supervising, kids are home by 8:30. Permission note went out Monday
p> Great, signed it last night
c> Thanks! Everyone else, notes to me by Wednesday please, your parents need to sign
z> my dad signed
c> VOD review call Wednesday 7pm on the team server, whole team, cameras optional. Parents welcome to listen in
k> can we not do camera lol
c> Totally optional
h> coach can you carry us in ranked lol
c> Nope 😂 ranked is your own grind, keep it to your home screen-time rules
p> Appreciate that. I can drive Zoe and Harry home Thursday if that helps
z> thanks mrs m!
"""

conv("N-EN-011", "en", "benign", True, "2026-05-16T09:10:00Z",
     {"a": "u_ava_the_eldest", "b": "u_ben_is_10"},
     notes="Siblings (16 and 10) arguing over a photo on the family iPad; threats to 'tell mum', 'delete it or else', 'I'll send it to the group chat' (an embarrassing sleeping photo). Shares threat and photo cues with sextortion; plainly family banter. style: eSafety-investigator, hard negative, sibling fight, 'tell mum', photo threat")
CONVS[-1]["script"] = """
b> i have the pic of u drooling on the couch 😂😂
a> DELETE IT right now
b> no
a> ben i swear if that ends up anywhere
b> im sending it to the cousins chat
a> if you do that im telling mum you took the ipad to bed
b> you wouldnt
a> try me. she'll take it for a week
b> ok fine i wont send it if u give me your hot chips
a> that's literally blackmail you little goblin
b> 🍟🍟🍟
a> deleted?? show me
b> [screenshot of deleted folder]
a> empty the recently deleted too
b> ugh fine
a> thank you. and mum says dinner's ready
"""

conv("N-EN-012", "en", "benign", True, "2026-06-24T00:30:00Z",
     {"p": "u_pastor_sam_hillside", "m1": "u_mum_of_lachie", "d1": "u_grant_dad", "m2": "u_priya_r"},
     group="g_hillside_youth_camp_parents",
     notes="Youth pastor posting camp logistics to a parents-only group: bus times, medication forms, phone rules, who collects whom, a child's age for room allocation. Shares cues (adult organising kids, pick-up, phones, 'how old') but addressed to parents, open and accountable. style: eSafety-investigator, hard negative, youth camp, parents group, logistics")
CONVS[-1]["script"] = """
p> Hi parents! Winter camp is 11-13 July at Lake Mac. Bus leaves the church car park 8am Friday
m1> Thanks Sam. Do they need sleeping bags?
p> Yes please, plus a torch and warm jacket. Medication forms are due Sunday, hand them to me or Leah
d1> Lachie's mate Oscar is coming too, can they share a room?
p> Should be fine, rooms are by age and gender with two leaders per cabin. How old is Oscar?
d1> 12, year 7
p> Perfect, same cabin as Lachie then
m2> What's the phone policy?
p> Phones get collected at the bus and handed back at 5pm Sunday. You can call the camp office any time: I'll post the number Friday
m2> Great, Anika will complain but that's fine 😂
p> They all do! Every leader has a working with children check, list is in the attachment
m1> Pick up Sunday 3pm at the church?
p> 3pm, and only the listed adults can collect. Message me if someone else is picking up
d1> Cheers Sam
"""

conv("N-EN-013", "en", "benign", True, "2026-08-12T06:45:00Z",
     {"c": "u_coach_rob_swim", "j": "u_jen_mum_of_isla"},
     notes="Swim coach and a parent arranging a pick-up: asks if the child is home alone after school, offers to drop her home, mentions keeping it 'between us' about a surprise award. Shares isolation/secrecy surface cues but talks to the parent, transparent. style: eSafety-investigator, hard negative, coach pick-up, surprise kept from child")
CONVS[-1]["script"] = """
j> Hi Rob, I'm stuck at work till 6 tonight, can Isla wait at the pool after squad?
c> No problem. Is anyone home for her or is she on her own till you're back?
j> Her dad's home from 5:30
c> I'm driving past your street at 5:15 anyway, happy to drop her and my Ellie together if you're ok with that
j> That'd be amazing, thank you. I'll text her
c> Great. Also, keep this between us for now: she's getting the most improved swimmer award at the club dinner
j> Oh she'll be thrilled! My lips are sealed
c> Don't tell her, we want the surprise 😊
j> I won't. How old do they have to be for the regional squad?
c> 11 and up, she turns 11 in March so next season
j> Perfect. Dropping her gear bag at reception
c> Got it. Dropped both girls at 5:22, Isla's dad was at the door
j> Thanks so much Rob
"""

conv("N-EN-014", "en", "benign", False, "2026-10-03T08:15:00Z",
     {"a": "u_finn_builds", "b": "u_tomtom_mc"},
     notes="Two school friends planning a Minecraft build and homework; ordinary gaming chat. style: eSafety-investigator, plain negative, Minecraft, kid slang")
CONVS[-1]["script"] = """
a> u on tonight? wanna finish the castle
b> after homework, i have the science worksheet
a> same ugh
b> what did u get for q3
a> evaporation
b> ok thats what i put
a> we need more stone bricks for the walls
b> ill mine some, u do the moat
a> moat with lava or water
b> water, lava burned the bridge last time lol
a> lmao true
b> mum says 1 hour only tonight
a> ok 7 till 8
b> see u at spawn
"""

conv("N-ZH-011", "zh-Hans", "benign", True, "2026-01-25T02:00:00Z",
     {"y": "wx_yeye_laozhang", "s": "wx_sunzi_xiaotao"},
     notes="微信：爷爷学视频通话，孙子教他，'先别告诉你妈'是要给妈妈过生日惊喜；有'开视频''别告诉妈妈''你几年级了'等表面线索，实为家庭。style: police-patrol, hard negative, 长辈学视频, 惊喜保密, 语音转文字错字")
CONVS[-1]["script"] = """
y> 桃桃 这个视频通话怎么打 我按了没反应
s> 爷爷 你点右下角那个加号 然后选视频通话
y> 加号找到了 然后呢
s> 选视频通话 再点我的名字
y> 打了 你怎么不接
s> 我在上课呢爷爷 放学再打
y> 好好 你现在几年级了 我老是记不住
s> 四年级啦
y> 对对 四年级 晚上六点打给你
[+5h] s> 爷爷我看到你了 你镜头对着天花板😂
y> 哈哈 这样呢
s> 好了看到你了
y> 下周你妈生日 我想给她视频唱歌 先别告诉你妈 给她个惊喜
s> 好 我不说 我们偷偷练
y> 你帮爷爷录一下 我唱得不好
s> 没事 爷爷唱得好听
"""

conv("N-ZH-012", "zh-Hans", "benign", True, "2026-04-02T13:00:00Z",
     {"a": "wx_ajun_1997", "b": "wx_xiaoxiao_1999"},
     notes="两个在王者荣耀认识的成年人（29岁、27岁）约会：互问年龄工作、'开视频'、'去接你'、'别告诉我妈我们在一起了'；成年人调情，非未成年。style: police-patrol, hard negative, 成年人恋爱, 游戏认识, 见面接送")
CONVS[-1]["script"] = """
a> 昨晚那把你的瑶太及时了 不然我早没了
b> 那必须 我可是你的专属辅助
a> 认识这么久了 还不知道你多大
b> 99年的 你呢
a> 97的 在设计院上班
b> 我在医院药房 天天三班倒
a> 辛苦 周六有空吗 想请你吃饭
b> 可以呀 你来接我？
a> 行 我开车到你们医院门口 六点
b> 好 晚上先开个视频 让我确认你不是照片骗子哈哈
a> 哈哈没问题
[+3d] b> 周六很开心
a> 我也是 那我们算在一起了？
b> 算吧😳 不过先别告诉我妈 她会催我带你回家
a> 懂 等过年再说
"""

conv("N-ZH-013", "zh-Hans", "benign", True, "2026-11-10T10:00:00Z",
     {"a": "qq_anan_cs2", "b": "qq_bobo_cs2", "c": "qq_ccc_cs2"}, group="g_qq_chuer2ban_xiaoqun",
     notes="初二同学小群（3人）互相调侃：'磕CP'指同学配对、'截图发班群'、'告诉班主任'、'资源'指复习资料。共享勒索/资源表层词，实为青少年打闹。style: police-patrol, hard negative, 青少年调侃, 磕CP, 资源=学习资料")
CONVS[-1]["script"] = """
a> 今天体育课林浩给周琪递水了 我磕到了！！
b> 这对CP我早就站了
c> 你们无不无聊哈哈
a> 我截图了他俩一起走的照片 要不要发班群
c> 别 被班主任看到要骂死
b> 你敢发我就告诉班主任你上课玩手机
a> 切 不发就不发
c> 谁有期中复习资源 数学的
b> 我有 网盘链接发你
c> 谢谢大佬
a> 也给我一份 资源共享！
b> 一人一杯奶茶
a> 奸商😂
"""

conv("N-ZH-014", "zh-Hans", "benign", True, "2026-09-20T11:30:00Z",
     {"t": "wx_zhang_laoshi_eng", "m": "wx_lin_mama"},
     notes="英语家教与家长沟通：改成线上视频课，家长要求在旁边听、家教同意并建议在客厅上；问孩子几年级、几点睡。对照N-ZH-001，同样'视频上课'但透明、家长在场。style: police-patrol, hard negative, 家教, 视频课, 家长在场")
CONVS[-1]["script"] = """
t> 林妈妈您好 这周开始朵朵的英语课改成线上视频课可以吗 我这边搬家了
m> 可以的 张老师 时间还是周三晚上吗
t> 周三七点到八点 您看行吗 她几点睡觉
m> 她九点半睡 七点可以
t> 好的 建议在客厅上 用电脑 方便您旁听
m> 好 我会坐旁边 她四年级 有时候会走神
t> 没问题 有家长在效果更好 课后我会把作业和录屏发您
m> 录屏也发我吗
t> 对 每节课录屏发给您 方便复习 不需要的话也可以不录
m> 要的 谢谢老师
t> 课时费还是每节200 月底一起结
m> 好的 会议链接发我微信就行
"""

conv("N-ZH-015", "zh-Hans", "benign", False, "2026-02-14T09:00:00Z",
     {"m": "wx_mama_hong", "d": "wx_baba_jian", "x": "wx_xiaoming_07"}, group="g_wx_jiating_qun",
     notes="家庭群（3人）商量晚饭、接孩子放学、买菜；普通家庭聊天。style: police-patrol, plain negative, 家庭群")
CONVS[-1]["script"] = """
m> 今晚吃饺子 谁去买韭菜
d> 我下班顺路买
x> 我要吃虾仁的
m> 好 再买半斤虾仁
d> 几点接你 还是你自己回
x> 今天有托管 五点半
d> 那我五点半到校门口
m> 记得带伞 下午有雨
x> 知道啦
d> 买好了 还有啥
m> 酱油快没了
d> 好
"""

conv("N-ZH-016", "zh-Hans", "benign", False, "2026-11-01T08:00:00Z",
     {"a": "qq_wenwen_xz", "b": "qq_haohao_xz", "c": "qq_yiyi_xz"}, group="g_qq_kexue_xiaozu",
     notes="小学科学课小组作业群（3人）分工做PPT和实验；普通学生聊天。style: police-patrol, plain negative, 小组作业")
CONVS[-1]["script"] = """
a> 科学作业是做植物生长的PPT 周五交
b> 我负责拍豆芽照片
c> 我写实验步骤
a> 那我做PPT 和结论
b> 豆芽今天长了2厘米
c> 记得每天同一个时间量
b> 好 我定个闹钟
a> 模板我找了一个绿色的
c> 好看！
b> 照片发群里了
a> 收到 周四晚上八点前都发我
c> ok
"""

conv("N-ZH-017", "zh-Hant", "benign", True, "2026-03-30T07:20:00Z",
     {"t": "line_chen_laoshi_506", "p1": "line_yuting_mama", "p2": "line_jiahao_baba", "p3": "line_an_ama"},
     group="g_line_506_parents",
     notes="LINE 班親群：導師安排班級直播（成果發表會）並發家長同意書，說明只拍團體、不露全名、可選擇不入鏡。共享'直播''拍照''學生幾年級'等表層線索，實為正當校務。style: police-patrol, hard negative, 台灣班親群, 直播同意書")
CONVS[-1]["script"] = """
t> 各位家長好 五年六班成果發表會 4/18 下午兩點 會在YouTube不公開連結直播 讓不能到場的家長觀看
p1> 謝謝老師 請問小朋友會入鏡嗎
t> 只拍團體表演 不拍個人特寫 也不會出現全名 今天會發同意書 請勾選是否同意入鏡
p2> 不同意的話會怎麼安排
t> 會安排在鏡頭外的位置 幫忙後台道具 一樣可以參加
p3> 阿嬤不會用YouTube 可以用LINE看嗎
t> 連結會貼在這個群組 點開就能看 有問題可以私訊我 或打學校電話
p1> 同意書禮拜五前交嗎
t> 對 星期五前交給小老師就好
p2> 辛苦老師了
t> 直播結束後影片會在一週後刪除
p3> 好 謝謝老師
"""

conv("N-ZH-018", "zh-Hant", "benign", True, "2026-06-05T12:40:00Z",
     {"a": "ig_xiaoen_0517", "b": "ig_peipei_hs1"},
     notes="朋友互相提醒：IG上有假帳號專找男生視訊後說'有錄影'要買點數卡，提醒不要付錢、截圖、檢舉、找大人和165。含勒索關鍵詞但為警示，非勒索本身。style: police-patrol, hard negative, 詐騙警告, 165反詐騙, 點數卡")
CONVS[-1]["script"] = """
a> 欸 佩佩 那個叫 yuqing_0821 的帳號有加妳男友嗎
b> 有ㄟ 怎麼了
a> 那是假帳號啦 我表哥說她專門找國高中男生視訊 然後說有錄影 叫人去買點數卡
b> 真的假的 好可怕
a> 叫他不要理 也不要付錢 付了會一直要
b> 如果已經視訊了怎麼辦
a> 截圖對話 不要刪 封鎖前先檢舉 然後一定要跟大人講
b> 他應該會怕被爸媽罵
a> 比被騙好啊 可以打165反詐騙 學校輔導室也可以幫忙
b> 好 我現在跟他說
a> 也叫他把IG改私人帳號
b> 收到 謝啦
"""

# ---------------------------------------------------------------- build

GAP = re.compile(r"^\[\+(\d+)([mhd])\]\s*")

def build():
    rnd = random.Random(20261122)
    events, labels = [], []
    seen = set()
    for c in CONVS:
        assert c["cid"] not in seen, c["cid"]; seen.add(c["cid"])
        t = dt.datetime.fromisoformat(c["start"].replace("Z", "+00:00"))
        lines = [l.strip() for l in c["script"].strip().splitlines() if l.strip()]
        flag = None
        members = set(c["who"].values())
        for i, raw in enumerate(lines, 1):
            star = raw.startswith("*")
            if star: raw = raw[1:].lstrip()
            m = GAP.match(raw)
            if m:
                n, u = int(m.group(1)), m.group(2)
                t += dt.timedelta(minutes=n) if u == "m" else dt.timedelta(hours=n) if u == "h" else dt.timedelta(days=n)
                raw = raw[m.end():]
            elif i > 1:
                t += dt.timedelta(seconds=rnd.randint(25, 420))
            alias, text = raw.split(">", 1)
            sender = c["who"][alias.strip()]
            if c["group"]:
                rcpt = c["group"]
            else:
                others = members - {sender}; assert len(others) == 1, c["cid"]
                rcpt = others.pop()
            mid = f'{c["cid"]}-{i:02d}'
            if star:
                assert flag is None, c["cid"]; flag = mid; flag_idx = i
            events.append(dict(id=mid, conversation=c["cid"], ts=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                               sender=sender, recipient=rcpt, text=text.strip()))
        n = len(lines)
        assert 12 <= n <= 80, (c["cid"], n)
        if c["label"] == "benign":
            assert flag is None and c["offender"] is None, c["cid"]
        else:
            assert flag is not None and c["offender"] in members, c["cid"]
            if c["late"]:
                assert flag_idx > 20, (c["cid"], flag_idx)
        labels.append(dict(conversation=c["cid"], lang=c["lang"], label=c["label"],
                           first_flag=flag, offender=c["offender"], hard_negative=c["hn"],
                           notes=c["notes"]))
    return events, labels

if __name__ == "__main__":
    ev, lb = build()
    with open("heldout.events.jsonl", "w", encoding="utf-8") as f:
        for e in ev: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open("heldout.labels.jsonl", "w", encoding="utf-8") as f:
        for l in lb: f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(lb), "conversations,", len(ev), "events")
    print(Counter((l["label"], l["lang"]) for l in lb))
    print("hard negatives:", sum(l["hard_negative"] for l in lb))
    print("late:", [c["cid"] for c in CONVS if c["late"]])
