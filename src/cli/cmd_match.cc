// vigil match: look files or hashes up in hash lists, one JSON line per query.
#include <sys/stat.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/json_writer.h"
#include "hash/media_hash.h"
#include "index/known_media_detector.h"
#include "vigil/match_index.h"

namespace vigil::cli {
namespace {

struct MatchOptions {
  std::vector<std::string> lists;
  std::vector<std::string> queries;
  int max_distance = -1;
  int quality = -1;
};

bool IsFile(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// "TYPE:HEX" or bare hex (32 = md5, 40 = sha1, 64 = both sha256 and pdq).
Status QueryFromHash(const std::string& arg, MatchQuery* q) {
  std::string hex = arg;
  std::string type;
  if (size_t c = arg.find(':'); c != std::string::npos) {
    type = arg.substr(0, c);
    hex = arg.substr(c + 1);
  }
  for (char& ch : hex) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (char ch : hex) {
    if (!std::isxdigit(static_cast<unsigned char>(ch))) {
      return InvalidArgumentError("'" + arg + "' is neither a readable file nor a hex hash");
    }
  }
  HashType t;
  if (!type.empty()) {
    if (!ParseHashType(type, &t)) return InvalidArgumentError("unknown hash type '" + type + "'");
    if (hex.size() != HashHexLength(t)) {
      return InvalidArgumentError("expected " + std::to_string(HashHexLength(t)) +
                                  " hex digits for " + type);
    }
    switch (t) {
      case HashType::kPdq: q->pdq.push_back(hex); break;
      case HashType::kMd5: q->md5 = hex; break;
      case HashType::kSha1: q->sha1 = hex; break;
      case HashType::kSha256: q->sha256 = hex; break;
    }
    return Status::OK();
  }
  if (hex.size() == 32) q->md5 = hex;
  else if (hex.size() == 40) q->sha1 = hex;
  else if (hex.size() == 64) { q->sha256 = hex; q->pdq.push_back(hex); }
  else return InvalidArgumentError("'" + arg + "' is neither a readable file nor a 32/40/64-digit hash");
  return Status::OK();
}

int RunMatch(const MatchOptions& o) {
  std::vector<std::unique_ptr<ListIndex>> lists;
  for (const auto& path : o.lists) {
    ImportReport report;
    auto li = ListIndex::Open(path, &report);
    // A one-shot command waits for the index's full checksum verification.
    Status ok = li.ok() ? (*li)->base()->WaitVerified() : li.status();
    if (!ok.ok()) {
      std::fprintf(stderr, "vigil match: %s\n", ok.message().c_str());
      return 2;
    }
    for (const auto& e : report.errors) std::fprintf(stderr, "vigil match: warning: %s\n", e.message().c_str());
    lists.push_back(std::move(*li));
  }
  int rc = 0;
  std::vector<MatchHit> hits;
  for (const std::string& arg : o.queries) {
    MatchQuery q;
    Status s;
    if (IsFile(arg)) {
      MediaRef ref;
      ref.path = arg;
      MediaHashes mh;
      s = HashMediaRef(ref, MediaHashOptions(), &mh);
      if (s.ok()) q = KnownMediaDetector::QueryFor(mh);
    } else {
      s = QueryFromHash(arg, &q);
    }
    std::string line;
    JsonWriter w(&line);
    w.BeginObject();
    w.Key("query");
    w.String(arg);
    if (!s.ok()) {
      w.Key("error");
      w.String(s.message());
      w.EndObject();
      std::printf("%s\n", line.c_str());
      rc = 1;
      continue;
    }
    q.max_distance = o.max_distance;
    if (o.quality >= 0) q.quality = o.quality;
    hits.clear();
    for (const auto& l : lists) l->Match(q, &hits);
    if (!q.pdq.empty()) {
      w.Key("pdq");
      w.String(q.pdq[0]);
    }
    w.Key("matches");
    w.BeginArray();
    for (const MatchHit& h : hits) {
      w.BeginObject();
      w.Key("list"); w.String(h.list);
      w.Key("entry"); w.String(h.entry);
      w.Key("category"); w.String(h.category);
      w.Key("hash"); w.String(HashTypeName(h.type));
      w.Key("distance"); w.Int(h.distance);
      if (h.type == HashType::kPdq) { w.Key("variant"); w.Int(h.variant); }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    std::printf("%s\n", line.c_str());
  }
  return rc;
}

}  // namespace

void AddMatchCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<MatchOptions>();
  auto* cmd = app.add_subcommand(
      "match",
      "Look files or hashes up in hash lists; one JSON line per query:\n"
      "  vigil match [--max-distance N] QUERY... --lists FILE...   (or --lists FILE... -- QUERY...)\n"
      "{\"query\":...,\"matches\":[{\"list\",\"entry\",\"category\",\"hash\",\"distance\",\"variant\"}]}.\n"
      "A HASH is TYPE:HEX (pdq, md5, sha1, sha256) or bare hex (32 = md5, 40 = sha1,\n"
      "64 = looked up both as sha256 and as pdq).");
  cmd->add_option("--lists", o->lists, "Hash lists (.vidx index or text/pytx/VICS file)")
      ->required()->expected(1, -1);
  cmd->add_option("--max-distance", o->max_distance,
                  "PDQ distance for every list (default: each list's threshold)");
  cmd->add_option("--quality", o->quality, "PDQ quality of HASH queries (below a list's floor: no PDQ match)");
  cmd->add_option("queries", o->queries, "Files or hashes")->required();
  cmd->callback([o, exit_code] { *exit_code = RunMatch(*o); });
}

}  // namespace vigil::cli
