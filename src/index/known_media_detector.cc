#include "index/known_media_detector.h"

#include <spdlog/spdlog.h>

namespace vigil {

StatusOr<std::unique_ptr<Detector>> KnownMediaDetector::Create(const DetectorConfig& config) {
  if (config.list_files.empty()) return std::unique_ptr<Detector>();
  std::vector<ExactHashList> lists;
  for (const auto& path : config.list_files) {
    std::vector<Status> line_errors;
    VIGIL_ASSIGN_OR_RETURN(auto list, ExactHashList::LoadPlainText(path, &line_errors));
    for (const auto& e : line_errors) spdlog::warn("{}", e.message());
    lists.push_back(std::move(list));
  }
  return std::unique_ptr<Detector>(new KnownMediaDetector(std::move(lists)));
}

Status KnownMediaDetector::Detect(const Event& event, ScanContext& ctx,
                                  std::vector<Signal>* out) const {
  for (size_t i = 0; i < ctx.media.size(); ++i) {
    const MediaHashes& m = ctx.media[i];
    const std::pair<const char*, const std::string*> digests[] = {
        {"sha256", &m.sha256}, {"sha1", &m.sha1}, {"md5", &m.md5}};
    for (const auto& list : lists_) {
      // One signal per (media, list): the strongest digest that matched.
      for (const auto& [type, value] : digests) {
        if (value->empty()) continue;
        const HashEntry* e = list.Find(type, *value);
        if (e == nullptr) continue;
        Signal s;
        s.type = SignalType::kKnownMedia;
        s.score = 1.0;
        s.media = static_cast<int>(i);
        s.list = list.name();
        s.entry = e->id;
        s.category = e->category;
        s.hash_type = type;
        s.distance = 0;
        out->push_back(std::move(s));
        break;
      }
    }
  }
  return Status::OK();
}

}  // namespace vigil
