#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/json_writer.h"
#include "vigil/digest.h"

namespace vigil::cli {
namespace {

struct HashOptions {
  std::vector<std::string> files;
  int64_t max_bytes = 256 << 20;
};

int RunHash(const HashOptions& o) {
  int rc = 0;
  std::string line;
  for (const auto& path : o.files) {
    line.clear();
    JsonWriter w(&line);
    w.BeginObject().Key("path").String(path);
    auto bytes = ReadFileBounded(path, o.max_bytes);
    if (!bytes.ok()) {
      w.Key("error").String(bytes.status().message());
      rc = 1;
    } else {
      Digests d = ComputeDigests(*bytes);
      w.Key("md5").String(d.md5).Key("sha1").String(d.sha1).Key("sha256").String(d.sha256);
      w.Key("size").Int(d.size);
    }
    w.EndObject();
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  return rc;
}

}  // namespace

void AddHashCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<HashOptions>();
  auto* cmd = app.add_subcommand(
      "hash", "Hash files; prints one JSON line per file (path, md5, sha1, sha256, size).\n"
              "A file that fails gives {\"path\":...,\"error\":...}; the others go on.");
  cmd->add_option("files", o->files, "Files to hash")->required()->expected(1, -1);
  cmd->add_option("--max-bytes", o->max_bytes, "Refuse larger files")->capture_default_str();
  cmd->callback([o, exit_code] { *exit_code = RunHash(*o); });
}

}  // namespace vigil::cli
