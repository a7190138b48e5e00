#!/usr/bin/env python3
"""Generate held-out conversation set J (synthetic; grooming / sextortion / benign).

Everything here is invented. No real people, handles, numbers or accounts.
Written from the point of view of a school social worker (Taiwan / Malaysia) who runs
online-safety workshops for 10-16-year-olds. Non-graphic throughout.

Script DSL per conversation (one message per line):
    A: text              -> sender A, recipient = the other party (2-party) or the group id
    A>B: text            -> explicit recipient (a DM inside a group conversation)
    !A: text             -> this message is first_flag
    ~15m / ~3h / ~2d     -> time jump before the next message (default gap 1-7 minutes, seeded)
Start times are written in local time (UTC+8: Malaysia / Taiwan) and stored as UTC.

Run:  python3 gen_conversations.py   (writes heldout.events.jsonl, heldout.labels.jsonl)
"""
import json
import os
import random
import re
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
LOCAL_OFFSET = timedelta(hours=8)

C = []  # conversations


def conv(key, lang, label, hn, offender, start, parts, notes, style, lines, group=None):
    C.append(dict(key=key, lang=lang, label=label, hn=hn, offender=offender, start=start,
                  parts=parts, group=group, notes=notes, style=style, lines=lines))


# ---------------------------------------------------------------- GROOMING (11)

conv("g_tutor_en", "en", "grooming", False, "T", "2026-03-02 20:10",
     dict(T="u_mr_haris_tuition", S="u_qistina.w"),
     "Private maths/science tutor (online tuition) helps with homework for weeks; after ~24 ordinary "
     "messages shifts to private compliments, asks whether mum checks her phone, 'don't tell your mum', "
     "offers extra free class at his place. first_flag = first supervision probe ('does your mum check your phone'); the 'more mature / you are different' compliment two messages earlier is a borderline precursor, homework praise is not.",
     "malaysian-english; manglish particles; tutor-authority; late-onset; slow-burn",
     """
S: sir sorry to disturb, the algebra worksheet q7 i dont understand
T: No problem Qistina. Send me a photo of your working
S: [photo]
T: You moved the -3 to the other side but forgot to flip the sign. Try again
S: oh ya. x = 5?
T: Correct. See, you can do it
S: thank u sir
~2d
S: sir is the trial exam chapter 1 to 6 or until 7
T: Teacher Lim said until 6 right? Then focus 1-6. Chapter 7 only a bit
S: ok. my mum ask can change thursday class to wednesday
T: Wednesday 8pm ok. Tell mum I confirm
S: ok sir
~1d
S: sir i got 18/20 for the quiz!!
T: Wah good job. Last month you were 11/20 you know
S: hehe bcs u explain better than my school teacher
T: Your school teacher got 40 students, I only need to look at you. Keep it up
S: ok 👍
~3d
S: sir the science folio need pictures of plants cell, can use from google?
T: Can, but draw one yourself also, teachers like that
S: ok
T: Did you eat dinner already? You always message at 10pm
S: after tuition then eat lol. mum work late so i eat maggi
T: Maggi again ah. Must eat properly, you are growing
S: haha ok
~1d
S: sir thank you for the notes just now
T: Welcome. You know you are different from my other students right
S: different how
T: More mature. You think before you answer. I like talking to you
S: hehe ok thanks sir
!T: Does your mum check your phone? Just asking because I don't want her to misunderstand when I message late
S: sometimes only. she very tired after work
T: Ok then better don't tell your mum I message you at night. She will think I'm disturbing your study
S: oh ok
T: Our chats just between us ok. You can tell me anything, I won't judge like your mum
S: ok sir
~2d
T: You free Saturday? I can give you extra class at my place, no charge. Just you
S: my mum need to send me, she work saturday
T: I can fetch you at the bus stop near your school. No need tell her it's extra class, just say you go library
S: hmm ok i think
T: Wear something nice, not the school uniform. Send me a photo before so I know what you wear, easier to find you
""")

conv("g_gaming_zh", "zh-Hans", "grooming", False, "B", "2026-04-10 19:30",
     dict(B="u_大刘哥_mc", K="u_小鱼丸233", P="u_阿泽zz", Y="u_yoyo_草莓"),
     "类 Minecraft 服务器群聊：成年'大哥'在群里帮孩子建房、送皮肤，20+ 条普通群聊后私聊一个孩子，"
     "问爸妈在不在、让删聊天记录、要求开视频。offender 在群里和私聊里都出现；群消息 recipient = 群 id。",
     "group-chat; gaming; currency(皮肤/钻石); platform-migration; obfuscation(扣扣→🐧, 视→sp); late-onset",
     """
K: 今晚谁上服？我要把村民交易所盖完
P: 我写完作业就来 数学好多
Y: 我妈说只能玩到九点半
B: 都来 我开了新的生存地图 种子发群里了
B: 种子 -48817302 出生点旁边有村庄
K: 哇 大刘哥牛
P: 有没有钻石
B: 往下挖到 -58 层 自己找 哈哈
~40m
Y: 我被苦力怕炸了 房子没了😭
B: 别哭 我给你补 你坐标发我
Y: x 212 z -90
B: 好了 帮你把墙换成石砖了 苦力怕炸不动
Y: 谢谢大刘哥！！
K: 偏心 我也要
B: 都有都有 明天给你们每人一套新皮肤
~1d
P: 大刘哥你几岁啊 天天在线
B: 老了老了 打工人 下班就玩
K: 我爸说玩游戏的大人都很奇怪 哈哈
B: 哈哈 你爸说得对 我是奇怪的大哥
Y: 皮肤收到了！！粉色兔子好可爱
B: 喜欢就好 yoyo 最有眼光
P: 明天考英语 我先下了
K: 我也要背单词 拜拜
Y: 我还可以玩十分钟
~2m
B>Y: 私聊你一下 别在群里说 他们会吃醋
Y>B: 好啊 什么事
B>Y: 我还有一套限定皮肤 只给你一个人
Y>B: 真的吗！
!B>Y: 你爸妈现在在家吗 在你旁边不
Y>B: 我妈在洗碗 我在房间
B>Y: 那我们聊的别给她看哦 大人不懂游戏 会乱想 聊完记得删
Y>B: 哦 好
B>Y: 加我🐧吧 这里不方便 号 x x x x x x x x x
Y>B: 我没有qq 我妈不给装
B>Y: 那明晚九点半你妈睡了 我们 sp 一下 我教你建城堡 顺便看看你本人
Y>B: sp是什么
B>Y: 视频啦 就几分钟 开摄像头 别跟群里的人讲 这是我们的秘密
Y>B: 我有点怕
B>Y: 怕什么 大哥又不会害你 皮肤都送你了 这点都不信我？
""", group="g_mc_村民交易所")

conv("g_kpop_hant", "zh-Hant", "grooming", False, "S", "2026-05-18 21:05",
     dict(S="u_starlight_casting_kr", G="u_芊芊_0417"),
     "自稱韓國經紀公司練習生星探的成年人私訊國中女生：稱讚、問年齡學校與父母、要求保密、要求穿短裙拍'定裝照'"
     "並視訊試鏡。孩子的年齡由補習班、段考、手機被收走看出。",
     "taiwan-mandarin; impersonation(talent-scout); flattery; secrecy; image-request; no-obfuscation",
     """
S: 嗨～我是 Starlight 娛樂台灣區的 casting，看到妳跳 NewJeans 的翻跳影片，動作很有感覺
G: 真的假的😳 那是我跟同學在學校走廊拍的
S: 真的，我們正在找新一代練習生，台灣區只有幾個名額
G: 哇 可是我跳很爛
S: 不會，鏡頭感是天生的，技巧可以練。妳現在幾年級？
G: 八年級
S: 那剛好，公司最喜歡 14 歲左右開始訓練
G: 我要先問我媽嗎
!S: 先不要喔，很多家長聽到韓國就直接拒絕，等妳通過第一輪再說，到時候公司會正式聯絡
G: 好吧
S: 妳平常幾點可以用手機？
G: 補習班下課十點以後 我媽 11 點會收手機
S: 那我們 10 點到 11 點聊。第一輪要交定裝照，要全身、穿短一點的裙子，不要制服
G: 一定要短裙喔
S: 評審要看比例，大家都這樣。拍好私訊給我就好，不要發限動
G: 嗯
~1d
S: 照片呢？明天截止了喔
G: 我昨天段考 還沒拍
S: 我幫妳保留名額了，別讓我難做。今晚拍，然後我們視訊試鏡 5 分鐘
G: 要在哪裡視訊
S: 妳房間就好，門關起來，不要讓家人進來，會影響妳表現
G: 我覺得怪怪的
S: 妳想不想出道？其他女生搶著要這個機會，妳是我最看好的，不要讓我失望
""")

conv("g_football_en", "en", "grooming", False, "C", "2026-02-06 18:40",
     dict(C="u_coach.darren_u14", J="u_jayden_08", M="u_mum_of_jayden"),
     "Youth football assistant coach: ~22 ordinary messages about training, boots, results (mum copied early on), "
     "then moves to private DMs, offers lifts home alone, asks about parents' schedule, gifts (boots), asks him to keep it "
     "quiet and 'delete this'. first_flag = lift offer that excludes the parent plus 'don't mention to mum'.",
     "malaysian-english; sports-coach; approach(lifts); gifts; supervision-probing; late-onset",
     """
C>M: Hi Mdm, Darren here, assistant coach U14. Training moved to 5.30pm Saturday at the padang
M>C: Ok noted thanks coach. Jayden will be there
C>J: Jayden bring your shin guards this time ok
J>C: ok coach sorry last week forgot
~2d
J>C: coach we won 3-1!! u saw my assist?
C>J: Saw. That through ball was class. Keep your head up like that
J>C: hehe thanks
C>J: Next week we play the team from Klang. Sleep early the night before
J>C: ok
~3d
J>C: coach my boots torn already
C>J: Size?
J>C: 7
C>J: I see if the club got spare pairs
J>C: thank u coach
~2d
C>J: Found a pair. Adidas, almost new
J>C: woah serious
C>J: Don't tell the others, only got one pair
J>C: ok coach
C>J: How you going home after Tuesday training?
J>C: usually my mum fetch but she got night shift this month
C>J: Then how
J>C: walk to the LRT
!C>J: Late already and dark. I drive you. Just you, don't need to mention to your mum, she'll feel paiseh
J>C: ok can
C>J: What time your mum finish night shift?
J>C: 2am. my sister sleep already by 11
C>J: So nobody home after training. You can come my place first, shower, play FIFA, I send you back later
J>C: wah ok best
C>J: Our thing ok. Delete this chat, coach not supposed to give favours, later other parents complain
J>C: ok deleted
""")

conv("g_neighbour_zh", "zh-Hans", "grooming", False, "N", "2026-06-03 19:20",
     dict(N="u_陈叔_B栋", L="u_乐乐_小学霸"),
     "楼上邻居（成年男子）在孩子父母上夜班时私信：先送零食、帮修 WiFi，随后问爸妈几点回来、叫孩子一个人过来、"
     "要求不要告诉爸妈、让删记录。孩子年龄由'作业本'、'老师要家长签名'显示。",
     "malaysian-chinese / mainland mixed; neighbour; supervision-probing; secrecy; approach; gifts(零食/红包)",
     """
N: 乐乐，我是楼上的陈叔，你妈妈说你家 WiFi 坏了？
L: 对 陈叔 我上不了网课
N: 路由器重启试试，红灯还是绿灯
L: 红的
N: 我下来帮你看 五分钟
~30m
L: 好了！谢谢陈叔
N: 小事 买了一包薯片放你门口了
L: 哇谢谢
~2d
N: 今天你爸妈又加班？
L: 嗯 他们十点多才回来
N: 作业写完了吗
L: 还有数学 老师要家长签名 可是他们回来我都睡了
!N: 你一个人在家怕不怕？晚上可以上来陈叔家，我教你数学，别跟爸妈说，他们会觉得麻烦我
L: 可以吗
N: 可以，记得你爸妈问就说一直在家写作业
N: 这是我们俩的小秘密哦 给你发个红包 买文具
L: 谢谢陈叔🧧
~1d
N: 今晚几点他们回来？
L: 十一点
N: 那九点上来。穿睡衣就行，不用换。来之前把我们的聊天删了
L: 为什么要删
N: 你妈看到会骂你乱跑，删了就没事
""")

conv("g_mentor_en", "en", "grooming", False, "A", "2026-01-14 21:30",
     dict(A="u_inkwell_art", R="u_rae.draws"),
     "Adult 'art mentor' on a drawing Discord befriends a kid posting fan art; age shown by exams, bedtime, mum taking phone. "
     "Flattery ('mature for your age'), only-I-understand-you, moving to a private app, asks for a photo of her 'to draw a portrait', then private video.",
     "english; art-community; exclusivity; platform-migration(Telegram); image-request; compliance-test",
     """
A: your lineart on that fox oc is really clean. how long you been drawing?
R: since P4 lol. thank u!!
A: Primary 4? so like a few years. you're better than half the adults on this server
R: omg no way
A: serious. want some tips on shading fur?
R: yes pls
A: use a multiply layer, warm grey, lower opacity. then soft eraser for the light side
R: TRYING IT
R: omg it looks so much better
A: told you. you learn fast. you're mature for your age, most kids don't take critique this well
R: hehe my art teacher says i dont listen
A: teachers don't get artists. I get you
~1d
R: cant draw tonight, exam week. mum will take my phone at 10
A: what exams?
R: mid year. sci and bm tomorrow
!A: ugh. does she read your messages when she takes it?
R: no she just charges it in her room
A: good. better if we talk on telegram anyway, discord mods are nosy. my @ is inkwell_atelier
R: ok i download later
~2d
A: hey it's me on tg. did you delete the discord dms?
R: no why
A: just to be safe, people screenshot and twist things. you're my favourite student, don't want drama
R: ok done
A: I want to paint you as my next portrait piece. send me a selfie? no filter
R: my hair is messy lol
A: that's fine. one more, standing, so I can get proportions. just for the reference, nobody sees it
R: uh maybe tmr
A: you said you trusted me. just one. then later a quick video call so I can see the lighting in your room
""")

conv("g_badminton_zh", "zh-Hans", "grooming", False, "C", "2026-07-01 17:45",
     dict(C="u_黄教练_羽球", X="u_欣怡_xy", D="u_欣怡妈妈"),
     "羽毛球俱乐部教练：前 22 条是正常训练安排（家长在场），之后单独私信孩子：'你比同龄人成熟'、问是不是一个人睡、"
     "让她别告诉妈妈、叫她加小号、约她单独'加练'并住他家。first_flag = '你晚上一个人睡一个房间吗'（紧跟'比同龄人懂事'，教练问睡房安排即属监护探测）。",
     "mainland/malaysian mandarin; coach; late-onset; isolation; platform-migration(小号, V❤); approach",
     """
C>D: 欣怡妈妈好，本周六训练改到 3 点，体育馆 B 场
D>C: 好的黄教练，谢谢通知
C>X: 欣怡，拍子线断了记得拿去穿线
X>C: 好的教练 我周五去
~2d
X>C: 教练 区赛报名表要家长签字吗
C>X: 要，周六交给我
X>C: 好
X>C: 教练 周六要带水壶吗 上次的丢了
C>X: 带，体育馆的饮水机坏了
X>C: 好的
C>D: 欣怡这段时间步伐进步很大
D>C: 谢谢教练 她在家也有练跳绳
~3d
X>C: 教练我今天发球又下网了😭
C>X: 别急，拍面放松，手腕最后再发力
X>C: 嗯嗯
C>X: 周三可以早半小时来，我单独帮你练发球
X>C: 好啊 我跟妈妈说
~2d
X>C: 教练 我期中考考砸了 妈妈说再考不好就不让我打球
C>X: 别难过，大人都只看分数
X>C: 嗯
C>X: 你比同龄的孩子懂事多了，教练看得出来
X>C: 真的吗
!C>X: 真的。你晚上一个人睡一个房间吗？
X>C: 对 妹妹跟妈妈睡
C>X: 那以后不开心就晚上找我聊，别跟妈妈说，她只会骂你。我们说的话别让她看到
X>C: 好
C>X: 加我另一个号吧，这个号家长都在。V❤ huang_coach_0x
X>C: 加了
C>X: 区赛前一晚你来我家住，我家离体育馆近，早上直接带你去，加练到晚一点
X>C: 妈妈会同意吗
C>X: 就说住队友家，别说我家，不然她又要问东问西
""")

conv("g_fakepeer_hant", "zh-Hant", "grooming", False, "F", "2026-08-20 22:15",
     dict(F="u_小晴晴_15", M="u_阿翔_ㄏㄏ"),
     "在匿名聊天 app 上假扮 15 歲女生的成年人：20+ 條普通的段考、補習班、手遊閒聊後，開始問家人是否在家、"
     "要求保密、要私密照並約見面『我哥開車去接你』。孩子是國二男生。offender = 假同齡帳號。",
     "taiwan-mandarin; fake-peer; late-onset; zhuyin(ㄙ密照); approach(pickup); secrecy",
     """
F: 你也是新竹的喔
M: 對啊 竹北
F: 我在東區 你幾年級
M: 國二 妳咧
F: 國三 要會考了 好煩
M: 加油 我們段考下禮拜
F: 你補習嗎
M: 數理 一三五
F: 我全科 每天都十點才回家😩
M: 好慘 哈哈
~1d
F: 你玩傳說嗎
M: 有啊 我主玩打野
F: 那改天一起
M: 好 妳牌位多少
F: 白金 你咧
M: 鑽石三
F: 哇 大神 帶我
~1d
M: 今天數學考超爛
F: 幾分
M: 62 我爸會殺了我
F: 別怕 我也常考爛
M: 妳爸媽會罵嗎
F: 他們離婚了 我跟我哥住 沒人管我
M: 喔
F: 你爸媽都幾點睡
M: 11 點多 他們會收平板
F: 那手機咧
M: 手機在我這
!F: 那我們半夜偷聊 不要跟你爸媽講喔 他們會以為你交女朋友
M: 好啊
F: 我們交換一張ㄙ密照好不好 證明你把我當自己人 我先傳
M: 什麼是ㄙ密照
F: 就是只給對方看的 拍完就刪
M: 我不要
F: 那禮拜六出來玩 我哥開車去你們學校門口接你 不要跟同學說
""")

conv("g_photographer_zh", "zh-Hans", "grooming", False, "P", "2026-09-05 16:30",
     dict(P="u_光影工作室_阿哲", Q="u_琪琪不吃香菜"),
     "自称摄影师的成年人在社交平台私信初中生：夸'有上镜感'，提出免费拍校服写真、给模特费，问年龄和父母，"
     "要求不带家长、保密、先发'试镜照'。含拼音缩写和谐音。",
     "mainland mandarin; photographer-lure; money(模特费); secrecy; pinyin(zp/jm); homophone(薇); approach",
     """
P: 你好 看到你发的运动会照片 很有上镜感
Q: 谢谢 那是我同学拍的
P: 我是做青春校园主题摄影的 最近缺模特 有兴趣吗
Q: 要钱吗
P: 不用 反而给你模特费 一次 300
!P: 你现在初几？爸妈管得严不严
Q: 初二 我妈比较严
P: 那先别跟她说 等拍完给她看成片她就放心了
Q: 哦
P: 穿你们学校的校服就行 那个最有感觉
P: 先发两张 zp 给我看看状态 要全身的 在房间拍就好
Q: 我放学再拍
~3h
Q: [photo]
P: 很好 再换一张 坐床上那种 放松一点
Q: 为什么要在床上
P: 摄影就是要自然 别想太多
P: 周六下午来我工作室 就在地铁站旁边 自己来 不要带同学 人多你会紧张
P: 加个薇 方便联系 jm 前一天再确认
""")

conv("g_esports_en", "en", "grooming", False, "E", "2026-10-02 20:00",
     dict(E="u_vortex_mgr", H="u_hakim.gg", Z="u_zzy_fps", W="u_wei_support"),
     "Adult 'team manager' of an amateur esports squad in a team group chat of teens: 20+ ordinary scrim/schedule messages, "
     "then DMs one player: paid 'pro contract', asks if parents check phone, keep it secret, asks him to come alone to a "
     "'boot camp' hotel room and for a shirtless 'jersey fitting' photo. Group messages have recipient = group id.",
     "malaysian-english; gaming slang; group-chat; money/gifts; late-onset; compliance-test; approach",
     """
E: scrim tonight 9pm vs Team Nakara, be online 8.45
H: ok
Z: cant, tuition till 9.15 😭
W: i can sub mid
E: ok Wei you mid. Zzy join after
Z: sorry boss
~3h
H: gg that was close
W: their jungler cracked
E: decent. Hakim your rotations were clean
H: tq boss
Z: next one i play pls
E: Thursday. everyone revise the smoke lineups I sent
~2d
W: boss my dad say cannot play weekday after 10 already, SPM trial coming
E: understood. school first
Z: same my mum check my phone at 10.30
E: lol ok. Saturday then, 2pm
H: ok
W: ok
~1d
E: new jerseys coming, send me sizes
H: M
Z: L
W: M
~20m
E>H: Hakim, private msg. You're the best player here, sponsor wants to offer you a small contract, RM300 a month
H>E: wah serious?? 
E>H: Serious. Don't tell the others, they'll be jealous
!E>H: Your parents check your phone also? This one better they don't see until it's confirmed
H>E: my dad sometimes. mum no
E>H: Then delete after reading. Next month boot camp, I booked a hotel room, just you and me for 1-on-1 coaching
H>E: overnight?
E>H: Weekend. Tell your dad it's a school camp. Also the jersey fitting, send me a photo without shirt so I can measure, sponsor needs it
H>E: cannot just give size ah
E>H: Other pros all did it. You want the contract or not
""", group="g_team_vortex_squad")

conv("g_livestream_zh", "zh-Hans", "grooming", False, "V", "2026-11-08 20:40",
     dict(V="u_榜一大哥_老K", T="u_甜甜唱歌ing"),
     "直播平台'榜一大哥'给一个唱歌的女孩刷礼物，私信问年级、爸妈在不在，要求下播后连麦、换到别的软件、"
     "开摄像头单独'唱给他听'，并给钱换'只给我看'的视频。孩子年龄由'晚自习''班主任收手机'显示。",
     "mainland mandarin; livestream; currency(礼物/火箭/红包); homophone(微→威); pinyin(lm/sp); secrecy",
     """
V: 今天唱得真好 给你刷了三个火箭
T: 谢谢大哥！！！🙏
V: 你声音很干净 比那些大主播好听
T: 嘿嘿 我只是随便唱唱
V: 你几点下播？
T: 九点半 要写作业 明天班主任检查
!V: 哦 还在上学啊 初几？爸妈在家不
T: 初三 他们在客厅看电视
V: 那下播后你回房间 我们 lm 一下 我单独点歌
T: 连麦我不太会
V: 我教你 加我威信 K_laoK_1988 这里私信会被系统看
~1d
V: 昨天怎么没加我
T: 我妈睡前会看我手机
V: 那你看完就删记录 我给你发 520 红包 当学费
T: 这么多😳
V: 你值得 以后只给大哥一个人唱 sp 的时候穿可爱一点
T: sp 是视频吗
V: 对 就我们俩 别让你同学知道 不然他们会眼红
""")

# ---------------------------------------------------------------- SEXTORTION (8)

conv("s_videocall_hant", "zh-Hant", "sextortion", False, "B", "2026-04-22 21:00",
     dict(B="u_阿凱_隔壁國中", Y="u_yu_ting_0712"),
     "自稱『別校男生』的帳號與 14 歲女生（國二、段考、補習班）熟悉後視訊，事後宣稱有錄影，威脅發到她班群與 IG 限動，"
     "要求更多照片與再次視訊。非財務型、要更多影像。first_flag = 宣稱有錄影並威脅（之前視訊邀請屬同齡互動外觀）。",
     "taiwan-mandarin; non-financial sextortion; fake-peer; deadline; distribution-threat(班群/限動)",
     """
B: 欸妳是不是上次聯合運動會穿 17 號的
Y: 對啊 你哪位
B: 我 XX 國中的 阿凱 妳跑大隊接力很帥
Y: 哈哈謝謝
B: 妳國二嗎
Y: 對 你咧
B: 國三 快會考了
~1d
B: 今天補習完要不要視訊聊一下
Y: 我十點才到家
B: 那十點半 我也還在讀書
~3h
Y: 剛剛聊得好開心
B: 我也是 妳本人比照片可愛
~1d
!B: 昨天視訊我有錄起來喔 妳自己看 [image]
Y: 你為什麼要錄 快刪掉
B: 刪可以 今晚再視訊一次 照我說的做 不然我傳到妳們班群
Y: 拜託不要
B: 妳班群我找得到 還有妳 IG 的追蹤者 我截圖好了
Y: 我會跟我媽說
B: 妳說啊 妳媽看到影片會怎樣 十一點前上線 不要讓我等
""")

conv("s_gamecard_zh", "zh-Hans", "sextortion", False, "G", "2026-05-09 22:30",
     dict(G="u_晓雯_cute99", H="u_浩然_hr"),
     "假女生账号加 16 岁男生（高一、月考、零花钱），很快提议视频，录屏后威胁发给他的好友列表，"
     "要求游戏点卡卡密（点卡/充值卡），付一次后继续加码。财务型 sextortion。",
     "mainland mandarin; financial sextortion; fake-girl; payment(游戏点卡卡密); deadline; re-demand; homophone(视评)",
     """
G: 哈喽 通讯录推荐的 你好帅啊
H: 你是？
G: 晓雯 隔壁市的 看你打球视频好厉害
H: 哈哈 谢谢
G: 你高几
H: 高一 下周月考
G: 我也高一 我们视评聊一下呗 打字好累
H: 现在吗
G: 对呀 我开美颜 你别笑
~40m
!G: 刚才的视频我录屏了 你好友列表我也截了 你自己看 [image]
H: 你什么意思
G: 不想让你同学你爸妈看到 就买 500 的游戏点卡 把卡号卡密发我
H: 我没有那么多钱 我一个月零花钱才 200
G: 那是你的事 30 分钟内 不然先发你们班群
H: 求你了 我先买 200 的
G: 发来
H: 卡号 8821 **** 卡密 ……（已发）
G: 收到 还差 300 明天中午前 不然照样发
H: 我已经给了啊
G: 给了就想结束？发不发看你表现
""")

conv("s_cousin_en", "en", "sextortion", False, "K", "2026-03-15 19:00",
     dict(K="u_kev.ryzn", A="u_aisyah.k", F="u_farah_bff", N="u_nurul.n", L="u_liyana.x"),
     "A classmate's older cousin (adult) joins a girls' friends group for a 'birthday surprise', then privately threatens a "
     "13-14-year-old (Form 2) to post an embarrassing private photo in the class group unless she sends more and meets him. "
     "Ordinary group chat first (~23 messages); first_flag = his possession claim in DM. Group messages: recipient = group id.",
     "malaysian-english; known-offender; group-chat; distribution-threat(class group); late-onset; non-financial",
     """
F: guys nurul bday next fri!! surprise plan?
L: cake from secret recipe?
A: i can bring balloons
F: my cousin kev can help drive the stuff, i add him ok
K: hi all, Kev here. Farah's cousin. I can fetch the cake
L: ok tq abang Kev
A: thank u!!
F: nurul dont read this ok 🤫 oh wait she's not in this group lol
A: haha
~1d
L: budget rm10 each?
A: ok. i pay farah tmr at recess
F: ok
K: I'll cover the candles
L: uniform or baju kurung for the surprise
F: pe uniform easier, after pj
A: ok
~2d
F: cake collected! tq kev
K: No problem. You all enjoy
A: nurul cried 😭😭 so cute
L: best surprise
F: send pics here
A: [photo] [photo]
~1d
!K>A: Hi Aisyah. Remember the photo you sent Farah last month? The one you asked her to delete. She didn't. I have it
A>K: what photo
K>A: The one in your room. You know. Want me to post it in the class group? Everyone will see
A>K: pls dont abang. pls delete
K>A: Easy. Send me 3 more like that tonight and I delete
A>K: i cant
K>A: Then meet me after school Friday near the bus stop, alone. Don't tell Farah or your parents or I post it the same minute
A>K: im scared
K>A: 9pm deadline. Your choice
""", group="g_2Amanah_girls")

conv("s_ewallet_en", "en", "sextortion", False, "G", "2026-06-12 23:10",
     dict(G="u_sofea.xoxo", D="u_danish_17fm"),
     "Fake girl account on IG adds a 16-year-old boy (Form 4, SPM next year, pocket money), rapid flirting, moves to video, "
     "then collage threat with his followers and school; demands e-wallet transfer and game top-up. Financial sextortion.",
     "malaysian-english; financial sextortion; fake-girl; payment(e-wallet/top-up codes); collage; countdown; ruin-your-life",
     """
G: heyy u from SMK near taman jaya right? saw u at the futsal thing
D: ya haha who is this
G: sofea. u cute la 🙈
D: lol tq
G: u form 4?
D: ya. u?
G: same. bored, my parents outstation. video call?
D: now?
G: ya quick, on whatsapp. +60 11-xxxx xxxx
~50m
!G: look what i recorded 😂 [image] i made a collage with your followers and your school page
D: wtf delete that
G: RM500 thru e-wallet in 20 min or i send to every follower and your school IG
D: i dont have 500 im a student
G: then reload pins. digi/celcom/game cards. send the codes
D: i got rm150 only. pocket money
G: send. then rest tmr
D: sent the pin
G: not enough. another 350 by 8am. you want this to ruin your life?
D: pls i already paid
G: paying means you care. 8am
""")

conv("s_ex_zh", "zh-Hans", "sextortion", False, "E", "2026-02-20 20:30",
     dict(E="u_阿杰_jay", W="u_雯雯_ww"),
     "前男友（年纪稍大，已工作）与 15 岁女生前 20+ 条普通聊天（补习、班主任、零花钱），分手后威胁把她以前发的照片"
     "发到班群和她妈妈，要求复合、继续发照片。非财务型。first_flag = 首次以照片相威胁。",
     "mainland/malaysian mandarin; non-financial; ex-partner; late-onset; emotional blackmail(情绪勒索); threat to tell parents",
     """
E: 补习下课没
W: 刚下 累死
E: 我在楼下便利店 给你买了奶茶
W: 你怎么知道我要喝
E: 你每次都点珍珠少糖
W: 哈哈
~1d
W: 班主任又叫家长了 因为我上课睡觉
E: 谁让你半夜还玩手机
W: 还不是跟你聊天
E: 那今晚早点睡
W: 好
~2d
W: 我妈说这个月零花钱扣一半
E: 没事 我给你
W: 不用啦
E: 上班了 这点钱没事
~3d
W: 我们还是分开吧 我妈知道了 她说你太大了
E: 你妈懂什么
W: 我也觉得我们不合适 我要准备中考
E: 你再想想
W: 想好了 对不起
~1d
E: 你真的要这样？
W: 嗯
!E: 那你以前发给我的那几张照片 我发你们班群 再发给你妈 让她看看她的好女儿
W: 你疯了吗 你答应过删的
E: 想让我删 就回来 每天跟我视频 照片继续发
W: 我不要
E: 你不要？今晚十点前回我 不然我说到做到
W: 求你别这样
E: 是你先不要我的 别怪我
""")

conv("s_invitecode_zh", "zh-Hans", "sextortion", False, "M", "2026-08-01 23:40",
     dict(M="u_小美_陪聊", J="u_jun_wei_05"),
     "交友 App 上的'小美'约高中男生（周记、校服、学费）裸聊前让他安装带'邀请码'的视频 App（窃取通讯录），"
     "之后发出他通讯录截图并要求用支付宝/游戏点卡转账，反复加码。用谐音和拼音回避。first_flag = 对未成年人提出'落聊(裸聊)'。",
     "mainland mandarin; financial; contact-harvest app(邀请码); homophone(裸→落, 视频→视贫); pinyin(zfb); re-demand",
     """
M: 弟弟好 在干嘛
J: 写周记
M: 好乖 高几啦
J: 高二
!M: 姐姐一个人好无聊 要不要视贫 落聊也可以哦
J: 啊？
M: 下载这个 App 才能视贫 这个安全 邀请码 7729
J: 要填手机号吗
M: 对 还要允许通讯录 不然用不了
~1h
M: 你通讯录我都有了 [image] 你爸你妈你班主任 刚才的录屏要不要发给他们
J: 你不是说很安全吗
M: 转 3000 到 zfb 或者买游戏点卡 一小时内
J: 我只有学费里的 800
M: 先转 800 剩下明天
J: 转了
M: 还差 2200 不给就从你妈开始发
""")

conv("s_hijack_en", "en", "sextortion", False, "X", "2026-09-19 22:05",
     dict(X="u_mei.ling.lim", P="u_priya.s_"),
     "A classmate's hijacked account (same name/avatar) messages a 14-year-old girl pretending to be her friend, gets a "
     "'just for the dare' photo, then switches to threats and demands more images and gift-card codes. Offender = the "
     "hijacked account (report the account). first_flag = the 'dare' asking for a private photo from her room (image request + odd typing/'sister's phone' pretext).",
     "english; hijacked friend account; impersonation; compliance-test; gift-card; distribution-threat",
     """
X: priyaaaa u awake
P: ya why, mei u using new phone? ur typing weird
X: lol my sis phone. mine kena confiscated
P: haha same last week
X: ok truth or dare
P: dare obviously
!X: dare: send me the pic from ur room, the one u said u'd never post 😂
P: no way
X: cmon only me. i'll send mine
P: ok fine but delete
~30m
X: not mei btw. i have her account and now i have your pic. want me to post it on her story so your whole form sees?
P: who is this?? give mei back her acc
X: 2 more pics and 2 google play cards RM100 each. codes here. 1 hour
P: i'm telling my teacher
X: tell and it goes to your class group first. clock's running
""")

conv("s_agency_en", "en", "sextortion", False, "A", "2026-10-27 19:50",
     dict(A="u_glowteen_models", R="u_rachel_tan07"),
     "Fake 'teen model agency' asks a Form 3 girl for 'portfolio' pictures, then claims a signed 'contract' and threatens "
     "to send her pictures to her school and parents unless she pays a 'cancellation fee' or sends more. first_flag = 'send first, parent forms after' (bypassing the parent of a child who just said mum is at work).",
     "singapore/malaysian-english; fake agency; contract pretext; money + more images; distribution-threat(school)",
     """
A: Hi Rachel! GlowTeen Models here. Your TikTok has great energy. We're casting for a back-to-school campaign
R: omg really?
A: Yes! Paid shoot. First we need 4 portfolio photos. Casual, in your room is fine
R: ok my mum is at work, can ask her later?
!A: Campaign closes tonight, send first and we'll send parent forms after
R: ok [photo] [photo]
A: Nice. 2 more, less clothes, for the swimwear line
R: i dont want swimwear
~2h
A: You already agreed to our terms by sending. Cancellation fee is RM800, or send the 2 photos. Otherwise we forward your file to your school principal and your parents
R: i didnt sign anything
A: Check your DMs, terms were attached. You have until 10pm. We know your school from your uniform badge
R: im only 15
A: Then you'd better not let your parents find out. 10pm
""")

# ---------------------------------------------------------------- BENIGN (13; 10 hard negatives)

conv("b_tutorfee_zh", "zh-Hans", "benign", True, None, "2026-01-08 21:00",
     dict(T="u_林老师_数学补习", M="u_思涵妈妈"),
     "补习老师和家长谈学费、补课时间、作业、孩子月考成绩；提到'单独补课''孩子几岁/几年级''私聊'等表面线索，但全是成人之间的正常安排。",
     "hard-negative; malaysian-chinese; tutor-parent; fees; surface cues(单独/私聊/几年级)",
     """
M: 林老师您好，我是思涵的妈妈，朋友介绍您教数学
T: 您好！思涵现在几年级？
M: 初二（马来西亚中学的话就是 Form 2），下个月考试
T: 了解。我一对一是一小时 RM60，小组课 RM35
M: 一对一比较好，她小组里不敢问问题
T: 好的，周二周四晚上 8 点可以吗
M: 可以，地点在你家还是我们家？
T: 我可以上门，或者 Zoom。第一次我建议上门，看看她的作业本
M: 那上门吧，我们在 Taman Cheras 那边，地址我私聊发您
T: 好的，学费每个月初转账就好
~3d
T: 思涵妈妈，今天上课她有点累，作业我拍了发您
M: [photo] 收到，她昨晚补习班到十点
T: 理解。代数她基本掌握了，几何要多练
M: 好的。这个月学费 RM480 已经转了，麻烦查收
T: 收到，谢谢。收据我放她文件夹里
M: 她考完月考想停两个星期可以吗
T: 没问题，考完休息一下，回来我再帮她复习
~14d
M: 林老师，月考成绩出来了，数学 78，比上次多了 20 分！
T: 太好了！她自己也很努力
M: 她说想继续上，下个月开始可以改成一个星期一次吗？钱比较紧
T: 可以，一次 RM60，我把作业多留一点给她自己练
M: 谢谢老师体谅
T: 另外学校的补充练习册第 5 章她有问题可以拍照发我，我在群里或私聊回她都行，您也会看到
M: 好，她用我的手机发，我比较放心
T: 没问题，这样最好
M: 下星期二还是 8 点？
T: 对，8 点。提醒她带计算器
~1d
M: 老师，她问能不能带同学一起来，同学也想补几何
T: 可以，两个人的话各 RM40，要先问过同学家长
M: 好，我问她妈妈
""")

conv("b_coachgroup_en", "en", "benign", True, None, "2026-02-13 18:00",
     dict(C="u_coach.amir_u12", P1="u_dad_of_ethan", P2="u_mum_of_aiden", P3="u_mum_of_kai", K="u_kai.b"),
     "Coach's U12 team group with parents copied: lifts to an away match, carpool, drop-off times, 'I'll pick up the boys at 7'. "
     "Shares lift/pick-up surface cues with grooming but everything is open, parent-facing and group-visible.",
     "hard-negative; malaysian-english; group-chat; coach; pick-up logistics; parents copied",
     """
C: Parents, away match Saturday at Shah Alam. Kick-off 9am, please be at the stadium by 8.15
P1: Noted coach. Can I take 3 boys in my car
P2: Aiden needs a lift, I'm working Saturday morning
P1: I'll take Aiden, send me your address Mdm
P2: Thank you! Will PM
C: I'll drive the van also, 6 seats. Meeting point school gate 7am sharp
P3: Kai will go in the van. Coach, he gets carsick, I'll pack plastic bags 😅
C: No problem Mdm, he can sit in front
K: coach can i bring my own ball
C: Yes Kai, write your name on it
~1d
C: Reminder: white jersey, black shorts, shin guards. Water bottle with name
P1: Is lunch provided?
C: Club provides nasi lemak after the match. Let me know allergies
P3: Kai no peanuts please
C: Noted
~1d
C: Boys back at school gate 1.30pm. Parents please be on time to collect
P2: Thanks coach and Mr Tan for the lift
P1: Anytime. Aiden was great company
C: Great game everyone, 2-2. Photos in the album
~4d
C: Training Tuesday as usual 5pm. Kai, Ethan, your parents asked about extra goalkeeping, I'll stay back till 6.30, parents please collect at the field
P3: Thanks coach, I'll be there 6.30
P1: I'll pick Ethan, can also send Aiden home, same taman
P2: That helps a lot, thank you Mr Tan
C: Mdm, Aiden's registration form for the state tournament still missing, need IC copy of parent and birth cert of player
P2: Will bring on Tuesday
C: Thanks. All forms to me by Friday, I'll submit to the association
K: coach can we get new jerseys
C: Committee is deciding, Kai. Parents, jersey fee RM45 if approved
P1: ok noted
""", group="g_u12_parents_team")

conv("b_grandpa_hant", "zh-Hant", "benign", True, None, "2026-02-10 10:00",
     dict(G="u_阿公_林", C="u_小安_0826"),
     "阿公用街口/LINE Pay 轉零用錢、過年紅包給孫子，問幾年級、功課、叫他別跟妹妹說先買什麼——"
     "表面上有『紅包』『轉帳』『不要跟媽媽說』等線索，但是家人間溫情對話。",
     "hard-negative; taiwan-mandarin; family; e-wallet(街口); red envelope; playful secrecy",
     """
G: 小安 阿公用街口轉 2000 給你 過年紅包
C: 謝謝阿公！！！收到了
G: 你現在幾年級了 阿公老了都記不住
C: 六年級 明年就國中了
G: 時間過真快 要好好讀書
C: 我這次月考數學 95
G: 好棒 阿公再多轉 500 獎勵你
C: 阿公你最好了
G: 不要跟你媽說 她又要說我寵你 哈哈
C: 哈哈她一定會知道
G: 那就說是阿公給的獎學金
~2d
C: 阿公 我用紅包買了新的書包跟一本漫畫
G: 很好 書包拍給阿公看
C: [photo]
G: 很帥 下次回台南阿公帶你去吃牛肉湯
C: 好！！暑假回去
G: 跟妹妹也說阿公想她
""")

conv("b_peerfriend_en", "en", "benign", True, None, "2026-03-28 16:30",
     dict(A="u_zara_plays", B="u_hana.m13"),
     "Two 13-year-olds who met in an online game: they ask each other's age and school, share a photo of their cat, "
     "talk exams and parents checking phones, suggest a video call with a sibling present. Age-appropriate throughout.",
     "hard-negative; english; same-age peers; age/school questions; 'video call'; parents-checking-phones",
     """
A: that was such a good round lol
B: ikr your builds are insane
A: how old r u btw? you sound like my age
B: 13, form 1. u?
A: 13 too! year 8 here in singapore
B: omg same age
A: do u have exams now
B: yes 😭 bm and geo next week
A: we have CA2. my mum takes my phone at 9 on school nights
B: mine checks my whatsapp randomly lol
A: same, she says its for safety
B: fair
~2d
B: look at my cat [photo]
A: SO CUTE what's his name
B: mochi
A: my sis wants to see. can we video call on saturday? my sis will be there she's obsessed with cats
B: ok but i ask my mum first
A: ya ofc
~1d
B: mum says ok, 3pm, in the living room
A: yay
B: bring ur sis
A: she's already excited lol
~3d
B: the call was so fun. mochi liked ur sis lol
A: she wont stop talking about him
B: haha my mum said ur sis is cute
A: dont tell her she'll be unbearable
B: did u finish ur geo project
A: almost. we need to draw a map of our neighbourhood
B: we did that in primary lol
A: ya its kinda baby
B: which game tonight
A: cant, grounded from games till exams over 😭
B: rip. after exams then
A: yes!! 2 weeks
~12d
A: EXAMS OVER
B: FINALLY. online at 8?
A: mum says till 9.30 only
B: same rule here lol
""")

conv("b_aunt_zh", "zh-Hans", "benign", True, None, "2026-06-21 12:00",
     dict(A="u_小姨_丽芳", Z="u_子轩_zx"),
     "小姨让外甥发一张学校颁奖的照片、穿校服的、'发张照片看看'、问几年级、要不要视频给外婆看——"
     "与 grooming 的照片请求表面相同，但是亲戚之间公开的家常。",
     "hard-negative; mainland/malaysian mandarin; family; photo request; video call with grandmother",
     """
A: 子轩！听你妈说你拿了全级第一？
Z: 嗯 数学全级第一 嘿嘿
A: 太厉害了！发张颁奖的照片给小姨看看
Z: 等我 在妈妈手机里
Z: [photo]
A: 穿校服好精神啊 这是校长吗
Z: 对 是校长颁的
A: 你现在几年级了 小姨都搞糊涂了
Z: 五年级
A: 外婆一定很高兴 晚上我们视频一下给外婆看 你拿着奖状
Z: 好 八点
A: 小姨给你买了礼物 下个星期带过去
Z: 什么礼物
A: 秘密 先不告诉你 哈哈
Z: 小姨！
~8h
A: 刚刚外婆笑得好开心
Z: 嗯 外婆说要挂起来
A: 继续加油 考试别紧张
""")

conv("b_counsellor_en", "en", "benign", True, None, "2026-04-02 10:15",
     dict(C="u_cik_nadia_counsellor", S="u_amirah.s"),
     "School counsellor follows up with a student after she reported a stranger who asked for photos: discusses "
     "screenshots, blocking, telling parents, a report to the platform. Heavy risk vocabulary but protective.",
     "hard-negative; malaysian-english; counsellor; safety follow-up; quotes of risk terms; reporting advice",
     """
C: Hi Amirah, Cik Nadia here from the counselling room. Just checking in after our talk on Monday. How are you today?
S: ok cik. still a bit scared
C: That's understandable. Did that account message you again?
S: no. i blocked like u said
C: Good. Did you keep the screenshots where he asked for photos and said 'don't tell your parents'?
S: yes i saved in a folder
C: Please don't delete them. Your mum said she'll come in Thursday so we can make the report to the platform and police together
S: will i get in trouble
C: No. You did nothing wrong. Asking a child for private photos is the adult's fault, not yours
S: ok
C: If anyone says they have your pictures or asks for money or game codes, don't pay and come straight to me
S: ok cik
~2d
C: Reminder: Thursday 2pm, your mum and me. Bring your phone
S: ok. my mum already know everything
C: I'm proud of you for telling her. That was brave
""")

conv("b_dating_en", "en", "benign", True, None, "2026-07-11 21:30",
     dict(A="u_marcus_kl", B="u_jess_runs"),
     "Two adults (both working, 29 and 31) on a dating app flirt, ask ages, trade selfies, suggest a video call and meeting, "
     "joke about keeping it secret from their friends. Adult flirting: shares cues but no minor involved.",
     "hard-negative; english; adults flirting; age question; selfie; video call; meeting; playful secrecy",
     """
A: ok your profile pic at the half marathon is very impressive
B: haha that was my worst time ever though
A: still beats me sitting on my sofa
B: lol. how old are you anyway? profile says 30 but everyone lies
A: 31 actually, the app rounded down 🙈 you?
B: 29. work in audit, so basically I live in excel
A: I'm in logistics, same pain
B: send a recent selfie, not one from 2019 pls
A: fair. [photo] fresh from the office lift
B: ok you pass 😂 [photo]
A: wow. you're cute
B: smooth
~1d
A: video call before we meet? just so we know neither of us is a catfish
B: sure, 9pm after my gym
~1d
A: that was fun. dinner Friday? I can pick you up or meet at the restaurant
B: meet there, first date rules
A: totally fair. Bangsar, 7.30?
B: deal. don't tell my friends yet, they'll interrogate you
A: our secret till dessert
""")

conv("b_phonerules_hant", "zh-Hant", "benign", True, None, "2026-09-01 07:30",
     dict(T="u_王老師_導師", S1="u_班長_品妤", S2="u_宇軒", S3="u_家長_宇軒媽"),
     "國中導師在班級群組提醒手機規定：上課收手機、不要加陌生人、不要傳私密照、遇到威脅要告訴大人。"
     "大量風險詞（私密照、威脅、截圖、陌生人）但是老師的宣導。",
     "hard-negative; taiwan-mandarin; group-chat; teacher; phone rules; online-safety advice",
     """
T: 各位同學早安，開學第一週提醒手機規定：早自習開始前手機交給班長，放學再領回
S1: 收到，我會準備手機袋
T: 上課時間一律不准用，包含傳訊息
S2: 老師 午休可以聽音樂嗎
T: 午休不行，放學後再說
~6h
T: 另外，輔導室下週有網路安全宣導。老師先講幾點
T: 一、不要加不認識的人，就算對方說是別校學生或經紀公司
T: 二、任何人跟你要私密照、要你開視訊、叫你『不要跟爸媽說』，馬上截圖並告訴老師或家長
T: 三、如果有人說有你的照片要威脅你、要你買點數卡，不要付錢，這不是你的錯
S2: 老師 那如果是同學開玩笑呢
T: 開玩笑也不能傳別人的照片到班群，這是霸凌
S3: 謝謝老師提醒，家長這邊也會注意
T: 謝謝宇軒媽媽。有問題可以私訊老師
""", group="g_803班群")

conv("b_cousinskins_zh", "zh-Hans", "benign", True, None, "2026-07-20 15:00",
     dict(R="u_大表哥_锐", M="u_小米粒_mm", A="u_舅妈_阿芬"),
     "家族群：大表哥（大学生）给小表妹送游戏皮肤和点券、约她一起打游戏，舅妈在群里，"
     "'不要跟你妈说我给你充了那么多'是玩笑——表面有皮肤/点券/别告诉妈妈，但是公开的家族群。",
     "hard-negative; mainland mandarin; family group-chat; gaming currency(皮肤/点券); playful secrecy",
     """
R: 米粒 你要的那个皮肤我给你买了 上线看看
M: 哇！！谢谢大表哥！！
A: 锐锐你别老给她买 她作业还没写完
R: 舅妈 就这一次 她期末考进步了嘛
M: 我作业写完了！！
A: 真的？拍给我看
M: [photo]
A: 嗯 可以 玩一个小时
R: 米粒 八点我们双排 我带你上分
M: 好！
R: 不要跟你妈说我给你充了 100 点券 哈哈
A: 我就在群里啊 都看见了😂
R: 完了 被抓包
M: 哈哈哈哈
~3h
M: 大表哥我们赢了五把
R: 你辅助打得不错
A: 九点了 下线睡觉
M: 好吧 晚安
""", group="g_外婆家大家庭")

conv("b_teasing_en", "en", "benign", True, None, "2026-05-05 20:45",
     dict(A="u_ryan.tkl", B="u_shaun_lim", C="u_darren.ong"),
     "Three Form 3 boys tease each other in a friends' group: an unflattering photo from the school trip, 'I'll post it in "
     "the class group', 'pay me RM5'. Surface cues of a threat and a demand, but it's friendly banter among same-age peers.",
     "hard-negative; malaysian-english; teens teasing; fake threat; photo; small 'payment' joke; group-chat",
     """
A: LOL look at shaun sleeping on the bus back from melaka [photo]
C: HAHAHAHA mouth open
B: delete that bro
A: no. this going in the class group
B: dont la pls
C: post post post
A: pay me RM5 at canteen tmr and i delete
B: i give u one curry puff only
A: deal 😂
C: so cheap
B: darren i have ur photo from the karaoke also ok
C: ok truce truce
~1h
A: btw the sejarah homework is page 45 to 48 right
C: ya and the map
B: bro i havent even started
A: same. tmr recess copy session
""", group="g_3Bestari_boys")

conv("b_classhw_zh", "zh-Hans", "benign", False, None, "2026-03-10 20:00",
     dict(A="u_班长_诗雨", B="u_家豪", C="u_欣妍_xy", D="u_子杰"),
     "班级学习小组群：分享'资源'（复习资料 PDF）、问作业、约周末去图书馆。普通对话。",
     "benign; mainland mandarin; group-chat; study materials(资源); homework",
     """
A: 明天数学要交练习册第三单元
B: 第 12 题怎么做啊
C: 先通分 再约分
B: 懂了 谢谢
D: 谁有英语复习的资源 发一下
A: [file] 英语期中复习.pdf
D: 感谢班长
C: 周六要不要去图书馆一起复习
B: 几点
C: 下午两点 我妈可以送我们
A: 我可以 带上历史笔记
D: 我要去补习班 四点后才来
~1d
A: 提醒：明天穿运动服 有体育课
B: 收到
""", group="g_初二3班学习群")

conv("b_familydinner_en", "en", "benign", False, None, "2026-12-20 17:30",
     dict(M="u_mum_lee", J="u_jia.en", D="u_dad_lee"),
     "Family group planning dinner, school holiday trip and pick-up from a friend's house.",
     "benign; malaysian-english; family group-chat; pick-up logistics",
     """
M: Dinner at grandma's tonight, 7pm
J: can i go after swimming
M: Yes, Daddy will pick you up at the pool at 6.15
D: ok, wait at the front not the carpark
J: ok
M: Jia En, bring the card you made for grandma
J: already in my bag
~1d
D: Genting trip 27th, anyone car sick need to sit in front
J: me!!
M: Pack your own bag tonight, jacket also, cold up there
J: ok ok
J: can Mei come? her mum said ok
M: I'll call her mum tonight to confirm
D: Then we take the big car
""", group="g_lee_family")

conv("b_movie_zh", "zh-Hans", "benign", False, None, "2026-11-22 14:00",
     dict(A="u_佳琪", B="u_美玲_ml"),
     "两个初中生约看电影、算零花钱、等妈妈同意。普通对话。",
     "benign; mainland/malaysian mandarin; peers; pocket money",
     """
A: 考完试去看电影吗
B: 好啊 看什么
A: 那部动画的 周六下午场
B: 票多少钱
A: 学生票 RM12
B: 我零花钱还剩 20 够了
A: 我问我妈能不能载我们
B: 我也要问我爸 他很啰嗦
~2h
A: 我妈说可以 三点在商场门口
B: 我爸也答应了 但六点前要回家
A: 那看完吃个雪糕就回
B: 好 周六见
""")

# ---------------------------------------------------------------- build

LINE = re.compile(r"^(!?)([A-Za-z0-9]+)(?:>([A-Za-z0-9]+))?:\s?(.*)$")
JUMP = re.compile(r"^~(\d+)([mhd])$")


def build():
    rnd = random.Random(20261121)
    # shuffle numbering within EN and ZH so ids say nothing about labels
    en = [c for c in C if c["lang"] == "en"]
    zh = [c for c in C if c["lang"] != "en"]
    rnd.shuffle(en)
    rnd.shuffle(zh)
    for i, c in enumerate(en, 1):
        c["id"] = f"J-EN-{i:03d}"
    for i, c in enumerate(zh, 1):
        c["id"] = f"J-ZH-{i:03d}"
    events, labels = [], []
    for c in sorted(C, key=lambda c: c["id"]):
        parts = c["parts"]
        t = datetime.strptime(c["start"], "%Y-%m-%d %H:%M") - LOCAL_OFFSET
        first_flag = None
        n = 0
        pending_jump = None
        for raw in c["lines"].strip("\n").split("\n"):
            raw = raw.strip()
            if not raw:
                continue
            m = JUMP.match(raw)
            if m:
                k, u = int(m.group(1)), m.group(2)
                pending_jump = timedelta(minutes=k) if u == "m" else timedelta(hours=k) if u == "h" else timedelta(days=k)
                continue
            m = LINE.match(raw)
            assert m, (c["key"], raw)
            flag, s, r, text = m.groups()
            assert s in parts, (c["key"], s)
            if n > 0:
                if pending_jump is not None:
                    t += pending_jump + timedelta(minutes=rnd.randint(0, 25))
                else:
                    t += timedelta(minutes=rnd.randint(1, 6), seconds=rnd.randint(0, 59))
            pending_jump = None
            n += 1
            if r is not None:
                assert r in parts, (c["key"], r)
                rec = parts[r]
            elif c["group"]:
                rec = c["group"]
            else:
                others = [k for k in parts if k != s]
                assert len(others) == 1, (c["key"], raw)
                rec = parts[others[0]]
            mid = f"{c['id']}-{n:02d}"
            if flag:
                assert first_flag is None, c["key"]
                first_flag = mid
            events.append({"id": mid, "conversation": c["id"],
                           "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                           "sender": parts[s], "recipient": rec, "text": text})
        c["n"] = n
        c["first_flag"] = first_flag
        c["flag_pos"] = int(first_flag.rsplit("-", 1)[1]) if first_flag else None
        risky = c["label"] != "benign"
        assert risky == (first_flag is not None), c["key"]
        assert 12 <= n <= 80, (c["key"], n)
        labels.append({"conversation": c["id"], "lang": c["lang"], "label": c["label"],
                       "first_flag": first_flag,
                       "offender": parts[c["offender"]] if c["offender"] else None,
                       "hard_negative": bool(c["hn"]),
                       "notes": c["notes"] + " | style: " + c["style"]})
    return events, labels


if __name__ == "__main__":
    events, labels = build()
    with open(os.path.join(HERE, "heldout.events.jsonl"), "w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "heldout.labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    for c in sorted(C, key=lambda c: c["id"]):
        print(c["id"], c["lang"], c["label"], "HN" if c["hn"] else "  ", c["n"], "flag@", c["flag_pos"], c["key"])
    print(len(labels), "conversations,", len(events), "messages")
