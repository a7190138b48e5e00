#include "evidence/log.h"

#include <openssl/sha.h>
#include <sodium.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/hex.h"
#include "core/json_writer.h"

namespace vigil::evidence {
namespace {

constexpr std::string_view kHashKey = ",\"hash\":\"";
constexpr size_t kSuffixLen = kHashKey.size() + 64 + 2;  // ,"hash":"<64>"}

bool IsHexN(std::string_view s, size_t n) {
  if (s.size() != n) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

using json = nlohmann::json;

bool GetInt(const json& j, const char* k, int64_t* out) {
  auto it = j.find(k);
  if (it == j.end() || !it->is_number_integer()) return false;
  *out = it->get<int64_t>();
  return true;
}
bool GetStr(const json& j, const char* k, std::string* out) {
  auto it = j.find(k);
  if (it == j.end() || !it->is_string()) return false;
  *out = it->get<std::string>();
  return true;
}

// Checks the kind-specific fields; returns "" or what is wrong.
std::string ParseFields(const json& j, LogRecord* r) {
  if (r->kind == "preserve") {
    if (!GetStr(j, "case", &r->case_id) || r->case_id.empty()) return "missing case";
    if (!GetStr(j, "event", &r->event) || r->event.empty()) return "missing event";
    if (!GetStr(j, "category", &r->category)) return "missing category";
    if (!GetStr(j, "action", &r->action)) return "missing action";
    if (!GetInt(j, "retain_until", &r->retain_until)) return "missing retain_until";
    auto it = j.find("objects");
    if (it == j.end() || !it->is_array() || it->empty()) return "missing objects";
    for (const json& o : *it) {
      if (!o.is_object()) return "bad object entry";
      ObjectRef ref;
      int64_t idx = -1;
      if (!GetStr(o, "role", &ref.role) || (ref.role != "event" && ref.role != "media")) {
        return "object without a role";
      }
      if (!GetStr(o, "sha256", &ref.sha256) || !IsHex64(ref.sha256)) return "bad object sha256";
      if (!GetStr(o, "cipher", &ref.cipher) || !(ref.cipher.empty() || IsHex64(ref.cipher))) {
        return "bad object cipher hash";
      }
      if (!GetInt(o, "size", &ref.size) || ref.size < 0) return "bad object size";
      if (GetInt(o, "index", &idx)) ref.index = static_cast<int>(idx);
      r->objects.push_back(std::move(ref));
    }
  } else if (r->kind == "hold" || r->kind == "release" || r->kind == "export") {
    if (!GetStr(j, "case", &r->case_id) || r->case_id.empty()) return "missing case";
  } else if (r->kind == "delete") {
    if (!GetStr(j, "object", &r->object) || !IsHex64(r->object)) return "bad object";
  } else if (r->kind == "checkpoint") {
    if (!GetStr(j, "sig", &r->sig) || !IsHexN(r->sig, 128)) return "bad signature field";
  } else {
    return "unknown kind '" + r->kind + "'";
  }
  return "";
}

}  // namespace

bool IsHex64(std::string_view s) { return IsHexN(s, 64); }

std::string Sha256Hex(std::string_view bytes) {
  uint8_t md[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), md);
  return ToHex(md, sizeof(md));
}

std::string CheckpointMessage(std::string_view prev) {
  return "vigil-checkpoint-v1\n" + std::string(prev);
}

std::string SignCheckpoint(std::string_view prev, const uint8_t secret_key[64]) {
  std::string m = CheckpointMessage(prev);
  uint8_t sig[crypto_sign_BYTES];
  crypto_sign_detached(sig, nullptr, reinterpret_cast<const uint8_t*>(m.data()), m.size(),
                       secret_key);
  return ToHex(sig, sizeof(sig));
}

std::string SealRecord(LogRecord* r) {
  std::string line;
  JsonWriter w(&line);
  w.BeginObject().Key("seq").Int(r->seq).Key("prev").String(r->prev).Key("ts").Int(r->ts);
  w.Key("kind").String(r->kind);
  if (r->kind == "preserve") {
    w.Key("case").String(r->case_id).Key("event").String(r->event);
    w.Key("category").String(r->category).Key("action").String(r->action);
    w.Key("retain_until").Int(r->retain_until);
    w.Key("objects").BeginArray();
    for (const ObjectRef& o : r->objects) {
      w.BeginObject().Key("role").String(o.role);
      if (o.index >= 0) w.Key("index").Int(o.index);
      w.Key("sha256").String(o.sha256).Key("cipher").String(o.cipher).Key("size").Int(o.size);
      w.EndObject();
    }
    w.EndArray();
  } else if (r->kind == "hold" || r->kind == "release" || r->kind == "export") {
    w.Key("case").String(r->case_id);
  } else if (r->kind == "delete") {
    w.Key("object").String(r->object);
  } else if (r->kind == "checkpoint") {
    w.Key("sig").String(r->sig);
  }
  r->hash = Sha256Hex(line);
  line += kHashKey;
  line += r->hash;
  line += "\"}";
  return line;
}

Status ReadChain(std::string_view text, const ChainOptions& opts, std::vector<LogRecord>* out) {
  out->clear();
  std::string prev_hash = opts.first_prev.value_or("");
  int64_t expect_seq = opts.first_seq.value_or(-1);
  size_t pos = 0;
  int64_t k = 0;
  while (pos < text.size()) {
    ++k;
    size_t nl = text.find('\n', pos);
    auto bad = [&](const std::string& what, int64_t seq = -1) {
      std::string where = fmt::format("{}: record {} (line {}", opts.name, k, k);
      if (seq >= 0) where += fmt::format(", seq {}", seq);
      return CorruptionError(where + "): " + what);
    };
    if (nl == std::string_view::npos) return bad("incomplete last line (no newline)");
    if (static_cast<size_t>(k) > opts.max_records) return bad("too many records");
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.size() <= kSuffixLen || line.substr(line.size() - kSuffixLen, kHashKey.size()) !=
                                         kHashKey || line.substr(line.size() - 2) != "\"}") {
      return bad("not a sealed record (expected it to end in ,\"hash\":\"<sha256>\"})");
    }
    std::string_view body = line.substr(0, line.size() - kSuffixLen);
    LogRecord r;
    r.line = k;
    r.hash = std::string(line.substr(line.size() - 66, 64));
    if (!IsHex64(r.hash)) return bad("bad hash field");
    if (Sha256Hex(body) != r.hash) return bad("content does not match its hash (altered)");
    json j = json::parse(std::string(body) + "}", nullptr, false);
    if (j.is_discarded() || !j.is_object()) return bad("not a JSON object");
    if (!GetInt(j, "seq", &r.seq) || !GetStr(j, "prev", &r.prev) || !IsHex64(r.prev) ||
        !GetInt(j, "ts", &r.ts) || !GetStr(j, "kind", &r.kind)) {
      return bad("missing seq, prev, ts or kind");
    }
    if (expect_seq >= 0 && r.seq != expect_seq) {
      return bad(fmt::format("expected seq {}: a record is missing, inserted or out of order",
                             expect_seq),
                 r.seq);
    }
    if (!prev_hash.empty() && r.prev != prev_hash) {
      return bad("prev does not match the hash of the record before it", r.seq);
    }
    if (std::string why = ParseFields(j, &r); !why.empty()) return bad(why, r.seq);
    if (r.kind == "checkpoint" && opts.public_key != nullptr) {
      uint8_t sig[crypto_sign_BYTES];
      std::string m = CheckpointMessage(r.prev);
      if (!FromHex(r.sig, sig) ||
          crypto_sign_verify_detached(sig, reinterpret_cast<const uint8_t*>(m.data()), m.size(),
                                      opts.public_key) != 0) {
        return bad("checkpoint signature does not verify", r.seq);
      }
    }
    prev_hash = r.hash;
    expect_seq = r.seq + 1;
    out->push_back(std::move(r));
  }
  return Status::OK();
}

}  // namespace vigil::evidence
