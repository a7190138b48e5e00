// libFuzzer target: the database cache file reader (header, table, length
// and SHA-256 checks: everything before hs_deserialize_database). Seed
// corpus: src/text/testdata/db_cache_corpus/ (a real cache file of a small
// lexicon, written by `vigil scan --data DIR --cache-dir OUT` with a
// four-term lexicon in DIR/lexicon/). Each input is parsed twice: against a
// fixed key (the key check), and against the key and count it claims (all
// checks past the key; a file that passes them then goes to libhs as the
// engine would do).
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

#include "text/db_cache.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using vigil::text::DbCacheKey;
  const std::string_view file(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> blobs;
  const DbCacheKey fixed{};
  (void)vigil::text::ParseDbCache(file, fixed, 4, &blobs);
  if (size < 48) return 0;
  DbCacheKey key;
  std::memcpy(key.data(), data + 12, key.size());
  const size_t count = data[44] | size_t{data[45]} << 8 | size_t{data[46]} << 16 | size_t{data[47]} << 24;
  if (!vigil::text::ParseDbCache(file, key, count, &blobs).ok()) return 0;
  if (blobs.size() != count) std::abort();
  for (std::string_view b : blobs) {
    if (b.data() < file.data() || b.data() + b.size() > file.data() + file.size()) std::abort();
    if (b.empty()) continue;
    hs_database_t* db = nullptr;
    if (hs_deserialize_database(b.data(), b.size(), &db) == HS_SUCCESS) hs_free_database(db);
  }
  return 0;
}
