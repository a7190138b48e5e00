// Exact-digest hash lists (MD5 / SHA-1 / SHA-256) loaded from plain text.
//
// Plain-text format, one entry per line:
//     HEX[,ID[,CATEGORY]]        (comma or tab separated)
//     TYPE:HEX[,ID[,CATEGORY]]   (TYPE = md5 | sha1 | sha256, to be explicit)
// Blank lines and lines starting with '#' are ignored. Without a TYPE prefix
// the type follows from the length: 32 hex = md5, 40 = sha1, 64 = sha256.
// Hex may be upper or lower case. Entries without an ID get "line-N".
#ifndef VIGIL_HASH_LIST_H_
#define VIGIL_HASH_LIST_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vigil/status.h"

namespace vigil {

struct HashEntry {
  std::string id;
  std::string hash_type;  // "md5" | "sha1" | "sha256"
  std::string value;      // lower-case hex
  std::string category;
};

class ExactHashList {
 public:
  // Loads `path`. The list is named after the file (basename without
  // extension). Bad lines are reported in *line_errors ("FILE:N: ...") and
  // skipped; an unreadable file, or one with no valid entry and some
  // errors, is a non-OK Status.
  static StatusOr<ExactHashList> LoadPlainText(const std::string& path,
                                               std::vector<Status>* line_errors);
  // Parses plain-text content; `source` names it in messages.
  static StatusOr<ExactHashList> ParsePlainText(std::string_view content, std::string name,
                                                std::string_view source,
                                                std::vector<Status>* line_errors);

  const std::string& name() const { return name_; }
  size_t size() const { return entries_.size(); }
  // Returns the entry with this type and lower-case hex value, or nullptr.
  const HashEntry* Find(std::string_view hash_type, std::string_view hex) const;

 private:
  std::string name_;
  std::vector<HashEntry> entries_;
  std::unordered_map<std::string, size_t> index_;  // "type:hex" → entry
};

}  // namespace vigil

#endif  // VIGIL_HASH_LIST_H_
