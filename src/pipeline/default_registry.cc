#include "conversation/conversation_detector.h"
#include "index/known_media_detector.h"
#include "pii/pii_detector.h"
#include "text/text_detector.h"
#include "vigil/detector.h"

namespace vigil {

Status DetectorRegistry::Register(std::string name, DetectorFactory factory) {
  for (const auto& [n, f] : entries_) {
    if (n == name) return InvalidArgumentError("detector '" + name + "' registered twice");
  }
  entries_.emplace_back(std::move(name), std::move(factory));
  return Status::OK();
}

// Order matters: detectors that fill ScanContext slots (text analysis) run
// before the detectors that read them.
DetectorRegistry DefaultRegistry() {
  DetectorRegistry r;
  (void)r.Register("known_media", &KnownMediaDetector::Create);
  (void)r.Register("text", &text::TextDetector::Create);  // fills MessageCues: before cue readers
  (void)r.Register("pii", &PiiDetector::Create);        // fills PiiFindings
  (void)r.Register("doxing", &DoxingDetector::Create);  // reads PiiFindings
  (void)r.Register("conversation", &ConversationDetector::Create);  // after "text"
  return r;
}

}  // namespace vigil
