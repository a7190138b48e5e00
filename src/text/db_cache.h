// On-disk cache of the text engine's compiled Vectorscan databases: compile
// once, load many.
//
// Key = SHA-256 over the cache format version, hs_version(), the host
// platform the databases are compiled for (hs_populate_platform) and the
// exact compile inputs of every database in order (mode, expressions,
// flags, ids). Any change of lexicon, expansion code output or library
// gives another key, hence another file: a stale database is never loaded.
//
// File <dir>/text-<hex key>.vsdb, all integers little-endian:
//   magic "VGLTXTDB" (8) | format version u32 | key (32) | count u32 |
//   count × { length u64 | SHA-256 of the bytes (32) } | the bytes of each
//   database in order (hs_serialize_database output; length 0 = no
//   database, e.g. an empty part).
// Every check (size bound, magic, version, key, count, lengths, digests) is
// made before any byte reaches hs_deserialize_database.
// Old files with other keys are left alone (never pruned).
#ifndef VIGIL_TEXT_DB_CACHE_H_
#define VIGIL_TEXT_DB_CACHE_H_

#include <hs/hs.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/status.h"

namespace vigil::text {

// The compile inputs of one block-mode database (hs_compile_multi). An
// empty spec stands for "no database".
struct DbSpec {
  std::vector<std::string> exprs;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
};

using DbCacheKey = std::array<uint8_t, 32>;

inline constexpr uint32_t kDbCacheVersion = 1;
// Largest cache file read (the full lexicon's file is some tens of MB).
inline constexpr uint64_t kDbCacheMaxBytes = uint64_t{1} << 30;

struct HsDbDeleter {
  void operator()(hs_database_t* d) const { hs_free_database(d); }
};
using HsDb = std::unique_ptr<hs_database_t, HsDbDeleter>;

DbCacheKey ComputeDbCacheKey(const std::vector<DbSpec>& specs);
std::string DbCacheFileName(const DbCacheKey& key);  // "text-<hex>.vsdb"

// Builds a file's bytes from the serialised databases (in order).
std::string EncodeDbCache(const DbCacheKey& key, const std::vector<std::string>& blobs);
// Checks a file's bytes against `key` and `count`; on success `blobs` views
// the serialised bytes of each database (inside `file`). Never calls libhs.
Status ParseDbCache(std::string_view file, const DbCacheKey& key, size_t count,
                    std::vector<std::string_view>* blobs);

// Loads the databases of `key` from `path` (NotFound when there is no
// file; any other error names what was wrong).
StatusOr<std::vector<HsDb>> LoadDbCache(const std::string& path, const DbCacheKey& key, size_t count);
// Writes the databases atomically to `path` (temp file in the same
// directory + rename; the directory is created when missing).
Status StoreDbCache(const std::string& path, const DbCacheKey& key, const std::vector<HsDb>& dbs);

}  // namespace vigil::text

#endif  // VIGIL_TEXT_DB_CACHE_H_
