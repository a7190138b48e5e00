// Compiled hash lists and the match index.
//
// A CompiledList is one HashList laid out for matching: sorted digest arrays
// for MD5/SHA-1/SHA-256 (binary search) and a PDQ multi-index-hashing range
// index (exact: every entry within the radius, as a brute-force scan would
// return). It lives in one contiguous buffer that is either built in memory
// or mapped read-only from a `.vidx` file, so a 10 M-hash list loads without
// rebuilding and several processes share one copy in the page cache.
//
// `.vidx` format (little-endian; version 3): a 512-byte header — magic
// "VIGILIDX", format version, file size, counts, list settings, a section
// table giving each section's offset, size and checksum, and a checksum of
// the header itself — then 64-byte-aligned sections.
//
// What is verified when: Open() checks, before it returns, the magic, the
// version, the header checksum, the file size, that every section lies
// inside the file with the size its counts imply, and the checksum and
// order of the PDQ bucket offsets (4 MiB) and the rank exception counts
// they imply — a few milliseconds at any size.
// Files up to 64 MiB have every section checksum verified before Open()
// returns too. Larger files have the other sections' checksums verified by a
// background thread (about a second per GiB; it first maps the pages the
// search reads, so lookups stop taking page faults) while lookups run: the
// search reads within the sections whatever their bytes (ranks, slots and
// string references are range-checked as they are used), and integrity()
// turns into the corruption error when a checksum fails. Truncated, corrupt,
// older- or newer-version files are refused with a message naming the file
// and the reason.
//
// A ListIndex is a CompiledList plus a delta: additions, removals and
// enable/disable changes appended to `FILE.vidx.delta` (JSON Lines, first line
// names the base checksum it applies to). Lookups consult base and delta, so
// an update is a small append that readers pick up without a rebuild;
// Compact() (callable from a background thread, or StartBackgroundCompact())
// merges the delta into a new base file written beside the old one and
// atomically renamed over it, then swaps it in under concurrent lookups.
#ifndef VIGIL_MATCH_INDEX_H_
#define VIGIL_MATCH_INDEX_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "vigil/hash_list.h"
#include "vigil/status.h"

namespace vigil {

class CompiledList;

inline constexpr uint32_t kIndexFormatVersion = 3;

struct IndexOpenOptions {
  enum class Verify {
    kAuto,        // before Open() returns up to 64 MiB, else in the background
    kBeforeOpen,  // every section checksum before Open() returns
    kBackground,  // only the open-time checks; the rest on a background thread
  };
  Verify verify = Verify::kAuto;
};

// One media item to look up: digests (lower-case hex, empty when unknown) and
// PDQ hashes: pdq[0] is the hash itself, pdq[1..7] its dihedral variants when
// known (all looked up in one batched call).
struct MatchQuery {
  std::string md5, sha1, sha256;
  std::vector<std::string> pdq;
  int quality = -1;       // PDQ quality; below a list's floor skips PDQ matching (-1: unknown)
  int max_distance = -1;  // overrides every list's PDQ threshold when >= 0
};

struct MatchHit {
  std::string list;
  std::string entry;
  std::string category;
  HashType type = HashType::kMd5;
  int distance = 0;  // 0 for digests
  int variant = 0;   // index into MatchQuery::pdq that matched best
};

// An immutable compiled list. Thread-safe for concurrent lookups.
class CompiledList {
 public:
  ~CompiledList();
  CompiledList(const CompiledList&) = delete;
  CompiledList& operator=(const CompiledList&) = delete;

  // Compiles a list. Entries must be valid (as importers produce them).
  static StatusOr<std::shared_ptr<const CompiledList>> Build(const HashList& list);
  // Maps a .vidx file and verifies it (see the format notes above).
  static StatusOr<std::shared_ptr<const CompiledList>> Open(const std::string& path,
                                                            IndexOpenOptions options = {});
  // Writes the index to `path` (via a temporary file and rename).
  Status Save(const std::string& path) const;

  std::string_view name() const;
  int pdq_threshold() const;
  int quality_floor() const;
  bool enabled() const;
  size_t size() const;          // entries
  size_t pdq_count() const;
  uint64_t checksum() const;    // payload checksum (identifies this base)
  size_t bytes() const { return size_; }

  enum class Verification { kPending, kVerified, kFailed };
  Verification verification() const;
  // The checksum failure found by the (background) verification, else OK —
  // also while it is still running.
  Status integrity() const;
  // Waits for the verification to finish; returns its outcome.
  Status WaitVerified() const;

  HashEntry entry(size_t i) const;
  std::string_view entry_id(size_t i) const;
  std::string_view entry_category(size_t i) const;
  HashType entry_type(size_t i) const;
  bool entry_enabled(size_t i) const;
  HashList ToHashList() const;

  // Entry index of the digest (lower-case hex) or -1.
  int64_t FindDigest(HashType type, std::string_view hex) const;
  struct PdqResult {
    uint32_t query;
    uint32_t entry;
    int distance;
  };
  // Every PDQ entry within `radius` of each query (disabled ones included;
  // callers filter).
  void MatchPdq(const std::vector<std::string>& hex_queries, int radius,
                std::vector<PdqResult>* out) const;

  struct Impl;

 private:
  CompiledList() = default;
  const uint8_t* data_ = nullptr;
  size_t size_ = 0;
  std::vector<uint64_t> owned_;  // when built in memory
  void* mapping_ = nullptr;      // when mapped
  std::unique_ptr<Impl> impl_;
  friend struct Impl;
  // Verification of a mapped file's sections (the file stays open until it ends).
  int fd_ = -1;
  std::string path_;
  std::thread verifier_;
  std::atomic<bool> stop_{false};
  std::atomic<int> verification_{0};  // a Verification
  mutable std::mutex verify_mu_;
  mutable std::condition_variable verify_cv_;
  Status verify_error_;  // guarded by verify_mu_
  Status VerifySections(bool stream);
  void PrefaultSearchSections();
  void FinishVerification(Status s);
};

// One delta operation, as appended to FILE.vidx.delta.
struct DeltaOp {
  enum class Kind { kAdd, kRemove, kDisable, kEnable, kListSettings };
  Kind kind = Kind::kAdd;
  HashEntry entry;        // kAdd: the entry; others: id (+ type when has_type)
  bool has_type = false;  // kRemove/kDisable/kEnable: only this type of the id
  bool list_enabled = true;
  int pdq_threshold = -1;  // kListSettings: -1 = unchanged
  int quality_floor = -1;
};

// A list as used for matching: base + delta. Thread-safe: lookups run
// concurrently with Append() and Compact().
class ListIndex {
 public:
  ~ListIndex();
  // Opens a .vidx file (with its .delta when present) or imports a list file
  // of any supported format (line errors go to *report).
  static StatusOr<std::unique_ptr<ListIndex>> Open(const std::string& path,
                                                   ImportReport* report = nullptr);
  static std::unique_ptr<ListIndex> FromCompiled(std::shared_ptr<const CompiledList> base,
                                                 std::string path = "");

  // Appends operations to the delta file (when file-backed) and applies them.
  Status Append(const std::vector<DeltaOp>& ops);
  // Merges the delta into a new base; file-backed lists are rewritten
  // atomically and the delta file is reset.
  Status Compact();
  void StartBackgroundCompact();  // runs Compact() on a thread; joined on destruction
  Status WaitBackground();        // joins it and returns its status
  // Picks up changes other processes made to the files: re-reads the delta
  // when it changed and re-maps the base when a compaction replaced it. Two
  // stat() calls when nothing changed; lookups go on meanwhile.
  Status Refresh();

  // The base's integrity (CompiledList::integrity()): lookups of a list whose
  // file failed verification must not be trusted.
  Status Health() const;
  std::string name() const;
  size_t delta_ops() const;
  std::shared_ptr<const CompiledList> base() const;
  // The merged view as a plain list (for export and info).
  HashList Snapshot() const;

  // Appends the hits of this list (best PDQ hit per entry).
  void Match(const MatchQuery& q, std::vector<MatchHit>* out) const;

  struct State;

 private:
  ListIndex() = default;
  std::string path_;
  mutable std::mutex write_mu_;  // serialises Append/Compact
  std::atomic<std::shared_ptr<const State>> state_;
  std::thread bg_;
  Status bg_status_;
  struct FileIds {
    uint64_t base_ino = 0, base_mtime_ns = 0, base_size = 0, delta_size = 0;
    bool operator==(const FileIds&) const = default;
  };
  FileIds StatFiles() const;
  FileIds seen_;  // guarded by write_mu_
};

// Path of the delta file of an index file.
std::string DeltaPathFor(const std::string& index_path);
// True when the file starts with the .vidx magic.
bool IsIndexFile(const std::string& path);

}  // namespace vigil

#endif  // VIGIL_MATCH_INDEX_H_
