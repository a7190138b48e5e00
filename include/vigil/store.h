// The verdict store: verdicts, signals, sightings, cases and an audit log.
//
// Two backends share this interface and one test suite:
//   sqlite:PATH              embedded default (WAL journal), no server
//   postgresql://...         PostgreSQL through libpq (any libpq URI)
//
// What is stored: ids and metadata only. Message text never enters the
// store (it lives, encrypted, in the evidence vault); accounts and
// conversations are stored as keyed hashes (see Pseudonymizer).
//
// Every RecordVerdict call is one transaction: a crash leaves either the
// whole verdict (row, signals, sightings, case update) or nothing. Records
// are idempotent by event id: recording the same event again changes
// nothing and reports `false`.
//
// A Store object is thread-safe (calls are serialised on its connection);
// open one per thread for parallel writers.
#ifndef VIGIL_STORE_H_
#define VIGIL_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/event.h"
#include "vigil/status.h"
#include "vigil/verdict.h"

namespace vigil {

// Keyed hashes of identifiers (HMAC-SHA-256, truncated to 32 hex chars), so
// the store can count "the same account" without holding the account name.
class Pseudonymizer {
 public:
  explicit Pseudonymizer(std::string_view key);
  // "" for an empty identifier. Thread-safe.
  std::string Hash(std::string_view domain, std::string_view id) const;

 private:
  struct State;  // the keyed HMAC state, computed once and copied per hash
  std::shared_ptr<const State> state_;
};

struct SignalRecord {
  SignalType type = SignalType::kKnownMedia;
  double score = 0.0;
  std::string list, entry, category, entity, hash_type;
  int media = -1;
  int distance = -1;
};

// One re-appearance of a known list entry.
struct SightingRecord {
  std::string list, entry, category;
  int64_t ts_ms = 0;
  std::string platform, channel;
  std::string account;  // keyed hash of the sender
};

struct VerdictRecord {
  std::string event_id;
  int64_t ts_ms = 0;          // event time (record time when the event had none)
  std::string platform, channel;
  std::string conversation;   // keyed hash
  std::string account;        // keyed hash of the sender
  Action action = Action::kAllow;
  std::vector<std::string> rules;
  std::vector<SignalRecord> signals;
  std::vector<SightingRecord> sightings;
  std::string case_id;        // empty: not part of a case
  std::string evidence;       // vault record reference, empty when none
};

// Builds the record of one scanned event: every known_media signal becomes a
// sighting; hold/block/report verdicts open or extend a case (one per
// conversation, or per event without one). `now_ms` stands in for a missing
// event time.
VerdictRecord MakeVerdictRecord(const Event& event, const Verdict& verdict,
                                const Pseudonymizer& pseudo, int64_t now_ms);

// The case an event belongs to ("" for allow/redact verdicts).
std::string CaseIdFor(const Event& event, Action action, const Pseudonymizer& pseudo);

struct CaseInfo {
  std::string id;
  int64_t opened_ms = 0, updated_ms = 0;
  Action action = Action::kAllow;  // strongest action seen
  int64_t items = 0;
  std::string status;  // "open" | "closed"
};

struct DayCount {
  int64_t day = 0;  // days since 1970-01-01 (UTC)
  int64_t count = 0;
};

struct SightingStats {
  std::string entry;
  int64_t total = 0;
  int64_t first_ms = 0, last_ms = 0;
  int64_t accounts = 0;  // distinct account hashes
  std::vector<DayCount> per_day;  // ascending
};

struct EntryCount {
  std::string list, entry, category;
  int64_t count = 0;
  int64_t first_ms = 0, last_ms = 0;
};

struct AuditEntry {
  int64_t id = 0;
  int64_t ts_ms = 0;
  std::string actor, action, object, detail;
};

struct StoreCounts {
  int64_t verdicts = 0, signals = 0, sightings = 0, cases = 0, audit = 0;
};

// ---- Stream workers (vigil worker; see include/vigil/stream.h) ----

// One event a stream worker committed: where it was in the stream and in its
// conversation. An event that could not be judged has `error` and no verdict.
struct StreamEventRecord {
  std::string event_id;
  uint64_t stream_seq = 0;
  int64_t conv_seq = 0;  // 1-based position in its conversation; 0 without one
  std::string error;     // non-empty: no verdict (malformed or unjudgeable event)
};

struct ConversationCheckpoint {
  std::string conversation;  // keyed hash (Pseudonymizer domain "conversation")
  std::string state;         // opaque bytes (workers store them encrypted)
};

// A message a worker publishes after its batch commits (transactional
// outbox): committed with the batch, published after the commit, deleted by a
// later commit once JetStream has acknowledged it. A restarted worker
// publishes what is left under the same message id, which JetStream's
// duplicate window drops if it already has it.
struct OutboxMessage {
  std::string id;  // Nats-Msg-Id, unique
  std::string subject;
  std::string payload;  // UTF-8 text (JSON Lines)
};

// What a worker commits for one fetched batch, in ONE transaction.
struct StreamBatch {
  std::string stream;     // JetStream stream name
  uint32_t partition = 0;
  uint64_t last_seq = 0;  // the partition's progress after the batch (never moves back)
  std::string worker;     // stored with events and actions
  std::vector<VerdictRecord> verdicts;
  std::vector<StreamEventRecord> events;  // one per verdict (same event id) and per error
  std::vector<ConversationCheckpoint> checkpoints;  // replace earlier ones
  std::vector<OutboxMessage> outbox;       // to publish after this commit
  std::vector<std::string> outbox_done;    // ids JetStream acknowledged: deleted
};

struct StreamBatchResult {
  int64_t verdicts = 0;    // new verdicts
  int64_t actions = 0;     // new actions (one per new non-allow verdict)
  int64_t errors = 0;      // new error events
  int64_t duplicates = 0;  // events committed before (nothing changed for them)
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens `url` ("sqlite:PATH" or "postgresql://..."/"postgres://...") and
  // applies any pending schema migrations.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& url);

  // Applies pending migrations (Open already did; idempotent).
  virtual Status Migrate() = 0;
  virtual StatusOr<int> SchemaVersion() = 0;
  // "sqlite" or "postgresql".
  virtual std::string_view backend() const = 0;

  // Records one verdict with its signals, sightings and case update in one
  // transaction. Returns true when new, false when the event id was already
  // recorded (nothing is changed then).
  virtual StatusOr<bool> RecordVerdict(const VerdictRecord& r) = 0;
  // Records many verdicts in one transaction (all or nothing); fills
  // *inserted (may be null) with one flag per record.
  virtual Status RecordVerdicts(std::span<const VerdictRecord> records,
                                std::vector<bool>* inserted) = 0;
  virtual StatusOr<bool> HasEvent(std::string_view event_id) = 0;
  virtual StatusOr<std::optional<VerdictRecord>> GetVerdict(std::string_view event_id) = 0;

  // Sightings of one list entry (since `since_ms`, inclusive).
  virtual StatusOr<SightingStats> Sightings(std::string_view entry, int64_t since_ms = 0) = 0;
  // The `n` most sighted entries since `since_ms`, most first.
  virtual StatusOr<std::vector<EntryCount>> TopSightings(int n, int64_t since_ms) = 0;

  virtual StatusOr<std::optional<CaseInfo>> GetCase(std::string_view case_id) = 0;
  virtual StatusOr<std::vector<std::string>> CaseEvents(std::string_view case_id) = 0;

  virtual Status Audit(const AuditEntry& e) = 0;  // id is assigned
  virtual StatusOr<std::vector<AuditEntry>> AuditLog(int64_t after_id, int limit) = 0;

  virtual StatusOr<StoreCounts> Counts() = 0;

  // Stream workers. CommitStreamBatch writes the verdicts (signals,
  // sightings, cases), one action per new non-allow verdict, the events'
  // positions, the checkpoints, the outbox changes and the partition's
  // sequence, all or nothing.
  // Idempotent by event id: an event committed before (or a verdict recorded
  // by another front end) gets no second verdict, action or position.
  virtual StatusOr<StreamBatchResult> CommitStreamBatch(const StreamBatch& batch) = 0;
  // Last committed sequence of (stream, partition); 0 when none.
  virtual StatusOr<uint64_t> StreamSequence(std::string_view stream, uint32_t partition) = 0;
  // One flag per id: already committed by a worker (verdict or error).
  virtual StatusOr<std::vector<bool>> StreamEventsCommitted(
      std::span<const std::string> event_ids) = 0;
  // Outbox messages of (stream, partition) not yet acknowledged, oldest first.
  virtual StatusOr<std::vector<OutboxMessage>> PendingOutbox(std::string_view stream,
                                                             uint32_t partition) = 0;
  // The last checkpoint of each conversation that has one (key: conversation).
  virtual StatusOr<std::vector<ConversationCheckpoint>> LoadCheckpoints(
      std::span<const std::string> conversations) = 0;
};

}  // namespace vigil

#endif  // VIGIL_STORE_H_
