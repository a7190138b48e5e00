// Internal: shared entry validation for the list importers.
#ifndef VIGIL_INDEX_LIST_IMPORT_H_
#define VIGIL_INDEX_LIST_IMPORT_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "vigil/hash_list.h"

namespace vigil {

// Validates and appends entries, reporting each bad one as
// "SOURCE:LINE[: WHERE]: message" (UnimplementedError for unsupported ones).
class ListBuilder {
 public:
  ListBuilder(HashList* list, ImportReport* report, std::string source_name,
              const ImportOptions& options);
  bool Add(int64_t line, const std::string& where, HashType type, std::string_view value,
           std::string id, std::string category, std::string metadata);
  void Error(int64_t line, const std::string& where, const std::string& msg);
  void Unsupported(int64_t line, const std::string& where, const std::string& msg);
  const std::string& source() const { return source_; }

 private:
  static std::string Key(HashType t, std::string_view v);
  std::string Where(int64_t line, const std::string& where) const;
  HashList* list_;
  ImportReport* report_;
  std::string source_;
  ImportOptions options_;
  std::string entry_source_;
  int64_t added_ms_ = 0;
  std::unordered_map<std::string, size_t> ids_;     // "type:id"
  std::unordered_map<std::string, size_t> values_;  // "type:hex"
};

// Project VIC VICS JSON (see hash_list.h). Non-OK when the document is not JSON.
Status ImportVics(std::string_view content, ListBuilder& b);

}  // namespace vigil

#endif  // VIGIL_INDEX_LIST_IMPORT_H_
