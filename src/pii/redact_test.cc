#include <gtest/gtest.h>

#include "vigil/pii.h"

namespace vigil {
namespace {

Signal Pii(const char* entity, int64_t start, int64_t end) {
  Signal s;
  s.type = SignalType::kPii;
  s.score = 1.0;
  s.entity = entity;
  s.start = start;
  s.end = end;
  return s;
}

TEST(RedactTest, MasksEachIdentifierKeepingWhatPolicyAllows) {
  std::string t = "卡号6217 0069 2321 6207，身份证11010519491231002X";
  size_t card = t.find('6'), id = t.find("1101");
  std::vector<Signal> sig = {Pii("bank_card", card, card + 19), Pii("cn_resident_id", id, id + 18)};
  EXPECT_EQ(RedactText(t, sig), "卡号**** **** **** 6207，身份证******************");
}

TEST(RedactTest, PhoneKeepsLastFourAndEmailKeepsDomain) {
  std::string t = "call (303) 555-0108 or a.b@example.com";
  std::vector<Signal> sig = {Pii("phone", 5, 19), Pii("email", 23, 38)};
  EXPECT_EQ(RedactText(t, sig), "call (***) ***-0108 or ***@example.com");
  RedactOptions strict;
  strict.keep_last[static_cast<int>(PiiType::kPhone)] = 0;
  strict.keep_email_domain = false;
  EXPECT_EQ(RedactText(t, sig, strict), "call (***) ***-**** or *.*@*******.***");
}

TEST(RedactTest, FullWidthDigitsBecomeOneMaskEach) {
  std::string t = "手机１３８１２３４５６７８";
  std::vector<Signal> sig = {Pii("phone", 6, static_cast<int64_t>(t.size()))};
  EXPECT_EQ(RedactText(t, sig), "手机*******５６７８");
}

TEST(RedactTest, NumbersWrittenInWordsAreMaskedWordByWord) {
  // Each numeral character or word is one unit; a phone keeps its last four.
  std::string t = "手机一三八 一二三四 五六七八";
  std::vector<Signal> sig = {Pii("phone", 6, static_cast<int64_t>(t.size()))};
  EXPECT_EQ(RedactText(t, sig), "手机*** **** 五六七八");
  t = "SSN four oh seven - three nine - seven two six four";
  sig = {Pii("us_ssn", 4, static_cast<int64_t>(t.size()))};
  EXPECT_EQ(RedactText(t, sig), "SSN **** ** ***** - ***** **** - ***** *** *** ****");
  t = "身份证壹壹零壹零伍壹玖肆玖壹贰叁壹零零贰X";
  sig = {Pii("cn_resident_id", 9, static_cast<int64_t>(t.size()))};
  EXPECT_EQ(RedactText(t, sig), "身份证******************");
}

TEST(RedactTest, BadSpansAndOtherSignalsAreIgnored) {
  std::string t = "身份证11010519491231002X";
  Signal other;
  other.type = SignalType::kDoxing;
  other.start = 0;
  other.end = 5;
  std::vector<Signal> sig = {other, Pii("cn_resident_id", 1, 5), Pii("phone", 9, 999)};
  EXPECT_EQ(RedactText(t, sig), t);  // cuts a UTF-8 character / out of range
}

}  // namespace
}  // namespace vigil
