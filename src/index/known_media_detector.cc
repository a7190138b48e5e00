#include "index/known_media_detector.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace vigil {

StatusOr<std::unique_ptr<Detector>> KnownMediaDetector::Create(const DetectorConfig& config) {
  if (config.list_files.empty()) return std::unique_ptr<Detector>();
  std::vector<std::unique_ptr<ListIndex>> lists;
  for (const auto& path : config.list_files) {
    ImportReport report;
    auto list = ListIndex::Open(path, &report);
    if (!list.ok()) return list.status().WithContext("hash list");
    for (const auto& e : report.errors) spdlog::warn("{}", e.message());
    lists.push_back(std::move(*list));
  }
  return std::unique_ptr<Detector>(new KnownMediaDetector(std::move(lists)));
}

MatchQuery KnownMediaDetector::QueryFor(const MediaHashes& m) {
  MatchQuery q;
  q.md5 = m.md5;
  q.sha1 = m.sha1;
  q.sha256 = m.sha256;
  q.quality = m.quality;
  // Variant i is pdq_dihedral[i] (the media stage's order, 0 = as decoded);
  // the plain hash is looked up too when the variants do not include it.
  q.pdq = m.pdq_dihedral;
  if (!m.pdq.empty() && std::find(q.pdq.begin(), q.pdq.end(), m.pdq) == q.pdq.end()) {
    q.pdq.push_back(m.pdq);
  }
  return q;
}

Status KnownMediaDetector::Detect(const Event& event, ScanContext& ctx,
                                  std::vector<Signal>* out) const {
  std::vector<MatchHit> hits;
  for (size_t i = 0; i < ctx.media.size(); ++i) {
    const MediaHashes& m = ctx.media[i];
    if (!m.ok) continue;
    const MatchQuery q = QueryFor(m);
    for (const auto& list : lists_) {
      // A list whose file failed its (background) verification answers nothing.
      VIGIL_RETURN_IF_ERROR(list->Health());
      hits.clear();
      list->Match(q, &hits);
      if (hits.empty()) continue;
      // Digest hits come first, then PDQ hits by distance: the first is the best.
      const MatchHit& h = hits.front();
      Signal s;
      s.type = SignalType::kKnownMedia;
      s.score = h.type == HashType::kPdq ? std::max(0.5, 1.0 - h.distance / 64.0) : 1.0;
      s.media = static_cast<int>(i);
      s.list = h.list;
      s.entry = h.entry;
      s.category = h.category;
      s.hash_type = std::string(HashTypeName(h.type));
      s.distance = h.distance;
      if (h.type == HashType::kPdq) {
        s.extra.push_back({"variant", static_cast<int64_t>(h.variant)});
      }
      if (hits.size() > 1) s.extra.push_back({"matches", static_cast<int64_t>(hits.size())});
      out->push_back(std::move(s));
    }
  }
  return Status::OK();
}

}  // namespace vigil
