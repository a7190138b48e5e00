// The pipeline's media stage: turns one MediaRef into MediaHashes.
#ifndef VIGIL_HASH_MEDIA_HASH_H_
#define VIGIL_HASH_MEDIA_HASH_H_

#include <string>

#include "vigil/detector.h"
#include "vigil/event.h"
#include "vigil/status.h"

namespace vigil {

struct MediaHashOptions {
  int64_t max_bytes = 256 << 20;
  bool keep_bytes = false;
  bool compute_pdq = true;
  std::string root;  // relative paths resolve against this when non-empty
};

// Reads `ref.path` (bounded) and computes digests, or copies the hashes the
// reference carries. Returns non-OK naming the media path on failure.
Status HashMediaRef(const MediaRef& ref, const MediaHashOptions& options, MediaHashes* out);

}  // namespace vigil

#endif  // VIGIL_HASH_MEDIA_HASH_H_
