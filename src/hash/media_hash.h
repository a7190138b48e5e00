// The pipeline's media stage: turns one MediaRef into MediaHashes.
#ifndef VIGIL_HASH_MEDIA_HASH_H_
#define VIGIL_HASH_MEDIA_HASH_H_

#include <string>

#include "vigil/detector.h"
#include "vigil/event.h"
#include "vigil/media.h"
#include "vigil/pdq.h"
#include "vigil/status.h"

namespace vigil {

struct MediaHashOptions {
  int64_t max_bytes = 256 << 20;
  int64_t max_pixels = 100'000'000;  // images larger than this get no PDQ
  int64_t max_side = 65'535;         // nor images with a longer side (see DecodeLimits)
  bool keep_bytes = false;
  bool compute_pdq = true;
  bool pdq_dihedral = false;         // also fill MediaHashes::pdq_dihedral
  bool pdq_pre_resize_512 = false;   // the reference CLI's 512x512 squash
  std::string root;  // relative paths resolve against this when non-empty
};

// Per-thread buffers of the media stage (decoded pixels, PDQ scratch);
// keep one per thread (e.g. in a ScanContext slot) and reuse it.
struct MediaScratch {
  Image image;
  PdqHasher pdq;
};

// Reads `ref.path` (bounded) and computes MD5/SHA-1/SHA-256 of its bytes and,
// when options.compute_pdq is set and the bytes decode as an image, PDQ
// (pdq, quality, width, height, and pdq_dihedral when asked) from the same
// buffer; without a path, copies the hashes the reference carries.
// Returns non-OK naming the media path when the file cannot be read. A file
// that is read but is not a decodable image is not an error: the digests are
// kept (ok = true) and `error` says why PDQ is missing.
Status HashMediaRef(const MediaRef& ref, const MediaHashOptions& options, MediaScratch* scratch,
                    MediaHashes* out);
Status HashMediaRef(const MediaRef& ref, const MediaHashOptions& options, MediaHashes* out);

// Digests and (when asked) PDQ of bytes already in memory; the building block
// of HashMediaRef and `vigil hash`.
void HashMediaBytes(std::string_view bytes, const MediaHashOptions& options, MediaScratch* scratch,
                    MediaHashes* out);

}  // namespace vigil

#endif  // VIGIL_HASH_MEDIA_HASH_H_
