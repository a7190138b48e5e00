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

void Pipeline::Prefetch(const Event& event, int stage) const {
  for (const auto& d : detectors_) d->Prefetch(event, stage);
}

std::vector<std::string> Pipeline::detector_names() const {
  std::vector<std::string> names;
  for (const auto& d : detectors_) names.emplace_back(d->name());
  return names;
}

// Framing: per stateful detector, u8 name length, name, u32 little-endian
// state length, state bytes.
std::string Pipeline::SaveConversation(std::string_view conversation) const {
  std::string out;
  for (const auto& d : detectors_) {
    std::string state = d->SaveConversation(conversation);
    if (state.empty()) continue;
    std::string_view name = d->name();
    out.push_back(static_cast<char>(name.size()));
    out.append(name);
    uint32_t n = static_cast<uint32_t>(state.size());
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
    out.append(state);
  }
  return out;
}

Status Pipeline::RestoreConversation(std::string_view conversation,
                                     std::string_view bytes) const {
  std::vector<std::pair<std::string_view, std::string_view>> parts;
  for (size_t pos = 0; pos < bytes.size();) {
    size_t len = static_cast<unsigned char>(bytes[pos]);
    if (bytes.size() - pos < 1 + len + 4) {
      return CorruptionError("conversation state: truncated at byte " + std::to_string(pos));
    }
    std::string_view name = bytes.substr(pos + 1, len);
    pos += 1 + len;
    uint32_t n = 0;
    for (int i = 0; i < 4; ++i) n |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[pos + i])) << (8 * i);
    pos += 4;
    if (bytes.size() - pos < n) {
      return CorruptionError("conversation state of detector '" + std::string(name) +
                             "': " + std::to_string(n) + " bytes announced, " +
                             std::to_string(bytes.size() - pos) + " present");
    }
    parts.emplace_back(name, bytes.substr(pos, n));
    pos += n;
  }
  for (const auto& d : detectors_) {
    std::string_view mine;
    for (const auto& [name, state] : parts) {
      if (name == d->name()) mine = state;
    }
    VIGIL_RETURN_IF_ERROR(d->RestoreConversation(conversation, mine)
                              .WithContext("detector " + std::string(d->name())));
  }
  return Status::OK();
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
