// `vigil serve`: HTTP/1.1 JSON API on the shared Pipeline.
//
//   GET    /v1/healthz            (public)  the process is up
//   GET    /v1/readyz             (public)  200 once lists and models are loaded, else 503
//   POST   /v1/scan               scanner+  one event (object) or a batch (array)
//   GET    /metrics               analyst+  Prometheus text format
//   GET    /v1/lists              analyst+  managed hash lists
//   PUT    /v1/lists/{name}       admin     upload/replace a plain-text hash list
//   DELETE /v1/lists/{name}       admin     remove a managed list
//
// Requests carry `Authorization: Bearer <token>`; the token file stores only
// SHA-256 digests of tokens. Every error is a JSON object {"error": "..."}
// with a 4xx/5xx status. A list change builds a new Pipeline and swaps it in
// atomically: requests in flight finish on the pipeline they started with.
#ifndef VIGIL_SERVICE_H_
#define VIGIL_SERVICE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/pipeline.h"
#include "vigil/status.h"

namespace vigil {

enum class Role : uint8_t { kScanner = 0, kAnalyst = 1, kAdmin = 2 };  // each includes the ones below
std::string_view RoleName(Role r);
bool ParseRole(std::string_view name, Role* out);

// Token file: one `SHA256HEX ROLE [NAME]` per line; '#' comments, blank lines.
class TokenStore {
 public:
  static StatusOr<TokenStore> Load(const std::string& path);
  static StatusOr<TokenStore> Parse(std::string_view content, std::string_view source);
  // The role of a presented token, or nullptr when unknown.
  const Role* Find(std::string_view token) const;
  size_t size() const { return entries_.size(); }

  // A fresh random token ("vgl_" + 64 hex chars from the OS RNG) and its token-file line.
  static StatusOr<std::pair<std::string, std::string>> NewToken(Role role, std::string_view name);
  static std::string Digest(std::string_view token);  // lower-case SHA-256 hex

 private:
  std::vector<std::pair<std::string, Role>> entries_;  // digest → role, sorted
};

struct ServiceOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                        // 0 = any free port (see Service::port())
  std::vector<std::string> list_files;    // fixed lists (--lists)
  std::string lists_dir;                  // managed lists: every *.txt; uploads go here
  std::string data_dir;
  std::string tokens_file;                // required unless allow_no_auth
  bool allow_no_auth = false;             // every request gets the admin role (local demos)
  size_t max_body_bytes = 4 << 20;        // scan requests
  size_t max_list_bytes = 256 << 20;      // list uploads (PUT /v1/lists/NAME)
  size_t max_batch_events = 1000;
  int threads = 64;                       // connection threads (one per keep-alive connection)
  int max_inflight_scans = 256;           // beyond: 503 + Retry-After (back-pressure)
  int read_timeout_s = 10;
  int write_timeout_s = 10;
  int keep_alive_timeout_s = 5;
  // How pipelines are built (tests inject delays/failures); default Pipeline::Create.
  std::function<StatusOr<std::unique_ptr<Pipeline>>(PipelineOptions)> pipeline_factory;
};

class Service {
 public:
  static StatusOr<std::unique_ptr<Service>> Create(ServiceOptions options);
  ~Service();

  // Binds the socket, starts loading the pipeline in the background and
  // serves on a background thread. Returns once the socket is listening.
  Status Start();
  // Stops accepting, finishes requests in flight, joins threads. Idempotent.
  void Stop();

  int port() const;
  bool ready() const;

 private:
  struct Impl;
  explicit Service(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace vigil

#endif  // VIGIL_SERVICE_H_
