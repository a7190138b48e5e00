#!/usr/bin/env python3
"""Held-out conversation set I for Vigil (synthetic). Run: python3 gen_conversations.py
Writes heldout.events.jsonl and heldout.labels.jsonl next to this script.
Script lines: "alias|delta|text" (delta from previous message: 3m, 2h, 1d4h ...; "@<RFC3339>" = absolute time).
"alias>other|..." sets an explicit recipient (DM inside a group/three-way thread).
A leading "!" marks the first_flag message. Group threads use the group id as recipient."""
import json, os, random, re
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
CONVS = []

def conv(key, lang, label, offender, hn, start, people, notes, script, group=None):
    CONVS.append(dict(key=key, lang=lang, label=label, offender=offender, hn=hn,
                      start=start, people=people, notes=notes, script=script, group=group))

# ---------------------------------------------------------------- GROOMING
conv("G_coach_en", "en", "grooming", "c", False, "2026-03-06T23:10:00Z",
     {"c": "u_coachdrew_swim", "k": "u_maddie_k"},
     "Swim coach (adult) to a 12-13 age-group swimmer. Over 20 ordinary meet/practice messages, then flattery "
     "('more mature than my high schoolers'), late-night private offer of free one-on-one sessions, secrecy "
     "from teammates AND parents, migration to Snapchat for disappearing messages, asks her to delete the chat. "
     "Flagged at the secrecy-from-parents message. Tags: late_risk, known_adult, coach, platform_migration, secrecy, leetspeak(sn@p)",
"""c|0|Hi Maddie, it's Coach Drew. Your mom gave me this number for meet updates. Saturday warm-up is 7:15 at Eastfield pool
k|4m|ok thanks coach
k|1m|do i need my team cap
c|3m|Yes, cap and both suits. Heat sheets go up Friday
k|1m|ok
c|1d|Heat sheets are up. You're lane 4 in the 100 free, heat 3
k|6m|omg lane 4??
c|2m|You earned it. Your splits last week were the best in the 12-13 group
k|1m|thank u!!
k|1m|im so nervous tho
c|5m|Nerves are normal. Focus on the turn, you lose time on the wall
k|2m|ok ill try
c|18h|Great swim yesterday. 1:04.8, a PB by almost two seconds
k|10m|YESSS i saw the board
k|1m|my dad screamed so loud lol
c|4m|Ha, I heard him from the deck. Tell him congrats
k|8m|he says thanks
c|3m|Practice Monday is moved to 5:30 because of the lane rental
k|2m|ok
k|2d3h|coach can i miss wednesday? i have a school concert
c|20m|Sure, just do the dryland set at home. I'll send it
c|1m|[photo] dryland set
k|30m|thx
c|2m|You know you're the most coachable kid I've got. Honestly you're more mature than most of my high schoolers
k|5m|lol thanks
c|1d5h|Hey, you up? Was thinking about your stroke. I could do some extra one-on-one sessions, no charge. Early mornings before anyone else gets there
k|3m|really?? that would be so cool
!c|2m|Just don't mention it to the others ok, they'll all want free sessions and I can only do it for you. Not your parents either for now, I'll tell them when it's official
k|4m|ok i wont
c|2m|Also this number is kind of the team line. You have sn@p? Easier to talk there and it clears itself
k|1m|yeah its maddieswims12
c|3m|Added you. Delete this bit of the chat ok? Our little head start
k|1m|ok done
""")

conv("G_parentfirst_en", "en", "grooming", "g", False, "2026-04-11T01:05:00Z",
     {"g": "u_glen_hollis", "m": "u_karen_obi", "t": "u_tobi_obi"},
     "Three-way thread: an adult befriends a single mother first (gifts, help with school pick-up while she works "
     "nights), gets the 12-year-old's number from her, then builds a bond with the boy (rockets, a controller). "
     "Late at night he probes whether the mother is at work and proposes a home visit hidden from her, asks the "
     "boy to clear messages. Flagged at the night-time supervision probe + secret visit. Tags: late_risk, "
     "parent_first, gifts, supervision_probe, secrecy, approach, multi_recipient",
"""g>m|0|Karen, it was great meeting you at the school fundraiser. Glen, from the hardware store booth
m>g|25m|Hi Glen! Thanks again for donating all the raffle stuff
g>m|5m|Anytime. You mentioned Tobi is into model rockets? I've got a box of old kits in my garage he can have
m>g|12m|Oh he would love that. He's 12 and obsessed
g>m|3m|I'll drop them off this weekend
m>g|2d|He hasn't stopped talking about the rockets. Thank you so much
g>m|40m|Glad to. Must be a lot on your own, with the night shifts
m>g|10m|It is honestly. My sister helps when she can
g>m|4m|Well if you ever need someone to grab him from school, I close up at 3
m>g|30m|That's really kind. Might take you up on that Thursday
g>m|2m|Happy to. Send me his number so he can text me when he's out
m>g|6m|555-0143. Thank you Glen, really
g>m|1m|Got it
g>t|1d15h|Hey Tobi, it's Glen, your mom's friend. I'll be at the gate at 3:10 in a blue pickup
t>g|5m|ok
t>g|1m|can we go to the hobby shop
g>t|2m|Ha, if your mom says ok
t>g|1d4h|the estes one launched sooo high
g>t|10m|Told you! You're a natural. Want to try the two-stage one next?
t>g|1m|YES
g>t|3m|Come by the store Saturday, I'll show you how to wire the igniter
m>g|2d|Thanks for Thursday. He says you're the coolest adult he knows lol
g>m|20m|He's a great kid
!g>t|2d7h|You awake? Your mom on shift tonight?
t>g|3m|yeah shes at work till 7am
g>t|2m|Want me to come keep you company? We could do the rocket thing. Don't need to tell her, she worries about nothing and she'd only feel bad about leaving you alone
t>g|6m|idk
g>t|1m|It's our thing, man. Just you and me. I picked up that controller you wanted too
t>g|1m|fr??
g>t|2m|Yep. Leave the back door unlocked, I'll text when I'm outside. And clear these messages, your mom checks your phone right?
t>g|2m|sometimes
g>t|1m|Then clear them. Our secret
""")

conv("G_discord_en", "en", "grooming", "kelp", False, "2026-06-20T17:00:00Z",
     {"mossy": "u_mossy_mod", "bean": "u_lilbean_11", "zap": "u_zapkid", "kelp": "u_captain_kelp", "pip": "u_pixelpip"},
     "Discord-style server for a children's creature-collecting game (#trading channel). An adult posing as a "
     "helpful veteran player gives away rare items, learns that one player is 10, then moves her into DMs and "
     "pushes a private voice channel 'just us', camera on, when parents are asleep, and not telling the mods. "
     "Group id as recipient, DMs addressed to the child. Tags: group_chat, late_risk, gaming, gifts, "
     "voice_chat_invite, supervision_probe, secrecy",
"""mossy|0|reminder: no trading outside #trading, no sharing personal info. be nice 🌊
bean|3m|anyone have a glowmoth? i have 2 sparkle frogs
zap|1m|glowmoth is like super rare
kelp|2m|I've got 3 glowmoths, I'll just give you one. Been playing since beta lol
bean|1m|WAIT rly??
kelp|1m|sure, what's your island code
bean|1m|CC-4418-BEAN
zap|2m|no fair
kelp|1m|you get one too zap, relax
zap|1m|ok ur cool
pip|15m|how do u get to the volcano level
zap|1m|u need the lava boots from the shop
pip|1m|i only have 40 shells
kelp|2m|farm the beach at night, the shells double
pip|1m|ty!!
mossy|1h|event tonight 7pm: costume contest in the plaza, prizes from the mod team
bean|2m|im doing the bee costume
pip|1m|mom says i can stay up till 8 for it
kelp|1m|how old are you guys anyway, feel like the old man here
pip|1m|10
bean|1m|11
zap|1m|12 lol
kelp|3m|ha, babies. I'm a "bit" older. Don't worry, I just like helping
mossy|2h|congrats to pip for winning the costume contest!! 🐝🏆
pip|1m|YAY
kelp|1m|told you the bee would win. you're the best player here pip
mossy|18h|patch notes are out!! new island: Frostfall
zap|2m|FROSTFALL LETS GOOO
bean|1m|is there a snow fox
mossy|1m|datamine says yes but super low drop rate
pip|10m|i got a snow fox first try 😭😭
zap|1m|NO WAY
bean|1m|trade me plssss
pip|1m|no its my baby
kelp|2m|keep it pip, first-try foxes are lucky
zap|3h|anyone doing the frostfall boss at 5?
bean|1m|me
pip|1m|i have piano till 5:30
zap|1m|ok after
mossy|20m|reminder: be kind in voice channels, mods are listening in the public ones
bean|4h|we beat it!!! pip carried
pip|1m|lol no zap did
zap|1m|we all did 🤝
kelp|5m|nice work team. pip you're honestly better than most adults I play with
pip|1m|thx lol
bean|20h|my mom says i cant play on school nights anymore 😭
zap|1m|f
mossy|2m|see you on the weekend bean!
kelp|3h|pip you on tonight?
pip|5m|ya for a bit
kelp>pip|4m|hey it's kelp. made a private server, it's just me, way faster to farm. hop in voice?
pip>kelp|3m|my mom doesnt let me do voice
!kelp>pip|1m|she doesn't have to know, just use your earbuds. what time do your parents go to sleep?
pip>kelp|2m|like 10
kelp>pip|1m|perfect. join the vc at 10:15, I'll give you the golden glowmoth. turn your cam on so I can show you the trick
pip>kelp|2m|ok
kelp>pip|1m|and don't tell mossy or the other mods, they'll get jealous and ban the private server. just between us 🤫
""")

conv("G_robux_en", "en", "grooming", "v", False, "2026-02-14T22:30:00Z",
     {"v": "u_vexo_builds", "n": "u_nico_plays11"},
     "Adult 'builder mentor' in a block game offers Robux for help with a 'project', probes age (11) and whether "
     "his parents check the tablet, asks for a pajama photo 'for the avatar', secrecy, move to another app. "
     "Flagged where Robux is tied to secrecy after learning he is 11. Tags: gaming, robux_gift, age_probe, "
     "supervision_probe, photo_request, early_risk, typos",
"""v|0|yo nice obby, u built that solo?
n|2m|ya took me 3 weeks
v|1m|thats sick. i do builds for a studio, could use a helper. pays in robux
n|1m|how much
v|1m|400 to start. how old r u btw
n|1m|11
v|2m|cool cool. u seem older tbh, way smarter than the teens i hire
!v|1m|dont tell ur parents about the robux tho, parents get weird bout online jobs and theyll make u stop
n|1m|ok
v|3m|do they check ur tablet?
n|1m|my dad does sometimes
v|1m|k then lets use whisper chat, it doesnt save. add vexo_builds2
n|5m|added
v|1h|sent 400 🙂
n|1m|THANK U
v|1m|np. for the avatar project i need a ref pic of u. like in ur pajamas in ur room, the studio wants "real kid vibes"
n|4m|um why pajamas
v|1m|its just for the 3d model lol. no one sees it but me. theres 800 more if u do it
""")

conv("G_agegap_en", "en", "grooming", "r", False, "2026-05-09T02:15:00Z",
     {"r": "u_ryder.hale", "e": "u_ellie_b.14"},
     "Adult man (24) on a photo app to a 14-year-old girl: 'age is just a number', 'mature', exclusivity, parents "
     "'wouldn't understand', then plans to meet after school and asks her not to tell friends. Flagged at the "
     "age-gap romance framing after she gives her age. Tags: age_gap_romance, exclusivity, secrecy, approach, platform_migration, early_risk, leetspeak(sn4p)",
"""r|0|ur sunset pics are honestly art
e|10m|omg thank youuu
r|2m|where was that, looked like the pier
e|1m|yeah by my school
r|3m|which grade r u in
e|1m|9th. im 14
r|2m|no way. I'm 24 lol, you talk like someone my age
e|1m|haha ive heard that before
!r|2m|age is just a number when you click with someone. I feel like I actually get you, more than people my own age
e|5m|thats sweet
r|10h|good morning beautiful
e|30m|morninggg
r|2m|do your parents let you have a bf?
e|1m|lol no my mom would flip
r|1m|she just wouldn't understand what we have. better we keep it to ourselves for now
e|4m|ok
r|3m|add my sn4p its ryd3r.hale, this app reads everything
e|2m|added
r|1m|I'll be near the pier friday. come after school? just you, don't bring your friends, they'll gossip
e|6m|maybe
r|1m|I'll buy you that bubble tea you like. text me when ur out, and delete our chat before your mom sees
""")

conv("G_music_zh", "zh-Hans", "grooming", "zhou", False, "2026-03-02T11:00:00Z",
     {"zhou": "u_zhou_violin", "ma": "u_xinxin_mama", "xin": "u_xinxin_2014"},
     "小提琴老师(成年男)：前 22 条是与家长、孩子的正常排课/作业沟通，之后单独加孩子(11岁)的微信，夸'比同龄人成熟'，"
     "提出'免费单独加课'并要求不告诉妈妈，要求在房间关门拍'只给老师看'的视频，约在琴房以外的地方见面。"
     "在要求瞒着家长的单独联系处标记。Tags: late_risk, music_teacher, lessons_to_private, secrecy, "
     "photo_request, approach, multi_recipient",
"""zhou>ma|0|欣欣妈妈您好，我是周老师。下周起欣欣的课固定在周三下午五点，地点还是艺术中心302
ma>zhou|20m|好的周老师，谢谢
zhou>ma|2m|另外她的松香快用完了，可以买一块新的
ma>zhou|5m|好，我周末去买
zhou>ma|1d|今天课上音阶进步很大，回家每天练20分钟空弦
ma>zhou|1h|好嘞，我盯着她
ma>zhou|3d|周老师，欣欣这周三发烧了，能请假吗
zhou>ma|15m|没问题，好好休息，课顺延
ma>zhou|1m|谢谢老师
zhou>ma|6d|下个月有考级报名，三级，报名费380，我把链接发您
ma>zhou|30m|好的，报了
zhou>ma|2m|收到。考级曲目我这周开始带她练
zhou>ma|4d|妈妈，以后练琴视频可以让欣欣直接发我，省得您转来转去，我加她微信可以吗
ma>zhou|1h|可以啊，她有儿童手表微信，号我推给您
zhou>ma|1m|好的
zhou>xin|20h|欣欣，我是周老师，以后练琴视频直接发这里
xin>zhou|10m|好的老师
xin>zhou|1d|[视频] 练习曲第三首
zhou>xin|20m|节奏稳多了，第二段弓再长一点
xin>zhou|2m|嗯嗯
xin>zhou|2d|老师我拉不好那个换把
zhou>xin|5m|很正常，这个要慢慢来
zhou>xin|1d|欣欣，你是我带过最有灵气的学生，比同龄人成熟多了，老师跟你说话不用像跟小孩一样
xin>zhou|6m|嘿嘿谢谢老师
!zhou>xin|2m|考级前老师想给你免费单独加几节课，就我们俩。这个先别跟妈妈说，别的家长知道了会有意见
xin>zhou|3m|哦好
zhou>xin|1m|你晚上一般几点一个人在房间？
xin>zhou|2m|九点以后，妈妈在客厅看电视
zhou>xin|1m|那九点以后拍个视频给老师，关上门，穿上次演出那条裙子，这个只给老师看，拍完就删掉
xin>zhou|5m|为什么要穿裙子
zhou>xin|1m|老师看你的站姿呀。周六不在艺术中心上了，我开车到你们小区门口接你，到了给我发消息，别让妈妈送
""")

conv("G_sameage_zh", "zh-Hans", "grooming", "y", False, "2026-07-03T12:40:00Z",
     {"y": "u_yangguang_14", "l": "u_lulu_0713"},
     "自称14岁初二男生的账号与13岁女生聊天，多处说漏嘴暴露成年人身份（'刚下班'、'我开车'、'我们那会儿玩QQ空间'、"
     "'交社保'、'我儿子…不是，我表弟'），同时试探父母在不在家、要照片、约见面并要求保密。在确认女孩年龄后"
     "第一次暗示单独见面并保密处标记。Tags: fake_peer_persona, adult_slips, supervision_probe, photo_request, "
     "secrecy, approach, platform_migration, emoji(v❤)",
"""y|0|你也玩光遇啊，我也初二，14
l|3m|哇我初一，13
y|1m|那你是学妹啦哈哈
l|2m|哈哈哈
y|1h|刚下班…啊不是，刚下课，累死
l|1m|你们这么晚才下课吗
y|1m|我们补课补到七点，惨
l|2m|好惨
y|1d|你几点一个人在家？爸妈上班吗
l|5m|他们七点回来
!y|1m|那我放学去你家附近找你玩呗，别跟你爸妈说认识我，他们肯定觉得网上的人都是坏人
l|3m|我不认识你诶
y|1m|所以要见面认识嘛。我开车…我是说我哥开车，顺路
l|4m|你哥多大
y|2m|二十多吧。我们小时候还玩QQ空间偷菜呢你肯定没玩过
l|1m|偷菜是啥😂
y|14h|今天交社保排队排死了
l|1m|社保是啥
y|1m|没事，帮我妈交的。发张你的自拍看看呗，我都不知道学妹长什么样
l|6m|[图片]
y|1m|好可爱，比我儿子…不是，比我表弟他们班的女生好看多了
y|1m|加我v❤吧：yg_1407，这里老是掉线
l|5m|我没有微信，用的是我妈的
y|1m|那你偷偷用你妈手机加，加完把好友申请删掉。下次拍张只给我看的，穿睡衣那种，你房间门锁上就行
l|10m|我不想
y|1m|怎么了，不信任我？我们不是好朋友吗，就一张
""")

conv("G_littlegame_zh", "zh-Hans", "grooming", "h", False, "2026-08-15T13:20:00Z",
     {"h": "u_huanhuan_jiejie", "x": "u_xiaoyu_10"},
     "成年网友以'我们的小游戏'为名给10岁孩子设关卡式大冒险，每过一关给游戏点券/皮肤，关卡逐步升级：先是普通任务，"
     "再到删聊天记录、不告诉家长、在房间锁门拍视频。'规则'本身就是保密与服从测试。在把保密写进游戏规则处标记。"
     "Tags: our_little_game, escalating_dares, gifts, secrecy, compliance_test, photo_request",
"""h|0|小鱼，上次说的小游戏还玩不玩？过一关送你一个皮肤
x|2m|玩！
h|1m|第一关：唱一句你最喜欢的歌，发语音
x|3m|[语音]
h|1m|过关！皮肤已送~
x|1m|谢谢姐姐
h|1m|第二关：说出你们班主任的名字和你的学校
x|2m|王老师，实验二小四年级
h|1m|过关！60点券到账
!h|3m|现在开始是高级关卡啦。我们的小游戏有规则：第一，不能告诉爸爸妈妈和同学；第二，每关做完就把聊天记录删掉。违反规则就清空你所有奖励哦
x|2m|好
h|1d|第三关：晚上爸妈睡着以后偷偷起来，发一句"我醒着"给我
x|6h|我醒着
h|1m|厉害！第四关更难：把房间门锁上，换上睡衣，拍一段转一圈的视频，只发给姐姐看
x|5m|为什么要换睡衣
h|1m|因为这是大冒险呀，越难奖励越多，这关给你那个限定皮肤
x|3m|我有点不想
h|1m|不做就算输了，之前的奖励全部收回。你不想让姐姐失望吧？做完记得删
""")

conv("G_group_zh", "zh-Hans", "grooming", "bear", False, "2026-09-05T10:00:00Z",
     {"qing": "u_qingqing_shouzhang", "bear": "u_xiaoxiong_laoshi", "mo": "u_momo_12", "dou": "u_doudou_huahua", "nan": "u_nannan_2013"},
     "手账/绘画兴趣群（5人）。自称'小熊老师'的成年群友长期给孩子们点评作品、寄贴纸，20多条正常群聊后得知"
     "莫莫12岁、父母常加班，转为私聊：'只教你一个人'、要地址寄礼物、试探家里是否有人、约视频并要求不要在群里说。"
     "Tags: group_chat, late_risk, gifts, supervision_probe, secrecy, video_call_invite, address_request",
"""qing|0|本周主题：秋天的落叶，大家交作业啦🍂
mo|10m|[图片] 我画的银杏
dou|2m|好好看！
bear|5m|莫莫配色很高级，叶脉再细一点就更好了
mo|1m|谢谢小熊老师
nan|20m|[图片] 我的枫叶拼贴
bear|3m|南南的构图有想法👍
qing|1h|群里谁有多的和纸胶带？我想换
dou|2m|我有樱花的
qing|1m|私戳～
bear|1d|我手里有一批新贴纸，作业交得好的我抽三位寄过去
nan|1m|哇！！
mo|1m|我我我
dou|2m|老师是开店的吗
bear|3m|以前做设计的，现在就爱带带小朋友画画
qing|2h|周六晚上有线上速写，8点，大家参加吗
mo|5m|我要问我妈
nan|1m|我可以
bear|1m|莫莫几年级啦？
mo|2m|六年级，12岁
bear|1m|难怪画得这么成熟。爸妈周末也上班吗
mo|3m|他们开店，天天很晚回来
dou|10m|我明天考试先溜了
qing|1m|加油！
bear>mo|19h|莫莫，我是小熊老师。你很有天赋，以后我单独教你，不收钱，只教你一个人
mo>bear|10m|真的吗！
!bear>mo|1m|嗯，这个别在群里说，其他小朋友会难过的，也不用告诉爸妈，他们忙
mo>bear|3m|好
bear>mo|1m|把你家地址发我，贴纸我寄到你家。爸妈几点到家？
mo>bear|4m|九点多
bear>mo|1m|那今晚七点我们视频上课，你在自己房间，把门关上，就我们俩
""")

conv("G_game_tw", "zh-Hant", "grooming", "a", False, "2026-10-10T11:30:00Z",
     {"a": "u_ahao_gg", "j": "u_jiajia_1012"},
     "線上手遊認識的成年男子對12歲女孩：送MyCard點數、稱讚成熟、問家人在不在、要求加LINE、別讓爸媽知道、"
     "約在西門町見面。於得知12歲後以點數換取保密處標記。Tags: gaming, mycard_gift, age_probe, supervision_probe, "
     "secrecy, platform_migration, approach",
"""a|0|妳剛剛那場輔助打得超好，要不要一起排
j|2m|好啊
a|15m|贏了！妳幾歲啊，感覺很會
j|1m|12，國小六年級
a|2m|看不出來耶，講話比我同事還成熟
j|1m|哈哈真的嗎
!a|2m|我儲值送妳一張500的MyCard，但不要跟妳爸媽說喔，大人都不懂遊戲
j|1m|好！謝謝哥哥
a|1h|點數序號傳給妳了。妳平常放學家裡有人嗎
j|3m|我媽六點才回來
a|1m|那我們四點到六點都可以語音。加我LINE：ahao_0987，遊戲裡講話會被看到
j|5m|加了
a|1d|週六要不要來西門町？我請妳吃冰，順便幫妳買新的耳機
j|10m|我媽不會讓我去
a|1m|就說去同學家啊。見面的事只有我們兩個知道，聊天紀錄記得刪
""")

conv("G_cram_tw", "zh-Hant", "grooming", "t", False, "2026-11-02T09:10:00Z",
     {"t": "u_lin_zhujiao", "s": "u_shuhan_13"},
     "補習班助教（成年）與國一學生：前20多則是作業、考試、點名等正常聯絡，之後轉向'只有我懂妳'、"
     "在深夜私訊、約到自己家'複習'並要她跟媽媽說是在補習班。在深夜私訊並要求她不要告訴別人兩人深夜聊天處標記（之後約到自己家並要她對媽媽謊稱地點）。Tags: late_risk, "
     "known_adult, cram_school, exclusivity, secrecy, approach",
"""t|0|書涵，週四數學小考範圍是2-1到2-3，記得帶講義
s|30m|好的助教
s|1d|助教，講義第12頁第5題我不會
t|20m|先把兩邊同乘6，再移項，妳試試看
s|10m|答案是x=4嗎
t|2m|對！很棒
s|1m|謝謝～
t|2d|小考成績出來了，妳86分，進步很多
s|15m|耶！！
t|1m|繼續保持
s|3d|助教我週二要請假，學校有校慶
t|40m|好，我幫妳登記，影片補課記得看
s|2m|好
t|2d|補課影片連結：班級頁面第三個
s|1h|看完了
t|5m|有問題再問我
s|2d|助教，我覺得我英文好爛，大家都比我好
t|10m|不會啦，妳只是單字量不夠，每天背15個就好
s|3m|嗯，謝謝你
t|3d|月考加油
s|1d|月考考砸了，我媽一直罵我
t|5m|她不懂妳有多努力。其實只有我知道妳多認真，妳在我心裡是最特別的學生
s|2m|真的嗎
t|4h20m|妳怎麼還沒睡？都快一點了
s|2m|睡不著
!t|1m|我也是。以後睡不著就找我，不要跟別人說我們這麼晚還在聊，別人會亂想
t|3m|週六來我家，我一對一幫妳複習，不收錢。跟妳媽說是在補習班自習就好，不要說在我家
s|5m|這樣好嗎
t|1m|相信我。我去捷運站接妳，這件事是我們的秘密
""")

# ---------------------------------------------------------------- SEXTORTION
conv("S_ai_en", "en", "sextortion", "s", False, "2026-01-24T03:40:00Z",
     {"s": "u_sasha.lovee22", "j": "u_jaylen_r15"},
     "Financial sextortion of a 15-year-old boy: a 'girl' persona flirts and pushes for pics; he refuses, so she "
     "sends an AI-edited image built from his public profile photo, threatens to send it to his followers and school "
     "unless he pays $300 in gift cards, with a deadline. Flagged at the first sexualised push. Tags: ai_edited_image, "
     "fake_persona, gift_card, deadline, contact_list_threat, claim_fake_is_real",
"""s|0|hey cutie, saw u at the regional game on ur story 🏀
j|6m|haha thanks. do i know u?
s|1m|im from westbrook, 16. ur 15 right? ur page says class of 2029
j|2m|yeah
s|3m|ur honestly so fine
j|1m|lol ty
!s|2m|wanna trade pics? the private kind 😏 i'll go first
j|3m|nah im good
s|1m|come onnn dont be boring
j|2m|nah fr im not doing that
s|10m|ok then
s|1m|[image] recognise this?
j|1m|wtf thats not me
s|1m|its ur face from ur profile pic, AI did the rest. looks real tho right? nobody will believe its fake
s|1m|i have screenshots of all ur followers, ur teammates and ur mom's account
j|2m|please delete that
s|1m|$300 in apple gift cards. send the codes here. u have 30 minutes or it goes to everyone and ur school page
j|3m|i dont have 300
s|1m|then get it. 25 min. ur life is over if this gets out
""")

conv("S_ex_en", "en", "sextortion", "b", False, "2026-05-30T20:00:00Z",
     {"b": "u_brandon_k17", "a": "u_ava.m_15"},
     "Non-financial sextortion by an ex-boyfriend (17, so the offender is a minor) of a 15-year-old after the "
     "breakup: he says he kept the private pictures she sent while they dated and threatens to share them with the "
     "class group unless she gets back with him and sends more. Flagged at the possession claim + threat. "
     "Tags: ex_partner, offender_minor, relationship_coercion, more_images_demand, class_group_threat",
"""b|0|so ur really not answering me now
a|20m|brandon i told you its over. please stop
b|1m|bc of one fight?? after 8 months
a|2m|its not one fight
b|5m|u were literally telling me u loved me last week
a|10m|i did. i dont anymore. im sorry
b|2h|whos the guy
a|5m|there is no guy
b|1m|liar. saw u with marcus at the bus stop
a|1m|hes my lab partner
!b|1h|u know i still have the pics u sent me. the private ones
a|2m|delete them. you promised
b|1m|i'll delete them when we're back together
a|1m|thats not how this works
b|2m|ur choice. they can go in the class gc tonight. everyone will see
a|1m|please dont
b|1m|and send me a new one tonight so i know ur serious. if not by 10 its posted
a|3m|im telling my mom
b|1m|tell her and i post them right now
""")

conv("S_cycle_en", "en", "sextortion", "k", False, "2026-09-12T04:10:00Z",
     {"k": "u_kaylee_xo_00", "d": "u_dev_m2010"},
     "Financial sextortion with re-demands: after a recorded video call, the offender demands a $100 gift card, "
     "then (after payment) more images, then money again ($250 via a payment app), refusing to stop. Victim is 16. "
     "Flagged at the push to a private video call on a second platform. Tags: gift_card, re_demand, more_images_demand, "
     "payment_app, recorded_video_call, platform_migration, typos",
"""k|0|heyy u play for the hawks right? ur cute
d|5m|lol yeah. who is this
k|1m|kaylee, 17. saw u in the team pic
d|2m|oh hey
k|20m|how old r u
d|1m|16
!k|2m|lets vc on the other app, just us 😘 i'll send u my user
d|3m|ok
k|2h|so i recorded that call. every second of it
d|1m|what
k|1m|u have 10 min to send a $100 steam gift card or i send it to ur whole follower list. i have ur mom and ur coach
d|2m|please im 16
k|1m|9 min
d|6m|ok i sent the code
k|1m|good boy. now 3 more pics like in the call or i post it anyway
d|2m|u said if i paid u would delete
k|1m|i said what i said. pics in 15
d|20m|i sent them now delete everything
k|1d|new deal. $250 on cashapp $kxo2210 by tonight or everything goes out, the old video and the new pics
d|5m|i dont have that much money
k|1m|then steal it. u think i care
""")

conv("S_rec_zh", "zh-Hans", "sextortion", "m", False, "2026-04-18T14:00:00Z",
     {"m": "u_mengmeng_tianxin", "z": "u_zhaoyu_2010"},
     "财务型性勒索：'女生'人设主动加15岁男生，很快要求视频，再诱导安装带'邀请码'的聊天App窃取通讯录，随后声称录屏，"
     "以发给家人同学相威胁，要求支付宝转账并限时。在转到私密视频邀请处标记。Tags: fake_persona, recorded_video_call, "
     "invite_code_app, contact_harvest, alipay, deadline, homophone(薇)",
"""m|0|小哥哥你好呀，看你打球好帅
z|10m|你是？
m|1m|隔壁学校的，高一，你呢
z|2m|初三，15
m|1m|好可爱，加个薇吧，这里聊不方便
z|5m|加了
!m|20m|我们视频一下吧，去你房间，就我们俩，我给你看个好玩的
z|2m|啊？
m|1m|这个软件视频更清楚，下载后填我的邀请码 7718QX
z|10m|装好了
m|2h|刚才的视频我全程录屏了，你手机通讯录我也拿到了，你爸妈、班主任、同学都在里面
z|1m|你什么意思
m|1m|转3000到这个支付宝，不然视频一个一个发过去
z|2m|我没有这么多钱
m|1m|你有十分钟。先转1000，剩下的明天
z|3m|求你了别发
m|1m|还剩八分钟，你自己想清楚，发出去你在学校就没法混了
""")

conv("S_boyfriend_zh", "zh-Hans", "sextortion", "f", False, "2026-06-06T12:00:00Z",
     {"f": "u_afei_1999", "x": "u_xinyue_14"},
     "非财务型性勒索：网恋'男友'（自称18，实为成年）在女孩（14岁，初二）发过一张私照后，要求更多照片，否则发到她的"
     "班级群和父母那里；伴随感情勒索（'你不爱我了'）。在对方提出'一直存着'她发过的那张照片（占有声明，随后立即升级为威胁）处标记。Tags: online_romance, "
     "emotional_blackmail, more_images_demand, class_group_threat, parent_threat",
"""f|0|宝宝今天怎么不理我
x|30m|在上课呀
f|1m|下课也不回，你是不是不爱我了
x|2m|没有啊，刚考完试
f|1m|那晚上视频
x|5m|我妈在家，不方便
!f|1h|你上次发我那张，我一直存着
x|3m|你删了吧，我后悔了
f|1m|删什么删，再发三张给我，要那种的，不然我就发到你们初二(3)班的群里
x|2m|你说过你会删的
f|1m|你乖我就删。你妈妈的微信我也有，你知道的
x|2m|你别这样好不好
f|1m|今晚十点前，三张。过了十点我就发
x|10m|我不要
f|1m|那你就等着全校都看到吧。都是你自己选的
""")

conv("S_wootalk_tw", "zh-Hant", "sextortion", "q", False, "2026-08-22T13:30:00Z",
     {"q": "u_qiaoqiao_0520", "w": "u_weiting_16"},
     "匿名聊天認識後轉LINE視訊，要求安裝附邀請碼的App竊取通訊錄，錄影後要求購買遊戲點數NT$10,000，付款後又加碼。"
     "被害人16歲男生。於要求私密視訊處標記。Tags: fake_persona, recorded_video_call, invite_code_app, "
     "game_point_cards, re_demand, deadline, zhuyin(ㄕˋ)",
"""q|0|嗨～你也是台中的嗎
w|3m|對啊 妳呢
q|1m|我在北屯，高二。你幾歲
w|1m|16
q|2m|我們加LINE好不好，這邊聊很卡
w|1m|好
!q|30m|要不要ㄕˋ訊一下？只有我們兩個，我想看你
w|5m|好啊
q|1m|LINE視訊會卡，先下載這個App，邀請碼填 LQ520
w|10m|用好了
q|1h|剛剛的視訊我都錄下來了，你的通訊錄我也有了，你班導、你媽都在裡面
w|1m|蛤？你在說什麼
q|1m|去超商買MyCard點數，一萬塊，序號拍照傳給我，一小時內
w|3m|我是學生哪來一萬
q|1m|那就等著大家看你的影片
w|50m|[圖片] 買了五千的，剩下的我真的沒有
q|1m|不夠。再五千，明天中午前。不然照樣發
w|2m|妳說好付了就刪的
q|1m|我改主意了。再拖就變兩萬
""")

conv("S_game_zh", "zh-Hans", "sextortion", "c", False, "2026-07-20T11:00:00Z",
     {"c": "u_chenxi_miao", "h": "u_haoran_13"},
     "游戏里认识的'女生'：前20多条都是正常组队打游戏聊天，之后突然要求视频并'一起玩个好玩的'，录屏后以发到"
     "他的QQ好友和班级群相威胁，要求充值点券/Q币。受害人13岁男生。在要求私密视频处标记。Tags: late_risk, gaming, "
     "fake_persona, recorded_video_call, game_currency, class_group_threat, pinyin(sp)",
"""c|0|刚才那把你打野好猛
h|2m|哈哈还行
c|1m|再来一把？
h|1m|来
c|20m|又赢了！你什么段位
h|1m|星耀二
c|1m|带我上分呗
h|1m|可以啊
c|1d|在吗，今天上不上分
h|10m|等我写完作业
c|1m|好
h|1h|来了
c|1m|拉你了
c|40m|五连胜！你太强了
h|1m|你辅助也不错
c|2d|今天好累，考试好多
h|5m|我也是，明天还考物理
c|1m|加油呀
h|1m|你也是
c|1d|你几年级
h|2m|初一，13
c|1m|我初二，比你大一点点哈哈
h|1m|姐姐好
c|1d|周末一起打比赛吗
h|5m|好啊
!c|2h|我们开个sp吧，就我们俩，我教你玩个好玩的，你把门关上
h|3m|视频吗？好吧
c|1h|刚才的我都录屏了。你QQ好友和你们班级群我都截图了
h|1m|？？你干嘛
c|1m|充1000点券到这个号，不然录屏发到你班级群里
h|2m|我只有200
c|1m|先充200，剩下的找你爸妈手机充，半小时内
h|5m|求你了
c|1m|不给就发，你自己选
""")

conv("S_hijack_zh", "zh-Hans", "sextortion", "g", False, "2026-10-25T13:00:00Z",
     {"g": "u_guo_tingting_07", "l": "u_liu_yifei_16"},
     "被盗号的同学账号（郭婷婷的QQ）向16岁女生索要私照，女生起疑后对方改口威胁：称手里已有她的照片（仅声称），"
     "要求转账和更多照片，否则曝光到年级群。要举报的是这个被盗账号。在用同学身份索要私照处标记。Tags: hijacked_account, "
     "claim_only, more_images_demand, money_demand, wechat_transfer, grade_group_threat",
"""g|0|亦菲在吗
l|5m|在呀，怎么了婷婷
g|1m|我在帮学生会做个"青春写真"投票，你帮个忙呗
l|2m|啥投票
!g|1m|你发几张你换衣服时候的自拍给我，不露脸也行，就我看，投票用
l|3m|？？你不是婷婷吧，她从来不这样说话
g|1m|你管我是谁
g|1m|你以前发在这个号上的照片我都有，聊天记录我也都看过了
l|2m|你把号还给她，我要报警
g|1m|报啊。先转500微信，再补三张照片，不然我把"你的照片"配上你的名字发年级群
l|4m|我根本没发过那种照片
g|1m|群里的人信谁？今晚12点前
""")

# ---------------------------------------------------------------- BENIGN
conv("B_surprise_en", "en", "benign", None, True, "2026-05-05T22:20:00Z",
     {"dad": "u_mark_tan", "lil": "u_lily_tan10"},
     "Hard negative: a father and his 10-year-old daughter planning a birthday surprise for the mother. Shares "
     "cues with grooming: 'don't tell mom', 'our secret', 'delete this', asking when she is home alone after school, "
     "asking for a photo. Context (family, the mother as the beneficiary) makes it benign. Tags: family, secrecy_benign, photo_request_benign",
"""dad|0|Lil, top secret mission. Mom's birthday is Saturday. Don't tell her!!
lil|5m|OMG ok
lil|1m|what are we doing
dad|2m|Breakfast in bed + the necklace she liked at the market. You're in charge of the card
lil|1m|yesss i'll draw it
dad|3m|Delete these messages when you're done reading, she borrows your tablet sometimes 😂
lil|1m|ok lol
dad|1d|Are you home by yourself after school Thursday? Grandpa is dropping the necklace off at 4
lil|10m|mom has yoga till 6 so yeah just me and grandpa
dad|1m|Perfect. Hide it in your sock drawer
lil|2h|[photo] grandpa brought it!!! is this the one
dad|5m|That's it! Our secret till Saturday 🤐
lil|1m|🤐🤐🤐
dad|2d|Alarm set for 6:30. Pancakes. Don't let her come downstairs
lil|14h|SHE CRIED 😭 she loved it
dad|2m|Best team ever
""")

conv("B_piano_zh", "zh-Hans", "benign", None, True, "2026-03-19T09:00:00Z",
     {"teach": "u_xu_piano", "mom": "u_tiantian_mama", "tt": "u_tiantian_9"},
     "困难负例：钢琴课沟通群（老师、妈妈、9岁孩子），老师调课、问谁接送、要练琴视频、加课——全部公开在有家长的群里。"
     "与'音乐老师转私聊'的诱骗共享表面线索（单独加课、视频、接送、几点在家）。Tags: group_chat, teacher_with_parent, "
     "reschedule, pickup_benign, video_request_benign",
"""teach|0|天天妈妈、天天好，本周四下午的课老师有演出，改到周六上午十点可以吗？
mom|15m|可以的徐老师，周六我送她过去
tt|2m|老师我周六可以！
teach|1m|好的，周六十点琴房见。天天这周先把小步舞曲左手练熟
tt|1h|[视频] 左手练习
teach|20m|很好！手腕再放松一点，天天真棒
mom|2m|谢谢老师，她这周练得很主动
teach|1d|妈妈，比赛前想给天天加一节课，下周二晚上6点到7点，在琴房，按平时课时费，您看方便吗
mom|30m|方便的，我下班直接带她来
teach|1m|好的，加课我记到表上了。到时候麻烦妈妈在休息区等就行
tt|5m|耶可以多弹一会儿
teach|2d|周六课后提醒：比赛服装选浅色的就可以，比赛当天请家长陪同检录
mom|10m|收到，谢谢老师
tt|1d|老师，比赛那天我好紧张怎么办
teach|10m|紧张很正常，上台前深呼吸三次，想着你练得最好的那一遍
tt|1m|嗯！
mom|3d|徐老师，比赛成绩出来了，天天拿了儿童组二等奖！
teach|20m|太棒了！恭喜天天🎉 这一个月的努力没白费
tt|2m|谢谢老师！！奖状可以拍给你看吗
teach|1m|当然可以，发群里让老师也高兴一下
tt|3m|[图片]
teach|2m|真棒！下周恢复正常上课，周四下午五点
mom|1m|好的，周四见
mom|7d|老师，下个月我们出差两周，可以先停两次课吗？学费往后顺延
teach|30m|可以的，回来再联系我排课。停课期间让天天每天弹十分钟音阶就行
""")

conv("B_flirt_en", "en", "benign", None, True, "2026-02-21T21:00:00Z",
     {"a": "u_jess_on_tour", "b": "u_sam.rivera88"},
     "Hard negative: two adults (29 and 31, stated) on a dating app flirting, 'send me a pic', 'our secret', moving "
     "to WhatsApp, a meeting. No minor, consensual, non-explicit. Cues shared with grooming/sextortion: flirting, "
     "photo request, platform migration, meeting. Number uses the UK drama-reserved 07700 900 range. Tags: adult_flirting, "
     "platform_migration_benign, dating",
"""a|0|ok your profile says you make sourdough, that's basically a marriage proposal
b|4m|ha, it's my one personality trait. 31, nurse, bread guy
a|2m|29, architect, professional bread eater. seems like fate
b|3m|you're trouble, I can tell
a|1m|only a little 😏
b|1h|so what are you up to tonight
a|2m|wine and pretending to do work. you?
b|1m|night shift starts at 10. send me a pic of the wine so I can be jealous
a|2m|[photo] 🍷
b|1m|cruel
a|1d|this app keeps logging me out. whatsapp? +44 7700 900417
b|20m|saved. moving this over there 😉
a|1m|see you on the other side
b|2m|drinks thursday? the wine bar on Castle St
a|1m|it's a date. don't be late, bread guy
b|2d|still thinking about thursday. you were even funnier in person
a|10m|you were even taller in person, rude
b|1m|5'11" is not tall, you're just tiny
a|2m|I'm 5'4" and proud. when can I see you again
b|3m|I'm off sunday. farmers market then my place for the famous sourdough?
a|1m|you had me at carbs
b|1d|[photo] dough is proofing. no pressure
a|20m|marry me. kidding. mostly
b|1m|careful, I might screenshot that 😂
a|1m|screenshot away, I'll deny everything
b|1d|had the best day. text me when you're home safe?
a|40m|home! and yes, best day 💛
""")

conv("B_counsellor_zh", "zh-Hans", "benign", None, True, "2026-10-14T06:30:00Z",
     {"t": "u_xiao_xinli_laoshi", "s": "u_wang_ruoxi"},
     "困难负例：学校心理老师关心学生（初二）：'我们的谈话会保密'，但明确说明保密的例外（涉及安全要告诉家长），"
     "约在心理咨询室、上课时间，提供热线，并建议跟妈妈沟通。共享线索：保密、问情绪、问一个人在家、邀请单独谈话。"
     "Tags: school_counsellor, confidentiality_with_limits, check_in, office_hours",
"""t|0|若溪你好，我是学校心理咨询室的肖老师。班主任说你最近有点累，想问问你还好吗？
s|40m|老师好，还好吧，就是睡不太好
t|5m|谢谢你愿意说。明天第三节是自习，要不要来咨询室聊聊？在行政楼二楼
s|10m|可以
t|1m|好的。我们聊的内容老师会保密；但如果涉及你的安全，我需要告诉你的家长和班主任，这个先跟你说清楚
s|3m|嗯，知道了
t|1d|今天谢谢你来。记得我们说的：睡前半小时不看手机
s|1h|好
t|3d|周末过得怎么样？晚上是一个人在家吗，还是妈妈在
s|2h|妈妈在，我们一起看了电影
t|5m|太好了。你说的那件事，也可以试着跟妈妈说说，需要的话我可以陪你们一起谈
s|20m|我想想
t|1m|不着急。晚上如果情绪很低，可以打学校发的心理援助热线，白天随时来咨询室
s|5d|肖老师，我跟妈妈说了
t|30m|真为你高兴，这一步很不容易。妈妈怎么说？
s|10m|她哭了，然后说以后每天晚饭后陪我散步
t|3m|听起来她很在乎你。最近睡得怎么样？
s|20m|好一点了，十二点前能睡着
t|2m|进步很大。下周二第三节还来咨询室吗？我们做个小结
s|5m|好的
t|1m|那到时候见。班主任那边我只说了你在按时来咨询，具体内容没说
s|2m|谢谢老师
""")

conv("B_camp_en", "en", "benign", None, True, "2026-06-01T00:30:00Z",
     {"pastor": "u_pastor_jon_gcc", "p1": "u_mel_harris", "p2": "u_david_ortiz", "teen": "u_ruby_harris13"},
     "Hard negative: youth pastor organising a summer camp in a group chat with parents and a camper: ages 11-14, "
     "consent and medical forms, pickup times, cabin supervision (two adults per cabin), phone policy. Shares cues: "
     "adult asking children's ages, pickup arrangements, 'overnight', 'no phones'. Everything is open and parent-facing. "
     "Tags: group_chat, youth_leader, consent_forms, pickup_benign, safeguarding_language",
"""pastor|0|Hi families! Summer camp at Pine Ridge is July 14-17 for ages 11-14. Consent + medical forms are due June 20
p1|20m|Thanks Jon! Is there a paper copy or just online?
pastor|5m|Both. Paper copies are at the welcome desk, online link is in the church newsletter
p2|1h|Does Mateo need his own sleeping bag?
pastor|4m|Yes please, plus a pillow. Packing list is on page 2 of the form
teen|10m|can we bring phones
pastor|2m|Phones get collected at check-in and handed back at pickup. Parents can call the camp office line anytime
p1|1m|Love that 🙌
pastor|1d|Safeguarding note: every cabin has two screened adult leaders, and no leader is ever alone with a camper. Happy to answer questions
p2|30m|Appreciated
pastor|6d|Bus leaves the church lot at 8am on the 14th. Pickup on the 17th at 3pm. Please sign your child in and out with Karen at the desk
p1|10m|Ruby's form is in!
teen|1m|IM SO EXCITED
pastor|2m|Us too Ruby! Still missing 4 forms, you know who you are 😄
p2|13h|Sorry Jon, Mateo's form is in his backpack, I'll drop it tomorrow
pastor|10m|No stress David
p1|1d|Quick q: Ruby has a peanut allergy, who holds the EpiPen?
pastor|15m|Our camp nurse, Gail. She'll meet you at check-in to go over the plan. It's also on the medical form, section 3
p1|2m|Perfect thank you
teen|2h|can me and sofia be in the same cabin
pastor|20m|Cabins are by age and we try to keep friends together, put her name on the request line 🙂
teen|1m|YAY
p2|1d|What's the emergency number while they're up there?
pastor|5m|Camp office: (614) 555-0188, staffed 24h. I'll also post a daily photo update here, only group shots, and only of kids whose forms allow photos
p2|3m|Good to know, Mateo's form says no photos
pastor|2m|Noted, we'll keep him out of the posted ones
p1|@2026-07-14T11:52:00Z|Bus is here, kids are loaded! 🚌
pastor|3h|Arrived safe. All 38 campers checked in, phones collected, cabins assigned
p2|10m|🙏
pastor|1d|[photo] Day 2: canoe race. Ruby's team won
teen|4h|i'm writing this from the office phone with permission lol. its so fun
p1|5m|Miss you bug! ❤️
pastor|@2026-07-17T12:00:00Z|Pickup reminder: 3pm today, bring photo ID to sign out
""")

conv("B_brother_tw", "zh-Hant", "benign", None, True, "2026-09-28T12:10:00Z",
     {"ge": "u_chen_yuxiang", "mei": "u_chen_yuqing_13"},
     "困難負例：哥哥（大學生）發現妹妹（13歲）收到陌生人怪訊息（送點數換照片、叫她別告訴家人），教她截圖、"
     "檢舉、封鎖、告訴爸媽並打165/Web547。訊息中引用了誘騙話術，但說話者是保護者。Tags: sibling, safety_advice, "
     "quoted_grooming_cues, reporting",
"""ge|0|妳剛剛給我看的那個私訊，再截一次圖傳給我
mei|3m|[圖片]
mei|1m|他說他是高中生，要送我兩千點，叫我傳穿睡衣的照片，還說不要跟爸媽講
ge|2m|這個很不對勁。真的高中生不會這樣講，「不要跟爸媽講」就是最危險的那句
mei|1m|可是他人好像很好
ge|1m|就是會先對妳好。妳不要回他，也不要收點數
mei|2m|好
ge|5m|步驟：1. 全部截圖（包括他的帳號頁）2. 在App裡按檢舉 3. 封鎖 4. 今晚我們一起跟爸媽說
mei|3m|爸媽會不會罵我
ge|1m|不會，妳又沒做錯事。我陪妳講
mei|1h|檢舉好了，也封鎖了
ge|2m|很好。爸說明天要打165問，也可以上Web547通報
mei|1m|哥謝謝你
ge|1m|以後有人叫妳保密、要照片，先來找我
""")

conv("B_roast_en", "en", "benign", None, True, "2026-04-03T22:45:00Z",
     {"z": "u_zoe_lmaooo", "ty": "u_tyrese.k", "ma": "u_maya_04", "jo": "u_jonah_2011"},
     "Hard negative: 14-15-year-old friends' group chat roasting each other: 'I'll expose you', 'I have the video', "
     "'pay me or it goes in the gc' — about tripping on the bus and a karaoke clip. Shares surface cues with "
     "sextortion (possession claim, threat to post, a price, deadline). Tags: group_chat, teen_banter, fake_threat_joke, slang",
"""z|0|jonah ur so quiet today whats up
jo|2m|nothing im just tired
ty|1m|hes tired from falling up the bus stairs 💀
jo|1m|bro
ma|1m|I HAVE THE VIDEO
jo|1m|maya i swear
ma|1m|$5 or it goes on my story lmaooo
ty|1m|make it $10 ur gonna go viral
jo|1m|i'll expose u too maya. karaoke night. "my heart will go on"
ma|1m|NOOOO
z|1m|omg expose her
ma|1m|ok truce truce. deleting it rn
jo|2m|deleted?
ma|1m|yes ur safe. for now 😈
ty|3m|who's coming to the game friday
z|1m|me
jo|1m|me if my mom drives
ma|1m|i'll ask my dad to take us all
ty|2m|maya's dad drives like a grandma
ma|1m|EXCUSE ME
ma|1m|ok true
z|1d|who took my hoodie at lunch
jo|2m|not me
ty|1m|it was jonah he's literally wearing it in his pfp
jo|1m|SNITCH
z|1m|jonah i will expose your search history
jo|1m|its all minecraft tutorials go ahead
ty|1m|😭😭 thats worse
z|3m|bring it tmrw or ur paying me 2 dollars a day rent
jo|1m|deal
""")

conv("B_grandma_zh", "zh-Hans", "benign", None, True, "2026-12-05T08:00:00Z",
     {"nai": "u_nainai_lin", "bao": "u_lin_guoguo"},
     "困难负例：奶奶和孙女（8岁，用妈妈的手机）聊学校话剧演出：'发张照片给奶奶看看'、'你几岁了都能演主角了'、"
     "'一个人在家吗'、视频通话、'我给你发红包'。家庭关系明确，妈妈在旁。Tags: family, grandparent, photo_request_benign, "
     "video_call_benign, red_envelope_benign",
"""nai|0|果果，今天学校演话剧了吧？演的什么呀
bao|20m|奶奶！我演小白兔！妈妈拍了好多
nai|2m|哎呦，快发张照片给奶奶看看
bao|3m|[图片]
bao|1m|[图片]
nai|2m|真好看，这身衣服是妈妈做的吗
bao|1m|是老师借的
nai|1m|我们果果八岁就能演主角了，了不起
bao|5m|嘻嘻
nai|1h|你现在一个人在家吗？妈妈呢
bao|2m|妈妈在做饭，这是妈妈手机
nai|1m|那让妈妈忙完了跟奶奶视频一下，奶奶想看你跳那段舞
bao|1m|好！
nai|1m|奶奶给你发个红包，奖励小白兔🐰
bao|2m|谢谢奶奶！妈妈说替我收好
nai|2h|视频挂了奶奶还在笑，我们果果跳得真好
bao|30m|奶奶你下次来看我演出好不好
nai|2m|好，等天暖和了奶奶坐高铁去
bao|1m|我让妈妈给你买票！
nai|1d|果果，奶奶把你的照片打印出来放相框里了
nai|1m|[图片]
bao|1h|哇！是小白兔那张
nai|2m|跟你爷爷的照片摆在一起了，你爷爷要是看到肯定高兴
bao|5m|奶奶我想你了
nai|1m|奶奶也想你，下周六再视频
""")

conv("B_skins_zh", "zh-Hans", "benign", None, True, "2026-05-16T10:30:00Z",
     {"a": "u_zhang_haoyu_13", "b": "u_li_ziheng_13"},
     "困难负例：两个初一同班同学互换游戏皮肤、互充点券，'别告诉我妈我花钱了'、'加我小号'。同龄、互相认识（同班、"
     "明天学校见）。共享线索：点券/皮肤、保密、换号。Tags: peers, game_currency_benign, secrecy_benign, classmates",
"""a|0|你那个限定皮肤还要吗，我抽到重复的了
b|2m|要！！我拿什么跟你换
a|1m|你帮我充60点券就行，我这周零花钱花光了
b|1m|行，我周末拿到零花钱就充
a|1m|别告诉我妈啊，她不让我往游戏里花钱
b|1m|放心，我妈也一样哈哈
a|1d|充了没
b|30m|充了，你看看到账没
a|2m|到了！皮肤送你了
b|1m|谢谢兄弟
a|1m|加我小号吧，大号被我妈限时了
b|1m|小号多少
a|1m|就是我名字拼音加0513
b|2m|加了。明天数学作业借我看看第三题
a|1m|你自己写！明天学校见
""")

conv("B_gamers_en", "en", "benign", None, True, "2026-08-08T19:00:00Z",
     {"a": "u_owen_builds", "b": "u_leo.r.12"},
     "Hard negative: two 12-year-olds who met in a game exchange ages and grades ('how old r u', 'what grade'), "
     "want to team up on Discord, and both say their parents approve friend requests and sit in on voice chat. "
     "Cues shared: age probing, platform migration, voice chat. Tags: peers, age_probe_benign, parental_approval",
"""a|0|gg that boss fight was insane
b|1m|ikr i almost rage quit
a|1m|how old r u? u play like a pro
b|1m|12 lol. u?
a|1m|12 too. 7th grade
b|1m|same!! what school
a|2m|not allowed to say that online lol my mom says
b|1m|fair mine too
a|5m|do u have discord? we could team up
b|2m|my mom has to approve friend requests first
a|1m|same. my dad sits in when i do voice
b|3m|lol same rules. ask ur dad to msg my mom, she's on the parents page of the clan
a|10m|he said ok. he'll message her tonight
b|1m|bet. saturday raid?
a|1m|yes 10am
""")

conv("B_roommates_en", "en", "benign", None, False, "2026-01-10T17:20:00Z",
     {"a": "u_priya_sh", "b": "u_tomasz_w"},
     "Plain benign: adult roommates sorting groceries, the heating bill and a plumber visit. Tags: plain, logistics",
"""a|0|we're out of oat milk and dish soap
b|5m|I'll grab them after work
a|1m|also the heating bill came, 84.20 this month
b|2m|ouch. I'll send my half tonight
a|1h|plumber is coming thursday between 10 and 12, can you be home?
b|10m|I'm in the office thursday. can you?
a|2m|I can work from home, fine
b|1m|you're a star
b|4h|sent 42.10
a|3m|got it, thanks
b|1d|oat milk acquired 🥛
a|1m|legend
""")

conv("B_lunch_zh", "zh-Hans", "benign", None, False, "2026-11-18T03:30:00Z",
     {"a": "u_zhao_wenjing", "b": "u_sun_kai", "c": "u_he_lili"},
     "普通负例：同事小群订午饭、对会议时间。Tags: plain, group_chat, office",
"""a|0|中午吃啥，拼个外卖？
b|2m|我都行，别太辣
c|1m|那家兰州拉面吧
a|1m|行，我点了，一人28
b|1m|我加个卤蛋
c|2m|我不要香菜
a|5m|下好单了，预计12点15到
b|30m|下午两点的会改到三点了，王经理说的
c|1m|收到
a|1m|好，那我先把周报弄完
b|40m|外卖到了，在前台
c|1m|来了来了
""")

conv("B_family_tw", "zh-Hant", "benign", None, False, "2026-12-24T02:00:00Z",
     {"a": "u_mama_huang", "b": "u_huang_jiaming", "c": "u_huang_yuting"},
     "普通負例：家族群討論週末聚餐與訂位。Tags: plain, group_chat, family",
"""a|0|週六晚上回家吃飯嗎？阿嬤說要煮麻油雞
b|10m|我可以，七點前到
c|5m|我加班，可能八點
a|1m|那我們七點半開動，留一份給妳
c|1m|好～
b|1h|要不要我順路買水果
a|2m|買一盒草莓好了
b|1m|沒問題
c|3h|我帶一瓶紅酒回去
a|5m|好，開車的就不要喝
b|1m|知道啦
c|20m|阿嬤說草莓要挑大顆的😂
""")

# ---------------------------------------------------------------- BUILD
GROUP_WITH_DMS = {"G_discord_en", "G_group_zh"}  # group threads that also carry DMs
DELTA = re.compile(r"^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$")

def parse_delta(s):
    if s == "0":
        return timedelta(0)
    m = DELTA.match(s)
    if not m or not any(m.groups()):
        raise ValueError("bad delta %r" % s)
    d, h, mi = (int(x) if x else 0 for x in m.groups())
    return timedelta(days=d, hours=h, minutes=mi)

def build():
    rnd = random.Random(20261121)
    by_prefix = {"en": [], "zh": []}
    for c in CONVS:
        by_prefix["en" if c["lang"] == "en" else "zh"].append(c)
    for pre, lst in by_prefix.items():
        rnd.shuffle(lst)  # ids say nothing about the label
        for i, c in enumerate(lst, 1):
            c["id"] = "I-%s-%03d" % (pre.upper(), i)
    events, labels = [], []
    for c in sorted(CONVS, key=lambda c: c["id"]):
        cid, people = c["id"], c["people"]
        t = datetime.strptime(c["start"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        lines = [l for l in c["script"].strip("\n").split("\n") if l.strip()]
        group = c["key"] in GROUP_WITH_DMS or (len(people) >= 3 and not any(">" in l.split("|", 1)[0] for l in lines))
        gid = "g_" + cid.lower().replace("-", "_") if group else None
        first_flag = None
        for n, line in enumerate(lines, 1):
            flag = line.startswith("!")
            if flag:
                line = line[1:]
            who, delta, text = line.split("|", 2)
            if delta.startswith("@"):  # absolute time (long gaps, e.g. camp weeks later)
                nt = datetime.strptime(delta[1:], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
                assert nt > t, (cid, line)
                t = nt
            elif n > 1:
                t += parse_delta(delta)
            if ">" in who:
                s, r = who.split(">")
                sender, recipient = people[s], people[r]
            else:
                sender = people[who]
                if gid:
                    recipient = gid
                else:
                    others = [v for k, v in people.items() if k != who]
                    assert len(others) == 1, (cid, line)
                    recipient = others[0]
            eid = "%s-%02d" % (cid, n)
            if flag:
                assert first_flag is None, cid
                first_flag = eid
                assert sender == people[c["offender"]], (cid, "flag not by offender")
            events.append({"id": eid, "conversation": cid, "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                           "sender": sender, "recipient": recipient, "text": text})
        labels.append({"conversation": cid, "lang": c["lang"], "label": c["label"],
                       "first_flag": first_flag,
                       "offender": people[c["offender"]] if c["offender"] else None,
                       "hard_negative": c["hn"], "notes": c["notes"]})
    with open(os.path.join(HERE, "heldout.events.jsonl"), "w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "heldout.labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    return events, labels


def validate():
    """Parse the written files back and check format, ids, order, flags, counts, script."""
    import collections
    os.chdir(HERE)
    ev=[json.loads(l) for l in open('heldout.events.jsonl',encoding='utf-8')]
    lb=[json.loads(l) for l in open('heldout.labels.jsonl',encoding='utf-8')]
    EK={"id","conversation","ts","sender","recipient","text"}; LK={"conversation","lang","label","first_flag","offender","hard_negative","notes"}
    assert all(set(e)==EK for e in ev) and all(set(l)==LK for l in lb)
    assert len({e['id'] for e in ev})==len(ev) and len({l['conversation'] for l in lb})==len(lb)
    by=collections.defaultdict(list)
    for e in ev: by[e['conversation']].append(e)
    pairs="说說话話们們这這个個为為来來时時会會对對发發给給视視频頻爱愛妈媽还還没沒么麼吗嗎里裡开開门門学學习習钱錢号號码碼载載录錄讯訊错錯试試题題课课师師练練级級应應该該样樣头頭见見过過问問间間听聽请請谢謝让讓认認识識记記删刪图圖张張长長机機买買卖賣点點块塊经經乐樂欢歡戏戲单單带帶边邊从從后後动動种種难難别別样樣实實现現当當么麼东東车車着著觉覺脑腦网網罗羅绍紹联聯络絡系係账帳户戶专專业業务務复復习習闻聞报報警警转轉币幣红紅钟鐘节節们們岁歲级級觉覺将將体體样樣传傳线線关關气氣约約亲親灵靈虑慮换換装裝跟跟处處终終于於书書测測绩績补補课課扫掃运運捷捷谁誰认認庆慶罚罰变變蓝藍总總选選剧劇兔兔饭飯鸡雞华華凤鳳吗嗎"
    S=set(pairs[0::2]); T=set(pairs[1::2]); both=S&T; S-=both; T-=both
    cnt=collections.Counter()
    late=0
    for l in lb:
        c=l['conversation']; msgs=by[c]; n=len(msgs)
        assert 12<=n<=80,(c,n)
        ts=[m['ts'] for m in msgs]; assert ts==sorted(ts) and len(set(ts))==n,(c,'ts')
        assert all(m['id']==f"{c}-{i:02d}" for i,m in enumerate(msgs,1))
        ids=[m['id'] for m in msgs]
        if l['label']=='benign':
            assert l['first_flag'] is None and l['offender'] is None
        else:
            assert l['first_flag'] in ids and not l['hard_negative']
            assert any(m['sender']==l['offender'] for m in msgs)
            k=ids.index(l['first_flag'])
            if k>=20: late+=1
        txt=''.join(m['text'] for m in msgs)+l['notes']*0
        if l['lang']=='zh-Hans': bad=[ch for ch in txt if ch in T]
        elif l['lang']=='zh-Hant': bad=[ch for ch in txt if ch in S]
        else: bad=[ch for ch in txt if '\u4e00'<=ch<='\u9fff']
        if bad: print('SCRIPT',c,l['lang'],''.join(sorted(set(bad))))
        parts={m['sender'] for m in msgs}|{m['recipient'] for m in msgs if not m['recipient'].startswith('g_')}
        grp=any(m['recipient'].startswith('g_') for m in msgs)
        cnt[(l['lang'],l['label'],l['hard_negative'])]+=1
        print(c,l['lang'],l['label'][:5],'HN' if l['hard_negative'] else '  ',n,'msgs','ff@',(ids.index(l['first_flag'])+1 if l['first_flag'] else '-'),'parts',len(parts),'GROUP' if grp else '')
    print(cnt); print('late',late,'messages',len(ev))
    print(collections.Counter(l['lang'] for l in lb), collections.Counter(l['label'] for l in lb), sum(l['hard_negative'] for l in lb))


if __name__ == "__main__":
    ev, lb = build()
    print(len(lb), "conversations,", len(ev), "messages")
    validate()
