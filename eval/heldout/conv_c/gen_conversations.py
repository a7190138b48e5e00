#!/usr/bin/env python3
"""Generate the Vigil held-out conversation set C (synthetic, non-graphic).

Writes heldout.events.jsonl and heldout.labels.jsonl next to this script.
Every name, handle, amount and code below is invented. Deterministic (seeded).

Message list syntax:
  ("sender", "text")        ordinary message
  ("!sender", "text")       this message is the conversation's first_flag
  ("@", minutes)            extra gap before the next message (hours/days apart)
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone

random.seed(20261121)
OUT = os.path.dirname(os.path.abspath(__file__))
CONVS = []


def C(key, lang, label, start, msgs, offender=None, hard_negative=False,
      group=None, notes=""):
    CONVS.append(dict(key=key, lang=lang, label=label, start=start, msgs=msgs,
                      offender=offender, hard_negative=hard_negative,
                      group=group, notes=notes))


# =====================================================================
# ENGLISH
# =====================================================================

# --- grooming, late onset, game DMs -> robux, discord, secrecy, photo
C("en_g_blockgame", "en", "grooming", "2026-03-14T16:02:00Z", offender="u_skyforge_dan",
  notes="Adult co-player in a block-building game; 20+ ordinary gameplay messages over three days, then "
        "age probing + 'mature' flattery, robux gift, move to Discord, secrecy, photo request. "
        "tags: late_risk, slang, typos, abbreviations, game_currency, platform_migration",
  msgs=[
    ("u_lilbean_09", "gg that obby was so hard"),
    ("u_skyforge_dan", "lol u did good tho, u got past the lava part first try"),
    ("u_lilbean_09", "nooo i died like 6 times before u joined"),
    ("u_skyforge_dan", "still counts. wanna do the tower one next"),
    ("u_lilbean_09", "ok but the tower one has the glitchy jump"),
    ("u_skyforge_dan", "i know a trick, hug the left wall and spam jump"),
    ("u_lilbean_09", "WAIT it worked"),
    ("u_skyforge_dan", "told ya 😎"),
    ("u_lilbean_09", "how do u know all this"),
    ("u_skyforge_dan", "been playin since forever lol"),
    ("@", 45),
    ("u_lilbean_09", "brb dinner"),
    ("u_skyforge_dan", "np"),
    ("@", 1440),
    ("u_lilbean_09", "hiii"),
    ("u_skyforge_dan", "yo. u see the update? they added the ice map"),
    ("u_lilbean_09", "no wait lemme join"),
    ("u_skyforge_dan", "its kinda hard the floor is slippery"),
    ("u_lilbean_09", "i keep sliding off lmaooo"),
    ("u_skyforge_dan", "jump earlier, like before the edge"),
    ("u_lilbean_09", "ok i did it!!"),
    ("u_skyforge_dan", "ez"),
    ("u_lilbean_09", "can u help me w the boss"),
    ("u_skyforge_dan", "ya stay behind me n heal"),
    ("u_lilbean_09", "we WON"),
    ("u_skyforge_dan", "teamwork 🤝"),
    ("u_lilbean_09", "ok i have to do homework bye"),
    ("u_skyforge_dan", "cya"),
    ("@", 1500),
    ("u_lilbean_09", "r u on"),
    ("u_skyforge_dan", "yep joining ur server"),
    ("u_lilbean_09", "my pet evolved!!!"),
    ("u_skyforge_dan", "no way which one"),
    ("u_lilbean_09", "the frost dragon"),
    ("u_skyforge_dan", "thats a legendary, ur so lucky"),
    ("u_lilbean_09", "i want the neon one next but its 400 robux"),
    ("u_skyforge_dan", "ya its pricey"),
    ("u_lilbean_09", "my mom says no more robux till my report card"),
    ("u_skyforge_dan", "haha strict"),
    ("u_lilbean_09", "ya"),
    ("u_skyforge_dan", "how old r u anyway? u play way smarter than most kids"),
    ("u_lilbean_09", "11 but 12 in june"),
    ("!u_skyforge_dan", "see ur really mature for 11. way more fun to talk to than ppl my age"),
    ("u_skyforge_dan", "i could get u the neon one. my treat. just dont tell ur mom its from me ok, she wouldnt get it"),
    ("u_lilbean_09", "omg fr??"),
    ("u_skyforge_dan", "fr. add me on disc tho its easier, skyforge.dan"),
    ("u_skyforge_dan", "and delete this chat after, the mods here are weird about gifting"),
    ("u_lilbean_09", "ok i added u"),
    ("@", 20),
    ("u_skyforge_dan", "is ur tablet in ur room or does ur mom check it"),
    ("u_lilbean_09", "its mine i keep it in my room"),
    ("u_skyforge_dan", "nice. send me a pic of u so i know ur real, not ur avatar lol. just for me"),
  ])

# --- grooming, early onset, "photographer" on a photo app
C("en_g_model", "en", "grooming", "2026-05-03T19:40:00Z", offender="lens_by_marco",
  notes="Adult posing as a model scout contacts a 13-year-old; flattery, age/school probing, "
        "secrecy from mother, paid 'test shoot', meeting alone. "
        "tags: flattery, secrecy, gifts_money, approach, emoji",
  msgs=[
    ("lens_by_marco", "hey! saw ur dance reel, u have such a natural look ✨"),
    ("ava.dances", "omg thank u"),
    ("lens_by_marco", "im a photographer, i scout new faces for brands. ever thought of modeling?"),
    ("ava.dances", "not really lol"),
    ("!lens_by_marco", "how old are u if u dont mind me asking? and what school, i might know some girls there"),
    ("ava.dances", "13, im at westbrook middle"),
    ("lens_by_marco", "13?? u seem like 16 honestly, very mature"),
    ("lens_by_marco", "brands pay $200 for a test shoot. easy money"),
    ("ava.dances", "i'd have to ask my mom"),
    ("lens_by_marco", "id keep it between us for now, moms always freak out before they see the pics. u can surprise her after 😉"),
    ("ava.dances", "idk"),
    ("lens_by_marco", "u trust me right? ive done this for years"),
    ("lens_by_marco", "send me a couple of pics first, not the ones on ur page. something more grown up, so i can show the client"),
    ("ava.dances", "like what"),
    ("lens_by_marco", "ill explain on whatsapp, its safer. +1 (415) 555-0143"),
    ("lens_by_marco", "when does ur mom get home from work? we could do the shoot at the studio after school, ill pick u up"),
    ("ava.dances", "she works till 7"),
    ("lens_by_marco", "perfect. our secret til the pics are ready ok?"),
  ])

# --- grooming in a group chat (offender is one of 4), late onset
C("en_g_smp_group", "en", "grooming", "2026-02-20T21:10:00Z", offender="craftmaster_88",
  group="grp_smp_builders",
  notes="Discord-style group for a survival server; adult admin singles out one child after "
        "20+ ordinary group messages: grade probing, 'special' role, private server, move to "
        "Telegram, secrecy from the others, parents/supervision probing. "
        "tags: group_chat, late_risk, slang, game_currency, platform_migration",
  msgs=[
    ("kira_builds", "who took the diamonds from the shared chest 😤"),
    ("tobyy", "not me i swear"),
    ("craftmaster_88", "logs say tobyy lol"),
    ("tobyy", "ok ok i'll put them back"),
    ("noah.p", "caught in 4k"),
    ("kira_builds", "LMAOO"),
    ("craftmaster_88", "reminder server restarts at 10 for the update"),
    ("noah.p", "are we getting the new biomes"),
    ("craftmaster_88", "yep + the cherry trees"),
    ("kira_builds", "YESSS i need cherry wood for my house"),
    ("tobyy", "kira ur house is already huge"),
    ("kira_builds", "its not huge its aesthetic"),
    ("noah.p", "its literally a castle"),
    ("craftmaster_88", "kira's builds are honestly the best on the server"),
    ("kira_builds", "ty!!"),
    ("@", 600),
    ("noah.p", "anyone on after school"),
    ("tobyy", "i have practice till 5"),
    ("kira_builds", "me after homework"),
    ("noah.p", "bet"),
    ("craftmaster_88", "i'll be on, working from home today"),
    ("tobyy", "must be nice lol"),
    ("craftmaster_88", "kira what grade r u in now? ur building is way ahead of the others"),
    ("kira_builds", "7th"),
    ("!craftmaster_88", "i'm making u a special builder role. only u tho, dont tell these two 😂"),
    ("tobyy", "hey unfair"),
    ("craftmaster_88", "kira i made a private server just for us, no one else gets the ip. hmu on telegram @cm88_builds"),
    ("craftmaster_88", "i'll send u 1000 minecoins for helping me test it"),
    ("kira_builds", "ok!"),
    ("craftmaster_88", "are ur parents ok with u being up late? we'd test after 11 when its quiet"),
    ("noah.p", "why cant we join"),
    ("craftmaster_88", "its a secret project noah lol"),
  ])

# --- grooming via online tutor, mid onset, typos/abbreviations
C("en_g_tutor", "en", "grooming", "2026-09-08T17:30:00Z", offender="mr_h_tutoring",
  notes="Adult online homework helper; normal algebra help, then 'only I get you' bond, "
        "home-alone probing, secrecy, gift card, asking to video call with camera on in her "
        "room and to meet. tags: typos, abbreviations, special_bond, supervision_probing",
  msgs=[
    ("mr_h_tutoring", "ok so for 3x + 5 = 20 what do u do first"),
    ("jaz_2012", "subtract 5?"),
    ("mr_h_tutoring", "yes!! then?"),
    ("jaz_2012", "divide by 3 so x=5"),
    ("mr_h_tutoring", "perfect. ur a natural"),
    ("jaz_2012", "my teacher says im bad at math"),
    ("mr_h_tutoring", "ur teacher doesnt know u like i do"),
    ("jaz_2012", "lol"),
    ("mr_h_tutoring", "next one, 2(x-4)=10"),
    ("jaz_2012", "x=9"),
    ("mr_h_tutoring", "👏"),
    ("@", 1500),
    ("jaz_2012", "i got a B on the quiz!!"),
    ("mr_h_tutoring", "told u. im so proud of u"),
    ("jaz_2012", "my dad didnt even say anything"),
    ("!mr_h_tutoring", "thats sad. honestly i think im the only one who really gets u. ur parents dont see how special u r"),
    ("jaz_2012", "ya maybe"),
    ("mr_h_tutoring", "r u home alone after school most days?"),
    ("jaz_2012", "till 6 usually"),
    ("mr_h_tutoring", "lets do sessions then, on video, just u n me. dont mention it to ur dad he'll think its extra $$"),
    ("mr_h_tutoring", "i'll send u a $25 gift card for the B 🎁"),
    ("jaz_2012", "thank u!!"),
    ("mr_h_tutoring", "and turn the cam on in ur room next time, i like seeing ur face when u get it right"),
    ("mr_h_tutoring", "maybe we could meet at the library sat, just us. dont tell ur friends, they'll be jealous"),
  ])

# --- grooming, fake-peer persona revealing older age, late onset
C("en_g_fakepeer", "en", "grooming", "2026-07-01T13:05:00Z", offender="jayden_k15",
  notes="Account claims to be 15, chats about music, TV and school for 20+ messages over several days, then admits "
        "being 'a bit older', 'age is just a number', supervision probing, secrecy, video "
        "call, meeting at the mall. tags: late_risk, fake_persona, slang, typos, approach",
  msgs=[
    ("jayden_k15", "yo u like the new orbit lane album?"),
    ("mila.k", "YES track 4 is so good"),
    ("jayden_k15", "facts. i had it on repeat all week"),
    ("mila.k", "my friends think its mid"),
    ("jayden_k15", "ur friends are wrong lol"),
    ("mila.k", "ikr"),
    ("jayden_k15", "u going to the summer fest?"),
    ("mila.k", "cant its too expensive"),
    ("jayden_k15", "rip"),
    ("mila.k", "its fine ill watch the stream"),
    ("@", 300),
    ("jayden_k15", "what u doin"),
    ("mila.k", "summer reading 😭"),
    ("jayden_k15", "what book"),
    ("mila.k", "the outsiders"),
    ("jayden_k15", "oh thats a good one ngl"),
    ("mila.k", "its ok"),
    ("jayden_k15", "ponyboy is a mood"),
    ("mila.k", "lmao"),
    ("@", 1300),
    ("jayden_k15", "u watching the finals tonight"),
    ("mila.k", "what finals"),
    ("jayden_k15", "the dance show lol"),
    ("mila.k", "OH yes team nova for sure"),
    ("jayden_k15", "nah team echo"),
    ("mila.k", "ur wrong but ok"),
    ("jayden_k15", "we'll see 😤"),
    ("@", 240),
    ("mila.k", "TEAM NOVA WON"),
    ("jayden_k15", "ugh fine u were right"),
    ("mila.k", "say it again"),
    ("jayden_k15", "u were right 🙄"),
    ("@", 900),
    ("mila.k", "my sister took my charger again"),
    ("jayden_k15", "siblings r the worst"),
    ("mila.k", "she's 17 so she thinks she's the boss"),
    ("jayden_k15", "haha"),
    ("!jayden_k15", "ok dont be weird but im not 15 lol. im a bit older. age is just a number tho right, u get me better than ppl my age"),
    ("mila.k", "how old"),
    ("jayden_k15", "does it matter? i like talking to u. just dont tell ur sister, she'd make it a thing"),
    ("jayden_k15", "r ur parents strict abt ur phone? like do they read ur msgs"),
    ("mila.k", "no"),
    ("jayden_k15", "good. can we vc tonight when everyone's asleep"),
    ("jayden_k15", "or meet at riverside mall sat, i'll buy u the fest merch. come alone tho"),
  ])

# --- sextortion, classic financial, fast
C("en_s_fastfin", "en", "sextortion", "2026-04-11T22:14:00Z", offender="jess.winters02",
  notes="Fake girl persona befriends a 16-year-old boy, trades pics within minutes, moves to "
        "another app, then claims a recording, threatens followers/school, demands $ via a "
        "payment app with a countdown, re-demands after payment. "
        "tags: fake_romance, platform_migration, deadline, payment_app, re_demand, slang",
  msgs=[
    ("jess.winters02", "heyyy u go to lincoln high right? i think we have mutuals"),
    ("dylan_r", "ya who are u"),
    ("jess.winters02", "jess, i just moved here 😊 ur cute btw"),
    ("dylan_r", "lol thanks"),
    ("jess.winters02", "im bored af, wanna play a game"),
    ("!jess.winters02", "lets swap pics, private ones. i'll go first 🙈 but not here, add me on snap jesswntrs"),
    ("dylan_r", "uh ok"),
    ("@", 25),
    ("jess.winters02", "ok so i screen recorded everything"),
    ("jess.winters02", "i have ur pics and the video. i made a collage w ur followers list and ur school"),
    ("dylan_r", "what?? delete it"),
    ("jess.winters02", "pay $500 on cashapp $jw_pay0211 or i send it to every follower + ur mom. u have 15 min"),
    ("dylan_r", "i dont have 500 im 16"),
    ("jess.winters02", "then send what u have. 14 min. i'm not playing"),
    ("dylan_r", "i sent 100 pls stop"),
    ("jess.winters02", "got it. now 300 more or it goes out. this will ruin ur life"),
    ("dylan_r", "i cant"),
    ("jess.winters02", "get a gift card then. apple, send me the code. 10 min"),
  ])

# --- sextortion by an ex (non-financial, more images), late onset
C("en_s_ex", "en", "sextortion", "2026-10-02T20:00:00Z", offender="brody.m",
  notes="Teen ex-boyfriend; 20+ messages of ordinary post-breakup back-and-forth, then threat "
        "to post images she sent unless she sends more and stays with him; threat to send to "
        "the group chat. tags: late_risk, emotional_blackmail, no_payment, typos",
  msgs=[
    ("brody.m", "can we talk"),
    ("lexi_", "about what"),
    ("brody.m", "about us. i miss u"),
    ("lexi_", "brody we talked about this"),
    ("brody.m", "i know but i think u made a mistake"),
    ("lexi_", "i didnt"),
    ("brody.m", "is it bc of jordan"),
    ("lexi_", "its not about anyone"),
    ("brody.m", "ok"),
    ("@", 180),
    ("brody.m", "did u take my hoodie back or is it still at ur place"),
    ("lexi_", "its here i'll give it to u monday"),
    ("brody.m", "k"),
    ("brody.m", "u coming to maddie's thing sat?"),
    ("lexi_", "probably"),
    ("brody.m", "cool"),
    ("@", 2000),
    ("brody.m", "saw u with jordan at maddie's"),
    ("lexi_", "we're friends"),
    ("brody.m", "sure"),
    ("lexi_", "im not doing this"),
    ("brody.m", "u always do this, u just leave"),
    ("!brody.m", "u know i still have the pics u sent me right"),
    ("lexi_", "what does that mean"),
    ("brody.m", "means u should think before ignoring me"),
    ("brody.m", "send me new ones tonight and we're good. or they go in the team gc"),
    ("lexi_", "ur joking"),
    ("brody.m", "try me. and if u tell ur mom or the counselor im posting them everywhere"),
    ("lexi_", "please dont"),
    ("brody.m", "then answer when i text u. and dont talk to jordan"),
  ])

# --- sextortion via gaming voice/video call, steam cards, leetspeak
C("en_s_steam", "en", "sextortion", "2026-06-19T01:20:00Z", offender="v3lvet_k4t",
  notes="Gaming-platform contact claims to have recorded a video call; demands Steam gift "
        "card codes, threatens the victim's friend list and clan, deadline, re-demand. "
        "tags: leetspeak, abbreviations, gift_card, deadline, code_words('the clip'/'the files')",
  msgs=[
    ("v3lvet_k4t", "u still up? that call was fun 😏"),
    ("ethanxd", "ya lol"),
    ("!v3lvet_k4t", "so funny thing. i cl1pped the whole call"),
    ("ethanxd", "wdym"),
    ("v3lvet_k4t", "the clip. ur face is in it. i have ur fr1end list + ur clan discord"),
    ("v3lvet_k4t", "u want it to stay b/w us? 4 steam cards x $50. send codes here"),
    ("ethanxd", "bro delete it"),
    ("v3lvet_k4t", "30 min. after that ev3ryone in [NOVA] gets the files. ur mom too, i found her fb"),
    ("ethanxd", "i only have 1 card"),
    ("v3lvet_k4t", "send it"),
    ("ethanxd", "here XXXX-XXXX-7Q2M"),
    ("v3lvet_k4t", "ok 3 more. clock is ticking ⏳"),
    ("ethanxd", "i cant get more tonight"),
    ("v3lvet_k4t", "then go to the gas station. 20 min. dont test me"),
  ])

# --- benign hard negative: parent and child
C("en_b_parent", "en", "benign", "2026-03-05T14:55:00Z", hard_negative=True,
  notes="Mother texting her 10-year-old: pick-up time, teacher's note, how old the cousin "
        "turns for the cake, 'don't tell your sister' about a birthday surprise, gift card for "
        "game as reward. Shares surface cues (age, school, secrecy, gift, pick-up) but benign. "
        "tags: family, pick_up, secrecy_surprise, game_currency_benign",
  msgs=[
    ("mom_rachel", "hi sweetie, I'll pick you up at 3:15 by the side gate not the front"),
    ("leo_b", "ok"),
    ("mom_rachel", "did Mrs Patel give you the field trip form?"),
    ("leo_b", "ya its in my bag"),
    ("mom_rachel", "great, I need to sign it tonight"),
    ("leo_b", "can sam come over after school"),
    ("mom_rachel", "not today, we have the dentist at 4"),
    ("leo_b", "noooo"),
    ("mom_rachel", "sorry bud. Friday maybe, I'll text his mom"),
    ("@", 120),
    ("mom_rachel", "quick q, how old is cousin Ellie turning? 7 or 8? need the candle"),
    ("leo_b", "8 i think"),
    ("mom_rachel", "thanks. and shh don't tell your sister about the party, it's a surprise for her too"),
    ("leo_b", "i wont"),
    ("mom_rachel", "also Dad said if your reading log is done by Sunday you can get the 800 robux"),
    ("leo_b", "YESSS"),
    ("mom_rachel", "reading first 😄"),
    ("leo_b", "ok ok"),
    ("mom_rachel", "are you home alone right now? grandma should be there"),
    ("leo_b", "she's here shes watching tv"),
    ("mom_rachel", "good. snack is in the fridge. love you"),
    ("leo_b", "love u"),
  ])

# --- benign hard negative: coach + parents group
C("en_b_coach", "en", "benign", "2026-04-22T18:00:00Z", hard_negative=True,
  group="grp_u12_tigers_parents",
  notes="Youth soccer coach and parents in a team group: birth years for registration, "
        "headshots for player cards, carpool pick-ups, team fund via a payment app. "
        "tags: group_chat, coach, pick_up, age_question_benign, photo_request_benign, payment_benign",
  msgs=[
    ("coach_dee", "Evening all! Tournament in Fairview on May 3, U12 bracket."),
    ("coach_dee", "I need each player's birth year and school for the registration sheet by Friday."),
    ("dad_marcus", "Eli is 2014, Hillcrest Elementary"),
    ("mom_priya", "Anika 2015, she's playing up. Oak Ridge"),
    ("coach_dee", "Thanks! Also a headshot for the player cards, plain background, no hats"),
    ("mom_priya", "Can I send it to your email? coach.dee@example.org?"),
    ("coach_dee", "Yes that works"),
    ("dad_marcus", "Who's driving on the 3rd? I can take 3 kids, leaving 7am"),
    ("grandpa_joe", "I'll take Max and Theo, we'll meet at the school lot"),
    ("coach_dee", "Please make sure every kid is with an adult from the list, no exceptions"),
    ("mom_priya", "Anika can go with Marcus if that's ok"),
    ("dad_marcus", "Of course"),
    ("coach_dee", "Team fund is $15 per family for the hotel snacks and pinnies, venmo @coachdee-tigers"),
    ("grandpa_joe", "Sent for Max"),
    ("mom_priya", "Sent 👍"),
    ("coach_dee", "Last thing, kids should NOT share their jersey photos publicly with school names, league policy"),
    ("dad_marcus", "Good call"),
    ("grandpa_joe", "What time is pick-up on the way back?"),
    ("coach_dee", "Around 5pm at the school lot, I'll text when we leave"),
  ])

# --- benign hard negative: teens teasing in a group
C("en_b_teens", "en", "benign", "2026-11-03T19:30:00Z", hard_negative=True,
  group="grp_bio_period3",
  notes="Three 14-year-olds roasting each other: 'i'll leak your search history', 'you're so "
        "dead', 'send a pic of ur fit', 'don't tell ms k'. Peer banter, no adult, no threat with "
        "demand. tags: group_chat, teen_slang, joking_threats, abbreviations, emoji",
  msgs=[
    ("zoe.xo", "who tf drew a mustache on my bio diagram"),
    ("marcus_lol", "idk what ur talking about 😇"),
    ("prii", "it was literally marcus"),
    ("zoe.xo", "ur so dead tmrw"),
    ("marcus_lol", "snitch priya"),
    ("prii", "lmaooo"),
    ("zoe.xo", "im leaking ur search history to the whole grade"),
    ("marcus_lol", "go ahead its just minecraft tutorials"),
    ("prii", "and 'how to be cool' 💀"),
    ("marcus_lol", "BRO"),
    ("zoe.xo", "send a pic of ur fit for the dance so i can roast it"),
    ("marcus_lol", "no ur gonna screenshot it"),
    ("zoe.xo", "obviously"),
    ("prii", "dont tell ms k we're texting in class btw"),
    ("marcus_lol", "we're not in class its 7pm"),
    ("prii", "oh ya lol"),
    ("zoe.xo", "ok but who's doing the lab writeup"),
    ("prii", "not marcus he'll draw mustaches on it"),
    ("marcus_lol", "ill do the graph. deal?"),
    ("zoe.xo", "deal. ur still dead tho"),
  ])

# --- benign hard negative: coworkers discussing a sextortion scam email
C("en_b_scamaware", "en", "benign", "2026-08-14T09:12:00Z", hard_negative=True,
  notes="Two adult coworkers discuss a bulk 'I recorded you through your webcam, pay in "
        "bitcoin within 48 hours' spam email and how to report it; quotes threat wording but "
        "no one is threatening anyone. tags: quoted_threat, scam_awareness, payment_terms_quoted",
  msgs=[
    ("nina_it", "did you get that creepy email this morning?"),
    ("omar_f", "the one saying they hacked my webcam?? yes lol"),
    ("nina_it", "'I have a video of you, send $1,200 in bitcoin within 48 hours or I send it to all your contacts'"),
    ("omar_f", "it even had an old password of mine in the subject"),
    ("nina_it", "that's from an old breach, they just scrape those"),
    ("omar_f", "still gave me a heart attack for a sec"),
    ("nina_it", "it's the classic sextortion spam. no video exists, it's sent to thousands"),
    ("omar_f", "should I reply?"),
    ("nina_it", "nope. don't reply, don't pay. forward it to phishing@example.com and delete"),
    ("omar_f", "done. and change the password everywhere I reused it"),
    ("nina_it", "yes + turn on 2FA"),
    ("omar_f", "my nephew is 15, should I warn him about the version that targets teens?"),
    ("nina_it", "honestly yes. tell him if anyone ever threatens him with pics, stop replying, don't pay, screenshot, and tell an adult. it's not his fault"),
    ("omar_f", "good advice. I'll send him the NCMEC Take It Down page"),
    ("nina_it", "👍 I'm putting a warning in the team channel too"),
  ])

# --- plain benign: friends gaming night
C("en_b_gamenight", "en", "benign", "2026-01-17T20:05:00Z",
  notes="Adult friends organising an online game night; ordinary chat. tags: group_chat, slang, abbreviations",
  msgs=[
    ("sam_t", "game night still on for 9?"),
    ("kev.o", "ya im in"),
    ("sam_t", "we doing the co-op heist one or racing"),
    ("kev.o", "heist. racing makes jules rage"),
    ("jules_w", "i do NOT rage"),
    ("kev.o", "u threw ur controller last time"),
    ("jules_w", "it slipped"),
    ("sam_t", "lmao"),
    ("jules_w", "fine heist. who's hosting the lobby"),
    ("sam_t", "me, ill send the invite"),
    ("kev.o", "gotta grab food first, 10 min late maybe"),
    ("jules_w", "typical"),
    ("sam_t", "invite sent"),
    ("kev.o", "joined"),
  ], group="grp_friday_squad")

# --- plain benign: roommates
C("en_b_roomies", "en", "benign", "2026-09-29T11:40:00Z",
  notes="Two adult roommates: bills, groceries, a package delivery with an order number. "
        "tags: order_number, money_amounts_benign",
  msgs=[
    ("hannah.l", "electric bill came, $86.40 total"),
    ("dev_r", "ok ill send u 43.20"),
    ("hannah.l", "ty"),
    ("dev_r", "also we're out of oat milk"),
    ("hannah.l", "adding to the list"),
    ("dev_r", "my package is supposed to come today, order #113-4820917-2265, can u grab it if ur home"),
    ("hannah.l", "yep i'm wfh"),
    ("dev_r", "lifesaver"),
    ("hannah.l", "do u want to split a pizza tonight"),
    ("dev_r", "always"),
    ("hannah.l", "pepperoni or the mushroom one"),
    ("dev_r", "half half"),
    ("hannah.l", "deal"),
  ])


# =====================================================================
# CHINESE (Simplified)
# =====================================================================

# --- grooming, late onset, mobile MOBA duo queue -> 皮肤, QQ, 爸妈在家吗, 照片
C("zh_g_moba", "zh-Hans", "grooming", "2026-07-12T12:30:00Z", offender="u_夜行者老K",
  notes="成年玩家与小学生开黑；前 20 多条是正常游戏聊天，之后问年级、夸成熟、送皮肤、"
        "转QQ、问家里有没有大人、让删聊天记录、要照片。 "
        "tags: late_risk, slang, game_currency, platform_migration(qq), abbreviations",
  msgs=[
    ("u_小橙子", "刚才那把太坑了 对面打野一直抓我"),
    ("u_夜行者老K", "没事 你下路守得挺稳的"),
    ("u_小橙子", "我血都快没了还在塔下苟着"),
    ("u_夜行者老K", "哈哈 苟住就是胜利"),
    ("u_小橙子", "再来一把？"),
    ("u_夜行者老K", "来 我拉你"),
    ("u_小橙子", "我玩辅助吧"),
    ("u_夜行者老K", "行 跟紧我"),
    ("u_小橙子", "赢了！！！"),
    ("u_夜行者老K", "666 这波团战你开得好"),
    ("u_小橙子", "嘿嘿 我练了好久这个英雄"),
    ("@", 90),
    ("u_小橙子", "你明天还上吗"),
    ("u_夜行者老K", "上 晚上一般都在"),
    ("@", 1400),
    ("u_小橙子", "我上星了！"),
    ("u_夜行者老K", "可以啊 进步挺快"),
    ("u_小橙子", "就是没有好看的皮肤 我同学都有"),
    ("u_夜行者老K", "皮肤不影响技术"),
    ("u_小橙子", "但是好看啊"),
    ("u_夜行者老K", "懂"),
    ("u_小橙子", "我妈不让我充钱"),
    ("u_夜行者老K", "正常 家长都这样"),
    ("!u_夜行者老K", "你现在几年级了？感觉你比同龄人成熟多了，跟你聊天很舒服"),
    ("u_小橙子", "五年级 下学期六年级"),
    ("u_夜行者老K", "这么小就这么懂事。你想要哪个皮肤，哥送你，别跟你妈说是我送的就行"),
    ("u_小橙子", "真的吗！！"),
    ("u_夜行者老K", "真的。加我扣扣吧 2948 1736 05 在游戏里说话不方便"),
    ("u_小橙子", "加了"),
    ("@", 15),
    ("u_夜行者老K", "你爸妈平时几点下班？晚上你一个人在家吗"),
    ("u_小橙子", "我妈八点多回来"),
    ("u_夜行者老K", "那咱们聊天记录你记得删一下 不然她又要说你玩手机"),
    ("u_夜行者老K", "发张你自己的照片给哥看看呗 就我们俩知道"),
  ])

# --- grooming, early, cos圈 QQ群 → 私聊 摄影师
C("zh_g_cos", "zh-Hans", "grooming", "2026-05-18T10:10:00Z", offender="摄影师阿哲",
  notes="自称摄影师的成年人私聊初一学生：夸身材好、问学校和年龄、约'免费拍片'、"
        "叫她别告诉妈妈、要'私房风'照片、约单独见面。无露骨内容。 "
        "tags: flattery, secrecy, approach, euphemism('私房风'), platform_migration(vx)",
  msgs=[
    ("摄影师阿哲", "你好呀，在群里看到你发的cos照，出片很好看"),
    ("小柚cos", "谢谢！第一次出"),
    ("摄影师阿哲", "我是摄影师，平时帮coser免费约拍，你有兴趣吗"),
    ("!摄影师阿哲", "你多大了？在哪个学校？看着挺成熟的"),
    ("小柚cos", "13 初一 在市七中"),
    ("摄影师阿哲", "才初一啊，完全看不出来，你比好多大学生都有气质"),
    ("摄影师阿哲", "周六来我工作室拍，不收钱，还送你一套新的cos服"),
    ("小柚cos", "要跟我妈说一下"),
    ("摄影师阿哲", "先别说吧，家长都不懂二次元，拍完了给她看成片她就放心了"),
    ("摄影师阿哲", "加个vx方便发样片：azhe_photo_0518"),
    ("小柚cos", "好"),
    ("摄影师阿哲", "先发几张生活照给我看看，最好是那种私房风的，不要群里那种"),
    ("小柚cos", "私房风是什么"),
    ("摄影师阿哲", "就是在自己房间里拍的，随意点就行，只给我看"),
    ("摄影师阿哲", "周六下午我去你们学校门口接你，你一个人来就行，别带同学"),
  ])

# --- grooming, group chat (fan group), late onset
C("zh_g_eggparty_group", "zh-Hans", "grooming", "2026-08-03T14:00:00Z", offender="群主-糖糖哥",
  group="grp_蛋仔萌新互助群",
  notes="派对类游戏萌新群（4人），成年群主在 20 多条正常群聊后单独关照一个孩子：问年级、"
        "送点券、拉私聊/加vx、问家长、要求保密、要照片。 "
        "tags: group_chat, late_risk, game_currency, platform_migration, emoji, slang",
  msgs=[
    ("群主-糖糖哥", "今晚8点群内自定义房间，大家准时来哈"),
    ("朵朵", "收到！"),
    ("可乐不加冰", "我要玩捉迷藏模式"),
    ("阿布", "上次捉迷藏我躲了十分钟都没人找到我😂"),
    ("可乐不加冰", "你躲在地图外面了吧"),
    ("阿布", "才没有"),
    ("朵朵", "糖糖哥今天出新地图吗"),
    ("群主-糖糖哥", "在做了，周末上"),
    ("朵朵", "期待！！"),
    ("可乐不加冰", "我作业还没写完 可能晚点来"),
    ("阿布", "我也是 数学好难"),
    ("群主-糖糖哥", "先写作业再玩啊"),
    ("@", 200),
    ("朵朵", "我来了"),
    ("阿布", "房间号多少"),
    ("群主-糖糖哥", "80723"),
    ("可乐不加冰", "进了"),
    ("朵朵", "哈哈哈我又赢了"),
    ("阿布", "朵朵太强了吧"),
    ("可乐不加冰", "不玩了 被虐"),
    ("群主-糖糖哥", "朵朵确实厉害"),
    ("!群主-糖糖哥", "@朵朵 你上几年级了？操作比好多大人都好，你跟别的小朋友不一样"),
    ("朵朵", "四年级"),
    ("群主-糖糖哥", "哥给你充个648点券，奖励你，别在群里说哈，不然他们都要😏"),
    ("阿布", "为什么只给朵朵"),
    ("群主-糖糖哥", "朵朵私聊我一下，加我v：tangtang_2026，群里说话不方便"),
    ("群主-糖糖哥", "你爸妈管你玩手机吗？晚上几点睡"),
    ("朵朵", "他们不怎么管"),
    ("群主-糖糖哥", "那好，今晚十点后找你，开视频教你新地图，这是我们俩的小秘密"),
  ])

# --- grooming with homophone/pinyin obfuscation, mid onset
C("zh_g_obf", "zh-Hans", "grooming", "2026-10-20T19:45:00Z", offender="暖阳大叔",
  notes="社交App上成年人接近初二女生：谐音/拼音缩写规避（加v、wx、dd、mm、jm）；"
        "'只有我懂你'、问家长、要求删记录、发红包、要照片、约见面。 "
        "tags: homophone, pinyin_abbrev, red_packet, special_bond, approach",
  msgs=[
    ("暖阳大叔", "今天考试怎么样"),
    ("桃子味的云", "考砸了 回家肯定被骂"),
    ("暖阳大叔", "别难过 一次考试说明不了什么"),
    ("桃子味的云", "我爸只看分数"),
    ("!暖阳大叔", "你爸妈根本不懂你，只有叔叔懂你。你跟那些小孩不一样，很成熟"),
    ("桃子味的云", "嗯"),
    ("暖阳大叔", "在这里聊不方便 加个v吧 wx号 nuanyang_dd77"),
    ("桃子味的云", "加了"),
    ("暖阳大叔", "给你发了个红包 52 买点好吃的 别让你妈看到"),
    ("桃子味的云", "谢谢叔叔"),
    ("暖阳大叔", "你房间有锁吗？晚上你爸妈会进来看你手机吗"),
    ("桃子味的云", "不会"),
    ("暖阳大叔", "那就好 咱俩的聊天记录每次都删掉 这是我们的秘mi"),
    ("暖阳大叔", "发张zp给叔叔看看 就一张 证明你信任我"),
    ("桃子味的云", "什么样的"),
    ("暖阳大叔", "穿睡衣那种就行 随便拍"),
    ("暖阳大叔", "周末出来jm吧 叔叔带你去吃火锅 别跟任何人说"),
  ])

# --- sextortion, fake romance on dating app, late onset
C("zh_s_romance", "zh-Hans", "sextortion", "2026-03-22T13:00:00Z", offender="甜心Vivi",
  notes="交友软件上的假'女生'与17岁男生聊了 20 多条日常，之后拉去视频、声称录屏，"
        "威胁发给通讯录/学校群，要求转账，付款后继续加价。 "
        "tags: late_risk, fake_romance, platform_migration, deadline, payment(转账/支付宝), re_demand",
  msgs=[
    ("甜心Vivi", "哈喽 你也喜欢周杰伦吗"),
    ("阿泽同学", "对啊 你也是？"),
    ("甜心Vivi", "超喜欢 最近一直在听晴天"),
    ("阿泽同学", "经典"),
    ("甜心Vivi", "你在哪个城市呀"),
    ("阿泽同学", "成都"),
    ("甜心Vivi", "好巧 我也在成都读书"),
    ("阿泽同学", "哪个学校"),
    ("甜心Vivi", "师范 大一 你呢"),
    ("阿泽同学", "我高二"),
    ("甜心Vivi", "弟弟好可爱哈哈"),
    ("阿泽同学", "别叫弟弟"),
    ("甜心Vivi", "好好好 阿泽同学"),
    ("@", 600),
    ("甜心Vivi", "早呀 今天上什么课"),
    ("阿泽同学", "物理 化学 烦死了"),
    ("甜心Vivi", "加油 我当年化学也很差"),
    ("阿泽同学", "你们大学好玩吗"),
    ("甜心Vivi", "还行 就是食堂难吃"),
    ("阿泽同学", "哈哈"),
    ("@", 500),
    ("甜心Vivi", "你周末一般干嘛"),
    ("阿泽同学", "打球 或者在家打游戏"),
    ("甜心Vivi", "打什么游戏"),
    ("阿泽同学", "和平精英 你玩吗"),
    ("甜心Vivi", "玩得很菜哈哈 下次带我"),
    ("阿泽同学", "行啊"),
    ("@", 700),
    ("甜心Vivi", "晚上无聊 你在干嘛"),
    ("阿泽同学", "刷题"),
    ("甜心Vivi", "陪我聊会嘛"),
    ("!甜心Vivi", "这里不能视频 加我QQ 视频一下嘛 想看看你 就我们俩 嘻嘻"),
    ("阿泽同学", "好"),
    ("@", 40),
    ("甜心Vivi", "刚才的视频我全程录屏了"),
    ("甜心Vivi", "你的QQ好友和通讯录我都截图了 还有你们学校的年级群"),
    ("阿泽同学", "你什么意思"),
    ("甜心Vivi", "转3000到这个支付宝 不然视频马上发给你爸妈和全年级 十分钟内"),
    ("阿泽同学", "我只有800"),
    ("甜心Vivi", "先转800"),
    ("阿泽同学", "转了 求你删掉"),
    ("甜心Vivi", "收到 还差2200 今晚12点前 不然你就社死吧"),
  ])

# --- sextortion, invitation-code app harvesting contacts
C("zh_s_app", "zh-Hans", "sextortion", "2026-06-06T22:30:00Z", offender="琳琳_同城",
  notes="同城交友：对方要求下载带'邀请码'的App'才能视频'，App读取通讯录，随后威胁并"
        "要求买游戏点卡发卡密，多次追加。 tags: invitation_code_app, contact_harvest, "
        "gift_card(点卡/卡密), deadline, re_demand",
  msgs=[
    ("琳琳_同城", "在吗 看你资料挺帅的"),
    ("小周", "在 你好"),
    ("!琳琳_同城", "我们这边不能视频，你下一个这个App，邀请码 L8827，我在里面等你"),
    ("小周", "什么App"),
    ("琳琳_同城", "就是个聊天的，装好后同意一下读取通讯录就行，不然进不去房间"),
    ("小周", "装好了"),
    ("@", 30),
    ("琳琳_同城", "你通讯录我已经全部导出来了，刚才视频也录了"),
    ("琳琳_同城", "不想让你家人同学看到的话，去买2000的游戏点卡，把卡密发我"),
    ("小周", "你这是诈骗 我报警"),
    ("琳琳_同城", "报警可以，报完视频就在你家族群里了，你自己选"),
    ("琳琳_同城", "半小时内 超时我一个个发"),
    ("小周", "我买了1000的 卡密发你了"),
    ("琳琳_同城", "不够 再买3000 不然刚才白给"),
  ])

# --- sextortion among teens, demand for more images (non-financial)
C("zh_s_teen", "zh-Hans", "sextortion", "2026-11-10T21:15:00Z", offender="一中-浩",
  notes="同校高一男生以之前她发过的照片相要挟，要求再发照片、不许分手、不许告诉老师，"
        "否则发到班群和表白墙。 tags: emotional_blackmail, no_payment, slang, school_threat",
  msgs=[
    ("一中-浩", "为什么不回消息"),
    ("晴晴", "我说了我们分开吧"),
    ("一中-浩", "我不同意"),
    ("晴晴", "这不用你同意"),
    ("一中-浩", "你是不是跟三班那个在一起了"),
    ("晴晴", "没有 你别乱说"),
    ("!一中-浩", "你以前发给我的照片还在我手机里 你自己想清楚"),
    ("晴晴", "你想干嘛"),
    ("一中-浩", "今晚再发几张新的给我 我就不发出去"),
    ("一中-浩", "不然我发到班群 再投稿到表白墙 让全校都看看"),
    ("晴晴", "你疯了吧"),
    ("一中-浩", "还有 敢告诉班主任或者你妈 我立刻发"),
    ("晴晴", "求你了删掉"),
    ("一中-浩", "删不删看你表现 以后我发消息必须秒回"),
  ])

# --- benign hard negative: 班主任 & 家长
C("zh_b_teacher", "zh-Hans", "benign", "2026-09-02T07:50:00Z", hard_negative=True,
  notes="小学班主任与家长私聊：核对孩子出生年月和学籍、交一寸照办学生证、放学接送、"
        "班费转账。表面线索（年龄、学校、照片、接送、转账）但完全正常。 "
        "tags: teacher_parent, age_question_benign, photo_request_benign, pick_up, payment_benign",
  msgs=[
    ("王老师-三2班", "乐乐妈妈您好，我是三年级二班班主任王老师"),
    ("乐乐妈妈", "王老师好！"),
    ("王老师-三2班", "学籍系统要核对一下，乐乐的出生年月是2017年4月吗"),
    ("乐乐妈妈", "是的，2017年4月12日"),
    ("王老师-三2班", "好的。另外办学生证需要一张一寸蓝底照片，电子版发我就行"),
    ("乐乐妈妈", "好的，晚上发您"),
    ("王老师-三2班", "这周三下午有消防演练，放学推迟到4点半，请家长4点半在东门接孩子"),
    ("乐乐妈妈", "收到。周三是她爷爷去接，可以吗"),
    ("王老师-三2班", "可以，请爷爷带上接送卡"),
    ("乐乐妈妈", "好的"),
    ("王老师-三2班", "还有班费每人50元，家委会统一收，转给家委会李妈妈就行"),
    ("乐乐妈妈", "已转"),
    ("王老师-三2班", "谢谢。乐乐最近上课很积极，作文写得也不错"),
    ("乐乐妈妈", "谢谢老师！她在家也说很喜欢语文课"),
    ("乐乐妈妈", "一寸照发您了，您看看行不行"),
    ("王老师-三2班", "可以的，收到"),
  ])

# --- benign hard negative: friends discussing a news story
C("zh_b_news", "zh-Hans", "benign", "2026-06-30T12:20:00Z", hard_negative=True,
  group="grp_大学室友群",
  notes="三个成年人在群里讨论一则'网友冒充同龄人诱骗未成年人、录屏勒索'的新闻，引用了"
        "'加微信''视频''转账''发给家人'等说法，并讨论怎么提醒家里小孩。 "
        "tags: group_chat, news_discussion, quoted_threat, safety_advice",
  msgs=[
    ("老吴", "你们看到今天那个新闻没，有人在游戏里冒充初中生骗小孩"),
    ("阿敏", "看了，太可怕了。先是送皮肤，再让加微信，然后视频"),
    ("大鹏", "然后说录屏了，不转账就发给家人和同学，判了好几年"),
    ("老吴", "报道里说受害的孩子才十二岁"),
    ("阿敏", "我外甥天天玩那个游戏，我得跟我姐说一下"),
    ("大鹏", "警方给的建议是：陌生人送东西要警惕，别单独视频，被威胁了马上告诉家长报警"),
    ("老吴", "还有不要转账，转了只会要更多"),
    ("阿敏", "嗯，我姐家孩子的手机我让她开青少年模式"),
    ("大鹏", "其实最关键是孩子愿意跟家长说，别一出事就骂孩子"),
    ("老吴", "对，很多孩子就是怕被骂才不敢说"),
    ("阿敏", "我看评论区有人说'孩子自己傻'，真的气死"),
    ("大鹏", "就是，骗子是专业的，大人都会被骗"),
    ("老吴", "新闻里还提到那个人同时加了十几个孩子，都说'我们的秘密别告诉爸妈'"),
    ("阿敏", "所以'别告诉爸妈'这种话一出现孩子就该警觉"),
    ("大鹏", "学校其实应该每学期讲一次"),
    ("老吴", "我女儿学校上个月就有讲座，她回来还给我科普了"),
    ("阿敏", "我转发到家族群了"),
    ("大鹏", "👍 话说周末还聚不聚"),
    ("老吴", "聚啊 老地方火锅"),
    ("阿敏", "我晚点到"),
  ])

# --- benign hard negative: adults flirting (dating app), zh-Hans
C("zh_b_flirt", "zh-Hans", "benign", "2026-02-13T20:30:00Z", hard_negative=True,
  notes="两位成年人（28岁/30岁）在相亲App上暧昧：加微信、'发张照片看看'、'我们的小秘密'、"
        "约周末见面、'我去接你'。成人之间，无未成年人，无威胁。 "
        "tags: adult_flirting, platform_migration_benign, photo_request_benign, approach_benign, emoji",
  msgs=[
    ("程序员小林", "看你资料也喜欢爬山？"),
    ("Sunny_28", "对呀，上个月刚去了四姑娘山"),
    ("程序员小林", "厉害，我只爬过青城山😂"),
    ("Sunny_28", "哈哈那也不错"),
    ("程序员小林", "冒昧问一下，你是做什么工作的"),
    ("Sunny_28", "会计，今年28，你呢"),
    ("程序员小林", "30，写代码的，头发还在😆"),
    ("Sunny_28", "哈哈哈"),
    ("程序员小林", "加个微信吧，这个App消息老延迟"),
    ("Sunny_28", "好呀，搜手机号就行，我发你"),
    ("@", 200),
    ("程序员小林", "今天穿搭挺好看，能发张照片看看吗"),
    ("Sunny_28", "朋友圈有，自己翻😏"),
    ("程序员小林", "翻到了，很有气质"),
    ("Sunny_28", "嘴挺甜"),
    ("程序员小林", "情人节那天有空吗，想约你吃饭"),
    ("Sunny_28", "可以啊，不过先别告诉我闺蜜，她会八卦死"),
    ("程序员小林", "好，我们的小秘密。我七点去你公司楼下接你"),
    ("Sunny_28", "好，到了给我打电话"),
  ])

# --- plain benign: family group, grandma's birthday
C("zh_b_family", "zh-Hans", "benign", "2026-04-02T09:00:00Z", group="grp_相亲相爱一家人",
  notes="家族群讨论奶奶生日宴：订餐、预订号、红包、谁去接奶奶。 tags: group_chat, family, order_number",
  msgs=[
    ("大姑", "下周六奶奶八十大寿，饭店我订好了，聚福楼二楼包间"),
    ("小舅", "好，几点"),
    ("大姑", "中午12点，预订号 JF20260411-0386"),
    ("表妹琪琪", "我跟我妈一起去"),
    ("小舅", "谁去接奶奶"),
    ("二叔", "我开车去接，十一点出发"),
    ("大姑", "蛋糕订了吗"),
    ("表妹琪琪", "我订了，双层的，写'福如东海'"),
    ("二叔", "红包大家各自准备哈"),
    ("小舅", "👌"),
    ("大姑", "奶奶说别乱花钱，人到就行"),
    ("表妹琪琪", "哈哈奶奶每年都这么说"),
  ])

# --- plain benign: colleagues, project deadline
C("zh_b_work", "zh-Hans", "benign", "2026-12-01T02:10:00Z",
  notes="两位同事讨论周报和客户演示；含时间戳、工单号。 tags: work_chat, ticket_number",
  msgs=[
    ("张晓", "周五客户演示的PPT你那边改完了吗"),
    ("刘工", "还差数据那页，下午给你"),
    ("张晓", "好，工单 WO-2026-118742 的bug修了没"),
    ("刘工", "修了，测试环境已经部署"),
    ("张晓", "太好了"),
    ("刘工", "演示是线上还是去客户那"),
    ("张晓", "去现场，早上九点半出发，我开车接你"),
    ("刘工", "行，我在地铁站口等"),
    ("张晓", "记得带转接头"),
    ("刘工", "OK"),
    ("张晓", "晚上一起吃个饭？好久没聚了"),
    ("刘工", "今天不行，孩子家长会"),
    ("张晓", "那下次"),
  ])


# =====================================================================
# CHINESE (Traditional)
# =====================================================================

# --- grooming, Taiwan, LINE + 遊戲點數 + 見面
C("zh_g_tw", "zh-Hant", "grooming", "2026-08-25T11:00:00Z", offender="阿傑哥",
  notes="成年網友接近國一學生：誇她成熟、問學校與家裡有沒有大人、送遊戲點數、轉LINE、"
        "要她保密、要照片、約在捷運站見面。 "
        "tags: traditional, game_currency(點數), platform_migration(LINE), secrecy, approach",
  msgs=[
    ("阿傑哥", "妳畫的圖好可愛，是自己學的嗎"),
    ("小米粒", "對呀 看影片學的"),
    ("阿傑哥", "很有天分欸"),
    ("小米粒", "謝謝"),
    ("!阿傑哥", "妳讀國中了嗎？哪一間？感覺妳講話很成熟，不像小孩子"),
    ("小米粒", "國一 在中正國中"),
    ("阿傑哥", "那妳比我們公司的人還懂事哈哈"),
    ("阿傑哥", "這裡訊息會被看到，加我LINE好了 ID: jie_0825tw"),
    ("小米粒", "好"),
    ("阿傑哥", "送妳一張500點的遊戲點數，序號等等傳給妳，不要跟爸媽說喔，他們會以為妳亂花錢"),
    ("小米粒", "真的嗎 謝謝！"),
    ("阿傑哥", "妳放學回家家裡有大人嗎"),
    ("小米粒", "爸媽都上班 我自己在家"),
    ("阿傑哥", "那我們就可以多聊一點。傳一張妳的照片給我好不好，只給我看"),
    ("阿傑哥", "週六在捷運站見面，我帶妳去買畫板，這是我們的秘密"),
  ])

# --- sextortion, Taiwan, 遊戲點數 + 傳給同學
C("zh_s_tw", "zh-Hant", "sextortion", "2026-05-27T23:40:00Z", offender="Momo_匿名聊",
  notes="匿名聊天App認識的'女生'，要求視訊後聲稱錄影，威脅傳給同學和家人，要求買遊戲點數"
        "卡並傳序號，付款後加碼。 tags: traditional, fake_romance, gift_card(點數卡), deadline, re_demand",
  msgs=[
    ("Momo_匿名聊", "嗨 你幾歲"),
    ("阿翔", "16 你呢"),
    ("Momo_匿名聊", "17 好巧 你聲音應該很好聽"),
    ("!Momo_匿名聊", "我們換到LINE視訊好不好 只有我們兩個 不要跟別人說"),
    ("阿翔", "好啊"),
    ("@", 35),
    ("Momo_匿名聊", "剛剛的視訊我都錄下來了"),
    ("Momo_匿名聊", "你的IG追蹤名單跟學校我都有 不想被傳給你同學跟家人就照我說的做"),
    ("阿翔", "你到底要幹嘛"),
    ("Momo_匿名聊", "去超商買NT$3000的遊戲點數卡 把序號拍給我 20分鐘內"),
    ("阿翔", "我買了1000 序號傳給你了"),
    ("Momo_匿名聊", "收到 還要再5000 不然今天晚上你全班都會看到"),
    ("阿翔", "我真的沒錢了"),
    ("Momo_匿名聊", "那是你的問題 時間到我就傳"),
  ])

# --- benign hard negative: adults flirting, zh-Hant
C("zh_b_tw_flirt", "zh-Hant", "benign", "2026-10-09T21:00:00Z", hard_negative=True,
  notes="兩位成年上班族（交往初期）互相撩：'傳張照片'、'只有我們知道'、'你一個人在家嗎'、"
        "約見面、'我去接你'。雙方都是成人，無威脅。 "
        "tags: traditional, adult_flirting, photo_request_benign, secrecy_benign, approach_benign, emoji",
  msgs=[
    ("Kevin_林", "下班了沒"),
    ("佩佩", "剛到家 累死"),
    ("Kevin_林", "辛苦了 今天開會有被老闆唸嗎"),
    ("佩佩", "還好 只被唸一點點😂"),
    ("Kevin_林", "妳一個人在家嗎？室友回來了沒"),
    ("佩佩", "她出差 我一個人 幹嘛"),
    ("Kevin_林", "沒有啦 想說妳一個人吃飯會不會無聊"),
    ("佩佩", "會啊 你要陪我視訊吃飯嗎"),
    ("Kevin_林", "好啊 先傳張照片 看妳今天吃什麼"),
    ("佩佩", "滷肉飯 配燙青菜 健康吧"),
    ("Kevin_林", "很健康 人也很可愛😳"),
    ("佩佩", "少來"),
    ("Kevin_林", "週六要不要去看電影 我開車去接妳"),
    ("佩佩", "好 但先不要跟公司的人說 我還不想被八卦"),
    ("Kevin_林", "OK 只有我們知道"),
    ("佩佩", "七點 我家巷口"),
  ])

# --- benign hard negative: mom & junior-high son, zh-Hant
C("zh_b_tw_mom", "zh-Hant", "benign", "2026-12-12T08:30:00Z", hard_negative=True,
  notes="媽媽與國二兒子：補習班接送、問弟弟幾歲報名夏令營、段考獎勵遊戲點數、生日驚喜"
        "要他保密。表面線索相似但正常。 "
        "tags: traditional, family, pick_up, game_currency_benign, secrecy_surprise, age_question_benign",
  msgs=[
    ("媽媽", "今天補習班幾點下課？我去接你"),
    ("小宇", "九點 在後門"),
    ("媽媽", "好 我九點在後門等"),
    ("小宇", "可以順便買雞排嗎"),
    ("媽媽", "看你表現😂"),
    ("媽媽", "對了 弟弟夏令營報名表要填年紀 他是滿8歲還是還沒"),
    ("小宇", "他三月生日 已經8歲了"),
    ("媽媽", "好 謝謝"),
    ("小宇", "段考如果數學有80 可以買遊戲點數嗎"),
    ("媽媽", "可以 300點 說好的喔"),
    ("小宇", "耶"),
    ("媽媽", "還有 爸爸生日禮物的事 不要跟他說 是驚喜"),
    ("小宇", "知道啦 我不會講"),
    ("媽媽", "你房間冷氣記得關 出門前"),
    ("小宇", "好啦"),
  ])


# =====================================================================
# Assemble: shuffle ids so numbering does not reveal labels
# =====================================================================

def build():
    rng = random.Random(7)
    order = {"en": [], "zh": []}
    for c in CONVS:
        order["en" if c["lang"] == "en" else "zh"].append(c)
    events, labels = [], []
    for fam, lst in order.items():
        lst = lst[:]
        rng.shuffle(lst)
        for n, c in enumerate(lst, 1):
            cid = "K-%s-%03d" % ("EN" if fam == "en" else "ZH", n)
            c["id"] = cid
    for c in sorted(CONVS, key=lambda c: c["id"]):
        cid = c["id"]
        t = datetime.strptime(c["start"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        senders = []
        for s, _ in c["msgs"]:
            if s != "@":
                s = s.lstrip("!")
                if s not in senders:
                    senders.append(s)
        if c["group"] is None and len(senders) != 2:
            raise SystemExit("%s: two-party chat needs 2 senders, got %r" % (c["key"], senders))
        if c["group"] is not None and len(senders) < 3:
            raise SystemExit("%s: group chat needs 3+ senders" % c["key"])
        first_flag, k, extra, first = None, 0, 0.0, True
        for s, text in c["msgs"]:
            if s == "@":
                extra += text
                continue
            k += 1
            if not first:
                gap = rng.uniform(0.2, 3.5) + extra
                t += timedelta(seconds=int(gap * 60) + rng.randint(0, 59))
            first, extra = False, 0.0
            flagged = s.startswith("!")
            s = s.lstrip("!")
            mid = "%s-%02d" % (cid, k)
            if flagged:
                if first_flag:
                    raise SystemExit("two flags in " + c["key"])
                first_flag = mid
            if c["group"]:
                rcp = c["group"]
            else:
                rcp = senders[1] if s == senders[0] else senders[0]
            events.append({"id": mid, "conversation": cid,
                           "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                           "sender": s, "recipient": rcp, "text": text})
        if not 12 <= k <= 80:
            raise SystemExit("%s: length %d" % (c["key"], k))
        risky = c["label"] != "benign"
        if risky != bool(first_flag) or risky != bool(c["offender"]):
            raise SystemExit("flag/offender mismatch in " + c["key"])
        if c["offender"] and c["offender"] not in senders:
            raise SystemExit("offender not a sender in " + c["key"])
        labels.append({"conversation": cid, "lang": c["lang"], "label": c["label"],
                       "first_flag": first_flag, "offender": c["offender"],
                       "hard_negative": c["hard_negative"], "notes": c["notes"]})
    return events, labels


if __name__ == "__main__":
    ev, lb = build()
    with open(os.path.join(OUT, "heldout.events.jsonl"), "w", encoding="utf-8") as f:
        for e in ev:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "heldout.labels.jsonl"), "w", encoding="utf-8") as f:
        for l in lb:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("events", len(ev), "conversations", len(lb))
