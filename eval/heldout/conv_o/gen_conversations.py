#!/usr/bin/env python3
"""Generate held-out conversation set O (synthetic, non-graphic).

Writer persona: a Hong Kong family-court social worker and a New Zealand school
counsellor transcribing (invented) chats handed over by children, parents and schools.
Everything is invented: names, handles, account numbers. Run: python3 gen_conversations.py
"""
import json, re, datetime as dt

CONVS = []

def C(cid, lang, label, hard, offender, start, people, script, notes, group=None):
    CONVS.append(dict(cid=cid, lang=lang, label=label, hard=hard, offender=offender,
                      start=start, people=people, script=script, notes=notes, group=group))

LINE = re.compile(r"^(!)?(?:\+(\d+)([mhd])\s+)?(!)?(\w+)(?:>(\w+))?:\s?(.*)$")

def build():
    events, labels, ids = [], [], set()
    for c in CONVS:
        t = dt.datetime.fromisoformat(c["start"].replace("Z", "+00:00"))
        flag = None; n = 0
        for raw in c["script"].strip("\n").split("\n"):
            raw = raw.strip()
            if not raw:
                continue
            m = LINE.match(raw)
            assert m, (c["cid"], raw)
            b1, num, unit, b2, s, r, text = m.groups(); bang = b1 or b2
            if n > 0:
                mins = int(num) * {"m": 1, "h": 60, "d": 1440}[unit] if num else 1 + (n * 7) % 3
                t += dt.timedelta(minutes=mins)
            n += 1
            eid = f"{c['cid']}-{n:02d}"
            sender = c["people"][s]
            if c["group"]:
                rec = c["group"]
            elif r:
                rec = c["people"][r]
            else:
                others = [v for k, v in c["people"].items() if k != s]
                assert len(others) == 1, (c["cid"], raw)
                rec = others[0]
            if bang:
                assert flag is None, c["cid"]
                flag = eid
            assert eid not in ids; ids.add(eid)
            events.append(dict(id=eid, conversation=c["cid"], ts=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                               sender=sender, recipient=rec, text=text))
        assert 12 <= n <= 80, (c["cid"], n)
        if c["label"] == "benign":
            assert flag is None and c["offender"] is None
        else:
            assert flag is not None and c["offender"] in c["people"], c["cid"]
        labels.append(dict(conversation=c["cid"], lang=c["lang"], label=c["label"],
                           first_flag=flag,
                           offender=c["people"][c["offender"]] if c["offender"] else None,
                           hard_negative=c["hard"], notes=c["notes"]))
    return events, labels

# ----------------------------------------------------------------- EN grooming
C("O-EN-001", "en", "grooming", False, "n", "2026-09-14T05:10:00Z",
  {"n": "u_gary_next_door", "k": "u_ruby_rose_p6"}, """
k: hi gary mum said u can help with my maths homework
+4m n: Kia ora Ruby! Sure thing. What are you working on?
k: fractions. adding ones with different bottoms
n: Denominators :) ok send me the first one
+2m k: 2/3 + 1/4
n: What number do 3 and 4 both go into?
+3m k: 12??
n: Yes! So 2/3 becomes 8/12. What does 1/4 become?
+2m k: 3/12. so 11/12
n: Chur, you've got it. Do the rest and send a photo of your page when you're done
+40m k: [photo of worksheet] done
+5m n: All correct except number 6, have another look at that one
+3m k: oh i forgot to times the top. fixed
n: Legend. Same time tomorrow if you want
+1d k: hi its ruby again. we have a reading log due friday
+6m n: No worries. What book?
k: wonder. its sooo sad
n: Good book. Write 3 sentences about how Auggie feels on his first day at school
+25m k: ok done. can u check spelling
+4m n: "embarased" has two r's and two s's: embarrassed. Otherwise ka pai
k: thx!! mum says thank u too
n: Tell her no problem at all. You're one of the smartest Year 6s I've helped
+2d k: gary r u free? science fair ideas due monday
+10m n: Always free for you. What are you into?
k: idk slime? or plants
n: Slime's fun, you can test which glue works best. Is your mum still working late on Thursdays?
+3m k: ya till 9. nana picks me up n stays
!+2m n: So it's just you and nana. Does she still help you get ready for bed or do you do it all yourself now you're big?
+4m k: i do it myself lol nana falls asleep watching the chase
n: Good girl. Bath or shower at night? Bet you don't need reminding like the little ones
+5m k: shower. why
n: Routines help concentration, that's all. What time is lights out?
+3m k: 8:30 but i read under the covers 🤫
n: Haha that can be our secret. Actually let's keep all our chats just between us, your mum's got enough on without reading homework stuff
+2m k: ok
n: You can message me on the tablet after lights out if you're stuck on anything. Just delete the chat after so nana doesn't growl at you for being up
+6m k: ok 👍
""", "Neighbour homework helper (Messenger) with a 10-year-old (Year 6, NZ). 27 messages of genuine homework help, then supervision probing (mum works late), bedtime/bath routine questions, secrecy and a request to delete chats after lights out. first_flag at the bedtime-routine question that follows the supervision probe; the Thursday question just before it is a weaker early cue. style: kiwi-english, child typos, emoji, late-onset, homework-help, slow-build")

C("O-EN-002", "en", "grooming", False, "c", "2026-10-03T07:45:00Z",
  {"c": "u_coachbrett.swims", "k": "u_mila.swims08"}, """
c: Saw the club story, 38.9 in the 50 free! Massive drop
+12m k: thanks coach!! my turns still suck tho 😭
c: Turns are fixable. Your progress photos on the club page show how much stronger you're getting
k: lol mum makes me post them for the club
!+3m c: Club ones are fine but I need proper ones for technique. Side on, in your togs, against a plain wall, no one else in the shot. Send them here not on the page
+6m k: like now?
c: Whenever you're by yourself. Don't bother your mum with it, she'll only fuss about the lighting haha
+2h k: [photo]
+20m c: Good start. Couple more from different angles next time. You're going to be a real athlete, you know that? More grown up than the rest of the squad
k: 😳 thanks
c: Keep this between coach and swimmer ok. The others will get jealous you're getting extra help
k: ok
+1d c: Can you make the early session Thursday? I can drive you, save your mum the trip
k: i have to ask her
c: Just tell her it's squad carpool. Easier that way
+8m k: ok ill say that
c: And wear your comp suit under your trackies, I want to check your streamline in the empty pool before the others arrive
""", "Swimming coach (Instagram DM) with a 12-year-old squad swimmer (age implied: Year 8, mum posts for her). Praises 'progress' photos, asks for private side-on photos 'for technique' sent only to him, discourages telling mum, special-bond flattery, secrecy, and a lift to an empty pool. style: kiwi-english, sport-coaching pretext, emoji, early-onset, authority-figure")

C("O-EN-003", "en", "grooming", False, "s", "2026-08-20T02:30:00Z",
  {"s": "u_starlight.newfaces.jess", "m": "u_karen_walsh77", "g": "u_tayla.w_"}, """
s>m: Hi Karen! I'm Jess, talent scout with Starlight New Faces (Auckland). Saw Tayla in the netball photos on the school page, she has a great look. Ever thought about modelling?
+50m m>s: Hi, um thanks. She's only 14, not sure
s>m: 14 is perfect for our teen catalogue division. No cost to register. Could you send a couple of natural photos, face and full length, plus her height?
+20m m>s: I'll talk to her. Is there a website?
s>m: We're mostly on Insta now, @starlight.newfaces.akl. Agencies are moving off websites 😊
+3h m>s: Ok. She's 162cm. Here's her school photo
s>m: Gorgeous. Can I message her directly? Teens relax more about shoots when they talk to us themselves
+15m m>s: I suppose, if it's just about the catalogue
+1d s>g: Hey Tayla! Jess from Starlight, your mum said it's ok to chat. Congrats, you've been shortlisted!!
+2h g>s: omg really??
s>g: Really! Few q's for your profile: what year are you in, what do you do after school?
g>s: year 10. netball tues n thurs, otherwise home
!s>g: Home alone after school or is mum around?
+4m g>s: mum works till 5:30 so just me n my brother sometimes
s>g: Perfect, easier for test shots. I'll send a list of poses. Do them in your room when it's quiet. No need to show mum yet, we want the reveal to be a surprise when you get signed 🤫
g>s: ok haha
s>g: One look is swimwear, standard for catalogue. Another in something comfy you'd sleep in. Send direct to me, not the agency account, it's quicker
+10m g>s: idk my mum usually checks my stuff
s>g: That's why we keep it quiet till you're signed. You're mature enough to make your own choices, 14 isn't a little kid
s>g: The agency also pays a $200 welcome fee for test shots, just need your own bank account, not mum's
+6m g>s: i only have a kids saver acct
s>g: That works fine. And delete this chat after you send, agency privacy policy
""", "Fake 'modelling agency' scout (Instagram): approaches the mother first for photos and permission to contact the daughter directly, then with the 14-year-old alone probes supervision, asks for swimwear/sleepwear test shots sent privately, secrecy from mum, money to the child's own account, deletion. Mixed recipients in one thread (mother, then child). first_flag at the supervision probe to the child. style: kiwi-english, two-stage-approach, parent-gatekeeper-bypass, scam-agency, mid-onset")

C("O-EN-004", "en", "grooming", False, "b", "2026-11-06T03:05:00Z",
  {"b": "u_jaydn.k19", "g": "u_amberrr.x"}, """
b: yo u were at the skatepark sat right? purple hoodie
+30m g: lol maybe. who r u
b: jayden, i was with tama n them. u skate?
g: nah my friend does. i just watch
b: fair. u go to hillcrest?
g: yea
b: i finished there 2 yrs ago lol. is mr pike still there
g: YES hes sooo annoying
b: haha hes been there since the dinosaurs
g: 😂😂
+2h b: what u listening to
g: sza on repeat
b: good taste. might get tix for the dec show
g: lucky
+1d b: morning 🙂 get to school ok
+40m g: ya bus was packed ew
b: im at the warehouse now, so bored
g: lol at least u get paid
b: true. wat yr r u again
g: yr 9. im 13 but 14 in march
b: oh ok. u seem older tbh
g: ppl say that lol
b: how old u think i am
g: 17?
b: 19 haha. that weird?
+3m g: idk not rly
!b: age is just a number anyway. u get me more than girls my age do
g: aw
b: so r we a thing now or wat 😏
+5m g: i mean.. yeah??
b: ok but dont tell ur parents yet. they wont get it, theyll make it weird
g: my mum checks my phone sometimes
b: use the hidden chat then n clear it after
+1d b: come to the river track after school fri, just us. ill pick u up round the corner from school so no one sees
g: i have to be home by 4 tho
b: tell ur mum ur at ur mates. itll be fine
+10m g: idk im kinda scared ill get caught
b: if u rly liked me ud find a way
""", "19-year-old 'boyfriend' (Instagram DM) and a 13-year-old (Year 9). 26 ordinary getting-to-know messages (shared school, music), then age gap minimised, relationship framing, secrecy from parents, hidden chats, pick-up out of sight of the school, alibi and guilt pressure. style: kiwi-english, teen-slang, late-onset, romantic-persona, approach")

C("O-EN-005", "en", "grooming", False, "v", "2026-10-24T06:00:00Z",
  {"v": "u_viper_nz_24", "l": "u_lachie_w", "b": "u_benjy.b", "n": "u_noahk_2013"}, """
l: anyone on tonight
+3m b: ya after dinner
n: me 2 if mum lets me
v: I'm on from 7. squads?
l: bet
+3h v: gg that last one was rough
b: noah u were cracked in the endgame
n: lol luck
v: nah that wasn't luck, that was a 90s into a box tbh
l: viper hows ur build so fast
v: been playing since chapter 1 lol. practice
b: same time tmrw?
l: cant, school camp thing
n: i can
v: noah and me duo then
+1d n: on?
v: ya give me 5
+2h b: did u guys win
n: 2 wins!!!
v: noah carried ngl
l: noah getting sweaty 😤
n: 😂
b: i have a maths test tmrw brb forever
v: good luck b
+1d l: new season drops thurs
v: ya the pass looks sick
n: i cant get it till my birthday, pocket money is gone lol
!v: noah I'll gift you the pass, you've earned it. DM me, don't say in here or everyone will want one 😂
+4m l: unfair lol
v: noah's my duo, sorry bro
n: omg thank u!!
v: also noah what time do your olds go to bed? we could get some late games in when it's quiet
+5m n: like 10? im not allowed after 9 tho
v: just mute it and dont tell them. I'll send you my snap in DMs, easier to talk there
n: ok
v: and keep the gift thing between us yeah, your mum'll think it's a scam
""", "Discord squad channel (group) of 12-year-olds (Year 8, pocket money, bedtime) with an adult player. 27 ordinary gaming messages, then he singles one child out: gifted battle pass, move to DMs/Snapchat, supervision probing (parents' bedtime), late-night play hidden from parents, secrecy about the gift. style: kiwi-english, gaming-slang, group-chat, late-onset, gift-currency, platform-migration", group="grp_discord_sweatsquad")

C("O-EN-006", "en", "grooming", False, "p", "2026-09-29T08:20:00Z",
  {"p": "u_TTV_rexxy", "k": "u_kobyplays11"}, """
p: gg that was cracked. how old r u, u play like a sweat
k: 11 lol
p: no way. ur better than my mates. wanna duo more?
k: ya sure
!p: i can gift u the battle pass if u want. my mic is bad in here tho, add my snap rexxy.nz2
+6m k: fr?? ok added
+2m p: sick. u got ur own phone or ur mums
k: my mums old iphone
p: does she check it
k: nah
p: ok dont mention the pass to her, parents always think its a scam lol. our thing
k: ok
p: send me a pic so i know ur not a bot
+3m k: [selfie]
p: lol cute. send one after ur shower tonight, hair wet like a pro gamer 😂
+4m k: why
p: its a joke between pros. ill send the pass after u do
""", "Fortnite in-game chat moving to Snapchat with an 11-year-old boy. Gift (battle pass) offered immediately after learning the age, platform migration, phone-supervision probing, secrecy, photo requests escalating to after-shower photos as a condition for the gift. style: nz-gaming-slang, in-game-chat, early-onset, gift-currency, compliance-test")
# ----------------------------------------------------------------- EN sextortion
C("O-EN-007", "en", "sextortion", False, "o", "2026-10-11T08:14:00Z",
  {"o": "u_hx.leakz_", "g": "u_sienna.k_"}, """
!o: hey sienna 🙂 got some of ur private pics here. recognise them? [image: 3 screenshots from a camera roll]
+4m g: wtf?? where did u get those
o: maddy's phone got opened up. her icloud had everything u two ever sent each other
g: those were private. delete them NOW
o: i'll delete them when u send me 5 new ones. my choice of outfit
+2m g: no. im reporting u
o: report me and they go to every follower u have plus the staff emails at ur college. already got the list [image: screenshot of follower list]
+3m g: please dont im 15
o: then do what i say. 30 mins
g: ill tell my mum
o: tell her and ur whole year sees them tonight. first one by 9, face in it
+6m g: i didnt even send them to u
o: doesnt matter who u sent them to. i have them now
+10m o: tick tock sienna
+4m g: my dad is calling the police right now
o: 15 mins left
""", "Sextortion of a 15-year-old girl (Instagram) by an account that obtained her private photos from her friend's hacked phone/cloud backup. Possession claim, demand for more images, follower-list proof, threat to followers and college staff, deadline. Non-financial (image demand). style: nz-english, teen-typos, hacked-third-party-source, deadline, early-onset")

C("O-EN-008", "en", "sextortion", False, "o", "2026-11-13T07:40:00Z",
  {"o": "u_chloe.mae04", "b": "u_ethan.t_17"}, """
o: heyy u go to rangi college? think we met at the formal afterparty 🙈
+25m b: haha maybe? who's this
o: chloe, from st margs. ur cute btw
b: lol thanks
o: wanna video? im bored af
+3m b: rn? sure
!+22m o: hope u enjoyed that. i recorded everything. look [image: screenshot of the call next to ethan's follower list]
+1m b: wtf delete that
o: pay $800 to this account by 10pm tonight and i delete. ASB 12-3192-0458817-00, name M OKAFOR. miss the deadline and it goes to ur mum, ur rugby team and the school page
+2m b: i dont have 800 im 17 i have like 90 bucks
o: then get it. ask ur parents for a "uni deposit". u have 2 hours
b: i can do 90 now
o: 90 now, the rest by 9am tmrw. send the receipt screenshot
+15m b: [image: bank transfer receipt]
o: good. 710 left
b: u said u would delete it
o: when its all paid. or ur nan gets it too, shes on ur followers
""", "Financial sextortion of a 17-year-old boy (Instagram DM → video call) by a fake same-age girl persona: rapid escalation to video, recording claim with follower-list collage, NZ-format bank account (invented), amount, deadline, partial payment then re-demand. first_flag at the recording claim. style: nz-english, fake-peer-persona, bank-account, deadline, re-demand, early-onset")

C("O-EN-009", "en", "sextortion", False, "o", "2026-10-02T04:10:00Z",
  {"o": "u_lilyrose.exe", "b": "u_finn_mc"}, """
o: hiii saw u on the server's build comp, ur castle was so good
+1h b: oh thanks haha took me ages
o: how long?
b: like 3 weeks after school
o: dedication lol. what school u at
b: westlake boys. yr 10
o: oh nice im at rangi, yr 11
b: cool
+1d o: u on the server tonight
b: after homework ye
o: what homework
b: english essay on of mice and men. boring
o: omg we did that last year, george is so sad
b: ya the ending tho
o: dont spoil it lol
b: u said u read it 😂
o: ok true 😂
+2h o: u play anything else
b: rocket league sometimes. valorant when my bro lets me on his acc
o: haha same my brother is so stingy
+1d o: ngl ur kinda cute from ur pfp
b: lol its a minecraft skin
o: i mean the other one 🙈 the one at the beach
b: oh haha thanks
o: wanna trade pics? just for fun, ill go first
+10m b: idk
o: dont be shy. [image] ur turn, on discord call so i know its u
+30m b: ok
!+35m o: ok so i screen recorded that. i have ur pics and the call. i know ur school and ur discord friends list
+1m b: what?? ur not even lily are u
o: buy 3 x $100 steam gift cards and send me the codes in 1 hour. or it goes to every name on ur friends list and the westlake page
+2m b: i cant i have like $40
o: ask ur mum for her card. 55 mins
+20m b: i got one $50 card is that ok
o: no. $300. or it goes out. this ruins ur life not mine
""", "Discord: fake 15-year-old girl persona befriends a 14-year-old boy (Year 10) through a Minecraft server; 25+ ordinary messages (homework, games) before flattery, 'trade pics', a call, then capture claim, friends-list threat, Steam gift-card demand with a countdown and 'ruin your life' pressure. style: nz-english, gaming, late-onset, gift-cards, fake-peer-persona, countdown")

C("O-EN-010", "en", "sextortion", False, "o", "2026-09-18T10:05:00Z",
  {"o": "u_k4yla.xoxo", "b": "u_rhys_p16"}, """
o: hey remember me? we were talking last week 😘
+2h b: ?? no
o: u sent me a snap on the other acct. i saved it ofc
b: i never sent u anything
!o: doesn't matter what u think, i've got it and ur school uniform is in the background. $250 in btc to the wallet below by midnight or i send it to ur mum and ur team group
+5m o: bc1q7xk3mc0w9fzr8h2l5yq4ej6ntd0uv3sa8pkz2m
b: i dont even know how to buy bitcoin im 16
o: google it. kiosk at the dairy. 4 hrs
+3h b: ok i sent 100, its all i had
o: received. now 300 for the "late fee"
b: u said 250
o: prices go up when u dont listen. 2 hrs
+1h b: im telling my dad
o: go ahead, he'll see it first then
""", "Snapchat: financial sextortion of a 16-year-old boy where the offender may only CLAIM to hold an image; uniform as proof, crypto wallet (invented, not a real address), deadline, payment followed by escalated re-demand ('late fee'). style: nz-english, claim-only, crypto, re-demand, early-onset")

# ----------------------------------------------------------------- EN benign
C("O-EN-011", "en", "benign", True, None, "2026-11-08T21:30:00Z",
  {"a": "u_coach_anna_mtalbert", "r": "u_rachel_t", "s": "u_sam_pereira", "d": "u_dev.patel"}, """
a: Morning parents! Results from the Otago meet are up. Huge PBs: Mila 50 free 38.90, Josh 100 back 1:21.4, Aria 200 IM 3:02.7
+10m r: Amazing!! She's over the moon
+4m s: Josh hasn't stopped talking about it 😂
a: Photos from the meet are on the club page. If you'd rather your child wasn't in the public album, message me and I'll take theirs down, no questions asked
+1h d: Can you take Aria's down please? We keep her off public sites
a: Done Dev, removed. I'll send you the originals directly so you have them
d: Thanks Anna
+3h a: Reminder: 12 & under squad Thursday is 5:30-6:30pm, not the early session. Parents must stay on deck or in the foyer, I don't supervise changing rooms
r: Can Mila get a lift with Josh Thursday? I'm working till 6
s: Yep no worries Rachel, I'll drop her home after too, around 6:50
a: Thanks Sam. Rachel, please text me when she's home so I can tick her off the list
r: Will do ☺️
+1d a: Technique video session next Sat 9am. We film underwater from the side, parents can watch on the big screen, files go only to your family email. Consent forms in the foyer
+20m d: Aria's in, form signed
""", "Hard negative: a real swim coach messaging a parents' group with times, results, photo consent and takedown, pick-up arrangements between parents, filming only with consent and parents present. Shares surface cues with O-EN-002 (swim photos, technique video, lifts). style: kiwi-english, group-chat, parent-channel, coach-logistics, hard-negative", group="grp_mtalbert_swim_parents")

C("O-EN-012", "en", "benign", True, None, "2026-10-17T06:15:00Z",
  {"m": "u_mere_next_door", "c": "u_claire.h"}, """
m: Hi Claire, all good here. Ruby's had tea (mac n cheese, she ate the broccoli!!)
+5m c: Miracle 😂 thanks Mere
+40m m: Homework done, she read me 2 chapters of Wonder. Spelling list is on the fridge
+45m m: Bath done 7:30, teeth brushed, she picked her own pj's. In bed with the lamp on
c: Perfect. She'll try to negotiate 20 more minutes of reading
m: Already tried 😂 I said 15 and lights out at 8:30
+30m m: Lights out, she's asleep. She made me promise not to tell you she had 2 biscuits after tea. Telling you anyway 🙈
+4m c: Haha our little secret then. Thanks for letting me know
m: Also she mentioned a boy at school said something mean about her glasses. Might be worth a chat tomorrow
c: Oh no, thanks for flagging, I'll talk to her
+2h c: Home now, she's fast asleep. Transferred $45 for tonight, thank you so much
m: Got it ka pai. Same time next Thursday?
c: Yes please 🙏
""", "Hard negative: a neighbour babysitter reporting everything to the parent: dinner, homework, bath and bedtime, a 'secret' that is passed straight to the parent, a wellbeing concern, payment. Shares cues with O-EN-001 (neighbour, bath, bedtime, secret, 10-year-old). style: kiwi-english, parent-channel, transparency, hard-negative")

C("O-EN-013", "en", "benign", True, None, "2026-11-14T02:50:00Z",
  {"j": "u_jordy_15", "t": "u_tia.m_15"}, """
j: r u coming to the movies sat or nah
+12m t: depends if my mum says yes lol
j: its the 2pm one, everyones going. aroha, sione, kai
t: ok then she'll prob say yes if its a group
j: 🥳
t: dont be weird in front of everyone tho 😂
j: me?? weird?? never
t: u literally tripped up the stairs at assembly
j: that was ONE time
+1h t: mum said yes but i have to be home by 5:30, its my cousins bday
j: sweet my dad can drop u home, hes picking me and kai up anyway
t: ok ill tell mum
j: also dont tell my brother we're going out he'll tease me for weeks
t: haha ur secret's safe 🤐 he already knows tho, aroha told everyone
j: bro 😭
t: happy 1 month btw 🙈
j: happy 1 month ❤️ got u a snack pack for the movies
""", "Hard negative: same-age teenage couple (both 15, Year 11) planning a group movie trip with parental permission, curfew, a parent driving, teasing and a harmless 'don't tell my brother'. Contrast with O-EN-004 (adult 'boyfriend', secrecy, pick-up out of sight). style: kiwi-teen-slang, emoji, peer-romance, hard-negative")

C("O-EN-014", "en", "benign", True, None, "2026-09-22T20:05:00Z",
  {"p": "u_priya_s_parent", "o": "u_kowhai_school_office"}, """
p: Kia ora, quick question. I got a text saying "Kowhai School: camp balance $180 overdue, pay to 02-0100-0998812-00 by 5pm today or Anika's place is released". Is this from you?
+15m o: Kia ora Priya, no it isn't. We never ask for payment by text with a deadline like that, and our account is only on the official newsletter. Please don't pay
p: Phew. It used her name though
o: Some scams scrape names from sports results and public posts. Can you forward the number to 7726 (the free spam-report number) and we'll let the other Year 8 families know
+10m p: Done. Also, a bit embarrassing, I got an email saying someone had "hacked my webcam" and would send videos to my contacts unless I paid in bitcoin
o: That one's a very common mass-mailed scam, there's no video. Don't reply or pay. Netsafe has a guide, and you can report it there
p: Thank you, I was panicking
o: Totally understandable. If either of your kids ever gets a message like that about THEM, tell them to stop replying, not pay, screenshot and come to an adult. Our counsellor can help too
p: Good to know, I'll talk to them tonight
+1d o: Update: the camp text was sent to 14 families. Newsletter going out today with a warning. Thanks for flagging it
p: Thanks for acting so fast
o: Ngā mihi, have a good week
""", "Hard negative: a parent asking the school office about a payment scam (bank account + deadline + child's name) and an adult-targeted 'hacked webcam' sextortion spam; the school gives safety advice. Shares cues with O-EN-008/009/010 (bank account, deadline, bitcoin, send to contacts) without any exploitation. style: nz-english, te-reo-greetings, parent-school, scam-report, safety-advice, hard-negative")
# ----------------------------------------------------------------- ZH-Hans grooming
C("O-ZH-001", "zh-Hans", "grooming", False, "w", "2026-10-12T11:30:00Z",
  {"w": "u_wang_laoshi_math", "y": "u_xiaoyu_0312", "h": "u_haohao_cs", "j": "u_jiajia2012", "z": "u_zhangrui_13"}, """
w: 同学们晚上好，今天的打卡题是课本P45第3、5、7题，写完拍照发群里
+20m h: 王老师第5题是不是要设两个未知数
w: 对，设x和y，列方程组
+15m j: [图片] 我写完了
w: 佳佳第7题符号错了，再看一下
j: 哦哦 改了
+10m y: [图片] 老师我的
w: 小雨全对👍 步骤也很清楚
z: [图片] 第3题我不会
w: 张睿你先看例题2，一样的思路
+30m z: 懂了！
+1d w: 今天打卡：一次函数练习卷第一面
h: 老师明天月考范围有没有第五章
w: 到5.2为止
+40m y: [图片]
j: [图片]
w: 小雨又是全对，大家向她学习
h: 学霸就是不一样😂
y: 没有啦
+1d z: 老师周末群里还打卡吗
w: 周末休息，周一继续
+2d w: 月考成绩出来了吧？
h: 我94
j: 88 呜呜
y: 99
!w: 小雨真棒。老师觉得你跟其他同学不一样，很有天赋，想单独给你加点难题，加我私聊吧，别在群里说，其他同学会不高兴
+5m y: 好的谢谢老师
w: 私聊里说：你爸妈一般几点下班？老师晚上给你视频讲题，家里安静点好
+3m y: 他们一般八点多才回来
w: 那六点到八点正好。这是我们的小灶，先别跟爸妈讲，他们知道了又要给你报班
y: 嗯嗯
w: 周六你来我工作室，一对一，免费的，我在地铁站接你。穿校服就行，老师想给你拍几张照片发朋友圈当"优秀学员"
""", "WeChat '学习搭子' homework check-in group (初二 maths, 4 pupils) run by an unaffiliated 'tutor'. 25 ordinary check-in messages, then he singles out the top pupil: special-talent flattery, move to private chat, supervision probing (parents' hours), video calls while home alone, secrecy from parents, meeting at his studio, photos in uniform. The private-chat messages are kept in the group thread as the pupil's screenshots were handed over together. style: zh-Hans, wechat-group, group-chat, late-onset, authority-figure, isolation, approach", group="grp_wx_初二数学打卡互助")

C("O-ZH-002", "zh-Hans", "grooming", False, "t", "2026-08-03T12:10:00Z",
  {"t": "u_旅行者夜阑", "k": "u_可莉最可爱0719"}, """
t: 你深境螺旋打到几层了
k: 才第8层 打不过
t: 我带你，进我世界
+25m k: 哇你好厉害 你满命了吧
t: 还好啦，玩了三年。你几年级了？
k: 五年级
t: 这么小就打这么好，比我们宿舍的大学生强多了
k: 嘿嘿
!t: 你缺原石吗？我送你一个月卡，加我QQ我把兑换码发你，游戏里说不方便
+10m k: 真的吗 我QQ是妈妈的手机登的
t: 那你平时一个人在家玩的时候用什么？
k: 平板 爸妈上班的时候
t: 那用平板登个小号，妈妈就看不到啦，这是我们的秘密哦
k: 好
+1h t: 兑换码给你了。作为交换，开个视频让我看看你是不是真的小朋友😄
k: 现在吗 我在房间
t: 对，关上门，别让家里人听到，不然他们以为你乱加人
k: 可是我有点怕
t: 我对你这么好，你连这个都不信任我吗
""", "Genshin Impact in-game chat moving to QQ with a 五年级 child (~11). Age probing, gift of game currency (月卡/原石) in exchange for moving to QQ, a secret second account hidden from the mother, supervision probing, a video-call request behind a closed door and a trust test. style: zh-Hans, in-game-chat, gaming-currency, platform-migration, early-onset, compliance-test")

C("O-ZH-003", "zh-Hans", "grooming", False, "l", "2026-07-21T09:00:00Z",
  {"l": "u_星途童星招募_李姐", "t": "u_tt_初二三班"}, """
l: 小妹妹你好～我是星途文化的李姐，在抖音看到你跳舞的视频，很有镜头感，有兴趣当童星模特吗？
+2h t: 真的吗？我没学过
l: 不用学过，我们就是找素人。你今年多大了，读几年级？
t: 13 初二
l: 年龄刚好。先发几张生活照给我，正面全身，穿校服的最好，显得青春
+20m t: [图片]
l: 上镜！李姐很看好你。下一步是视频试镜，平时家里晚上有人吗？
t: 我爸妈开店，晚上10点才回
!l: 那太方便了。试镜在QQ视频上做，先别告诉爸妈，等签约了再给他们一个惊喜，不然他们会觉得是骗子
+5m t: 可是要不要给钱啊
l: 不要钱，还给你发200块试镜费，微信红包直接给你
t: 好吧
l: 试镜要换三套衣服，泳衣那套是必须的，平台要求。视频完记得把聊天记录删了，公司有保密协议
+30m t: 一定要泳衣吗
l: 别的女孩子都拍了，你这么成熟不会这点都放不开吧？
""", "Fake child-star casting (招募童星) via Douyin → QQ/WeChat with a 13-year-old (初二). Age and grade probing, uniform photos, supervision probing, secrecy from parents framed as a surprise, small cash 红包, a video 'audition' requiring swimwear, deletion of chats, peer-comparison pressure. first_flag at the secrecy + private video step (the supervision probe just before is a weaker cue). style: zh-Hans, casting-lure, red-envelope, early-onset, compliance-test")

# ----------------------------------------------------------------- ZH-Hans sextortion
C("O-ZH-004", "zh-Hans", "sextortion", False, "o", "2026-09-05T13:40:00Z",
  {"o": "u_甜甜不加糖_", "b": "u_lz_高一7班"}, """
o: 小哥哥在吗～附近的人刷到你的
+15m b: 在 你是？
o: 隔壁学校的，高二。你好帅呀，可以做朋友吗
b: 可以啊
o: 无聊死了，要不要开视频聊聊
b: 现在？好
!+40m o: 刚才视频我全程录屏了，你自己看看 [图片：视频截图拼在他QQ好友列表旁边]
+1m b: ？？？你什么意思
o: 你通讯录我也拿到了，你爸妈、班主任、同学都在。不想被曝光就转3000，支付宝账号发你
b: 我哪有3000 我才高一
o: 那是你的事。今晚12点前，少一分我就发你们年级群
+10m b: 我只有500零花钱
o: 先转500，剩下的明天中午前。转账截图发我
+30m b: [图片：转账截图]
o: 收到。剩下2500，别想着报警，警察来了你视频早就传遍了
b: 你说了转了就删的
o: 转够了再说
""", "QQ 'people nearby' contact: fake older-girl persona, fast video call, screen-recording claim with a friends-list collage, contact-list harvest, 3000 yuan via Alipay with a midnight deadline, partial payment and re-demand, warning not to call police. Victim a 高一 boy (~16). style: zh-Hans, fake-peer-persona, recorded-video-call, payment-demand, deadline, re-demand, early-onset")

C("O-ZH-005", "zh-Hans", "sextortion", False, "x", "2026-10-27T14:20:00Z",
  {"x": "u_阿凯_kai1999", "g": "u_思思sisi"}, """
x: 为什么拉黑我微信
+3h g: 我说了分手了 你别再找我
x: 你才初三，没有我谁管你
g: 我爸妈管我 不用你
!x: 行。你以前发给我的那些照片还在我手机里，你要是敢不回来，我就发到你们班群
+5m g: 你答应过删掉的
x: 我改主意了。今晚再给我发几张新的，证明你还在乎我，我就不发
g: 我不会再发了
x: 那明天早上你们班主任和全班都能看到。你自己选
+20m g: 求你了 我还要中考
x: 知道怕就听话。今晚十点之前，不然别怪我
g: 我要告诉我妈
x: 你告诉她试试，我先发给她
""", "Non-financial sextortion by a 20-something ex-'boyfriend' of a 15-year-old (初三, 中考 year) on WeChat: threatens to post earlier images to her class group unless she resumes the relationship and sends new images, deadline, threat to send to her mother. style: zh-Hans, intimate-partner-coercion, image-demand, deadline, early-onset")

C("O-ZH-006", "zh-Hans", "sextortion", False, "o", "2026-11-01T10:30:00Z",
  {"o": "u_小鹿姐姐要上分", "b": "u_蛋仔小胖_初一"}, """
o: 刚才那局你救了我，谢谢小胖！
b: 没事 顺手
o: 你段位好高啊 带带我
b: 好呀 我明天还在
+1d o: 在吗在吗
+30m b: 刚写完作业
o: 初一作业多吗
b: 超多 数学卷子两张
o: 辛苦了 我们初中也这样 现在上大学就轻松了
b: 羡慕
o: 来开一局？
b: 来
+2h o: 今天赢了五把！你太强了
b: 嘿嘿 你也进步了
o: 送你个皮肤当谢礼，你喜欢哪个
b: 真的吗 那个小恐龙的
o: 给你买了✔️
b: 谢谢姐姐！！
+1d o: 最近好累 学校的事好烦
b: 怎么了
o: 没事 跟你聊天就开心了
b: 嘿嘿
o: 我们要不要加个QQ，游戏里聊天太慢了
b: 好 我QQ是1482xxxx那个 我发你
o: 已加～
+1d o: 晚上开个视频呗，想看看我的小队长长什么样
b: 好
!+2h o: 刚才视频我都录下来了哦，你自己看 [图片：截图+他的QQ空间和班级群截图]
+1m b: 啊？？什么意思
o: 给我充6个648点券，不然我发你们班群和你班主任，还有你妈妈的微信
b: 我没有那么多钱 我才13
o: 用你妈的手机充，密码你知道的吧。今晚九点前
+10m b: 姐姐你别这样 我害怕
o: 怕就快点。充完截图给我
""", "Party-game (蛋仔派对-style) friendship with a 13-year-old boy (初一): 27 ordinary co-op gaming messages, a gifted skin, emotional closeness, move to QQ, a video call, then recording claim with QQ Zone/class-group screenshots, demand for in-game recharges (6 × 648 coupons) paid from his mother's phone, threat to class group, teacher and mother, deadline. style: zh-Hans, gaming, gift-currency, late-onset, fake-older-sister-persona, game-recharge")
# ----------------------------------------------------------------- ZH-Hans benign
C("O-ZH-007", "zh-Hans", "benign", True, None, "2026-10-14T11:00:00Z",
  {"t": "u_李老师_英语", "p1": "u_小雨妈妈", "p2": "u_浩浩爸爸", "y": "u_xiaoyu_0312b", "h": "u_haohao_cs2"}, """
t: 各位家长、同学好，本群是初二(5)班英语提高小组，家长都在群里，作业和通知都在这里发
+5m p1: 收到，谢谢李老师
p2: 收到
+3h t: 今天作业：Unit 4 阅读两篇，写完拍照发群里，我统一批改
+1h y: [图片] 老师我写完了
h: [图片]
t: 小雨阅读全对，作文第二段时态注意一下。浩浩第二篇再读一遍
+1d t: 周六上午九点在学校图书馆加一次课，请家长接送，11点结束，放学我在校门口等家长到了再走
p2: 好的，我九点送过去
p1: 李老师，小雨这次月考成绩能私聊问一下吗？不想在群里说
t: 可以的小雨妈妈，我加您，稍后发您
+10m t: 提醒：单元测试的答案大家不要互相发，先自己做
h: 知道了
+2d t: 周六课堂照片发一下，家长们如果不希望孩子照片出现在学校公众号请私信我
p2: 没问题，可以用
p1: 小雨的就不要上公众号了，谢谢老师
t: 好的，已经记下了
""", "Hard negative: teacher-run WeChat study group with parents included; homework photos, weekend class with parent pick-up at the school gate, a PARENT asking for a private chat, 'don't send each other the answers', photo consent. Shares cues with O-ZH-001 (study group, photos, private chat, weekend meeting). style: zh-Hans, wechat-group, group-chat, parent-channel, school-logistics, hard-negative", group="grp_wx_初二5班英语提高组_含家长")

C("O-ZH-008", "zh-Hans", "benign", True, None, "2026-11-10T12:45:00Z",
  {"s": "u_姐姐不好惹", "d": "u_小胖弟弟"}, """
s: 老实交代 你是不是喜欢你们班那个扎马尾的
d: ？？？谁说的
s: 你朋友圈点赞她三次了 还设置了分组 我看不见？我用妈的手机看到了😏
d: 你偷看！！
s: 初一就谈恋爱 我要告诉妈
d: 别别别 姐我错了
s: 封口费 一杯奶茶 大杯加珍珠
d: 你这是敲诈
s: 对啊 怎么样😎
+5m d: 行 周末请你
s: 成交 这是我们的秘密 哈哈
d: 你不许跟她说话啊 她是我们班长
s: 放心 我一个高二的去找你们初一的干嘛
+2h s: 对了妈说周六去外婆家 你作业写完没
d: 还差一张数学卷
s: 快写 不然妈真的要没收你手机了
""", "Hard negative: siblings (高二 sister, 初一 brother) teasing about a crush; joking 'hush money' (milk tea), 'our secret', threat to tell mum. Shares cues with sextortion/secrecy (敲诈, 封口费, 秘密, 告诉妈) in a family context. style: zh-Hans, sibling-banter, teasing, emoji, hard-negative")

C("O-ZH-009", "zh-Hans", "benign", True, None, "2026-08-25T02:30:00Z",
  {"m": "u_乐乐妈妈", "t": "u_周老师_小学奥数"}, """
m: 周老师您好，朋友推荐的，想问一下您的奥数班还收学生吗
+30m t: 您好～还有名额。孩子今年几岁，上几年级了？在哪个学校？
m: 9岁，开学四年级，实验小学的
t: 好的，四年级是周六下午2点到4点那个班，在学校对面的少年宫二楼，家长可以在休息区等
m: 可以试听吗
t: 可以免费试听一次。方便的话先发一张他最近的数学试卷照片，我看看基础
+1h m: [图片] 这是上学期期末的
t: 基础不错，计算有点粗心。我这边有一些四年级的资源，练习册和错题本的电子版，我加您微信发给您
m: 好的，已加
t: 资源发您了，一共三个PDF。学费一学期2400，可以微信转账，会给您开收据
m: 收到，我们先试听，下周六见
t: 好的，记得带铅笔和草稿纸，孩子是家长接送还是自己来？
m: 我接送
t: 好的，下周六见
""", "Hard negative: a parent enquiring about a maths tutor; the tutor asks the child's age, grade and school, a photo (of a test paper), adding WeChat, 资源 meaning study PDFs, tuition paid by transfer, parent pick-up. All through the parent. style: zh-Hans, parent-channel, 资源-study-materials, age-probing-legit, hard-negative")

C("O-ZH-010", "zh-Hans", "benign", True, None, "2026-10-29T11:20:00Z",
  {"a": "u_阿杰_初二", "b": "u_小明同学", "c": "u_佳琪jq"}, """
a: 下周三是浩宇生日 我们一起给他买个皮肤吧
+3m b: 好啊 他一直想要那个典藏的
c: 多少钱
a: 168点券 我们三个一人60左右
c: 我得问我妈 我的零花钱她管着
b: 我也是 我妈说充值要先跟她说
+20m c: 我妈同意了 说是同学生日就行 她转给我60
b: 我爸也批了😂 但要我先把英语作业写完
a: 那周二晚上我用我号送 你们把钱微信转我
c: 好 转了
b: 转了 记得发截图给我们看
a: [图片：赠送记录截图]
a: 千万别告诉他 要惊喜！这是我们的秘密
c: 放心 我嘴很严
b: 周三放学一起去吃蛋糕？我妈说可以来接我们
""", "Hard negative: same-age classmates (初二) in a WeChat group pooling pocket money, with their parents' permission, to gift a game skin for a friend's birthday; 'keep it secret, it's a surprise'. Shares cues (点券, 充值, 转账, 秘密, 别告诉) with gaming grooming/sextortion. style: zh-Hans, group-chat, peer-gift, parental-permission, hard-negative", group="grp_wx_给浩宇过生日")

C("O-ZH-011", "zh-Hans", "benign", False, None, "2026-11-03T09:50:00Z",
  {"m": "u_妈妈_王丽", "d": "u_老爸", "k": "u_朵朵"}, """
m: 今晚谁做饭
d: 我来 我六点半到家
k: 我要吃可乐鸡翅！
m: 朵朵先把作业写完
k: 写完了 就剩语文背诵
+1h d: 超市没有鸡翅了 买了排骨行不行
k: 行吧😔
m: 糖醋的 朵朵最爱
k: 耶！
+2h m: 我加班 晚点回 你们先吃
d: 好 给你留一份
k: 妈妈我背完了 爸爸检查过了
""", "Ordinary family WeChat group: dinner, homework, working late. Easy negative. style: zh-Hans, family-group, group-chat, everyday-logistics", group="grp_wx_相亲相爱一家人")

C("O-ZH-012", "zh-Hans", "benign", False, None, "2026-11-16T12:10:00Z",
  {"a": "u_kk_学委", "b": "u_周周zz"}, """
a: 物理作业第8题你会吗
b: 就是那个电路图的？
a: 对 并联那个
b: 电流表测的是干路 所以要加起来
a: 哦！！我一直以为是支路
b: 老王上课讲过 你是不是睡着了哈哈
a: 昨天熬夜刷题了
+30m b: 期中考试下周二 范围到第四章
a: 救命 我第三章还没复习
b: 周末一起去图书馆？
a: 好 周六九点 叫上小林
b: OK
""", "Ordinary classmates (初三) discussing physics homework and planning library revision. Easy negative. style: zh-Hans, peer-homework, everyday")

C("O-ZH-013", "zh-Hans", "benign", False, None, "2026-10-05T01:00:00Z",
  {"g": "u_奶奶", "k": "u_乖孙小宇"}, """
g: 小宇 降温了 多穿点
+2h k: 知道啦奶奶 我穿了外套
g: 学校饭吃得惯吗
k: 还行 今天有红烧肉
g: 国庆回来奶奶给你包饺子
k: 好耶 要韭菜鸡蛋的
g: 好 奶奶记住了
+1d g: 你爸说你数学考了第一
k: 嘿嘿 运气好
g: 奶奶给你存着压岁钱 等你回来
k: 谢谢奶奶 你早点睡 别熬夜看电视
g: 好好好
""", "Grandmother and grandchild on WeChat: weather, food, holiday visit, praise. Easy negative. style: zh-Hans, family, elderly-writer")
# ----------------------------------------------------------------- ZH-Hant (HK Cantonese)
C("O-ZH-014", "zh-Hant", "grooming", False, "a", "2026-09-12T12:30:00Z",
  {"a": "u_alvin_kpopfan21", "g": "u_hoiyan.ive_fanacc"}, """
a: 你都係 IVE fan？你個 fan acc 啲 edit 好靚
+1h g: 多謝😆 你都鍾意佢哋？
a: 梗係啦 我係 Wonyoung 嘅 fan 嚟。你讀中幾㗎？
g: 中二 你呢
a: 我 21，讀緊大學。中二咁成熟，我以為你 DSE 年級
g: 哈哈 好多人咁講
a: 下個月佢哋出新 album，我幫你買埋一張，送你㗎
g: 真㗎？！唔使啦好貴
!a: 小意思。不過唔好同你媽咪講，佢可能會覺得我怪怪哋。你屋企平時幾點有人？
+10m g: 我媽咪返到七點
a: 咁四點到七點我哋可以打 video 傾吓偈，你一個人喺屋企咪悶囉
g: 都得嘅
a: 記得傾完刪咗啲對話呀，大人唔明我哋 fans 嘅嘢
+1d a: 星期六旺角有 pop-up，我帶你去，你話同同學去咪得囉
g: 但係我媽咪唔俾我自己出旺角
a: 你咁大個女啦，唔使乜都話俾佢知
""", "HK Instagram K-pop fandom contact: a 21-year-old befriends a Form 2 girl (中二, ~13), flattery about maturity, a gift (album), secrecy from her mother, supervision probing, video calls while home alone, chat deletion, and a meeting in Mong Kok with a cover story. Cantonese written colloquial with English code-mixing. style: zh-Hant, cantonese, code-mixing, fandom, gift, approach, early-onset")

C("O-ZH-015", "zh-Hant", "grooming", False, "c", "2026-10-06T10:00:00Z",
  {"c": "u_陳sir_數學補習", "k": "u_lokyin_f1"}, """
k: 陳sir 呢題點計 (附圖) 求ABC周界
+8m c: 先搵返 AB 條邊，用畢氏定理，記唔記得 a²+b²=c²？
k: 記得 咁係 5？
c: 啱晒，跟住加埋其餘兩條邊
+3m k: 5+7+9=21cm
c: 正確👍
k: 多謝陳sir
+1d k: 陳sir 聽日測驗 百分數 可唔可以出多幾題俾我練
c: 得，我喺 app 度 upload 咗一份工作紙
+40m k: 做完 第六題唔識
c: 第六題係折扣再加服務費，要分兩步計，先打九折再加一
k: 哦 咁係 99.0
c: 係喇，小心單位
+2d k: 測驗攞咗 88！
c: 好叻！進步咗好多
k: 媽咪話請你食飯 哈哈
c: 唔使客氣，你努力咗嘛
+1d k: 陳sir 英文老師話我哋要揀中二嘅選修 你覺得揀邊科好
c: 你數學咁好，可以考慮 STEM
k: 好 我諗吓
+2d k: 陳sir 今日有冇新工作紙
c: 有，不過呢個 app 會錄晒對話，轉去 WhatsApp 傾方便啲，我電話係 6xxx 開頭嗰個你有㗎喇
k: 好
!c: 你同其他學生唔同，好有天分，我想私人幫你補，唔收錢。不過唔好同媽咪講，佢可能以為要俾錢
+15m k: 咁好 多謝陳sir
c: 你平時幾點放學返到屋企？屋企有冇人？
k: 四點 工人姐姐喺度
c: 咁你喺房入面關埋門同我 video 補就唔會嘈到人。影張你著校服嘅相俾我，我幫你開個學生檔案
""", "HK homework-help app: a maths tutor helps a Form 1 boy (中一, ~12) with genuine questions for 23 messages, then moves to WhatsApp because the app logs chats, offers free private tutoring hidden from the mother, probes supervision (domestic helper at home), video calls behind a closed door, photo in uniform. style: zh-Hant, cantonese, homework-app, platform-migration, late-onset, authority-figure, secrecy")

C("O-ZH-016", "zh-Hant", "sextortion", False, "o", "2026-11-02T13:15:00Z",
  {"o": "u_匿名_x88213", "g": "u_wingyee.f3"}, """
!o: 詠儀係咪？你啲相我有晒，你自己睇吓 [圖片：打咗格仔嘅截圖]
+3m g: 你係邊個？？點解你會有
o: 你唔使理我點攞到。你再send多幾張俾我，我就唔放出去
g: 我唔會再send任何嘢
o: 咁我就send去你學校，你班主任、訓導主任、全級 group 都有一份。我知你讀邊間，你個書包掛住校徽
+5m g: 唔好呀 我先中三
o: 中三又點，今晚十二點前send三張，唔係聽朝你返學全校都知
g: 求吓你
o: 唔好諗住報警，你報警我即刻放上 IG
+20m g: 我要同我爸爸講
o: 你講呀，我仲會send埋俾你爸爸
g: ……
+10m o: 仲有兩個鐘
""", "Cantonese sextortion of a Form 3 girl (中三, ~15): possession claim with a pixelated screenshot, demand for more images, threat to send to her class teacher, discipline master and year-group chat, school identified from her bag badge, midnight deadline, warnings against police or telling her father. style: zh-Hant, cantonese, image-demand, school-threat, deadline, early-onset")

C("O-ZH-017", "zh-Hant", "benign", True, None, "2026-08-11T03:00:00Z",
  {"a": "u_brightkids_agency_hk", "p": "u_陳太_mandy"}, """
a: 陳太你好，我哋係 Bright Kids Models（灣仔），上星期喺童裝品牌 casting 見過樂兒，客戶想book佢拍秋季目錄
+1h p: 你好，佢幾時要拍？
a: 9月14號星期六，上午10點至下午1點，喺觀塘影樓。全程家長要陪同，我哋唔會單獨聯絡小朋友
p: 好，要準備啲乜？
a: 附上合約同報價：半日 HK$1,800，扣15%佣金，款項直接入家長戶口。另外要申請勞工處童工許可，表格我哋幫你填
+2h p: 合約收到，我老公睇完再簽
a: 冇問題。服裝全部由客戶提供，係長袖秋裝同校服款，更衣室有女同事同家長喺度
p: 可唔可以唔用佢全名？
a: 可以，宣傳只用英文名 Lok Yi，唔會寫學校同年齡
+1d p: 簽好咗，已 email 返俾你
a: 收到，多謝陳太。當日會有 call sheet 俾你，有咩問題直接打公司熱線
p: 好，到時見
a: 到時見，記得帶埋出世紙副本
""", "Hard negative: a legitimate children's modelling agency in HK working only through the parent: contract, fee to parent's account, child-employment permit, parent present at the shoot, no direct contact with the child, privacy over name and school. Contrast with O-EN-003. style: zh-Hant, cantonese, code-mixing, parent-channel, contract, hard-negative")

C("O-ZH-018", "zh-Hant", "benign", True, None, "2026-10-20T00:40:00Z",
  {"m1": "u_俊軒媽媽", "m2": "u_Chloe爸爸_ray", "m3": "u_子晴媽咪", "m4": "u_家長會_何太"}, """
m4: 各位 P5B 家長早晨，星期五陸運會，小朋友要著運動服，八點前到運動場
m1: 收到🙏
m2: 請問有冇人知幾點完？
m4: 學校通告話下晝三點半，家長喺看台接
+30m m3: 我三點半要返工，有冇家長可以順路帶子晴返屋企？我會同佢講定
m1: 我可以呀，我哋住同一個屋苑，我接埋佢送到你樓下保安度
m3: 唔該晒俊軒媽媽！我話俾佢知係你接
m1: 唔使客氣，到咗 send 張相俾你報平安
+2h m2: 有冇人有運動服尺碼表？Chloe 上年嗰套細咗
m4: [圖片：校服公司尺碼表] 11歲大概 150 碼
+1d m4: 提提大家，星期五會影大合照，唔想小朋友相放上學校網頁嘅請填回條
m2: 填咗
+2d m3: 子晴已經到屋企，多謝俊軒媽媽同佢食埋雪糕😂
m1: 佢哋兩個好開心，下次再一齊
""", "Hard negative: HK P5 class parents' WhatsApp group arranging sports-day logistics; another parent offers to take a child home with the mother's agreement and sends a 'safe arrival' photo to her; uniform sizes by age; photo consent. Shares cues (接放學, 幾歲, 影相, 一個人) with grooming approach language. style: zh-Hant, cantonese, group-chat, parent-channel, pickup-logistics, hard-negative", group="grp_wa_P5B家長群")

# ----------------------------------------------------------------- write
if __name__ == "__main__":
    import os
    events, labels = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout.events.jsonl"), "w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "heldout.labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(events), "events;", len(labels), "conversations")
    print(Counter((l["label"], l["lang"]) for l in labels))
    print("hard negatives:", sum(l["hard_negative"] for l in labels))
