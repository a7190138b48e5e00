// MD5, SHA-1 and SHA-256 of one buffer in one stitched pass (internal).
//
// MD5 is a serial chain of scalar integer operations (~4.7 cycles/byte);
// SHA-1 and SHA-256 with the x86 SHA extensions are serial chains of vector
// instructions (~2 cycles/byte each). Computed one after the other, the
// three cost the sum; here every 64-byte block is hashed by all three with
// their rounds interleaved four at a time, so the out-of-order core runs the
// chains side by side and the total approaches MD5's alone. Same digests as
// OpenSSL (digest_test checks them against it).
#ifndef VIGIL_HASH_DIGEST_STITCHED_H_
#define VIGIL_HASH_DIGEST_STITCHED_H_

#include <cstdint>
#include <string_view>

#include "vigil/digest.h"

namespace vigil::digest_internal {

// True when this build and CPU can run StitchedDigests (x86-64 with the SHA
// extensions and SSE4.1, compiled by GCC).
bool StitchedDigestsAvailable();

// Requires StitchedDigestsAvailable(). Writes the raw digests.
void StitchedDigests(std::string_view bytes, uint8_t md5[16], uint8_t sha1[20],
                     uint8_t sha256[32]);

// The same three digests through OpenSSL's EVP interface, one after the
// other (the fallback, and the tests' oracle).
Digests OpenSslDigests(std::string_view bytes);

}  // namespace vigil::digest_internal

#endif  // VIGIL_HASH_DIGEST_STITCHED_H_
