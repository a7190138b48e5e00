// End to end through the pipeline: pii signals, redact action and
// redacted_text, campaign signals, and no raw identifier in logs or in the
// verdict JSON outside the masked redacted_text.
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <sstream>

#include "vigil/jsonl.h"
#include "vigil/pipeline.h"

namespace vigil {
namespace {

const char* kRawValues[] = {"11010519491231002X", "13812345678", "6217006923216207",
                            "6217 0069 2321 6207", "a.victim@example.com", "+8613812345678"};

std::unique_ptr<Pipeline> MakePipeline() {
  PipelineOptions o;
  o.detectors.data_dir = VIGIL_SOURCE_DIR "/data";
  o.detectors.settings["pii.campaign_accounts"] = "3";
  o.detectors.settings["pii.campaign_key"] = "leak-test-key";
  auto p = Pipeline::Create(std::move(o));
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return std::move(p).value();
}

Event MakeEvent(std::string id, std::string sender, std::string text, int64_t ts_ms) {
  Event e;
  e.id = std::move(id);
  e.sender = std::move(sender);
  e.text = std::move(text);
  e.ts_ms = ts_ms;
  return e;
}

TEST(PiiPipelineTest, PiiAloneRedacts) {
  auto p = MakePipeline();
  ScanContext ctx;
  Verdict v;
  ASSERT_TRUE(p->Scan(MakeEvent("r1", "u1", "退款打到我的卡6217 0069 2321 6207，谢谢", 1000), ctx, &v).ok());
  EXPECT_EQ(v.action, Action::kRedact);
  ASSERT_EQ(v.signals.size(), 1u);
  EXPECT_EQ(v.signals[0].entity, "bank_card");
  ASSERT_TRUE(v.redacted_text.has_value());
  EXPECT_EQ(*v.redacted_text, "退款打到我的卡**** **** **** 6207，谢谢");
  EXPECT_EQ(v.rules, std::vector<std::string>{"builtin.pii_redact"});
}

TEST(PiiPipelineTest, DoxingHoldsAndCampaignIsRaised) {
  auto p = MakePipeline();
  ScanContext ctx;
  Verdict v;
  const std::string dox = "人肉出来了：身份证11010519491231002X，手机13812345678，大家去他公司堵他";
  ASSERT_TRUE(p->Scan(MakeEvent("d1", "u1", dox, 1000), ctx, &v).ok());
  EXPECT_EQ(v.action, Action::kHold);
  bool doxing = false;
  for (const auto& s : v.signals) doxing |= s.type == SignalType::kDoxing;
  EXPECT_TRUE(doxing);
  // The same phone from two more accounts, in plain messages: a campaign.
  ASSERT_TRUE(p->Scan(MakeEvent("d2", "u2", "号码138 1234 5678", 2000), ctx, &v).ok());
  ASSERT_TRUE(p->Scan(MakeEvent("d3", "u3", "手机13812345678", 3000), ctx, &v).ok());
  const Signal* campaign = nullptr;
  for (const auto& s : v.signals) {
    for (const auto& a : s.extra) {
      if (a.key == "campaign") campaign = &s;
    }
  }
  ASSERT_NE(campaign, nullptr);
  EXPECT_EQ(campaign->type, SignalType::kDoxing);
  std::string json;
  AppendVerdictJson(v, &json);
  EXPECT_NE(json.find(R"("campaign":true,"count":3)"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("first_event":"d1")"), std::string::npos) << json;
}

TEST(PiiPipelineTest, NoRawIdentifierInLogsOrVerdicts) {
  std::ostringstream log;
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(log);
  auto logger = std::make_shared<spdlog::logger>("leak", sink);
  logger->set_level(spdlog::level::trace);
  auto previous = spdlog::default_logger();
  spdlog::set_default_logger(logger);
  spdlog::set_level(spdlog::level::trace);

  auto p = MakePipeline();
  ScanContext ctx;
  Verdict v;
  const char* texts[] = {
      "人肉：身份证11010519491231002X，手机13812345678，邮箱a.victim@example.com，大家去轰炸",
      "卡号6217 0069 2321 6207",
      "call +86 13812345678",
  };
  std::string all_json;
  int n = 0;
  for (const char* t : texts) {
    for (const char* who : {"u1", "u2", "u3"}) {
      ++n;
      std::string id = std::string("e") + std::to_string(n);
      ASSERT_TRUE(p->Scan(MakeEvent(id, who, t, n * 1000), ctx, &v).ok());
      Verdict copy = v;
      copy.redacted_text.reset();
      AppendVerdictJson(copy, &all_json);
      if (v.redacted_text) {
        for (const char* raw : kRawValues) {
          EXPECT_EQ(v.redacted_text->find(raw), std::string::npos) << raw;
        }
      }
    }
  }
  spdlog::set_default_logger(previous);
  for (const char* raw : kRawValues) {
    EXPECT_EQ(all_json.find(raw), std::string::npos) << raw << " in " << all_json;
    EXPECT_EQ(log.str().find(raw), std::string::npos) << raw;
  }
  EXPECT_NE(all_json.find("\"pii\""), std::string::npos);  // the test did scan identifiers
}

}  // namespace
}  // namespace vigil
