#include "stream/commit_log.h"

#include <sqlite3.h>

#include <chrono>

namespace vigil::stream {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS stream_verdicts(
  event_id TEXT PRIMARY KEY, conversation TEXT, conv_seq INTEGER, stream TEXT,
  partition INTEGER, stream_seq INTEGER, action TEXT, error INTEGER NOT NULL,
  body TEXT NOT NULL, worker TEXT, committed_ms INTEGER);
CREATE INDEX IF NOT EXISTS stream_verdicts_conv ON stream_verdicts(conversation);
CREATE TABLE IF NOT EXISTS stream_actions(
  id INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, action TEXT NOT NULL,
  worker TEXT, taken_ms INTEGER);
CREATE TABLE IF NOT EXISTS stream_progress(
  stream TEXT NOT NULL, partition INTEGER NOT NULL, last_seq INTEGER NOT NULL,
  PRIMARY KEY(stream, partition));
CREATE TABLE IF NOT EXISTS conversation_checkpoints(
  conversation TEXT PRIMARY KEY, state BLOB NOT NULL, updated_ms INTEGER);
)sql";

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void BindText(sqlite3_stmt* st, int i, std::string_view s) {
  sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

}  // namespace

Status CommitLog::Err(std::string_view what) {
  return IOError(path_ + ": " + std::string(what) + ": " + sqlite3_errmsg(db_));
}

Status CommitLog::Exec(const char* sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
    std::string m = msg ? msg : "unknown error";
    sqlite3_free(msg);
    return IOError(path_ + ": " + m);
  }
  return Status::OK();
}

Status CommitLog::Prepare(const char* sql, sqlite3_stmt** stmt) {
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, nullptr) != SQLITE_OK) {
    return Err("prepare");
  }
  return Status::OK();
}

StatusOr<std::unique_ptr<CommitLog>> CommitLog::Open(const std::string& url, bool full_sync) {
  std::string path = url;
  if (path.rfind("sqlite:", 0) == 0) path = path.substr(7);
  if (path.rfind("postgresql:", 0) == 0 || path.rfind("postgres:", 0) == 0) {
    return UnimplementedError("store " + url +
                              ": the worker's PostgreSQL backend comes with the store subsystem; "
                              "use sqlite:PATH");
  }
  if (path.empty()) return InvalidArgumentError("store: empty path (expected sqlite:PATH)");
  std::unique_ptr<CommitLog> log(new CommitLog());
  log->path_ = path;
  if (sqlite3_open_v2(path.c_str(), &log->db_,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK) {
    return log->Err("cannot open");
  }
  sqlite3_busy_timeout(log->db_, 60000);
  VIGIL_RETURN_IF_ERROR(log->Exec("PRAGMA journal_mode=WAL"));
  VIGIL_RETURN_IF_ERROR(
      log->Exec(full_sync ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL"));
  // Keep hot index pages in memory: id look-ups otherwise go through pread.
  VIGIL_RETURN_IF_ERROR(log->Exec("PRAGMA cache_size=-65536"));
  VIGIL_RETURN_IF_ERROR(log->Exec("PRAGMA mmap_size=268435456"));
  VIGIL_RETURN_IF_ERROR(log->Exec("BEGIN IMMEDIATE"));
  Status s = log->Exec(kSchema);
  VIGIL_RETURN_IF_ERROR(log->Exec(s.ok() ? "COMMIT" : "ROLLBACK"));
  VIGIL_RETURN_IF_ERROR(s);
  VIGIL_RETURN_IF_ERROR(log->Prepare(
      "SELECT last_seq FROM stream_progress WHERE stream=? AND partition=?", &log->last_seq_));
  VIGIL_RETURN_IF_ERROR(
      log->Prepare("SELECT 1 FROM stream_verdicts WHERE event_id=?", &log->has_verdict_));
  VIGIL_RETURN_IF_ERROR(log->Prepare(
      "SELECT state FROM conversation_checkpoints WHERE conversation=?", &log->load_state_));
  VIGIL_RETURN_IF_ERROR(log->Prepare(
      "INSERT OR IGNORE INTO stream_verdicts(event_id,conversation,conv_seq,stream,partition,"
      "stream_seq,action,error,body,worker,committed_ms) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
      &log->insert_verdict_));
  VIGIL_RETURN_IF_ERROR(log->Prepare(
      "INSERT INTO stream_actions(event_id,action,worker,taken_ms) VALUES(?,?,?,?)",
      &log->insert_action_));
  VIGIL_RETURN_IF_ERROR(log->Prepare(
      "INSERT INTO conversation_checkpoints(conversation,state,updated_ms) VALUES(?,?,?) "
      "ON CONFLICT(conversation) DO UPDATE SET state=excluded.state, updated_ms=excluded.updated_ms",
      &log->upsert_state_));
  VIGIL_RETURN_IF_ERROR(log->Prepare(
      "INSERT INTO stream_progress(stream,partition,last_seq) VALUES(?,?,?) "
      "ON CONFLICT(stream,partition) DO UPDATE SET last_seq=max(last_seq,excluded.last_seq)",
      &log->upsert_progress_));
  return log;
}

CommitLog::~CommitLog() {
  for (sqlite3_stmt* st : {last_seq_, has_verdict_, load_state_, insert_verdict_, insert_action_,
                           upsert_state_, upsert_progress_}) {
    sqlite3_finalize(st);
  }
  sqlite3_close(db_);
}

StatusOr<uint64_t> CommitLog::LastSequence(const std::string& stream, uint32_t partition) {
  sqlite3_reset(last_seq_);
  BindText(last_seq_, 1, stream);
  sqlite3_bind_int64(last_seq_, 2, partition);
  int rc = sqlite3_step(last_seq_);
  uint64_t v = rc == SQLITE_ROW ? static_cast<uint64_t>(sqlite3_column_int64(last_seq_, 0)) : 0;
  // Reset at once: a statement left on a row keeps a read transaction open,
  // which would make the next BEGIN IMMEDIATE fail with SQLITE_BUSY_SNAPSHOT.
  sqlite3_reset(last_seq_);
  if (rc == SQLITE_ROW || rc == SQLITE_DONE) return v;
  return Err("read stream progress");
}

StatusOr<bool> CommitLog::HasVerdict(std::string_view event_id) {
  sqlite3_reset(has_verdict_);
  BindText(has_verdict_, 1, event_id);
  int rc = sqlite3_step(has_verdict_);
  sqlite3_reset(has_verdict_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Err("look up verdict");
}

StatusOr<std::optional<std::string>> CommitLog::LoadState(std::string_view conversation) {
  sqlite3_reset(load_state_);
  BindText(load_state_, 1, conversation);
  int rc = sqlite3_step(load_state_);
  if (rc == SQLITE_ROW) {
    const void* b = sqlite3_column_blob(load_state_, 0);
    int n = sqlite3_column_bytes(load_state_, 0);
    std::string bytes(static_cast<const char*>(b), n);
    sqlite3_reset(load_state_);
    return std::optional<std::string>(std::move(bytes));
  }
  sqlite3_reset(load_state_);
  if (rc == SQLITE_DONE) return std::optional<std::string>();
  return Err("read conversation checkpoint");
}

Status CommitLog::CommitTx(const std::string& stream, uint32_t partition, uint64_t last_seq,
                           const std::vector<CommitRow>& rows,
                           const std::vector<std::pair<std::string, std::string>>& states,
                           const std::string& worker, int64_t* inserted) {
  const int64_t now = NowMs();
  for (const CommitRow& r : rows) {
    sqlite3_stmt* st = insert_verdict_;
    sqlite3_reset(st);
    BindText(st, 1, r.event_id);
    BindText(st, 2, r.conversation);
    sqlite3_bind_int64(st, 3, r.conv_seq);
    BindText(st, 4, stream);
    sqlite3_bind_int64(st, 5, partition);
    sqlite3_bind_int64(st, 6, static_cast<int64_t>(r.stream_seq));
    BindText(st, 7, r.action);
    sqlite3_bind_int(st, 8, r.action.empty() ? 1 : 0);
    BindText(st, 9, r.body);
    BindText(st, 10, worker);
    sqlite3_bind_int64(st, 11, now);
    if (sqlite3_step(st) != SQLITE_DONE) return Err("insert verdict");
    if (sqlite3_changes(db_) == 0) continue;  // already stored: no second action
    ++*inserted;
    if (r.action.empty() || r.action == "allow") continue;
    sqlite3_reset(insert_action_);
    BindText(insert_action_, 1, r.event_id);
    BindText(insert_action_, 2, r.action);
    BindText(insert_action_, 3, worker);
    sqlite3_bind_int64(insert_action_, 4, now);
    if (sqlite3_step(insert_action_) != SQLITE_DONE) return Err("insert action");
  }
  for (const auto& [conv, bytes] : states) {
    sqlite3_reset(upsert_state_);
    BindText(upsert_state_, 1, conv);
    sqlite3_bind_blob(upsert_state_, 2, bytes.data(), static_cast<int>(bytes.size()),
                      SQLITE_TRANSIENT);
    sqlite3_bind_int64(upsert_state_, 3, now);
    if (sqlite3_step(upsert_state_) != SQLITE_DONE) return Err("write conversation checkpoint");
  }
  sqlite3_reset(upsert_progress_);
  BindText(upsert_progress_, 1, stream);
  sqlite3_bind_int64(upsert_progress_, 2, partition);
  sqlite3_bind_int64(upsert_progress_, 3, static_cast<int64_t>(last_seq));
  if (sqlite3_step(upsert_progress_) != SQLITE_DONE) return Err("write stream progress");
  return Status::OK();
}

StatusOr<int64_t> CommitLog::Commit(const std::string& stream, uint32_t partition,
                                    uint64_t last_seq, const std::vector<CommitRow>& rows,
                                    const std::vector<std::pair<std::string, std::string>>& states,
                                    const std::string& worker) {
  VIGIL_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  int64_t inserted = 0;
  Status s = CommitTx(stream, partition, last_seq, rows, states, worker, &inserted);
  if (s.ok()) s = Exec("COMMIT");
  if (!s.ok()) {
    (void)Exec("ROLLBACK");
    return s;
  }
  return inserted;
}

}  // namespace vigil::stream
