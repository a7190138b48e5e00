#include <libpq-fe.h>

#include <fmt/format.h>

#include <string>
#include <unordered_map>

#include "store/sql_conn.h"

namespace vigil::store {
namespace {

// Drops the password from a URL before it appears in a message.
std::string RedactUrl(const std::string& url) {
  auto scheme = url.find("://");
  auto at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos || at < scheme) return url;
  auto colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + ":***" + url.substr(at);
}

class PgConn : public SqlConn {
 public:
  explicit PgConn(PGconn* c) : c_(c) {}
  ~PgConn() override { PQfinish(c_); }
  std::string_view backend() const override { return "postgresql"; }
  std::string_view SerialPk() const override { return "BIGSERIAL PRIMARY KEY"; }
  std::string_view DoubleType() const override { return "DOUBLE PRECISION"; }

  Status Exec(std::string_view sql, const std::vector<SqlValue>& params,
              std::vector<SqlRow>* rows, int64_t* changed) override {
    std::string q = NumberPlaceholders(sql);
    std::vector<std::string> text(params.size());
    std::vector<const char*> ptrs(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const SqlValue& v = params[i];
      if (std::holds_alternative<int64_t>(v)) {
        text[i] = std::to_string(std::get<int64_t>(v));
      } else if (std::holds_alternative<double>(v)) {
        text[i] = fmt::format("{:.17g}", std::get<double>(v));
      } else if (std::holds_alternative<std::string>(v)) {
        text[i] = std::get<std::string>(v);
      } else {
        continue;  // NULL
      }
      ptrs[i] = text[i].c_str();
    }
    const std::string* name = nullptr;
    VIGIL_RETURN_IF_ERROR(Prepare(q, static_cast<int>(params.size()), &name));
    PGresult* r = PQexecPrepared(c_, name->c_str(), static_cast<int>(params.size()), ptrs.data(),
                                 nullptr, nullptr, 0);
    std::unique_ptr<PGresult, void (*)(PGresult*)> guard(r, &PQclear);
    ExecStatusType st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return Error(r);
    if (rows != nullptr && st == PGRES_TUPLES_OK) {
      int nr = PQntuples(r), nc = PQnfields(r);
      for (int i = 0; i < nr; ++i) {
        SqlRow row;
        for (int c = 0; c < nc; ++c) {
          if (PQgetisnull(r, i, c)) {
            row.emplace_back(std::nullopt);
          } else {
            row.emplace_back(std::string(PQgetvalue(r, i, c), PQgetlength(r, i, c)));
          }
        }
        rows->push_back(std::move(row));
      }
    }
    if (changed != nullptr) {
      const char* n = PQcmdTuples(r);
      *changed = (n != nullptr && *n != '\0') ? std::stoll(n) : 0;
    }
    return Status::OK();
  }

  Status ExecScript(std::string_view sql) override {
    std::string s(sql);
    PGresult* r = PQexec(c_, s.c_str());
    std::unique_ptr<PGresult, void (*)(PGresult*)> guard(r, &PQclear);
    ExecStatusType st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return Error(r);
    return Status::OK();
  }

 private:
  // Statements are prepared once per connection (server-side, named) and then
  // only executed: the store's statement texts are few and fixed (batches are
  // array parameters). Past the bound the cache is emptied (DEALLOCATE ALL).
  static constexpr size_t kMaxPrepared = 128;
  Status Prepare(const std::string& sql, int nparams, const std::string** name) {
    auto it = prepared_.find(sql);
    if (it == prepared_.end()) {
      if (prepared_.size() >= kMaxPrepared) {
        VIGIL_RETURN_IF_ERROR(ExecScript("DEALLOCATE ALL"));
        prepared_.clear();
      }
      std::string n = "vigil_" + std::to_string(next_id_++);
      PGresult* r = PQprepare(c_, n.c_str(), sql.c_str(), nparams, nullptr);
      std::unique_ptr<PGresult, void (*)(PGresult*)> guard(r, &PQclear);
      if (PQresultStatus(r) != PGRES_COMMAND_OK) return Error(r);
      it = prepared_.emplace(sql, std::move(n)).first;
    }
    *name = &it->second;
    return Status::OK();
  }
  Status Error(PGresult* r) const {
    std::string m = "postgresql: ";
    const char* e = r != nullptr ? PQresultErrorMessage(r) : PQerrorMessage(c_);
    m += (e != nullptr && *e != '\0') ? e : PQerrorMessage(c_);
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    if (PQstatus(c_) != CONNECTION_OK) return UnavailableError(m);
    const char* state = r != nullptr ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    // 40001 serialization failure, 40P01 deadlock: worth a retry.
    if (state != nullptr && (std::string_view(state) == "40001" ||
                             std::string_view(state) == "40P01")) {
      return UnavailableError(m);
    }
    return IOError(m);
  }
  PGconn* c_;
  std::unordered_map<std::string, std::string> prepared_;  // SQL text → statement name
  int64_t next_id_ = 0;
};

}  // namespace

StatusOr<std::unique_ptr<SqlConn>> OpenPostgres(const std::string& url) {
  PGconn* c = PQconnectdb(url.c_str());
  if (c == nullptr) return UnavailableError("postgresql: out of memory");
  if (PQstatus(c) != CONNECTION_OK) {
    std::string m = PQerrorMessage(c);
    PQfinish(c);
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    return UnavailableError(RedactUrl(url) + ": cannot connect: " + m);
  }
  auto conn = std::make_unique<PgConn>(c);
  Status s = conn->ExecScript("SET client_min_messages = warning");
  if (!s.ok()) return s;
  return std::unique_ptr<SqlConn>(std::move(conn));
}

}  // namespace vigil::store
