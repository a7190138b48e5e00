#include "text/ngram_model.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vigil::text {
namespace {

// A tiny separable set: "alpha" marks solicitation, "omega" sextortion.
std::vector<NgramModel::Example> ToySet() {
  std::vector<NgramModel::Example> v;
  const char* fillers[] = {"see you at noon", "the weather is nice", "lunch at the park", "new book out"};
  for (int i = 0; i < 40; ++i) {
    std::string f = fillers[i % 4];
    v.push_back({"alpha " + f, 1});
    v.push_back({f + " omega", 4});
    v.push_back({f, 0});
  }
  return v;
}

NgramModel::TrainOptions Small() {
  NgramModel::TrainOptions o;
  o.buckets_log2 = 12;
  return o;
}

TEST(NgramModelTest, LearnsSeparableLabelsAndExplainsThem) {
  NgramModel m = NgramModel::Train(ToySet(), Small());
  auto p = m.Score("alpha lunch at the park");
  EXPECT_GT(p[0], 0.7f);
  EXPECT_LT(p[2], 0.3f);
  auto q = m.Score("lunch at the park");
  EXPECT_LT(q[0], 0.3f);
  EXPECT_GT(m.Score("the weather is nice omega")[2], 0.7f);
  auto spans = m.Explain("alpha lunch", 0, 3);
  ASSERT_FALSE(spans.empty());
  EXPECT_LT(spans[0].begin, 5u);  // the strongest evidence lies in "alpha"
  EXPECT_LE(spans[0].end, 6u);
}

TEST(NgramModelTest, TrainingIsDeterministic) {
  EXPECT_EQ(NgramModel::Train(ToySet(), Small()).Serialize(), NgramModel::Train(ToySet(), Small()).Serialize());
}

TEST(NgramModelTest, RoundTripsAndRefusesDamagedFiles) {
  NgramModel m = NgramModel::Train(ToySet(), Small());
  const std::string bytes = m.Serialize();
  auto back = NgramModel::Parse(bytes, "toy.vngm");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->Serialize(), bytes);
  EXPECT_EQ(back->Score("alpha x"), m.Score("alpha x"));

  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 1;
  auto bad = NgramModel::Parse(flipped, "toy.vngm");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("checksum"), std::string::npos) << bad.status().message();

  auto cut = NgramModel::Parse(std::string_view(bytes).substr(0, bytes.size() - 100), "toy.vngm");
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.status().message().find("truncated"), std::string::npos) << cut.status().message();

  for (char version : {1, 3}) {  // format 1 had three categories and raw digits
    std::string other = bytes;
    other[8] = version;
    auto old = NgramModel::Parse(other, "toy.vngm");
    ASSERT_FALSE(old.ok());
    EXPECT_NE(old.status().message().find("format " + std::to_string(version)), std::string::npos)
        << old.status().message();
  }

  EXPECT_FALSE(NgramModel::Parse("VIGILNGM", "x").ok());
  EXPECT_FALSE(NgramModel::Parse("", "x").ok());
}

TEST(NgramModelTest, ScoresAnyBytesAndEmptyText) {
  NgramModel m = NgramModel::Train(ToySet(), Small());
  std::string junk = "\xff\xfe\xc3";  // truncated UTF-8 at the end
  for (auto s : {std::string(), junk, std::string(1000, 'a'), std::string("\xe4\xb8")}) {
    auto p = m.Score(s);
    for (float v : p) EXPECT_TRUE(v >= 0 && v <= 1);
    for (const auto& sp : m.Explain(s, 0, 5)) EXPECT_LE(sp.end, s.size());
  }
}

// Each example trains only the categories its set labels: PII rows (doxing
// only) say nothing about the message categories and the other way round. A
// category without examples can never be reported.
TEST(NgramModelTest, TrainsEachCategoryOnlyOnItsLabelledExamples) {
  std::vector<NgramModel::Example> v = ToySet();
  NgramModel without = NgramModel::Train(v, Small());
  EXPECT_GE(without.threshold(NgramModel::kDoxing), 0.99f);
  EXPECT_LT(without.Score("kappa call him")[NgramModel::kDoxing], 0.99f);
  const uint8_t dox = 1 << NgramModel::kDoxing;
  for (int i = 0; i < 40; ++i) {
    // "alpha" appears in doxing-only rows labelled not-doxing: it must stay
    // solicitation evidence, since these rows say nothing about solicitation.
    NgramModel::Example pos{"kappa call him now", dox};
    pos.known = dox;
    NgramModel::Example neg{"alpha my own number", 0};
    neg.known = dox;
    v.push_back(pos);
    v.push_back(neg);
  }
  NgramModel with = NgramModel::Train(v, Small());
  EXPECT_GT(with.Score("kappa call him now")[NgramModel::kDoxing], 0.7f);
  EXPECT_LT(with.Score("alpha my own number")[NgramModel::kDoxing], 0.3f);
  EXPECT_GT(with.Score("alpha lunch at the park")[0], 0.7f);
  for (int l = 0; l < NgramModel::kMessageLabels; ++l) {
    EXPECT_EQ(with.Score("alpha lunch at the park")[l] > 0.5f, without.Score("alpha lunch at the park")[l] > 0.5f);
  }
}

// Digits are one feature: amounts and identifiers differ only in digits.
TEST(NgramModelTest, FoldsDigits) {
  NgramModel m = NgramModel::Train(ToySet(), Small());
  EXPECT_EQ(m.Score("alpha 300 usd 13800138000"), m.Score("alpha 957 usd 19912345678"));
  EXPECT_NE(m.Score("alpha 300"), m.Score("alpha abc"));
}

// The shipped model (data/model/messages.vngm, built by the command in
// data/model/README.md) loads and tells a coded advert from a school notice.
TEST(NgramModelTest, ShippedModelLoads) {
  auto m = NgramModel::Load(VIGIL_SOURCE_DIR "/data/model/messages.vngm");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->buckets_log2(), 16);
  for (int l = 0; l < NgramModel::kLabels; ++l) {
    EXPECT_GT(m->threshold(l), 0.5f);
    EXPECT_LT(m->threshold(l), 0.99f) << "category " << l << " was trained without examples";
  }
}

}  // namespace
}  // namespace vigil::text
