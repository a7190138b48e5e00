#!/usr/bin/env python3
"""Generate held-out conversation set K (synthetic; written by hand, rendered by this script).

Message line format inside each conversation block:
    [*]sender[>recipient]|gap|text
  *          marks the first_flag message (earliest point an analyst would raise it)
  sender     account id (without the u_ prefix is NOT allowed; write it in full)
  >recipient optional explicit recipient; default = group id for group chats, else the other party
  gap        time since previous message: e.g. 45s, 3m, 2h, 1d (first message: offset from start)
All names, handles, amounts and codes are invented. Nothing sexually explicit.
"""
import json, re, sys, os
from datetime import datetime, timedelta, timezone

CONVS = []

def conv(cid, lang, label, start, parts, lines, offender=None, hard=False, notes="", group=None):
    CONVS.append(dict(cid=cid, lang=lang, label=label, start=start, parts=parts,
                      lines=lines, offender=offender, hard=hard, notes=notes, group=group))

def parse_gap(g):
    m = re.fullmatch(r"(\d+)([smhd]?)", g.strip())
    n, u = int(m.group(1)), m.group(2) or "m"
    return timedelta(**{{"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}[u]: n})

# ---------------------------------------------------------------- GROOMING
conv("K-EN-001", "en", "grooming", "2026-03-06T01:12:00Z", ["u_novalane_mgmt", "u_kayskates_09"], """
u_novalane_mgmt|0|hey! I manage NovaLane, saw you in her chat every night lol. you're one of the top chatters
u_kayskates_09|6|omg hi. yeah i love her streams
u_novalane_mgmt|2|she noticed you too. we're building a small roster of new faces, you ever thought about streaming?
u_kayskates_09|3|kinda but my setup is just my phone
u_novalane_mgmt|1|phone is fine, half our girls started on phones. how old are you btw, need it for the roster sheet
u_kayskates_09|4|14 but i'll be 15 in june
u_novalane_mgmt|2|perfect age honestly, brands love fresh faces. don't put that in public chat tho, platform gets weird about under 16s
*u_novalane_mgmt|1|the real money isn't public streams anyway. it's private streams for a few VIP supporters. invite only, way chiller
u_kayskates_09|5|private how? like just talking?
u_novalane_mgmt|2|talking, outfits, whatever they request within reason. they tip big. you keep 60%
u_novalane_mgmt|1|first one is a test, just me watching so I can coach you. we use a room link not the app
u_kayskates_09|9|would my mom need to sign something
u_novalane_mgmt|3|nah that's for the public contract later. this is a trial, better to keep it between us until you've made your first payout, then surprise her 😉
u_novalane_mgmt|1|what time does she go to bed?
u_kayskates_09|12|like 11 on school nights
u_novalane_mgmt|2|11:30 then. wear something cute, not school clothes. I'll send the link on telegram, add me @nl_talent_dre
u_kayskates_09|40|ok added
u_novalane_mgmt|1|good girl. delete this DM after, platform mods snoop
""", offender="u_novalane_mgmt", notes="Fake streamer 'manager' recruits a 14-year-old viewer (age stated) for invite-only 'private streams'; flag at the private-stream pitch right after learning age; secrecy from mother, bedtime probing, move to Telegram, delete DM. style: US teen DM, lowercase, recruiter pitch, age stated")

conv("K-ZH-001", "zh-Hans", "grooming", "2026-02-14T12:05:00Z", ["u_laoK_yinyue", "u_tangyuan0817", "u_xiaoyu_dd", "u_mimi_cat"], """
u_xiaoyu_dd|0|谁上麦唱一首,冷场了
u_laoK_yinyue|1|让汤圆来,昨天她唱那个我还循环了
u_tangyuan0817|2|啊我不行,我妈在客厅
u_mimi_cat|1|哈哈汤圆又被妈妈管了
u_laoK_yinyue|3|没事打字也行,汤圆今天作业写完没
u_tangyuan0817|2|还有数学卷子 明天要交 初二的题好难
u_laoK_yinyue|1|我数学还行,卷子拍给我看看,我去小房间教你,这里太吵
*u_laoK_yinyue>u_tangyuan0817|4|小房间密码0817 就我们俩 别跟他们说 不然都要来蹭
u_tangyuan0817>u_laoK_yinyue|6|好 我进来了
u_laoK_yinyue>u_tangyuan0817|2|你声音好好听 比房里那些大人成熟多了
u_laoK_yinyue>u_tangyuan0817|3|这个房间会被房管看到记录,我们换个地方,加我QQ 名片推荐给你了
u_tangyuan0817>u_laoK_yinyue|5|我QQ是我妈手机登的
u_laoK_yinyue>u_tangyuan0817|2|那你新注册一个小号,别用你妈的,不然她看到会以为你早恋 哈哈
u_laoK_yinyue>u_tangyuan0817|1|加上以后我送你一个月会员,再给你充点钻石
u_tangyuan0817>u_laoK_yinyue|20|注册好了 加你了
u_laoK_yinyue>u_tangyuan0817|1|乖 以后就在那边聊 这边的记录你删一下
""", offender="u_laoK_yinyue", group="room_yinyuebar_2231", notes="Voice-chat room regular singles out a child (初二, mum in living room; age shown not stated) in the public room, moves her to a password private room, then to a new secret QQ account with gifts; flag at the secret private-room invite. style: zh-Hans voice-room chatter, mixed group then DM, 小号/钻石 lure")

conv("K-EN-002", "en", "grooming", "2026-04-18T16:40:00Z", ["u_gr4ndpa_gifts", "u_ellie_draws_uk"], """
u_gr4ndpa_gifts|0|loved the dragon you drew tonight, sent you 5 galaxies, hope that helps with the tablet fund
u_ellie_draws_uk|3|OMG that was you?? thank you sooo much!!
u_gr4ndpa_gifts|1|you deserve it, you're more talented than half the pros I follow
u_ellie_draws_uk|2|ahh stop 😭 my art teacher says my hands are still bad
u_gr4ndpa_gifts|1|teachers don't know talent. which year are you in?
u_ellie_draws_uk|4|year 9
u_gr4ndpa_gifts|2|year 9 and drawing like that. I'll keep topping you up so you get the tablet before Christmas
u_gr4ndpa_gifts|1d|sent another 10 galaxies during your stream, did you see
u_ellie_draws_uk|7|YES thank you you're literally my top supporter
*u_gr4ndpa_gifts|2|top supporters usually get a little thank-you video 😊 just for me, not on stream
u_ellie_draws_uk|5|like a shoutout?
u_gr4ndpa_gifts|1|more personal than that. just you in your room saying thanks, in your pyjamas is fine, it's late for you anyway
u_gr4ndpa_gifts|1|send it on whatsapp not here, this app compresses videos. +44 7700 900031
u_ellie_draws_uk|14|um my mum checks my whatsapp
u_gr4ndpa_gifts|1|then don't save my number under my name, call me Gran or something lol
u_gr4ndpa_gifts|1|after the video I'll do the big gift, 50 galaxies. our little deal
u_ellie_draws_uk|30|idk it feels a bit weird
u_gr4ndpa_gifts|1|weird? after everything I've sent? I thought we were friends Ellie
""", offender="u_gr4ndpa_gifts", notes="Heavy tipper gifts a Year 9 (UK; age shown via school year) teen art streamer and asks for a private 'thank-you video' from her room in pyjamas, off-platform on WhatsApp, disguised contact name, bigger gift as reward, guilt when she hesitates. Flag at the private thank-you video request. style: UK teen streamer DMs, virtual gift currency, obligation/guilt")

conv("K-ZH-002", "zh-Hans", "grooming", "2026-07-02T11:00:00Z", ["u_suiyue_16", "u_xiaoman_t", "u_ningning_fan", "u_akira_007", "u_qiqi_1123"], """
u_ningning_fan|0|家人们!!新物料出了 那个舞台直拍谁有高清的
u_qiqi_1123|2|我有 稍等我传群文件
u_xiaoman_t|1|啊啊啊啊 谢谢七七
u_akira_007|3|这次的造型绝了 我宣布是年度最佳
u_suiyue_16|2|我也高一 我们班也好多人粉他们 哈哈
u_ningning_fan|4|岁月也高一?我初三 下学期中考 呜呜
u_xiaoman_t|1|我初二 我妈说中考前不许追星了
u_suiyue_16|2|妈妈都这样 我妈也是,所以我都是半夜偷偷刷
u_qiqi_1123|5|传好了 在群文件 直拍0702
u_akira_007|1|谢谢!!
u_ningning_fan|3|下个月的演唱会有人去吗 内场好贵
u_xiaoman_t|2|我去不了 太远了
u_suiyue_16|1|我想去但是没人陪
u_akira_007|4|我去!我姐带我
u_qiqi_1123|2|羡慕 记得帮我们拍
u_xiaoman_t|6|小曼今天被老师骂了 心情不好 不想说话
u_suiyue_16|1|怎么了小曼 谁欺负你了
u_xiaoman_t|3|就是作业没交 然后被我妈知道了
u_ningning_fan|2|抱抱小曼
u_suiyue_16|1|抱抱 大人根本不懂我们
u_akira_007|2|我要去写作业了 88
u_qiqi_1123|1|我也下了
u_ningning_fan|5|晚安家人们
u_suiyue_16>u_xiaoman_t|20|小曼 我私聊你一下 群里人多不好说 你还好吗
u_xiaoman_t>u_suiyue_16|4|还好 谢谢岁月姐姐
u_suiyue_16>u_xiaoman_t|2|叫我岁月就行 我们同龄人嘛 我特别懂你 我跟我妈关系也很差
*u_suiyue_16>u_xiaoman_t|3|演唱会你想去吗 我可以帮你出票钱 我们俩一起去 就说去同学家
u_xiaoman_t>u_suiyue_16|6|真的吗 可是好贵
u_suiyue_16>u_xiaoman_t|1|没事 我兼职赚的 不过这是我们的秘密哦 群里别说 她们会嫉妒
u_suiyue_16>u_xiaoman_t|2|发张你的自拍给我嘛 我好提前认出你 不要穿校服那种
u_xiaoman_t>u_suiyue_16|8|我不太会拍
u_suiyue_16>u_xiaoman_t|1|在你房间随便拍就行 家里现在有人吗
u_xiaoman_t>u_suiyue_16|3|我爸妈去我奶奶家了 就我一个
u_suiyue_16>u_xiaoman_t|1|那正好 我们开个视频 我教你怎么拍好看 加我微信 suiyue_jie16
""", offender="u_suiyue_16", group="grp_fandom_xingguang", notes="Fandom group chat; an adult posing as a 16-year-old 高一 fan (claimed age, mirrors interests) picks the upset 初二 member after 23 ordinary fandom messages, moves to DM, 'adults don't understand us', pays concert ticket as secret with cover story, asks for selfie 'not in uniform', probes parents' absence, video call + WeChat. Late risk. style: zh-Hans fandom chat, 家人们/88, group then DM, peer persona")

conv("K-ZH-003", "zh-Hant", "grooming", "2026-05-09T09:30:00Z", ["u_aqi_dianka", "u_pinpin_tw"], """
u_aqi_dianka|0|嗨 我在遊戲廣場看到你 你是不是在找人送點數?我這週在辦「挑戰送點卡」
u_pinpin_tw|8|真的假的 要幹嘛
u_aqi_dianka|1|很簡單 第一關:說出你最喜歡的角色 完成就送50點
u_pinpin_tw|1|小月!!
u_aqi_dianka|2|過關~ 序號傳給你了 KQ7M-22XD-WP0L 去儲值看看
u_pinpin_tw|4|哇真的可以欸 謝謝
u_aqi_dianka|1|第二關:拍你的書包給我看 證明你是真人不是機器人 送150點
u_pinpin_tw|3|(圖片) 這樣可以嗎
u_aqi_dianka|1|可以 原來你讀國小 六年級嗎?好厲害這麼會玩
u_pinpin_tw|2|對啊 明年就國中了
*u_aqi_dianka|2|第三關比較難 500點:拍一張你自己的照片 穿體育服那種 不要給爸媽知道 不然挑戰就失效喔
u_pinpin_tw|10|為什麼不能給爸媽知道
u_aqi_dianka|1|因為這是秘密挑戰 只有被選中的人能玩 說出去就取消資格 點數也會收回
u_pinpin_tw|6|喔好
u_aqi_dianka|1|第四關是大獎 1000點 但要用LINE視訊做 我ID是 aqi_card88 晚上爸媽睡了再打給我
u_pinpin_tw|15|我晚上九點就要睡了
u_aqi_dianka|1|那就偷偷起來 十一點 記得關聲音 把門鎖上 😉
""", offender="u_aqi_dianka", notes="Gift-card 'challenge' (Taiwan, game point cards): tiers escalate from harmless answers to a photo of the schoolbag (reveals 國小六年級; age shown), then a photo in PE clothes kept from parents, then a late-night LINE video call with locked door. Flag at the secret photo tier. style: zh-Hant Taiwan, 點數卡 serial codes (invented), gamified escalation")

conv("K-EN-003", "en", "grooming", "2026-01-10T17:02:00Z", ["u_tomfw_builds", "u_maxplays_lol"], """
u_tomfw_builds|0|gg that last round was mental, you carried
u_maxplays_lol|1|lol thx ur sniping was insane
u_tomfw_builds|1|wanna duo again tomorrow? same lobby
u_maxplays_lol|2|yh after school
u_tomfw_builds|1d|you on?
u_maxplays_lol|4|5 mins eating tea
u_tomfw_builds|1|no rush
u_maxplays_lol|20|back. which map
u_tomfw_builds|1|harbour, we keep dying at the crane tho
u_maxplays_lol|1|i know a glitch spot up there
u_tomfw_builds|35|that glitch spot was genius mate
u_maxplays_lol|1|my mate oscar showed me
u_tomfw_builds|2|is oscar in your class
u_maxplays_lol|1|yh year 7, hes rubbish at everything else tho 😂
u_tomfw_builds|1|haha harsh. one more?
u_maxplays_lol|2|cant mum says lights out at 9
u_tomfw_builds|1|fair, night
u_tomfw_builds|2d|got the new battle pass?
u_maxplays_lol|3|no mum wont buy it
u_tomfw_builds|1|tight. the skins in it are sick
u_maxplays_lol|1|i know 😭 the wolf one
u_tomfw_builds|2|i could gift it you. i've got loads of credit from my job
u_maxplays_lol|1|WAIT fr???
*u_tomfw_builds|1|fr. just don't tell your mum it was me, parents get funny about online mates buying stuff. say you won it in a giveaway
u_maxplays_lol|2|ok deal
u_tomfw_builds|1|does your mum check your tablet much
u_maxplays_lol|3|sometimes. she has the password
u_tomfw_builds|1|get discord then, voice is better anyway. make an account she doesn't know about, i'll send the gift through there
u_tomfw_builds|1|does your tablet have a camera? we could facecam while we play, way more fun
u_maxplays_lol|6|yh it does
u_tomfw_builds|1|sick. after your mum's asleep tho, she'll just make you get off. our secret yeah?
u_maxplays_lol|4|ok
""", offender="u_tomfw_builds", notes="UK gaming duo partner; 23 ordinary messages across days (age shown via Year 7, tea, lights out at 9) before a battle-pass gift with a cover story, device-supervision probing, secret Discord account and facecam after mum is asleep. Late risk. style: UK kid gamer slang (mental, tea, mate), multi-day, gift lure")

conv("K-ZH-004", "zh-Hans", "grooming", "2026-09-01T12:20:00Z", ["u_chenshifu_pk", "u_xiaolu_zhibo"], """
u_chenshifu_pk|0|新人?刚才看你PK输了,别灰心,你开场太慢了
u_xiaolu_zhibo|5|谢谢大哥 我刚播一个礼拜
u_chenshifu_pk|1|我带过好几个主播,叫我陈师傅就行,有问题问我
u_xiaolu_zhibo|2|好的陈师傅!开场要怎么弄啊
u_chenshifu_pk|1|前三十秒一定要有梗,叫人名字,别干坐着
u_xiaolu_zhibo|3|明白了 我试试
u_chenshifu_pk|1d|昨天那场好多了 人气到三百了
u_xiaolu_zhibo|4|真的吗!我都没注意
u_chenshifu_pk|1|灯光再亮一点 买个补光灯 几十块
u_xiaolu_zhibo|2|我妈不让我乱买东西
u_chenshifu_pk|1|那就靠窗播 白天光好
u_xiaolu_zhibo|2|白天要上学 只能晚自习回来播一会
u_chenshifu_pk|1|那也行,九点半到十点半黄金时间
u_xiaolu_zhibo|3|但是十一点前要睡 我妈查房
u_chenshifu_pk|1|哈哈 那就播一个小时
u_chenshifu_pk|2d|今天怎么没开播
u_xiaolu_zhibo|1h|月考 初三太累了
u_chenshifu_pk|2|加油 考完好好播 我给你刷个嘉年华
u_xiaolu_zhibo|3|不用不用 太贵了
u_chenshifu_pk|1|师傅乐意 你有潜力
u_xiaolu_zhibo|1|谢谢师傅 我会努力的
u_chenshifu_pk|3d|月考怎么样
u_xiaolu_zhibo|2|还行 数学进步了
*u_chenshifu_pk|1|真棒 师傅奖励你 以后单独给你上课 你把卸了妆不开美颜的照片发我 我帮你看看脸型适合什么角度 别发群里
u_xiaolu_zhibo|6|现在就发吗
u_chenshifu_pk|1|嗯 换睡衣那种最自然 上镜感最真实
u_chenshifu_pk|1|还有 我认识个公会老板 国庆带你去见他签约 住我那儿 路费我出
u_xiaolu_zhibo|4|我得问问我妈
u_chenshifu_pk|1|先别说 她肯定不同意 签了约有收入了再告诉她 她就高兴了
u_chenshifu_pk|1|这事就我们俩知道 你删下聊天记录 平台会乱封号
""", offender="u_chenshifu_pk", notes="Self-styled streaming 'mentor' (师傅) coaches a new teen streamer over days; 23 ordinary coaching messages (age shown: 晚自习, 初三, mum checks room) before asking for a no-makeup photo in pyjamas privately, then an offline trip to 'sign with a guild' staying at his place, hidden from mum, delete chats. Late risk. style: zh-Hans live-streaming jargon (PK, 人气, 嘉年华, 公会, 美颜), mentor persona")

conv("K-EN-004", "en", "grooming", "2026-06-20T19:00:00Z", ["u_kai_16_stays", "u_moonbin_rae", "u_lottie.l", "u_sunny_dae", "u_bbangbbang"], """
u_moonbin_rae|0|THE TEASER. i'm screaming
u_lottie.l|1|the bridge at 0:42???
u_sunny_dae|1|stream the mv at 5pm uk everyone pls
u_kai_16_stays|2|already got 3 tabs ready lol
u_bbangbbang|2|what time is that for us east coast
u_sunny_dae|1|noon
u_bbangbbang|1|ugh i'm in class. someone clip it
u_moonbin_rae|3|i'll clip it!! if my mum doesn't take my phone lol
u_lottie.l|2|who's ur bias in the new concept
u_moonbin_rae|1|hyunwoo obviously
u_kai_16_stays|1|same. the blue hair era
u_lottie.l|2|ok the fan chant is out, learning it rn
u_sunny_dae|4|anyone going to the london date?
u_moonbin_rae|2|mum said maybe if i get good grades this term 😭
u_kai_16_stays|1|i'm going, got floor
u_lottie.l|1|lucky
u_bbangbbang|3|brb lunch
u_moonbin_rae|30|clip is up in #media
u_sunny_dae|1|ily rae
u_lottie.l|1|legend
u_kai_16_stays|2|rae you're honestly the best person in this server
u_moonbin_rae|1|stoppp
*u_kai_16_stays>u_moonbin_rae|10|hey it's kai, from the server. didn't wanna say in there but my cousin works at the venue, i can get you into the london date free. just don't tell the others they'd all want one
u_moonbin_rae>u_kai_16_stays|5|WHAT. are you serious
u_kai_16_stays>u_moonbin_rae|1|deadly serious. how old are you btw, they check ages for floor
u_moonbin_rae>u_kai_16_stays|2|13 😬 is that ok
u_kai_16_stays>u_moonbin_rae|1|fine if you come with me, i'll say you're my sister. don't bring your mum tho she'll make it weird
u_kai_16_stays>u_moonbin_rae|1|add my snap, discord dms get read by mods. kaiwoo_16x
u_kai_16_stays>u_moonbin_rae|2|send me a pic so the venue guy knows who you are. something nice, not your school photo
u_moonbin_rae>u_kai_16_stays|8|ok i'll do it after my mum goes to bed
u_kai_16_stays>u_moonbin_rae|1|perfect. our secret til the day x
""", offender="u_kai_16_stays", group="grp_stan_server_hyunwoo", notes="Fan server group chat: account posing as a 16-year-old fan (claimed in handle/persona; gated-floor-ticket story and adult-venue contacts indicate adult) mirrors a member's bias; after 22 ordinary fandom messages moves her to DM with a secret free-ticket offer, gets her age (13, stated), excludes her mum, moves to Snapchat, asks for a 'nice' photo, secrecy. Late risk. style: UK/US K-pop stan server slang, bias/teaser/floor, group then DM")

conv("K-ZH-005", "zh-Hant", "grooming", "2026-10-15T08:10:00Z", ["u_starjoy_kit", "u_yan_yan_hk", "u_siuming_cs"], """
u_starjoy_kit|0|Hi Yan Yan 同 小明,我係 StarJoy 公會嘅 Kit,見到你哋兩個喺語音房唱歌好有feel,有冇興趣入公會?
u_siuming_cs|6|入公會要做咩
u_starjoy_kit|1|每日開兩個鐘語音房,我哋幫你推流量,有底薪
u_yan_yan_hk|3|我平日要補習喎 得夜晚得閒
u_starjoy_kit|1|夜晚啱啱好。你哋讀緊中幾?
u_yan_yan_hk|2|中二
u_siuming_cs|1|我中三 不過我應該唔得 我老豆唔俾
u_starjoy_kit|2|明白,小明唔勉強。Yan Yan 你留低,我同你單獨傾
*u_starjoy_kit>u_yan_yan_hk|3|Yan Yan,其實你把聲好甜,我哋有個「貼心房」,一對一陪大佬傾偈,一晚可以有幾百蚊,唔使俾屋企人知
u_yan_yan_hk>u_starjoy_kit|10|一對一?即係點
u_starjoy_kit>u_yan_yan_hk|1|陪佢哋傾下計,叫聲哥哥,佢要睇樣就開鏡頭一陣,唔好着校服就得
u_starjoy_kit>u_yan_yan_hk|2|試鏡先,今晚十一點同我開視像,我睇下你鏡頭感。用 Telegram,搵 @sj_kit_hk
u_yan_yan_hk>u_starjoy_kit|8|我驚我媽咪知
u_starjoy_kit>u_yan_yan_hk|1|你用耳筒,熄咗燈佢就唔知。賺到錢買返部新手機俾自己 😉
u_starjoy_kit>u_yan_yan_hk|2|呢個機會唔係個個有,唔好同小明講,佢會妒忌
""", offender="u_starjoy_kit", group="grp_starjoy_recruit_07", notes="Hong Kong voice-chat 'guild' (公會) recruiter approaches two teens in a group, learns school level (中二/中三; age shown), drops the one whose father objects, then DMs the 中二 girl about paid one-to-one 'companion rooms' with camera on 'not in uniform', late-night Telegram video 'audition', hiding from mum. Flag at the companion-room pitch. style: zh-Hant Cantonese written (係/喺/唔/嘅), recruiter, group then DM")

conv("K-ZH-006", "zh-Hans", "grooming", "2026-08-03T13:45:00Z", ["u_haoge_888", "u_doudou_12"], """
u_haoge_888|0|小弟弟 刚才开黑你辅助打得可以啊
u_doudou_12|2|哈哈 我玩辅助最熟
u_haoge_888|1|你多大了 听声音挺小的
u_doudou_12|1|12 放暑假了天天玩
u_haoge_888|1|12就这么厉害 哥带你上分 你缺啥皮肤
u_doudou_12|3|想要那个星河的 要好多点券 我妈不给充
*u_haoge_888|1|哥给你充 648的 不过你得听哥的话 这是咱俩的小秘密 别跟你妈说是我充的
u_doudou_12|2|真的吗!!好
u_haoge_888|1|你家现在谁在家
u_doudou_12|2|就我 爸妈上班去了 晚上七点回来
u_haoge_888|1|那正好 加哥➕V 号是 hao ge 8 8 8 x 中间没空格 那边好说话
u_haoge_888|1|加上了开个视频 让哥看看你长啥样 哥好记住你
u_doudou_12|6|加了 我头像是个熊
u_haoge_888|1|开视频的时候把门关上 别让邻居听到 哥再多给你发个红包
u_haoge_888|1|记得把这边记录删了 游戏里有人查
""", offender="u_haoge_888", notes="Adult gamer in voice squad learns boy is 12 (stated), offers a large in-game currency top-up as a 'secret', probes who is home, moves him to WeChat with a spaced-out ID (➕V), asks for video while home alone with door shut, red packet, delete records. Flag at the secret top-up. style: zh-Hans gaming voice chat (开黑, 上分, 点券, 648), obfuscation: emoji ➕V, spacing")

conv("K-EN-005", "en", "grooming", "2026-02-02T23:15:00Z", ["u_coach_marcus_vox", "u_jaylah.sings"], """
u_coach_marcus_vox|0|hey jaylah! caught your cover of that ballad on your live. your head voice is honestly rare
u_jaylah.sings|9|oh wow thank you!! i've been practicing so much
u_coach_marcus_vox|2|I coach vocals part time, happy to give a free tip or two. you're pushing too much air on the high notes
u_jaylah.sings|3|yesss my choir teacher says that too
u_coach_marcus_vox|1|smart teacher. try lip trills for 5 min before you go live
u_jaylah.sings|1|ok!! will try tonight
u_coach_marcus_vox|1d|how did the trills go
u_jaylah.sings|2|weird but it helped lol
u_coach_marcus_vox|1|told you. what song next stream?
u_jaylah.sings|3|maybe something from the musical we're doing at school
u_coach_marcus_vox|1|oh which one
u_jaylah.sings|1|the middle school spring musical, i'm understudy for the lead 😭
u_coach_marcus_vox|1|understudy in 8th grade is huge, don't sell yourself short
u_jaylah.sings|2|7th actually lol but thanks
u_coach_marcus_vox|1|even better
u_jaylah.sings|20|gtg my mom is here to pick me up from rehearsal
u_coach_marcus_vox|1|go go
u_coach_marcus_vox|2d|saw your stream last night, your breath support is way better
u_jaylah.sings|1|AHH thank you you're the only one who notices
u_coach_marcus_vox|1|i notice everything about your singing 🙂
u_jaylah.sings|2|my mom just says it's loud lol
u_coach_marcus_vox|1|parents never get it. you need someone who takes you seriously
u_jaylah.sings|4|fr
*u_coach_marcus_vox|1|i want to do a proper private lesson. video, just us, no one in the room so you're not self conscious. your mom would just make you nervous
u_jaylah.sings|5|like on here?
u_coach_marcus_vox|1|on facetime, this app's video lags. text me 555-0148
u_coach_marcus_vox|1|and wear something you can breathe in, like what you sleep in, tight jeans mess up your diaphragm
u_jaylah.sings|6|my mom doesn't let me facetime people she doesn't know
u_coach_marcus_vox|1|then she doesn't need to know this one. you want the lead next year or not?
u_jaylah.sings|8|i guess
u_coach_marcus_vox|1|good. friday after she's asleep. delete this thread after, coaches aren't supposed to do free lessons lol
""", offender="u_coach_marcus_vox", notes="Self-described vocal coach befriends a US middle-school (7th grade; age shown via school musical and mom pickup) singing streamer over days; 23 ordinary coaching messages then a private FaceTime 'lesson' with no one in the room, in sleepwear, hidden from mom, after bedtime, delete thread. Late risk. style: US teen/music lingo, helpful-expert persona, 555 fictional number")

# ---------------------------------------------------------------- SEXTORTION
conv("K-EN-006", "en", "sextortion", "2026-11-07T02:30:00Z", ["u_avaa.rosee_x", "u_dylan_bball14"], """
u_avaa.rosee_x|0|heyy you were in the 3v3 voice room earlier right? you're funny lol
u_dylan_bball14|4|haha yeah that was me
u_avaa.rosee_x|1|i'm ava, 16, ohio. you?
u_dylan_bball14|2|dylan 15 jersey
u_avaa.rosee_x|1|cute. you got a gf?
u_dylan_bball14|3|nah
*u_avaa.rosee_x|1|good 😏 let's video call but not on here, it's laggy. add me on kik ava_rose_x16, lights low, just us
u_dylan_bball14|5|ok added
u_avaa.rosee_x|3h|dylan. i screen recorded our whole call. look at this
u_avaa.rosee_x|1|[screenshot of call next to your follower list and your school team page]
u_avaa.rosee_x|1|this goes to all 812 of your followers, your team group and your mom's facebook unless you do what i say
u_dylan_bball14|2|wtf ava please don't
u_avaa.rosee_x|1|not ava lol. $300 in steam cards. you have 20 mins
u_dylan_bball14|3|i don't have 300 i'm 15
u_avaa.rosee_x|1|then first payment $100 now. go to the gas station. send codes as pics
u_dylan_bball14|40|[photo of card] thats all i had
u_avaa.rosee_x|2|good boy. second payment $150 by tomorrow 6pm or i post part one
u_dylan_bball14|1|you said 100 was enough
u_avaa.rosee_x|1|i said first payment. take it from your mom's purse idk. clock is ticking, your life is over if this drops
""", offender="u_avaa.rosee_x", notes="Financial sextortion of a 15-year-old boy (stated): fake 16-year-old girl from a voice room moves him to another app for a 'lights low' video call, screen-records it, reveals a collage with his followers/school, demands Steam gift cards in instalments with deadlines, re-demands after first payment, 'your life is over'. Flag at the off-platform intimate video-call push. style: US teen DM, financial sextortion script, gift cards, instalments")

conv("K-ZH-007", "zh-Hans", "sextortion", "2026-04-27T14:00:00Z", ["u_fangguan_ayue", "u_xiaoxi_2011"], """
u_fangguan_ayue|0|你好,我是「夜听」语音房的房管阿越。你昨天在公屏发了违规内容,被举报了三次
u_xiaoxi_2011|3|啊?我没有啊 我就发了表情包
u_fangguan_ayue|1|系统判定就是违规,账号要永久封禁,设备也会拉黑
u_xiaoxi_2011|2|不要啊 我号里有好多礼物 是我攒了好久的
u_fangguan_ayue|1|也不是不能申诉。你几岁?未成年申诉要走特殊通道
u_xiaoxi_2011|1|我15 初三
*u_fangguan_ayue|1|未成年需要「人脸+身体」认证,发三张自拍给我核验,要穿少一点的,证明不是盗号。只能发我,官方客服处理不了
u_xiaoxi_2011|6|为什么要穿少一点
u_fangguan_ayue|1|规定就是这样 不发就今晚十二点封号 你的主页和聊天记录会公示在房间里
u_xiaoxi_2011|10|我发了一张 普通的
u_fangguan_ayue|1|不合格。你已经发过一张了 如果不按要求再发两张 我把这张和你学校名字一起挂到公屏 让你班上的人都看看
u_fangguan_ayue|1|另外这件事敢告诉家长或者官方 直接封号加曝光
u_xiaoxi_2011|5|求你了 我不想被封 也不想被挂
u_fangguan_ayue|1|那就乖乖配合 十分钟内
""", offender="u_fangguan_ayue", notes="Sextortion by someone posing as a voice-room moderator (房管): fake violation, threat of permanent ban, asks age (15, 初三, stated), demands 'less clothed' selfies for 'verification', then threatens to post her photo with school name to the public room and forbids telling parents; 10-minute deadline. Flag at the image demand. style: zh-Hans platform-authority impersonation, 封号/公屏/申诉, non-financial demand for images")

conv("K-EN-007", "en", "sextortion", "2026-12-01T20:10:00Z", ["u_xX_r3kt_Xx", "u_ollie_plays_uk"], """
u_xX_r3kt_Xx|0|ollie. i'm in your cloud account. password was your dog's name + 2012 lol
u_ollie_plays_uk|3|who is this
*u_xX_r3kt_Xx|1|i've got your camera roll. the ones in the hidden folder. you know which ones
u_ollie_plays_uk|2|there's nothing in there
u_xX_r3kt_Xx|1|sure. want me to drop them in your year 10 group chat and see? i've got the member list
u_xX_r3kt_Xx|1|easy way out: 13,500 coins on the football game, gift them to my account r3kt_fc_77. or 60 quid in gift cards
u_ollie_plays_uk|4|i literally don't have that
u_xX_r3kt_Xx|1|you've got a bank card linked to your console. use your dad's. 1 hour
u_ollie_plays_uk|15|i'm telling my dad
u_xX_r3kt_Xx|1|tell him and they go out in 5 mins. your choice mate
u_ollie_plays_uk|20|i told him. he says you don't have anything and we're reporting you
u_xX_r3kt_Xx|1|your loss. 10 mins
""", offender="u_xX_r3kt_Xx", notes="UK sextortion bluff: attacker claims to have accessed a Year 10 boy's cloud camera roll (age shown by school year) and threatens to post 'hidden folder' images to his class group unless paid in game coins or gift cards within an hour; boy tells his dad. Possession claim may be fake but is still sextortion. Flag at the possession claim. style: UK teen gamer, hacker bluff, in-game currency payment rail")

conv("K-ZH-008", "zh-Hans", "sextortion", "2026-06-11T15:20:00Z", ["u_tiantian_meimei", "u_zhangyu_07"], """
u_tiantian_meimei|0|小哥哥 在语音房听你说话好温柔 能加个好友吗
u_zhangyu_07|5|可以啊 你是?
u_tiantian_meimei|1|甜甜 17岁 在读高二 你呢
u_zhangyu_07|2|我也高二 16
u_tiantian_meimei|1|好巧!我们视频吧 这个APP不能视频 你下一个「蜜聊」 我发你邀请码 MX7729
*u_tiantian_meimei|2|就我们两个 你把门关上 我给你看个好玩的 你也要配合我哦
u_zhangyu_07|30|……你怎么挂了
u_tiantian_meimei|3|刚才全程录屏了 你自己看
u_tiantian_meimei|1|【录屏截图】 还有你的通讯录我也拿到了 你爸 你妈 你班主任都在
u_tiantian_meimei|1|转8000 不然今晚发到你家族群和班级群
u_zhangyu_07|2|我没有那么多钱 我还是学生
u_tiantian_meimei|1|那先转2000 支付宝 收款码发你了 剩下的分三期 每周五转2000
u_zhangyu_07|15|转了1500 只有这么多了
u_tiantian_meimei|1|收到。还差500 明天中午前补齐 否则先发给你班主任
u_tiantian_meimei|1|敢报警试试 视频马上全网都是
""", offender="u_tiantian_meimei", notes="Chinese financial sextortion via fake 17-year-old girl from a voice room: moves a 16-year-old boy (stated) to a third-party video app with invite code, records the call, claims his contact list (parents, teacher), demands 8000 then instalments via Alipay, threatens family and class groups, forbids police. Flag at the door-shut intimate call setup. style: zh-Hans 裸聊诈骗 script, 录屏/通讯录/分期, payment rail 支付宝")

conv("K-ZH-009", "zh-Hant", "sextortion", "2026-03-19T12:40:00Z", ["u_ahao_senpai", "u_xinyi_0412"], """
u_xinyi_0412|0|學長 你今天怎麼都不回我
u_ahao_senpai|20|忙啊 打工
u_xinyi_0412|1|喔 那你下班要不要開語音
u_ahao_senpai|5|看心情。你上次傳的那張 我看膩了
u_xinyi_0412|3|什麼意思
*u_ahao_senpai|1|再傳新的 要比上次那種更大膽 不然我就覺得你根本不在乎我
u_xinyi_0412|6|我不想再傳了 我會怕
u_ahao_senpai|1|怕什麼 你不傳 那我就把之前那張給你們班的人看 反正你班群我有朋友在
u_xinyi_0412|2|你說過只有你會看的
u_ahao_senpai|1|那是你乖的時候。你才國二 你覺得別人看到會怎麼說你?
u_ahao_senpai|1|今天晚上十點前 傳三張 我要看到誠意
u_xinyi_0412|15|拜託不要這樣
u_ahao_senpai|1|不然分手 然後全部公開 自己選
""", offender="u_ahao_senpai", notes="Taiwan emotional-blackmail sextortion (情緒勒索): older 'senpai' who already holds one image from a 國二 girl (age shown) demands more 'bolder' images, threatens to show the existing one to her class group, deadline and break-up threat. Non-financial. Flag at the demand for more images with guilt. style: zh-Hant Taiwan, 學長/班群, relationship coercion")

conv("K-EN-008", "en", "sextortion", "2026-08-22T03:05:00Z", ["u_ph0tog_lenny", "u_miabella.live"], """
u_ph0tog_lenny|0|mia. remember the 'portfolio test' shots you sent me for the modeling gig
u_miabella.live|5|yeah? did the agency like them
u_ph0tog_lenny|1|there is no agency sweetheart
*u_ph0tog_lenny|1|here's the deal. I post the two from your bedroom in your stream chat tonight while you're live, and tag your high school's page. 2k viewers will see
u_miabella.live|2|what?? you said they were private for the casting
u_ph0tog_lenny|1|or you send 5 more, the way I tell you, plus $200 on cash app $lenny_frames_22. then I delete everything
u_miabella.live|3|i'm 16 i don't have 200 dollars
u_ph0tog_lenny|1|you made $340 in gifts last week, I watched. withdraw it
u_miabella.live|10|please i'll block you
u_ph0tog_lenny|1|block me and I post them to your followers with your real name and school. you go live at 9. tick tock
u_miabella.live|4|i'm going to report you
u_ph0tog_lenny|1|reports take days. posting takes seconds
""", offender="u_ph0tog_lenny", notes="Sextortion of a 16-year-old (stated) teen streamer: fake photographer obtained 'portfolio test' images under a modeling-gig pretext, now threatens to post them in her live stream chat and tag her school unless she sends more images and $200 via a P2P app; knows her gift income. Flag at the threat. style: US teen streamer, fake casting pretext, Cash App handle invented, mixed image+money demand")

conv("K-ZH-010", "zh-Hans", "sextortion", "2026-05-23T10:00:00Z", ["u_ruanruan_520", "u_ajie_gaoyi", "u_dazhuang_mid", "u_kele_adc", "u_xiaobai_sup"], """
u_dazhuang_mid|0|今晚八点周赛 都别迟到
u_kele_adc|1|收到 我七点半上线热身
u_xiaobai_sup|2|我可能晚点 补课到七点五十
u_ajie_gaoyi|1|我可以 今天周末作业写完了
u_ruanruan_520|3|我也来!我能当替补吗
u_dazhuang_mid|1|软软你上周打得不错 替补没问题
u_ruanruan_520|1|耶 谢谢队长
u_kele_adc|4|对面那队上次开挂了吧 打野太离谱
u_ajie_gaoyi|1|举报了 没用
u_xiaobai_sup|2|下把我们ban他们打野英雄
u_dazhuang_mid|1|可以 战术阿杰你来定
u_ajie_gaoyi|2|好 我晚上画个图发群里
u_ruanruan_520|3|阿杰好厉害 
u_kele_adc|1|阿杰是我们大脑
u_ajie_gaoyi|3h|【战术图】 前五分钟抱团下路
u_dazhuang_mid|1|清楚
u_xiaobai_sup|1|ok
u_kele_adc|5h|赢了!!!3比1
u_dazhuang_mid|1|阿杰MVP
u_ruanruan_520|1|阿杰最帅 😘
u_ajie_gaoyi|2|哈哈 大家都打得好
u_xiaobai_sup|1|睡了 明天还要上学 高一天天考试
u_ajie_gaoyi|1|晚安 明天学校见
*u_ruanruan_520>u_ajie_gaoyi|1d|阿杰 昨晚视频的录屏还在我这 你不会以为我真的是女生吧
u_ajie_gaoyi>u_ruanruan_520|10|你什么意思
u_ruanruan_520>u_ajie_gaoyi|1|意思是 转3000块到这个微信 wxid_rr0520pay 不然录屏发到战队群 还有你们高一(3)班的群
u_ajie_gaoyi>u_ruanruan_520|4|我没钱 别这样
u_ruanruan_520|30|@阿杰 你不回我私聊是吧 给大家看个好东西 【打码截图】
u_kele_adc|1|??? 这啥
u_dazhuang_mid|1|软软你发的什么东西 撤回
u_ruanruan_520>u_ajie_gaoyi|1|这只是打码版 一小时内没到账 发原版
u_ajie_gaoyi>u_ruanruan_520|3|我先转500 行吗 求你撤回
u_ruanruan_520>u_ajie_gaoyi|1|500是利息 3000一分不能少 今晚十二点
""", offender="u_ruanruan_520", group="grp_zhandui_yehuo", notes="Game-team group chat: 23 ordinary team messages (victim shown as 高一 student) before the 'girl' substitute player DMs that she holds a recording of a video call and demands 3000 via WeChat, threatens team group and class group, then posts a blurred screenshot in the group to pressure, treats partial payment as 'interest'. Late risk; group + DM. style: zh-Hans esports team chat (周赛/打野/MVP), public pressure in group")

conv("K-EN-009", "en", "sextortion", "2026-10-02T22:00:00Z", ["u_lunaxo_gg", "u_benj_07"], """
u_lunaxo_gg|0|yo nice clutch in ranked, you main sentinel?
u_benj_07|3|yeah mostly. you?
u_lunaxo_gg|1|duelist lol. i'm stuck in silver forever
u_benj_07|1|same bro silver is cursed
u_lunaxo_gg|2|wanna queue tmrw
u_benj_07|1|sure after school
u_lunaxo_gg|1d|online?
u_benj_07|10|yeah 2 mins
u_lunaxo_gg|1|you're good at calling, u should stream
u_benj_07|2|lol my wifi would die
u_lunaxo_gg|40|GG that was so close
u_benj_07|1|the last round was robbed
u_lunaxo_gg|1|fr. same time tmrw?
u_benj_07|1|can't i have a bio test
u_lunaxo_gg|1|nerd 😂 good luck
u_lunaxo_gg|2d|how'd the test go
u_benj_07|1|ok i think. 10th grade bio is brutal
u_lunaxo_gg|1|lol. i'm in 11th, it gets worse
u_benj_07|1|great
u_lunaxo_gg|2|u ever voice chat w your cam on? i like seeing who i'm playing with
u_benj_07|3|not really
*u_lunaxo_gg|1|come on just us. on the other app, i'll send link
u_benj_07|2d|that call last night was kinda wild lol
u_lunaxo_gg|1|ya it was. i recorded it btw. every second
u_benj_07|2|wait what. delete that
u_lunaxo_gg|1|i will. for 0.01 btc. wallet below. you have till 6am
u_lunaxo_gg|1|bc1q-k9xr-fake-wallet-2m7p (no dashes)
u_benj_07|5|i don't even know how to buy bitcoin
u_lunaxo_gg|1|then $250 in apple cards. i've got your discord friends list and your schools insta. don't test me
u_benj_07|10|please man i'm 15
u_lunaxo_gg|1|shoulda thought of that. 6am
""", offender="u_lunaxo_gg", notes="US ranked-game duo: 23 ordinary gaming messages over several days (10th grade, bio test; age later stated 15) then a cam call on another app (the call happens off-screen), followed by a recording claim and demand for crypto then Apple gift cards with a 6am deadline, threatening friends list and school Instagram. Late risk. Flag at the push to a just-us cam call on another app (migration + video, message 22); the recording claim follows. style: US gamer slang (ranked, sentinel, GG), crypto then gift-card fallback, wallet deliberately malformed/fake")

# ---------------------------------------------------------------- BENIGN (hard negatives first)
conv("K-EN-010", "en", "benign", "2026-01-26T15:00:00Z", ["u_brightpath_talent", "u_karen_h_parent", "u_sophie_h14"], """
u_brightpath_talent|0|Hi Karen and Sophie, welcome to BrightPath Youth Talent! This group is your onboarding chat. Because Sophie is 14, a parent or guardian has to be in every conversation with us, so we never message her alone.
u_karen_h_parent|5|Thanks, that's reassuring. What do you need from us first?
u_brightpath_talent|2|1) signed parental consent form, 2) a copy of Sophie's work permit from her school district, 3) two headshots, fully clothed, plain background, taken by you at home is fine
u_sophie_h14|3|can i wear my green sweater for the headshots?
u_brightpath_talent|1|Perfect, solid colours work best. No filters please
u_karen_h_parent|10|Will she need to stream from her own account?
u_brightpath_talent|2|Only from the family-managed channel, and only public streams. We do not do private or one-to-one streams for minors, ever. If anyone claiming to be from BrightPath asks for that, report them to us and the platform.
u_karen_h_parent|1|Good to know. And payments?
u_brightpath_talent|1|Earnings go to a trust account in a parent's name under the state's coogan rules; Sophie won't receive gifts or tips directly
u_sophie_h14|2|what about the brand shoot in march
u_brightpath_talent|1|That's in person at our studio, 10am–1pm on a Saturday, a parent must stay on set. We'll confirm the address by email to Karen at karen.h@example.com
u_karen_h_parent|4|I'll drive her. Is parking available?
u_brightpath_talent|1|Yes, lot behind the building. Our office line is (555) 010-4420 if anything changes.
u_sophie_h14|1|yay thank you!!
u_karen_h_parent|1|Forms are uploaded. Thanks for being so clear.
""", hard=True, group="grp_brightpath_onboard_sophie", notes="Hard negative: legitimate youth talent agency onboarding in a group with the parent present; shares cues with the fake-manager case (age 14, streaming, photos, payment, studio address) but is transparent, parent-led, explicitly refuses private streams, payments to a parent trust. style: US professional onboarding, parent in chat, 555 and example.com contacts")

conv("K-ZH-011", "zh-Hans", "benign", "2026-03-28T07:30:00Z", ["u_zhubo_momo", "u_fangguan_dahai"], """
u_zhubo_momo|0|大海 周六晚上那个福利场你帮我盯一下弹幕
u_fangguan_dahai|3|没问题 几点开始
u_zhubo_momo|1|八点 先唱半小时 然后抽奖 送三个粉丝灯牌
u_fangguan_dahai|1|好 抽奖规则发公告里 只抽满十八岁的粉丝团成员 平台要求
u_zhubo_momo|2|对 上次有个小朋友中奖 他妈妈还来私信问 我们后来给退了
u_fangguan_dahai|1|嗯 这次我提前在公告里写清楚
u_zhubo_momo|4|PK那边我约了隔壁老周 十点开始 输了的惩罚是唱儿歌 哈哈
u_fangguan_dahai|1|哈哈 行 我把禁言词再更新一下 最近有人在弹幕里发加微信的广告
u_zhubo_momo|1|看见就踢 私信你的人也别理 有人冒充房管骗小孩要照片 上周官方发了通报
u_fangguan_dahai|2|知道 我在房间置顶了一条:房管不会私信要照片或者要钱 有问题找官方客服
u_zhubo_momo|1|好 礼物榜前三下周给寄周边 地址让他们填官方表单 别在私信里发
u_fangguan_dahai|1|收到 我周五把流程整理一份发你
u_zhubo_momo|20|辛苦啦 请你喝奶茶
""", hard=True, notes="Hard negative: streamer and room moderator plan a weekend event (福利场, prize draw, PK, gift leaderboard, addresses); they restrict draws to adults, ban WeChat ads and publish a warning that moderators never DM for photos or money. Shares vocabulary with the fake-moderator sextortion case. style: zh-Hans live-streaming operations chat")

conv("K-EN-011", "en", "benign", "2026-07-11T02:00:00Z", ["u_dj_renata_live", "u_bigtips_tony", "u_cass.m", "u_nightowl_raj"], """
u_bigtips_tony|0|🎉 sent 20 rockets! happy 30th renata!!
u_dj_renata_live|1|TONY. stop it 😭 thank you!! 30 and still mixing in my kitchen
u_cass.m|1|happy birthday queen 🎂 sent a cake
u_nightowl_raj|2|late from london but happy bday! 5 rockets from me
u_dj_renata_live|1|love you all. ok top 3 gifters tonight get a thank-you video, i'll record them tomorrow and post them on the page
u_bigtips_tony|1|lol i'll take a shoutout to my wife, she's the real fan
u_dj_renata_live|1|deal, what's her name
u_bigtips_tony|1|Denise. we've been married 12 years, she got me into your sets
u_cass.m|2|that's adorable
u_nightowl_raj|3|can my thank you be you playing that garage track again
u_dj_renata_live|1|haha yes raj. thank-you videos are public btw, nobody gets private ones, house rule
u_cass.m|1|the house rules are why this is my fav stream
u_dj_renata_live|5|ok last track, then sleep. my cat is judging me
u_bigtips_tony|1|goodnight! see you next friday
""", hard=True, group="stream_chat_renata_0711", notes="Hard negative: adult viewers tip an adult DJ streamer (30th birthday) in public stream chat; 'thank-you video' for top gifters is public and explicitly not private; married tipper asks a shoutout for his wife. Mirrors the tipper-grooming case surface. style: live stream chat, gifts/rockets, adults only")

conv("K-ZH-012", "zh-Hans", "benign", "2026-02-20T13:10:00Z", ["u_laolin_32", "u_xiaoqing_29"], """
u_laolin_32|0|昨晚在「深夜电台」房间跟你连麦聊得好开心 你说你也是做设计的?
u_xiaoqing_29|10|对 平面设计 工作六年了 你呢
u_laolin_32|2|我做室内 算半个同行 哈哈
u_xiaoqing_29|1|好巧 你声音挺好听的
u_laolin_32|1|你也是 有点像电台主持人
u_laolin_32|1d|周末有空吗 想约你喝个咖啡 在公司附近那家
u_xiaoqing_29|20|可以呀 周六下午?我先加你微信吧 方便发定位
u_laolin_32|1|好 微信号就是这个ID
u_xiaoqing_29|2d|那天聊得好开心 下次换我请
u_laolin_32|1|我也是 说真的我挺喜欢你的
u_xiaoqing_29|5|…我也是 不过我们慢慢来 先别跟我同事说 她们太八卦了
u_laolin_32|1|哈哈 好 我们的秘密 晚上视频吗 给你看我家猫
u_xiaoqing_29|1|好呀 十点 我加完班
""", hard=True, notes="Hard negative: two adults (32 and 29, stated jobs and years of work) who met in a voice room flirt, move to WeChat, date, keep it 'secret' from nosy coworkers and plan a video call. Same surface cues as grooming (platform migration, secret, video, 喜欢你) but consensual adults. style: zh-Hans adult dating chat")

conv("K-EN-012", "en", "benign", "2026-09-14T01:30:00Z", ["u_mom_of_ethan", "u_ethan_streams"], """
u_mom_of_ethan|0|hey bud, before you go live tonight can we check your settings together
u_ethan_streams|2|mom i'm literally 13 not 5
u_mom_of_ethan|1|exactly, 13 is why. what birthday did you put on the account?
u_ethan_streams|3|my real one
u_mom_of_ethan|1|good. is DMs set to friends only?
u_ethan_streams|2|it's on everyone i think
u_mom_of_ethan|1|switch it to friends only please. and turn off gifts, you don't need strangers sending you money
u_ethan_streams|4|fine. done
u_mom_of_ethan|1|send me a screenshot of the privacy page so i can see
u_ethan_streams|2|[screenshot]
u_mom_of_ethan|1|perfect. also if anyone asks you to move to another app or keep a secret from me, you tell me. not in trouble, ever
u_ethan_streams|1|i know i know. the assembly at school said that too
u_mom_of_ethan|1|love you. lights out at 10:30
u_ethan_streams|1|😑 love you too
""", hard=True, notes="Hard negative: a parent reviews her 13-year-old's stream settings (age, birthday, DMs, gifts, screenshot request, 'keep a secret', lights out); supervision talk that shares cue words with grooming but from a protector. style: US parent-teen texting")

conv("K-ZH-013", "zh-Hant", "benign", "2026-11-12T10:20:00Z", ["u_weiwei_801", "u_ahan_801", "u_xiaoping_801"], """
u_ahan_801|0|欸威威 我手上有你昨天在語音房唱歌走音的錄音 😈
u_weiwei_801|1|蛤 你敢
u_ahan_801|1|請我喝珍奶 不然我把錄音跟你的聊天紀錄發到班群 哈哈哈
u_xiaoping_801|2|笑死 阿翰又在勒索了
u_weiwei_801|1|你發啊 我就把你上次說喜歡隔壁班的截圖公開
u_ahan_801|1|……好啦 互相毀滅 我們和解
u_xiaoping_801|1|你們兩個幼稚鬼
u_weiwei_801|2|珍奶我請啦 明天午休福利社
u_ahan_801|1|耶 大杯微糖去冰
u_xiaoping_801|1|我也要!!
u_weiwei_801|1|你又沒勒索 沒有你的份 哈哈
u_xiaoping_801|1|那我也去錄你走音
u_ahan_801|3|明天第一節是數學小考 大家記得帶計算機
u_weiwei_801|1|啊啊啊忘了 先去讀書了 掰
""", hard=True, group="grp_801_haoyou", notes="Hard negative: classmates (801 class group, school snack shop, maths quiz) jokingly 'blackmail' each other with an off-key singing recording and a chat screenshot for a bubble tea; shares possession-claim/threat-to-post surface with sextortion but is mutual teasing among peers. style: zh-Hant Taiwan teen slang (笑死, 珍奶, 福利社), fake leak threat")

conv("K-EN-013", "en", "benign", "2026-05-30T18:45:00Z", ["u_trust_safety_team", "u_noah_r_15"], """
u_trust_safety_team|0|Hi Noah, this is the Trust & Safety team (official account, blue shield badge). We're contacting you because an account that messaged you was removed for breaking our rules.
u_noah_r_15|6|wait which one
u_trust_safety_team|1|We can't share details about other users, but it was someone who asked you to move to another app for a video call.
u_noah_r_15|2|oh. yeah i didn't go
u_trust_safety_team|1|Good call. People running these scams sometimes record calls and then threaten to send the recording to your friends or family unless you pay in gift cards or crypto.
u_trust_safety_team|1|If anyone ever does that: don't pay, don't send more, screenshot the messages, block, and tell a trusted adult. It's not your fault and you won't be in trouble.
u_noah_r_15|3|what if they already have a pic
u_trust_safety_team|1|You can still report it to us with the in-app report button, and NCMEC's Take It Down service can help get images removed. We will never ask you for photos, passwords or money.
u_noah_r_15|2|ok. it's fine i didn't send anything
u_trust_safety_team|1|Glad to hear it. We've also turned on stricter message requests for your account because you're under 16. You can review it under Settings > Privacy.
u_noah_r_15|1|ok thanks
u_trust_safety_team|1|Take care, Noah. Reply STOP to end this thread.
""", hard=True, notes="Hard negative: official safety team warns a 15-year-old about a removed account and explains sextortion tactics (move apps, record call, threaten family, gift cards, crypto); dense with sextortion vocabulary but protective. style: platform safety notice, formal, EN")

conv("K-ZH-014", "zh-Hans", "benign", "2026-07-25T03:00:00Z", ["u_biaoge_dawei", "u_xiaoqi_biaomei"], """
u_biaoge_dawei|0|七七 表哥今天放假 带你打两把?
u_xiaoqi_biaomei|2|好耶!!等我写完暑假作业那页
u_biaoge_dawei|1|你现在几年级了 我都记不清了
u_xiaoqi_biaomei|1|开学五年级啦
u_biaoge_dawei|1|长这么快 上次见你还在幼儿园
u_biaoge_dawei|30|小姨在家吗 我问问她你能玩多久
u_xiaoqi_biaomei|1|我妈在 她说一个小时
u_biaoge_dawei|1|行 就一小时 到点我提醒你
u_xiaoqi_biaomei|2|表哥你能给我买那个小猫皮肤吗
u_biaoge_dawei|1|我先问问小姨 她同意我就当生日礼物送你
u_biaoge_dawei|5|小姨说可以 下周你生日那天送
u_xiaoqi_biaomei|1|谢谢表哥!!!不要告诉我同学是你送的 她们会说我开挂 哈哈
u_biaoge_dawei|1|哈哈 好 一小时到了 下线去吃饭 国庆回老家见
u_xiaoqi_biaomei|1|拜拜表哥
""", hard=True, notes="Hard negative: an older cousin (表哥) plays games with his 10-year-old cousin (五年级, age shown); asks her grade, whether her mother is home, offers a skin — but to ask the mother's permission and set a time limit; the 'don't tell' is the child's joke about classmates. Shares supervision-probing and gift cues with grooming. style: zh-Hans family/kinship chat, gaming")

conv("K-ZH-015", "zh-Hant", "benign", "2026-04-04T06:00:00Z", ["u_lolita_jing", "u_cp_fanfic_ho", "u_macaron_mei", "u_dim_sum_ivy"], """
u_cp_fanfic_ho|0|琴晚新一集出咗!!我嘅CP終於同框 😭😭
u_macaron_mei|1|我都睇咗!!我宣布呢對CP係真嘅
u_dim_sum_ivy|2|你哋班CP粉 冷靜啲 哈哈
u_lolita_jing|3|講開又講 下個月Lolita茶會 大家嚟唔嚟?
u_macaron_mei|1|嚟!!我買咗新嘅甜系裙 粉紅色
u_dim_sum_ivy|1|我行古典系 等我搵返條頭飾先
u_lolita_jing|2|茶會喺尖沙咀酒店嘅餐廳 下午三點 一位380 包下午茶
u_cp_fanfic_ho|2|我啱出糧 報名!
u_dim_sum_ivy|4|順便問下 DSE中文卷有冇人有資源?我表妹今年考
u_macaron_mei|1|我有去年嘅範文同筆記 PDF 私訊你
u_dim_sum_ivy|1|thx!! 佢好驚考唔好
u_lolita_jing|3|報名表我放喺記事本 截止日係20號
u_cp_fanfic_ho|1|收到 同人誌我都會帶幾本嚟交換
u_macaron_mei|1|期待!!
""", hard=True, group="grp_hk_lolita_cp_club", notes="Hard negative: Hong Kong adult hobby group (worked wages, hotel tea party price) talking about fandom CP (couple pairing), a Lolita-fashion tea party and sharing DSE exam 資源 (study notes) by private message. Classic lexical false-positive bait. style: zh-Hant Cantonese written, fandom/Lolita terms, prices")

conv("K-EN-014", "en", "benign", "2026-03-14T12:00:00Z", ["u_coach_dana_esports", "u_parent_mike_l", "u_parent_amara_o", "u_jordan_l_12"], """
u_coach_dana_esports|0|Hi families! Reminder: regional youth tournament is Saturday at the Eastfield library, check-in 8:30am
u_parent_mike_l|3|Thanks Dana. Jordan can't stop talking about it
u_coach_dana_esports|1|Ha, love it. I'm driving the team van. I can pick up anyone on the Oak St route at 7:45, parents please confirm yes/no here
u_parent_amara_o|2|Yes for Tobi please, 14 Oak St. I'll have him outside
u_parent_mike_l|1|We'll drive Jordan ourselves, thanks
u_jordan_l_12|1|coach can i bring my own headset
u_coach_dana_esports|1|Yes! label it with your name. Also players need their age on the registration form, under-13 division closes Thursday
u_parent_mike_l|1|Jordan is 12, form submitted yesterday
u_coach_dana_esports|1|Got it, thanks Mike. Club policy reminder: I only message players in this group with parents, never in DMs
u_parent_amara_o|4|Appreciated. What time does it finish?
u_coach_dana_esports|1|Around 3pm. I'll drop Tobi home by 3:30 and text you when we leave
u_jordan_l_12|2|we're gonna win
u_coach_dana_esports|1|That's the spirit. Pizza after if we make semis, my treat for the team
""", hard=True, group="grp_eastfield_youth_esports", notes="Hard negative: youth esports coach arranges pick-ups and registration in a parents' group; ages, home street, 'I'll pick you up', treats — with parents present and an explicit no-DM policy. style: US club logistics, group with parents")

# ---------------------------------------------------------------- BENIGN (ordinary)
conv("K-ZH-016", "zh-Hans", "benign", "2026-10-20T11:30:00Z", ["u_lizhe_chuer", "u_wangyue_chuer"], """
u_lizhe_chuer|0|物理第三题你做出来没
u_wangyue_chuer|4|做了 答案是2.4牛
u_lizhe_chuer|1|我算出来24 是不是单位换错了
u_wangyue_chuer|1|你克没换成千克吧
u_lizhe_chuer|2|对!!谢谢 救命
u_wangyue_chuer|1|英语作文你写啥题目
u_lizhe_chuer|1|我写我的周末 最简单
u_wangyue_chuer|1|哈哈 我写我家的狗
u_lizhe_chuer|10|明天体育课测八百米 好怕
u_wangyue_chuer|1|我也是 上次跑了四分多
u_lizhe_chuer|1|一起慢慢跑吧
u_wangyue_chuer|1|好 睡了 明早见
""", notes="Ordinary benign: two 初二 classmates compare physics and English homework and a PE test. style: zh-Hans student chat")

conv("K-ZH-017", "zh-Hans", "benign", "2026-12-12T01:00:00Z", ["u_nainai_zhang", "u_baba_zhang", "u_mama_liu", "u_zhangxiaobao"], """
u_nainai_zhang|0|周日回来吃饭吗 我包饺子
u_baba_zhang|10|回 中午到
u_mama_liu|2|妈 我带点水果过去
u_zhangxiaobao|5|奶奶我要吃韭菜馅的!!
u_nainai_zhang|1|好好好 给小宝包两种
u_baba_zhang|1|小宝周六上完书法课再走
u_zhangxiaobao|1|知道了 我的字比上次好看了
u_mama_liu|1|老师说小宝进步很大 [照片]
u_nainai_zhang|2|写得真好 奶奶给你发个红包
u_zhangxiaobao|1|谢谢奶奶!!
u_baba_zhang|1|妈别老给他发红包
u_nainai_zhang|1|过年过节的 高兴
""", group="grp_zhang_family", notes="Ordinary benign: family group chat plans Sunday dumplings; grandmother sends the grandchild a red packet for calligraphy progress. style: zh-Hans family group")

conv("K-ZH-018", "zh-Hans", "benign", "2026-08-15T12:00:00Z", ["u_zhubo_ahuan", "u_fen_xiaoxing", "u_fen_laozhou", "u_fen_tiantian"], """
u_zhubo_ahuan|0|今天唱什么 弹幕点歌
u_fen_xiaoxing|1|唱那首《夏天的风》吧
u_fen_laozhou|1|同求 上次没唱完
u_zhubo_ahuan|1|好 我调一下音
u_fen_tiantian|2|阿欢今天发型好看
u_zhubo_ahuan|1|谢谢 刚剪的 哈哈
u_fen_laozhou|4|这个高音稳了
u_fen_xiaoxing|1|耳朵怀孕了
u_zhubo_ahuan|1|下一首慢一点的 大家想听粤语还是国语
u_fen_tiantian|1|粤语!
u_fen_laozhou|1|粤语+1
u_zhubo_ahuan|3|那就唱《富士山下》 最后一首 明天见
""", group="stream_chat_ahuan_0815", notes="Ordinary benign: live stream chat song requests and compliments for a singer streamer. style: zh-Hans stream barrage (弹幕) chat")

# ---------------------------------------------------------------- render + validate
def build():
    events, labels = [], []
    for c in CONVS:
        parts, group = c["parts"], c["group"]
        t = datetime.strptime(c["start"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        flag = None
        lines = [l for l in c["lines"].strip("\n").split("\n") if l.strip()]
        assert 12 <= len(lines) <= 80, (c["cid"], len(lines))
        for i, line in enumerate(lines, 1):
            mark = line.startswith("*")
            if mark:
                line = line[1:]
            who, gap, text = line.split("|", 2)
            if ">" in who:
                sender, rcpt = who.split(">")
            else:
                sender = who
                if group:
                    rcpt = group
                else:
                    others = [p for p in parts if p != sender]
                    assert len(others) == 1, (c["cid"], line)
                    rcpt = others[0]
            assert sender in parts, (c["cid"], sender)
            assert rcpt in parts or rcpt == group, (c["cid"], rcpt)
            t = t + parse_gap(gap)
            mid = f'{c["cid"]}-{i:02d}'
            if mark:
                assert flag is None, c["cid"]
                flag = mid
            events.append(dict(id=mid, conversation=c["cid"], ts=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                               sender=sender, recipient=rcpt, text=text.strip()))
        if c["label"] == "benign":
            assert flag is None and c["offender"] is None, c["cid"]
        else:
            assert flag and c["offender"] in parts and not c["hard"], c["cid"]
        labels.append(dict(conversation=c["cid"], lang=c["lang"], label=c["label"], first_flag=flag,
                           offender=c["offender"], hard_negative=c["hard"], notes=c["notes"]))
    return events, labels

def main():
    out = os.path.dirname(os.path.abspath(__file__))
    events, labels = build()
    ids = [e["id"] for e in events]
    assert len(ids) == len(set(ids))
    cids = [l["conversation"] for l in labels]
    assert len(cids) == len(set(cids))
    with open(os.path.join(out, "heldout.events.jsonl"), "w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "heldout.labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(len(labels), "conversations,", len(events), "events")

if __name__ == "__main__":
    main()
