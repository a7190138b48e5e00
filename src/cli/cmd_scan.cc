#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "pipeline/batch.h"
#include "vigil/pipeline.h"

namespace vigil::cli {
namespace {

struct ScanOptions {
  std::string input = "-";
  std::vector<std::string> lists;
  std::string out;
  std::string data_dir;
  std::string media_root;
  size_t max_line_bytes = 1 << 20;
  bool summary = false;
  bool quiet = false;
};

int RunScan(const ScanOptions& o) {
  PipelineOptions po;
  po.detectors.list_files = o.lists;
  po.detectors.data_dir = o.data_dir;
  po.media_root = o.media_root;
  // Relative media paths in an events file are relative to that file.
  if (po.media_root.empty() && o.input != "-") {
    po.media_root = std::filesystem::path(o.input).parent_path().string();
  }
  auto pipeline = Pipeline::Create(std::move(po));
  if (!pipeline.ok()) {
    std::fprintf(stderr, "vigil scan: %s\n", pipeline.status().message().c_str());
    return 2;
  }
  JsonlLimits limits;
  limits.max_line_bytes = o.max_line_bytes;
  auto reader = EventReader::Open(o.input, limits);
  if (!reader.ok()) {
    std::fprintf(stderr, "vigil scan: %s\n", reader.status().message().c_str());
    return 2;
  }
  std::FILE* out = stdout;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> out_file(nullptr, &std::fclose);
  if (!o.out.empty() && o.out != "-") {
    out_file.reset(std::fopen(o.out.c_str(), "wb"));
    if (!out_file) {
      std::fprintf(stderr, "vigil scan: %s: cannot open for writing\n", o.out.c_str());
      return 2;
    }
    out = out_file.get();
  }
  Status status;
  BatchSummary sum = ScanBatch(**pipeline, **reader, out, &status);
  if (!status.ok()) {
    std::fprintf(stderr, "vigil scan: %s\n", status.message().c_str());
    return 2;
  }
  if (o.summary || (!o.quiet && out != stdout)) {
    std::fprintf(stderr, "%s", sum.ToText().c_str());
  }
  return sum.errors > 0 ? 1 : 0;
}

}  // namespace

void AddScanCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<ScanOptions>();
  auto* cmd = app.add_subcommand(
      "scan",
      "Scan JSON Lines events and write one verdict per event, in order.\n"
      "A line that cannot be scanned yields {\"line\":N,\"error\":...}; exit status 1 then.");
  cmd->add_option("events", o->input, "Events file (JSON Lines), or - for stdin")
      ->capture_default_str();
  cmd->add_option("--lists", o->lists, "Hash list file(s) of known media")->expected(1, -1);
  cmd->add_option("-o,--out", o->out, "Write verdicts here instead of stdout");
  cmd->add_option("--data", o->data_dir, "Data directory (lexicons, tables, policy)");
  cmd->add_option("--media-root", o->media_root,
                  "Resolve relative media paths against this directory\n(default: the events file's directory)");
  cmd->add_option("--max-line-bytes", o->max_line_bytes, "Longest accepted input line")
      ->capture_default_str();
  cmd->add_flag("--summary", o->summary, "Print a summary to stderr (default when -o is given)");
  cmd->add_flag("-q,--quiet", o->quiet, "No summary");
  cmd->callback([o, exit_code] { *exit_code = RunScan(*o); });
}

}  // namespace vigil::cli
