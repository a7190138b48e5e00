#include "hash/media_hash.h"

#include "vigil/digest.h"

namespace vigil {

void HashMediaBytes(std::string_view bytes, const MediaHashOptions& options, MediaScratch* scratch,
                    MediaHashes* out) {
  Digests d = ComputeDigests(bytes);
  out->md5 = std::move(d.md5);
  out->sha1 = std::move(d.sha1);
  out->sha256 = std::move(d.sha256);
  out->size = d.size;
  out->ok = true;
  if (!options.compute_pdq) return;
  DecodeLimits limits;
  limits.max_pixels = options.max_pixels;
  limits.max_side = options.max_side;
  limits.max_bytes = options.max_bytes;
  Status s = DecodeImage(bytes, limits, &scratch->image);
  PdqOptions po;
  po.dihedral = options.pdq_dihedral;
  po.pre_resize_512 = options.pdq_pre_resize_512;
  PdqResult r;
  if (s.ok()) s = scratch->pdq.Hash(scratch->image, po, &r);
  if (!s.ok()) {
    out->error = "PDQ not computed: " + s.message();
    return;
  }
  out->pdq = r.hash.Hex();
  out->quality = r.quality;
  out->width = scratch->image.width;
  out->height = scratch->image.height;
  out->pdq_dihedral.clear();
  for (const auto& h : r.dihedral) out->pdq_dihedral.push_back(h.Hex());
}

Status HashMediaRef(const MediaRef& ref, const MediaHashOptions& options, MediaScratch* scratch,
                    MediaHashes* out) {
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
  const std::string carried_pdq = out->pdq;
  const int carried_quality = out->quality;
  HashMediaBytes(*bytes, options, scratch, out);
  if (out->pdq.empty()) {  // keep what the event carried when the file gave none
    out->pdq = carried_pdq;
    out->quality = carried_quality;
  }
  if (options.keep_bytes) out->bytes = std::move(*bytes);
  return Status::OK();
}

Status HashMediaRef(const MediaRef& ref, const MediaHashOptions& options, MediaHashes* out) {
  MediaScratch scratch;
  return HashMediaRef(ref, options, &scratch, out);
}

}  // namespace vigil
