// vigil publish: JSON Lines → NATS JetStream, partitioned by conversation.
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "cli/commands.h"
#include "stream/config.h"
#include "vigil/stream.h"

namespace vigil::cli {
namespace {

struct PublishFlags {
  std::string input = "-", config, nats_url;
  uint32_t partitions = 0;
  size_t max_line_bytes = 1 << 20;
};

int RunPublish(const PublishFlags& f) {
  stream::StreamSettings s;
  Status st = Status::OK();
  if (!f.config.empty()) st = stream::LoadConfigFile(f.config, &s);
  if (st.ok()) st = stream::ApplyEnvironment([](const char* v) { return std::getenv(v); }, &s);
  if (!st.ok()) {
    std::fprintf(stderr, "vigil publish: %s\n", st.message().c_str());
    return 2;
  }
  PublishOptions po;
  po.stream = s.worker.stream;
  if (!f.nats_url.empty()) po.stream.nats_url = f.nats_url;
  if (f.partitions > 0) po.stream.partitions = f.partitions;
  po.limits.max_line_bytes = f.max_line_bytes;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(nullptr, &std::fclose);
  std::FILE* in = stdin;
  if (f.input != "-") {
    file.reset(std::fopen(f.input.c_str(), "rb"));
    if (!file) {
      std::fprintf(stderr, "vigil publish: %s: cannot open\n", f.input.c_str());
      return 2;
    }
    in = file.get();
  }
  auto sum = PublishEvents(po, in, stdout);
  if (!sum.ok()) {
    std::fprintf(stderr, "vigil publish: %s\n", sum.status().message().c_str());
    return 2;
  }
  std::fprintf(stderr,
               "published %lld events (%lld duplicates dropped by id), %lld bad lines, "
               "%.3f s (%.0f events/s)\n",
               static_cast<long long>(sum->published), static_cast<long long>(sum->duplicates),
               static_cast<long long>(sum->errors), sum->seconds,
               sum->seconds > 0 ? sum->published / sum->seconds : 0.0);
  return sum->errors > 0 ? 1 : 0;
}

}  // namespace

void AddPublishCommand(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<PublishFlags>();
  auto* cmd = app.add_subcommand(
      "publish",
      "Publish JSON Lines events to NATS JetStream (subject per conversation partition,\n"
      "message id = event id). Bad lines yield error lines on stdout; exit status 1 then.");
  cmd->add_option("events", f->input, "Events file (JSON Lines), or - for stdin")->capture_default_str();
  cmd->add_option("--config", f->config, "TOML configuration file ([nats])");
  cmd->add_option("--nats", f->nats_url, "NATS URL(s) (VIGIL_NATS_URL)");
  cmd->add_option("--partitions", f->partitions, "Partition count (VIGIL_PARTITIONS)");
  cmd->add_option("--max-line-bytes", f->max_line_bytes, "Longest accepted line")->capture_default_str();
  cmd->callback([f, exit_code] { *exit_code = RunPublish(*f); });
}

}  // namespace vigil::cli
