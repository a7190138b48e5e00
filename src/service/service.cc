// vigil serve: see include/vigil/service.h for the API contract.
#include "vigil/service.h"

#include <httplib.h>
#include <simdjson.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <thread>

#include "core/json_writer.h"
#include "service/metrics.h"
#include "vigil/hash_list.h"
#include "vigil/jsonl.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;
using service::Metrics;
using service::Route;
using Clock = std::chrono::steady_clock;

constexpr const char* kJson = "application/json";
constexpr const char* kListName = R"([A-Za-z0-9_-]{1,64})";

// Per-request scratch, pooled: parsers and contexts are costly to build.
struct Scratch {
  EventParser parser;
  ScanContext ctx;
  Event event;
  Verdict verdict;
  simdjson::dom::parser dom;
  std::string item;
};

void SetError(httplib::Response& res, int status, std::string_view message) {
  std::string body;
  JsonWriter(&body).BeginObject().Key("error").String(message).EndObject();
  res.status = status;
  res.set_content(body, kJson);
}

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

Route RouteOf(const std::string& path) {
  if (path == "/v1/scan") return Route::kScan;
  if (path == "/v1/healthz") return Route::kHealthz;
  if (path == "/v1/readyz") return Route::kReadyz;
  if (path == "/metrics") return Route::kMetrics;
  if (path.rfind("/v1/lists", 0) == 0) return Route::kLists;
  return Route::kOther;
}

}  // namespace

struct Service::Impl {
  ServiceOptions o;
  std::optional<TokenStore> tokens;
  httplib::Server server;
  std::thread serve_thread, loader;
  std::atomic<std::shared_ptr<const Pipeline>> pipeline;
  std::atomic<int64_t> generation{0};
  std::atomic<int> inflight{0};
  std::atomic<bool> listening{false};
  Metrics metrics;
  int port = 0;

  std::mutex lists_mu;                      // one list change at a time; guards below
  std::map<std::string, size_t> managed;    // managed list name → entries
  std::mutex error_mu;                      // guards load_error (read by /v1/readyz)
  std::string load_error;
  std::atomic<int64_t> managed_entries{0};

  std::mutex scratch_mu;
  std::vector<std::unique_ptr<Scratch>> scratch_pool;

  // --- scratch pool
  std::unique_ptr<Scratch> TakeScratch() {
    std::lock_guard<std::mutex> l(scratch_mu);
    if (scratch_pool.empty()) return std::make_unique<Scratch>();
    auto s = std::move(scratch_pool.back());
    scratch_pool.pop_back();
    return s;
  }
  void GiveScratch(std::unique_ptr<Scratch> s) {
    std::lock_guard<std::mutex> l(scratch_mu);
    scratch_pool.push_back(std::move(s));
  }

  // --- pipelines
  fs::path ManagedPath(const std::string& name) const { return fs::path(o.lists_dir) / (name + ".txt"); }
  StatusOr<std::unique_ptr<Pipeline>> Build(const std::map<std::string, std::string>& files);
  std::map<std::string, std::string> ManagedFiles() const;
  void LoadInitial();
  void Swap(std::unique_ptr<Pipeline> p) {
    pipeline.store(std::shared_ptr<const Pipeline>(std::move(p)));
    generation.fetch_add(1);
  }

  // --- HTTP
  bool Authorize(const httplib::Request& req, httplib::Response& res, Role need);
  void Routes();
  void HandleScan(const httplib::Request& req, httplib::Response& res);
  void ScanSingle(Scratch& s, const Pipeline& p, std::string_view body, httplib::Response& res);
  void ScanBatch(Scratch& s, const Pipeline& p, std::string_view body, httplib::Response& res);
  // Parses + scans one event JSON; returns the HTTP status for a single request.
  int ScanOne(Scratch& s, const Pipeline& p, std::string_view json, int64_t index, std::string* out);
  void HandleReady(httplib::Response& res);
  void HandleListsGet(httplib::Response& res);
  void HandleListPut(const std::string& name, const std::string& body, httplib::Response& res);
  void HandleListDelete(const std::string& name, httplib::Response& res);
};

std::map<std::string, std::string> Service::Impl::ManagedFiles() const {
  std::map<std::string, std::string> files;
  if (o.lists_dir.empty()) return files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(o.lists_dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".txt") {
      files[e.path().stem().string()] = e.path().string();
    }
  }
  return files;
}

StatusOr<std::unique_ptr<Pipeline>> Service::Impl::Build(
    const std::map<std::string, std::string>& files) {
  PipelineOptions po;
  po.detectors.list_files = o.list_files;
  for (const auto& [name, path] : files) po.detectors.list_files.push_back(path);
  po.detectors.data_dir = o.data_dir;
  po.compute_pdq = false;  // media paths are refused over HTTP; only hashes come in
  return o.pipeline_factory ? o.pipeline_factory(std::move(po)) : Pipeline::Create(std::move(po));
}

void Service::Impl::LoadInitial() {
  std::lock_guard<std::mutex> l(lists_mu);
  auto files = ManagedFiles();
  int64_t entries = 0;
  for (const auto& [name, path] : files) {
    ImportReport report;
    auto list = ImportListFile(path, ImportOptions{}, &report);
    managed[name] = list.ok() ? list->entries.size() : 0;
    entries += list.ok() ? static_cast<int64_t>(list->entries.size()) : 0;
  }
  auto p = Build(files);
  metrics.ListReload(p.ok());
  if (!p.ok()) {
    spdlog::error("serve: cannot load the pipeline: {}", p.status().message());
    std::lock_guard<std::mutex> e(error_mu);
    load_error = p.status().message();
    return;
  }
  managed_entries.store(entries);
  Swap(std::move(p).value());
  spdlog::info("serve: ready ({} managed lists)", files.size());
}

bool Service::Impl::Authorize(const httplib::Request& req, httplib::Response& res, Role need) {
  if (o.allow_no_auth) return true;
  const std::string& h = req.get_header_value("Authorization");
  constexpr std::string_view kBearer = "Bearer ";
  if (h.size() <= kBearer.size() || h.compare(0, kBearer.size(), kBearer) != 0) {
    res.set_header("WWW-Authenticate", "Bearer");
    SetError(res, 401, "missing bearer token (Authorization: Bearer <token>)");
    return false;
  }
  const Role* role = tokens->Find(std::string_view(h).substr(kBearer.size()));
  if (role == nullptr) {
    res.set_header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    SetError(res, 401, "unknown token");
    return false;
  }
  if (static_cast<int>(*role) < static_cast<int>(need)) {
    SetError(res, 403, "this token's role (" + std::string(RoleName(*role)) + ") may not do this; needs " +
                           std::string(RoleName(need)));
    return false;
  }
  return true;
}

int Service::Impl::ScanOne(Scratch& s, const Pipeline& p, std::string_view json, int64_t index,
                           std::string* out) {
  auto error = [&](const Status& st, int code) {
    JsonWriter w(out);
    w.BeginObject();
    if (index > 0) w.Key("index").Int(index - 1);
    if (!s.event.id.empty()) w.Key("id").String(s.event.id);
    w.Key("error").String(st.message()).EndObject();
    metrics.ScanError();
    return code;
  };
  s.event.Clear();
  Status st = s.parser.Parse(json, index > 0 ? index : 1, &s.event);
  if (!st.ok()) return error(st, 400);
  for (size_t i = 0; i < s.event.media.size(); ++i) {
    if (!s.event.media[i].path.empty()) {
      return error(InvalidArgumentError("media[" + std::to_string(i) +
                                        "].path: files are not read over HTTP; send the hashes "
                                        "(md5, sha1, sha256, pdq) instead"),
                   400);
    }
  }
  auto t0 = Clock::now();
  st = p.Scan(s.event, s.ctx, &s.verdict);
  if (!st.ok()) return error(st, 422);
  metrics.Verdict(s.verdict, Since(t0));
  AppendVerdictJson(s.verdict, out);
  return 200;
}

void Service::Impl::ScanSingle(Scratch& s, const Pipeline& p, std::string_view body,
                               httplib::Response& res) {
  std::string out;
  res.status = ScanOne(s, p, body, 0, &out);
  res.set_content(out, kJson);
}

void Service::Impl::ScanBatch(Scratch& s, const Pipeline& p, std::string_view body,
                              httplib::Response& res) {
  simdjson::dom::element doc;
  if (s.dom.parse(body.data(), body.size()).get(doc) != simdjson::SUCCESS) {
    return SetError(res, 400, "malformed JSON: expected one event object or an array of events");
  }
  simdjson::dom::array arr;
  if (doc.get_array().get(arr) != simdjson::SUCCESS) return SetError(res, 400, "expected an array");
  if (arr.size() > o.max_batch_events) {
    return SetError(res, 413, "batch of " + std::to_string(arr.size()) + " events; at most " +
                                  std::to_string(o.max_batch_events) + " per request");
  }
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("verdicts").BeginArray();
  int64_t index = 0, errors = 0;
  for (simdjson::dom::element e : arr) {
    ++index;
    s.item = simdjson::minify(e);
    std::string one;
    errors += ScanOne(s, p, s.item, index, &one) != 200;
    w.Raw(one);
  }
  w.EndArray().Key("errors").Int(errors).EndObject();
  res.status = 200;
  res.set_content(out, kJson);
}

void Service::Impl::HandleScan(const httplib::Request& req, httplib::Response& res) {
  if (!Authorize(req, res, Role::kScanner)) return;
  std::shared_ptr<const Pipeline> p = pipeline.load();
  if (p == nullptr) return SetError(res, 503, "not ready: lists and models are still loading");
  if (inflight.fetch_add(1) >= o.max_inflight_scans) {
    inflight.fetch_sub(1);
    metrics.Rejected();
    res.set_header("Retry-After", "1");
    return SetError(res, 503, "overloaded: too many scans in flight; retry");
  }
  if (req.body.size() > o.max_body_bytes) {
    inflight.fetch_sub(1);
    return SetError(res, 413, "body larger than " + std::to_string(o.max_body_bytes) + " bytes");
  }
  std::unique_ptr<Scratch> s = TakeScratch();
  std::string_view body = req.body;
  size_t i = body.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos) {
    SetError(res, 400, "empty body: expected one event object or an array of events");
  } else if (body[i] == '[') {
    ScanBatch(*s, *p, body, res);
  } else if (body[i] == '{') {
    ScanSingle(*s, *p, body, res);
  } else {
    SetError(res, 400, "expected one event object or an array of events");
  }
  GiveScratch(std::move(s));
  inflight.fetch_sub(1);
}

void Service::Impl::HandleReady(httplib::Response& res) {
  std::shared_ptr<const Pipeline> p = pipeline.load();
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("ready").Bool(p != nullptr);
  if (p != nullptr) {
    w.Key("generation").Int(generation.load()).Key("detectors").BeginArray();
    for (const auto& n : p->detector_names()) w.String(n);
    w.EndArray();
  } else {
    std::lock_guard<std::mutex> l(error_mu);
    w.Key("reason").String(load_error.empty() ? "loading lists and models" : load_error);
  }
  w.EndObject();
  res.status = p != nullptr ? 200 : 503;
  res.set_content(out, kJson);
}

void Service::Impl::HandleListsGet(httplib::Response& res) {
  std::lock_guard<std::mutex> l(lists_mu);
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("generation").Int(generation.load()).Key("lists").BeginArray();
  for (const auto& [name, n] : managed) {
    w.BeginObject().Key("name").String(name).Key("entries").Int(static_cast<int64_t>(n)).EndObject();
  }
  w.EndArray().EndObject();
  res.set_content(out, kJson);
}

void Service::Impl::HandleListPut(const std::string& name, const std::string& body,
                                  httplib::Response& res) {
  if (o.lists_dir.empty()) return SetError(res, 409, "list management is off (start with --lists-dir)");
  // Uploaded lists are plain text (HASH[,ID[,CATEGORY]] per line); every
  // line must parse, or the upload is refused and the old list stays.
  ImportOptions io;
  io.format = ListFormat::kPlainText;
  io.name = name;
  HashList parsed;
  parsed.name = name;
  ImportReport report;
  Status st = ImportListContent(body, "list " + name, io, &parsed, &report);
  const auto& errs = report.errors;
  if (!st.ok() || !errs.empty() || parsed.entries.empty()) {
    std::string msg = !errs.empty() ? errs[0].message()
                      : !st.ok()     ? st.message()
                                     : "list " + name + ": no entry";
    if (errs.size() > 1) msg += " (and " + std::to_string(errs.size() - 1) + " more bad lines)";
    return SetError(res, 400, msg);
  }
  std::lock_guard<std::mutex> l(lists_mu);
  fs::path staging = fs::path(o.lists_dir) / ".staging";
  std::error_code ec;
  fs::create_directories(staging, ec);
  fs::path tmp = staging / (name + ".txt");
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f.write(body.data(), static_cast<std::streamsize>(body.size()));
    f.flush();
    if (!f) return SetError(res, 500, "cannot write " + tmp.string());
  }
  auto files = ManagedFiles();
  files[name] = tmp.string();
  auto p = Build(files);
  metrics.ListReload(p.ok());
  if (!p.ok()) {
    fs::remove(tmp, ec);
    return SetError(res, 500, "list not applied: " + p.status().message());
  }
  fs::rename(tmp, ManagedPath(name), ec);
  if (ec) return SetError(res, 500, "cannot install list file: " + ec.message());
  Swap(std::move(p).value());
  int64_t before = managed.count(name) ? static_cast<int64_t>(managed[name]) : 0;
  managed[name] = parsed.entries.size();
  managed_entries.fetch_add(static_cast<int64_t>(parsed.entries.size()) - before);
  std::string out;
  JsonWriter(&out).BeginObject().Key("list").String(name).Key("entries")
      .Int(static_cast<int64_t>(parsed.entries.size())).Key("generation").Int(generation.load()).EndObject();
  res.set_content(out, kJson);
}

void Service::Impl::HandleListDelete(const std::string& name, httplib::Response& res) {
  std::lock_guard<std::mutex> l(lists_mu);
  if (o.lists_dir.empty() || managed.count(name) == 0) {
    return SetError(res, 404, "no managed list named " + name);
  }
  auto files = ManagedFiles();
  files.erase(name);
  auto p = Build(files);
  metrics.ListReload(p.ok());
  if (!p.ok()) return SetError(res, 500, "list not removed: " + p.status().message());
  std::error_code ec;
  fs::remove(ManagedPath(name), ec);
  Swap(std::move(p).value());
  managed_entries.fetch_sub(static_cast<int64_t>(managed[name]));
  managed.erase(name);
  std::string out;
  JsonWriter(&out).BeginObject().Key("deleted").String(name).Key("generation")
      .Int(generation.load()).EndObject();
  res.set_content(out, kJson);
}

void Service::Impl::Routes() {
  auto timed = [this](Route route, auto fn) {
    return [this, route, fn](const httplib::Request& req, httplib::Response& res) {
      auto t0 = Clock::now();
      fn(req, res);
      metrics.Request(route, res.status, Since(t0));
    };
  };
  server.Get("/v1/healthz", timed(Route::kHealthz, [](const auto&, auto& res) {
    res.set_content(R"({"status":"ok"})", kJson);
  }));
  server.Get("/v1/readyz", timed(Route::kReadyz, [this](const auto&, auto& res) { HandleReady(res); }));
  server.Post("/v1/scan", timed(Route::kScan, [this](const auto& req, auto& res) { HandleScan(req, res); }));
  server.Get("/metrics", timed(Route::kMetrics, [this](const auto& req, auto& res) {
    if (!Authorize(req, res, Role::kAnalyst)) return;
    res.set_content(metrics.Render(pipeline.load() != nullptr, generation.load(), managed_entries.load()),
                    "text/plain; version=0.0.4");
  }));
  server.Get("/v1/lists", timed(Route::kLists, [this](const auto& req, auto& res) {
    if (Authorize(req, res, Role::kAnalyst)) HandleListsGet(res);
  }));
  std::string list_path = std::string("/v1/lists/(") + kListName + ")";
  server.Put(list_path, timed(Route::kLists, [this](const auto& req, auto& res) {
    if (Authorize(req, res, Role::kAdmin)) HandleListPut(req.matches[1], req.body, res);
  }));
  server.Delete(list_path, timed(Route::kLists, [this](const auto& req, auto& res) {
    if (Authorize(req, res, Role::kAdmin)) HandleListDelete(req.matches[1], res);
  }));
  // Errors raised by the HTTP layer itself (404, 413, 400) get a JSON body too.
  server.set_error_handler(httplib::Server::HandlerWithResponse(
      [this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string msg = res.status == 404   ? "no such endpoint: " + req.method + " " + req.path
                      : res.status == 413 ? "body larger than " +
                                                std::to_string(std::max(o.max_body_bytes, o.max_list_bytes)) + " bytes"
                                          : "bad request";
    SetError(res, res.status, msg);
    return httplib::Server::HandlerResponse::Handled;
  }));
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    SetError(res, 500, "internal error");
  });
  server.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
    Route r = RouteOf(req.path);
    if (r == Route::kOther || res.status == 413) metrics.Request(r, res.status, 0.0);
  });
}

Service::Service(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Service::~Service() { Stop(); }

StatusOr<std::unique_ptr<Service>> Service::Create(ServiceOptions options) {
  auto impl = std::make_unique<Impl>();
  if (!options.allow_no_auth) {
    if (options.tokens_file.empty()) {
      return InvalidArgumentError("no token file: pass --tokens FILE (or --no-auth for a local demo)");
    }
    VIGIL_ASSIGN_OR_RETURN(TokenStore ts, TokenStore::Load(options.tokens_file));
    impl->tokens = std::move(ts);
  }
  if (!options.lists_dir.empty()) {
    std::error_code ec;
    fs::create_directories(options.lists_dir, ec);
    if (ec) return IOError(options.lists_dir + ": cannot create: " + ec.message());
  }
  if (options.threads < 1 || options.max_inflight_scans < 1) {
    return InvalidArgumentError("threads and max_inflight_scans must be at least 1");
  }
  impl->o = std::move(options);
  return std::unique_ptr<Service>(new Service(std::move(impl)));
}

Status Service::Start() {
  Impl& m = *impl_;
  const int threads = m.o.threads;
  m.server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // The HTTP layer enforces the larger limit (list uploads); scans check theirs.
  m.server.set_payload_max_length(std::max(m.o.max_body_bytes, m.o.max_list_bytes));
  m.server.set_read_timeout(m.o.read_timeout_s, 0);
  m.server.set_write_timeout(m.o.write_timeout_s, 0);
  m.server.set_keep_alive_timeout(m.o.keep_alive_timeout_s);
  m.server.set_keep_alive_max_count(100000);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle +
  // delayed ACK add ~40 ms to every keep-alive response.
  m.server.set_tcp_nodelay(true);
  m.Routes();
  if (m.o.port == 0) {
    m.port = m.server.bind_to_any_port(m.o.host);
    if (m.port <= 0) return UnavailableError("cannot bind " + m.o.host + " on any port");
  } else {
    if (!m.server.bind_to_port(m.o.host, m.o.port)) {
      return UnavailableError("cannot bind " + m.o.host + ":" + std::to_string(m.o.port) +
                              " (in use?)");
    }
    m.port = m.o.port;
  }
  m.listening.store(true);
  m.serve_thread = std::thread([&m] { m.server.listen_after_bind(); });
  m.loader = std::thread([&m] { m.LoadInitial(); });
  return Status::OK();
}

void Service::Stop() {
  Impl& m = *impl_;
  if (!m.listening.exchange(false)) return;
  m.server.stop();
  if (m.serve_thread.joinable()) m.serve_thread.join();
  if (m.loader.joinable()) m.loader.join();
}

int Service::port() const { return impl_->port; }
bool Service::ready() const { return impl_->pipeline.load() != nullptr; }

}  // namespace vigil
