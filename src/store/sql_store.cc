// The store logic shared by both backends, on top of SqlConn.
#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <chrono>
#include <map>
#include <mutex>

#include "store/sql_conn.h"
#include "vigil/store.h"

namespace vigil {
namespace store {
namespace {

// Versioned schema migrations, applied in order inside one transaction each.
// {double} and {serial} are replaced by the dialect's spelling.
struct Migration {
  int version;
  const char* sql;
};
constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE verdicts (
  event_id TEXT PRIMARY KEY, ts_ms BIGINT NOT NULL, recorded_ms BIGINT NOT NULL,
  platform TEXT NOT NULL, channel TEXT NOT NULL, conversation TEXT NOT NULL,
  account TEXT NOT NULL, action TEXT NOT NULL, rules TEXT NOT NULL,
  case_id TEXT NOT NULL, evidence TEXT NOT NULL);
CREATE INDEX verdicts_case ON verdicts(case_id);
CREATE TABLE signals (
  event_id TEXT NOT NULL REFERENCES verdicts(event_id), idx INTEGER NOT NULL,
  type TEXT NOT NULL, score {double} NOT NULL, list_name TEXT NOT NULL,
  entry TEXT NOT NULL, category TEXT NOT NULL, entity TEXT NOT NULL,
  hash_type TEXT NOT NULL, media INTEGER NOT NULL, distance INTEGER NOT NULL,
  PRIMARY KEY (event_id, idx));
CREATE TABLE sightings (
  event_id TEXT NOT NULL REFERENCES verdicts(event_id), idx INTEGER NOT NULL,
  list_name TEXT NOT NULL, entry TEXT NOT NULL, category TEXT NOT NULL,
  ts_ms BIGINT NOT NULL, day BIGINT NOT NULL, platform TEXT NOT NULL,
  channel TEXT NOT NULL, account TEXT NOT NULL, PRIMARY KEY (event_id, idx));
CREATE INDEX sightings_entry ON sightings(entry, ts_ms);
CREATE INDEX sightings_ts ON sightings(ts_ms);
CREATE TABLE cases (
  id TEXT PRIMARY KEY, opened_ms BIGINT NOT NULL, updated_ms BIGINT NOT NULL,
  action INTEGER NOT NULL, items BIGINT NOT NULL, status TEXT NOT NULL);
)sql"},
    {2, R"sql(
CREATE TABLE audit (
  id {serial}, ts_ms BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  object TEXT NOT NULL, detail TEXT NOT NULL);
)sql"},
    // Stream workers: per-event stream positions (commit order in `id`),
    // actions taken (one per event, enforced), per-partition progress,
    // conversation checkpoints (base64 of opaque, encrypted bytes) and the
    // outbox of verdict messages not yet acknowledged by JetStream.
    {3, R"sql(
CREATE TABLE stream_events (
  id {serial}, event_id TEXT NOT NULL UNIQUE, stream TEXT NOT NULL,
  partition_no INTEGER NOT NULL, stream_seq BIGINT NOT NULL, conv_seq BIGINT NOT NULL,
  worker TEXT NOT NULL, committed_ms BIGINT NOT NULL, error TEXT NOT NULL);
CREATE TABLE actions (
  event_id TEXT PRIMARY KEY REFERENCES verdicts(event_id), action TEXT NOT NULL,
  worker TEXT NOT NULL, taken_ms BIGINT NOT NULL);
CREATE TABLE stream_progress (
  stream TEXT NOT NULL, partition_no INTEGER NOT NULL, last_seq BIGINT NOT NULL,
  PRIMARY KEY (stream, partition_no));
CREATE TABLE conversation_checkpoints (
  conversation TEXT PRIMARY KEY, state TEXT NOT NULL, updated_ms BIGINT NOT NULL);
CREATE TABLE stream_outbox (
  id TEXT PRIMARY KEY, stream TEXT NOT NULL, partition_no INTEGER NOT NULL,
  subject TEXT NOT NULL, payload TEXT NOT NULL, created_ms BIGINT NOT NULL);
CREATE INDEX stream_outbox_partition ON stream_outbox(stream, partition_no, created_ms);
)sql"},
};

std::string Dialect(const SqlConn& c, std::string sql) {
  auto repl = [&](std::string_view from, std::string_view to) {
    for (size_t p; (p = sql.find(from)) != std::string::npos;) sql.replace(p, from.size(), to);
  };
  repl("{double}", c.DoubleType());
  repl("{serial}", c.SerialPk());
  return sql;
}

int64_t ToInt(const std::optional<std::string>& v) {
  if (!v || v->empty()) return 0;
  return std::strtoll(v->c_str(), nullptr, 10);
}
std::string ToStr(const std::optional<std::string>& v) { return v ? *v : std::string(); }

int64_t DayOf(int64_t ms) {
  int64_t d = ms / 86400000;
  if (ms % 86400000 < 0) --d;
  return d;
}

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string ToBase64(std::string_view bytes) {
  const int variant = sodium_base64_VARIANT_ORIGINAL;
  std::string out(sodium_base64_encoded_len(bytes.size(), variant), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), variant);
  out.resize(std::strlen(out.c_str()));
  return out;
}

StatusOr<std::string> FromBase64(std::string_view text) {
  std::string out(text.size() / 4 * 3 + 3, '\0');
  size_t n = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                        text.size(), nullptr, &n, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0) {
    return CorruptionError("conversation_checkpoints.state: not base64");
  }
  out.resize(n);
  return out;
}

// Appends `s` as one element of a PostgreSQL array literal.
void AppendPgArrayText(std::string_view s, bool comma, std::string* out) {
  if (comma) out->push_back(',');
  out->push_back('"');
  for (char ch : s) {
    if (ch == '"' || ch == '\\') out->push_back('\\');
    out->push_back(ch);
  }
  out->push_back('"');
}

// SQLite statements over many rows or keys come in a few fixed sizes (powers
// of 4 up to `cap`) so that each shape is prepared once per connection and
// then reused from its statement cache: the next chunk of `remaining`.
size_t ChunkSize(size_t remaining, size_t cap) {
  size_t c = 1;
  while (c * 4 <= cap && c * 4 <= remaining) c *= 4;
  return c;
}

// "(?,?,...)" with n placeholders.
std::string Placeholders(size_t n) {
  std::string s = "(";
  for (size_t i = 0; i < n; ++i) s += i ? ",?" : "?";
  return s + ")";
}

std::string JoinRules(const std::vector<std::string>& rules) {
  std::string s;
  for (const auto& r : rules) {
    if (!s.empty()) s += '\n';
    s += r;
  }
  return s;
}
std::vector<std::string> SplitRules(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    out.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

class SqlStore : public Store {
 public:
  explicit SqlStore(std::unique_ptr<SqlConn> c) : c_(std::move(c)) {}

  std::string_view backend() const override { return c_->backend(); }

  Status Migrate() override {
    std::lock_guard<std::mutex> lock(mu_);
    // Under the migration lock: two sessions racing on CREATE TABLE IF NOT
    // EXISTS can otherwise fail on PostgreSQL.
    VIGIL_RETURN_IF_ERROR(Begin());
    Status vs = LockMigrations();
    if (vs.ok()) {
      vs = c_->ExecScript("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    }
    if (!vs.ok()) {
      Rollback();
      return vs.WithContext("schema_version");
    }
    VIGIL_RETURN_IF_ERROR(Commit());
    for (const auto& m : kMigrations) {
      VIGIL_RETURN_IF_ERROR(Begin());
      Status s = ApplyIfPending(m);
      if (!s.ok()) {
        Rollback();
        return s.WithContext(fmt::format("schema migration {}", m.version));
      }
      VIGIL_RETURN_IF_ERROR(Commit());
    }
    return Status::OK();
  }

  StatusOr<int> SchemaVersion() override {
    std::lock_guard<std::mutex> lock(mu_);
    return CurrentVersion();
  }

  StatusOr<bool> RecordVerdict(const VerdictRecord& r) override {
    std::vector<bool> inserted;
    VIGIL_RETURN_IF_ERROR(RecordVerdicts(std::span<const VerdictRecord>(&r, 1), &inserted));
    return static_cast<bool>(inserted[0]);
  }

  Status RecordVerdicts(std::span<const VerdictRecord> records,
                        std::vector<bool>* inserted) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (inserted != nullptr) inserted->assign(records.size(), false);
    if (records.empty()) return Status::OK();
    VIGIL_RETURN_IF_ERROR(Begin());
    std::vector<bool> fresh;
    Status s = InsertBatch(records, &fresh);
    if (!s.ok()) {
      Rollback();
      return s;
    }
    VIGIL_RETURN_IF_ERROR(Commit());
    if (inserted != nullptr) *inserted = std::move(fresh);
    return Status::OK();
  }

  StatusOr<bool> HasEvent(std::string_view id) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<SqlRow> rows;
    VIGIL_RETURN_IF_ERROR(
        c_->Exec("SELECT 1 FROM verdicts WHERE event_id = ?", {std::string(id)}, &rows));
    return !rows.empty();
  }

  StatusOr<std::optional<VerdictRecord>> GetVerdict(std::string_view id) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<SqlRow> rows;
    VIGIL_RETURN_IF_ERROR(c_->Exec(
        "SELECT ts_ms, platform, channel, conversation, account, action, rules, case_id, "
        "evidence FROM verdicts WHERE event_id = ?",
        {std::string(id)}, &rows));
    if (rows.empty()) return std::optional<VerdictRecord>();
    VerdictRecord r;
    const SqlRow& v = rows[0];
    r.event_id = std::string(id);
    r.ts_ms = ToInt(v[0]);
    r.platform = ToStr(v[1]);
    r.channel = ToStr(v[2]);
    r.conversation = ToStr(v[3]);
    r.account = ToStr(v[4]);
    if (!ParseAction(ToStr(v[5]), &r.action)) return CorruptionError("bad action in store");
    r.rules = SplitRules(ToStr(v[6]));
    r.case_id = ToStr(v[7]);
    r.evidence = ToStr(v[8]);
    rows.clear();
    VIGIL_RETURN_IF_ERROR(c_->Exec(
        "SELECT type, score, list_name, entry, category, entity, hash_type, media, distance "
        "FROM signals WHERE event_id = ? ORDER BY idx",
        {std::string(id)}, &rows));
    for (const auto& s : rows) {
      SignalRecord sr;
      if (!ParseSignalType(ToStr(s[0]), &sr.type)) return CorruptionError("bad signal type");
      sr.score = std::strtod(ToStr(s[1]).c_str(), nullptr);
      sr.list = ToStr(s[2]);
      sr.entry = ToStr(s[3]);
      sr.category = ToStr(s[4]);
      sr.entity = ToStr(s[5]);
      sr.hash_type = ToStr(s[6]);
      sr.media = static_cast<int>(ToInt(s[7]));
      sr.distance = static_cast<int>(ToInt(s[8]));
      r.signals.push_back(std::move(sr));
    }
    rows.clear();
    VIGIL_RETURN_IF_ERROR(c_->Exec(
        "SELECT list_name, entry, category, ts_ms, platform, channel, account FROM sightings "
        "WHERE event_id = ? ORDER BY idx",
        {std::string(id)}, &rows));
    for (const auto& s : rows) {
      r.sightings.push_back({ToStr(s[0]), ToStr(s[1]), ToStr(s[2]), ToInt(s[3]), ToStr(s[4]),
                             ToStr(s[5]), ToStr(s[6])});
    }
    return std::optional<VerdictRecord>(std::move(r));
  }

  StatusOr<SightingStats> Sightings(std::string_view entry, int64_t since_ms) override {
    std::lock_guard<std::mutex> lock(mu_);
    SightingStats st;
    st.entry = std::string(entry);
    std::vector<SqlRow> rows;
    VIGIL_RETURN_IF_ERROR(c_->Exec(
        "SELECT count(*), min(ts_ms), max(ts_ms), count(DISTINCT NULLIF(account, '')) "
        "FROM sightings WHERE entry = ? AND ts_ms >= ?",
        {std::string(entry), since_ms}, &rows));
    st.total = ToInt(rows[0][0]);
    st.first_ms = ToInt(rows[0][1]);
    st.last_ms = ToInt(rows[0][2]);
    st.accounts = ToInt(rows[0][3]);
    rows.clear();
    VIGIL_RETURN_IF_ERROR(c_->Exec(
        "SELECT day, count(*) FROM sightings WHERE entry = ? AND ts_ms >= ? GROUP BY day "
        "ORDER BY day",
        {std::string(entry), since_ms}, &rows));
    for (const auto& r : rows) st.per_day.push_back({ToInt(r[0]), ToInt(r[1])});
    return st;
  }

  StatusOr<std::vector<EntryCount>> TopSightings(int n, int64_t since_ms) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<SqlRow> rows;
    VIGIL_RETURN_IF_ERROR(c_->Exec(
        "SELECT list_name, entry, min(category), count(*), min(ts_ms), max(ts_ms) "
        "FROM sightings WHERE ts_ms >= ? GROUP BY list_name, entry "
        "ORDER BY count(*) DESC, entry LIMIT ?",
        {since_ms, static_cast<int64_t>(n)}, &rows));
    std::vector<EntryCount> out;
    for (const auto& r : rows) {
      out.push_back({ToStr(r[0]), ToStr(r[1]), ToStr(r[2]), ToInt(r[3]), ToInt(r[4]),
                     ToInt(r[5])});
    }
    return out;
  }

  StatusOr<std::optional<CaseInfo>> GetCase(std::string_view id) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<SqlRow> rows;
    VIGIL_RETURN_IF_ERROR(c_->Exec(
        "SELECT opened_ms, updated_ms, action, items, status FROM cases WHERE id = ?",
        {std::string(id)}, &rows));
    if (rows.empty()) return std::optional<CaseInfo>();
    CaseInfo c;
    c.id = std::string(id);
    c.opened_ms = ToInt(rows[0][0]);
    c.updated_ms = ToInt(rows[0][1]);
    int64_t a = ToInt(rows[0][2]);
    if (a < 0 || a >= kNumActions) return CorruptionError("bad case action in store");
    c.action = static_cast<Action>(a);
    c.items = ToInt(rows[0][3]);
    c.status = ToStr(rows[0][4]);
    return std::optional<CaseInfo>(std::move(c));
  }

  StatusOr<std::vector<std::string>> CaseEvents(std::string_view id) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<SqlRow> rows;
    VIGIL_RETURN_IF_ERROR(c_->Exec(
        "SELECT event_id FROM verdicts WHERE case_id = ? ORDER BY ts_ms, event_id",
        {std::string(id)}, &rows));
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(ToStr(r[0]));
    return out;
  }

  Status Audit(const AuditEntry& e) override {
    std::lock_guard<std::mutex> lock(mu_);
    return c_->Exec("INSERT INTO audit (ts_ms, actor, action, object, detail) VALUES (?,?,?,?,?)",
                    {e.ts_ms, e.actor, e.action, e.object, e.detail});
  }

  StatusOr<std::vector<AuditEntry>> AuditLog(int64_t after_id, int limit) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<SqlRow> rows;
    VIGIL_RETURN_IF_ERROR(c_->Exec(
        "SELECT id, ts_ms, actor, action, object, detail FROM audit WHERE id > ? ORDER BY id "
        "LIMIT ?",
        {after_id, static_cast<int64_t>(limit)}, &rows));
    std::vector<AuditEntry> out;
    for (const auto& r : rows) {
      out.push_back({ToInt(r[0]), ToInt(r[1]), ToStr(r[2]), ToStr(r[3]), ToStr(r[4]),
                     ToStr(r[5])});
    }
    return out;
  }

  StatusOr<StreamBatchResult> CommitStreamBatch(const StreamBatch& b) override {
    std::lock_guard<std::mutex> lock(mu_);
    VIGIL_RETURN_IF_ERROR(Begin());
    StreamBatchResult res;
    Status s = CommitStreamTx(b, &res);
    if (!s.ok()) {
      Rollback();
      return s;
    }
    VIGIL_RETURN_IF_ERROR(Commit());
    return res;
  }

  StatusOr<uint64_t> StreamSequence(std::string_view stream, uint32_t partition) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<SqlRow> rows;
    VIGIL_RETURN_IF_ERROR(c_->Exec(
        "SELECT last_seq FROM stream_progress WHERE stream = ? AND partition_no = ?",
        {std::string(stream), static_cast<int64_t>(partition)}, &rows));
    return rows.empty() ? 0 : static_cast<uint64_t>(ToInt(rows[0][0]));
  }

  StatusOr<std::vector<bool>> StreamEventsCommitted(std::span<const std::string> ids) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<bool> out(ids.size(), false);
    std::map<std::string_view, std::vector<size_t>> where;
    for (size_t i = 0; i < ids.size(); ++i) where[ids[i]].push_back(i);
    VIGIL_RETURN_IF_ERROR(SelectIn("SELECT event_id FROM stream_events WHERE ", "event_id", ids,
                                   [&](const SqlRow& r) {
                                     auto it = where.find(ToStr(r[0]));
                                     if (it == where.end()) return;
                                     for (size_t i : it->second) out[i] = true;
                                   }));
    return out;
  }

  StatusOr<std::vector<OutboxMessage>> PendingOutbox(std::string_view stream,
                                                     uint32_t partition) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<SqlRow> rows;
    VIGIL_RETURN_IF_ERROR(c_->Exec(
        "SELECT id, subject, payload FROM stream_outbox WHERE stream = ? AND partition_no = ? "
        "ORDER BY created_ms, id",
        {std::string(stream), static_cast<int64_t>(partition)}, &rows));
    std::vector<OutboxMessage> out;
    for (const SqlRow& r : rows) out.push_back({ToStr(r[0]), ToStr(r[1]), ToStr(r[2])});
    return out;
  }

  StatusOr<std::vector<ConversationCheckpoint>> LoadCheckpoints(
      std::span<const std::string> conversations) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<ConversationCheckpoint> out;
    Status bad;
    VIGIL_RETURN_IF_ERROR(SelectIn(
        "SELECT conversation, state FROM conversation_checkpoints WHERE ", "conversation",
        conversations, [&](const SqlRow& r) {
          auto bytes = FromBase64(ToStr(r[1]));
          if (!bytes.ok()) {
            bad = bytes.status();
            return;
          }
          out.push_back({ToStr(r[0]), std::move(bytes).value()});
        }));
    VIGIL_RETURN_IF_ERROR(bad);
    return out;
  }

  StatusOr<StoreCounts> Counts() override {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<SqlRow> rows;
    VIGIL_RETURN_IF_ERROR(c_->Exec(
        "SELECT (SELECT count(*) FROM verdicts), (SELECT count(*) FROM signals), "
        "(SELECT count(*) FROM sightings), (SELECT count(*) FROM cases), "
        "(SELECT count(*) FROM audit)",
        {}, &rows));
    return StoreCounts{ToInt(rows[0][0]), ToInt(rows[0][1]), ToInt(rows[0][2]),
                       ToInt(rows[0][3]), ToInt(rows[0][4])};
  }

 private:
  bool IsPg() const { return c_->backend() == "postgresql"; }
  Status Begin() {
    return c_->ExecScript(IsPg() ? "BEGIN" : "BEGIN IMMEDIATE");
  }
  Status Commit() {
    Status s = c_->ExecScript("COMMIT");
    if (!s.ok()) Rollback();
    return s;
  }
  void Rollback() { (void)c_->ExecScript("ROLLBACK"); }

  // SQLite's BEGIN IMMEDIATE already serialises writers.
  Status LockMigrations() {
    return IsPg() ? c_->ExecScript("SELECT pg_advisory_xact_lock(7411)") : Status::OK();
  }

  StatusOr<int> CurrentVersion() {
    std::vector<SqlRow> rows;
    VIGIL_RETURN_IF_ERROR(c_->Exec("SELECT max(version) FROM schema_version", {}, &rows));
    return static_cast<int>(ToInt(rows[0][0]));
  }

  Status ApplyIfPending(const Migration& m) {
    // Concurrent migrators wait here; the loser then sees the version applied.
    VIGIL_RETURN_IF_ERROR(LockMigrations());
    VIGIL_ASSIGN_OR_RETURN(int v, CurrentVersion());
    if (v >= m.version) return Status::OK();
    VIGIL_RETURN_IF_ERROR(c_->ExecScript(Dialect(*c_, m.sql)));
    return c_->Exec("INSERT INTO schema_version (version) VALUES (?)",
                    {static_cast<int64_t>(m.version)});
  }

  // Runs `INSERT INTO <head> VALUES (...),(...) <tail>` for rows of `width`
  // values, in chunks that stay under both backends' parameter limits.
  Status InsertRows(std::string_view head, std::string_view tail, size_t width,
                    const std::vector<SqlValue>& values, std::vector<SqlRow>* rows) {
    if (IsPg()) return InsertRowsPg(head, tail, width, values, rows);
    const size_t per_chunk = std::max<size_t>(1, 8000 / width);
    std::string one = "(";
    for (size_t i = 0; i < width; ++i) one += i ? ",?" : "?";
    one += ")";
    const size_t n = values.size() / width;
    for (size_t start = 0, end; start < n; start = end) {
      end = start + ChunkSize(n - start, per_chunk);
      std::string sql = "INSERT INTO " + std::string(head) + " VALUES ";
      for (size_t r = start; r < end; ++r) sql += (r > start ? "," : "") + one;
      sql += tail;
      std::vector<SqlValue> chunk(values.begin() + start * width, values.begin() + end * width);
      VIGIL_RETURN_IF_ERROR(c_->Exec(sql, chunk, rows));
    }
    return Status::OK();
  }

  // PostgreSQL: one array parameter per column and unnest(), so a batch is
  // one short statement whatever its size (parsed and planned once, not a
  // VALUES list of thousands of placeholders).
  Status InsertRowsPg(std::string_view head, std::string_view tail, size_t width,
                      const std::vector<SqlValue>& values, std::vector<SqlRow>* rows) {
    const size_t n = values.size() / width;
    if (n == 0) return Status::OK();
    std::vector<SqlValue> arrays;
    std::string sql = "INSERT INTO " + std::string(head) + " SELECT * FROM unnest(";
    for (size_t c = 0; c < width; ++c) {
      std::string arr = "{";
      for (size_t r = 0; r < n; ++r) {
        const SqlValue& v = values[r * width + c];
        if (std::holds_alternative<std::string>(v)) {
          AppendPgArrayText(std::get<std::string>(v), r > 0, &arr);
        } else {
          if (r > 0) arr += ',';
          if (std::holds_alternative<int64_t>(v)) {
            arr += std::to_string(std::get<int64_t>(v));
          } else if (std::holds_alternative<double>(v)) {
            arr += fmt::format("{:.17g}", std::get<double>(v));
          } else {
            arr += "NULL";
          }
        }
      }
      arr += '}';
      const SqlValue& first = values[c];
      sql += c ? ", ?::" : "?::";
      sql += std::holds_alternative<int64_t>(first)  ? "bigint[]"
             : std::holds_alternative<double>(first) ? "double precision[]"
                                                     : "text[]";
      arrays.emplace_back(std::move(arr));
    }
    sql += ")";
    sql += tail;
    return c_->Exec(sql, arrays, rows);
  }

  // Inserts the records that are new (by event id; the first of duplicates
  // within the batch wins) with multi-row statements: a handful of round
  // trips per batch instead of several per verdict.
  Status InsertBatch(std::span<const VerdictRecord> records, std::vector<bool>* fresh) {
    fresh->assign(records.size(), false);
    const int64_t now = NowMs();
    std::map<std::string, size_t> first;  // event id → index of its first record
    std::vector<SqlValue> v;
    for (size_t i = 0; i < records.size(); ++i) {
      const VerdictRecord& r = records[i];
      if (!first.emplace(r.event_id, i).second) continue;
      for (SqlValue x : {SqlValue(r.event_id), SqlValue(r.ts_ms), SqlValue(now),
                         SqlValue(r.platform), SqlValue(r.channel), SqlValue(r.conversation),
                         SqlValue(r.account), SqlValue(std::string(ActionName(r.action))),
                         SqlValue(JoinRules(r.rules)), SqlValue(r.case_id),
                         SqlValue(r.evidence)}) {
        v.push_back(std::move(x));
      }
    }
    std::vector<SqlRow> created;
    VIGIL_RETURN_IF_ERROR(InsertRows(
        "verdicts (event_id, ts_ms, recorded_ms, platform, channel, conversation, account, "
        "action, rules, case_id, evidence)",
        " ON CONFLICT (event_id) DO NOTHING RETURNING event_id", 11, v, &created));
    std::vector<SqlValue> sig, sight;
    struct CaseAgg {
      int64_t opened, updated, action, items;
    };
    std::map<std::string, CaseAgg> cases;
    for (const SqlRow& row : created) {
      size_t i = first.at(ToStr(row[0]));
      (*fresh)[i] = true;
      const VerdictRecord& r = records[i];
      for (size_t k = 0; k < r.signals.size(); ++k) {
        const SignalRecord& s = r.signals[k];
        for (SqlValue x : {SqlValue(r.event_id), SqlValue(static_cast<int64_t>(k)),
                           SqlValue(std::string(SignalTypeName(s.type))), SqlValue(s.score),
                           SqlValue(s.list), SqlValue(s.entry), SqlValue(s.category),
                           SqlValue(s.entity), SqlValue(s.hash_type),
                           SqlValue(static_cast<int64_t>(s.media)),
                           SqlValue(static_cast<int64_t>(s.distance))}) {
          sig.push_back(std::move(x));
        }
      }
      for (size_t k = 0; k < r.sightings.size(); ++k) {
        const SightingRecord& s = r.sightings[k];
        for (SqlValue x : {SqlValue(r.event_id), SqlValue(static_cast<int64_t>(k)),
                           SqlValue(s.list), SqlValue(s.entry), SqlValue(s.category),
                           SqlValue(s.ts_ms), SqlValue(DayOf(s.ts_ms)), SqlValue(s.platform),
                           SqlValue(s.channel), SqlValue(s.account)}) {
          sight.push_back(std::move(x));
        }
      }
      if (!r.case_id.empty()) {
        auto [it, fresh_case] = cases.emplace(
            r.case_id, CaseAgg{r.ts_ms, r.ts_ms, static_cast<int64_t>(r.action), 0});
        CaseAgg& c = it->second;
        c.opened = std::min(c.opened, r.ts_ms);
        c.updated = std::max(c.updated, r.ts_ms);
        c.action = std::max(c.action, static_cast<int64_t>(r.action));
        ++c.items;
      }
    }
    VIGIL_RETURN_IF_ERROR(InsertRows(
        "signals (event_id, idx, type, score, list_name, entry, category, entity, hash_type, "
        "media, distance)",
        "", 11, sig, nullptr));
    VIGIL_RETURN_IF_ERROR(InsertRows(
        "sightings (event_id, idx, list_name, entry, category, ts_ms, day, platform, channel, "
        "account)",
        "", 10, sight, nullptr));
    std::vector<SqlValue> cv;
    for (const auto& [id, c] : cases) {
      for (SqlValue x : {SqlValue(id), SqlValue(c.opened), SqlValue(c.updated),
                         SqlValue(c.action), SqlValue(c.items), SqlValue(std::string("open"))}) {
        cv.push_back(std::move(x));
      }
    }
    return InsertRows(
        "cases (id, opened_ms, updated_ms, action, items, status)",
        " ON CONFLICT (id) DO UPDATE SET "
        "opened_ms = CASE WHEN excluded.opened_ms < cases.opened_ms THEN excluded.opened_ms "
        "ELSE cases.opened_ms END, "
        "updated_ms = CASE WHEN excluded.updated_ms > cases.updated_ms "
        "THEN excluded.updated_ms ELSE cases.updated_ms END, "
        "action = CASE WHEN excluded.action > cases.action THEN excluded.action "
        "ELSE cases.action END, items = cases.items + excluded.items",
        6, cv, nullptr);
  }

  // Runs `head` + "<column> IN (?,...)" over `keys` in chunks (PostgreSQL:
  // "<column> = ANY(<one text[] parameter>)"), calling `row` per result.
  template <typename F>
  Status SelectIn(std::string_view head, std::string_view column,
                  std::span<const std::string> keys, F&& row) {
    for (size_t start = 0, end; start < keys.size(); start = end) {
      end = IsPg() ? std::min(keys.size(), start + 100000)
                   : start + ChunkSize(keys.size() - start, 1024);
      std::vector<SqlValue> params;
      std::string sql = std::string(head) + std::string(column);
      if (IsPg()) {
        std::string arr = "{";
        for (size_t i = start; i < end; ++i) AppendPgArrayText(keys[i], i > start, &arr);
        params.emplace_back(arr + "}");
        sql += " = ANY(?::text[])";
      } else {
        params.assign(keys.begin() + start, keys.begin() + end);
        sql += " IN " + Placeholders(end - start);
      }
      std::vector<SqlRow> rows;
      VIGIL_RETURN_IF_ERROR(c_->Exec(sql, params, &rows));
      for (const SqlRow& r : rows) row(r);
    }
    return Status::OK();
  }

  Status CommitStreamTx(const StreamBatch& b, StreamBatchResult* res) {
    const int64_t now = NowMs();
    std::vector<bool> fresh;
    VIGIL_RETURN_IF_ERROR(InsertBatch(b.verdicts, &fresh));
    std::vector<SqlValue> act;
    for (size_t i = 0; i < b.verdicts.size(); ++i) {
      if (!fresh[i]) continue;
      ++res->verdicts;
      const VerdictRecord& r = b.verdicts[i];
      if (r.action == Action::kAllow) continue;
      ++res->actions;
      for (SqlValue x : {SqlValue(r.event_id), SqlValue(std::string(ActionName(r.action))),
                         SqlValue(b.worker), SqlValue(now)}) {
        act.push_back(std::move(x));
      }
    }
    // No ON CONFLICT: a second action for an event is a bug and fails the batch.
    VIGIL_RETURN_IF_ERROR(InsertRows("actions (event_id, action, worker, taken_ms)", "", 4, act,
                                     nullptr));
    std::vector<SqlValue> ev;
    std::map<std::string_view, bool> seen;
    for (const StreamEventRecord& e : b.events) {
      if (!seen.emplace(e.event_id, true).second) continue;
      for (SqlValue x : {SqlValue(e.event_id), SqlValue(b.stream),
                         SqlValue(static_cast<int64_t>(b.partition)),
                         SqlValue(static_cast<int64_t>(e.stream_seq)), SqlValue(e.conv_seq),
                         SqlValue(b.worker), SqlValue(now), SqlValue(e.error)}) {
        ev.push_back(std::move(x));
      }
    }
    std::vector<SqlRow> created;
    VIGIL_RETURN_IF_ERROR(InsertRows(
        "stream_events (event_id, stream, partition_no, stream_seq, conv_seq, worker, "
        "committed_ms, error)",
        " ON CONFLICT (event_id) DO NOTHING RETURNING error", 8, ev, &created));
    for (const SqlRow& r : created) res->errors += !ToStr(r[0]).empty();
    res->duplicates = static_cast<int64_t>(seen.size() - created.size());
    std::map<std::string_view, std::string_view> latest;  // last checkpoint per conversation wins
    for (const ConversationCheckpoint& c : b.checkpoints) latest[c.conversation] = c.state;
    std::vector<SqlValue> cp;
    for (const auto& [conv, state] : latest) {
      for (SqlValue x : {SqlValue(std::string(conv)), SqlValue(ToBase64(state)), SqlValue(now)}) {
        cp.push_back(std::move(x));
      }
    }
    VIGIL_RETURN_IF_ERROR(InsertRows(
        "conversation_checkpoints (conversation, state, updated_ms)",
        " ON CONFLICT (conversation) DO UPDATE SET state = excluded.state, "
        "updated_ms = excluded.updated_ms",
        3, cp, nullptr));
    std::vector<SqlValue> ob;
    for (const OutboxMessage& m : b.outbox) {
      for (SqlValue x : {SqlValue(m.id), SqlValue(b.stream),
                         SqlValue(static_cast<int64_t>(b.partition)), SqlValue(m.subject),
                         SqlValue(m.payload), SqlValue(now)}) {
        ob.push_back(std::move(x));
      }
    }
    VIGIL_RETURN_IF_ERROR(InsertRows(
        "stream_outbox (id, stream, partition_no, subject, payload, created_ms)",
        " ON CONFLICT (id) DO NOTHING", 6, ob, nullptr));
    VIGIL_RETURN_IF_ERROR(SelectIn("DELETE FROM stream_outbox WHERE ", "id", b.outbox_done,
                                   [](const SqlRow&) {}));
    return c_->Exec(
        "INSERT INTO stream_progress (stream, partition_no, last_seq) VALUES (?,?,?) "
        "ON CONFLICT (stream, partition_no) DO UPDATE SET last_seq = CASE WHEN "
        "excluded.last_seq > stream_progress.last_seq THEN excluded.last_seq ELSE "
        "stream_progress.last_seq END",
        {b.stream, static_cast<int64_t>(b.partition), static_cast<int64_t>(b.last_seq)});
  }

  std::mutex mu_;
  std::unique_ptr<SqlConn> c_;
};

}  // namespace
}  // namespace store

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& url) {
  StatusOr<std::unique_ptr<store::SqlConn>> conn = InvalidArgumentError(
      "store URL '" + url + "': expected sqlite:PATH or postgresql://...");
  if (url.rfind("sqlite:", 0) == 0) {
    std::string path = url.substr(7);
    if (path.rfind("//", 0) == 0) path = path.substr(2);  // sqlite://PATH
    if (path.empty()) return InvalidArgumentError("store URL '" + url + "': empty path");
    conn = store::OpenSqlite(path);
  } else if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    conn = store::OpenPostgres(url);
  }
  if (!conn.ok()) return conn.status();
  auto s = std::make_unique<store::SqlStore>(std::move(conn).value());
  VIGIL_RETURN_IF_ERROR(s->Migrate());
  return std::unique_ptr<Store>(std::move(s));
}

}  // namespace vigil
