#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "pipeline/batch.h"
#include "vigil/evidence.h"
#include "vigil/pipeline.h"
#include "vigil/policy.h"
#include "vigil/recorder.h"
#include "vigil/store.h"

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
  std::string policy;   // --policy FILE (default: the built-in table)
  std::string store;    // --store URL ("" with the flag given: sqlite:vigil.db)
  bool use_store = false;
  std::string vault;    // --vault DIR: preserve hold/block/report evidence
  std::string key;      // --key FILE (default $VIGIL_KEY)
  int store_batch = 256;
  std::string cache_dir;  // --cache-dir (default: $VIGIL_CACHE_DIR, XDG cache)
  bool no_cache = false;  // --no-cache
};

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// The optional post-policy part of a scan: store and evidence vault.
struct Recording {
  std::unique_ptr<Store> store;
  std::unique_ptr<Vault> vault;
  std::unique_ptr<Recorder> recorder;
};

Status OpenRecording(const ScanOptions& o, Recording* r) {
  if (!o.use_store && o.vault.empty()) return Status::OK();
  auto keys = LoadKeys(o.key);
  if (!keys.ok()) return keys.status().WithContext("--store/--vault need a key");
  if (o.use_store) {
    auto s = Store::Open(o.store.empty() ? "sqlite:vigil.db" : o.store);
    if (!s.ok()) return s.status();
    r->store = std::move(s).value();
  }
  if (!o.vault.empty()) {
    VaultOptions vo;
    vo.dir = o.vault;
    auto v = Vault::Open(vo, *keys);
    if (!v.ok()) return v.status();
    r->vault = std::move(v).value();
  }
  r->recorder = std::make_unique<Recorder>(r->store.get(), r->vault.get(),
                                           Pseudonymizer(keys->pseudonym_key), o.store_batch);
  return Status::OK();
}

int RunScan(const ScanOptions& o) {
  PipelineOptions po;
  po.detectors.list_files = o.lists;
  po.detectors.data_dir = o.data_dir;
  if (o.no_cache || !o.cache_dir.empty()) po.detectors.settings["text.cache_dir"] = o.no_cache ? "" : o.cache_dir;
  po.media_root = o.media_root;
  // Relative media paths in an events file are relative to that file.
  if (po.media_root.empty() && o.input != "-") {
    po.media_root = std::filesystem::path(o.input).parent_path().string();
  }
  if (!o.policy.empty()) {
    auto policy = LoadPolicyFile(o.policy);
    if (!policy.ok()) {
      std::fprintf(stderr, "vigil scan: %s\n", policy.status().message().c_str());
      return 2;
    }
    po.policy = std::move(policy).value();
  }
  Recording rec;
  if (Status s = OpenRecording(o, &rec); !s.ok()) {
    std::fprintf(stderr, "vigil scan: %s\n", s.message().c_str());
    return 2;
  }
  po.keep_media_bytes = rec.vault != nullptr;
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
  VerdictHook hook;
  if (rec.recorder) {
    hook = [&rec](const Event& e, const Verdict& v, const ScanContext& ctx) {
      return rec.recorder->Add(e, v, ctx, NowMs());
    };
  }
  BatchSummary sum = ScanBatch(**pipeline, **reader, out, &status, hook);
  if (rec.recorder && status.ok()) status = rec.recorder->Flush();
  if (rec.vault && status.ok()) status = rec.vault->Close(NowMs());
  if (rec.store && status.ok()) {  // who recorded what, when (counts only)
    const RecorderCounts& c = rec.recorder->counts();
    status = rec.store->Audit(
        {.ts_ms = NowMs(), .actor = "uid:" + std::to_string(::getuid()), .action = "scan",
         .object = "",
         .detail = "events=" + std::to_string(sum.events) + " errors=" +
                   std::to_string(sum.errors) + " new=" + std::to_string(c.recorded) +
                   " duplicates=" + std::to_string(c.duplicates) +
                   " preserved=" + std::to_string(c.preserved)});
  }
  if (!status.ok()) {
    std::fprintf(stderr, "vigil scan: %s\n", status.message().c_str());
    return 2;
  }
  if (o.summary || (!o.quiet && out != stdout)) {
    std::fprintf(stderr, "%s", sum.ToText().c_str());
    if (rec.recorder) {
      const RecorderCounts& c = rec.recorder->counts();
      std::fprintf(stderr, "recorded       : %lld new, %lld already in the store, %lld preserved\n",
                   static_cast<long long>(c.recorded), static_cast<long long>(c.duplicates),
                   static_cast<long long>(c.preserved));
    }
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
  cmd->add_option("--cache-dir", o->cache_dir,
                  "Compiled lexicon cache directory\n(default: $VIGIL_CACHE_DIR, else $XDG_CACHE_HOME/vigil, else ~/.cache/vigil)");
  cmd->add_flag("--no-cache", o->no_cache, "Compile the lexicon without the cache");
  cmd->add_option("--media-root", o->media_root,
                  "Resolve relative media paths against this directory\n(default: the events file's directory)");
  cmd->add_option("--max-line-bytes", o->max_line_bytes, "Longest accepted input line")
      ->capture_default_str();
  cmd->add_option("--policy", o->policy, "Policy file (TOML, e.g. data/policy.toml; default: built-in table)");
  cmd->add_option("--store", o->store,
                  "Record verdicts, signals and sightings: sqlite:PATH or postgresql://...\n"
                  "(--store alone: sqlite:vigil.db in the working directory)")
      ->expected(0, 1);
  cmd->add_option("--vault", o->vault, "Preserve hold/block/report evidence in this vault directory");
  cmd->add_option("--key", o->key, "Key file for --store/--vault (default: $VIGIL_KEY)");
  cmd->add_option("--store-batch", o->store_batch, "Verdicts per store transaction")
      ->capture_default_str()->check(CLI::Range(1, 100000));
  cmd->add_flag("--summary", o->summary, "Print a summary to stderr (default when -o is given)");
  cmd->add_flag("-q,--quiet", o->quiet, "No summary");
  cmd->callback([o, exit_code, cmd] {
    o->use_store = cmd->count("--store") > 0;
    *exit_code = RunScan(*o);
  });
}

}  // namespace vigil::cli
