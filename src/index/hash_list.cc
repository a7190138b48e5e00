#include "vigil/hash_list.h"

#include <filesystem>

#include "core/hex.h"
#include "vigil/digest.h"

namespace vigil {
namespace {

constexpr int64_t kMaxListBytes = int64_t{4} << 30;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitFields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == ',' || line[i] == '\t') {
      out.push_back(Trim(line.substr(start, i - start)));
      start = i + 1;
    }
  }
  return out;
}

std::string TypeForLength(size_t n) {
  switch (n) {
    case 32: return "md5";
    case 40: return "sha1";
    case 64: return "sha256";
  }
  return "";
}

size_t LengthForType(std::string_view t) {
  if (t == "md5") return 32;
  if (t == "sha1") return 40;
  if (t == "sha256") return 64;
  return 0;
}

}  // namespace

StatusOr<ExactHashList> ExactHashList::LoadPlainText(const std::string& path,
                                                     std::vector<Status>* line_errors) {
  auto content = ReadFileBounded(path, kMaxListBytes);
  if (!content.ok()) return content.status().WithContext("hash list");
  std::string name = std::filesystem::path(path).stem().string();
  return ParsePlainText(*content, std::move(name), path, line_errors);
}

StatusOr<ExactHashList> ExactHashList::ParsePlainText(std::string_view content, std::string name,
                                                      std::string_view source,
                                                      std::vector<Status>* line_errors) {
  ExactHashList list;
  list.name_ = std::move(name);
  size_t errors = 0;
  int64_t line_no = 0;
  size_t pos = 0;
  auto report = [&](std::string msg) {
    ++errors;
    if (line_errors != nullptr) {
      line_errors->push_back(InvalidArgumentError(std::string(source) + ":" +
                                                  std::to_string(line_no) + ": " + msg));
    }
  };
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = Trim(content.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    auto fields = SplitFields(line);
    std::string_view hash = fields[0];
    std::string type;
    if (size_t colon = hash.find(':'); colon != std::string_view::npos) {
      type = std::string(hash.substr(0, colon));
      for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      hash = hash.substr(colon + 1);
      if (LengthForType(type) == 0) {
        report("unsupported hash type '" + type + "' (expected md5, sha1 or sha256)");
        continue;
      }
    } else {
      type = TypeForLength(hash.size());
      if (type.empty()) {
        report("expected 32, 40 or 64 hex digits (md5, sha1, sha256), got " +
               std::to_string(hash.size()) + " characters");
        continue;
      }
    }
    std::string value(hash);
    if (!NormalizeHex(&value, LengthForType(type))) {
      report("expected " + std::to_string(LengthForType(type)) + " hex digits for " + type);
      continue;
    }
    HashEntry e;
    e.hash_type = type;
    e.value = std::move(value);
    e.id = fields.size() > 1 && !fields[1].empty() ? std::string(fields[1])
                                                   : "line-" + std::to_string(line_no);
    if (fields.size() > 2) e.category = std::string(fields[2]);
    std::string key = e.hash_type + ":" + e.value;
    if (list.index_.count(key) != 0) {
      report("duplicate hash (first listed as entry '" + list.entries_[list.index_[key]].id + "')");
      continue;
    }
    list.index_.emplace(std::move(key), list.entries_.size());
    list.entries_.push_back(std::move(e));
  }
  if (list.entries_.empty() && errors > 0) {
    return InvalidArgumentError(std::string(source) + ": no valid hash in " +
                                std::to_string(errors) + " non-blank line(s)");
  }
  return list;
}

const HashEntry* ExactHashList::Find(std::string_view hash_type, std::string_view hex) const {
  std::string key;
  key.reserve(hash_type.size() + 1 + hex.size());
  key.append(hash_type).push_back(':');
  key.append(hex);
  auto it = index_.find(key);
  return it == index_.end() ? nullptr : &entries_[it->second];
}

}  // namespace vigil
