// Offline verification of exported evidence bundles.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

#include "core/hex.h"
#include "evidence/crypto.h"
#include "evidence/log.h"
#include "vigil/digest.h"
#include "vigil/evidence.h"

namespace vigil {
namespace {

using evidence::LogRecord;
using json = nlohmann::json;

constexpr int64_t kMaxBundleFile = int64_t{1} << 32;

const std::string* Find(const BundleFiles& f, const std::string& name) {
  auto it = f.find(name);
  return it == f.end() ? nullptr : &it->second;
}

Status Bad(const std::string& file, const std::string& what) {
  return CorruptionError(file + ": " + what);
}

bool ParsePublicKey(const std::string& text, uint8_t out[32], std::string* hex) {
  if (text.size() != 65 || text.back() != '\n') return false;
  *hex = text.substr(0, 64);
  return evidence::IsHex64(*hex) && FromHex(*hex, out);
}

struct Manifest {
  std::string case_id, public_key, first_prev, log_sha256;
  int64_t first_seq = 0, last_seq = 0;
  std::set<int64_t> case_records;
  std::map<std::string, std::string> objects;  // sha256 → cipher
  std::set<std::string> deleted;
};

Status ParseManifest(const std::string& text, Manifest* m) {
  json j = json::parse(text, nullptr, false);
  auto bad = [](const char* what) { return Bad("manifest.json", what); };
  if (j.is_discarded() || !j.is_object()) return bad("not a JSON object");
  auto str = [&](const char* k, std::string* out) {
    auto it = j.find(k);
    if (it == j.end() || !it->is_string()) return false;
    *out = it->get<std::string>();
    return true;
  };
  auto num = [&](const char* k, int64_t* out) {
    auto it = j.find(k);
    if (it == j.end() || !it->is_number_integer()) return false;
    *out = it->get<int64_t>();
    return true;
  };
  std::string format;
  if (!str("format", &format) || format != "vigil-evidence-bundle-1") {
    return bad("format: expected vigil-evidence-bundle-1");
  }
  if (!str("case", &m->case_id) || !str("public_key", &m->public_key) ||
      !str("first_prev", &m->first_prev) || !str("log_sha256", &m->log_sha256) ||
      !num("first_seq", &m->first_seq) || !num("last_seq", &m->last_seq) ||
      m->first_seq < 1 || m->last_seq < m->first_seq) {
    return bad("missing or bad case, public_key, first_prev, log_sha256, first_seq or last_seq");
  }
  auto cr = j.find("case_records"), ob = j.find("objects"), de = j.find("deleted");
  if (cr == j.end() || !cr->is_array() || ob == j.end() || !ob->is_array() || de == j.end() ||
      !de->is_array()) {
    return bad("missing case_records, objects or deleted");
  }
  for (const json& s : *cr) {
    if (!s.is_number_integer()) return bad("case_records: expected sequence numbers");
    m->case_records.insert(s.get<int64_t>());
  }
  for (const json& o : *ob) {
    auto sha = o.is_object() ? o.find("sha256") : o.end();
    auto ci = o.is_object() ? o.find("cipher") : o.end();
    if (!o.is_object() || sha == o.end() || ci == o.end() || !sha->is_string() ||
        !ci->is_string() || !evidence::IsHex64(sha->get<std::string>())) {
      return bad("objects: expected {sha256, cipher} entries");
    }
    m->objects[sha->get<std::string>()] = ci->get<std::string>();
  }
  for (const json& d : *de) {
    if (!d.is_string()) return bad("deleted: expected object hashes");
    m->deleted.insert(d.get<std::string>());
  }
  return Status::OK();
}

}  // namespace

StatusOr<BundleReport> VerifyBundleFiles(const BundleFiles& files, const VaultKeys* keys,
                                         std::string_view pinned_public_key) {
  BundleReport rep;
  for (const char* name :
       {"public_key.hex", "manifest.json", "manifest.sig", "log.jsonl", "checkpoint.json"}) {
    if (Find(files, name) == nullptr) return Bad(name, "missing from the bundle");
  }
  uint8_t pk[32];
  if (!ParsePublicKey(*Find(files, "public_key.hex"), pk, &rep.public_key)) {
    return Bad("public_key.hex", "expected 64 lower-case hex characters and a newline");
  }
  if (!pinned_public_key.empty() && pinned_public_key != rep.public_key) {
    return Bad("public_key.hex", "not the expected public key " + std::string(pinned_public_key));
  }
  const std::string& manifest_text = *Find(files, "manifest.json");
  const std::string& sig = *Find(files, "manifest.sig");
  if (sig.size() != 129 || sig.back() != '\n' ||
      !evidence::VerifyManifest(manifest_text, std::string_view(sig).substr(0, 128), pk)) {
    return Bad("manifest.json", "signature (manifest.sig) does not verify: manifest or "
                                "signature altered, or signed by another key");
  }
  Manifest m;
  VIGIL_RETURN_IF_ERROR(ParseManifest(manifest_text, &m));
  rep.case_id = m.case_id;
  if (m.public_key != rep.public_key) return Bad("manifest.json", "public_key differs from public_key.hex");

  const std::string& log = *Find(files, "log.jsonl");
  std::vector<LogRecord> recs;
  evidence::ChainOptions co;
  co.first_seq = m.first_seq;
  co.first_prev = m.first_prev;
  co.public_key = pk;
  VIGIL_RETURN_IF_ERROR(evidence::ReadChain(log, co, &recs));
  int64_t want = m.last_seq - m.first_seq + 1;
  if (static_cast<int64_t>(recs.size()) < want) {
    return Bad("log.jsonl", fmt::format("record {} (seq {}): missing (the slice ends early)",
                                        recs.size() + 1, m.first_seq + recs.size()));
  }
  if (static_cast<int64_t>(recs.size()) > want) {
    return Bad("log.jsonl", fmt::format("record {} (seq {}): beyond the manifest's last_seq {}",
                                        want + 1, recs[want].seq, m.last_seq));
  }
  if (recs.back().kind != "checkpoint") {
    return Bad("log.jsonl", fmt::format("record {} (seq {}): the slice must end with a signed "
                                        "checkpoint", recs.size(), recs.back().seq));
  }
  if (evidence::Sha256Hex(log) != m.log_sha256) return Bad("log.jsonl", "hash differs from the manifest");
  size_t last_nl = log.rfind('\n', log.size() - 2);
  std::string last_line = log.substr(last_nl == std::string::npos ? 0 : last_nl + 1);
  if (*Find(files, "checkpoint.json") != last_line) {
    return Bad("checkpoint.json", "differs from the last record of log.jsonl");
  }
  rep.records = static_cast<int64_t>(recs.size());

  // The case's records, and their objects.
  std::set<std::string> expected = {"public_key.hex", "manifest.json", "manifest.sig",
                                    "log.jsonl", "checkpoint.json"};
  std::set<int64_t> case_seqs;
  for (const LogRecord& r : recs) {
    if (r.kind != "preserve" || r.case_id != m.case_id) continue;
    case_seqs.insert(r.seq);
    for (const auto& o : r.objects) {
      std::string name = "objects/" + o.sha256;
      std::string where = fmt::format("{} (record {}, seq {})", name, r.line, r.seq);
      if (m.deleted.count(o.sha256)) {
        if (Find(files, name) != nullptr) return Bad(where, "listed as deleted but present");
        continue;
      }
      auto mo = m.objects.find(o.sha256);
      if (mo == m.objects.end() || mo->second != o.cipher) {
        return Bad(where, "not listed in the manifest with this hash");
      }
      const std::string* file = Find(files, name);
      if (file == nullptr) return Bad(where, "missing from the bundle");
      if (!expected.insert(name).second) continue;  // shared by two records
      if (evidence::Sha256Hex(*file) != o.cipher) return Bad(where, "encrypted bytes altered");
      ++rep.objects;
      if (keys != nullptr) {
        auto plain = evidence::DecryptObject(*file, o.sha256, keys->enc.data());
        if (!plain.ok()) return Bad(where, plain.status().message());
        if (evidence::Sha256Hex(*plain) != o.sha256 ||
            static_cast<int64_t>(plain->size()) != o.size) {
          return Bad(where, "decrypted content does not match its hash");
        }
        ++rep.decrypted;
      }
    }
  }
  if (case_seqs != m.case_records) {
    return Bad("manifest.json", "case_records differ from the case's records in log.jsonl");
  }
  if (case_seqs.empty()) return Bad("log.jsonl", "no record of case " + m.case_id);
  rep.case_records = static_cast<int64_t>(case_seqs.size());
  for (const auto& [name, bytes] : files) {
    if (!expected.count(name)) return Bad(name, "unexpected file in the bundle");
  }
  if (m.objects.size() != static_cast<size_t>(rep.objects)) {
    return Bad("manifest.json", "lists objects that no record of the case references");
  }
  return rep;
}

StatusOr<BundleReport> VerifyBundleDir(const std::string& dir, const VaultKeys* keys,
                                       std::string_view pinned_public_key) {
  namespace fs = std::filesystem;
  BundleFiles files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return NotFoundError(dir + ": not a bundle directory");
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    const fs::directory_entry& e = *it;
    std::string rel = fs::relative(e.path(), dir, ec).generic_string();
    if (e.is_symlink()) return Bad(rel, "symbolic links are not allowed in a bundle");
    if (e.is_directory()) continue;
    if (!e.is_regular_file()) return Bad(rel, "not a regular file");
    auto bytes = ReadFileBounded(e.path().string(), kMaxBundleFile);
    if (!bytes.ok()) return bytes.status();
    files.emplace(rel, std::move(bytes).value());
  }
  if (ec) return IOError(dir + ": " + ec.message());
  return VerifyBundleFiles(files, keys, pinned_public_key);
}

Status VerifyVaultLog(std::string_view log, std::string_view public_key_hex) {
  uint8_t pk[32];
  if (!evidence::IsHex64(public_key_hex) || !FromHex(public_key_hex, pk)) {
    return InvalidArgumentError("public key: expected 64 hex characters");
  }
  std::vector<LogRecord> recs;
  evidence::ChainOptions co;
  co.first_seq = 1;
  co.first_prev = std::string(evidence::kGenesisPrev);
  co.public_key = pk;
  return evidence::ReadChain(log, co, &recs);
}

}  // namespace vigil
