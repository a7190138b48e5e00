// The vault log's record format and chain check, shared by the vault (which
// appends and re-reads it) and the offline bundle verifier.
#ifndef VIGIL_EVIDENCE_LOG_H_
#define VIGIL_EVIDENCE_LOG_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/status.h"

namespace vigil::evidence {

inline constexpr std::string_view kGenesisPrev =
    "0000000000000000000000000000000000000000000000000000000000000000";

struct ObjectRef {
  std::string role;  // "event" | "media"
  int index = -1;    // media index
  std::string sha256, cipher;  // plaintext / encrypted-file SHA-256 (hex)
  int64_t size = 0;            // plaintext bytes
};

struct LogRecord {
  int64_t seq = 0;
  std::string prev, hash, kind;
  int64_t ts = 0;
  // preserve
  std::string case_id, event, category, action;
  int64_t retain_until = 0;
  std::vector<ObjectRef> objects;
  // delete
  std::string object;
  // checkpoint
  std::string sig;
  int64_t line = 0;  // 1-based line in the text it was read from
};

// Serialises `r` (seq, prev, ts, kind and the kind's fields) as one line
// without '\n', sealed with its hash; sets r->hash.
std::string SealRecord(LogRecord* r);

// The message a checkpoint signs: its "prev" (the hash of the record before).
std::string CheckpointMessage(std::string_view prev);
std::string SignCheckpoint(std::string_view prev, const uint8_t secret_key[64]);

struct ChainOptions {
  std::optional<int64_t> first_seq;        // expected seq of the first record
  std::optional<std::string> first_prev;   // expected prev of the first record
  const uint8_t* public_key = nullptr;     // 32 bytes; checkpoints verified when set
  std::string name = "log.jsonl";          // file name in messages
  size_t max_records = 100000000;
};

// Parses and checks every line of `text`: format, own hash, seq continuity,
// prev == hash of the previous record, checkpoint signatures. On the first
// problem returns a Corruption status naming "NAME: record K (line K[, seq S]): ...".
Status ReadChain(std::string_view text, const ChainOptions& opts, std::vector<LogRecord>* out);

std::string Sha256Hex(std::string_view bytes);
bool IsHex64(std::string_view s);

}  // namespace vigil::evidence

#endif  // VIGIL_EVIDENCE_LOG_H_
