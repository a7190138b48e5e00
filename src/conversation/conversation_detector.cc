#include "conversation/conversation_detector.h"

#include <charconv>

#include "vigil/cues.h"

namespace vigil {
namespace {

Status ParseDouble(const DetectorConfig& config, const std::string& key, double lo, double hi,
                   double* out) {
  auto it = config.settings.find(key);
  if (it == config.settings.end()) return Status::OK();
  const std::string& v = it->second;
  double d = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
  if (ec != std::errc() || p != v.data() + v.size() || d < lo || d > hi) {
    return InvalidArgumentError("setting " + key + "='" + v + "': expected a number in [" +
                                std::to_string(lo) + ", " + std::to_string(hi) + "]");
  }
  *out = d;
  return Status::OK();
}

}  // namespace

StatusOr<std::unique_ptr<Detector>> ConversationDetector::Create(const DetectorConfig& config) {
  ConversationOptions o;
  double thr = o.alert_threshold, half_life_h = static_cast<double>(o.half_life_ms) / 3.6e6;
  double max_ev = o.max_evidence;
  VIGIL_RETURN_IF_ERROR(ParseDouble(config, "conversation.threshold", 0.01, 0.99, &thr));
  VIGIL_RETURN_IF_ERROR(
      ParseDouble(config, "conversation.half_life_hours", 0.01, 24.0 * 3650, &half_life_h));
  VIGIL_RETURN_IF_ERROR(ParseDouble(config, "conversation.max_evidence", 1, 1024, &max_ev));
  o.alert_threshold = thr;
  o.half_life_ms = static_cast<int64_t>(half_life_h * 3.6e6);
  o.max_evidence = static_cast<int>(max_ev);
  return std::unique_ptr<Detector>(new ConversationDetector(o));
}

Status ConversationDetector::Finish(const Event& event, ScanContext& ctx,
                                    std::vector<Signal>* signals, Verdict* verdict) const {
  if (event.conversation.empty()) return Status::OK();
  const MessageCues& cues = ctx.Slot<MessageCues>();
  ConversationMessage m;
  m.conversation = event.conversation;
  m.conversation_key = KeyOf(event);
  m.id = event.id;
  m.sender = event.sender;
  m.recipient = event.recipient;
  m.ts_ms = event.ts_ms;
  m.text = event.text;
  m.cues = &cues;
  ConversationUpdate u;
  VIGIL_RETURN_IF_ERROR(tracker_->Update(m, &u));
  verdict->conversation = std::move(u.info);
  if (!(u.alert_now || u.adds_evidence || u.category_changed)) return Status::OK();
  Signal s;
  s.type = verdict->conversation->category == "sextortion" ? SignalType::kSextortion
                                                            : SignalType::kGrooming;
  s.score = u.score;
  s.explanation = std::move(u.explanation);
  // Evidence spans: this message's cue hits (the suspect's own words).
  if (event.sender == verdict->conversation->suspect) {
    for (const CueHit& h : cues.hits) {
      if (h.end <= h.start || h.end > event.text.size()) continue;
      s.evidence.push_back(EvidenceSpan{h.start, h.end, std::string(CueFamilyName(h.family))});
    }
  }
  s.extra.push_back(Attr{"stage", verdict->conversation->stage});
  s.extra.push_back(Attr{"alert_raised", u.alert_now});
  signals->push_back(std::move(s));
  return Status::OK();
}

}  // namespace vigil
