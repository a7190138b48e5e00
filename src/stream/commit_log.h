// The worker's transactional sink: verdicts, actions, conversation
// checkpoints and per-partition stream progress, committed together.
//
// SQLite (WAL, one file shared by the workers of one machine). The schema is
// keyed by event id so a replayed event can never produce a second verdict or
// action. PostgreSQL for workers on several machines comes with the store
// subsystem (include/vigil/store.h) once merged; this class keeps the same
// commit contract so the worker does not change.
#ifndef VIGIL_STREAM_COMMIT_LOG_H_
#define VIGIL_STREAM_COMMIT_LOG_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vigil/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace vigil::stream {

struct CommitRow {
  std::string event_id;
  std::string conversation;
  int64_t conv_seq = 0;      // 1-based position of the event in its conversation
  uint64_t stream_seq = 0;
  std::string action;        // "allow", "block", ...; empty for an error row
  std::string body;          // verdict JSON, or the error line JSON
};

class CommitLog {
 public:
  // `url` is "sqlite:PATH" (or a bare path).
  static StatusOr<std::unique_ptr<CommitLog>> Open(const std::string& url, bool full_sync);
  ~CommitLog();

  // Last committed stream sequence of (stream, partition); 0 when none.
  StatusOr<uint64_t> LastSequence(const std::string& stream, uint32_t partition);
  // True when a verdict for `event_id` is already stored.
  StatusOr<bool> HasVerdict(std::string_view event_id);
  // Last checkpoint of a conversation, nullopt when none.
  StatusOr<std::optional<std::string>> LoadState(std::string_view conversation);

  // One transaction: inserts the rows (a row whose event id exists is
  // ignored, and then takes no action), one action row per inserted
  // non-allow verdict, the states, and the partition's last sequence.
  // Returns how many rows were new.
  StatusOr<int64_t> Commit(const std::string& stream, uint32_t partition, uint64_t last_seq,
                           const std::vector<CommitRow>& rows,
                           const std::vector<std::pair<std::string, std::string>>& states,
                           const std::string& worker);

 private:
  CommitLog() = default;
  Status Exec(const char* sql);
  Status Prepare(const char* sql, sqlite3_stmt** stmt);
  Status Err(std::string_view what);
  Status CommitTx(const std::string& stream, uint32_t partition, uint64_t last_seq,
                  const std::vector<CommitRow>& rows,
                  const std::vector<std::pair<std::string, std::string>>& states,
                  const std::string& worker, int64_t* inserted);

  std::string path_;
  sqlite3* db_ = nullptr;
  sqlite3_stmt* last_seq_ = nullptr;
  sqlite3_stmt* has_verdict_ = nullptr;
  sqlite3_stmt* load_state_ = nullptr;
  sqlite3_stmt* insert_verdict_ = nullptr;
  sqlite3_stmt* insert_action_ = nullptr;
  sqlite3_stmt* upsert_state_ = nullptr;
  sqlite3_stmt* upsert_progress_ = nullptr;
};

}  // namespace vigil::stream

#endif  // VIGIL_STREAM_COMMIT_LOG_H_
