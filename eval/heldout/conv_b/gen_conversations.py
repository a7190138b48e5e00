#!/usr/bin/env python3
"""Generate the held-out conversation set B for Vigil (J-EN-*, J-ZH-*).

Everything here is synthetic, written by hand for this file. No real chats,
people, handles, phone numbers or gift codes. Risky stages are written the way
predatory chats read (flattery, secrecy, gifts, platform moves, indirect photo
requests, threats, payment demands) without any sexual or graphic description.

Run:  python3 gen_conversations.py        -> writes heldout.events.jsonl / heldout.labels.jsonl
      python3 gen_conversations.py --check -> also validates the output

Body mini-language (one message per line):
    a: text            message from alias a
    *a: text           message from alias a that is the conversation's first_flag
    ~ 2d3h15m          time gap before the next message (d/h/m/s); default gap is
                       a seeded random 15 s - 4 min
Timestamps are written in local time (start + tz offset) and emitted as UTC.
"""
import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parent
CONVS = []


def conv(cid, lang, label, start, tz, people, body, offender=None, hard_negative=False,
         group=None, notes="", tags=()):
    CONVS.append(dict(cid=cid, lang=lang, label=label, start=start, tz=tz, people=people,
                      body=body, offender=offender, hard_negative=hard_negative,
                      group=group, notes=notes, tags=list(tags)))


GAP_RE = re.compile(r"(\d+)([dhms])")


def parse_gap(spec):
    secs = 0
    for n, u in GAP_RE.findall(spec):
        secs += int(n) * {"d": 86400, "h": 3600, "m": 60, "s": 1}[u]
    if secs <= 0:
        raise ValueError("bad gap " + spec)
    return timedelta(seconds=secs)


def build():
    events, labels = [], []
    for c in CONVS:
        rng = random.Random(c["cid"])
        local = datetime.strptime(c["start"], "%Y-%m-%d %H:%M").replace(
            tzinfo=timezone(timedelta(hours=c["tz"])))
        t = local.astimezone(timezone.utc)
        pending_gap = None
        first_flag = None
        n = 0
        participants = set(c["people"].values())
        for raw in c["body"].strip("\n").split("\n"):
            line = raw.strip()
            if not line:
                continue
            if line.startswith("~"):
                pending_gap = parse_gap(line[1:].strip())
                continue
            flag = line.startswith("*")
            if flag:
                line = line[1:]
            alias, text = line.split(": ", 1)
            sender = c["people"][alias]
            n += 1
            if n > 1:
                t = t + (pending_gap if pending_gap else
                         timedelta(seconds=rng.randint(15, 240)))
            pending_gap = None
            if c["group"]:
                recipient = c["group"]
            else:
                others = sorted(participants - {sender})
                assert len(others) == 1, (c["cid"], others)
                recipient = others[0]
            eid = "%s-%02d" % (c["cid"], n)
            if flag:
                assert first_flag is None, c["cid"]
                first_flag = eid
            events.append({"id": eid, "conversation": c["cid"],
                           "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                           "sender": sender, "recipient": recipient, "text": text})
        note = c["notes"].strip()
        if c["tags"]:
            note += " Tags: " + ", ".join(c["tags"]) + "."
        labels.append({"conversation": c["cid"], "lang": c["lang"], "label": c["label"],
                       "first_flag": first_flag, "offender": c["offender"],
                       "hard_negative": c["hard_negative"], "notes": note})
    events.sort(key=lambda e: (e["conversation"], e["id"]))
    labels.sort(key=lambda l: l["conversation"])
    return events, labels


# ---------------------------------------------------------------- English
conv("J-EN-001", "en", "benign", "2026-06-03 20:15", -4,
     {"r": "u_rachel_lin", "o": "u_omar.h"}, """
r: ok I booked site 14 at pine hollow for the 19th-21st
o: nice!! the one by the creek?
r: yep. confirmation is PH-20260619-0412 if anyone asks at the gate
o: perfect. do we need firewood or can we buy it there
r: they sell bundles, $8 each. no outside wood allowed bc of beetles
o: ok I'll grab 3 when we check in
r: you still have the big tent?
o: yes but one pole is bent lol. I'll duct tape it
r: classic omar
~ 1h10m
o: food plan: I do breakfast, you do dinners?
r: deal. tacos friday, pasta saturday
o: I'll bring the camp stove and the good coffee
r: who's driving? my car can't do the gravel road
o: I'll drive, pick you up at 8 on friday
r: 8am?? fine. bring snacks for the road
o: already on it 🥨
""", notes="Two adult friends planning a weekend camping trip: booking reference, gear, food, driving. "
     "Plain benign control (not a hard negative).", tags=["casual", "lowercase"])

conv("J-EN-002", "en", "grooming", "2026-04-14 18:10", -4,
     {"c": "u_coach_dtran", "e": "u_ellie.m09"}, """
c: hey ellie its coach dylan, got your number from the team roster app. quick q did you get the new practice schedule?
e: hi coach! yea my mom printed it
c: perfect. thursday moved to 5:30 bc the field is being lined
e: ok
e: do we still need shin guards for the scrimmage
c: always lol. and bring water, its supposed to be hot
e: kk
c: also you did great on the give and go drills today
e: thanks!! my first touch was kinda bad tho
c: nah it was fine. work on your left foot and you'll be starting by may
e: omg really
c: really. you read the game well for a 7th grader
e: im in 8th actually lol
c: my bad! 8th grade, even better
~ 1d23h
e: coach is practice cancelled? its raining a lot
c: not yet, field is turf. check the app at 4
e: ok
c: coach mike is out so its just me and coach ana today
e: ok see u there
~ 1d2h
c: nice job today. you were the best in the 1v1s
e: thank uuu
c: you should think about the club tryouts in june
e: my mom says its too expensive
c: i can talk to her about the scholarship spots
e: that would be cool
~ 3h50m
c: you up?
e: yea watching yt
*c: lol same. hey you can text me whenever, not just soccer stuff. honestly you seem way more mature than the other girls on the team
e: haha thanks
c: dont tell the others i said that tho, theyd get jealous 😅
e: i wont
c: does your mom ever go through your phone?
e: sometimes
c: maybe delete our texts then. she might think its weird that coach texts you. its not, parents just overthink
e: ok i guess
c: i got you something btw. those pink cleats you were looking at
e: WAIT what
c: yep. our secret tho, i cant buy stuff for everyone
e: thank u so much coach
~ 1d
c: i can give you a ride home after practice thurs so you can get the cleats, your mom doesnt need to come
e: she usually picks me up at 7
c: tell her practice runs late and ill drop you off. we can stop for boba
e: um ok
c: and send me a pic of you in the new jersey tonight, just for me 😊
e: lol why
c: you trust me right? 🙂 just wanna see how the number looks. dont post it anywhere
""", offender="u_coach_dtran",
     notes="Adult assistant coach and an 8th-grade player. 25 ordinary practice/logistics messages "
     "(schedule, drills, scholarship) first; the risk starts in a late-night session: 'text me whenever', "
     "'more mature than the other girls' (special bond, grade already known), then secrecy, probing "
     "whether the mother reads the phone, 'delete our texts', a secret gift, a ride that deceives the "
     "parent, and a 'just for me' photo request. first_flag = the special-bond message at night.",
     tags=["late-onset", "known-adult", "lowercase", "typos", "emoji"])

conv("J-EN-003", "en", "sextortion", "2026-02-07 20:40", -5,
     {"f": "u_emily.rose_x", "t": "u_tyler_rr"}, """
f: heyy u go to westbrook right? i think we have mutuals
t: ya who r u
f: emily, just moved from ohio lol. ur cute btw
t: lol thx
f: how old r u
t: 16 u?
f: 17 😊 wanna move to snap? i barely use ig
t: sure its tyler_rr2
~ 20m
f: ok here. ur even cuter in ur stories
t: haha ur pretty too
f: ngl im kinda bored and lonely tonight
*f: wanna trade pics? ill go first 😏 [photo]
t: woah ok
f: ur turn. dont be shy its just us
t: idk
f: or facetime? i wanna see u for real
t: ok
~ 25m
f: so i screen recorded all of that. look [photo]
f: thats ur follower list and ur school right next to it
f: if u dont want all 612 followers and ur mom to see it u pay me $500 in gift cards
t: wtf ur not emily
t: please dont. im 16 i dont have that
f: u have 10 minutes. apple or steam cards, send pics of the codes
t: i only have like 120
f: then get 120 now and the rest tmrw. clock is running ⏰
~ 40m
t: i sent 100 in steam. code pic is above
f: got it. now 300 more or i post tonight
t: u said u would delete it
f: i said pay. u think this ends with 100? ur life is over if this gets out
t: please stop
f: 9pm. or i start with ur moms facebook
""", offender="u_emily.rose_x",
     notes="Financial sextortion with a fake-romance persona against a 16-year-old boy: mutual-friends "
     "opener, flattery, move from Instagram to Snapchat, 'trade pics' with a bait photo, video call that is "
     "screen-recorded, reveal with follower list and school, $500 in gift cards, 10-minute deadline, "
     "partial payment followed by a higher re-demand and 'your life is over'. first_flag = the "
     "first sexualised push (trade pics).", tags=["fake-persona", "platform-move", "gift-card", "deadline",
                                                 "re-demand", "abbreviations"])

conv("J-EN-004", "en", "benign", "2026-03-10 16:05", -4,
     {"z": "u_zoe.bbbb", "n": "u_nate_on_ice"}, """
z: NATE why did u tell everyone i fell in gym
n: bc it was iconic 💀
z: ur literally 5 years old
n: im older than u by 2 months grandma
z: whatever. did u finish the spanish worksheet
n: no. ill give u 400 robux if u do mine
z: robux?? im not 10
n: 500 final offer
z: deal but ur doing my bio slides
n: 🤝
z: also send a pic of ur haircut my sister says u look like a mushroom
n: [photo] be nice
z: LMAOOO ok mushroom
n: delete that rn
z: never. its going in the group chat
n: dont u dare
z: jk jk ur secret is safe
n: and dont tell ms keller i copied ur lab
z: i wont lol chill
n: we still meeting at the mall sat w priya and leo?
z: yea 1pm by the pretzel place. my moms driving us
n: bet
z: bring my charger u stole
n: borrowed*
""", hard_negative=True,
     notes="Two 15-year-old classmates teasing each other. Surface cues: age talk ('older than u'), Robux "
     "offered for homework, 'send a pic', 'delete that', 'ur secret is safe', 'dont tell' a teacher, meeting "
     "at the mall. Peers of the same age, parent driving, group outing: benign.",
     tags=["teen-slang", "abbreviations", "emoji", "typos"])

conv("J-EN-005", "en", "grooming", "2026-01-17 15:30", -5,
     {"s": "u_xXshadowfangXx", "k": "u_noodle_kid11"}, """
s: gg ur actually cracked at that obby
k: ty lol
s: how long u been playing
k: like 2 yrs
s: nice. hw old r u if u dont mind me asking
k: 11 wbu
s: 16 lol. ur really good for 11 fr
k: thx
*s: i can gift u 800 robux if u want, i have extra from my bday
k: WAIT fr??
s: ya fr. just dont tell ur parents, they always think free robux is a scam lol
k: ok
s: whats ur discord? this chat filters evrything
k: i dont have discord my mom says im too young
s: u can make one, just put a different birth year lol. she wont check right
k: idk she looks at my ipad sometimes
s: when is she not home
k: she works late tues and thurs
s: ok so we talk then 😁 just us
~ 3d4h
k: i made discord its noodlekid_2
s: yesss added u. sent the robux
k: THANK YOUUU
s: ur honestly cooler than ppl my age. u get me
k: lol ur cool too
s: can u send a pic so i know ur real? ppl lie about their age on here
k: ok [photo]
s: cute 😊 do another one in ur room, no one else has to see it
k: why my room
s: just cuz. its our thing. delete the chat after ok
k: ok
""", offender="u_xXshadowfangXx",
     notes="Stranger in a game who claims to be 16 and an 11-year-old. Age asked early; then Robux gift plus "
     "'dont tell ur parents', move to Discord with advice to fake the birth year, probing when the mother "
     "is out, 'just us', flattery, a 'prove ur real' photo, then a private photo in the bedroom and "
     "'delete the chat'. first_flag = the gift offer right after the child says 11.",
     tags=["game-chat", "gaming-currency", "platform-move", "typos", "abbreviations", "emoji"])

conv("J-EN-006", "en", "benign", "2026-09-22 19:30", -4,
     {"a": "u_ms_alvarez", "g": "u_greg_dad_of3", "k": "u_karen.pham", "l": "u_lee.wong"}, """
a: Hi all, as promised at the PTA meeting, here's the short version of the FBI sextortion alert we discussed
a: Pattern: someone posing as a teen girl messages a boy on Instagram or Snap, flirts fast, asks to move to another app and video chat
a: Then they say something like "I have your video, pay $500 in gift cards or I send it to all your followers and your school"
g: wow. and they actually go through with it?
a: Sometimes. Paying almost never stops it, they just ask for more
k: My son got a weird "is this you in this video??" message with a link last month
a: That's a common opener too. Never log in through a link someone DMs you
l: What should the kids do if it happens?
a: Don't pay, don't reply to threats, screenshot everything, block, and tell an adult. NCMEC's Take It Down can help remove images of minors
g: Can we get this as a one-pager for the 8th graders?
a: Yes, I'll print it for Thursday's advisory
k: Also worth telling them it's not their fault, the shame is what the scammers count on
a: 100%. The deadline pressure ("10 minutes or it goes out") is designed to stop them from thinking
l: I'm sharing this in the soccer parents group too, ok?
a: Please do!
g: Thanks Ms. Alvarez, really useful
""", group="g_lincoln_ms_pta_safety", hard_negative=True,
     notes="School counselor and parents in a PTA group chat discussing a sextortion awareness alert. The "
     "chat quotes threat wording ('I have your video', gift cards, 'send it to your followers', deadlines) "
     "and the hijacked-link opener, but only as warnings and advice. Benign.",
     tags=["group-chat", "quoted-threats", "safety-advice"])

conv("J-EN-007", "en", "sextortion", "2026-05-05 17:20", -4,
     {"j": "u_jordyn.k", "c": "u_caleb_wz"}, """
j: hey did u get the chem notes from mr ortiz
c: ya one sec
c: [photo]
j: thx
c: u going to the game fri
j: prob, sam is driving
c: cool
j: u ok? u seemed off at lunch
c: just tired. my dad is on me about grades
j: that sucks. ur gonna be fine, its one quiz
c: ya
~ 1d3h
c: did u finish the english essay
j: half. its due thursday right
c: ya. i'm doing gatsby symbolism
j: same lol everyone is
c: we said we'd stay friends after everything, right?
j: yes. i meant that
c: ok good
~ 3d5h
c: who was that guy with u at the game
j: that's eli. he's in my art class
c: u moved on fast
j: caleb we broke up in february
c: whatever
j: i dont want to fight
c: fine
~ 2h
*c: remember the pic u sent me in december? would be a shame if the team group chat saw it
j: what?? u said u deleted it
c: i lied. send me a new one tonight and i'll delete it for real this time
j: caleb no. that's not ok
c: u have till midnight. and don't tell anyone or it goes to the whole school
j: im telling my mom
c: go ahead, then everyone sees it first
c: just one. ur choice
""", offender="u_caleb_wz",
     notes="Non-financial sextortion by a 17-year-old ex-boyfriend against a 16-year-old. About 20 ordinary "
     "messages (notes, game, essay, 'stay friends'), jealousy, then a threat to share a private image with "
     "the team group chat unless she sends a new one, deadline, secrecy threat. The offender is a minor. "
     "first_flag = the possession/distribution threat.",
     tags=["late-onset", "known-offender", "minor-offender", "lowercase"])

conv("J-EN-008", "en", "benign", "2026-10-09 21:05", 1,
     {"s": "u_sam_k29", "n": "u_nina_rdz"}, """
s: ok your profile says you hate pineapple on pizza. dealbreaker or negotiable
n: negotiable for the right person 😏
s: bold. I like it
n: you're trouble, I can tell
s: only a little. how old are you btw, app says 31 but apps lie
n: 31 for real. you?
s: 29
n: a younger man, scandalous
s: I'll try to act mature
n: send me a pic?
s: of what lol
n: your dog obviously. he's in all your photos
s: [photo] this is biscuit, he does not approve of you yet
n: he will. I bring treats
s: don't tell my friends I used a pineapple line, I'll never live it down
n: your secret is safe with me. for now
s: drinks saturday? the wine bar on king st
n: I'd like that. 8?
s: 8. want me to pick you up or meet there
n: meet there, first date rules 😉
s: fair. add me on whatsapp, I barely open this app
n: done, it's nina r
s: can't wait
n: me neither. goodnight trouble
""", hard_negative=True,
     notes="Two adults (31 and 29, stated) flirting on a dating app (UK). Cues: age question, 'send me a pic', "
     "'your secret is safe', moving to WhatsApp, arranging to meet, 'pick you up'. Consenting adults, "
     "public venue, the picture is of a dog. Benign.", tags=["flirting", "adults", "emoji", "platform-move"])

conv("J-EN-009", "en", "grooming", "2026-07-11 14:00", -4,
     {"r": "u_rex_mod", "k": "u_kai.builds", "m": "u_mochi_12", "l": "u_leo.fps"}, """
l: raid at 4 or 5?
m: 5 i have piano till 4:30
k: 5 works
r: 5 it is. ill open the vc at 4:50
l: who's bringing the healer
m: me obv
k: my lag was so bad yesterday
r: switch to the east server, its better in the afternoon
k: ok ty
l: kai ur base design is insane btw
k: thx i copied half from a yt video lol
m: still counts
r: agree, kai's builds are the best in the server
~ 3h10m
l: gg everyone
m: gg that boss was so unfair
k: i died like 6 times 💀
r: u carried the second phase tho
l: true
m: same time tmrw?
l: cant, family bbq
k: i can
m: me too
r: cant tmrw, work shift till 6. ill post it in announcements
~ 1d1h
m: is the server down or is it me
l: its down for me too
r: hosting issue, back in 10
k: ok
r: fixed
m: ty rex
*r: btw @kai ur honestly the most mature one here. ur 13 right? ill gift u nitro for ur bday, check ur dms 👀
m: why does kai get nitro 😭
r: kai earned it. dont be jealous mochi
l: lol
r: @kai do ur parents check ur discord or r u good
k: they dont really know how it works lol
r: perfect 😂 keep it that way, parents ruin everything
r: also theres a lan meetup next saturday, i can pick u up, no need to bring ur parents. i'll send the address in dms
k: maybe, i have to ask
r: dont ask, just say ur at a friends. its chill
""", group="g_pixelraid_squad", offender="u_rex_mod",
     notes="Discord-style group chat of three children (12-14) and an adult server moderator. 29 ordinary "
     "raid/lag/server messages first. Then the moderator singles out a 13-year-old in public: "
     "'most mature one here', age confirmation, a birthday Nitro gift via DMs, probing whether parents "
     "check the app, 'parents ruin everything', offering to pick him up for a 'LAN meetup' without "
     "parents and telling him to lie. first_flag = the combined age + special bond + gift message.",
     tags=["group-chat", "late-onset", "game-chat", "gaming-currency", "abbreviations", "emoji"])

conv("J-EN-010", "en", "benign", "2026-11-04 09:12", 0,
     {"p": "u_priya.s", "t": "u_tom_baker"}, """
p: morning! did finance send the Q3 numbers?
t: not yet, Hannah said by noon
p: ok. the client call moved to Thursday 3pm
t: our time or theirs?
p: ours. I'll send the invite
t: great. I'll finish slides 4-9 today
p: can you add the churn chart from last quarter
t: sure, the one with the regional split?
p: yes that one
~ 3h5m
t: numbers are in, revenue up 4%
p: nice. put it on slide 2 then
t: done. sent you the deck v3
p: looks good. one typo on slide 7, "recieve"
t: fixed, thanks 🙃
""", notes="Two coworkers preparing a client presentation. Plain benign control (not a hard negative).",
     tags=["workplace"])

conv("J-EN-011", "en", "sextortion", "2026-08-26 21:50", -4,
     {"m": "u_marcus.j07", "d": "u_devonte_pz"}, """
m: yo is this u in this vid?? 😭 [link]
d: what vid
m: just log in and look lol its blowing up
d: it says sign in with insta??
m: ya its fine everybody does it
~ 1h5m
*m: ok not marcus. i got into ur acct thru that link. i have ur dms and ur pics
d: marcus stop playing
m: this isnt marcus. his acct got took too. i have the pics u sent ur gf in march
d: those are private
m: exactly. $200 in steam cards or they go to everyone in ur dms and ur school page
m: lincoln high right? i found the principal's email too
d: i cant do 200
m: 150 then. 1 hour
d: how do i even know u have them
m: [screenshot] thats ur chat with her. want me to keep going
d: ok ok give me time
m: clock started. send the codes here. and dont go to the cops, they cant touch me where i am lol
~ 2h
m: where are the codes
m: last warning. 20 minutes
""", offender="u_marcus.j07",
     notes="Sextortion from a hijacked friend's account: 'is this you in this video' phishing link, then a "
     "possession claim (DMs and private pictures), $200 in Steam cards, threat to send to contacts and the "
     "school, proof screenshot, 1-hour deadline, 'don't go to the cops'. The account to report is the "
     "hijacked one. first_flag = the possession claim.",
     tags=["hijacked-account", "phishing-link", "gift-card", "deadline", "slang", "abbreviations"])

conv("J-EN-012", "en", "benign", "2026-03-19 14:55", -4,
     {"m": "u_mom_jess", "a": "u_aiden_t"}, """
m: hey bud, grandpa is picking you up today not me. 3:15 by the flagpole
a: ok
m: are you home alone after or is Lily there
a: lily has practice, im alone till 5
m: ok lock the door and don't open it for anyone. text me when you're in
a: mom im 12 not 5
m: I know, humor me 😄
~ 1h
a: home
m: 👍 did you eat
a: cereal
m: that's not lunch lol. there's leftover pasta
a: ok
m: send me a pic of the field trip permission slip so I can sign it online
a: [photo]
m: got it thanks
m: also DON'T tell dad about saturday. surprise party, his friends are coming at 6
a: i won't
m: and I put $20 on your xbox gift card for helping with the garage
a: YESSS thank you
m: homework before xbox!!
a: ok ok
m: love you, home by 6
""", hard_negative=True,
     notes="Mother and 12-year-old son: pick-up by grandfather, 'are you home alone', 'send me a pic', "
     "'don't tell dad' (surprise party), an Xbox gift-card top-up. Parent, openly protective; benign.",
     tags=["family", "lowercase", "emoji"])

conv("J-EN-013", "en", "grooming", "2026-06-20 16:30", -4,
     {"p": "u_lens.by.marco", "j": "u_jaycee.dances"}, """
p: hey! saw ur dance reel, ur a natural in front of the camera
j: omg thank u
p: im a photographer, i shoot for a few youth brands. u ever thought abt modeling?
j: kinda?? my friend did a shoot once
p: how old r u btw, some brands want 16+
j: 14 but ill be 15 in august
p: perfect thats actually the age they want for the teen line 😉
*p: dont mention it to ur parents yet tho, agencies hate when moms get involved early. we'll surprise them when u get paid
j: lol ok
p: u have snap? ig deletes business msgs
j: ya jay.cee.dnc
p: added. send me a few pics for the portfolio, no makeup, just natural
j: like selfies?
p: ya and a couple full length in ur room, summer outfit vibes. just for the casting, not public
j: idk thats kinda weird
p: its totally normal in this industry hun, every model does it. u want this or not
j: i guess
p: i can pay u $50 for the test shoot too. cashapp?
j: i dont have cashapp
p: ill give u a visa giftcard in person then. theres a studio near the westfield mall, sat 2pm?
j: my mom would have to drive me
p: just say ur at a friends. its a short shoot, ill drop u back after
j: ok maybe
""", offender="u_lens.by.marco",
     notes="Adult posing as a 'youth brand' photographer and a 14-year-old dancer. Flattery, age probe, "
     "'don't mention it to ur parents', move to Snapchat, private full-length photos in her room 'just for "
     "the casting', pressure ('u want this or not'), money/gift card, a meeting with the parent deceived. "
     "first_flag = secrecy from parents right after the age is known.",
     tags=["fake-scout", "platform-move", "abbreviations", "typos", "emoji"])

# ---------------------------------------------------------------- Chinese (zh-Hans / zh-Hant), UTC+8
conv("J-ZH-001", "zh-Hans", "grooming", "2026-04-08 16:50", 8,
     {"g": "u_xingye_gege", "t": "u_tangyuan_1201"}, """
g: 刚才那局你也太厉害了吧，最后一关居然一次过
t: 哈哈运气好
g: 谦虚了，我玩了两年都没你手速快
t: 真的假的
g: 真的。你上几年级啦
t: 五年级
g: 才五年级就这么强，以后肯定是大神
t: 嘿嘿
g: 我看你一直用默认皮肤，想不想要那个限定的星星兔
t: 想！！但是要好多星钻
*g: 哥哥送你呀，小事。别跟你爸妈说就行，大人不懂游戏，会说你乱花钱
t: 真的吗！谢谢哥哥
g: 游戏里聊天老被屏蔽，加个扣扣吧，或者V信也行
t: 我没有微信，用的是我妈的手机
g: 那你妈现在在旁边吗
t: 不在，她在做饭
g: 那你记一下我扣扣：8三9 一4六 0七，备注星星兔
t: 加了
~ 2d1h
g: 皮肤收到了吗
t: 收到了！！超好看
g: 喜欢就好。你是哥哥见过最乖的小朋友
g: 你平时几点放学？回家家里有人吗
t: 四点半，我爸妈都七点多才回来
g: 那四点半到七点就是我们俩的聊天时间啦
t: 好呀
g: 发张zp给哥哥看看呗，想知道我的小徒弟长啥样
t: [图片]
g: 好可爱。下次在你房间里再拍一张，只给哥哥看，好不好
t: 为什么要在房间
g: 因为这是我们的小秘密呀。聊天记录记得删掉哦，不然你妈看到又要没收手机
t: 好吧
g: 乖。下周我去你们那边出差，带你去买新出的盲盒
""", offender="u_xingye_gege",
     notes="Adult '哥哥' in a party game and a fifth-grader. Grade asked, flattery, then a limited skin as a gift "
     "with 'don't tell your parents' (first_flag), move to QQ/WeChat written as 扣扣/V信 with the number "
     "half in Chinese numerals, probing whether the mother is nearby and when the parents are home, a "
     "'zp' (照片) request, then a private photo in the bedroom 'only for 哥哥', delete the chat, and an "
     "offer to meet.", tags=["game-chat", "gaming-currency", "platform-move", "homophone", "pinyin",
                                 "mixed-numerals"])

conv("J-ZH-002", "zh-Hant", "benign", "2026-03-25 19:20", 8,
     {"l": "u_lin_laoshi", "y": "u_yuting_0915"}, """
l: 宇婷，今天的講義有帶回去嗎？
y: 有～可是第三題不太會
l: 把題目拍給我看，我用語音跟你講
y: [圖片]
l: 這題要先畫輔助線，連AC
y: 喔喔懂了！
l: 你現在國二，下學期開始要練會考題型了
y: 好累喔
l: 撐一下，你這次進步很多，班上第三名
y: 真的嗎！
l: 真的，補習班有進步獎，是一張書店禮券，週五上課發給你
y: 耶
l: 另外週六加課的事，我已經在家長LINE群組跟你媽媽說了，下午兩點到四點，302教室
y: 好，我媽會載我來
l: 下課如果她還沒到，你就在櫃檯等，不要自己先走
y: 知道了
l: 小萱和阿哲也會一起來
y: 太好了不是只有我
l: 哈哈對，不是單獨上課啦
y: 老師，我可以把錯題本拍給你看嗎
l: 可以，拍清楚一點，明天上課前我看完
y: [圖片]
l: 字比上次工整多了，很好
y: 謝謝老師～
""", hard_negative=True,
     notes="Cram-school maths teacher and an eighth-grader (國二) in Taiwan. Cues: grade, 'send me a photo' "
     "(of homework), a gift (bookshop voucher as a class prize), extra Saturday lesson and pick-up "
     "arrangements. Everything is arranged openly through the parents' LINE group, other students attend, "
     "the child is told to wait at the front desk. Benign.", tags=["traditional", "teacher", "pick-up"])

conv("J-ZH-003", "zh-Hans", "sextortion", "2026-05-16 21:30", 8,
     {"x": "u_xiaoyu_9898", "h": "u_haoran_2009"}, """
x: 哈喽，看你主页也喜欢打篮球呀
h: 嗯，你也打吗
x: 我喜欢看哈哈。你好帅哦，多大啦
h: 16，高一
x: 我17，高二，比你大一点点😊
h: 哈哈
x: 这里消息老延迟，加个+V吧，vx：xiaoyu_zz77
h: 加你了
~ 15m
x: 在吗在吗
h: 在
x: 一个人在宿舍吗
h: 嗯室友回家了
*x: 那要不要视频一下，玩点刺激的，就是那种果聊，我先来🙈
h: 啊？这样不好吧
x: 怕什么，就我们两个，又没人知道
h: 那好吧
~ 30m
x: 刚才的视频我全程录屏了 [视频]
x: 你微信通讯录我也拿到了，你爸妈、班主任、同学都在里面
h: 你什么意思
x: 意思很简单，转3000，不然这段视频十分钟后发到你班级群和你妈手机上
h: 我是学生，哪有这么多钱
x: 那是你的事。支付宝、微信转账都行，也可以买京东卡把卡密发我
h: 我只有800
x: 先转800，剩下的明天凑齐
~ 20m
h: 转了800了，求你删了吧
x: 收到。还差2200，今晚十二点前
h: 你说转了就删的
x: 我说过吗？不想社死就赶紧凑，找同学借也行
h: 我真的没有了
x: 那就等着全校都看到吧
""", offender="u_xiaoyu_9898",
     notes="Financial sextortion against a 16-year-old boy: fake '17-year-old girl', flattery, move to WeChat "
     "(+V/vx), 'alone in the dorm?', an explicit video-chat invitation written with the homophone 果聊 "
     "(first_flag), screen recording, contact list taken, 3,000 yuan by Alipay/WeChat transfer or JD gift "
     "card, 10-minute deadline, partial payment and re-demand, '社死' threat.",
     tags=["fake-persona", "homophone", "pinyin", "platform-move", "deadline", "re-demand"])

conv("J-ZH-004", "zh-Hans", "benign", "2026-02-21 17:05", 8,
     {"a": "u_xiaoyi_wenjing", "d": "u_doudou_2014"}, """
a: 豆豆，生日快乐！🎂 今天满12岁了吧
d: 谢谢小姨！对，12了
a: 时间过得真快，上六年级了是吧
d: 嗯，明年就初中了
a: 给你发了个红包，自己买点喜欢的 [红包]
d: 谢谢小姨！！
a: 你妈说你最近在玩那个派对游戏，要不要小姨给你充个皮肤
d: 要要要！但是我妈说一个月只能充一次
a: 这次算生日礼物，我跟你妈说一声
d: 好耶
a: 你现在一个人在家吗？你妈还没下班？
d: 嗯她六点回来，外婆在楼下
a: 好，那你写完作业再玩。拍张穿新校服的照片给小姨看看，外婆说可精神了
d: [图片]
a: 真帅！长高了好多
a: 周六晚上跟外婆一起视频吧，大家给你唱生日歌
d: 好的
a: 对了，先别告诉你妈，周日我们给她也准备了个惊喜，她生日跟你就差一周
d: 哈哈好，我保密
a: 乖，爱你哦
d: 爱你小姨
""", hard_negative=True,
     notes="Aunt and nephew on his 12th birthday. Cues: age and grade, 红包, a game skin as a gift, 'are you "
     "home alone', 'send a photo' (new school uniform), video call, 'don't tell your mum' (a surprise for "
     "the mother). Family member, the mother is told about the skin, grandparents involved. Benign.",
     tags=["family", "gaming-currency", "emoji"])

conv("J-ZH-005", "zh-Hant", "grooming", "2026-07-02 20:10", 8,
     {"w": "u_dailian_awei", "p": "u_pinpin_0418"}, """
w: 你的帳號我幫你打到鑽石了，明天就能上宗師
p: 哇 謝謝阿偉哥！！
w: 不客氣啦，我退伍後都在接代練，這種小case
w: 你之前說你國一？
p: 對 國一
w: 國一就這麼懂遊戲很少見欸
p: 嘿嘿
*w: 這次代練費就不用付了，我再送你一張1000點的MyCard，ㄅ要跟爸媽說喔，大人都覺得遊戲是浪費錢
p: 真的嗎！可是這樣不好意思
w: 沒關係，我就是覺得跟你很聊得來
w: 加個賴比較好聯絡，遊戲裡私訊會被洗掉
p: 好 我的賴是 pinpin_0418
~ 1d
w: 點數序號傳給你了，收到沒
p: 收到了！！
w: 你晚上都幾點睡？爸媽會查你手機嗎
p: 11點左右，他們不太查
w: 那很好。我們聊天的事就當作我們兩個的祕密
p: 好
w: 今天晚上要不要ㄕˋ訊一下，想看看我的小徒弟長怎樣
p: 我會害羞啦
w: 不用害羞，房門關起來就好，家人不會知道
p: 喔好
w: 先傳張照片給我暖身一下，只給我看ㄉ，看完就刪
p: 要什麼樣的
w: 在房間拍就好，穿輕鬆一點
~ 2d
w: 下週末我去台中，你家在哪一站？我去接你吃東西
p: 我要問我媽
w: 問什麼，跟她說去同學家就好
""", offender="u_dailian_awei",
     notes="Adult game booster (代練) and a seventh-grader (國一) in Taiwan. Grade confirmed, free boosting plus "
     "a 1,000-point MyCard with 'don't tell your parents' (first_flag), move to LINE (賴), bedtime and "
     "phone-check probing, 'our secret', video call with the door closed, a private photo 'only for me, "
     "delete after', then an offer to pick the child up with the parent deceived.",
     tags=["traditional", "game-chat", "gaming-currency", "zhuyin", "platform-move", "homophone"])

conv("J-ZH-006", "zh-Hans", "benign", "2026-10-13 18:40", 8,
     {"c": "u_chenchen_d", "l": "u_lulu_ww"}, """
c: 晚上点外卖吗
l: 点！想吃麻辣烫
c: 又是麻辣烫😂 行吧
l: 用你的会员，满30减8
c: 好，我下单了，订单尾号6427
l: 加个饮料，芋泥波波奶茶少冰
c: 加了。一共52，你转我26
l: [转账]
c: 收到
~ 40m
c: 外卖到楼下了，谁下去拿
l: 石头剪刀布
c: 我出布
l: 我出剪刀，你去吧哈哈
c: 服了
l: 顺便把快递也拿一下，驿站取件码3-2-8017
c: 行行行
""", notes="Two roommates ordering takeaway, splitting the bill by transfer, collecting a parcel. Plain "
     "benign control (not a hard negative); has money transfer and codes.", tags=["casual", "emoji"])

conv("J-ZH-007", "zh-Hans", "grooming", "2026-09-07 19:00", 8,
     {"s": "u_zhujiao_sun", "y": "u_yiyi_xiaoxue"}, """
s: 依依，今天的作业是练习册第23页到25页，记得拍照打卡
y: 好的孙老师
y: [图片]
s: 收到，第4题单位没写，改一下
y: 改好了 [图片]
s: 很棒👍
~ 1d
y: 孙老师，明天的课是几点呀
s: 下午两点，三楼教室，别迟到哦
y: 好的
s: 这次单元测试你考了96，全班第二
y: 耶！
s: 继续加油，应用题再细心一点
y: 嗯嗯
~ 2d
s: 依依，这周作文题目是《我的周末》，四百字以上
y: 可以写去外婆家吗
s: 当然可以，写具体一点，比如你们做了什么
y: 好
s: 写完拍照发我，我先帮你看
y: [图片]
s: 写得很生动，结尾再点题就更好了
y: 谢谢老师
~ 1d4h
y: 老师，我妈妈下周要出差，我可能要自己来上课
s: 没关系，你家离得近吗
y: 走路十分钟
~ 5h
s: 依依睡了吗
y: 还没
*s: 老师跟你说个悄悄话，你是老师带过最懂事的学生，老师最喜欢你了。不过别告诉其他同学，不然他们会不开心
y: 嘿嘿好
s: 你妈妈出差那几天，家里就你和爸爸吗
y: 爸爸也经常加班，我一般一个人在家写作业
s: 那周六下课后老师单独给你补补奥数，补完带你去看电影，你不是想看那个动画片吗
y: 想！
s: 不过这个别跟妈妈说哦，其他同学知道了也要单独补，老师忙不过来
y: 好
s: 还有，咱们的聊天记录你看完就删掉，好不好
y: 为什么呀
s: 因为这是我们俩的小秘密呀。你发张现在的照片给老师，看看你是不是又熬夜了
y: [图片]
s: 下次在房间里再拍一张，只给老师看，谁都别给看
y: 嗯
s: 周六下课在后门等老师，别在前台等
""", offender="u_zhujiao_sun",
     notes="Cram-school teaching assistant (adult) and a primary-school pupil. 24 ordinary homework and "
     "schedule messages over several days (the mother travelling is mentioned by the child). Then a "
     "late-evening message: 'you are my favourite, don't tell the other pupils' (first_flag), probing who is "
     "home, a private lesson plus cinema kept from the mother, delete the chat, a photo then a bedroom "
     "photo 'only for the teacher', and a pick-up at the back door instead of the front desk.",
     tags=["late-onset", "known-adult", "emoji"])

conv("J-ZH-008", "zh-Hans", "benign", "2026-06-18 12:30", 8,
     {"a": "u_a_meng", "z": "u_xiaozhou_zz", "l": "u_linlin_1997"}, """
a: 你们看到那个新闻没，有个男的在游戏里送小学生皮肤，然后骗到QQ上让孩子视频，判了
z: 看到了，隔空猥亵，检察院公众号发的
l: 太吓人了，我侄女天天玩那个游戏
a: 新闻里说他先问几年级、爸妈在不在家，然后说"这是我们的秘密，别告诉爸妈"
z: 套路都一样，先送东西再要私密照
l: 我得跟我姐说一下，让她看看孩子的好友列表
a: 报道里说最好别直接没收手机，孩子会更不敢说
z: 对，要让孩子知道出了事告诉家长不会挨骂
l: 还有那种说"不发照片就告诉你爸妈"的，其实就是吓唬小孩
a: 新闻最后写了可以在网信办的举报平台举报，也可以直接报警
z: 我转到家长群里吧，我表姐是班主任
l: 好，顺便提醒一句：游戏里有人要加QQ、加微信的，一律先问大人
a: 👍
z: 说起来，周五火锅还去吗
l: 去！老地方七点
a: 我订位，四个人
""", group="g_404_laotongxue", hard_negative=True,
     notes="Three adult friends in a group chat discussing a news report on a 隔空猥亵 conviction. They quote "
     "the offender's script (skins, QQ, 几年级, 爸妈在不在家, 我们的秘密, 私密照, threats) only to warn "
     "parents; then plan dinner. Benign.", tags=["group-chat", "news-discussion", "quoted-cues"])

conv("J-ZH-009", "zh-Hant", "sextortion", "2026-08-15 22:05", 8,
     {"q": "u_xiaoqi_2007", "b": "u_bolun_tw"}, """
q: 嗨～匿名聊天好無聊，你是男生嗎
b: 對啊 你呢
q: 女生，17，台中，你呢
b: 15，高雄
q: 你聲音應該很好聽吧😆 要不要加賴
b: 好啊
~ 10m
q: 我是小琪～
b: 嗨
q: 我今天心情不好，想找人陪
b: 怎麼了
q: 跟男友分手了，你應該比他溫柔吧
b: 應該吧哈哈
*q: 那我們來ㄕˋ訊，玩個只有我們兩個知道的遊戲，不准跟別人說喔🙈 LINE畫質很爛，先下載這個app，邀請碼QK7729
b: 好
~ 35m
q: 剛剛的畫面我都錄下來了
q: 你下載的那個app已經把你的通訊錄傳給我了，你媽、你班導、你同學我都看得到
b: 什麼意思
q: 一萬塊的遊戲點數，去超商買MyCard或GASH，把序號傳給我，不然影片直接傳給全部聯絡人
b: 我沒有那麼多錢
q: 給你一個小時，有多少先買多少
b: 我只有3000
q: 先買3000，序號拍清楚
~ 50m
b: 序號傳了，拜託刪掉
q: 收到。還差七千，明天中午前
b: 你說過會刪掉的
q: 我沒說。不給的話，你全校都會認識你
b: 我要報警了
q: 報啊，影片會比警察先到
""", offender="u_xiaoqi_2007",
     notes="Taiwan financial sextortion against a 15-year-old boy: anonymous-chat opener with a fake 17-year-old "
     "girl, move to LINE, a secret video-chat 'game' via an app with an invitation code (first_flag), the "
     "recording and harvested contact list, NT$10,000 in game points (MyCard/GASH serials from a "
     "convenience store), one-hour deadline, partial payment and re-demand, 'the video will arrive "
     "before the police'.", tags=["traditional", "fake-persona", "zhuyin", "homophone", "invite-code-app",
                                  "game-points", "re-demand"])

conv("J-ZH-010", "zh-Hans", "grooming", "2026-07-20 20:00", 8,
     {"q": "u_qunzhu_laoyue", "x": "u_xiaomi_13", "j": "u_ajia_fan", "m": "u_momo_cp"}, """
m: 新番第三集你们看了吗！！这对CP我嗑死了
j: 看了看了，结尾那个眼神杀
x: 我还没看，别剧透啊啊啊
q: 剧透记得加黑框哈，群规第五条
m: 好的群主
j: 我画了他们俩的同人图，晚点发
x: 期待！
q: 画完可以投稿到群相册
j: [图片]
m: 太好看了吧！！
x: 这个配色绝了
q: 加精了
~ 1d
x: 下个月漫展有人去吗
m: 我想去但是票好贵
j: 学生票80，早鸟更便宜
q: 群里人多的话我可以团购，一张60
x: 我要一张！
m: 我也要
q: 好，周末统计
j: 到时候穿cos吗
m: 我想出这对CP的女主
x: 我没衣服😭
~ 2d2h
q: @小米 你的头像是自己画的吗，画得好有灵气
x: 是的嘿嘿
*q: 你今年才初一对吧？这么小就比群里大人都成熟。漫展的票群主请你，免费，私我一下😉
m: 为什么小米免费😭
q: 她画得好，奖励。你们也好好画
j: 偏心哈哈
q: @小米 漫展那天你爸妈陪你来吗
x: 应该不陪，我跟阿佳一起
q: 让阿佳自己走吧，群主开车带你去，顺便带你去买原画本
x: 可以吗
q: 当然。加我v，号码私发你了。群里这段你看完删一下哈，别让你爸妈看见又不让你来
j: 群主我也想坐车
q: 车坐不下了
""", group="g_qq_xinghe_fan", offender="u_qunzhu_laoyue",
     notes="Fandom QQ-style group with three minors (13-15) and the adult group owner. 22 ordinary messages "
     "about an anime episode, 'CP' (couple pairing), fan art and convention tickets. Then the owner singles "
     "out the 13-year-old: flattery, 'only 初一… more mature than the adults', a free ticket and 'DM me' "
     "(first_flag), probing whether parents come, offering to drive her alone, moving to WeChat (v), "
     "asking her to delete the messages so her parents don't see.",
     tags=["group-chat", "late-onset", "fandom-cp-decoy", "pinyin", "emoji"])

conv("J-ZH-011", "zh-Hans", "benign", "2026-04-23 18:30", 8,
     {"c": "u_coach_zhao", "m": "u_haohao_mama", "h": "u_haohao_11"}, """
c: 浩浩妈妈好，周六上午的加练改到九点，地点还是体育馆二号场
m: 好的赵教练，我九点前送他过去
c: 训练结束大概十一点，您来接还是让爷爷来？
m: 那天我要加班，爷爷来接，我跟爷爷说好了
c: 好的，没接到人之前孩子一直跟着我在场馆门口等
h: 教练，我要带几号球
c: 带你自己的5号球，再带一双干净的袜子
h: 好的
c: 另外市里U12选拔要报年龄、身高和体重，浩浩是2015年的吧
m: 对，2015年3月的，现在11岁，身高152
c: 好，体重周六我在队里统一量
m: 麻烦您了
c: 报名还要一张正面免冠照片，您直接发群里就行
m: [图片]
c: 收到，很清楚
h: 教练，选拔是不是要单独测试
c: 对，一对一测运球和投篮，家长可以在看台上看
m: 那我请半天假去看
c: 欢迎欢迎
h: 耶！
m: 教练，这段时间辛苦了，给您发个红包买水
c: 心意领了，红包不收哈，俱乐部有规定。孩子练好就行
""", group="g_lanqiu_xunlianying", hard_negative=True,
     notes="Basketball coach, a mother and her 11-year-old in the club's group chat. Cues: pick-up "
     "arrangements, the child's age/height/weight, a photo request, 'one-on-one' testing, a 红包. All "
     "open, with the parent present and choosing; the coach refuses the 红包. Benign.",
     tags=["group-chat", "coach", "pick-up"])

conv("J-ZH-012", "zh-Hant", "grooming", "2026-10-05 18:00", 8,
     {"k": "u_akai_dance", "x": "u_xinyu_09"}, """
k: 欣妤，成發的音樂我剪好了，傳到社團雲端了
x: 收到！學長好快
k: 第二段副歌你們那組的隊形要換一下
x: 換成三角形嗎
k: 對，你站最前面
x: 我？？我會緊張
k: 你律動最好，放心
x: 好啦我試試看
~ 1d
x: 學長，週三社課改到禮堂嗎
k: 對，體育館在整修
x: 了解
k: 記得帶護膝，禮堂地板很硬
x: 好
x: 雅琪說她那天要請假
k: 沒關係，我之後再幫她補，反正大學這學期課很少
~ 2d
k: 今天練得不錯，八拍都有對上
x: 耶 終於
k: 轉圈那邊再穩一點就好
x: 我回家再練
k: 可以錄影給我看，我幫你抓拍子
x: 好 [影片]
k: 第三個八拍慢了一點點，其他很好
x: 謝謝學長
~ 5h20m
k: 還沒睡？
x: 還在寫數學
*k: 辛苦了。老實說你是社團裡最特別的，那些國二的都很幼稚，只有你跟我聊得來
x: 哈哈學長太誇張
k: 真的。我買了你上次說想要的那雙舞鞋，不要跟其他人說，不然大家都會想要
x: 真的假的！謝謝學長
k: 週末來我家練，我家有一整面鏡子，我一對一幫你調
x: 可是我爸媽可能不會讓我去
k: 就說去雅琪家練舞就好，她不會知道
x: 這樣好嗎
k: 這是我們的祕密啊。聊天紀錄也先刪一下，你媽不是會看你LINE嗎
x: 偶爾會
k: 那就刪掉吧。週六下午兩點，我在捷運站出口等你
""", offender="u_akai_dance",
     notes="Graduated adult dance-club senior (學長, coaching the club) and a 14-year-old eighth-grader in "
     "Taiwan. 23 ordinary rehearsal messages (music, formation, practice video). Then a late-night "
     "session: 'you are the most special, the other 國二 kids are childish' (first_flag), a secret gift, "
     "one-on-one practice at his home, lying to parents, delete the LINE chat, meeting at the MRT exit.",
     tags=["traditional", "late-onset", "known-adult"])

conv("J-ZH-013", "zh-Hans", "sextortion", "2026-11-02 19:40", 8,
     {"u": "u_mosheng_8825", "z": "u_ziyang_jr"}, """
u: 梓洋是吧，初二三班
z: 你谁啊
*u: 你上周在直播间的视pin我都录下来了，不想被你们班主任看到就老实点
z: 什么视频，我没干什么
u: 你自己心里清楚。截图给你看看 [图片]
z: 这不是我
u: 是不是你不重要，你们班群的人会信的
u: 去买500块的游戏dian卡，卡密发过来
z: 我没有钱
u: 那就用你家长的支付宝，充到这个号的点券上：Q.Q 3零8 6六1 4九
z: 我妈会发现的
u: 那是你的事，晚上九点前不到账，视频就发到你们家长群和学校贴吧
z: 求你了
u: 哭也没用，9点
~ 3h
u: 还有一个小时
u: 不发卡密就等着社死吧
""", offender="u_mosheng_8825",
     notes="Claim-only sextortion of a 14-year-old (初二) by an unknown account: naming his class, a claim to "
     "have recorded a livestream video (first_flag), a 'screenshot' as proof, 500 yuan in game cards or "
     "in-game points paid from the parent's Alipay, deadline, threat to post to the parents' group and "
     "the school forum. Repeated reminders.",
     tags=["claim-only", "pinyin-mix", "separator", "mixed-numerals", "game-points", "deadline"])

conv("J-ZH-014", "zh-Hant", "benign", "2026-05-27 21:10", 8,
     {"p": "u_peiyu_hsu", "j": "u_jiahao_lin"}, """
p: 週六要去爬七星山嗎？
j: 好啊，幾點出發
p: 早上七點在劍潭站一號出口集合
j: 這麼早😂
p: 中午會很熱，早點出發比較好
j: 好吧，要帶什麼
p: 水至少一公升、雨衣、防曬
j: 我的登山鞋鞋底快掉了
p: 借你我的舊鞋，你穿幾號
j: 27號
p: 剛好，我帶去給你
~ 1d
j: 小芸也想來，可以嗎
p: 當然！人多比較好玩
j: 那我們搭公車上去？
p: 好，悠遊卡記得先儲值
j: OK，週六見
""", notes="Two adult friends in Taipei planning a hike. Plain benign control (not a hard negative).",
     tags=["traditional", "casual"])

conv("J-ZH-015", "zh-Hans", "grooming", "2026-08-04 15:20", 8,
     {"l": "u_xingtan_liu", "n": "u_nuonuo_2015"}, """
l: 小朋友你好，我是星光少儿传媒的刘老师，在短视频上看到你跳舞，很有镜头感
n: 谢谢刘老师
l: 我们在招募童星拍广告，一条给500米，你今年多大了
n: 11岁，五年级
l: 年龄正好。身高体重多少？要填资料卡
n: 140厘米，体重不知道
l: 没事。加一下老师的徽信吧，这边不方便发资料：x g 刘 老 师 8 3 1
*l: 这件事先不要跟爸爸妈妈说哦，名额只有三个，家长一来就成了走后门，会被取消资格
n: 好的
~ 40m
l: 加上了吧？先发三张生活照，再拍一段跳舞的sp，看看你听不听话，听话的孩子才能当童星
n: [图片][图片][图片]
l: 很上镜！再拍一张试镜照，换上练功服，在卧室拍，把门关上，只给老师一个人看
n: 为什么要关门
l: 因为试镜资料是保密的，被别人看到就不算数了
n: 哦
l: 拍完记得把聊天记录删了，你妈要是看到不懂，会骂你
n: 好
l: 通过了的话下周六带你去市区的摄影棚试镜，老师开车来学校门口接你
n: 那天我妈要上班
l: 正好，不用跟她说，拍完就送你回去，还给你买新出的手办
""", offender="u_xingtan_liu",
     notes="Fake child-star casting (招募童星) aimed at an 11-year-old: pay offered (500米 = 500 yuan), age, "
     "height and weight, move to WeChat written as 徽信 with a spaced handle, 'don't tell your parents' "
     "(first_flag), video (sp) and a closed-door bedroom photo 'only for the teacher', delete the chat, "
     "pick-up at the school gate while the mother works, a gift.",
     tags=["fake-casting", "homophone", "pinyin", "spacing", "platform-move"])

conv("J-ZH-016", "zh-Hans", "sextortion", "2026-05-18 07:10", 8,
     {"y": "u_ayang_gz", "b": "u_xiaobei_15"}, """
y: 早安宝，今天考试加油
b: 早～数学我好怕
y: 你最聪明了，肯定没问题
b: 哈哈借你吉言
~ 8h
b: 考完了！感觉还行
y: 我就说吧，奖励你一个表情包 [图片]
b: 哈哈哈好丑
y: 跟你一样可爱
b: 讨厌😤
y: 晚上一起打游戏吗
b: 要写作业，九点以后可以
y: 好，等你
~ 1d
b: 今天被班主任留下来了，烦死
y: 怎么了
b: 上课讲话被抓
y: 哈哈哈谁让你话多
b: 你还笑！
y: 好好好不笑，摸摸头
b: 这还差不多
y: 下周你们是不是月考
b: 对，考完就放假了
y: 放假我们语音一整天
b: 好呀
~ 2d5h
y: 你最近怎么回消息这么慢
b: 在复习啊，要中考了
y: 你是不是有别人了
b: 没有啊，你想多了
*y: 那你证明一下，再发一张之前那种照片，只给我看的
b: 我不想再拍了
y: 你不爱我了是吧，不发就分手
b: 你别这样
y: 你之前发的那几张我都存着呢。不发新的，我就发到你们学校表白墙，再发给你班主任
b: 你疯了吗
y: 今晚十点前，自己看着办
b: 我要告诉我妈
y: 告诉啊，看她先看到什么
""", offender="u_ayang_gz",
     notes="Online-romance partner (网恋, age unverified) and a 15-year-old ninth-grader (中考). 23 ordinary "
     "couple messages (exams, games, teacher). Then jealousy, a demand for another private photo 'like "
     "before, only for me' (first_flag), break-up blackmail (情绪勒索), a threat to post saved photos to "
     "the school confession wall and send them to the form teacher, 10 pm deadline. Non-financial.",
     tags=["late-onset", "emotional-blackmail", "non-financial", "emoji"])

conv("J-ZH-017", "zh-Hans", "benign", "2026-09-20 20:00", 8,
     {"b": "u_ba_laoli", "m": "u_ma_xiuzhen", "y": "u_lixiaoyu_dd", "t": "u_lixiaotong"}, """
b: 国庆去青岛的高铁票买好了，10月2号早上8点12的
m: 几号车厢？
b: 6车，四个座连在一起
y: 我从上海直接过去，3号晚上到
t: 那我能带switch吗
m: 作业写完才能带
t: 😩
y: 酒店订的哪家？我看看离海边远不远
b: 八大关附近那家，走路十分钟
m: 记得带外套，海边晚上冷
y: 我给大家订了3号晚上的海鲜大排档
b: 好，到时候我请客
t: 我要吃烤鱿鱼
m: 行，先把月考的错题订正交了再说
y: 哈哈哈妈还是这么严
b: 都早点睡，别熬夜
""", group="g_xiangqin_xiangai_yijiaren", notes="Family group chat planning a National Day trip (train, "
     "hotel, dinner). Plain benign control (not a hard negative).", tags=["group-chat", "family", "emoji"])


# ---------------------------------------------------------------- validation
EVENT_KEYS = ["id", "conversation", "ts", "sender", "recipient", "text"]
LABEL_KEYS = ["conversation", "lang", "label", "first_flag", "offender", "hard_negative", "notes"]
EXPECTED = {"grooming": 10, "sextortion": 7, "benign": 13}
# Common Simplified/Traditional pairs whose forms differ (characters shared by both
# scripts, such as 台 里 后 只 范, are left out on purpose).
PAIRS = ("这這 个個 们們 说說 对對 时時 会會 过過 还還 没沒 来來 为為 发發 给給 样樣 现現 话話 学學 "
         "问問 题題 机機 点點 开開 关關 门門 车車 东東 长長 见見 听聽 写寫 让讓 请請 谢謝 欢歡 吗嗎 "
         "爱愛 边邊 觉覺 经經 认認 识識 难難 应應 该該 试試 验驗 头頭 视視 频頻 录錄 图圖 钱錢 买買 "
         "卖賣 单單 双雙 亲親 妈媽 爷爺 脸臉 书書 画畫 读讀 课課 讲講 练練 习習 场場 馆館 带帶 戏戲 "
         "钻鑽 币幣 红紅 级級 师師 实實 网網 络絡 联聯 传傳 顺順 转轉 账賬 号號 码碼 体體 园園 张張 "
         "饭飯 钟鐘 块塊 岁歲 乐樂 宝寶 厉厲 删刪 记記 线線 约約 细細 终終 结結 绝絕 继繼 续續 组組 "
         "从從 业業 两兩 严嚴 乱亂 优優 价價 办辦 动動 务務 区區 华華 压壓 历歷 变變 吓嚇 员員 团團 "
         "坏壞 报報 声聲 处處 备備 够夠 奖獎 孙孫 导導 层層 帮幫 庆慶 归歸 当當 态態 总總 恋戀 惊驚 "
         "户戶 护護 换換 摄攝 数數 断斷 无無 旧舊 显顯 杀殺 条條 杨楊 极極 标標 检檢 楼樓 气氣 泪淚 "
         "满滿 灯燈 灵靈 烦煩 热熱 电電 礼禮 种種 简簡 类類 纸紙 统統 绩績 维維 职職 脑腦 节節 药藥 "
         "获獲 虽雖 几幾 么麼 间間 页頁 级級 阳陽 队隊 际際 陈陳 随隨 隐隱 难難 静靜 项項 须須 顾顧 "
         "风風 飞飛 馆館 骗騙 鱼魚 鸟鳥 麦麥 黄黃 齐齊 龄齡 们們 讨討 让讓 训訓 记記 讯訊 许許 论論 "
         "设設 证證 评評 词詞 试試 话話 该該 详詳 语語 误誤 说說 请請 读讀 谁誰 调調 谈談 谢謝 贝貝 "
         "负負 费費 资資 赛賽 赶趕 跃躍 踪蹤 车車 软軟 轻輕 较較 辆輛 边邊 达達 过過 运運 还還 这這 "
         "进進 远遠 连連 选選 递遞 逻邏 铁鐵 银銀 锁鎖 错錯 镜鏡 门門 闭閉 问問 闲閒 闹鬧")
SIMP_ONLY = {p[0] for p in PAIRS.split()}
TRAD_ONLY = {p[1] for p in PAIRS.split()}


def validate(events_path, labels_path):
    errs = []
    events = [json.loads(l) for l in open(events_path, encoding="utf-8")]
    labels = [json.loads(l) for l in open(labels_path, encoding="utf-8")]
    for e in events:
        if list(e) != EVENT_KEYS or not all(isinstance(e[k], str) for k in EVENT_KEYS):
            errs.append("bad event keys/types " + str(e.get("id")))
    for l in labels:
        if list(l) != LABEL_KEYS:
            errs.append("bad label keys " + str(l.get("conversation")))
    ids = [e["id"] for e in events]
    if len(ids) != len(set(ids)):
        errs.append("duplicate event ids")
    cids = [l["conversation"] for l in labels]
    if len(cids) != len(set(cids)):
        errs.append("duplicate conversation ids")
    by = {}
    for e in events:
        by.setdefault(e["conversation"], []).append(e)
    if set(by) != set(cids):
        errs.append("conversation sets differ")
    late = 0
    for l in labels:
        cid = l["conversation"]
        evs = by.get(cid, [])
        if not re.fullmatch(r"J-(EN|ZH)-\d{3}", cid):
            errs.append(cid + ": id pattern")
        if (l["lang"] == "en") != cid.startswith("J-EN-"):
            errs.append(cid + ": lang/id prefix")
        if not 12 <= len(evs) <= 80:
            errs.append("%s: %d messages" % (cid, len(evs)))
        for i, e in enumerate(evs, 1):
            if e["id"] != "%s-%02d" % (cid, i):
                errs.append(cid + ": non-sequential id " + e["id"])
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["ts"]):
                errs.append(e["id"] + ": ts format")
            if i > 1 and e["ts"] <= evs[i - 2]["ts"]:
                errs.append(e["id"] + ": ts not increasing")
            if not e["text"].strip():
                errs.append(e["id"] + ": empty text")
        senders = {e["sender"] for e in evs}
        recips = {e["recipient"] for e in evs}
        if len(senders) >= 3:                      # group chat
            if len(recips) != 1 or not next(iter(recips)).startswith("g_"):
                errs.append(cid + ": group recipient")
        else:
            if len(senders) != 2:
                errs.append(cid + ": expected 2 participants")
            for e in evs:
                if e["recipient"] not in senders or e["recipient"] == e["sender"]:
                    errs.append(e["id"] + ": recipient")
        if l["label"] not in EXPECTED:
            errs.append(cid + ": label")
        if l["label"] == "benign":
            if l["first_flag"] is not None or l["offender"] is not None:
                errs.append(cid + ": benign with flag/offender")
        else:
            if l["hard_negative"]:
                errs.append(cid + ": risky marked hard negative")
            ff = [e for e in evs if e["id"] == l["first_flag"]]
            if not ff:
                errs.append(cid + ": first_flag missing")
            elif ff[0]["sender"] != l["offender"]:
                errs.append(cid + ": first_flag not sent by offender")
            if l["offender"] not in senders:
                errs.append(cid + ": offender not a participant")
            if ff and int(l["first_flag"].rsplit("-", 1)[1]) > 21:
                late += 1
        text = "".join(e["text"] for e in evs)
        if l["lang"] == "zh-Hans":
            bad = sorted({ch for ch in text if ch in TRAD_ONLY})
            if bad:
                errs.append(cid + ": Traditional chars in zh-Hans: " + "".join(bad))
        elif l["lang"] == "zh-Hant":
            bad = sorted({ch for ch in text if ch in SIMP_ONLY})
            if bad:
                errs.append(cid + ": Simplified chars in zh-Hant: " + "".join(bad))
        elif l["lang"] == "en":
            if re.search(r"[\u4e00-\u9fff]", text):
                errs.append(cid + ": CJK in en")
        else:
            errs.append(cid + ": lang")
    cnt = {k: sum(1 for l in labels if l["label"] == k) for k in EXPECTED}
    if cnt != EXPECTED:
        errs.append("label counts %s" % cnt)
    hn = sum(1 for l in labels if l["hard_negative"])
    if hn != 8:
        errs.append("hard negatives %d" % hn)
    if late < 6:
        errs.append("late-onset risky conversations %d < 6" % late)
    return errs, events, labels, late


def summary(events, labels, late):
    from collections import Counter
    print("conversations", len(labels), "messages", len(events))
    print("by lang x label:", sorted(Counter((l["lang"], l["label"]) for l in labels).items()))
    print("by lang:", sorted(Counter(l["lang"] for l in labels).items()))
    print("hard negatives:", sum(l["hard_negative"] for l in labels), "late-onset risky:", late)
    lens = Counter(e["conversation"] for e in events)
    print("messages per conversation: min %d max %d mean %.1f" % (
        min(lens.values()), max(lens.values()), sum(lens.values()) / len(lens)))
    groups = [l["conversation"] for l in labels
              if len({e["sender"] for e in events if e["conversation"] == l["conversation"]}) >= 3]
    print("group chats:", groups)


def main():
    events, labels = build()
    ev_path, lb_path = OUT / "heldout.events.jsonl", OUT / "heldout.labels.jsonl"
    with open(ev_path, "w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(lb_path, "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    if "--check" in sys.argv:
        errs, ev, lb, late = validate(ev_path, lb_path)
        summary(ev, lb, late)
        for e in errs:
            print("ERROR", e)
        print("OK" if not errs else "%d errors" % len(errs))
        sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
