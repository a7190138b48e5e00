// Batch scanning of a JSON Lines stream: one verdict (or error line) per
// input line, in input order, plus summary counters.
#ifndef VIGIL_PIPELINE_BATCH_H_
#define VIGIL_PIPELINE_BATCH_H_

#include <array>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>

#include "vigil/jsonl.h"
#include "vigil/pipeline.h"

namespace vigil {

struct BatchSummary {
  int64_t events = 0;  // lines that produced a verdict
  int64_t errors = 0;  // lines that produced an error line
  std::array<int64_t, kNumSignalTypes> signals{};
  std::array<int64_t, kNumActions> actions{};
  double seconds = 0.0;

  // A readable multi-line summary (events, errors, signals by type, actions, throughput).
  std::string ToText() const;
};

// Called for every scanned event (not for error lines), in input order,
// e.g. to record verdicts (vigil/recorder.h). A non-OK result stops the batch.
using VerdictHook = std::function<Status(const Event&, const Verdict&, const ScanContext&)>;

// Scans every event of `reader`, writing JSON Lines to `out` (may be null to
// discard). Returns the summary; a write failure or a failing hook is
// reported in *status.
BatchSummary ScanBatch(const Pipeline& pipeline, EventReader& reader, std::FILE* out,
                       Status* status, const VerdictHook& hook = {});

}  // namespace vigil

#endif  // VIGIL_PIPELINE_BATCH_H_
