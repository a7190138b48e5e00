// known_media: exact-digest matching of each media item against hash lists.
#ifndef VIGIL_INDEX_KNOWN_MEDIA_DETECTOR_H_
#define VIGIL_INDEX_KNOWN_MEDIA_DETECTOR_H_

#include <memory>
#include <vector>

#include "vigil/detector.h"
#include "vigil/hash_list.h"

namespace vigil {

class KnownMediaDetector : public Detector {
 public:
  explicit KnownMediaDetector(std::vector<ExactHashList> lists) : lists_(std::move(lists)) {}
  // Loads every --lists file; null when none is given. Bad lines of a list
  // are warnings on stderr-free path: they are returned in *warnings.
  static StatusOr<std::unique_ptr<Detector>> Create(const DetectorConfig& config);

  std::string_view name() const override { return "known_media"; }
  Status Detect(const Event& event, ScanContext& ctx, std::vector<Signal>* out) const override;

 private:
  std::vector<ExactHashList> lists_;
};

}  // namespace vigil

#endif  // VIGIL_INDEX_KNOWN_MEDIA_DETECTOR_H_
