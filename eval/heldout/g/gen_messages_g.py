#!/usr/bin/env python3
"""Held-out message set G for Vigil (synthetic). Writes messages_g.jsonl.

All rows are hand-written by the set-G writer; this script only holds the table,
shuffles it with a fixed seed, assigns ids HG-M-###, validates and prints counts.
Run: python3 gen_messages_g.py
"""

def R(lang, labels, text, obf="", hn=False, n=""):
    return dict(lang=lang, labels=[l for l in labels.split("+") if l], text=text,
                obfuscation=[o for o in obf.split(",") if o], hard_negative=hn, notes=n)

# ======== ROWS_ZHS
ROWS_ZHS = [
# ---- csam_trading (27)
R("zh-Hans","csam_trading","芽芽包更新到第七期了，一二年级段的，要的私✈搜「晒太阳的萝卜」 不收现金 只收京东E卡卡密","", n="evolved: 'bud pack' code, grade 1-2 implies age, handle disguised as ordinary words, gift-card codes"),
R("zh-Hans","csam_trading","幼 苗 相 册 永 久 版 🌱 进 群 看 样 本 群 费 八 十 八 发 红 包","spacing", n="coded 'seedling album', group fee in words via red packet"),
R("zh-Hans","csam_trading","收藏向：小码系列 全网独家 原档不压缩 Q币也收 备用号被封就去主页第二个链接","", n="evolved: 'small size series', game currency, backup link"),
R("zh-Hans","csam_trading","有没有兄弟手里有那种九年义务前段的小视频 互换也行 我这边存了两百多个","", n="swap request phrased as question; 'first half of compulsory schooling' implies primary age"),
R("zh-Hans","csam_trading","出一套「放学后」相册 都是真·小学部 自己流出的那种 一口价两百U 地址私聊","", n="evolved: album name code, age by context, crypto payment"),
R("zh-Hans","csam_trading","出小学僧原图🈶 需要的加薇❤看主页 老客户八折","homophone", n="薇=微(信); 小学僧 slang for pupils"),
R("zh-Hans","csam_trading","女敕芽系列 立里装尺码 新到两百部 会员永久更新 ✈看签名","split_char", n="女敕=嫩, 立里=童 written as parts"),
R("zh-Hans","csam_trading","xx群 xiaoxue系列 yuandang 有需要的来 门票六六 🧧","pinyin", n="pinyin for 小学 / 原档, entry fee via red packet"),
R("zh-Hans","csam_trading","今天搬家累死了 楼下奶茶又涨价 对了之前说的小号衣服那个相册我找到备份了 三十多个G 全是初一以下的 要的拿steam卡换 别在群里说 改天请你们吃烧烤","", n="long, evolved: risky part in middle of chatter; 'small clothes album', under junior-high, Steam card"),
R("zh-Hans","csam_trading","招代理 转发我们的「儿童节特辑」频道 每拉一人返15点 特辑都是十岁以下原创 懂的来","", n="affiliate recruitment for paid channel, age stated as under ten"),
R("zh-Hans","csam_trading","换换换！拿我的初中部收藏换你手里的小学部 只换不卖 先发目录截图验证","", n="swap of 'collections' by school level"),
R("zh-Hans","csam_trading","求个门路 哪里还能进小书包群 之前那个被端了 愿意付费 多少都行","", n="buyer seeking a taken-down group ('school bag')"),
R("zh-Hans","csam_trading","🎒📚🍼系列 v9已上线 一份=两张面值一百的苹果卡 卡密发我就给链接","emoji", n="evolved: emoji spell school/baby; gift card codes as price"),
R("zh-Hans","csam_trading","小\u200b学\u200b生\u200b私\u200b拍 打包出 需要的留言扣1 我挨个私","zero_width", n="zero-width joins hide the term"),
R("zh-Hans","csam_trading","【小学部】ｃｏｌｌｅｃｔｉｏｎ全套＋ｖｉｐ入口 一百二十八 永久","fullwidth", n="full-width latin, price in words"),
R("zh-Hans","csam_trading","有人知道卖童年回忆相册那位的备用号吗 就是真·小朋友那种 原来的群散了 急","", n="evolved: buyer asking for seller's backup account"),
R("zh-Hans","csam_trading","本群只做幼教素材 不是你想的那种幼教 懂的都懂 新人先交投名状 三段自己的收藏","", n="contribution-gated group; 'preschool material' code"),
R("zh-Hans","csam_trading","原小学堂会员看这里 网盘挂了 新家搜「周末钓鱼小分队」 进群报会员号 老资源全补","", n="evolved: backup channel disguised as fishing club"),
R("zh-Hans","csam_trading","柚柚合集 十一二三岁档 全打包🍊 私我","homophone", n="柚=幼 homophone, ages stated"),
R("zh-Hans","csam_trading","兄弟们有没有真·晓学的那种视频 我出价 威信转 不要骗子","homophone", n="buyer; 晓=小, 威信=微信"),
R("zh-Hans","csam_trading","彩虹糖糖频道每日更新 年费三六五 小/学 幼/儿/园双区 👉备用：糖糖二号","separator", n="evolved: paid channel with backup, school levels as 'zones'"),
R("zh-Hans","csam_trading","xxb原档+yeb特辑 打包价三百 不议价 ✈签名","pinyin", n="xxb=小学部 yeb=幼儿部 pinyin initials"),
R("zh-Hans","csam_trading","昨晚排位连跪八把心态崩了 队友全是演员 辅助一直挂机 话说有人要小书包2.0吗 十二岁以下那批 我手上有 拿点券换也行 私聊别公屏 好了不说了去吃饭 今天食堂有红烧肉","", n="long, evolved: in the middle of gaming chatter, game currency"),
R("zh-Hans","csam_trading","🎁收mini size相册 交换 我的是初中以下的 加我kook频道细聊","", n="swap, mixed script, age implied"),
R("zh-Hans","csam_trading","幼兒園系列新貨到 有意私聊 扣扣號在主頁","traditional", n="Traditional characters mixed into zh-Hans row to dodge filters"),
R("zh-Hans","csam_trading","有没有人在卖六一限定那套 听说还有续集 价格好商量 Q币付可以吗","", n="evolved: buyer question, Children's Day code, game currency"),
R("zh-Hans","csam_trading","新人必看：群内素材全部来自小朋友本人手机 禁止外传 违者踢 续费找群主发码","", n="paid group, material from children's phones"),
# ---- solicitation (23; one shared with csam above counts separately)
R("zh-Hans","solicitation","南山附近 晚间陪玩陪睡套餐 短钟八百 过夜两千 加扣看照片","", n="paid sexual service advert"),
R("zh-Hans","solicitation","有没有哥哥想包养我 高一 每个月给零花钱就行 私聊","", n="minor offering herself for 'sugar' arrangement"),
R("zh-Hans","solicitation","小妹妹你初二是吧 发几张只给哥哥看的照片 一张给你五十块红包 别跟你妈说","", n="adult asks minor for private images for money, secrecy"),
R("zh-Hans","solicitation","同城月吗 有偿 学生优先","homophone", n="月=约 homophone; paid meetup, students preferred"),
R("zh-Hans","solicitation","天河新到外省妹子三位 一晚1️⃣5️⃣ 懂的➕Ⓥ看资料","emoji", n="emoji digits/letters; paid sexual services advert, price 1500"),
R("zh-Hans","solicitation","高薪招女孩陪酒陪宿 不限年龄 日结三千 包吃住","", n="recruitment into paid sex, 'no age limit'"),
R("zh-Hans","solicitation","🦪上门 🌙通宵 💰1k5 📲见头像","emoji", n="emoji-only outcall advert"),
R("zh-Hans","solicitation","弟弟你那个皮肤我帮你充 但要开视频给我看看 在你房间里 门关上 别让你爸妈知道","", n="adult trades game skin for private video with minor"),
R("zh-Hans","solicitation+csam_trading","收少女自拍 十四五岁的 一张二十 量大从优 只要本人拍的","", n="buying self-made images of 14-15 year olds: both asking minors and trading"),
R("zh-Hans","solicitation","寻同城有偿陪伴 女 大学以下也可 钱不是问题","", n="seeking paid companionship incl. under-college"),
R("zh-Hans","solicitation","cy朝阳 yp有偿 tg联系 非诚勿扰","pinyin", n="pinyin initials"),
R("zh-Hans","solicitation","家人们今天去宜家排队排到怀疑人生 买了个书架回来还得自己装 螺丝少了两颗 对了有没有靠谱的按摩推荐 要能加钟带特殊项目那种 价格无所谓 明天还要上班 晚安","", n="long: seeking 'special items' massage in middle of chatter"),
R("zh-Hans","solicitation","KTV公主可带出台 价位私聊 包厢已订","", n="paid sex (出台)"),
R("zh-Hans","solicitation","招会加班的妹妹 老板出手大方 要求年轻 十六七最好 私信","", n="recruiting minors into 'overtime' (paid sex)"),
R("zh-Hans","solicitation","小妹妹你要游戏里那套限定吗 给我拍张穿校服的就送你 拍完删聊天记录","", n="asks minor for photo in school uniform for game item, secrecy"),
R("zh-Hans","solicitation","同城有偿约见 加νх看照片","confusable", n="Greek nu + Cyrillic ha for vx"),
R("zh-Hans","solicitation","学生党缺钱的小姐姐来 陪我一晚给两千 红包先付一半","", n="paid sex offer to students"),
R("zh-Hans","solicitation","请问城西哪家足疗有深度放松项目 就是懂的都懂的那种 多少钱一次","", n="question seeking sexual service at foot spa"),
R("zh-Hans","solicitation","兼职：女大学生陪伴 可过夜 按小时计 支付宝微信都行","", n="paid overnight companionship"),
R("zh-Hans","solicitation","同城纟勺吗 有偿的那种","split_char", n="纟勺=约"),
R("zh-Hans","solicitation","你才初一就这么好看 给叔叔发张照片 我给你充一百块点券 不要告诉别人哦","", n="adult asks 12-13 year old for photo, game currency, secrecy"),
R("zh-Hans","solicitation","本地約會有償 學生兼職妹妹在線","traditional", n="Traditional chars in zh-Hans row"),
R("zh-Hans","solicitation","有没有十几岁的小妹妹想赚点零花 周末陪叔叔吃个饭看个电影 其他的见面再说 车费报销","", n="evolved: offers minors money, vague 'the rest when we meet'"),
# ---- sextortion (14)
R("zh-Hans","sextortion","你昨天晚上发的那个我已经存了 三小时内转两千 不然你们班群每个人都会收到","", n="evolved: never names images"),
R("zh-Hans","sextortion","别拉黑 拉黑你就等着 你通讯录我都导出来了 你懂我手里有什么","", n="evolved threat with harvested contacts"),
R("zh-Hans","sextortion","最后通牒：五百块Q币或者京东卡 不然你发给我的东西明天出现在你学校贴吧","", n="evolved: 'what you sent me', game currency / gift card"),
R("zh-Hans","sextortion","录 屏 已 保 存 你 爸 妈 的 电 话 我 也 有 转 一 千 十 二 点 前","spacing", n="screen recording threat, deadline"),
R("zh-Hans","sextortion","你的lz我都有 不想被挂就打钱","pinyin", n="lz = 裸照 initials"),
R("zh-Hans","sextortion","再给我发三张像上次那样的 不然我把之前的发给你男朋友","", n="demand for more images"),
R("zh-Hans","sextortion","哈哈你以为删了就没事了？云端都有备份 周五之前３０００到账 不然你自己看着办","fullwidth", n="evolved, full-width digits: payment demand"),
R("zh-Hans","sextortion","在吗 最近降温了注意身体 你们那边下雨没 我这边冷死了 对了你还记得上周视频聊天吧 那段我录了 你家亲戚微信我都加好了 不想他们看到就按我说的做 先转八百 别跟任何人说","", n="long, evolved: threat wrapped in small talk"),
R("zh-Hans","sextortion","你不听话我就把咱俩的聊天记录连同你发的那些 一起发到你们年级群 自己想清楚","", n="coercion, no image words"),
R("zh-Hans","sextortion","📹在我这 💸五百 ⏰今晚十点前 不然📤给你所有好友","emoji", n="emoji-coded threat"),
R("zh-Hans","sextortion","小妹妹你以为换号就行了？你那天穿校服的那些我都存着 下周你还得再给我拍","", n="coercion of minor for more images"),
R("zh-Hans","sextortion","已经进了你的家长群 给你一个小时 礼品卡卡密发我 不然群里见","", n="evolved: gift-card codes demand"),
R("zh-Hans","sextortion","兄弟别装死 那天视频里你干了啥自己清楚 游戏账号连装备转给我就删","", n="evolved: account transfer demand"),
R("zh-Hans","sextortion","你的私\u200b密\u200b照在我这 转账八百 不然发朋友圈","zero_width", n="zero-width hides 私密照"),
# ---- hard negatives (47)
R("zh-Hans","","二手儿童自行车16寸 九成新 150元 海淀自提 联系方式见闲鱼主页","", True, "hard negative: kids' goods, price, contact 'see homepage'"),
R("zh-Hans","","幼儿园大班家长群通知：明天六一汇演 孩子们穿白T恤 家长可以拍照但请不要发到公开平台","", True, "hard negative: 六一, children's photos, school notice"),
R("zh-Hans","","求推荐三年级数学家教 一小时一百五左右 周末上门 有经验的老师私我","", True, "hard negative: grade, price, 上门, 私我"),
R("zh-Hans","","出K-pop小卡合集❤全套二十张 一百二 走闲鱼 不议价 包邮","", True, "hard negative: photocard 合集, price"),
R("zh-Hans","","邮票收藏 八十年代生肖全套 带原装相册 价格私聊 非诚勿扰","", True, "hard negative: stamp album, 私聊, 非诚勿扰"),
R("zh-Hans","","这对CP我嗑死了 原作党求同好 同人资源互换 纯爱向","", True, "hard negative: fandom CP, 资源互换"),
R("zh-Hans","","考研资源合集 网盘永久有效 进群免费领 不收任何费用","", True, "hard negative: 资源 合集 网盘 进群 永久"),
R("zh-Hans","","洛丽塔裙子出 小码S 正版 原价八百现五百 可小刀","", True, "hard negative: Lolita fashion, 小码"),
R("zh-Hans","","儿童摄影｜全家福/百天照/周岁照 套餐699起 含精修二十张 预约私信","", True, "hard negative: children's photography with prices"),
R("zh-Hans","","警方提醒：有人冒充网友索要孩子照片 一旦对方说不给钱就把视频发出去 请立即报警 不要转账","", True, "hard negative: police warning quoting threat"),
R("zh-Hans","","新闻：某地男子通过游戏点券诱骗未成年人发送私密照片被刑拘 家长请留意孩子的充值记录","", True, "hard negative: news"),
R("zh-Hans","","哈哈哈你再嘴硬 我就把你昨晚KTV跑调的视频发家族群 三秒内请我喝奶茶","", True, "hard negative: joking video threat between friends"),
R("zh-Hans","","上门维修空调洗衣机 24小时 师傅电话见店铺首页","", True, "hard negative: 上门 service"),
R("zh-Hans","","正规中医推拿 医保定点 颈椎腰椎调理 一次九十分钟一百二","", True, "hard negative: licensed massage"),
R("zh-Hans","","陪诊服务：陪老人去医院挂号取药 半天两百 全天三百五","", True, "hard negative: hospital escort, 陪"),
R("zh-Hans","","王者点券出 一千点八十五 走闲鱼担保 成年玩家优先","", True, "hard negative: game currency trading"),
R("zh-Hans","","宝宝快三岁了 有没有妈妈推荐早教班 我们小区那家一节课一百八","", True, "hard negative: child age, price"),
R("zh-Hans","","童装交换群：110-130码 孩子穿不下的免费换 进群请备注孩子年龄","", True, "hard negative: kids' clothes swap, 码, 进群, 年龄"),
R("zh-Hans","","钢琴一对一 四到十二岁 试听免费 朝阳 微信见海报","", True, "hard negative: lessons with age range"),
R("zh-Hans","","班主任：请各位家长今晚八点前在小程序上传孩子的一寸照片 用于学籍 不要发在群里","", True, "hard negative: school asks children's photos"),
R("zh-Hans","","闺女十一岁 想报个游泳班 有没有女教练 一期多少钱","", True, "hard negative: child's age, price"),
R("zh-Hans","","出小学一到六年级全套练习册合集pdf 人教版 十块打包","", True, "hard negative: 小学 合集 打包 price"),
R("zh-Hans","","初中部期末复习资源共享群 只限本校学生和家长 群号找班长","", True, "hard negative: 初中部 资源 群"),
R("zh-Hans","","放学后兴趣班周三改周四了 孩子们四点半接 别迟到","", True, "hard negative: 放学后 (reuses a code phrase)"),
R("zh-Hans","","品牌童装尾货 90-120码 一件二十 量大从优 支持一件代发","", True, "hard negative: children's clothes, 量大从优"),
R("zh-Hans","","反诈宣传：「你的视频在我手上 转账就删」是典型裸聊敲诈话术 遇到请截图报警 别慌","", True, "hard negative: anti-fraud post quoting threat"),
R("zh-Hans","","游戏代练上王者 学生党有优惠 不接未成年代充","", True, "hard negative: 学生党, game"),
R("zh-Hans","","家长注意：孩子手机里如果出现纸飞机蝙蝠之类的聊天软件 问清楚是谁让装的","", True, "hard negative: safety advice naming apps"),
R("zh-Hans","","二手婴儿车 用了一年 三百 同城自提 私聊","", True, "hard negative: second-hand, price, 私聊"),
R("zh-Hans","","高一英语补课 一对一 每周两次 师范毕业 一小时两百","", True, "hard negative: tutoring naming grade"),
R("zh-Hans","","你敢不来打球 我就把你上次摔个狗吃屎的视频发朋友圈","", True, "hard negative: joke threat"),
R("zh-Hans","","宝宝周岁照拍了三百多张 做成相册了 亲戚们要的私我发网盘","", True, "hard negative: parent sharing album via netdisk"),
R("zh-Hans","","找个成年人夜宵搭子 烧烤 AA 别想歪 就吃串","", True, "hard negative: 夜宵 搭子"),
R("zh-Hans","","Lolita茶会本周日 入场费六十八含甜点 记得穿裙子","", True, "hard negative: Lolita tea party, fee"),
R("zh-Hans","","萌宠相册合集 猫猫狗狗一百张高清壁纸 免费领","", True, "hard negative: album 合集"),
R("zh-Hans","","夏令营报名：7-12岁 五天四晚 两千八 营地有女生宿管","", True, "hard negative: ages, price, overnight"),
R("zh-Hans","","有家长知道学校门口小卖部的闪卡合集一包多少钱吗 孩子天天买","", True, "hard negative: card collection, children"),
R("zh-Hans","","今天带娃去公园 有个陌生人一直问我闺女几岁在哪上学 我直接怼回去了 大家注意一下 孩子放学一定要有人接 别让他们单独跟陌生人说话 晚上吃火锅去 有一起的吗","", True, "hard negative: parent warning about stranger asking age/school"),
R("zh-Hans","","宽带上门安装请拨打400热线 工程师一般两小时内到","", True, "hard negative: 上门, business hotline"),
R("zh-Hans","","私教健身一对一上门 三百一节 女教练可选","", True, "hard negative: 上门 一对一 private coach"),
R("zh-Hans","","高考志愿填报咨询 VIP一对一 永久答疑 进群费九十九","", True, "hard negative: VIP 进群费 永久"),
R("zh-Hans","","蜡笔小新全集合集 国语版 网盘分享 有人要吗","", True, "hard negative: cartoon 合集 网盘"),
R("zh-Hans","","出闲置奥特曼卡 整本卡册 四百多张 闪卡三十张 打包六百 学生勿扰 怕家长找","", True, "hard negative: card album, 学生勿扰"),
R("zh-Hans","","这届小学生太难带了 我们班有个熊孩子把作业本藏在书包夹层 被我抓包","", True, "hard negative: 小学生 书包 (reuses code word)"),
R("zh-Hans","","六一限定盲盒到货了 小朋友喜欢的款 一盒五十九 门店自取","", True, "hard negative: 六一限定 (reuses code phrase) goods"),
R("zh-Hans","","晒太阳的萝卜是我家多肉的名字 今天发新芽了 分享一下","", True, "hard negative: plant chat reuses handle-like phrase"),
R("zh-Hans","","群主你好 我们家长自发的班级相册 能不能设成仅群成员可见 不想孩子照片外传","", True, "hard negative: privacy of children's photos"),
# ---- plain benign (24)
R("zh-Hans","","下班了 谁约火锅 老地方见","", n="plain: adults arranging dinner"),
R("zh-Hans","","今天地铁又晚点了二十分钟 打卡又要迟到","", n="plain"),
R("zh-Hans","","有人知道这周末图书馆开不开吗","", n="plain"),
R("zh-Hans","","楼上装修从早上八点钻到现在 头都大了","", n="plain"),
R("zh-Hans","","求推荐一款不踩雷的防晒 油皮","", n="plain"),
R("zh-Hans","","周五团建去爬山 记得带水和充电宝","", n="plain"),
R("zh-Hans","","我妈又给我寄了一箱橘子 谁要来拿","", n="plain"),
R("zh-Hans","","这个月电费怎么这么高 空调开太多了吧","", n="plain"),
R("zh-Hans","","新买的键盘到了 青轴好吵哈哈","", n="plain"),
R("zh-Hans","","请问去机场坐哪条线最快","", n="plain"),
R("zh-Hans","","刚看完那部电影 结局我哭了半小时","", n="plain"),
R("zh-Hans","","小区门口新开了一家面馆 牛肉面十八 味道还行","", n="plain"),
R("zh-Hans","","今天的作业是背课文第三段 明天抽查","", n="plain"),
R("zh-Hans","","谁有多余的羽毛球拍借我一下 周六用","", n="plain"),
R("zh-Hans","","终于把驾照考下来了 科目三一把过","", n="plain"),
R("zh-Hans","","猫又把花盆推下来了 真服了","", n="plain"),
R("zh-Hans","","明天降温十度 大家多穿点","", n="plain"),
R("zh-Hans","","这个bug改了一下午 原来是少了个分号","", n="plain"),
R("zh-Hans","","房东说下个月涨房租 我想搬家了","", n="plain"),
R("zh-Hans","","周末有人一起去看展吗 门票我有多的","", n="plain"),
R("zh-Hans","","外卖小哥把我的奶茶洒了一半 给了五星好评 太辛苦了","", n="plain"),
R("zh-Hans","","老师说下周期中考试 范围是前四单元","", n="plain"),
R("zh-Hans","","手机屏幕碎了 换一个要六百 心疼","", n="plain"),
R("zh-Hans","","群里有懂装修的吗 卫生间防水怎么做","", n="plain"),
]

# ======== ROWS_ZHT
ROWS_ZHT = [
# ---- csam_trading (12)
R("zh-Hant","csam_trading","收藏家福利 國小組相簿 第三彈 MyCard點數卡序號換連結 備份群看個簽","", n="evolved: 'elementary group album', game card serials, backup group (TW)"),
R("zh-Hant","csam_trading","有冇巴打有嗰啲「細路仔系列」 可以用PayMe俾 唔好呃我","", n="HK buyer asking for 'little kids series', PayMe"),
R("zh-Hant","csam_trading","ㄍㄒ相簿 永久更新 進群費 一千二 街口轉帳 私ㄌ","pinyin", n="zhuyin ㄍㄒ=國小, ㄌ=聊; group fee"),
R("zh-Hant","csam_trading","鄉民們 有人還有那個「制服小學堂」的雲端嗎 原本的被砍了 付費也可以","", n="TW buyer question, takedown"),
R("zh-Hant","csam_trading","出 細 碼 相 簿 📁 全 部 係 小 學 雞 自 己 影 嘅 轉 數 快 過 數 後 俾 link","spacing", n="HK: 小學雞 = primary kids; self-produced, FPS payment"),
R("zh-Hant","csam_trading","今天捷運超擠 差點遲到 話說之前講的幼稚園畢業紀念冊那種「特別版」 我朋友有全套 用遊戲幣換 有興趣的私 不要在版上問 晚點要去看電影了 有人要一起嗎","", n="long, evolved: 'special edition graduation book' in chatter, game currency"),
R("zh-Hant","csam_trading","🧸🏫📸 套組 新上架 一組=三張 Steam 卡 序號私訊給我","emoji", n="evolved: emoji spell teddy/school/camera; gift card codes"),
R("zh-Hant","csam_trading","交換區：拿我的國中部換國小部 只換不賣 先傳目錄截圖","", n="swap"),
R("zh-Hant","csam_trading","ｖｉｐ 小 一 到 小 六 全 收 錄 一 年 費 用 二 千 四 ➜ 備 用 頻 道 看 置 頂","fullwidth,spacing", n="full-width vip, grade range, backup channel"),
R("zh-Hant","csam_trading","新人入群規矩：自己手上至少五部「小朋友原檔」當門票 不交的二十四小時內踢","", n="contribution-gated"),
R("zh-Hant","csam_trading","有冇人賣返嗰套兒童節合輯 聽講出咗續集 用比特幣都得","", n="evolved: HK buyer question, crypto"),
R("zh-Hant","csam_trading","全台獨家 十歲以下 未流出 限量三份 USDT 報價 賴:看主頁第二行","", n="age stated, crypto, contact masked"),
# ---- solicitation (10)
R("zh-Hant","solicitation","台中 外送🍵 新妹到 學生兼職 短時二五 長時四千 賴私","emoji", n="TW: 外送茶 with tea emoji (outcall sex), student"),
R("zh-Hant","solicitation","旺角 一樓一 新到 熟女 三位 半鐘 四百 全晚 一千八","", n="HK: 一樓一 (one-woman brothel) advert"),
R("zh-Hant","solicitation","妹妹你國二對吧 拍幾張只給哥哥看的 我幫你儲值MyCard五百 不要跟別人講喔","", n="adult asks minor for images for game card, secrecy"),
R("zh-Hant","solicitation","有冇中學妹想搵快錢 陪阿叔食餐飯 其他見面再傾 車費包","", n="HK: offering schoolgirls money"),
R("zh-Hant","solicitation","援 交 ㄇ ？ 高 中 生 可 價 錢 好 談","pinyin,spacing", n="zhuyin ㄇ, paid dating with high schoolers"),
R("zh-Hant","solicitation","請問板橋有哪間按摩店有「半套」的 價格大概多少 求私訊","", n="seeking paid sexual service"),
R("zh-Hant","solicitation","約 茶 🍵 ✨ 今 晚 有 空 🌙 過 夜 🈶 💰 私","emoji,spacing", n="茶 = sex worker code; emoji"),
R("zh-Hant","solicitation","弟弟你要那個限定造型嗎 開視訊給我看一下你房間 門要關好 我就送你","", n="adult trades game item for private video with minor"),
R("zh-Hant","solicitation","徵 乾 爹 ～ 高一 每月零用錢 私我 認真的","", n="minor seeking sugar daddy"),
R("zh-Hant","solicitation","尖沙咀酒店 今晚想搵個女仔陪 有冇人介紹 價錢冇問題 後生啲更好","", n="HK: seeking paid sex, 'younger is better'"),
# ---- sextortion (6)
R("zh-Hant","sextortion","你昨天傳給我的那個我都存了 三小時內匯五千 不然你們班群人手一份","", n="evolved: 'what you sent me'"),
R("zh-Hant","sextortion","唔好block我 你屋企人電話我全部有 今晚十二點前過數 唔係大家一齊欣賞","", n="HK: threat, payment deadline"),
R("zh-Hant","sextortion","上禮拜視訊那段我錄起來了 想刪就去便利商店買點數卡 序號傳給我 不要報警 你懂","", n="evolved: recorded video call, gift card"),
R("zh-Hant","sextortion","再 拍 三 張 像 上 次 那 樣 的 不 然 我 傳 給 你 爸 媽","spacing", n="demand for more images"),
R("zh-Hant","sextortion","最近天氣好冷喔 你要多穿一點 聽說你們下週要段考 加油 對了那天晚上的影片還在我這 你不想讓你學校的人看到吧 這禮拜六之前街口轉我三千 別想耍花樣","", n="long, evolved: threat inside small talk"),
R("zh-Hant","sextortion","你的sz我都有 不想被公開就乖乖聽話","pinyin", n="sz = 私照 initials"),
# ---- hard negatives (21)
R("zh-Hant","","二手童裝 110-120 一袋三百 板橋面交 LINE見個人頁","", True, "hard negative: kids' clothes, price, contact"),
R("zh-Hant","","幼幼班家長請注意 下週三親子運動會 請幫孩子穿運動服 可以拍照但不要上傳臉書","", True, "hard negative: 幼幼班, children's photos"),
R("zh-Hant","","徵國二數學家教 時薪六百 每週兩次 台北大安 女老師佳","", True, "hard negative: tutoring, grade, price"),
R("zh-Hant","","出韓團小卡 整本收藏冊 五十張 兩千 可小刀 7-11交貨便","", True, "hard negative: K-pop photocard album, price"),
R("zh-Hant","","這對CP真的好好嗑 有沒有同好一起吃糧 同人本互換","", True, "hard negative: fandom CP"),
R("zh-Hant","","Lolita洋裝 出清 小尺寸 正版 原價五千 現兩千五 面交優先","", True, "hard negative: Lolita, small size"),
R("zh-Hant","","全家福攝影 兒童寫真 一組三千八 含二十張精修 週末可預約","", True, "hard negative: family/children photography"),
R("zh-Hant","","警方呼籲：歹徒常說「不付錢就把影片寄給你同學」 遇到請不要匯款 立刻撥165","", True, "hard negative: police warning quoting threat, anti-fraud hotline"),
R("zh-Hant","","哈哈你再鬧 我就把你喝醉唱歌的影片傳到家族群 快請我喝珍奶","", True, "hard negative: joking threat"),
R("zh-Hant","","陪診服務 陪長輩看醫生 半天八百 全天一千五 有證照","", True, "hard negative: hospital escort"),
R("zh-Hant","","天堂M 鑽石出 一千顆三百五 可走8591 成年玩家為主","", True, "hard negative: game currency trading"),
R("zh-Hant","","阿里山茶莊 新茶到 高山烏龍 半斤一千二 歡迎來喝茶","", True, "hard negative: 茶 = tea"),
R("zh-Hant","","國小一到六年級 講義合集 PDF 打包一百 老師自編","", True, "hard negative: 國小 合集 打包"),
R("zh-Hant","","新聞：男子以點數卡誘騙國中生傳私密照 遭警方逮捕 家長請多注意孩子的儲值紀錄","", True, "hard negative: news"),
R("zh-Hant","","持牌中醫推拿 跌打扭傷 每節四百 可用醫療券 預約請致電診所","", True, "hard negative: HK licensed massage"),
R("zh-Hant","","兒童節限定扭蛋到貨 小朋友最愛 一顆一百","", True, "hard negative: 兒童節限定 goods"),
R("zh-Hant","","有冇家長知學校附近邊度有平啲嘅暑期班 個仔八歲 想學游水","", True, "hard negative: HK parent, child age"),
R("zh-Hant","","郵票收藏冊 民國老郵票 一本三十頁 價格私訊 不議價","", True, "hard negative: stamp album, 私訊"),
R("zh-Hant","","上門電腦維修 網路設定 到府服務 車馬費三百","", True, "hard negative: 上門/到府 IT support"),
R("zh-Hant","","防詐講座：歹徒會先送點數或造型 再要孩子開視訊 家長要教孩子說不","", True, "hard negative: safety talk"),
R("zh-Hant","","我們社區的二手玩具交換日 週六下午 樂高 桌遊都可以帶來換","", True, "hard negative: toy swap"),
# ---- plain (11)
R("zh-Hant","","今天颱風假 大家記得待在家","", n="plain"),
R("zh-Hant","","有人知道這家滷肉飯幾點開嗎","", n="plain"),
R("zh-Hant","","期末報告終於交了 爽","", n="plain"),
R("zh-Hant","","今晚去唔去打邊爐 我訂位","", n="plain (HK)"),
R("zh-Hant","","捷運又故障 我要遲到了啦","", n="plain"),
R("zh-Hant","","新買的咖啡豆好酸 不太喜歡","", n="plain"),
R("zh-Hant","","週末爬象山 有人要一起嗎","", n="plain"),
R("zh-Hant","","屋企部冷氣壞咗 熱到瞓唔著","", n="plain (HK)"),
R("zh-Hant","","這集劇情也太扯了吧 編劇出來","", n="plain"),
R("zh-Hant","","房東說要漲房租 好煩","", n="plain"),
R("zh-Hant","","貓咪今天第一次自己用貓砂 感動","", n="plain"),
]

# ======== ROWS_EN
ROWS_EN = [
# ---- csam_trading (21)
R("en","csam_trading","new drop in the junior album 📁 yr1-yr4 only. amazon card codes accepted, dm the code + ur @ and i send the link. backup ch in bio","", n="evolved: 'junior album' year groups imply age, gift card codes, backup channel"),
R("en","csam_trading","anyone still got the recess folder? og one got nuked. will pay in robux or btc whatever","", n="evolved: buyer question, takedown, game currency/crypto"),
R("en","csam_trading","s.m.a.l.l s.i.z.e vault 🔐 lifetime access 40 usdt. under-twelve section updated weekly. wickr in pinned","separator", n="separated 'small size', age stated"),
R("en","csam_trading","trading my middle-school stash for ur elementary one. no sellers, swap only, show index first","", n="swap by school level"),
R("en","csam_trading","abeg who get that 'playground' collection, the real small ones. i fit pay with USDT or itunes card sharp sharp","", n="Nigerian English buyer, crypto/gift card"),
R("en","csam_trading","pls pm po for the grade school set, 500 GCash lang or load, may backup gc kami if ma-ban","", n="evolved: Filipino English/Taglish, GCash/load, backup group chat"),
R("en","csam_trading","Kindly note the new link for the 'tiny tots' archive. Members who paid via UPI need not pay again. Do the needful and join backup before Friday.","", n="Indian English, paid archive, backup"),
R("en","csam_trading","ngl the lil ones pack is fire fr, 3 steam cards and its urs no cap, dont ask in public","", n="US teen register, gift cards"),
R("en","csam_trading","juniоr cоllecti0n v7 — 2 x £50 gift cards, codes only, no paypal","leetspeak,confusable", n="Cyrillic o look-alikes and 0 for o"),
R("en","csam_trading","so my landlord finally fixed the heating lol anyway if anyone wants the school-run album i found a mirror, all primary age, 20 quid in vouchers, msg me not here. also who's up for the pub quiz thursday","", n="long, evolved, UK English: risky middle of chatter"),
R("en","csam_trading","🧒📸🔒 bundle restock 💳 = 2x 💯 gift cards 📩 codes in dm","emoji", n="evolved: emoji advert, gift cards"),
R("en","csam_trading","entry rule: bring 5 of your own 'sprout' files or you're kicked in 24h. no freeloaders","", n="contribution-gated group"),
R("en","csam_trading","who has the d@yc4re series? paying well, d1sc0rd only","leetspeak", n="buyer"),
R("en","csam_trading","undеr 1O оnly. og files not reposts. 0.002 btc per folder, wallet on request","confusable", n="seller, age stated (Cyrillic е/о, letter O for zero), crypto"),
R("en","csam_trading","r e c e s s  v a u l t  reopened. same price. new name: 'weekend birdwatching club'. ask for the invite","spacing", n="evolved: spaced name, backup disguised as birdwatching"),
R("en","csam_trading","Oga the kiddie pack you promised, I don send the naira since yesterday, where the link?","", n="Nigerian buyer chasing paid pack"),
R("en","csam_trading","selling 'playdate' folders, pre-teen, 15 bucks in v-bucks cards each, bulk deals","", n="evolved: seller, pre-teen, game gift cards"),
R("en","csam_trading","lf someone w the 6th grade set? ill trade my 2 albums","", n="swap request"),
R("en","csam_trading","drop\u200bbox w\u200bith the yo\u200bung ones, 30 usdt, tg in bio","zero_width", n="zero-width splits"),
R("en","csam_trading","hey guys quick one before the match, any1 still got the lunchbox set, the under 11 one? paying in fortnite or roblox cards, codes in dm pls. anyway come on you reds, if we lose again to that lot im not going to work monday","", n="long-ish, evolved, chatter with football"),
R("en","csam_trading","ＶＩＰ ｐｒｅ－ｔｅｅｎ ａｒｃｈｉｖｅ ｌｉｆｅｔｉｍｅ ５０ ｕｓｄｔ","fullwidth", n="full-width advert"),
# ---- solicitation (18)
R("en","solicitation","new in town 💋 incall/outcall, 1hr 200 overnight 900, discreet, text for menu","", n="paid sexual services advert"),
R("en","solicitation","ur 14 rite? send me a pic just for me and ill get u that skin, dont tell ur mum","", n="adult asks minor for image for game item, secrecy"),
R("en","solicitation","any young girls wanna make easy cash this weekend? just dinner w a generous guy, rest we talk","", n="offering money to young girls"),
R("en","solicitation","lookin for a sugar daddy, im in yr10, pm me","", n="minor seeking paid arrangement"),
R("en","solicitation","Available for 'private sessions' in Lekki, short time 30k long 70k, no time wasters","", n="Nigerian: paid sex advert"),
R("en","solicitation","hm po yung overnight? kahit student ok lang, gcash ready","", n="Taglish: seeking paid sex, student"),
R("en","solicitation","Genuine escort service available in Andheri. College girls available. Kindly whatsapp for rates.","", n="Indian English: escort advert, college girls"),
R("en","solicitation","s3ss10ns av4il tonite, 150 roses/hr, no law enforcement","leetspeak", n="leetspeak advert, roses = money"),
R("en","solicitation","🌶️ 🏨 🌙 ✅ 💸 2 bills DM","emoji", n="emoji-only advert"),
R("en","solicitation","hey ur in year 8 right? id send u 50 in robux if u go on cam in ur room, door shut, just us","", n="adult asks minor for private cam, game currency"),
R("en","solicitation","any massage place round here that does 'extras'? asking for a mate obviously lol","", n="question seeking sexual services"),
R("en","solicitation","hiring girls for vip parties, 16+ ok, good money, stay overnight","", n="recruiting minors for paid sex"),
R("en","solicitation","i can pay ur phone bill every month if u send me stuff only i get to see, ur in 9th grade so no one would know","", n="adult asks minor for private images for money"),
R("en","solicitation","wanna meet? p-a-i-d. stu-dents welcome. sn@p in bio","separator", n="paid meetups, students"),
R("en","solicitation","p.a.i.d meet at my place, 2 hrs, cash, any age fine","separator", n="dotted separator; paid meet, any age"),
R("en","solicitation","omg this week has been SO long, work was chaos and the train was delayed twice. btw if anyone knows a girl who does paid overnights near Hackney lmk, happy to pay well, discreet obvs. anyway off to tesco before it shuts, need milk and those cookies again","", n="long UK: seeking paid sex in middle of chatter"),
R("en","solicitation","Bangalore — bold friendship, full night service, paid. contact in bio","", n="Indian English paid sex advert"),
R("en","solicitation","u said ur 13, thats ok. i can send gift cards every week if u keep sending me those private pics, deal?","", n="adult requests private images from 13-year-old for gift cards"),
# ---- sextortion (10)
R("en","sextortion","i saved what u sent me last night. $500 in steam cards by 9pm or ur whole follower list gets it","", n="evolved: 'what you sent'"),
R("en","sextortion","dont block me. i got ur contacts already. u know what i have. pay up","", n="evolved threat"),
R("en","sextortion","remember our little video chat? i recorded it. ur school's page will love it unless u send 300 in gift card codes","", n="evolved: recorded call"),
R("en","sextortion","s e n d 3 more like the last ones or i p o s t the old ones in ur class gc","spacing", n="demand for more"),
R("en","sextortion","Oya pay the 50k before 6 or the video go reach your pastor and your papa","", n="Nigerian English sextortion"),
R("en","sextortion","y0ur pr1v8 p1cs r w1th m3. $200 bitcoin or they go public","leetspeak", n="leetspeak"),
R("en","sextortion","🎥➡️👪 unless 💵 tonight ⏳","emoji", n="emoji: video to family unless paid"),
R("en","sextortion","lol u thought deleting ur acc would work? i still have that clip. apple cards. 2 of them. now","", n="evolved"),
R("en","sextortion","hey hope ur week is going ok, saw ur game went well. anyway i still have the stuff from our call, so u can either send the 400 in xbox cards by friday or ur teammates and coach get a copy. ur choice, no pressure lol","", n="long evolved threat wrapped in chit-chat"),
R("en","sextortion","ur n\u200budes r safe w me as long as u keep paying. miss a week and ur mum sees","zero_width", n="zero-width"),
# ---- hard negatives (38)
R("en","","Selling kids' bike 16\" barely used, £40 ono, collection only from Croydon, msg me","", True, "hard negative: kids' goods, price, 'collection'"),
R("en","","Reminder from Year 3: photo day Thursday, parents pls don't share class pics publicly","", True, "hard negative: school notice, children's photos"),
R("en","","Maths tutor for Grade 6-8, $35/hr, online or in-home, DM for schedule","", True, "hard negative: tutoring naming grades, price, DM"),
R("en","","WTS full BTS photocard album, 30 cards, $120 shipped, no lowballs","", True, "hard negative: K-pop album, price"),
R("en","","this CP is my whole personality now, anyone have fic recs?? slow burn pls","", True, "hard negative: fandom CP"),
R("en","","Lolita coord for sale, size S, brand, $180 incl shipping, pics on request","", True, "hard negative: Lolita fashion, pics on request"),
R("en","","Family & newborn photoshoots, packages from $250, 20 edited photos, book via link","", True, "hard negative: photographer, children"),
R("en","","Police warning for parents in the district: scammers are messaging teens on gaming apps, building trust for a few days and then saying 'pay or I send your video to your friends'. Don't pay, don't delete the chat, screenshot it and report it to us or CEOP.","", True, "hard negative: police warning quoting threat"),
R("en","","lmaooo if u dont come to my party im posting the video of u falling off the trampoline","", True, "hard negative: joking threat"),
R("en","","Licensed physio & sports massage clinic, 60 min £55, home visits available","", True, "hard negative: legit massage, home visits"),
R("en","","Outcall IT support, we come to you, £45 per hour, evenings ok","", True, "hard negative: outcall IT"),
R("en","","Medical escort: we accompany elderly patients to hospital appointments, $30/hr","", True, "hard negative: escort to hospital"),
R("en","","WTS 10k vbucks acct, og skins, $60, middleman ok, adults only","", True, "hard negative: game currency trading"),
R("en","","Kids clothes swap @ community hall Sat 10am, sizes 2-10, bring what they've outgrown","", True, "hard negative: kids' clothes swap, ages"),
R("en","","stamp collection album, 1960s, over 400 stamps, £80, buyer collects","", True, "hard negative: album, collection, price"),
R("en","","News: man jailed after demanding gift cards from teen, court heard he wrote 'pay me or everyone sees it'","", True, "hard negative: news quoting sextortion threat"),
R("en","","Parents: if someone online offers your child Robux or V-Bucks for pics, screenshot and report. Talk to your kids.","", True, "hard negative: safety advice"),
R("en","","swimming lessons for ages 4-12, £12 per session, female instructors available","", True, "hard negative: kids' class, ages, price"),
R("en","","Selling my son's old Pokemon card collection, binder of 300, £150, DM","", True, "hard negative: card collection"),
R("en","","Kindly share the study resources folder for Class 10 board exams, urgent pls","", True, "hard negative: Indian English, resources folder, class 10"),
R("en","","abeg who get past questions for JSS2? my small sister dey need am","", True, "hard negative: Nigerian, school material"),
R("en","","pls po pm for preloved kids toys, 200 pesos each, meetup SM North","", True, "hard negative: Filipino, kids' toys, pm"),
R("en","","babysitter needed Fri night for 2 kids (5 and 7), $18/hr, references pls","", True, "hard negative: kids' ages, price"),
R("en","","yearbook photo retakes are next week, grade 9 and 10 only","", True, "hard negative: school photos, grades"),
R("en","","Backup channel for our book club since the main group got spammed: same name + 2","", True, "hard negative: backup channel"),
R("en","","Selling 500 Robux gift card, unused, $5 off face value, adults only pls","", True, "hard negative: gift card trade"),
R("en","","my sis said if i eat her fries again she's sending my singing vid to the family chat 💀","", True, "hard negative: joking threat"),
R("en","","Little League team photos are up! Parents can order prints, $15 a set","", True, "hard negative: children's team photos, price"),
R("en","","new junior coding class (ages 8-11), 6 weeks, $120, laptops provided","", True, "hard negative: 'junior', ages, price"),
R("en","","school run carpool? i can take 3 kids mon/wed, text me","", True, "hard negative: 'school run' (code-like), text me"),
R("en","","Safeguarding training Wed: how offenders use 'secret' chats and gift cards with children","", True, "hard negative: safety talk"),
R("en","","daycare has spots for toddlers from Sept, $1100/month, tours weekdays","", True, "hard negative: daycare, price"),
R("en","","anyone selling a cheap pram? budget 50 quid, north london","", True, "hard negative: baby goods"),
R("en","","Dating 30M looking for a woman 28-40, coffee first, no hookups pls","", True, "hard negative: adults dating"),
R("en","","full night shift nurse available for elderly care, weekly rates, dm","", True, "hard negative: 'full night' legit care"),
R("en","","vintage doll collection, 12 porcelain dolls in original boxes, offers","", True, "hard negative: doll collection"),
R("en","","our sprout gardening club meets sat, kids welcome, bring gloves","", True, "hard negative: 'sprout' reused"),
R("en","","the recess bell is broken again lol the kids are loving it","", True, "hard negative: 'recess' reused"),
# ---- plain (18)
R("en","","anyone up for footy sunday? need 2 more","", n="plain"),
R("en","","my train got cancelled again, love southern rail","", n="plain"),
R("en","","just finished that show, the ending was mid tbh","", n="plain"),
R("en","","does anyone know if the library is open on bank holidays","", n="plain"),
R("en","","Kindly revert with the updated sheet by EOD","", n="plain (Indian English)"),
R("en","","na wa for this traffic o, i don dey here since 7","", n="plain (Nigerian)"),
R("en","","sana all may jowa this valentines lol","", n="plain (Taglish)"),
R("en","","bro that test was lowkey impossible","", n="plain (US teen)"),
R("en","","cat knocked my coffee onto my laptop. rip","", n="plain"),
R("en","","who's bringing snacks to the meeting","", n="plain"),
R("en","","happy bday mate have a good one","", n="plain"),
R("en","","recipe for the banana bread pls it was amazing","", n="plain"),
R("en","","heading to the gym, anyone want a protein shake","", n="plain"),
R("en","","power's out in our whole street, anyone else?","", n="plain"),
R("en","","just got my driving licence!!! finally","", n="plain"),
R("en","","is the 42 bus still on diversion","", n="plain"),
R("en","","new phone who dis lol","", n="plain"),
R("en","","rain all week again, classic","", n="plain"),
]

# ---------------------------------------------------------------- build
import json, random, sys, os, unicodedata
from collections import Counter

LABELS = {"solicitation", "csam_trading", "sextortion"}
OBF = {"homophone","pinyin","separator","confusable","fullwidth","leetspeak","emoji",
       "split_char","traditional","zero_width","spacing"}

def build():
    rows = ROWS_ZHS + ROWS_ZHT + ROWS_EN
    rng = random.Random(20261121)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "HG-M-%03d" % i, "lang": r["lang"], "text": r["text"],
                    "labels": r["labels"], "obfuscation": r["obfuscation"],
                    "hard_negative": r["hard_negative"], "notes": r["notes"]})
    return out

def validate(rows):
    ids = set()
    for r in rows:
        assert r["id"] not in ids; ids.add(r["id"])
        assert r["lang"] in ("en", "zh-Hans", "zh-Hant")
        assert set(r["labels"]) <= LABELS and set(r["obfuscation"]) <= OBF, r
        assert not (r["hard_negative"] and r["labels"]), r
        if not r["labels"]:
            assert not r["obfuscation"], r
        n = len(r["text"].encode("utf-8"))
        assert 10 <= n <= 300, (n, r["text"])
        t = r["text"]
        assert ("zero_width" in r["obfuscation"]) == any(c in t for c in "\u200b\u200c\u200d\u2060\ufeff"), r
        fw = any(0xFF01 <= ord(c) <= 0xFF5E and not unicodedata.category(c).startswith("P") for c in t)
        if "fullwidth" in r["obfuscation"]:
            assert fw, r
        conf = any(unicodedata.name(c, "").startswith(("CYRILLIC", "GREEK")) for c in t)
        assert ("confusable" in r["obfuscation"]) == conf, r

def report(rows):
    by = Counter()
    for r in rows:
        lab = "+".join(r["labels"]) or ("hard_negative" if r["hard_negative"] else "benign_plain")
        by[(r["lang"], lab)] += 1
    for k in sorted(by): print(k, by[k])
    risky = [r for r in rows if r["labels"]]
    print("rows", len(rows), "risky", len(risky),
          "risky obfuscated", sum(1 for r in risky if r["obfuscation"]),
          "evolved", sum(1 for r in risky if r["notes"].startswith(("evolved", "long, evolved", "long-ish, evolved", "long evolved"))),
          "long(>=200B)", sum(1 for r in rows if len(r["text"].encode()) >= 200))
    print("labels", Counter(l for r in rows for l in r["labels"]))
    print("obf", Counter(o for r in rows for o in r["obfuscation"]))
    print("lang", Counter(r["lang"] for r in rows))

if __name__ == "__main__":
    rows = build()
    validate(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "messages_g.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)
