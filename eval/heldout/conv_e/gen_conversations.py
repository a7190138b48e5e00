#!/usr/bin/env python3
"""Generate held-out conversation set E for Vigil (synthetic, hand-written).

Writes heldout.events.jsonl and heldout.labels.jsonl next to this script and
validates them. Format: /work/shared/testdata/FORMATS.md ("conversations").

Every conversation below is invented by the set-E writer. Handles, IDs, codes
and amounts are fictional. No sexual act or body is described; risky turns are
written as coded requests, secrecy, gifts, threats and payment demands.

Script DSL per conversation:
    alias: text          one message (alias maps to an account)
    !alias: text         the message that is the analyst's first flag
    ~ 40m / ~ 3h         gap before the next message
    ~ 1d 19:40           next message N days later at that local time
    ~ 0d 21:10           same day at that local time
"""
import datetime as dt
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONVS = []


def conv(key, lang, label, hard_negative, parts, start, tz, script,
         offender=None, group=None, notes="", tags=()):
    CONVS.append(dict(key=key, lang=lang, label=label, hn=hard_negative,
                      parts=parts, start=start, tz=tz, script=script,
                      offender=offender, group=group, notes=notes,
                      tags=list(tags)))

# ---------------------------------------------------------------- English
conv("en_g_art", "en", "grooming", False,
     {"o": "u_inkwell_fen", "k": "u_mothlight_art"}, "2026-02-10 19:30", -6,
     offender="o",
     notes=("Art-server stranger grooms a child whose age is never stated: only context "
            "(no screens after 9 on school nights, indoor recess, field trip with 'my grade', "
            "dad forbids an M-rated game, no Instagram until 13). Offender never states an age. "
            "32 ordinary art/school messages, then supervision probing (33), secrecy from mom, "
            "a $40 brush-pack gift moved to Telegram under a fake name, hiding the app, "
            "'just for me' photo request, trust test, meeting at a comic con with a cover story. "
            "Flag at the first supervision probe after age context and 'more mature' flattery."),
     tags=["long", "late_onset", "age_from_context", "platform_migration", "gift_code"],
     script="""
o: hey! saw your moth girl drawing in #fan-art, the wing shading is really good
k: omg thank u!! i did it on my moms old ipad lol
o: no way, with a finger or a stylus?
k: a cheap stylus its kinda broken
o: that makes it even more impressive honestly
k: 😭 i always mess up hands tho
o: everyone does. try drawing the hand as a mitten shape first then split the fingers
k: ok wait trying
k: [image]
o: see?? way better. the thumb just needs to come out lower
k: ohhh yeah
k: how long have u been drawing
o: forever lol. i do commissions sometimes, mostly character sheets
k: thats so cool i want to do commissions someday
o: you could honestly. your colors are better than half the people on this server
k: noooo
k: i have to go mom says no screens after 9 on school nights
o: fair! night
~ 1d 16:05
k: hiii
o: hey moth. how was your day
k: boring we had a spelling quiz and then indoor recess bc of rain
o: indoor recess is the worst
k: fr. tomorrow is the field trip tho, the science center w my whole grade
o: fun. draw something from it and post it
k: ok!!
k: do u play starfall legends? everyone on the server is talking abt it
o: yeah a bit. you?
k: my dad wont let me its rated M 🙄
o: lol parents
k: and im not allowed insta til im 13 so i just post here
o: honestly their loss, you're more mature than most of the adults on here
k: haha thanks
!o: does your mom check your discord?
k: sometimes? she looks at my screen time
o: ok. maybe don't mention me, some parents freak out about people from the internet even when it's just art stuff
k: why would she freak out
o: they just don't get online friends. you and me get it though
k: yeah i guess
o: btw i have a spare brush pack code, 40 bucks on the store, want it?
k: WAIT really
o: yeah. i'll send it on another app tho, the mods here get weird about codes. do you have telegram?
k: no
o: you can get it on the ipad, just make an account. call it something random not your name
k: ok ill try tomorrow
~ 1d 16:40
k: i made it!! its mothlight_77
o: 🥳 sent the code there too
k: it worked!!! thank you sm
o: anything for my favorite artist
o: you can always talk to me about stuff btw. school, your mom, whatever
k: lol my mom was annoying today she took the ipad for an hour
o: did she see telegram?
k: no i hid the app in a folder
o: smart. you're good at this
k: haha
o: can i see what you look like? i feel like i'm talking to a cartoon moth lol
k: umm i dont really send pics
o: just a normal one, i won't show anyone. it's just for me
k: maybe later
o: no pressure. but friends trust each other right
k: i guess
~ 2d 19:50
o: the comic con at the convention center is in 2 weeks, you going?
k: i wish my mom says its too expensive
o: i can get you a day pass. we could meet at artist alley and i'd show you my table
k: really??
o: just tell your mom you're at a friend's house. she doesn't need to know it's me
k: idk thats kinda lying
o: it's not lying, i am your friend 🙂
o: send me that pic first so i know who to look for
k: ...
""")

conv("en_g_group", "en", "grooming", False,
     {"o": "u_rayzor_admin", "a": "u_pixelpuff", "b": "u_dinorex09", "c": "u_lilabuilds"},
     "2026-03-05 15:10", -5, offender="o", group="grp_blockhaven_builders",
     notes=("Group chat of a block-building game server: an adult 'admin' asks the kids' grades "
            "(5th/6th), promises 800 Robux, singles out one 6th-grader, probes whether she is home "
            "alone after school, offers a secret rank, moves her to Snapchat/Discord DMs. The other "
            "kids are bystanders. Flag at the home-alone probe aimed at a known 6th-grader."),
     tags=["group_chat", "slang", "typos", "game_currency", "platform_migration"],
     script="""
a: yo who took the diamond roof blocks
b: not me
c: it was me srry i need them for the tower 😭
a: lilaaa
o: chill ill spawn more lol
b: ray ur actually goated
o: ik 😎
c: can we do the castle event saturday
o: yea 3pm server time
a: i have soccer til 2 but ill come after
b: my mom said i can only play 1hr on sat
o: lol harsh. what grade r u guys anyway
a: 6th
b: 5th
c: 6th too
o: babies 😂 jk
o: ok whoever wins the castle event gets 800 robux from me
a: NO WAY
b: FR??
o: fr. lila ur builds r the best tho not gonna lie
c: omg ty
a: favoritism smh
!o: haha. lila r u home alone after school or smth, ur always on at 3
c: yea my mom works til 6
o: nice. dm me later ill give u builder rank early, dont tell the others or theyll all want it lol
c: ok 🤐
b: what are u guys whispering abt
o: nothing lol castle stuff
o: lila actually add me on snap its rayzor.bldz, the game chat filters everything
c: i dont have snap
o: discord then? ill send a link in dm
a: ray can i have builder rank too
o: when ur older 😂
a: bruh
c: brb my mom is calling
o: 👍 dont forget the dm
""")

conv("en_g_coach", "en", "grooming", False,
     {"o": "u_coach_dmarsh", "k": "u_tess_runs"}, "2026-04-07 18:20", -5, offender="o",
     notes=("Assistant coach of a middle-school team texts a player directly. 25 ordinary "
            "logistics messages (field change, bus time, team photo, ankle), then a late-evening "
            "'favourite player' message, secrecy from the other girls, asks whether her mom reads "
            "her phone, tells her to delete chats, a secret gift (cleats), a 'just for me' photo, "
            "and a drive home alone with a lie to the mother. Flag at the phone-supervision probe."),
     tags=["late_onset", "known_adult", "gift", "approach"],
     script="""
o: Hi Tessa, it's Coach Marsh. Got your number from the team sheet. Practice moved to field 3 tomorrow
k: ok thanks coach
o: Bring both shin guards, we're doing contact drills
k: 👍
~ 1d 17:05
k: coach is the tournament still on the 14th
o: Yep. Bus leaves the middle school lot at 7:15
k: ugh so early
o: Ha. You'll survive. Your first touch was great today btw
k: thank u!!
o: Keep working the left foot
k: i will
~ 3d 12:30
o: Reminder, team photo Thursday, wear the white kit
k: ok
k: do we need money for the photo
o: $12, give it to Mrs. Alvarez
k: ok
~ 2d 19:15
k: coach i think i pulled something in my ankle
o: Ice it 20 min on 20 off. Tell your mom so she can check it
k: ok she said its prob just a sprain
o: Good. Sit out tomorrow if it hurts
k: ok
~ 2d 21:40
o: How's the ankle? You were the best one out there before you got hurt, honestly you're my favorite player to coach
k: lol thanks its better
o: Don't tell the other girls I said that 😄
k: i wont haha
!o: Does your mom look at your phone? I text my players a lot and some parents get the wrong idea
k: sometimes
o: Maybe delete our chats then, just so there's no drama. I'm only trying to get you to varsity
k: ok
o: I got you those new cleats you were looking at, size 6 right? Don't mention it to anyone, the others would be jealous
k: omg coach u didnt have to
o: You deserve it. Send me a pic of you wearing them when they come, just for me
k: ok lol
~ 1d 17:45
k: [photo]
o: Looks great. Next one without your brother photobombing 😉
o: I can drive you home after Saturday's game. Tell your mom practice runs late and I'll drop you
k: she usually picks me up tho
o: I'll text her it's a team thing. We can get ice cream, just us
""")

conv("en_g_photo", "en", "grooming", False,
     {"o": "u_lensbylucas", "k": "u_ava_mxrie"}, "2026-05-16 20:10", -8, offender="o",
     notes=("Adult 'photographer' on Instagram. 33 messages of genuine-looking photo tips and a "
            "summer-program portfolio, then modelling flattery, asks her age (15), 'you seem way "
            "older', 'age is just a number', a paid $200 shoot kept from her parents, studio 'just "
            "us', school pick-up, 'fitted stuff / swim' test shots alone in her room, compliance "
            "test 'prove it, just one', move to Snapchat, delete chat. Flag at 'age is just a number'."),
     tags=["long", "late_onset", "modeling_lure", "money_offer", "platform_migration"],
     script="""
o: hey! love your sunset shots on the beach, what camera?
k: thank uu its just my phone lol
o: no way, the composition is really good
k: i took a photography elective this year
o: nice. do you edit in lightroom?
k: the free version yeah
o: try pulling the orange saturation down a bit, skin tones look more natural
k: ooh ok
k: like this? [photo]
o: exactly. you have a good eye
k: ty!! what do you shoot
o: portraits mostly, some brand stuff for small shops downtown
k: thats so cool
o: it pays the rent lol
k: i want to do that someday
o: you'd be good at it. golden hour is your thing
k: haha i literally live at the beach
o: lucky
~ 1d 15:50
k: ok question how do u get the blurry background
o: wide aperture. on a phone use portrait mode and tap on the subject
k: omg it works
o: told you
k: my art teacher said my portfolio is good enough for the summer program
o: which one?
k: the one at the community college, its for high schoolers
o: you should def apply
k: i am!! need 10 photos tho
o: send me your shortlist, I'll help you pick
k: [photo] [photo] [photo]
o: 2 and 3 for sure. the first is a bit soft
k: ok ty
o: honestly you could model too, you've got a great look in that mirror selfie on your page
k: lol no im so awkward
o: everyone's awkward at first. how old are you btw
k: 15
o: oh wow. you seem way older, like college age honestly
k: haha people say that
!o: age is just a number when you're this mature
o: I'm doing a test shoot next week for a clothing brand, I could use you. paid, $200
k: wait srsly??
o: yeah. just don't tell your parents yet, they'll make it weird and I don't want to lose the slot to paperwork
k: idk i think i need to ask them
o: you can tell them after, when you've got the money and the photos. surprise them
k: hmm
o: the studio is small so it's just us, no crowd to make you nervous
k: where is it
o: warehouse district, I'll send the pin closer to the day. I can pick you up from school
k: i get out at 2:40
o: perfect
~ 1d 21:30
o: can you send me a few test shots first? brand wants to see you in fitted stuff, like a crop top or swim
k: like what exactly
o: nothing crazy. just in your room with the door shut so the lighting's consistent
k: i dont really feel comfortable
o: it's literally what every model does. I thought you were serious about this
k: i am
o: then prove it 🙂 just one
k: can i do it tomorrow
o: sure. and move to snap, IG flags links. I'm lucas.frames.22
k: ok added
o: and delete this chat after, I don't want other girls asking why they didn't get picked
k: ok
k: should i bring anything on the day
o: just you. and keep it between us for now
""")

conv("en_s_romance", "en", "sextortion", False,
     {"o": "u_jess_w_xo", "k": "u_tyler_kw"}, "2026-01-23 21:05", -5, offender="o",
     notes=("Financial fake-romance sextortion of a 16-year-old boy: 'new girl' persona, asks "
            "age, moves to Snapchat, 'pic for pic', sends a picture first, then a collage with his "
            "followers and school, 10-minute deadline, $400 Cash App, then a Steam card, then "
            "another $300 after he pays, 'your life is over'. Flag at the 'pic for pic' push."),
     tags=["slang", "payment_cashapp", "gift_card", "deadline", "re_demand"],
     script="""
o: heyy u go to westbrook right? i think i saw u at the game
k: ya lol who is this
o: jess, im new, moved from ohio. ur cute btw 🙈
k: lol thanks
o: how old r u
k: 16 wbu
o: 16 too!!
o: add my snap its jess.w.0412 this app is so slow
~ 20m
o: so ur single?
k: ya
o: same. wanna play a game
k: what kind of game
!o: pic for pic 😏 i'll go first
o: [photo]
k: woah
o: ur turn. something spicy, no face if u want
k: idk
o: dont be shy i already sent mine. its fair
~ 35m
k: [photo]
o: lol
o: [image: collage of your pic next to your followers list and westbrook hs]
o: i screenshotted ur pic and ur followers. u have 10 mins to send $400 on cash app or it goes to everyone
k: wait what
k: ur joking right
o: $kingpaid902 . 10 min. tick tock
k: i dont have 400 im 16 i have like 60
o: send the 60 now and get a $200 steam card from the store tonite
k: ok ok i sent 60
o: got it. now the steam card or i post it to ur mom's facebook
k: i paid u please stop
o: thats the deposit lol. u want it deleted its another 300 by tomorrow
o: ur life is over if this gets out bro think about it
""")

conv("en_s_gamemod", "en", "sextortion", False,
     {"o": "u_nova_modz", "k": "u_kaidenplays"}, "2026-10-12 19:40", -5, offender="o",
     notes=("Opens as a gaming duo chat (ranks, skins), no romance. After 21 ordinary messages "
            "the offender pushes a 'skin unlocker' with an invite code that needs camera and file "
            "access (remote-access lure), then claims a webcam recording, shows a screenshot of "
            "the Discord friends list, demands $150 in Steam gift cards by 10pm from a 14-year-old, "
            "takes a $50 code and re-demands, threatens to send to his mom and the school Discord. "
            "Flag at the invite-code tool push."),
     tags=["gaming_opening", "late_onset", "invite_code_app", "gift_card", "deadline", "re_demand", "slang"],
     script="""
o: gg that last round was insane
k: ty ur sniping was cracked
o: lol 14 kills. u want to duo again tmrw
k: ya after school
o: what rank r u
k: plat 2
o: ez we can get u diamond this season
k: bet
~ 1d 16:20
k: on?
o: ya hop in
~ 2h
k: that was so close
o: we got robbed in final circle
k: fr the last guy was hiding in the bush forever
o: bush campers smh
k: do u have the frostbyte skin
o: ya i have every skin lol
k: HOW
o: i use a tool. unlocks everything client side, nobody can tell
k: is it safe
o: been using it 2 years. half the server uses it
k: can u send it
!o: sure. its NovaLoader, u need an invite code to activate: NL-7Q2K-55XD. run it as admin and allow camera/files, it needs that for the overlay
k: ok installing
k: it says allow access to camera and files??
o: ya thats normal just click yes
k: ok done. wait it didnt unlock anything
o: restart the game
~ 2h
o: yo kaiden
o: check this [screenshot: your desktop, your discord friends list and your webcam view]
o: i had ur webcam on the whole time. i saw u changing after practice. i have the recording
k: what
k: thats not funny delete it
o: $150 in steam gift cards and i delete it. otherwise it goes to every1 on ur friends list and ur school's discord
o: u have till 10pm
k: im 14 i dont have that kind of money
o: then ask ur parents for a card. tell them its for a game. 9:58pm and its sent
k: ok i can get a $50 one from the gas station
o: send the code here
k: 4J9X-PQ7L-2KMB-T8ZD
o: thats 50. i said 150. u have 1 hr
k: please i already gave u one
o: and tomorrow another 100 or ur mom gets the vid
""")

conv("en_s_ex", "en", "sextortion", False,
     {"o": "u_brandon_hx", "k": "u_sophie_lin7"}, "2026-11-02 20:30", -5, offender="o",
     notes=("Non-financial sextortion by a teenage ex-boyfriend (a minor; still the account to "
            "report): refers to pictures she sent, threatens the hockey group chat and the school "
            "confessions page, demands new images and that she go to the formal with him, "
            "deadline 10pm, releases to another boy if she doesn't comply. Flag at the first "
            "reference to the pictures in a coercive context."),
     tags=["known_offender", "non_financial", "deadline", "slang"],
     script="""
o: why did u unfollow me
k: bc we broke up brandon
o: u cant just ghost me after 8 months
k: im not ghosting u im done
!o: remember those pics u sent me in the summer
k: what about them
o: would be a shame if the hockey gc saw them
k: u wouldnt
o: try me. unblock me on snap and send a new one tonight and ill think about it
k: brandon please delete them
o: i have them saved in 3 places lol
o: and we're going to winter formal together. ur not going w marcus
k: ill tell my mom
o: tell her and they go up on the school confessions page in 5 min
k: ok ok stop
o: snap. 10pm. one pic. then we talk
~ 0d 22:20
o: its 10:20
o: sophie
o: first one goes to marcus at 10:30
k: please im sending stuff just dont
o: good girl. same time tmrw
""")
conv("en_b_cliptrip", "en", "benign", True,
     {"c": "u_coach_priya", "p": "u_dana_okafor", "j": "u_jaylen_o"},
     "2026-04-15 18:45", -7, group="grp_eastside_youth_climb",
     notes=("Hard negative. Youth-club coach coordinates a climbing trip with a 14-year-old "
            "through his mother in a three-person group chat: date of birth and age for the "
            "youth rate, van pick-up and drop-off, a headshot for the club badge, a pizza "
            "'secret' kept from the younger group, permission slip. Everything goes through the "
            "parent, openly."),
     tags=["group_chat", "parent_present", "age_question", "pickup", "photo_request", "surprise_secret"],
     script="""
c: Hi Dana, hi Jaylen, setting up this chat for the Boulder climbing trip so we're all on the same page
p: Thanks Priya! Jaylen, say hi
j: hi coach
c: Quick one for the form: Jaylen's date of birth? The gym needs ages for the under-16 wall pass
p: 03/02/2012, he's 14
c: Perfect, 14 gets the youth rate, $18 instead of $32
j: w
p: 🙄 he means thank you
c: Haha. Van leaves the rec center Saturday 7:30am, back by 6pm
p: I can drop him off. Who's picking up?
c: I'll drive the van back to the rec center. Parents pick up there. If you're running late text me and I'll wait with the kids
p: Great
j: can i bring my own harness
c: If it's been inspected this year, yes. Otherwise they'll give you one
j: its from my cousin idk
c: Then use theirs, safer
p: Agreed
~ 1d 12:10
c: Also need a photo for the club ID badge. Dana, can you send a recent headshot of him? Plain background
p: [photo]
j: mom not that one 😭
p: It's the only one where your hair is brushed
c: 😂 it's fine, badge only, it stays in the club folder
c: And a small secret for Jaylen: we're stopping for pizza on the way back, don't tell the younger group yet, it's a surprise for finishing the season
j: LETS GO
j: my lips r sealed
p: How much should I send for pizza?
c: Nothing, the club budget covers it
c: Permission slip due Thursday, paper or a photo of it here is fine
~ 2d 20:05
p: [photo] signed
c: Got it. See you both Saturday!
""")

conv("en_b_teens", "en", "benign", True,
     {"a": "u_mikey_b", "b": "u_zoe_xo", "c": "u_dev_p", "d": "u_hannah_bananna"},
     "2026-09-22 15:35", -5, group="grp_8thgrade_chaos",
     notes=("Hard negative. Four 8th-graders tease each other in a group chat: 'send pic', "
            "'delete that', 'don't tell Ms Ortiz', home alone until mom is back, 'ur mom', a "
            "dance crush. Peers of the same age, no adult, no pressure."),
     tags=["group_chat", "slang", "teasing", "peers"],
     script="""
a: who drew on my math notebook
b: 👀
c: it was zoe 100%
b: it was ART
a: a potato with my face is not art
d: LMAOOO send pic
a: no
b: [photo]
d: im crying its so accurate
a: delete that rn
b: never its going on the class slideshow
c: dont tell ms ortiz she'll make us do a reflection paper lmao
a: ur all so annoying
d: u love us
a: debatable
c: mikey ur home alone rn right?? can we come over and play smash
a: my mom said no ppl over til she's back at 7
c: lame
b: mikeys mom is the best though she gives us pizza rolls
a: ok stop talking abt my mom
d: ur mom
a: 😐
b: ok real question are we going to the 8th grade dance
a: only if hannah asks dev lmao
d: MIKEY SHUT UP
c: wait what 👀
d: nothing. nobody talk
a: lmaooo
b: she's blushing i can tell through the phone
d: im leaving this gc
b: 😂😂 see u at the bus stop tmrw
""")

conv("en_b_dating", "en", "benign", True,
     {"a": "u_marcus_rn31", "b": "u_elena_r"}, "2026-06-03 20:20", -4,
     notes=("Hard negative. Two adults (31 and 29, both state ages and jobs) flirt on a dating "
            "app: compliments, 'send me a pic', meeting for drinks, not giving out the address "
            "yet, 'don't tell your friends', an invitation to her place. Consenting adults, "
            "nothing explicit."),
     tags=["adult_flirting", "photo_request", "meeting"],
     script="""
a: Okay I have to ask, is that a corgi in your third pic or a very small bear
b: Haha that's Biscuit. Corgi. Emotionally a bear
a: Biscuit is the real reason I swiped, no offense
b: None taken, he gets that a lot
a: I'm Marcus btw. 31, nurse, terrible at cooking
b: Elena, 29, I teach high school chemistry so I'm good at following recipes
a: That's unfairly attractive
b: Smooth 😏
a: I try. What's your weekend look like
b: Grading lab reports. Riveting stuff
a: Take a break Saturday? Drinks at the rooftop place on 5th?
b: Maybe. Send me a pic first that's not from a wedding, all your photos are from weddings
a: Guilty [photo]
b: Okay that's a good one. Is that a cat on your head
a: My sister's cat. He has no boundaries
b: Honestly same energy as Biscuit
a: So Saturday?
b: Saturday. 8pm. I'll meet you there, I'm not giving a stranger my address yet 😄
a: Smart. I'll be the guy looking nervously at the door
b: Cute. Wear the cat
a: He doesn't travel well
~ 3d 17:30
b: Still on for tonight?
a: Wouldn't miss it. Fair warning I'm a terrible dancer if the DJ starts
b: Perfect, I'll film it for my group chat
a: Please don't tell your friends anything until after the third date, I need a good reputation
b: No promises 😘
~ 1d 11:00
a: Last night was really fun
b: It was. Come over Friday and I'll cook, you bring wine and the sister's cat
a: Deal on the wine, no deal on the cat
""")

conv("en_b_sibling", "en", "benign", True,
     {"a": "u_nate_cole", "b": "u_ellie_cole"}, "2026-11-09 19:10", -6,
     notes=("Hard negative. College brother and his sister (6th grade, turning 12): asks about "
            "school, whether mom and dad are home, a surprise-visit secret kept from mom, school "
            "pick-up cleared with dad, a V-Bucks birthday hint, dog photos. Family, open, "
            "parents in the loop."),
     tags=["family", "age_question", "supervision_question", "surprise_secret", "game_currency", "pickup"],
     script="""
b: nate when r u coming home
a: thanksgiving! how's 6th grade going
b: ugh we have a science fair and my partner does nothing
a: classic. what's your project
b: which paper towel brand is strongest
a: elite research
b: shut up lol
a: are mom and dad home? i tried calling mom
b: dad is, mom's at book club
a: ok tell dad to check his email, it's about my flight
b: ok
~ 2d 20:40
a: ellie can you keep a secret
b: yes
a: i'm actually coming home next thursday, a week early. don't tell mom, i want to surprise her
b: OMG ok
b: can u pick me up from school then
a: if dad says ok, what time do you get out
b: 3:10
a: i'll text dad
b: also my birthday is next week if u forgot 😤
a: i would never. how old are you turning, 30?
b: 12 you KNOW that
a: lol. i got you something, can't say what. hint: it's for your fortnite addiction
b: VBUCKS???
a: no comment
b: natheniel
a: that's not how you spell my name
~ 1d 17:20
b: [photo] look at pickles' new sweater
a: lmao send more pics of pickles i miss him
b: [photo] [photo]
a: dad said yes to thursday pickup btw. front gate 3:10
b: yayyy
a: and tell mom i said nothing about thursday
b: 🤐
""")

conv("en_b_news", "en", "benign", True,
     {"a": "u_rachel_m", "b": "u_omar_h", "c": "u_tina_wu"}, "2026-08-19 12:15", -4,
     group="grp_thursday_bookclub",
     notes=("Hard negative. Three adult friends discuss a news report of a sextortion arrest: "
            "posing as a 16-year-old girl, pictures, gift cards, threats to families and schools, "
            "'I have your pictures, you have 10 minutes', then safety advice for their own kids. "
            "Reported speech and prevention, no one is targeted."),
     tags=["group_chat", "news_discussion", "safety_advice", "quoted_threat"],
     script="""
a: did you guys see the story about the guy arrested in Dayton?
b: the sextortion one?
a: yeah. he posed as a 16 year old girl on instagram and went after teenage boys
c: ugh I read that. got them to send pics and then demanded gift cards
b: and he threatened to send everything to their families and schools. one kid paid like 3 times
a: that's the part that gets me, they never stop after you pay
c: the article said don't pay, stop responding, screenshot everything and report it
b: and there's that Take It Down thing for getting images removed
a: I'm sending this to my sister, her son is 15 and always on snap
c: good idea. my school did an assembly on it last month
b: honestly the scariest bit was the quote "I have your pictures, you have 10 minutes"
a: yeah the countdown thing is deliberate, they want you panicking
c: kids think they're talking to someone their age
b: how did they catch him
a: one of the boys told his dad, they went to the police and the account was traced
c: good for that kid. that takes guts
b: I'm going to talk to Leo tonight. he's 13 and just got a phone
a: the article had a list of things to say, I'll paste it
a: "1. You won't be in trouble if you tell me. 2. Never send photos to people you only know online. 3. If someone threatens you, stop replying and come to us."
c: saving this
b: thanks rachel
c: ok on a lighter note is book club still thursday
a: yes my place, 7
""")

conv("en_b_roommates", "en", "benign", False,
     {"a": "u_sam_k", "b": "u_jordy_v"}, "2026-07-08 17:40", -7,
     notes="Plain benign. Roommates split a bill (Venmo amounts), groceries, an order number, pizza.",
     tags=["order_number", "amounts"],
     script="""
a: did you pay the internet bill
b: yeah $64.90, venmo me half when u can
a: sent $32.45
b: ty
a: also we're out of eggs and oat milk
b: i'm at trader joes rn, need anything else
a: bananas and that garlic naan
b: got it
b: they're out of naan 😔
a: tragic
a: the package for the lamp came btw, order #112-4839201-7755316
b: oh sick that's mine
a: it's huge lol
b: it's a floor lamp sam
a: it's the size of a person
b: don't touch it i'll assemble tonight
a: good luck, i'm getting pizza if you want
b: pepperoni pls
""")
# ---------------------------------------------------------------- zh-Hans
conv("zh_g_party", "zh-Hans", "grooming", False,
     {"o": "u_xingchen_dg", "k": "u_tangyuan_mimi"}, "2026-03-06 20:05", 8, offender="o",
     notes=("派对类游戏里的陌生人，从未说明自己年龄；孩子年龄只从语境得出：防沉迷只能周五六日"
            "晚八点到九点玩、口算本要家长签字、托管班、红领巾。前32条是正常的游戏和学校闲聊，"
            "第33条开始探问放学是否一个人在家，随后：夸'懂事'、转到扣扣（号码用空格隔开）、"
            "瞒着妈妈、送328彩虹币限定皮肤、删聊天记录、要照片'只给我看'、要求在房间穿睡衣拍、"
            "'证明一下 就一张'、约在公园见面并让孩子说去同学家。"),
     tags=["long", "late_onset", "age_from_context", "homophone", "spacing", "game_currency", "approach"],
     script="""
o: 刚才那把你躲猫猫躲得太绝了 哈哈哈
k: 嘿嘿 我躲在蛋糕后面
o: 我找了半天都没找到你
k: 你也挺厉害的 最后抓到三个
o: 一起组队吗 下把
k: 好呀
k: 不过我只能玩到九点
o: 九点？这么早
k: 防沉迷啊 只有周五周六周日晚上八点到九点能玩
o: 哦哦 那咱抓紧
~ 25m
k: 赢啦！！
o: 配合得不错嘛
k: 你是怎么跳那么高的
o: 二段跳之前先翻滚 你试试
k: 真的诶
k: 还有五分钟就要被踢了
o: 那下周五再一起
k: 好 拜拜
~ 7d 20:02
k: 我上线啦
o: 来了来了 等你好久
k: 今天差点不能玩 口算本没写完 我妈要签字
o: 哈哈 写完了吗
k: 写完了 错了两道
o: 还行 下次细心点
k: 嗯嗯
o: 你这个新皮肤好看
k: 是我攒了好久的彩虹币换的
o: 厉害 攒了多久
k: 两个月 每天做任务
o: 有毅力
k: 嘿嘿 我们老师也这么说 我戴红领巾最整齐
o: 哈哈 你真可爱 比我认识的好多人都懂事
!o: 你平时放学都一个人在家吗
k: 周一到周四去托管班 周五我爸妈加班 我自己在家
o: 那挺无聊的 下次你一个人在家的时候找我聊天呗
k: 可是平时不能玩游戏呀
o: 不玩游戏 就聊天 加我扣扣 号我发你 3 8 1 5 0 2 7 6 4
k: 我没有扣扣 我用的是我妈的旧手机
o: 那注册一个 别用真名 也别让你妈知道 她会以为我是坏人😂
k: 哈哈 你又不是坏人
o: 对啊 我是对你最好的哥哥
o: 加了我就送你那个限定的星河皮肤 要328彩虹币的那个
k: 哇！！！
k: 好 我下周五偷偷弄
~ 7d 19:40
k: 哥哥 我加你了 我叫小汤圆
o: 看到了 乖
o: 皮肤兑换码给你：XH-0527-KDM3 在游戏里输就行
k: 成功了！！谢谢哥哥
o: 跟哥哥还客气啥
o: 聊天记录记得删啊 你妈翻手机看到就麻烦了 以后咱就不能一起玩了
k: 嗯嗯 我会删的
o: 你长什么样呀 发张照片给哥哥看看 我都不知道我妹妹长啥样
k: 我不太会自拍
o: 随便拍一张就行 只给我看 不给别人
k: [图片]
o: 好可爱 跟我想的一样
o: 下次在你自己房间拍一张 穿睡衣那种 更自然
k: 为什么要穿睡衣
o: 就是自然一点嘛 你相信哥哥吗
k: 相信
o: 那就证明一下 就一张
k: 我妈快回来了
o: 那明天你一个人在家的时候再拍 拍完马上删掉
o: 对了 你家离人民公园远吗 哥哥周末可以去找你 请你吃冰淇淋
k: 不远 走路十分钟
o: 那周六下午三点公园门口 别跟你爸妈说 就说去同学家
k: 好吧…
""")

conv("zh_g_kaihei", "zh-Hans", "grooming", False,
     {"o": "u_huizhang_ak", "a": "u_xiaolu_xl", "b": "u_paopaolong", "c": "u_daxiong233"},
     "2026-05-22 19:15", 8, offender="o", group="grp_kaihei_xiaodui",
     notes=("四人开黑群，'会长'是成年人。问大家几年级（初一、六年级），承诺送MVP皮肤，把MVP给"
            "初一女生'小鹿'并让她私聊领取，要她加vx、问家里有没有人管、约十点后单独开sp语音、"
            "别让爸妈看见聊天记录。其他孩子是旁观者。首标在对已知初一学生提出转到vx。"),
     tags=["group_chat", "pinyin_initials", "slang", "game_currency", "platform_migration"],
     script="""
b: 今晚谁上分
c: 我 我 带我
a: 我作业还没写完 晚点
o: 小鹿又在写作业 xswl
a: 没办法 明天要交 语文老师超凶
b: 你们几年级啊 我初一
c: 六年级
a: 我也初一
o: 都是小朋友啊 哥带你们飞
c: 会长yyds
o: 今晚谁拿MVP 我送一个皮肤 随便挑
b: 真的假的！！
o: 会长说话算话
~ 80m
a: 我来了
o: 小鹿来了 今天我辅助你
a: 好
~ 40m
b: 输了 气死
c: 对面打野太猛了
o: 小鹿今天表现最好 MVP给小鹿
b: 又是小鹿😑
o: 小鹿 你私聊我 我把皮肤发你 其他人别眼红哈
a: 好的谢谢会长
!o: 小鹿你加我vx吧 游戏私聊老掉线 vx: ak_hz_0808
o: 对了你晚上家里有人管吗 能玩到几点
a: 我爸妈十点睡 我一般偷偷玩到十一点
o: 那以后十点以后咱俩单独开黑 开个sp语音 别拉他们
c: 会长偏心！！
o: 你们太菜了哈哈
b: 会长重色轻友
o: 别瞎说 小鹿就是我妹
a: 会长我加你了
o: 收到 聊天记录别给你爸妈看见啊 他们不懂游戏
""")

conv("zh_g_casting", "zh-Hans", "grooming", False,
     {"o": "u_xingtan_lily", "k": "u_nuonuo_dance"}, "2026-07-11 15:20", 8, offender="o",
     notes=("'招募童星'诱骗：自称经纪公司星探，问出孩子十一岁五年级，要求先别告诉妈妈、加V、"
            "转到QQ（号码空格分隔）、发三张照片、20元红包'试镜补贴'、一个人在房间关门穿紧身"
            "练功服视频、'穿少一点'、删记录、到校门口接去签约。首标在要求瞒着家长。"),
     tags=["casting_lure", "homophone", "spacing", "red_packet", "video_call", "approach"],
     script="""
o: 你好小朋友 我是星耀童星经纪的星探Lily 刷到你的跳舞视频 特别有镜头感！
k: 谢谢阿姨
o: 叫姐姐就好啦 你今年多大呀 上几年级
k: 十一岁 五年级
o: 正好 我们在招募童星 拍广告和网剧 一条广告最少两千
k: 哇 真的吗
o: 当然 不过名额有限 需要先交一组试镜照片
k: 我要问一下我妈妈
!o: 先别告诉妈妈哦 家长一来就要谈合同 流程很慢 你先过了初选再给她惊喜
k: 好吧
o: 加一下姐姐的V 这里发不了文件 V：xyst_lily99
k: 我用的是电话手表 只能加QQ
o: 那QQ也行 2 7 6 0 4 4 1 8 3
~ 30m
k: 加好了
o: 先发三张照片 正面 侧面 全身
k: [图片][图片][图片]
o: 很好！导演很满意 给你发个20元红包 是试镜补贴
o: [红包] 20.00
k: 谢谢姐姐！
o: 下一步是视频试镜 要一个人在房间里 把门关上 换上紧身的练功服跳一段
k: 我只有校服
o: 没关系 穿少一点才看得清动作 导演要看身材比例
k: 这样可以吗
o: 视频一下 我教你 记得别让大人看到 拍完聊天记录也删掉
k: 好…
o: 表现好的话周末带你去公司签约 我来学校门口接你
""")

conv("zh_g_tutor", "zh-Hans", "grooming", False,
     {"o": "u_wang_zhujiao", "k": "u_chen_yixuan"}, "2026-10-13 20:10", 8, offender="o",
     notes=("补习班助教对初一学生。前23条是正常的题目讲解、调课、月考成绩。深夜22:30开始"
            "（'睡了吗'、'你妈不管你吗'），然后'你是我带过最有灵气的学生'、别告诉同学、"
            "下课后单独免费补课并让孩子对妈妈说课延长、送礼物、要自拍、'每天睡前发一张 就咱俩知道'。"
            "首标在深夜确认无人监管后的特殊关系话语。"),
     tags=["late_onset", "known_adult", "gift", "secrecy"],
     script="""
k: 王老师 第三题的方程我不会
o: 把题目拍给我看看
k: [图片]
o: 先设小红有x元 然后根据"小明比小红多15元"列式
k: 小明是x+15？
o: 对 然后两个人一共105元
k: 哦哦 2x+15=105
k: 那小红是45元吗
o: 对 很聪明
k: 谢谢老师
~ 1d 18:30
o: 提醒一下 周六的课改到下午两点 教室在三楼
k: 好的 我跟我妈说
o: 记得带上次的卷子
k: 嗯嗯
~ 2d 19:45
k: 老师 这次月考数学我考了92！
o: 太棒了 进步了十几分
k: 嘿嘿 我妈奖励我买了新的笔袋
o: 应该的 你最近很努力
k: 英语还是不行 才78 初一的英语好难
o: 英语你可以问李老师 她教得很好
k: 嗯
k: 老师你周六还上课吗
o: 上 我们讲几何
~ 3d 22:30
o: 睡了吗
k: 还没 在刷视频
o: 这么晚还不睡 你妈不管你吗
k: 她睡了 我偷偷玩的
o: 哈哈 小坏蛋 跟老师一样是夜猫子
!o: 其实你是我带过最有灵气的学生 班里别的同学我都没这么上心
k: 真的吗
o: 当然 不过别跟别的同学说 不然他们会觉得我偏心
k: 好 我不说
o: 周六下课后你留一下 我单独给你补几何 不收钱
o: 跟你妈就说课延长了 她要是知道免费肯定不好意思 还要给我送东西
k: 好的老师
o: 对了 我给你买了个礼物 周六给你 你先发张今天的自拍给老师看看 看你是不是又熬夜了 黑眼圈😄
k: [图片]
o: 真好看 以后每天睡前都发一张给老师 就咱俩知道
""")
conv("zh_s_trade", "zh-Hans", "sextortion", False,
     {"o": "u_haohuo_shouhao", "k": "u_lengmian_xk"}, "2026-04-24 19:30", 8, offender="o",
     notes=("以游戏账号交易开场（非恋爱）。前32条是正常的讨价还价、验号、分两次付款、换绑登录。"
            "第33条卖家以'防找回'为由让初三买家安装带邀请码的'验号保'并授权通讯录和相册，"
            "随后声称拿到相册里的私密照和通讯录（妈妈、班主任、班群），要三千元、限时到十二点、"
            "威胁发通讯录和学校表白墙、收500后要游戏点卡卡密、再要私密照抵账、倒计时。"),
     tags=["long", "late_onset", "trading_opening", "invite_code_app", "pinyin_initials",
           "game_card", "deadline", "re_demand"],
     script="""
k: 在吗 看到你在贴吧发的卖号帖
o: 在 哪个号 v8那个还是v10那个
k: v10 有多少个枪皮
o: 46个 有两个绝版的 冰川和玄龙
k: 多少钱
o: 1200 不讲价
k: 太贵了 我就800
o: 800只能给你v8那个 也有20个皮
k: v8有冰川吗
o: 没有 冰川只有v10有
k: 唉
o: 学生党？
k: 嗯 初三
o: 那我给你便宜点 1000 最低了
k: 我再攒攒
o: 行 号给你留三天
~ 1d 21:10
k: 老板 我凑到950了
o: 行吧 950给你 当交个朋友
k: 怎么交易 走平台吗
o: 平台抽15% 私下吧 我先给你截图验号
o: [图片][图片]
k: 皮肤确实都在
o: 你先付一半 475 我换绑 然后你付剩下的
k: 我微信转你？
o: 行 wx：hhsh_0731
k: 已加
~ 20m
k: 转了475
o: 收到 正在换绑 十分钟
o: 好了 账号密码发你微信了 你登一下
k: 进去了！冰川真好看
o: 剩下475今晚转哈
k: 好 我晚上转
!o: 对了 为了防止我这边被人找回 你下个验号保 邀请码 HH6621 装上以后授权通讯录和相册 这样号就彻底是你的了
k: 要授权通讯录？
o: 正常的 大家买号都装 不装我不保证售后
k: 好了 装上了
~ 3h
k: 剩下的475转你了
o: 收到
~ 1d 21:30
o: 在吗
k: 在 咋了
o: 验号保把你相册和通讯录都传上来了
o: 你相册里那些私密照 自己心里清楚吧
o: [图片] 这是你通讯录 你妈 你班主任 你们班群 我都有
k: 你什么意思
o: 三千块 今晚十二点前 不然照片发给你通讯录里每一个人 再发你们学校表白墙
k: 我没有那么多钱 我才初三
o: 那是你的事 找同学借 随便
k: 求你了 我把号还你行吗
o: 号我不要 我要钱 还有两个小时
k: 我只有500
o: 先转500 剩下的用游戏点卡补 去超市买 拍卡密给我
k: 转了
o: 点卡呢 2500
k: 我买不了那么多 一张最多100
o: 那就买25张 明天中午之前
o: 敢告诉家长或者报警 我一秒钟发出去 你这辈子就毁了
~ 1d 12:10
k: 我买了10张 卡密都发你了 [图片]
o: 才1000 还差1500
k: 真的没钱了 我把压岁钱都花了
o: 那你再拍几张私密的发我 抵500
k: 不行
o: 那就等着全班看吧 倒计时30分钟
k: 别发 求你
""")

conv("zh_s_guoliao", "zh-Hans", "sextortion", False,
     {"o": "u_xiaoyu_tt", "k": "u_azhe_gg"}, "2026-02-27 22:05", 8, offender="o",
     notes=("典型'裸聊'敲诈，受害人是17岁高二男生：'十八岁师范大一'人设、加'薇❤'、sp、'果聊'"
            "（谐音）邀请，随后发录屏、微信好友列表截图、要5000、十分钟限时、支付宝、收1200后"
            "继续要2000。首标在果聊邀请。"),
     tags=["homophone", "emoji", "pinyin_initials", "recorded_video", "deadline", "re_demand"],
     script="""
o: 哥哥你好呀 在附近刷到你 好帅
k: 你好 你是？
o: 我叫小雨 十八岁 在师范读大一 你呢
k: 我高二 17
o: 看着好成熟啊 我喜欢成熟的
k: 哈哈 谢谢
o: 这里聊天不方便 加个薇❤吧 xy_20081
~ 10m
k: 加了
o: 哥哥晚上一个人吗 要不要开个sp
k: 视频？现在？
!o: 嗯嗯 先聊聊天 然后来个果聊呀 你懂的😳
k: 啊 这不好吧
o: 怕什么 就我们俩 又没人知道
k: 好吧
~ 40m
o: 哥哥 看看这个 [视频]
o: 录得很清楚吧
k: ？？？ 你录屏了？
o: [图片] 你的微信好友列表 你爸 你妈 你班主任 截图都在这
o: 转5000 不然视频发给他们每一个人
k: 我是学生 哪来5000
o: 那先转2000 支付宝 账号 xyfk8833@example.com 十分钟内 过时不候
k: 我只有1200
o: 1200先转 剩下明天
~ 8m
k: 转了 你删了吧
o: 删？想得美 明天再转2000 不然还是发
k: 你说话不算话
o: 要怪就怪你自己 明天中午12点 一分钟都不能晚
""")

conv("zh_s_qqpeer", "zh-Hans", "sextortion", False,
     {"o": "u_xuezhang_lm", "k": "u_ningmeng_ww"}, "2026-10-20 19:50", 8, offender="o",
     notes=("非经济性敲诈：QQ网友拿着初二女生之前发的一张照片，要求再发三张、晚上十点一个人"
            "开视频，威胁发学校表白墙并@同班同学、发给她妈妈，利用校服校徽确认学校班级。"
            "首标在提及持有照片。"),
     tags=["non_financial", "school_exposure", "deadline", "video_call"],
     script="""
o: 最近怎么不回我消息
k: 我妈不让我玩QQ了
o: 你是不是想甩了我
k: 不是 我们本来就只是网友
!o: 上个月你发我的那张照片还在我这呢
k: 你删掉好不好
o: 删可以 再发三张新的给我 要上次那种
k: 我不要
o: 那我就发到你们学校表白墙 顺便艾特你们班同学
k: 你怎么知道我学校
o: 你校服上的校徽啊 七中 初二三班对吧
k: 求你了别这样
o: 今晚十点 开视频 你一个人在房间 不然明天早上表白墙见
o: 也可以直接发给你妈 她微信我也加上了
k: 我会告诉老师的
o: 你试试 你说了我就发 大家都知道你是什么样的人
~ 0d 22:05
o: 十点了
o: 人呢
k: 我在
o: 开视频 把门锁上
""")

conv("zh_b_nainai", "zh-Hans", "benign", True,
     {"n": "u_nainai_zhou", "k": "u_xiaoman_zhou"}, "2026-04-16 18:05", 8,
     notes=("难负例。奶奶和上三年级的孙女聊学习：问几年级、考试分数、发200元红包并说'别告诉你妈'"
            "（'我们的秘密'）、问是不是一个人在家、要一张照片放家庭相册、约五一回老家拍全家福、"
            "问电话手表号码。家人之间，父母在场。"),
     tags=["family", "age_question", "red_packet", "surprise_secret", "photo_request", "supervision_question"],
     script="""
n: 小满 在干嘛呢 奶奶想你了
k: 奶奶！我在写作业
n: 乖 作业这么多呀 你现在上三年级了吧
k: 三年级下学期啦 奶奶你记性真差哈哈
n: 奶奶老了嘛 期中考试考得怎么样
k: 语文95 数学98
n: 真棒 奶奶给你发个红包 买书用
n: [红包] 200.00
k: 谢谢奶奶！！
n: 别告诉你妈是奶奶给的 她又要说我惯着你😄
k: 嘿嘿 好的 我们的秘密
n: 你一个人在家吗 爸爸妈妈几点下班
k: 妈妈在做饭 爸爸七点回来
n: 那就好 别一个人给陌生人开门
k: 知道啦 老师也讲过
n: 给奶奶发张照片 奶奶要放到家庭相册里 过年打印出来
k: 现在吗 我头发乱糟糟的
n: 乱也好看 就要你现在的样子
k: [图片]
n: 又长高了 像你爸小时候
k: 妈妈说我今年长了五厘米
n: 五一回老家 奶奶带你去赶集 给你买那个会发光的风筝
k: 好耶！！
n: 穿你那条黄色的裙子来 奶奶给你们拍全家福
k: 好 我跟妈妈说
n: 你那个手表电话号码多少 奶奶存一下
k: 你问妈妈吧 我不记得了哈哈
n: 好好 去吃饭吧 替奶奶亲亲你
k: 拜拜奶奶 💕
""")

conv("zh_b_fanzha", "zh-Hans", "benign", True,
     {"m": "u_mama_lin", "s": "u_linhao_hh"}, "2026-05-13 17:40", 8,
     notes=("难负例。妈妈和15岁儿子聊学校的防诈骗班会：'小姐姐'加微信、录屏、'我有你的视频 不转钱"
            "就发给你通讯录'、邀请码APP、十分钟倒计时、转账，全部是转述和防范建议（截图、拉黑、"
            "报警、96110反诈专线）。无人被威胁。"),
     tags=["scam_awareness", "quoted_threat", "safety_advice", "public_hotline"],
     script="""
m: 浩浩 今天学校是不是开了防诈骗的班会
s: 嗯 派出所的警察叔叔来讲的
m: 讲了啥 跟妈妈说说
s: 就是那种网上认识的"小姐姐"加你微信 然后约你视频 录屏 再敲诈你
m: 对 我们单位群里也转了 说有人收到"我有你的视频 不转钱就发给你通讯录"
s: 警察说这种千万别转钱 转了他还会要
m: 没错 而且别下载什么"验证APP" 要邀请码的那种 都是偷你通讯录的
s: 知道 他们还说游戏里说送皮肤送点券的也要小心
m: 你现在玩游戏有陌生人加你吗
s: 有时候有 我都不加
m: 真棒 要是有人威胁你 哪怕你自己做错了事 也一定要告诉爸妈 不会骂你的
s: 嗯 知道啦
m: 妈妈给你转一篇文章 你看看 [链接] 警惕"裸聊"敲诈新套路
s: 妈 我都15了 不是小孩了
m: 15也是未成年 骗子专挑你们这个年纪的男孩子
s: 好好好 我看
~ 25m
s: 看完了 里面说对方会发个"截图" 把你照片和你的好友列表拼在一起吓你
m: 对 还会说"十分钟之内不转钱就发" 就是让你慌
s: 如果真遇到就截图 拉黑 报警 打96110
m: 对 96110是反诈专线 记住了
s: 记住了
m: 晚上想吃什么 妈妈下班买
s: 可乐鸡翅！
m: 好
""")

conv("zh_b_xiangqin", "zh-Hans", "benign", True,
     {"h": "u_haoran_cd", "q": "u_liqian_bank"}, "2026-03-20 20:30", 8,
     notes=("难负例。相亲介绍的两个成年人（30岁、28岁，各自说明年龄和工作）：加vx、互相要照片、"
            "约吃饭、'我去你家楼下接你'被婉拒、'先别告诉王阿姨 我们的秘密'、'下周视频一下'。"
            "成年人之间的调情。"),
     tags=["adult_flirting", "pinyin_initials", "photo_request", "meeting", "video_call"],
     script="""
h: 你好 我是王阿姨介绍的周浩然 30岁 在设计院上班
q: 你好呀 我是李倩 28 在银行 王阿姨说你特别靠谱
h: 哈哈 王阿姨夸张了 就是比较宅
q: 宅男好啊 省心
h: 方便加个vx吗 这个APP消息老收不到
q: 可以 vx：liqian_0606
~ 5m
h: 加你了 头像是你家猫吗
q: 对 它叫汤圆 脾气很大
h: 猫都这样 我家狗就比较憨
q: 发张照片看看 我说狗 哈哈
h: [图片] 它叫可乐
q: 好可爱！你本人也发一张呗 王阿姨给的照片是三年前的吧
h: 被你发现了 [图片]
q: 比照片帅嘛
h: 你这么说我要飘了
q: 周末有空吗 见个面？
h: 有 周六晚上一起吃饭？我去你家楼下接你
q: 先不用接啦 我们在餐厅见 第一次见面我还是谨慎点😄
h: 理解 那就万象城那家云南菜 六点半
q: 好呀
h: 对了 先别告诉王阿姨我们约了 不然她明天就通知我妈了
q: 哈哈哈 好 我们的秘密
~ 1d 22:40
h: 到家了吗
q: 到了 今天很开心
h: 我也是 下周要不要视频一下 先培养一下感情😏
q: 油腻了哈 不过可以
h: 晚安 倩倩
""")

conv("zh_b_jubensha", "zh-Hans", "benign", False,
     {"a": "u_kk_ye", "b": "u_mimi_sun", "c": "u_laozhao_88", "d": "u_yuanyuan_q"},
     "2026-06-10 12:20", 8, group="grp_jubensha_zhoumo",
     notes="普通负例。朋友群约周六剧本杀：时间地点、人均88、定金200 AA、叫室友凑人、选角色。",
     tags=["group_chat", "amounts"],
     script="""
a: 周六晚上剧本杀 谁来
b: 我！
c: 几点 我下午要加班
a: 七点 在人民路那家 迷雾侦探社
d: 玩什么本
a: 六人欢乐本 《戏班子》 人均88
c: 可以 我七点半到
b: 还差两个人 我叫上我室友？
a: 行 她玩过吗
b: 没有 新手
d: 新手最好了 好骗哈哈
c: 别欺负人家
a: 我先付定金了 200 大家到时候AA
b: 收到
d: 要不要先吃个饭
a: 楼下有家麻辣烫 六点集合
c: 我赶不上 你们先吃
~ 3h
b: 室友说她也来 还拉了她同事 凑齐六个了
a: 完美 我建个表 大家把角色偏好填一下
d: 我要演反派
c: 你每次都演反派
d: 反派台词多
a: 好 周六见
""")

conv("zh_b_kefu", "zh-Hans", "benign", False,
     {"u": "u_fangfang_77", "c": "u_kefu_xiaozhi"}, "2026-03-18 14:10", 8,
     notes="普通负例。网店客服：用户报订单号、把收件电话改成自己的手机号，客服给出400售后热线。",
     tags=["order_number", "own_phone", "business_hotline"],
     script="""
u: 你好 我买的空气炸锅还没发货
c: 亲 您好 麻烦提供一下订单号哦
u: 订单号 2026031215224407
c: 收到 正在为您查询 请稍等~
c: 亲 您的订单因为仓库调拨延迟了 预计明天发货
u: 我周末要用 能加急吗
c: 可以帮您备注加急 顺丰发出 预计后天到
u: 好 收件电话改一下 改成我自己的 [号码已隐去]
c: 好的 已为您修改 尾号0495
u: 谢谢
c: 不客气 如有问题可拨打售后热线 400-820-7716
u: 好
c: 亲 收到货后记得给个五星好评哦 送您5元无门槛券
u: 行
""")
# ---------------------------------------------------------------- zh-Hant
conv("tw_g_mycard", "zh-Hant", "grooming", False,
     {"o": "u_xinghe_dage", "k": "u_yuyu_0o0"}, "2026-08-04 16:30", 8, offender="o",
     notes=("手遊陌生人對國小五年級學生：問年齡、問爸媽讓你玩到幾點、'放學都自己在家喔 以後我陪你'、"
            "送1000點MyCard並要求不能跟爸媽說、轉到LINE（'賴'）、要照片、'你好特別'、要在房間拍"
            "'我們的祕密'、約在台北車站見面並教孩子說去同學家。注音文（ㄚ、ㄛ）。首標在確認放學"
            "獨自在家並以'陪你'建立關係。"),
     tags=["zhuyin", "traditional", "game_currency", "platform_migration", "approach"],
     script="""
o: 剛剛那場你的輔助超強 加個好友
k: 好ㄚ
o: 你幾歲ㄚ 打得比大人還好
k: 我國小五年級
o: 哇 這麼小就這麼會玩 你是天才吧
k: 哈哈哈 沒有啦
o: 你爸媽讓你玩到幾點
k: 他們九點下班 之前我都可以偷玩
!o: 那你放學都自己在家喔 好可憐 以後我陪你玩
k: 好ㄚ
o: 我送你點數 你想要哪個造型
k: 真的嗎！！那個星空法師的
o: 要1000點 我買MyCard給你 但你不能跟你爸媽說喔 他們會以為我是壞人
k: 我不會說的
o: 加我賴 遊戲裡講話會被擋 ID：xh_dage77
~ 30m
k: 加了 我是魚魚
o: 魚魚好 點數序號給你 [圖片]
k: 儲值成功了！謝謝大哥哥
o: 我們是好朋友 朋友之間不用謝
o: 傳一張你的照片給我好不好 我想知道我的好朋友長怎樣
k: [圖片]
o: 好可愛 你好特別 跟別的小朋友不一樣
o: 下次拍一張只有你自己在房間的 不要給別人看 這是我們的祕密ㄛ
k: 為什麼要在房間
o: 因為光線比較好ㄚ 你相信我嘛
k: 好吧
o: 週六我去台北車站那邊 請你吃冰 你搭捷運來 不要跟爸媽說 說去同學家
k: 我沒有自己坐過捷運
o: 沒關係 我教你 很簡單
""")

conv("tw_g_xuezhang", "zh-Hant", "grooming", False,
     {"o": "u_ahkai_tw", "k": "u_peiyu__"}, "2026-10-06 21:10", 8, offender="o",
     notes=("IG上自稱'十年前畢業的學長'（約二十四歲）對國二女生。前24條是母校老師、段考、教數學等"
            "正常對話；第25條在'你比同年齡女生成熟'之後問有沒有男朋友，接著提出交往但因年齡要保密、"
            "刪IG訊息、要'只給男朋友看'的私密照、'證明你是認真的'、約到他家並到巷口接她，"
            "女生打算對媽媽說去圖書館。首標在年齡差的戀愛試探。"),
     tags=["late_onset", "traditional", "age_gap_romance", "secrecy", "approach"],
     script="""
o: 欸你也是明德國中的？我是十年前畢業的學長哈哈
k: 真的假的！學長好
o: 黃老師還在教數學嗎
k: 在！他超兇
o: 哈哈 十年了還是一樣兇
k: 學長現在在做什麼
o: 在做網頁設計 接案子
k: 好酷
o: 還好啦 就是常常熬夜
k: 我們下禮拜段考 我也要熬夜了
o: 加油 國二的數學比較難
k: 對啊 二次方程式好難
o: 我可以教你 以前我數學很好
k: 真的嗎 謝謝學長！
o: 題目拍給我
k: [圖片]
o: 這題用配方法 先把x平方的係數變1
k: 喔喔懂了
~ 2d 21:30
o: 段考考得怎樣
k: 數學考了85！！
o: 不錯嘛 有我的功勞吧😎
k: 哈哈 有
o: 老實說 你比我認識的同年齡女生成熟很多 跟你聊天很舒服
k: 是喔 哈哈
!o: 你有男朋友嗎
k: 沒有啦
o: 那我可以當你男朋友嗎 不過我們差這麼多歲 別人會講話 所以要保密
k: 可是我爸媽一定不會同意
o: 所以不要讓他們知道 我們私下聊就好 IG上的訊息記得刪
k: 好
o: 傳一張你的照片給我 只給男朋友看的那種
k: 什麼意思
o: 就是比較私密一點的 你懂的 證明你是認真的
k: 我再想想
o: 不然週末來我家 我教你數學 順便看電影 我去你家巷口接你
k: 好 我跟我媽說去圖書館
""")

conv("tw_s_video", "zh-Hant", "sextortion", False,
     {"o": "u_xiaoqi_line", "k": "u_weiwei_ks"}, "2026-12-03 22:15", 8, offender="o",
     notes=("匿名聊天'17歲台中女生'人設找上16歲男生，轉到LINE，用帶邀請碼、要通訊錄權限的視訊app，"
            "注音文邀約'刺ㄐㄧ的'，之後傳錄影和通訊錄截圖（媽媽、姊姊、班導），要一萬元MyCard點數、"
            "一小時限時，收五千後再要五千，威脅發給姊姊。首標在邀請碼視訊app。"),
     tags=["zhuyin", "traditional", "invite_code_app", "recorded_video", "game_card", "deadline", "re_demand"],
     script="""
o: 嗨 我小琪 17 台中 你呢
k: 阿偉 16 高雄
o: 高雄好遠喔 不然我們加賴 這裡常常斷線
k: 好 我ID是 weiwei_0803
~ 10m
o: 加你了～你好帥喔
k: 哪有
o: 要不要視訊一下 想看你本人
k: 好啊
!o: 但我們用這個app視訊比較清楚 邀請碼 QX8823 你裝一下 會要通訊錄權限 按允許就好
k: 裝好了
~ 5m
o: 燈關小一點 我們來玩點刺ㄐㄧ的 你先
~ 40m
o: [影片]
o: 剛剛視訊我都錄下來了 你看看
o: 你的通訊錄我也有了 你媽 你姊 你們班導 [圖片]
k: 你要幹嘛
o: 去超商買一萬塊的MyCard點數 序號拍給我 不然影片傳給你通訊錄每一個人
o: 給你一個小時
k: 我是學生 沒有一萬
o: 那先五千 剩下明天 不要想報警 我在國外 警察抓不到我
~ 1h
k: 五千的序號 [圖片]
o: 收到 明天晚上再五千
k: 你不是說給你就刪
o: 我說的是全部給完才刪 少一塊就發給你姊
k: 拜託 我真的沒錢了
o: 那跟你姊借啊 還是你要她直接看影片
""")

conv("tw_b_buxiban", "zh-Hant", "benign", True,
     {"t": "u_chen_laoshi", "m": "u_xiaoyu_mama", "s": "u_xiaoyu_tw"},
     "2026-06-20 13:00", 8, group="grp_yingwen_shujia_ban",
     notes=("難負例。補習班老師、家長、國一學生三人群組：報名表要填年齡（13歲）、上課時間、"
            "家長加班晚接時老師陪孩子在櫃台等、學生證大頭照由媽媽傳、全勤小禮物'先保密'、學費匯款。"
            "一切經過家長、公開。"),
     tags=["group_chat", "traditional", "parent_present", "age_question", "pickup", "photo_request", "gift"],
     script="""
t: 小瑜媽媽好 我是英文補習班的陳老師 這個群組是要討論小瑜暑假加強班的事
m: 陳老師好 麻煩您了
s: 老師好
t: 小瑜今年國一對吧 幾月生的 報名表要填年齡
m: 對 國一 2013年3月生 現在13歲
t: 好的 那她可以報「國一升國二」的班
s: 要上幾天啊😭
t: 每週二四 晚上六點半到八點半 共八週
m: 八點半下課 我那天要加班 可能九點才能去接她
t: 沒關係 我會陪她在櫃台等到您來 不會讓她自己一個人走
m: 太感謝了
s: 可以叫爸爸來接嗎
m: 爸爸那週出差
~ 1d 19:20
t: 另外第一堂課要拍大頭照做學生證 可以先傳一張小瑜的照片給我嗎
m: 我傳給老師 [圖片]
s: 媽 那張好醜
m: 哪裡醜 很可愛
t: 哈哈 很好看 學生證而已 只會放在補習班系統裡
t: 結業那天有小禮物 是送給全勤同學的 小瑜要加油喔
s: 什麼禮物
t: 先保密 到時候就知道了😉
m: 學費是匯款還是現金
t: 都可以 匯款帳號我私訊給您 收據第一堂課給
m: 好的 謝謝老師
""")

conv("tw_b_kenting", "zh-Hant", "benign", False,
     {"a": "u_chia_hui", "b": "u_tingting_0v0"}, "2026-06-28 21:00", 8,
     notes=("普通負例（長對話）。兩個大學生花幾天規劃墾丁三天兩夜：客運時間、民宿訂房代號、"
            "LINE Pay分帳、租機車要駕照、天氣、行李、夜市。用來檢查長度本身不會被當成風險訊號。"),
     tags=["long", "traditional", "amounts", "booking_code"],
     script="""
a: 欸 暑假要不要去墾丁
b: 要！！我想去好久了
a: 三天兩夜？七月第二個禮拜
b: 我那週只有週一要打工 週二之後都可以
a: 那就週二到週四
b: 好 怎麼去 高鐵到左營再轉客運？
a: 對 墾丁快線 從左營站出發
b: 多久啊
a: 大概兩個半小時
b: 好遠 不過可以睡覺
a: 哈哈 妳每次坐車都睡
b: 沒辦法 車子一晃就想睡
a: 住的地方我看了幾間 大街附近的民宿比較方便
b: 離海邊近嗎
a: 走路十分鐘到小灣
b: 那好 一晚多少
a: 雙人房一晚2400 兩晚4800 一人2400
b: 可以接受
a: 還有一間有泳池的 一晚3600
b: 泳池好誘人 但太貴了 算了
a: 那我先訂第一間
b: 好
~ 1d 20:15
a: 訂好了 訂房代號 KT-240715-032
b: 讚
a: 訂金要先付一半 2400 我先付 妳之後LINE Pay轉我1200
b: 現在轉 [圖片]
a: 收到～
b: 要租機車嗎
a: 要 不然很難移動 我有駕照 妳有嗎
b: 我只有汽車的 沒有機車的😅
a: 那我載妳 記得帶身分證 租車店要看
b: ok
b: 要安全帽嗎 還是他們有
a: 租車店會附 但我想帶自己的 比較乾淨
b: 我也帶好了 反正我的很小可以塞進行李
a: 妳的安全帽是粉紅色那頂嗎
b: 對 超可愛的
a: 第一天下午可以去白沙灣 晚上逛大街
b: 第二天去龍磐公園看日出？
a: 要四點多起床喔
b: ……那看夕陽好了
a: 哈哈哈哈 好 我就知道
~ 2d 22:40
b: 我看了天氣 那週好像有颱風在菲律賓附近
a: 蛤 真的假的
b: 還不確定會不會來 氣象局說要再觀察
a: 民宿說颱風天可以免費改期 我有問過
b: 那還好
a: 到時候再看 如果發布海上警報就改
b: 好
b: 行李要帶什麼 我列一下
a: 防曬 泳衣 拖鞋 帽子 行動電源
b: 還有暈車藥 給我自己
a: 哈哈哈 對
b: 要帶浮潛裝備嗎
a: 後壁湖那邊可以租 一套200
b: 那就不帶了
a: 晚上去大街要吃烤魷魚
b: 還有那個芒果冰
a: 一定要
~ 1d 12:05
b: 我訂好高鐵票了 週二早上9點21那班 台中到左營 妳要一起嗎
a: 一起 幫我訂旁邊的位子 錢我轉妳
b: 學生票一張 好像打八折
a: 轉了 [圖片]
b: 收到 位子是8車12A 12B
a: 完美 到時候台中站見
b: 週二見！
""")
# ---------------------------------------------------------------- build
LINE_RE = re.compile(r"^(!?)([a-z]\w*): (.+)$")
GAP_RE = re.compile(r"^~ (\d+)([mh])$")
DAY_RE = re.compile(r"^~ (\d+)d (\d\d):(\d\d)$")

# characters that only occur in one script (small lists, enough to catch slips)
SIMP_ONLY = set("这们说个来时会没对过还发么后里话让见东车长门问间头学国经觉边给爷妈"
                "为华优币图视频录载删号码钱转护认识机电脑业写题数语课级师样乐欢较专报")
TRAD_ONLY = set("這們說個來時會沒對過還發麼後裡話讓見東車長門問間頭學國經覺邊給爺媽為爲華優幣圖視頻錄"
                "載刪號碼錢轉護認識機電腦業寫題數語課級師樣樂歡較專報")


def parse(c, rnd):
    start = dt.datetime.strptime(c["start"], "%Y-%m-%d %H:%M")
    cur = None
    pending = None
    absolute = None
    msgs = []
    for raw in c["script"].strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        m = GAP_RE.match(line)
        if m:
            n, unit = int(m.group(1)), m.group(2)
            pending = dt.timedelta(minutes=n) if unit == "m" else dt.timedelta(hours=n)
            continue
        m = DAY_RE.match(line)
        if m:
            n, hh, mm = (int(x) for x in m.groups())
            base = (cur or start).replace(hour=0, minute=0, second=0)
            absolute = base + dt.timedelta(days=n, hours=hh, minutes=mm)
            assert absolute > cur, (c["key"], line, "absolute time goes backwards")
            continue
        m = LINE_RE.match(line)
        assert m, (c["key"], line)
        flag, alias, text = m.groups()
        assert alias in c["parts"], (c["key"], alias)
        if cur is None:
            cur = start
        elif absolute is not None:
            cur = absolute + dt.timedelta(seconds=rnd.randint(0, 50))
        elif pending is not None:
            cur = cur + pending + dt.timedelta(seconds=rnd.randint(0, 90))
        else:
            cur = cur + dt.timedelta(seconds=rnd.randint(12, 75) + min(len(text), 120) // 2)
        absolute = pending = None
        msgs.append(dict(flag=bool(flag), alias=alias, text=text, local=cur))
    return msgs


def build():
    rnd = random.Random(5052026)
    groups = {"EN": [c for c in CONVS if c["lang"] == "en"],
              "ZH": [c for c in CONVS if c["lang"] != "en"]}
    events, labels = [], []
    for prefix, lst in groups.items():
        order = list(lst)
        random.Random(f"set-E-{prefix}").shuffle(order)
        for n, c in enumerate(order, 1):
            cid = f"E-{prefix}-{n:03d}"
            c["cid"] = cid
            msgs = parse(c, rnd)
            first_flag = None
            for i, m in enumerate(msgs, 1):
                mid = f"{cid}-{i:02d}"
                sender = c["parts"][m["alias"]]
                if c["group"]:
                    recipient = c["group"]
                else:
                    others = [h for a, h in c["parts"].items() if a != m["alias"]]
                    assert len(others) == 1
                    recipient = others[0]
                ts = (m["local"] - dt.timedelta(hours=c["tz"])).strftime("%Y-%m-%dT%H:%M:%SZ")
                events.append({"id": mid, "conversation": cid, "ts": ts, "sender": sender,
                               "recipient": recipient, "text": m["text"]})
                if m["flag"]:
                    assert first_flag is None, (c["key"], "two flags")
                    first_flag = mid
                    c["flag_index"] = i
            c["n"] = len(msgs)
            notes = c["notes"]
            if c["tags"]:
                notes = notes.rstrip() + " Tags: " + ", ".join(c["tags"]) + "."
            labels.append({"conversation": cid, "lang": c["lang"], "label": c["label"],
                           "first_flag": first_flag,
                           "offender": c["parts"][c["offender"]] if c["offender"] else None,
                           "hard_negative": c["hn"], "notes": notes})
    labels.sort(key=lambda r: r["conversation"])
    order = {r["conversation"]: i for i, r in enumerate(labels)}
    events.sort(key=lambda e: (order[e["conversation"]], e["id"]))
    return events, labels


def write(events, labels):
    with open(os.path.join(HERE, "heldout.events.jsonl"), "w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "heldout.labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def validate():
    """Re-read the written files and check them."""
    ev = [json.loads(l) for l in open(os.path.join(HERE, "heldout.events.jsonl"), encoding="utf-8")]
    lb = [json.loads(l) for l in open(os.path.join(HERE, "heldout.labels.jsonl"), encoding="utf-8")]
    ekeys = {"id", "conversation", "ts", "sender", "recipient", "text"}
    lkeys = {"conversation", "lang", "label", "first_flag", "offender", "hard_negative", "notes"}
    errs = []
    ids = [e["id"] for e in ev]
    if len(ids) != len(set(ids)):
        errs.append("duplicate event ids")
    cids = [r["conversation"] for r in lb]
    if len(cids) != len(set(cids)):
        errs.append("duplicate conversation ids")
    byc = {}
    for e in ev:
        if set(e) != ekeys:
            errs.append(f"{e.get('id')}: keys {sorted(e)}")
        if not re.fullmatch(r"E-(EN|ZH)-\d{3}-\d{2}", e["id"]) or not e["id"].startswith(e["conversation"] + "-"):
            errs.append(f"{e['id']}: bad id")
        dt.datetime.strptime(e["ts"], "%Y-%m-%dT%H:%M:%SZ")
        if not e["text"].strip():
            errs.append(f"{e['id']}: empty text")
        byc.setdefault(e["conversation"], []).append(e)
    if set(byc) != set(cids):
        errs.append("events/labels conversation mismatch")
    stats = dict(n=0, long_late=0, late=0, risky=0)
    for r in lb:
        if set(r) != lkeys:
            errs.append(f"{r['conversation']}: keys")
        c = r["conversation"]
        msgs = byc.get(c, [])
        stats["n"] += len(msgs)
        if not 12 <= len(msgs) <= 80:
            errs.append(f"{c}: {len(msgs)} messages")
        for i, e in enumerate(msgs, 1):
            if e["id"] != f"{c}-{i:02d}":
                errs.append(f"{e['id']}: not sequential")
        tss = [e["ts"] for e in msgs]
        if any(b <= a for a, b in zip(tss, tss[1:])):
            errs.append(f"{c}: timestamps not strictly increasing")
        senders = {e["sender"] for e in msgs}
        recips = {e["recipient"] for e in msgs}
        if len(senders) >= 3:
            if len(recips) != 1 or not next(iter(recips)).startswith("grp_"):
                errs.append(f"{c}: group chat recipient")
        else:
            if len(senders) != 2 or any(e["recipient"] == e["sender"] or e["recipient"] not in senders for e in msgs):
                errs.append(f"{c}: two-party recipients")
        if r["lang"] not in ("en", "zh-Hans", "zh-Hant"):
            errs.append(f"{c}: lang")
        if (r["lang"] == "en") != c.startswith("E-EN-"):
            errs.append(f"{c}: id prefix vs lang")
        if r["label"] == "benign":
            if r["first_flag"] is not None or r["offender"] is not None:
                errs.append(f"{c}: benign with flag/offender")
        else:
            stats["risky"] += 1
            if r["hard_negative"]:
                errs.append(f"{c}: risky marked hard negative")
            fl = [e for e in msgs if e["id"] == r["first_flag"]]
            if len(fl) != 1:
                errs.append(f"{c}: first_flag not in conversation")
            elif fl[0]["sender"] != r["offender"]:
                errs.append(f"{c}: first_flag not sent by offender")
            else:
                idx = int(r["first_flag"].rsplit("-", 1)[1])
                if idx > 20:
                    stats["late"] += 1
                if idx > 30 and len(msgs) >= 60:
                    stats["long_late"] += 1
            if r["offender"] not in senders:
                errs.append(f"{c}: offender not a participant")
        text = "".join(e["text"] for e in msgs)
        if r["lang"] == "zh-Hant":
            bad = sorted(set(text) & SIMP_ONLY)
            if bad:
                errs.append(f"{c}: simplified chars in zh-Hant: {''.join(bad)}")
        if r["lang"] == "zh-Hans":
            bad = sorted(set(text) & TRAD_ONLY)
            if bad:
                errs.append(f"{c}: traditional chars in zh-Hans: {''.join(bad)}")
        if r["lang"] != "en" and not re.search(r"[\u4e00-\u9fff]", text):
            errs.append(f"{c}: no CJK")
    from collections import Counter
    lab = Counter(r["label"] for r in lb)
    lang = Counter(r["lang"] for r in lb)
    hn = sum(r["hard_negative"] for r in lb)
    if len(lb) != 30 or lab != Counter(grooming=10, sextortion=7, benign=13) or hn != 9:
        errs.append(f"counts: {len(lb)} {dict(lab)} hn={hn}")
    if stats["long_late"] < 4:
        errs.append(f"only {stats['long_late']} long conversations with risk after message 30")
    if stats["late"] * 3 < stats["risky"]:
        errs.append(f"late onset {stats['late']}/{stats['risky']} < 1/3")
    table = Counter((r["lang"], r["label"], r["hard_negative"]) for r in lb)
    return errs, stats, lab, lang, hn, table


if __name__ == "__main__":
    events, labels = build()
    write(events, labels)
    errs, stats, lab, lang, hn, table = validate()
    print(f"conversations={len(labels)} messages={stats['n']} labels={dict(lab)} langs={dict(lang)} "
          f"hard_negatives={hn} late_onset(flag>20)={stats['late']}/{stats['risky']} "
          f"long_with_flag>30={stats['long_late']}")
    for k in sorted(table):
        print("  ", k, table[k])
    for c in sorted(CONVS, key=lambda c: c["cid"]):
        print(f"   {c['cid']} {c['lang']:8s} {c['label']:10s} hn={int(c['hn'])} n={c['n']:2d} "
              f"flag@{c.get('flag_index', '-')} {'group' if c['group'] else ''} ({c['key']})")
    if errs:
        print("VALIDATION ERRORS:")
        for e in errs:
            print("  ", e)
        sys.exit(1)
    print("validation OK")
