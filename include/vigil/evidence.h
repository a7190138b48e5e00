// The evidence vault: preserved events and media, encrypted at rest, with a
// tamper-evident append-only log and signed checkpoints.
//
// Layout of a vault directory:
//   log.jsonl          append-only log; one JSON record per line, each ending
//                      in ,"hash":"<SHA-256 of the line before it>"} and
//                      carrying "prev", the hash of the record before it
//   objects/ab/<sha>   one encrypted object per distinct plaintext, named by
//                      the plaintext's SHA-256 (XChaCha20-Poly1305, random
//                      nonce, the name as associated data)
//   public_key.hex     the Ed25519 key that signs checkpoints
//
// Record kinds: preserve (an event and its media for a hold/block/report
// verdict), hold / release (legal hold on a case), delete (an object removed
// after its retention period), export (a bundle was written), checkpoint
// (Ed25519 signature over the hash of the record before it; written every
// `checkpoint_every` records, on export and on Close).
//
// Keys: one 32-byte master key (64 hex characters) in a key file or in the
// environment variable VIGIL_KEY; never in the store or the vault. The
// encryption key, the signing key and the store's pseudonymisation key are
// derived from it (libsodium crypto_kdf).
#ifndef VIGIL_EVIDENCE_H_
#define VIGIL_EVIDENCE_H_

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/detector.h"
#include "vigil/event.h"
#include "vigil/status.h"
#include "vigil/verdict.h"

namespace vigil {

struct VaultKeys {
  std::array<uint8_t, 32> enc{};
  std::array<uint8_t, 64> sign_secret{};
  std::array<uint8_t, 32> sign_public{};
  std::string pseudonym_key;  // 32 bytes, for Pseudonymizer (store.h)
  std::array<uint8_t, 32> state{};  // encrypts conversation checkpoints in the store
};

// A new random master key as 64 hex characters.
std::string GenerateMasterKeyHex();
StatusOr<VaultKeys> KeysFromHex(std::string_view hex);
// Reads the key from `key_file`, or from $VIGIL_KEY when key_file is empty.
StatusOr<VaultKeys> LoadKeys(const std::string& key_file);
// Writes a new key file (mode 0600); refuses to overwrite an existing file.
Status WriteNewKeyFile(const std::string& path);

struct VaultOptions {
  std::string dir;
  int checkpoint_every = 64;
  // Retention in days by category (the verdict's leading signal type, e.g.
  // "known_media", "grooming"); "default" for the others.
  std::map<std::string, int64_t> retention_days = {
      {"default", 365},    {"known_media", 730},  {"grooming", 730}, {"sextortion", 730},
      {"csam_trading", 730}, {"solicitation", 365}, {"doxing", 180},  {"pii", 90}};
};

struct PreserveResult {
  int64_t seq = 0;     // the preserve record's sequence number
  bool fresh = false;  // false: the event was already preserved (idempotent)
};

struct PurgeResult {
  int64_t deleted = 0;  // objects removed
  int64_t held = 0;     // expired objects kept by a legal hold
};

// A vault is used by one writer process at a time (an flock on log.jsonl);
// the object is thread-safe.
class Vault {
 public:
  static StatusOr<std::unique_ptr<Vault>> Open(VaultOptions options, const VaultKeys& keys);
  virtual ~Vault() = default;

  // Preserves the event (all its fields) and the bytes of its media items
  // (those the media stage kept; hashes only for the others) under `case_id`.
  // Idempotent by event id.
  virtual StatusOr<PreserveResult> Preserve(const Event& event, const Verdict& verdict,
                                            const std::vector<MediaHashes>& media,
                                            std::string_view case_id, int64_t now_ms) = 0;
  virtual bool HasEvent(std::string_view event_id) const = 0;
  // Makes every appended record durable (fsync).
  virtual Status Sync() = 0;
  virtual Status SetLegalHold(std::string_view case_id, bool on, int64_t now_ms) = 0;
  virtual bool UnderLegalHold(std::string_view case_id) const = 0;
  // Deletes objects whose retention ended before now_ms, except those of a
  // case under legal hold; each deletion is a log record.
  virtual StatusOr<PurgeResult> Purge(int64_t now_ms) = 0;
  virtual Status Checkpoint(int64_t now_ms) = 0;
  // Decrypts an object (by plaintext SHA-256 hex) and checks its hash.
  virtual StatusOr<std::string> ReadObject(std::string_view sha256) const = 0;
  // Writes a self-contained bundle of `case_id` into out_dir (created; must
  // be empty): manifest.json (+ manifest.sig), log.jsonl (the log slice from
  // the case's first record to the checkpoint after its last), checkpoint.json,
  // public_key.hex and objects/<sha256> (still encrypted).
  virtual Status Export(std::string_view case_id, const std::string& out_dir, int64_t now_ms) = 0;
  // Verifies the whole log from its first record and every object file.
  virtual Status VerifyAll() const = 0;
  virtual int64_t last_seq() const = 0;
  // Writes a final checkpoint when records follow the last one, and syncs.
  virtual Status Close(int64_t now_ms) = 0;
};

// Bundle files by relative path ("manifest.json", "objects/<sha>", ...).
using BundleFiles = std::map<std::string, std::string>;

struct BundleReport {
  std::string case_id;
  int64_t records = 0;        // log records in the slice
  int64_t case_records = 0;   // preserve records of the case
  int64_t objects = 0;        // object files checked
  int64_t decrypted = 0;      // objects decrypted and re-hashed (key given)
  std::string public_key;     // hex, to compare with the vault's published key
};

// Verifies a bundle offline. Any changed, missing, reordered or inserted
// byte, record or file is an error naming the first bad record or file
// ("log.jsonl: record 3 (line 3): ..."). With `keys`, objects are also
// decrypted and their plaintext hashes checked; `pinned_public_key` (hex,
// optional) must then equal the bundle's key.
StatusOr<BundleReport> VerifyBundleFiles(const BundleFiles& files, const VaultKeys* keys,
                                         std::string_view pinned_public_key = {});
StatusOr<BundleReport> VerifyBundleDir(const std::string& dir, const VaultKeys* keys,
                                       std::string_view pinned_public_key = {});
// Checks a vault log text alone: the chain from seq 1 and every checkpoint
// signature with `public_key_hex`.
Status VerifyVaultLog(std::string_view log, std::string_view public_key_hex);

}  // namespace vigil

#endif  // VIGIL_EVIDENCE_H_
