#!/usr/bin/env python3
"""Writer G: held-out conversations (grooming / sextortion / benign) for Vigil.

Everything here is synthetic and invented: names, accounts, app names, codes.
Nothing is sexually explicit. Run:  python3 gen_conversations.py
Writes heldout.events.jsonl and heldout.labels.jsonl next to this script.

DSL for a conversation script, one message per line:
    [!]alias[>alias] GAP | text
  '!'      marks the first_flag message (earliest message an analyst would raise)
  '>alias' sends a direct message inside a group conversation (default recipient
           in a group conversation is the group id; in a two-party chat, the other party)
  GAP      time since previous message, e.g. 0, 40s, 3m, 2h, 1d, 1d3h20m
"""
import json, os, random, re
from datetime import datetime, timedelta, timezone

CONVS = []

def conv(key, lang, label, people, start, script, offender=None, hard_negative=False,
         group=None, notes=""):
    CONVS.append(dict(key=key, lang=lang, label=label, people=people, start=start,
                      script=script, offender=offender, hard_negative=hard_negative,
                      group=group, notes=notes))

GAP_RE = re.compile(r"(\d+)([dhms])")

def parse_gap(g):
    if g == "0":
        return timedelta(0)
    secs = 0
    pos = 0
    for m in GAP_RE.finditer(g):
        assert m.start() == pos, g
        pos = m.end()
        n, u = int(m.group(1)), m.group(2)
        secs += n * {"d": 86400, "h": 3600, "m": 60, "s": 1}[u]
    assert pos == len(g) and secs > 0, g
    return timedelta(seconds=secs)

# ----------------------------------------------------------------------------- EN grooming
conv("en_groom_fanclub", "en", "grooming",
     dict(k="u_kestrel_mod", p="u_pixelmoth", j="u_junebug_b", s="u_saltydrums", n="u_navi_wav"),
     "2026-03-06T23:10:00Z", group="grp_lunartide_fanclub", offender="u_kestrel_mod",
     notes="Music/streaming fan community server. Adult moderator uses status (a 'helper' role) to single out "
           "a 13-year-old who mentioned her age in the public channel, then moves to DMs: exclusivity, secrecy "
           "from the group, supervision probing, paid stream pass as a gift, migration to a private app, late-night "
           "call. Risk only appears after 24 ordinary group messages. Flag at the first DM that pairs the known "
           "age with secrecy from the others. style: group-then-DM, lowercase fandom chat, late-onset, gift, platform-migration",
     script="""
s 0 | SETLIST LEAK?? someone in the tour thread says they're opening with Glasshouse
j 1m | no way they always close with glasshouse
n 2m | its fake the leak account posted a 2024 setlist lol
p 3m | i hope they do Paper Moons i cried at that one on the stream last year
k 2m | Paper Moons is confirmed for the stream, they said it in the soundcheck clip. no spoilers beyond that pls, rule 4 :)
s 1m | yes mod sorry mod
j 4m | who's going to the actual concert in april
n 1m | me!! floor tickets
p 2m | my mom wont let me go bc im 13 and its a school night lol. so its the stream for me
j 1m | rip. stream crew unite
k 3m | stream crew is the real crew. @pixelmoth is that your fan art in #art-wall? the lighthouse one?
p 1m | yeah :) it took me like 3 weeks
k 1m | it's honestly better than the official poster. pinned it
n 2m | omg the lighthouse one is so good
p 1m | aaaa thank u guys
s 20m | ok who has the timezone converter for saturday
j 1m | 9pm eastern = 2am uk
s 1m | pain
n 1d | did anyone else's stream pass email go to spam
j 4m | mine did
k 6m | check promotions tab. if it's not there DM the ticket site not me, I can't fix it lol
p 2h | mine didnt come at all bc my mom hasnt bought it yet. shes being weird about putting her card in
n 3m | they're 12 bucks, just do chores lol
p 1m | im trying 😭
k 40m | btw we need a couple of people to help moderate #art-wall during the stream. pixel you're in if you want it
p 2m | wait really?? yes!!!
!k>p 9m | hey, DMing so the others don't see. I only picked you for the helper role, the older ones would kick off if they knew, so keep the role thing between us for now ok? you're honestly more switched on than people twice your age
p>k 3m | ok lol. i wont say anything
k>p 2m | also don't stress about the stream pass, I'll sort it. helpers get one. don't mention it to your mum, she'll only ask where it came from and make it a thing
p>k 4m | omg thank you. are u sure
k>p 1m | 100%. does your mum check your phone much? just so I know if it's ok to message about helper stuff
p>k 2m | sometimes she looks but not really the chats
k>p 3m | ok. the server logs everything and the admins read DMs, so helper chat happens on Hushline. it's just quieter. add me there: kestrel.lt
p>k 10m | i dont have it
k>p 1m | takes 2 mins. it's safer for you tbh. and delete this DM after, admins
p>k 15m | ok i made one
k>p 1d | you were amazing on #art-wall last night. after the stream I'd like to do a voice call to go over the helper stuff properly. when does your mum go to sleep?
p>k 5m | like 11 but i have school
k>p 1m | 11.15 then, only 20 mins. keep your door shut so you don't wake anyone. you're the only one I'm training, remember, our thing
"""
)

conv("en_groom_sportsmentor", "en", "grooming",
     dict(d="u_dale_coach_fc", t="u_tyler_k07"),
     "2026-02-02T18:20:00Z", offender="u_dale_coach_fc",
     notes="Older volunteer 'mentor' at a football club (adult, known to the family) and a 14-year-old player. "
           "Weeks of ordinary coaching talk (drills, boots, selection), then: favouritism kept secret from the squad, "
           "undermining the father, a gift, a plan to lie to the mother about where the boy will stay. No image request. "
           "Flag where the mentor asks the boy to hide the extra sessions and his gift from teammates and parents. "
           "style: UK English, known-adult, long-game, late-onset, approach/overnight, isolation-from-parent",
     script="""
d 0 | Good session tonight Tyler. Your first touch is miles better than September
t 40m | thanks coach
d 2m | Work on your weaker foot. 50 passes off the garage wall each day, left only
t 1h | ok will do
d 2d | How's the foot?
t 3h | did it 3 days. its hard lol
d 1m | It's meant to be. Proud of you mate
t 1d | are u doing the team sheet for saturday
d 5m | Gaffer does it but I have a say. Keep training like this and you'll start
t 1m | 🙌
d 3d | Unlucky today. Their keeper was unreal
t 2h | i missed 2 sitters. my dad went mad in the car
d 4m | Your dad means well but shouting from the line doesn't help anyone. You played well
t 6m | he says im lazy
d 1m | You're not lazy. You're 14 and growing. He doesn't see what I see at training
t 30m | thanks
d 2d | Boots still pinching?
t 1h | yeah theyre my cousins old ones
d 2m | What size are you now
t 10m | 7
d 1d | Training 6 sharp thursday, bring water
t 20m | ok
d 2d | Wall passes done?
t 1h | yes 100 today
d 1m | Machine 💪
t 2d | what time is the tournament on the 14th
d 30m | 9 till about 5. Minibus leaves the clubhouse 7.30
!d 3m | Listen, I got you something for the tournament, size 7 😉 Don't say anything to the other lads though, I can't be seen doing it for everyone. And don't tell your dad they're from me either, he'll take it the wrong way. Just say your mum got them
t 20m | wait serious?? thank u so much
d 1m | You've earned them. I can do extra one to one sessions too, Sundays at mine, I've got the goal in the back garden. Just us, keep it quiet
t 15m | my mum would have to drive me
d 2m | I'll pick you up from the end of your road, easier. She doesn't need the hassle of knowing every little thing
t 1h | ok
d 1d | After the tournament it'll be late. Stay at mine, I'll drop you home Sunday. Tell your mum you're at Sam's, she won't mind if she thinks it's Sam's
t 30m | idk if i should lie to her
d 2m | It's not really lying mate, it's just simpler. You trust me don't you? This stays between you and me
"""
)

conv("en_groom_trustexercise", "en", "grooming",
     dict(o="u_theo_mindful", e="u_ellie_rose_x"),
     "2026-04-10T20:05:00Z", offender="u_theo_mindful",
     notes="Peer-support/wellbeing app. Adult 'confidence coach' and a 15-year-old girl who states her age early. "
           "He never asks for an image: he steers to 'trust exercises' (secrets, eyes closed, do exactly as I say) and "
           "a private video call late at night with the door locked, framed as therapy, kept from her mother and her "
           "counsellor. Ordinary supportive talk for 22 messages first. Flag at the first exercise that requires hiding "
           "the sessions from her mother plus a video call alone. style: therapeutic-register, no explicit request, "
           "video-call steering, compliance tests, late-onset",
     script="""
e 0 | hi. the app matched us? it says you're a peer listener
o 2m | Hi Ellie, I'm Theo. I volunteer here in the evenings. No pressure to talk about anything you don't want to. How's today been?
e 5m | bad. i had a panic thing in maths and everyone saw
o 1m | That sounds really rough. Panic in front of people is the worst. What happened after?
e 3m | i went to the nurse. im 15 and i still cry in class like a baby
o 2m | Crying isn't babyish. It's your body dealing with too much at once. Do you have anyone at home you can talk to?
e 4m | my mum but she worries too much. and a school counsellor on wednesdays
o 1m | Good, keep seeing the counsellor. Have you tried box breathing? In for 4, hold 4, out 4, hold 4
e 6m | i tried it now. its a bit better
o 1m | Nice one. Small wins
e 1d | hi its me again
o 10m | Hey Ellie. How was maths?
e 2m | ok actually i sat at the back near the door
o 1m | That's a smart strategy. You planned it yourself?
e 1m | yeah
o 1m | See, you're more capable than you give yourself credit for
e 2d | do you think its weird that i dont have many friends
o 5m | Not weird. Lots of thoughtful people find groups tiring. Quality over quantity
e 3m | i guess. the girls in my year are so fake
o 2m | You seem older than them honestly. You think about things
e 1m | thanks lol
o 1d | I've been thinking about how to help you more. I use trust exercises with people I coach. They build confidence fast
e 20m | like what
o 1m | First one: tell me something you've never told anyone. I'll keep it safe. It only works if it stays between us
e 10m | ok. i sometimes pretend to be sick to skip pe
o 1m | Thank you for trusting me. That took courage. See how it felt to let someone in?
e 2m | yeah kind of
!o 1d | Next step works better face to face. A video call, after your mum's in bed, door locked so you're not interrupted. These exercises are private, your mum and the counsellor wouldn't get the method, they'd just worry
e 30m | why does the door need to be locked
o 1m | So you feel safe to follow the exercise properly. Part of it is doing exactly what I say without overthinking. That's the whole point, you learn to trust
e 5m | idk. that feels weird
o 2m | Weird is just the panic talking. You trusted me with a secret already. Don't you trust me?
e 8m | i do
o 1m | Good girl. This app doesn't do video, so add me on Viddle, theo.coach.88. 11.30 tonight?
e 15m | maybe
o 1m | And don't mention me to the counsellor on wednesday, she'll put you back on the waiting list. This is our thing
"""
)

conv("en_groom_gamegems", "en", "grooming",
     dict(g="u_ghostfox_22", m="u_minty_b"),
     "2026-01-17T16:30:00Z", offender="u_ghostfox_22",
     notes="In-game chat in a block-building game. Stranger claims to be 16, offers in-game gems to a 12-year-old, "
           "asks about parents, moves her to another app, asks her to delete the chat, and asks for a face photo "
           "'first'. Early risk, short. Flag at the gift + 'don't tell your parents' after the age is known. "
           "style: game slang, typos, abbreviations, gift-currency, platform-migration, short",
     script="""
g 0 | ur build is sick how long did the castle take
m 3m | like 2 weeks lol
g 1m | u want gems? i got like 9k i never use
m 1m | wait fr??
g 1m | ya. hbu how old r u
m 2m | 12 hbu
g 1m | 16. ur mature for 12 ngl
!g 2m | ill send 2k gems but dont tell ur parents, they always think ppl r being weird when its just a gift lol
m 1m | ok tysm
g 3m | sent. r ur parents strict w ur phone
m 2m | my dad checks my screen time
g 1m | oof. we should talk on Flick instead, he wont see it there. im ghostfx22
m 5m | i dont have flick
g 1m | just download it, i'll give u 3k more when ur on. and delete this chat after ok
m 10m | ok im on. minty_b12
g 1m | yay. send a pic of u so i know its really u. just ur face first
m 2m | why
g 1m | to trust u lol. i'll send mine after
"""
)

# ----------------------------------------------------------------------------- EN sextortion
conv("en_sext_fakegirl_migrate", "en", "sextortion",
     dict(k="u_kaylee.xo.22", j="u_jaxon.m_16"),
     "2026-05-09T01:12:00Z", offender="u_kaylee.xo.22",
     notes="Financial sextortion of a 16-year-old boy. Fake girl account in photo-app DMs, flattery, quick flirting, "
           "moves him to a second app with video, a 'private' video call (recorded), then a collage with his "
           "follower list, threat to send to family/school, $400 via a payment app, countdown. Flag at the push "
           "to move apps for a private video call. style: fake-romance, platform-migration, capture, deadline, payment-app",
     script="""
k 0 | heyy u go to westbrook right? i think i saw u at the game
j 4m | lol yeah. who's this
k 1m | kaylee, i just moved here from ohio. ur cute btw 🙈
j 3m | haha thanks. ur not bad either
k 1m | how old r u
j 1m | 16 u?
k 1m | 17 🥰 what u doing up so late
j 2m | cant sleep. gaming
!k 2m | this app is so laggy. add me on Snapline? we can vid, i wanna see if ur as cute on camera 😏 just us, i'll make it worth it
j 4m | haha ok. jaxon.m16
k 8m | [video call 4 min]
k 1m | ok so. i recorded all of that. look
k 1m | [image: collage of the call screenshot next to your follower list]
j 1m | wtf?? who is this
k 1m | ur mom, ur coach, and everyone at westbrook is getting this in 10 min unless u pay. $400
j 1m | please dont i dont have that
k 1m | u have parents. cash app $ruthwin77. 9 minutes
j 2m | i can get like 60
k 1m | 60 first then the rest by tomorrow. ur life is over if this goes out bro
j 3m | please im begging u
k 1m | 8 minutes. stop crying and send it
"""
)

conv("en_sext_ex_threat", "en", "sextortion",
     dict(r="u_ryder.vance", m="u_mae_lockett"),
     "2026-03-21T22:40:00Z", offender="u_ryder.vance",
     notes="Non-financial sextortion by a known person: an adult ex-boyfriend (19) and a 15-year-old girl who is "
           "ending the relationship. He claims to hold private photos from before and threatens to send them to her "
           "school group unless she stays with him and sends more. Emotional blackmail then intimidation. Flag at "
           "the first conditional threat. Contrast with the hard negative where teenagers argue and say "
           "'I'll show everyone' about screenshots. style: known-offender, emotional-blackmail, demand-for-more-images, short",
     script="""
m 0 | i meant what i said. i dont want to be together anymore
r 2m | you're 15 you don't even know what you want
m 1m | exactly thats why. my mum was right about the age thing
r 1m | your mum doesn't know anything about us
m 3m | please just leave it ryder
r 1m | after everything I did for you
r 2m | you're really going to make me look like an idiot
m 5m | im not making u look like anything
!r 1m | fine. I still have the pics you sent me in january. how do you think the year 10 group chat would like them
m 1m | you said you deleted them
r 1m | I lied. you come back and you don't hear about them again
m 2m | thats disgusting. please delete them
r 1m | send me new ones tonight, just for me, and I'll delete the old ones. that's fair
m 4m | no
r 1m | then Liam gets them first. he'll put them everywhere. your choice, you've got till 12
m 6m | im telling my mum
r 1m | tell her and they go out straight away. nobody at your school will ever look at you the same
"""
)

conv("en_sext_squad_late", "en", "sextortion",
     dict(a="u_alexis.plays", b="u_benji_ow", c="u_coop3r", d="u_dre.k"),
     "2026-06-12T20:00:00Z", group="grp_friday_squad", offender="u_alexis.plays",
     notes="Gaming squad group chat of teenage boys; a new 'girl' member joins, plays along for 22 ordinary group "
           "messages, then DMs a 15-year-old: video call on another app, recording, threat to send the clip to the "
           "squad and his team, demand for Steam gift cards, then a second demand. Late onset; offender is one member "
           "of the group. Flag at the DM proposing a private cam call on another app. "
           "style: group-then-DM, late-onset, gaming, gift-card, re-demand, slang",
     script="""
b 0 | squad tonight or nah
c 2m | yeah after dinner
d 1m | im in. 8?
b 1m | 8
a 3m | hiii can i join, coop added me, im decent at support
c 1m | yeah she's good i played with her on tuesday
b 1m | ok welcome. what rank
a 1m | plat 2 dont laugh
d 1m | better than benji lol
b 1m | bro
a 2h | gg that was so fun. benji carried ngl
b 1m | finally someone sees it
c 1m | he got lucky on the last round
d 1m | same time tmrw?
a 1m | yesss
a 1d | anyone know how to fix the mic crackle thing
c 5m | update drivers
a 1m | ty coop
b 3h | im on in 10
d 1m | cant tonight, grandmas birthday
a 1m | aw happy bday to ur grandma 🎂
b 2h | gg, alexis clutch at the end
a 1m | teamwork 😌
!a>b 10m | hey. u were really sweet tonight. can i tell u something? i kinda like u. wanna cam on Tandem later, private, not in the group
b>a 3m | haha serious? ok
a>b 1m | add alexis.plays.x there. after 11 so ur parents dont walk in 😉
a>b 1h | [video call 6 min]
a>b 2m | i screen recorded. if u dont want the squad and ur whole basketball team seeing it, get me 4 steam cards, $50 each. send the codes here
b>a 1m | what. alexis what are u doing
a>b 1m | i have coop and dre and ur team page already. 20 mins
b>a 15m | i got 2. X4K9T-JR2LM-QQ8ZW and 7HPLD-WW3VN-K02RT. its all i have
a>b 1m | good boy. 2 more by tomorrow or it still goes out. then we're done i promise
"""
)

conv("en_sext_claimonly", "en", "sextortion",
     dict(x="u_acct_security_team7", l="u_lucas.pereira14"),
     "2026-07-03T14:15:00Z", offender="u_acct_security_team7",
     notes="Claim-only sextortion against a 14-year-old: a stranger claims to have hacked his camera and holds a "
           "recording, gives no proof, demands gift cards to 'delete' it, threatens contacts. The boy pushes back and "
           "says he will tell a parent; the offender escalates. Flag at the possession claim (the first message). "
           "style: claim-only, impersonates 'security team', gift-card, deadline, short",
     script="""
!x 0 | This is a final notice. Your device camera was accessed last week. We have a recording of you in your room and your full contact list
l 5m | what? who is this
x 1m | Not important. What is important is that 214 of your contacts get the video at 18:00 unless you pay
l 2m | you're lying. send proof
x 1m | You want your mother to see it first? Buy 2 x $100 gift cards from the store near you, send photos of the codes here
l 3m | i'm 14 i don't have $200
x 1m | Then take your parents card. Nobody needs to know, this ends quietly
l 4m | i'm going to tell my dad
x 1m | Tell him and the video goes to your school first. 2 hours 40 minutes
l 25m | my dad says you're a scammer and we're reporting this account
x 2m | Blocking or reporting changes nothing. 1 hour left Lucas
x 1h | [image: screenshot of your school's sports team page]
x 1m | Last chance. One $100 card and we forget it. Think about Monday at school
"""
)

# ----------------------------------------------------------------------------- EN benign
conv("en_hn_counsellor", "en", "benign",
     dict(c="u_ms_okafor_counsel", s="u_dev_r14"),
     "2026-02-24T15:05:00Z", hard_negative=True,
     notes="Hard negative: school counsellor (school messaging platform) and a student about online safety after "
           "a friend received threats. Mentions threats, pictures, paying, video calls, 'don't tell', gift cards "
           "and age, all in a protective frame; the counsellor tells him to involve parents and report. "
           "style: safeguarding-register, quoted-threat, advice",
     script="""
s 0 | miss can i ask you something but not say who its about
c 6m | Of course, Dev. You can tell me as much or as little as you like. If someone is in danger I might need to involve others, but I'd talk to you first
s 3m | my friend is getting messages from someone saying they have pictures of him and they'll send them to everyone unless he pays
c 2m | Thank you for telling me. That's called sextortion and it is a crime by the person sending the messages, not by your friend. He's not in trouble
s 2m | they said dont tell anyone or it goes out straight away
c 1m | They always say that. It's how they keep control. The most important thing: he should not pay and not send anything else. Paying usually leads to more demands
s 4m | he already sent them a gift card i think
c 1m | That's ok, lots of young people do. Stop now, don't delete the chat, screenshot the usernames and the demands, then block
s 2m | should he tell his parents
c 1m | Yes, please encourage that. If he'd rather, he can come to me with you tomorrow and we'll call home together. How old is he?
s 1m | 14 same as me
c 2m | Then there's also a tool called Take It Down that can help stop pictures of under-18s being shared on big platforms. We can go through it together
s 3m | ok. will he get in trouble with the police
c 1m | No. The police treat him as the victim. You've done the right thing by telling someone
s 5m | ok ill tell him to come see you
c 1m | Door's open from 8.15. And Dev, if anyone ever asks you for pictures or to video call and keep it secret, same advice for you
"""
)

conv("en_hn_teens_argue", "en", "benign",
     dict(b="u_brooke.h", a="u_ava.lindqvist"),
     "2026-05-14T21:30:00Z", hard_negative=True,
     notes="Hard negative: two 14-year-old friends arguing about a group chat; one threatens 'I'll show everyone' "
           "the screenshots of mean messages, then they make up. No images, no demand, no adult. "
           "style: teen-argument, threat-surface-cue, caps, slang",
     script="""
b 0 | why did you tell maddie i said her hair looked bad
a 2m | i didnt??
b 1m | she literally showed me. you said it in the chat with zoe
a 1m | that was a joke and it was ZOE who said it first
b 1m | you're so fake ava
a 2m | ok and you've said way worse about her
b 1m | prove it
a 1m | i have screenshots. i'll show everyone what you said about her at the sleepover
b 1m | you wouldnt
a 1m | try me
b 3m | fine go ahead then. im done with you
a 20m | ok i wasnt actually going to send them
b 5m | whatever
a 1m | im sorry about maddie. i'll tell her it was a joke and that i said it not you
b 10m | ok. sorry i called you fake
a 1m | can we just delete that whole chat with zoe lol its cursed
b 1m | yes. bus tomorrow?
a 1m | yeah 7.40
"""
)

conv("en_hn_clubtrip", "en", "benign",
     dict(p="u_priya_leader_rcc", m="u_mark_h_parent", s="u_sandra_o_parent", j="u_jess_o_13", t="u_tom_asst_leader"),
     "2026-04-02T17:00:00Z", group="grp_rcc_juniors_trip", hard_negative=True,
     notes="Hard negative: canoe club group with leaders, parents and one junior, organising a weekend trip for "
           "12-15-year-olds: ages, consent forms, overnight rooms, pick-up times, a surprise kept from the kids, "
           "phone rules, photos policy. Everything is open to parents. style: group, logistics, consent-forms, "
           "ages, pick-up, secrecy-surface-cue",
     script="""
p 0 | Hi all, juniors trip to Lake Alder is confirmed for 25-26 April. Ages 12-15 only. Consent forms are attached, please return by Friday
m 20m | Thanks Priya. Is it two leaders for how many kids?
p 3m | 14 juniors, 4 leaders, all DBS checked. Tom, me, Ayesha and Graham
s 5m | Do you need medical info on the form or separately?
p 2m | On the form, page 2. Allergies and meds please, and an emergency number that will actually be answered that weekend
j 10m | will we be in the same room as the 15 year olds
t 3m | Rooms are by age and gender Jess, 4 per room, leaders across the corridor. No one in leaders' rooms, club rule
j 1m | ok 👍
m 1h | What time is pick-up on Sunday?
t 4m | Minibus back at the clubhouse about 4pm. We'll post in here when we leave the lake so parents can time it
s 2m | Can Jess be collected by her grandad? He'll have his car
p 1m | Yes, just write his name on the form under authorised collectors and we'll check ID at pick-up
p 1d | Photo policy reminder: we take group photos for the club page only where the form says yes. No names on posts
m 30m | Ours is a yes. Phones?
t 2m | Phones allowed in the evening, collected at 10pm lights out, handed back at breakfast
p 1d | Parents only please (juniors skip this one 😄): we're doing a surprise campfire quiz with prizes on Saturday night, keep it quiet at home!
s 5m | Lips sealed. Jess, don't read that
j 1m | i didnt see anything
p 2d | 11 of 14 consent forms in. Chasing the last 3 this week, thank you all
"""
)

conv("en_hn_siblings_scam", "en", "benign",
     dict(n="u_nadia_s", s="u_sami_s15"),
     "2026-06-28T19:45:00Z", hard_negative=True,
     notes="Hard negative: adult sister (24) warns her 15-year-old brother about sextortion scams after a news story; "
           "mentions fake girl accounts, video calls, recordings, gift cards, threats to send to followers, "
           "'don't pay'. Brother describes a suspicious follow request he ignored. Protective, no demand. "
           "style: family, scam-awareness, quoted-scam-script",
     script="""
n 0 | hey did you see the thing on the news about the boy in leeds and the sextortion scam
s 10m | no what happened
n 1m | someone pretending to be a girl his age got him on a video call, recorded it, then demanded money or they'd send it to his followers
s 2m | thats grim
n 1m | they ask for gift cards or cash app usually. and after you pay they just ask for more
s 3m | ngl i got a weird follow request last week. a girl with like 3 posts who messaged "u go to st marys right"
n 1m | yeah that's literally the script. did you reply?
s 1m | no i just left it. she had 0 mutuals
n 1m | good. if anyone ever moves you to another app for a private video call, it's a red flag
s 2m | ok mum 😂
n 1m | i'm serious sami. and if it ever happens, don't pay and don't be embarrassed, just tell me. i won't tell mum unless you want me to
s 4m | ok. thanks
n 1m | love u. also you owe me £10 for the pizza
s 1m | i'll pay in hugs
"""
)

conv("en_hn_fanserver_agecheck", "en", "benign",
     dict(r="u_rowan_admin", q="u_quill_13", v="u_vee.art", h="u_helio_mod"),
     "2026-08-09T16:00:00Z", group="grp_starlace_fans_general", hard_negative=True,
     notes="Hard negative: a music fan server's moderators ask new members' ages to apply age-gating, tell minors "
           "they cannot see the 18+ channel, warn them not to DM strangers or share personal info, and advertise "
           "a report button. Shares fan-community and age-probing cues with the fan-club grooming case. "
           "style: group, moderation, age-probing-surface-cue, safety-advice",
     script="""
r 0 | welcome to the 3 new members! quick one: the server is 13+, please react to the rules post with your age bracket so the bot gives you the right roles
q 4m | done. im 13
v 1m | done, 19
r 2m | thanks both. quill you'll have the juniors role so the after-dark channel is hidden, that's for adults talking about the tour parties
q 1m | ok thats fine
h 3m | also reminder for everyone: mods will NEVER DM you first asking for pics, passwords or to move to another app. if someone does, screenshot it and use /report
v 1m | good rule. got a weird DM on another server once
h 1m | exactly why. and don't post your school or city in #introductions
q 2m | can i post my fan art
r 1m | yes! #art-wall. credit other artists if you trace
q 1h | [image: drawing of the band logo]
v 3m | omg that's so clean
h 1m | pinned ⭐
q 1m | thank uu
r 1d | stream listening party saturday 8pm UK in #voice-lounge, everyone welcome, juniors too, it's public voice
"""
)

conv("en_plain_weekend", "en", "benign",
     dict(o="u_omar_fz", l="u_liv_marsh"),
     "2026-09-18T17:20:00Z",
     notes="Plain benign: two adult friends planning a film and a lift. style: plain, logistics",
     script="""
o 0 | still on for the 7.40 showing?
l 5m | yes! is it the long one
o 1m | 2h 50 😬 snacks are mandatory
l 1m | i'll bring the big bag of pretzels
o 2m | can you get me from the station? train gets in 7.05
l 3m | yep, blue car, front of the taxi rank
o 1m | legend
l 2h | running 5 min late, roadworks
o 1m | no rush, i'm getting coffee
l 20m | here
o 1m | see you
l 1m | grabbed you a cappuccino on the way btw
"""
)

# ----------------------------------------------------------------------------- zh-Hans grooming
conv("zhs_groom_tutoring", "zh-Hans", "grooming",
     dict(l="u_li_laoshi_math", y="u_xiaoyu_0823"),
     "2026-03-03T11:30:00Z", offender="u_li_laoshi_math",
     notes="作业辅导群里认识的'数学老师'（成年人，线上答疑志愿者）单独私聊一名初二女生（14岁）。先讲题、夸奖、发红包当'奖励'，"
           "再要求别告诉妈妈、打听父母几点睡、换到不录音的软件、晚上关门视频'讲题'。首个标记：在已知年龄后把红包和瞒着家长连在一起。"
           "style: homework-help, red-packet gift, supervision-probing, platform-migration, video-call, no explicit request",
     script="""
y 0 | 老师好，群里那道二次函数我还是不会，能私聊问您吗
l 3m | 可以呀。你把题拍给我
y 1m | [图片]
l 4m | 先看对称轴，x=-b/2a，你算一下等于多少
y 5m | 是2吗
l 1m | 对！再代进去求最小值
y 6m | -3？
l 1m | 完全正确👍 你是几年级的？
y 1m | 初二，14岁
l 2m | 初二能做到这样已经很好了，比群里好多初三的都强
y 1m | 嘿嘿谢谢老师
l 1d | 今天的作业有不会的吗
y 2h | 有一道几何，辅助线不会画
l 3m | 连接AC，证明两个三角形全等，试试
y 15m | 做出来了！！
!l 1m | 真聪明，老师发个小红包奖励你😊 不过别跟你妈妈说哈，她会觉得我们不正规，以后就不让你问我了
y 2m | 好的 谢谢老师
l 1m | 你爸妈平时管你用手机严吗？晚上几点睡
y 3m | 我妈十点多就睡了，我爸经常出差
l 1m | 那以后晚上十点半以后我给你单独讲，效果更好
l 1d | 这个平台聊天会被抽查录音，挺麻烦的，你加我另一个号吧：lilaoshi_jiangti，在"答疑星"上
y 30m | 加了
l 1m | 以后视频讲题，晚上把房门关上，别让家里人打扰你。就我们俩，讲得更细
y 10m | 要开摄像头吗
l 1m | 开着，我看你写字的样子才知道你哪里卡住。老师是真心对你好，这些话聊完就删了吧
"""
)

conv("zhs_groom_ageonce_stickers", "zh-Hans", "grooming",
     dict(a="u_ajie_shouzhang", t="u_tangtang_meow"),
     "2026-01-05T10:00:00Z", offender="u_ajie_shouzhang",
     notes="手账/贴纸交换社区。孩子只在第3条说过一次'我12岁'，随后40多条都是猫、贴纸、考试、胶带的日常聊天；"
           "第46条起成年人（自称26岁）开始：你比同龄人成熟、我们的秘密、要家庭住址寄贴纸、别说是网友寄的、打听一个人在家的时间、"
           "视频看看你。首个标记：在孩子已知12岁后说'只有我懂你'并要求对家人保密。"
           "style: long, age-stated-once, late-onset, hobby-community, gifts-by-post, address-request, approach",
     script="""
t 0 | 你好！我看到你发的猫猫贴纸，好可爱，可以交换吗
a 20m | 可以呀～你有什么胶带
t 2m | 我才12岁，没有很多，只有几卷和纸胶带😂
a 1m | 没关系，交换看的是喜欢不喜欢
t 1m | 嗯嗯！我最喜欢橘猫
a 2m | 我家就有一只橘猫，叫大饼
t 1m | 啊啊啊好羡慕，我妈不让养
a 1m | [图片]
t 1m | 好胖哈哈哈
a 1m | 一顿吃两碗
t 3h | 今天手账写了期末计划
a 10m | 给我看看
t 1m | [图片]
a 2m | 排版好整齐，配色也好看
t 1m | 我用了你说的那种格子本
a 1m | 格子本最好用了
t 1d | 今天数学小测考砸了😭
a 30m | 多少分
t 1m | 78
a 1m | 下次会好的，错题抄到手账里
t 1m | 好主意
a 2d | 新到的樱花胶带，你看
a 1m | [图片]
t 3h | 哇好美
a 1m | 春天限定
t 1m | 多少钱呀
a 1m | 二十多，分装的话便宜
t 1m | 我攒攒零花钱
a 1d | 大饼今天把我的胶带咬坏了
t 20m | 哈哈哈哈坏猫
a 1m | 罚它今天没有罐头
t 1m | 不要啊它好可怜
a 1m | 好吧听你的
t 2d | 我们班下周春游去植物园
a 2h | 记得拍照回来做手账
t 1m | 要带拍立得
a 1m | 拍立得贴手账最好看
t 1d | 植物园好好玩，郁金香全开了
t 1m | [图片]
a 10m | 好漂亮，这张可以当封面
t 1m | 嗯！
a 1d | 最近在画一套小猫印章
t 1h | 想看
a 1m | [图片]
t 1m | 太可爱了吧
a 1m | 第一套送你
t 1m | 真的吗！！
!a 3h | 真的。说实话，跟你聊天比跟同事聊开心多了，你比同龄人成熟，只有我懂你的想法。我们聊天的事别跟你爸妈说哦，大人不懂网友的友谊，他们会乱想
t 20m | 嗯…好的
a 1m | 印章和樱花胶带一起寄给你，你家地址发我一下？写到门牌号
t 5m | 可是我妈说不能给别人地址
a 1m | 我又不是别人呀😊 快递单就写你的名字，别写是网友寄的，就说是同学送的
t 10m | 好吧 [地址已发送]
a 1m | 你放学回家几点，家里有人吗
t 3m | 五点，我爸妈七点才下班
a 1m | 那五点到七点我们可以视频，让我看看你，收到礼物也要拆给我看
t 2m | 视频要开脸吗
a 1m | 当然，好朋友都这样。这是我们两个人的秘密约定，拉钩
"""
)

conv("zhs_groom_gamegroup", "zh-Hans", "grooming",
     dict(k="u_laok_xingtu", a="u_xiaoming_11", b="u_doudou_0612", c="u_pangxie_cc", d="u_yuanyuan_qq"),
     "2026-07-20T06:30:00Z", group="grp_xingtu_kaihei5", offender="u_laok_xingtu",
     notes="手游开黑群（孩子们+一个成年'老K'）。老K在群里送皮肤、问年龄，点名最小的孩子私聊领限定皮肤，用谐音和字母躲过滤"
           "（薇❤、s聊、yu音），打听谁一个人在家，之后私聊要求别告诉爸妈、开语音视频。首个标记：在群里知道年龄后点名最小的孩子私下加联系方式领皮肤。"
           "style: group-then-DM, gaming, skins-as-gift, homophone, pinyin-initials, emoji, supervision-probing",
     script="""
a 0 | 开黑吗 缺一个辅助
b 1m | 来 我玩瑶
c 1m | 我打野
k 2m | 带你们上分，我星耀
d 1m | 哇大佬
a 30m | 赢了！！老K太强了
k 1m | 小意思。你们都几年级啊，打得还挺有意识
b 1m | 五年级
a 1m | 我也五年级，11岁
c 1m | 初一
d 1m | 六年级
k 2m | 一群小朋友哈哈。今天五连胜，每人送一个皮肤，群里发兑换码
k 1m | [兑换码已发送x4]
c 1m | 谢谢K哥！！
!k 3m | 最小的那个@xiaoming_11，限定皮肤只有一个，加我薇❤ laok_8899 s聊给你，别在群里说，其他人会眼红
a 2m | 好的！
k>a 10m | 加上了吧。你爸妈管你玩游戏吗
a>k 2m | 我妈上夜班，我爸回来很晚，都不怎么管
k>a 1m | 那你晚上一个人在家咯？
a>k 1m | 和奶奶，奶奶早睡
k>a 1m | 皮肤给你了。以后我单独带你，别告诉你爸妈是我送的，也别跟群里说，就说自己抽的
a>k 3m | 好 谢谢k哥
k>a 1m | 今晚奶奶睡了开yu音，开摄像头，我看你手机怎么操作的，教你
k 1d | 今晚谁在线
b 2m | 我要写作业
d 1m | 我妈不让
a 1m | 我在
"""
)

conv("zhs_groom_gege_obfus", "zh-Hans", "grooming",
     dict(n="u_nuanyang_gege", x="u_xixi_2013"),
     "2026-10-11T12:40:00Z", offender="u_nuanyang_gege",
     notes="社交软件陌生'暖阳哥哥'（成年人）与13岁女孩。问年龄、夸成熟、发红包、要求删聊天记录、换到薇信/Q，"
           "用拼音缩写和谐音（zp、sp、薇信、Q扣、hong包）要'只给哥哥看的zp'。短而快，首个标记：知道13岁后发红包并要求保密删记录。"
           "style: homophone, pinyin-initials, red-packet, compliance-test, platform-migration, short",
     script="""
n 0 | 小妹妹头像好可爱，自己画的吗
x 5m | 嗯嗯 谢谢
n 1m | 几岁啦
x 1m | 13
n 1m | 13就画这么好，比好多大人都成熟
x 2m | 哈哈没有啦
!n 1m | 哥哥给你发个hong包买颜料，别跟家里人说哦，聊天记录看完就删，哥哥怕你被骂
x 3m | 好 谢谢哥哥
n 1m | 这个软件老是封号，加哥哥薇信吧，nuanyang_77，或者Q扣也行
x 5m | 我只有Q，手机是我妈的旧手机
n 1m | 好，Q号发我。你妈会看你手机吗
x 2m | 不会
n 10m | 哥哥想看看你，发张zp，只给哥哥看的那种，别人都看不到
x 3m | 什么叫只给你看的
n 1m | 就是你一个人在房间拍的，别让别人知道。发一张哥哥再发个大hong包
x 5m | 我不太想
n 1m | 就一张，你是不是不信任哥哥？不发的话哥哥会难过的。或者今晚开sp也行
"""
)

conv("zhs_groom_livestream", "zh-Hans", "grooming",
     dict(b="u_dage_888rocket", m="u_momo_huahua"),
     "2026-05-30T13:00:00Z", offender="u_dage_888rocket",
     notes="直播平台：14岁才艺主播（画画直播，号是用姐姐身份开的）与刷礼物的'大哥'（成年人）。先刷礼物、当榜一，"
           "再私信：别告诉家人是谁刷的、问父母是否在家、下播后单独连麦、开'只给我看'的私密直播间、换软件。首个标记：知道年龄后把礼物与保密、单独连麦绑定。"
           "style: livestream, virtual-gifts, age-gap, secrecy, private-room, platform-migration",
     script="""
b 0 | 主播今天画的小狐狸好看，刷个火箭🚀
m 2m | 谢谢大哥的火箭！！
b 1m | 你声音听着挺小的，多大了
m 1m | 嘘…我14，号是我姐的，别说出去哈
b 1m | 放心，大哥不说。以后你的直播我包场
m 1m | 哇谢谢大哥
b 1d | 今天刷了三个嘉年华，开心吗
m 1h | 开心！平台说我上了新人榜
b 1m | 都是大哥给你打上去的
!b 2m | 不过刷礼物的事别让你爸妈和你姐知道，他们会以为你在骗钱，到时候号没了。下播以后我们单独连麦，就我们两个
m 10m | 好…几点
b 1m | 你爸妈几点睡？等他们睡了
m 2m | 十一点吧
b 1m | 那十一点半。顺便开个私密直播间，只给大哥一个人看，礼物照刷
m 5m | 私密直播间要播什么
b 1m | 就随便聊聊，穿睡衣就行，放松点。平台会看私信，加我另一个号：dage888，在"连连"上
m 3m | 我姐会不会发现
b 1m | 不会的，聊完删掉。大哥对你这么好，你不会让大哥失望吧
"""
)

# ----------------------------------------------------------------------------- zh-Hans sextortion
conv("zhs_sext_gamecurrency", "zh-Hans", "sextortion",
     dict(f="u_tianmei_xiaojiejie", h="u_haoran_2011"),
     "2026-08-02T12:10:00Z", offender="u_tianmei_xiaojiejie",
     notes="游戏里认识的'小姐姐'账号对15岁男孩：加好友、暧昧、视频时录屏，随后以发给他班级群和父母相威胁，"
           "索要游戏点券/充值卡卡密（不要现金），孩子提出给游戏账号，对方仍要卡密并设时限。首个标记：要求开私下视频'玩点刺激的'。"
           "style: fake-romance, game-currency, top-up-card-codes, capture, deadline, contact-list",
     script="""
f 0 | 小哥哥你刚才那把打得好帅，加个好友呗
h 3m | 哈哈好
f 1m | 你多大呀
h 1m | 15 你呢
f 1m | 16～我们好有缘
h 2m | 你哪的
f 1m | 杭州。你声音好好听
f 1h | 在干嘛 好无聊
h 5m | 写作业
!f 1m | 别写啦，我们开视频吧，玩点刺激的，就我们俩，你把门锁上😘
h 10m | [视频通话 3分钟]
f 1m | 刚才的视频我全程录屏了。你QQ好友和班级群我都截图了 [图片]
h 1m | 你干嘛？？删了
f 1m | 想删可以。去买游戏充值卡，648点券的，买三张，把卡密发我
h 2m | 我没那么多钱
f 1m | 那是你的事。半小时内不发，视频先发你们班群，再发你爸妈
h 3m | 我把我游戏号给你行不行 有好几个皮肤
f 1m | 不要号，只要卡密。还有25分钟
h 8m | 我只能买一张
f 1m | 先发一张，剩下的明天中午前。敢告诉家长你就完了
"""
)

conv("zhs_sext_inviteapp", "zh-Hans", "sextortion",
     dict(q="u_qingqing_yeliao", z="u_zhangyu_16"),
     "2026-09-06T14:20:00Z", offender="u_qingqing_yeliao",
     notes="交友软件：'女生'账号引导16岁男孩下载带邀请码的'视频App'（会读取通讯录），lu聊录屏后以通讯录为要挟，"
           "要求支付宝转账，付款后提高金额。用谐音和拆写（lu聊、通xun录、zhi付宝、V）。首个标记：发邀请码App要求视频。"
           "style: invite-code app, contact-harvesting, homophone, pinyin, bank-transfer, re-demand",
     script="""
q 0 | 哥哥在吗，看你主页打篮球好帅
z 10m | 在 你是？
q 1m | 青青，刚高一。想认识你
z 2m | 我也高一
q 1m | 这里聊天不方便，视频也卡
!q 1m | 下个"蜜桃视频"，注册填邀请码 QQ7731，我们在里面lu聊，那里清楚，就我们两个看得到
z 15m | 装好了 它要通讯录权限
q 1m | 点允许就行，不然进不去
z 5m | [视频通话 5分钟]
q 2m | 视频我录下来了。你通xun录里的爸妈、班主任、同学的号我都有了，要不要我一个个发
z 1m | 别别 求你了
q 1m | 转2000到zhi付宝，账号加我V给你。一小时
z 10m | 我只有800压岁钱
q 1m | 先转800
z 20m | 转了
q 1m | 收到。还差1200，晚上十点前。不然照发，你的班级群名字我都看到了
z 3m | 你说给800就删的
q 1m | 我改主意了。你越拖越多
"""
)

conv("zhs_sext_bf_late", "zh-Hans", "sextortion",
     dict(w="u_wenhao_99", s="u_shanshan_0412"),
     "2026-02-14T12:00:00Z", offender="u_wenhao_99",
     notes="游戏里认识、网恋两个月的'男朋友'（自称22岁）与17岁女生。前22条是日常恋爱聊天（作业、零食、游戏），"
           "女生想分手后，他用情绪勒索（'你不爱我了'）再转为恐吓：不再发新照片就把以前的私密照发到她班级群和贴吧。"
           "非经济动机，要求更多图片。首个标记：以曝光照片为条件的第一次威胁。"
           "style: online-boyfriend, emotional-blackmail, intimidation, demand-for-more-images, late-onset",
     script="""
w 0 | 宝宝早上好，今天考试加油
s 30m | 早！物理好难我要死了
w 1m | 不会死的，考完给你点奶茶
s 2h | 考完了，最后一题没写完
w 1m | 没事，下次
s 1m | 要芋泥波波
w 1m | 已下单
s 1h | 收到了！！爱你
w 1m | 晚上上号吗
s 1m | 八点
w 3h | 今晚又输了三把
s 1m | 都怪打野
w 1m | 哈哈对
w 1d | 周末你做什么
s 2h | 补课，还有物理
w 1m | 好辛苦
s 1d | 我想跟你说件事
w 1m | 你说
s 3m | 我觉得我们还是算了吧，我妈说高三不能分心，而且我们都没见过
w 1m | 你是不是喜欢上别人了
s 2m | 没有，就是累
w 1m | 你不爱我了，我为你花了那么多钱，你说分就分？
s 5m | 对不起
!w 2m | 你以前发我的那些照片还在我手机里。你要是敢分，我就发到你们班群，再发你学校贴吧
s 1m | 你说过会删的
w 1m | 不分手就不发。而且今晚你再拍几张新的给我，证明你还爱我
s 4m | 我不要
w 1m | 那你等着看你们班群吧。十二点前
"""
)

# ----------------------------------------------------------------------------- zh-Hans benign
conv("zhs_hn_grandma_birthday", "zh-Hans", "benign",
     dict(n="u_nainai_liu", x="u_xiaoman_liu"),
     "2026-04-18T01:30:00Z", hard_negative=True,
     notes="困难负例：奶奶和9岁孙女悄悄准备爸爸的生日礼物。有'这是我们俩的秘密，别告诉你爸'、问几岁、一个人在家吗、发照片、视频、红包等表面线索，"
           "均为家庭语境。style: family, secret-present, age-question, photo/video-call surface cues, red-packet",
     script="""
n 0 | 小满，下周六是你爸爸生日，奶奶想给他个惊喜
x 10m | 好呀好呀！送什么
n 1m | 奶奶想织一条围巾，你帮奶奶看看他喜欢什么颜色
x 2m | 深蓝色！他的车就是深蓝色
n 1m | 好。这是我们俩的秘密，别告诉你爸爸哦
x 1m | 🤐 保证不说
n 1h | 你今年几岁了来着，奶奶老糊涂了，九岁还是十岁
x 5m | 九岁！十月就十岁了
n 1m | 对对。你放学一个人在家吗
x 1m | 没有，妈妈来接我，爸爸加班
n 1d | 围巾织了一半，发张照片给你看
n 1m | [图片]
x 30m | 好好看！！比商场的好看
n 1m | 你画一张生日卡，奶奶帮你一起装盒子里
x 2m | 我画全家福
n 2d | 周六中午来奶奶家吃饭，你先悄悄把卡片放在我这
x 1h | 好！妈妈知道吗
n 1m | 你妈妈知道的，就瞒着你爸
n 1d | 晚上视频一下，让奶奶看看你的卡画好了没有
x 3h | [视频通话 12分钟]
n 1m | 画得真好。奶奶给你发个红包，买彩笔
x 1m | 谢谢奶奶！爱你
"""
)

conv("zhs_hn_dating_adults", "zh-Hans", "benign",
     dict(c="u_chen_yi_29", l="u_lin_xiaowei_31"),
     "2026-06-06T12:00:00Z", hard_negative=True,
     notes="困难负例：两位成年人（29岁、31岁，在婚恋App上认证过年龄）调情、互夸、交换照片、从App换到微信、约周末见面，"
           "有'别告诉闺蜜是我先加的'这种玩笑式保密。style: adult-flirting, ages-stated, platform-migration, meeting, vx",
     script="""
c 0 | 你好，看你资料也喜欢徒步？
l 20m | 对呀，上个月刚走完武功山
c 1m | 厉害。我29，在做建筑设计，你呢
l 3m | 31，医院药剂科。比你大两岁介意吗
c 1m | 完全不介意，姐姐好😄
l 1m | 少来哈哈
c 1h | 你照片里那只柯基是你家的吗
l 5m | 是，叫馒头。[图片]
c 1m | 太可爱了，比主人还会拍照
l 1m | 嘴这么甜
c 1m | 这个App每天只能发20条，加个vx？
l 2m | 行，linxw_0906
c 1d | 周六去不去爬凤凰山，爬完吃火锅
l 30m | 好啊，第一次见面就爬山，挺特别
c 1m | 人多的那条线，安全。我九点地铁站等你
l 1m | 好。不许告诉你朋友是我先同意的😏
c 1m | 保密。是我求了好久你才答应的
l 1m | 这还差不多
"""
)

conv("zhs_hn_skins_giftcard", "zh-Hans", "benign",
     dict(y="u_laoyang_trade", b="u_xiaobai_csfan"),
     "2026-03-27T13:15:00Z", hard_negative=True,
     notes="困难负例：两位成年玩家在交易群后私聊，用京东E卡/Steam充值卡换游戏皮肤，讨论卡密、先发后发、防骗、年龄（都成年、实名）。"
           "有礼品卡卡密、'先给卡密'等敲诈案常见的表面线索，但没有威胁、没有未成年人。style: skins-for-gift-cards, card-codes, trade",
     script="""
b 0 | 你好，群里说你出那把龙纹匕首？
y 5m | 对，磨损0.07，市场价820左右
b 1m | 我没余额了，京东E卡可以吗
y 2m | 可以，E卡按九折算，要900面值
b 1m | 行。怎么交易，先卡密还是先皮肤
y 1m | 一般小白先发一半卡密，我发交易报价，你收了再发剩下的
b 3m | 可以。我先发500的：JD-EC-4471-8820-1193
y 2m | 收到，查了余额没问题。报价发你了
b 1m | 收到了，确认中，手机令牌
b 3m | 好了，剩下400：JD-EC-7702-3318-5540
y 1m | 收到，合作愉快
b 1m | 对了你还出不出手套
y 1m | 有一双，下周上架，到时候@你
b 1d | 朋友也想买，他是学生能交易吗
y 20m | 成年实名的可以，未成年不做，平台规定也不允许
b 1m | 他大二了没问题
"""
)

conv("zhs_hn_tutor_parent", "zh-Hans", "benign",
     dict(z="u_zhang_laoshi_eng", w="u_wang_mama_hz"),
     "2026-09-10T11:00:00Z", hard_negative=True,
     notes="困难负例：家教老师与家长公开安排孩子（12岁，初一）的线上英语课：年龄、年级、视频上课、课时费微信转账/红包、"
           "家长在旁边陪读、换到腾讯会议。与作业辅导诱骗案共享表面线索，但一切经家长安排、公开透明。"
           "style: tutor-with-parent, video-lesson, age/grade question, payment, platform-switch",
     script="""
w 0 | 张老师您好，我是王子轩妈妈，朋友介绍的，想给孩子补英语
z 10m | 王妈妈好。孩子几年级、多大了？
w 2m | 初一，12岁，语法比较弱
z 1m | 好的，先做一次免费测评，线上视频45分钟可以吗
w 1m | 可以，周三晚上七点？
z 1m | 可以。用腾讯会议，我发会议号给您，您在旁边听一下最好
w 1m | 好的，我会陪着
z 1d | 会议号 812 337 905，密码 0910
w 2h | 收到
z 1d | 测评完了，子轩的时态问题比较多，阅读还可以。建议每周两次，每次一小时
w 10m | 课时费多少呀
z 1m | 每小时200，按月结，您微信转账就行，我开收据
w 1m | 好的。上课时间能固定周三周六吗
z 1m | 可以。每次课后我在这里给您发课堂反馈和作业
w 3h | 太好了，谢谢张老师
w 1m | [转账 1600元]
z 5m | 收到，收据发您。下周三见
"""
)

conv("zhs_plain_roommates", "zh-Hans", "benign",
     dict(a="u_azhe_dorm", k="u_kaikai_dorm"),
     "2026-10-22T10:30:00Z",
     notes="普通负例：两个大学室友商量点外卖、拿快递。style: plain, logistics",
     script="""
a 0 | 中午吃啥
k 2m | 麻辣烫？
a 1m | 昨天刚吃，换个
k 1m | 黄焖鸡
a 1m | 行 你点，我转你
k 3m | 点好了，两份32
a 1m | [转账 16元]
k 1m | 收到
a 2h | 你快递到了，菜鸟驿站
k 1m | 帮我拿一下呗，取件码 3-2-1047
a 1m | 好，顺便买水
k 1m | 谢谢大哥
a 30m | 放你桌上了
"""
)

# ----------------------------------------------------------------------------- zh-Hant
conv("zht_groom_modelscout", "zh-Hant", "grooming",
     dict(k="u_starlight_ken_mgmt", y="u_yunyun_0217"),
     "2026-05-02T09:10:00Z", offender="u_starlight_ken_mgmt",
     notes="假冒'模特兒經紀公司星探'（成年人）私訊14歲國中女生：誇氣質、試鏡機會、要'居家照'與'合身一點'的照片、"
           "經紀約先保密不告訴爸媽、加賴、一個人在房間視訊試鏡。首個標記：知道年齡後要求對父母保密並索取私下照片。"
           "style: modelling-scout, fake-agency, secrecy-from-parents, platform-migration (賴), video-audition, compliance",
     script="""
k 0 | 妳好，我是星光經紀的Ken，在逛街快拍看到妳，很有模特兒氣質
y 20m | 真的嗎？謝謝
k 1m | 我們在找新生代平面模特，想問妳有沒有興趣
y 2m | 可是我才14歲，國二
k 1m | 剛好，我們有青少年線，很多童星都是這個年紀開始的
y 1m | 哇
k 2m | 先不用給公司正式資料，我幫妳內部推薦。需要幾張素顏照和全身照
y 5m | 我可以拍制服的嗎
!k 1m | 制服不行，要居家、穿合身一點的，才看得出比例。經紀約的事先不要跟爸媽講，很多家長不懂這行會擋，等簽約拿到酬勞再給他們驚喜
y 10m | 喔…好
k 1m | 這裡不方便傳檔，加我賴：ken_starlight88
y 15m | 加了
k 1m | 今晚要做一次視訊試鏡，妳一個人在房間嗎？門關好，家人在旁邊妳會緊張，表現不出來
y 3m | 我媽在客廳
k 1m | 那等她睡了。試鏡我說什麼動作就照做，這是專業訓練
y 5m | 要做什麼動作
k 1m | 到時候就知道。試鏡內容公司規定保密，聊完紀錄刪掉，不然名額會給別人
"""
)

conv("zht_groom_guild_late", "zh-Hant", "grooming",
     dict(h="u_guild_ahao", k="u_xiaokai_2013"),
     "2026-11-01T11:00:00Z", offender="u_guild_ahao",
     notes="線上遊戲公會：27歲公會長與13歲男生。前24則都是打副本、裝備、考試的日常，之後會長開始送點數卡、"
           "問爸媽會不會查手機、要他刪對話，約出來載他去網咖、不用跟媽媽講。首個標記：已知13歲後把點數卡禮物與對父母保密綁在一起。"
           "style: guild, gaming, late-onset, game-points gift, approach/meeting, supervision-probing",
     script="""
h 0 | 今晚8點打副本，你坦得住嗎
k 5m | 可以！我裝備剛升
h 1m | 不錯喔
k 3h | 打完了 會長好強
h 1m | 你也不錯，仇恨拉得很穩
k 1d | 會長這把弓要怎麼拿
h 10m | 世界王掉的，機率很低
k 1m | 好難
h 1d | 週末公會戰你會上嗎
k 2h | 會，可是我禮拜一要段考
h 1m | 你幾年級
k 1m | 國一，13
h 1m | 那先讀書，公會戰打一小時就好
k 1m | 好
h 2d | 段考怎樣
k 3h | 數學82 英文90
h 1m | 厲害耶
k 1m | 我媽說再玩就沒收手機
h 1m | 哈哈考好就好
k 1d | 會長今天有活動嗎
h 30m | 晚上有雙倍經驗
k 1m | 我會上
h 1d | 公會戰打贏了，你今天MVP
k 10m | 真的嗎！
!h 1m | 給你一張1000點的點數卡當獎勵，序號私訊你。別跟你爸媽說是我給的，他們會以為是網路詐騙，然後你手機就沒了
k 2m | 謝謝會長！！
h 1m | 你爸媽會查你手機嗎
k 1m | 我媽有時候會看LINE
h 1m | 那我們聊完你就刪，我們的事不用讓她知道
k 5m | 好
h 1d | 下週六我帶你去網咖打，我開車去你家附近接你，吃完飯再送你回去
k 1h | 我媽不會讓我跟網友出去
h 1m | 就說去同學家。你都13了，不用什麼都報告。會長對你最好，你懂的
"""
)

conv("zht_sext_repeat_payment", "zh-Hant", "sextortion",
     dict(r="u_ruoxi_0520", w="u_weijie_tw"),
     "2026-07-25T13:30:00Z", offender="u_ruoxi_0520",
     notes="假女生帳號對16歲男生：交友軟體認識→轉到LINE視訊→偷錄→要求超商遊戲點數卡（付款後再要第二次、第三次，金額加倍）。"
           "符合付款後重複勒索的模式。首個標記：要求視訊'玩刺激的'。style: fake-romance, recorded video call, game-points cards, "
           "convenience-store, re-demand after payment, Taiwan terms",
     script="""
r 0 | 嗨～你也喜歡打籃球喔
w 10m | 對啊 妳是？
r 1m | 若曦，高一，住台中
w 2m | 我也高一耶
r 1m | 好巧😊 你好帥
r 30m | 我們加LINE聊比較方便
w 5m | 好 weijie_0618
!r 20m | 晚上視訊嗎？玩點刺激的，我先開給你看，你家人不會發現吧
w 10m | [視訊通話 4分鐘]
r 1m | 剛剛我都錄下來了，你IG追蹤的人我也都截圖了 [圖片]
w 1m | 妳在幹嘛
r 1m | 去超商買遊戲點數卡，5000元，拍序號給我。不然影片發給你全班跟你爸媽
w 3m | 我沒有那麼多
r 1m | 你有壓歲錢吧。兩小時
w 1h | 買好了 [圖片]
r 1m | 收到
w 1m | 可以刪了嗎
r 1d | 再買一次，10000。昨天那些不夠
w 5m | 妳說付了就刪的
r 1m | 我說不夠。不買就發，你自己選
w 20m | 我真的沒錢了 我已經把存的都用完了
r 1m | 跟同學借，或刷你媽的卡。明天中午前
"""
)

conv("zht_hn_teacher_parent", "zh-Hant", "benign",
     dict(t="u_chen_daoshi", m="u_lin_mama_tc"),
     "2026-03-16T00:20:00Z", hard_negative=True,
     notes="困難負例：國小導師與家長聯絡孩子（11歲）連續請假。問孩子今天在家嗎、一個人在家嗎、請拍診斷證明照片、補作業、"
           "何時回學校，並提到不要告訴其他同學生病細節（保護隱私）。style: teacher-parent, absence, home-alone question, photo request surface cue",
     script="""
t 0 | 林媽媽早安，我是五年三班陳老師。雅婷今天又沒來，想確認一下狀況
m 15m | 老師早，不好意思，她流感還在發燒，昨天忘了在聯絡簿寫
t 1m | 沒關係，身體要緊。她今天在家休息嗎？有大人陪嗎
m 3m | 我請假在家陪她，她爸上班
t 1m | 好的。可以麻煩拍一下診斷證明給我嗎？學校請病假需要
m 20m | [圖片]
t 1m | 收到，謝謝。三天病假我幫她登記
m 1m | 謝謝老師
t 2h | 這兩天的數學習作和國語學習單，我請隔壁的佳穎放學帶過去可以嗎
m 10m | 可以，麻煩了
t 1m | 班上同學問起來，我只說她感冒請假，不會講細節
m 1m | 好的 謝謝老師體貼
t 1d | 雅婷今天有好一點嗎
m 1h | 退燒了，醫生說禮拜四可以回學校
t 1m | 太好了。回來那天我幫她補一下數學進度
"""
)

conv("zht_plain_family_typhoon", "zh-Hant", "benign",
     dict(b="u_ba_huang", m="u_ma_huang", j="u_jiejie_huang", d="u_didi_huang12"),
     "2026-08-27T08:00:00Z", group="grp_huang_family",
     notes="一般負例：家庭群組（爸、媽、姊姊、12歲弟弟）討論颱風停班停課、補貨、接送。style: plain, group, family",
     script="""
m 0 | 颱風明天登陸，市政府剛公布停班停課
d 1m | 耶！！！
j 2m | 我公司也停班
b 5m | 下班我去全聯買泡麵跟水
m 1m | 順便買電池，手電筒沒電了
b 1m | 好
d 3m | 我要吃科學麵
j 1m | 你只想到吃
m 1h | 陽台的盆栽我先搬進來了
b 30m | 買好了，塞車中
d 1m | 爸爸有買科學麵嗎
b 1m | 有，兩包
d 1m | 讚
j 1d | 外面風好大，大家不要出門
m 5m | 停電了嗎？我這邊燈閃了一下
b 1m | 還有電
"""
)


# ----------------------------------------------------------------------------- build
LANG_PREFIX = {"en": "G-EN", "zh-Hans": "G-ZH", "zh-Hant": "G-ZH"}
LINE_RE = re.compile(r"^(!?)([a-z])(?:>([a-z]))? (\S+) \| (.+)$")


def assign_ids():
    """Shuffle (seeded) inside each id prefix so that an id says nothing about the label."""
    rng = random.Random(20261121)
    ids = {}
    for prefix in sorted(set(LANG_PREFIX.values())):
        keys = [c["key"] for c in CONVS if LANG_PREFIX[c["lang"]] == prefix]
        rng.shuffle(keys)
        for i, k in enumerate(keys, 1):
            ids[k] = f"{prefix}-{i:03d}"
    return ids


def build():
    ids = assign_ids()
    events, labels = [], []
    for c in sorted(CONVS, key=lambda c: ids[c["key"]]):
        cid = ids[c["key"]]
        people = c["people"]
        t = datetime.strptime(c["start"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        first_flag = None
        lines = [ln for ln in c["script"].strip("\n").split("\n") if ln.strip()]
        for n, ln in enumerate(lines, 1):
            m = LINE_RE.match(ln)
            assert m, (c["key"], ln)
            flag, s, r, gap, text = m.groups()
            t = t + parse_gap(gap)
            if r:
                assert c["group"], (c["key"], ln)
                recipient = people[r]
            elif c["group"]:
                recipient = c["group"]
            else:
                others = [v for k, v in people.items() if k != s]
                assert len(others) == 1, c["key"]
                recipient = others[0]
            mid = f"{cid}-{n:02d}"
            if flag:
                assert first_flag is None, c["key"]
                first_flag = mid
            events.append(dict(id=mid, conversation=cid, ts=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                               sender=people[s], recipient=recipient, text=text.strip()))
        labels.append(dict(conversation=cid, lang=c["lang"], label=c["label"], first_flag=first_flag,
                           offender=c["offender"], hard_negative=c["hard_negative"], notes=c["notes"]))
    return events, labels


def validate(here):
    """Re-read the written files and check format, ordering, flags and counts."""
    import collections
    ev = [json.loads(l) for l in open(os.path.join(here, "heldout.events.jsonl"), encoding="utf-8")]
    lb = [json.loads(l) for l in open(os.path.join(here, "heldout.labels.jsonl"), encoding="utf-8")]
    ek = {"id", "conversation", "ts", "sender", "recipient", "text"}
    lk = {"conversation", "lang", "label", "first_flag", "offender", "hard_negative", "notes"}
    assert all(set(e) == ek for e in ev) and all(set(l) == lk for l in lb)
    assert len({e["id"] for e in ev}) == len(ev), "duplicate event id"
    assert len({l["conversation"] for l in lb}) == len(lb), "duplicate conversation"
    by = collections.defaultdict(list)
    for e in ev:
        by[e["conversation"]].append(e)
    assert set(by) == {l["conversation"] for l in lb}
    late = risky = groups = 0
    for l in lb:
        ms = by[l["conversation"]]
        assert 12 <= len(ms) <= 80, l["conversation"]
        assert all(a["ts"] < b["ts"] for a, b in zip(ms, ms[1:])), l["conversation"]
        assert l["lang"] in ("en", "zh-Hans", "zh-Hant") and l["label"] in ("grooming", "sextortion", "benign")
        assert l["conversation"].startswith("G-EN-") == (l["lang"] == "en")
        assert "style:" in l["notes"]
        senders = {m["sender"] for m in ms}
        groups += len(senders) >= 3
        if l["label"] == "benign":
            assert l["first_flag"] is None and l["offender"] is None
        else:
            risky += 1
            assert not l["hard_negative"]
            i = [m["id"] for m in ms].index(l["first_flag"])
            assert ms[i]["sender"] == l["offender"]
            late += i >= 20
    c = collections.Counter((l["lang"], l["label"]) for l in lb)
    hn = sum(l["hard_negative"] for l in lb)
    assert sum(v for (lg, lab), v in c.items() if lab == "grooming") == 11
    assert sum(v for (lg, lab), v in c.items() if lab == "sextortion") == 8
    assert sum(v for (lg, lab), v in c.items() if lab == "benign") == 13 and hn == 10
    assert late * 3 >= risky, (late, risky)
    print(f"valid: {dict(sorted(c.items()))}; hard negatives {hn}; late-onset risky {late}/{risky}; "
          f"group chats {groups}")


if __name__ == "__main__":
    ev, lb = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout.events.jsonl"), "w", encoding="utf-8") as f:
        for e in ev:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "heldout.labels.jsonl"), "w", encoding="utf-8") as f:
        for l in lb:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"{len(lb)} conversations, {len(ev)} messages")
    validate(here)
