// HTTP API tests: every endpoint, auth failures, bad bodies, list swaps
// under concurrent scanning. The service runs in-process on a free port.
#include "vigil/service.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

#include "vigil/digest.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string Md5(const std::string& s) { return ComputeDigests(s).md5; }

class ServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("vigil_service_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (auto [role, name] : {std::pair{Role::kScanner, "s"}, {Role::kAnalyst, "a"}, {Role::kAdmin, "x"}}) {
      auto t = TokenStore::NewToken(role, name);
      ASSERT_TRUE(t.ok());
      tokens_[role] = t->first;
      token_lines_ += t->second + "\n";
    }
    Write("tokens.txt", "# test tokens\n" + token_lines_);
    Write("fixed.txt", Md5("fixed item") + ",f-1,A\n");
  }
  void TearDown() override {
    if (svc_) svc_->Stop();
    fs::remove_all(dir_);
  }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  ServiceOptions Options() {
    ServiceOptions o;
    o.port = 0;
    o.tokens_file = (dir_ / "tokens.txt").string();
    o.list_files = {(dir_ / "fixed.txt").string()};
    o.lists_dir = (dir_ / "lists").string();
    o.max_body_bytes = 64 << 10;
    o.max_list_bytes = 1 << 20;
    o.max_batch_events = 10;
    o.threads = 16;
    return o;
  }
  void Start(ServiceOptions o) {
    auto s = Service::Create(std::move(o));
    ASSERT_TRUE(s.ok()) << s.status().message();
    svc_ = std::move(s).value();
    ASSERT_TRUE(svc_->Start().ok());
  }
  void StartReady(ServiceOptions o) {
    Start(std::move(o));
    for (int i = 0; i < 12000 && !svc_->ready(); ++i) {  // up to 2 min on a loaded machine
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
    ASSERT_TRUE(svc_->ready());
  }
  httplib::Client Client() {
    httplib::Client c("127.0.0.1", svc_->port());
    c.set_read_timeout(120, 0);  // list swaps rebuild the pipeline: slow under ASan
    return c;
  }
  httplib::Headers Auth(Role r) { return {{"Authorization", "Bearer " + tokens_[r]}}; }
  httplib::Result Scan(httplib::Client& c, const std::string& body, Role r = Role::kScanner) {
    return c.Post("/v1/scan", Auth(r), body, "application/json");
  }
  static json Body(const httplib::Result& r) { return json::parse(r->body); }

  fs::path dir_;
  std::map<Role, std::string> tokens_;
  std::string token_lines_;
  std::unique_ptr<Service> svc_;
};

TEST(TokenStoreTest, StoresOnlyDigestsAndRejectsBadLines) {
  auto t = TokenStore::NewToken(Role::kAnalyst, "ana");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->second.find(t->first), std::string::npos);  // the token itself is not in the line
  auto ts = TokenStore::Parse(t->second + "\n", "tokens");
  ASSERT_TRUE(ts.ok());
  ASSERT_NE(ts->Find(t->first), nullptr);
  EXPECT_EQ(*ts->Find(t->first), Role::kAnalyst);
  EXPECT_EQ(ts->Find(t->first + "x"), nullptr);
  EXPECT_EQ(ts->Find(""), nullptr);
  auto bad = TokenStore::Parse("vgl_plaintext admin\n", "tokens");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("tokens:1"), std::string::npos);
  auto role = TokenStore::Parse(std::string(64, 'a') + " root\n", "t");
  ASSERT_FALSE(role.ok());
  EXPECT_NE(role.status().message().find("unknown role 'root'"), std::string::npos);
}

TEST_F(ServiceTest, RefusesToStartWithoutTokens) {
  ServiceOptions o = Options();
  o.tokens_file.clear();
  EXPECT_FALSE(Service::Create(o).ok());
}

TEST_F(ServiceTest, HealthAndReadinessFollowPipelineLoading) {
  std::mutex mu;
  std::condition_variable cv;
  bool release = false;
  ServiceOptions o = Options();
  o.pipeline_factory = [&](PipelineOptions po) {
    std::unique_lock<std::mutex> l(mu);
    cv.wait(l, [&] { return release; });
    return Pipeline::Create(std::move(po));
  };
  auto unblock = [&] {
    {
      std::lock_guard<std::mutex> l(mu);
      release = true;
    }
    cv.notify_all();
  };
  struct Guard {
    std::function<void()> f;
    ~Guard() { f(); }
  } guard{unblock};
  Start(o);
  auto c = Client();
  auto h = c.Get("/v1/healthz");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->status, 200);
  auto r = c.Get("/v1/readyz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503);
  EXPECT_FALSE(Body(r)["ready"].get<bool>());
  auto s = Scan(c, R"({"id":"x"})");
  EXPECT_EQ(s->status, 503);
  unblock();
  for (int i = 0; i < 12000 && !svc_->ready(); ++i) {  // up to 2 min on a loaded machine
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  r = c.Get("/v1/readyz");
  EXPECT_EQ(r->status, 200);
  EXPECT_TRUE(Body(r)["ready"].get<bool>());
  EXPECT_EQ(Body(r)["detectors"][0], "known_media");
}

TEST_F(ServiceTest, ReadinessReportsALoadFailure) {
  ServiceOptions o = Options();
  o.list_files = {(dir_ / "missing.txt").string()};
  Start(o);
  auto c = Client();
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  auto r = c.Get("/v1/readyz");
  EXPECT_EQ(r->status, 503);
  EXPECT_NE(Body(r)["reason"].get<std::string>().find("missing.txt"), std::string::npos);
}

TEST_F(ServiceTest, ScanOneEventAndABatch) {
  StartReady(Options());
  auto c = Client();
  auto r = Scan(c, R"({"id":"m-1","text":"hello","media":[{"md5":")" + Md5("fixed item") + R"("}]})");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json v = Body(r);
  EXPECT_EQ(v["id"], "m-1");
  EXPECT_EQ(v["action"], "block");
  EXPECT_EQ(v["signals"][0]["type"], "known_media");
  EXPECT_EQ(v["signals"][0]["entry"], "f-1");
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");

  r = Scan(c, R"([{"id":"a","text":"hi"},{"text":"no id"},{"id":"c","media":[{"md5":")" +
                  Md5("fixed item") + R"("}]}])");
  ASSERT_EQ(r->status, 200) << r->body;
  v = Body(r);
  ASSERT_EQ(v["verdicts"].size(), 3u);
  EXPECT_EQ(v["verdicts"][0]["action"], "allow");
  EXPECT_EQ(v["verdicts"][1]["index"], 1);
  EXPECT_NE(v["verdicts"][1]["error"].get<std::string>().find("id"), std::string::npos);
  EXPECT_EQ(v["verdicts"][2]["action"], "block");
  EXPECT_EQ(v["errors"], 1);
}

TEST_F(ServiceTest, AuthFailures) {
  StartReady(Options());
  auto c = Client();
  auto r = c.Post("/v1/scan", R"({"id":"x"})", "application/json");
  EXPECT_EQ(r->status, 401);
  EXPECT_TRUE(Body(r).contains("error"));
  r = c.Post("/v1/scan", {{"Authorization", "Bearer not-a-token"}}, R"({"id":"x"})", "application/json");
  EXPECT_EQ(r->status, 401);
  r = c.Post("/v1/scan", {{"Authorization", "Basic abc"}}, R"({"id":"x"})", "application/json");
  EXPECT_EQ(r->status, 401);
  // Wrong role.
  EXPECT_EQ(c.Get("/metrics", Auth(Role::kScanner))->status, 403);
  EXPECT_EQ(c.Get("/v1/lists", Auth(Role::kScanner))->status, 403);
  r = c.Put("/v1/lists/extra", Auth(Role::kAnalyst), Md5("x") + "\n", "text/plain");
  EXPECT_EQ(r->status, 403);
  EXPECT_NE(Body(r)["error"].get<std::string>().find("needs admin"), std::string::npos);
  EXPECT_EQ(c.Delete("/v1/lists/extra", Auth(Role::kScanner))->status, 403);
  // Higher roles include lower ones.
  EXPECT_EQ(Scan(c, R"({"id":"x"})", Role::kAdmin)->status, 200);
  EXPECT_EQ(c.Get("/metrics", Auth(Role::kAdmin))->status, 200);
}

TEST_F(ServiceTest, BadBodiesGetClearErrors) {
  StartReady(Options());
  auto c = Client();
  auto r = Scan(c, R"({"id":"x",)");
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(Body(r)["error"].get<std::string>().find("line 1"), std::string::npos) << r->body;
  r = Scan(c, "");
  EXPECT_EQ(r->status, 400);
  r = Scan(c, "42");
  EXPECT_EQ(r->status, 400);
  r = Scan(c, R"({"id":7})");
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(Body(r)["error"].get<std::string>().find("'id'"), std::string::npos) << r->body;
  r = Scan(c, R"([{"id":"a"},)");
  EXPECT_EQ(r->status, 400);
  r = Scan(c, R"({"id":"p","media":[{"path":"/etc/passwd"}]})");
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(Body(r)["error"].get<std::string>().find("not read over HTTP"), std::string::npos);
  // Oversize scan body (limit 64 KiB), body over the HTTP layer's limit
  // (1 MiB), and oversize batch (limit 10).
  r = Scan(c, R"({"id":"big","text":")" + std::string(70 << 10, 'a') + "\"}");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_NE(Body(r)["error"].get<std::string>().find("larger than 65536"), std::string::npos);
  r = Scan(c, R"({"id":"huge","text":")" + std::string(2 << 20, 'a') + "\"}");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_NE(Body(r)["error"].get<std::string>().find("larger than"), std::string::npos);
  std::string batch = "[";
  for (int i = 0; i < 11; ++i) batch += std::string(i ? "," : "") + R"({"id":"b)" + std::to_string(i) + "\"}";
  r = Scan(c, batch + "]");
  EXPECT_EQ(r->status, 413);
  r = c.Get("/v1/nope");
  EXPECT_EQ(r->status, 404);
  EXPECT_TRUE(Body(r).contains("error"));
  r = c.Put("/v1/lists/bad", Auth(Role::kAdmin), "not a hash\n", "text/plain");
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(Body(r)["error"].get<std::string>().find("list bad:1"), std::string::npos) << r->body;
  // The service is still fine.
  EXPECT_EQ(Scan(c, R"({"id":"ok"})")->status, 200);
}

TEST_F(ServiceTest, MetricsCountEventsSignalsActionsAndLatency) {
  StartReady(Options());
  auto c = Client();
  ASSERT_EQ(Scan(c, R"({"id":"m","media":[{"md5":")" + Md5("fixed item") + R"("}]})")->status, 200);
  ASSERT_EQ(Scan(c, R"({"id":"n"})")->status, 200);
  ASSERT_EQ(Scan(c, R"({"id":5})")->status, 400);
  auto r = c.Get("/metrics", Auth(Role::kAnalyst));
  ASSERT_EQ(r->status, 200);
  const std::string& m = r->body;
  EXPECT_NE(m.find("vigil_events_scanned_total 2\n"), std::string::npos) << m;
  EXPECT_NE(m.find("vigil_signals_total{type=\"known_media\"} 1\n"), std::string::npos);
  EXPECT_NE(m.find("vigil_actions_total{action=\"block\"} 1\n"), std::string::npos);
  EXPECT_NE(m.find("vigil_actions_total{action=\"allow\"} 1\n"), std::string::npos);
  EXPECT_NE(m.find("vigil_scan_errors_total 1\n"), std::string::npos);
  EXPECT_NE(m.find("vigil_http_requests_total{route=\"scan\",code=\"200\"} 2\n"), std::string::npos);
  EXPECT_NE(m.find("vigil_http_requests_total{route=\"scan\",code=\"400\"} 1\n"), std::string::npos);
  EXPECT_NE(m.find("vigil_scan_duration_seconds_count 2\n"), std::string::npos);
  EXPECT_NE(m.find("vigil_http_request_duration_seconds_bucket{route=\"scan\",le=\"+Inf\"} 3\n"),
            std::string::npos);
  EXPECT_NE(m.find("vigil_ready 1\n"), std::string::npos);
}

TEST_F(ServiceTest, ListUploadReplaceAndDelete) {
  StartReady(Options());
  auto c = Client();
  const std::string ev = R"({"id":"u","media":[{"md5":")" + Md5("new item") + R"("}]})";
  EXPECT_EQ(Body(Scan(c, ev))["action"], "allow");
  auto r = c.Put("/v1/lists/hotline", Auth(Role::kAdmin), Md5("new item") + ",n-1,B\n", "text/plain");
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(Body(r)["entries"], 1);
  json v = Body(Scan(c, ev));
  EXPECT_EQ(v["action"], "block");
  EXPECT_EQ(v["signals"][0]["list"], "hotline");
  r = c.Get("/v1/lists", Auth(Role::kAnalyst));
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(Body(r)["lists"][0]["name"], "hotline");
  EXPECT_TRUE(fs::exists(dir_ / "lists" / "hotline.txt"));
  // Replace: the old entry no longer matches.
  r = c.Put("/v1/lists/hotline", Auth(Role::kAdmin), Md5("other") + ",o-1\n", "text/plain");
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(Body(Scan(c, ev))["action"], "allow");
  r = c.Delete("/v1/lists/hotline", Auth(Role::kAdmin));
  EXPECT_EQ(r->status, 200);
  EXPECT_FALSE(fs::exists(dir_ / "lists" / "hotline.txt"));
  EXPECT_EQ(c.Delete("/v1/lists/hotline", Auth(Role::kAdmin))->status, 404);
  EXPECT_EQ(c.Put("/v1/lists/..%2Fetc", Auth(Role::kAdmin), Md5("x") + "\n", "text/plain")->status, 404);
}

TEST_F(ServiceTest, ManagedListsSurviveARestart) {
  StartReady(Options());
  {
    auto c = Client();
    ASSERT_EQ(c.Put("/v1/lists/kept", Auth(Role::kAdmin), Md5("kept") + "\n", "text/plain")->status, 200);
  }
  svc_->Stop();
  svc_.reset();
  StartReady(Options());
  auto c = Client();
  EXPECT_EQ(Body(Scan(c, R"({"id":"k","media":[{"md5":")" + Md5("kept") + R"("}]})"))["action"], "block");
}

TEST_F(ServiceTest, ListSwapUnderConcurrentScanningFailsNoRequest) {
  StartReady(Options());
  std::atomic<bool> stop{false};
  std::atomic<int64_t> ok{0}, failed{0}, wrong{0};
  // "always" is in every version of the list, so it must block on every
  // pipeline generation; "toggle" is in every other version.
  const std::string always = R"({"id":"a","media":[{"md5":")" + Md5("always") + R"("}]})";
  auto admin = Client();
  ASSERT_EQ(admin.Put("/v1/lists/swap", Auth(Role::kAdmin), Md5("always") + "\n", "text/plain")->status, 200);
  std::vector<std::thread> scanners;
  for (int t = 0; t < 4; ++t) {
    scanners.emplace_back([&] {
      auto c = Client();
      while (!stop.load()) {
        auto r = Scan(c, always);
        if (!r || r->status != 200) {
          ++failed;
          continue;
        }
        ++ok;
        if (Body(r)["action"] != "block") ++wrong;
      }
    });
  }
  for (int i = 0; i < 20; ++i) {
    std::string list = Md5("always") + ",a-1\n";
    if (i % 2 == 0) list += Md5("toggle") + ",t-1\n";
    for (int k = 0; k < 2000; ++k) list += Md5("filler" + std::to_string(i * 10000 + k)) + "\n";
    auto r = admin.Put("/v1/lists/swap", Auth(Role::kAdmin), list, "text/plain");
    EXPECT_TRUE(r && r->status == 200) << (r ? r->body : "no response");
    auto v = Body(Scan(admin, R"({"id":"t","media":[{"md5":")" + Md5("toggle") + R"("}]})"));
    EXPECT_EQ(v["action"], i % 2 == 0 ? "block" : "allow") << "swap " << i;
  }
  stop = true;
  for (auto& t : scanners) t.join();
  EXPECT_GT(ok.load(), 20);
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(wrong.load(), 0);
  auto m = admin.Get("/metrics", Auth(Role::kAdmin));
  EXPECT_NE(m->body.find("vigil_list_reloads_total{result=\"ok\"} 22\n"), std::string::npos);
}

TEST_F(ServiceTest, OverloadIsA503WithRetryAfter) {
  std::mutex mu;
  std::condition_variable cv;
  bool release = false;
  std::atomic<int> entered{0};
  // A detector-free pipeline whose policy blocks until released keeps one scan in flight.
  class SlowPolicy : public Policy {
   public:
    SlowPolicy(std::mutex* m, std::condition_variable* c, bool* rel, std::atomic<int>* e)
        : m_(m), c_(c), rel_(rel), e_(e) {}
    void Decide(const Event&, Verdict* v) const override {
      ++*e_;
      std::unique_lock<std::mutex> l(*m_);
      c_->wait(l, [&] { return *rel_; });
      v->action = Action::kAllow;
    }
    std::mutex* m_;
    std::condition_variable* c_;
    bool* rel_;
    std::atomic<int>* e_;
  };
  ServiceOptions o = Options();
  o.max_inflight_scans = 1;
  o.pipeline_factory = [&](PipelineOptions po) {
    po.policy = std::make_unique<SlowPolicy>(&mu, &cv, &release, &entered);
    return Pipeline::Create(std::move(po));
  };
  StartReady(o);
  std::thread first([&] {
    auto c = Client();
    EXPECT_EQ(Scan(c, R"({"id":"slow"})")->status, 200);
  });
  while (entered.load() == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  auto c = Client();
  auto r = Scan(c, R"({"id":"second"})");
  EXPECT_EQ(r->status, 503);
  EXPECT_EQ(r->get_header_value("Retry-After"), "1");
  {
    std::lock_guard<std::mutex> l(mu);
    release = true;
  }
  cv.notify_all();
  first.join();
  EXPECT_EQ(Scan(c, R"({"id":"third"})")->status, 200);
}

}  // namespace
}  // namespace vigil
