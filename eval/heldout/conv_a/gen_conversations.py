#!/usr/bin/env python3
"""Generate the Vigil held-out conversation set (synthetic, non-graphic).

Run:  python3 gen_conversations.py   -> writes heldout.events.jsonl, heldout.labels.jsonl
Deterministic (seeded). Written from scratch by a writer who did not see Vigil's lexicons,
source code or the development-set texts.

Body mini-language (one message per line):
  "a: text"    message from participant code a
  "!a: text"   same, and this message is the conversation's first_flag
  "~40m" / "~3h" / "~2d" / "~90s"   extra gap before the next message
Default gap between messages: 15-200 s (seeded random).
Group chats: recipient is the group id for every message.
"""
import json, random, datetime, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
CONVS = []

def C(key, lang, label, hard_negative, start, parts, body, offender=None, group=None,
      notes="", obf=()):
    CONVS.append(dict(key=key, lang=lang, label=label, hard_negative=hard_negative,
                      start=start, parts=parts, body=body, offender=offender, group=group,
                      notes=notes, obf=list(obf)))

# ============================ ENGLISH ============================

C("en_g_blockgame", "en", "grooming", False, "2026-03-10T21:05:00Z",
  {"z": "u_zyx_buildz", "l": "u_lily_pixels"}, offender="z",
  notes="Late onset, long (75 messages over 4 days): about 50 ordinary co-building/scripting messages in a block-building game, then the stranger learns she is 12, "
        "claims to be 17, gives 800 game currency with secrecy ('our thing'), probes supervision (mom at work), "
        "moves her to Discord behind her parents' backs, flattery/special bond, selfie request framed as trust, then "
        "'one in your room when your mom's not home, just for me' and delete-the-chat. first_flag = gift+secrecy after known age 12.",
  obf=["slang", "abbreviation"], body="""
z: yo ur tycoon is actually sick
l: thx!! took me like 3 weeks lol
z: the waterfall part?? how
l: u use the wedge parts and rotate them
z: ohhh smart. i always mess up rotations
l: lol same at first
z: wanna co-build? i got a server slot free
l: ok but i have to go at 8
z: np
~10m
z: can u pass me the blue bricks
l: sent
z: ty. ur way faster than me ngl
l: hehe practice
z: what should the roof be
l: glass! so u can see the sky
z: bet
l: brb dinner
~40m
l: back
z: wb. i added the slide u wanted
l: omg it works
z: told u i got u
l: haha ur good at scripting
z: ty i watch a lot of tutorials
l: can u teach me the door script
z: ya its ez, u need a proximity prompt
l: a what
z: ill show u tmrw
~1d
l: hiii
z: yo. ok so put a part where the door is
l: done
z: now insert a proximity prompt into it
l: ok it says E to interact
z: thats it. now the script goes in the prompt
l: it opened!!! 
z: lets gooo
l: ur like a teacher lol
z: lol ur a fast learner
l: can we make a secret room behind the waterfall
z: obviously, every tycoon needs one
l: yay
z: ill do the lights, u do the furniture
l: ok
~2d
l: someone griefed the garden 😭
z: wait what
l: they deleted the flowers
z: ill rollback, i have the save
l: ty ty
z: fixed. i turned on build permissions so only we can edit
l: ur the best
z: i know 😎
z: ok real q, how old r u? u build like a pro
l: 12 lol
z: 12?? no way, ur more mature than ppl my age fr. im 17 btw
!z: ok 12 and already this good, u deserve a bigger budget. sending u 800 bux rn. just dont say anything in server chat, ppl get jelly when i gift. our thing ok
l: wait fr?? tysm!!!
z: is ur mom the type that checks ur tablet
l: sometimes. she's at work til 9 usually
z: so after school is kinda ur free time huh
l: ya
~1d
z: heyyy
l: hi!! i used the bux on the unicorn pass
z: cute. u got discord? chat here is laggy and mods read everything
l: im not supposed to have discord
z: lol neither was i at ur age. make one, i wont tell. name it smth ur mom wont notice
l: ok... lilybug_pix?
z: added. accept me
~3h
z: ur like my best build buddy now. u get me more than ppl irl
l: aww same
z: send a selfie so i know who im talking to? ill send mine after
l: idk
z: just ur face, nothing weird. prove u trust me 🙂
l: [photo]
z: cute. next time take one in ur room when ur mom's not home, just for me
l: why in my room
z: cuz then its just ours. delete this chat after ok?
""")

C("en_g_artserver", "en", "grooming", False, "2026-04-02T22:10:00Z",
  {"m": "u_mossy_ink", "p": "u_pocky_fox", "r": "u_rainsketch", "k": "u_kappa_draws"},
  group="g_inkwell_wip", offender="m",
  notes="Group chat (4 participants) on an art server. Adult moderator asks a member's grade (7th), flatters her, "
        "then offers a paid gift and tells her to DM him on Telegram so 'discord' and the others don't see, "
        "and says her dad 'doesn't need to know about every app'. Peers push back ('kinda sus'). first_flag = gift + platform move + secrecy after known age.",
  obf=["slang"], body="""
m: friendly reminder: wips go in this channel, finished pieces in #gallery
p: ok!! here's my oc redesign [image]
r: the hair colours slap
k: pocky ur lineart got so clean
p: ty i've been practicing every day after 7th period
m: pocky this is honestly better than half the adults on the server. what grade are you in?
p: 7th lol
r: she's a prodigy fr
m: 7th grade and doing cel shading. ok I'm officially a fan
k: can someone crit my hands, they look like bananas
r: bananas is a style
k: 😭
m: kappa try the mitten method, block the palm first then split the fingers
k: ohh ok ty
!m: pocky I'm buying you a year of nitro so you can use the brush pack. dm me on telegram instead tho, discord flags big gifts and the others will all want one lol
r: wait can i get nitro too 👀
m: lol when you draw like a 7th grader rainy
r: i'm in 9th??
m: exactly 😂
p: is telegram ok? my dad said only discord
m: he doesn't need to know about every app, it's just art stuff. my handle is mossy_studio_x, just between us
k: kinda sus ngl
m: relax it's a nitro gift
p: ok i'll try
k: pocky maybe ask ur dad first
p: yeah maybe
m: no pressure. offer stands 🙂
""")

C("en_g_coach", "en", "grooming", False, "2026-01-13T00:20:00Z",
  {"d": "u_coach_dmiller", "a": "u_ava_swims"}, offender="d",
  notes="Known adult (swim coach), late onset: about 24 ordinary logistics/encouragement texts over two weeks, then 'more mature than the other "
        "14 year olds', offers rides if she texts him instead of her mom and keeps it between them, asks her to delete texts, "
        "notices when her mom is absent, asks for a team-suit photo 'just for me, our secret'. Contrast with the hard-negative "
        "coach chat held with parents. first_flag = the secret-ride offer bypassing the parent.",
  obf=[], body="""
d: Hey Ava, meet moved to Sat 8am, warmups at 7:15
a: ok thanks coach
d: Bring both caps, the pool is outdoor
a: ok
~1d
a: coach is practice still at 4 today
d: Yes. Lane 3 group.
a: k
~2d
d: Great 200 free today, you dropped 1.4 sec
a: omg really??
d: Really. Turns are getting tight
a: thank u!!
d: Keep eating well before meets
a: i will
~3d
a: my mom asked if the team fee is due friday
d: Friday or Monday is fine, tell her no rush
a: ok
d: How's school going, finals?
a: ugh yes. bio is killing me
d: You'll be fine. You're smart
a: lol thx
~1d
d: Heads up, the bus for regionals leaves 6am
a: ok
d: You're one of my top swimmers this year, honestly
a: thank u coach 😊
d: You're way more mature than the other 14 year olds on the team. I can talk to you like an adult
a: haha i guess
!d: If you ever need a ride after practice I can take you, just text me not your mom, she worries too much. Keep it between us ok
a: um ok
d: Also maybe delete these texts, the other girls would be jealous I give you extra attention
a: ok
~2d
d: Saw your mom's car wasn't there today. Next time I'll drive you, we can grab food first
a: she was just late
d: Send me a pic of you in your new team suit 😉 just me though
a: isn't photo day next week
d: This is different. Just for me. Our secret
""")

C("en_g_scout", "en", "grooming", False, "2026-05-19T20:40:00Z",
  {"s": "u_scout_brandon", "j": "u_jaylaa_x"}, offender="s",
  notes="Fake 'teen model scout' stranger: asks age (13), probes whether parents manage her account, secrecy ('don't tell them "
        "yet'), $50 gift-card bonus, 'test shots' in her room with the door closed when home alone, move to Snapchat, "
        "compliance test ('prove it'), meeting alone at the mall, delete the chat. Typos/abbreviations. first_flag = supervision probing after age 13.",
  obf=["slang", "typos", "abbreviation"], body="""
s: heyy ur pics r rlly cute, ever thought abt modeling?? i scout for a teen brand 📸
j: omg fr?
s: fr fr. how old r u? we need 13-16
j: 13!
!s: perfect age. do ur parents manage ur acct or is it just u
j: just me lol
s: ok good, dont tell them yet bc its a surprise contract & sometimes parents mess it up. i'll send a $50 gift card as signing bonus
j: wait really?
s: ya. need a couple test shots first, no makeup, in ur room, door closed so the lighting is even
j: like now?
s: whenever ur home alone is best, less distractions. send to my snap brandon.scoutz not here
j: idk my mom usually wants to see stuff
s: trust me babe this is how every model starts. u want it or not
j: i do
s: then prove it. 1 pic tonite and we meet at the mall sat for the real shoot, just u
j: ok
s: delete this convo after k
""")

C("en_g_tutor", "en", "grooming", False, "2026-02-03T01:15:00Z",
  {"k": "u_mr_k_helps", "n": "u_noahh_b"}, offender="k",
  notes="Late onset: about 30 messages of genuine fraction homework help on a study server, then the adult learns the boy is in 5th grade, "
        "probes parents (dad works nights, mom busy), offers free tutoring by video call kept from parents, gift cards per A "
        "('our little deal'), moves him to Skype, asks for camera on. first_flag = supervision + secret video call after known age.",
  obf=[], body="""
n: can someone help w fractions hw
k: sure, post the problem
n: 3/4 + 2/3
k: find a common denominator first. what number do both 4 and 3 go into?
n: 12?
k: yep. so 3/4 = ?/12
n: 9/12
k: nice. and 2/3?
n: 8/12
k: so add them
n: 17/12
k: correct. you can also write it as 1 and 5/12
n: ohh ok
n: next one is 5/6 - 1/4
k: try it, same method
n: 10/12 - 3/12 = 7/12
k: 👍 you're quick
n: thx. my teacher explains it weird
k: lots of teachers rush it. what's the unit after this?
n: decimals i think
k: decimals are easier, promise
~1d
n: hi again. can u check word problems
k: go ahead
n: sam has 2 1/2 pizzas and eats 3/4, how much is left
k: convert to improper fractions first
n: 5/2 - 3/4 = 10/4 - 3/4 = 7/4
k: perfect. 1 3/4 left
n: yay
k: you're honestly one of the sharpest kids I've helped. what grade, 6th?
n: 5th
k: 5th!! ok genius. do your parents help with hw?
n: no my dad works nights and my mom has the baby
!k: so it's mostly just you at the computer at night huh. I could tutor you properly on a video call, free. just don't mention it to them, adults make a big deal about "online strangers" lol
n: i guess
k: and I'll send you a $20 roblox card for every A. our little deal
n: really??
k: yep. add me on skype: kev.tutors.math . keep this server chat clean, mods delete off-topic stuff
n: ok
k: and turn your camera on next time so I know you're actually working 🙂
""")

C("en_s_fakegirl", "en", "sextortion", False, "2026-06-06T02:30:00Z",
  {"e": "u_emily_rae04", "t": "u_tyler_k07"}, offender="e",
  notes="Financial fake-romance sextortion against a 15-year-old boy: fake 16-year-old girl, flattery, move to Snapchat, "
        "'trade pics' game, then a collage with his followers, $400 Cash App demand with a 10-minute countdown, partial "
        "payment, Apple gift card, 'your life is over', re-demand after payment with threat to the school page. "
        "first_flag = the first sexualised push (trade private pics).",
  obf=["slang"], body="""
e: hey cutie, u follow my friend maddie right?
t: uh maybe lol who r u
e: emily, i just moved near u. u play baseball?
t: ya jv
e: omg thats hot. how old r u
t: 15
e: same!! 16 in march
e: ur so cute ngl
t: lol thx u too
e: do u have snap? ig is so slow
t: tylerk_07
~20m
e: added u on there
!e: wanna play a game? we trade pics 😏 i go first
t: wait what kind
e: u know what kind lol. private ones. just us
t: idk
e: dont be shy, i already sent mine. ur turn or ill think u dont like me
t: ok hold on
t: [photo]
~12m
e: lol got u
e: i screenshotted everything. look [image: collage of the photo next to his follower list]
t: wtf
e: i have ur followers, ur family, ur school. send $400 on cashapp in 10 min or it goes to all of them
t: please dont im 15 i dont have that
e: then get it. $em1lyr4e_x7. 9 minutes
t: i have like 80 bucks
e: send it now and buy a gift card for the rest
t: sent 80
e: ok now a $250 apple gift card. send a pic of the code
t: i cant my mom will see
e: u want ur mom to see the pic instead? ur life is over if this gets out
t: ok ok im going to the store
~55m
t: [photo of gift card] please delete it now
e: need another 300. last one i promise
t: u said that already
e: 5 min or i post it on ur school's page
""")

C("en_s_claimonly", "en", "sextortion", False, "2026-09-14T15:02:00Z",
  {"x": "u_secure_notice_22", "m": "u_marcus_dw"}, offender="x",
  notes="Claim-only sextortion: an unknown account claims to have a video from his camera and his contacts, names his school, "
        "demands $500 in bitcoin or Steam cards with a 24-hour deadline, forbids telling anyone. The victim says he is 16 and "
        "never did anything on camera. first_flag = the possession claim (first message).",
  obf=[], body="""
!x: I have access to your phone camera and your photo library. I have a video of you from last night
m: what? who is this
x: your contacts are saved. mom, dad, coach, 312 followers
m: this is fake
x: want proof? you go to Westbrook High. I will send the video to everyone in 24 hours
m: how do u know that
x: pay $500 in bitcoin or steam cards and I delete everything
m: im literally 16 i dont have 500
x: then 200 today and 300 tomorrow. steam cards, send the codes here
m: im telling my parents
x: if you tell anyone I post it first. the clock is running
m: i didnt even do anything on camera
x: you think people will believe you? 23 hours
m: blocked and reported
""")

C("en_s_ex", "en", "sextortion", False, "2026-10-22T23:40:00Z",
  {"d": "u_deshawn_17", "k": "u_kayla_m"}, offender="d",
  notes="Non-financial sextortion by a 17-year-old ex-boyfriend (offender is a minor) against a 16-year-old: claims to still "
        "hold the images she sent while dating, demands more, threatens the junior class group chat, adds control "
        "('not talking to jay'), sets a 9pm deadline. first_flag = the possession claim used as leverage.",
  obf=["slang"], body="""
d: u really blocked me on insta
k: we broke up deshawn. i dont want to talk
d: after 8 months? u cant just ghost
k: im not ghosting, i told u why
d: whatever. u still owe me
k: owe u what
!d: remember the pics u sent me in august. i still have them
k: delete them. u promised
d: i will if u send new ones. just a couple more
k: no
d: then i guess the junior group chat gets to see them
k: ur disgusting. thats illegal
d: send by tonight or i post. and ur not talking to jay anymore
k: im telling the counselor
d: go ahead, by the time they do anything everyone has seen them
k: stop
d: 9pm. ur choice
""")

C("en_s_gamer", "en", "sextortion", False, "2026-07-11T23:05:00Z",
  {"v": "u_nova_aims", "e": "u_ethan_r14"}, offender="v",
  notes="Late onset: about 30 messages of ordinary shooter-game chat over two days (ranked, agents, settings) with a 'Nova' persona, then move to "
        "Snapchat, flirting, a private video call, then 'I recorded you', threat to send to his mom and his team, demand for "
        "$200 in Steam gift cards in 15 minutes, re-demand after payment. first_flag = the private video-call push.",
  obf=["slang", "abbreviation", "typos"], body="""
v: gg that clutch was insane
e: lol thx i got lucky
v: nah ur crosshair placement is clean. wanna duo?
e: sure
v: what rank r u
e: gold 2
v: same lol. i main sage
e: i play jett mostly
v: ofc u do 😂
e: hey shes good
~30m
v: 3 wins in a row lets goo
e: ur heals saved me so many times
v: thats my job
e: what sens do u use
v: 0.35 800 dpi
e: thats low
v: u get used to it
e: ima try it
~1d
v: u on?
e: ya after dinner
v: ok
~2h
e: that last game was so bad
v: the enemy reyna was cracked
e: ya
v: ngl ur fun to play with
e: u too
v: u have snap? easier than this chat
e: ethanr_plays
~25m
v: hiii its nova. ur cuter than i thought 😳
e: lol ty
v: how old r u btw
e: 14
v: omg im 15. we should vc sometime 😏
!v: like rn. private video, just us, no one else will see. u first
e: idk what do u mean
v: u know. dont be a baby
e: ok fine
~20m
v: so i recorded that lol
e: what
v: i have the whole video. ur mom's on ur followers right? and ur team
e: please delete it
v: $200 steam cards in 15 min. send the codes here
e: i only have 50 on my card
v: then go buy more. 14 min
~40m
e: here [photo of 2 steam cards] please delete
v: thats 100. i said 200. and now its 300 bc u were slow
""")

C("en_b_momkid", "en", "benign", True, "2026-03-24T19:05:00Z",
  {"m": "u_jen_kowalski", "s": "u_sammy_k"}, 
  notes="Hard negative: a mother texting her 11-year-old son over several days. Cues: age for a form ('You're 11'), school, pick-up "
        "times, a friend's address, yearbook photo, home-alone question, photo request (new shoes), Robux gift card as a chore reward, keeping a birthday present "
        "secret from his sister, 'delete the pic' of the present. Open parent-child logistics, no isolation from protectors.",
  obf=[], body="""
m: Hi bud, I'm running late, pick up at 3:40 not 3:15. Wait by the library door
s: ok
s: can we get tacos
m: Maybe. Did you hand in the field trip form?
s: it needs my age and the school id thing
m: You're 11, put 11. School ID is on the back of your lunch card
s: ok done
~2h
m: Are you home alone or is Dad back yet?
s: dad's here. he's on a call
m: Good. Don't open the door for packages, Dad will
s: k
m: Send me a pic of the shoes Grandma got you, I want to see if they fit
s: [photo]
m: Cute! A bit big but you'll grow
~1d
s: mom i did the dishes AND the trash
m: Deal's a deal, I'll get you the $10 Robux card after work
s: YESSS
m: And remember Ellie's present is a secret till Saturday. Don't tell her!!
s: i wont. can i show her the box
m: NO lol. Delete the pic of it from the family tablet too, she snoops
s: deleted
m: Love you. Homework before games
s: love u too
~2d
s: mom can i go to owen's after school
m: Is his mom home? I'll text her
s: ya she's there
m: OK, I'll pick you up from there at 6. What's the address again
s: the blue house on maple, by the park
m: Got it. Be ready at 6 please
~3h
m: Outside!
s: coming
~1d
s: the school app says i need a photo for the yearbook retake
m: Wear the green shirt, I'll take it in the kitchen tonight
s: ok but no weird angles
m: No promises 😄
~1d
s: ellie keeps asking what i got her
m: Stay strong, 1 more day!!
s: she offered me her dessert to tell
m: Ha. Tell her it's a secret and secrets are fun
s: ok
m: Party tomorrow at 4. Grandma is picking you both up from school
s: can grandma get us ice cream
m: Ask her nicely
""")

C("en_b_coachgroup", "en", "benign", True, "2026-04-17T23:30:00Z",
  {"c": "u_coach_reyes", "a": "u_parent_amanda", "b": "u_parent_bilal", "t": "u_parent_tina"},
  group="g_u12_hornets_parents",
  notes="Hard negative: youth soccer coach in a group chat WITH the parents. Cues: players' ages/birth years for the roster, "
        "school, carpool pick-up and drop-off times, a coach offering to drive a child (with the parent's explicit OK), photos "
        "for player cards, gifts (end-of-season trophies), 'keep the party a secret from the kids'. Everything is open and parent-mediated.",
  obf=[], body="""
c: Hi all, tournament roster is due Friday. I need each player's birth year, U12 means born 2014 or later
a: Maya is 2015
b: Zain 2014, birthday in Nov
t: Leo is 2015
c: Thanks! Also need a headshot for the player cards, plain background, no hats
a: Will send tonight
t: [photo] Leo's
c: Perfect
~1d
b: I can't do Saturday pick-up, work shift til 2
c: No problem. If you're OK with it I can drop Zain home after, I have Maya and Leo anyway
b: That would be great, thank you. I'll tell him
a: I can take the carpool Sunday, 3 seats
c: Kickoff 9:10, please have them there 8:30
t: Does the school bus still drop at the field on Thursday?
c: Yes, same as usual, I'll meet them at the gate
~2d
a: Are we doing trophies for the end of season?
c: Yes, I ordered them, $12 each. Venmo the team manager, not me
t: And the pizza party is still a surprise right?
c: Yes keep it a secret from the kids please 😄 Saturday after the final
b: Zain will lose his mind
c: Great game today everyone, proud of them
""")

C("en_b_teens", "en", "benign", True, "2026-05-08T21:45:00Z",
  {"j": "u_jordy_ok", "p": "u_priya_sk8"},
  notes="Hard negative: two 15-year-old classmates teasing each other. Cues: age talk, 'send a pic of your face when you lose', "
        "'bet you won't tell your mom', 'delete that', 'you're my favorite idiot', Robux dare, meeting at the skatepark with "
        "friends. Peers of the same age, no adult, no sexual or coercive content.",
  obf=["slang", "abbreviation", "typos"], body="""
j: bro u fell so hard at the park today 💀
p: shut up my wheel got stuck
j: sure it did
p: at least i can ollie. ur 15 and still use the ramp like a slide
j: LMAO rude
p: bet u wont tell ur mom u skipped bio to watch me skate
j: bet u wont tell urs u failed the quiz
p: ok truce
j: send a pic of ur face when u see ur grade tmrw i need it
p: no ur gonna make it a meme
j: obviously
p: delete the one u took today or im telling everyone u cried at the fish movie
j: it was a sad fish ok
p: 😂 ur my favorite idiot
j: i accept this title
~1d
j: skatepark at 4? kev and ana r coming
p: ya but ur buying slushies
j: if u land the kickflip ill give u 100 robux
p: bet
""")

C("en_b_adultdating", "en", "benign", True, "2026-08-15T01:20:00Z",
  {"m": "u_marco_31", "d": "u_dana_29"},
  notes="Hard negative: adults on a dating app who state their ages (31 and 29), flirting, 'send me a pic of what you're "
        "wearing', moving to WhatsApp, meeting at a wine bar, 'don't tell my sister I used the app'. Consenting adults.",
  obf=[], body="""
m: Your profile says you rock climb AND make pasta from scratch. Suspiciously perfect
d: I also sing badly in the car, so there's that
m: Deal breaker honestly
d: 😂 You're 31 right? The app shows weird ages sometimes
m: 31, turning 32 in May. You?
d: 29. Nurse, night shifts, so excuse the 3am replies
m: Respect. I'm a high school chem teacher, so I'm asleep by 10 like a grandpa
d: A teacher! Do you have a favorite element
m: Obviously carbon. Very versatile, like me
d: Wow. Smooth 😏
m: Want to move to WhatsApp? The app keeps logging me out
d: Sure, it's on my profile
~1d
d: Still on for Friday?
m: Yes. Vino Verde on 5th, 8pm?
d: Perfect. Send me a pic of what you're wearing so I can spot you
m: [photo] navy shirt, nervous face
d: Cute. I'll be the one in the green coat
m: Don't tell my sister I actually used the app, she'll never let me hear the end of it
d: Your secret is safe. See you Friday 😊
""")

C("en_b_scamaware", "en", "benign", True, "2026-09-30T17:10:00Z",
  {"l": "u_pta_lisa", "o": "u_counselor_okafor"},
  notes="Hard negative: a PTA volunteer and a school counselor drafting a parent newsletter about sextortion scams. They quote "
        "typical scam lines ('I have your pics', 'send $500 in gift cards', '10 minutes', 'I'll send it to your family and "
        "school', 'add me on snap') as examples and give safety advice (don't pay, save evidence, report, Take It Down). Nobody is threatened.",
  obf=[], body="""
l: Hi Mr Okafor, draft of the sextortion piece for the newsletter is in the shared doc
o: Thanks Lisa. Reading now
o: Good start. Can we add the typical script? Parents don't recognise it
l: Like what exactly
o: Fake girl or boy 'the same age' adds the kid, flatters, says 'add me on snap', then 'let's trade pics'
l: Got it. Then the threat part?
o: Yes, quote it: 'I have your pics, send $500 in gift cards in 10 minutes or I send it to your family and your school'
l: That's chilling. Added in a grey box
o: And that they often demand more after the first payment. The advice is: don't pay, don't delete, screenshot, block, report
l: Should we name the reporting sites
o: Yes: the platform's report button, NCMEC's CyberTipline, and Take It Down for removing images of minors
l: And tell kids they won't be in trouble?
o: Most important line. 'You are not in trouble. Tell an adult.' Bold it
l: Done. Want to add that most victims are boys 14-17?
o: Yes, parents of boys assume it won't happen to them
l: Sending the final to the principal tonight
o: Great work, thank you
""")

C("en_b_potluck", "en", "benign", False, "2026-11-18T18:00:00Z",
  {"r": "u_rachel_ops", "k": "u_kev_finance"},
  notes="Plain benign: coworkers planning an office potluck.",
  obf=[], body="""
r: Potluck sign-up sheet is live, can you forward it to finance?
k: Done. Greg says he's bringing his famous chili again
r: Of course he is 😂
k: Do we have enough desserts?
r: Three pies, brownies and a fruit plate so far
k: I'll bring rolls then
r: Perfect. We need someone for plates and cups too
k: I'll grab them on the way, send me the receipt thing for reimbursement
r: It's the usual expense form, code 4410
k: Got it
r: Thursday 12:30 in the big conference room
k: 👍
""")

C("en_b_roadtrip", "en", "benign", False, "2026-06-20T16:40:00Z",
  {"a": "u_alexis_m", "b": "u_ben_tran", "c": "u_cami_o"}, group="g_roadtrip_crew",
  notes="Plain benign: three college friends planning a road trip in a group chat.",
  obf=["slang", "abbreviation"], body="""
a: ok roadtrip roll call. dates still jul 12-16?
b: ya i took those days off
c: same, my mom wants the car back by the 17th tho
a: noted. gas split 3 ways
b: i made a playlist, 6 hrs long, no skips allowed
c: if there's no abba im not going
b: there's abba
a: airbnb near the lake is $95/night, sending link
c: looks cute. does it have a grill
a: yes and a kayak
b: im in. venmo u tonight
c: who's driving first
a: me, ill pick u both up at 7am
b: 7??? brutal
a: traffic tho
c: ok ok. snacks are on me
~2d
b: update my car insurance covers other drivers so we can swap
a: nice, 2 hr shifts then
c: i dont have my license yet lol, im the dj
b: demoted to dj
c: promoted*
~1d
a: weather says rain on the 13th
b: board games then. i have catan
c: no catan, it ruins friendships
a: uno then
b: uno ruins more friendships
c: charades
a: fine. also who's bringing the cooler
b: me
~3d
c: packed already lol
a: its 4 days away
c: i like to be ready
b: the kayak place says we need to book a slot
a: booked 10am on the 14th, $20 each
c: venmo'd
b: same
a: see yall at 7 sharp
""")

# ============================ zh-Hans ============================

C("zs_g_wangzhe", "zh-Hans", "grooming", False, "2026-03-07T12:10:00Z",
  {"x": "u_xingchen_gege", "t": "u_tangtang0906"}, offender="x",
  notes="陌生成年网友以'哥哥'身份在手游里带五年级女孩上分：问年级（五年级/11岁）、夸'比同龄人懂事'、送皮肤、问爸妈几点下班、"
        "要她别告诉爸妈、转到🐧和薇信、要zp（照片）、'只给哥哥看'、让她删聊天记录、提出周末见面。"
        "first_flag = 得知年龄后送皮肤并要求保密。Obfuscation: 🐧=QQ, 薇信, zp, sp.",
  obf=["emoji", "homophone", "pinyin"], body="""
x: 妹妹你这把瑶玩得可以啊
t: 嘿嘿 我刚练的
x: 要不要哥哥带你上分 我王者50星
t: 真的吗！好呀
x: 来 我拉你
~30m
t: 赢了赢了 哥哥好厉害
x: 你也不错 意识挺好的
x: 你多大了呀 上学了没
t: 五年级了 11岁
x: 才五年级？比我见过的初中生还懂事
!x: 这样 哥哥送你个新皮肤 不过别跟你爸妈说哦 他们肯定觉得你沉迷游戏 这是咱俩的小秘密
t: 哇谢谢哥哥！我不说
x: 你爸妈一般几点下班呀
t: 我妈7点多 我爸出差了
x: 那放学后就你一个人在家喽
t: 嗯 奶奶有时候来
~1d
x: 在吗 游戏里说话不方便 加哥哥🐧或者薇信吧
t: 我没有薇信 只有小天才手表
x: 那🐧 号我发你 别让你妈看见
t: 好
~2h
x: 发张zp给哥哥看看嘛 想知道你长啥样
t: 就普通样子啦
x: 就一张 证明你信任哥哥 在你房间拍 只给哥哥看
t: [图片]
x: 真可爱 聊天记录记得删掉哈
x: 周末哥哥请你喝奶茶 就咱俩 别带同学
""")

C("zs_g_paopao", "zh-Hans", "grooming", False, "2026-09-02T11:30:00Z",
  {"m": "u_momo_jiejie", "y": "u_xiaoyu_yu"}, offender="m",
  notes="晚出现：前三十条左右是派对类手游里的普通组队闲聊（关卡、皮肤、开学），之后自称'姐姐'的账号得知对方12岁、初一，"
        "送点券并要求保密、问家里有没有人、拉到私聊小号、要视频、让删记录。first_flag = 已知12岁后送点券+保密。"
        "Obfuscation: s聊(私聊), sp(视频), 扣扣.",
  obf=["pinyin", "homophone"], body="""
m: 刚才那关你怎么过的 我掉了八次
y: 要贴着左边的墙跳
m: 原来如此 我一直往中间冲
y: 哈哈中间有弹板
m: 再来一局？
y: 好
m: 我们组队吧 我叫末末
y: 我叫小鱼
~20m
m: 小鱼你好强 我都是躺赢
y: 你后面那个扑人很准
m: 嘿嘿 这个赛季皮肤你抽到了吗
y: 没有 太贵了
m: 我也没 等打折
y: 那个粉色的好看
m: 我喜欢那个恐龙的
y: 恐龙的也可爱
m: 下一局换地图吧
y: 好 我要去那个糖果地图
m: 那个地图我老掉下去
y: 跟着我走就行
m: 好的大佬
~15m
y: 我要下了 要吃饭了
m: 好 明天见
y: 我妈不让我充钱
m: 正常 我小时候也是
~1d
y: 末末在吗 今天上线吗
m: 在的 晚上八点
y: 好 我写完作业
m: 作业多吗
y: 超多 开学第一周就这样
m: 你上几年级了
y: 初一 12岁
m: 12岁就这么会玩 比我认识的大人都聪明 姐姐好喜欢你
!m: 那个新皮肤姐姐送你吧 充点券不用你妈知道 别跟家里说就行 咱俩的秘密
y: 真的吗！！谢谢姐姐
m: 你晚上一般一个人在房间吗 家里人管不管你玩
y: 我爸妈看电视 不怎么管
m: 那好 这边说话有人看 我们s聊 加我扣扣小号
y: 好的
~3h
m: 小鱼 开个sp嘛 想看看你
y: 现在吗 我穿着睡衣
m: 没关系 就在你房间 关上门 别让爸妈进来
y: 那好吧
m: 记得把我们的聊天删了 不然皮肤会被收回哦
""")

C("zs_g_xingtan", "zh-Hans", "grooming", False, "2026-05-12T09:00:00Z",
  {"s": "u_tongxing_lily", "d": "u_duoduo_dance"}, offender="s",
  notes="'童星招募'诱骗：自称星探的账号私信10岁舞蹈女孩，问年龄身高、要'试镜照'、说家长不能陪同、要求不告诉妈妈、"
        "给红包作为'定金'、转到薇❤、约单独到'工作室'见面。first_flag = 要求不让家长知道并单独试镜。"
        "Obfuscation: 薇❤, 威信(homophone), 试j照.",
  obf=["homophone", "emoji", "pinyin"], body="""
s: 小朋友你好 我们是童心星光文化 在招募童星 看了你的跳舞视频很有天赋
d: 真的吗？
s: 真的 你今年几岁了 多高呀
d: 10岁 140
s: 条件很好 现在在拍一个儿童广告 酬劳有3000
d: 哇
s: 需要先发几张试j照 素颜 在家拍就行
!s: 这个先不要告诉妈妈哦 大人一插手就容易黄 等签了合同再给她惊喜
d: 好吧
s: 先给你发个红包当定金 [红包]
d: 谢谢阿姨
s: 叫姐姐就好 我们加个薇❤ 方便发资料 号是tongxin_cast88
d: 我用的是妈妈的手机
s: 那就趁妈妈不在的时候加 用完把聊天删掉
d: 好
~1d
s: 照片收到了 导演很满意
s: 周六下午来工作室复试 一个人来 家长陪同会影响发挥
d: 我不知道怎么去
s: 姐姐可以去你学校门口接你 你在哪个学校
d: 实验二小
""")

C("zs_g_zhujiao", "zh-Hans", "grooming", False, "2026-09-08T10:20:00Z",
  {"c": "u_zhujiao_chen", "l": "u_linxi_chu2"}, offender="c",
  notes="熟人（补习班助教）晚出现：前二十条左右是正常的作业和上课通知，之后对初二（14岁）女生说'只有我懂你'、发红包要求保密、"
        "问父母什么时候不在家、约周末单独出来、让她删聊天记录、不要告诉妈妈。first_flag = 红包+保密（已知初二）。",
  obf=[], body="""
c: 林汐 这周的物理作业是第三章练习 周四交
l: 好的陈老师
c: 上次月考你进步了12分
l: 真的吗！
c: 真的 电路那块还要加强
l: 嗯嗯
~1d
l: 陈老师 周六的课几点
c: 还是下午两点 302教室
l: 好
c: 带上错题本
~2d
l: 老师这道题为什么选C
c: 串联电路电流处处相等 你看第二个条件
l: 哦懂了
c: 很好 你理解很快
l: 谢谢老师
~1d
c: 今天课上你好像不太开心
l: 跟我妈吵架了
c: 怎么了
l: 她老说我成绩不够好
c: 你已经很努力了 初二的压力我懂
l: 嗯
c: 其实你比班里其他同学成熟多了 只有我懂你
!c: 给你发个红包买点好吃的 别跟你妈说 她知道了又要说你 这是我们俩的秘密 [红包]
l: 谢谢老师 不用啦
c: 收下 你爸妈周末一般在家吗
l: 周日他们去我外婆家 我一般不去
c: 那周日我带你出去散散心 就我们俩 别告诉你妈
l: 这样好吗
c: 没事 聊天记录记得删了 别让别人误会
""")

C("zs_g_qungroup", "zh-Hans", "grooming", False, "2026-08-21T13:00:00Z",
  {"k": "u_laoK_88", "t": "u_tiantian_0x", "e": "u_keke_wu", "b": "u_xiaobai_b"},
  group="g_xingguang_fans", offender="k",
  notes="群聊（4人，追星粉丝群）：成年群友'老K'用演唱会门票拉拢13岁群员，问年级、要她'私我'、加+V、"
        "要'证明是真粉'的照片、叫她别在群里说也别告诉家长。其他群员觉得奇怪。first_flag = 已知初一后送票并要求私下联系保密。"
        "Obfuscation: +V, 私我, 威❤.",
  obf=["pinyin", "emoji", "homophone"], body="""
e: 下个月的演唱会谁抢到票了
b: 没抢到 秒没
t: 我也没有 哭了
k: 我这有多的内场票
e: 真的假的
k: 真的 朋友不去了
t: 多少钱呀
k: 看人 给真爱粉可以送
t: 我是真爱粉！初一就开始追了
k: 你才初一？小妹妹这么有眼光
b: 她超疯的 卧室贴满海报
k: 哈哈可爱
!k: 甜甜 票送你了 私我 加我+V 威❤号laok_8866 别在群里说 也别告诉你爸妈 他们肯定不让你去
e: 老K为啥不问问我们
k: 你们太大了哈哈
b: ？？？有点怪
t: 我爸妈确实不让我一个人去
k: 所以别告诉他们 到时候我带你进去
t: 好 我加你了
~2h
k: 甜甜 发张照片给我 证明你是真粉 穿应援服那种 在你房间拍
e: 甜甜你别乱加人
t: 没事的 他人挺好的
k: 你们别瞎操心
""")

C("zs_s_guoliao", "zh-Hans", "sextortion", False, "2026-04-25T14:05:00Z",
  {"x": "u_xiaomei_99", "h": "u_haoran_g1"}, offender="x",
  notes="金钱型'果聊'敲诈：假'小美'加高一男生（16岁），快速暧昧，转到薇信、要sp，要求下载'邀请码'App（收集通讯录），"
        "录屏后发截图+通讯录，要求转账3000元、十分钟内，付了500后继续要。first_flag = 第一次性化推动（私密sp）。"
        "Obfuscation: 果聊, 薇信, sp, 支fu宝.",
  obf=["homophone", "pinyin"], body="""
x: 小哥哥你好 在附近的人看到你的
h: 你好
x: 你看起来好阳光 多大啦
h: 16 高一
x: 我18 大一 好想有个弟弟
h: 哈哈
x: 加个薇信吧 这里老掉线
h: 好 haoran_07g
~15m
x: 是我 小美
x: 你有女朋友吗
h: 没有
x: 那我们开个sp吧 私密的那种 就我们俩 好不好
h: 私密的？
!x: 嗯 果聊一下嘛 我先开
h: 我没试过
x: 那用这个app 更清楚 邀请码是 8Q3M 注册要允许通讯录
h: 好了
~25m
x: 刚才的视频我都录屏了
x: [截图] 你看看 还有你通讯录里的人 你妈 你班主任 你们班群
h: 你干什么
x: 十分钟内转3000 支fu宝或者转账 不然全发出去
h: 我是学生 没那么多钱
x: 那是你的事 还有8分钟
h: 我只有500
x: 先转500 剩下的今天晚上之前
h: 转了 你删了吧
x: 删什么 还差2500 明天再加1000 不然发你们学校贴吧
""")

C("zs_s_tongxue", "zh-Hans", "sextortion", False, "2026-11-03T12:40:00Z",
  {"z": "u_zhaoyu_16", "q": "u_qinqin_qq"}, offender="z",
  notes="非金钱型：16岁男同学（offender是未成年人）拿对方15岁时发过的照片要挟，要更多照片、要求不能分手、"
        "威胁发到班级群和贴吧、限今晚。first_flag = 持有照片的要挟。",
  obf=[], body="""
z: 你为什么不回我消息
q: 我说了我们分开吧 我要好好学习
z: 你说分就分？
q: 赵宇你别这样
z: 你以前发给我的照片我都还留着
!z: 你要是敢分手 我就发到班级群里
q: 你答应过会删的
z: 再发几张新的给我 我就删
q: 不可能
z: 那你等着 今晚十二点之前不发 我连贴吧也发
q: 我要告诉班主任
z: 你告诉谁都没用 到时候全校都看过了
q: 求你了别这样
z: 看你表现
""")

C("zs_s_dianka", "zh-Hans", "sextortion", False, "2026-07-18T11:15:00Z",
  {"r": "u_ruanruan_meimei", "z": "u_zixuan_kk"}, offender="r",
  notes="晚出现：前二十多条是网游里普通闲聊（装备、副本、暑假），之后'软软'得知对方14岁，推动视频，录屏后以发给父母和同学要挟，"
        "要求买游戏点卡800元并发卡密，付了之后再要。first_flag = 私密视频邀约。Obfuscation: sp, d卡(点卡), 卡mi.",
  obf=["pinyin"], body="""
r: 副本还差一个奶 来吗
z: 来
r: 拉你了
z: 这个boss机制是啥
r: 看到红圈就散开
z: 好
~20m
r: 过了 你输出好高
z: 还行 我练了挺久
r: 你这套装备哪刷的
z: 第二个团本
r: 下次带我刷
z: 行
~1d
z: 在吗 组队
r: 在 等我五分钟
z: 好
r: 你放暑假了吧
z: 嗯 天天在家
r: 好羡慕 我还要上班
z: 你做什么的
r: 奶茶店 哈哈
z: 那挺好
r: 你玩得好 聊天也有意思
z: 哈哈你也是
r: 你多大啦
z: 14 初三
r: 弟弟好可爱 我们加个好友开sp聊嘛
!r: 开私密的那种 你把门关上 别让家里人进来
z: 啊？
r: 害羞什么 我先开
~30m
r: 刚才的sp我录下来了
r: 你爸妈和你同学的号我都知道 你说发给谁先
z: 不要 求你删掉
r: 去买800的d卡 把卡mi发给我 半小时内
z: 我没那么多钱
r: 用你爸妈手机付 快点
~40m
z: 买了 [图片] 卡mi都发你了 删了吧
r: 不够 再来500 不然还是发
""")

C("zs_b_nainai", "zh-Hans", "benign", True, "2026-03-03T08:30:00Z",
  {"n": "u_nainai_zhang", "h": "u_haohao_sun"},
  notes="Hard negative：奶奶和孙子微信聊天。线索：问几年级、几岁、哪个学校、一个人在家吗、爸妈几点回来、发张照片看看、"
        "视频一下、发红包、'别告诉你妈我给你发了红包'（家人间的小秘密）。公开的亲情对话，没有隔离和性化。",
  obf=[], body="""
n: 浩浩 放学了吗
h: 放了奶奶
n: 你现在上几年级了 奶奶老记不住
h: 四年级 我10岁啦
n: 哎哟长这么快 还是在育才小学吧
h: 对
n: 你一个人在家吗
h: 嗯 我妈六点回来 我爸加班
n: 门锁好 别给陌生人开门
h: 知道啦
n: 发张照片给奶奶看看 是不是又长高了
h: [图片]
n: 高了高了 晚上跟奶奶视频一下
h: 好
n: 奶奶给你发个红包 过年没见着你 [红包]
h: 谢谢奶奶！
n: 别告诉你妈我又给你发红包了 她说我太惯着你 哈哈
h: 嘿嘿 我不说
n: 钱拿去买书 别全买零食
h: 好的奶奶 爱你
""")

C("zs_b_news", "zh-Hans", "benign", True, "2026-10-10T02:20:00Z",
  {"a": "u_wang_lei", "b": "u_chen_jing", "c": "u_li_fang"}, group="g_laotongxue",
  notes="Hard negative：三个成年老同学在群里讨论一条新闻（隔空猥亵案件判决）。引用了新闻里的作案手法：冒充同龄人、"
        "送皮肤点券、加QQ、要私密照、威胁发给家长，第二天又聊到孩子班上有人被陌生人加过、针对高中男生的性勒索（视频后要钱、别转账、报警）。只是在讨论新闻和防范，没有人实施这些行为。",
  obf=[], body="""
a: 你们看到那个新闻没 隔空猥亵判了八年
b: 看了 太可怕了 受害的孩子才十一二岁
c: 什么新闻 发来看看
a: [链接] 就是那个冒充同龄人在游戏里加小孩的
b: 先送皮肤送点券 然后让孩子加QQ 再要私密照
c: 天哪 然后呢
a: 孩子不给就威胁说发给家长和老师 孩子吓得不敢说
c: 我家闺女天天玩那个游戏
b: 得跟孩子讲清楚 网上谁让你保密 谁让你拍照 马上告诉爸妈
a: 对 还要说清楚 就算发了照片也不是你的错
c: 我今晚就跟她聊
b: 学校上周也发了防性侵的家长信
a: 还有举报电话 12377和当地派出所都行
c: 收到 谢谢你们
b: 这种人判八年都轻了
a: 同意
~1d
c: 昨晚跟闺女聊了
a: 她怎么说
c: 她说班里真有人被陌生人加过 说送皮肤让加QQ
b: 啊 那个同学告诉家长了吗
c: 告诉老师了 老师报了警
a: 还好还好
b: 所以说一定要让孩子知道可以说出来
c: 我还把手机的青少年模式打开了
a: 我家那个已经高中了 也得提醒 现在有骗男孩子的
b: 对 新闻说有些专门骗高中男生视频然后要钱
c: 那种叫什么来着
a: 性勒索 不给钱就说发给家里人
b: 遇到了千万别转账 越转越多 直接报警
c: 我把这些整理一下发家长群
a: 好 顺便把那篇新闻也转了
""")

C("zs_b_tongxue", "zh-Hans", "benign", True, "2026-12-04T09:40:00Z",
  {"x": "u_xiaokai_wz", "y": "u_yiyi_meng"},
  notes="Hard negative：两个初二同学（同龄）互相调侃，交换皮肤和点券、'发个丑照'、'别告诉老师'、'删了'、加vx。"
        "第二天互相把丑照发到班群又撤回（玩笑式'曝光'）。同龄人之间的玩笑，没有成年人，没有要挟。",
  obf=["pinyin"], body="""
x: 孟依依 你今天数学课睡着了 口水都流出来了
y: 胡说 我在闭目思考
x: 我拍下来了哈哈哈
y: 删了！不然我告诉老师你上课玩手机
x: 好好好删了 别告诉老师
y: 这还差不多
x: 你那个新皮肤哪来的
y: 攒了三个月点券
x: 我用两个皮肤跟你换行不
y: 哪两个
x: 那个兔子和那个机甲
y: 兔子可以 机甲丑
x: 你才丑 发个你早上没睡醒的丑照来证明你不丑
y: 滚 你加我vx我发你表情包
x: 加了 yiyi_meng05？
y: 对 周五放学一起去书店吗 叫上佳佳
x: 行 你请奶茶
y: 凭什么 猜拳决定
~1d
x: 你真的把那个丑照发到班群了？？
y: 谁让你先拍我睡觉的 哈哈
x: 撤回！快撤回！
y: 撤回了 但是佳佳已经存了
x: 我完了
y: 活该 周五奶茶你请
x: 行行行 你赢了
y: 兔子皮肤也给我
x: 给你给你 别再发了
y: 看你表现哈哈
""")

C("zs_b_sushe", "zh-Hans", "benign", False, "2026-03-16T13:00:00Z",
  {"a": "u_zhou_yang", "b": "u_liu_hao", "c": "u_he_jun", "d": "u_sun_peng"}, group="g_sushe_404",
  notes="普通对话：大学宿舍群排值日表、交电费。",
  obf=[], body="""
a: 这周值日表排一下
b: 我周一周二
c: 我周三周四
d: 那我周五周末吧
a: 行 我负责倒垃圾
b: 电费又没了 谁交一下
c: 我交了 一人二十五
d: 转你了
b: 转了
a: 转了 顺便问下谁有明天高数的笔记
c: 我有 回去拍给你
a: 谢了
""")

C("zs_b_tuanjian", "zh-Hans", "benign", False, "2026-05-20T06:30:00Z",
  {"w": "u_wu_jingli", "z": "u_zhang_xiaoli"},
  notes="普通对话：同事安排部门团建。",
  obf=[], body="""
w: 小丽 团建地点定了吗
z: 定了 郊区那个农家乐 下周六
w: 多少人
z: 报名的有二十三个
w: 大巴订了吗
z: 订了 早上八点公司楼下集合
w: 好 预算够吗
z: 人均两百 包午饭和采摘
w: 可以 记得买保险
z: 好的 我明天去办
w: 辛苦了
z: 应该的
""")

C("zs_b_guoqing", "zh-Hans", "benign", False, "2026-09-20T12:00:00Z",
  {"m": "u_mama_li", "b": "u_baba_li", "j": "u_jiejie_li"}, group="g_jiating",
  notes="普通对话：家庭群商量国庆出游。",
  obf=[], body="""
m: 国庆去哪玩 大家说说
j: 去杭州吧 西湖
b: 人太多了吧
m: 那去千岛湖
j: 也行 我想吃鱼头
b: 开车还是高铁
m: 高铁 开车太累
j: 我来订票 几号走
b: 二号走 五号回
m: 酒店我来订
j: 好的 票订好了发群里
b: 👍
""")

# ============================ zh-Hant ============================

C("zt_g_chuanshuo", "zh-Hant", "grooming", False, "2026-03-03T11:40:00Z",
  {"a": "u_ahsiang_77", "y": "u_yuting_0512"}, offender="a",
  notes="台灣手遊網友（自稱大學生）對國一女生（13歲）：稱讚、送MyCard點數並要她別跟爸媽說、問爸媽幾點回家、"
        "轉到LINE、要ㄕˋ訊、'只有我懂你'、約在西門町單獨見面、叫她刪對話。first_flag = 已知國一後送點數+保密。"
        "Obfuscation: 注音 ㄕˋ訊 (視訊), 賴 (LINE).",
  obf=["pinyin", "homophone"], body="""
a: 妳剛剛那波開團超準欸
y: 哈哈謝謝 我玩輔助
a: 要不要一起排 我鑽石
y: 好啊
~40m
a: 連贏五場 妳根本福星
y: 是你比較強啦
a: 妳讀國中了嗎
y: 國一 13歲
a: 國一就這麼會看地圖 比我大學同學還厲害
!a: 送妳一張MyCard 500點 買造型 但不要跟爸媽講喔 他們會以為妳亂花錢 這是我們的秘密
y: 真的可以嗎 謝謝哥哥
a: 妳爸媽通常幾點回家
y: 大概八點 我都自己在家
a: 那我們加賴 遊戲裡講話都會被看到
y: 好 我的ID是 yuting_0512
~1d
a: 今天在學校還好嗎
y: 被老師罵 超煩
a: 只有我懂妳啦 大人都不會聽妳說
y: 對啊
a: 晚上來個ㄕˋ訊好不好 想看看妳
y: 我媽可能會看到
a: 那等她睡了再開 在妳房間 門關著
y: 好吧
~2d
a: 禮拜六來西門町 我請妳吃東西 再送妳一張點數
y: 我要跟同學一起去嗎
a: 妳一個人來就好 不要跟別人說 對話記得刪
""")

C("zt_g_sheying", "zh-Hant", "grooming", False, "2026-10-03T07:10:00Z",
  {"k": "u_photo_kai", "e": "u_enen_14"}, offender="k",
  notes="晚出現：前二十多則是IG攝影師給14歲國二學生的正常攝影教學（光圈、構圖、修圖），之後稱讚她'比同齡成熟'、說要幫她拍個人作品集"
        "但不用讓家長知道、問家裡誰在、約她一個人到工作室、要她先傳'私下的照片'、刪訊息。first_flag = 已知14歲後要求瞞著家長單獨拍攝。",
  obf=[], body="""
e: 你好 我很喜歡你拍的夕陽照
k: 謝謝！妳也有在拍照嗎
e: 有 用手機拍 但都拍不好
k: 手機也可以拍得很好 先試試把曝光拉低一點
e: 曝光在哪裡調
k: 點一下螢幕 旁邊會有一個太陽 往下拉
e: 哇真的差很多
k: 對吧 夕陽不要過曝
e: 那構圖要怎麼拍
k: 先用三分法 把地平線放在下面三分之一
e: 好 我明天試試
~1d
e: [圖片] 這樣可以嗎
k: 很好！比昨天進步很多
e: 修圖要用什麼app
k: 用免費的就好 先調色溫跟對比
e: 好難喔
k: 多練就會了 妳很有天分
e: 謝謝老師
k: 叫我阿凱就好
~2d
e: 我拍了學校的樹 [圖片]
k: 這張光線很漂亮
e: 耶
k: 妳幾歲啊 感覺很有想法
e: 14 國二
k: 14歲就這麼有美感 比我認識的大學生成熟多了
!k: 我想幫妳拍一組個人作品集 免費 但先不要跟爸媽說 他們一定會覺得很奇怪 等拍好再給他們驚喜
e: 真的嗎 可是
k: 妳家平常誰在
e: 平日只有我跟阿嬤
k: 那週六下午來我工作室 一個人來比較好拍 我可以去捷運站接妳
e: 好吧
k: 先傳幾張妳在房間的私下照片給我參考 只給我看
e: 什麼樣的
k: 就自然一點的 傳完把訊息刪掉喔
""")

C("zt_s_wootalk", "zh-Hant", "sextortion", False, "2026-10-08T14:30:00Z",
  {"x": "u_xiaoqing_xx", "b": "u_bohan_lin"}, offender="x",
  notes="台灣金錢型性勒索：匿名交友聊天認識15歲男生，轉LINE、裸ㄌㄧㄠˊ視訊、要求安裝需要'邀請碼'的App（讀取通訊錄），"
        "ㄌㄨˋ影後威脅傳給通訊錄和學校，要求買遊戲點數一萬元、用街ㄎㄡˇ轉帳，付款後再要。first_flag = 第一次私密視訊邀約。"
        "Obfuscation: 注音 ㄌㄧㄠˊ、ㄌㄨˋ影、街ㄎㄡˇ.",
  obf=["pinyin"], body="""
x: 嗨 你也睡不著嗎
b: 對啊 明天還要上課
x: 你讀高中嗎
b: 高一 15歲
x: 我17 高三 好巧 我們加LINE吧
b: 好 bohan_lin09
~10m
x: 我是小晴 你好可愛
b: 哈哈謝謝
x: 我們來視訊好不好
!x: 裸ㄌㄧㄠˊ那種 私密的 我先開
b: 這樣不好吧
x: 不要怕 要用這個app才清楚 邀請碼 7KQ2 要允許通訊錄
b: 好
~20m
x: 剛剛的視訊我都ㄌㄨˋ影了
x: [截圖] 你通訊錄裡有你媽媽 還有你們班導
b: 你要幹嘛
x: 買一萬的遊戲點數 序號傳給我 不然我傳給全部的人 還有你們學校粉專
b: 我沒有那麼多錢
x: 那用街ㄎㄡˇ轉 先轉五千 30分鐘
b: 我轉了三千 真的沒了
x: 不夠 明天再買七千點數 不然你就完了
b: 拜託你刪掉
x: 付清就刪 明天中午前
""")

C("zt_b_dating", "zh-Hant", "benign", True, "2026-04-11T12:50:00Z",
  {"a": "u_aming_32", "s": "u_shanshan_30"},
  notes="Hard negative：兩個成年人在交友軟體上曖昧（32歲、30歲，都講了年齡和工作），加LINE、要穿搭照、約吃飯、"
        "'不要跟我同事說'。成年人之間的你情我願。",
  obf=[], body="""
a: 妳的自介說喜歡爬山跟滷肉飯 我們應該合得來
s: 哈哈 你也是滷肉飯派的？
a: 當然 肥瘦各半
s: 懂吃 你幾歲啊 軟體上顯示怪怪的
a: 32 在做軟體工程 妳呢
s: 30 幼教老師 每天被小朋友包圍
a: 辛苦了 那妳一定很有耐心
s: 對大人就沒那麼有耐心了喔 😏
a: 好險我很乖
s: 我們加LINE吧 這個軟體一直當機
a: 好 我加妳了
~1d
s: 週五要不要吃飯
a: 好啊 東區那間義大利麵？七點
s: 可以 傳張你今天的穿搭照 我才認得出你
a: [圖片] 灰色外套
s: 還不錯嘛 我會穿紅色洋裝
a: 期待 對了不要跟我同事說我用交友軟體 會被笑
s: 放心 秘密 週五見
""")

C("zt_b_jiajiao", "zh-Hant", "benign", True, "2026-03-02T09:15:00Z",
  {"t": "u_laoshi_huang", "m": "u_mama_chen", "j": "u_jiaying_chen"}, group="g_jiajiao_class",
  notes="Hard negative：家教老師和家長、學生在同一個群組裡公開安排私人數學課：問年級、接送時間、老師在媽媽同意下送學生到捷運站、"
        "生日小禮物、給學生拍作業照片、改時間。一切公開、經過家長。",
  obf=[], body="""
t: 陳媽媽好 佳穎現在是國二對吧 我準備一下教材
m: 對 國二 下學期要會考衝刺
t: 好的 課程時間每週三晚上七點到九點可以嗎
m: 可以 地點在我們家客廳
j: 老師好
t: 佳穎好 先把這次段考的數學考卷拍照傳給我看看
j: [圖片]
t: 收到 一次函數要加強
~2d
m: 老師 週三我加班 佳穎下課後可以請您送她到捷運站嗎 我在那邊接
t: 沒問題 我九點送她到捷運站出口 到了在群組說一聲
m: 謝謝老師
~6d
t: 佳穎今天表現很好 下週小考
j: 謝謝老師
m: 對了 下週三是佳穎生日
t: 那我帶個小禮物 一本參考書哈哈
j: 不要啦😂
m: 老師太客氣了
~7d
t: 今天小考佳穎考了88分 進步很多
m: 太好了 謝謝老師
j: 耶
t: 下週開始複習幾何 請準備量角器跟圓規
j: 好
~2d
m: 老師 這週三佳穎學校有活動 可以改週四嗎
t: 週四可以 一樣七點
m: 那週四我下班可以自己接她
t: 好的 那就不用送到捷運站了
~1d
t: 週四上課的講義我先傳到群組
t: [圖片]
j: 老師 第五題看不懂
t: 上課再講 先把前四題做完
j: 好
""")

C("zt_b_guonian", "zh-Hant", "benign", False, "2026-01-25T03:00:00Z",
  {"a": "u_ama_wu", "b": "u_dajie_wu", "c": "u_xiaodi_wu"}, group="g_wu_jia",
  notes="普通對話：家族群組討論過年回家。",
  obf=[], body="""
b: 今年除夕大家幾點回阿嬤家
c: 我搭高鐵 下午三點到
a: 好 阿嬤煮佛跳牆
b: 我帶水果跟年糕
c: 需要我買什麼嗎
a: 買一些飲料就好
b: 紅包今年還是一樣嗎
a: 隨意啦 心意最重要
c: 那初二要去哪
b: 去外婆家
a: 路上小心
c: 好 到了再說
""")

# ============================ build ============================

GAP = re.compile(r"^~(\d+)([smhd])$")
UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}
LINE = re.compile(r"^(!?)([a-z]): (.+)$")


def build():
    rng = random.Random(20261121)
    # shuffle ids within the EN and ZH id spaces so an id says nothing about the label
    en = [c for c in CONVS if c["lang"] == "en"]
    zh = [c for c in CONVS if c["lang"] != "en"]
    rng.shuffle(en)
    rng.shuffle(zh)
    for i, c in enumerate(en, 1):
        c["id"] = "H-EN-%03d" % i
    for i, c in enumerate(zh, 1):
        c["id"] = "H-ZH-%03d" % i
    events, labels = [], []
    for c in sorted(CONVS, key=lambda c: c["id"]):
        crng = random.Random(c["key"])
        t = datetime.datetime.strptime(c["start"], "%Y-%m-%dT%H:%M:%SZ")
        parts = c["parts"]
        n, first_flag, extra = 0, None, 0
        for raw in c["body"].strip("\n").split("\n"):
            raw = raw.strip()
            if not raw:
                continue
            g = GAP.match(raw)
            if g:
                extra += int(g.group(1)) * UNIT[g.group(2)]
                continue
            m = LINE.match(raw)
            if not m:
                raise SystemExit("bad line in %s: %r" % (c["key"], raw))
            flag, who, text = m.groups()
            if n > 0:
                t += datetime.timedelta(seconds=extra + crng.randint(15, 200))
            extra = 0
            n += 1
            mid = "%s-%02d" % (c["id"], n)
            sender = parts[who]
            if c["group"]:
                recipient = c["group"]
            else:
                others = [v for k, v in parts.items() if k != who]
                assert len(others) == 1, c["key"]
                recipient = others[0]
            if flag:
                assert first_flag is None, c["key"]
                first_flag = mid
            events.append({"id": mid, "conversation": c["id"], "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                           "sender": sender, "recipient": recipient, "text": text})
        c["n"] = n
        c["first_flag"] = first_flag
        note = c["notes"]
        if c["group"]:
            note += " [group chat, %d participants]" % len(parts)
        note += " [style/obfuscation: %s]" % (", ".join(c["obf"]) if c["obf"] else "none")
        labels.append({"conversation": c["id"], "lang": c["lang"], "label": c["label"],
                       "first_flag": first_flag, "offender": parts[c["offender"]] if c["offender"] else None,
                       "hard_negative": c["hard_negative"], "notes": note})
    with open(os.path.join(HERE, "heldout.events.jsonl"), "w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "heldout.labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    return events, labels


# ============================ validation ============================
# Simplified/Traditional pairs for the script check (no OpenCC offline; a hand list of common characters).
PAIRS = ("们們 这這 个個 发發 给給 对對 时時 视視 频頻 学學 没沒 还還 吗嗎 钱錢 张張 见見 妈媽 说說 话話 让讓 开開 来來 "
         "会會 过過 后後 里裡 点點 门門 边邊 爱愛 长長 么麼 间間 东東 车車 书書 买買 卖賣 号號 机機 脑腦 样樣 乐樂 帮幫 "
         "头頭 岁歲 级級 师師 觉覺 识識 应應 戏戲 欢歡 谢謝 请請 问問 听聽 讲講 处處 电電 颜顏 图圖 码碼 红紅 团團 带帶 "
         "准準 刚剛 战戰 装裝 备備 输輸 赢贏 够夠 转轉 录錄 删刪 记記 讯訊 经經 纪紀 试試 业業 导導 约約 园園 网網 关關 "
         "实實 验驗 绩績 题題 错錯 压壓 报報 吓嚇 结結 区區 币幣 价價 贵貴 该該 页頁 摄攝 构構 调調 线線 龄齡 阳陽 离離 "
         "热熱 现現 钟鐘 单單 员員 广廣 从從 与與 为為 无無 将將 国國 亲親 奖獎 护護 饭飯 鱼魚 颗顆 游遊 飞飛 体體 "
         "贴貼 该該 怀懷 兴興 气氣 紧緊 识識 认認 话話 语語 们們 边邊 谁誰 辆輛 馆館 趣趣 虑慮 惊驚 喜喜 签簽 约約 酬酬 "
         "进進 连連 场場 专專 节節 态態 庆慶 订訂 铁鐵 杭杭 湖湖 晚晚 尔爾 众眾 罚罰 判判 辅輔 练練 赛賽 季季 扑撲 弹彈 "
         "闭閉 课課 笔筆 费費 团團 预預 算算 险險 办辦 苦苦 啰囉 爷爺 奶奶 惯慣 虽雖 隐隱 私私 蓝藍 冲衝 够夠 级級")
SIMP, TRAD = set(), set()
for p in PAIRS.split():
    if p[0] != p[1]:
        SIMP.add(p[0]); TRAD.add(p[1])
TW_BAD = ["視頻", "軟件", "微信", "質量", "信息", "屏幕", "短信"]
EV_KEYS = ["id", "conversation", "ts", "sender", "recipient", "text"]
LB_KEYS = ["conversation", "lang", "label", "first_flag", "offender", "hard_negative", "notes"]


def check():
    import collections
    evs = [json.loads(l) for l in open(os.path.join(HERE, "heldout.events.jsonl"), encoding="utf-8")]
    lbs = [json.loads(l) for l in open(os.path.join(HERE, "heldout.labels.jsonl"), encoding="utf-8")]
    errs = []
    assert all(list(e) == EV_KEYS for e in evs), "event keys"
    assert all(list(l) == LB_KEYS for l in lbs), "label keys"
    ids = [e["id"] for e in evs]
    if len(ids) != len(set(ids)): errs.append("duplicate event ids")
    if len({l["conversation"] for l in lbs}) != len(lbs): errs.append("duplicate conversation ids")
    by = collections.defaultdict(list)
    for e in evs: by[e["conversation"]].append(e)
    late = 0
    for l in lbs:
        cid, ms = l["conversation"], by[l["conversation"]]
        if not ms: errs.append(cid + " no events"); continue
        if not 12 <= len(ms) <= 80: errs.append("%s length %d" % (cid, len(ms)))
        for i, e in enumerate(ms, 1):
            if e["id"] != "%s-%02d" % (cid, i): errs.append("non-sequential " + e["id"])
            if i > 1 and e["ts"] <= ms[i - 2]["ts"]: errs.append("ts not increasing " + e["id"])
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["ts"]): errs.append("ts format " + e["id"])
        people = {e["sender"] for e in ms}
        if l["label"] == "benign":
            if l["first_flag"] is not None or l["offender"] is not None: errs.append(cid + " benign with flag")
        else:
            if l["hard_negative"]: errs.append(cid + " risky hard negative")
            ff = [e for e in ms if e["id"] == l["first_flag"]]
            if not ff: errs.append(cid + " first_flag missing"); continue
            if l["offender"] not in people: errs.append(cid + " offender not a participant")
            if ff[0]["sender"] != l["offender"]: errs.append(cid + " first_flag not by offender")
            if ms.index(ff[0]) >= 20: late += 1
        txt = "".join(e["text"] for e in ms)
        if l["lang"] == "zh-Hans":
            bad = sorted(set(txt) & TRAD)
            if bad: errs.append("%s traditional chars %s" % (cid, bad))
        elif l["lang"] == "zh-Hant":
            bad = sorted(set(txt) & SIMP)
            if bad: errs.append("%s simplified chars %s" % (cid, bad))
            for w in TW_BAD:
                if w in txt: errs.append("%s mainland term %s" % (cid, w))
        else:
            if re.search(r"[\u4e00-\u9fff]", txt): errs.append(cid + " CJK in en")
        if re.search(r"\d{7,}", txt.replace(" ", "")): errs.append(cid + " long digit run (phone/ID-like)")
    cnt = collections.Counter((l["lang"], l["label"]) for l in lbs)
    hn = collections.Counter(l["lang"] for l in lbs if l["hard_negative"])
    risky = sum(1 for l in lbs if l["label"] != "benign")
    print("per (lang,label):", dict(sorted(cnt.items())))
    print("hard negatives per lang:", dict(hn), "total", sum(hn.values()))
    print("risky:", risky, "late onset (first_flag after >=20 earlier messages):", late)
    print("messages:", len(evs), "min/max/mean len:", min(len(v) for v in by.values()),
          max(len(v) for v in by.values()), round(len(evs) / len(by), 1))
    print("group chats:", sum(1 for v in by.values() if len({e['sender'] for e in v}) >= 3))
    if late * 3 < risky: errs.append("too few late-onset risky conversations")
    for x in errs: print("ERROR", x)
    print("OK" if not errs else "%d errors" % len(errs))
    return not errs


if __name__ == "__main__":
    ev, lb = build()
    print("wrote %d events, %d conversations" % (len(ev), len(lb)))
    raise SystemExit(0 if check() else 1)
