// Identifiers written in words (issue 6, session 7): a table of valid and
// invalid forms, each with the reason, spans checked against the ORIGINAL
// text. All values are invented (valid check digits where the type has one).
#include <gtest/gtest.h>

#include "pii/numerals.h"
#include "vigil/pii.h"

namespace vigil {
namespace {

struct Case {
  const char* text;
  const char* span;  // expected entity text; nullptr = no entity at all
  PiiType type;
  const char* why;
};

// Valid: each must give exactly one entity covering `span` as written.
const Case kValid[] = {
    {"他手机一三八 一二三四 五六七八，打爆他", "一三八 一二三四 五六七八", PiiType::kPhone,
     "CN mobile 13812345678 in Chinese numerals, spaced 3-4-4"},
    {"电话一三八一二三四五六七八", "一三八一二三四五六七八", PiiType::kPhone, "unspaced, glued to the cue"},
    {"号码：138 四五六七 8901", "138 四五六七 8901", PiiType::kPhone, "digits mixed with numerals"},
    {"打给幺三九拐拐勾洞两两幺幺", "幺三九拐拐勾洞两两幺幺", PiiType::kPhone,
     "radio readings 幺=1 拐=7 勾=9 洞=0 两=2 (13977902211)"},
    {"打给么三九 拐拐勾洞 两两么么", "么三九 拐拐勾洞 两两么么", PiiType::kPhone, "么 for 幺"},
    {"身份证壹壹零壹零伍壹玖肆玖壹贰叁壹零零贰X", "壹壹零壹零伍壹玖肆玖壹贰叁壹零零贰X",
     PiiType::kCnResidentId, "financial numerals + check X (11010519491231002X)"},
    {"身份证 一一〇一〇五 一九四九一二三一 〇〇二X 就是他", "一一〇一〇五 一九四九一二三一 〇〇二X",
     PiiType::kCnResidentId, "〇 for zero, 6-8-4 grouping"},
    {"他的手機零玖壹貳 參肆伍 陸柒捌", "零玖壹貳 參肆伍 陸柒捌", PiiType::kPhone,
     "Traditional financial forms 貳 參 陸: TW mobile 0912345678"},
    {"卡号 四一一一 一一一一 一一一一 一一一一", "四一一一 一一一一 一一一一 一一一一", PiiType::kBankCard,
     "Luhn-valid 4111111111111111 in numerals"},
    {"卡号六二一七-零零六九-二三二一-六二零七。", "六二一七-零零六九-二三二一-六二零七", PiiType::kBankCard,
     "UnionPay 6217006923216207, dashes"},
    {"call him: three oh three, five five five, oh one oh eight.", "three oh three, five five five, oh one oh eight",
     PiiType::kPhone, "US (303) 555-0108, groups split by commas"},
    {"his cell is nine-one-seven five-five-five zero-one-two-three lol",
     "nine-one-seven five-five-five zero-one-two-three", PiiType::kPhone,
     "hyphens join words, spaces part groups (917 555 0123)"},
    {"ring 917 double five five, o one two three now", "917 double five five, o one two three", PiiType::kPhone,
     "\"double five\" = 55 and \"o\" = 0, mixed with digits"},
    {"number: one three nine, triple seven, eight eight, double two one", "one three nine, triple seven, eight eight, double two one",
     PiiType::kPhone, "\"triple seven\" (13977788221)"},
    {"SSN four oh seven - three nine - seven two six four", "four oh seven - three nine - seven two six four",
     PiiType::kUsSsn, "3-2-4 SSN 407-39-7264 in words"},
    {"身分證A一二三四五六七八九", "A一二三四五六七八九", PiiType::kTwNationalId,
     "Taiwan ID A123456789 with the digits in numerals"},
    {"电话一三八一二三四五六七八一下就通", "一三八一二三四五六七八", PiiType::kPhone,
     "the 一 of 一下 is not read into the number (retry without the glued edge)"},
    {"你说什么一三八一二三四五六七八", "一三八一二三四五六七八", PiiType::kPhone,
     "the 么 of 什么 is not read into the number"},
};

// Invalid: no entity at all.
const Case kInvalid[] = {
    {"我要一个", nullptr, PiiType::kPhone, "a single numeral"},
    {"两三天后再说", nullptr, PiiType::kPhone, "two numerals"},
    {"one or two of them", nullptr, PiiType::kPhone, "words between numerals end the run"},
    {"twenty five dollars", nullptr, PiiType::kPhone, "tens are not digits"},
    {"二〇二三年十二月三十一日出生", nullptr, PiiType::kPhone, "a date in characters: 年 月 日 end runs"},
    {"日期 二〇二三 一二 三一", nullptr, PiiType::kPhone, "a date as numerals validates as nothing"},
    {"one two three four five six seven eight nine ten", nullptr, PiiType::kPhone, "counting"},
    {"他说了一二三四五六七八遍", nullptr, PiiType::kPhone, "8 digits that are no phone"},
    {"身份证壹壹零壹零伍壹玖肆玖壹贰叁壹零零贰零", nullptr, PiiType::kPhone,
     "resident ID with the wrong check digit (0, not X)"},
    {"身份证一一〇一〇五一九四九〇二三〇〇〇二X", nullptr, PiiType::kPhone, "30 February"},
    {"卡号 四一一一 一一一一 一一一一 一一一二", nullptr, PiiType::kPhone, "card number failing Luhn"},
    {"客服四零零 七三七 二八九九", nullptr, PiiType::kPhone, "400 shared-cost business line"},
    {"call eight hundred five five five oh one three four", nullptr, PiiType::kPhone, "no such number"},
    {"toll free: eight oh oh, five five five, oh one three four", nullptr, PiiType::kPhone, "toll-free (800)"},
    {"SSN six six six - seven two - three six oh three", nullptr, PiiType::kPhone, "SSN area 666"},
    {"一三八一二三四五六七", nullptr, PiiType::kPhone, "mobile one digit short"},
    {"一三八一二三四五六七八九", nullptr, PiiType::kPhone, "mobile one digit long"},
    {"电话1381234567一", nullptr, PiiType::kPhone, "one numeral only: a digit run + 一 is not read"},
};

class NumeralsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = PiiRecognizer::Create(VIGIL_SOURCE_DIR "/data");
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    rec_ = std::move(r).value().release();
  }
  static void TearDownTestSuite() { delete rec_; }
  std::vector<PiiEntity> Find(std::string_view text) {
    std::vector<PiiEntity> out;
    rec_->Find(text, &scratch_, &out);
    return out;
  }
  static PiiRecognizer* rec_;
  PiiScratch scratch_;
};
PiiRecognizer* NumeralsTest::rec_ = nullptr;

TEST_F(NumeralsTest, ValidFormsAreFoundWithOriginalSpans) {
  for (const Case& c : kValid) {
    std::string_view text = c.text;
    auto out = Find(text);
    ASSERT_EQ(out.size(), 1u) << c.why << ": " << text;
    const size_t at = text.find(c.span);
    ASSERT_NE(at, std::string_view::npos) << c.why;
    EXPECT_EQ(out[0].type, c.type) << c.why;
    EXPECT_EQ(out[0].start, at) << c.why;
    EXPECT_EQ(out[0].end, at + std::string_view(c.span).size()) << c.why;
  }
}

TEST_F(NumeralsTest, InvalidFormsAreNotReported) {
  for (const Case& c : kInvalid) {
    auto out = Find(c.text);
    EXPECT_TRUE(out.empty()) << c.why << ": " << c.text << " gave " << PiiTypeName(out[0].type);
  }
}

TEST_F(NumeralsTest, WrittenDigitsKeepPrecedence) {
  // The digits are found as written; the 一 after them is not appended.
  std::string t = "电话13812345678一共打了两次";
  auto out = Find(t);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].start, t.find('1'));
  EXPECT_EQ(out[0].end, t.find('1') + 11);
  // A written number and a number in words in one message: both, ordered.
  t = "A 13812345678, B 一三九 拐拐勾洞 两两幺幺";
  out = Find(t);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_LT(out[0].end, out[1].start);
  EXPECT_EQ(out[1].canonical, "+8613977902211");
}

TEST_F(NumeralsTest, FullWidthSeparatorsAndDigitsMapBack) {
  // Ideographic spaces (folded by normalisation) between numeral groups.
  std::string t = "手机一三八\u3000一二三四\u3000五六七八";
  auto out = Find(t);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].start, t.find("一"));
  EXPECT_EQ(out[0].end, t.size());
  // Full-width digits mixed with numerals.
  t = "电话１３８ 四五六七 ８９０１";
  out = Find(t);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].start, t.find("１"));
  EXPECT_EQ(out[0].end, t.size());
}

TEST(NumeralReaderTest, FindsOnlyRunsThatCouldHoldAnIdentifier) {
  pii::NumeralReader r;
  EXPECT_FALSE(r.Find("hello world, see you at school tomorrow 2025"));
  EXPECT_FALSE(r.Find("我们三个人明天一起去，两三天后回来"));
  EXPECT_FALSE(r.Find("order 13812345678 one"));  // one word digit only
  EXPECT_FALSE(r.Find("我们一起去，一下就好，一定"));   // numerals, but prose between them
  EXPECT_TRUE(r.Find("x 八 01234567 九 y"));          // a digit group between them
  ASSERT_TRUE(r.Find("x 一三八 1234 五六七八 y"));
  ASSERT_TRUE(r.Render(0));
  EXPECT_EQ(r.text(), "x 138 1234 5678 y");
  // The rendered digits map back to the numeral characters.
  const size_t b = r.text().find('1');
  EXPECT_EQ(r.NormStart(static_cast<uint32_t>(b)), 2u);
  EXPECT_EQ(r.NormEnd(static_cast<uint32_t>(b + 1)), 5u);
  EXPECT_EQ(r.WordDigits(static_cast<uint32_t>(b), static_cast<uint32_t>(r.text().size())), 7u);
  EXPECT_FALSE(r.Render(1));  // no glued edge token to trim
}

// The byte precheck (32 bytes at a time where AVX2 exists, scalar for the
// rest) must see every numeral form at every offset, block edges included.
TEST(NumeralReaderTest, PrecheckSeesEveryFormAtEveryOffset) {
  const char* forms[] = {"o", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                         "niner", "zero", "double five", "triple seven", "Nine", "ZERO", "〇", "零", "洞", "一",
                         "壹", "幺", "么", "二", "贰", "貳", "两", "兩", "三", "叁", "參", "四", "肆", "五",
                         "伍", "六", "陆", "陸", "七", "柒", "拐", "八", "捌", "九", "玖", "勾"};
  pii::NumeralReader r;
  for (const char* a : forms) {
    for (const char* b : {"five", "八"}) {
      for (size_t pad = 0; pad < 70; pad += 3) {
        // Runs of 9 digits with the two numerals in the middle.
        std::string t = std::string(pad, '#') + " 12345 " + a + " " + b + " 67 #";
        ASSERT_TRUE(r.Find(t)) << a << " " << b << " at " << pad;
        // The same numerals far apart are no run with two word digits.
        t = std::string(pad, '#') + " " + a + " yes, a long way from " + b + " #";
        EXPECT_FALSE(r.Find(t)) << a << " " << b << " at " << pad;
      }
    }
  }
}

TEST(NumeralReaderTest, EnglishGrouping) {
  pii::NumeralReader r;
  ASSERT_TRUE(r.Find("four oh four, five five five, zero one two three"));
  ASSERT_TRUE(r.Render(0));
  EXPECT_EQ(r.text(), "404 555 0123");
  ASSERT_TRUE(r.Find("four-oh-four five-five-five zero-one-two-three"));
  ASSERT_TRUE(r.Render(0));
  EXPECT_EQ(r.text(), "404 555 0123");
  ASSERT_TRUE(r.Find("(four oh four) double five five - oh one two three"));
  ASSERT_TRUE(r.Render(0));
  EXPECT_EQ(r.text(), "(404)555 0123");
}

}  // namespace
}  // namespace vigil
