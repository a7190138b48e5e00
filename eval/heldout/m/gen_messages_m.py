#!/usr/bin/env python3
"""Build messages_m.jsonl: held-out set M of single messages (writer M).

Synthetic, written by hand in the voice of reported posts/DMs that a
child-safety hotline analyst in Taiwan/Hong Kong sees (Dcard, PTT, LIHKG,
Threads, IG, X, Discord, Telegram, Weibo, Tieba, QQ groups, Xiaohongshu) plus
forwards from a UK/US partner hotline.  No sexually explicit text; all handles
and code words are invented.

Row syntax in DATA (one row per line, fields separated by ' | '):
    KIND | obfuscation,tags | text | note
KIND: C = csam_trading, P = solicitation, X = sextortion,
      H = benign hard negative, B = plain benign.
A line '## <lang>' switches the language.  In text, the two-character
sequence \\n is a line break and \\u200b is a zero-width space.
Run:  python3 gen_messages_m.py   (deterministic; rewrites messages_m.jsonl)
"""
import json
import os
import random

KIND = {'C': ['csam_trading'], 'P': ['solicitation'], 'X': ['sextortion'],
        'H': [], 'B': []}

DATA = r"""
## zh-Hans
C |  | 豆芽册第三季更新了，初一到初三都有，原档不压缩，纸飞机私我拿目录 | Tieba reply; invented code 豆芽册 + grade range + Telegram
C | emoji | 🎒🍬🔒 小书包系列 月卡68 季卡168 进频道看预览 主页有入口 | Weibo comment spam; emoji code for a paid channel, link-in-profile
C |  | 有没有兄弟换早读包的？我这边有二十多个G，按G换，不要钓鱼的 | QQ group; exchange offer under invented code 早读包
C | homophone | 出春苗盘，全是小学段的，加薇❤看主页，拍下自动发货 | Xiaohongshu comment; 薇 = 微(信); school-stage material sold with auto-delivery
C | pinyin | 收chuyi段yuan片，按条结算，量大加价，走tg | buying; 初一/原 written in pinyin
C |  | 红领巾套装还剩最后几份，199永久，群里每周补货，懂的来 | Weibo comment; invented code (primary-school scarf) + lifetime price
C | split_char | 立里模内部花絮 不对外 网盘链接 88一份 | 童 split as 立+里 (child-model 'unreleased' clips), paid cloud links
C |  | 课间十分钟系列合集，全网最全，先付后发，别问能不能试看 | Tieba spam; invented series name about school breaks, pay-first
C | emoji | 🌱🌱萌芽计划第二期开放了🌱🌱 十二到十四的 会员日更 🐧私聊 | Weibo; sprout emoji code, age range 12-14, QQ penguin for contact
C |  | 求换资源，我出一年级教材全套，想要高年级的，懂行的私信 | QQ group; 'textbooks' as cover code for material by grade; swap
C | separator | 校.门.口.系.列 补档了 要的扣1 私发链接 | separator dots through the invented series name
C |  | 谁有那个学舞蹈的小妹妹的后续？愿意出钱，200起，私我 | buying further material of an identifiable child
C | traditional | 白襪檔案 新版上线 全是没成年的 入群费99 终身 | Traditional 襪/檔 mixed into a Simplified post; paid group, minors
C |  | 百度盘过期了，新链接放群公告了，小学段在二号文件夹，别外传 | QQ group admin notice; primary-school folder
C |  | 收十三四岁的自拍合集，别人转手的也行，按张结算 | buying resold self-generated images of 13-14 year olds
C | pinyin | 新到you xiao段原盘 50G 打包价 tg同名 | 幼小 written in pinyin; bulk sale
C |  | 帮朋友转：六一限定礼包，只卖熟人，新人先交押金验证 | 'Children's Day limited pack', vetting with deposit
C | emoji | 🧃+🎒=懂的都懂 群满了开二群 入群先转88 | emoji equation code, paid group
C |  | 那个走读生的合辑谁还有？求分享，可以拿我的存货换 | Tieba; request + swap of a collection about a pupil
C | homophone | 有初中小雪妹原片的滴我，换或买都行 | 学妹 -> 雪妹 homophone; 滴我 = DM me
C |  | 暗网搬运的那批，分了年龄段，12以下单独一个包，价格私聊 | reseller sorted by age band
C | spacing | 幼 苗\n合 集 出 售 永 久 更 新 V 见 主 页 | spaced characters split across two lines; sale + V contact
C |  | 转让一个频道，三千订阅，内容都是未成年的，打包三千五 | selling a channel of minors' material
C |  | 刚入的货，“暑假作业”全套，十一到十五岁，需要的评论区扣作业 | 'summer homework' cover code with ages, comment-to-buy
C | homophone | 出鱼苗包，小学初中段都有，加抠抠看空间 | invented code 鱼苗; 抠抠 = 扣扣 (QQ)
C |  | 求一个能进的蓝书包群，有偿，之前那个被封了 | seeking a paid group after the old one was banned
C | pinyin | @xiao_shu_bao_vip：整理好了，按学校分的，年级都标好了，会员私聊 | code hidden in the pinyin username (小书包); collection sorted by school/grade
C | split_char | 新整理的幺力苗包 十个G 加我主页绿色软件 | 幼 split as 幺+力; 'green app' = WeChat
C |  | 有人要同学群里流出来的那些吗？都是初二的，五块一张 | selling leaked images of 8th graders
P |  | 招募13-16岁平面模特，私房拍摄，不用家长陪同，日结五百，先发几张生活照看看 | fake modelling shoot targeting minors, no guardian
P |  | 有偿，找初中妹妹聊天，聊得好有红包，能视频的加钱 | paying junior-high girls for chat and video
P |  | 蛋仔派对送限定皮肤！条件：加我好友，发一张只给我看的照片 | giveaway bait: skin for a private photo
P | homophone | 夜宵外卖，学生妹上门，价格看图，加威 | paid sexual service ad with students; 威 = 微(信)
P |  | 小红书招cos模特，十五岁左右，穿我们提供的服装，拍完给两百，不要告诉家里 | fake cosplay shoot for ~15-year-olds, secrecy
P |  | 有没有一零后的妹妹想赚零花钱，陪叔叔吃个饭就给一千，私信 | adult recruiting 2010s-born girls for paid 'dinners'
P | pinyin | 同城找个sn聊聊 有米 可线下 | sn = 少女 (pinyin initials), 米 = money, offline meet
P |  | 开个价吧，你发一套穿校服的，我给你充六百点券 | DM buying images from a pupil with game currency
P |  | 按摩上门，全城可约，年轻的随便挑，不满意不收费 | paid sexual service advert
P |  | 宝宝你几年级啦？哥哥带你打上王者，你给哥哥看看你的小视频好不好 | DM: grade probing + game boosting for private video
P | emoji | 🍵🌙 深夜品鉴 新到几位学生 可过夜 价格私 | tea/moon emoji code for paid overnight service with 'students'
P |  | 招聘：童星试镜，需要先交一段单独在房间拍的视频，家长不用出镜 | child-star casting lure, alone-in-room video
P |  | 抖音认识的那个初一的你们谁有联系方式？有偿，想约出来 | seeking paid contact with a 7th grader to meet
P | traditional | 高價收学生妹自拍 只給我看 私我 | Traditional 價/給 mixed in; buying private selfies from schoolgirls
P |  | 周末陪玩兼职，限女生，十四岁以上就行，需要视频面试 | 'gaming companion' job for 14+ girls, video interview
P |  | 缺零花钱的可以找我，发一张给五十，保证不外传，未成年也行 | paying minors per image
P | separator | 约·学·生 包·夜 价·格·好·谈 | middle dots inside terms; paid overnight with students
P |  | 楼下那家足疗店有“特殊项目”，报我名字打八折，妹子都很嫩 | paid sexual service at a foot-massage shop
P |  | 妹妹你才十二啊，那没事，我们偷偷的，你先把门关上开视频 | DM to a 12-year-old: secrecy, closed door, video
P |  | 帮我带个话：哥有偿找私房模特，高中的也行，胆子大的加分 | paid 'private model' search including high-schoolers
P |  | 送原神月卡，抽三个小朋友，条件是私聊我发生活照+年龄 | giveaway bait collecting children's photos and ages
P | homophone | 聊骚换点卷，十五岁以下优先，加薇看头像 | 点卷 for 点券, 薇 for 微; under-15 preferred
P |  | 你们学校还有谁想赚钱的，介绍一个给你三百，要漂亮的 | recruiting schoolmates for paid 'work', referral fee
P |  | 招网络主播，女，14-17，签约包装，前期需要私下试播给我看 | fake streamer job, private 'trial stream' for minors
X |  | 你以为删了就没事？录屏我都留着，今晚十二点前转两千，不然发你们班群 | sextortion: recording, deadline, class group
X |  | 你妈的微信我已经找到了，截图马上发过去，要不要先转钱你自己选 | threat to family chat unless paid
X |  | 别拉黑我，拉黑一次涨五百。你通讯录我全备份了 | contact-list harvest, escalating price
X | pinyin | 你的视pin我存了，一千块，给你半小时，不然班级群见 | 视频 half in pinyin; class group threat
X |  | 再发几张，不发我就把之前那张发给你们班主任 | coercion for more images, teacher threat
X |  | 我有你那天晚上的录屏，你们学校贴吧我已经注册好号了，你懂的 | threat to post on school Tieba
X |  | 钱到了吗？还差八百。差一分我就发你哥 | repeat demand after payment
X |  | 转游戏点卡也行，五张一百的，卡密发我，不然明天全校都知道 | game card payment rail
X | emoji | 截图📸已存✅ 不转三百就📤到你家庭群👨‍👩‍👧 | emoji threat (family group)
X |  | 分手了照片还在我这，你不回来我就发到你们公司 | ex-partner coercion
X |  | 你不是说你爸是老师吗，我这就把照片发他们学校公众号后台 | threat via father's school account
X |  | 你以为我在开玩笑？已经发给你一个同学了，剩下的看你表现，转五百 | partial release + demand
X | separator | 截/图/在/我/这 不/想/曝/光 就/转/账 | slashes between every character
X |  | 小朋友，姐姐不想为难你，用爸妈的支付宝转一千，这事就当没发生 | fake 'older sister' persona extorting a child
X |  | 你QQ空间那些好友我都加了，一个一个发，除非你今天开视频照我说的做 | non-financial coercion for a video call
X | traditional | 你的影片我已經存好了，不轉錢就发到你们年级群 | Traditional 影片/經/轉/錢 mixed in; grade-group threat
H |  | 【护苗提醒】最近有人在游戏里用“送皮肤”骗孩子发照片，家长们多留意孩子的好友列表 | hard negative: awareness post quoting the skin-for-photo lure
H |  | 举报中心：看到“出资源”“入群费”的帖子请直接截图举报，不要点链接，不要私聊对方 | hard negative: reporting advice quoting trade codes
H |  | 有没有家长遇到过，孩子玩蛋仔被陌生人加好友，还要她的年龄和学校，我该怎么跟孩子说？ | hard negative: parents' forum thread
H |  | 出小卡！某团的生日卡 一张25 可以交换，只换同团，不拆 | hard negative: idol photo-card trading (出/交换/price)
H |  | 毕业了出校服，初中的，女款160码，洗得很干净，30包邮 | hard negative: school uniform resale
H |  | 我们童装品牌招募童模，4-10岁，拍摄全程家长陪同，有营业执照和合同，报名看官网 | hard negative: legitimate child-model casting with guardians
H |  | 今晚青春期课讲“身体边界”：谁都不能要求你拍不穿衣服的照片，遇到要马上告诉大人 | hard negative: sex-education class note
H |  | 某地法院一审宣判：被告通过网络诱骗多名未成年人拍摄私密视频，以猥亵儿童罪判处有期徒刑 | hard negative: court news
H |  | 29岁，程序员，坐标杭州，想认真找个对象，周末可以约饭看电影 | hard negative: adult dating
H |  | 考研资源互换，我有政治和英语的笔记，想换数学的，网盘发 | hard negative: study notes exchange (资源/网盘)
H |  | 我的黑历史被室友曝光了！！高中军训时唱歌的视频，她居然发到宿舍群 哈哈哈哈 | hard negative: meme 'exposed' among friends
H |  | 谁再偷吃我零食，我就把你打呼噜的录音发家族群 | hard negative: sibling joke threat
H |  | 一年级教材全套出，人教版，笔记很少，适合预习，20元自提 | hard negative: real textbooks (twin of a coded row)
H |  | 求个CP粉群，磕这对很久了，有的私我拉一下 | hard negative: fandom couple pairing
H |  | 有偿求帮做PPT，明天要交，二十页左右，价格好商量 | hard negative: 有偿求 for homework help
H |  | 收二手儿童绘本，三到六岁的，成色好的优先，同城面交 | hard negative: buying picture books for young kids
H |  | 这届小学生太强了，我在王者被一个三年级的带飞 | hard negative: primary-schooler in a game
H |  | 幼儿园的六一汇演视频在班级群里了，家长们自己下载，别外传到公开平台哦 | hard negative: kindergarten show video, 'do not share'
H |  | 提醒：有人冒充星探在小红书私信初中生，说要拍写真，正规公司不会绕开家长，遇到请报警 | hard negative: fake-scout warning
H |  | 我们工作室拍成人写真，需满18岁，签合同，验身份证，可带朋友陪同 | hard negative: adult photo studio with ID check
H |  | 汉服交换！我这件明制的穿了两次，想换一件宋制的，尺码M | hard negative: clothing exchange
H |  | 新闻：警方破获一个售卖儿童不雅视频的网盘群组，抓获十一人，提醒家长关注孩子上网 | hard negative: news about an arrest
H |  | 家长群求助：孩子说班上有人把她照片P成表情包发群里，要怎么跟老师沟通？ | hard negative: parent asking about photo bullying
H |  | 转账两千给房东了，截图发你看，这个月房租搞定 | hard negative: 转账/截图 for rent
H |  | 出一套童模拍摄用的布景道具，儿童摄影工作室转行了，有意私聊 | hard negative: selling studio props
H |  | 进群费10元，是读书打卡群，每天打卡满30天退费 | hard negative: paid reading group
H |  | 女儿十二岁，想给她报个舞蹈班，有没有靠谱的推荐？要有监控能家长旁听的 | hard negative: parent stating child's age
H |  | 我手里有你们宿舍聚会的照片哦～请我喝奶茶就不发朋友圈 哈哈 | hard negative: friendly joke 'blackmail'
H |  | 校门口那家炸串好好吃，五块一串，下课人超多 | hard negative: 校门口 snack stall (twin of a code)
H |  | 网络安全课作业：列举三种陌生人骗取未成年人照片的方法，并写出应对办法 | hard negative: school assignment
H |  | 白袜子批发，纯棉，一打十双，学生款成人款都有 | hard negative: socks wholesale (twin of a code)
H |  | 直播预告：今晚八点儿童保护专家讲“如何识别网上的坏叔叔” | hard negative: child-protection livestream
H |  | 春苗助学计划开始报名，资助山区小学生的课外书，一份88元 | hard negative: charity (春苗 + price + 小学)
H |  | 约吗？周六去爬山，三十多岁的驴友优先，AA制 | hard negative: adults arranging a hike
H |  | 我妈说我要是再考不及格，就把我小时候洗澡的照片发给我对象看 | hard negative: family joke about baby photos
H |  | 求资源：那部纪录片的高清版，有的分享一下，谢谢 | hard negative: 求资源 for a film
H |  | 暑假作业答案互换，我有数学的，谁有语文的，私聊 | hard negative: literal summer homework (twin of a code)
H |  | 谁有初二物理的期中卷？有偿，五块一份，要带答案的 | hard negative: paying for exam papers
H |  | 公益：如果你收到“不给钱就把你照片发出去”的威胁，不要转账，保存证据，马上报警 | hard negative: sextortion awareness
H |  | 猫咪领养，三个月大，已驱虫，只给本地有经验的，要求视频看看家里环境 | hard negative: pet adoption, 'video' + age
H |  | 手办交换：出一只限定版小书包造型的挂件，换同系列的 | hard negative: figure trading (小书包 twin)
H |  | 帮我女儿投个票吧，她参加了少儿才艺比赛，编号十七 | hard negative: parent asking for votes
H |  | 男朋友说要把我们的合照发他家族群官宣，好紧张 | hard negative: 发家族群 in a happy context
H |  | 我们是正规经纪公司，签约模特须年满十八，未成年需监护人同意且全程陪同 | hard negative: legit agency terms
H |  | 萌芽杯少儿编程大赛报名开始了，小学组初中组都有，免费 | hard negative: coding contest (萌芽 twin)
H |  | 学生党出闲置：耳机、台灯、练习册，价格都很便宜，看图私聊 | hard negative: student selling second-hand goods
H |  | 今天在贴吧看到有人卖“学生资料”，举报了，结果是卖学籍信息的诈骗，大家小心 | hard negative: scam warning
H |  | 家长注意：孩子手机里出现“纸飞机”、陌生网盘链接要多问一句 | hard negative: parent awareness quoting 纸飞机
H |  | 抽奖！转发这条送三张演唱会门票，要求关注+评论 | hard negative: ordinary giveaway
H |  | 有没有人一起交换明信片？我在成都，可以寄熊猫的 | hard negative: postcard exchange
B |  | 今天加班到九点，地铁上差点睡着 | plain
B |  | 周末有人去爬香山吗？看天气预报说不下雨 | plain
B |  | 这家的麻辣烫真的绝了，推荐番茄锅底 | plain
B |  | 新买的键盘到了，青轴太吵，室友要打我 | plain
B |  | 求推荐适合通勤听的播客，最好是历史类的 | plain
B |  | 孩子今天第一次自己系鞋带，感动 | plain
B |  | 下周三团建，大家想去吃烧烤还是火锅？ | plain
B |  | 我的绿萝终于活过来了，浇水别太勤 | plain
B |  | 有没有人知道这个快递为什么三天都没动 | plain
B |  | 考完试了！终于可以睡个懒觉 | plain
B |  | 今天的晚霞好美，随手拍一张 | plain
B |  | 楼下超市鸡蛋打折，六块九一板 | plain
B |  | 高铁票抢到了，春节可以回家了 | plain
B |  | 谁有好用的记账软件推荐？ | plain
B |  | 狗子今天拆家了，沙发垫全是棉花 | plain
B |  | 学了三个月吉他，终于能弹完一首歌 | plain
B |  | 下雨天就适合在家看电影 | plain
B |  | 请问办居住证需要带什么材料？ | plain
B |  | 健身第二十天，体重没变，但是腰围小了 | plain
B |  | 求问这道数学题，二次函数那道，答案对不上 | plain
B |  | 公司楼下新开了咖啡店，拿铁还行 | plain
B |  | 今天跟奶奶视频了，她学会发表情包了 | plain
B |  | 电动车电池不耐用了，换一块要多少钱？ | plain
B |  | 这周末有没有人打羽毛球，缺一个 | plain
B |  | 刚看完那部纪录片，讲长江的，拍得真好 | plain
## zh-Hant
C |  | 有冇人要中一中二嗰批檔？成套，轉數快即發，唔好問試睇 | LIHKG reply (Cantonese); junior-secondary files, FPS payment
C | pinyin | 出ㄒㄩㄝˊ ㄇㄟˋ國中組原片，Dcard私訊太危險，TG聊 | 學妹 in Zhuyin; move to Telegram
C |  | 新一季「綠制服」上架，國小高年級到國二，會員一個月300 | invented code 綠制服 + grades + membership
C | emoji | 🐣🏫📂 三件套 私群開放 入群費499 見bio連結 | IG bio: emoji code, paid private group, link-in-bio
C |  | 推 有人有那個國小才藝班的完整版嗎？願意付費，站內信 | PTT push comment seeking paid material of a children's class
C | homophone | 果小段資源整理好了 賴我 | 國小 -> 果小 homophone; 賴我 = LINE me
C |  | 換檔不買檔，我有一百多部國中的，只跟有貨的人換，新人先驗 | swap-only trader with vetting
C | split_char | 女敕芽系列 雲端 一包兩百 私 | 嫩 split as 女+敕; cloud links for sale
C |  | 呢個channel專出中小學生嘅嘢，月費百五，入咗就知 | Cantonese Telegram channel ad, monthly fee
C |  | 「阿嬤的便當」系列補檔啦，國小組在資料夾B，連結一天後失效 | invented code with primary-school folder
C | spacing | 國\n中 生 檔 案 大 放 送 加 我 L I N E | spaced text split over two lines; distribution via LINE
C |  | 求有償，那個在IG很紅的小童模私下的，有的開價 | seeking non-public material of a child model
C |  | 收班群外流照，國一國二的，一張五十，量多另計 | buying leaked images of 7th-8th graders
P |  | 徵14-16歲女生拍cos外拍，服裝我出，不用家長跟，拍完現領兩千 | Threads: fake cosplay shoot for minors, no guardian
P |  | 妹妹國中嗎？哥哥給你MyCard點數，你傳一張只給我看的就好 | DM: game points for a private photo from a junior-high pupil
P | pinyin | 找ㄇㄇ打工，陪聊就好，一小時五百，未成年OK | 妹妹 as Zhuyin ㄇㄇ; paid 'chat work' for minors
P |  | 台中約，學生優先，水水來，價錢好談，賴我 | Hokkien 水水; paid meet-ups preferring students
P |  | 有冇中學妹想搵快錢？陪食飯一千，其他再傾 | Cantonese: paid 'dinner' for secondary-school girls
P | homophone | 高價緣交 學生妹優先 私我 | 援交 -> 緣交 homophone
P |  | 免費送原神月卡三名，條件：私訊我自拍跟年紀，國中以下優先 | giveaway bait collecting selfies and ages of children
P |  | 深夜按摩外送，年輕妹子，全程服務，價目私 | paid sexual service advert
P |  | 誠徵網拍平面模特，限13-15歲，先視訊試鏡，記得一個人在房間 | fake modelling casting, alone on video
P |  | 欸你好古錐喔，幾歲？要不要賺點數，我教你拍 | Hokkien 古錐 (cute); age probe + points for photos
P | emoji | 🍼🌙 夜間陪伴 新來幾位小隻的 📩 | emoji code for night 'company' with young-looking girls
X |  | 你視訊的畫面我都錄了，三萬，不然傳給你班導跟你媽 | recorded video call, NT$30k, teacher and mother
X |  | 你IG追蹤的人我都截圖了，今天晚上十點前沒轉帳就一個一個傳 | follower list + deadline
X |  | 你以為封鎖就沒事？母湯喔，我已經辦新帳號了，傳到你們班群只要一秒 | Hokkien 母湯; new account after block, class group
X | pinyin | 再傳幾張，不然你ㄇㄚ的LINE我有喔 | 媽 as Zhuyin; coercion for more images
X |  | 你條片我save咗，唔想全校都睇到就過數，今晚之前 | Cantonese: video saved, pay before tonight
X | emoji | 📹=我有 💰=你給 ⏰=今晚 不然🏫全校看 | emoji-coded threat
X |  | 去超商買五千的遊戲點數，拍卡號給我，不然就上傳你那段 | convenience-store game points as payment rail
H |  | 【兒少保護宣導】收到「送點數換照片」的私訊，請截圖並向兒少保護專線檢舉，不要回覆 | hard negative: awareness post quoting the lure
H |  | 小卡交換🙏 出某團生日卡，收同團年末場卡，不拆售，限面交 | hard negative: idol photo-card exchange
H |  | 二手國中制服，女生夏季，尺寸M，穿一年，台北捷運面交300 | hard negative: uniform resale
H |  | 媽媽版求救：小孩在Roblox被陌生人要照片，我要報警還是先找平台？ | hard negative: Dcard parents' board
H |  | 新聞：男子以星探名義誘騙國中生拍攝私密照，地院判刑五年 | hard negative: court news
H |  | 童裝品牌徵童模，3-8歲，全程家長陪同，有勞務合約，詳見官網 | hard negative: legit casting
H |  | 期中筆記交換！我有微積分，想換普物的，PDF就好 | hard negative: notes exchange
H |  | 我朋友把我國中的醜照expose出來了，我要跟她絕交（開玩笑） | hard negative: meme 'expose'
H |  | 我35歲，想認識同年紀的朋友，可以一起吃飯爬山，慢慢了解 | hard negative: adult dating
H |  | 好險有人在PTT爆料那個假星探，我差點讓我女兒去試鏡 | hard negative: parent relieved by a warning
H |  | 性平課筆記：不管對方是誰，要你傳私密照都是不對的，可以跟老師說 | hard negative: sex-ed note
H |  | 佢話要將我喺KTV唱歌嗰條片放上公司群組，救命😂 | hard negative: Cantonese joke threat
H |  | 收二手cosplay服，尺寸S，想出明年漫展，價格私訊 | hard negative: cosplay costume trade
H |  | 幼兒園中班家長群：明天校外教學，記得帶水壺跟小毛巾 | hard negative: kindergarten parents group
H |  | 國小才藝班成果發表會的影片，老師放在雲端了，家長自行下載 | hard negative: school show video (twin of a coded row)
H |  | 宣導：若有人用「LINE群組入會費」販售兒少影像，請立即檢舉，持有也是違法 | hard negative: awareness quoting paid-group pattern
H |  | 哩賀～這家阿嬤的便當超好吃，排骨飯才八十 | hard negative: Hokkien greeting + real lunchbox shop (twin of a code)
H |  | 求有償代購演唱會周邊，台北場，會給跑腿費 | hard negative: 有償 errand
H |  | 我們是合法登記的模特兒經紀，應徵者須滿18歲，面試在公司會議室 | hard negative: legit agency
H |  | 交換禮物活動！預算五百，抽到誰就送誰，匿名的喔 | hard negative: gift exchange
H |  | 老公說要把我睡覺流口水的照片傳到家族群，我要離婚了哈哈 | hard negative: spouse joke threat
H |  | 有冇人有中三數學嘅past paper？可以用我嘅中文筆記換 | hard negative: Cantonese exam-paper swap
B |  | 今天去九份，人好多，但芋圓真的好吃 | plain
B |  | 下雨天騎車好危險，大家小心 | plain
B |  | 有人知道這週末的演唱會還有票嗎 | plain
B |  | 今日返工好攰，想快啲放假 | plain (Cantonese)
B |  | 剛搬到新竹，有推薦的早餐店嗎 | plain
B |  | 我家貓咪今天學會開門了，好可怕 | plain
B |  | 珍奶半糖少冰是我的最愛 | plain
B |  | 考完學測了，終於可以耍廢 | plain
B |  | 落雨都要行山，香港人真係好勁 | plain (Cantonese)
B |  | 颱風假要放了嗎？好期待 | plain
B |  | 這部韓劇的結局我不能接受 | plain
## en
C |  | new sprout folders just dropped, 11-13 range, one-time $40 or swap, tg in bio | X reply; invented code + age range + Telegram
C | emoji | 🎒🧃📁 lunchbox tier open again. $25/mo, previews for verified only, link in bio | IG bio: emoji code, paid tier
C | leetspeak | y34rb00k dr0p 2nite, jr high only, dm 4 the vault link | leetspeak; 'yearbook drop' code
C |  | anyone still got the recess pack from that server? will pay, or trade my grade-school stuff | Discord: buy/swap request
C | confusable | selling mіddle sсhool "field trip" vids, full set, crypto only | Cyrillic і and с inside the age term
C |  | swap only, no buyers. got 40gb of under-14 stuff, you show yours first | swap-only trader with vetting
C |  | ngl the new smol vault is insane, like 10-12 yo, $15 entry, iykyk | Gen-Z slang advert for a paid vault
C | separator | p.r.e.t.e.e.n folder for sale, mega link, cashapp only | dots through the age term
C |  | bro who has the juice-box set? the one w the kid from that dance account. paying | seeking material of an identifiable child
C | zero_width | re\u200bcess se\u200bt back up, 12 and under, ask for the invite | zero-width spaces inside the code
C |  | 'bday-13' bundles restocked. verified buyers only, escrow thru the bot | invented code with age, bot escrow
C |  | can lah, I got the primary sch one, $30 SGD, paynow then I send link | Singlish: selling primary-school material
C | emoji | 🍭🍭 candy shop 🍭🍭 fresh stock weekly, youngest menu on request. DM 🔑 | emoji code shop
C |  | paid group: playground archive. $60 lifetime. new members must upload 5 to stay | contribution-gated paid group
C | spacing | u n d e r 1 3 content for trade, hmu | spaced-out age term
C |  | lmk if u want the pics leaked from my cousin's yr 7 group chat, cheap | selling leaked images of 11-12 year olds
C |  | looking for more from the gymnastics girl series, will trade my whole drive for it | swap for a series about a child
C | leetspeak,emoji | @s0ft_spr0uts_vault bio: fresh 🌱 weekly, 12-14, buy or swap | code hidden in the leet username + sprout emoji
C |  | invite-only channel, school-age content, $20 in gift cards gets you in, no cops no time wasters | paid channel via gift cards
C |  | who's got the sleepover pics from the 6th graders? I can pay in btc | buying images of 6th graders
C |  | reselling a telegram channel, 2k subs, all minors, $500 obo | selling a channel
C | leetspeak | fr3sh k1dz c0ntent, swap ur best 4 mine, no larpers | leetspeak trade post
P |  | hey ur 14 right? i'll send u $50 on cashapp for a pic just for me, don't tell ur mom | DM paying a 14-year-old, secrecy
P |  | FREE ROBUX giveaway 🎁 dm me ur age + a selfie to enter, under 15 only lol | giveaway bait targeting under-15s
P |  | casting teen models 13-16 for a private shoot, no parents needed, paid same day | fake modelling shoot
P |  | outcall available tonight, young and discreet, roses up front | paid sexual service advert
P | leetspeak | n33d a y0ung gf 4 the wknd, will pay, dm | leetspeak paid 'girlfriend' request
P |  | cosplay shoot! looking for girls 12-15 to model my costumes, shoot at my studio, dont bring friends | fake cosplay shoot for minors, isolation
P |  | u seem mature for 13 fr. wanna earn some vbucks? just send what i ask n keep it between us | Gen-Z DM: age, V-Bucks, secrecy
P | emoji | 🍒🌙 late night company, petite & fresh, incall downtown, $$ in dm | emoji-coded paid service
P |  | is there any high school girl here who wants easy money? just a video call, $100 | paying a minor for a video call
P |  | ok lah don't tell anyone, I pay you $80 for one pic, you're sec 1 right? can one | Singlish DM to a Secondary 1 pupil
P |  | "modeling agency" here: we need private portfolio shots first, alone in your room, parents don't need to know | fake agency DM
P | confusable | sugar daddy for tеen girls, allowance weekly, no meetups needed just pics | Cyrillic е in 'teen'
P |  | yo lil bro add me on snap, i'll gift u the battle pass if u do a lil favor on cam | targeting a boy with a game pass
P |  | massage parlor on 5th, ask for the "special", new girls every week, cash only | paid sexual service
P | separator | p-a-i-d c-h-a-t w/ young girls, dm for rates | hyphens through the terms
P |  | babe you're only 12?? doesn't matter, delete our chat after ok, i'll send the giftcard first | DM to a 12-year-old, secrecy, gift card
P |  | looking for a schoolgirl who's into older guys, I'll make it worth it | adult seeking a schoolgirl, paid
P | fullwidth | ｙｏｕｎｇ companions for hire, Ｄｍ for menu | full-width letters; paid companions
P |  | any middle schoolers want to be in my "photo project"? $20 per set, no adults | paying middle schoolers for photo sets
X |  | i screen recorded our call. $500 in steam cards in 30 min or it goes to ur whole follower list | recorded call, gift cards, deadline
X |  | I have ur pics and ur school's name. pay or your class group chat sees everything tonight | school + class group threat
X |  | dont block me. I already made a collage with ur face and ur mom's fb. cashapp $300 NOW | collage proof, family, Cash App
X | leetspeak | u th1nk i'm j0king? 200 in g1ft cards or ur vid goes 2 every1 u follow | leetspeak threat
X |  | you paid 200, now i need 400 more. or should I send it to your coach? | re-demand after payment
X | spacing | send more or the old ones go on the sch\nool confessions page. your choice | coercion for more images; 'school' broken across two lines
X |  | bro its done. either you send the btc or your family group chat gets a surprise in 10 min | crypto + family chat + countdown
X | emoji | 📸 saved. 💸 $250. ⏳ 1hr. or 🏫 sees it. | emoji-coded threat
X |  | I know where you live and I have the video. paynow $500 by tonight or your parents get it lah | Singlish extortion
X |  | ex here. come back or i'm sending those pics to your new bf and your boss | ex-partner coercion
X | zero_width | i have ur vid. pay or it gets po\u200bsted to ur sch\u200bool page | zero-width spaces inside key words
X |  | gift card codes pls. 4x $100 apple. then I delete. if not, everyone on ur friends list gets the link | gift card demand
H |  | PSA from our UK partner hotline: offenders use "free Robux for a selfie" giveaways. Talk to your kids, report, don't engage | hard negative: awareness quoting the lure
H |  | Parents group: my 11yo got a DM on Roblox asking her age and school. Blocked & reported, what else should I do? | hard negative: parent thread
H |  | WTS photocards! 3 rare pulls, $20 each or trade for the summer set, no lowballs | hard negative: idol photocard trading
H |  | Selling my daughter's old school uniform, age 9-10, blazer + skirt, £15 collection only | hard negative: uniform resale
H |  | Our agency is casting kids 6-12 for a cereal ad. Licensed, chaperone required, parents on set at all times | hard negative: legit casting
H |  | Sex ed tip for parents: teach "no secrets from mom and dad" rules early, especially about photos and online friends | hard negative: sex-ed advice
H |  | Court update: man sentenced to 12 years for sextorting teens over Snapchat, prosecutors say he used fake profiles | hard negative: court news
H |  | 31F, into hiking and bad puns, looking for someone 30-40 who actually texts back | hard negative: adult dating
H |  | anyone wanna exchange bio notes? I have unit 3-5, need unit 6, will send pdfs | hard negative: notes exchange
H |  | my sister just leaked my baby pics in the family gc 💀 expose her back? | hard negative: meme 'leak'
H |  | EXPOSED: my roommate eats cereal with orange juice. screenshots attached | hard negative: meme 'expose'
H |  | the "leak" is just the album tracklist guys calm down | hard negative: music leak
H |  | lunchbox tier list: pb&j > turkey > whatever my mom packs on fridays | hard negative: twin of 'lunchbox tier'
H |  | Discord mod note: any server advertising "vaults" or paid picture bundles of minors gets reported to NCMEC and banned | hard negative: moderator notice
H |  | yearbook drop is friday! pick yours up from room 204, $35 | hard negative: literal yearbook (twin of a code)
H |  | Cosplay meetup saturday, all ages welcome, under 16s must be with a guardian | hard negative: cosplay meetup
H |  | Free Robux? it's a scam. ur kid's account will get stolen. pass it on | hard negative: scam warning
H |  | my 8yo asked me how old I am and then asked if I'm "vintage" 😭 | hard negative: child's age
H |  | CP fans rise up, this couple deserves a season 2 | hard negative: fandom couple pairing
H |  | Trading card swap at the library, kids 8-14, parents welcome, bring your duplicates | hard negative: kids' swap event
H |  | Fostering a kitten, 10 weeks old, dm me if you're local and want pics first | hard negative: pet + 'dm for pics'
H |  | Our church youth group is doing a lock-in, ages 12-17, consent forms due friday | hard negative: youth event
H |  | Partner hotline stats: 2025 saw a sharp rise in "self-generated" reports involving 11-13 year olds | hard negative: hotline statistics
H |  | lol if you don't return my hoodie I'm posting your karaoke video in the group chat | hard negative: joke threat
H |  | Tutoring rates: $40/hr, middle school math, at the public library or on zoom with a parent present | hard negative: tutor with ages and price
H |  | recess set: swings, slide, monkey bars. backyard playset, $200, you haul | hard negative: literal playset (twin of a code)
H |  | Giveaway! 3 winners get signed posters, follow + tag a friend, US only, 13+ per platform rules | hard negative: ordinary giveaway
H |  | can lah, send me the notes tonight, I pass you the textbook tmr | hard negative: Singlish notes swap
H |  | the new sprout folders at the stationery store are so cute, got 3 for school | hard negative: stationery (twin of a code)
H |  | Model call: adults 18+ only, TFP portfolio shoot, ID checked, bring a friend if you like | hard negative: adult model call
H |  | my mom threatened to send my 5th grade school photo to my gf. parents are undefeated | hard negative: family joke
H |  | Reminder: it's illegal to share nudes of anyone under 18 even if they're your bf/gf. Talk to a trusted adult | hard negative: awareness
H |  | 40M, divorced, not looking for anything serious, just dinner and conversation with women my age | hard negative: adult dating
H |  | Swapping my kid's fall wardrobe: sizes 5-6, pickup in Brooklyn, just bring something to trade | hard negative: children's clothes swap
H |  | Coach here: practice moved to 6pm. I'll drive the carpool, parents please confirm in the team chat | hard negative: coach pick-up with parents
H |  | news: police shut down a paid Telegram channel selling abuse images; 6 arrested, hundreds of accounts identified | hard negative: news
H |  | School counsellor: a student got "pay or I post" threats, we followed the Take It Down steps and called police | hard negative: response to sextortion
H |  | who has the study guide for chem? I'll venmo $5 lol | hard negative: paying for notes
H |  | babe stop sending me memes at 2am, some of us have work 😤 | hard negative: adult couple banter
B |  | anyone know if the 7 train is running this weekend | plain
B |  | made sourdough for the first time and it's basically a brick | plain
B |  | my cat knocked my coffee off the desk again | plain
B |  | gym at 6am was a mistake | plain
B |  | can someone recommend a good fantasy series? just finished the last one | plain
B |  | weather's finally nice, going for a run after work | plain
B |  | ngl this playlist is carrying my whole study session | plain
B |  | just passed my driving test!! | plain
B |  | the queue at the hawker centre is crazy today lah | plain (Singlish)
B |  | our team lost 3-1 but the vibes were immaculate | plain
B |  | does anyone else's phone die at 20% in the cold | plain
B |  | finally finished painting the spare room | plain
B |  | group project partner went silent again | plain
B |  | why is rent so expensive in this city | plain
B |  | bought tickets for the concert in march, so hyped | plain
B |  | the library has free museum passes, did not know that | plain
B |  | wifi is down at work, pray for me | plain
B |  | meal prepping for the week: rice, beans, and too much chili | plain
B |  | learning spanish on the app, 40 day streak | plain
B |  | need a plumber recommendation, kitchen sink won't drain | plain
"""


def parse():
    rows = []
    lang = None
    for line in DATA.strip('\n').split('\n'):
        if not line.strip():
            continue
        if line.startswith('## '):
            lang = line[3:].strip()
            continue
        kind, obf, text, note = [p.strip() for p in line.split(' | ')]
        text = text.replace('\\n', '\n').replace('\\u200b', '\u200b')
        obf = [o for o in obf.split(',') if o]
        rows.append({
            'lang': lang,
            'text': text,
            'labels': list(KIND[kind]),
            'obfuscation': obf,
            'hard_negative': kind == 'H',
            'notes': note,
        })
    return rows


def main():
    rows = parse()
    rng = random.Random(20261122)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({'id': f'HL-M-{i:03d}', 'lang': r['lang'], 'text': r['text'],
                    'labels': r['labels'], 'obfuscation': r['obfuscation'],
                    'hard_negative': r['hard_negative'], 'notes': r['notes']})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'messages_m.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'wrote {len(out)} rows')


if __name__ == '__main__':
    main()
