// Stream front end: events flow through NATS JetStream, partitioned by
// conversation, into `vigil worker` processes that scan them with the shared
// Pipeline, commit verdicts, then acknowledge.
//
// Delivery contract (what a crash may and may not do):
//  - Subjects are `<subject_prefix>.<p>`, p = PartitionOf(conversation or id).
//    All events of one conversation share a partition; one worker owns a
//    partition at a time, so per-conversation order is the stream order.
//  - A worker scans a fetched batch in order, then commits its verdicts,
//    actions, event positions, the checkpoints of the conversations it
//    touched (Pipeline::SaveConversation, encrypted) and the partition's last
//    stream sequence in ONE vigil::Store transaction (Store::CommitStreamBatch;
//    SQLite or PostgreSQL), and only then acknowledges (AckAll on the last
//    message). A crash before the commit loses nothing: the restarted worker
//    recreates its durable consumer at the committed sequence + 1 and sees the
//    same events again, in order. A crash after the commit but before the ack
//    is harmless for the same reason.
//  - Conversation state: the first time a worker process (or a retry) meets a
//    conversation it restores the committed checkpoint into the pipeline, so
//    the conversation model continues exactly where the last commit left it.
//  - Idempotent by event id: an event id that already has a stored verdict is
//    skipped (no second verdict, no second action, no second state update),
//    even when it was published twice under different stream sequences.
//  - Verdicts go out as one JetStream message per batch (JSON Lines, one
//    verdict or error line per event, in stream order) on
//    `<verdict_prefix>.<p>`, through a transactional outbox: the message is
//    committed with the batch, published after the commit (message id
//    "vb:<stream>:<p>:<last seq>:<part>"), and its row deleted by a later
//    commit once JetStream acknowledged it. A restarted worker publishes what
//    the outbox still holds under the same id; JetStream's duplicate window
//    (2 minutes by default) drops a copy it already stored, so downstream sees
//    each verdict once unless a worker stays down longer than the window
//    between a publish and its acknowledgement (consumers can de-duplicate
//    by event id).
#ifndef VIGIL_STREAM_H_
#define VIGIL_STREAM_H_

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/jsonl.h"
#include "vigil/pipeline.h"
#include "vigil/status.h"

namespace vigil {

// FNV-1a 64-bit hash of `key` modulo `partitions` (stable across versions
// and machines: partitions are persisted in subject names).
uint32_t PartitionOf(std::string_view key, uint32_t partitions);

struct StreamConfig {
  std::string nats_url = "nats://127.0.0.1:4222";
  std::string stream = "VIGIL_EVENTS";
  std::string subject_prefix = "vigil.events";     // subjects <prefix>.<p>
  std::string verdict_stream = "VIGIL_VERDICTS";
  std::string verdict_prefix = "vigil.verdicts";   // empty: do not publish verdicts
  uint32_t partitions = 12;
  int64_t duplicate_window_s = 120;  // JetStream de-duplication window (Nats-Msg-Id)
  int64_t max_age_s = 7 * 24 * 3600; // retention of events and verdicts
  int replicas = 1;                  // stream replicas (3 on a NATS cluster)
};

// Creates the event and verdict streams if they do not exist (idempotent).
Status EnsureStreams(const StreamConfig& config);

struct PublishOptions {
  StreamConfig stream;
  int64_t max_pending = 8192;   // in-flight async publishes (back-pressure)
  JsonlLimits limits;
};

struct PublishSummary {
  int64_t published = 0;  // events accepted by JetStream (duplicates included)
  int64_t duplicates = 0; // events JetStream recognised as already stored
  int64_t errors = 0;     // lines refused (error lines written to err_out)
  double seconds = 0.0;
};

// Reads JSON Lines from `in` and publishes every valid event, unchanged, to
// its partition's subject with Nats-Msg-Id = event id. A bad line yields an
// error line on `err_out` (may be null) and publishing goes on. Non-OK only
// when the stream cannot be reached or a publish is not acknowledged.
StatusOr<PublishSummary> PublishEvents(const PublishOptions& options, std::FILE* in,
                                       std::FILE* err_out);

struct WorkerOptions {
  StreamConfig stream;
  std::vector<uint32_t> partitions;  // owned partitions; empty = all (unless dynamic)
  // Dynamic ownership (`--own auto`): partitions are claimed through leases
  // in the JetStream KV bucket `<stream>_LEASES` (see src/stream/leases.h),
  // up to a fair share of the live workers, and taken over lease_ms after
  // their owner died. `partitions` must then be empty.
  bool dynamic = false;
  int64_t lease_ms = 10000;
  // vigil::Store URL: "sqlite:PATH" (one machine) or "postgresql://..."
  // (workers on several machines share one database).
  std::string store = "sqlite:vigil-worker.db";
  // Vigil key file (empty: $VIGIL_KEY): keyed hashes of accounts and
  // conversations in the store, encryption of conversation checkpoints.
  std::string key_file;
  std::string name = "worker";       // for logs and the stored event/action rows
  int batch = 500;                   // messages fetched and committed together
  int64_t fetch_wait_ms = 100;       // how long a fetch waits on an idle partition
  int64_t ack_wait_ms = 60000;       // JetStream redelivery timer
  int64_t retry_backoff_ms = 500;    // after a failed batch (it is retried, in order)
};

struct WorkerStats {
  std::atomic<int64_t> events{0};      // verdicts committed by this process
  std::atomic<int64_t> errors{0};      // events committed as error rows
  std::atomic<int64_t> skipped{0};     // redeliveries / duplicate ids skipped
  std::atomic<int64_t> batches{0};
  std::atomic<int64_t> retries{0};     // failed batches retried
  // Where the time goes (nanoseconds, wall clock, this process).
  std::atomic<int64_t> fetch_ns{0};    // waiting for and parsing messages
  std::atomic<int64_t> scan_ns{0};     // pipeline + verdict records + lines
  std::atomic<int64_t> state_ns{0};    // checkpoint save + encryption, state restore
  std::atomic<int64_t> store_ns{0};    // store queries and the commit
  std::atomic<int64_t> publish_ns{0};  // verdict publishes, settling acks, ack
};

class Worker {
 public:
  static StatusOr<std::unique_ptr<Worker>> Create(WorkerOptions options,
                                                  std::shared_ptr<const Pipeline> pipeline);
  ~Worker();

  // Consumes until *stop becomes true, then finishes the batch in flight
  // (commit + ack) and returns. Non-OK on an unrecoverable setup error.
  Status Run(const std::atomic<bool>& stop);

  const WorkerStats& stats() const;

 private:
  struct Impl;
  explicit Worker(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace vigil

#endif  // VIGIL_STREAM_H_
