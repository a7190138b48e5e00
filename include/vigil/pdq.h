// PDQ: Meta's 256-bit perceptual image hash, bit-exact with the reference
// C++ implementation (see ../shared/reference/pdq-vpdq-spec.md).
//
// Full resolution by default (as python-threatexchange, HMA and Java hash);
// PdqOptions::pre_resize_512 reproduces the reference command-line tool's
// nearest-neighbour squash to 512x512.
#ifndef VIGIL_PDQ_H_
#define VIGIL_PDQ_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/media.h"
#include "vigil/status.h"

namespace vigil {

// 16 words of 16 bits: word i is DCT row i, bit j of it is column j.
struct PdqHash {
  std::array<uint16_t, 16> words{};

  // 64 lower-case hex characters, word 15 first (the reference layout).
  std::string Hex() const;
  // Parses 64 hex characters (either case).
  static StatusOr<PdqHash> FromHex(std::string_view hex);
  int Distance(const PdqHash& other) const;
  bool operator==(const PdqHash& o) const { return words == o.words; }
};

// Order of the 8 dihedral variants (the reference CLI's --pdqdih-across):
// original, rot90, rot180, rot270, flipx, flipy, flip+1, flip-1.
inline constexpr int kPdqDihedralCount = 8;
extern const char* const kPdqDihedralNames[kPdqDihedralCount];

struct PdqOptions {
  bool dihedral = false;        // also compute the 8 dihedral hashes
  bool pre_resize_512 = false;  // reference CLI's 512x512 squash
};

struct PdqResult {
  PdqHash hash;
  int quality = 0;                               // 0..100
  std::vector<PdqHash> dihedral;                 // 8 hashes when asked
  int hashed_width = 0, hashed_height = 0;       // after any pre-resize
};

// Computes PDQ. Holds per-thread scratch buffers: one hasher per thread,
// reused across images (not thread-safe itself).
class PdqHasher {
 public:
  PdqHasher();
  // allow_avx2 = false forces the portable code path (tests compare both).
  explicit PdqHasher(bool allow_avx2);
  ~PdqHasher();
  PdqHasher(const PdqHasher&) = delete;
  PdqHasher& operator=(const PdqHasher&) = delete;

  // Hashes an 8-bit image (1 or 3 channels). A 3-channel image whose pixels
  // are all grey (R = G = B) takes the grey path, as the reference does.
  Status Hash(const Image& image, const PdqOptions& options, PdqResult* out);

  // Hashes an f32 luminance plane (height rows of width values).
  void HashLuma(const float* luma, int width, int height, const PdqOptions& options,
                PdqResult* out);

 private:
  struct Scratch;
  Scratch* s_;
};

}  // namespace vigil

#endif  // VIGIL_PDQ_H_
