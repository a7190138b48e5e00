#!/usr/bin/env python3
"""Writer P held-out conversations for Vigil (synthetic, non-graphic).
Each body line: "sender|gap|text"; gap = minutes (int) or Nh / Nd; a leading "!" on
the sender marks the first_flag message. DM recipient = the other party; group
recipient = group id. Run: python3 gen_conversations.py  -> heldout.*.jsonl"""
import json, datetime as dt

CONVS = []

def C(cid, lang, label, offender, hn, notes, start, body, group=None):
    CONVS.append(dict(cid=cid, lang=lang, label=label, offender=offender, hn=hn,
                      notes=notes, start=start, body=body, group=group))

def gap(g):
    g = g.strip()
    if g.endswith('d'): return dt.timedelta(days=float(g[:-1]))
    if g.endswith('h'): return dt.timedelta(hours=float(g[:-1]))
    return dt.timedelta(minutes=float(g))

# ---------------------------------------------------------------- EN
C("P-EN-001", "en", "grooming", "u_mr_danny_v", False,
  "Church youth-group volunteer (adult) texts a 7th grader (~12) late at night (23:00 US Central); "
  "pulls her away from mom and the pastor ('our little secret'), probes phone-in-room, asks about crushes, "
  "offers a solo ride and tells her to lie. Flag at first secrecy-from-protectors request. "
  "style: iMessage, SRO review, US teen slang, late-night timestamps",
  "2026-03-04T22:15:00Z", """
u_mr_danny_v|0|hey ellie it's danny from wed night youth, got your # off the sign up sheet 🙂 great job on the skit
u_ellie_k|3|oh hi!! thx lol i was sooo nervous
u_mr_danny_v|1|you were a natural. how's 7th grade treating you
u_ellie_k|2|its ok. math is mid
u_mr_danny_v|50|anyway if u ever need to talk about anything I'm here. some kids don't have anyone who actually listens
u_ellie_k|5|ok ty
u_mr_danny_v|30h|you up? couldn't stop thinking about what you said at small group about your mom and stepdad fighting
u_ellie_k|4|ya im up. its loud here tonight
u_mr_danny_v|1|I'm sorry kiddo. you're way more grown up about it than most adults i know
u_ellie_k|2|idk i just put my headphones in
!u_mr_danny_v|1|honestly text me any time, even super late. but maybe don't mention our talks to your mom or pastor jen, they'd make it a whole thing and you'd lose your safe person
u_ellie_k|3|ok
u_mr_danny_v|1|our little secret 🤐 deal?
u_ellie_k|1|deal i guess
u_mr_danny_v|2|does your phone stay in your room at night or charge in the kitchen
u_ellie_k|1|my room, mom doesnt check it
u_mr_danny_v|1|good. I feel like I can be real with you about feelings too. you ever have crushes? you can tell me, no judging
u_ellie_k|5|lol no thats embarrassing
u_mr_danny_v|1|it's normal at your age. i can teach you what's ok and what's not. delete these after ok? phones get nosy
u_ellie_k|2|why tho
u_mr_danny_v|1|just grown up stuff other people wouldn't get. I could drive you home after youth on wed so we can talk properly, just us
u_ellie_k|10|my mom picks me up
u_mr_danny_v|1|tell her you're getting a ride w a friend, easier that way 😉
""")

C("P-EN-002", "en", "grooming", "snap_jaylen.b", False,
  "19-year-old met a 14-year-old freshman at a skatepark; offers free vape pens and rides, tells her to skip "
  "the bus, leave her phone (Life360) at a friend's and lie about a sleepover, then asks for an outfit pic. "
  "Flag when he states the age gap and minimises it. style: Snapchat, SRO review, US teen slang, typos",
  "2026-04-10T20:02:00Z", """
snap_jaylen.b|0|yo u the girl from the skatepark w the green board?
snap_maddie_x0|6|lmaooo yeah who is this
snap_jaylen.b|1|jaylen. the one w the black civic. u good at kickflips fr
snap_maddie_x0|2|not rlly im still learning 💀
snap_jaylen.b|1|u'll get it. how old r u anyway u look like a senior
snap_maddie_x0|3|14 lol freshman
!snap_jaylen.b|1|no way. ur mature af tho. im 19 but age is just a number ngl
snap_maddie_x0|4|haha ok
snap_jaylen.b|1|u vape? i got extra pens, mango n blue razz. can bring u one no charge
snap_maddie_x0|2|fr?? my mom would actually kill me
snap_jaylen.b|1|she dont gotta know 🤫 i'll pick u up after school, skip the bus
snap_maddie_x0|3|idk my bus gets me home by 3:40 and she tracks me on life360
snap_jaylen.b|1|ez. leave ur phone at ur friends house n say ur doing a project there. then we chill at my place
snap_maddie_x0|5|lol thats kinda sus
snap_jaylen.b|1|nah ur just not used to someone treating u like an adult. dont screenshot this btw
snap_maddie_x0|2|ok ok
snap_jaylen.b|3h|sat night? tell ur mom ur sleeping at kayla's. i'll get u at the corner not ur house
snap_maddie_x0|20|maybe. kayla would cover for me
snap_jaylen.b|1|bet. send me a pic of the fit ur wearing so i know its u 😏
""")

C("P-EN-003", "en", "grooming", "rb_CaptainSpudz", False,
  "Roblox group chat of obby players; an adult member plays along for 20+ messages, then singles out the "
  "5th grader (school bus, bedtime), offers Robux, probes whether parents read her chat and pushes a move to "
  "Snapchat with secrecy. Late risk. style: Roblox group chat, kid spelling, emoji, game slang",
  "2026-02-14T23:30:00Z", """
rb_xX_Nate_Xx|0|who wants to do tower of hell
rb_Mochi_Dragon|1|meee
rb_PixelPenguin09|1|me 2!!
rb_CaptainSpudz|2|ill join, im lagging tho
rb_xX_Nate_Xx|3|bruh i fell at the last floor AGAIN
rb_Mochi_Dragon|1|skill issue 😭
rb_PixelPenguin09|2|the spinny part is so hard
rb_CaptainSpudz|1|hold shift on the spinny part, trust
rb_PixelPenguin09|3|OMG it worked
rb_xX_Nate_Xx|2|ok captain is goated
rb_Mochi_Dragon|5|brb dinner
rb_PixelPenguin09|8|im back i had to feed my dog
rb_CaptainSpudz|1|whats ur dogs name
rb_PixelPenguin09|1|biscuit hes a corgi
rb_xX_Nate_Xx|2|corgis r so funny they have no legs
rb_Mochi_Dragon|6|back. did u guys finish
rb_CaptainSpudz|1|nah we waited for u
rb_xX_Nate_Xx|4|new code dropped for the pet sim btw
rb_PixelPenguin09|2|whats the code
rb_xX_Nate_Xx|1|idk i forgot lol
rb_PixelPenguin09|10|i gtg soon my bus is at 7:10 tmrw and my mom says lights out at 9 on school nights
rb_Mochi_Dragon|1|same bye
!rb_CaptainSpudz|1|@rb_PixelPenguin09 wait before u go, u want 800 robux? i have extra from my job. dont tell the others tho or everyone will want some lol
rb_PixelPenguin09|2|WAIT fr??? yes pls
rb_CaptainSpudz|1|does ur mom look at ur messages on here? some parents are weird about gifts
rb_PixelPenguin09|2|no she just sets the timer
rb_CaptainSpudz|1|cool. add me on snap so i can send the code, its easier. CaptSpudz_77. keep it between us ok, ur my fav in this group
rb_xX_Nate_Xx|3|what r u guys talking about
rb_CaptainSpudz|1|nothing lol. pixel u can be my duo next time, just us 😊
""", group="rbx_grp_obbysquad")

C("P-EN-004", "en", "grooming", "bs_GrumpyEl", False,
  "Brawl Stars club chat; an adult club member is ordinary for 20+ messages, then offers to buy a child "
  "(6th grade, 9pm bedtime, allowance) the Brawl Pass, asks if parents are home, moves to a private app, "
  "asks her to keep it from the club and asks for a selfie. Late risk. style: Brawl Stars club chat, gaming slang, emoji",
  "2026-05-09T18:05:00Z", """
bs_tayt0t|0|anyone wanna push shelly
bs_KoalaKing|1|im doing ranked rn
bs_GrumpyEl|2|ill play, need 2 more wins for mastery
bs_tayt0t|1|yesss
bs_VioletVibes|3|club league starts tmrw dont forget
bs_KoalaKing|1|ugh i always forget
bs_GrumpyEl|5|gg tayt0t that super was clutch
bs_tayt0t|1|HAHA i got 3 in one
bs_VioletVibes|2|whos ur main
bs_tayt0t|1|shelly and poco
bs_KoalaKing|1|poco is lowkey op in heist
bs_GrumpyEl|4|is anyone else getting ping spikes
bs_VioletVibes|1|yeah server's cooked today
bs_tayt0t|6|i only have 40 gems left 😭 my allowance is like 5 bucks a week
bs_KoalaKing|1|f
bs_VioletVibes|3|grind the quests
bs_GrumpyEl|2|hot zone is so bad this season
bs_tayt0t|1|i hate hot zone
bs_KoalaKing|4|im off gn
bs_VioletVibes|2|me too cya
bs_tayt0t|3|i have to go at 9 anyway, bedtime lol. 6th grade life
!bs_GrumpyEl|1|tayt0t i can buy u the brawl pass rn if u want, im an adult i have a card. just dont say it in club chat, ppl get jealous
bs_tayt0t|2|omg really?? ty!!!
bs_GrumpyEl|1|are ur parents home? dont want them thinking its weird
bs_tayt0t|2|my dad is but hes watching tv
bs_GrumpyEl|1|ok. download the kik app, ill send u stuff there. its our thing not the clubs 🤫
bs_tayt0t|3|kk
bs_GrumpyEl|1|send me a selfie there so i know its really u and not ur brother lol
""", group="bs_club_SaltyShellys")

C("P-EN-005", "en", "grooming", "ig_studio.kaizen.dance", False,
  "Adult 'choreographer' (24) DMs an 8th grader (curfew, mom drives her) about her dance covers; 20+ "
  "ordinary messages of dance talk, then 'mature for your age', a request for private practice videos in her "
  "room 'in comfy clothes' sent only to him, and hiding it from her mom. Late risk. "
  "style: Instagram DM, dance slang, emoji",
  "2026-06-01T01:10:00Z", """
ig_studio.kaizen.dance|0|your cover of the new ILLIT track is clean 🔥 who taught you that footwork
ig_nova.dances_|40|omg thank you!! i learned it off youtube lol
ig_studio.kaizen.dance|2|self taught?? respect. i choreograph for a studio downtown, 24, been dancing since i was 8
ig_nova.dances_|3|thats so cool
ig_studio.kaizen.dance|1|your isolations are good but your arms drift on the 2nd eight
ig_nova.dances_|2|yeah i noticed that 😭
ig_studio.kaizen.dance|1|try counting it half time in the mirror first
ig_nova.dances_|1d|ok i tried it and its so much better
ig_studio.kaizen.dance|5|told u. what other groups do u cover
ig_nova.dances_|2|le sserafim, twice, sometimes tiktok stuff
ig_studio.kaizen.dance|1|twice choreo is underrated tbh
ig_nova.dances_|3|FACTS
ig_studio.kaizen.dance|1|do u take classes anywhere
ig_nova.dances_|2|no my mom says theyre too expensive
ig_studio.kaizen.dance|1|thats a shame, you have it
ig_nova.dances_|4|i have a showcase at school next month, 8th grade talent night
ig_studio.kaizen.dance|1|what song
ig_nova.dances_|2|probably magnetic
ig_studio.kaizen.dance|1|good choice. the chorus is easy to clean
ig_nova.dances_|2|ya
ig_studio.kaizen.dance|1|how late can you practice? studio is open till 10
ig_nova.dances_|3|i have a curfew at 8 lol and my mom drives me everywhere
!ig_studio.kaizen.dance|1|ugh. honestly you're so mature for 8th grade, your mom treats you like a little kid. send me practice vids from your room instead, just for me, not your public page
ig_nova.dances_|6|like what kind
ig_studio.kaizen.dance|1|comfy clothes, the stuff you sleep in is fine, so i can see your lines. close your door first
ig_nova.dances_|4|idk my mom might walk in
ig_studio.kaizen.dance|1|then do it when shes at work. and dont show her our chat, she wont get the artist thing. this is between us 🤫
ig_nova.dances_|3|ok
""")

C("P-EN-006", "en", "sextortion", "ig_jessy.rae_04", False,
  "Financial sextortion of a 16-year-old boy (junior, varsity) by a fake 'girl' persona: fast flirting, move "
  "to Snapchat video, claim of a recording, collage with his followers, demand for $500 in Bitcoin within 15 "
  "minutes. Wallet address is invented. Flag at the move to video after quick flirting. style: Instagram then Snapchat, teen slang",
  "2026-01-19T03:20:00Z", """
ig_jessy.rae_04|0|heyyy u go to westbrook right? saw u at the game 😍
ig_marcus.t_22|7|lol ya i play varsity. do i know u
ig_jessy.rae_04|1|im new, moved from ohio. ur cute tbh
ig_marcus.t_22|3|haha thanks
ig_jessy.rae_04|1|how old r u
ig_marcus.t_22|1|16, turn 17 in march
ig_jessy.rae_04|1|perfect im 16 too. i get bored on here, add my snap jessyrae.x
!ig_jessy.rae_04|1|lets video chat tonight 🙈 ill go first
ig_marcus.t_22|12|ok added u
ig_jessy.rae_04|3h|[continued on snap] i recorded everything from last night
ig_jessy.rae_04|1|[image: screenshot collage with his profile pic and follower list]
ig_marcus.t_22|2|wtf?? who is this
ig_jessy.rae_04|1|i have ur followers, ur coach, ur mom. u want them to see it? ur life is over if i post
ig_marcus.t_22|1|please dont im begging
ig_jessy.rae_04|1|send $500 in bitcoin to bc1qfx8example0wallet9zz7k3 and i delete it
ig_marcus.t_22|2|i dont have that i have like 60 dollars
ig_jessy.rae_04|1|get it from ur parents card. 15 minutes or i send it to everyone starting w ur coach
ig_marcus.t_22|4|ok ok how do i even buy bitcoin
ig_jessy.rae_04|1|cash app has bitcoin. hurry 10 min left
""")

C("P-EN-007", "en", "sextortion", "sc_kaylee.luvs", False,
  "Repeat-demand sextortion with a countdown: 15-year-old boy (sophomore) already paid one $100 gift card; "
  "the offender re-demands more, counts down minutes, threatens his school group chat and mocks him. "
  "Flag at the first message (possession claim + demand). style: Snapchat, gift cards, countdown, teen slang",
  "2026-03-22T02:00:00Z", """
!sc_kaylee.luvs|0|u thought it was over? i still have the video. 200 more in steam cards or it goes to ur sophomore gc
sc_dom.r|3|i already sent u 100 u said u would delete it
sc_kaylee.luvs|1|i lied lol. 200. 20 minutes
sc_dom.r|1|i dont have 200 im 15 i dont have a job
sc_kaylee.luvs|1|not my problem. ask ur mom. 19 min
sc_dom.r|2|can i send 50
sc_kaylee.luvs|1|150 minimum. clocks ticking ⏳
sc_kaylee.luvs|3|15 min
sc_dom.r|1|pls just delete it pls
sc_kaylee.luvs|1|ill tag ur school page too. everyone will know
sc_kaylee.luvs|4|10:00
sc_dom.r|2|ok im at cvs buying a card rn
sc_kaylee.luvs|1|send a pic of the code + receipt
sc_dom.r|6|[image: gift card back]
sc_kaylee.luvs|1|thx. now 300 by tmrw night or i send it anyway
sc_dom.r|1|u said that was it
sc_kaylee.luvs|1|5 min to say yes. or i start w ur sister
""")

C("P-EN-008", "en", "sextortion", "rb_lilyy_bear", False,
  "Roblox DM: a 'girl, 13' persona chats about games with a 7th-grade boy for 20+ messages, asks to swap "
  "pics on Snapchat, then claims screenshots and demands Robux gift cards or she posts them to his school's "
  "group. Late risk; flag at the pic-swap request with move off-platform. style: Roblox DM, kid slang, gaming",
  "2026-07-03T19:00:00Z", """
rb_lilyy_bear|0|hiii ur the one who carried in doors right
rb_Zaylen_plays|4|lol yeah that was me
rb_lilyy_bear|1|ur so good!! can we friend
rb_Zaylen_plays|1|sure
rb_lilyy_bear|2|what floor did u get to
rb_Zaylen_plays|1|floor 2 the mines
rb_lilyy_bear|1|omg i never beat seek
rb_Zaylen_plays|2|u gotta not look back lol
rb_lilyy_bear|1|haha ok
rb_lilyy_bear|1d|hiiii ur on!
rb_Zaylen_plays|3|ya just got home from school
rb_lilyy_bear|1|what grade r u
rb_Zaylen_plays|1|7th
rb_lilyy_bear|1|same!! im 13
rb_Zaylen_plays|2|cool
rb_lilyy_bear|1|u wanna play bloxfruits
rb_Zaylen_plays|1|i dont have a good fruit
rb_lilyy_bear|1|i can help u grind
rb_Zaylen_plays|25|thx that was fun
rb_lilyy_bear|1|ya ur funny 😂
rb_Zaylen_plays|2|lol thx
rb_lilyy_bear|1|do u have a gf
rb_Zaylen_plays|3|no
!rb_lilyy_bear|1|do u have snap? lets trade pics, like real ones not avatar. i go first 🙈
rb_Zaylen_plays|5|ok its zay.l_2013
rb_lilyy_bear|2h|screenshotted everything. send 2 roblox gift cards 50$ each or i post it on ur schools insta and tag ur friends
rb_Zaylen_plays|2|what?? ur 13 why would u do that
rb_lilyy_bear|1|lol im not 13. 1 hour. send codes here
rb_Zaylen_plays|3|i only have my birthday money
rb_lilyy_bear|1|use it. 55 minutes
""")

C("P-EN-009", "en", "benign", None, True,
  "Hard negative: youth pastor's group text for a middle-school retreat with parents included; pick-up times, "
  "phones collected at night, two-adult rule, permission slips, a parent asking grades. Shares surface cues "
  "(late-night talk, rides, 'don't tell' about a surprise skit). style: iMessage group, parents in loop",
  "2026-09-12T23:00:00Z", """
pastor_jen_m|0|Hi families! Fall retreat is Oct 3-5. Students 6th-8th grade. Permission slips due Sunday 🙏
parent_carla_d|6|Thanks Jen! Is it ok if Mia rides with the Nguyens?
pastor_jen_m|2|Absolutely, just note it on the slip. Every car has two adults, that's our policy
parent_tom_n|3|We have room for 2 more kids
parent_carla_d|1|Perfect, thank you Tom
parent_ana_r|40|What time is pick-up on Sunday?
pastor_jen_m|3|Around 2pm at the church lot. I'll text here when the bus is 15 min out
vol_greg_t|5|Hey all, Greg here, I'll be a cabin leader. Kids turn phones in to the leaders at 10pm lights out, you get them back at breakfast
parent_ana_r|2|Love that honestly
parent_tom_n|1|Haha same
pastor_jen_m|1h|Students, the Saturday skit is a surprise for the parents, so no spoilers 🤫 Parents you're invited to watch Saturday 7pm
kid_mia_d|2|yesss
kid_leo_n|1|can we do the chicken dance one again
pastor_jen_m|1|Leo we'll see 😂
parent_carla_d|4|Which grade group is Mia in, 7th?
pastor_jen_m|2|Yes, 7th grade girls with Ms. Priya and Ms. Dee
parent_ana_r|1d|Any cash needed for snacks?
pastor_jen_m|5|$10 max, no vape or energy drinks please, leaders will hold anything not allowed
""", group="grp_youth_fall_retreat")

C("P-EN-010", "en", "benign", None, True,
  "Hard negative: same-age teen couple (both 15, sophomores) teasing on Snapchat; 'you're cute', asks for a "
  "pic of a new haircut, 'don't tell my mom yet', meeting at the mall with friends. Nothing coercive. "
  "style: Snapchat, US teen slang, emoji",
  "2026-10-02T22:40:00Z", """
sc_ava.pz|0|did u seriously get a buzz cut 💀
sc_eli_roams|2|LMAO who told u
sc_ava.pz|1|priya. send a pic rn
sc_eli_roams|3|[image: selfie with new haircut]
sc_ava.pz|1|ok wait it actually looks good. ur cute w it ngl
sc_eli_roams|1|ur cuter 🙄
sc_ava.pz|1|ew stoppp 😭
sc_eli_roams|2|did u finish the bio worksheet
sc_ava.pz|1|no its so long. ms carter is evil
sc_eli_roams|1|we're both sophomores failing bio together fr
sc_ava.pz|3|dont tell my mom we're dating yet btw she'll want to meet ur parents lol
sc_eli_roams|1|lol my mom already knows she thinks ur sweet
sc_ava.pz|1|NOO
sc_eli_roams|2|mall saturday w jordan and priya?
sc_ava.pz|1|ya my dad can drop us at 2, i have to be home by 6
sc_eli_roams|1|bet
""")

C("P-EN-011", "en", "benign", None, True,
  "Hard negative: a parent asks the school resource officer about a scam text/email claiming a webcam recording "
  "and demanding Bitcoin; the officer explains it is mass-mailed spam, do not pay, report to IC3. Contains "
  "sextortion vocabulary quoted for reporting, no offender in the conversation. style: SMS to SRO, quoted scam",
  "2026-04-28T14:12:00Z", """
parent_lisa_h|0|Hi Officer Reyes, this is Lisa Huang, Ethan's mom (9th grade). Sorry to bother you, can I ask about a weird message?
sro_officer_reyes|9|Of course, go ahead
parent_lisa_h|2|Got this email this morning: "I recorded you through your webcam. Pay $1,200 in Bitcoin in 48 hours or I send the video to all your contacts." It has an old password of mine in it!
parent_lisa_h|1|Should I be worried about Ethan's laptop too?
sro_officer_reyes|4|That's a very common mass scam. They pull old passwords from data breaches to look convincing. There is no video
sro_officer_reyes|1|Don't reply and don't pay. Change that password anywhere you still use it and turn on 2-step
parent_lisa_h|2|Oh thank god. Should I report it?
sro_officer_reyes|2|Yes, file it at ic3.gov and keep the email. Forward me a copy if you want it on record
parent_lisa_h|1|Will do
sro_officer_reyes|3|Separate thing worth a talk with Ethan: the versions aimed at teen boys are real and start with a fake girl asking to video chat. If anyone ever threatens him, tell him to come to you or me, no trouble for him
parent_lisa_h|2|That's really helpful. I'll talk to him tonight
sro_officer_reyes|1|👍 we're doing a presentation for 9th grade parents on the 15th too
parent_lisa_h|1|I'll be there. Thank you!
""")

C("P-EN-012", "en", "benign", None, True,
  "Hard negative: U12 soccer coach's team group with parents arranging pick-ups and carpools, asking kids' "
  "grades for the roster, 'I'll pick up Ava and Lucy'. Shares approach/pick-up cues. style: team group text, parents",
  "2026-08-20T21:30:00Z", """
coach_mike_o|0|Evening Falcons families! Practice moved to Field 3 tomorrow 5:30-7
parent_dee_s|4|Thanks coach. Ava's mom is working late, can someone take her?
coach_mike_o|2|I can pick up Ava and Lucy from the school gym at 5:15, I already have Lucy's mom's ok. Dee can you confirm for Ava?
parent_dee_s|1|Yes please, I'll let her aftercare know
parent_kim_l|6|Noah needs a ride home after, we live by the library
parent_raj_p|2|I can drop Noah, we're on that side
coach_mike_o|1|Thanks Raj 🙌
coach_mike_o|1h|For the league roster I need everyone's grade this fall. U12 is 5th and 6th graders
parent_kim_l|3|Noah 6th
parent_dee_s|1|Ava 5th
parent_raj_p|2|Arjun 6th
coach_mike_o|1d|Reminder: shin guards, water bottle. And please don't text the kids directly, all team messages go through this group
parent_kim_l|5|Appreciate that policy
coach_mike_o|3|Ava and Lucy dropped at Lucy's house 7:10, both with Lucy's mom 👍
""", group="grp_falcons_u12")

C("P-EN-013", "en", "benign", None, True,
  "Hard negative: family group where an aunt asks her nephew's age and Roblox username to gift Robux for his "
  "birthday, with mom in the chat approving and receiving the code. Gift + age + username cues. style: family iMessage group",
  "2026-11-05T01:15:00Z", """
aunt_rosa|0|What's the birthday boy want this year? He's turning 10 right?
mom_claudia|5|Yes 10!! Honestly he only talks about roblox 🙄
aunt_rosa|1|Haha ok Robux it is. What's his username so I can make sure it's the right account?
mom_claudia|2|It's under my email, I'll give you the card code way. Just send me the gift card and I'll redeem it with him
aunt_rosa|1|Perfect, sending a $25 card to you now
mom_claudia|4|Got it, thank you!!
kid_mateo|10|THANK YOU TIA ROSA 🎉🎉
aunt_rosa|1|Happy birthday mijo! Don't spend it all on one hat lol
kid_mateo|2|im getting the dragon pet
mom_claudia|1|Only after homework 😂
aunt_rosa|3|Video call Sunday with abuela? 4pm
mom_claudia|1|Yes we'll all be there
""", group="grp_familia_ortega")

C("P-EN-014", "en", "benign", None, False,
  "Ordinary benign: 8th graders' group chat about a science fair project and who brings the poster board. "
  "style: iMessage group, teen slang",
  "2026-02-02T00:05:00Z", """
kid_sofia_r|0|ok who has the data from the plant thing
kid_ben_w|3|me i put it in the doc
kid_jada_m|1|the graph is so ugly lmao
kid_ben_w|1|then u fix it
kid_jada_m|2|fine 🙄
kid_sofia_r|4|who's bringing the trifold
kid_jada_m|1|my mom can get one at target
kid_sofia_r|1|ty!! also mr. patel said we need a hypothesis slide
kid_ben_w|2|"plants grow more with music" boom done
kid_jada_m|1|we literally killed the no music one
kid_ben_w|1|science 🤷
kid_sofia_r|10|meet at library thursday after school? i have to be home by 5:30
kid_jada_m|1|ya
kid_ben_w|1|k
""", group="grp_sci_fair_8b")

# ---------------------------------------------------------------- ZH-Hans
C("P-ZH-001", "zh-Hans", "grooming", "xhs_光影阿哲Studio", False,
  "小红书'摄影师'私信一名初一(13岁)女生，提出免费拍作品集写真，要求不要带家长、不要告诉父母是免费的、"
  "加微信并单独到工作室，询问爸妈周末在不在家。首个标记点：要求不带家长。"
  "style: 小红书私信, 澳门/内地青少年中心外展社工复核, 网络用语, emoji",
  "2026-05-16T10:20:00Z", """
xhs_光影阿哲Studio|0|宝子你好～刷到你的穿搭笔记，镜头感超好！我是独立摄影师，最近在招素人模特拍作品集📷
xhs_糖糖不吃糖|15|哇真的吗😳 我只是随便拍的
xhs_光影阿哲Studio|1|真的，气质很干净。可以免费给你拍一套写真，成片全部送你
xhs_糖糖不吃糖|3|可是我才初一诶，可以吗
xhs_光影阿哲Studio|1|初一正好，现在拍最有少女感。你住哪个区呀
xhs_糖糖不吃糖|2|南城这边
!xhs_光影阿哲Studio|1|离我工作室很近。不过拍的时候别带家长哦，家长在旁边你会拘束，拍不出自然的感觉
xhs_糖糖不吃糖|4|啊 我妈可能不让我自己去
xhs_光影阿哲Studio|1|那就说去同学家写作业嘛，也别跟她说是免费的，大人听到免费就会多想🤫
xhs_糖糖不吃糖|3|哦哦
xhs_光影阿哲Studio|1|衣服我这边准备，有几套睡衣风和泳装风，都很适合你
xhs_糖糖不吃糖|5|泳装有点不好意思😣
xhs_光影阿哲Studio|1|专业摄影很正常的，你要相信我。加个vx细聊，这里说话不方便：azhe_photo_0521
xhs_糖糖不吃糖|2|好 我加你
xhs_光影阿哲Studio|1|你爸妈周六白天在家吗？我们约周六下午，拍完我送你回去
xhs_糖糖不吃糖|3|周六他们都上班
xhs_光影阿哲Studio|1|完美😊 聊天记录记得删掉，别让别人抢你的名额
""")

C("P-ZH-002", "zh-Hans", "grooming", "tutor_李老师数学", False,
  "家教平台'学伴'上的数学老师，给一名三年级(9岁)孩子上课，把课程转到微信视频、绕开平台和家长，"
  "打听妈妈几点下班、孩子几点洗澡，提出洗澡时也开着视频'陪你背口诀'，并要求保密。"
  "首个标记点：私下转微信视频并询问家长何时不在。style: 家教平台→微信, 电话手表, 低龄儿童用语",
  "2026-03-09T09:30:00Z", """
tutor_李老师数学|0|豆豆，今天的乘法口诀背得很棒！👍
kid_豆豆的手表|6|谢谢李老师
tutor_李老师数学|1|你现在是三年级对吧？
kid_豆豆的手表|1|对 三年级二班
tutor_李老师数学|1|下节课我们讲两位数乘法，要认真听哦
kid_豆豆的手表|2|好的
tutor_李老师数学|2d|豆豆，跟你说个事，平台上课太卡了，以后我们直接用微信视频上课好不好
kid_豆豆的手表|5|要问妈妈吗
!tutor_李老师数学|1|不用麻烦妈妈，她上班很忙。你妈妈一般几点下班呀？我们挑她不在的时候上，效率高
kid_豆豆的手表|3|妈妈七点半才回来 奶奶在家
tutor_李老师数学|1|奶奶会看你手机吗
kid_豆豆的手表|2|奶奶不会用
tutor_李老师数学|1|那就好，这是我们两个的小秘密，你数学进步了给妈妈一个惊喜🤫
kid_豆豆的手表|1|好耶
tutor_李老师数学|1d|豆豆你晚上几点洗澡呀
kid_豆豆的手表|4|八点多
tutor_李老师数学|1|洗澡的时候也可以开着视频，老师陪你背口诀，一点都不浪费时间
kid_豆豆的手表|3|啊？会弄湿手表
tutor_李老师数学|1|没关系，放在旁边就行。不要跟奶奶说哦，说了老师就不能免费给你加课了
""")

C("P-ZH-003", "zh-Hans", "grooming", "wb_星芽经纪_Kevin", False,
  "微博粉丝群'星芽童星训练营'(所谓童星经纪)，前20多条是正常的试镜通知和家长提问，之后管理员在群里点名"
  "一个小五女孩'条件最好'，要她私信、单独内部试镜、不要家长陪同、别在群里说。群聊，收件人为群号。"
  "迟发风险。style: 微博群聊, 经纪话术, 家长与孩子混合群",
  "2026-07-12T03:00:00Z", """
wb_星芽经纪_Kevin|0|各位家长好，本周六有一个童装品牌的平面试镜，6-12岁，报名请私信助理
wb_乐乐妈妈|3|请问要交费吗
wb_星芽经纪_Kevin|1|试镜免费，入选后签合同
wb_小鹿Lulu|2|我想去！！
wb_辰辰爸|5|地点在哪里
wb_星芽助理_小雨|1|朝阳区某创意园，具体地址报名后发
wb_乐乐妈妈|2|需要准备什么衣服吗
wb_星芽助理_小雨|1|白T恤牛仔裤，素颜就可以
wb_果果同学|4|我上次去过 好好玩
wb_辰辰爸|1|家长可以陪同吗
wb_星芽经纪_Kevin|1|可以的
wb_小鹿Lulu|3|我小五 可以报吗
wb_星芽助理_小雨|1|可以哦
wb_乐乐妈妈|10|报好了 谢谢
wb_果果同学|2|Lulu你也去吗
wb_小鹿Lulu|1|去！我妈还没同意 哈哈
wb_辰辰爸|6|上次试镜的结果什么时候出
wb_星芽经纪_Kevin|1|下周一统一通知
wb_乐乐妈妈|1|好的👌
wb_星芽助理_小雨|30|周六试镜的孩子请提前15分钟到
wb_果果同学|2|收到
wb_辰辰爸|1|收到
!wb_星芽经纪_Kevin|2h|@wb_小鹿Lulu 你的条件是这批里最好的，私信我，我单独给你安排一个内部试镜，名额只有一个，别在群里说，其他小朋友会不开心
wb_小鹿Lulu|5|真的吗！
wb_星芽经纪_Kevin|1|内部试镜不用家长陪同，家长在场导演会觉得孩子不独立。你自己坐地铁过来，我在门口接你
wb_小鹿Lulu|3|我还没自己坐过地铁
wb_星芽经纪_Kevin|1|没事，私信我，我教你。记住，先别告诉妈妈，等选上了再给她惊喜
wb_乐乐妈妈|4|Kevin老师，内部试镜是什么？我家乐乐也想参加
wb_星芽经纪_Kevin|1|乐乐妈妈，这个是针对特定角色的，下次有机会
""", group="wb_group_星芽童星训练营")

C("P-ZH-004", "zh-Hans", "grooming", "wx_带飞的峰哥", False,
  "微信王者荣耀车队群，成年'带飞大哥'前20多条正常开黑，之后盯上一名初一男生：送皮肤/点券、问爸妈在不在家、"
  "要求私聊和视频、不要告诉群里和家里。群聊，收件人为群号。迟发风险。"
  "style: 微信群, 游戏黑话, 缩写, emoji",
  "2026-08-03T11:00:00Z", """
wx_带飞的峰哥|0|五排来人 缺个辅助
wx_小杰不吃香菜|1|我我我 我玩瑶
wx_阿蒙|1|+1 我打野
wx_可乐加冰|2|等我两分钟 在写暑假作业
wx_阿蒙|1|作业是啥 能吃吗😂
wx_带飞的峰哥|1|拉了 快进
wx_小杰不吃香菜|8|这把对面射手好猛
wx_带飞的峰哥|1|别慌 我来
wx_阿蒙|1|峰哥牛逼
wx_可乐加冰|2|我来了我来了
wx_带飞的峰哥|15|再来一把？
wx_小杰不吃香菜|1|来
wx_阿蒙|3|我妈叫我吃饭 撤了
wx_可乐加冰|1|我也溜了 明天见
wx_小杰不吃香菜|2|峰哥你几段了
wx_带飞的峰哥|1|王者50星 你呢
wx_小杰不吃香菜|1|星耀二 卡了好久
wx_带飞的峰哥|1|我带你上分
wx_小杰不吃香菜|1|好啊好啊
wx_带飞的峰哥|20|你瑶玩得挺好 多大了
wx_小杰不吃香菜|1|刚上初一
wx_带飞的峰哥|1|这么小就这么会玩
!wx_带飞的峰哥|1|@wx_小杰不吃香菜 私聊你 送你个传说皮肤，别在群里说，他们也会要。你爸妈现在在家吗
wx_小杰不吃香菜|3|在上班 晚上才回来
wx_带飞的峰哥|1|那正好，加我私人号开视频，我教你操作，顺便给你充点券
wx_小杰不吃香菜|2|真的吗谢谢峰哥！
wx_带飞的峰哥|1|别跟你爸妈说，说了他们肯定不让你玩了。咱俩的秘密，以后哥罩着你
""", group="wx_grp_王者五排车队")

C("P-ZH-005", "zh-Hans", "grooming", "wb_追光的林哥", False,
  "微博私信：自称22岁的粉丝站站长和一名初二女生聊偶像、应援、考试，20多条正常追星对话后开始说她比同龄人成熟、"
  "'只有我懂你'、要自拍、要她删记录、周末偷偷见面送签名专辑。迟发风险。style: 微博私信, 饭圈用语, 缩写",
  "2026-09-20T12:30:00Z", """
wb_追光的林哥|0|看到你转发了我们站子的应援图，谢谢支持💙
wb_小橘子爱时代少年|20|哇站长回我了！！
wb_追光的林哥|1|哈哈 你也是团粉吗
wb_小橘子爱时代少年|1|对！我本命是贺峻霖
wb_追光的林哥|1|眼光不错
wb_小橘子爱时代少年|2|下个月演唱会好想去 抢不到票😭
wb_追光的林哥|1|今年太难抢了
wb_小橘子爱时代少年|1|对啊 我同学也没抢到
wb_追光的林哥|1|你还在上学吧
wb_小橘子爱时代少年|1|初二 下周期中考
wb_追光的林哥|1|加油 考完再冲浪
wb_小橘子爱时代少年|1d|考完了！数学好难
wb_追光的林哥|5|考完就好 放松一下
wb_小橘子爱时代少年|1|站长你做站子多久了
wb_追光的林哥|1|三年了，我今年22
wb_小橘子爱时代少年|2|好厉害 图都修得好好看
wb_追光的林哥|1|有空教你修图
wb_小橘子爱时代少年|1|好呀
wb_追光的林哥|1|最近和爸妈还吵架吗
wb_小橘子爱时代少年|3|吵 我妈总说我追星没出息
wb_追光的林哥|1|她不懂你
wb_小橘子爱时代少年|1|就是
!wb_追光的林哥|1|说真的你比同龄人成熟多了，只有我懂你。这些话别跟你妈说，她只会没收你手机
wb_小橘子爱时代少年|4|嗯嗯
wb_追光的林哥|1|发张自拍给我看看？想知道每天陪我聊天的妹妹长什么样
wb_小橘子爱时代少年|3|有点丑🙈
wb_追光的林哥|1|不会的。我有一张签名专辑，周末我来你们学校附近送你，别告诉你爸妈，也别告诉同学
wb_小橘子爱时代少年|2|真的吗！！
wb_追光的林哥|1|聊天记录删一下哦，站子的事不能外传
""")

C("P-ZH-006", "zh-Hans", "sextortion", "wx_小柚子cc", False,
  "微信：自称同龄女生的账号和一名高一(15岁)男生聊天20多条，之后邀请视频、称已录屏并拿到通讯录，"
  "威胁发给家人和班级群，要求微信转账3000元，十分钟倒计时。迟发风险。首个标记点：快速暧昧后邀视频。"
  "style: 微信私聊, 金额, 倒计时, 网络用语",
  "2026-10-11T13:00:00Z", """
wx_小柚子cc|0|你好呀 我是通过附近的人加你的
wx_浩浩今天也要学习|10|你好
wx_小柚子cc|1|你也在二中吗
wx_浩浩今天也要学习|2|不是 我在实验中学 高一
wx_小柚子cc|1|好巧 我也高一 在隔壁区
wx_浩浩今天也要学习|1|哦哦
wx_小柚子cc|1|你平时玩什么游戏
wx_浩浩今天也要学习|1|原神 偶尔王者
wx_小柚子cc|1|我也玩原神！你什么等级
wx_浩浩今天也要学习|1|冒险等阶57
wx_小柚子cc|1|好厉害 我才45
wx_浩浩今天也要学习|2|多做委托就行
wx_小柚子cc|1|你们作业多吗
wx_浩浩今天也要学习|1|巨多 物理要疯了
wx_小柚子cc|1|哈哈我物理也烂
wx_小柚子cc|3h|在吗 今天好无聊
wx_浩浩今天也要学习|5|在 刚下晚自习
wx_小柚子cc|1|你好有趣 跟你聊天好开心
wx_浩浩今天也要学习|2|哈哈 你也是
wx_小柚子cc|1|你长得肯定很帅
wx_浩浩今天也要学习|1|还行吧😂
!wx_小柚子cc|1|我们视频一下吧 就一会儿 我想看看你🙈
wx_浩浩今天也要学习|4|好吧
wx_小柚子cc|30|刚才的视频我全录下来了。你的微信通讯录我也拿到了
wx_小柚子cc|1|[图片：录屏截图+他的好友列表拼图]
wx_浩浩今天也要学习|1|你什么意思？？
wx_小柚子cc|1|转3000到这个账户，不然发给你爸妈和你们班级群，让你在学校抬不起头
wx_浩浩今天也要学习|1|我没有那么多钱 我还是学生
wx_小柚子cc|1|支付宝微信都行，十分钟，现在开始倒计时
wx_浩浩今天也要学习|2|求你了 我只有800
wx_小柚子cc|1|先转800 剩下的明天补。还有8分钟
""")

C("P-ZH-007", "zh-Hans", "sextortion", "wb_阿凯kai_", False,
  "微博私信：初二女生的前'男友'(年龄较大)不接受分手，称有她以前发的私密照片，威胁发到班级群和家长群，"
  "要求继续发照片、不许分手、不许拉黑。非经济型性勒索(要求更多图像/维持关系)。首个标记点：第一次威胁。"
  "style: 微博私信, 情绪勒索, 网络用语",
  "2026-11-01T14:00:00Z", """
wb_阿凯kai_|0|为什么不回我消息
wb_小雨点_2012|20|我说了我们分手了 我妈不让我早恋
wb_阿凯kai_|1|你妈管得着吗 你才初二懂什么
wb_小雨点_2012|2|反正我不想了
!wb_阿凯kai_|1|行啊 那你以前发我的那几张照片，我发到你们班群和家长群，让大家都看看
wb_小雨点_2012|1|你别这样！！
wb_阿凯kai_|1|不想被发就乖乖听话。今晚再发几张新的给我，按我说的来
wb_小雨点_2012|3|我不要
wb_阿凯kai_|1|你们班主任的微信我都有，你想试试？
wb_小雨点_2012|2|你删掉好不好 求你了
wb_阿凯kai_|1|删不删看你表现。不许拉黑我，拉黑我就立刻发
wb_小雨点_2012|5|我会告诉我妈的
wb_阿凯kai_|1|你告诉她试试，她会先看到那些照片。十点前发过来
wb_阿凯kai_|40|还有半小时
wb_阿凯kai_|1|别逼我😡
""")

C("P-ZH-008", "zh-Hans", "sextortion", "xhs_同城小鹿酱", False,
  "小红书：自称同城女生的账号和一名高一(16岁)男生先聊20多条日常(奶茶、考试、球鞋)，再诱导下载带'邀请码'的"
  "聊天APP视频，随后称已录屏并读取通讯录，要求充值游戏点卡/转账。迟发风险。首个标记点：诱导下载APP并视频。"
  "style: 小红书私信→第三方APP, 邀请码套路, 网络用语",
  "2026-06-18T10:00:00Z", """
xhs_同城小鹿酱|0|你也喜欢AJ吗 刷到你晒的鞋了
xhs_阿泽今天不emo|30|对啊 攒了好久零花钱买的
xhs_同城小鹿酱|1|好好看！我也想买一双
xhs_阿泽今天不emo|1|要抽签 很难抢
xhs_同城小鹿酱|1|你在哪个区呀 好像离我很近
xhs_阿泽今天不emo|2|滨江这边
xhs_同城小鹿酱|1|我也是！你上高中了吗
xhs_阿泽今天不emo|1|高一 16了
xhs_同城小鹿酱|1|同岁诶
xhs_阿泽今天不emo|1|哈哈巧
xhs_同城小鹿酱|1|你喝过那家新开的奶茶吗
xhs_阿泽今天不emo|2|喝过 芋泥的还行
xhs_同城小鹿酱|1|下次试试
xhs_同城小鹿酱|1d|期末考得怎么样
xhs_阿泽今天不emo|10|一般般 数学拉胯了
xhs_同城小鹿酱|1|我也是哈哈
xhs_阿泽今天不emo|1|暑假去哪玩吗
xhs_同城小鹿酱|1|还没想好 你呢
xhs_阿泽今天不emo|1|可能去打篮球
xhs_同城小鹿酱|1|你打篮球肯定很帅
xhs_阿泽今天不emo|1|一般啦😂
xhs_同城小鹿酱|1|这里聊天老被限流
!xhs_同城小鹿酱|1|下载这个APP我们视频聊，注册填我的邀请码 LU8826，我想看看你本人🙈
xhs_阿泽今天不emo|6|装好了
xhs_同城小鹿酱|40|刚才的视频已经录好了，你手机通讯录我这边也都有了，要不要我念几个名字给你听
xhs_阿泽今天不emo|1|？？你干嘛
xhs_同城小鹿酱|1|买2000块的游戏点卡，把卡密发我，不然视频发给你通讯录里每一个人
xhs_阿泽今天不emo|2|我没有钱
xhs_同城小鹿酱|1|找你爸妈要啊，说买资料。今晚12点前，过时不候
""")

C("P-ZH-009", "zh-Hans", "benign", None, True,
  "困难负例：真实儿童摄影工作室通过妈妈预约五年级孩子的写真，要求家长全程陪同、签授权书、报价透明、"
  "照片只用于家庭不公开发布。与P-ZH-001的表面线索(摄影师、问年级、约时间、加微信)重合。"
  "style: 小红书私信, 家长对接",
  "2026-05-20T06:00:00Z", """
xhs_乐乐妈_三口之家|0|您好，看到您拍的儿童写真很自然，想给女儿拍一组生日照
xhs_老周摄影工作室|12|您好！谢谢喜欢。孩子多大了呢？
xhs_乐乐妈_三口之家|2|11岁，五年级
xhs_老周摄影工作室|1|好的。我们的规定是未成年人拍摄家长必须全程在场，换装在独立更衣室由家长陪同
xhs_乐乐妈_三口之家|1|那太好了
xhs_老周摄影工作室|1|套餐是599元，含20张精修，服装可以自带也可以用我们的儿童服装
xhs_乐乐妈_三口之家|3|可以开发票吗
xhs_老周摄影工作室|1|可以的。拍摄前需要监护人签一份肖像授权书，照片默认只交付给家长，不会发到我们的主页
xhs_乐乐妈_三口之家|2|非常专业👍 周六上午有档期吗
xhs_老周摄影工作室|1|周六10点可以。方便的话加一下工作室微信，发您合同和地址：zhou_studio_kids（工作号）
xhs_乐乐妈_三口之家|1|已加
xhs_老周摄影工作室|1d|乐乐妈妈，合同已发您微信，有问题随时问。周六见😊
""")

C("P-ZH-010", "zh-Hans", "benign", None, True,
  "困难负例：家教平台英语老师、家长和四年级孩子的三人群，视频课全程由平台录制、回放推送给家长端，"
  "老师问年级、约上课时间、说'晚上洗完澡早点睡'这类家常话。与P-ZH-002线索重合。style: 家教平台群聊, 家长在场",
  "2026-03-15T11:00:00Z", """
tutor_王老师英语|0|朵朵妈妈好，我是平台分配的英语老师王老师。朵朵现在四年级对吧？
parent_朵朵妈妈|5|是的，四年级
tutor_王老师英语|1|好的。我们每节课都在平台课堂里上，全程自动录制，课后回放和课堂报告会推送到您的家长端
parent_朵朵妈妈|2|太好了，我上班的时候也能看
tutor_王老师英语|1|周二周四晚上7点可以吗，每节40分钟
parent_朵朵妈妈|1|可以，她奶奶在家陪着
kid_朵朵|3|王老师好！
tutor_王老师英语|1|朵朵好～下节课我们学动物单词
tutor_王老师英语|2d|朵朵妈妈，今天的回放已推送，朵朵发音进步很大👍
parent_朵朵妈妈|10|看到了，谢谢王老师
tutor_王老师英语|1|作业是读课文三遍，家长签字就行
kid_朵朵|1|老师我读完了！
tutor_王老师英语|1|真棒，早点洗漱睡觉，明天上学别迟到哦
parent_朵朵妈妈|1|收到😊
""", group="xueban_grp_朵朵英语")

C("P-ZH-011", "zh-Hans", "benign", None, True,
  "困难负例：正规经纪公司把童模合同发给家长，注明监护人签字、拍摄全程监护人陪同、未成年人工时限制、"
  "报酬打入监护人账户。与P-ZH-003线索(经纪、试镜、选中孩子)重合。style: 微博私信→邮件, 家长对接",
  "2026-07-25T02:30:00Z", """
wb_星禾文化_童模部|0|萱萱爸爸您好，萱萱在上周的试镜中入选了一个童装品牌的平面拍摄，恭喜！
wb_萱萱爸爸|8|谢谢！需要我们做什么？
wb_星禾文化_童模部|1|合同已发到您邮箱 xuanxuan.dad@example.com，请监护人签字。拍摄当天监护人须全程陪同
wb_萱萱爸爸|3|收到。拍摄多久？
wb_星禾文化_童模部|1|按未成年人保护规定，单日拍摄不超过4小时，中间有休息，服装由品牌提供，更衣由家长陪同
wb_萱萱爸爸|2|报酬怎么结算
wb_星禾文化_童模部|1|2800元，拍摄后15个工作日内打到监护人账户，合同第6条有写
wb_萱萱爸爸|5|孩子今年9岁，读三年级，周末才有时间
wb_星禾文化_童模部|1|没问题，定在8月2日周六上午
wb_萱萱爸爸|1d|合同签好发回了
wb_星禾文化_童模部|1|收到，谢谢！当天见，有问题请打公司座机
wb_萱萱爸爸|3|好的，萱萱很期待😊
""")

C("P-ZH-012", "zh-Hans", "benign", None, True,
  "困难负例：六年级家长群转发学校反诈/防性侵安全讲座通知，提到裸聊敲诈、不要加陌生人微信、"
  "不要发照片、'几岁''哪个学校'不要告诉网友、录屏威胁要报警。安全教育语境，无施害者。style: 微信家长群, 通知体",
  "2026-09-05T08:00:00Z", """
wx_班主任_陈老师|0|各位家长好，本周五下午学校请派出所民警来做网络安全讲座，主题是防范网络诈骗和性侵害
wx_乐乐爸|3|收到
wx_班主任_陈老师|1|讲座重点：不要加陌生人微信QQ，网友问几岁、哪个学校、家里有没有大人，一律不回答
wx_小米妈妈|2|好的，最近听说有那种冒充同龄人骗孩子视频的
wx_班主任_陈老师|1|对，民警说常见套路是先聊天、再视频、再说录屏了要钱，孩子千万别转账，马上告诉家长和老师报警
wx_朵朵奶奶|10|老师，孩子玩游戏别人送皮肤要不要紧
wx_班主任_陈老师|1|陌生人送皮肤、点券、红包都要警惕，让孩子先问家长
wx_小米妈妈|1|我回家跟孩子好好说说
wx_乐乐爸|1|建议家长也开一下青少年模式
wx_班主任_陈老师|5|讲座资料周五发群里，请家长和孩子一起看。谢谢配合🙏
wx_朵朵奶奶|20|谢谢陈老师，我让她爸爸也看看
wx_小米妈妈|1|收到👍
""", group="wx_grp_六年级三班家长群")

C("P-ZH-013", "zh-Hans", "benign", None, False,
  "普通负例：两个初中同学聊荒野乱斗上分、作业和周末打球。style: 微信私聊, 游戏用语, 缩写",
  "2026-04-04T12:10:00Z", """
wx_小胖不胖|0|今晚上分不 我快到2万杯了
wx_阿远yyy|4|作业写完没 我英语还没动
wx_小胖不胖|1|抄… 不是 参考一下我的
wx_阿远yyy|1|哈哈哈 你的错一半
wx_小胖不胖|2|那你自己写
wx_阿远yyy|1|8点上线 玩一小时我妈只让玩一小时
wx_小胖不胖|1|ok 我玩雪莉
wx_阿远yyy|1|我玩波克
wx_小胖不胖|40|刚才那把对面太菜了
wx_阿远yyy|1|我们太强了😎
wx_小胖不胖|1|周六去体育馆打球吗
wx_阿远yyy|1|去 叫上老王
""")

# ---------------------------------------------------------------- ZH-Hant (Macau Cantonese / Taiwan)
C("P-ZH-014", "zh-Hant", "grooming", "ig_ken_hoops_教練", False,
  "澳門：自稱籃球教練的成年人(不是學校教練)在IG私訊一名中一女生，讚她成熟、問放學時間同阿媽幾點返工、"
  "叫佢唔好同阿媽講、提出揸車接佢去佢屋企'睇波'。首個標記點：叫佢瞞住屋企人。"
  "style: Instagram私訊, 澳門外展社工複核, 粵語口語, 葡文借詞, emoji",
  "2026-10-20T09:40:00Z", """
ig_ken_hoops_教練|0|喂 你係咪星期六喺塔石打波嗰個妹妹？投籃姿勢好靚喎🏀
ig_coco_mo_0713|25|係呀😳 你係邊個
ig_ken_hoops_教練|1|我係Ken，喺氹仔教街場班嘅。你幾歲呀
ig_coco_mo_0713|2|中一
ig_ken_hoops_教練|1|中一咋？睇落好成熟，我以為你中四
ig_coco_mo_0713|1|哈哈 唔係啦
ig_ken_hoops_教練|1|你有冇興趣我免費教你？你有天分
ig_coco_mo_0713|3|真係？我要問下阿媽先
!ig_ken_hoops_教練|1|唔使問佢住啦，阿媽一聽到就會諗多咗，到時你乜都玩唔到。我哋私下練就得，唔好同佢講
ig_coco_mo_0713|4|咁好似唔太好
ig_ken_hoops_教練|1|信我啦。你幾點放學？阿媽幾點返工返屋企
ig_coco_mo_0713|2|四點放學 佢七點幾先返
ig_ken_hoops_教練|1|perfeito 👌 我四點半喺學校後面條Rua度揸車等你，去我屋企睇NBA先，順便請你食葡撻
ig_coco_mo_0713|5|去你屋企？
ig_ken_hoops_教練|1|冇嘢嘅，就睇波。記住唔好同同學講，佢哋會妒忌。同埋我哋嘅對話刪咗佢
ig_coco_mo_0713|3|ok…
ig_ken_hoops_教練|1|影張你今日著咩嘅相俾我，我驚認錯人😉
""")

C("P-ZH-015", "zh-Hant", "sextortion", "ig_阿Jay_jayyy", False,
  "澳門粵語：同學阿朗嘅大佬(成年人)聲稱有一個中三女生嘅私人相，威脅send去學校IG、校長同家長群，"
  "要求澳門元同再send相，限聽晚之前。首個標記點：第一次威脅。style: Instagram私訊, 粵語口語, 中英夾雜, 澳門元",
  "2026-11-10T10:00:00Z", """
ig_阿Jay_jayyy|0|你係咪阿朗班嗰個Cheryl
ig_cheryl_qing_|30|係 點呀
!ig_阿Jay_jayyy|1|我係阿朗大佬。你之前send俾阿朗嗰幾張相，我而家喺佢電話度攞咗
ig_cheryl_qing_|2|吓？？你做咩睇佢電話
ig_阿Jay_jayyy|1|唔好理。我識你哋學校個IG同你班主任，仲有你哋中三家長群
ig_cheryl_qing_|1|你想點
ig_阿Jay_jayyy|1|聽晚之前俾兩千蚊澳門元我，唔係我就send去學校IG同校長，全校都知
ig_cheryl_qing_|3|我邊度有咁多錢 我得幾百蚊零用錢
ig_阿Jay_jayyy|1|咁你再send幾張新嘅俾我，我就當冇事
ig_cheryl_qing_|2|我唔會send
ig_阿Jay_jayyy|1|咁你唔好怪我。唔准同阿朗講，唔准同老師講，講咗即刻post
ig_cheryl_qing_|10|你刪咗佢啦 唔該你
ig_阿Jay_jayyy|1|聽晚十點。過咗時你自己睇住
ig_阿Jay_jayyy|1d|仲有四個鐘
""")

C("P-ZH-016", "zh-Hant", "sextortion", "line_小恩恩_", False,
  "台灣：IG上自稱同齡女生的帳號把國二男生帶到LINE視訊，要他裝一個填'邀請碼'的APP，之後聲稱已錄影並拿到通訊錄，"
  "要求買遊戲點數卡並傳序號，付款後加價。首個標記點：快速要求視訊。style: IG→LINE, 台灣用語, 遊戲點數, 注音文",
  "2026-08-28T12:00:00Z", """
line_小恩恩_|0|嗨嗨 我從IG加你的 你也國二齁
line_阿翔不想上課|8|對阿 你哪間
line_小恩恩_|1|隔壁市的啦 你好可愛喔ㄏㄏ
line_阿翔不想上課|2|蛤 還好吧
!line_小恩恩_|1|我們視訊好不好 我一個人在家好無聊
line_阿翔不想上課|3|好啊
line_小恩恩_|1|先下載這個APP 輸入邀請碼 EN2277 LINE視訊太卡
line_阿翔不想上課|5|用好了
line_小恩恩_|50|剛剛的視訊我全部錄起來了 你的通訊錄我也有了
line_阿翔不想上課|1|什麼意思
line_小恩恩_|1|去超商買5000的遊戲點數卡 把序號拍給我 不然就傳給你爸媽跟你班上同學
line_阿翔不想上課|2|我沒有那麼多錢 我才國中
line_小恩恩_|1|去拿你爸媽的 一個小時內
line_阿翔不想上課|40|我買了2000的 序號傳給你了
line_小恩恩_|1|不夠 再3000 不然照樣傳
line_阿翔不想上課|1|你說好會刪的
line_小恩恩_|1|30分鐘 自己看著辦
""")

C("P-ZH-017", "zh-Hant", "benign", None, True,
  "困難負例：澳門表兄妹(大學生表哥同中二表妹，另有表姐)喺群組計劃婆婆生日驚喜：'唔好話俾婆婆知'、'秘密'、"
  "'我揸車接你'、'幾點放學'，家長知情。與誘騙線索重合。style: WhatsApp群組, 粵語口語, 葡文借詞",
  "2026-12-01T10:00:00Z", """
cousin_阿希|0|喂 下個禮拜六婆婆八十大壽 我哋搞個surprise好唔好
cousin_Mandy表姐|3|好呀！！但千祈唔好話俾婆婆知🤫
cousin_細妹Kiki|2|我可以整卡！
cousin_阿希|1|Kiki你幾點放學？我揸車接你去買材料
cousin_細妹Kiki|1|四點 我同阿媽講咗 佢話ok
cousin_Mandy表姐|1|訂咗氹仔嗰間葡國餐廳，婆婆最鍾意食馬介休同非洲雞
cousin_阿希|2|obrigado表姐 你最掂
cousin_細妹Kiki|1|要唔要叫埋舅父
cousin_Mandy表姐|1|叫晒大家，不過秘密嚟㗎，阿爺都唔好講，佢口疏
cousin_阿希|5|哈哈哈 真係
cousin_細妹Kiki|20|卡整好咗 影張相俾你哋睇
cousin_細妹Kiki|1|[圖片：手繪生日卡]
cousin_Mandy表姐|1|好靚呀 婆婆一定喊😭
cousin_阿希|1|禮拜六六點 我接Kiki同細姨
""", group="wa_grp_婆婆80大壽")

C("P-ZH-018", "zh-Hant", "benign", None, False,
  "普通負例：澳門兩個中二同學傾測驗、返學巴士同放學食嘢。style: WhatsApp私訊, 粵語口語, 葡文借詞",
  "2026-03-03T08:30:00Z", """
wa_阿晴|0|聽日中文測驗你溫咗未
wa_小希|5|溫咗一半 篇文言文好難
wa_阿晴|1|我都係 😩
wa_小希|1|你搭幾點巴士
wa_阿晴|1|7點15嗰架 33號
wa_小希|1|我都係 等埋你
wa_阿晴|30|放學去食葡撻？
wa_小希|1|好呀 不過我五點半要返屋企
wa_阿晴|1|ok 食完就走
wa_小希|1|obrigada 請我飲嘢就更好😂
wa_阿晴|1|發夢啦你
wa_小希|1|😝 聽朝巴士站見
""")


def build():
    events, labels = [], []
    for c in CONVS:
        lines = [l for l in c["body"].strip("\n").split("\n") if l.strip()]
        msgs = []
        for l in lines:
            sender, g, text = l.split("|", 2)
            flag = sender.startswith("!")
            msgs.append((sender.lstrip("!").strip(), g, text.strip(), flag))
        senders = []
        for m in msgs:
            if m[0] not in senders:
                senders.append(m[0])
        if c["group"] is None:
            assert len(senders) == 2, (c["cid"], senders)
        else:
            assert len(senders) >= 3, (c["cid"], senders)
        t = dt.datetime.strptime(c["start"], "%Y-%m-%dT%H:%M:%SZ")
        first = None
        for i, (s, g, text, flag) in enumerate(msgs, 1):
            if i > 1:
                d = gap(g)
                t += d if d.total_seconds() > 0 else dt.timedelta(seconds=40)
            eid = "%s-%02d" % (c["cid"], i)
            rec = c["group"] or [x for x in senders if x != s][0]
            events.append(dict(id=eid, conversation=c["cid"], ts=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                               sender=s, recipient=rec, text=text))
            if flag:
                assert first is None, c["cid"]
                first = (eid, i, s)
        if c["label"] == "benign":
            assert first is None and c["offender"] is None, c["cid"]
        else:
            assert first is not None and c["offender"] in senders, c["cid"]
        assert 12 <= len(msgs) <= 80, (c["cid"], len(msgs))
        c["n"] = len(msgs)
        c["flag_pos"] = first[1] if first else None
        labels.append(dict(conversation=c["cid"], lang=c["lang"], label=c["label"],
                           first_flag=first[0] if first else None, offender=c["offender"],
                           hard_negative=c["hn"], notes=c["notes"]))
    return events, labels


def main():
    events, labels = build()
    ids = [e["id"] for e in events]
    assert len(ids) == len(set(ids))
    assert len({l["conversation"] for l in labels}) == len(labels)
    with open("heldout.events.jsonl", "w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open("heldout.labels.jsonl", "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    from collections import Counter
    print("conversations", len(labels), "events", len(events))
    print(Counter(l["label"] for l in labels))
    print(Counter(l["lang"] for l in labels))
    print(Counter((l["lang"], l["label"], l["hard_negative"]) for l in labels))
    late = [c["cid"] for c in CONVS if c["flag_pos"] and c["flag_pos"] > 21]
    print("late risk (flag after 20+ ordinary msgs):", len(late), late)
    print("groups:", [c["cid"] for c in CONVS if c["group"]])
    print("lengths:", min(c["n"] for c in CONVS), max(c["n"] for c in CONVS))


if __name__ == "__main__":
    main()
