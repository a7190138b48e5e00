#include "vigil/pipeline.h"

#include "hash/media_hash.h"
#include "vigil/pii.h"

namespace vigil {

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(PipelineOptions options) {
  return Create(std::move(options), DefaultRegistry());
}

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(PipelineOptions options,
                                                     const DetectorRegistry& registry) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  for (const auto& [name, factory] : registry.entries()) {
    auto d = factory(options.detectors);
    if (!d.ok()) return d.status().WithContext("detector " + name);
    if (*d != nullptr) p->detectors_.push_back(std::move(d).value());
  }
  if (options.policy == nullptr) options.policy = BuiltinPolicy();
  p->options_ = std::move(options);
  return p;
}

std::vector<std::string> Pipeline::detector_names() const {
  std::vector<std::string> names;
  for (const auto& d : detectors_) names.emplace_back(d->name());
  return names;
}

Status Pipeline::PrepareMedia(const Event& event, ScanContext& ctx) const {
  MediaHashOptions mo;
  mo.max_bytes = options_.max_media_bytes;
  mo.keep_bytes = options_.keep_media_bytes;
  mo.compute_pdq = options_.compute_pdq;
  mo.pdq_dihedral = options_.pdq_dihedral;
  mo.root = options_.media_root;
  ctx.media.resize(event.media.size());
  for (size_t i = 0; i < event.media.size(); ++i) {
    Status s = HashMediaRef(event.media[i], mo, &ctx.Slot<MediaScratch>(), &ctx.media[i]);
    if (!s.ok()) return s.WithContext("media[" + std::to_string(i) + "]");
  }
  return Status::OK();
}

Status Pipeline::Scan(const Event& event, ScanContext& ctx, Verdict* verdict) const {
  verdict->Clear();
  verdict->id = event.id;
  ctx.event = &event;
  VIGIL_RETURN_IF_ERROR(PrepareMedia(event, ctx));
  for (const auto& d : detectors_) {
    Status s = d->Detect(event, ctx, &verdict->signals);
    if (!s.ok()) return s.WithContext(std::string(d->name()));
  }
  for (const auto& d : detectors_) {
    Status s = d->Finish(event, ctx, &verdict->signals, verdict);
    if (!s.ok()) return s.WithContext(std::string(d->name()));
  }
  options_.policy->Decide(event, verdict);
  if (verdict->action == Action::kRedact) verdict->redacted_text = RedactText(event.text, verdict->signals);
  return Status::OK();
}

}  // namespace vigil
