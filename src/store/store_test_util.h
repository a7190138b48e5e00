// Test databases for the store suite: a temporary SQLite file, or a fresh
// schema on the PostgreSQL test server (scripts/services.sh start).
#ifndef VIGIL_STORE_STORE_TEST_UTIL_H_
#define VIGIL_STORE_STORE_TEST_UTIL_H_

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "vigil/status.h"

namespace vigil::testutil {

inline std::string PgTestUrl() {
  const char* u = std::getenv("VIGIL_TEST_PG_URL");
  return u != nullptr && *u != '\0' ? u
                                    : "postgresql://vigil:vigil@127.0.0.1:55432/vigil";
}

class TestDatabase {
 public:
  static StatusOr<std::unique_ptr<TestDatabase>> Create(const std::string& backend) {
    static std::atomic<int> counter{0};
    auto db = std::unique_ptr<TestDatabase>(new TestDatabase());
    db->backend_ = backend;
    std::string tag = std::to_string(::getpid()) + "_" + std::to_string(counter++);
    if (backend == "sqlite") {
      db->path_ = std::filesystem::temp_directory_path() / ("vigil_store_" + tag + ".db");
      db->url_ = "sqlite:" + db->path_.string();
      return db;
    }
    db->base_ = PgTestUrl();
    db->schema_ = "vigil_test_" + tag;
    Status s = db->PgExec("CREATE SCHEMA " + db->schema_, nullptr);
    if (!s.ok()) return s;
    db->url_ = db->base_ + (db->base_.find('?') == std::string::npos ? "?" : "&") +
               "options=-csearch_path%3D" + db->schema_;
    return db;
  }
  ~TestDatabase() {
    if (backend_ == "sqlite") {
      for (const char* suffix : {"", "-wal", "-shm"}) {
        std::error_code ec;
        std::filesystem::remove(path_.string() + suffix, ec);
      }
    } else if (!schema_.empty()) {
      (void)PgExec("SET client_min_messages = warning; DROP SCHEMA " + schema_ + " CASCADE", nullptr);
    }
  }
  const std::string& url() const { return url_; }

  // Everything the store holds, as text: the SQLite files' bytes, or every
  // PostgreSQL row of the test schema.
  StatusOr<std::string> DumpAllText() {
    std::string out;
    if (backend_ == "sqlite") {
      for (const char* suffix : {"", "-wal"}) {
        std::ifstream in(path_.string() + suffix, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        out += ss.str();
      }
      return out;
    }
    for (const char* t : {"verdicts", "signals", "sightings", "cases", "audit", "stream_events",
                          "actions", "stream_progress", "conversation_checkpoints"}) {
      Status s = PgExec(std::string("SELECT t::text FROM ") + schema_ + "." + t + " t", &out);
      if (!s.ok()) return s;
    }
    return out;
  }

 private:
  TestDatabase() = default;
  Status PgExec(const std::string& sql, std::string* out) {
    PGconn* c = PQconnectdb(base_.c_str());
    if (PQstatus(c) != CONNECTION_OK) {
      std::string m = PQerrorMessage(c);
      PQfinish(c);
      return UnavailableError("PostgreSQL test server at " + base_ + " is not reachable (" + m +
                              "); start it with `scripts/services.sh start` or set "
                              "VIGIL_TEST_PG_URL");
    }
    PGresult* r = PQexec(c, sql.c_str());
    Status s;
    auto st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      s = IOError(std::string("postgresql: ") + PQresultErrorMessage(r));
    } else if (out != nullptr) {
      for (int i = 0; i < PQntuples(r); ++i) {
        *out += PQgetvalue(r, i, 0);
        *out += '\n';
      }
    }
    PQclear(r);
    PQfinish(c);
    return s;
  }
  std::string backend_, url_, base_, schema_;
  std::filesystem::path path_;
};

}  // namespace vigil::testutil

#endif  // VIGIL_STORE_STORE_TEST_UTIL_H_
