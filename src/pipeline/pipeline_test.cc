#include "vigil/pipeline.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "pipeline/batch.h"
#include "vigil/digest.h"
#include "vigil/jsonl.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("vigil_pipeline_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    Write("known.bin", "known media bytes");
    Write("other.bin", "other media bytes");
    Write("list.txt", ComputeDigests("known media bytes").md5 + ",item-1,A\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::FILE* f = std::fopen((dir_ / name).c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fwrite(content.data(), 1, content.size(), f);
    std::fclose(f);
  }
  std::unique_ptr<Pipeline> Make() {
    PipelineOptions o;
    o.detectors.list_files = {(dir_ / "list.txt").string()};
    o.media_root = dir_.string();
    auto p = Pipeline::Create(std::move(o));
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return std::move(p).value();
  }
  fs::path dir_;
};

TEST_F(PipelineTest, KnownMediaBlocksAndOthersAllow) {
  auto p = Make();
  ScanContext ctx;
  Verdict v;
  Event e;
  e.id = "m-1";
  e.media.push_back({.path = "other.bin"});
  e.media.push_back({.path = "known.bin"});
  ASSERT_TRUE(p->Scan(e, ctx, &v).ok());
  EXPECT_EQ(v.id, "m-1");
  EXPECT_EQ(v.action, Action::kBlock);
  ASSERT_EQ(v.signals.size(), 1u);
  EXPECT_EQ(v.signals[0].type, SignalType::kKnownMedia);
  EXPECT_EQ(v.signals[0].media, 1);
  EXPECT_EQ(v.signals[0].list, "list");
  EXPECT_EQ(v.signals[0].entry, "item-1");
  EXPECT_EQ(v.signals[0].category, "A");
  EXPECT_EQ(v.rules, std::vector<std::string>{"builtin.known_media_block"});

  Event plain;
  plain.id = "m-2";
  plain.text = "hello";
  ASSERT_TRUE(p->Scan(plain, ctx, &v).ok());
  EXPECT_EQ(v.action, Action::kAllow);
  EXPECT_TRUE(v.signals.empty());
}

TEST_F(PipelineTest, PrecomputedHashesMatchWithoutFile) {
  auto p = Make();
  ScanContext ctx;
  Verdict v;
  Event e;
  e.id = "m-3";
  e.media.push_back({.md5 = ComputeDigests("known media bytes").md5});
  ASSERT_TRUE(p->Scan(e, ctx, &v).ok());
  EXPECT_EQ(v.action, Action::kBlock);
}

TEST_F(PipelineTest, MissingMediaIsAnErrorNamingThePath) {
  auto p = Make();
  ScanContext ctx;
  Verdict v;
  Event e;
  e.id = "m-4";
  e.media.push_back({.path = "nope.jpg"});
  Status s = p->Scan(e, ctx, &v);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("media[0]"), std::string::npos);
  EXPECT_NE(s.message().find("nope.jpg"), std::string::npos);
}

TEST_F(PipelineTest, CreateFailsOnBadLists) {
  PipelineOptions o;
  o.detectors.list_files = {"no/such/list.txt"};
  EXPECT_FALSE(Pipeline::Create(std::move(o)).ok());
  Write("bad.txt", "not a hash\n");
  PipelineOptions o2;
  o2.detectors.list_files = {(dir_ / "bad.txt").string()};
  auto p = Pipeline::Create(std::move(o2));
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("bad.txt"), std::string::npos);
}

TEST_F(PipelineTest, BuiltinPolicyHoldsOtherSignals) {
  auto policy = BuiltinPolicy();
  Verdict v;
  Event e;
  Signal weak{.type = SignalType::kPii, .score = 0.3};
  v.signals.push_back(weak);
  policy->Decide(e, &v);
  EXPECT_EQ(v.action, Action::kAllow);
  Signal strong{.type = SignalType::kGrooming, .score = 0.5};
  v.signals.push_back(strong);
  policy->Decide(e, &v);
  EXPECT_EQ(v.action, Action::kHold);
}

TEST_F(PipelineTest, BatchKeepsOrderAndCountsErrors) {
  auto p = Make();
  std::string in = R"({"id":"a","media":[{"path":"known.bin"}]})" "\n"
                   R"({"id":"b","media":[{"path":"missing.bin"}]})" "\n"
                   R"({"id":"c","text":"hi"})" "\n";
  auto reader = EventReader::FromString(in);
  std::string out_path = (dir_ / "out.jsonl").string();
  std::FILE* out = std::fopen(out_path.c_str(), "wb");
  Status st;
  BatchSummary sum = ScanBatch(*p, *reader, out, &st);
  std::fclose(out);
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(sum.events, 2);
  EXPECT_EQ(sum.errors, 1);
  EXPECT_EQ(sum.actions[static_cast<int>(Action::kBlock)], 1);
  auto text = ReadFileBounded(out_path, 1 << 20);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text,
            R"({"id":"a","action":"block","signals":[{"type":"known_media","score":1,"media":0,)"
            R"("list":"list","entry":"item-1","hash":"md5","distance":0,"category":"A"}],)"
            R"("rules":["builtin.known_media_block"]})" "\n"
            R"({"line":2,"id":"b","error":"line 2: media[0]: )" +
                (dir_ / "missing.bin").string() +
                R"(: cannot open: No such file or directory"})" "\n"
            R"({"id":"c","action":"allow","signals":[]})" "\n");
}

// ScanBatch reads two events ahead and announces them (Pipeline::Prefetch):
// its verdicts and the conversation state it leaves must be exactly those of
// scanning the events one at a time without any announcement.
TEST_F(PipelineTest, BatchReadAheadMatchesOneAtATimeScan) {
  const std::string path = "../shared/testdata/conversations/dev.events.jsonl";
  auto bytes = ReadFileBounded(path, 64 << 20);
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  // A bad line in the middle must stay in place among the read-ahead.
  std::string in = *bytes;
  size_t mid = in.find('\n', in.size() / 2);
  ASSERT_NE(mid, std::string::npos);
  in.insert(mid + 1, "{not json\n");
  auto batch_pipeline = Make();
  auto plain_pipeline = Make();

  auto reader = EventReader::FromString(in);
  std::string out_path = (dir_ / "batch.jsonl").string();
  std::FILE* out = std::fopen(out_path.c_str(), "wb");
  Status st;
  BatchSummary sum = ScanBatch(*batch_pipeline, *reader, out, &st);
  std::fclose(out);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(sum.errors, 1);
  EXPECT_GT(sum.signals[static_cast<int>(SignalType::kGrooming)], 0);

  std::string expected;
  std::vector<std::string> conversations;
  auto plain = EventReader::FromString(in);
  Event e;
  Status line;
  ScanContext ctx;
  Verdict v;
  while (plain->Next(&e, &line)) {
    if (line.ok()) line = plain_pipeline->Scan(e, ctx, &v);
    if (line.ok()) {
      AppendVerdictJson(v, &expected);
      if (!e.conversation.empty()) conversations.push_back(e.conversation);
    } else {
      AppendErrorJson(e.line, e.id, line, &expected);
    }
    expected.push_back('\n');
  }
  auto got = ReadFileBounded(out_path, 64 << 20);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(*got, expected);
  ASSERT_FALSE(conversations.empty());
  for (const std::string& c : conversations) {
    ASSERT_EQ(batch_pipeline->SaveConversation(c), plain_pipeline->SaveConversation(c)) << c;
  }
}

TEST_F(PipelineTest, ConversationStateSavesAndRestoresPerConversation) {
  auto a = Make();
  auto b = Make();
  ScanContext ctx;
  Verdict v;
  Event e;
  e.id = "m1";
  e.conversation = "conv-1";
  e.sender = "u1";
  e.text = "hello";
  ASSERT_TRUE(a->Scan(e, ctx, &v).ok());
  EXPECT_EQ(a->SaveConversation("never-seen"), "");
  std::string state = a->SaveConversation("conv-1");
  ASSERT_FALSE(state.empty());
  EXPECT_EQ(state.substr(1, 12), "conversation");  // framed by detector name
  ASSERT_TRUE(b->RestoreConversation("conv-1", state).ok());
  EXPECT_EQ(b->SaveConversation("conv-1"), state);
  // Truncated framing and a detector's refusal are errors naming the cause.
  Status s = b->RestoreConversation("conv-1", state.substr(0, state.size() - 1));
  EXPECT_EQ(s.code(), StatusCode::kCorruption) << s.ToString();
  s = b->RestoreConversation("other", state);  // bytes of another conversation
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("detector conversation"), std::string::npos) << s.ToString();
  // A part for a detector this pipeline lacks is ignored; "" forgets.
  std::string foreign = std::string(1, '\x03') + "zzz" + std::string("\x01\x00\x00\x00", 4) + "q";
  EXPECT_TRUE(b->RestoreConversation("conv-1", foreign).ok());
  EXPECT_EQ(b->SaveConversation("conv-1"), "");
}

}  // namespace
}  // namespace vigil
