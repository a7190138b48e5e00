#include "pii/doxing.h"

#include <gtest/gtest.h>

namespace vigil::pii {
namespace {

class DoxingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto s = DoxingScorer::Create(VIGIL_SOURCE_DIR "/data");
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    scorer_ = std::move(s).value().release();
  }
  static void TearDownTestSuite() { delete scorer_; }
  DoxScore Score(std::string_view text, std::vector<PiiType> types) {
    std::vector<PiiEntity> ents;
    for (auto t : types) ents.push_back(PiiEntity{.type = t});
    return scorer_->Score(text, ents, &scratch_);
  }
  static DoxingScorer* scorer_;
  DoxScratch scratch_;
};
DoxingScorer* DoxingTest::scorer_ = nullptr;

TEST_F(DoxingTest, ThirdPartyDetailsWithTargetingAreDoxing) {
  auto d = Score("人肉出来了，这个人叫某某，电话在这，大家去他公司讨个说法", {PiiType::kPhone});
  EXPECT_TRUE(d.doxing);
  EXPECT_GE(d.score, 0.5);
  EXPECT_FALSE(d.evidence.empty());
  EXPECT_NE(d.explanation.find("search"), std::string::npos);
  EXPECT_TRUE(Score("Found the guy, his number is below. Make his life hell", {PiiType::kPhone}).doxing);
}

TEST_F(DoxingTest, OwnDetailsAndTalkAboutDoxingAreNot) {
  EXPECT_FALSE(Score("客服你好，我的手机是这个，帮我看看", {PiiType::kPhone}).doxing);
  EXPECT_FALSE(Score("Support: my email is below, please reset", {PiiType::kEmail}).doxing);
  EXPECT_FALSE(Score("人肉搜索到底违不违法？", {}).doxing);
  EXPECT_FALSE(Score("失物招领：捡到一张身份证，失主请到物业领取", {PiiType::kCnResidentId}).doxing);
}

TEST_F(DoxingTest, NeedsSomethingExposed) {
  // Targeting words alone, with no identifier or whereabouts, are not doxing.
  EXPECT_FALSE(Score("大家去他公司讨个说法", {}).doxing);
  EXPECT_TRUE(Score("开盒：他家住某小区，每天七点出门，谁离得近去堵他", {}).doxing);
}

TEST_F(DoxingTest, BadCueFileIsAClearError) {
  auto s = DoxingScorer::FromCues({});
  EXPECT_FALSE(s.ok());
  auto bad = DoxingScorer::Create("/no/such/dir");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("doxing_cues.tsv"), std::string::npos);
}

}  // namespace
}  // namespace vigil::pii
