// `vigil hash`: digests and PDQ of files, one JSON line per file, in input
// order, hashed in parallel.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "core/json_writer.h"
#include "hash/media_hash.h"
#include "vigil/digest.h"

namespace vigil::cli {
namespace {

struct HashOptions {
  std::vector<std::string> files;
  int64_t max_bytes = 256 << 20;
  int64_t max_pixels = 100'000'000;
  int64_t max_side = 65'535;
  bool dihedral = false;
  bool pre_resize_512 = false;
  int jobs = 0;  // 0: all cores
};

// One output line for `path`. Returns false when the file failed (unreadable,
// or read but not a decodable image; the digests are still printed then).
bool HashOne(const std::string& path, const MediaHashOptions& mo, MediaScratch* scratch,
             std::string* line) {
  line->clear();
  JsonWriter w(line);
  w.BeginObject().Key("path").String(path);
  auto bytes = ReadFileBounded(path, mo.max_bytes);
  if (!bytes.ok()) {
    w.Key("error").String(bytes.status().message()).EndObject();
    line->push_back('\n');
    return false;
  }
  MediaHashes h;
  HashMediaBytes(*bytes, mo, scratch, &h);
  if (!h.pdq.empty()) w.Key("pdq").String(h.pdq).Key("quality").Int(h.quality);
  w.Key("md5").String(h.md5).Key("sha1").String(h.sha1).Key("sha256").String(h.sha256);
  if (!h.pdq.empty()) w.Key("width").Int(h.width).Key("height").Int(h.height);
  w.Key("size").Int(h.size);
  if (!h.pdq_dihedral.empty()) {
    w.Key("dihedral").BeginArray();
    for (const auto& d : h.pdq_dihedral) w.String(d);
    w.EndArray();
  }
  if (!h.error.empty()) w.Key("error").String(path + ": " + h.error);
  w.EndObject();
  line->push_back('\n');
  return h.error.empty();
}

int RunHash(const HashOptions& o) {
  MediaHashOptions mo;
  mo.max_bytes = o.max_bytes;
  mo.max_pixels = o.max_pixels;
  mo.max_side = o.max_side;
  mo.compute_pdq = true;
  mo.pdq_dihedral = o.dihedral;
  mo.pdq_pre_resize_512 = o.pre_resize_512;
  int jobs = o.jobs > 0 ? o.jobs : int(std::max(1u, std::thread::hardware_concurrency()));
  jobs = std::min<int>(jobs, int(o.files.size()));
  // Files are hashed in chunks so memory stays bounded and output keeps
  // input order: workers fill a chunk's lines, then the chunk is printed.
  const size_t chunk = std::max<size_t>(64, size_t(jobs) * 16);
  std::vector<std::string> lines(std::min(chunk, o.files.size()));
  std::vector<MediaScratch> scratch(jobs);
  std::atomic<bool> failed{false};
  for (size_t begin = 0; begin < o.files.size(); begin += chunk) {
    const size_t end = std::min(o.files.size(), begin + chunk);
    std::atomic<size_t> next{begin};
    auto work = [&](int t) {
      for (size_t i; (i = next.fetch_add(1)) < end;) {
        if (!HashOne(o.files[i], mo, &scratch[t], &lines[i - begin])) failed = true;
      }
    };
    std::vector<std::thread> threads;
    for (int t = 1; t < jobs; ++t) threads.emplace_back(work, t);
    work(0);
    for (auto& th : threads) th.join();
    for (size_t i = begin; i < end; ++i) {
      std::fwrite(lines[i - begin].data(), 1, lines[i - begin].size(), stdout);
    }
  }
  std::fflush(stdout);
  return failed ? 1 : 0;
}

}  // namespace

void AddHashCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<HashOptions>();
  auto* cmd = app.add_subcommand(
      "hash",
      "Hash files: one JSON line per file, in input order, with path, pdq, quality, md5,\n"
      "sha1, sha256, width, height, size (and dihedral: the 8 PDQ variants orig, rot90,\n"
      "rot180, rot270, flipx, flipy, flipp, flipm with --dihedral). PDQ is computed at\n"
      "full resolution (as HMA and python-threatexchange do) unless --pre-resize-512.\n"
      "An unreadable file gives {\"path\":...,\"error\":...}; a file that is not a\n"
      "decodable image gives its digests and an error; the others go on (exit status 1).");
  cmd->add_option("files", o->files, "Files to hash")->required()->expected(1, -1);
  cmd->add_flag("--dihedral", o->dihedral, "Also print the 8 dihedral PDQ hashes");
  cmd->add_flag("--pre-resize-512", o->pre_resize_512,
                "Squash images larger than 512 px to 512x512 first (reference CLI behaviour)");
  cmd->add_option("--jobs,-j", o->jobs, "Parallel workers (0: all cores)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--max-bytes", o->max_bytes, "Refuse larger files")->capture_default_str();
  cmd->add_option("--max-pixels", o->max_pixels, "Refuse larger images (checked from the header)")
      ->capture_default_str();
  cmd->add_option("--max-side", o->max_side, "Refuse images with a longer side (checked from the header)")
      ->capture_default_str();
  cmd->callback([o, exit_code] { *exit_code = RunHash(*o); });
}

}  // namespace vigil::cli
