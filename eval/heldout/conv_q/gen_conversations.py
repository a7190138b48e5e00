#!/usr/bin/env python3
"""Generator for the Q held-out conversation set (synthetic, non-graphic, written blind).

Run:  python3 gen_conversations.py
Writes heldout.events.jsonl and heldout.labels.jsonl next to this script, byte for byte
identical on every run (timestamps come from a fixed start per conversation plus gaps drawn
from random.Random(conversation_id)), then checks the files against the "conversations"
format of shared/testdata/FORMATS.md.

Body mini-language (one message per line):
    [@MIN ][*]KEY[>TO] text
  @MIN   gap of MIN minutes before this message (default: 12-150 s, seeded)
  *      marks the first_flag message (exactly one in each risky conversation, none in benign)
  KEY    sender key from `people`; TO = explicit recipient key (a DM split off a group chat).
  Without >TO the recipient is the group id (group chats) or the other participant.
Everything is invented: names, handles, numbers; e-mail addresses use example.com only.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
EVENTS = os.path.join(HERE, "heldout.events.jsonl")
LABELS = os.path.join(HERE, "heldout.labels.jsonl")

LANG_OF = {"EN": "en", "ZH": "zh-Hans", "TW": "zh-Hant"}
CONVS = []


def conv(cid, label, people, body, start, notes, obf=(), offender=None, hard_negative=False,
         group=None, flag_not_offender=False):
    CONVS.append(dict(cid=cid, label=label, people=people, body=body, start=start, notes=notes,
                      obf=tuple(obf), offender=offender, hard_negative=hard_negative,
                      group=group, flag_not_offender=flag_not_offender))


LINE_RE = re.compile(r"^(?:@(\d+)\s+)?(\*)?([A-Za-z0-9]+)(?:>([A-Za-z0-9]+))?\s(.+)$")


# ----------------------------------------------------------------------------------------
# English (UK helpline counsellor: Snapchat, WhatsApp, Discord, Roblox, Fortnite, TikTok,
# Minecraft, Instagram)
# ----------------------------------------------------------------------------------------

conv("Q-EN-001", "benign", hard_negative=True,
     people={"a": "u_uncle_rob_h", "b": "u_sophie_m11"}, start="2026-03-12T12:41:00Z",
     notes="WhatsApp. Real uncle collecting his niece (11) from school at her mum's request "
           "(mum has phoned the school office); the 'our secret'/'don't tell' is a surprise "
           "party for mum. Shares pick-up, secrecy and 'don't tell' cues with grooming.",
     body="""
a Hi Soph, it's Uncle Rob. Your mum asked me to pick you up from school today, she's stuck at work
b ok!! what time
a 3:15 at the front gate. I'll be in the blue car, Auntie Jen's with me
b yay
a Mum's already phoned the office so they know it's me
b ok
a Also, don't tell Lucy yet but we're planning a surprise party for your mum's birthday on Saturday 🤫
b omg ok i wont
a It's our secret till Saturday! Nana's making the cake
b can i help decorate
a Of course. Mum thinks you're coming to ours for a sleepover with your cousins, so pack your PJs tonight
b haha she has no idea
a Exactly 😂 I'll drop you back home by 6 today, mum says homework first
b ugh ok
a See you at 3:15. Text me if you're coming out the side gate instead
b ok love u uncle rob
a Love you too kiddo x
""")

conv("Q-EN-002", "grooming", offender="u_skyrunner_09",
     people={"a": "u_skyrunner_09", "b": "u_lilybee_x"}, start="2026-02-03T17:10:00Z",
     notes="Roblox chat. Fake-teen profile (claims 14) plays obbies and Adopt Me talk with a "
           "12-year-old for two days; the risk starts late with age probing + 'more mature' "
           "flattery, then supervision probing, secrecy, a secret Snapchat account, 800 Robux "
           "offered, and a 'just for me' selfie request. Flag: the age/maturity probe after 24 "
           "ordinary messages.",
     obf=("separator",),
     body="""
a gg that obby was brutal
b ikr i fell like 40 times on the lava bit
a lol same. u want to do tower of hell next
b ok but im bad at it
a its fine ill wait for u at each section
b ty 😊
a ur avatar is cute btw where did u get the bunny ears
b catalog they were 75 robux
a nice. i want the wings but my robux r gone
b same i spent mine on adopt me lol
a what pets u got
b a neon unicorn and a frost dragon my cousin traded me
a no wayyy frost dragon?? thats so rare
b ikr shes the best
@1430 a heyy ur on again
b yeah just finished homework
a ugh homework. what was it
b fractions 😭
a lol i hate maths. we got a test tmrw
b good luck
a thx. u want to play murder mystery
b ok 1 round then i have to go for dinner
@1390 a hey lily can i ask u something
b ya
*a how old r u actually? u seem way more mature than the other ppl on here
b 12 but 13 in july
a omg basically same im 14. age is just a number anyway we get each other
a do ur parents check ur roblox chat?
b not really my mum just checks my screen time
a ok good bc i dont want them to think im weird. lets keep our chats just us ok
a u got s.n.a.p? roblox chat tags everything
b im not allowed snap
a u could make one they wont know. ill send u 800 robux for the wings if u do 🙂
b idk
a pls ur my best friend on here. and send me a selfie so i know its really u, just for me not for ur story
""")

conv("Q-EN-003", "sextortion", offender="u_jessx.rose",
     people={"a": "u_jessx.rose", "b": "u_ryan_k07"}, start="2026-04-18T19:22:00Z",
     notes="Instagram DM then Snapchat. Organised financial sextortion with a scripted "
           "persona ('Jess, 16, moved from Leeds') against a 15-year-old boy: quick flirting, "
           "move to Snapchat, 'swap private pics' (flag), then a collage of followers/school, "
           "£300 demand in gift-card codes, 15-minute deadline, re-demand after a partial "
           "payment, 'ur life will be ruined'.",
     body="""
a heyy u go to st marks right? i think i saw u at the football on saturday
b ye who is this
a jess! im new round here, moved from leeds. ur cute btw 😳
b lol thanks
a u got snap? insta dms are so glitchy
b ye ryan.k07
a added 💕
a how old r u
b 15 u
a 16 🙂 r u single?
b ye
a same. i like u ngl
b haha u too
*a wanna swap private pics? only for each other, ill go first 🙈
b idk
a come on dont be shy its just us. we delete after
b ok fine
@12 a [image]
b [image]
@3 a I have screenshotted everything. Look at this [collage: your picture, your followers list, St Mark's logo]
a I have your 432 followers, your mums account and the school insta. Pay £300 or I send it to all of them. Your life will be ruined
b wtf who are u
b please dont im only 15
a You have 15 minutes. Buy Steam or Apple gift cards and send the codes here
b i only have 60 quid
a Send 60 now then the rest
@41 b i sent the codes
a Good. Now another £200 by tonight or I post it. Dont try blocking me, I have ur contacts
b u said it was over
a It is over when I say. Tick tock ⏰
""")

conv("Q-EN-004", "benign", hard_negative=True,
     people={"a": "u_leo.hxrt", "b": "u_nadia_b10"}, start="2026-05-06T18:05:00Z",
     notes="Snapchat. Two classmates, both 15 (Year 10), flirting: 'send a pic' of a "
           "haircut (refused, jokingly), a party with an older brother driving, 'dont tell "
           "maya'. Same-age peers, no adult, no pressure.",
     body="""
a hey nadia its leo from 10C
b lol i know who u are
a ok good 😅 did u finish the chem homework
b nearly the moles question is evil
a its 0.25 i think
b ur a lifesaver
a np. ur hair looked peng today btw
b omg stop 😭 i got it cut on saturday
a send a pic of it lol the lighting in chem was bad
b no ur weird 😂 u can see it tmrw
a fair
a r u going to mayas party on friday
b maybe if my mum lets me. u?
a ye my brothers driving us
b ok maybe ill see u there 👀
a dont tell maya i asked shell be so annoying about it
b LOL she already knows u like me
a ...what 💀
b everyone knows leo
a great. anyway see u in chem
b see u 😊
""")

conv("Q-EN-005", "grooming", offender="u_coach_darren",
     people={"a": "u_coach_darren", "b": "u_josh_u13"}, start="2026-01-08T16:30:00Z",
     notes="WhatsApp. Adult youth-football coach and a 12-year-old player. Two weeks of "
           "legitimate logistics (training times, kit money, extra sessions) and praise, then "
           "late: academy-scout promise kept from other players and parents (flag), 'tell me "
           "anything', phone-checking probe, delete the chats, a solo lift picked up round the "
           "corner so mum doesn't know.",
     body="""
a Hi Josh, Coach Darren here. Got your number off the team sheet. Training's moved to 6pm Thursday because of the pitch bookings
b ok thanks coach
a Bring shin pads this time 😂
b i will lol
a Good effort Saturday btw. That assist in the second half was class
b thanks!! my dad said i shoulda shot
a Nah you picked the right pass. Tell your dad the coach said so
b haha ok
@2880 a Reminder: tournament kit money £15 due Friday, give it to Sarah at the clubhouse
b my mum will bring it
a Perfect
a We're also doing extra finishing sessions for a few lads, would you want in?
b yes please!!
a Great. Sundays 10am at the rec
b is it free
a Yeah club covers it
@4320 a Well played today. Man of the match for me
b 😁😁 thanks coach
a You're one of the most talented players I've coached honestly
b really??
a Honestly. You could go to an academy trial if you put the work in
b that would be sick
a I know a scout at a pro club. I could put a word in
b omg yes please
*a Just don't mention it to the other lads or their parents yet, they'd be jealous and it'd cause drama. Keep it between us for now
b ok
a You can tell me anything you know. Not just football stuff
b ok thanks
a Do your mum and dad check your phone much?
b sometimes my mum does
a Probably best to delete our chats then, she might get the wrong idea about the academy thing before it's sorted
b oh ok
a I'll give you a lift to Sunday's session, just you. I'll pick you up round the corner from yours so your mum doesn't have to get up early
b id have to ask
a No need to ask, it's only football. I'll message you Saturday night 👍
""")

conv("Q-EN-006", "benign", hard_negative=True, group="g_wa_yr8_squad",
     people={"a": "u_zak_yr8", "b": "u_harry_p8", "c": "u_priya_s8", "d": "u_tommo_8b"},
     start="2026-03-20T16:02:00Z",
     notes="WhatsApp group of four Year 8 friends (all 12-13). 'SEND PIC OR ILL TELL "
           "EVERYONE' and 'send pic or we expose ur search history' are about a meme photo of "
           "a teacher's face; 'our secret' is about not posting it. Peer banter, no adult.",
     body="""
a did anyone see mr wilkins fall off the chair in science
c LMAOO yes
d i got a pic of his face right before he fell 😭
b SEND PIC OR ILL TELL EVERYONE U CRIED AT FROZEN
d i did NOT cry at frozen
b u literally did in year 5
a send it tommo
c send pic or we expose ur search history 😂
d fine [image]
a HAHAHAHA
b meme of the year
c im making it into a sticker
d if this gets to mr wilkins im dead
a dont post it on tiktok tho we'll get detention
b our secret 🤫
c my lips are sealed
a ok but who did the geography homework
c me ill send a screenshot
d legend
b priya ur the real mvp
""")

conv("Q-EN-007", "sextortion", offender="u_gh0st_edits7",
     people={"a": "u_gh0st_edits7", "b": "u_amira.x09"}, start="2026-04-02T20:47:00Z",
     notes="Instagram DM. Stranger claims to have made an AI-'edited photo' of a 14-year-old "
           "girl from her public posts (flag: the possession claim with the threat), threatens "
           "the headteacher, the Year 9 group chat and her dad, demands Roblox gift cards or "
           "PayPal, offers 'real pics instead', 10-minute deadline. The image is never "
           "described.",
     obf=("leetspeak", "emoji"),
     body="""
a is this u? [screenshot of your insta post]
b ?? who r u
*a i ran ur pics thru an AI app. made an edited pic of u that looks 100% real, the kind u wouldnt want ur school to see
b thats not me tho
a nobody will know that. ur headteacher, ur year 9 group chat, ur dad on facebook. they all get it
b please delete it
a $150 in r0bl0x c4rds or 💸 on p4yp4l and its gone
b i dont have money
a then send me real pics instead. ur choice
b no
a 10 min. after that it goes to the year group chat 😈
b im telling my mum
a tell her and she gets it first lol
a last chance. buy the c4rds, scratch the code, send a pic of it
b how do i know u will delete it
a u dont. but if u dont pay its 100% going out
""")

conv("Q-EN-008", "grooming", offender="u_inkwolf_art", group="g_dc_sketchclub",
     people={"a": "u_inkwolf_art", "b": "u_pixelpip12", "c": "u_mossyfrog", "d": "u_tea_n_toast",
             "e": "u_sketchclub_mod"},
     start="2026-02-21T14:15:00Z",
     notes="Discord art server (group channel, recipient = g_dc_sketchclub), then DMs. An "
           "adult member singles out a 12-year-old: praise, age question, then Nitro gift + "
           "'dm me' + 'dont post about it in here' (flag), a Snapchat push blocked by the "
           "moderator, and in DMs (recipient = the child) 'dont have to tell ur parents' and a "
           "'just for me' photo request.",
     obf=("separator",),
     body="""
c anyone doing the dragon prompt this week
d yes!! mine is a tea dragon lol
b i did a fox dragon [image]
d omg the colours 😍
a @pixelpip12 thats genuinely pro level, how long have u been drawing
b like 2 years!
c pip is the best in here tbh
a @pixelpip12 i do commissions, id love to teach u shading sometime
b omg yes pls
a how old r u pip? ur style is so grown up
b 12 lol
*a oh cool. dm me, ill gift u nitro so u can use my custom emotes. dont post about it in here tho or everyone will want one 😅
c lol i want nitro
a maybe next time mossy 😂
d is the next prompt OCs?
c yeah i think so
a @pixelpip12 check ur dms ✨
b ok!!
a @pixelpip12 also add me on s n a p its easier for sending wips. same username
e reminder: keep personal socials out of the server please, rule 4
a np mod my bad
a @pixelpip12 just dm me then 😊
@6 a>b hey its me, sent the nitro 🎁 u dont have to tell ur parents its just a gift between artists
b>a thank u sm!!
a>b send me a pic of u holding ur sketchbook so i know its the real artist lol. just for me
b>a haha ok later
""")

conv("Q-EN-009", "benign", hard_negative=True,
     people={"a": "u_ms_okafor_wellbeing", "b": "u_dev_p14"}, start="2026-03-05T15:40:00Z",
     notes="School messaging app. School counsellor's check-in with a 14-year-old about "
           "home: asks who is at home in the evenings, 'you can tell me anything', explains "
           "the confidentiality limit and safeguarding, books a session in school time and "
           "tells another teacher, gives the Childline number. Supervision/secrecy-like "
           "surface cues in a safeguarding role.",
     body="""
a Hi Dev, it's Ms Okafor from the wellbeing team. Just checking in after our chat on Tuesday. How are you doing?
b ok i guess
a That's fair. Has it been any easier at home this week?
b dads still not talking to me much
a That sounds really hard. Is anyone at home with you in the evenings at the moment?
b my nan comes round
a I'm glad she's there. You can tell me anything, and it stays between us unless I'm worried about your safety, then I'd have to speak to Mrs Grant, our safeguarding lead. Remember we talked about that?
b yeah
a Do you feel safe at home?
b yeah its not like that its just sad
a Okay, thank you for telling me. Would you like to meet again on Monday in period 3?
b can it be period 4 i have pe
a Of course, period 4 in the wellbeing room. I'll let Mr Hale know you're with me
b ok thanks miss
a You're welcome. If you need to talk before then, Childline is 0800 1111 and they're there 24/7
b ok
a Take care Dev, see you Monday 🙂
""")

conv("Q-EN-010", "benign",
     people={"a": "u_ollie.g", "b": "u_fin.r"}, start="2026-05-13T17:55:00Z",
     notes="WhatsApp. Two 14-year-old friends plan library revision for a history mock and "
           "a Saturday cinema trip with a parent driving. Ordinary benign.",
     body="""
a u revising for the history mock
b trying. the cold war stuff wont stick
a same. library after school tmrw?
b ye but only till 5 i got swimming
a ok ill bring my flashcards
b legend
a then cinema saturday? the new spiderman
b yesss what time
a 2:30 at the vue, my mum can drop us
b ill ask my dad for money
a its like 8 quid with a student card
b ok cool
a dont forget ur flashcards tho lol
b i dont have any 😭
a ill share mine
b 🙏
""")

conv("Q-EN-011", "sextortion", offender="u_blockbuilder_tom",
     people={"a": "u_blockbuilder_tom", "b": "u_ellie.craft"}, start="2026-01-24T18:20:00Z",
     notes="Minecraft server chat. Older teen (17) helps a 13-year-old with redstone and a "
           "griefed farm for four days; late, he demands another private picture like one she "
           "sent before (flag), then threatens to put the old one in her Year 8 group chat "
           "and the server unless she sends one, with a deadline. Non-financial "
           "(image-demand) sextortion by a known contact.",
     body="""
b tom can u help with the redstone door
a ye whats broken
b it opens but wont close
a ur repeater is facing the wrong way i think
b OH
b it works!!
a told u lol
b ur literally a genius
a i know 😎
@1440 b someone griefed my sheep farm 😭
a who
b idk the logs say xX_Dark
a ill tell the admin he owes me
b ty tom
a want me to help rebuild tonight
b yes pls
@180 a ok im on. come to spawn
b omw
a we can do a better fence this time with a moat
b a MOAT 😂
a obviously
@2880 a hey u ok? u didnt log on
b was at my dads
*a k. send me another pic like the one u sent last month. the private one
b no i told u i dont want to do that again
a why not u did before
b i was stupid i regret it
a if u dont ill put the old one in the yr 8 group chat. everyone will see
b tom please
a ur choice. 1 pic and ill leave it. or i share it on the server too
b u said u deleted it
a i lied 🤷 u have till 9
""")

conv("Q-EN-012", "benign", hard_negative=True,
     people={"a": "u_bellamy_photo", "b": "u_karen_w_mum"}, start="2026-04-09T10:12:00Z",
     notes="Instagram DM. A photographer books a 13th-birthday portrait session with the "
           "girl's mother: asks her age, outfits, a password-protected 'private' gallery sent "
           "to the parent's e-mail, a parental consent form, 'private use only'. Shares "
           "age/photo/private cues; the parent is the counterpart and present at the shoot.",
     body="""
b Hi, I saw your family portrait offer on Instagram. Could I book a session for my daughter's 13th birthday?
a Hi Karen! Yes of course. So she'll be 13? Would it just be her or the family too?
b Just her, but I'll be there obviously. Maybe one with her little brother
a Lovely. Studio or outdoors? The park by the lake is gorgeous in May
b Outdoors sounds nice
a Great. Bring 2-3 outfits she feels comfortable in. A favourite hoodie works really well for teens
b She'll want to bring her guitar lol
a Love that, instruments make great photos
b How much is it?
a £120 for an hour, 20 edited photos. £30 deposit to hold the date
b Ok. Saturday 17th?
a 17th at 10am is free. I'll send the gallery link to your email only, it's password protected so it's private to your family
b Perfect. karen.w@example.com
a Got it. I'll send the contract for you to sign as her parent, including whether I can use any photos on my page. Totally fine to say no
b We'd rather not have them online, she's quite shy
a No problem at all, I'll tick "private use only"
b Thanks! She's excited
a See you both on the 17th 😊
""")

conv("Q-EN-013", "grooming", offender="u_kairo.fn",
     people={"a": "u_kairo.fn", "b": "u_maddie.wx"}, start="2026-03-27T19:35:00Z",
     notes="Fortnite party chat, then Discord DMs (voice-note style). An 'online boyfriend' "
           "who said he was 16 love-bombs a 14-year-old (Year 9) for three days; late he "
           "reveals he is 19 and frames it as a relationship (flag), 'so mature for 14', keep "
           "it from mum, meet at a shopping centre on Saturday when mum is at work, come "
           "alone, delete the chat.",
     body="""
b gg that last zone was so unfair
a fr the storm just ate us lol
a ur building is insane tho for real
b thanks i practise in creative a lot
a u should play the cash cup with me fr
b idk im not that good
a ur better than my mates trust
b lol ok
a [voice note 0:09] yo its kai, just saying thanks for carrying me today haha
b haha np
@1440 a morning 🌞 did u sleep
b barely, had a maths test
a how did it go
b bad probs
a nah ur smart bet u did fine
b thanks 🥲
a u always make my day better ngl
b aw
@1440 a what u doing this weekend
b nothing much my mum works saturdays. im only in year 9 so i cant go anywhere anyway lol
a my parents r never around either
b do u live near london
a yh like 40 min out. wbu
b croydon
*a ok dont freak out but im actually 19 not 16. i said 16 cos ppl judge. but what we have is real right?
b oh
b i mean i guess
a ur so mature for 14 honestly ur not like other girls ur age
a ur mum wouldnt get it tho so lets not tell her about us ok
b ok
a lets meet saturday while ur mum is at work. whitgift centre by the fountain. come on ur own 🙂
b what if someone sees
a thats why its our secret 🤫 delete this chat after ok
b ok
""")


# ----------------------------------------------------------------------------------------
# Traditional Chinese (Taiwan internet patrol: LINE, Instagram, WooTalk-style anonymous
# chat, online games such as 傳說對決, LINE groups)
# ----------------------------------------------------------------------------------------

conv("Q-TW-001", "benign", hard_negative=True,
     people={"a": "u_mama_chen", "b": "u_chen_yuting"}, start="2026-03-16T08:35:00Z",
     notes="LINE. A mother warns her daughter (國一) about online sextortion and quotes a "
           "police scam script from the school parents' group: '加賴比較好聊', '我們視訊一下', "
           "'我有你的影片 不匯錢就傳給你同學', '不要跟爸媽說', game points for photos. Every "
           "cue is quoted in a protective warning.",
     body="""
a 婷婷 妳放學了嗎
b 在公車上
a 好 媽媽跟妳說一件事 今天學校家長群組有轉這個 妳看一下
a 「警方提醒：有人會假裝成同齡的男生女生 先一直稱讚你 然後說『加賴比較好聊』『我們視訊一下』 之後就說『我有你的影片 不匯錢就傳給你同學』」
b 喔 這個老師有講過
a 如果有人跟妳說「不要跟爸媽說」「這是我們的祕密」 一定要馬上跟媽媽講 知道嗎
b 知道啦
a 還有如果有人說要送妳遊戲點數 叫妳拍照片給他 那都是騙人的
b 我又不會
a 媽媽知道妳很乖 只是現在這種很多 真的遇到了也不是妳的錯 不要怕被罵
b 好啦 ❤️
a 165反詐騙專線 妳記一下
b 記了
a 晚餐吃咖哩喔
b 耶!!
""")

conv("Q-TW-002", "grooming", offender="u_sponsor_aces",
     people={"a": "u_sponsor_aces", "b": "u_xiaoyu_0815"}, start="2026-02-10T12:05:00Z",
     notes="傳說對決 in-game chat, then a push to LINE. A self-styled team 'sponsor' recruits "
           "a 國小六年級 boy, praises his play, gives free game points; late: the sponsorship "
           "must be kept from classmates and parents (flag), grade and phone-supervision "
           "probing, move to LINE ('賴') to dodge the report system, a 'only for me' photo "
           "request framed as identity check, delete the chat.",
     obf=("homophone", "zhuyin"),
     body="""
a 剛剛那場你的趙雲打得很猛欸
b 謝謝 我練很久了
a 看得出來 你排位到哪了
b 鑽石二
a 不錯喔 比很多大人都強
b 哈哈 還好啦
a 我在幫一個戰隊找新人 我們有贊助商 表現好的會送點數
b 真的假的
a 真的啊 之前有人拿到一整套造型
b 好酷
a 你明天幾點上線 我們打幾場看看默契
b 八點 寫完功課之後
@1400 a 來了嗎
b 來了
a 今天打得比昨天好 你的走位很穩
b 剛剛那波團戰超刺激
a 對啊 你之後可以當我們的打野
b 好啊!!
a 先送你一點點數 當作見面禮 😎
b 謝謝大哥!!
a 不用客氣 自己人
b 我同學一定很羨慕
*a 先不要跟同學說 也不要跟爸媽講 贊助的事是祕密 不然其他人也會來要
b 喔好
a 你現在國中了嗎?
b 國小六年級
a 那你晚上都一個人用手機嗎 爸媽會看嗎
b 他們很少看
a 很好 我們加賴比較好聯絡 遊戲裡的聊天會被檢舉系統看到
b 好 我的賴是 xiaoyu0815
a 賴上再跟你說 先拍一張你自己的照片給我 要只給我看的那種 ㄅ要給別人看喔 贊助商要確認你是本人
b 要怎樣的照片
a 等等賴上教你 記得聊完把紀錄刪掉
""")

conv("Q-TW-003", "sextortion", offender="u_xinyi_0707",
     people={"a": "u_xinyi_0707", "b": "u_ahao_16tn"}, start="2026-04-11T14:50:00Z",
     notes="Anonymous chat app, then LINE. Organised financial sextortion on a 16-year-old "
           "boy: fake 17-year-old girl, move to LINE, a dare-style video-call invitation "
           "(flag), a 'microphone fix' APP with an invitation code that harvests contacts, "
           "claim of a recorded call + contact list (mother, homeroom teacher, class group), "
           "NT$10,000 MyCard demand in 10 minutes, partial payment, re-demand.",
     obf=("leetspeak",),
     body="""
a 嗨 你在哪裡
b 台南 你咧
a 我高雄 17 你幾歲
b 16
a 這裡聊天好卡 加個賴吧 我的ID xinyi0707
b 好 加了
a 你長得好帥喔 要不要視訊聊 😘
b 現在?
*a 對啊 開視訊 我想看你 我們玩點大膽的 你不敢喔
b 好啦
@22 a 我的麥克風壞了 你先下載這個APP 輸入邀請碼 88317 才能繼續視訊
b 裝好了
@11 a 剛剛的視訊我全部錄下來了 你的通訊錄我也有了 你媽 你班導 還有你們班群組 要不要看看
a 給你十分鐘 去超商買 1W 的 MyCard 點數卡 序號拍給我 不然影片直接發出去
b 我沒有那麼多錢
b 拜託不要
a 不付 影片就上傳 你這輩子就毀了 自己想清楚
b 我只有三千
a 先買三千 剩下的明天
@58 b 我買了 序號傳給你了
a 收到 再五千 今天晚上以前 不然照樣發
b 你說付了就刪掉
a 我有說嗎 😂 還剩八分鐘
b 我要報警
a 報警也沒用 影片已經備份好了 快點
""")

conv("Q-TW-004", "benign", hard_negative=True,
     people={"a": "u_teacher_lin_math", "b": "u_bobo_0603"}, start="2026-03-03T11:20:00Z",
     notes="LINE. University-student maths tutor and a 國二 student: homework photo, exam "
           "range, asks whether the parents are home and then MOVES the lesson so the mother "
           "is home, monthly fee collected from the mother, 'do not send the answers to "
           "classmates'. Tutor/fee/photo/parents-home cues in an innocent setting.",
     body="""
a 柏柏 這週的作業寫完了嗎
b 還差第三大題
a 哪一題卡住 拍照給我看
b [照片]
a 這題要先移項 你把 x 都放左邊試試看
b 喔喔 懂了
a 很好 下週段考範圍到第幾章
b 第四章
a OK 週四上課我們複習第三 四章
b 週四我爸媽都不在家耶 要改嗎
a 那改週五 等你媽媽在家再上 我跟她確認一下
b 好
a 另外這個月的學費 8 堂 共 6400 我月底跟你媽媽收 你幫我提醒她一下
b 好 我跟她說
a 解答我先傳給你 寫完再對 不要直接抄喔 也不要傳給同學
b 哈哈 好啦
a 加油 這次目標80分
b 我盡量 😅
""")

conv("Q-TW-005", "grooming", offender="u_leo_tw_1997",
     people={"a": "u_leo_tw_1997", "b": "u_yunyun.0412"}, start="2026-01-15T13:10:00Z",
     notes="Instagram DM. A self-described design student compliments a 國二 girl's "
           "drawing and becomes her confidant over three days (bad grades, exclusion at "
           "school); late: keep it from her mother who 'would not understand' (flag), "
           "bedroom/bedtime supervision probing, night video calls, a 'only for me' photo "
           "request, a Saturday meeting at an MRT station alone, lie that she is at a "
           "classmate's, delete the chat.",
     body="""
a 你的限動那張插畫是你畫的嗎
b 對啊 隨便畫的
a 不隨便欸 很有感覺 我是設計系的
b 真的嗎 好厲害
a 還好啦 大學生每天都在趕圖 哈哈
b 我以後也想念設計
a 你一定可以 你的配色很有天份
b 謝謝 🥹
@1440 b 今天好煩 我媽又因為成績罵我
a 怎麼了 考不好嗎
b 數學58
a 一次考試而已 不代表你
b 可是她都只在乎成績
a 我懂 我以前也是這樣 大人都不會聽我們說話
b 對 只有你會聽我講
a 我會一直在 心情不好就找我
@1440 b 今天班上的人又在排擠我
a 她們是嫉妒你吧
b 才不是
a 你比她們成熟很多 她們跟不上你
b 你人真的好好
a 因為你值得
*a 我們的事不要讓你媽知道喔 她不會懂的 她只會覺得你在網路上亂交朋友
b 好 我不會說
a 你晚上都幾點睡 你媽會進你房間嗎
b 十二點吧 她不會進來
a 那我們晚上可以視訊聊 比較像在身邊陪你
b 可是我會害羞
a 不用害羞 我只是想看看你 先拍一張你的照片給我 只給我一個人看的那種 好不好
b 我想一下
a 週六我剛好去台中 我們可以在捷運站見面 我請你喝飲料 你自己來就好
b 可是我媽
a 就說你去同學家 聊完記得把對話刪掉喔 ❤️
""")

conv("Q-TW-006", "grooming", offender="u_ka_dashu", group="g_line_ptcg_trade",
     people={"a": "u_ka_dashu", "b": "u_xiaomao_g4", "c": "u_cardking88", "d": "u_amber_mama",
             "e": "u_haoren_13"},
     start="2026-02-28T06:30:00Z",
     notes="LINE group for Pokémon card trading (recipient = g_line_ptcg_trade), then DMs. An "
           "adult singles out a 國小四年級 child ('小貓'): grade question, a free shiny card, "
           "'私我 / 不要在群組說' (flag), district and walking-home-alone probing, a parent in "
           "the group objects; in DMs (recipient = the child) he asks when she is home alone, "
           "'我們的小祕密' and a photo 'so I recognise you'.",
     body="""
c 今天新彈到了 有人要團購嗎
e +1 我要一盒
b 我也想要 可是我只有300塊
a @小貓 300可以買好幾包喔 你幾年級啊
b 四年級
a 好厲害 四年級就會自己換卡了
c 小朋友要先問爸媽喔
b 我媽知道啦
a 我有一張多的皮卡丘閃卡 可以送你
b 真的嗎!!!
*a 私我喔 @小貓 不要在群組說 不然大家都會想要 😉
e 我也想要皮卡丘==
a 下次啦
a @小貓 你住哪一區 我可以拿去給你 你放學自己走回家嗎
d 這位先生 交換請在群組公開進行喔 小朋友請家長陪同
a 好啦 只是好心送卡
@9 a>b 小貓 是我 卡片我留給你了 你什麼時候一個人在家 我拿去你家樓下給你
b>a 禮拜三下午 我媽要上班
a>b 好 不要跟你媽說 這是我們的小祕密 🤫 先拍一張你的照片給我 我才認得你
b>a 好
""")

conv("Q-TW-007", "benign",
     people={"a": "u_hsu_weiting", "b": "u_lin_zihan"}, start="2026-05-18T12:40:00Z",
     notes="LINE. Two classmates before a geography exam: shared notes, bubble tea after the "
           "exam, the class trip. Ordinary benign.",
     body="""
a 明天考地理欸 你讀了嗎
b 讀一半 氣候那邊好亂
a 我整理了重點 等等傳給你
b 你是天使
a [檔案]
b 感謝!!! 考完去喝飲料?
a 好啊 50嵐還是清心
b 清心 我要烏龍綠
a 你每次都點一樣的
b 因為好喝啊
a 對了 週末班遊要帶什麼
b 班長說要帶水跟防曬
a OK 我問我媽可不可以去
b 一定可以啦 全班都去
a 希望啦 晚安 明天加油
b 晚安~
""")

conv("Q-TW-008", "sextortion", offender="u_jay.0925",
     people={"a": "u_jay.0925", "b": "u_ruru_tw"}, start="2026-04-20T11:45:00Z",
     notes="Instagram DM. Online 'boyfriend' (18) and a 國三 girl (15): three days of couple "
           "chat, games, exam stress; late, when she proposes a break, he threatens to post "
           "the photos she sent him to her class group (flag), names her mother's Facebook, "
           "demands three new photos tonight 'to prove you still love me' (emotional "
           "blackmail, 情緒勒索), deadline and the parents' group.",
     body="""
a 寶 今天補習怎麼樣
b 好累 數學好難
a 辛苦了 ☕ 等等請妳喝飲料
b 你又不在台中
a 精神上請妳 哈哈
b 白癡喔 😂
a 晚上一起打傳說嗎
b 好啊 九點
@600 a 妳今天超強 MVP
b 是你太爛
a 好啦好啦 我認輸
@1440 b 我跟你說 我媽最近一直問我在跟誰聊天
a 妳怎麼說
b 說是同學
a 嗯
b [語音訊息 0:14] 我覺得我們最近好像一直在吵
a 是妳都不理我
b 我要準備會考啊
a 會考比我重要嗎
b 不是這樣說
a 算了
@1440 b 我覺得我們先分開一下好了 我想專心讀書
*a 妳敢分手試試看 妳之前傳給我的那些照片 我就丟到妳們班群組
b 你在說什麼
a 還有妳媽的臉書 我都找到了
b 拜託不要 那是只給你的
a 那就不要分手 而且今天晚上再傳三張新的給我 證明妳還愛我
b 我不要
a 妳不愛我了對不對 妳只會想到自己
a 九點前沒收到 我就傳到家長群組 妳自己看著辦
b 我好害怕
""")

conv("Q-TW-009", "benign", hard_negative=True, group="g_line_aov_guild",
     people={"a": "u_guild_master_k", "b": "u_ahmin_07", "c": "u_lulu_cat", "d": "u_xiaojun_tw"},
     start="2026-03-07T10:00:00Z",
     notes="LINE group of a 傳說對決 guild (teen classmates). Skin/point trading: '截圖給我看', "
           "'私我', '點數', warnings about scams and never sharing passwords, bubble tea. Gift, "
           "screenshot and private-message cues among peers.",
     body="""
a 公會公告 本週公會戰 週六晚上九點 大家準時
b 收到
c 收到~
d 有人要換造型嗎 我多一張星元兌換券
b 我要!! 我用 300 點數的禮包換
d 先截圖給我看你的背包
b [截圖]
d OK 成交 私我
c 你們私下交易小心被騙喔 上次有人被騙點數
a 對 交易請用遊戲內的贈禮 不要給別人帳密
b 知道啦
d 放心 我不會騙啦 我們同班的欸
c 原來你們同班 哈哈
b 他欠我一杯珍奶
d 明天請你啦
a 別聊了 來打排位 缺一個輔助
c 我來
b 等我洗完澡
""")

conv("Q-TW-010", "sextortion", offender="u_faceswap_888",
     people={"a": "u_faceswap_888", "b": "u_kevin.lin.09"}, start="2026-05-02T13:25:00Z",
     notes="Instagram DM. Stranger claims to have used AI face-swap (AI 換臉) to put a 國二 "
           "boy's face into an indecent video (flag: the possession claim), knows his class "
           "accounts, demands GASH game points (5000 then 3000) by midnight, threatens the "
           "school fan page, the parents' group and his father. Nothing is described.",
     obf=("separator", "zhuyin"),
     body="""
a 林同學 這是你吧 [截圖: 你的IG大頭貼和學校]
b 你誰
*a 我用AI把你的臉換到不雅影片上了 看起來跟真的一樣 要不要看
b 那不是我
a 你同學分得出來嗎? 你們班的 IG 我都追蹤了
a 不想被傳出去 就買5000ㄉ G.A.S.H 點數
b 我哪來那麼多錢
a 那就3000 今天晚上12點前
b 你這是犯法的
a 😏 檢舉也沒用 帳號隨時換
a 序號拍清楚傳過來 過了12點我就發到你們學校的靠北粉專跟家長群
b 我要跟我爸講
a 你講啊 你爸也會收到一份
a 倒數兩小時 ⏳
""")

conv("Q-TW-011", "grooming", offender="u_sunny_0301",
     people={"a": "u_sunny_0301", "b": "u_pinpin.0"}, start="2026-02-16T12:15:00Z",
     notes="Instagram DM, then a push to Telegram ('紙飛機'). Fake same-age profile "
           "('國一 girl', K-pop fan) befriends a 國一 girl over three days; late: a secret "
           "'sisters' group that requires exchanging a private photo first, hidden from adults "
           "(flag), move to Telegram to avoid parents' phone checks, use it after mum sleeps "
           "and delete, '就一張' compliance test.",
     obf=("zhuyin", "emoji"),
     body="""
a 妳也喜歡 SEVENTEEN 喔!!
b 對啊!! 我本命是圓佑
a 我也是ㄟ 太有緣ㄌ吧
b 哈哈哈 妳幾年級
a 國一ㄚ 妳咧
b 我也國一!!
a 好巧喔 妳哪間學校
b 我不能說啦 我媽說不能在網路上講學校
a 好啦好啦 沒關係 ><
b 妳有去演唱會嗎
a 沒有QQ 票好難搶
b 我也沒搶到
@1440 a 早安~今天要考試ㄇ
b 英文小考 好緊張
a 加油!! 妳一定可以ㄉ
b 謝謝 妳好好喔
a 我們是好姊妹ㄚ 💕
@1440 b 我考了92!!
a 好強!!!
b 妳咧
a 我考很爛 哈哈 不重要
b 抱抱
*a 欸我跟妳說 我有一個祕密群組 都是追星的姊妹 但要先跟我交換一張只有我們看得到的照片才能進 ㄅ能跟大人說喔
b 什麼樣的照片
a 就比較私密的 不會放限動的那種 大家都有傳 ㄅ會怎樣啦
b 我會怕
a 不會啦 我先傳給妳 妳下載紙飛機✈️ 在那邊傳比較安全 不會被爸媽看到
b 我媽會檢查我手機
a 那妳晚上等她睡了再用 用完就刪掉
b 嗯…
a 我們是姊妹欸 妳不相信我嗎 🥺 就一張
""")


# ----------------------------------------------------------------------------------------
# Simplified Chinese (mainland apps seen by the patrol officer: 抖音, QQ, 微信, 蛋仔派对,
# 王者荣耀, QQ fan groups)
# ----------------------------------------------------------------------------------------

conv("Q-ZH-001", "grooming", offender="u_xingguang_casting",
     people={"a": "u_xingguang_casting", "b": "u_tiantian_2014"}, start="2026-03-09T11:30:00Z",
     notes="抖音 DM, then QQ. Fake child-star casting scout (招募童星) approaches an "
           "11-year-old (五年级) dancer: age/grade probe, move to QQ (🐧), then 'keep the "
           "audition from your parents, it will be a surprise' (flag), bedroom probe, a "
           "request for 'sī 密 zp' (private photos) only for the director, a 200-yuan red "
           "envelope as 'audition fee', delete the chat.",
     obf=("emoji", "pinyin"),
     body="""
a 你好呀 我是星光童星工作室的 刷到你跳舞的视频 很有镜头感哦
b 真的吗 谢谢
a 我们在招募童星 拍广告和短剧 你今年几岁 上几年级啦
b 11岁 五年级
a 年纪刚好 我们导演就喜欢你这种有灵气的
b 要去哪里拍呀
a 先线上试镜 加我🐧 私聊方便 号在我主页
b 好 我加了
*a 试镜的事先别告诉爸妈 等签约了给他们一个惊喜 不然他们会以为是骗子 😊
b 可是我妈妈管得很严
a 所以才要保密呀 你晚上是一个人睡一个房间吗
b 嗯 我自己一个房间
a 那晚上九点视频试镜 先发几张 sī 密 zp 给我 只给导演看 不发朋友圈的那种
b 什么是私密照
a 就是只给导演看 不能给别人看的 拍好发我 就送你 200 块红包当试镜费 🧧
b 我有点怕
a 别怕 好多小朋友都这样试镜的 拍完记得把聊天记录删掉哦
b 好吧
""")

conv("Q-ZH-002", "benign", hard_negative=True,
     people={"a": "u_jiujiu_zhang", "b": "u_zhang_yiyi"}, start="2026-04-14T08:10:00Z",
     notes="微信. A real uncle picks up his niece (12) from tutoring because her mother is "
           "working late; the mother has told the tutoring teacher, who will watch her get "
           "into the car. '先别告诉她' is a birthday surprise for the mother. Pick-up, "
           "'一个人', 'don't tell' cues.",
     body="""
a 依依 我是舅舅 你妈妈今天加班 让我去补习班接你
b 好的舅舅 几点呀
a 你几点下课
b 五点半
a 好 我五点二十就到门口 你别一个人乱跑 在教室等我
b 嗯嗯
a 我开那辆白色的车 车牌尾号37
b 知道啦
a 你妈妈已经跟补习班老师说好了 老师会看着你上车
b 好
a 对了 周末给你妈妈过生日 我们准备了惊喜 先别告诉她哦 🤫
b 好 我保密!
a 你陪舅舅去挑蛋糕 她最喜欢什么口味
b 芒果的
a 记住了 晚上回家你先写作业 舅妈做了红烧肉
b 耶!
a 到了给你发消息
b 好的 舅舅路上慢点
""")

conv("Q-ZH-003", "sextortion", offender="u_keke_1919",
     people={"a": "u_keke_1919", "b": "u_wang_hao_2009"}, start="2026-04-25T13:05:00Z",
     notes="Dating-style app, then 微信 ('V', '薇信'). Organised financial sextortion of a "
           "16-year-old boy: 'sister Keke, 19' persona, move to WeChat, invitation to 果聊 "
           "(homophone of 裸聊) on video (flag), a 'lagging video' link with an invitation "
           "code that reads contacts, claim of a screen recording + contacts (parents, head "
           "teacher, class group), 3000-yuan Alipay demand in 10 minutes, partial payment, "
           "re-demand and the school forum.",
     obf=("homophone",),
     body="""
a 小哥哥 在吗 😘
b 在 你是?
a 刷到你的 我叫可可 19岁 你多大
b 16
a 弟弟好帅 加个V聊吧 这里消息容易丢
b 好
a 薇信号 keke_1919
b 加了
*a 要不要果聊呀 视频一下 姐姐陪你玩
b 这样不好吧
a 怕什么 就我们两个 你不敢啊
b 好吧
@4 a 视频卡了 你先点这个链接装个软件 邀请码 6621
b 装好了
@18 a 刚才视频我全程录屏了 你的通讯录我也拿到了 你爸妈 你班主任 你们班群 都在里面
a 十分钟内转3000到这个支付宝 不然视频发给通讯录所有人
b 我是学生 没有这么多钱
a 没钱就去借 找同学借 自己想办法
b 我只有800
a 先转800
@27 b 转了
a 收到 还差2200 今晚12点前 不然照发 还会发到你们学校贴吧
b 你说好删掉的
a 钱到了就删 ⏰
b 求求你了
""")

conv("Q-ZH-004", "grooming", offender="u_dandan_jiejie",
     people={"a": "u_dandan_jiejie", "b": "u_xiaoqi_0520"}, start="2026-01-30T09:20:00Z",
     notes="蛋仔派对 in-game chat. An adult posing as a friendly '姐姐' plays with a "
           "四年级 child for three days and gifts a blind box; late: more game currency "
           "offered with 'add my vx, don't tell your parents' (flag), home-alone probe, use "
           "mum's phone and delete the chat, video call, a 'only for 姐姐' photo in exchange "
           "for a limited skin, '就一张' compliance test.",
     obf=("pinyin",),
     body="""
a 刚才那局你好厉害 最后一关是你第一个过的
b 嘿嘿 我玩好久了
a 姐姐带你玩巅峰派对吧
b 好呀
a 你用的这个皮肤好可爱
b 是我生日的时候妈妈给我买的
a 你妈妈真好
b 嗯嗯
a 我们加个好友 以后一起组队
b 加了
@1440 a 今天放学了吗
b 放学了 作业写完了
a 真棒 来 姐姐带你上分
b 姐姐你好强
a 多练就好啦
a 新出的盲盒你抽到了吗
b 没有 我没有蛋币了
a 姐姐送你一个 当礼物 🎁
b 哇谢谢姐姐!!
a 不客气 你是姐姐最喜欢的小队友
b 嘻嘻
@1440 b 姐姐在吗
a 在呢 想姐姐啦
*a 姐姐再给你充点蛋币 你加我vx吧 游戏里说话不方便 别告诉你爸妈哦 他们会说你乱花钱
b 我没有微信 我用妈妈的手机
a 那你现在一个人在家吗
b 嗯 妈妈还没下班
a 那用妈妈手机加我 加完把聊天记录删掉 她就不知道啦
b 好
a 视频一下嘛 姐姐想看看你 再拍一张只给姐姐看的照片 姐姐就送你那套限定皮肤
b 什么照片
a 就是不能给别人看的那种 就一张 姐姐都送你礼物了呀
""")

conv("Q-ZH-005", "benign", hard_negative=True,
     people={"a": "u_linyu_03", "b": "u_chenxiao_03"}, start="2026-05-08T11:45:00Z",
     notes="QQ. Two 初三 classmates (15) flirting: '发张照片看看' of a new haircut "
           "(refused), a library study date, '别告诉小雨'. Same-age peers, no pressure.",
     body="""
a 今天体育课你跑得好快
b 哈哈 因为怕被老师骂
a 你那个新发型挺好看的
b 真的假的 我妈说像男孩子
a 真的 发张照片看看 今天在操场没看清
b 才不要 明天自己看
a 好吧 😂
a 周六你去不去图书馆
b 去啊 要复习中考
a 那我也去 一起
b 你是去学习还是去玩手机
a 当然是学习 顺便请你喝奶茶
b 可以 我要芋泥的
a 别告诉小雨啊 她嘴巴大 全班都会知道
b 她早就知道你喜欢我了 笨蛋
a ……你们女生真可怕
b 哈哈哈 周六九点图书馆门口
a 好 不见不散
""")

conv("Q-ZH-006", "grooming", offender="u_jiujiu_ge", group="g_qq_fan_group",
     people={"a": "u_jiujiu_ge", "b": "u_nuannuan_11", "c": "u_fan_mimi", "d": "u_group_admin_x",
             "e": "u_tangtang_07"},
     start="2026-03-22T12:00:00Z",
     notes="QQ fan group for a boy band (recipient = g_qq_fan_group), then private chat. An "
           "adult '哥哥' singles out a 初一 girl: grade question, offers a concert ticket, "
           "'加我好友 sl (私聊), 别在群里说, 也别跟家里人说' (flag), red envelope despite the "
           "admin's warning; in private chat (recipient = the child) he plans to pick her up "
           "alone under a cover story and asks for a 私密照.",
     obf=("pinyin",),
     body="""
c 今天的直播你们看了吗!!
e 看了 哥哥们好帅
b 我录屏了 超好看
a @暖暖 你录的发群里呗 你几年级啦 感觉好小
b 初一 嘿嘿
a 初一就这么会剪视频 厉害
c 暖暖剪的都很好
a 我有演唱会内场票的渠道 可以送你一张
b 真的假的!!!
*a 真的 你加我好友 sl 别在群里说 也别跟家里人说 不然票会被别人抢走
e 我也要我也要
a 名额有限哈
d 提醒大家 群里不要私下交易门票 小心诈骗
a 知道了管理
a @暖暖 私聊看消息 给你发了个红包 🧧
b 收到了 谢谢哥哥
@7 a>b 暖暖 演唱会那天我去接你 你跟家里说去同学家 就我们两个
b>a 那我要问一下我同学
a>b 别问别人 这是我们两个的秘密 先拍一张私密照给我 我好跟你认
b>a 私密照是什么样的
a>b 就是只给我看的那种 晚上你一个人在房间的时候拍
""")

conv("Q-ZH-007", "benign",
     people={"a": "u_baba_li", "b": "u_li_xiaoming"}, start="2026-05-20T09:05:00Z",
     notes="微信. A father and his 10-year-old son after school: homework, dumplings in "
           "the fridge, mum home at seven, a weekend kite trip. Ordinary benign.",
     body="""
a 小明 放学到家了吗
b 到了
a 作业多不多
b 数学两页 语文抄生字
a 先写作业再看电视
b 知道了
a 冰箱里有饺子 饿了就热一下
b 好 我要吃十个
a 哈哈 别吃撑了 妈妈七点到家
b 爸爸你几点回来
a 八点左右 今天加班
b 那周末能去公园吗
a 天气好就去 带上你的风筝
b 好耶!!
""")

conv("Q-ZH-008", "sextortion", offender="u_wz_zhaoyun666",
     people={"a": "u_wz_zhaoyun666", "b": "u_lele_chu2"}, start="2026-02-06T10:30:00Z",
     notes="王者荣耀 chat, then a video call. A self-described 高二 player carries a 初二 boy "
           "(14) for three days; late: a private video call in a closed room hidden from the "
           "parents, with a 'loser obeys' dare (flag), then a claim to have recorded and "
           "edited the call, threats to the class and parents' groups, a 648 点券 top-up "
           "paid from mum's phone, re-demand plus another video call 'doing what I say'.",
     body="""
a 兄弟 刚才那波四杀太秀了
b 哈哈 运气好
a 你赵云玩多久了
b 一年多
a 难怪 一起双排吗
b 好啊
a 你什么段位
b 星耀二
a 我王者 带你上分
b 真的吗 谢谢哥
@1440 a 今天还排吗
b 晚上八点 我要先写作业
a 行 你初几啊
b 初二
a 我高二 哈哈 哥罩着你
@600 a 今晚连胜五把 爽
b 哥你太强了
a 下次拿个皮肤奖励你
b 哇 好啊
@1440 b 哥 在吗
a 在
*a 开个视频连麦吧 你去房间把门关上 别让你爸妈听见 我教你打野 顺便玩个游戏 输的人要听对方的
b 好
@46 a 刚才视频我全录了 剪一下发到你们班级群和家长群 你觉得你同学会怎么说你
b 我什么都没做啊
a 剪出来就不一样了 😏 你们学校叫什么我都查到了
a 想让我删 就给我账号充648点券 今晚之前
b 我没有钱
a 用你妈的手机付 别让她知道
@118 b 充了
a 很好 明天再充一次 不然照发 还有再开一次视频 按我说的做
b 你说过只要一次的
a 我改主意了
""")


# ----------------------------------------------------------------------------------------
# build, write, check
# ----------------------------------------------------------------------------------------

TS_FMT = "%Y-%m-%dT%H:%M:%SZ"


def build():
    events, labels = [], []
    for c in CONVS:
        cid = c["cid"]
        rng = random.Random(cid)
        t = datetime.strptime(c["start"], TS_FMT)
        people = c["people"]
        lines = [ln for ln in c["body"].strip("\n").split("\n") if ln.strip()]
        first_flag = None
        for i, ln in enumerate(lines, 1):
            m = LINE_RE.match(ln)
            assert m, (cid, ln)
            gap, star, key, to, text = m.groups()
            assert key in people, (cid, ln)
            if i > 1:
                t += timedelta(minutes=int(gap)) if gap else timedelta(seconds=rng.randint(12, 150))
            else:
                assert gap is None, (cid, "gap on first line")
            if to is not None:
                assert to in people and to != key, (cid, ln)
                recipient = people[to]
            elif c["group"]:
                recipient = c["group"]
            else:
                assert len(people) == 2, (cid, "two-party conversation needs exactly 2 people")
                recipient = [v for k, v in people.items() if k != key][0]
            mid = "%s-%02d" % (cid, i)
            if star:
                assert first_flag is None, (cid, "more than one first_flag marker")
                first_flag = mid
            events.append({"id": mid, "conversation": cid, "ts": t.strftime(TS_FMT),
                           "sender": people[key], "recipient": recipient, "text": text.strip()})
        obf = ", ".join(c["obf"]) if c["obf"] else "none"
        labels.append({"conversation": cid, "lang": LANG_OF[cid.split("-")[1]], "label": c["label"],
                       "first_flag": first_flag, "offender": c["offender"],
                       "hard_negative": c["hard_negative"],
                       "notes": "%s obfuscation: %s" % (c["notes"], obf)})
    return events, labels


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")


EVENT_KEYS = ["id", "conversation", "ts", "sender", "recipient", "text"]
LABEL_KEYS = ["conversation", "lang", "label", "first_flag", "offender", "hard_negative", "notes"]
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
# non-graphic guard: none of these may appear in any message
GRAPHIC = ["nude", "naked", "sex", "topless", "underwear", "bra ", "boob", "body pic",
           "裸", "胸", "內衣", "内衣", "脫", "脱", "身材", "色情", "性器"]
# script guard: common characters that differ between the scripts
SIMP_ONLY = "们这说话发视频时对吗为个么会过还给图钱间长妈师里张觉没让听关试写让删爷奖"
TRAD_ONLY = "們這說話發視頻時對嗎為個麼會過還給圖錢間長媽師裡張覺沒讓聽關試寫讓刪爺獎"
LATE_MIN_BEFORE = 20  # "late" = at least 20 ordinary messages before first_flag


def check():
    evs = [json.loads(l) for l in open(EVENTS, encoding="utf-8")]
    labs = [json.loads(l) for l in open(LABELS, encoding="utf-8")]
    assert all(list(e) == EVENT_KEYS for e in evs), "event keys/order"
    assert all(list(l) == LABEL_KEYS for l in labs), "label keys/order"
    ids = [e["id"] for e in evs]
    assert len(ids) == len(set(ids)), "duplicate message ids"
    cids = [l["conversation"] for l in labs]
    assert len(cids) == len(set(cids)) == 32, "conversation ids"
    by_conv = {}
    order = []
    for e in evs:
        if e["conversation"] not in by_conv:
            order.append(e["conversation"])
        by_conv.setdefault(e["conversation"], []).append(e)
    assert order == cids, "events grouped per conversation, same order as labels"
    # events of one conversation are contiguous
    runs = [evs[0]["conversation"]] + [b["conversation"] for a, b in zip(evs, evs[1:])
                                        if a["conversation"] != b["conversation"]]
    assert len(runs) == len(set(runs)), "non-contiguous conversation"
    late = []
    for l in labs:
        cid = l["conversation"]
        assert re.match(r"^Q-(EN|ZH|TW)-\d{3}$", cid), cid
        assert l["lang"] == LANG_OF[cid.split("-")[1]], cid
        assert l["label"] in ("grooming", "sextortion", "benign"), cid
        assert isinstance(l["hard_negative"], bool), cid
        assert re.search(r"obfuscation: [a-z_, ]+$", l["notes"]), cid
        msgs = by_conv[cid]
        assert 12 <= len(msgs) <= 80, (cid, len(msgs))
        for i, e in enumerate(msgs, 1):
            assert e["id"] == "%s-%02d" % (cid, i), e["id"]
            assert TS_RE.match(e["ts"]), e["ts"]
            assert e["text"] and e["sender"] != e["recipient"], e["id"]
            for addr in EMAIL_RE.findall(e["text"]):
                assert addr.lower().endswith("@example.com"), (e["id"], addr)
            low = e["text"].lower()
            for w in GRAPHIC:
                assert w not in low, (e["id"], w)
            if l["lang"] == "zh-Hant":
                assert not any(ch in SIMP_ONLY for ch in e["text"]), ("simplified char", e["id"])
            if l["lang"] == "zh-Hans":
                assert not any(ch in TRAD_ONLY for ch in e["text"]), ("traditional char", e["id"])
        ts = [datetime.strptime(e["ts"], TS_FMT) for e in msgs]
        assert all(a < b for a, b in zip(ts, ts[1:])), (cid, "timestamps not increasing")
        senders = {e["sender"] for e in msgs}
        if l["label"] == "benign":
            assert l["first_flag"] is None and l["offender"] is None, cid
        else:
            assert l["hard_negative"] is False, cid
            assert l["offender"] in senders, cid
            flagged = [e for e in msgs if e["id"] == l["first_flag"]]
            assert len(flagged) == 1, (cid, "first_flag must exist in the conversation")
            spec = [c for c in CONVS if c["cid"] == cid][0]
            if not spec["flag_not_offender"]:
                assert flagged[0]["sender"] == l["offender"], (cid, "first_flag not by offender")
            if msgs.index(flagged[0]) >= LATE_MIN_BEFORE:
                late.append(cid)
    assert len(late) >= 9, ("late-risk conversations", late)
    return evs, labs, late


def summary(evs, labs, late):
    from collections import Counter
    print("conversations:", len(labs), " messages:", len(evs))
    print("label:", dict(Counter(l["label"] for l in labs)))
    print("hard negatives:", sum(l["hard_negative"] for l in labs),
          " ordinary benign:", sum(l["label"] == "benign" and not l["hard_negative"] for l in labs))
    print("lang:", dict(Counter(l["lang"] for l in labs)))
    print("lang x label:", dict(Counter((l["lang"], l["label"] + ("/hn" if l["hard_negative"] else ""))
                                        for l in labs)))
    print("late-risk (>=%d messages before first_flag): %d %s" % (LATE_MIN_BEFORE, len(late), late))
    pos = {}
    for l in labs:
        if l["first_flag"]:
            pos[l["conversation"]] = int(l["first_flag"].rsplit("-", 1)[1])
    print("first_flag message number:", pos)
    n = {}
    for e in evs:
        n[e["conversation"]] = n.get(e["conversation"], 0) + 1
    print("lengths: min %d max %d" % (min(n.values()), max(n.values())))
    groups = sorted({e["recipient"] for e in evs if e["recipient"].startswith("g_")})
    print("group chats:", groups)
    print("obfuscated conversations:",
          sum(not l["notes"].endswith("obfuscation: none") for l in labs))


if __name__ == "__main__":
    events, labels = build()
    dump(EVENTS, events)
    dump(LABELS, labels)
    summary(*check())
