#!/usr/bin/env python3
"""Build messages_e.jsonl: held-out set E of single messages for Vigil.

All rows are synthetic and hand-written for this set (writer E), without
access to Vigil's lexicon, source or development texts. Handles are invented.
Mechanical obfuscations (zero-width, full-width, Cyrillic confusables) are
applied by markup:  {zw:...}  {fw:...}  {cf:...}
Run:  python3 gen_messages_e.py   (deterministic; rewrites messages_e.jsonl)
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "messages_e.jsonl")

LAB = {"C": "csam_trading", "S": "solicitation", "X": "sextortion"}
OBF_OK = {"homophone", "pinyin", "separator", "confusable", "fullwidth", "leetspeak",
          "emoji", "split_char", "traditional", "zero_width", "spacing"}

# (lang, labels, obfuscation, hard_negative, text, notes)
ROWS = [
# ---------------------------------------------------------------- en: csam_trading (21)
("en", "C", "", 0, "restocked the junior archive 📁 grade school sets only, 40 folders, $60 lifetime. dm @pinecrate_stash for the key", "advert: grade-school 'archive' sold as lifetime access"),
("en", "C", "", 0, "anyone got the lil league vault? the one w/ the under-12 folders. paying btc, serious buyers only", "buyer seeking under-12 collection"),
("en", "C", "emoji", 0, "new drop: sprout pack vol 9 👶📦 fresh, nothing from the old trades. $35 gift card → invite link", "invented code 'sprout pack' + baby emoji standing for child; paid invite"),
("en", "C", "leetspeak", 0, "s3lling y0ung3r s1s c0ll3ction 13 & und3r, 2gb, m3ga l1nk 4 $50 btc", "leetspeak advert, under-13 collection for sale"),
("en", "C", "", 0, "trading only. got ~300 of the middle school mirror stuff, want anything primary age. no cops, verify w/ one of ur own first", "swap offer with vetting by own files"),
("en", "C", "", 0, "Private server 'Recess Club' reopening. entry = 20 usd or upload 10 new files of the small ones. link rotates daily, check bio", "contribution-gated group, children files"),
("en", "C", "", 0, "wts: kinder kit lifetime pass. 4 tiers, top tier is the under 10 stuff. xmr only. @tallgrass_depot", "tiered paid access, under-10 material"),
("en", "C", "confusable", 0, "{cf:junior vault} back up, under-13 only, 25$ per month, link in channel", "Cyrillic look-alikes in the product name"),
("en", "C", "spacing", 0, "u n d e r 1 2 folder swap, dm me w what u got, no adults", "spaced age code, swap request"),
("en", "C", "separator", 0, "p.r.e.t.e.e.n | f.o.l.d.e.r.s | weekly update | dm for price list", "separator-obfuscated advert for preteen folders"),
("en", "C", "", 0, "looking for the 'baby teeth' folder, the 8-10 yo stuff ppl keep mentioning. can pay in amazon cards, dm", "buyer, invented code + child age + payment"),
("en", "C", "", 0, "group rules: no adults in uploads. newbies post 5 fresh kid files within 48h or get kicked. vip gets early access", "rules of a contribution-gated abuse group"),
("en", "C", "zero_width", 0, "tiny {zw:vault} reopened. grade 3-6 only. $40 perm, ask for the mirror", "zero-width split in 'vault'; grade 3-6 paid access"),
("en", "C", "fullwidth", 0, "{fw:UNDER13} pack for sale, cashapp only, no samples, dm", "full-width age code"),
("en", "C", "", 0, "小学 pack in stock, $30 via usdt, tg @mooncrate_07, private stuff not school photos", "bilingual reseller advert (primary-school pack)"),
("en", "C", "", 0, "my cousin's old drive has private stuff of little kids, not family pics. anyone wanna buy the whole thing? 200 obo", "selling a drive of child material"),
("en", "C", "emoji", 0, "🧒🏻📂 new set just landed, 2nd grade age, link for 15 🪙 usdt", "emoji advert; child + folder emoji, price"),
("en", "C", "", 0, "Reseller here: split the playground mega into 12 parts, $8 each or $70 all. no samples to unverified ppl", "reseller splitting a child-material archive (invented 'playground mega')"),
("en", "C", "", 0, "ISO anyone selling the homeschool tapes (the real ones, under 11). will pay crypto, dm", "buyer, coded 'homeschool tapes', under-11"),
("en", "C", "leetspeak emoji", 0, "k1dz c0rn3r 🔒 vip 30/mo, n0 f4k3s, all 9-12 🔞", "leetspeak + emoji, paid VIP for 9-12 year olds"),
("en", "CS", "", 0, "selling the grade school mega 45$. also paying 20 per pic if ur under 14 and send ur own, dm", "sells material and buys minors' self-made images"),
# ---------------------------------------------------------------- en: solicitation (18)
("en", "S", "", 0, "new in town 2 nights only, 150/hr 300 overnight, incall near the airport, book thru the app in my bio", "paid sexual service advert"),
("en", "S", "", 0, "looking for a girl to keep me company tonight at the hotel by the station, will pay well, no pros", "seeking paid company"),
("en", "S", "", 0, "any girls 13-15 wanna make easy money? just send a few pics, i pay in robux or vbucks. dm me on discord", "offers minors game currency for images"),
("en", "S", "", 0, "u 14? i'll send u a 50 gift card if u do a cam chat w me, nobody has to know", "minor asked for cam chat for gift card, secrecy"),
("en", "S", "", 0, "sugar daddy looking for a high school gf, allowance 500/wk, must keep it from ur parents", "offers money to a minor, secrecy"),
("en", "S", "", 0, "full gf experience avail tmrw, outcall only, 2hr min, deposit via cashapp to lock in", "escort advert"),
("en", "S", "spacing", 0, "h o t  m a s s a g e  w/ extras, 80 half hr, ask for Lily at the back door", "spaced massage-with-extras advert"),
("en", "S", "confusable", 0, "{cf:private sessions} available, no rush, donation based, hotel calls welcome", "Cyrillic look-alikes; donation-based sessions"),
("en", "S", "", 0, "hiring models age 14+, send full body pics to get paid, $200 per set, no parents needed", "fake modelling job: image request to minors, excludes parents"),
("en", "S", "", 0, "anyone near Leeds do the happy ending thing? cash, not the chain places", "seeking paid sexual massage"),
("en", "S", "emoji", 0, "free tonight? 🍑💸 dm for menu, cars & hotels only", "emoji-coded paid service"),
("en", "S", "leetspeak", 0, "3sc0rt s3rv1c3 24/7 upscale, c4sh only, n0 c0ps", "leetspeak escort advert"),
("en", "S", "", 0, "paying any teen boy $100 to video chat w me on a private app. im safe, ask around", "offers minors money for private video chat"),
("en", "S", "", 0, "my page is paid content only, also do meetups for the right price, dm rates", "paid meetups"),
("en", "S", "", 0, "looking for someone really young to hang out with, I'll cover everything, gifts, cash, whatever u want. dont tell ur mom", "offers gifts/cash to a minor with secrecy"),
("en", "S", "fullwidth", 0, "{fw:INCALL ONLY} 2 girls available tonight, 120 short visit, 400 all night", "full-width incall advert"),
("en", "S", "", 0, "which of u middle schoolers want free Robux? send a pic of urself in ur pjs and I'll send 800", "asks minors for images for game currency"),
("en", "S", "", 0, "visiting Vegas this weekend, need a companion for the night, $$$ negotiable, discreet", "seeking paid companion for the night"),
# ---------------------------------------------------------------- en: sextortion (10)
("en", "X", "", 0, "I recorded our video call. 500 in Steam cards in 2 hours or every one of ur followers gets the clip, starting with ur mom", "recorded call, gift cards, deadline, distribution threat"),
("en", "X", "", 0, "Remember what you sent me? I made a collage w your school and your basketball team tagged. $300 cashapp by 10pm or I post it", "collage proof, deadline, payment"),
("en", "X", "", 0, "you think blocking me works? i still have all your pics. pay or they go to your church group", "possession claim after block"),
("en", "X", "", 0, "Last warning. Screenshot of your contacts attached. 200 USD in BTC to the wallet in 30 min. After that I start sending.", "contact-list screenshot, crypto, countdown"),
("en", "X", "", 0, "ur ex gave me the pics lol. do what i say or i drop them in the class gc", "coercion with images from an ex"),
("en", "X", "leetspeak", 0, "i h4ve ur v1d. s3nd $250 g1ft c4rd or i l34k it 2 every1 u kn0w", "leetspeak financial sextortion"),
("en", "X", "", 0, "If you don't send more I'll show your parents the ones you already sent. your choice", "demand for more images"),
("en", "X", "separator", 0, "p.a.y or e.v.e.r.y.o.n.e sees it. 100 apple card code, now", "separator, gift-card demand"),
("en", "X", "", 0, "Hi Tyler, I have your private recording from last night. Your followers list is saved. Send $400 via Zelle and I'll delete it. You have till midnight.", "scripted extortion with followers list"),
("en", "X", "", 0, "i screen recorded the whole facetime, ur friends will love it. 150 in roblox cards or its on tiktok by morning", "recorded call, game cards"),
# ---------------------------------------------------------------- en: hard negatives (38)
("en", "", "", 1, "ok but the CP of the season is obviously Jin x Mara, fight me", "hard negative: fandom CP = couple pairing"),
("en", "", "", 1, "anyone have fic recs for my fave CP? slow burn pls, no major character death", "hard negative: fandom CP"),
("en", "", "", 1, "Lolita meetup this Sat at the tea room, wear ur best sweet or classic coord! $25 incl. scones", "hard negative: Lolita fashion meetup with price"),
("en", "", "", 1, "WTS: Angelic Pretty JSK, size M, worn twice, $180 shipped. lolita fashion gals dm", "hard negative: Lolita fashion resale"),
("en", "", "", 1, "Reminder: Picture Day for grades K-5 is Thursday. Order forms and the $18 package payment are due Wednesday.", "hard negative: school notice, grades + photos + price"),
("en", "", "", 1, "Selling my daughter's outgrown clothes bundle, ages 4-6, 30 pieces, $40, pickup only", "hard negative: second-hand kids' clothes with ages and price"),
("en", "", "", 1, "Swim lessons for ages 5-12, 8 weeks $120, small groups, certified coaches. Register at the front desk.", "hard negative: kids' class with ages and price"),
("en", "", "", 1, "Coach Dan here - I'll pick up Ethan and Noah from school at 3:30 for practice, parents pls confirm in the team chat", "hard negative: coach pick-up arranged openly with parents"),
("en", "", "", 1, "News: Man, 41, jailed for selling child abuse files in paid chat groups. Police say he called the folders 'school packs' and took gift cards.", "hard negative: news report quoting offender codes"),
("en", "", "", 1, "PSA from our school resource officer: predators offer kids Robux or V-Bucks for photos. If someone asks your child for pics, screenshot and report.", "hard negative: police safety advice"),
("en", "", "", 1, "Parents: if you see terms like 'junior pack' or 'vault link' in your kid's DMs, that's a red flag. talk to them and report it.", "hard negative: safety talk quoting codes"),
("en", "", "", 1, "lmao if u don't buy me a coffee tmrw I'm posting the video of u falling off the trampoline to the group chat", "hard negative: joke threat between friends"),
("en", "", "", 1, "bro pay me back the 20 or the karaoke video goes on my story 😂", "hard negative: joke threat, money + video"),
("en", "", "", 1, "Licensed massage therapy, deep tissue & sports, 60 min $85, insurance receipts available. Book online.", "hard negative: licensed massage with price"),
("en", "", "", 1, "Medical escort service: we accompany seniors to hospital appointments, $35/hr, CPR certified staff", "hard negative: escort = hospital companion"),
("en", "", "", 1, "Outcall IT support! We come to your home or office, virus removal & wifi setup, $60 first hour", "hard negative: outcall IT"),
("en", "", "", 1, "how old is your little one? mine is 7 and we're looking for playdate buddies near Elm Park", "hard negative: parent asking a child's age"),
("en", "", "", 1, "31M, looking to meet a woman 28-38 for dinner and drinks, no hookups, just real connection", "hard negative: adult dating"),
("en", "", "", 1, "Selling kids' bike 20in, fits approx 6-9 yrs, $45, barely used, cash on pickup", "hard negative: child ages + price"),
("en", "", "", 1, "my 12 yo has started asking for Roblox gift cards every week, how do you all handle allowance?", "hard negative: parent, minor + gift cards"),
("en", "", "", 1, "Babysitter needed for two kids (4 and 7) Fri nights, $20/hr, must have references", "hard negative: paid childcare"),
("en", "", "", 1, "Teen volunteers (14-17) wanted for the summer reading program at the library, service hours provided", "hard negative: teens recruited openly"),
("en", "", "", 1, "Our private VIP lounge membership is $50/mo: quiet workspace, coffee, weekend events. Sign up at the desk.", "hard negative: paid VIP membership"),
("en", "", "", 1, "happy anniversary babe, you looked so good last night 😍 dinner at 8 again? I'll book the private room", "hard negative: adults flirting (spouse)"),
("en", "", "", 1, "Photographer booking: newborn & family sessions, $150, digital gallery included. DM for dates", "hard negative: child photos + price + DM"),
("en", "", "", 1, "Cheese pizza and wings, $12.99 family deal every Tuesday! kids eat free w/ adult meal", "hard negative: literal pizza"),
("en", "", "", 1, "Finished Lolita by Nabokov for book club. unreliable narrator done right but so uncomfortable. discuss Thurs.", "hard negative: the novel"),
("en", "", "", 1, "Police warning: scammers record video calls to extort teens. Never pay, keep the messages, and report it to police.", "hard negative: sextortion warning"),
("en", "", "", 1, "Tutor available: grades 3-8 math, $30/hr, can meet at the library or online, parents welcome to sit in", "hard negative: tutor with grades + price"),
("en", "", "", 1, "ugh my little brother keeps threatening to show mom my old diary pics unless I do his chores lol", "hard negative: sibling joke threat"),
("en", "", "", 1, "Kids' art class, ages 6-10, supplies included, $15 per session. Sibling discount!", "hard negative: kids' class price"),
("en", "", "", 1, "WTB: pokemon card collection, will pay cash for a complete base set, dm me", "hard negative: collection + pay + dm"),
("en", "", "", 1, "new group rules: no spam, no selling, be nice to the newbies, mods can kick anyone who breaks them", "hard negative: group rules"),
("en", "", "", 1, "Looking for young talent! Open auditions for Annie, ages 8-14, a parent must attend the audition.", "hard negative: child casting with parents"),
("en", "", "", 1, "Reminder to U12 soccer parents: uniforms are $35, cash or venmo to the treasurer by Friday", "hard negative: U12 + price"),
("en", "", "", 1, "Our support group for parents of kids with CP meets Tuesdays. a physical therapist will answer questions.", "hard negative: CP = cerebral palsy"),
("en", "", "", 1, "anyone selling a mega bundle of 2nd grade worksheets? the teacher sites are so pricey", "hard negative: grade + bundle + buying"),
("en", "", "", 1, "My daughter (15) got a DM from a stranger offering gift cards for pics. We reported and blocked. Check your kids' apps, folks.", "hard negative: parent reporting solicitation"),
# ---------------------------------------------------------------- en: plain benign (18)
("en", "", "", 0, "anyone know if the 42 bus is running today? stuck at the stop", "plain"),
("en", "", "", 0, "this recipe for lemon bars is unreal, thank you Marcy", "plain"),
("en", "", "", 0, "Lost cat near Oak St, grey tabby, answers to Pickle. pls dm if seen", "plain"),
("en", "", "", 0, "what time does the farmers market close on sundays", "plain"),
("en", "", "", 0, "lol the game last night was a disaster, refs were blind", "plain"),
("en", "", "", 0, "does anyone have a good plumber rec? kitchen sink is leaking again", "plain"),
("en", "", "", 0, "Just finished my first half marathon!! 2:04, legs are dead", "plain"),
("en", "", "", 0, "Free couch, you pick up, 3rd floor no elevator sorry", "plain"),
("en", "", "", 0, "who's going to the concert friday? need a ride from downtown", "plain"),
("en", "", "", 0, "my sourdough starter died again, I give up", "plain"),
("en", "", "", 0, "Happy birthday Jess!! 🎂 hope it's a great one", "plain"),
("en", "", "", 0, "is the library open on the holiday monday?", "plain"),
("en", "", "", 0, "changed carriers, same number, if my texts look weird that's why", "plain"),
("en", "", "", 0, "Can someone explain the new parking rules on campus? the signs make no sense", "plain"),
("en", "", "", 0, "Raining again. guess it's a movie night", "plain"),
("en", "", "", 0, "Just adopted a rescue dog, any tips for crate training?", "plain"),
("en", "", "", 0, "the wifi in the dorm is so slow rn, anyone else?", "plain"),
("en", "", "", 0, "Garage sale this Saturday 8am-1pm, tools, books, lamps, 14 Birch Lane", "plain"),
# ---------------------------------------------------------------- zh-Hans: csam_trading (27)
("zh-Hans", "C", "", 0, "小学期“课件”更新了 三到六年级全套 不是教材 懂的来 永久88 网盘秒发", "invented code 课件 + primary grades + lifetime price"),
("zh-Hans", "C", "", 0, "收小芽类的 越小越好 有存货的滴滴 价格好说 只要原片", "buyer, invented code 小芽"),
("zh-Hans", "C", "", 0, "幼苗园新一期已上架 十岁以下专区 入园费66 纸飞机搜园丁", "paid group, under-10 section"),
("zh-Hans", "C", "split_char", 0, "幺力女合辑 20G 68一份 拍下自动发", "幼 written as 幺力"),
("zh-Hans", "C", "homophone", 0, "釉女小视屏 每日更新 vip群198永久 私我", "釉女 = 幼女, 视屏 = 视频"),
("zh-Hans", "C", "pinyin", 0, "出 yn 合集（12以下）三十一套 +v 看目录", "pinyin initials yn; under-12 sets"),
("zh-Hans", "C", "", 0, "换图 只换初中以下的 先发三张证明你不是条子", "swap with vetting"),
("zh-Hans", "C", "", 0, "有没有大佬有那个红领巾系列的原档 私密那种 可以付费", "buyer, invented code 红领巾系列"),
("zh-Hans", "C", "separator", 0, "幼.苗.包 / 第十二期 / 小.学.段 / 私聊拉群", "separator advert"),
("zh-Hans", "C", "emoji", 0, "🌱🌱包更新 👧🏻低年级 💰50 📩私", "emoji advert, lower grades"),
("zh-Hans", "C", "", 0, "群里新来的先看公告：只收十四岁以下的东西 大人的一律踢 会员每月更新两次", "group rules of an abuse-material group"),
("zh-Hans", "C", "", 0, "转卖一个硬盘 里面全是小学生的私密视频 打包两千 诚心要的来", "selling a drive"),
("zh-Hans", "C", "traditional", 0, "幼齒合集 新貨到 永久會員128 私聊", "Traditional characters mixed into a zh-Hans advert"),
("zh-Hans", "C", "", 0, "收藏级童年相册 非家庭照 你懂的 一百五一份 不议价", "coded 'childhood album', not family photos"),
("zh-Hans", "C", "zero_width", 0, "{zw:小学生}合集 网盘链接 拍下自动发货", "zero-width split"),
("zh-Hans", "C", "fullwidth", 0, "{fw:u12} 资源 包月{fw:30} 私信", "full-width u12"),
("zh-Hans", "C", "", 0, "咸鱼上挂的“儿童绘本”其实是那种 懂的加我 别问太多", "marketplace cover listing"),
("zh-Hans", "C", "", 0, "求购 初一初二的偷拍合集 有的私我出价", "buyer of covert recordings of minors"),
("zh-Hans", "C", "", 0, "新群招人 入群条件：上传五个没见过的小朋友视频 或者交199", "contribution-gated group"),
("zh-Hans", "C", "", 0, "兄弟们 那个六一套装还有人出吗 去年那批 链接挂了 加价收", "buyer, invented code 六一套装"),
("zh-Hans", "C", "homophone", 0, "小盆友资元 全网最全 打包出 私信要目录", "小盆友 = 小朋友, 资元 = 资源"),
("zh-Hans", "C", "pinyin", 0, "xxs sp 合集 出 价格私 不刷单", "xxs = 小学生, sp = 视频"),
("zh-Hans", "C", "", 0, "频道会员永久制 主打小学高年级 每周更新 支付宝口令红包付款", "paid channel"),
("zh-Hans", "C", "", 0, "有没有人组团一起凑钱买那个未成年私藏包 一人出三十", "group buying"),
("zh-Hans", "C", "emoji", 0, "🐣系列 十岁内 🈶货 V我看目录 💰", "emoji advert"),
("zh-Hans", "C", "", 0, "换：我这有二十多个G初中妹的私房 想换更小的", "swap offer"),
("zh-Hans", "C", "", 0, "出二手网盘号 里面存的都是儿童那种 会员还没到期 三百出", "selling a storage account holding material"),
# ---------------------------------------------------------------- zh-Hans: solicitation (23)
("zh-Hans", "S", "homophone", 0, "本地上门 学生兼职 服务好 两百一次 包夜六百 加薇", "薇 = 微信"),
("zh-Hans", "S", "", 0, "招聘：13到16岁女生线上陪聊 日结 先发几张生活照审核 工资三百起", "fake job targeting minors, photo request"),
("zh-Hans", "S", "", 0, "有没有初中的小妹妹想赚零花钱 发几张照片就给红包 不会让你爸妈知道", "money for images from minors, secrecy"),
("zh-Hans", "S", "", 0, "出差到杭州 找个妹子陪一晚 价格好谈 要真人", "seeking paid service"),
("zh-Hans", "S", "pinyin", 0, "yp上门 全城一小时到 价格美丽 懂的来", "pinyin initials"),
("zh-Hans", "S", "", 0, "新到一批九九年零零年妹子 可快餐可过夜 地址私", "paid sexual service advert"),
("zh-Hans", "S", "", 0, "蛋仔送皮肤 女生十二岁以上 视频通话十分钟就送 私我", "game skins for minors' video call"),
("zh-Hans", "S", "", 0, "夜场公主招人 兼职陪酒外加出台 日入过千", "出台 = paid sex"),
("zh-Hans", "S", "separator", 0, "桑-拿 / 全-套 / 188 / 新-人-到", "separator sauna advert"),
("zh-Hans", "S", "", 0, "新到一批“嫩叶” 学妹款 按小时计 有需要的滴滴", "invented code 嫩叶"),
("zh-Hans", "S", "", 0, "寻长期干女儿 每月给生活费 要求乖巧听话 学生优先", "sugar arrangement aimed at students"),
("zh-Hans", "S", "", 0, "陪玩妹妹声音甜 线下也可以 加钱就行 懂的来", "paid offline meeting"),
("zh-Hans", "S", "emoji", 0, "💆‍♀️特殊🈷️务 🏨上门 💰300 🈲警", "emoji advert"),
("zh-Hans", "S", "", 0, "同城交友 有偿 要十八以下的 我不介意", "paid contact with minors"),
("zh-Hans", "S", "", 0, "小学生有要玩具的吗 拍一张穿睡衣的照片发我就送乐高", "image request to minors for toys"),
("zh-Hans", "S", "traditional", 0, "按摩 莞式服務 全套 技師年輕 包你滿意", "Traditional characters mixed in"),
("zh-Hans", "S", "", 0, "周末想找个“女朋友”陪一天 预算两千 不要中介", "paid companion"),
("zh-Hans", "S", "", 0, "网吧包夜？不 是包你夜 新人妹妹 价格私聊", "play on 包夜"),
("zh-Hans", "S", "zero_width", 0, "{zw:上门服务}妹子 二十出头 安全放心 微聊报价", "zero-width split"),
("zh-Hans", "S", "", 0, "直播间的小朋友们 想要礼物的加我Q 记得开摄像头哦 别告诉爸妈", "streamer luring children to cam"),
("zh-Hans", "S", "", 0, "出三百 找初中女生线下见一面 先吃个饭 别的见了再说 别告诉家里", "money to meet a minor"),
("zh-Hans", "S", "pinyin", 0, "fj新人到 kc gy都行 价格私 滴滴", "pinyin initials kc/gy"),
("zh-Hans", "S", "spacing", 0, "同 城 约 妹 有 偿 可 上 门", "spaced"),
# ---------------------------------------------------------------- zh-Hans: sextortion (14)
("zh-Hans", "X", "", 0, "你跟我视频的时候我全录了 今晚十二点前转两千 不然你通讯录里的人每个都会收到", "recorded call, contacts"),
("zh-Hans", "X", "", 0, "别拉黑我 你的照片我都存了 给你同学群发一份你觉得怎么样 五百 支付宝", "threat + payment"),
("zh-Hans", "X", "", 0, "我有你上次发的那些 不想你爸妈看到就继续按我说的拍", "demand for more images"),
("zh-Hans", "X", "", 0, "截图已经做好了 你学校名字 班级都在上面 三千块 一个小时", "collage with school, deadline"),
("zh-Hans", "X", "", 0, "再给你最后十分钟 不转账我就发到你们学校贴吧", "deadline + distribution"),
("zh-Hans", "X", "homophone", 0, "你的私蜜照我都有 不转帐就曝光 发你朋友圈 三百块就删", "私蜜 = 私密"),
("zh-Hans", "X", "pinyin", 0, "你的sp我有备份 zz一千 不然全网fb", "sp/zz/fb initials"),
("zh-Hans", "X", "", 0, "你敢分手试试 我手机里那些视频马上发你全家和你领导", "ex-partner coercion"),
("zh-Hans", "X", "", 0, "你充的那个点卡不够 再充两千 不然视频照样发", "re-demand"),
("zh-Hans", "X", "", 0, "你下载的那个软件已经拿到你通讯录了 不想社死就转五千到这个账户", "contact-harvesting app"),
("zh-Hans", "X", "separator", 0, "视/频/在/我/这 转/账/八/百 否/则/曝/光", "separator"),
("zh-Hans", "X", "emoji", 0, "📹已存 👨‍👩‍👧你爸妈 🏫你班主任 💰1500 ⏰今晚", "emoji threat"),
("zh-Hans", "X", "", 0, "游戏里认识的那个妹妹是我 你发的东西都在我这 给我充五百点券 不然发你班群", "fake persona, game points"),
("zh-Hans", "X", "", 0, "你以为删了就没事了？照片还在我这 明天中午前不打钱 你们全校都会看到", "deadline + school"),
# ---------------------------------------------------------------- zh-Hans: hard negatives (47)
("zh-Hans", "", "", 1, "我嗑的CP今天又发糖了 啊啊啊啊 谁懂", "hard negative: fandom CP"),
("zh-Hans", "", "", 1, "求推荐冷门CP的同人文 最好是HE", "hard negative: fandom CP"),
("zh-Hans", "", "", 1, "出Lo裙 小花园jsk 尺码M 穿过两次 380包邮", "hard negative: Lolita fashion resale"),
("zh-Hans", "", "", 1, "洛丽塔茶会本周六 记得穿甜系 门票60含点心", "hard negative: Lolita tea party"),
("zh-Hans", "", "", 1, "考研资源分享 政治英语全套 网盘链接在评论区 免费", "hard negative: 资源 = study materials"),
("zh-Hans", "", "", 1, "小学三年级数学资源整理好了 家长们需要的私我 免费发", "hard negative: primary-school study resources"),
("zh-Hans", "", "", 1, "各位家长：本周五下午三点半开家长会 二年级三班 请准时到达", "hard negative: school notice"),
("zh-Hans", "", "", 1, "少儿游泳暑期班 5到12岁 十节课1280 小班教学 报名找前台", "hard negative: kids' class price"),
("zh-Hans", "", "", 1, "教练通知：周六训练我开车去学校接浩浩和乐乐 家长在群里回复一下", "hard negative: coach pick-up"),
("zh-Hans", "", "", 1, "警方通报：男子在网上以“小学期课件”为名贩卖儿童不雅视频 已被刑拘", "hard negative: news quoting offender code"),
("zh-Hans", "", "", 1, "防骗提醒：有人在游戏里用送皮肤诱导小孩发照片 家长注意查看孩子聊天记录 发现立即报警", "hard negative: safety advice"),
("zh-Hans", "", "", 1, "你再不请我喝奶茶 我就把你昨天摔跤的视频发班群 哈哈哈", "hard negative: joke threat"),
("zh-Hans", "", "", 1, "正规中医推拿 肩颈调理 一小时98 有执照 可开发票", "hard negative: licensed massage"),
("zh-Hans", "", "", 1, "陪诊服务 帮老人挂号取药陪看病 半天150 可预约", "hard negative: hospital escort"),
("zh-Hans", "", "", 1, "上门修电脑 装系统 清灰 同城一小时到 50起", "hard negative: 上门 IT service"),
("zh-Hans", "", "pinyin", 1, "出二手童装 3到5岁 一大袋40 自提 vx私", "hard negative: kids' clothes with ages + price; vx"),
("zh-Hans", "", "", 1, "宝宝几岁了呀 我家的四岁半 想找同龄的一起玩", "hard negative: parent asks age"),
("zh-Hans", "", "", 1, "网吧包夜十五块 今晚开黑的来", "hard negative: 包夜 at internet café"),
("zh-Hans", "", "", 1, "新茶到了 明前龙井 学生价 喝茶的朋友来店里坐坐", "hard negative: tea shop"),
("zh-Hans", "", "", 1, "家具全套出 搬家急出 1500 自提", "hard negative: 全套 furniture"),
("zh-Hans", "", "", 1, "春季幼苗出售 番茄辣椒茄子 一块五一棵 量大从优", "hard negative: 幼苗 = seedlings"),
("zh-Hans", "", "", 1, "有没有正太系的动漫推荐 日常番那种", "hard negative: anime archetype"),
("zh-Hans", "", "", 1, "VIP家长群 每天推送育儿知识 年费99 自愿加入", "hard negative: paid VIP parents' group"),
("zh-Hans", "", "", 1, "设计原档出售 PSD可编辑 海报模板一套20", "hard negative: 原档 design files"),
("zh-Hans", "", "", 1, "新闻：某地破获一起利用网盘传播儿童色情的案件 涉案人员称之为“资源包” 警方提醒家长", "hard negative: news"),
("zh-Hans", "", "", 1, "女儿今年十二岁 想给她报个画画班 大家有推荐的吗", "hard negative: parent, child's age"),
("zh-Hans", "", "", 1, "我老公又偷偷买游戏皮肤 我要截图发给他妈 哈哈", "hard negative: joke 'send to his mum'"),
("zh-Hans", "", "", 1, "小学生作文合集 一到六年级 打印版 二十块包邮", "hard negative: 合集 + grades + price"),
("zh-Hans", "", "", 1, "女朋友生日想给她个惊喜 大家帮我保密啊 别说漏嘴", "hard negative: secrecy for a surprise"),
("zh-Hans", "", "", 1, "儿童摄影 百天照 全家福 套餐399 送相册", "hard negative: children's photos + price"),
("zh-Hans", "", "", 1, "夜场招聘保安 夜班 月薪六千 包吃住", "hard negative: 夜场 job"),
("zh-Hans", "", "", 1, "初中生暑假兼职有没有靠谱的 我家孩子想去图书馆帮忙", "hard negative: minor + part-time job"),
("zh-Hans", "", "", 1, "同城交友活动 单身青年二十五到三十五岁 周末爬山 AA制", "hard negative: adult singles event"),
("zh-Hans", "", "", 1, "学校通知：请勿在家长群转发学生照片 保护孩子隐私", "hard negative: school notice on photos"),
("zh-Hans", "", "", 1, "炼铜厂招工 三班倒 待遇从优 包住宿", "hard negative: literal copper smelting"),
("zh-Hans", "", "", 1, "红领巾广播站招新啦 三到五年级同学都可以报名", "hard negative: 红领巾 literal"),
("zh-Hans", "", "", 1, "六一儿童节演出服套装 一套45 幼儿园统一订购", "hard negative: 六一套装 literal"),
("zh-Hans", "", "", 1, "嫩叶茶 春天头采 二两八十", "hard negative: 嫩叶 tea"),
("zh-Hans", "", "", 1, "有没有人出二手网盘会员 还剩半年 便宜点就行", "hard negative: storage membership"),
("zh-Hans", "", "", 1, "上门服务：家电清洗 空调油烟机 师傅持证 价格透明", "hard negative: 上门服务 appliance cleaning"),
("zh-Hans", "", "", 1, "你再装死 我就把你高中的非主流照片发朋友圈😂", "hard negative: joke threat"),
("zh-Hans", "", "", 1, "宝贝们 今天直播间抽奖送玩具 小朋友要家长陪同观看哦", "hard negative: streamer, parents present"),
("zh-Hans", "", "", 1, "课件分享：小学语文三到六年级PPT全套 老师们自取 免费", "hard negative: real courseware"),
("zh-Hans", "", "", 1, "防性侵安全课 今晚七点社区活动室 教孩子识别网上陌生人要照片 欢迎家长带孩子来", "hard negative: safety talk"),
("zh-Hans", "", "", 1, "男子冒充星探招募童星 骗家长交钱拍照 警方提醒勿信", "hard negative: news"),
("zh-Hans", "", "", 1, "换图：我的原神壁纸换你的崩铁壁纸 要高清的", "hard negative: 换图 wallpapers"),
("zh-Hans", "", "homophone", 1, "我弟说要把我唱歌跑调的视频发家族群 除非我给他买冰淇淋 这小孩 加个薇信群一起骂他", "hard negative: sibling joke threat; 薇信"),
# ---------------------------------------------------------------- zh-Hans: plain (24)
("zh-Hans", "", "", 0, "今天地铁又晚点了 迟到扣钱真烦", "plain"),
("zh-Hans", "", "", 0, "有没有人知道附近哪里修手机靠谱", "plain"),
("zh-Hans", "", "", 0, "晚上吃火锅还是烧烤 投票", "plain"),
("zh-Hans", "", "", 0, "楼下快递柜满了 快递小哥直接放门口了", "plain"),
("zh-Hans", "", "", 0, "这周末去爬山吗 天气预报说晴天", "plain"),
("zh-Hans", "", "", 0, "求推荐好用的记账软件", "plain"),
("zh-Hans", "", "", 0, "孩子发烧三十八度五 要不要去医院", "plain"),
("zh-Hans", "", "", 0, "新买的空气炸锅太好用了 鸡翅十五分钟", "plain"),
("zh-Hans", "", "", 0, "公司年会抽奖又没中 年年陪跑", "plain"),
("zh-Hans", "", "", 0, "谁有科目一的题库 想刷题", "plain"),
("zh-Hans", "", "", 0, "猫咪一直吐毛球怎么办", "plain"),
("zh-Hans", "", "", 0, "今天股票又绿了 心态崩了", "plain"),
("zh-Hans", "", "", 0, "小区停水通知 明天上午九点到下午三点", "plain"),
("zh-Hans", "", "", 0, "演唱会抢票又失败了 哭了", "plain"),
("zh-Hans", "", "", 0, "有人一起拼车去机场吗 明早六点", "plain"),
("zh-Hans", "", "", 0, "这家面馆的牛肉面真不错 推荐", "plain"),
("zh-Hans", "", "", 0, "手机掉水里了 放米缸一晚能救回来吗", "plain"),
("zh-Hans", "", "", 0, "下雨了 记得收衣服", "plain"),
("zh-Hans", "", "", 0, "新开的健身房年卡打折 有人一起办吗", "plain"),
("zh-Hans", "", "", 0, "妈妈做的红烧肉永远是最好吃的", "plain"),
("zh-Hans", "", "", 0, "电脑蓝屏了 重启三次还是这样", "plain"),
("zh-Hans", "", "", 0, "明天上班记得带工牌 门禁换了", "plain"),
("zh-Hans", "", "", 0, "这个剧结局太烂了吧 编剧出来挨打", "plain"),
("zh-Hans", "", "", 0, "外卖等了一个小时还没到 无语", "plain"),
# ---------------------------------------------------------------- zh-Hant: csam_trading (12)
("zh-Hant", "C", "", 0, "國小組新資料夾上架 永久會員一千二 街口或點數卡付款 私訊拿連結", "paid primary-school folder"),
("zh-Hant", "C", "", 0, "收 小一到小四 那類的檔案 有貨的敲我 價錢好談", "buyer"),
("zh-Hant", "C", "pinyin", 0, "ㄒㄒㄕ 合輯出清 一包五百 賴私", "zhuyin initials for 小學生"),
("zh-Hant", "C", "", 0, "群組規則：只收未滿十二歲的 成年的直接踢 每月繳三百維持會員", "group rules"),
("zh-Hant", "C", "homophone", 0, "又齒合集新到 私我拿目錄", "又齒 = 幼齒"),
("zh-Hant", "C", "", 0, "有冇人有嗰套校服仔嘅嘢 小學雞嗰種 俾錢都得", "HK Cantonese buyer"),
("zh-Hant", "C", "", 0, "TG頻道「小豆苗」重開 國小低年級專區 入場費NT$500", "paid channel, invented name"),
("zh-Hant", "C", "emoji", 0, "🎒📁國小 新檔 💲300 🔒限會員", "emoji advert"),
("zh-Hant", "C", "separator", 0, "童*顏*包 第八彈 未*滿*十*歲 私訊", "separator"),
("zh-Hant", "C", "", 0, "交換：我有一堆國中偷拍的 想換更小的 先給預覽才換", "swap"),
("zh-Hant", "C", "", 0, "賣硬碟 入面全部係細路嘅私密片 成個二千 唔講價", "HK, selling a drive"),
("zh-Hant", "C", "", 0, "二手拍那個「兒童繪本」賣家其實在賣那種東西 要的去問他拿目錄", "directing buyers to a covert seller"),
# ---------------------------------------------------------------- zh-Hant: solicitation (10)
("zh-Hant", "S", "", 0, "外送 新妹到 學生兼職 兩節三千五 賴我", "TW outcall advert"),
("zh-Hant", "S", "", 0, "誠徵國中女生當遊戲陪玩 一小時五百 要先視訊看一下 不用跟家人說", "minor recruitment, video check, secrecy"),
("zh-Hant", "S", "", 0, "有冇後生女仔想賺快錢 陪我食飯傾偈 之後再傾 俾得起", "HK paid companionship"),
("zh-Hant", "S", "homophone", 0, "圓餃新人 今晚有空 私訊", "圓餃 = 援交"),
("zh-Hant", "S", "", 0, "送你MyCard一千點 只要開視訊給我看一下 你幾年級？", "game points for video, age probe"),
("zh-Hant", "S", "", 0, "旅館附近可約 半套全套 價格私 限本人", "paid service"),
("zh-Hant", "S", "fullwidth", 0, "{fw:SPA} 男士專屬 特別服務 {fw:VIP}包廂", "full-width letters"),
("zh-Hant", "S", "", 0, "徵長期乾女兒 每月零用錢兩萬 高中生可 要乖", "sugar arrangement, high-school students"),
("zh-Hant", "S", "spacing", 0, "約 妹 有 償 台 中 可 過 夜", "spaced"),
("zh-Hant", "S", "", 0, "砵蘭街附近 新到鳳姐 兩舊水一次", "HK paid service"),
# ---------------------------------------------------------------- zh-Hant: sextortion (6)
("zh-Hant", "X", "", 0, "你視訊的畫面我全都錄下來了 不匯三萬就傳給你全部臉書好友", "recorded call"),
("zh-Hant", "X", "", 0, "你下載的那個邀請碼APP已經抓到你通訊錄 今天晚上之前買一萬的遊戲點數 不然就公開", "contact-harvesting app"),
("zh-Hant", "X", "", 0, "分手？可以啊 那些照片我就貼到你們學校的Dcard 你自己選", "ex-partner threat"),
("zh-Hant", "X", "", 0, "你啲相我全部save咗 唔過數就send晒俾你班同學", "HK threat"),
("zh-Hant", "X", "pinyin", 0, "你的ㄓㄠˋ片我都有 ㄏㄨㄟˋ款八千 不然曝光", "zhuyin"),
("zh-Hant", "X", "", 0, "再給你一次機會 再傳三張 不然你爸媽明天就會收到你之前傳的", "demand for more images"),
# ---------------------------------------------------------------- zh-Hant: hard negatives (21)
("zh-Hant", "", "", 1, "這季的CP也太好嗑了吧 官方快發糖", "hard negative: fandom CP"),
("zh-Hant", "", "", 1, "蘿莉塔洋裝二手出清 附頭飾 2800含運 面交台北", "hard negative: Lolita fashion"),
("zh-Hant", "", "", 1, "幼幼班招生中 兩歲半到三歲 每月學費一萬二 歡迎參觀", "hard negative: kindergarten class"),
("zh-Hant", "", "", 1, "國小數學資源整理 一到六年級講義 老師們免費下載", "hard negative: study resources"),
("zh-Hant", "", "", 1, "家長注意：下週三校外教學 請繳交同意書及車費三百元", "hard negative: school notice"),
("zh-Hant", "", "", 1, "兒童游泳課 六堂兩千四 教練有救生員證照", "hard negative: kids' class"),
("zh-Hant", "", "", 1, "教練五點會去安親班接小孩到球場 家長請在群組確認", "hard negative: coach pick-up"),
("zh-Hant", "", "", 1, "新聞：男子以「小豆苗」為名經營頻道販售兒少性影像 警方已依法逮捕", "hard negative: news quoting code"),
("zh-Hant", "", "", 1, "兒福團體提醒：有人會用遊戲點數換孩子照片 家長要注意孩子的私訊", "hard negative: safety advice"),
("zh-Hant", "", "", 1, "你再不還我五百 我就把你唱歌走音的影片PO到限動 哈哈", "hard negative: joke threat"),
("zh-Hant", "", "", 1, "視障按摩 國家證照 一小時八百 歡迎預約", "hard negative: licensed massage"),
("zh-Hant", "", "", 1, "陪診服務 陪長輩去醫院回診 一次一千 可開收據", "hard negative: hospital escort"),
("zh-Hant", "", "", 1, "到府電腦維修 重灌 升級 台北市區當日到府", "hard negative: home IT service"),
("zh-Hant", "", "", 1, "二手童裝 一到三歲 一袋三百 面交板橋", "hard negative: kids' clothes"),
("zh-Hant", "", "", 1, "妹妹今年幾歲了？我女兒也讀小二 可以一起去公園玩", "hard negative: parent asks age"),
("zh-Hant", "", "", 1, "飲茶啦 禮拜日一齊去酒樓 我book咗位", "hard negative: 飲茶 dim sum"),
("zh-Hant", "", "", 1, "正太控看過來 這部動畫的主角超可愛", "hard negative: anime"),
("zh-Hant", "", "", 1, "VIP會員專屬：咖啡買一送一 年費六百", "hard negative: VIP membership"),
("zh-Hant", "", "", 1, "我細佬話唔幫佢做功課就將我扮鬼臉嘅片放上IG 真係頂佢唔順", "hard negative: sibling joke threat (HK)"),
("zh-Hant", "", "", 1, "同人場CP本預購 一本兩百五 限量", "hard negative: fandom CP book"),
("zh-Hant", "", "", 1, "警方呼籲：遇到性勒索千萬不要匯款 保留證據立即報案", "hard negative: police warning"),
# ---------------------------------------------------------------- zh-Hant: plain (11)
("zh-Hant", "", "", 0, "今天捷運好擠 差點上不了車", "plain"),
("zh-Hant", "", "", 0, "有人知道那家滷肉飯幾點開嗎", "plain"),
("zh-Hant", "", "", 0, "颱風假放不放啊 等市長公告", "plain"),
("zh-Hant", "", "", 0, "今日落大雨 記得帶遮", "plain (HK)"),
("zh-Hant", "", "", 0, "聽日去唔去行山 天氣好好", "plain (HK)"),
("zh-Hant", "", "", 0, "便利商店的新口味布丁超好吃", "plain"),
("zh-Hant", "", "", 0, "期末考終於結束了 要睡三天", "plain"),
("zh-Hant", "", "", 0, "求推薦台中好吃的早午餐", "plain"),
("zh-Hant", "", "", 0, "貓咪今天又把杯子推下桌", "plain"),
("zh-Hant", "", "", 0, "機車被拖吊了 好崩潰", "plain"),
("zh-Hant", "", "", 0, "巴士又遲 返工肯定遲到", "plain (HK)"),
]

CYR = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х",
                     "y": "у", "i": "і", "s": "ѕ", "j": "ј"})


def fw(s):
    return "".join("\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch
                   for ch in s)


def zw(s):
    return "\u200b".join(s)


def render(t):
    t = re.sub(r"\{zw:([^}]*)\}", lambda m: zw(m.group(1)), t)
    t = re.sub(r"\{fw:([^}]*)\}", lambda m: fw(m.group(1)), t)
    t = re.sub(r"\{cf:([^}]*)\}", lambda m: m.group(1).translate(CYR), t)
    return t


def load_script_tables():
    """Traditional-only and Simplified-only characters from OpenCC tables, if present."""
    st, ts = {}, {}
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        for name, d in (("STCharacters", st), ("TSCharacters", ts)):
            ocd2 = "/usr/share/opencc/%s.ocd2" % name
            path = os.path.join(tmp, name + ".txt")
            if not os.path.exists(ocd2):
                continue
            subprocess.run(["opencc_dict", "-i", ocd2, "-o", path, "-f", "ocd2", "-t", "text"],
                           check=False, capture_output=True)
            if os.path.exists(path):
                for line in open(path, encoding="utf-8"):
                    k, v = line.rstrip("\n").split("\t")
                    d[k] = v.split()
    simp_only = {k for k, v in st.items() if k not in v}
    trad_only = {k for k, v in ts.items() if k not in v}
    return simp_only, trad_only, bool(st)


def build():
    rows = []
    for lang, lab, obf, hn, text, note in ROWS:
        rows.append({
            "lang": lang,
            "text": render(text),
            "labels": [LAB[c] for c in lab],
            "obfuscation": obf.split(),
            "hard_negative": bool(hn),
            "notes": note,
        })
    rng = random.Random(20261121)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "HE-M-%03d" % i, **r})
    return out


def check(rows):
    simp_only, trad_only, have = load_script_tables()
    allowed = set("群晒")
    errs = []
    ids = set()
    for r in rows:
        t = r["text"]
        n = len(t.encode("utf-8"))
        if not 10 <= n <= 300:
            errs.append((r["id"], "length %d" % n))
        if r["id"] in ids:
            errs.append((r["id"], "dup id"))
        ids.add(r["id"])
        for o in r["obfuscation"]:
            if o not in OBF_OK:
                errs.append((r["id"], "bad obf " + o))
        if r["hard_negative"] and r["labels"]:
            errs.append((r["id"], "hard negative with label"))
        if ("zero_width" in r["obfuscation"]) != ("\u200b" in t):
            errs.append((r["id"], "zero_width tag mismatch"))
        if ("fullwidth" in r["obfuscation"]) != any(0xFF10 <= ord(c) <= 0xFF19 or 0xFF21 <= ord(c) <= 0xFF3A
                                                     or 0xFF41 <= ord(c) <= 0xFF5A for c in t):
            errs.append((r["id"], "fullwidth tag mismatch"))
        if ("confusable" in r["obfuscation"]) != any(0x0400 <= ord(c) <= 0x04FF for c in t):
            errs.append((r["id"], "confusable tag mismatch"))
        if re.search(r"\d{7,}", t.replace(" ", "").replace("-", "")):
            errs.append((r["id"], "long digit run (looks like PII)"))
        if have and r["lang"] == "zh-Hans" and "traditional" not in r["obfuscation"]:
            bad = [c for c in t if c in trad_only and c not in allowed]
            if bad:
                errs.append((r["id"], "traditional chars in zh-Hans: " + "".join(bad)))
        if have and r["lang"] == "zh-Hans" and "traditional" in r["obfuscation"]:
            if not any(c in trad_only for c in t):
                errs.append((r["id"], "traditional tag but no traditional chars"))
        if have and r["lang"] == "zh-Hant":
            bad = [c for c in t if c in simp_only and c not in allowed]
            if bad:
                errs.append((r["id"], "simplified chars in zh-Hant: " + "".join(bad)))
        if r["lang"] == "en" and re.search(r"[\u4e00-\u9fff]", t) and "小学" not in t:
            errs.append((r["id"], "CJK in en"))
    if not have:
        print("note: OpenCC tables not found; script check skipped")
    return errs


def counts(rows):
    from collections import Counter
    c = Counter()
    for r in rows:
        L = r["lang"]
        c[(L, "rows")] += 1
        for l in r["labels"]:
            c[(L, l)] += 1
        if not r["labels"]:
            c[(L, "benign")] += 1
        if r["hard_negative"]:
            c[(L, "hard_negative")] += 1
        if r["labels"] and r["obfuscation"]:
            c[(L, "risky_obfuscated")] += 1
        for o in r["obfuscation"]:
            c[("obf", o)] += 1
    return c


if __name__ == "__main__":
    rows = build()
    errs = check(rows)
    for e in errs:
        print("ERROR", e)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = counts(rows)
    for k in sorted(c, key=str):
        print(k, c[k])
    print("total", len(rows), "errors", len(errs))
