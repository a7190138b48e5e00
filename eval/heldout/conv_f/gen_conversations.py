#!/usr/bin/env python3
"""Generate held-out conversation set F for Vigil (synthetic, written by hand).

Each conversation is written in a small line format:
    [!]alias gap text
  alias : short speaker key mapped to an account id in `who`
  gap   : time since the previous message: 0 | 7 (minutes) | 3h | 1d | 1d4h | 2h30
  !     : marks the message that is the conversation's first_flag (risky ones only)
The final ids (F-EN-001.., F-ZH-001..) are assigned after a seeded shuffle inside
each id family, so an id says nothing about the label.

Run:  python3 gen_conversations.py      (writes heldout.events.jsonl / heldout.labels.jsonl
                                          next to this file and validates them)
Everything is synthetic; no real person, handle, number or case is used.
"""
import datetime as dt
import json
import os
import random
import re
import subprocess
import sys

CONVS = []


def C(key, lang, label, who, start, msgs, notes, offender=None, hn=False, group=None):
    CONVS.append(dict(key=key, lang=lang, label=label, who=who, start=start, msgs=msgs,
                      notes=notes, offender=offender, hn=hn, group=group))


GAP_RE = re.compile(r'^(?:(\d+)d)?(?:(\d+)h)?(\d+)?$')
LINE_RE = re.compile(r'^(!?)(\w+)\s+(\S+)\s+(.*)$')


def parse_gap(g):
    m = GAP_RE.match(g)
    if not m:
        raise ValueError('bad gap %r' % g)
    d, h, mi = (int(x) if x else 0 for x in m.groups())
    return dt.timedelta(days=d, hours=h, minutes=mi)


# ---------------------------------------------------------------- EN risky
C('en_g_party_boost', 'en', 'grooming', {'k': 'u_brodyk', 'o': 'u_vex_carries'},
  '2026-02-13T00:41:00Z', offender='u_vex_carries',
  notes='grooming through in-game party chat: a high-ranked player carries and "ranked-boosts" a 12-year-old '
        '(7th grade, "13 in march", mom takes the console at 9 on school nights). After 36 ordinary game messages '
        'the offender pairs the known age with secrecy about the boost framed against the parents (flag), then gifts a '
        'skin bundle with a cover story, "duo" exclusivity, a hidden second Discord account, home-alone probing, '
        'photo requests escalating to "in ur room ... just for me", school name and an offered pick-up. '
        'Offender never states his own age ("old enough"). Risk starts late (flag at msg 38 of 74). '
        'style: gamer slang, abbreviations, lowercase, no punctuation',
  msgs='''
k 0 yo u still carrying tonight?
o 1 ya hop in party, queue opens in 5
k 1 ok bet
o 0 u on controller or kbm
k 1 controller :/ my dad wont buy me a keyboard
o 1 lol its fine i was plat on controller
k 2 ur immortal now tho thats crazy
o 1 years of grinding bro
o 1 ok first game we go B split, u play sage and stay behind me
k 1 ok
k 7 bro i died first again
o 1 ur fine u peeked too wide. hold the angle dont swing
k 1 ok ok
k 9 WE WON
o 0 ez. +22 for u
k 1 im so close to gold 2
o 1 few more games n ur there. or i can boost ur acc tmrw, faster
k 1 wait how
o 1 u give me ur login, i play like 5 games, u watch the stream if u want
k 2 is that even allowed lol
o 1 its "not allowed" lol everyone does it. just dont post about it
k 1 ok
k 1d hey u on
o 4 ya gimme 10 finishing a match
o 12 ok inv sent
k 1 did u see the new gilded reaver bundle
o 1 ya its clean. 2k VP tho
k 1 my mom said no more VP till my report card lol
o 1 rip
k 8 bro that clutch was insane
o 1 practice lol
o 2 ur aim is getting way better fr. u learn fast
k 1 thx
k 14 i gotta get off at 9 my mom takes my xbox on school nights
o 1 takes it?? lol how old r u
k 1 12. 13 in march. 7th grade
o 1 for real? u talk way more mature than the 7th graders i know. ur more chill than ppl my age honestly
!o 1 hey keep the boost stuff between us ok? if ur mom sees ur rank jump she'll take the xbox for good. she wouldnt get it
k 1 lol true. how old r u
o 1 old enough to be immortal lol. doesnt matter
k 1 gn
k 1d3h BRO I HIT GOLD 2
o 2 told u. proud of u fr
o 1 got u something too, check ur account
k 1 WAIT the reaver bundle???
k 0 how
o 1 gifted it. if ur mom asks just say u saved up ok
k 1 ty ty ty
o 1 ur my duo now. nobody else gets carried lol
o 3 u got discord? party chat here is trash and it logs everything
k 2 i do but my mom checks it sometimes
o 1 make a 2nd one. i'll show u how to hide the app in a folder
k 1 idk
o 1 its just easier to talk w/o ur mom reading over ur shoulder. ur 13 not 5
k 3 ok its brodyk.alt
o 1 added
k 2d hey r u on tonight? my parents r at my aunts till late
o 1 ur home alone?
k 1 w my sister but shes in her room
o 1 nice. jump in vc on disc, just us
o 40 btw turn ur cam on next time, i wanna see my duo lol
k 2 lol why
o 1 bc we're close now. send a pic at least
k 4 [photo]
o 1 lol u look older than 13
o 1 take one in ur room tho not the kitchen. without the hoodie
k 2 why without the hoodie
o 1 its just for me. dont be weird about it i got u a 2k bundle
k 3 idk thats kinda weird
o 1 relax its a joke lol. dont tell ur sister about our calls ok
o 6 i might be near ur town for a lan in april. could drop off a new controller
o 1 whats ur school called? i'll grab u after
k 5 i dont think my mom would let me
o 1 she doesnt have to know. we'll figure it out
''')

C('en_g_fake15', 'en', 'grooming', {'m': 'u_maddie.rae', 'o': 'u_jaxon.15'},
  '2026-04-03T21:12:00Z', offender='u_jaxon.15',
  notes='offender poses as a same-age peer ("15, sophomore") to a 14-year-old freshman; slips reveal an adult: a '
        'shift manager, a lease and landlord, a 2011 first phone ("typo"), driving on a "permit" with nobody named, '
        'an ex-wife corrected to ex. Flag at the first supervision probe + secrecy (delete our chats) once her age is '
        'known; then isolation from friends, a pyjama "just for me" picture request and a move to Telegram, and a '
        'Saturday pick-up. style: teen slang, emoji, abbreviations',
  msgs='''
o 0 hey ur the one who made that edit on the 2010 clique fan page right? it was so good
m 3 omg ty!!
o 1 im jax btw. 15, just moved to westbrook
m 2 oh cool im 14, freshman at lincoln
o 1 no way im a sophomore lol. u ship ivy x noah too?
m 1 OBVIOUSLY
o 1 finally someone normal 😭
m 5 lol did u see ep 6 yet
o 1 yes and i screamed. i mean i didnt scream but. close
m 1 hahaha
o 2 ngl u seem really mature for a freshman. girls my age are so dramatic
m 1 lol ty i guess
o 1 do ur parents check ur phone?
m 2 sometimes my mom does
!o 1 maybe delete our chats then. parents are so nosy, not like we're doing anything wrong haha 🤫
m 1 lol ok
o 1d ugh long day. my manager made me close again
m 3 u have a job??
o 1 ya part time at the warehouse. after school lol
m 1 thats so much
o 1 gotta pay rent somehow. i mean help my mom w rent lol
m 2 ohh
o 4 my first phone was a flip phone back in like 2011 lol
m 1 jax ur literally like 0 in 2011
o 1 lmaooo typo. 2021
o 2 anyway ur friends sound kinda fake. u can tell me stuff, i dont judge
m 3 thx idk. my best friend is being weird rn
o 1 see. u dont need them. u have me 🤍
o 1d hey send me a pic in ur pjs lol. a cute one, just for me
m 4 lol why
o 1 bc i like u duh. dont show anyone our chats ok
o 1 also insta is weird w dms. get telegram, @jax_wb_15
m 5 ok i'll try
o 1 i can drive over sat and take u to the mall. my permit is fine
m 1 dont u need an adult in the car
o 1 my ex wife—ex lol autocorrect—used to ride w me. its fine, just dont tell ur mom
''')

C('en_g_artserver', 'en', 'grooming',
  {'p': 'u_pixelpip', 't': 'u_tofu.art', 'o': 'u_mr.inkwell', 'mod': 'u_sketchmod_lee'},
  '2026-01-18T16:05:00Z', offender='u_mr.inkwell', group='g_doodlecorner_chat',
  notes='group chat on a kids-heavy art server (4 participants). An adult "art mentor" praises two children, asks '
        'their grades in the group (6th and 7th), promises paid "commissions" in gift cards, then singles one child out: '
        'come to DMs, do not tell the server or mom about the money (flag), webcam "drawing stream" with just the '
        'two of them. The moderator (benign) reminds everyone of rules; offender downplays. style: group chat, emoji',
  msgs='''
p 0 finished my fox oc!! [image]
t 1 omg the tail 😭😭
o 2 pip this linework is seriously impressive. you have a real eye
p 1 tysm!!!
mod 3 reminder for everyone: weekly theme is "winter market", submissions close sunday
t 1 ok i'm doing a cat bakery
o 2 love that. what grade are you two in? this is better than my college students did lol
p 1 6th
t 1 7th!!
o 1 wow. genuinely talented for your age
o 8 i do paid commissions btw, sometimes i pay young artists for sketches. gift cards, steam or amazon
t 2 wait fr??
o 1 fr. pip especially, your style is exactly what i need
p 1 omg
mod 4 heads up: commissions between members have to go through the #commissions channel and parents must ok it for under-13s
o 1 of course 👍
o 30 pip check your DMs later
p 1 ok!!
!o 1 just dont mention the commission money to the server or your mom yet, people get jealous and it ruins it. our thing
t 3 what thing lol
o 1 nothing tofu, pip's commission stuff
t 1 ok
p 1h i'm home, my mom is at work till 7
o 1 perfect. can you do a drawing stream on cam? just us, so i can see how you hold the pen
p 2 like my face?
o 1 just you drawing lol. in your room is best, quieter
mod 20 @u_mr.inkwell please keep 1:1 requests out of the server chat, thanks
o 1 sorry lee! just mentoring
p 1 i'll ask my mom first maybe
o 1 no need to bother her, it's just art 🙂 i'll send a $25 card tonight
''')

C('en_g_streamer', 'en', 'grooming', {'c': 'u_lilcreeperlive', 'o': 'u_goldendonor88'},
  '2026-03-07T22:30:00Z', offender='u_goldendonor88',
  notes='streaming-platform whispers: a regular "top donor" with a kid streamer. Age only from context (5th-grade '
        'field day, mom\'s "no face cam until 13" rule, mom sets stream time). Offender praises, gifts subs, then probes '
        'when mom is away (flag: supervision probe once the child is known to be in 5th grade), offers subs to break '
        'the mom\'s rule in a private cam call and keep it from her, asks for a photo and proposes moving to another app. style: platform whispers, emoji, typos',
  msgs='''
o 0 gg on that build today, the redstone door was sick
c 2 THANK YOU for the 10 gifted subs!!!
o 1 np lil creeper. ur my fav small streamer
c 1 😁
o 3 why no face cam tho? chat would love it
c 2 my mom says no facecam until im 13
o 1 oh wow ok lol
c 1 and i can only stream sat and sun
o 1 fair. field day soon? saw u mention it
c 2 yes friday!! 5th grade gets the water balloons
o 1 haha nice. does ur mom watch ur streams?
c 1 no she just sets the timer lol
!o 1d hey on sunday after ur stream, is ur mom home?
c 4 she goes to the gym at 11
o 1 cool. i have a proposition
o 1 i'll gift 50 more subs if u turn on cam for just me in a private call, not on stream. ur moms rule is for strangers and im not a stranger. dont tell her tho
c 3 idk she'd get mad
o 1 she wont know. its our secret, like a VIP thing
o 1 or send a pic first so i know ur real 📸
c 6 [photo]
o 1 cute. next one in ur pjs lol jk. kinda
o 2 download kik, its better for private stuff. user goldendonor88
c 3 ok
o 1 delete these whispers after ok
''')

C('en_s_skintrade', 'en', 'sextortion', {'e': 'u_ethan_rdz', 'o': 'u_kayla.trades'},
  '2026-05-09T19:20:00Z', offender='u_kayla.trades',
  notes='financial sextortion that opens as a skin-trading chat (trade links, float values, middleman, overpay). '
        'The "17yo girl" trader builds rapport over 40+ trade and small-talk messages, then moves to Snapchat and pushes a private '
        'photo swap with the 16-year-old (flag, msg 44 of 63). Then possession claim, collage of his followers + school, '
        '$300 demand in Steam/Apple gift cards with a 30-minute deadline, a partial payment, and a repeated, higher '
        'demand ("this is the last one"). style: trader slang (fn, ft, ov, mm), abbreviations',
  msgs='''
o 0 hey saw ur post, u still got the karambit doppler?
e 3 ya p2, fn. what u offering
o 2 my butterfly slaughter ft + ov?
e 2 whats the float on the butterfly
o 1 0.09 something, ill send inspect link
o 1 [link]
e 4 ok thats clean. how much ov
o 1 20$ in keys?
e 2 30 and u go first lol
o 1 lmao fair. u got a middleman?
e 1 ya theres one in the discord, rex
o 1 ok cool
o 15 rex is slow af lol
e 1 he always is
o 3 ok trade sent
e 2 accepted 👍
o 1 ty! pleasure doing business
e 1 same gl
o 2d hey its kayla from the trade
e 5 oh hey whats up
o 1 u still collecting knives? i might sell my m9 soon
e 2 maybe depends on price
o 1 ill give u first dibs since ur legit. ppl scam so much
e 1 fr i got scammed last month
o 1 omg how
e 2 fake mm account w the same pfp as rex. lost a fade
o 1 thats so evil. always check the user id not the name
e 1 ya i do now
o 1 what was the fade worth
e 1 like 80
o 1 oof. ok if i sell the m9 ill do 10% off for u
e 1 bet
o 1 lol. how old r u anyway u sound young in discord
e 2 16
o 1 lol me 17. whats ur main game besides this
e 2 apex mostly
o 1 omg same. we should duo sometime
e 1 ya sure
o 1 what school u go to, ur pfp has a jersey
e 2 north ridge, its my soccer jersey
o 1 cute 😏
o 3 got snap? discord keeps flagging my links lol
e 1 ethan.rdz
!o 1d added u. ngl u look good in ur pics. wanna swap something more private? i go first if u promise to keep it between us 🙈
e 4 lol fr?
o 1 [photo]
o 1 ur turn 😇
e 9 [photo]
o 1 now listen carefully ethan
o 1 i have ur pic and ur followers list. [image: collage with his photo and follower names]
o 1 i know ur at north ridge and ur on the soccer team. i will send it to all of them and ur coach
e 1 what?? ur joking
o 1 300$ in steam or apple gift cards and i delete everything. u have 30 min
e 2 i dont have 300 im 16
o 1 not my problem. ask ur parents or ur friends. 28 min
e 6 i have like 100 on a steam card
o 1 send the code now
e 3 [gift card code]
o 1 ok. now 200 more or i post it
e 1 u said u would delete it
o 1 i said 300. u sent 100. this is the last one, then im gone forever
e 4 please stop
o 1 clock is ticking. 15 min. ur teammates r gonna love it
''')

C('en_s_oopswrong', 'en', 'sextortion', {'l': 'u_liam.hartt', 'o': 'u_sofiaa.mrtnz'},
  '2026-06-20T02:14:00Z', offender='u_sofiaa.mrtnz',
  notes='sextortion that starts with an "accidental" picture from an unknown account ("omg wrong person, delete '
        'it"), then friendly chat, then the reciprocity push "you saw mine, only fair" (flag). After the 16-year-old '
        'sends one: possession claim, screenshot of his followers and school tag, $500 via Cash App/gift cards, '
        '1-hour deadline, threat to message his mom and school page, partial payment followed by another demand. '
        'style: emoji, typos, no punctuation',
  msgs='''
o 0 [photo]
o 0 OMG that was NOT for u 😳😳 wrong person pls delete
l 2 lol its fine i didnt really look
o 1 im so embarrassed. thank u for being nice about it
o 1 ur cute tho not gonna lie
l 3 lol ty
o 1 where u from
l 2 ohio, u?
o 1 texas but moving. how old r u
l 1 16
o 1 17 🙂 u play any sports
l 2 wrestling
o 1 that explains the arms lol
!o 4 well u already saw mine so its only fair u send one back 😇 i wont show anyone promise
l 5 idk
o 1 pleaseee just one. i feel so exposed rn
l 8 [photo]
o 1 got u. now listen
o 1 i screenshotted ur followers and ur school tag. ur mom is karen hartt right
o 1 send 500 on cash app or in gift cards or i send this to her and ur school page
l 1 wtf no
o 1 u have 1 hour. after that it goes out to everyone
l 3 i have 60 dollars
o 1 send 60 now then get the rest. $slickpay_sofia
l 7 sent
o 1 ok now 440 more. u think im playing
l 1 i cant
o 1 then ur life is over. 45 min
''')

C('en_s_romance_repeat', 'en', 'sextortion', {'n': 'u_noah_vance07', 'o': 'u_ashleyy_rose22'},
  '2026-07-11T03:05:00Z', offender='u_ashleyy_rose22',
  notes='financial sextortion of a 15-year-old by a fake girl ("ashley", 17) who follows, flirts fast, moves him to '
        'a video app and asks for a private video call (flag); the call is recorded; then the reveal with a '
        'collage of his followers, a demand of $250 in Apple gift cards, a "by midnight" deadline, threats to the '
        'family group and school, a payment, then repeated and rising demands and a "ruin your life" taunt. '
        'style: abbreviations, emoji',
  msgs='''
o 0 heyy u followed me back 🥰
n 4 lol ya hi
o 1 ur so cute. u go to central right?
n 2 ya
o 1 im new there kinda. 17. u?
n 1 15
o 1 ur mature for 15 tbh
o 1 u single?
n 3 ya lol
o 1 not for long maybe 😘
o 6 add me on the app w video, ash.rose.22, insta is glitchy
n 2 ok
!o 1h can we video call? just us, in ur room, lock the door 😈
n 3 rn?
o 1 yes rn im alone too
n 25 that was fun lol
o 1 lol look what i saved [video thumbnail]
o 1 i recorded everything. here are ur followers, ur mom, ur sister, ur whole class [image: collage]
n 1 what are u doing
o 1 250 in apple gift cards by midnight or it goes to all of them and the central hs page
n 2 please dont im 15
o 1 then be smart. buy the cards at the gas station, scratch them, send pics of the codes
n 40 [photo of gift card]
o 1 good. now another 250. my boss says u can afford it
n 1 u said 250
o 1 i lied lol. 250 more or i post it in the family group chat i found
n 3 i dont have any more money
o 1 then steal it. u want ur life ruined?
o 10 20 minutes
''')

# ---------------------------------------------------------------- EN benign
C('en_b_coachtrip', 'en', 'benign', {'c': 'u_coach_dana', 'p': 'u_karen.oyelaran', 't': 'u_tobi_oyel'},
  '2026-03-19T22:10:00Z', hn=True, group='g_tobi_regionals_trip',
  notes='hard negative: youth climbing-club coach coordinates an away trip with a 14-year-old THROUGH his parent in '
        'a three-way group: age bracket (U15, he is 14), school pick-up time, hotel rooming, medical form, a '
        'photo for the registration badge, money for meals, and "don\'t tell the others yet" about surprise team '
        'hoodies. Everything is open to the parent. style: group chat, emoji',
  msgs='''
c 0 Hi Karen, hi Tobi! Adding you both here so we're all on the same page for regionals in Fresno 🧗
p 3 Thanks Dana! Tobi is very excited
t 1 hiii coach
c 2 So first thing: he's 14 so he climbs in the U15 bracket, not U17 like last year's mixup
p 2 Good, he was worried about that
t 1 phew
c 1 Registration needs a headshot for the badge. Karen can you send a recent one? plain background
p 4 [photo]
c 1 Perfect thank you
c 1 Pick-up: we leave Friday 6:15am from the gym parking lot. If school is an issue I can pick him up from school at 12 instead, just need your written ok
p 3 6:15 at the gym works, I'll drop him off myself
c 1 👍
t 2 do we get to miss school on friday then
c 1 Only the morning 😂 bring your homework
t 1 noooo
p 1 Homework comes, no discussion
c 5 Rooming: Tobi shares with Marcus and Eli (both U15), I'm in the room next door. Chaperone is Mr. Patel
p 2 That's great, he knows Marcus from school
c 1 Medical form is due Wednesday, and please list the inhaler
p 1 Will do. He needs it before warm up
t 1 i always forget it lol
p 1 Not this time you won't
c 2 Meals: $40 for the weekend, cash or Venmo to the club account, not to me personally
p 3 Sent to the club account
c 1 Got it, thanks!
c 1d Quick update: the bus is confirmed, 14 kids 3 adults
t 3 coach what shoes should i bring, the new ones or the old ones
c 1 Both. New for the comp, old for warm up
t 1 ok
p 2 Dana, is there a parent viewing area? His dad wants to drive down Saturday
c 1 Yes, bleachers on the north side. Finals start 2pm Saturday
p 1 Wonderful
c 4 Also, Tobi, don't tell the others yet but we got team hoodies with names on the back. It's a surprise for the bus 🤫
t 1 NO WAY
t 0 what color
c 1 Navy. Karen what size is he? M or L
p 2 L, he's grown a lot this year
c 1 L it is
t 2 i wont tell anyone i swear
c 2d Reminder: phones are collected at 10pm lights out, you get them back at breakfast. Same rule for everyone
p 3 Thank you for that, honestly
t 1 ugh ok
c 1 Parents can call me any time on the trip, my number is on the permission slip
p 2 Saved. Thanks so much for organizing all this
c 1 My pleasure. He's been working really hard, he earned this
t 1 ty coach!!
p 1 ❤️
''')

C('en_b_newsstory', 'en', 'benign', {'a': 'u_priya.n', 'b': 'u_dev_matthews', 'c': 'u_rosie.k'},
  '2026-08-02T17:40:00Z', hn=True, group='g_lunch_crew',
  notes='hard negative: three adult coworkers discuss a news article about a sextortion ring arrest; they quote the '
        'offenders\' lines ("I have your pictures", gift cards, "send it to your followers", deadlines) and talk '
        'about warning their own kids and nephews. No one threatens anyone. style: group chat',
  msgs='''
a 0 did you guys see this? [link: "Three charged in sextortion ring that targeted teen boys"]
b 5 just read it. awful
c 2 they used fake girl accounts and then said "I have your pictures, pay or I send them to your followers"
a 1 and they wanted gift cards. like apple cards from gas stations
b 1 which is why the cashier at my sister's store now asks teens what the cards are for
c 2 one kid paid twice and they still kept asking. the article says that's the pattern
a 1 they gave the kids a 20 minute deadline so they panic
b 2 I'm sending this to my nephew. he's 15 and on snap all day
c 1 good. tell him if it ever happens: stop replying, screenshot, tell an adult, report it
a 1 and that he won't be in trouble. that's the part they need to hear
b 3 there's also the NCMEC Take It Down thing for getting images removed
c 1 yes! my kid's school sent a flyer about that
a 2 honestly 5 years for one of them seems low
b 1 the article says two more face federal charges
c 1 good
a 20 ok back to real life, who's ordering lunch
b 1 thai
c 1 thai 👍
''')

C('en_b_yearbook', 'en', 'benign',
  {'c': 'u_coach_ramirez', 'p1': 'u_dana_whitfield', 'k1': 'u_lucas.w', 'k2': 'u_ava_j12', 'p2': 'u_mike.jensen'},
  '2026-05-21T00:15:00Z', hn=True, group='g_u14_hawks_team',
  notes='hard negative: a youth soccer coach in the team group (players and parents) asks for a team photo and '
        'tournament pictures for the school yearbook, says who should be in jerseys, respects parents who opt out, '
        'and arranges a photo day. Cues: coach asking kids for photos, ages (U14), "send me pics". style: group chat',
  msgs='''
c 0 Hawks! Yearbook committee needs a team photo + a few action shots from the Memorial Day tournament by June 1
c 1 Please post pics here or in the shared album, not by DM
p1 3 I have a bunch from the semi final, will upload tonight
k1 2 i have the one where ava scored
k2 1 LUCAS THAT ONE IS SO BLURRY
k1 1 its art
c 2 Lol. Blurry is fine for the fun page
c 1 For the official team photo we'll do it at practice Thursday 5:30, everyone in the white home jersey
p2 4 Coach, Jake has a dentist thing Thursday, can he be photoshopped in 😅
c 1 Ha, we'll take one of him Saturday and the yearbook team can add a corner photo
c 2 Parents: if you'd rather your kid NOT be in the yearbook, just tell me or the school office, no questions asked
p1 1 Thanks for asking that
k2 2 can we do a silly one too
c 1 Yes, one serious one silly
k1 1 everyone do the hawk pose
k2 1 noooo
p1 2h [photo] [photo] [photo]
p1 0 Uploaded 23 more to the album
c 1 These are great Dana thank you
k1 1 my mom took 400 pics lol
p1 1 And you're welcome 🙂
c 1d Reminder: Thursday 5:30 photo, white jerseys, hair brushed 😂
k2 1 coach ur not funny
c 1 I'm hilarious
''')

C('en_b_expose_cheater', 'en', 'benign', {'r': 'u_rook_plays', 's': 'u_snipez_kai'},
  '2026-09-05T01:50:00Z', hn=True,
  notes='hard negative: two teen gamers argue after a ranked match; one accuses the other of using an aimbot and '
        'threatens to "expose" his stats and clips to the whole server unless he admits it within 24 hours; '
        'ends in a truce. Cues: "expose", deadline, "send to everyone", screenshots, threats. style: gamer slang, caps',
  msgs='''
r 0 bro ur headshot % went from 19 to 71 in a week
s 2 im just cracked now
r 1 nah ur walling. u prefired me through smoke 3 times
s 1 its called game sense
r 1 i have the clips. [clip] [clip]
s 3 thats lucky
r 1 3 times lucky lmao
r 1 admit it or im exposing ur stats to the whole server. tracker screenshots, clips, everything
s 1 u wouldnt
r 1 u got 24 hours
s 2 bro its not that deep
r 1 its deep, we lost 40 rr cuz of the ban wave in our lobby
s 10 ok fine i tried a config my cousin sent. i uninstalled it
r 1 fr?
s 1 fr. dont post it, i'll tell the squad myself
r 2 fine. if ur stats spike again i post it all
s 1 deal
r 1 also ur still bad at util lol
s 1 shut up
r 1 duo tmrw? clean this time
s 1 ya
''')

C('en_b_hike', 'en', 'benign', {'j': 'u_jules_ortega', 'm': 'u_mara.lindqvist'},
  '2026-10-09T14:05:00Z',
  notes='ordinary benign chat: two adult roommates plan a weekend hike, groceries, a car pick-up and a birthday '
        'gift card for a friend. Long, spans days, so length alone does not signal risk. style: casual',
  msgs='''
j 0 are we still doing the ridge trail saturday
m 4 yes!! weather says sunny till 3
j 1 ok early start then. leave at 7?
m 1 ugh 7:30
j 1 deal
m 2 do we take your car or mine
j 1 mine, yours makes the noise
m 1 rude but true
j 3 i'll pick you up from the office friday and we can do groceries on the way home
m 1 perfect
m 5 list: trail mix, bagels, bananas, the good peanut butter
j 1 electrolyte stuff
m 1 yes
j 1 and sunscreen, we're out
m 1 and bear spray? is that a thing there
j 2 rangers say black bears but rare. i'll borrow Sam's
m 1 ok
m 3h also it's Nina's birthday sunday. gift card?
j 2 she loves that bookstore on 5th
m 1 ok i'll grab a $50 card, you venmo me half
j 1 done
m 1 do we write a card or is that cringe
j 1 card. always card
m 1 you're such a mom
j 1 proud of it
j 1d forecast changed, rain after 1
m 5 start at 6:30 then 😭
j 1 see, should've said 7
m 1 fine. 6:30
j 2 i'll make coffee to go
m 1 you're the best roommate
j 1 i know
m 2 how long is the loop
j 1 8.4 miles, 2100 ft up
m 1 ok my calves are scared
j 1 there's a lake at the top for lunch
m 1 worth it
j 1d at the store, they're out of the good peanut butter
m 2 get the crunchy one then
j 1 crunchy is wrong but ok
m 1 it's literally better
j 3 got bagels, bananas, trail mix, card for nina
m 1 🙌
m 40 leaving work now, meet you downstairs
j 1 ok in the car
m 2h that lake pic is my new lock screen
j 1 send it to me
m 1 [photo]
j 1 🥲 good day
''')

C('en_b_shiftswap', 'en', 'benign', {'a': 'u_tasha_brooks', 'b': 'u_omar.fakhoury'},
  '2026-11-02T15:30:00Z',
  notes='ordinary benign chat: two adult coworkers swap a shift and plan to pick up a cake. Short. style: casual',
  msgs='''
a 0 hey can you take my sunday close? my sister's thing got moved
b 6 which hours
a 1 2 to 10
b 2 ya I can. can you do my tuesday open then
a 1 yes!! deal
b 1 cool, I'll tell Linda
a 1 I already asked her, she said fine if we both confirm
b 3 confirmed in the app
a 1 you're a lifesaver
b 1 also are we doing a cake for Jorge's last day
a 2 yes, I'll order from the bakery on main, chocolate
b 1 I'll pick it up friday at noon
a 1 perfect. $12 each?
b 1 yep
''')

# ---------------------------------------------------------------- zh-Hans risky
C('zh_g_party_fcm', 'zh-Hans', 'grooming', {'y': 'u_xiaoyouzi_', 'o': 'u_yehangchuan'},
  '2026-05-15T12:02:00Z', offender='u_yehangchuan',
  notes='游戏内好友私聊的诱骗。加害者从不说自己的年龄，孩子也从不报年龄：年龄只来自上下文（防沉迷只能周五六日晚8-9点玩、'
        '口算本、红领巾、六一排练、妈妈规定九点半睡觉），分析员应能判断是小学生。前33条是普通的组队闲聊；'
        '第34条起加害者送皮肤并要求别让妈妈知道（flag），随后“只有哥哥懂你”、打听家里有没有人、转QQ、'
        '要求在房间里换裙子拍照、“就一张证明你信任我”、提出去学校门口送手办。风格：口语、表情、语气词',
  msgs='''
y 0 哥哥你还在线吗
o 1 在 来组队
y 1 好耶
o 1 这把你跟着我 别乱跳
y 1 好的好的
y 5 啊啊啊我又掉下去了
o 1 没事 跳台那里要等它转过来再跳
y 1 原来是这样
o 3 第一！
y 0 哥哥好厉害
o 1 多练就会了
y 2 我要下了 九点了
o 1 这么早？
y 1 防沉迷啊 只能玩到九点
o 1 哦对 那周五再玩
y 1 拜拜
y 1d 哥哥我来啦
o 2 来 今天玩决赛圈
y 1 我明天还要交口算本 只能玩一会儿
o 1 哈哈写完了吗
y 1 写完了 妈妈检查过了
o 1 真乖
y 6 这个新出的星空礼服好好看
o 1 要多少钻
y 1 648 妈妈不给充
o 1 哈哈 正常
y 4 我们下周六一要排练节目 我是领舞
o 1 哇 这么厉害 跳什么
y 1 小星星 要戴红领巾上台
o 1 肯定很可爱
y 2 妈妈说九点半必须睡觉 我先下了
o 1 晚安
y 1d 哥哥今天能玩吗
!o 3 能 你看看仓库 哥哥送你的星空礼服 别跟你妈说是我送的啊 就说是活动抽到的
y 1 哇！！！谢谢哥哥！！
o 1 我们俩的小秘密 拉钩
y 1 拉钩
o 2 你比别的小朋友懂事多了 哥哥就喜欢跟你玩
y 1 嘻嘻
o 1 你爸妈平时几点下班啊
y 2 爸爸出差 妈妈上夜班 奶奶在家
o 1 奶奶管你玩手机吗
y 1 奶奶不懂 她看电视
o 1 那挺好
o 3 游戏里聊天会被看到 你有QQ吗 加哥哥
y 2 有 是妈妈帮我注册的
o 1 那你加了以后把聊天记录删掉 不然你妈看到以为我是坏人
y 1 好
o 1 想不想要那个会飞的坐骑 下个月出
y 1 想！！
o 1 那你得听哥哥的话
y 1 什么话
o 1 先给哥哥拍张照片看看你长什么样 我都送你这么多东西了
y 4 [图片]
o 1 好可爱 穿六一那条裙子再拍一张呗
o 1 在你自己房间拍 关上门 别让奶奶看见
y 3 为什么要关门
o 1 因为是只给哥哥看的啊 就一张 证明你信任我
y 5 我有点不想
o 1 你不是说哥哥是你最好的朋友吗 坐骑还要不要了
y 2 要
o 1 那就听话 拍完告诉我
o 6 对了你们学校是实验小学吗 我周六刚好路过
o 1 放学我在门口给你送个手办 你自己出来 别叫同学
y 3 周六不上学
o 1 那你说个地方 哥哥去找你
''')

C('zh_g_studygroup', 'zh-Hans', 'grooming',
  {'a': 'u_lulu_0921', 'b': 'u_chengzi', 'c': 'u_xiaoguo', 'o': 'u_xuezhang_hai'},
  '2026-03-02T11:30:00Z', offender='u_xuezhang_hai', group='g_chuyi_zuoye_huzhu',
  notes='QQ作业互助群（4人），“资源”在这里本来指学习资料（硬负面特征出现在风险对话里）。自称大学生“学长”的成年人帮初一学生讲题、'
        '发红包，先在群里问年级，随后点名一个女孩私聊、要求“别在群里说、也别告诉家长”（flag，第23条），'
        '再要求穿校服拍“打卡照”、视频讲题时关门。其他两个孩子是正常群成员。风格：群聊、拼音缩写(sl, zp)、表情',
  msgs='''
b 0 有人写完数学第三页了吗
c 2 第五题不会
a 1 我也不会 那个方程怎么列
o 3 设小明走了x分钟 路程相等 60x=80(x-5)
c 1 哦哦懂了
a 1 学长好厉害
o 1 小事 你们初一的题我闭着眼睛都会
b 2 学长有没有英语的资源 期中复习的
o 1 有 网盘链接发群里了 [链接]
b 1 谢谢学长！
c 1 🙏
o 5 [红包] 早点写完作业的奖励
a 1 谢谢学长
b 0 抢到了 0.88
c 1 我才0.12 😭
o 1 哈哈手气问题
a 20 学长你是哪个大学的呀
o 1 师大的 以后你们考过来我罩着
a 1 好耶
o 2 露露你作文写得挺好的 上次群里发的那篇
a 1 真的吗 老师只给了B
o 1 老师不懂欣赏
!o 4 @露露 加我私聊一下 给你讲讲作文 别在群里说哈 也不用告诉你爸妈 他们会觉得耽误学习
a 2 好
b 1 学长偏心！
o 1 你数学先及格再说 哈哈
c 30 语文周记要写多少字
b 1 600
o 3 露露 私聊看一下
a 1 看到了
o 1 以后每天发张zp打卡 穿校服那种 我帮你记录学习状态
a 2 打卡要拍自己吗
o 1 对啊 拍自己才算 在你房间拍就行
o 1 晚上视频给你讲题 记得把门关上 别让你妈进来打扰
a 3 我妈会进来送牛奶的
o 1 那你等她睡了再打 这是我们俩的学习计划 别跟群里说
''')

C('zh_g_casting', 'zh-Hans', 'grooming', {'t': 'u_tiantian_dance', 'o': 'u_xingtan_liu'},
  '2026-07-04T09:15:00Z', offender='u_xingtan_liu',
  notes='“招募童星”诱骗：自称经纪公司星探在短视频平台私信一个跳舞的12岁女孩，夸她有灵气、说公司只招10-14岁，'
        '先让她“别告诉爸妈、定下来给他们惊喜”（flag）、转到微信（写作“薇❤”）、要求在房间关门穿舞蹈服拍试镜照和视频、'
        '收“押金”改成“公司垫付”、安排单独见面。风格：谐音(薇❤)、表情',
  msgs='''
o 0 你好 我是星耀传媒的刘老师 刷到你的舞蹈视频 很有灵气
t 5 谢谢老师！
o 1 学跳舞几年了？今年多大啦
t 2 学了五年 我12岁 上六年级
o 1 正好 我们公司在招童星 只要10到14岁的 你的条件很好
t 1 真的吗！！
o 1 当然 有机会上综艺和广告
t 1 那我要问问我妈妈
!o 1 先别告诉爸妈 很多家长不懂这行会拦着 等签下来再给他们一个惊喜
t 2 好吧
o 1 加我薇❤ 平台私信看不全 号是 xingyao_liu_ls
t 3 加了
o 1 先发几张试镜照 要穿练功服 在你自己房间拍 把门关上 别让家里人看到 会紧张
t 4 [图片]
o 1 不错 但角度不行 公司要看身材比例 再拍一个短视频 只发给我
t 2 可是我有点害羞
o 1 当明星都要克服害羞 老师是为你好
o 1 本来要交2000押金的 我帮你跟公司说免了 你别跟别人讲
t 3 谢谢老师
o 1 周六下午来万达旁边的工作室面试 一个人来就行 我在门口接你
t 1 我妈周六上班
o 1 那正好 不用跟她说 面完我送你回家
''')

C('zh_g_tutor', 'zh-Hans', 'grooming', {'x': 'u_xiaoyu_chu2', 'o': 'u_wang_laoshi_math'},
  '2026-09-06T10:00:00Z', offender='u_wang_laoshi_math',
  notes='熟人作案：家长请的数学家教（成年大学生）与初二学生的微信。前40条是正常的作业、考试、课时安排，'
        '家长在对话外付费；第41条起家教送耳机并要求别告诉妈妈（flag），接着“你比同龄人成熟”、'
        '打听妈妈周六不在家、把课改到自己住处、深夜视频“穿睡衣也没关系”、“我们之间的事别告诉任何人”、'
        '删聊天记录。风格：规范书面语+口语，长对话，风险出现晚',
  msgs='''
o 0 小雨 这周的作业是练习册第三章 周四上课前做完
x 10 好的王老师
x 2h 老师第12题的图看不懂
o 5 拍给我看看
x 1 [图片]
o 3 这是全等三角形 先找公共边 AB=AB
x 2 哦哦
x 4 那第二问呢
o 2 用SAS 你把两个角标出来就知道了
x 3 懂了！
o 1 很好
x 1d 老师 周四能改成周五吗 我们周四有校运会
o 6 可以 我问一下你妈妈
o 30 跟你妈妈说好了 周五晚上七点
x 1 谢谢老师
x 2d 老师我月考数学86
o 3 进步了 上次72
x 1 我妈可开心了
o 1 继续保持 下次冲90
x 1 物理也好难 浮力
o 2 浮力不难 就是公式多
x 1 我们物理老师讲得太快了
o 1 上课没听懂的记下来 周四一起问
x 1 好
x 1h 老师 英语也能问吗
o 3 英语我不太行哈哈 你问你们英语老师
x 1 好吧
o 2 物理我也可以给你讲 不过要问你妈妈要不要加课
x 1 我回去问
x 1d 我妈说可以 每周加一节物理
o 4 好 那周二加一节
o 1 先复习一下阿基米德原理
x 1 F浮=ρgV排
o 1 对 记得很牢
x 3d 老师我这周期中考试 好紧张
o 2 正常发挥就行 你基础很扎实
x 1 嗯嗯
x 2d 期中数学91！！！
o 1 太棒了 说好的奖励
x 1 什么奖励
!o 3 我给你买了那个你说想要的蓝牙耳机 周五带过来 别跟你妈说是我买的 她会觉得不合适
x 1 哇 谢谢老师！！
o 1 你比你们班那些同学成熟多了 跟你聊天一点都不像跟小孩聊
x 1 嘿嘿
o 2 这周六你妈是不是要加班
x 2 对 她说要去公司
o 1 那周六的课改到我住的地方上吧 我那有白板 比你家方便 你自己坐地铁过来
x 3 我要不要跟我妈说
o 1 不用 就说在家自习 反正课是一样上
x 2d 老师你睡了吗 我睡不着
o 1 没呢 要不视频聊会儿 给你讲讲题
x 1 可是我已经换睡衣了
o 1 穿睡衣也没关系 又不是外人
o 1 把房门关上 小点声
x 20 拜拜老师
o 1 今天聊的别告诉任何人 包括你妈和你同桌 这是我们之间的事
o 1 聊天记录也删一下
x 1 好
o 1d 周六地铁站出口我去接你 穿那条白裙子
x 4 好的
o 1 到了给我发消息 别发朋友圈
''')

C('zh_s_peiwan', 'zh-Hans', 'sextortion', {'j': 'u_ajie_shangfen', 'o': 'u_tiantian_peiwan'},
  '2026-08-14T12:40:00Z', offender='u_tiantian_peiwan',
  notes='以游戏陪玩开头的经济型性勒索：16岁男生在陪玩平台下单上分，前23条全是段位、价格、英雄和开局；'
        '“陪玩小姐姐”以平台抽成高为由转到微信(vx)，再约“开视频玩点刺激的”（flag，第26条），录屏后亮出截图、'
        '说有他的通讯录和学校贴吧，要2000元转账、限时半小时，收到500后继续要。风格：游戏黑话(上分、开黑、段位)、'
        '拼音缩写(vx, sp)、谐音(果聊)',
  msgs='''
j 0 在吗 下单上分 钻石到星耀
o 1 在的亲 一局15 五连胜送一局
j 1 行 先来五局
o 1 好哒 你玩什么位置
j 1 打野 你辅助吧
o 1 没问题 我瑶妹超稳的
j 6 这把对面打野好菜
o 1 哈哈 跟着你躺赢
j 2 开局入侵 你跟上
o 1 好的老板
o 15 五连胜！！老板好帅
j 1 哈哈是你辅助得好
o 1 明天还来吗
j 1 来 今天作业没写完
o 1 还在上学呀
j 1 高一
o 1 那你要好好学习哦 周末再上分
j 1d 在吗 来三局
o 1 来啦老板
j 20 星耀了！
o 1 恭喜 老板请客哈哈
j 1 下次
o 1 平台抽我好多 加个vx私下接单吧 便宜一半
j 2 行 ajie_2009
o 1 加你啦
!o 1h 今晚不打游戏了 开个sp聊聊天？玩点刺激的 你懂的 果聊 只给你一个人看
j 5 真的假的
o 1 当然真的 你先开 关好门
j 30 ?? 你怎么挂了
o 1 [图片] 看看这是谁
o 1 录屏了 你的vx好友、你们学校贴吧、你班群我都找到了
o 1 转2000 不然马上发到你们班群和你爸妈那
j 1 我是学生哪有2000
o 1 那是你的事 半小时 过时不候
j 4 我只有500
o 1 先转500
j 6 [转账 500元]
o 1 收到 还差1500 今晚12点前
j 1 你说好删的
o 1 我说的是2000 你再拖我就发了
''')

C('zh_s_hijacked_claim', 'zh-Hans', 'sextortion', {'q': 'u_qingqing_2b', 'o': 'u_xiaomei_bff'},
  '2026-04-22T13:05:00Z', offender='u_xiaomei_bff',
  notes='被盗号的闺蜜QQ：先“在吗 帮个忙”借点券（像普通盗号诈骗），被拒后声称手里有她的照片（仅声称，flag在持有声明），'
        '威胁发到班群和家长群，索要Q币/点券，再要求拍“更多照片”。受害人初二。非典型恋爱骗局。风格：拼音缩写(zp)、'
        '符号分隔(Q-币)',
  msgs='''
o 0 在吗
q 3 在 咋了
o 1 帮我个忙 充200点券 我手机欠费了 明天还你
q 2 你不是有零花钱吗
o 1 被我妈收了 急用
q 1 我也没钱啊 我们才初二
o 1 那你用你妈的支付宝
q 2 不行 你怎么怪怪的 你是小美吗
o 1 是啊 你不信？
q 1 你说我们上周在哪吃的饭
o 5 别管了
!o 1 实话告诉你 你的zp我手里都有 你存在这个号里的那些
q 1 什么照片？？
o 1 你自己心里清楚 班群、家长群我都在
o 1 充300 Q-币 或者点券 今晚十点前 不然全发出去
q 2 你不是小美 我要告诉她
o 1 告诉谁都没用 再拍几张新的给我 我就删
q 4 我要告诉我妈
o 1 你试试 你妈第一个看到
''')

C('zh_s_mixed_overseas', 'zh-Hans', 'sextortion', {'z': 'u_zhou_kevin', 'o': 'u_vivian.lam_'},
  '2026-10-17T09:20:00Z', offender='u_vivian.lam_',
  notes='中英夹杂（同一条消息里混用）：在澳洲读高中的16岁中国留学生，被假冒“同校留学生Vivian”的账号加好友，'
        '很快转到FaceTime私密视频（flag），录屏后威胁发到学校的group chat和他妈妈的WeChat，要1500澳元转账，'
        '再加码。风格：zh-en code-mixing、缩写、表情',
  msgs='''
o 0 hi 你也是在St Aidan\'s读书吗 我看到你在school page
z 4 对啊 你是？
o 1 我Vivian 刚transfer过来 year 11
z 1 我year 10 哈哈
o 1 好巧 我也是从上海来的 这边好boring啊 没什么朋友
z 2 确实 下课都没人说话
o 1 你好cute啊 一看就是nice guy
z 1 哈哈谢谢
o 3 你几岁呀
z 1 16
o 1 我17 差不多 😊
o 8 这边insta不方便 加个snap吧 vivian.lm
z 2 加了
!o 1h 今晚我一个人在homestay 好lonely 要不要face time一下 private一点的那种 😳 关上门
z 4 你是认真的吗
o 1 当然 only you 看得到
z 40 刚才有点奇怪 你怎么突然关了
o 1 bro你刚才的video我已经screen record了
o 1 你school的group chat、你妈妈的WeChat、你的followers我全都有 [图片]
o 1 transfer 1500 AUD 到这个account 两个小时内 不然我全部send出去
z 2 我哪有这么多钱 我是学生
o 1 问你parents要啊 说交tuition
z 6 我只能转300
o 1 ok先300 剩下的明天
z 10 转了
o 1 nice 现在再加1000 不然我post到uni的confession page 你这辈子就完了
''')

# ---------------------------------------------------------------- zh-Hans benign
C('zh_b_waipo', 'zh-Hans', 'benign', {'w': 'u_waipo_zhang', 'n': 'u_niuniu_zhang'},
  '2026-06-06T10:30:00Z', hn=True,
  notes='硬负面：外婆和外孙女（三年级，九岁）的微信，问几岁、上几年级、考试、送新书包、发红包、要一张穿红裙子的照片放进'
        '家庭相册、“别告诉你哥”外婆偷偷多给的红包，周六去接她。所有线索（年龄、照片、礼物、秘密、接送）都出现，但是家人。'
        '风格：语音转文字的错字、老人打字习惯',
  msgs='''
w 0 妞妞 放学了没有
n 8 放学啦外婆
w 1 今天考试考得怎么样
n 2 语文98 数学100！
w 1 哎呀我们妞妞真棒 外婆给你点个赞👍👍
n 1 嘻嘻
w 3 你今年是九岁了吧 外婆老糊涂了
n 1 九岁呀 下个月就十岁了
w 1 对对对 上三年级了 时间过得真快
w 5 外婆给你买了个新书包 粉色的 有小兔子
n 1 哇我要我要
w 1 周六我跟你外公坐车过去送给你
n 1 好！！
w 2 你妈妈说你长高了 拍张照片给外婆看看
n 4 [图片]
w 1 哎哟真俊 穿上次外婆买的那条红裙子再拍一张 外婆要放到家庭相册里 过年给大家看
n 6 [图片]
w 1 好看好看 外婆打印出来
w 2 给你发了个红包 别告诉你哥啊 他的已经给过了 这个是外婆偷偷多给你的 嘘
n 1 谢谢外婆！我不说
w 1 留着买书 别买零食
n 1 知道啦
w 1h 你妈妈几点下班 周六几点在家
n 3 妈妈周六不上班 全家都在家
w 1 那好 我们十点到
n 1 外婆你到了打电话
w 1 好嘞 外婆发语音你听得清不
n 1 听得清
w 1 外婆打字慢 用语音转的字 有时候字不对哈哈
n 1 哈哈外婆刚才打成了"书包有小图子"
w 1 小兔子小兔子 哎呀
n 1 😂
w 1 早点睡觉 别老玩平板
n 1 晚安外婆
''')

C('zh_b_scam_awareness', 'zh-Hans', 'benign',
  {'m': 'u_mama_li', 'd': 'u_baba_li', 's': 'u_li_haoran'},
  '2026-11-11T11:00:00Z', hn=True, group='g_li_jiating',
  notes='硬负面：家庭群里爸妈转发学校的防诈骗/防性勒索通知，引用骗子的原话（“我有你的视频”“发给你通讯录”“十分钟内转账”'
        '“游戏点卡”），教15岁儿子怎么应对（不转账、截图、告诉家长、报警）。有威胁、转账、视频、通讯录等词，但没人被威胁。'
        '风格：家庭群聊',
  msgs='''
m 0 [链接] 学校发的 大家都看看 防范网络性勒索
d 5 看了 现在骗子太多了
m 1 浩然你认真看 说的就是你们这个年纪的男孩子
s 3 知道了妈
m 1 他们先装成女生加你 聊几天就说视频一下
m 1 然后录屏 说"我有你的视频 十分钟内转账 不然发给你通讯录里所有人"
d 1 还有要游戏点卡的 让你去买充值卡拍卡密
s 2 我们班主任上周班会也讲了
m 1 讲的什么
s 1 说遇到这种别转账 转了他会一直要
d 1 对 千万别给钱 给一次就没完
m 1 截图留证据 然后马上告诉我们 爸妈不会骂你
d 1 直接报警 打110或者去派出所
s 1 嗯
m 3 还有陌生人加你 问你几岁 哪个学校的 不要说
s 1 我又不傻
d 1 不傻也要小心 骗子比你精
m 1 浩然你手机里那些游戏好友都认识吗
s 2 都是同学
m 1 那就好
d 10 晚上吃什么
m 1 包饺子
s 1 👍
''')

C('zh_b_ldr_engaged', 'zh-Hans', 'benign', {'c': 'u_chenmo_sz', 'l': 'u_linxiao_cd'},
  '2026-02-20T14:30:00Z', hn=True,
  notes='硬负面：两个异地恋的成年人（29岁和27岁，深圳/成都，上班、房贷、年假）调情、视频、要照片、'
        '“求婚的事先别告诉任何人，包括你妈”“我们的秘密”、去机场接人。调情但不露骨，双方都是成年人。风格：情侣口语、表情',
  msgs='''
c 0 下班没
l 12 刚到家 累死了
c 1 抱抱 今天又被老板骂了？
l 1 没有 就是开了一天会
c 1 想你了
l 1 我也想你 🥺
c 2 视频一下？
l 1 等我卸个妆
c 40 你刚才那个睡衣是我送的那件吗
l 1 对呀 好看吧
c 1 好看 截图存了
l 1 删掉！丑死了
c 1 不删 这是我的
l 1 哼
c 1d 年假批下来了 三月十号到十七号
l 3 真的吗！！那你来成都？
c 1 来 这次待一周
l 1 我去机场接你
c 1 你别开车了 我打车过去
l 1 不行 我要第一个见到你
c 1 好好好
c 2h 跟你说个事 你先别激动
l 1 什么事 你别吓我
c 1 我妈问我们什么时候定下来
l 1 那你怎么说的
c 1 我说快了 😏
l 1 什么意思
c 1 没什么意思 你猜
l 1 陈默你是不是要求婚
c 1 我什么都没说
c 0 不过 戒指的尺寸你是几号
l 1 你这也太明显了吧哈哈哈哈
c 1 反正这事你先别告诉任何人 包括你妈和你闺蜜 等我正式问了再说 这是我们的秘密
l 1 好 我谁都不说 🤐
l 1 是12号
c 1 记下了
c 1d 给我发张照片 就穿那件米色毛衣的
l 3 干嘛
c 1 想看 我们公司同事都说我老婆还没见过呢
l 1 谁是你老婆 还没嫁呢
c 1 快了
l 2 [图片]
c 1 好看 设成屏保了
l 1 幼稚
c 1 我们都快三十了 还不能幼稚一下吗
l 1 能能能
l 3h 房贷这个月扣了没
c 2 扣了 别担心 我那边还有公积金
l 1 好 那我们三月先不乱花钱
c 1 求婚的钱另算 哈哈
l 1 你又说漏嘴了
c 1 我什么都没说！
l 1 晚安 傻瓜
c 1 晚安 三月见
''')

C('zh_b_dorm', 'zh-Hans', 'benign', {'a': 'u_zhangyi_dorm', 'b': 'u_wqq_1203', 'c': 'u_lan_xiaoxi'},
  '2026-04-08T04:10:00Z', group='g_dorm_404',
  notes='普通良性：大学宿舍群（3人）商量拿快递、取件码、外卖拼单、电费和空调。有订单号和取件码这类像编号的数字。风格：群聊、缩写',
  msgs='''
a 0 谁去菜鸟驿站 帮我拿个快递 取件码6-2-3017
b 3 我下课去
a 1 爱你
c 2 顺便帮我也拿 取件码8-1-1124
b 1 行 你俩一人一杯奶茶
a 1 成交
c 1 可以
a 1h 电费又没了 宿舍群里谁交一下
c 2 我交了30 记账了
b 1 收到 晚上转你
a 1 空调遥控器是不是又坏了
c 1 换电池了 在我桌上
b 2h 快递拿到了 a你那个好重 是什么
a 1 考研资料 一整套
b 1 卷王
a 1 哈哈 没办法
c 3 晚上外卖拼一单吗 麻辣香锅满50减15
b 1 拼
a 1 拼 我要微辣
c 1 好 我下单了 订单尾号3392 到了叫你们
b 1 奶茶别忘了哦
a 1 明天请
c 40 外卖到了 楼下
b 1 我下去拿
''')

C('zh_b_colleagues', 'zh-Hans', 'benign', {'a': 'u_sunpeng_work', 'b': 'u_hejing_work'},
  '2026-12-01T01:20:00Z',
  notes='普通良性：两位同事商量年会节目和报销，短对话。风格：职场口语',
  msgs='''
a 0 何姐 年会节目报了没
b 5 还没 你们组出什么
a 1 合唱 老套路
b 1 我们组想弄个小品
a 1 可以啊 需要道具找行政
b 2 对了上个月出差的报销你交了吗
a 1 交了 发票贴好了 财务说下周打款
b 1 我还差一张打车票
a 1 行程单在滴滴里能补开
b 1 好 我弄一下
a 3 周五彩排 下午四点 三楼会议室
b 1 收到
''')

# ---------------------------------------------------------------- zh-Hant (Taiwan / Hong Kong)
C('zht_g_tw_mycard', 'zh-Hant', 'grooming', {'y': 'u_yuyu_ann', 'o': 'u_axiang_0x'},
  '2026-10-05T12:20:00Z', offender='u_axiang_0x',
  notes='台灣，注音文/火星文。加害者從不說自己幾歲；女孩的年齡只從上下文推得：第八節課、補習班九點下課、段考、'
        '媽媽規定十點交手機、遊戲是輔15級她「還不能玩」只能偷玩。加害者在得知這些後送MyCard點數並要求別跟媽媽說（flag，第14條），'
        '接著「只有我懂妳」、轉LINE、問房間有沒有門鎖、要穿制服的照片「只給我看」、去補習班門口接她。風格：注音文(ㄉ、ㄇ、ㄛ)、'
        '火星文(偶、粉、醬)',
  msgs='''
o 0 妳剛剛那場坦好穩ㄛ
y 3 哈哈謝謝 偶練粉久
o 1 要不要一起排
y 1 好ㄚ 可是偶十點就要下ㄌ
o 1 醬子喔 為什麼
y 1 我媽規定十點要交手機 而且這個遊戲是輔15級 她不知道我在玩
o 1 哈哈 偷玩ㄛ
y 1 噓 不要說
y 21h 今天第八節上到五點 累死
o 2 辛苦ㄌ 等下還要補習ㄇ
y 1 對 補習班九點下課
o 1 那九點後上線 我等妳
y 1 好ㄉ
!o 1d 送妳一張MyCard 500點 買那個新造型 不要跟妳媽說是網友送ㄉ 說是自己存ㄉ就好
y 2 真ㄉㄇ！！謝謝
o 1 小事 妳比我認識ㄉ人都懂事 只有我懂妳啦
y 1 ㄏㄏ
o 1 下禮拜段考加油
y 1 嗚嗚數學會死
o 1 我教妳 加LINE比較好講 axiang_line
y 3 加ㄌ
o 2h 妳房間有門鎖嗎
y 1 有ㄚ 幹嘛
o 1 醬講電話比較方便 妳媽不會突然進來
o 1 傳一張妳穿制服ㄉ照片給我看 只給我看ㄛ
y 4 為什麼要制服
o 1 因為很可愛ㄚ 就一張 妳都收了點數ㄌ
y 3 [圖片]
o 1 粉可愛 下次在房間鎖門拍 不要穿外套
y 2 我覺得怪怪ㄉ
o 1 哪有 我們是好朋友ㄚ 這是我們ㄉ秘密
o 1 禮拜六補習完我去補習班門口接妳 請妳喝飲料
y 1 我媽會來載我
o 1 跟她說妳跟同學去吃東西 晚一點回家就好
''')

C('zht_g_hk_canto', 'zh-Hant', 'grooming', {'k': 'u_kaho_ccc', 'o': 'u_kelvin_gor'},
  '2026-07-24T11:10:00Z', offender='u_kelvin_gor',
  notes='香港粵語書面化。IG上自稱「Kelvin哥哥」的成年人跟中一男生傾偈，問年齡學校、讚佢成熟，'
        '送Switch game兼叫佢唔好話俾阿媽知（flag，第11條），再問阿媽幾點收工、屋企有冇人、叫佢send張相、'
        '約佢自己搭港鐵出旺角見面。風格：粵語用字(唔、嘅、咗、啫、嚟、喺)、中英夾雜',
  msgs='''
o 0 你啲滑板片好型喎
k 4 多謝
o 1 你幾歲呀 睇落好細個
k 2 13 啱啱升中一
o 1 中一啫？好成熟喎 講嘢唔似中一
k 1 哈哈
o 2 你玩唔玩Switch
k 1 玩 但係得一隻game
o 1 我有隻新game用唔著 送俾你
k 1 真係？
!o 1 真係 不過唔好話俾你阿媽知係我俾嘅 佢會諗多咗 我哋嘅秘密
k 2 好
o 1 你阿媽幾點收工
k 1 七點幾
o 1 咁放學之後屋企得你一個？
k 1 係呀 姐姐去補習
o 1 send張相嚟睇下 等我知你係咪真人
k 3 [相片]
o 1 幾靚仔喎 下次喺房度影 換件衫
k 2 點解
o 1 冇點解 得我睇啫
o 5 星期六你自己搭港鐵出旺角 我喺E出口等你攞game
k 2 我要問下阿媽
o 1 唔使問 你話同同學出去玩就得 記住刪咗啲message
''')

C('zht_s_tw_wootalk', 'zh-Hant', 'sextortion', {'h': 'u_haoyu_0412', 'o': 'u_xinyi_sweet'},
  '2026-03-14T13:30:00Z', offender='u_xinyi_sweet',
  notes='台灣經濟型性勒索：匿名聊天(WooTalk類)認識的「高二女生」跟高一男生聊了22條日常（社團、段考、珍奶）後轉LINE、'
        '約「私密視訊」（flag，第23條），之後要他裝一個要輸入「邀請碼」的App（竊取通訊錄），亮出錄影和通訊錄，'
        '要求一萬元MyCard/街口轉帳、限時，付了三千後再要。風格：注音文(ㄅ、ㄉ)、火星文、縮寫(視ㄒㄩㄣˋ)',
  msgs='''
o 0 嗨嗨 你也是台中的ㄇ
h 2 對ㄚ 妳哪間
o 1 偶高二 女中的 你勒
h 1 高一 一中
o 1 學弟ㄟ ㄏㄏ
h 1 哈哈
o 2 你有參加社團ㄇ
h 1 熱舞社
o 1 好帥 偶是吉他社
h 3 下禮拜段考 好煩
o 1 同 國文粉難背
h 1 文言文根本看不懂
o 1 哈哈 考完去喝珍奶
h 1 好ㄚ
o 4 你下課都幾點回家
h 1 五點多 有時候社團練到七點
o 1 辛苦ㄌ
o 1d 在ㄇ
h 5 在
o 1 這邊聊天常斷線 加LINE好ㄇ
h 1 好 haoyu0412
o 1 加ㄌ
!o 1h 今天家裡沒人 要不要視ㄒㄩㄣˋ 私密一點ㄉ那種 關門 只有我們兩個知道
h 6 真ㄉ假ㄉ
o 1 真ㄉ啦 你先開
h 30 妳怎麼突然斷了
o 1 訊號不好 你先下載這個App 輸入邀請碼 8K3QZ 我們在裡面視訊比較穩
h 4 裝好了
o 1 [圖片] 你看看這是誰
o 1 剛剛全部錄下來ㄌ 你的通訊錄我也拿到ㄌ 你爸媽 同學 熱舞社都在裡面
o 1 一萬塊 MyCard或街口轉帳 今天晚上十點前 不然全部傳出去
h 2 我哪有一萬 我才高一
o 1 去借ㄚ 不然你就等著上Dcard
h 20 我買了三千的MyCard 序號傳給妳
o 1 收到 還差七千 明天中午前
h 1 妳說好會刪的
o 1 錢沒到齊刪什麼 再拖就加到兩萬
''')

C('zht_b_tw_teasing', 'zh-Hant', 'benign', {'a': 'u_weiting_ab', 'b': 'u_zhihao_lol', 'c': 'u_peipei_0930'},
  '2026-11-20T09:40:00Z', hn=True, group='g_erwu_xiaoqun',
  notes='硬負面：台灣國二同學小群（3人）互相虧：虧暗戀對象、威脅要把醜照PO到班群（玩笑）、「你幾歲了還怕黑」、'
        '放學老地方見不要跟別人說（其實是要幫同學慶生）。有威脅、照片、秘密、見面等詞，但都是同齡人開玩笑。風格：注音文、火星文',
  msgs='''
a 0 欸志豪今天一直偷看班長 ㄏㄏ
b 2 沒有好ㄇ
c 1 有 我也看到ㄌ 粉明顯
b 1 妳們很煩ㄟ
a 1 害羞ㄌ害羞ㄌ
b 1 再講我就把妳們畢旅那張醜照PO到班群
c 1 你敢 我就把你睡覺流口水ㄉ影片傳給班長
b 1 ......算妳狠
a 1 哈哈哈哈 互相傷害
c 3 明天要交英文習作ㄇ
a 1 要 第三課
b 1 完蛋偶還沒寫
c 1 你都幾歲ㄌ還每次都忘
b 1 十四歲ㄉ男人不需要習作
a 1 笑死
c 20 欸話說禮拜五是品妤生日
a 1 對耶 要不要幫她弄驚喜
b 1 好ㄚ 我出蛋糕錢
c 1 放學老地方見 樓梯間那邊 不要跟別人說 尤其不能讓品妤知道
a 1 ok 偶帶彩帶
b 1 那我負責把她騙過來
c 1 志豪你不要又說溜嘴
b 1 偶很會保密好ㄇ
a 1 上次是誰跟大家說班導要結婚ㄉ
b 1 ......那次不算
c 1 哈哈哈哈
a 2 還有志豪你晚上不要又怕黑不敢去補習
b 1 妳們真的很煩
''')

C('zht_b_hk_sister', 'zh-Hant', 'benign', {'j': 'u_jiejie_wingyan', 'b': 'u_sailo_chunhei'},
  '2026-09-10T06:20:00Z', hn=True,
  notes='硬負面：香港粵語。22歲家姐同12歲細佬秘密約喺校門口見面，為阿媽五十歲生日整驚喜派對：問幾點放學、'
        '「唔好話俾阿媽知」、叫佢帶阿媽嘅舊相整相簿、俾錢佢、約地鐵站等。所有秘密、接送、照片、金錢線索都喺家人之間。'
        '風格：粵語用字、表情',
  msgs='''
j 0 喂細佬 你聽日幾點放學
b 6 三點半 做咩
j 1 聽日放學唔好即刻返屋企 我喺校門口等你
b 1 做咩咁神秘
j 1 下個禮拜六係阿媽五十歲生日呀 我哋整個surprise party
b 1 哦！！好呀
j 1 唔好話俾阿媽知 佢問你就話去同學屋企做功課
b 1 得 我識做
j 1 你幫我喺屋企搵下阿媽以前啲舊相 我想整本相簿
b 2 喺邊度
j 1 衣櫃上面個鐵盒 有佢後生時拍拖嗰啲
b 1 哈哈 佢會尷尬死
j 1 就係要佢尷尬 😂
j 2 你影低咗send俾我 唔好成盒拎走 佢會發現
b 10 [相片] [相片] [相片]
j 1 好正 呢張阿媽著喇叭褲嗰張一定要放
b 1 爸爸知唔知
j 1 知 佢負責帶阿媽出去飲茶拖住佢
j 2 我俾二百蚊你 聽日幫我喺學校附近買啲氣球
b 1 好 買咩顏色
j 1 金色同白色
b 1 收到
j 1d 我到咗校門口 著藍色外套
b 2 見到你啦
''')


# ---------------------------------------------------------------- build
# Obfuscation / style tags, appended to the end of `notes` as "tags: ...".
# FORMATS.md obfuscation names where they apply (homophone, pinyin [also zhuyin initials], separator, emoji);
# the rest are style tags: slang, abbreviation, typos, code_mixing, cantonese, zhuyin_wen, martian_script,
# group_chat, late_risk (first_flag after msg 20), long (60-80 msgs), gaming_open, fake_peer, age_from_context.
TAGS = {
    'en_g_party_boost': 'slang, abbreviation, platform_migration, late_risk, long',
    'en_g_fake15': 'slang, emoji, abbreviation, fake_peer, platform_migration',
    'en_g_artserver': 'group_chat, emoji',
    'en_g_streamer': 'abbreviation, emoji, age_from_context, platform_migration',
    'en_s_skintrade': 'slang, abbreviation, gaming_open, platform_migration, late_risk, long',
    'en_s_oopswrong': 'emoji, abbreviation, typos',
    'en_s_romance_repeat': 'emoji, abbreviation, platform_migration',
    'en_b_coachtrip': 'group_chat, emoji',
    'en_b_newsstory': 'group_chat',
    'en_b_yearbook': 'group_chat, emoji',
    'en_b_expose_cheater': 'slang, abbreviation',
    'en_b_hike': 'casual, long-ish',
    'en_b_shiftswap': 'casual',
    'zh_g_party_fcm': 'colloquial, age_from_context, platform_migration, late_risk, long',
    'zh_g_studygroup': 'group_chat, pinyin, late_risk',
    'zh_g_casting': 'homophone, emoji, platform_migration',
    'zh_g_tutor': 'late_risk, long',
    'zh_s_peiwan': 'pinyin, homophone, slang, gaming_open, platform_migration, late_risk',
    'zh_s_hijacked_claim': 'pinyin, separator',
    'zh_s_mixed_overseas': 'code_mixing, abbreviation, platform_migration',
    'zh_b_waipo': 'typos, emoji',
    'zh_b_scam_awareness': 'group_chat',
    'zh_b_ldr_engaged': 'emoji',
    'zh_b_dorm': 'group_chat, abbreviation',
    'zh_b_colleagues': 'none',
    'zht_g_tw_mycard': 'pinyin, zhuyin_wen, martian_script, age_from_context, platform_migration',
    'zht_g_hk_canto': 'cantonese, code_mixing',
    'zht_s_tw_wootalk': 'pinyin, zhuyin_wen, martian_script, platform_migration, late_risk',
    'zht_b_tw_teasing': 'group_chat, zhuyin_wen, martian_script',
    'zht_b_hk_sister': 'cantonese, code_mixing, emoji',
}


def build():
    rng = random.Random(20261121)
    fam = {'en': [], 'zh': []}
    for c in CONVS:
        fam['en' if c['lang'] == 'en' else 'zh'].append(c)
    for name, lst in fam.items():
        order = list(lst)
        random.Random('F-' + name).shuffle(order)
        for i, c in enumerate(order, 1):
            c['id'] = 'F-%s-%03d' % (name.upper(), i)
    events, labels = [], []
    for c in sorted(CONVS, key=lambda c: c['id']):
        t = dt.datetime.strptime(c['start'], '%Y-%m-%dT%H:%M:%SZ')
        flag_id = None
        lines = [l for l in c['msgs'].strip('\n').split('\n') if l.strip()]
        senders = set()
        for i, line in enumerate(lines, 1):
            m = LINE_RE.match(line)
            if not m:
                raise ValueError('%s: bad line %r' % (c['key'], line))
            bang, alias, gap, text = m.groups()
            if i > 1:
                t = t + parse_gap(gap) + dt.timedelta(seconds=rng.randint(5, 55))
            sender = c['who'][alias]
            senders.add(sender)
            if c['group']:
                rcpt = c['group']
            else:
                others = [v for v in c['who'].values() if v != sender]
                assert len(others) == 1, c['key']
                rcpt = others[0]
            mid = '%s-%02d' % (c['id'], i)
            if bang:
                assert flag_id is None, c['key']
                flag_id = mid
                c['flag_pos'] = i
            events.append(dict(id=mid, conversation=c['id'], ts=t.strftime('%Y-%m-%dT%H:%M:%SZ'),
                               sender=sender, recipient=rcpt, text=text.strip()))
        c['n'] = len(lines)
        c['senders'] = senders
        labels.append(dict(conversation=c['id'], lang=c['lang'], label=c['label'], first_flag=flag_id,
                           offender=c['offender'], hard_negative=c['hn'],
                           notes=c['notes'].rstrip('. ') + '. tags: ' + TAGS[c['key']]))
    return events, labels


def opencc_map(chars, cfg):
    out = subprocess.run(['opencc', '-c', cfg], input='\n'.join(chars), capture_output=True,
                         text=True, check=True).stdout.split('\n')
    return dict(zip(chars, out))


HANT_OK = set('台群晒着')  # forms used naturally in Taiwan/HK text


def validate(events, labels):
    errs = []
    ids = [e['id'] for e in events]
    if len(ids) != len(set(ids)):
        errs.append('duplicate message ids')
    byconv = {}
    for e in events:
        assert set(e) == {'id', 'conversation', 'ts', 'sender', 'recipient', 'text'}
        byconv.setdefault(e['conversation'], []).append(e)
    labs = {l['conversation']: l for l in labels}
    if set(labs) != set(byconv):
        errs.append('label/event conversation mismatch')
    cjk = re.compile(r'[\u3400-\u9fff]')
    hans_chars, hant_chars = set(), set()
    for cid, evs in byconv.items():
        l = labs[cid]
        n = len(evs)
        if not 12 <= n <= 80:
            errs.append('%s has %d messages' % (cid, n))
        for i, e in enumerate(evs, 1):
            if e['id'] != '%s-%02d' % (cid, i):
                errs.append('non-sequential id ' + e['id'])
            if i > 1 and not e['ts'] > evs[i - 2]['ts']:
                errs.append('ts not increasing ' + e['id'])
            if l['lang'] == 'en' and cjk.search(e['text']):
                errs.append('CJK in en ' + e['id'])
            if l['lang'] == 'zh-Hans':
                hans_chars.update(cjk.findall(e['text']))
            if l['lang'] == 'zh-Hant':
                hant_chars.update(cjk.findall(e['text']))
        senders = {e['sender'] for e in evs}
        if l['label'] == 'benign':
            if l['first_flag'] is not None or l['offender'] is not None:
                errs.append('benign with flag/offender ' + cid)
        else:
            if l['hard_negative']:
                errs.append('risky marked hard negative ' + cid)
            fl = [e for e in evs if e['id'] == l['first_flag']]
            if not fl:
                errs.append('first_flag missing ' + cid)
            elif fl[0]['sender'] != l['offender']:
                errs.append('first_flag not sent by offender ' + cid)
            if l['offender'] not in senders:
                errs.append('offender not a sender ' + cid)
        if len(senders) < 2:
            errs.append('one-sided conversation ' + cid)
    t2s = opencc_map(sorted(hans_chars), 't2s.json')
    bad = [ch for ch in sorted(hans_chars) if t2s.get(ch, ch) != ch]
    if bad:
        errs.append('Traditional-only chars in zh-Hans: ' + ''.join(bad))
    hc = sorted(hant_chars)
    t2s2 = opencc_map(hc, 't2s.json')
    s2t = opencc_map(hc, 's2t.json')
    s2tw = opencc_map(hc, 's2tw.json')
    s2hk = opencc_map(hc, 's2hk.json')
    # simplified-only = unchanged by t2s but changed by s2t, s2tw AND s2hk (so 吃/秘/台 are fine)
    bad = [ch for ch in hc if ch not in HANT_OK and t2s2.get(ch, ch) == ch and s2t.get(ch, ch) != ch
           and s2tw.get(ch, ch) != ch and s2hk.get(ch, ch) != ch]
    if bad:
        errs.append('Simplified-only chars in zh-Hant: ' + ''.join(bad))
    return errs


def stats(labels):
    from collections import Counter
    cnt = Counter((l['lang'], l['label'], l['hard_negative']) for l in labels)
    for k in sorted(cnt):
        print('  %-8s %-11s hn=%-5s %d' % (k + (cnt[k],)))
    risky = [c for c in CONVS if c['label'] != 'benign']
    late = [c for c in risky if c['flag_pos'] > 20]
    long_late = [c for c in risky if c['n'] >= 60 and c['flag_pos'] > 30]
    print('messages:', sum(c['n'] for c in CONVS), 'lengths', sorted(c['n'] for c in CONVS))
    print('risky with first_flag after msg 20: %d/%d' % (len(late), len(risky)))
    print('long (60-80) with risk after msg 30:', [(c['id'], c['n'], c['flag_pos']) for c in long_late])
    for c in sorted(CONVS, key=lambda c: c['id']):
        print('  %s %-8s %-10s hn=%d n=%2d flag=%s grp=%s %s' % (
            c['id'], c['lang'], c['label'], c['hn'], c['n'], c.get('flag_pos'), bool(c['group']), c['key']))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    events, labels = build()
    with open(os.path.join(here, 'heldout.events.jsonl'), 'w', encoding='utf-8') as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + '\n')
    with open(os.path.join(here, 'heldout.labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    # re-read from disk to validate what was written
    ev = [json.loads(x) for x in open(os.path.join(here, 'heldout.events.jsonl'), encoding='utf-8')]
    lb = [json.loads(x) for x in open(os.path.join(here, 'heldout.labels.jsonl'), encoding='utf-8')]
    errs = validate(ev, lb)
    stats(lb)
    if errs:
        print('ERRORS:')
        for e in errs:
            print('  ' + e)
        sys.exit(1)
    print('OK: %d conversations, %d messages' % (len(lb), len(ev)))


if __name__ == '__main__':
    main()
