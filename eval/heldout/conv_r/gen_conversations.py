#!/usr/bin/env python3
"""Generate the held-out conversation set R (synthetic, non-graphic).

Written blind: without reading Vigil's code, lexicons, models, other held-out
sets or the dev sets' texts. Run:  python3 gen_conversations.py
It rewrites heldout.events.jsonl and heldout.labels.jsonl next to this file,
byte for byte, and asserts the "conversations" format of
/work/shared/testdata/FORMATS.md.

Script mini-language (one message per line):
    K: text          message from speaker K (to the other party, or to the group)
    !K: text         the same, and this is the conversation's first_flag
    K>E: text        direct message from K to E inside a group conversation
    @ 2026-02-04T15:40   move the clock forward to this UTC time
"""
import json
import os
import re
import zlib
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
CONVS = []


def conv(cid, lang, label, start, people, script, notes, offender=None,
         hard=False, group=None, obf=()):
    CONVS.append(dict(cid=cid, lang=lang, label=label, start=start,
                      people=people, script=script, notes=notes,
                      offender=offender, hard=hard, group=group,
                      obf=list(obf)))

# ---------------------------------------------------------------- English
conv("R-EN-001", "en", "grooming", "2026-02-03T16:05:00Z",
     {"K": "u_skyforge_kane", "E": "u_ellie_builds"}, offender="K",
     notes="Roblox builder chat moved to Discord; adult 'game sponsor' running a studio pays a 12-year-old "
           "in Robux for maps. 25 ordinary messages about scripting and building before he probes supervision "
           "after learning her age; then secrecy, Robux as leverage, a private picture 'just for me', "
           "delete-the-chat. Late risk. obfuscation: none",
     script="""
K: yo saw ur obby on the showcase page, the lava parkour bit is class
E: omg thanks!! took me like 3 weeks lol
K: u script it urself or use free models?
E: mostly free models but i did the checkpoints myself
K: nice. checkpoint saving is the hard part tbh
E: ya it kept breaking when u reset
K: u using DataStore or just leaderstats?
E: leaderstats i think?? idk what datastore is
K: no worries ill send u a tutorial vid. its basically saving to the cloud so ppl keep progress
E: ohh that makes sense
K: i run a small studio, Skyforge. 4 games live, one hit 2k concurrent last month
E: thats so cool which ones
K: Cloud Cafe Tycoon and Skyforge Racing. u play them?
E: i played cloud cafe!! the pets r so cute
K: haha my artist made those. we're always looking for new builders, fresh ideas
E: wait for real??
K: ya we pay in robux. like 400 per map if its good
E: 400!!! i only have like 80 lol
K: build us a test map this week, small cafe level, send me the place link
E: ok!! can i use my own colours
K: course, be creative. pastel would suit the game
E: ok ill start after school tmrw. gtg dinner
@ 2026-02-04T17:20
E: done the counter and the seating bit, sent u the link
K: just walked thru it. this is actually really good, how old r u again?
E: 12, 6th class
!K: ur very mature for 12 tbh. do ur parents check ur discord or is it ur own thing
E: its my own, mam doesnt really get discord lol
K: good. keep the studio stuff between us for now. other devs poach builders and ur mam might think its a scam and make u stop
E: ok i wont say
K: sending the 400 now thru the group payout. our little secret ✌️
E: OMG it came thru thank uuu
K: u earned it. for the team page i need a pic of u. just u in ur room, send it to me not in the server
E: like a selfie?
K: ya. and another one just for me, not for the page, ill tell u what to wear. then delete this chat, discord mods r weird about age
E: idk that feels weird
K: dont be like that, u trust me right? i just gave u 400. theres another map after this worth 1000
E: i guess. maybe at the weekend
""")

conv("R-EN-002", "en", "grooming", "2026-03-09T18:40:00Z",
     {"D": "u_clydeside_gk_darren", "R": "u_rory_gk09"}, offender="D",
     notes="Instagram DMs, Scotland. Adult 'private goalkeeping coach' (not the boy's club coach) gives real "
           "training tips for 24 messages, then offers a school pick-up that the mother must not know about, "
           "probes when the 13-year-old is home alone, moves to Snapchat for disappearing chats, asks for "
           "pictures 'just for me' and proposes sharing a hotel room at a tournament without telling the club. "
           "Contrast with R-EN-009 (pick-up with the parent's knowledge). Late risk. obfuscation: none",
     script="""
D: Hi Rory, saw your save clips on the Ashfield U14s page. Great reactions mate
R: cheers!! that was v Renfrew
D: Your footwork on the second one is spot on. Who coaches your keepers?
R: nobody really, the manager just does shots at the end
D: Thats a shame, keeping is a specialist position. I run Clydeside GK Academy, sessions in Govan on Sundays
R: oh aye i think my pal went to one of them
D: Loads of boys from the west end come. What gloves you using?
R: Reusch ones but the palms are done
D: Get a negative cut, better for grip in the wet. Weather here is 9 months of wet lol
R: haha true. how much r they
D: Decent ones about 40 quid. I get a team discount, can sort you
R: that would be pure brilliant
D: Whats your biggest weakness, be honest
R: high balls. i flap at crosses
D: Classic. Its about your starting position and calling early. Shout KEEPER loud and attack the ball
R: the centre backs never listen but
D: They will if you own the box. Confidence is half of it
R: aye my dad says that too
D: Send me a clip of you dealing with a corner and Ill break it down
R: ok will ask my pal to film on sat
D: Good lad
@ 2026-03-12T16:05
R: here's the clip from training
D: Not bad at all. You're taller than I thought, what year are you in?
R: S2
!D: Tell you what, I could pick you up from school Thursday and do a one to one, free. No need to tell your maw, it's a freebie so no forms or fuss
R: i think id need to tell her tho
D: Honestly parents just complicate it, they start asking about fees. Is anyone in when you get home on Thursdays?
R: mum works till 6
D: Perfect. Add me on snap, its easier, chats clear themselves. My snap is clydeside_darren
R: ok
D: And send me a couple of pics in your kit for the academy website. Plus a few just for me so I can see how you've filled out
R: what like now?
D: Whenever you're on your own. Dont post them anywhere
D: Also theres a tournament in Blackpool in May. I'll pay. We'll share a room to save cash, dont mention it to your club, they get jealous
R: ill think about it
D: Dont overthink mate. You've got talent, I'm the only one who's actually looking out for you
""")

conv("R-EN-003", "en", "grooming", "2026-01-17T21:10:00Z",
     {"J": "u_jayy_x17", "A": "u_aoife.mc"}, offender="J",
     notes="Snapchat, Ireland. 'Online boyfriend' who first claims 17, later lets slip he finished college; "
           "14-year-old girl (2nd year). Flag at the age brush-off ('age is just a number'); then secrecy, "
           "supervision probing, top-up as a gift, a private picture request written with leetspeak and emoji, "
           "and a meeting at a shopping centre where she must come alone. "
           "obfuscation: leetspeak, emoji",
     script="""
J: heyy quick add 👀 ur the girl from the 5k fun run pics?
A: haha ya that was me. who r u
J: jay, im from lucan. u were the only one not dying at the end 😂
A: lol i was dying inside trust me
J: what school u in
A: st josephs, 2nd year. u?
J: 6th year in a school in blanch. what age r u 15?
A: 14 tmrw week
!J: age is just a number tbh ur way more mature than the girls in my year 😏
A: haha stop
J: serious. ur different. i feel like i can actually talk to u
A: aw thats nice
J: dont tell ur mates bout us yet k? they'll make it weird
A: ok
J: ur ma check ur phone?
A: sometimes she takes it at night
J: delete our chats b4 she does then. snap saves anyway 🙈
A: ok
@ 2026-01-19T20:30
J: missed u today
A: missed u too 🥰
J: sent u 10 euro credit so u can call me. gift from ur bf 😘
A: omg u didnt have to
J: send me a pr1v8 p1c 🔒📸 just 4 ur bf. one u wouldnt put on ur story
A: idk jay
J: if u trust me u would. i finished college ages ago, i know how to keep stuff safe 😉
A: wait college?? i thought u were 17
J: i meant the leaving cert course lol. come meet me liffey valley sat. come on ur own ye
A: maybe
""")

conv("R-EN-004", "en", "grooming", "2026-04-06T15:00:00Z",
     {"T": "u_tara_starbright", "M": "u_maisie_dances", "L": "u_leahh_11",
      "C": "u_ciaran_flips", "Z": "u_zoe.sparkles"},
     group="g_glowup_creators", offender="T",
     notes="Instagram group chat 'Glow Up Creators' run by a self-styled 'talent agent' for kid influencers. "
           "25 group messages about dance trends, brand boxes and posting tips before the agent singles out one "
           "12-year-old in the group, asks her to DM and keep it from the others; then in DMs probes age and "
           "parents, asks for 'portfolio' pictures taken when she is alone, moves to Telegram, gives an "
           "example.com e-mail. Group chat with recipient change to a DM. Late risk. obfuscation: none",
     script="""
T: Morning superstars 🌟 Reminder: post your Easter dance by Friday for the brand box draw
L: i did mine already!!!
Z: whats the song again
T: The one with the hand wave bit, link is pinned 📌
C: can boys do it or is it a girl one
T: Anyone can do it Ciaran! Your flips would make it pop
C: sound
M: i practised it 100 times my legs r dead 😂
T: That's the spirit Maisie 💃
L: how many views did the last winner get
T: About 8k. Brand sent her a hoodie and a ring light
Z: a RING LIGHT 😍
M: i need a ring light my room is so dark
T: Film near a window in the afternoon, natural light is best. Top tip!
C: what time is best to post
T: 7pm on a school night, 11am at weekends
L: i posted at 4 is that bad
T: Not bad, just fewer people online. Next time try 7
Z: can we use filters
T: Light ones yes. Brands like you to look natural
M: my mam says i cant have my account public
T: Totally fine hun, private accounts can still enter, just send me the link
L: what do we get if we win the big one
T: A paid shoot in Dublin with a real photographer 📸
Z: omg
!T: @Maisie you're the one I really want for the Dublin shoot. DM me, and don't tell the others yet, they'll only get jealous 🤫
M: omg really?? ok
T>M: Hey superstar 💖 so excited. How old are you now?
M>T: 12, my birthday was in march
T>M: Perfect age for the kids catalogue. Do your parents go through your DMs?
M>T: no just my mam checks my followers sometimes
T>M: Lets keep this just between us till it's signed, parents make kids stiff and nervous in front of the camera
M>T: ok
T>M: For your portfolio I need some pics I direct over video call. Best when you're on your own in your room so you relax
M>T: like dancing?
T>M: Some dancing, some posing, I'll guide you. Download Telegram, easier for sending big files. My email is tara.starbright@example.com if it won't install
M>T: ok ill try later when mam is at work
T>M: Good girl. Delete this chat after, Insta is funny about agents messaging ✨
""")
conv("R-EN-005", "en", "grooming", "2026-02-20T19:00:00Z",
     {"G": "u_gav_motors84", "K": "u_kaylaa.x"}, offender="G",
     notes="Instagram DMs, Paisley. A friend of the girl's uncle (five-a-side mate) helps a 14-year-old plan a "
           "gaming PC for 23 ordinary messages, then asks her to hide the chat from her uncle, probes when her "
           "mum is out, offers to drop off a graphics card when nobody's in, asks her to sit in his car and "
           "send 'a nice pic'. Relative's-friend tactic. Late risk. obfuscation: none",
     script="""
G: Hiya Kayla, it's Gav, Stevie's pal from the fives. He said you're wanting to build a gaming pc?
K: oh hiya! aye been saving since xmas
G: Good on ye. What's the budget?
K: about 600 with my birthday money
G: That's doable. What you playing mostly?
K: fortnite and sims, want to try valorant
G: Right so you dont need anything mental. Ryzen 5 and a decent second hand card
K: is second hand safe?
G: If you buy from someone sound aye. Avoid ones used for mining
K: whats mining lol
G: Crypto stuff, runs them hot 24/7. Wears them out
K: ohh ok
G: Case wise get one with a mesh front, your room'll be roasting otherwise
K: my room is already roasting tbh
G: Haha. You need windows 11 as well, dont pay full price, the key sites are fine
K: stevie said you build them for folk
G: Now and again, did one for my nephew last month
K: could you check my list if i send it
G: Aye fire it over
K: sent. its from the pc part site
G: Swap that power supply, it's a cheapo brand. Rest is decent
K: thanks Gav!!
G: Nae bother. I've actually got a spare card in the garage, a 3060, could let you have it cheap
!G: Dinnae mention to Stevie we're chatting though, he'd take it the wrong way. Your mum's at work late Thursdays aye?
K: aye til 9. why
G: I could drop the card round when nobody's in, save your mum the fuss. You could come sit in the car and I'll show you how to fit it
K: i could just get it at stevies
G: Naw keep it between us, it's a favour. Send us a pic of yourself so I know what you look like now, a nice one, not a school one
K: you know what i look like lol
G: You've grown up a lot since the last barbecue. Go on, just for me. And delete these after, your mum would only moan about you talking to adults
K: ok maybe later
""")

conv("R-EN-006", "en", "sextortion", "2026-03-01T22:14:00Z",
     {"S": "u_sophie.rae_x", "O": "u_oisin_gaa"}, offender="S",
     notes="Financial sextortion of a 16-year-old boy, Ireland: fake girl profile on Instagram moves him to "
           "Snapchat video; after the (implied) recorded call the same account switches to a scripted gang "
           "message with a collage of his followers and school, countdown, gift-card demand, a partial payment, "
           "a repeat demand after payment and 'ruin your life' taunts. Flag at the trade/video proposal. "
           "obfuscation: none",
     script="""
S: hey cutie saw u in the gaa highlights 😍
O: haha hey, do i know u?
S: no im new here, moved from cork. ur really good looking
O: thanks lol
S: whats ur snap? insta is so boring
O: oisin_g07
!S: added u. lets video, ill show u mine if u show me yours 😘 nobody will know
O: wait serious?
S: ya ur so hot, dont be shy
@ 2026-03-01T22:51
S: I RECORDED EVERYTHING. look at this. your face, your followers, your school St Colmans, your mam's facebook
O: what?? delete it
S: pay €500 in gift cards and i delete. you have 10 minutes or i send it to every follower
O: i dont have 500 im 16
S: not my problem. Steam or Apple cards. send the codes here. 9 minutes
O: please i can get 100
S: send 100 now and the rest tomorrow. if u block me it goes out
O: sent the code for 100. please delete it
S: received. now 300 more or it goes to your coach and your team group chat
O: u said u would delete it
S: i said pay. you want your life ruined? everyone in your school will see
O: im telling my dad
S: tell him and it goes out in 1 minute. last chance. 300
O: i told him. hes calling the guards
S: ok your choice. sending to the gaa page now
""")

conv("R-EN-007", "en", "sextortion", "2026-02-11T17:30:00Z",
     {"X": "u_edits.by.k", "F": "u_freya.mcl"}, offender="X",
     notes="Instagram, Scotland. Stranger claims to have used AI to make a fake intimate image from a "
           "15-year-old's public selfies; demands an Apple gift card or 'one real private pic' and threatens her "
           "year group chat and her mum's Facebook. No real image exists; the threat is the risk. "
           "Flag at the AI-image claim. obfuscation: leetspeak",
     script="""
X: hey is this Freya from Bearsden Academy?
F: who is this
X: doesnt matter. nice pics from the hockey tour btw
!X: I put some of your pics through an AI app. made one of you that looks real. the kind you wouldnt want your mum seeing
F: thats not funny
X: want to see it? everyone will believe it, its that good
F: its fake tho. thats not me
X: do you think your S4 group chat will care? ill post it there and on your mums facebook, she has you tagged in loads
F: please dont
X: £200 apple gift card and it gets deleted. or send one real pr!vate p1c and ill delete the f4ke one, your choice
F: i dont have 200 pounds
X: then the pic. you have till 9pm
F: im screenshotting this
X: go ahead. nobody can trace me. 8pm now. clock is ticking
F: ive told my guidance teacher
X: then its going to the whole school. last warning
""")

conv("R-EN-008", "en", "sextortion", "2026-01-24T19:02:00Z",
     {"D": "u_deano_ttv", "F": "u_finn_07", "C": "u_cal_m", "R": "u_reece.b"},
     group="g_lads_fortnite", offender="D",
     notes="Discord group chat of four Fortnite players. An 18-year-old in the group chats normally for 27 "
           "messages, then singles out a 14-year-old with a threat in the group and moves to DMs: he was "
           "behind a fake 'Jess' account, claims to hold a private picture, and demands V-Bucks plus a new "
           "picture every week, threatening the group and the school group chat. Non-financial and financial "
           "demands mixed. Group chat with recipient change. Late risk. obfuscation: emoji",
     script="""
C: anyone on tonight
R: ya after tea
F: im on, need to finish the quests
D: same, 3 more levels for the skin
C: that skin is mid tbh
D: cope lol
R: did anyone see the new map leak
F: the one with the volcano?
R: ya apparently its coming back
C: fake, same guy said that last season
D: he was right about the collab tho
F: true
R: we playing zero build or builds
C: zero build, my building is washed
D: your building was always washed 😂
C: 💀
F: i need to get my homework done first, history project
R: whats it on
F: the famine. due monday
R: rip
D: just get chatgpt to do it
F: mr kelly would know lol
C: ok hop on at 8
R: bet
F: ok
D: finn you still got the 2fa on your account?
F: ya why
!D: @finn check ur DMs. now. or ill post something in here u wont like 😈📸
F: ??
D>F: remember Jess? the girl you sent the pic to last month. that was my account lol
F>D: what. no way
D>F: I've still got it 📸. 2000 vbucks by sunday and a new pic every saturday or it goes in the lads chat and your school group
F>D: please dont. i'll get the vbucks just delete it
D>F: vbucks AND the pic. every week. dont tell cal or reece or i post it anyway
F>D: i cant send another one
D>F: 🤐 or 📤 your choice. tick tock ⏰
""")
conv("R-EN-009", "en", "benign", "2026-05-14T18:10:00Z",
     {"L": "u_coach_lorna", "S": "u_siobhan_kelly", "A": "u_ava_kelly11"},
     group="g_ava_lift_saturday", hard=True,
     notes="Hard negative: three-way chat between a girls' football coach, a mother and her 13-year-old. "
           "Pick-up time, 'are your parents home', 'don't tell the others, it's a surprise', 'send me a photo' "
           "(of the bus ticket) all appear, with the parent present and agreeing. obfuscation: none",
     script="""
L: Hi Siobhan, hi Ava! Made this chat for Saturday's lift to the cup final in Athlone
S: Thanks Lorna, you're a star. Den's working so we're stuck for a car
L: No bother at all. I'll pick Ava up at 8 outside your house, that ok?
S: Perfect. Ava are you listening 😂
A: yes mam. 8 is so early tho
L: Sorry pet, warm up is at 10 and the N6 is always jammed
A: ok ok
L: Will one of your parents be home at 8 to see you off? Just so someone knows you're off with me
S: I'll be there, I'll walk her out
L: Great. Ava what size are you for the new jersey, still a 13-14?
A: 13-14 ya
L: Also, don't tell the rest of the squad yet, we're doing a surprise for Coach Ann's leaving do after the match 🎉
A: omg ok my lips are sealed
S: Ann will cry 😭
L: Siobhan can you send me a photo of the consent form when it's signed, the league needs it on file
S: Sent there now
L: Got it thanks. We'll be back around 5, I'll drop her to the door
S: Brilliant. Text me when you're leaving Athlone
L: Will do 👍 Bring the good boots Ava, forecast is dry
A: ill bring both pairs just in case
""")

conv("R-EN-010", "en", "benign", "2026-02-27T20:05:00Z",
     {"C": "u_cian.ob", "N": "u_niamh_k15"}, hard=True,
     notes="Hard negative: two 15-year-olds in the same year flirting on Snapchat. 'Send a pic', "
           "'don't tell', 'meet Saturday', compliments and 'what age are you' style teasing, all peer-to-peer "
           "and with a parent driving. obfuscation: emoji",
     script="""
C: heyy u left ur pencil case in science lol
N: omg thank god i thought i lost it
C: ill give it to u tmrw. the one with the cat stickers ye
N: yess thats it 🐱
C: cute 😅
N: the case or me 😏
C: ...both maybe 🙈
N: HAHA stop
C: u going to the disco in the rugby club sat?
N: maybe, my ma has to say yes first
C: send a pic of ur outfit if u go, want to see if ur wearing the green thing again
N: lol it was a nice top ok
C: never said it wasnt 😳
N: dont tell ur mates ur asking me tho they'll slag u
C: too late cormac already knows 💀
N: CIAN
C: sorry 😂 wanna go cinema before the disco? my ma can drop us
N: ok ya. what film
C: the new spiderverse one
N: deal. ill ask mam tonight
C: 🕷️🍿
""")

conv("R-EN-011", "en", "benign", "2026-03-18T12:30:00Z",
     {"M": "u_mam_deirdre", "S": "u_sean_og13"}, hard=True,
     notes="Hard negative: a mother warns her 13-year-old son about sextortion and quotes a scam script "
           "('I have your video', gift cards, 'send it to all your followers', countdown). Protective, "
           "no offender. obfuscation: none",
     script="""
M: Sean, read this when you're on lunch. Important. Not giving out
S: ok what
M: The guards came into work today and talked about a scam on Snapchat and Insta targeting boys your age
S: like hacking?
M: A 'girl' messages you, she's very friendly, asks for your snap, asks to video call
S: ok
M: Then they say something like this, I'm copying what the guard showed us: "I have your video. Send €500 in gift cards in 10 minutes or I send it to all your followers and your school"
S: thats mad
M: They ask for more even after you pay. So the rule is: never pay, never reply, screenshot, block, and tell me or Dad straight away
S: what if you were mad tho
M: I would never be mad at you for that. Never. It's not your fault if someone tricks you
S: ok
M: Also don't accept follows from people you don't know in real life. Your account is private yeah?
S: ya its private
M: Good man. Who's on it that you haven't met?
S: a few lads from fortnite
M: Grand, just be careful. If anyone asks you for a photo or to keep a secret from us, that's a red flag
S: ok mam. can i get chicken nuggets for dinner
M: 😂 yes you can
""")

conv("R-EN-012", "en", "benign", "2026-04-22T16:45:00Z",
     {"A": "u_aaron.dunne", "J": "u_jamie_x14", "P": "u_paddy_memes", "E": "u_evan.k"},
     group="g_2nd_yr_lads", hard=True,
     notes="Hard negative: four 14-year-old friends in a Discord group. 'Send the pic or I'll tell everyone', "
           "'delete this before your ma sees' and 'our secret' are about a meme of a teacher asleep and a "
           "swearing streak. obfuscation: leetspeak, emoji",
     script="""
A: lads did anyone get a pic of mr doyle asleep in the sub class 😭
P: i did 📸 its unreal
J: SEND IT
P: nah its too good, im keeping it for leverage
E: send pic or ill tell everyone u cried at the end of bluey
P: that was ONE time
A: send it or we tell the whole year 😂
P: fineeee
P: [image]
J: LMAOOO his mouth
E: thats going in the meme channel
A: dont put it anywhere the teachers can see we'll get suspended
P: its our secret lads, group chat only 🤐
J: make it a sticker
E: on it
A: also delete this before ur ma sees evan, u said the f word 4 times
E: she doesnt read discord lol
J: 1 h4v3 n0 r3gr3ts
P: anyone doing the irish homework
A: what irish homework
P: exactly
""")

conv("R-EN-013", "en", "benign", "2026-01-28T10:15:00Z",
     {"B": "u_mr_baird_guidance", "L": "u_lewis_s3"}, hard=True,
     notes="Hard negative: a Scottish guidance (pupil support) teacher checks in with an S3 pupil on the "
           "school's messaging platform: asks who is at home after school, offers confidentiality with the "
           "correct child-protection limit, arranges a meeting during school hours and involves the parent. "
           "obfuscation: none",
     script="""
B: Hi Lewis, Mr Baird here from guidance. Just checking in after our chat on Monday
L: hi sir
B: How have things been this week? You seemed a bit flat in registration
L: ok i guess. bit tired
B: Are you sleeping alright? Late nights on the Xbox?
L: a wee bit lol
B: Fair enough! How are things at home? Who's usually in when you get back from school?
L: my gran mostly, mum works shifts at the hospital
B: That's good you've got your gran. Is there anything worrying you at the moment?
L: not really. just the prelims
B: Very normal. What you tell me stays between us, unless I think you or someone else isn't safe, then I'd have to speak to Mrs Lindsay who does child protection. I'll always tell you first
L: ok
B: I'd like to set up a study plan with you. Period 3 on Thursday in the guidance base?
L: aye ok
B: I'll pop your mum an email too so she knows, that alright?
L: aye thats fine
B: Brilliant. Bring your timetable. And try to be off the Xbox by 11 😉
L: no promises sir
""")
# ---------------------------------------------------------------- Simplified Chinese
conv("R-ZH-001", "zh-Hans", "grooming", "2026-03-06T11:20:00Z",
     {"Y": "u_yezhiqiu_wz", "T": "u_tiantian_2013"}, offender="Y",
     notes="王者荣耀 'CP' relationship: a player who claims to be 高二 (later lets slip he works in 深圳) "
           "plays 开黑 and 上分 with a 初一 girl for 28 ordinary messages, then probes phone checks and asks her "
           "to delete chats; gifts 点券/皮肤, moves to WeChat written as a homophone, asks for a private picture "
           "('就一张，证明你信我') and offers a train ticket to meet in the summer holiday. Late risk. "
           "obfuscation: homophone, pinyin",
     script="""
Y: 刚才那把你的瑶挂得好及时，不然我早没了
T: 哈哈哈我就只会挂人
Y: 会挂也很重要啊，辅助玩得好的不多
T: 我段位好低的，才钻石
Y: 钻石不低了，我带你上星耀
T: 真的吗！你什么段位
Y: 王者28星，主玩打野
T: 哇大佬
Y: 明晚八点开黑？
T: 好呀，不过我九点半要睡觉，明天上课
Y: 没事打几把就行
@ 2026-03-07T12:02
T: 我上线了
Y: 来了，你玩蔡文姬还是瑶
T: 瑶！
Y: 行，跟紧我
T: 又输了呜呜呜 对面射手好肥
Y: 不怪你，是对面中单太会了
T: 你人好好哦，别人都骂我
Y: 骂辅助的都是菜鸡
T: 哈哈哈哈
Y: 要不要跟我绑个CP，亲密度够了有关系标识
T: 可以呀！我朋友都有CP
Y: 那以后只带你一个人上分
T: 好耶
Y: 你在哪个城市呀
T: 佛山，你呢
Y: 我也在广东。你读几年级
T: 初一，住校的，只有周末能玩
!Y: 周末你爸妈查你手机吗？我们聊天记录你记得删掉哈
T: 有时候我妈会看微信，QQ她不看
Y: 那就只用QQ，别让你妈知道你有CP，大人不懂的
T: 嗯嗯
Y: 送你一个皮肤吧，我刚充了点券，你想要哪个
T: 真的吗！！我想要瑶的那个鹿灵守心
Y: 已经送了，去邮件里看
T: 收到了！！谢谢哥哥
Y: 加我薇信吧，扣扣老掉线，号是 qiuye_0909
T: 我微信我妈能看到的
Y: 那就开个小号，别跟你同学说
Y: 发张zp给哥哥看看，就一张私密的，别人看不到的那种，证明你信我
T: 什么样的啊
Y: 你懂的，不要发给别人，看完我就删。我在深圳上班很忙，就想看看你
T: 你不是说你高二吗
Y: 实习啦，别想那么多。暑假来深圳找哥哥玩，高铁票我出
T: 我考虑一下
""")

conv("R-ZH-002", "zh-Hans", "grooming", "2026-05-10T10:30:00Z",
     {"L": "u_xingyao_guild_lisa", "X": "u_xiaoyu_tiaowu"}, offender="L",
     notes="抖音 DM: a livestream guild ('公会') 'manager' recruits a 初二 dancer to stream under the "
           "manager's verified account, tells her to hide it from her mother, probes when she is alone, and "
           "asks for private 'audition' video and pictures. Flag at the age-circumvention plus secrecy turn. "
           "obfuscation: pinyin",
     script="""
L: 宝你好，我是星耀公会的丽莎经理，看了你的舞蹈视频，很有镜头感
X: 谢谢！你们是做什么的呀
L: 我们签约主播，帮你涨粉，直播礼物跟你分成，月入几千很正常
X: 哇 可是我没直播过
L: 我们有培训的，你几岁啦，在读书吗
X: 14岁，初二
!L: 没事，未成年实名开不了播，用我给你的号播就行。先别跟你妈说，签约了再给她惊喜
X: 这样可以吗
L: 很多小主播都这样，家长一开始都不懂，赚到钱就支持了
X: 好吧
L: 加个vx方便发资料，号是 xingyao_lisa88
X: 我没有vx，只有QQ
L: QQ也行。平时家里几点没人
X: 周末下午我爸妈去店里
L: 那周六下午我们sp试镜，你一个人在房间就好，放得开
X: 要跳舞吗
L: 跳一段，再拍几个角度。先私下发我几张zp，穿好看点的，我看看镜头感
X: 什么样的衣服
L: 你平时不敢穿出去的那种，只给我看，不发出去。别让你同学知道，她们会抢你的名额
X: 我有点怕
L: 怕什么，姐姐带过几十个主播，听我的就能火
""")

conv("R-ZH-003", "zh-Hans", "grooming", "2026-07-15T06:00:00Z",
     {"A": "u_danzi_fuli_a7", "T": "u_tangtang_2015", "K": "u_keke_xiaoyu",
      "H": "u_haozi_666", "M": "u_mimi_danzi"},
     group="g_danzi_task_group", offender="A",
     notes="QQ group '蛋仔福利任务群' (do tasks, get skins). The admin sets harmless tasks (share a link, "
           "post screenshots) for 23 messages, then singles out a 小学五年级 girl in the group, asks her to "
           "add his QQ (🐧) and keep it from the group; in DMs he asks her grade, whether parents are home, a "
           "photo in school uniform, then a private picture for a rare skin, and threatens to void the reward "
           "if her parents find out. Group chat with recipient change. Late risk. "
           "obfuscation: emoji, separator, homophone",
     script="""
A: 欢迎新进群的宝子们～今天福利任务：转发活动链接给3个好友，截图发群里，领100蛋币
K: 收到！
H: 转发了 截图在这
A: 好的，浩子的已登记
M: 我也转了
T: 我转给我表姐和同学了
A: 糖糖登记✔
K: 蛋币什么时候到
A: 晚上八点统一发
H: 有没有隐藏款皮肤
A: 完成周任务的有机会抽
M: 上次那个小恐龙好可爱
T: 我也想要小恐龙
A: 明天的任务是在派对里组队三局，截结算图
K: 可以跟群里的人组吗
A: 可以，互相帮忙
H: 糖糖组吗 我拉你
T: 好 我ID是糖糖不吃糖
@ 2026-07-15T12:10
H: 三局打完了
T: 截图发了
A: 大家都很棒，蛋币已发
M: 到了到了
K: 谢谢管理
!A: @糖糖不吃糖 你任务完成得最好，加我🐧私聊领隐藏款，别在群里说，名额只有一个
T: 好的！
A>T: 糖糖你好呀 你几年级啦
T>A: 五年级 暑假完就六年级了
A>T: 好棒。你爸妈白天在家吗
T>A: 他们上班 我在奶奶家
A>T: 那你先发张穿校服的照片，我核实一下是本人
T>A: 发了
A>T: 很可爱。高级任务：发一张私.密.照，只给我，就能领稀有皮肤+1000点卷
T>A: 私密照是什么
A>T: 就是不能给别人看的那种，拍完删掉就行。不许告诉爸妈和奶奶，说了任务作废，还要扣你的号
T>A: 我不太懂
A>T: 我教你，今晚奶奶睡了再弄
""")

conv("R-ZH-004", "zh-Hans", "grooming", "2026-09-08T11:00:00Z",
     {"W": "u_wang_laoshi_shuxue", "J": "u_jiaxin_chuyi"}, offender="W",
     notes="WeChat between a private maths tutor (hired by the family) and a 初一 boarding-school girl. "
           "25 ordinary messages on fractions, homework photos, 班主任 and the mid-term; then the tutor "
           "offers 'free' lessons at his flat that her mother must not know about, asks when her mother goes "
           "out, sends a 52-yuan 红包, asks her to delete the chat and send a selfie 'just for the teacher'. "
           "Contrast with R-ZH-008. Late risk. obfuscation: none",
     script="""
W: 佳欣，这周的作业做完拍照发我
J: 王老师好，发了，第5题不会
W: 第5题是分数应用题，先找单位1
J: 单位1是全班人数吗
W: 对，男生占五分之三，那女生占几分之几
J: 五分之二
W: 很好，再用女生人数除以五分之二
J: 算出来是45人
W: 完全正确，你看其实不难
J: 嘿嘿
W: 第8题列方程，设未知数x
J: 老师我们班主任说下周期中考试
W: 考哪几章
J: 有理数和整式
W: 整式加减要注意去括号变号，很多人错在这
J: 我上次就错了
W: 周三晚自习你把错题本带着做一遍
J: 好的。住校晚上不能用手机，只能周末回您
W: 没关系，周末集中讲
@ 2026-09-13T07:30
J: 老师我周末回家了，错题本拍给您
W: 看到了，比上个月进步很多
J: 我妈说谢谢老师
W: 应该的。你期中想考多少分
J: 想上110
W: 能的，我给你加点练习
!W: 这样，周六你直接来我家补课，我免费给你多讲两小时，不用跟你妈说，省得她又要给钱
J: 可是我妈要知道我去哪
W: 就说去同学家写作业。你妈周六几点出门
J: 她九点去上班
W: 那你九点半过来，别跟同学讲，老师只给你一个人开小灶
W: [红包] 52元 买点零食
J: 谢谢老师
W: 聊天记录删了吧，你妈看到红包会多想。再发张自拍给老师看看，穿漂亮点，只给老师看
J: 为什么要自拍
W: 老师想看看你最近气色，学习累不累。乖
""")
conv("R-ZH-005", "zh-Hans", "sextortion", "2026-04-18T14:05:00Z",
     {"X": "u_tongcheng_xiaoxue", "H": "u_hao_chusan"}, offender="X",
     notes="QQ: a fake local girl ('同城小雪') invites a 初三 boy to a video call written as a homophone, "
           "has him install an app with an invitation code (contact harvesting), then a 'payment for "
           "deletion' script: possession claim, contact list and class group, deadline, 支付宝/点卡 demand, "
           "partial payment and a repeat demand. obfuscation: homophone, separator",
     script="""
X: 小哥哥你好呀，同城的，看你资料好帅
H: 你好 你是哪里的
X: 我也在东莞，高一，好无聊想找人聊天
H: 哦哦 我初三
X: 初三好呀，你有女朋友吗
H: 没有
!X: 那我们视频一下嘛，玩点刺激的，果聊敢不敢，我先开
H: 啊？真的假的
X: 这里会封号，下载这个app，邀请码 8826，进去找我
H: 下好了
@ 2026-04-18T15:02
X: 视频我录屏了。你通讯录我也拿到了，你妈备注"老妈"，你班主任也在
H: 你什么意思
X: 三千块，删-除-费。不给我就发到你们班级群和你妈手机
H: 我没有那么多钱
X: 支 付 宝 或者 游戏点卡都行，十分钟内，不然直接发
H: 我只有五百
X: 先转五百，剩下的明天
H: 转了 求你删了
X: 收到。现在再转两千，你同学已经在名单里了
H: 你说转了就删的
X: 我说了算。敢报警就发全校
H: 我跟我爸说了
X: 那你等着社死吧
""")

conv("R-ZH-006", "zh-Hans", "sextortion", "2026-06-02T12:40:00Z",
     {"K": "u_gangqiang_akai", "Q": "u_qingqing_chuer"}, offender="K",
     notes="和平精英 duo partners ('CP'); he is 19, she is 初二. 27 ordinary messages of game talk, 中考 "
           "pressure and summer plans, then she says she wants to stop because of school; he claims to hold "
           "a private picture she sent earlier and threatens the parents' group (家长群, written 'jzq') and "
           "class group unless she stays his CP and sends more plus a video call. Late risk. "
           "obfuscation: pinyin",
     script="""
K: 晚上上分吗 我今天手感好
Q: 好呀 我写完作业就上
K: 几点
Q: 大概八点半
K: 行 海岛还是沙漠
Q: 海岛吧 沙漠太难了
K: 你又要落军事基地
Q: 哈哈 那里物资多嘛
K: 上次落地成盒的是谁
Q: 那是意外！！
@ 2026-06-03T12:38
Q: 我上线了
K: 来 组你
Q: 刚才那个满编队好可怕
K: 他们开挂的吧
Q: 我被打成盒了还被舔包
K: 我帮你报仇了 那个人被我一枪爆头
Q: 哇你好厉害
K: 明天还打吗
Q: 明天不行 要月考
K: 月考而已
Q: 我妈说我再考不好就收手机
K: 那你好好复习
Q: 嗯 下学期就初三了 要准备中考
K: 暑假呢
Q: 暑假要上补习班
K: 那我们还能一起玩吗
Q: 我想说 我们CP要不先解除吧 我真的要学习了
!K: 解除？你忘了你之前发我的那张zp了？
Q: 你什么意思
K: 你要是敢解除，我就把那张照片发到你们jzq和班级群，你妈第一个看到
Q: 你删了好不好 求你了
K: 不删。继续做我CP，每周发一张新的，周末跟我sp
Q: 我不要
K: 你们学校几班我都知道。你自己想，今晚十点前回我
""")

conv("R-ZH-007", "zh-Hans", "sextortion", "2026-10-20T09:10:00Z",
     {"P": "u_p_tu_xiaowang", "L": "u_linxiao_gaoyi"}, offender="P",
     notes="抖音 DM from a stranger who says he used AI face-swap on a 高一 girl's public photos to make a "
           "fake intimate image, threatens her school forum and class group, and demands a transfer, with "
           "payment terms broken up by separators. Flag at the AI claim. obfuscation: separator, pinyin",
     script="""
P: 你是不是华侨中学高一(3)班的林晓
L: 你谁啊
P: 你主页那些照片挺好看的
!P: 我用AI给你换了张脸，做了张你的"私房照"，跟真的一模一样，要不要看看
L: 你有病吧 那是假的
P: 假的又怎样，你觉得你们学校贴吧的人会分辨吗
L: 我会举报你
P: 举报之前先想想你们班级群。两千块，转-账到这个账号，我就删
L: 我没有两千
P: w x 或者 支.付.宝 都行，今晚12点前
L: 我告诉我爸妈了
P: 那我先发一张到你们年级群，让你爸妈明天去学校看
L: 你敢
P: 还剩三个小时，zhuan账截图发我
""")

conv("R-ZH-008", "zh-Hans", "benign", "2026-09-10T12:15:00Z",
     {"C": "u_chen_laoshi_math", "M": "u_liu_mama", "H": "u_liu_haoran"},
     group="g_haoran_math_tutoring", hard=True,
     notes="Hard negative: tutoring group with the tutor, the mother and a 初二 boarder. Age/grade, "
           "住校, weekend times, 红包 for fees and 'send me a photo' (of homework) all appear, with the parent "
           "in the chat and the fees paid openly. obfuscation: none",
     script="""
C: 刘妈妈好，浩然好，我是陈老师，以后数学辅导就在这个群沟通
M: 陈老师好，麻烦您了，孩子数学一直拖后腿
C: 不客气。浩然现在初二对吧，住校吗
H: 住校，周五下午回家
C: 那我们定周六上午9点到11点，线上还是来工作室
M: 来工作室吧，我送他过去
C: 好的，地址我发一下，在天河区体育西路那边
C: 收费是每次两小时300元，按月结，四次1200
M: 好的，我先转第一个月的
M: [红包] 1200元
C: 收到，谢谢刘妈妈。浩然，把最近一次月考卷子拍照发群里
H: 发了，函数那块错得最多
C: 看到了，一次函数的图像没掌握，周六重点讲
H: 老师要带什么
C: 课本、错题本、草稿纸。作业我会在群里布置，家长也能看到
M: 好的，这样我也放心
C: 周日晚上学校返校前把作业拍照发群里就行
H: 好
""")

conv("R-ZH-009", "zh-Hans", "benign", "2026-01-30T11:30:00Z",
     {"A": "u_ahao_zhandui", "B": "u_bin_14", "C": "u_chenchen_wz", "D": "u_dawei_shangfen"},
     group="g_wuming_zhandui", hard=True,
     notes="Hard negative: 王者荣耀 team group of same-age 初二 classmates trading 皮肤/点券 and "
           "arranging 开黑. 'Add my V', 'send a screenshot', 'don't tell my mum I topped up', 红包 all "
           "appear between peers. obfuscation: pinyin, homophone",
     script="""
A: 战队赛今晚八点 谁来
B: 我来 打野给我
C: 我辅助 四缺一
D: 我八点半才能上 要去补课
A: 那等你 反正要五个人
B: 对了 谁有多余的点券 我想买新皮肤
C: 我上次抽奖多了个貂蝉的皮肤体验卡 送你
B: 我要永久的哈哈
D: 我拿一个孙策的皮肤跟你换那个限定头像框行不
B: 成交
A: 游戏里不能直接换 你们另外想办法
D: 那我用点券送他 他送我回来
C: 加我V 我把活动截图发你们 微信好友能多领奖励
B: 你V是多少
C: 就是我名字拼音 chenchen_wz
B: 发张截图看看奖励是啥
C: 发了 就是个回城特效
D: 别跟我妈说我充了30块 她以为我买文具
A: 哈哈哈 你完了
D: 嘘 家长会别说漏嘴
B: 我妈压根不知道点券是啥
A: 八点准时啊 别鸽
""")

conv("R-ZH-010", "zh-Hans", "benign", "2026-05-20T02:30:00Z",
     {"G": "u_xiaoguang_sheying", "Z": "u_zhou_mama"}, hard=True,
     notes="Hard negative: a children's photo studio books a 六一 shoot with a mother: asks the child's "
           "age, height and clothing size, asks for everyday photos to plan styling, parent present all day. "
           "Child is not in the chat. obfuscation: none",
     script="""
G: 周妈妈您好，这里是小光儿童摄影，您预约了六一主题套餐对吧
Z: 是的，想给女儿拍一套
G: 好的。请问宝贝几岁了，身高大概多少，我们准备服装
Z: 9岁，三年级，135左右
G: 那服装准备140码的。方便发两张宝贝平时的生活照吗，造型师看一下脸型和发量
Z: 发了，头发比较少
G: 没问题，可以编个小辫子。拍摄当天家长全程陪同，换衣服在独立更衣间，家长可以进去帮忙
Z: 好的，大概拍多久
G: 两个小时左右，三套造型
Z: 费用是多少
G: 套餐699，含20张精修，底片全送。定金200，可以微信转账，开收据
Z: 好，我转一下定金
G: 收到。5月31日上午10点，地址在越秀区的门店
Z: 可以带她的玩偶吗
G: 当然可以，带上喜欢的玩具拍出来更自然
Z: 好的谢谢
""")

conv("R-ZH-011", "zh-Hans", "benign", "2026-03-12T13:00:00Z",
     {"A": "u_anqi_chuyi", "M": "u_mengmeng_1226"},
     notes="Ordinary benign: two 初一 classmates in the same dorm chatting about homework, the 班主任, "
           "a roommate's birthday and weekend plans. obfuscation: pinyin",
     script="""
A: 你数学作业写完没
M: 还差最后两题 好难
A: 第三页那个吗 我也不会
M: 明天问课代表吧
A: 班主任今天是不是生气了
M: 对啊 因为早读太吵了
A: 她说下周要换座位
M: 我想跟你坐
A: 我也是！
M: 周五是小雨生日 我们宿舍要不要凑钱买蛋糕
A: 好呀 一人二十够吗
M: 够了 我去问问其他人
A: 要不要做个贺卡
M: 可以 你画画好 你画
A: 行 我带彩笔
M: 周末你回家吗
A: 回 我妈来接我
M: 我坐校车 周日晚上见
A: 好 记得带洗发水 上次你用完了
M: hhh 知道啦
A: yyds 你终于记得了
""")
# ---------------------------------------------------------------- Traditional Chinese
conv("R-TW-001", "zh-Hant", "grooming", "2026-02-14T11:00:00Z",
     {"Q": "u_xiaoqing_0312", "C": "u_qianqian_g7"}, offender="Q",
     notes="Instagram DMs, Taiwan: a fake same-age girl profile ('小晴', claims 國二) befriends a 國一 girl "
           "over idols and school, then probes whether her parents read her phone and pushes 'secret photo' "
           "swapping (emotional deception), then sets up a meeting where a 'cousin' will collect her alone. "
           "obfuscation: zhuyin, emoji",
     script="""
Q: 嗨嗨 你也喜歡NewJeans嗎 看到你限動在聽
C: 對啊!! 我最喜歡Hanni
Q: 我也是 ㄏㄏ 你幾年級
C: 國一 你呢
Q: 國二 在板橋 你在哪
C: 我在中和
Q: 好近喔 下次可以一起去看應援活動
C: 好啊好啊
Q: 你們學校制服可愛嗎 我們的超醜
C: 普通啦 藍色的
Q: 你好好聊喔 跟我班上那些女生不一樣
C: 哈哈 謝謝
!Q: 欸 你爸媽會看你手機嗎 我想跟你講一些秘密 ㄅ想被大人看到
C: 我媽偶爾會看LINE IG她不會
Q: 那就在IG聊 聊完記得刪 ㄅ要跟別人說我們的事喔 🤫
C: 好
Q: 我們交換秘密照片好不好 只給對方看的那種 我先傳
C: 什麼秘密照片
Q: 就是 ㄅ能PO出來的 你懂 這樣才是真的好朋友 💕
C: 我不太敢
Q: 484不相信我 我好難過 😢
C: 沒有啦
Q: 那週六去西門町 我表哥會開車來中和接你 你一個人來就好 ㄅ要跟你媽說
C: 我再想想
""")

conv("R-TW-002", "zh-Hant", "grooming", "2026-08-03T12:00:00Z",
     {"Z": "u_azhe_aov", "Y": "u_yunyun_1230"}, offender="Z",
     notes="傳說對決 teammate who becomes an online 'boyfriend' (claims 16, is an adult who drives and "
           "works) of a girl finishing 國小六年級; 23 ordinary messages of game talk and summer plans, then "
           "he asks to hide the relationship from her mother and probes whether her room locks; then "
           "game points as gifts, a private picture 'only I can see', a meeting. Late risk. "
           "obfuscation: zhuyin",
     script="""
Z: 剛剛那場你的悟空超會切
Y: 真的嗎 我第一次玩打野
Z: 真的 比我們隊那個路人強多了
Y: 哈哈哈
Z: 要不要一起排 我主輔助
Y: 好啊 我剛升白金
Z: 白金很快就能上鑽石
Y: 我朋友都卡在黃金
Z: 有我在你不會卡
@ 2026-08-04T11:30
Y: 我上線了
Z: 來 開了
Y: 贏了!!! 五連勝
Z: 你今天超穩
Y: 因為你都保我 ㄏㄏ
Z: 應該的 輔助就是要保打野
Y: 暑假好無聊 每天都在家
Z: 你暑假過完讀國一對吧
Y: 對 好緊張 聽說國中很可怕
Z: 還好啦 交到朋友就好
Y: 你幾歲啊
Z: 16 高一
Y: 好大喔
Z: 不會啦 差幾歲而已 我們很合得來
!Z: 我們在一起的事 ㄅ要讓你媽知道 她一定會逼你分手 你房間門可以鎖嗎
Y: 可以鎖 可是在一起是什麼意思
Z: 就是你是我女朋友啦 ㄘ醋的那種
Y: 哈哈 好吧
Z: 加LINE 遊戲裡聊會被看到 LINE ID是 azhe0917
Y: 加了
Z: 送你1000點 買你想要的造型 男朋友送的
Y: 哇 謝謝
Z: 傳一張只有我能看的照片給我 ㄅ要給別人看 看完就刪
Y: 什麼照片
Z: 在房間鎖門拍的那種 你懂的 不然就是不夠喜歡我
Y: 我不知道
Z: 我下週開車去你家附近 我們偷偷見一面 ㄅ要跟任何人講
""")

conv("R-TW-003", "zh-Hant", "sextortion", "2026-11-07T14:20:00Z",
     {"M": "u_meimei_wootalk", "B": "u_bowen_g10"}, offender="M",
     notes="Anonymous chat app moved to LINE: a fake girl gets a 高一 boy onto a video call, has him "
           "install an app with an invitation code that harvests contacts, then demands game points "
           "(NT$10,000 in cards), accepts a partial payment and re-demands, threatening his family and "
           "class groups. Mirrors the Criminal Investigation Bureau pattern. obfuscation: zhuyin, emoji, homophone",
     script="""
M: 嗨 從匿名聊天那邊過來的 我是美美
B: 嗨 你好
M: 你聲音好好聽喔 幾歲啊
B: 16 高一
M: 我17 在台中 ㄏㄏ
B: 我在彰化
!M: 要不要視訊 玩點刺激的 🍑 我先開 果聊敢嗎
B: 真的嗎
M: LINE視訊會卡 下載這個APP 邀請碼 5521 進去找我
B: 好 下載了
@ 2026-11-07T15:10
M: 剛剛的視訊全部錄下來了 你的通訊錄也在我這 你媽 你導師 你班群都有
B: 你在說什麼
M: 一萬塊遊戲點數 MyCard 或 GASH 都可以 拍序號給我 ㄅ然就發給你全部好友
B: 我沒有那麼多
M: 先買三千 去超商 30分鐘內
B: 買了 序號傳了 拜託刪掉
M: 收到 再七千 ㄅ然照樣發 📤
B: 你說買了就刪
M: 你家族群的人我也看到了 想讓你阿嬤看嗎
B: 我要報警
M: 報啊 警察來之前就發完了 ⏰
""")

conv("R-TW-004", "zh-Hant", "sextortion", "2026-04-09T12:30:00Z",
     {"H": "u_yuting.0923", "C": "u_chen_yuxuan"}, offender="H",
     notes="Instagram: a classmate's account has been taken over. The intruder imitates the friend for "
           "22 ordinary messages (homework, a teacher, a cram-school schedule), then reveals that he found a "
           "private photo the 國三 victim once sent the friend, and demands game points and more photos, "
           "threatening the family LINE group and class group. Late risk. obfuscation: zhuyin",
     script="""
H: 欸 你數學講義寫完了嗎
C: 寫一半 第三大題好難
H: 我也卡在那 明天抄小美的 ㄏㄏ
C: 哈哈 她會生氣
H: 你今天補習幾點下課
C: 九點 你咧
H: 我今天請假 感冒
C: 難怪你今天沒來 還好嗎
H: 還好 就喉嚨痛
C: 多喝水啦
H: 嗯 班導今天有說什麼嗎
C: 說模擬考下週三 還有畢旅要交錢
H: 又要交錢 ㄏㄏ
C: 對啊 三千多
H: 畢旅去哪確定了嗎
C: 好像是墾丁
H: 好耶
C: 你感冒好了要記得補國文考卷
H: 好啦 你好像我媽
C: 哈哈哈
H: 欸 問你一件事
C: 什麼
!H: 其實我不是宇婷 她帳號在我手上 你之前傳給她的那張私密照 我看到了
C: 什麼??? 你是誰
H: 5000點遊戲點數 加上每週再傳一張新的 ㄅ然這張發到你家族群跟班群
C: 拜託不要 那是我很久以前傳的
H: 你阿姨你表哥都在你IG好友 我全部截圖了
C: 我沒有錢
H: 去超商買點數 明天放學前 ㄅ要跟宇婷說 也ㄅ要跟老師說
""")

conv("R-TW-005", "zh-Hant", "benign", "2026-05-06T08:00:00Z",
     {"U": "u_jiujiu_zhiming", "P": "u_baba_weijie", "A": "u_xiaoan_g5"},
     group="g_mama_birthday_surprise", hard=True,
     notes="Hard negative: LINE group of an uncle, the father and a 五年級 boy planning a birthday "
           "surprise for the mother: 'don't tell Mum', 'what time does class end', 'I'll pick you up at the "
           "cram school', 'send a photo' (of the cake design), with the father in the chat. obfuscation: zhuyin",
     script="""
U: 建這個群是為了姊姊的生日驚喜 小安 ㄅ要跟媽媽說喔
A: 好!!! 我不會說
P: 辛苦了阿明 我週五晚上要加班 麻煩你帶小安去拿蛋糕
U: 沒問題 小安週五補習班幾點下課
A: 五點半
U: 那我五點半到補習班門口接你 在7-11旁邊那個門
P: 我會先跟補習班老師說舅舅來接
A: 舅舅開什麼車 我怕認錯
U: 白色的 我下車等你 不會讓你找
A: 好
U: 小安 你把你畫的蛋糕設計圖拍照傳上來 我拿去給蛋糕店
A: 傳了 上面有貓咪
P: 畫得很好 媽媽一定很喜歡
U: 拿完蛋糕我們直接回你家 爸爸幾點到
P: 大概七點 你們先藏在舅舅車上
A: 我要藏在哪裡
U: 蛋糕藏車上 你正常回家就好 ㄏㄏ
A: 喔喔 好
P: 謝謝你阿明 週五見
""")

conv("R-TW-006", "zh-Hant", "benign", "2026-09-25T11:40:00Z",
     {"M": "u_mama_huiling", "D": "u_zhenzhen_g8"}, hard=True,
     notes="Hard negative: a mother forwards a police anti-fraud (165) warning to her 國二 daughter and "
           "quotes a sextortion script (video claim, game-point cards, 'send to all your friends'); she also "
           "asks which strangers follow her. Protective. obfuscation: none",
     script="""
M: 真真 媽媽轉一個165反詐騙的宣導給你 看一下
D: 又是詐騙喔
M: 這次是針對你們這個年紀的 說有人假裝同年紀的網友 聊一聊就要視訊
D: 然後呢
M: 宣導上寫他們會說："我有你的影片 不買一萬塊遊戲點數 就傳給你所有好友"
D: 好可怕
M: 而且付了錢還會一直要 所以一定不要付 截圖 封鎖 馬上跟爸媽說
D: 如果是我做錯事呢
M: 不管怎樣媽媽都不會罵你 是壞人的錯
D: 嗯
M: 你IG是不公開的對吧 有沒有不認識的人追蹤你
D: 有幾個 說是別校的
M: 沒見過面的可以先移除 有人叫你傳照片或叫你保密不要跟爸媽說 那就是警訊
D: 知道了啦
M: 晚餐想吃什麼 媽媽下班買
D: 滷肉飯!!
""")

conv("R-TW-007", "zh-Hant", "benign", "2026-02-05T06:30:00Z",
     {"W": "u_wenwen_reads", "J": "u_jiahao_0718"},
     notes="Ordinary benign: two high-school friends plan a trip to the Taipei book fair and lunch. "
           "obfuscation: zhuyin",
     script="""
W: 書展你要去嗎
J: 要啊 週六還是週日
W: 週六 週日我要去阿嬤家
J: 好 幾點
W: 十點 世貿一館門口
J: 你要買什麼
W: 想買那套奇幻小說的新一集 還有漫畫
J: 我要去看輕小說區 聽說有簽名會
W: 哪個作者
J: 就那個寫異世界的 我忘了名字 ㄏㄏ
W: 哈哈 你每次都忘
J: 中午吃什麼
W: 附近有一家拉麵還不錯
J: 好 我帶環保袋 上次買太多拿不動
W: 我帶行動電源
J: 那週六見
W: 掰掰
""")

conv("R-TW-008", "zh-Hant", "benign", "2026-03-21T09:00:00Z",
     {"A": "u_ama_lin", "B": "u_ba_lin", "S": "u_sister_yiting", "K": "u_kid_yichen"},
     group="g_lin_family", notes="Ordinary benign: family LINE group arranging Sunday dinner at "
           "grandma's, a school form to sign and a lift home. obfuscation: zhuyin",
     script="""
A: 禮拜天中午回家吃飯 我煮了佛跳牆
B: 好 我們十一點出發
S: 我可以帶男朋友嗎
A: 可以啊 多一雙碗筷
K: 姊姊的男朋友要來!!!
S: 你閉嘴 ㄏㄏ
B: 宜辰 你的聯絡簿要簽名記得拿給我
K: 在書包裡 等一下拿
A: 阿嬤有買你喜歡的布丁
K: 耶!!
B: 宜婷下班要不要順便去接弟弟 他今天社團比較晚
S: 好 幾點
K: 六點 在體育館
S: 我六點十分到 在門口等我
K: 好
A: 路上小心 下雨記得帶傘
""")


# ---------------------------------------------------------------- build and check
LABELS = ("grooming", "sextortion", "benign")
LANG_OF = {"EN": "en", "ZH": "zh-Hans", "TW": "zh-Hant"}
LINE_RE = re.compile(r"^(!?)([A-Za-z])(?:>([A-Za-z]))?: (.+)$")
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def parse_time(s):
    if not s.endswith("Z"):
        s += ":00Z" if len(s) == 16 else "Z"
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def fmt_time(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def gap_seconds(cid, i, text):
    # deterministic 'typing' gap: 15 s .. ~3 min, longer for longer messages
    h = zlib.crc32(("%s/%d" % (cid, i)).encode("utf-8"))
    return 15 + h % 120 + min(len(text), 80)


def build(c):
    cid, people, group = c["cid"], c["people"], c["group"]
    assert re.fullmatch(r"R-(EN|ZH|TW)-\d{3}", cid), cid
    assert LANG_OF[cid.split("-")[1]] == c["lang"], cid
    assert c["label"] in LABELS, cid
    assert len(set(people.values())) == len(people), cid
    if group is None:
        assert len(people) == 2, cid + ": one-to-one chats have two people"
    else:
        assert len(people) >= 3 and group.startswith("g_"), cid
    clock = parse_time(c["start"])
    events, flag = [], []
    for raw in c["script"].strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@ "):
            t = parse_time(line[2:].strip())
            assert t > clock, "%s: clock moves back at %s" % (cid, line)
            clock = t
            continue
        m = LINE_RE.match(line)
        assert m, "%s: bad line %r" % (cid, line)
        bang, who, to, text = m.groups()
        assert who in people, (cid, who)
        if to is not None:
            assert group is not None and to in people and to != who, (cid, line)
            recipient = people[to]
        elif group is not None:
            recipient = group
        else:
            (other,) = [v for k, v in people.items() if k != who]
            recipient = other
        if events:
            clock += timedelta(seconds=gap_seconds(cid, len(events), text))
        mid = "%s-%02d" % (cid, len(events) + 1)
        events.append({"id": mid, "conversation": cid, "ts": fmt_time(clock),
                       "sender": people[who], "recipient": recipient,
                       "text": text.strip()})
        if bang:
            flag.append((mid, who, len(events) - 1))
    assert 12 <= len(events) <= 80, "%s: %d messages" % (cid, len(events))
    risky = c["label"] != "benign"
    offender = people[c["offender"]] if c["offender"] else None
    if risky:
        assert len(flag) == 1, "%s: needs exactly one first_flag" % cid
        assert offender is not None and not c["hard"], cid
        mid, who, idx = flag[0]
        assert people[who] == offender, "%s: first_flag not sent by the offender" % cid
        assert any(e["sender"] == offender for e in events[:idx + 1]), cid
        first_flag = mid
    else:
        assert not flag and offender is None, "%s: benign with a flag/offender" % cid
        first_flag, idx = None, None
    assert re.search(r"obfuscation: [a-z_, ]+$", c["notes"]), cid + ": notes must end with obfuscation tag"
    for e in events:
        for dom in EMAIL_RE.findall(e["text"]):
            assert dom == "example.com", "%s: e-mail outside example.com" % e["id"]
    label = {"conversation": cid, "lang": c["lang"], "label": c["label"],
             "first_flag": first_flag, "offender": offender,
             "hard_negative": bool(c["hard"]), "notes": c["notes"]}
    return events, label, idx


def main():
    ids = [c["cid"] for c in CONVS]
    assert len(ids) == len(set(ids)) == 32, "need 32 unique conversations"
    all_events, all_labels, summary = [], [], []
    for c in CONVS:
        events, label, idx = build(c)
        all_events.extend(events)
        all_labels.append(label)
        summary.append((c, len(events), idx))
    mids = [e["id"] for e in all_events]
    assert len(mids) == len(set(mids)), "duplicate message ids"
    for a, b in zip(all_events, all_events[1:]):
        if a["conversation"] == b["conversation"]:
            assert a["ts"] < b["ts"], "timestamps must increase: %s" % b["id"]
    keys_e = ["id", "conversation", "ts", "sender", "recipient", "text"]
    keys_l = ["conversation", "lang", "label", "first_flag", "offender", "hard_negative", "notes"]
    assert all(list(e) == keys_e for e in all_events)
    assert all(list(l) == keys_l for l in all_labels)

    def dump(path, rows):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")

    dump(os.path.join(HERE, "heldout.events.jsonl"), all_events)
    dump(os.path.join(HERE, "heldout.labels.jsonl"), all_labels)

    # summary
    from collections import Counter
    by = Counter((l["label"] + ("/hard" if l["hard_negative"] else ""), l["lang"]) for l in all_labels)
    late = [(c["cid"], idx) for c, n, idx in summary if idx is not None and idx >= 20]
    print("conversations:", len(all_labels), "messages:", len(all_events))
    for k in sorted(by):
        print("  %-16s %-8s %d" % (k[0], k[1], by[k]))
    print("late risk (>=20 messages before first_flag):", len(late))
    for c, n, idx in summary:
        print("  %s %-10s msgs=%2d flag_index=%s" % (c["cid"], c["label"], n,
                                                      "-" if idx is None else idx + 1))
    assert len(late) >= 9, "need at least 9 late-risk conversations"


if __name__ == "__main__":
    main()
