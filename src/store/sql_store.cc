// The store logic shared by both backends, on top of SqlConn.
#include <fmt/format.h>

#include <chrono>
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
    VIGIL_RETURN_IF_ERROR(Begin());
    for (size_t i = 0; i < records.size(); ++i) {
      bool fresh = false;
      Status s = InsertOne(records[i], &fresh);
      if (!s.ok()) {
        Rollback();
        if (inserted != nullptr) inserted->assign(records.size(), false);
        return s.WithContext("recording event " + std::to_string(i));
      }
      if (inserted != nullptr) (*inserted)[i] = fresh;
    }
    return Commit();
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

  Status InsertOne(const VerdictRecord& r, bool* fresh) {
    int64_t changed = 0;
    int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count();
    VIGIL_RETURN_IF_ERROR(c_->Exec(
        "INSERT INTO verdicts (event_id, ts_ms, recorded_ms, platform, channel, conversation, "
        "account, action, rules, case_id, evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (event_id) DO NOTHING",
        {r.event_id, r.ts_ms, now, r.platform, r.channel, r.conversation, r.account,
         std::string(ActionName(r.action)), JoinRules(r.rules), r.case_id, r.evidence},
        nullptr, &changed));
    *fresh = changed > 0;
    if (!*fresh) return Status::OK();
    for (size_t i = 0; i < r.signals.size(); ++i) {
      const SignalRecord& s = r.signals[i];
      VIGIL_RETURN_IF_ERROR(c_->Exec(
          "INSERT INTO signals (event_id, idx, type, score, list_name, entry, category, entity, "
          "hash_type, media, distance) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
          {r.event_id, static_cast<int64_t>(i), std::string(SignalTypeName(s.type)), s.score,
           s.list, s.entry, s.category, s.entity, s.hash_type, static_cast<int64_t>(s.media),
           static_cast<int64_t>(s.distance)}));
    }
    for (size_t i = 0; i < r.sightings.size(); ++i) {
      const SightingRecord& s = r.sightings[i];
      VIGIL_RETURN_IF_ERROR(c_->Exec(
          "INSERT INTO sightings (event_id, idx, list_name, entry, category, ts_ms, day, "
          "platform, channel, account) VALUES (?,?,?,?,?,?,?,?,?,?)",
          {r.event_id, static_cast<int64_t>(i), s.list, s.entry, s.category, s.ts_ms,
           DayOf(s.ts_ms), s.platform, s.channel, s.account}));
    }
    if (!r.case_id.empty()) {
      VIGIL_RETURN_IF_ERROR(c_->Exec(
          "INSERT INTO cases (id, opened_ms, updated_ms, action, items, status) "
          "VALUES (?,?,?,?,1,'open') ON CONFLICT (id) DO UPDATE SET "
          "opened_ms = CASE WHEN excluded.opened_ms < cases.opened_ms THEN excluded.opened_ms "
          "ELSE cases.opened_ms END, "
          "updated_ms = CASE WHEN excluded.updated_ms > cases.updated_ms "
          "THEN excluded.updated_ms ELSE cases.updated_ms END, "
          "action = CASE WHEN excluded.action > cases.action THEN excluded.action "
          "ELSE cases.action END, items = cases.items + 1",
          {r.case_id, r.ts_ms, r.ts_ms, static_cast<int64_t>(r.action)}));
    }
    return Status::OK();
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
