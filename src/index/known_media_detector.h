// known_media: matches each media item against hash lists — digests exactly,
// PDQ (and its dihedral variants, when the media stage computed them) within
// each list's distance, skipping PDQ hashes below the list's quality floor.
// One signal per (media item, list): the exact digest match if any, else the
// closest PDQ entry; "matches" counts every entry that matched.
#ifndef VIGIL_INDEX_KNOWN_MEDIA_DETECTOR_H_
#define VIGIL_INDEX_KNOWN_MEDIA_DETECTOR_H_

#include <memory>
#include <vector>

#include "vigil/detector.h"
#include "vigil/match_index.h"

namespace vigil {

class KnownMediaDetector : public Detector {
 public:
  explicit KnownMediaDetector(std::vector<std::unique_ptr<ListIndex>> lists)
      : lists_(std::move(lists)) {}
  // Opens every --lists file (.vidx index or a text/pytx/VICS list); null
  // when none is given. Bad lines of a list are logged as warnings.
  static StatusOr<std::unique_ptr<Detector>> Create(const DetectorConfig& config);

  std::string_view name() const override { return "known_media"; }
  Status Detect(const Event& event, ScanContext& ctx, std::vector<Signal>* out) const override;

  // The query for one media item (digests, PDQ and its variants, quality):
  // MatchHit::variant indexes MediaHashes::pdq_dihedral when it was computed.
  static MatchQuery QueryFor(const MediaHashes& m);

 private:
  std::vector<std::unique_ptr<ListIndex>> lists_;
};

}  // namespace vigil

#endif  // VIGIL_INDEX_KNOWN_MEDIA_DETECTOR_H_
