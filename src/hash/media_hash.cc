#include "hash/media_hash.h"

#include "vigil/digest.h"

namespace vigil {

Status HashMediaRef(const MediaRef& ref, const MediaHashOptions& options, MediaHashes* out) {
  *out = MediaHashes();
  out->md5 = ref.md5;
  out->sha1 = ref.sha1;
  out->sha256 = ref.sha256;
  out->pdq = ref.pdq;
  out->quality = ref.quality;
  if (ref.path.empty()) {
    out->ok = true;
    return Status::OK();
  }
  std::string path = ref.path;
  if (!options.root.empty() && path.front() != '/') path = options.root + "/" + path;
  auto bytes = ReadFileBounded(path, options.max_bytes);
  if (!bytes.ok()) return bytes.status();
  Digests d = ComputeDigests(*bytes);
  out->md5 = std::move(d.md5);
  out->sha1 = std::move(d.sha1);
  out->sha256 = std::move(d.sha256);
  out->size = d.size;
  if (options.keep_bytes) out->bytes = std::move(*bytes);
  out->ok = true;
  return Status::OK();
}

}  // namespace vigil
