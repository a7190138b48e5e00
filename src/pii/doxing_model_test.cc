// The doxing detector's learned-model path (data/model/messages.vngm): a
// message that names a third party's identifier with hostile intent in words
// the cue list does not hold is still doxing; the same identifier given to
// support is not; evidence never repeats the identifier; `pii.model = off`
// leaves the cues alone.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "pii/pii_detector.h"
#include "vigil/detector.h"

namespace vigil {
namespace {

std::vector<Signal> Doxing(const Detector& d, const std::string& text) {
  ScanContext ctx;
  Event e;
  e.id = "m";
  e.text = text;
  std::vector<Signal> out;
  EXPECT_TRUE(d.Detect(e, ctx, &out).ok());
  out.erase(std::remove_if(out.begin(), out.end(), [](const Signal& s) { return s.type != SignalType::kDoxing; }),
            out.end());
  return out;
}

std::unique_ptr<Detector> Make(bool model) {
  DetectorConfig c;
  c.data_dir = VIGIL_SOURCE_DIR "/data";
  if (!model) c.settings["pii.model"] = "off";
  auto d = DoxingDetector::Create(c);
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return std::move(d).value();
}

TEST(DoxingModelTest, ModelCatchesWhatTheCuesMissAndHidesTheNumber) {
  const std::string hostile = "this is the guy from the bakery who keyed my car, 212-555-0147, make sure he remembers today";
  auto with = Make(true), without = Make(false);
  EXPECT_TRUE(Doxing(*without, hostile).empty()) << "the cue list learned this sentence; pick another";
  auto s = Doxing(*with, hostile);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_GE(s[0].score, 0.7);
  EXPECT_NE(s[0].explanation.find("learned n-gram model"), std::string::npos) << s[0].explanation;
  EXPECT_EQ(s[0].explanation.find("0147"), std::string::npos) << s[0].explanation;
  for (const auto& ev : s[0].evidence) {
    ASSERT_LE(ev.end, hostile.size());
    EXPECT_EQ(ev.term.find_first_of("0123456789"), std::string::npos) << ev.term;
  }
}

TEST(DoxingModelTest, OwnDetailsAndTextWithoutIdentifiersStayQuiet) {
  auto with = Make(true);
  EXPECT_TRUE(Doxing(*with, "hi support, my new number is 212-555-0147, please update my account").empty());
  EXPECT_TRUE(Doxing(*with, "快递到了请打我电话13912345678 我在楼下").empty());
  // No identifier: the model is not asked.
  EXPECT_TRUE(Doxing(*with, "this is the guy from the bakery who keyed my car, make sure he remembers today").empty());
}

}  // namespace
}  // namespace vigil
