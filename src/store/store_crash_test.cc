// End to end through the `vigil` binary: a scan recording into the store
// and the evidence vault is killed with SIGKILL mid-batch; the store must be
// consistent (whole transactions only), the vault must verify, and running
// the batch again must give every verdict and sighting exactly once. Also
// checks `vigil sightings` counts per day and week, and that logs carry no
// message text or identifiers. Runs on SQLite and on PostgreSQL.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "store/store_test_util.h"
#include "vigil/digest.h"
#include "vigil/evidence.h"
#include "vigil/store.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;
constexpr int kEvents = 1200;
constexpr int kBatch = 20;
constexpr int kEntries = 7;
constexpr int64_t kT0 = 1777593600000;  // 2026-05-01T00:00:00Z (a Friday)
constexpr int64_t kStepMs = 1000 * 1000;  // 1200 events span ~13.9 days

std::string Bin() {
  const char* b = std::getenv("VIGIL_BIN");
  return b != nullptr ? b : "build/vigil";
}

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Md5Of(int entry) { return ComputeDigests("synthetic item " + std::to_string(entry)).md5; }
bool HasMedia(int i) { return i % 6 == 0; }
int EntryOf(int i) { return (i / 6) % kEntries; }

// Starts `vigil args...` with stdout/stderr to files; returns the pid.
pid_t Spawn(const std::vector<std::string>& args, const fs::path& out, const fs::path& err) {
  pid_t pid = fork();
  if (pid == 0) {
    int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    dup2(o, 1);
    dup2(e, 2);
    std::vector<char*> argv;
    std::string bin = Bin();
    argv.push_back(bin.data());
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int st = 0;
  waitpid(pid, &st, 0);
  return WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st);
}

class CrashTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vigil_crash_" + GetParam() + "_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto db = testutil::TestDatabase::Create(GetParam());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(db).value();
    std::ofstream list(dir_ / "list.txt");
    for (int k = 0; k < kEntries; ++k) list << Md5Of(k) << ",item-" << k << ",A\n";
    std::ofstream ev(dir_ / "events.jsonl");
    for (int i = 0; i < kEvents; ++i) {
      int64_t ts = kT0 + i * kStepMs;
      ev << R"({"id":"ev-)" << i << R"(","conversation":"RAWCONV-)" << i % 50
         << R"(","sender":"u_RAWSENDER)" << i % 13 << R"(","platform":"demo","channel":"dm",)"
         << R"("ts":")" << Rfc(ts) << R"(","text":"RAWTEXT message )" << i << "\"";
      if (HasMedia(i)) ev << R"(,"media":[{"md5":")" << Md5Of(EntryOf(i)) << "\"}]";
      ev << "}\n";
      if (HasMedia(i)) {
        ++media_events_;
        ++per_day_[EntryOf(i)][(ts / 86400000)];
      }
    }
    Spawn({"evidence", "keygen", "--out", (dir_ / "k.key").string()}, dir_ / "keygen.out",
          dir_ / "keygen.err");
    while (wait(nullptr) > 0) {
    }
    ASSERT_TRUE(fs::exists(dir_ / "k.key"));
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::string Rfc(int64_t ms) {
    time_t s = ms / 1000;
    char buf[32];
    std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", gmtime(&s));
    return buf;
  }

  std::vector<std::string> ScanArgs() {
    return {"scan", (dir_ / "events.jsonl").string(), "--lists", (dir_ / "list.txt").string(),
            "--store", db_->url(), "--vault", (dir_ / "vault").string(), "--key",
            (dir_ / "k.key").string(), "--store-batch", std::to_string(kBatch), "-o",
            (dir_ / "verdicts.jsonl").string(), "--summary"};
  }

  // Every recorded verdict is whole; returns how many there are.
  int64_t CheckConsistent(Store& s) {
    int64_t recorded = 0, signals = 0, blocked = 0;
    std::map<std::string, int64_t> case_items;
    for (int i = 0; i < kEvents; ++i) {
      auto v = s.GetVerdict("ev-" + std::to_string(i));
      EXPECT_TRUE(v.ok()) << v.status().ToString();
      if (!v.ok() || !v->has_value()) continue;
      ++recorded;
      const VerdictRecord& r = **v;
      size_t want = HasMedia(i) ? 1 : 0;
      EXPECT_EQ(r.signals.size(), want) << i;
      EXPECT_EQ(r.sightings.size(), want) << i;
      signals += static_cast<int64_t>(r.signals.size());
      if (HasMedia(i)) {
        ++blocked;
        EXPECT_EQ(r.action, Action::kBlock);
        EXPECT_FALSE(r.evidence.empty()) << i;
        ++case_items[r.case_id];
      }
    }
    auto c = s.Counts();
    EXPECT_TRUE(c.ok());
    EXPECT_EQ(c->verdicts, recorded);
    EXPECT_EQ(c->signals, signals);
    EXPECT_EQ(c->sightings, signals);
    EXPECT_EQ(c->cases, static_cast<int64_t>(case_items.size()));
    for (const auto& [id, n] : case_items) {
      auto ci = s.GetCase(id);
      EXPECT_TRUE(ci.ok() && ci->has_value());
      if (ci.ok() && ci->has_value()) {
        EXPECT_EQ((*ci)->items, n) << id;
      }
    }
    EXPECT_EQ(recorded % kBatch, 0) << "a partial transaction is visible";
    return recorded;
  }

  int64_t PreserveRecords() {
    std::string log = ReadAll(dir_ / "vault" / "log.jsonl");
    int64_t n = 0;
    for (size_t p = 0; (p = log.find("\"kind\":\"preserve\"", p)) != std::string::npos; ++p) ++n;
    return n;
  }

  fs::path dir_;
  std::unique_ptr<testutil::TestDatabase> db_;
  int64_t media_events_ = 0;
  std::map<int, std::map<int64_t, int64_t>> per_day_;  // entry → day → count
};

TEST_P(CrashTest, KilledMidBatchThenRerunGivesEveryVerdictOnce) {
  pid_t pid = Spawn(ScanArgs(), dir_ / "out1", dir_ / "err1");
  auto probe = Store::Open(db_->url());
  ASSERT_TRUE(probe.ok()) << probe.status().ToString();
  bool killed = false;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    auto c = (*probe)->Counts();
    if (c.ok() && c->verdicts >= 3 * kBatch) {
      ASSERT_LT(c->verdicts, kEvents) << "the scan finished before it could be killed";
      ::kill(pid, SIGKILL);
      killed = true;
      break;
    }
    int st;
    ASSERT_EQ(waitpid(pid, &st, WNOHANG), 0) << "scan exited early: " << ReadAll(dir_ / "err1");
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ASSERT_TRUE(killed);
  EXPECT_EQ(Wait(pid), -SIGKILL);

  int64_t partial = CheckConsistent(**probe);
  EXPECT_GT(partial, 0);
  EXPECT_LT(partial, kEvents);
  {  // the vault verifies (a torn last record is dropped on open)
    auto keys = LoadKeys((dir_ / "k.key").string());
    ASSERT_TRUE(keys.ok());
    VaultOptions vo;
    vo.dir = (dir_ / "vault").string();
    auto v = Vault::Open(vo, *keys);
    ASSERT_TRUE(v.ok()) << v.status().ToString();
    EXPECT_TRUE((*v)->VerifyAll().ok());
  }

  ASSERT_EQ(Wait(Spawn(ScanArgs(), dir_ / "out2", dir_ / "err2")), 0) << ReadAll(dir_ / "err2");
  EXPECT_EQ(CheckConsistent(**probe), kEvents);
  EXPECT_EQ((*probe)->Counts()->sightings, media_events_);
  EXPECT_EQ(PreserveRecords(), media_events_);
  std::string summary = ReadAll(dir_ / "err2");
  EXPECT_NE(summary.find("recorded       : " + std::to_string(kEvents - partial) + " new, " +
                         std::to_string(partial) + " already in the store"),
            std::string::npos)
      << summary;

  // A third run changes nothing.
  ASSERT_EQ(Wait(Spawn(ScanArgs(), dir_ / "out3", dir_ / "err3")), 0);
  EXPECT_EQ((*probe)->Counts()->verdicts, kEvents);
  EXPECT_EQ((*probe)->Counts()->sightings, media_events_);
  EXPECT_EQ(PreserveRecords(), media_events_);

  // Logs never carry message text or identifiers.
  for (const char* f : {"err1", "err2", "err3"}) {
    std::string err = ReadAll(dir_ / f);
    for (const char* raw : {"RAWTEXT", "RAWSENDER", "RAWCONV", "ev-"}) {
      EXPECT_EQ(err.find(raw), std::string::npos) << f << ": " << err;
    }
  }
  auto dump = db_->DumpAllText();
  ASSERT_TRUE(dump.ok());
  for (const char* raw : {"RAWTEXT", "RAWSENDER", "RAWCONV"}) {
    EXPECT_EQ(dump->find(raw), std::string::npos) << raw;
  }

  // `vigil sightings ENTRY`: counts per day and week match the generated traffic.
  for (int k : {0, 3}) {
    std::string entry = "item-" + std::to_string(k);
    ASSERT_EQ(Wait(Spawn({"sightings", entry, "--store", db_->url()}, dir_ / "s.out",
                         dir_ / "s.err")),
              0);
    std::string got = ReadAll(dir_ / "s.out");
    std::string want_days;
    int64_t total = 0;
    for (const auto& [day, n] : per_day_[k]) {
      want_days += std::string(want_days.empty() ? "" : ",") + "{\"day\":\"" +
                   Rfc(day * 86400000).substr(0, 10) + "\",\"count\":" + std::to_string(n) + "}";
      total += n;
    }
    EXPECT_NE(got.find("\"total\":" + std::to_string(total) + ","), std::string::npos) << got;
    EXPECT_NE(got.find("\"per_day\":[" + want_days + "]"), std::string::npos) << got;
    EXPECT_EQ(per_day_[k].size(), 14u);
    // 2026-05-01 (Fri) .. 05-03 are ISO week 18; 05-04 .. 05-10 week 19; 05-11.. week 20.
    int64_t w18 = 0, w19 = 0, w20 = 0;
    for (const auto& [day, n] : per_day_[k]) {
      int64_t d = day - kT0 / 86400000;
      (d < 3 ? w18 : d < 10 ? w19 : w20) += n;
    }
    EXPECT_NE(got.find("\"per_week\":[{\"week\":\"2026-W18\",\"count\":" + std::to_string(w18) +
                       "},{\"week\":\"2026-W19\",\"count\":" + std::to_string(w19) +
                       "},{\"week\":\"2026-W20\",\"count\":" + std::to_string(w20) + "}]"),
              std::string::npos)
        << got;
  }
  ASSERT_EQ(Wait(Spawn({"sightings", "--top", "2", "--store", db_->url()}, dir_ / "t.out",
                       dir_ / "t.err")),
            0);
  std::string top = ReadAll(dir_ / "t.out");
  EXPECT_EQ(std::count(top.begin(), top.end(), '\n'), 2);
  EXPECT_EQ(top.rfind("{\"rank\":1,\"list\":\"list\",\"entry\":\"item-0\"", 0), 0u) << top;
}

// The README's sample run, recorded: per-day sightings of every entry that
// matched agree with the verdicts and the events' own timestamps.
TEST(SampleSightingsTest, CountsPerDayMatchTheSampleRun) {
  fs::path dir = fs::temp_directory_path() / ("vigil_samples_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string url = "sqlite:" + (dir / "s.db").string();
  ASSERT_EQ(Wait(Spawn({"evidence", "keygen", "--out", (dir / "k.key").string()}, dir / "o",
                       dir / "e")),
            0);
  ASSERT_EQ(Wait(Spawn({"scan", "samples/events.jsonl", "--lists", "samples/known.txt",
                        "--store", url, "--key", (dir / "k.key").string()},
                       dir / "verdicts.jsonl", dir / "e")),
            0)
      << ReadAll(dir / "e");
  // entry → day → count, from the verdict lines and the events' ts.
  std::map<std::string, std::string> ts_of;
  std::ifstream ev("samples/events.jsonl");
  for (std::string l; std::getline(ev, l);) {
    auto id = l.substr(l.find("\"id\":\"") + 6);
    id = id.substr(0, id.find('"'));
    auto ts = l.substr(l.find("\"ts\":\"") + 6);
    ts_of[id] = ts.substr(0, 10);
  }
  std::map<std::string, std::map<std::string, int>> want;
  std::ifstream vin(dir / "verdicts.jsonl");
  for (std::string l; std::getline(vin, l);) {
    auto id = l.substr(7, l.find('"', 7) - 7);
    for (size_t p = 0; (p = l.find("\"entry\":\"", p)) != std::string::npos; ++p) {
      std::string entry = l.substr(p + 9, l.find('"', p + 9) - p - 9);
      ++want[entry][ts_of[id]];
    }
  }
  ASSERT_GE(want.size(), 1u);
  for (const auto& [entry, days] : want) {
    ASSERT_EQ(Wait(Spawn({"sightings", entry, "--store", url}, dir / "s.out", dir / "e")), 0);
    std::string got = ReadAll(dir / "s.out");
    std::string per_day;
    for (const auto& [day, n] : days) {
      per_day += std::string(per_day.empty() ? "" : ",") + "{\"day\":\"" + day +
                 "\",\"count\":" + std::to_string(n) + "}";
    }
    EXPECT_NE(got.find("\"per_day\":[" + per_day + "]"), std::string::npos) << got;
  }
  // An entry never seen: exit status 1 and a zero total.
  EXPECT_EQ(Wait(Spawn({"sightings", "no-such-entry", "--store", url}, dir / "s.out", dir / "e")), 1);
  EXPECT_NE(ReadAll(dir / "s.out").find("\"total\":0"), std::string::npos);
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Backends, CrashTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace vigil
