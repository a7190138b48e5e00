// Span tests on plain and obfuscated forms: spans are byte offsets of the
// ORIGINAL text, whatever normalisation matching needed.
#include <gtest/gtest.h>

#include <string>

#include "pii/validators.h"
#include "vigil/pii.h"

namespace vigil {
namespace {

class RecognizerTest : public ::testing::Test {
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
  // Expects exactly one entity of `type` covering `needle` in `text`.
  void ExpectOne(std::string_view text, std::string_view needle, PiiType type) {
    auto out = Find(text);
    ASSERT_EQ(out.size(), 1u) << text;
    size_t at = text.find(needle);
    ASSERT_NE(at, std::string_view::npos);
    EXPECT_EQ(out[0].type, type) << text;
    EXPECT_EQ(out[0].start, at) << text;
    EXPECT_EQ(out[0].end, at + needle.size()) << text;
  }
  void ExpectNone(std::string_view text) { EXPECT_TRUE(Find(text).empty()) << text; }

  static PiiRecognizer* rec_;
  PiiScratch scratch_;
};
PiiRecognizer* RecognizerTest::rec_ = nullptr;

// The recogniser skips texts with fewer than six digits and no '@' (no
// identifier has fewer): a Hong Kong ID whose check character is 'A' has
// exactly six digits and is still found; an e-mail address has none.
TEST_F(RecognizerTest, FewestDigitsStillFound) {
  std::string id;
  for (int d = 100000; d < 100400 && id.empty(); ++d) {
    std::string v(1, 'K');
    v += std::to_string(d);
    v += 'A';
    if (pii::ValidateHkId(v) == pii::Reason::kOk) id = v;
  }
  ASSERT_FALSE(id.empty()) << "no K1000xxA with check character A";
  std::string text("HKID ");
  text += id;
  text += " 找到他";
  ExpectOne(text, id, PiiType::kHkId);
  ExpectOne("邮箱 ab@example.com 发给他", "ab@example.com", PiiType::kEmail);
  ExpectNone("only 12345 here");
}

TEST_F(RecognizerTest, PlainForms) {
  ExpectOne("身份证11010519491231002X，谢谢", "11010519491231002X", PiiType::kCnResidentId);
  ExpectOne("身分證A123456789", "A123456789", PiiType::kTwNationalId);
  ExpectOne("HKID A123456(3) ok", "A123456(3)", PiiType::kHkId);
  // Spaced as printed on the card.
  ExpectOne("HKID A 123456 (3) ok", "A 123456 (3)", PiiType::kHkId);
  // A word before a number is not part of it.
  ExpectOne("her ID 11010519491231002X, ok", "11010519491231002X", PiiType::kCnResidentId);
  ExpectOne("card 4111 1111 1111 1111.", "4111 1111 1111 1111", PiiType::kBankCard);
  ExpectOne("SSN 407-39-7264", "407-39-7264", PiiType::kUsSsn);
  ExpectOne("mail me: Daniel.Ortiz@Example.com.", "Daniel.Ortiz@Example.com", PiiType::kEmail);
  ExpectOne("call (303) 555-0108 now", "(303) 555-0108", PiiType::kPhone);
  ExpectOne("手机+86 138 1234 5678", "+86 138 1234 5678", PiiType::kPhone);
  ExpectOne("電話0936-432-371", "0936-432-371", PiiType::kPhone);
  ExpectOne("電話 6342 1466", "6342 1466", PiiType::kPhone);
  // A bare 8-digit Hong Kong mobile needs a phone cue before it, such as
  // "HK number"; the same digits after "order" or with no cue are not one.
  ExpectOne("his HK number 92642615, spread it", "92642615", PiiType::kPhone);
  ExpectNone("order 92642615 shipped");
  ExpectNone("ref 92642615");
}

TEST_F(RecognizerTest, ObfuscatedFormsMapBackToOriginalSpans) {
  // Full-width digits (3 bytes each) and a full-width X.
  ExpectOne("身份证：１１０１０５１９４９１２３１００２Ｘ。",
            "１１０１０５１９４９１２３１００２Ｘ", PiiType::kCnResidentId);
  // Zero-width spaces inside a mobile number.
  ExpectOne("手机138\u200b1234\u200b5678到了", "138\u200b1234\u200b5678", PiiType::kPhone);
  // Full-width hyphen and ideographic spaces as separators.
  ExpectOne("卡号6217\u30000069\u30002321\u30006207", "6217\u30000069\u30002321\u30006207",
            PiiType::kBankCard);
  ExpectOne("SSN 407－39－7264", "407－39－7264", PiiType::kUsSsn);
  // Spaced resident ID, 6-8-4.
  ExpectOne("身份证 310106 19850418 9402，", "310106 19850418 9402", PiiType::kCnResidentId);
  // Split over lines, with or without a dash before each break.
  ExpectOne("身份证\n310106\n19850418\n9402\n", "310106\n19850418\n9402", PiiType::kCnResidentId);
  ExpectOne("id:\r\n310106\r\n19850418\r\n9402", "310106\r\n19850418\r\n9402", PiiType::kCnResidentId);
  ExpectOne("call\n138-\n1234-\n5678 now", "138-\n1234-\n5678", PiiType::kPhone);
  // Full-width e-mail at-sign.
  ExpectOne("邮箱 a.b＠example.com", "a.b＠example.com", PiiType::kEmail);
}

TEST_F(RecognizerTest, TwoIdentifiersInOneChunk) {
  std::string t = "11010519491231002X 13812345678";
  auto out = Find(t);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].type, PiiType::kCnResidentId);
  EXPECT_EQ(out[1].type, PiiType::kPhone);
  EXPECT_EQ(out[1].start, 19u);
  EXPECT_EQ(out[1].end, t.size());
}

TEST_F(RecognizerTest, InvalidAndBusinessNumbersAreNotReported) {
  ExpectNone("身份证110105194912310020");             // wrong check digit
  ExpectNone("号码430102200406312034是编的");          // 31 June
  ExpectNone("测试555317198505074091");                // no such province
  ExpectNone("订单号266295465864228967已发货");        // 18-digit order number
  ExpectNone("会员卡号4111111111111111积分");          // Luhn-valid, but a loyalty number
  ExpectNone("客服热线400-737-2899");                  // shared-cost business line
  ExpectNone("售后800-238-4828");                      // CN toll-free
  ExpectNone("Call our toll-free line (800) 555-0134");
  ExpectNone("银行客服95303");
  ExpectNone("日志时间戳20250312072759");
  ExpectNone("快递单号YT426437378930052");
  ExpectNone("Card declined: 6224 1008 1250 2120");    // card shape, Luhn fails; no phone slice
  ExpectNone("学号2701687082");
  ExpectNone("SSN 666-72-3603");
  ExpectNone("身份证号：3201**********9084");
  ExpectNone("write to report@platform.example");      // role address
  ExpectNone("八達通號碼41711509");
}

TEST_F(RecognizerTest, EnglishCuesMatchWholeWords) {
  // "ein" (employer ID) is a negative cue, but not inside "being".
  ExpectOne("being 13812345678", "13812345678", PiiType::kPhone);
  ExpectNone("EIN 138123456");
}

TEST_F(RecognizerTest, NumbersDoNotOverlapAnEmail) {
  // Found by the fuzz smoke run: the e-mail's local part began inside a
  // phone chunk, and both were reported over the same bytes.
  for (std::string_view t : {"call (303) 555-0108.b@example.com", "+86 13812345678@example.com",
                             "A123456789@example.com x",
                             // libFuzzer crash-8138a7ce: two addresses sharing "e.bxama".
                             "ca\xc0ll (3a@e.bxama@e.bxample. 4111 1a@e.1111"}) {
    auto out = Find(t);
    for (size_t i = 1; i < out.size(); ++i) EXPECT_GE(out[i].start, out[i - 1].end) << t;
  }
}

TEST_F(RecognizerTest, GluedToLettersIsNotACandidate) {
  ExpectNone("SN4111111111111111");
  ExpectNone("RR173009051TW");
}

}  // namespace
}  // namespace vigil
