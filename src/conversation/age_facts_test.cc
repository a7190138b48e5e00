#include "conversation/age_facts.h"

#include <gtest/gtest.h>

namespace vigil::conversation {
namespace {

TEST(AgeFacts, EnglishSelfAges) {
  EXPECT_EQ(ExtractAgeFacts("im 12").self_age, 12);
  EXPECT_EQ(ExtractAgeFacts("I'm 31 lol").self_age, 31);
  EXPECT_EQ(ExtractAgeFacts("I\xE2\x80\x99m thirteen").self_age, 13);
  EXPECT_EQ(ExtractAgeFacts("just turned 14 last week").self_age, 14);
  EXPECT_EQ(ExtractAgeFacts("ｉ'ｍ 15").self_age, 15);  // full width
  EXPECT_EQ(ExtractAgeFacts("im 5 mins away").self_age, -1);
  EXPECT_EQ(ExtractAgeFacts("i'm 5'10").self_age, -1);
  EXPECT_EQ(ExtractAgeFacts("i am 2026 ready").self_age, -1);
}

TEST(AgeFacts, EnglishGrades) {
  auto f = ExtractAgeFacts("im in 6th grade");
  EXPECT_EQ(f.self_age, 12);
  EXPECT_TRUE(f.from_grade);
  EXPECT_EQ(ExtractAgeFacts("year 6 at st mary's").self_age, 11);
  EXPECT_EQ(ExtractAgeFacts("im a freshman").self_age, 14);
  EXPECT_EQ(ExtractAgeFacts("college sophomore here").self_age, -1);
}

// A tutor naming the syllabus ("初二几何") states no one's age; a child naming
// her own level still does.
TEST(AgeFacts, SyllabusIsNotAnAge) {
  EXPECT_EQ(ExtractAgeFacts("没事，初二几何都这样，我们从全等三角形开始").self_age, -1);
  EXPECT_EQ(ExtractAgeFacts("这周讲高一数学的函数，先预习课本").self_age, -1);
  EXPECT_EQ(ExtractAgeFacts("我初二 下学期中考 呜呜").self_age, 13);
  EXPECT_EQ(ExtractAgeFacts("还有数学卷子 明天要交 初二的题好难").self_age, 13);
}

TEST(AgeFacts, AsksAndThirdParty) {
  EXPECT_TRUE(ExtractAgeFacts("how old r u?").asks_age);
  EXPECT_TRUE(ExtractAgeFacts("what grade are you in").asks_age);
  auto f = ExtractAgeFacts("my son is 12");
  EXPECT_TRUE(f.third_party);
  EXPECT_EQ(f.self_age, -1);
  EXPECT_TRUE(ExtractAgeFacts("thanks grandma!").kinship);
  EXPECT_FALSE(ExtractAgeFacts("is your mom home").kinship);
  EXPECT_FALSE(ExtractAgeFacts("i can't lie she'll ring lily's mum").kinship);
  EXPECT_FALSE(ExtractAgeFacts("ask the mum").kinship);
  EXPECT_EQ(ExtractAgeFacts("haha it was my birthday, finally 14").self_age, 14);
  EXPECT_EQ(ExtractAgeFacts("finally 10 days left").self_age, -1);
}

// A grade named without "I" in a longer message may be someone else's: it
// is marked implicit, and the tracker drops it when the sender is the one
// who asked about the other's age (found on a held-out set: a suspect's
// "才五年级？比我见过的初中生还懂事" made him a 13-year-old "peer").
TEST(AgeFacts, ImplicitGrades) {
  auto praise = ExtractAgeFacts("才五年级？比我见过的初中生还懂事");
  EXPECT_TRUE(praise.implicit_grade);
  auto praise_en = ExtractAgeFacts("7th grade and doing cel shading. ok I'm officially a fan");
  EXPECT_TRUE(praise_en.implicit_grade);
  auto own = ExtractAgeFacts("我才五年级");
  EXPECT_EQ(own.self_age, 11);
  EXPECT_FALSE(own.implicit_grade);
  auto reply = ExtractAgeFacts("國一 13歲");
  EXPECT_EQ(reply.self_age, 13);
  EXPECT_FALSE(reply.implicit_grade);
  EXPECT_FALSE(ExtractAgeFacts("im in 6th grade and its so hard honestly").implicit_grade);
  // A question guessing the other's grade asks it.
  auto guess = ExtractAgeFacts("妳讀國中了嗎");
  EXPECT_EQ(guess.other_age, 13);
  EXPECT_TRUE(guess.asks_age);
}

TEST(AgeFacts, RepliesLeadingWithTheAgeAndOthersGrades) {
  EXPECT_EQ(ExtractAgeFacts("14 but ill be 15 in august").bare_number, 14);
  EXPECT_EQ(ExtractAgeFacts("ill be 15 next month").self_age, 15);
  // "those 8th graders" / "那些國二的" are other people, not the sender.
  auto those = ExtractAgeFacts("老實說你是社團裡最特別的，那些國二的都很幼稚");
  EXPECT_EQ(those.self_age, -1);
  EXPECT_EQ(ExtractAgeFacts("honestly those 8th graders are so loud").self_age, -1);
  // Opening a message by addressing a parent is kinship; talking about her is not.
  EXPECT_TRUE(ExtractAgeFacts("mom im 12 not 5").kinship);
  EXPECT_TRUE(ExtractAgeFacts("mom can i go to owen's after school").kinship);
  EXPECT_FALSE(ExtractAgeFacts("mom said no").kinship);
}

TEST(AgeFacts, KinWordAsSubjectIsNotAddressing) {
  // After a lead word the kin word may be the subject of a verb (a child
  // telling an adult about her mother), not the addressee.
  EXPECT_FALSE(ExtractAgeFacts("hi yes mum has work till 8").kinship);
  EXPECT_FALSE(ExtractAgeFacts("ok mum says thanks").kinship);
  EXPECT_FALSE(ExtractAgeFacts("yes mum said i can").kinship);
  EXPECT_TRUE(ExtractAgeFacts("yes mum, i will").kinship);
  EXPECT_TRUE(ExtractAgeFacts("ok mum").kinship);
  EXPECT_FALSE(ExtractAgeFacts("嗯 奶奶有时候来").kinship);
  EXPECT_TRUE(ExtractAgeFacts("嗯 奶奶").kinship);
  EXPECT_TRUE(ExtractAgeFacts("谢谢奶奶！").kinship);
}

TEST(AgeFacts, ChineseMainlandAndTaiwan) {
  EXPECT_EQ(ExtractAgeFacts("我12岁").self_age, 12);
  EXPECT_EQ(ExtractAgeFacts("我今年十三").self_age, 13);
  EXPECT_EQ(ExtractAgeFacts("我十二歲了").self_age, 12);
  EXPECT_EQ(ExtractAgeFacts("上五年级").self_age, 11);
  EXPECT_EQ(ExtractAgeFacts("國小五年級").self_age, 11);
  EXPECT_EQ(ExtractAgeFacts("我初二").self_age, 13);
  EXPECT_EQ(ExtractAgeFacts("我國二").self_age, 13);
  EXPECT_EQ(ExtractAgeFacts("高一的").self_age, 15);
  EXPECT_EQ(ExtractAgeFacts("要提高一点").self_age, -1);
  EXPECT_EQ(ExtractAgeFacts("大年初一见").self_age, -1);
  EXPECT_TRUE(ExtractAgeFacts("你几岁呀").asks_age);
  EXPECT_EQ(ExtractAgeFacts("你几岁呀").self_age, -1);
  EXPECT_TRUE(ExtractAgeFacts("妳讀幾年級").asks_age);
  EXPECT_TRUE(ExtractAgeFacts("我女儿上三年级").third_party);
  EXPECT_EQ(ExtractAgeFacts("我女儿上三年级").self_age, -1);
  EXPECT_TRUE(ExtractAgeFacts("奶奶好").kinship);
}

// A level said of pupils in general is no one's age ("初二能把…用这么熟的不多",
// a tutor's praise); the pupil's own "我初二…" still is.
TEST(AgeFacts, LevelOfPupilsInGeneral) {
  EXPECT_EQ(ExtractAgeFacts("初二能把顶点式用这么熟的不多").self_age, -1);
  EXPECT_EQ(ExtractAgeFacts("初二学生都这样").self_age, -1);
  EXPECT_EQ(ExtractAgeFacts("我初二能做完这些").self_age, 13);
}

// Hong Kong and Macau forms, and the words that merely contain 中一 .. 中六.
TEST(AgeFacts, HongKongForms) {
  EXPECT_EQ(ExtractAgeFacts("唔好呀 我先中三").self_age, 14);
  EXPECT_EQ(ExtractAgeFacts("中二 你呢").self_age, 13);
  EXPECT_EQ(ExtractAgeFacts("我讀緊中五").self_age, 16);
  EXPECT_EQ(ExtractAgeFacts("其中一个是我同学").self_age, -1);
  EXPECT_EQ(ExtractAgeFacts("大家集中一下").self_age, -1);
  EXPECT_EQ(ExtractAgeFacts("期中一定要考好").self_age, -1);
  EXPECT_EQ(ExtractAgeFacts("我高中一年级").self_age, 15);  // 高一, not 中一 nor grade 1
  EXPECT_EQ(ExtractAgeFacts("我初中二年级").self_age, 13);
  EXPECT_EQ(ExtractAgeFacts("他有点中二病").self_age, -1);
}

TEST(AgeFacts, BareNumbers) {
  EXPECT_EQ(ExtractAgeFacts("12").bare_number, 12);
  EXPECT_EQ(ExtractAgeFacts("13岁").bare_number, 13);
  EXPECT_EQ(ExtractAgeFacts("十二").bare_number, 12);
  EXPECT_EQ(ExtractAgeFacts("hello there").bare_number, -1);
}

}  // namespace
}  // namespace vigil::conversation

namespace vigil::conversation {
namespace {

TEST(AgeFacts, AgesSaidAboutTheAddressee) {
  auto a = ExtractAgeFacts("你是初三吧");
  EXPECT_EQ(a.self_age, -1);
  EXPECT_EQ(a.other_age, 14);
  EXPECT_EQ(ExtractAgeFacts("我知道妳讀哪間國小").other_age, 9);
  EXPECT_EQ(ExtractAgeFacts("我知道妳讀哪間國小").self_age, -1);
  EXPECT_EQ(ExtractAgeFacts("so you're in high school?").other_age, 16);
  EXPECT_EQ(ExtractAgeFacts("long day for a 6th grader").other_age, 12);
  EXPECT_EQ(ExtractAgeFacts("你二十岁了还要我帮你").other_age, 20);
  EXPECT_EQ(ExtractAgeFacts("给小雨过16岁生日").self_age, -1);
  EXPECT_EQ(ExtractAgeFacts("我25 男").self_age, 25);
}

TEST(AgeFacts, KinshipOnlyWhenAddressingOrIntroducing) {
  EXPECT_TRUE(ExtractAgeFacts("yes mom").kinship);
  EXPECT_TRUE(ExtractAgeFacts("hi, it's aunt rosie").kinship);
  EXPECT_FALSE(ExtractAgeFacts("are your parents home? mom said so").kinship);
  EXPECT_TRUE(ExtractAgeFacts("谢谢小姨！").kinship);
  EXPECT_TRUE(ExtractAgeFacts("我是小姨呀").kinship);
  EXPECT_FALSE(ExtractAgeFacts("妈妈上班去了 奶奶在睡午觉").kinship);
  EXPECT_FALSE(ExtractAgeFacts("别告诉奶奶").kinship);
  EXPECT_TRUE(ExtractAgeFacts("妈妈 我到家了").kinship);
  EXPECT_TRUE(ExtractAgeFacts("奶奶 你什么时候来").kinship);
  EXPECT_FALSE(ExtractAgeFacts("妈妈 上班去了").kinship);
  // 阿姨 is what a child calls any adult woman: kin only as the sender's own title.
  EXPECT_FALSE(ExtractAgeFacts("谢谢阿姨").kinship);
  EXPECT_FALSE(ExtractAgeFacts("阿姨好！").kinship);
  EXPECT_TRUE(ExtractAgeFacts("雨婷～我是美華阿姨 妳媽媽把妳的賴給我了").kinship);
  EXPECT_TRUE(ExtractAgeFacts("傳張照片給阿姨看看").kinship);
  EXPECT_FALSE(ExtractAgeFacts("在房間拍 不要給阿嬤看到").kinship);
  EXPECT_TRUE(ExtractAgeFacts("阿公帶你去吃牛肉湯").kinship);  // Traditional 帶你
  EXPECT_TRUE(ExtractAgeFacts("知道了妈").kinship);
  EXPECT_TRUE(ExtractAgeFacts("好的爸!").kinship);
  EXPECT_FALSE(ExtractAgeFacts("别告诉你妈").kinship);
  EXPECT_FALSE(ExtractAgeFacts("他骂了我妈").kinship);
}

// Roles: a parent introducing themself (not "我是你妈妈", which is kinship),
// the honorific 您, and whether an age was stated in the first person.
TEST(AgeFacts, ParentRoleHonorificAndSelfStated) {
  EXPECT_TRUE(ExtractAgeFacts("张老师您好，我是王子轩妈妈，想给孩子补英语").parent_role);
  EXPECT_TRUE(ExtractAgeFacts("老師好 我是小瑜的媽媽").parent_role);
  EXPECT_TRUE(ExtractAgeFacts("hi, i'm maya's mum, about saturday").parent_role);
  EXPECT_TRUE(ExtractAgeFacts("leo's dad here, running late").parent_role);
  EXPECT_FALSE(ExtractAgeFacts("我是你妈妈").parent_role);
  EXPECT_FALSE(ExtractAgeFacts("我是妈妈").parent_role);
  EXPECT_FALSE(ExtractAgeFacts("我是说，妈妈不让").parent_role);
  EXPECT_FALSE(ExtractAgeFacts("is that maya's mum?").parent_role);
  EXPECT_TRUE(ExtractAgeFacts("收据发您").honorific);
  // A tutor addressing a pupil's mother as "妈妈" with 您 is not kinship;
  // a child thanking their own mother is.
  EXPECT_FALSE(ExtractAgeFacts("妈妈，以后练琴视频可以让欣欣直接发我，省得您转来转去").kinship);
  EXPECT_TRUE(ExtractAgeFacts("知道啦妈妈").kinship);
  EXPECT_FALSE(ExtractAgeFacts("收据发你").honorific);
  EXPECT_TRUE(ExtractAgeFacts("我今年12").self_stated);
  EXPECT_TRUE(ExtractAgeFacts("i'm 13").self_stated);
  EXPECT_TRUE(ExtractAgeFacts("國一 13歲").self_stated);  // a short reply
  auto f = ExtractAgeFacts("初一，12岁，语法比较弱，阅读还可以");
  EXPECT_EQ(f.self_age, 12);
  EXPECT_FALSE(f.self_stated);
}

TEST(AgeFacts, SchoolLifeOfTheSenderOnly) {
  for (std::string_view t : {"月考考砸了，我媽一直罵我", "今天被班主任留下来了，烦死", "在房间写作业",
                             "ok i have to do homework bye", "my mom says no more robux till my report card",
                             "會，可是我禮拜一要段考", "我攒攒零花钱"}) {
    EXPECT_TRUE(ExtractAgeFacts(t).school_life) << t;
  }
  // Said to a pupil by a parent, teacher or tutor; about someone else's child; no school.
  for (std::string_view t : {"放学了吗 今晚吃饺子", "好的👍 先写作业", "Homework before Xbox please",
                             "Did you hand in the field trip form?", "月考加油", "我儿子在补习班",
                             "我是王子轩妈妈，想问补习班的时间", "晚上一起吃饭", "i love my job"}) {
    EXPECT_FALSE(ExtractAgeFacts(t).school_life) << t;
  }
}

}  // namespace
}  // namespace vigil::conversation
