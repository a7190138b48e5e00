// A fast non-cryptographic 64-bit checksum (xxHash64-style, 4 lanes) for
// detecting corrupted index files. Not a defence against deliberate tampering.
#ifndef VIGIL_INDEX_CHECKSUM_H_
#define VIGIL_INDEX_CHECKSUM_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace vigil {

inline uint64_t Checksum64(const uint8_t* p, size_t n) {
  constexpr uint64_t P1 = 0x9E3779B185EBCA87ULL, P2 = 0xC2B2AE3D27D4EB4FULL,
                     P3 = 0x165667B19E3779F9ULL;
  auto rotl = [](uint64_t x, int r) { return (x << r) | (x >> (64 - r)); };
  uint64_t acc[4] = {P1 + P2, P2, 0, 0 - P1};
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    for (int l = 0; l < 4; ++l) {
      uint64_t v;
      std::memcpy(&v, p + i + 8 * l, 8);
      acc[l] = rotl(acc[l] + v * P2, 31) * P1;
    }
  }
  uint64_t h = rotl(acc[0], 1) + rotl(acc[1], 7) + rotl(acc[2], 12) + rotl(acc[3], 18);
  h ^= n * P3;
  for (; i < n; ++i) h = rotl(h ^ (p[i] * P1), 11) * P2;
  h ^= h >> 33;
  h *= P2;
  h ^= h >> 29;
  return h;
}

// Checksum of large buffers: Checksum64 of each kChecksumBlock block,
// combined by ChecksumCombine (Checksum64 over the block checksums, xor n);
// blocks are summed on up to 4 threads. A reader can compute the same value
// block by block while streaming the bytes.
inline constexpr size_t kChecksumBlock = size_t{4} << 20;
uint64_t ChecksumParallel(const uint8_t* p, size_t n);
uint64_t ChecksumCombine(const uint64_t* block_sums, size_t blocks, size_t n);

}  // namespace vigil

#endif  // VIGIL_INDEX_CHECKSUM_H_
