// One test suite, run on every backend: SQLite (a temporary file) and the
// real PostgreSQL server started by scripts/services.sh (URL from
// VIGIL_TEST_PG_URL). The PostgreSQL cases fail, never skip, when the
// server is missing.
#include "vigil/store.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <fstream>
#include <sstream>
#include <thread>

#include "store/store_test_util.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;

constexpr int64_t kDay = 86400000;
constexpr int64_t kT0 = 1777748640000;  // 2026-05-02T19:04:00Z

VerdictRecord Rec(const std::string& id, int64_t ts, Action a = Action::kAllow) {
  VerdictRecord r;
  r.event_id = id;
  r.ts_ms = ts;
  r.platform = "demo";
  r.channel = "dm";
  r.action = a;
  return r;
}

VerdictRecord Sighted(const std::string& id, const std::string& entry, int64_t ts,
                      const std::string& account = "acct") {
  VerdictRecord r = Rec(id, ts, Action::kBlock);
  r.rules = {"known_media_block"};
  r.signals.push_back({.type = SignalType::kKnownMedia, .score = 1.0, .list = "demo",
                       .entry = entry, .category = "A", .hash_type = "sha256", .media = 0,
                       .distance = 0});
  r.sightings.push_back({"demo", entry, "A", ts, "demo", "dm", account});
  r.case_id = "case-" + entry;
  return r;
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    auto db = testutil::TestDatabase::Create(GetParam());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(db).value();
    auto s = Store::Open(db_->url());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  std::unique_ptr<testutil::TestDatabase> db_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, MigratesToTheLatestVersionIdempotently) {
  auto v = store_->SchemaVersion();
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_EQ(*v, 3);
  EXPECT_EQ(store_->backend(), GetParam());
  ASSERT_TRUE(store_->Migrate().ok());
  auto again = Store::Open(db_->url());  // a second process opening the same store
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(*(*again)->SchemaVersion(), 3);
}

TEST_P(StoreTest, RecordIsIdempotentByEventId) {
  VerdictRecord r = Sighted("e-1", "item-9", kT0);
  r.signals.push_back({.type = SignalType::kPii, .score = 0.75, .entity = "phone"});
  r.rules.push_back("pii_redact");
  r.conversation = "c0ffee";
  r.account = "beef";
  r.evidence = "vault:3";
  auto first = store_->RecordVerdict(r);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_TRUE(*first);
  auto second = store_->RecordVerdict(r);
  ASSERT_TRUE(second.ok());
  EXPECT_FALSE(*second);
  auto c = store_->Counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->verdicts, 1);
  EXPECT_EQ(c->signals, 2);
  EXPECT_EQ(c->sightings, 1);
  EXPECT_EQ(c->cases, 1);
  EXPECT_TRUE(*store_->HasEvent("e-1"));
  EXPECT_FALSE(*store_->HasEvent("e-2"));

  auto got = store_->GetVerdict("e-1");
  ASSERT_TRUE(got.ok() && got->has_value());
  const VerdictRecord& g = **got;
  EXPECT_EQ(g.ts_ms, kT0);
  EXPECT_EQ(g.action, Action::kBlock);
  EXPECT_EQ(g.rules, (std::vector<std::string>{"known_media_block", "pii_redact"}));
  EXPECT_EQ(g.conversation, "c0ffee");
  EXPECT_EQ(g.account, "beef");
  EXPECT_EQ(g.evidence, "vault:3");
  EXPECT_EQ(g.case_id, "case-item-9");
  ASSERT_EQ(g.signals.size(), 2u);
  EXPECT_EQ(g.signals[0].entry, "item-9");
  EXPECT_EQ(g.signals[0].hash_type, "sha256");
  EXPECT_EQ(g.signals[1].type, SignalType::kPii);
  EXPECT_DOUBLE_EQ(g.signals[1].score, 0.75);
  EXPECT_EQ(g.signals[1].entity, "phone");
  ASSERT_EQ(g.sightings.size(), 1u);
  EXPECT_EQ(g.sightings[0].account, "acct");
  EXPECT_FALSE(store_->GetVerdict("nope")->has_value());
}

TEST_P(StoreTest, BatchReportsWhichRecordsWereNew) {
  ASSERT_TRUE(*store_->RecordVerdict(Rec("b-2", kT0)));
  std::vector<VerdictRecord> batch = {Rec("b-1", kT0), Rec("b-2", kT0), Rec("b-3", kT0),
                                      Rec("b-1", kT0)};
  std::vector<bool> inserted;
  ASSERT_TRUE(store_->RecordVerdicts(batch, &inserted).ok());
  EXPECT_EQ(inserted, (std::vector<bool>{true, false, true, false}));
  EXPECT_EQ(store_->Counts()->verdicts, 3);
}

TEST_P(StoreTest, SightingsCountPerDayAndTop) {
  // item-a: 3 on day 0 (two accounts), 1 on day 2; item-b: 1 on day 1.
  ASSERT_TRUE(*store_->RecordVerdict(Sighted("s-1", "item-a", kT0, "x")));
  ASSERT_TRUE(*store_->RecordVerdict(Sighted("s-2", "item-a", kT0 + 1000, "y")));
  ASSERT_TRUE(*store_->RecordVerdict(Sighted("s-3", "item-a", kT0 + 2000, "x")));
  ASSERT_TRUE(*store_->RecordVerdict(Sighted("s-4", "item-b", kT0 + kDay)));
  ASSERT_TRUE(*store_->RecordVerdict(Sighted("s-5", "item-a", kT0 + 2 * kDay, "z")));
  ASSERT_FALSE(*store_->RecordVerdict(Sighted("s-5", "item-a", kT0 + 2 * kDay, "z")));
  auto st = store_->Sightings("item-a");
  ASSERT_TRUE(st.ok()) << st.status().ToString();
  EXPECT_EQ(st->total, 4);
  EXPECT_EQ(st->first_ms, kT0);
  EXPECT_EQ(st->last_ms, kT0 + 2 * kDay);
  EXPECT_EQ(st->accounts, 3);
  int64_t d0 = kT0 / kDay;
  ASSERT_EQ(st->per_day.size(), 2u);
  EXPECT_EQ(st->per_day[0].day, d0);
  EXPECT_EQ(st->per_day[0].count, 3);
  EXPECT_EQ(st->per_day[1].day, d0 + 2);
  EXPECT_EQ(st->per_day[1].count, 1);
  auto since = store_->Sightings("item-a", kT0 + kDay);
  EXPECT_EQ(since->total, 1);

  auto top = store_->TopSightings(10, 0);
  ASSERT_TRUE(top.ok()) << top.status().ToString();
  ASSERT_EQ(top->size(), 2u);
  EXPECT_EQ((*top)[0].entry, "item-a");
  EXPECT_EQ((*top)[0].count, 4);
  EXPECT_EQ((*top)[1].entry, "item-b");
  EXPECT_EQ((*top)[1].count, 1);
  auto top1 = store_->TopSightings(1, kT0 + kDay);
  ASSERT_EQ(top1->size(), 1u);
  EXPECT_EQ((*top1)[0].count, 1);
}

TEST_P(StoreTest, CasesCollectTheirEventsWithTheStrongestAction) {
  VerdictRecord a = Rec("c-1", kT0 + 5000, Action::kHold);
  a.case_id = "case-x";
  VerdictRecord b = Rec("c-2", kT0, Action::kReport);
  b.case_id = "case-x";
  VerdictRecord c = Rec("c-3", kT0, Action::kAllow);
  ASSERT_TRUE(store_->RecordVerdicts(std::vector<VerdictRecord>{a, b, c}, nullptr).ok());
  ASSERT_TRUE(store_->RecordVerdicts(std::vector<VerdictRecord>{a, b, c}, nullptr).ok());
  auto ci = store_->GetCase("case-x");
  ASSERT_TRUE(ci.ok() && ci->has_value()) << ci.status().ToString();
  EXPECT_EQ((*ci)->items, 2);
  EXPECT_EQ((*ci)->action, Action::kReport);
  EXPECT_EQ((*ci)->opened_ms, kT0);
  EXPECT_EQ((*ci)->updated_ms, kT0 + 5000);
  EXPECT_EQ((*ci)->status, "open");
  EXPECT_EQ(*store_->CaseEvents("case-x"), (std::vector<std::string>{"c-2", "c-1"}));
  EXPECT_FALSE(store_->GetCase("case-none")->has_value());
}

TEST_P(StoreTest, AuditLogAppendsInOrder) {
  ASSERT_TRUE(store_->Audit({.ts_ms = 1, .actor = "analyst-7", .action = "export",
                             .object = "case-x", .detail = "bundle"}).ok());
  ASSERT_TRUE(store_->Audit({.ts_ms = 2, .actor = "system", .action = "purge",
                             .object = "obj", .detail = ""}).ok());
  auto log = store_->AuditLog(0, 10);
  ASSERT_TRUE(log.ok()) << log.status().ToString();
  ASSERT_EQ(log->size(), 2u);
  EXPECT_EQ((*log)[0].actor, "analyst-7");
  EXPECT_EQ((*log)[1].action, "purge");
  EXPECT_LT((*log)[0].id, (*log)[1].id);
  EXPECT_EQ(store_->AuditLog((*log)[0].id, 10)->size(), 1u);
}

TEST_P(StoreTest, ConcurrentWritersInsertEachEventOnce) {
  constexpr int kN = 150;
  std::vector<VerdictRecord> recs;
  for (int i = 0; i < kN; ++i) recs.push_back(Sighted("w-" + std::to_string(i), "item-w", kT0 + i));
  std::atomic<int> fresh{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&] {
      auto s = Store::Open(db_->url());
      ASSERT_TRUE(s.ok()) << s.status().ToString();
      for (int i = 0; i < kN; i += 10) {
        std::vector<bool> ins;
        std::span<const VerdictRecord> part(recs.data() + i, 10);
        Status st;
        for (int attempt = 0; attempt < 20; ++attempt) {
          st = (*s)->RecordVerdicts(part, &ins);
          if (st.code() != StatusCode::kUnavailable) break;
        }
        ASSERT_TRUE(st.ok()) << st.ToString();
        for (bool b : ins) fresh += b;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(fresh.load(), kN);
  EXPECT_EQ(store_->Counts()->sightings, kN);
  EXPECT_EQ(store_->Sightings("item-w")->total, kN);
}

TEST_P(StoreTest, NoRawIdentifiersOrTextReachTheStore) {
  Event e;
  e.id = "evt-77";
  e.conversation = "conv-RAWCONV";
  e.sender = "u_RAWSENDER";
  e.recipient = "u_RAWRECIPIENT";
  e.text = "RAWTEXT please";
  e.ts_ms = kT0;
  Verdict v;
  v.id = e.id;
  v.action = Action::kBlock;
  v.rules = {"known_media_block"};
  v.signals.push_back({.type = SignalType::kKnownMedia, .score = 1, .media = 0, .list = "demo",
                       .entry = "item-1", .category = "A", .distance = 0,
                       .hash_type = "sha256"});
  v.signals.push_back({.type = SignalType::kPii, .score = 1, .entity = "phone", .start = 0,
                       .end = 3});
  Pseudonymizer p("test-key-not-secret");
  VerdictRecord r = MakeVerdictRecord(e, v, p, 0);
  ASSERT_TRUE(*store_->RecordVerdict(r));
  EXPECT_EQ(r.account, p.Hash("account", "u_RAWSENDER"));
  EXPECT_NE(r.account, Pseudonymizer("other").Hash("account", "u_RAWSENDER"));
  // HMAC-SHA-256(key, domain NUL id), first 16 bytes (Python's hmac module
  // agrees); keys longer than a SHA-256 block are hashed first, as RFC 2104 says.
  EXPECT_EQ(r.account, "5d0e9064390acbfa80ced1941a23b935");
  EXPECT_EQ(Pseudonymizer(std::string(80, 'k')).Hash("conversation", "c-1"),
            "a34be9f6c0c10869228daa38e377d8ed");
  EXPECT_EQ(p.Hash("account", ""), "");
  auto dump = db_->DumpAllText();
  ASSERT_TRUE(dump.ok()) << dump.status().ToString();
  EXPECT_NE(dump->find("item-1"), std::string::npos);  // the dump does see the data
  for (const char* raw : {"RAWCONV", "RAWSENDER", "RAWRECIPIENT", "RAWTEXT"}) {
    EXPECT_EQ(dump->find(raw), std::string::npos) << raw;
  }
}


StreamBatch Batch(uint64_t last_seq, std::vector<VerdictRecord> verdicts,
                  std::vector<StreamEventRecord> events,
                  std::vector<ConversationCheckpoint> checkpoints) {
  StreamBatch b;
  b.stream = "EV";
  b.partition = 3;
  b.last_seq = last_seq;
  b.worker = "w1";
  b.verdicts = std::move(verdicts);
  b.events = std::move(events);
  b.checkpoints = std::move(checkpoints);
  return b;
}

TEST_P(StoreTest, StreamBatchCommitsEverythingOnceAndProgressOnlyGrows) {
  std::string state_a = std::string("\x00\x01", 2) + "binary" + "\xff", state_b = "second";
  StreamBatch b = Batch(11, {Sighted("e1", "item-1", kT0), Rec("e2", kT0)},
                        {{"e1", 10, 1, ""}, {"e2", 11, 2, ""}, {"!EV:9", 9, 0, "malformed JSON"}},
                        {{"conv-a", state_a}});
  auto r = store_->CommitStreamBatch(b);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->verdicts, 2);
  EXPECT_EQ(r->actions, 1);  // block once; allow is no action
  EXPECT_EQ(r->errors, 1);
  EXPECT_EQ(r->duplicates, 0);
  // Replayed with a lower sequence and a newer checkpoint: nothing doubles,
  // the progress stays, the checkpoint is replaced.
  b = Batch(9, {Sighted("e1", "item-1", kT0), Rec("e3", kT0, Action::kHold)},
            {{"e1", 10, 1, ""}, {"e3", 12, 3, ""}}, {{"conv-a", state_b}, {"conv-b", state_a}});
  r = store_->CommitStreamBatch(b);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->verdicts, 1);
  EXPECT_EQ(r->actions, 1);
  EXPECT_EQ(r->duplicates, 1);
  EXPECT_EQ(*store_->StreamSequence("EV", 3), 11u);
  EXPECT_EQ(*store_->StreamSequence("EV", 4), 0u);
  EXPECT_EQ(*store_->StreamSequence("OTHER", 3), 0u);
  std::vector<std::string> ids = {"e1", "e4", "!EV:9", "e3", "e1"};
  EXPECT_EQ(*store_->StreamEventsCommitted(ids), (std::vector<bool>{true, false, true, true, true}));
  std::vector<std::string> convs = {"conv-a", "conv-b", "conv-c"};
  auto cps = store_->LoadCheckpoints(convs);
  ASSERT_TRUE(cps.ok()) << cps.status().ToString();
  std::map<std::string, std::string> got;
  for (auto& c : *cps) got[c.conversation] = c.state;
  EXPECT_EQ(got, (std::map<std::string, std::string>{{"conv-a", state_b}, {"conv-b", state_a}}));
  auto counts = store_->Counts();
  EXPECT_EQ(counts->verdicts, 3);
  EXPECT_EQ(counts->sightings, 1);
  EXPECT_EQ((*store_->GetCase("case-item-1"))->items, 1);
}

TEST_P(StoreTest, StreamBatchDeduplicatesWithinAndAcrossFrontEnds) {
  // A verdict recorded by another front end (vigil scan --store) is not
  // recorded again and takes no action; an id twice in one batch counts once.
  ASSERT_TRUE(*store_->RecordVerdict(Rec("s1", kT0, Action::kBlock)));
  auto r = store_->CommitStreamBatch(
      Batch(5, {Rec("s1", kT0, Action::kBlock)}, {{"s1", 5, 0, ""}}, {}));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->verdicts, 0);
  EXPECT_EQ(r->actions, 0);
  StreamBatch bad = Batch(20, {Rec("x1", kT0, Action::kHold)}, {{"x1", 20, 1, ""}},
                          {{"conv-x", "s"}});
  bad.verdicts.push_back(Rec("x1", kT0, Action::kHold));  // same id twice: one verdict
  auto ok = store_->CommitStreamBatch(bad);
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ(ok->verdicts, 1);
  EXPECT_EQ(ok->actions, 1);
  // A checkpoint for a conversation key that appears twice keeps the last.
  auto two = store_->CommitStreamBatch(Batch(21, {}, {}, {{"conv-y", "1"}, {"conv-y", "2"}}));
  ASSERT_TRUE(two.ok()) << two.status().ToString();
  std::vector<std::string> y = {"conv-y"};
  EXPECT_EQ((*store_->LoadCheckpoints(y))[0].state, "2");
  EXPECT_EQ(*store_->StreamSequence("EV", 3), 21u);
}

TEST_P(StoreTest, StreamBatchKeepsAwkwardIdsAndTextExact) {
  // Quotes, backslashes, commas, braces, the word NULL, non-ASCII: PostgreSQL
  // receives whole columns as array literals, which must not mangle them.
  std::vector<std::string> ids = {"q\"uo\\te", "a,b{c}", "NULL", "", "\u5bf9\u8bdd-1", " sp "};
  StreamBatch b = Batch(50, {}, {}, {});
  for (size_t i = 0; i < ids.size(); ++i) {
    if (ids[i].empty()) continue;
    VerdictRecord r = Rec(ids[i], kT0 + static_cast<int64_t>(i), Action::kHold);
    r.rules = {"rule \"x\"", "r\\2"};
    r.case_id = "case-" + ids[i];
    b.verdicts.push_back(r);
    b.events.push_back({ids[i], 40 + i, static_cast<int64_t>(i), ""});
    b.checkpoints.push_back({"conv-" + ids[i], "state of " + ids[i]});
  }
  b.events.push_back({"!EV:49", 49, 0, "line 1: bad \"quote\" \\ here"});
  auto r = store_->CommitStreamBatch(b);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->verdicts, 5);
  EXPECT_EQ(r->actions, 5);
  EXPECT_EQ(r->errors, 1);
  for (const std::string& id : ids) {
    if (id.empty()) continue;
    auto v = store_->GetVerdict(id);
    ASSERT_TRUE(v.ok() && v->has_value()) << id;
    EXPECT_EQ((*v)->rules, (std::vector<std::string>{"rule \"x\"", "r\\2"})) << id;
    EXPECT_EQ((*v)->case_id, "case-" + id);
  }
  std::vector<std::string> convs;
  for (const std::string& id : ids) convs.push_back("conv-" + id);
  auto cps = store_->LoadCheckpoints(convs);
  ASSERT_TRUE(cps.ok()) << cps.status().ToString();
  EXPECT_EQ(cps->size(), 5u);
  for (const auto& c : *cps) EXPECT_EQ(c.state, "state of " + c.conversation.substr(5));
  std::vector<std::string> all = ids;
  all.push_back("!EV:49");
  auto done = store_->StreamEventsCommitted(all);
  ASSERT_TRUE(done.ok()) << done.status().ToString();
  EXPECT_EQ(*done, (std::vector<bool>{true, true, true, false, true, true, true}));
}

TEST_P(StoreTest, StreamOutboxKeepsMessagesUntilAcknowledged) {
  std::string big(300000, 'v');  // a batch of verdict lines
  StreamBatch b = Batch(40, {Rec("o1", kT0)}, {{"o1", 40, 0, ""}}, {});
  b.outbox = {{"vb:EV:3:40:0", "vd.3", big}, {"vb:EV:3:40:1", "vd.3", "{\"id\":\"o1\"}\n"}};
  ASSERT_TRUE(store_->CommitStreamBatch(b).ok());
  StreamBatch other = Batch(7, {}, {}, {});
  other.partition = 4;
  other.outbox = {{"vb:EV:4:7:0", "vd.4", "x"}};
  ASSERT_TRUE(store_->CommitStreamBatch(other).ok());
  auto pending = store_->PendingOutbox("EV", 3);
  ASSERT_TRUE(pending.ok()) << pending.status().ToString();
  ASSERT_EQ(pending->size(), 2u);
  EXPECT_EQ((*pending)[0].id, "vb:EV:3:40:0");
  EXPECT_EQ((*pending)[0].subject, "vd.3");
  EXPECT_EQ((*pending)[0].payload, big);
  EXPECT_EQ((*pending)[1].payload, "{\"id\":\"o1\"}\n");
  // A later commit (of any partition) deletes what JetStream acknowledged.
  StreamBatch next = Batch(41, {}, {}, {});
  next.outbox_done = {"vb:EV:3:40:0", "vb:EV:4:7:0", "never-there"};
  ASSERT_TRUE(store_->CommitStreamBatch(next).ok());
  pending = store_->PendingOutbox("EV", 3);
  ASSERT_EQ(pending->size(), 1u);
  EXPECT_EQ((*pending)[0].id, "vb:EV:3:40:1");
  EXPECT_TRUE(store_->PendingOutbox("EV", 4)->empty());
}

TEST(StoreOpenTest, BadUrlsAreClearErrors) {
  auto s = Store::Open("mysql://x");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("expected sqlite:PATH or postgresql://"),
            std::string::npos);
  auto p = Store::Open("postgresql://vigil:secretpw@127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(p.status().message().find("secretpw"), std::string::npos) << p.status().message();
  auto q = Store::Open("sqlite:/no/such/dir/x.db");
  ASSERT_FALSE(q.ok());
  EXPECT_NE(q.status().message().find("/no/such/dir/x.db"), std::string::npos);
}

}  // namespace
}  // namespace vigil

namespace vigil {
namespace {

// Many processes (workers) open a fresh store at once: migrations must not race.
TEST_P(StoreTest, ConcurrentOpensOfAFreshStoreAllSucceed) {
  auto fresh = testutil::TestDatabase::Create(GetParam());
  ASSERT_TRUE(fresh.ok());
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int i = 0; i < 6; ++i) {
    threads.emplace_back([&] {
      auto s = Store::Open((*fresh)->url());
      EXPECT_TRUE(s.ok()) << s.status().ToString();
      if (s.ok() && *(*s)->SchemaVersion() == 3) ++ok;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 6);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace vigil
