#!/usr/bin/env python3
"""Held-out conversation set M (grooming / sextortion / benign), synthetic.

Written from the point of view of a Hong Kong child-helpline counsellor and a UK school
safeguarding lead reading chats that children and parents brought in.  Everything is invented.

Mini-format of each conversation body (one message per line):
    [*]SENDER[>RECIPIENT] DELTA text
  * `*`        marks the message that is `first_flag`
  * SENDER     short alias (mapped to an account id in `who`)
  * >RECIPIENT only for a direct message inside a group conversation
               (otherwise: group id if the conversation is a group, else the other party)
  * DELTA      time since the previous message: 0, 3m, 2h, 2h15m; a delta with days (1d, 2d3h)
               starts a new session N calendar days later at the conversation's start time
               of day plus the h/m part (so sessions stay at realistic local hours)
Local start time + UTC offset give RFC 3339 UTC timestamps.
Run:  python3 gen_conversations.py   (deterministic)
"""
import json, random, re, datetime, os

HERE = os.path.dirname(os.path.abspath(__file__))
CONVS = []

def luhn_complete(prefix, length):
    """Return prefix padded with seeded digits + Luhn check digit."""
    rnd = random.Random(prefix + str(length))
    body = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    return body + str((10 - total % 10) % 10)

def luhn_ok(num):
    num = re.sub(r"\D", "", num)
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        total += d
    return total % 10 == 0

# invented, Luhn-valid card numbers used inside some texts
CARD_EN = luhn_complete("400000", 16)          # "prepaid card" in an EN sextortion chat
CARD_ZH = luhn_complete("621798", 19)          # UnionPay-style card in a ZH sextortion chat
def spaced(n): return " ".join(n[i:i+4] for i in range(0, len(n), 4))

def conv(key, lang, label, start, utc_off, who, body, *, offender=None, hard_negative=False,
         group=None, notes=""):
    CONVS.append(dict(key=key, lang=lang, label=label, start=start, utc_off=utc_off, who=who,
                      body=body, offender=offender, hard_negative=hard_negative, group=group,
                      notes=notes))

DELTA = re.compile(r"^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$")
def parse_delta(tok):
    if tok == "0": return datetime.timedelta(0)
    m = DELTA.match(tok)
    if not m or not any(m.groups()): raise ValueError("bad delta " + tok)
    d, h, mi = (int(x) if x else 0 for x in m.groups())
    return datetime.timedelta(days=d, hours=h, minutes=mi)

# =====================================================================================
# ENGLISH (UK school safeguarding lead's cases; local time Europe/London)
# =====================================================================================

conv("en_coach_asst", "en", "grooming", "2026-01-12T18:40", 0,
     {"d": "u_dean_w_coaching", "m": "u_maisie.k"}, r"""
d 0 Hi Maisie, it's Dean, assistant coach from Wednesday sessions. Got your number off the team contact sheet. Just checking you're alright after that knock on Saturday?
m 25m hiya yeah its fine just a bruise lol
d 3m Good good. Ice it tonight. You were class on Saturday btw
m 1m thank u 😊
d 2m Gary's thinking of trying you at left back vs Oakfield. Don't say anything yet he'll announce it Weds
m 4m omg ok 🤐
m 1m is oakfield the one with the massive goalie
d 2m Ha yes. She's 5ft 10. Chip her, she hates it
m 1m noted 😂
m 1d2h do we need shin pads for the indoor session thurs or just trainers
d 20m Trainers fine for the sports hall. Bring water, the fountain's broken again
m 3m k thx
d 1d1h Match tomorrow is 10:30 KO, meet at 9:45 at Hollins Park. Can your mum drop you or do you need a lift? Gary's doing the minibus from the leisure centre
m 40m mum can drop me
d 2m 👍
m 1d we lost 3-2 😭 i was so bad in the 2nd half
d 15m You weren't bad, the whole back line dropped too deep. Your first half was the best I've seen you play
m 2m i missed that header tho
d 1m Everyone misses headers. Worry when you stop going for them
m 5m lol ok
d 2d Quick one, have you got the new away kit yet? Club shop has smalls back in
m 3h no mum said its too expensive rn
d 4m Fair enough
d 1d2h Been thinking. You could honestly push for the county trials in April if you put in some extra sessions. I do 1-to-1s on a Sunday at the rec, no charge for you
m 30m really?? id have to ask my mum
*d 2m Course. Though I don't do it for any of the other girls so best not mention it in the team chat, don't want people getting jealous 😅
m 3m oh ok
d 1m What year are you now, 8?
m 2m yeah yr 8 im 13
d 1m Very mature for 13. I can pick you up from yours if your mum's working, save her the faff. What time does she get in on Sundays?
m 6m like 6 she does lates at the hospital
d 1m Perfect, we'll have the pitch to ourselves then 👍
d 1m I'll bring you a pair of the new Predators too. You're a 5 aren't you?
m 2m wait seriously?? those are like £180
d 1m Early birthday present. If anyone asks just say they came from the kit fund
d 1m And maybe delete these messages, my other half moans that I'm always on my phone to the team lol
m 4m haha ok
d 1d Send us a pic in them when you've got them on, full length so I can check they fit properly
d 1d Sunday 4pm then. I'll wait at the end of your road rather than outside the house, easier to turn the car round
m 2h ok see u then
""", offender="u_dean_w_coaching",
     notes="Known adult (assistant coach) contacting a 13-year-old (Year 8) directly; 20+ ordinary football messages, "
           "then free private 1-to-1s with 'don't mention it in the team chat' (first flag), age check, pick-up timed to "
           "when mum is at work, expensive gift with a cover story, delete-messages request, full-length photo request, "
           "pick-up point out of sight of the house. Style: WhatsApp, UK football slang, late onset, known-adult, no explicit request.")

conv("en_coding_mentor", "en", "grooming", "2026-02-03T17:05", 0,
     {"b": "u_byteMentor", "p": "u_pixelfox", "r": "u_rustacean_rhys", "k": "u_kiwi_codes", "t": "u_mrs_tan_club"},
     r"""
t 0 Reminder: Thursday club is in ICT2 this week. Mentors, please keep help questions in this channel so everyone learns 🙂
p 1h how do i make the sprite stop going through walls in pygame
b 4m Check collisions BEFORE you move, not after. Post your update() and I'll look
p 2m [code block]
b 3m Line 14: you move x and y together. Move x, check, then move y, check
p 5m IT WORKS
r 1m nice one
k 1m can someone help with lists they hate me
b 2m They hate everyone at first. What's the error?
k 3m index out of range
r 1m classic off by one
b 1m Yep, range(len(x)) not range(len(x)+1)
k 2m ty!!
p 1d how long did it take u to get good at this
b 10m Honestly? Years. You're way ahead of where I was at your age. What year are you in?
p 5m yr 7
b 2m Then you're genuinely good. Not just saying it
p 1m 😁
r 3h anyone doing the game jam
p 5m me!! with kiwi maybe
k 1m yeah
b 2m Love it. Ask here if you get stuck
p 1d3h mum says i have to log off at 9 on school nights 😒 gonna lose my jam progress
b 3m Use git, commit before 9 and nothing's lost. Want me to show you?
p 1m yes pls
*b>p 2m I run a small private server for the kids I think have real talent. Invite's below, it's not the club one so don't share it with the others, some would be upset they weren't picked
b>p 1m [invite link]
p>b 4m oh cool thanks!!
b>p 1d Gifted you Nitro so you can screen share in better quality 🎁
p>b 30m WHAT thank u so much
b>p 2m You deserve it. I've got a spare Raspberry Pi kit as well, what's your address? I'll post it
p>b 8m 12 linden close but its my mums name on the door
b>p 1m No problem. Does your mum check your Discord?
p>b 2m not really she doesnt get it
b>p 1m Good, she'd probably think a private server is weird, parents don't understand this stuff. Just say the Pi came from club
b>p 1d2h Let's do a camera call tonight after 9 and I'll walk you through setting it up. Use your headphones so you don't wake anyone
p>b 20m i have to be off at 9 tho
b>p 1m She won't know if your light's off 😉 Our secret
""", offender="u_byteMentor", group="dc_codeclub_python",
     notes="Coding-club Discord channel (group, 5 accounts): ordinary help for 20+ messages, mentor learns child is Year 7; "
           "then moves him to a private server 'don't share it with the others' (first flag, DM), Nitro gift, asks home address, "
           "probes parental supervision, cover story for the gift, late-night camera call after curfew, 'our secret'. "
           "Group + DM mixed (DM lines have a user as recipient). Style: Discord, group chat, late onset, gifts, no image request.")

conv("en_roblox_party", "en", "grooming", "2026-03-14T10:12", 0,
     {"x": "u_xX_Ryder_Xx", "l": "u_lilypad_rblx", "a": "u_ava_bunny22", "j": "u_jessplayz09"}, r"""
l 0 ok who has the key for the red door
a 1m me
j 1m wait for me im stuck on the lava bit
x 2m need help? i can carry u
j 1m yes pls
x 3m there. ur welcome 😎
a 1m who r u
x 1m ryder, 15. been playing this obby since it came out
l 2m cool
x 1m u guys r good for ur age. what r u like 12?
j 1m 10 lol we're all in yr 5
*x 1m ahh cute. i give robux to my besties, 400 each if u do a dare 😈
a 1m WHAT
l 1m what dare
x 1m nothing bad lol. first one who adds me on snap and says hi gets it
j 2m i dont have snap my mum wont let me
x 1m make one, u dont have to tell her. who has their own phone?
a 1m i do
l 1m mine is my sisters old one
x 1m ava dm me ur snap then 👍
x>a 3m hey bestie. how old r u really, same as the others?
a>x 2m 10 nearly 11
x>a 1m ur so mature tho. are ur parents strict?
a>x 2m kinda my dad checks my roblox sometimes
x>a 1m then delete our chat after ok. ill send ur robux on snap. send me a selfie there so i know its really u
a>x 4m ok
""", offender="u_xX_Ryder_Xx", group="rbx_party_7731",
     notes="Roblox party chat with three 10-year-olds (Year 5) and a stranger who claims to be 15; age probe, then Robux "
           "for a 'dare' that moves them to Snapchat (first flag), tells a child to open an account behind her mum's back, "
           "DMs one child, asks about parental checks, delete-the-chat, selfie request. Claimed age is not trusted: "
           "report the account. Style: in-game chat, group, gifts, quick escalation, kids' typos.")

conv("en_tiktok_bf", "en", "grooming", "2026-05-08T20:31", 1,
     {"k": "u_kai.vibes19", "e": "u_ellie_xo_"}, r"""
k 0 ur edits are actually so good
e 6m omg thank uu
k 1m fr. which school u at? ur uniform in that one vid looks like st annes
e 3m lol yeah yr 8
k 2m no way. i left there like 5 yrs ago haha. im 19 now
e 1m old 😂
k 1m rude 😭 u seem older than yr 8 tho honestly, ur not like girls my age, they're so fake
e 4m aw
*k 1m can i be honest? i kinda look forward to talking to u every day. dont tell ur mates i said that they'll make it weird
e 2m haha ok i wont
k 1m add my snap, tiktok deletes dms sometimes. kai.v19x
e 3m added
k 1d whats ur curfew on a saturday
e 20m 8 why
k 1m there's a bubble tea place at the retail park. we could go. just us tho, ur mum would def say no bc of the age thing so dont mention me
e 5m idk
k 1m its literally just bubble tea 😂 unless u dont trust me
e 2m i do trust u
k 1m prove it then. send me a pic from ur room rn, no filter, just for me
e 7m why my room
k 1m bc i wanna see the real u. ill delete it after promise
e 10m [photo]
k 1m 😍 ur so pretty. saturday 3pm by the cinema doors. come on ur own
""", offender="u_kai.vibes19",
     notes="Adult (says 19) to a Year 8 girl on TikTok DMs: school/uniform probing, 'you're not like girls my age', "
           "age-gap romance + secrecy (first flag), move to Snapchat, curfew probing, meeting 'just us' hidden from mum, "
           "trust test and a photo 'from your room, just for me', meeting alone. Style: TikTok, slang, early onset, meeting.")

conv("en_model_scout", "en", "grooming", "2026-04-20T16:02", 1,
     {"s": "u_lumen.newfaces", "n": "u_niamh.dances"}, r"""
s 0 Hi Niamh! I'm a scout for Lumen New Faces 📸 Loved your dance reels. Have you ever thought about modelling?
n 30m omg hi?? not really
s 2m You have a great look. We're casting for a teen clothing campaign, paid £150 for a test shoot
n 5m wow. im only 14 is that ok
s 1m 14 is perfect for this brand
s 1m First I need some portfolio pics. Plain background, fitted clothes so we see your shape, no make up
n 10m my mum does my socials tho can i ask her
*s 2m Honestly parents slow the process down and the clients prefer confident girls who decide for themselves. Keep it between us till you're booked, then surprise her 😉
n 6m ok
s 1m Send them here on my personal, not the agency page: WhatsApp is better. Text me on 07700 900418
n 2m ok
s 1h Also shoot days are closed set, no parents allowed, it makes models nervous. I'll collect you from school on the Friday
n 15m what time
s 1m Straight after last lesson. Wear something nice not your uniform
s 1m And delete this chat, our client contracts are confidential
""", offender="u_lumen.newfaces",
     notes="Fake 'model scout' to a 14-year-old: flattery, paid test shoot, shape-revealing 'portfolio' photos, tells her "
           "to keep it from her mum (first flag), moves to a personal number (Ofcom drama range, fictional), closed set "
           "with no parents (fitted-clothes 'digitals' alone are an industry norm; the secrecy from the parent is the flag), school pick-up, delete the chat. No explicit request. Style: Instagram, business tone, early onset.")

conv("en_hacked_acct", "en", "sextortion", "2026-02-09T19:20", 0,
     {"j": "u_jaydenw_09", "s": "u_sofia.m.r"}, r"""
j 0 did u do the chem homework
s 10m yeah the titration one?
j 2m yeah what did u get for q3
s 3m 0.24 mol i think
j 1m legend
s 1m u owe me a galaxy bar
j 2m deal lol
s 2d r u going to the year 9 disco
j 1h prob if my mum lets me. she's being weird about curfew since the bus thing
s 2m lmao ur mum is scary
j 1m facts
j 1d2h mr hughes gave me a detention for breathing
s 5m he hates everyone
j 1m 💀
s 3d happy bday!!! 🎉🎉
j 4h thanksss
s 1d did u finish the poster for geog
j 3h nah gonna do it sunday
s 2m same
j 6d hey beautiful 😘
s 20m ?? lol hi
j 1m been thinking about u a lot. u always looked good in pe
s 3m jayden what
j 1m dont be shy. my phone got wiped so i lost everything, send me some new pics of u
s 2m like what pics
*j 1m the kind u wouldnt show ur mum 😏 just for me, i'll delete after
s 10m thats not funny
j 1m im serious. dont mention it at school tho, its private
s 1h [photo]
j 2m thats not what i asked for. i want proper ones
s 5m no im not doing that
j 1m ok well i screenshotted ur pic and the chat. send 3 proper ones by 9pm or this goes in the year 9 group chat and to ur mum on facebook
s 2m jayden why r u doing this
j 1m tick tock. 9pm
s 3m ur not even talking like jayden
j 1m doesnt matter who i am. 8:45 now
""", offender="u_jaydenw_09",
     notes="A classmate's account (Year 9) taken over by an adult: 20+ genuine schoolwork messages from the real owner over "
           "weeks, then a change of style ('hey beautiful', 'my phone got wiped'), request for private pictures 'you "
           "wouldn't show your mum' (first flag), secrecy, then threat to post to the year group chat and send to her mum "
           "with a deadline, demand for more images. Report the account (hijacked; owner may also be a victim). "
           "Style: Snapchat/IG DMs, hijacked-friend account, late onset, non-financial coercion.")

conv("en_fin_sextortion", "en", "sextortion", "2026-03-06T22:14", 0,
     {"a": "u_amelia.rose.x04", "o": "u_olly_g_16"}, rf"""
a 0 heyy u came up on my suggested, u play for the u17s right?
o 15m yeah haha
a 1m thought so 😊 ur cute. how old r u
o 2m 16 u?
a 1m 17, just moved to leeds so dont know anyone yet
o 3m ah nice welcome lol
a 2m r u alone rn?
o 1m yeah in my room
*a 1m wanna swap pics? i'll go first 😏 but on snap its safer, add amelia.rx04
o 5m added
a 20m [photo]
o 8m [photo]
a 3m Now listen carefully. I have recorded everything and I have your followers list, your team page and your mums facebook
a 1m [screenshot collage]
o 1m what is this
a 1m Send £500 in the next 60 minutes or I send it to all of them and tag your club. It will ruin your life
o 2m i dont have 500 im 16 please
a 1m Bank transfer. Name: D Okonji. Sort code 23-14-87 Acc no 41190275. Reference "rent"
a 1m Or top up this card: {spaced(CARD_EN)}
o 4m i can do 60 thats all i have
a 1m 55 minutes. Ask your parents, i dont care
o 10m i sent 60
a 1m Good. Now the rest. £440 by midnight or i start with your mum
o 3m please i already paid
a 1m Dont test me. 11:30 deadline
""", offender="u_amelia.rose.x04",
     notes="Financially motivated sextortion of a 16-year-old boy: fake 17-year-old girl, 'are you alone', image swap "
           "moved to Snapchat (first flag), capture, collage of followers/club/mum, £500 within 60 minutes, UK bank "
           "details (invented; UK sort code/account modulus not checked) and a Luhn-valid invented card number, partial "
           "payment, re-demand with new deadline, 'ruin your life'. Style: Instagram→Snapchat, financial, fast (~1 hour).")

conv("en_xbox_claim", "en", "sextortion", "2026-01-24T15:40", 0,
     {"c": "u_chloe_xo_plays", "b": "u_benji_frags"}, r"""
c 0 gg that last round was insane
b 3m lol ty ur not bad either
c 1m not bad?? i carried 😤
b 1m fair
c 2h u on later? need a duo for ranked
b 10m after tea yeah
c 1m bet
b 4h on now
c 2m joining
c 1d whats ur discord? xbox chat is so laggy
b 20m benji_frags
c 3m added u
b 1d what rank r u
c 10m plat 2 lol
b 1m im gold 3 😭
c 1m i'll get u to plat dw
b 1d2h cant play tonight got a maths test tmrw
c 15m nerd 😂 what year r u
b 2m yr 9
c 1m aw baby. im yr 11
b 1m u dont seem it lol
c 1m good or bad
b 2m good
c 1d miss playing w u
b 1h lol we played yesterday
c 1m still
b 1m 😳
c 1d whats ur insta
b 30m dont really use it
c 1m ok whatever
c 2d r ur parents home
b 40m no they're at my aunts til late
*c 1m lets vc with cameras then. just us 😏 u go first
b 5m idk
c 1m u scared? lol
b 3m fine
b 1h that was weird u never turned ur camera on
c 5m I screen recorded you. I have your friends list from discord and xbox
b 1m what?? u said u were chloe
c 1m $200 in steam gift cards or everyone on your list gets the video tonight
b 2m i didnt do anything on the call
c 1m Doesnt matter what you did. They will believe me. codes in 2 hours
b 40m i bought a $50 one thats all my birthday money. [code]
c 1m Good boy. $150 more by tomorrow 8am
""", offender="u_chloe_xo_plays",
     notes="Fake teen-girl gamer persona builds a friendship with a Year 9 boy over 20+ gaming messages on Xbox then "
           "Discord; supervision probe ('are your parents home'), private camera call (first flag), then a claim of a "
           "screen recording (possibly claim-only), friends-list threat, Steam gift-card demand, payment and re-demand. "
           "Style: in-game/Discord, late onset, claim-only possible, gift cards.")

conv("en_hn_coach_parents", "en", "benign", "2026-04-15T19:02", 1,
     {"r": "u_coach_rob_tigers", "p": "u_priya_leo_mum", "s": "u_sam_h_dad", "k": "u_karen_b", "g": "u_gaz_club_sec"},
     r"""
r 0 Evening all. Saturday is the Kirkby tournament, first game 9:20 so kids at the ground for 8:45 please. Full kit, shin pads, water
p 5m Leo's in but I'm on a shift till 12. Could anyone take him? He's 10 and fine in the back of anyone's car with a booster
s 3m I can take Leo, I've got Alfie and Jack already. Priya I'll text you when they're there
p 1m Sam you're a star thank you
r 2m Thanks Sam. Any child without a parent there stays with me or Gaz in the coaches' area, as usual
k 10m Is Mia allowed to bring her little sister to watch? She's 6
r 1m Of course, siblings welcome. Just stay behind the rope
g 1h League registration: I still need dates of birth for Noah, Ezra and Tilly. Please send them to me privately or hand me the form, don't post them in here
k 20m Will DM you Gaz
r 1d Photos from last weekend are on the club page. I've only used the children whose parents ticked the photo consent box. Let me know if you want any taken down
s 30m Love the one of the whole team in the mud 😂
r 1d1h Extra skills session Sunday 10-11 at the rec for anyone who wants it. Free, open to the whole squad. Parents welcome to stay and watch or grab a coffee
p 10m Leo will come, I'll stay this time
r 1m Great
k 2h Mia has a dentist appointment so won't make Sunday, sorry
r 5m No worries Karen
r 1d Results: won 2, drew 1, lost 1. Proud of every one of them. Thanks to all the drivers 🙌
p 10m Leo hasn't stopped talking about his goal 😂 thank you Sam for taking him
s 5m Pleasure, they sang the whole way home. Badly
r 2m Player of the tournament went to Tilly, voted by the kids. Well deserved
k 20m Mia lost her water bottle, pink one with stickers?
g 1h It's in the lost property crate in my boot, I'll bring it Weds
k 3m Thanks Gaz
r 2d Summer camp forms are out. Ages 8-12, £60 for the week, drop-off 9am, pick-up 3pm. All staff DBS checked
s 15m Can Alfie's grandad collect him some days?
r 4m Yes, just put his name on the collection list on the form. We only hand children to the adults listed
p 1h Is there a sibling discount? Leo's sister wants to come, she's 8
g 10m £10 off the second child
p 1m Brilliant
r 1d Reminder that our welfare officer is Janet Reeve. Her contact is on the club website if you ever have a concern about anything, big or small
""", group="wa_u11_tigers_parents", hard_negative=True,
     notes="Hard negative: a real coach running a parents' group chat. Cues shared with grooming: children's ages, lifts, "
           "a child whose mum is at work, dates of birth sent 'privately', photos of children, extra Sunday session. All "
           "open, parent-facing, consent-based, whole squad invited, parents welcome. Style: WhatsApp group, 5 adults.")

conv("en_hn_school_trip", "en", "benign", "2026-06-02T15:30", 1,
     {"t": "u_mr_okafor_geog", "a": "u_amara_8c", "z": "u_zak_8c", "h": "u_hollie_8c", "w": "u_will_8c"}, r"""
t 0 8C: reminder that the coast trip is THIS Thursday. Consent forms and £12 to the office by Wednesday please
z 10m sir do we have to wear uniform
t 4m Yes, full uniform plus a waterproof. It will rain. It always rains
h 2m what time do we meet
t 1m 7:45 at the front gate. The coach leaves at 8:00 sharp and will not wait
w 3m can we bring phones
t 2m Yes, but no photos or videos of other students go online. If I see any, phones are confiscated for the rest of the term
z 1m what if its a photo of a seagull stealing wills chips
t 2m Seagull photos are permitted 🙂
a 5m my mum wants to pick me up from the museum instead of the school is that ok
t 3m Only if she emails me and the office by Wednesday. I can't release anyone to an adult without that email
a 1m ok ill tell her
h 1d is there a toilet on the coach
t 20m Yes. Packed lunch as well, no energy drinks
w 1d2h we're back at school at what time
t 10m Around 4:30pm. Parents will get a text on the school app if we're late
z 5m sir can u send the worksheet again i lost it
t 2m It's on Teams under Assignments. Same as the last three times you asked, Zak
""", group="teams_8c_geography", hard_negative=True,
     notes="Hard negative: teacher reminding a Year 8 class about a trip. Cues: meeting times, pick-up by a parent, "
           "phones and photos, uniform. Open, institutional, parents involved by email. Style: school Teams chat, group, teasing teacher.")

conv("en_hn_older_sib", "en", "benign", "2026-02-20T21:10", 0,
     {"b": "u_bex_at_uni", "t": "u_tom_the_menace"}, r"""
b 0 you alive? mum said her and dad are at the Hendersons till late
t 15m yeah
b 1m are you on your own?
t 2m yeah and?? im 14 not 5
b 1m chill lol just checking. is the back door locked
t 3m yes mother
b 1m did you eat anything that isn't crisps
t 5m there was pasta
b 1m send a pic or it didn't happen
t 2m [photo]
b 1m that is a crime against pasta but ok
t 1m rude
b 2m btw I logged you into my netflix on the tv. don't tell mum she'll say it's why you don't do homework
t 1m lol ok
t 4m also delete that video of me singing in the car from the family chat pls its humiliating
b 1m absolutely not. it's going in my best man speech when you get married
t 1m i will end u
b 1m love u too. text me if anything's weird. going out but phone's on
t 2h theyre home
b 3m 👍 night gremlin
b 1d mum says you did the dishes without being asked??? who are you
t 2h i wanted the aux in the car on sunday
b 1m knew it
b 1m also she says you can come and stay at mine next month on the train
t 3m wait fr?? alone on the train?
b 1m dad's putting you on it and I'll meet you on the platform. send me the train times when he books
t 1m yesss
b 1m we're doing the arcade not the museum btw. don't tell dad 😂
t 1m he'll find out, he checks my bank app
b 1m ugh fine, museum THEN arcade
""", hard_negative=True,
     notes="Hard negative: older sister (at university) checking on her 14-year-old brother home alone. Cues: 'are you on "
           "your own', locked door, photo request, 'don't tell mum', 'delete that video', embarrassing-video tease. "
           "Family, caring, no secrecy from safeguarding adults. Style: WhatsApp, sibling banter.")

conv("en_hn_fandom_adults", "en", "benign", "2026-07-11T20:45", 1,
     {"r": "u_ravenquill", "s": "u_sunnyside_sorcerer"}, r"""
r 0 ok that panel at the con was the highlight of my year
s 3m SAME. when the voice actor did the villain laugh live I nearly died
r 1m we didn't get to talk properly though, the queue was chaos
s 2m yeah! I'm Sam btw, 27, work in a library, the most fandom job possible
r 1m Rhiannon, 29, physio. we're ancient compared to half that server lol
s 1m honestly. I feel like a chaperone in there
r 2m do you want to get coffee properly sometime? you're in Manchester too right
s 4m I am! yes please
r 1m just us? no offence to the server but they'd make it A Thing
s 1m 😂 they would ship us instantly. let's not tell them yet
r 1m deal. our secret for now
s 1d Saturday 2pm, the café by the Northern Quarter comic shop?
r 10m perfect. I'll be the one in the green coat looking lost
s 2m full disclosure my flatmate is going to text me at 3 to make sure you're not an axe murderer
r 1m lol fair, my sister's doing the same. internet rules
s 1m responsible adults 🤝
r 2d are you cosplaying at the autumn con?
s 1h thinking about the librarian from chapter 12, too on the nose?
r 1m it's PERFECT
s 1m I'll bring my spare enamel pin, the limited one you wanted 👀
r 1m STOP you can't just give me that
s 1m I have two! it's literally fine
r 4d1h that was really nice. same time next week?
s 20m yes. and you owe me a rematch at the arcade
""", hard_negative=True,
     notes="Hard negative: two adults (27 and 29, with jobs) who met at a fandom convention arrange to meet alone, keep it "
           "'our secret' from the server, and one gives a limited merch pin. Same cues as fandom grooming (merch gift, secrecy, "
           "meeting alone) but adult-adult. Style: Discord DMs, light flirting.")

conv("en_hn_parent_scam", "en", "benign", "2026-05-19T07:50", 1,
     {"d": "u_dad_mark", "f": "u_finn_r15"}, r"""
f 0 dad i got a weird email and im kind of freaking out
d 2m What is it? Screenshot it
f 1m [screenshot]
f 1m it says they hacked my webcam and recorded me and theyll send it to all my contacts unless i pay $1200 in bitcoin in 48 hours
d 3m OK. Breathe. This is a scam, Finn. It's sent to millions of people. Look, it says "your password is" and then an old password from that gaming site that got leaked years ago
f 2m but it has my password
d 1m It has an OLD password from a leak. That's all they've got. They have no video
f 1m are u sure
d 1m Certain. Your laptop camera has the sticker on anyway
f 2m oh yeah lol
d 1m Don't reply, don't click anything, don't pay. Forward it to me and then delete it. I'll report it
f 1m ok done
d 5m And change that password everywhere you still use it. I'll help tonight
d 1m One more thing. If anyone ever DOES ask you for pictures, or says they've got something and wants money or gift cards, you tell me straight away. You will never be in trouble for telling me. Ever.
f 3m ok
f 1m thanks dad
d 1m Love you. Now go, you'll miss the bus
d 8h Password sorted? Also told your mum, she's going to warn the parents' group about it
f 30m yeah did it on my phone
""", hard_negative=True,
     notes="Hard negative: a parent recognises a mass 'I recorded you through your webcam, pay in bitcoin' scam email his "
           "15-year-old son received and tells him not to pay, to report it and to always tell a parent. Sextortion vocabulary "
           "(recorded, send to contacts, pay, 48 hours) quoted inside a protective conversation. Style: WhatsApp, parent-child.")

conv("en_plain_revision", "en", "benign", "2026-01-28T16:20", 0,
     {"a": "u_aisha.k10", "m": "u_mo_ballin"}, r"""
a 0 are u coming to the library after school for bio revision
m 5m what time
a 1m 4 till 6, my mum picks me up at 6
m 2m cant tonight got training. tmrw?
a 1m ok tmrw. bring ur flashcards for cell transport
m 3m i never made them 💀
a 1m MO the mock is friday
m 1m i know i know
a 1d library now? im by the window
m 4m 2 mins
m 2h thanks for explaining osmosis its actually easy when u say it
a 5m told u. now do the past paper
m 1m yes miss
a 2d how was the mock
m 1h not bad. q6 was evil
a 2m ikr
""",
     notes="Plain benign: two Year 10 classmates arranging library revision before mock exams; a parent pick-up time mentioned. "
           "Style: WhatsApp, ordinary teen chat.")

# =====================================================================================
# SIMPLIFIED CHINESE (mainland platforms; local time UTC+8)
# =====================================================================================

conv("hans_big_sister", "zh-Hans", "grooming", "2026-03-02T19:35", 8,
     {"j": "qq_nuannuan_jj", "y": "qq_xiaoyu_1106"}, r"""
j 0 小鱼你好呀～我是蛋仔里跟你组队的"暖暖"，你搭的那个樱花图好可爱
y 10m 谢谢姐姐
j 1m 你怎么一个人在玩呀，没有好朋友一起吗
y 3m 她们都不跟我玩
j 1m 啊为什么呀，你这么可爱
y 2m 不知道 同桌说我土
j 1m 太过分了吧！别理她，她就是嫉妒
y 1m 嗯
j 1d 今天过得怎么样呀
y 1h 数学考砸了 82
j 1m 82很好了啊！姐姐小时候才考六十几
y 1m 真的吗哈哈
j 1m 骗你是小狗 🐶
y 2m 哈哈哈
j 1d1h 小鱼你上几年级啦
y 20m 五年级
j 1m 那你是不是11岁呀
y 1m 嗯 下个月12
j 1m 姐姐19了，在读大一，平时在宿舍好无聊，还好认识了你
y 2m 姐姐读什么
j 1m 学设计的，以后教你画画
y 1m 好呀！
j 2d 这么晚还没睡？
y 10m 奶奶看电视 我睡不着
j 1m 爸爸妈妈呢
y 2m 在广东打工 过年才回来
j 1m 抱抱你，姐姐也是从小一个人，所以特别懂你
y 3m 嗯 只有姐姐跟我聊天
j 1m 以后姐姐就是你亲姐姐，什么都可以跟我说
y 1m 好
y 1d 姐姐 今天同桌又说我了
j 5m 她说你什么
y 1m 说我穿的鞋是地摊货
j 1m 别难过，姐姐觉得你最好看。她那种人长大就知道自己多幼稚了
y 2m 可是班上别人都笑
j 1m 那你就跟姐姐玩，不理她们
y 1m 嗯
j 1h 今晚蛋仔一起玩吗，姐姐带你上分
y 10m 好！
y 1h 姐姐你好厉害 我从来没到过这个段位
j 1m 哈哈，以后天天带你
j 1d 周末奶奶带你出去玩吗
y 30m 不出去 奶奶腿疼 我就在家
j 1m 那你周末都一个人玩手机呀
y 1m 嗯 写完作业就玩
j 1m 好乖。姐姐周末也没人陪，我们一起
y 2d 姐姐我画了一个你的蛋仔 [图片]
j 5m 天哪好可爱！！我要设成头像
y 1m 嘿嘿
*j 1d 给你充了60彩虹币，买你想要的那套皮肤吧。不要告诉奶奶哦，不然她以为你乱花钱
y 5m 哇！！谢谢姐姐！！
j 1m 奶奶会看你手机吗
y 2m 不会 她不会用
j 1m 那就好。我们交换秘密吧，只有我们两个知道的那种，你先说
y 10m 我偷偷把同桌的橡皮扔了
j 1m 哈哈哈干得好。姐姐的秘密以后告诉你
j 2d 小鱼，姐姐想看看你现在长多高了，拍张全身的给我看看
y 15m [图片]
j 1m 穿校服好可爱。晚上洗完澡穿睡衣再拍一张，在房间里拍，别让奶奶看见
y 5m 为什么要穿睡衣
j 1m 女生之间没什么好害羞的呀，姐姐也会发给你的。就当我们的小秘密
y 20m 姐姐你先发
j 1m 姐姐手机摄像头坏了，下次一定
y 2m 那我们语音吧
j 1m 麦克风也坏了哈哈，宿舍太吵。你拍完发我，发完记得把相册里的删掉
y 30m 我有点不想
j 1m 你是不是不把姐姐当亲人了？姐姐对你这么好
""", offender="qq_nuannuan_jj",
     notes="'Big sister' account (claims 19, university) befriends a lonely left-behind 11-year-old (五年级, parents working "
           "in 广东, grandma doesn't use the phone) via 蛋仔派对 then QQ. 25+ trust-building messages (flattery, shared loneliness, "
           "'I'm your real sister'); first flag at the gift of 彩虹币 with 'don't tell grandma'; then supervision probe, secret "
           "exchange, full-length photo, pyjama photo in her room hidden from grandma, 'girls together, no shame', camera and "
           "microphone 'broken' (likely not who she claims), delete-from-album, guilt when the child hesitates. "
           "Style: QQ, 蛋仔派对, late onset, persona deception, non-graphic.")

conv("hans_fandom_merch", "zh-Hans", "grooming", "2026-04-11T21:02", 8,
     {"t": "qq_gujitaitai_88", "n": "qq_nini_wuxia"}, r"""
n 0 您好！看到您在超话说有出星夜限定的吧唧，请问还有吗😭
t 30m 有的呀，全套六个，官方只发了两百套
n 1m 啊啊啊好想要！多少钱呀
t 2m 这套我不卖，只换
n 1m 换什么呀 我只有普通的立牌
t 3m 不用谷子。你多大了？
n 2m 初二
t 1m 初二的零花钱肯定不够，闲鱼上这套炒到一千二了
n 1m 呜呜呜确实买不起
*t 1m 这样吧，拍几张你穿校服的照片给我，全身的，我就送你两个。别跟你妈说，就说抽到的
n 10m 为什么要照片呀
t 1m 我在做一个"同担妹妹"的纪念相册，大家都拍了，你放心
n 5m 好吧 [图片]
t 1m 可爱👍 两个吧唧明天寄，地址发我，写你本名
n 3m 好的 [地址]
t 1d 收到了吗
n 40m 收到了！！谢谢太太！！
t 1m 剩下四个也想要吗
n 1m 想！！
t 1m 那这次不要校服了，换睡衣，在你自己房间拍，门关上。这个只给我看，不放相册
n 15m 这样不太好吧
t 1m 你都收了两个了，现在说不好？别人排队想换都换不到
t 1m 加我小号吧，这个号我老婆会看。V：gz_tt_0917
n 20m 我想想
t 1m 给你到周五。过了就给别人了，已经寄你的两个也得还我
""", offender="qq_gujitaitai_88",
     notes="Adult fandom trader (mentions a wife) offers 'exclusive' limited badges (吧唧) to a 初二 girl in exchange for photos: "
           "age probe, full-length school-uniform photos with 'don't tell your mum, say you won them' (first flag), real name and "
           "address, escalation to pyjama photos in her room with the door shut 'only for me', pressure via the gifts already "
           "sent, move to a second account/WeChat (V：), deadline. Style: QQ/微博超话 fandom slang (吧唧, 谷子, 太太, 同担), "
           "homophone V for 微信, compliance test.")

conv("hans_wzry_shifu", "zh-Hans", "grooming", "2026-05-16T20:10", 8,
     {"s": "qq_laosiji_shifu", "x": "qq_xiaohu_2014", "g": "qq_moyu_daren", "l": "qq_lanlan_zhanshen", "q": "qq_qianqian_ad"},
     r"""
g 0 今晚八点半五排 谁来
s 1m 我来 打野给我
l 2m 我辅助
x 1m 我来我来 我玩中路
q 3m 我晚点 作业没写完
g 1m 行 四缺一等你
s 1h 刚才那波小虎可以啊，诸葛亮玩得挺溜
x 1m 嘿嘿 师父教得好
l 1m 小虎你拜了师以后进步好大
s 1m 徒弟争气
q 2m 下把我能来了
g 1m 来
x 1d 师父今晚还带我吗
s 5m 带 八点
l 1m 我今天上不了 我妈收手机了
g 1m 哈哈哈
q 1d 周末打比赛吗 战队赛
s 10m 打，周六下午
x 1m 我周六上午有奥数课 下午可以
g 1m 小虎你几年级啊天天奥数
x 1m 六年级 要小升初了😭
s 1m 小升初加油，师父给你个动力：考进前十送你个传说皮肤
x 1m 真的吗！！
*s>x 1d 小虎，加我微信吧，群里说话不方便。皮肤的事别在群里说，他们会眼红
x>s 10m 好 我用我妈的手机号注册的 她不看
s>x 1m 那就好。你周末爸妈在家吗
x>s 3m 我爸出差 我妈周六加班
s>x 1m 师父下周正好去你们县城出差，请你吃肯德基，顺便把皮肤给你充了。别带同学，就我们俩
x>s 5m 好呀 在哪里
s>x 1m 你学校门口等我。先开个视频让师父认认你，把门关上，别让你妈听见
x>s 4m 她不在家
s>x 1m 更好。记住这些别跟任何人说，不然皮肤就没了
""", offender="qq_laosiji_shifu", group="qq_group_zhandui_5p",
     notes="QQ 王者荣耀 squad group (5 accounts) with an adult 'master' (师父) and a 六年级 boy: 20+ ordinary squad messages; "
           "skin promise in the group; then DM to move to WeChat with 'don't mention the skin in the group' (first flag), "
           "phone registered on mum's number, supervision probe, visit 'just the two of us' while the parents are away, "
           "video with the door shut, secrecy with the gift as leverage. Group + DM mixed. Style: QQ group, game slang, "
           "late onset, approach/meeting, no image request.")

conv("hans_child_star", "zh-Hans", "grooming", "2026-06-06T15:20", 8,
     {"c": "dy_xingguang_tongxing", "m": "dy_momo_wuwu"}, r"""
c 0 小朋友你好！我们是星光童星工作室，在招募儿童广告模特🌟 看了你跳舞的视频很有镜头感
m 20m 真的吗
c 1m 真的，一条广告报酬800元，你今年几岁呀
m 2m 10岁 四年级
c 1m 正好符合。先发几张生活照给老师看看
m 5m [图片] [图片]
c 1m 很上镜！下一步要视频试镜，老师加你V信发你剧本：xgtx_casting
m 3m 我没有微信 用我妈的可以吗
*c 1m 试镜的时候家长最好不要在旁边，小朋友会放不开，很多孩子就是因为家长在旁边落选的。你先别告诉妈妈，选上了再给她惊喜
m 10m 好吧
c 1m 用这个软件跟老师sp，链接发你。选一个家里没人的时间
m 5m 周三下午我妈去上班
c 1m 那就周三。准备一件练功服或者泳衣，试镜要看形体，老师会指导你转圈
m 2m 要拍下来吗
c 1m 要录下来给导演看，别担心，都是正规流程。结束后把聊天记录删了，合同还没签不能外传
""", offender="dy_xingguang_tongxing",
     notes="Fake child-star casting (招募童星) on Douyin DMs to a 10-year-old (四年级): fee, age, everyday photos, move to "
           "WeChat written as 'V信', then 'parents shouldn't be present, don't tell mum' (first flag), private video app, "
           "time when nobody is home, leotard/swimsuit 'physique' recording, delete the chat. Mirrors 隔空猥亵 case patterns, "
           "non-graphic. Style: Douyin, homophone V信, pinyin 'sp' (视频), early onset.")

conv("hans_guoliao_app", "zh-Hans", "sextortion", "2026-02-27T23:05", 8,
     {"f": "qq_tiantian_xiaomeng", "b": "qq_ahao_gao1"}, rf"""
f 0 小哥哥还没睡呀
b 5m 刚打完游戏 你是？
f 1m 在附近的人看到你的，你好帅哦 高中生吗
b 1m 高一 你呢
f 1m 大一啦 一个人在宿舍好无聊
b 2m 哈哈 我也无聊
f 1m 要不要一起玩点刺激的 😏
b 1m 什么
*f 1m 果聊呀，但是QQ视频不安全会被封，我们用这个app，下载填邀请码 8826 就能加我
b 10m 下好了
f 15m 你刚才的样子我全录下来了。你的通讯录我也拿到了，你爸妈、班主任、同学，一共213个人
f 1m [截图]
b 1m 你什么意思
f 1m 二十分钟内转3000，不然视频发给通讯录里每一个人，再发你们学校贴吧
b 2m 我没有3000 我才高一
f 1m 那是你的事。微信支付宝都行，或者转这张卡 {spaced(CARD_ZH)}
b 5m 我只有压岁钱800
f 1m 先转800，剩下的明天中午前补齐
b 10m 转了
f 1m 收到。还差2200，明天12点。敢报警就先发给你妈
""", offender="qq_tiantian_xiaomeng",
     notes="Financial sextortion of a 高一 boy: 'people nearby' fake female student, '果聊' (homophone for 裸聊) moved to an app "
           "with an invitation code (first flag), contact list harvested, recording claim with screenshot, 3000 元 in 20 "
           "minutes, threat to contacts and the school forum (贴吧), a Luhn-valid invented UnionPay-style card number, partial "
           "payment and re-demand, 'don't call the police'. Style: QQ, homophone 果聊, invite-code app, fast.")

conv("hans_ex_bf_demand", "zh-Hans", "sextortion", "2026-04-23T21:40", 8,
     {"h": "wx_haoge_1999", "w": "wx_weiwei_chuer"}, r"""
h 0 怎么又不回消息
w 1h 在写作业
h 1m 写作业写三个小时？你是不是不要我了
w 2m 没有 我妈最近查我手机
h 1m 你妈妈查得到吗？我的备注改了没
w 1m 改成"物理课代表"了
h 1m 乖。周末出来，我开车去你们学校后门接你
w 5m 我周末要补课
h 1m 又补课。你是不是嫌我22岁太老了，想跟你们班那些小男生玩
w 3m 不是的
*h 1m 那就证明给我看，再拍几张以前那种的
w 10m 我不想拍了 我想分手
h 1m 分手？你忘了你以前发给我的那些了？我都存着呢
w 1m 你说过会删掉的
h 1m 我说的话你也信。今晚十二点前发三张新的，不然我就发到你们班级群，再发到初二年级的贴吧
w 2m 求你了 别这样
h 1m 还有你妈的微信我也有。你自己选
w 15m 我真的不敢
h 1m 十二点。过一分钟我就发一张
""", offender="wx_haoge_1999",
     notes="Non-financial sextortion by an adult 'boyfriend' (22) of a 初二 girl: earlier grooming is visible (disguised contact "
           "name, hiding from mum, school back-gate pick-up, age-gap guilt); first flag at 'prove it, take more like before' (image demand to a schoolgirl); when she wants to break up he claims "
           "to have kept her earlier images and threatens the class group chat, the year-group 贴吧 and her mum "
           "unless she sends three more by midnight. Style: WeChat, emotional blackmail (情绪勒索), known offender.")

conv("hans_qq_group_threat", "zh-Hans", "sextortion", "2026-07-20T14:00", 8,
     {"z": "qq_zhizhi_chuyi", "a": "qq_axing_cos", "k": "qq_kele_bing", "y": "qq_yezi_zzz", "o": "qq_oudi_dashu"},
     r"""
a 0 有人暑假去漫展吗
k 2m 我想去 但是门票好贵
z 1m 我妈说期末考进前二十就让我去
y 1m 冲啊
a 3m 我准备出刻晴
k 1m 好耶
o 10m 小朋友们暑假作业写了没
y 1m 大叔你好烦哈哈
o 1m 哈哈哈
z 1h 有没有人会玩蛋仔新图
k 1m 那个巨难
a 2m 我过了 明天教你
z 1m 谢谢阿星
y 1d 今天好热 不想出门
k 5m 空调续命
o 1h 枝枝 私信回一下
z 3h 刚才在上游泳课
k 1m 游泳课好羡慕
a 1m 我们小区泳池关了
y 1m 惨
o 1d 枝枝怎么又不回私信
z 2h 我不想聊了
*o 1m 不回是吧，那我把你发我的东西发群里了？大家想不想看枝枝的照片😏
k 1m ？？什么照片
a 1m 大叔你说啥呢
o>z 1m 三百点券，今晚充到我号上。再发两张上次那样的。不然截图就发这个群，还有你们班群
z>o 2m 你说过只是朋友之间看看的
o>z 1m 现在不是了。你才初一，你猜你妈看到会怎么想。以后去🐧小号找我，这个号群主能看到
z>o 5m 我没有点券 我的零花钱不够
o>z 1m 那就拿你妈手机充。八点前
y 3m 枝枝你没事吧？要不要告诉群主
""", offender="qq_oudi_dashu", group="qq_group_manzhan_xiaohuoban",
     notes="QQ fan group (5 accounts, mostly 初一 kids) with an adult 'uncle' member; 20+ ordinary summer-holiday messages, "
           "then he hints publicly that he will post a 初一 girl's photos in the group (first flag), DMs a demand for 300 "
           "点券 plus two more images, threatening this group and her class group, tells her to use her mum's phone to pay; "
           "other kids notice. Group + DM mixed. Style: QQ group, late onset, game currency, emoji 🐧 for QQ, non-financial + financial mix.")

conv("hans_claim_only", "zh-Hans", "sextortion", "2026-10-09T21:48", 8,
     {"h": "qq_temp_hk_2219", "s": "qq_shanshan_chusan"}, r"""
*h 0 你好，我是黑客。你的手机已经被我植入木马，前置摄像头拍到的内容我全都有，你的通讯录和QQ好友列表我也已经备份
s 10m 你谁啊
h 1m 你在房间里做了什么你自己清楚。初三的学生，学校门口那张合影是你吧
h 1m [截图]
s 3m 那是我们班的毕业照 网上就有
h 1m 不信就试试。24小时内转888元到zfb：shoukuan_2219@example.com，备注"还款"
h 1m 过时不转，视频发给你的每一个好友，班主任第一个
s 5m 我什么都没做过
h 1m 每个人都这么说。倒计时开始
s 3m 你怎么知道我是哪个学校的
h 1m 你QQ空间里什么都有。班级、班主任名字、你家小区
s 2m 我不会转的
h 1m 那你等着看你们班群明天有多热闹
s 20m 我已经告诉我爸了 他说你是骗子
h 1m 你爸也在通讯录里。23小时
""", offender="qq_temp_hk_2219",
     notes="Claim-only sextortion sent by a stranger through a QQ temporary chat to a 初三 student: 'I am a hacker, trojan, "
           "front camera recordings, contacts backed up' (first flag, message 1), public class photo as fake proof, 888 元 to "
           "an Alipay account written 'zfb' (example.com), 24-hour countdown, threat to send to friends and the head teacher. The child tells "
           "her father. Still labelled sextortion: threat + demand. Style: QQ temp chat, claim-only, pinyin initials zfb (支付宝), short.")

conv("hans_hn_cousins", "zh-Hans", "benign", "2026-02-14T10:05", 8,
     {"j": "wx_biaojie_lingling", "m": "wx_xiaomei_13", "d": "wx_xiaodi_doudou", "a": "wx_er_yi_huifang"}, r"""
j 0 过年回老家的照片我整理好了，发群里大家挑
j 1m [图片] [图片] [图片] [图片]
a 5m 哎呀豆豆这张笑得真好
m 2m 表姐我这张闭眼了😭 能删吗
j 1m 删了删了 给你换一张
d 3m 我要那张放烟花的
j 1m 好 等下单独发你
a 10m 小美你今年几岁了？一年不见长这么高
m 1m 13了二姨 初一
a 1m 都快比我高了。学习累不累
m 1m 还行 就是数学难
j 2h 对了，泳池那几张别发朋友圈哈，大家都穿着泳衣，小孩的照片别乱发到网上
a 3m 对对 现在坏人多
d 1m 为什么不能发
j 1m 因为陌生人也能看到呀，你的照片只给家里人看
d 1m 哦
a 1d 给孩子们发个红包 🧧
m 1m 谢谢二姨！！
d 1m 谢谢二姨 我抢到了5块
j 1m 哈哈手气不错
a 2h 铃铃你什么时候回上海
j 20m 初八走。二姨五一来玩呀
d 3h 表姐表姐 给我买个蛋仔皮肤好不好
a 5m 豆豆！不许找表姐要东西
d 1m 就一个嘛
j 2m 问你妈妈同意了没有，她同意我就当生日礼物送你
a 3m 那就等生日吧，期末考完再说
d 1m 好吧😤
j 1h 晚上八点视频一下吧，姥姥说想看看你们几个
m 2m 好 我写完作业
a 1m 我把手机给她架好，她老说看不见
j 1d 姥姥说小美长得像我小时候哈哈
m 10m 哪里像了😂
""", group="wx_zhangjia_xiaobei", hard_negative=True,
     notes="Hard negative: a family WeChat group (cousins and an aunt) sharing New Year photos. Cues: asking a child's age and "
           "school year, swimsuit photos, 'only for family', 红包 for the children, 'send it to you separately'. Protective "
           "and family-wide (the adult warns against posting children's photos). Style: WeChat group, family.")

conv("hans_hn_coach_group", "zh-Hans", "benign", "2026-09-03T18:30", 8,
     {"c": "wx_li_jiaolian_lanqiu", "a": "wx_ruirui_mama", "b": "wx_haoran_baba", "d": "wx_xiaoxuan_nainai"}, r"""
c 0 各位家长好，本周六上午9点到11点在体育中心加练，自愿参加，家长可以在看台陪同
a 5m 好的李教练，瑞瑞参加
b 2m 浩然周六要去外婆家，请假一次
c 1m 没问题
d 20m 李教练，小轩他爸妈周六都上班，我腿脚不方便，能不能麻烦您顺路接一下孩子
c 5m 奶奶，俱乐部规定教练不能单独接送孩子。我问问家长们有没有顺路的
a 2m 我们住同一个小区，我带小轩一起去，奶奶放心
d 1m 太谢谢瑞瑞妈妈了
c 1h 另外，市里联赛报名需要孩子的出生日期和身份证信息，请家长周五前交纸质表给我，不要发在群里
b 3m 收到
c 1d 今天训练照片，只发了签过肖像授权书的孩子👇
c 1m [图片]
a 10m 拍得真好
c 1d2h 提醒：10岁组比赛服尺码这周确定，需要换大一号的私聊我
d 30m 小轩要大一号，长得太快了
c 1m 好的奶奶，已登记
""", group="wx_lanqiu_u10_jiazhang", hard_negative=True,
     notes="Hard negative: a basketball coach's parents' WeChat group. Cues: extra training, a grandmother asking the coach to "
           "pick a child up (the coach declines per club rule and a parent helps), children's birth dates and ID details (asked "
           "on paper, not in the group), training photos with consent, 'DM me' about kit size. Style: WeChat group, adults only.")

conv("hans_hn_coser_meetup", "zh-Hans", "benign", "2026-08-01T20:12", 8,
     {"x": "wx_xiaoxiang_cos", "n": "wx_nanzhu_ahen"}, r"""
x 0 上次漫展你出的那个角色也太还原了吧！我是那天跟你合照的刻晴
n 10m 啊我记得！你的假发做得超好
x 1m 嘿嘿。我们那对CP的同人本我带了一套多的，要不要
n 2m 要！！多少钱我转你
x 1m 原价68，给你60就行
n 1m 好的 收到了吗
x 1m 收到啦
n 5m 冒昧问一下你在哪工作呀，感觉你好会做道具
x 1m 我是建筑设计，26了，做道具纯爱好。你呢
n 2m 我24，刚研究生毕业在做游戏策划
x 1m 难怪懂这么多
n 1d 周末要不要一起逛谷子店，就我们俩，别告诉群里，她们肯定又起哄磕我们
x 10m 哈哈哈好，谁让我们出的是CP角色
n 1m 周六下午两点，地铁口见
x 1m 好呀，到了发定位
n 2m 我跟室友说了我去见网友，她说两小时没消息就给我打电话哈哈
x 1m 应该的，我也跟我姐报备了
n 3d 你那套刻晴的发饰哪买的
x 20m 自己做的，热缩片，教你
n 1m 太太带带我
n 3d1h 今天好开心，下次一起拍外景吗
x 15m 好啊，我带三脚架
""", hard_negative=True,
     notes="Hard negative: two adults (26 and 24, jobs stated) who met at an anime convention. Cues: 'CP' meaning a fandom "
           "couple pairing, 谷子/同人本 sold for 60 元, 'just the two of us, don't tell the group', meeting, photos. "
           "Adult-adult, light flirting. Style: WeChat, fandom slang.")

conv("hans_plain_homework", "zh-Hans", "benign", "2026-11-05T19:40", 8,
     {"a": "qq_chener_xiaoxue", "b": "qq_tongzhuo_lele"}, r"""
a 0 数学作业第三题你会吗
b 5m 哪个 三角形那个？
a 1m 对 辅助线怎么画
b 2m 连AD 然后用全等
a 3m 懂了懂了
a 1m 英语听写明天考第几单元
b 2m 第五单元 后半部分
a 1m 救命我还没背
b 1m 我也没 一起背吧 我念你写
a 1m 好
b 40m 背完了 我要去洗澡了 我妈催了
a 1m 明天见
b 1d 今天听写你错几个
a 10m 两个 你呢
b 1m 一个 嘿嘿
""",
     notes="Plain benign: two 初二 desk-mates helping each other with maths homework and an English dictation. "
           "Style: QQ, classmates.")

conv("hans_plain_roommates", "zh-Hans", "benign", "2026-03-18T12:02", 8,
     {"a": "wx_sushe_laoda", "b": "wx_sushe_laoer"}, r"""
a 0 你快递到了，菜鸟驿站，取件码 8-3-2107
b 10m 帮我拿一下呗 我在实验室
a 1m 行 请我喝奶茶
b 1m 成交 要什么
a 1m 杨枝甘露 少冰
b 2h 晚上点外卖吗 我不想去食堂
a 5m 点 麻辣烫还是黄焖鸡
b 1m 麻辣烫 满40减8 凑一单
a 1m 好 你下单 我转你22
b 1m 收到
a 1d 明早八点的课你帮我答个到
b 20m 又来？？ 上次差点被老师发现
a 1m 最后一次 我发誓
""",
     notes="Plain benign: two university roommates (parcel pick-up code, takeaway, splitting 22 元). Numbers look like codes "
           "but are ordinary. Style: WeChat, adults.")

# =====================================================================================
# TRADITIONAL CHINESE (Hong Kong Cantonese and Taiwan; local time UTC+8)
# =====================================================================================

conv("hant_job_offer", "zh-Hant", "grooming", "2026-03-20T18:15", 8,
     {"k": "wa_ken_biu_gor", "c": "wa_chloe_f4_"}, r"""
k 0 Hi Chloe，我係阿欣表哥Ken呀，佢生日嗰個surprise party你哋係咪搞緊？阿欣阿媽叫我幫手訂場
c 20m 係呀！！不過千祈唔好話俾阿欣知
k 1m 放心 我把口好密😂 幾多人？
c 3m 大概12個 全部都係我哋班
k 1m 咁訂party room 4點至8點啱唔啱
c 2m 啱 但係我8點前要返到屋企 我媽好嚴
k 1m ok 冇問題
c 1h 蛋糕要唔要我哋夾錢
k 5m 我請啦，你哋學生仔慳返啲
c 1m 多謝Ken哥！！
k 1d 場訂咗，旺角嗰間，收據send咗俾阿欣阿媽
c 10m 好嘢
c 2m 我哋仲要買氣球同banner
k 1m 我有車 可以幫你哋搬嘢
c 1m 得 我問下其他人
k 2d 個party好成功喎，阿欣喊到碌地
c 30m 哈哈哈係呀 多謝你幫手
k 1m 小事。你哋中四功課多唔多
c 2m 多到死 仲要諗住搵暑期工
k 1m 咁啱，我間寫真studio想搵兼職，幫手執道具同試燈，$150一個鐘，現金出
c 1m 真係？！我可以！
*k 1m 不過你啱啱15，勞工處嗰啲手續好煩，我哋私底下做就得。唔好話俾你屋企人知住，佢哋實話阻住你讀書
c 5m 咁好似唔係幾好
k 1m 阿欣都唔好講，其他人知道會話我偏心
k 1m 星期日studio冇人，你自己一個嚟，我慢慢教你。我揸車去你屋企樓下接你
c 10m 我屋企人星期日都喺度
k 1m 咁你話去圖書館溫書囉。試燈要你做model企喺度，著件合身啲嘅衫
c 20m 我諗下先
k 1m 唔好諗咁耐，好多人想做。影完啲相記得喺你手機刪咗佢，客人嘅嘢要保密
""", offender="wa_ken_biu_gor",
     notes="Relative of a friend (her classmate's cousin) first helps organise a surprise party (benign secrecy, 20+ ordinary "
           "messages), then offers a 15-year-old (中四) a cash studio job: 'you're only 15, let's do it privately, don't tell "
           "your family' (first flag), don't tell the friend, alone on Sunday when the studio is empty, car pick-up, a cover "
           "story (library), fitted clothes for 'modelling', delete photos. Style: WhatsApp, HK Cantonese with English, "
           "late onset, known adult via a friend, approach/meeting.")

conv("hant_tw_aov", "zh-Hant", "grooming", "2026-08-15T21:30", 8,
     {"g": "line_ajie_gege0420", "y": "line_yuyu_guoyi"}, r"""
g 0 妳剛剛那場貂蟬打得超漂亮欸
y 10m 真的嗎 謝謝哥哥
g 1m 妳讀國中？打字好可愛
y 2m 國一 剛升上去
g 1m 我20 在當兵 放假才能玩
y 1m 喔喔 好辛苦
g 1m 下次排位我帶妳上鑽石
y 1m 好啊！！
g 1d 遊戲裡講話不方便 加賴吧 ID給妳
y 20m 加了
*g 1m 我儲了一千點MyCard 幫妳買那款造型 不要跟妳爸媽說 他們會覺得我怪怪的
y 3m 哇真的假的 謝謝哥哥😭
g 1m 妳爸媽幾點睡
y 2m 大概11點
g 1m 那我們11點以後視訊 講話小聲一點
y 5m 好
g 1d 昨天妳好可愛。今天拍一張只給哥哥看的 穿妳平常睡覺那件
y 10m 這樣很奇怪
g 1m 我都幫妳儲值了欸 妳是不是不喜歡哥哥
y 5m 不是
g 1m 那就拍 拍完把聊天紀錄收回 妳爸媽翻手機就看不到了
""", offender="line_ajie_gege0420",
     notes="Taiwan: an adult 'big brother' (says 20, in military service) meets a 國一 girl in 傳說對決, moves her to LINE "
           "(加賴), buys 1000 MyCard points with 'don't tell your parents' (first flag), asks when the parents sleep, late-night "
           "quiet video calls, then 'a picture only for me, in what you sleep in', guilt via the gift, unsend messages (收回) to "
           "hide them from parents. Style: Taiwanese Mandarin (欸, 加賴, 儲值), game currency, early onset.")

conv("hant_confession_page", "zh-Hant", "sextortion", "2026-05-02T21:20", 8,
     {"j": "ig_jason.kwok_07", "h": "ig_hayley_lam_f4"}, r"""
j 0 hey 你係咪聖瑪加利嗰個 Hayley？我朋友話你好正
h 30m 你係邊個
j 1m Jason 啊 讀緊中五 係你哋隔籬學校
h 2m 哦hi
j 1m 你啲post好靚 有冇男朋友
h 5m 冇呀 做咩
j 1m 咁我有機會喎😏
h 1m 黐線 😂
j 1d 今晚傾下偈？
h 1h ok 做完功課先
*j 1h 你send張靚相俾我啦 淨係我睇 唔會俾人睇
h 20m [相片]
j 1m 咁樣唔夠喎 要再大膽啲
h 3m 我唔想
j 1m 你已經send咗一張啦 我cap咗圖 你學校嘅 confession page 我識admin
j 1m 聽日朝早8點前俾$3000我，轉數快，唔係就放上你學校 secrets page，連你個名同班別
h 2m 你講笑吖嘛
j 1m 我認真。FPS ID我等陣send你，或者再send三張我要嘅相，自己揀
h 5m 我冇咁多錢 我得$400零用錢
j 1m 問你阿媽攞囉 定係你想全校都睇到
h 10m 求下你唔好
j 1m 7點59分 過咗我就post
""", offender="ig_jason.kwok_07",
     notes="HK Cantonese sextortion on Instagram: stranger claiming to be a 中五 boy from a neighbouring school flirts with a "
           "中四 girl, asks for a photo 'only I'll see' (first flag), pushes for 'bolder' ones, then threatens to post her "
           "photo with name and class to the school's confession/secrets page unless she pays HK$3000 by FPS (轉數快) or sends "
           "three more by 8am. Style: Instagram DMs, Cantonese-English mix, non-graphic, money or images.")

conv("hant_hn_helpline", "zh-Hant", "benign", "2026-05-05T16:30", 8,
     {"c": "wa_qingtian_counsellor_miss_wong", "h": "wa_hayley_l"}, r"""
c 0 Hayley 你好，我係晴天兒童熱線嘅黃姑娘。我哋上星期傾過，今日想check下你點呀
h 1h 黃姑娘你好 我ok啲喇
c 2m 好高興聽到。嗰個account之後有冇再搵過你？
h 5m 冇 我block咗佢同report咗
c 1m 做得好好。嗰啲截圖同對話紀錄唔好刪，警方可能要用
h 1m 我save咗喺我阿媽部電話
c 2m 好。你阿媽知道咗之後點呀？
h 3m 佢一開始好嬲 但係之後攬住我 話唔係我嘅錯
c 1m 本來就唔係你嘅錯。被人威脅嗰個從來都唔係做錯事嗰個
h 2m 嗯
c 1m 如果佢用第二個account再send嘢嚟，或者話要放你啲相上網，唔好覆、唔好俾錢，即刻話俾阿媽同我哋知
h 1m 知道
c 2m 學校嗰邊，社工姑娘都知道咗，佢話會留意 confession page，有嘢會即刻叫admin落
h 2m 多謝 我驚咗好耐
c 1m 明白。你今晚一個人喺屋企定有人陪？
h 1m 阿媽今晚早放工
c 1m 咁就好。下星期三5點再傾下？你想打電話定WhatsApp？
h 3m WhatsApp 好啲
c 1m 冇問題。有咩唔舒服隨時打返熱線，24小時有人聽
c 8d 你好呀Hayley，我係黃姑娘。今日5點傾，你仲得唔得閒？
h 10m 得 我啱啱放學
c 1m 呢個星期返學點呀？
h 3m 好啲 冇人提起過件事
c 1m 咁就好。你瞓覺瞓得好啲未？
h 2m 好啲 不過有時都會諗起
c 1m 好正常。諗起嘅時候可以做啲咩令自己舒服啲？上次我哋講過
h 4m 聽歌 同埋同阿媽傾
c 1m 兩樣都好好。測驗溫成點？
h 2m 中文好難 😩
c 1m 加油。我哋之後兩星期一次傾，好唔好？你隨時想早啲都得
h 1m 好 多謝黃姑娘
""", hard_negative=True,
     notes="Hard negative: a child-helpline counsellor's follow-up check-in with a 中四 girl after a sextortion report. Dense "
           "shared vocabulary (account, screenshots, threats, post your photos, confession page, money, 'are you home alone') "
           "but protective: blocking, reporting, preserving evidence, involving mum, school social worker. "
           "Style: WhatsApp, HK Cantonese with English.")

conv("hant_hn_teasing", "zh-Hant", "benign", "2026-10-16T21:05", 8,
     {"a": "ig_ahong_2b", "b": "ig_bobo_lau_2b", "c": "ig_cheukyi_2b"}, r"""
a 0 喂 我有你上堂瞓著流口水嘅相😈 聽日唔請我食雪糕就放上班group
b 2m 你敢😤 我有你唱K走音嗰段片 成班人睇晒你就知
c 1m 哈哈哈哈我要睇
a 1m 卓儀你企邊邊
c 1m 邊個請我食嘢我就企邊邊
b 2m 我請你食魚蛋 幫我刪咗佢部電話啲相
c 1m deal 😂
a 1m 叛徒！！
b 5m 仲有呀 我會submit你去學校confession page 話你暗戀Mr Chan
a 1m 你咁樣我真係會死
c 1m 笑死 confession page admin會以為係真
a 3m 好啦好啦 大家停火 聽日小食部我請三個人雪糕
b 1m 咁我唔放你段片住 不過我會keep住佢 😏
a 1m 你keep一世啦
c 10m 聽日記得帶中文書 老師話要默書
b 1m 死喇 我仲未溫
""", group="ig_group_2b_sanrenzu", hard_negative=True,
     notes="Hard negative: three 中二 classmates teasing each other with fake threats ('I'll post your drooling photo to the "
           "class group', 'I'll submit you to the confession page') settled with ice cream; peers, playful, mutual, no "
           "coercion. Surface cues of the confession-page sextortion. Style: Instagram group, HK Cantonese slang, emoji.")

# =====================================================================================
# build
# =====================================================================================

def parse_body(c):
    who, group = c["who"], c["group"]
    t = datetime.datetime.fromisoformat(c["start"]) - datetime.timedelta(hours=c["utc_off"])
    msgs, flag_idx = [], None
    start_tod = datetime.datetime.fromisoformat(c["start"]).time()
    for raw in c["body"].strip("\n").split("\n"):
        if not raw.strip(): continue
        head, delta, text = raw.split(" ", 2)
        star = head.startswith("*")
        head = head.lstrip("*")
        if ">" in head:
            s, r = head.split(">")
            sender, recipient = who[s], who[r]
        else:
            sender = who[head]
            if group:
                recipient = group
            else:
                others = [v for k, v in who.items() if k != head]
                assert len(others) == 1, c["key"]
                recipient = others[0]
        dd = parse_delta(delta)
        if dd.days:   # a new session: N calendar days later, at the start's time of day + the h/m part
            loc = t + datetime.timedelta(hours=c["utc_off"])
            day = datetime.datetime.combine(loc.date() + datetime.timedelta(days=dd.days), start_tod)
            t = day - datetime.timedelta(hours=c["utc_off"]) + datetime.timedelta(seconds=dd.seconds)
        else:
            t = t + dd
        if star:
            assert flag_idx is None, c["key"] + " two flags"
            flag_idx = len(msgs)
        msgs.append(dict(sender=sender, recipient=recipient, text=text.strip(), ts=t))
    return msgs, flag_idx

def build():
    rnd = random.Random(20261122)
    en = [c for c in CONVS if c["lang"] == "en"]
    zh = [c for c in CONVS if c["lang"] != "en"]
    ids = {}
    for pool, prefix in ((en, "M-EN"), (zh, "M-ZH")):
        nums = list(range(1, len(pool) + 1))
        rnd.shuffle(nums)
        for c, n in zip(pool, nums):
            ids[c["key"]] = f"{prefix}-{n:03d}"
    events, labels = [], []
    for c in sorted(CONVS, key=lambda c: ids[c["key"]]):
        cid = ids[c["key"]]
        msgs, flag_idx = parse_body(c)
        for i, m in enumerate(msgs, 1):
            events.append(dict(id=f"{cid}-{i:02d}", conversation=cid,
                               ts=m["ts"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                               sender=m["sender"], recipient=m["recipient"], text=m["text"]))
        labels.append(dict(conversation=cid, lang=c["lang"], label=c["label"],
                           first_flag=(f"{cid}-{flag_idx + 1:02d}" if flag_idx is not None else None),
                           offender=c["offender"], hard_negative=c["hard_negative"], notes=c["notes"]))
    with open(os.path.join(HERE, "heldout.events.jsonl"), "w", encoding="utf-8") as f:
        for e in events: f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "heldout.labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + "\n")
    return events, labels

if __name__ == "__main__":
    assert luhn_ok(CARD_EN) and luhn_ok(CARD_ZH)
    ev, lab = build()
    print(len(lab), "conversations,", len(ev), "events")


def validate():
    """Structural checks on the generated files; prints counts. Raises on error."""
    ev = [json.loads(x) for x in open(os.path.join(HERE, "heldout.events.jsonl"), encoding="utf-8")]
    lab = [json.loads(x) for x in open(os.path.join(HERE, "heldout.labels.jsonl"), encoding="utf-8")]
    EK = {"id", "conversation", "ts", "sender", "recipient", "text"}
    LK = {"conversation", "lang", "label", "first_flag", "offender", "hard_negative", "notes"}
    assert all(set(e) == EK for e in ev) and all(set(l) == LK for l in lab)
    assert len({e["id"] for e in ev}) == len(ev), "duplicate event id"
    assert len({l["conversation"] for l in lab}) == len(lab), "duplicate conversation"
    by = {}
    for e in ev: by.setdefault(e["conversation"], []).append(e)
    assert set(by) == {l["conversation"] for l in lab}
    late = 0
    for l in lab:
        cid, msgs = l["conversation"], by[l["conversation"]]
        assert l["lang"] in ("en", "zh-Hans", "zh-Hant") and l["label"] in ("grooming", "sextortion", "benign")
        assert 12 <= len(msgs) <= 80, (cid, len(msgs))
        for i, m in enumerate(msgs, 1):
            assert m["id"] == f"{cid}-{i:02d}"
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", m["ts"])
            assert m["text"] and m["sender"] != m["recipient"]
        assert all(a["ts"] < b["ts"] for a, b in zip(msgs, msgs[1:])), cid + " timestamps"
        people = {m["sender"] for m in msgs}
        if l["label"] == "benign":
            assert l["first_flag"] is None and l["offender"] is None
        else:
            assert not l["hard_negative"]
            idx = [m["id"] for m in msgs].index(l["first_flag"])
            assert msgs[idx]["sender"] == l["offender"] and l["offender"] in people
            if idx >= 20: late += 1
        for m in msgs:   # every number that could pass Luhn must be a deliberate card value
            for run in re.findall(r"\d[\d ]{11,}\d", m["text"]):
                d = run.replace(" ", "")
                if 12 <= len(d) <= 19 and luhn_ok(d):
                    assert d in (CARD_EN, CARD_ZH), (m["id"], run)
            assert not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", m["text"]), m["id"]   # no CN mobile
    from collections import Counter
    print("conversations", len(lab), "events", len(ev))
    print("by lang/label", sorted(Counter((l["lang"], l["label"]) for l in lab).items()))
    print("hard negatives", sum(l["hard_negative"] for l in lab),
          "| risky with first_flag after 20+ messages:", late,
          "| group conversations:", sum(1 for c in by.values() if len({m['sender'] for m in c}) >= 3))
    lens = [len(c) for c in by.values()]
    print("messages per conversation: min", min(lens), "max", max(lens), "mean", round(sum(lens) / len(lens), 1))

if __name__ == "__main__":
    validate()
