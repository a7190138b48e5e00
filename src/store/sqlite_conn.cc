#include <sqlite3.h>

#include <string>
#include <unordered_map>

#include "store/sql_conn.h"

namespace vigil::store {
namespace {

class SqliteConn : public SqlConn {
 public:
  explicit SqliteConn(sqlite3* db) : db_(db) {}
  ~SqliteConn() override {
    ClearCache();
    sqlite3_close_v2(db_);
  }
  std::string_view backend() const override { return "sqlite"; }
  std::string_view SerialPk() const override { return "INTEGER PRIMARY KEY AUTOINCREMENT"; }
  std::string_view DoubleType() const override { return "REAL"; }

  Status Exec(std::string_view sql, const std::vector<SqlValue>& params,
              std::vector<SqlRow>* rows, int64_t* changed) override {
    sqlite3_stmt* st = nullptr;
    VIGIL_RETURN_IF_ERROR(Prepare(sql, &st));
    // Back to a clean, reusable state however this call ends.
    std::unique_ptr<sqlite3_stmt, void (*)(sqlite3_stmt*)> guard(st, [](sqlite3_stmt* x) {
      sqlite3_reset(x);
      sqlite3_clear_bindings(x);
    });
    for (size_t i = 0; i < params.size(); ++i) {
      int idx = static_cast<int>(i) + 1;
      const SqlValue& v = params[i];
      if (std::holds_alternative<int64_t>(v)) {
        sqlite3_bind_int64(st, idx, std::get<int64_t>(v));
      } else if (std::holds_alternative<double>(v)) {
        sqlite3_bind_double(st, idx, std::get<double>(v));
      } else if (std::holds_alternative<std::string>(v)) {
        const auto& s = std::get<std::string>(v);
        // `params` outlives the statement's use: no copy.
        sqlite3_bind_text(st, idx, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
      } else {
        sqlite3_bind_null(st, idx);
      }
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      if (rows == nullptr) continue;
      SqlRow row;
      int n = sqlite3_column_count(st);
      for (int c = 0; c < n; ++c) {
        if (sqlite3_column_type(st, c) == SQLITE_NULL) {
          row.emplace_back(std::nullopt);
        } else {
          const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
          row.emplace_back(std::string(t, sqlite3_column_bytes(st, c)));
        }
      }
      rows->push_back(std::move(row));
    }
    if (rc != SQLITE_DONE) return Error("step");
    if (changed != nullptr) *changed = sqlite3_changes(db_);
    return Status::OK();
  }

  Status ExecScript(std::string_view sql) override {
    std::string s(sql);
    char* err = nullptr;
    if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string m = err != nullptr ? err : "unknown error";
      sqlite3_free(err);
      return IOError("sqlite: " + m);
    }
    return Status::OK();
  }

 private:
  // Statements are prepared once per connection and reused (the store's
  // statement texts are few: multi-row INSERTs come in fixed chunk shapes).
  // A cache that grows past its bound is emptied, never unbounded.
  static constexpr size_t kMaxCachedStatements = 128;
  Status Prepare(std::string_view sql, sqlite3_stmt** st) {
    auto it = cache_.find(std::string(sql));
    if (it != cache_.end()) {
      *st = it->second;
      return Status::OK();
    }
    if (cache_.size() >= kMaxCachedStatements) ClearCache();
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           st, nullptr) != SQLITE_OK) {
      return Error("prepare");
    }
    cache_.emplace(std::string(sql), *st);
    return Status::OK();
  }
  void ClearCache() {
    for (auto& [sql, st] : cache_) sqlite3_finalize(st);
    cache_.clear();
  }
  Status Error(const char* what) const {
    int code = sqlite3_errcode(db_);
    std::string m = std::string("sqlite ") + what + ": " + sqlite3_errmsg(db_);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) return UnavailableError(m);
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return CorruptionError(m);
    return IOError(m);
  }
  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

StatusOr<std::unique_ptr<SqlConn>> OpenSqlite(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  if (rc != SQLITE_OK) {
    std::string m = db != nullptr ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return IOError("sqlite:" + path + ": cannot open: " + m);
  }
  auto conn = std::make_unique<SqliteConn>(db);
  sqlite3_busy_timeout(db, 10000);
  // WAL: readers never block the writer; synchronous=NORMAL keeps every
  // committed transaction across a process crash (a power loss may lose the
  // last ones but never leaves a half transaction).
  Status s = conn->ExecScript(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=ON;");
  if (!s.ok()) return s.WithContext("sqlite:" + path);
  return std::unique_ptr<SqlConn>(std::move(conn));
}

std::string NumberPlaceholders(std::string_view sql) {
  std::string out;
  int n = 0;
  for (char c : sql) {
    if (c == '?') {
      out += '$' + std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace vigil::store
