// Cryptographic digests of media bytes (OpenSSL EVP), computed in one pass.
#ifndef VIGIL_DIGEST_H_
#define VIGIL_DIGEST_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "vigil/status.h"

namespace vigil {

struct Digests {
  std::string md5;     // lower-case hex
  std::string sha1;
  std::string sha256;
  int64_t size = 0;
};

// MD5, SHA-1 and SHA-256 of `bytes`.
Digests ComputeDigests(std::string_view bytes);

// Reads a whole file, refusing files larger than `max_bytes` before reading
// them. Errors name the path and the reason.
StatusOr<std::string> ReadFileBounded(const std::string& path, int64_t max_bytes);

}  // namespace vigil

#endif  // VIGIL_DIGEST_H_
