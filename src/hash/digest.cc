#include "vigil/digest.h"

#include <openssl/evp.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "core/hex.h"
#include "hash/digest_stitched.h"

namespace vigil {
namespace {

struct MdCtxDeleter {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

}  // namespace

namespace digest_internal {

Digests OpenSslDigests(std::string_view bytes) {
  const EVP_MD* mds[3] = {EVP_md5(), EVP_sha1(), EVP_sha256()};
  MdCtx ctx[3];
  for (int i = 0; i < 3; ++i) {
    ctx[i].reset(EVP_MD_CTX_new());
    EVP_DigestInit_ex(ctx[i].get(), mds[i], nullptr);
  }
  // One pass over the bytes in cache-sized blocks feeds all three digests.
  constexpr size_t kBlock = 64 << 10;
  for (size_t off = 0; off < bytes.size(); off += kBlock) {
    size_t n = std::min(kBlock, bytes.size() - off);
    for (auto& c : ctx) EVP_DigestUpdate(c.get(), bytes.data() + off, n);
  }
  Digests d;
  std::string* outs[3] = {&d.md5, &d.sha1, &d.sha256};
  for (int i = 0; i < 3; ++i) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx[i].get(), md, &len);
    *outs[i] = ToHex(md, len);
  }
  d.size = static_cast<int64_t>(bytes.size());
  return d;
}

}  // namespace digest_internal

Digests ComputeDigests(std::string_view bytes) {
  if (!digest_internal::StitchedDigestsAvailable()) return digest_internal::OpenSslDigests(bytes);
  uint8_t md5[16], sha1[20], sha256[32];
  digest_internal::StitchedDigests(bytes, md5, sha1, sha256);
  Digests d;
  d.md5 = ToHex(md5, sizeof md5);
  d.sha1 = ToHex(sha1, sizeof sha1);
  d.sha256 = ToHex(sha256, sizeof sha256);
  d.size = static_cast<int64_t>(bytes.size());
  return d;
}

StatusOr<std::string> ReadFileBounded(const std::string& path, int64_t max_bytes) {
  if (path.empty()) return InvalidArgumentError("empty file path");
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return IOError(path + ": cannot open: " + std::strerror(errno));
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(f, &std::fclose);
  struct stat st;
  if (fstat(fileno(f), &st) != 0) return IOError(path + ": cannot stat: " + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) return IOError(path + ": is a directory");
  if (S_ISREG(st.st_mode) && st.st_size > max_bytes) {
    return ResourceExhaustedError(path + ": " + std::to_string(st.st_size) +
                                  " bytes exceeds the limit of " + std::to_string(max_bytes));
  }
  std::string data;
  if (S_ISREG(st.st_mode)) {  // straight into the string (fread of a large block bypasses stdio's buffer)
    data.resize(static_cast<size_t>(st.st_size));
    size_t got = 0;
    while (got < data.size()) {
      const size_t n = std::fread(data.data() + got, 1, data.size() - got, f);
      if (n == 0) break;
      got += n;
    }
    data.resize(got);
  }
  char buf[1 << 16];  // what a regular file grew by, or a pipe's bytes
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    if (static_cast<int64_t>(data.size() + n) > max_bytes) {
      return ResourceExhaustedError(path + ": exceeds the limit of " + std::to_string(max_bytes) +
                                    " bytes");
    }
    data.append(buf, n);
  }
  if (std::ferror(f)) return IOError(path + ": read error: " + std::strerror(errno));
  return data;
}

}  // namespace vigil
