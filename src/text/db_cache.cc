// On-disk cache of compiled Vectorscan databases. See db_cache.h.
#include "text/db_cache.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace vigil::text {
namespace {

constexpr char kMagic[8] = {'V', 'G', 'L', 'T', 'X', 'T', 'D', 'B'};
constexpr size_t kHeaderBytes = 8 + 4 + 32 + 4;
constexpr size_t kEntryBytes = 8 + 32;

// Length-prefixed fields make the hashed stream unambiguous.
class KeyHasher {
 public:
  KeyHasher() : ctx_(EVP_MD_CTX_new(), &EVP_MD_CTX_free) { EVP_DigestInit_ex(ctx_.get(), EVP_sha256(), nullptr); }
  void U64(uint64_t v) {
    uint8_t b[8];
    for (int i = 0; i < 8; ++i) b[i] = static_cast<uint8_t>(v >> (8 * i));
    EVP_DigestUpdate(ctx_.get(), b, sizeof b);
  }
  void Bytes(std::string_view s) {
    U64(s.size());
    EVP_DigestUpdate(ctx_.get(), s.data(), s.size());
  }
  DbCacheKey Final() {
    DbCacheKey k;
    unsigned len = 0;
    EVP_DigestFinal_ex(ctx_.get(), k.data(), &len);
    return k;
  }

 private:
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx_;
};

void PutU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}
void PutU64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}
uint64_t GetLE(std::string_view s, size_t at, int n) {
  uint64_t v = 0;
  for (int i = 0; i < n; ++i) v |= uint64_t{static_cast<uint8_t>(s[at + i])} << (8 * i);
  return v;
}

DbCacheKey Sha256(std::string_view s) {
  DbCacheKey d;
  SHA256(reinterpret_cast<const unsigned char*>(s.data()), s.size(), d.data());
  return d;
}

bool SameBytes(std::string_view s, size_t at, const DbCacheKey& k) {
  return std::memcmp(s.data() + at, k.data(), k.size()) == 0;
}

std::string ErrnoText() { return std::strerror(errno); }

}  // namespace

DbCacheKey ComputeDbCacheKey(const std::vector<DbSpec>& specs) {
  KeyHasher h;
  h.Bytes("vigil text engine database cache");
  h.U64(kDbCacheVersion);
  h.Bytes(hs_version());
  hs_platform_info_t plat{};
  if (hs_populate_platform(&plat) != HS_SUCCESS) plat = {};
  h.U64(plat.tune);
  h.U64(plat.cpu_features);
  h.U64(plat.reserved1);
  h.U64(plat.reserved2);
  h.U64(HS_MODE_BLOCK);
  h.U64(specs.size());
  for (const DbSpec& s : specs) {
    h.U64(s.exprs.size());
    for (size_t i = 0; i < s.exprs.size(); ++i) {
      h.Bytes(s.exprs[i]);
      h.U64(i < s.flags.size() ? s.flags[i] : 0);
      h.U64(i < s.ids.size() ? s.ids[i] : 0);
    }
  }
  return h.Final();
}

std::string DbCacheFileName(const DbCacheKey& key) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string name = "text-";
  for (uint8_t b : key) {
    name.push_back(kHex[b >> 4]);
    name.push_back(kHex[b & 15]);
  }
  return name + ".vsdb";
}

std::string EncodeDbCache(const DbCacheKey& key, const std::vector<std::string>& blobs) {
  std::string out(kMagic, sizeof kMagic);
  PutU32(&out, kDbCacheVersion);
  out.append(reinterpret_cast<const char*>(key.data()), key.size());
  PutU32(&out, static_cast<uint32_t>(blobs.size()));
  for (const std::string& b : blobs) {
    PutU64(&out, b.size());
    const DbCacheKey d = Sha256(b);
    out.append(reinterpret_cast<const char*>(d.data()), d.size());
  }
  for (const std::string& b : blobs) out += b;
  return out;
}

Status ParseDbCache(std::string_view file, const DbCacheKey& key, size_t count,
                    std::vector<std::string_view>* blobs) {
  blobs->clear();
  if (file.size() < kHeaderBytes) {
    return CorruptionError("truncated header (" + std::to_string(file.size()) + " bytes, expected at least " +
                           std::to_string(kHeaderBytes) + ")");
  }
  if (std::memcmp(file.data(), kMagic, sizeof kMagic) != 0) return CorruptionError("bad magic (not a Vigil text database cache)");
  if (const uint64_t v = GetLE(file, 8, 4); v != kDbCacheVersion) {
    return CorruptionError("format version " + std::to_string(v) + ", expected " + std::to_string(kDbCacheVersion));
  }
  if (!SameBytes(file, 12, key)) return CorruptionError("key does not match the file name's compile inputs");
  if (const uint64_t n = GetLE(file, 44, 4); n != count) {
    return CorruptionError("holds " + std::to_string(n) + " databases, expected " + std::to_string(count));
  }
  if ((file.size() - kHeaderBytes) / kEntryBytes < count) return CorruptionError("truncated database table");
  size_t at = kHeaderBytes + count * kEntryBytes;
  for (size_t i = 0; i < count; ++i) {
    const size_t entry = kHeaderBytes + i * kEntryBytes;
    const uint64_t len = GetLE(file, entry, 8);
    if (len > file.size() - at) {
      return CorruptionError("database " + std::to_string(i) + ": length " + std::to_string(len) +
                             " runs past the end of the file");
    }
    const std::string_view bytes = file.substr(at, len);
    const DbCacheKey d = Sha256(bytes);
    if (std::memcmp(d.data(), file.data() + entry + 8, d.size()) != 0) {
      return CorruptionError("database " + std::to_string(i) + ": SHA-256 mismatch");
    }
    blobs->push_back(bytes);
    at += len;
  }
  if (at != file.size()) {
    return CorruptionError(std::to_string(file.size() - at) + " trailing bytes after the last database");
  }
  return Status::OK();
}

namespace {
// Reads at most kDbCacheMaxBytes of a regular file.
StatusOr<std::string> ReadBounded(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT || errno == ENOTDIR) return NotFoundError(path + ": no cache file");
    return IOError(path + ": cannot open: " + ErrnoText());
  }
  struct stat st {};
  std::string data;
  Status s = Status::OK();
  if (::fstat(fd, &st) != 0) {
    s = IOError(path + ": cannot stat: " + ErrnoText());
  } else if (!S_ISREG(st.st_mode)) {
    s = CorruptionError(path + ": not a regular file");
  } else if (static_cast<uint64_t>(st.st_size) > kDbCacheMaxBytes) {
    s = CorruptionError(path + ": " + std::to_string(st.st_size) + " bytes, more than the limit of " +
                        std::to_string(kDbCacheMaxBytes));
  } else {
    data.resize(static_cast<size_t>(st.st_size));
    size_t got = 0;
    while (got < data.size()) {
      const ssize_t r = ::read(fd, data.data() + got, data.size() - got);
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) break;
      got += static_cast<size_t>(r);
    }
    if (got != data.size()) s = IOError(path + ": short read (" + std::to_string(got) + " of " + std::to_string(data.size()) + " bytes)");
  }
  ::close(fd);
  if (!s.ok()) return s;
  return data;
}
}  // namespace

StatusOr<std::vector<HsDb>> LoadDbCache(const std::string& path, const DbCacheKey& key, size_t count) {
  VIGIL_ASSIGN_OR_RETURN(std::string file, ReadBounded(path));
  std::vector<std::string_view> blobs;
  if (Status s = ParseDbCache(file, key, count, &blobs); !s.ok()) return s.WithContext(path);
  std::vector<HsDb> dbs(count);
  for (size_t i = 0; i < count; ++i) {
    if (blobs[i].empty()) continue;
    hs_database_t* db = nullptr;
    if (hs_deserialize_database(blobs[i].data(), blobs[i].size(), &db) != HS_SUCCESS || db == nullptr) {
      return CorruptionError(path + ": database " + std::to_string(i) + ": Vectorscan refused to deserialise it");
    }
    dbs[i].reset(db);
  }
  return dbs;
}

Status StoreDbCache(const std::string& path, const DbCacheKey& key, const std::vector<HsDb>& dbs) {
  std::vector<std::string> blobs;
  blobs.reserve(dbs.size());
  for (size_t i = 0; i < dbs.size(); ++i) {
    blobs.emplace_back();
    if (dbs[i] == nullptr) continue;
    char* bytes = nullptr;
    size_t len = 0;
    if (hs_serialize_database(dbs[i].get(), &bytes, &len) != HS_SUCCESS) {
      return InternalError(path + ": cannot serialise database " + std::to_string(i));
    }
    blobs.back().assign(bytes, len);
    std::free(bytes);  // allocated by libhs's default (malloc) allocator
  }
  const std::string data = EncodeDbCache(key, blobs);
  const std::filesystem::path p(path);
  std::error_code ec;
  std::filesystem::create_directories(p.parent_path(), ec);
  if (ec) return IOError(p.parent_path().string() + ": cannot create the cache directory: " + ec.message());
  // A unique temp name in the same directory: concurrent writers each
  // rename a complete file; the last rename wins, no reader sees a torn one.
  std::string tmp = path + ".tmp.XXXXXX";
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) return IOError(path + ": cannot create a temporary file: " + ErrnoText());
  size_t put = 0;
  while (put < data.size()) {
    const ssize_t w = ::write(fd, data.data() + put, data.size() - put);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) break;
    put += static_cast<size_t>(w);
  }
  Status s = Status::OK();
  if (put != data.size()) s = IOError(tmp + ": write failed: " + ErrnoText());
  if (s.ok() && ::fsync(fd) != 0) s = IOError(tmp + ": fsync failed: " + ErrnoText());
  if (::close(fd) != 0 && s.ok()) s = IOError(tmp + ": close failed: " + ErrnoText());
  if (s.ok() && ::rename(tmp.c_str(), path.c_str()) != 0) s = IOError(path + ": rename failed: " + ErrnoText());
  if (!s.ok()) ::unlink(tmp.c_str());
  return s;
}

}  // namespace vigil::text
