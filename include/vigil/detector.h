// Detectors and the per-event scan context they share.
//
// A Detector is compiled once (lists, lexicons and models are immutable after
// construction) and called from many threads at once: Detect() is const and
// keeps every mutable per-call byte in the ScanContext, which each thread
// owns. Stateful detectors (conversations, campaigns) guard their own state.
#ifndef VIGIL_DETECTOR_H_
#define VIGIL_DETECTOR_H_

#include <any>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <typeinfo>
#include <unordered_map>
#include <vector>

#include "vigil/event.h"
#include "vigil/status.h"
#include "vigil/verdict.h"

namespace vigil {

// Digests and perceptual hashes of one media item, filled by the pipeline's
// media stage before detectors run (from the file at `path`, or copied from
// the hashes the event carried).
struct MediaHashes {
  bool ok = false;          // false when the item could not be read/decoded
  std::string error;        // why, when !ok; or, when ok, why PDQ is missing
  std::string md5, sha1, sha256;  // lower-case hex, empty when unknown
  std::string pdq;          // 64 hex chars, empty when unknown
  int quality = -1;
  std::vector<std::string> pdq_dihedral;  // 8 hashes when computed
  int64_t size = -1;        // file size in bytes
  int width = 0, height = 0;
  std::string bytes;        // the file bytes, kept only when options ask (evidence)
};

// Per-call, per-thread state. Detectors may cache derived data of the event
// here (normalised text, cues) for detectors that run after them, via slots
// keyed by type: ctx.Slot<text::Analysis>().
class ScanContext {
 public:
  const Event* event = nullptr;
  std::vector<MediaHashes> media;

  // Returns the slot of type T, default-constructing it on first use. Slots
  // persist across events (use them as scratch), so reset what you read.
  // A pipeline uses a handful of slot types, so a linear search over
  // type_info pointers (no hashing of type names, no shared_ptr copy) is the
  // cheapest lookup on the per-event path.
  template <typename T>
  T& Slot() {
    const std::type_info& want = typeid(T);
    for (auto& [type, value] : slots_) {
      if (type == &want || *type == want) return *static_cast<T*>(value.get());
    }
    slots_.emplace_back(&want, std::make_shared<T>());
    return *static_cast<T*>(slots_.back().second.get());
  }

 private:
  std::vector<std::pair<const std::type_info*, std::shared_ptr<void>>> slots_;
};

class Detector {
 public:
  virtual ~Detector() = default;
  virtual std::string_view name() const = 0;
  // Appends zero or more signals to *out. A non-OK Status means the event
  // could not be judged by this detector (reported as an error line).
  virtual Status Detect(const Event& event, ScanContext& ctx, std::vector<Signal>* out) const = 0;
  // Optional second pass that sees every signal of the event (e.g. a
  // conversation model or a doxing scorer consuming earlier signals).
  virtual Status Finish(const Event& event, ScanContext& ctx, std::vector<Signal>* signals,
                        Verdict* verdict) const {
    return Status::OK();
  }
  // Batch callers (vigil scan, stream workers) announce events before they
  // scan them, so that a detector with a large keyed state can start loading
  // it: stage 0 for an event two places ahead, stage 1 for the next event
  // (its stage-0 loads have landed by then). A hint only: no effect on state
  // or results, and Detect/Finish must not rely on it. Default: nothing.
  virtual void Prefetch(const Event& event, int stage) const {}
  // Per-conversation state carried from one event to the next (the
  // conversation model). Stream workers commit it with the verdicts of the
  // batch that changed it and restore it after a restart. "" means no state;
  // restoring "" forgets the conversation. Default: stateless.
  virtual std::string SaveConversation(std::string_view conversation) const { return {}; }
  virtual Status RestoreConversation(std::string_view conversation,
                                     std::string_view bytes) const {
    return Status::OK();
  }
};

// What detectors are configured with. Unknown keys in `settings` are ignored.
struct DetectorConfig {
  std::vector<std::string> list_files;  // --lists
  std::string data_dir;                 // data/ (lexicons, tables, policy)
  std::map<std::string, std::string> settings;
};

using DetectorFactory =
    std::function<StatusOr<std::unique_ptr<Detector>>(const DetectorConfig&)>;

// Name → factory. A factory may return a null detector when its config does
// not ask for it (e.g. no hash lists given). Not a global: build one with
// DefaultRegistry() and pass it around.
class DetectorRegistry {
 public:
  Status Register(std::string name, DetectorFactory factory);
  const std::vector<std::pair<std::string, DetectorFactory>>& entries() const { return entries_; }

 private:
  std::vector<std::pair<std::string, DetectorFactory>> entries_;  // in run order
};

// All built-in detectors, in the order they run.
DetectorRegistry DefaultRegistry();

}  // namespace vigil

#endif  // VIGIL_DETECTOR_H_
