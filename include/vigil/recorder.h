// Recorder: what happens after the policy, for every front end (CLI scan,
// HTTP service, stream worker): hold/block/report verdicts are preserved in
// the evidence vault, and every verdict with its signals and sightings goes
// to the store. Either part may be absent.
//
// Durability order: vault records are synced before the store transaction
// that references them commits, so the store never points at evidence that
// a crash could lose. Recording is idempotent by event id end to end, so a
// batch interrupted at any point can simply be run again.
#ifndef VIGIL_RECORDER_H_
#define VIGIL_RECORDER_H_

#include <cstdint>
#include <vector>

#include "vigil/detector.h"
#include "vigil/evidence.h"
#include "vigil/store.h"

namespace vigil {

struct RecorderCounts {
  int64_t recorded = 0;   // new verdicts written to the store
  int64_t duplicates = 0; // events the store already had
  int64_t preserved = 0;  // new vault preserve records
};

class Recorder {
 public:
  // `store` and `vault` may be null; they must outlive the recorder.
  // `batch` verdicts are committed per store transaction.
  Recorder(Store* store, Vault* vault, Pseudonymizer pseudo, int batch = 256)
      : store_(store), vault_(vault), pseudo_(std::move(pseudo)), batch_(batch) {}

  // Queues one scanned event (ctx.media holds its media bytes when the
  // pipeline kept them). Commits when the batch is full.
  Status Add(const Event& event, const Verdict& verdict, const ScanContext& ctx, int64_t now_ms);
  // Syncs the vault and commits the queued verdicts.
  Status Flush();
  const RecorderCounts& counts() const { return counts_; }

 private:
  Store* store_;
  Vault* vault_;
  Pseudonymizer pseudo_;
  int batch_;
  std::vector<VerdictRecord> pending_;
  int vault_unsynced_ = 0;
  RecorderCounts counts_;
};

}  // namespace vigil

#endif  // VIGIL_RECORDER_H_
