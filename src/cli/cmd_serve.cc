// vigil serve: the HTTP API (see include/vigil/service.h).
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <memory>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "vigil/service.h"

namespace vigil::cli {
namespace {

struct ServeFlags {
  ServiceOptions o;
  std::string new_token_role, new_token_name;
  bool verbose = false;
};

int NewToken(const ServeFlags& f) {
  Role role;
  if (!ParseRole(f.new_token_role, &role)) {
    std::fprintf(stderr, "vigil serve: unknown role '%s' (scanner, analyst, admin)\n",
                 f.new_token_role.c_str());
    return 2;
  }
  auto t = TokenStore::NewToken(role, f.new_token_name);
  if (!t.ok()) {
    std::fprintf(stderr, "vigil serve: %s\n", t.status().message().c_str());
    return 2;
  }
  // The token goes to stdout (give it to the client); the line for the
  // token file (its SHA-256 only) to stderr.
  std::printf("%s\n", t->first.c_str());
  std::fprintf(stderr, "add this line to the token file:\n%s\n", t->second.c_str());
  return 0;
}

int RunServe(ServeFlags& f) {
  if (!f.new_token_role.empty()) return NewToken(f);
  spdlog::set_level(f.verbose ? spdlog::level::info : spdlog::level::warn);
  sigset_t sigs;
  sigemptyset(&sigs);
  sigaddset(&sigs, SIGTERM);
  sigaddset(&sigs, SIGINT);
  pthread_sigmask(SIG_BLOCK, &sigs, nullptr);
  auto svc = Service::Create(f.o);
  if (!svc.ok()) {
    std::fprintf(stderr, "vigil serve: %s\n", svc.status().message().c_str());
    return 2;
  }
  Status s = (*svc)->Start();
  if (!s.ok()) {
    std::fprintf(stderr, "vigil serve: %s\n", s.message().c_str());
    return 2;
  }
  std::fprintf(stderr, "vigil serve: listening on http://%s:%d\n", f.o.host.c_str(), (*svc)->port());
  int sig = 0;
  sigwait(&sigs, &sig);
  std::fprintf(stderr, "vigil serve: stopping (finishing requests in flight)\n");
  (*svc)->Stop();
  return 0;
}

}  // namespace

void AddServeCommand(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<ServeFlags>();
  auto* cmd = app.add_subcommand(
      "serve",
      "HTTP/1.1 JSON API: POST /v1/scan, GET /v1/healthz, /v1/readyz, /metrics,\n"
      "GET/PUT/DELETE /v1/lists[/NAME]. Bearer tokens with roles scanner, analyst, admin.");
  cmd->add_option("--host", f->o.host, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", f->o.port, "Port (0 = any free port)")->capture_default_str();
  cmd->add_option("--lists", f->o.list_files, "Fixed hash list file(s)")->expected(1, -1);
  cmd->add_option("--lists-dir", f->o.lists_dir, "Managed lists directory (uploads via PUT /v1/lists/NAME)");
  cmd->add_option("--data", f->o.data_dir, "Data directory (lexicons, tables, policy)");
  cmd->add_option("--tokens", f->o.tokens_file, "Token file: 'SHA256HEX ROLE [NAME]' per line");
  cmd->add_flag("--no-auth", f->o.allow_no_auth, "No authentication (local demos only)");
  cmd->add_option("--max-body-bytes", f->o.max_body_bytes, "Largest request body")->capture_default_str();
  cmd->add_option("--max-list-bytes", f->o.max_list_bytes, "Largest list upload")->capture_default_str();
  cmd->add_option("--max-batch", f->o.max_batch_events, "Most events per batch request")->capture_default_str();
  cmd->add_option("--threads", f->o.threads, "Connection threads")->capture_default_str();
  cmd->add_option("--max-inflight", f->o.max_inflight_scans, "Scans in flight before 503")->capture_default_str();
  cmd->add_option("--read-timeout", f->o.read_timeout_s, "Seconds")->capture_default_str();
  cmd->add_option("--write-timeout", f->o.write_timeout_s, "Seconds")->capture_default_str();
  cmd->add_option("--new-token", f->new_token_role, "Print a new token for ROLE and its token-file line, then exit");
  cmd->add_option("--token-name", f->new_token_name, "Name recorded with --new-token");
  cmd->add_flag("-v,--verbose", f->verbose, "Log progress to stderr");
  cmd->callback([f, exit_code] { *exit_code = RunServe(*f); });
}

}  // namespace vigil::cli
