#include "vigil/jsonl.h"

#include <gtest/gtest.h>

#include "vigil/conversation.h"

namespace vigil {
namespace {

struct Line {
  bool ok;
  Event ev;
  Status st;
};

std::vector<Line> ReadAll(std::string data, JsonlLimits limits = {}) {
  auto r = EventReader::FromString(std::move(data), limits);
  std::vector<Line> out;
  Line l;
  while (r->Next(&l.ev, &l.st)) {
    l.ok = l.st.ok();
    out.push_back(l);
  }
  return out;
}

// The parser hashes the conversation id once for the conversation detector;
// an event without one (or a reused Event) carries no stale key.
TEST(JsonlTest, SetsConversationKey) {
  auto lines = ReadAll(R"({"id":"m-1","conversation":"c-1"})"
                       "\n"
                       R"({"id":"m-2"})"
                       "\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].ev.conversation_key, ConversationTracker::Key("c-1"));
  EXPECT_EQ(lines[1].ev.conversation_key, 0u);
  Event e = lines[0].ev;
  e.Clear();
  EXPECT_EQ(e.conversation_key, 0u);
}

TEST(JsonlTest, ParsesAllFields) {
  auto lines = ReadAll(
      R"({"id":"m-1","conversation":"c-1","ts":"2026-05-02T19:04:00Z","sender":"a","recipient":"b",)"
      R"("platform":"demo","channel":"dm","lang":"en","text":"hi \u00e9","extra":{"x":[1,2]},)"
      R"("media":[{"path":"p.jpg"},{"md5":"0123456789ABCDEF0123456789abcdef","quality":80}]})"
      "\n");
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_TRUE(lines[0].ok) << lines[0].st.ToString();
  const Event& e = lines[0].ev;
  EXPECT_EQ(e.id, "m-1");
  EXPECT_EQ(e.conversation, "c-1");
  EXPECT_EQ(e.ts_ms, 1777748640000);
  EXPECT_EQ(e.sender, "a");
  EXPECT_EQ(e.text, "hi \xc3\xa9");
  ASSERT_EQ(e.media.size(), 2u);
  EXPECT_EQ(e.media[0].path, "p.jpg");
  EXPECT_EQ(e.media[1].md5, "0123456789abcdef0123456789abcdef");
  EXPECT_EQ(e.media[1].quality, 80);
  EXPECT_EQ(e.line, 1);
}

TEST(JsonlTest, EachMalformedLineIsOneErrorAndTheRestGoOn) {
  std::string big(10 << 20, 'a');
  std::string data;
  data += R"({"id":"ok-1","text":"a"})" "\n";      // 1
  data += R"({"id":"bad json")" "\n";              // 2
  data += R"({"text":"no id"})" "\n";              // 3
  data += R"({"id":7})" "\n";                      // 4 wrong type
  data += R"({"id":"x","text":["a"]})" "\n";       // 5 wrong type
  data += "{\"id\":\"" + big + "\"}\n";            // 6 10 MB line
  data += "{\"id\":\"u\",\"text\":\"\xff\xfe\"}\n";  // 7 invalid UTF-8
  data += R"({"id":"t","ts":"yesterday"})" "\n";   // 8 bad ts
  data += R"({"id":"m","media":[{"md5":"abc"}]})" "\n";  // 9 bad hex
  data += R"([1,2,3])" "\n";                       // 10 not an object
  data += "\n   \n";                               // 11-12 blank: skipped
  data += R"({"id":"ok-2"} trailing)" "\n";        // 13
  data += R"({"id":"ok-3"})";                      // 14 no final newline
  auto lines = ReadAll(data);
  ASSERT_EQ(lines.size(), 12u);
  EXPECT_TRUE(lines[0].ok);
  const std::pair<int, const char*> expected[] = {
      {2, "malformed JSON"},       {3, "missing required field 'id'"},
      {4, "expected a string, got number"}, {5, "field 'text': expected a string, got array"},
      {6, "line longer than"},     {7, "invalid UTF-8 at byte"},
      {8, "field 'ts': expected an RFC 3339"}, {9, "field 'media[0].md5': expected 32 hex digits"},
      {10, "expected a JSON object"}, {13, "malformed JSON"}};
  for (size_t i = 0; i < std::size(expected); ++i) {
    const Line& l = lines[i + 1];
    EXPECT_FALSE(l.ok) << "line " << expected[i].first;
    EXPECT_EQ(l.ev.line, expected[i].first);
    EXPECT_NE(l.st.message().find("line " + std::to_string(expected[i].first) + ": "),
              std::string::npos)
        << l.st.message();
    EXPECT_NE(l.st.message().find(expected[i].second), std::string::npos) << l.st.message();
  }
  ASSERT_TRUE(lines[11].ok);
  EXPECT_EQ(lines[11].ev.id, "ok-3");
  EXPECT_EQ(lines[11].ev.line, 14);
}

TEST(JsonlTest, EmptyInputYieldsNothing) { EXPECT_TRUE(ReadAll("").empty()); }

TEST(JsonlTest, OpenMissingFileFails) {
  auto r = EventReader::Open("does/not/exist.jsonl");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("does/not/exist.jsonl"), std::string::npos);
  EXPECT_FALSE(EventReader::Open("").ok());
}

TEST(JsonlTest, VerdictAndErrorJson) {
  Verdict v;
  v.id = "m\"1";
  v.action = Action::kBlock;
  Signal s;
  s.type = SignalType::kKnownMedia;
  s.score = 1.0;
  s.media = 0;
  s.list = "demo";
  s.entry = "e-1";
  s.distance = 0;
  s.hash_type = "md5";
  v.signals.push_back(s);
  std::string out;
  AppendVerdictJson(v, &out);
  EXPECT_EQ(out,
            R"({"id":"m\"1","action":"block","signals":[{"type":"known_media","score":1,"media":0,)"
            R"("list":"demo","entry":"e-1","hash":"md5","distance":0}]})");
  out.clear();
  AppendErrorJson(3, "", InvalidArgumentError("line 3: bad\n"), &out);
  EXPECT_EQ(out, R"({"line":3,"error":"line 3: bad\n"})");
}

}  // namespace
}  // namespace vigil
