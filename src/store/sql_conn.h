// A minimal SQL connection the store logic runs on. SQL text uses `?`
// placeholders; the PostgreSQL connection rewrites them to $1, $2, ...
// Results come back as text (NULL as nullopt), as both backends give them.
#ifndef VIGIL_STORE_SQL_CONN_H_
#define VIGIL_STORE_SQL_CONN_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "vigil/status.h"

namespace vigil::store {

using SqlValue = std::variant<std::monostate, int64_t, double, std::string>;
using SqlRow = std::vector<std::optional<std::string>>;

class SqlConn {
 public:
  virtual ~SqlConn() = default;
  virtual std::string_view backend() const = 0;
  // Runs one statement; *rows (may be null) receives the result rows and
  // *changed (may be null) the number of rows inserted/updated/deleted.
  virtual Status Exec(std::string_view sql, const std::vector<SqlValue>& params,
                      std::vector<SqlRow>* rows = nullptr, int64_t* changed = nullptr) = 0;
  // Runs a script of statements without parameters (migrations).
  virtual Status ExecScript(std::string_view sql) = 0;
  // The dialect's spelling of an auto-increment primary key column and of a
  // double column (used to write one migration for both backends).
  virtual std::string_view SerialPk() const = 0;
  virtual std::string_view DoubleType() const = 0;
};

StatusOr<std::unique_ptr<SqlConn>> OpenSqlite(const std::string& path);
StatusOr<std::unique_ptr<SqlConn>> OpenPostgres(const std::string& url);

// Rewrites `?` placeholders to $1..$n (no `?` may appear inside literals).
std::string NumberPlaceholders(std::string_view sql);

}  // namespace vigil::store

#endif  // VIGIL_STORE_SQL_CONN_H_
