// The scan pipeline shared by the CLI, the HTTP service and stream workers:
// event in → media stage → detectors → signals → policy → verdict out.
#ifndef VIGIL_PIPELINE_H_
#define VIGIL_PIPELINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/detector.h"
#include "vigil/event.h"
#include "vigil/policy.h"
#include "vigil/status.h"
#include "vigil/verdict.h"

namespace vigil {

struct PipelineOptions {
  DetectorConfig detectors;
  std::unique_ptr<Policy> policy;     // null → BuiltinPolicy()
  int64_t max_media_bytes = 256 << 20;  // larger media files are refused
  bool keep_media_bytes = false;      // keep file bytes in MediaHashes (evidence)
  bool compute_pdq = true;            // decode images and compute PDQ when available
  bool pdq_dihedral = false;          // also compute the 8 dihedral PDQ hashes
  std::string media_root;             // relative media paths resolve against this
};

class Pipeline {
 public:
  // Builds every detector of `registry` with options.detectors.
  static StatusOr<std::unique_ptr<Pipeline>> Create(PipelineOptions options,
                                                    const DetectorRegistry& registry);
  static StatusOr<std::unique_ptr<Pipeline>> Create(PipelineOptions options);

  // Scans one event. Thread-safe when each thread passes its own context.
  // Returns non-OK (with a message naming the problem) when the event could
  // not be judged, e.g. an unreadable media file; *verdict is then unspecified.
  Status Scan(const Event& event, ScanContext& ctx, Verdict* verdict) const;

  // Passes Detector::Prefetch(event, stage) to every detector: a batch
  // caller calls Prefetch(event i+2, 0) and Prefetch(event i+1, 1) before
  // Scan(event i). No effect on results.
  void Prefetch(const Event& event, int stage) const;

  std::vector<std::string> detector_names() const;

  // The per-conversation state of every detector that keeps one, framed as
  // one byte string ("" when none), and back (Detector::SaveConversation).
  // Restore hands each detector its part ("" when absent: forget) and
  // ignores parts of detectors this pipeline does not have.
  std::string SaveConversation(std::string_view conversation) const;
  Status RestoreConversation(std::string_view conversation, std::string_view bytes) const;

 private:
  Pipeline() = default;
  Status PrepareMedia(const Event& event, ScanContext& ctx) const;

  PipelineOptions options_;
  std::vector<std::unique_ptr<Detector>> detectors_;
};

}  // namespace vigil

#endif  // VIGIL_PIPELINE_H_
