// Hash list model, plain-text and python-threatexchange importers, exporters.
#include "vigil/hash_list.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>

#include "core/hex.h"
#include "core/utf8.h"
#include "index/list_import.h"
#include "vigil/digest.h"

namespace vigil {
namespace {

constexpr int64_t kMaxListBytes = int64_t{4} << 30;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitFields(std::string_view line, bool commas) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || (commas && line[i] == ',') || line[i] == '\t') {
      out.push_back(Trim(line.substr(start, i - start)));
      start = i + 1;
    }
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// Iterates lines with 1-based numbers; strips a UTF-8 BOM on the first.
template <typename F>
void ForEachLine(std::string_view content, F&& f) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  int64_t line_no = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    ++line_no;
    f(line_no, Trim(content.substr(pos, nl - pos)));
    pos = nl + 1;
  }
}

// pytx signal type name → Vigil hash type; false when unsupported.
bool PytxType(std::string_view t, HashType* out) {
  std::string l = Lower(t);
  if (l == "pdq") { *out = HashType::kPdq; return true; }
  if (l == "video_md5" || l == "md5") { *out = HashType::kMd5; return true; }
  if (l == "video_sha256" || l == "sha256") { *out = HashType::kSha256; return true; }
  if (l == "sha1") { *out = HashType::kSha1; return true; }
  return false;
}

bool KnownPytxName(std::string_view t) {
  static const char* const kNames[] = {"pdq", "video_md5", "video_sha256", "url", "url_md5",
                                       "raw_text", "trend_query", "pdq_ocr", "text_tlsh",
                                       "vpdq", "clip", "photodna", "tmk_pdqf"};
  std::string l = Lower(t);
  for (const char* n : kNames) if (l == n) return true;
  return false;
}

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

std::string_view HashTypeName(HashType t) {
  switch (t) {
    case HashType::kPdq: return "pdq";
    case HashType::kMd5: return "md5";
    case HashType::kSha1: return "sha1";
    case HashType::kSha256: return "sha256";
  }
  return "?";
}

bool ParseHashType(std::string_view name, HashType* out) {
  std::string l = Lower(name);
  for (int t = 0; t < kNumHashTypes; ++t) {
    if (l == HashTypeName(static_cast<HashType>(t))) {
      *out = static_cast<HashType>(t);
      return true;
    }
  }
  return false;
}

size_t HashHexLength(HashType t) {
  switch (t) {
    case HashType::kPdq: return 64;
    case HashType::kMd5: return 32;
    case HashType::kSha1: return 40;
    case HashType::kSha256: return 64;
  }
  return 0;
}

bool ParseListFormat(std::string_view name, ListFormat* out) {
  std::string l = Lower(name);
  if (l == "auto") *out = ListFormat::kAuto;
  else if (l == "text" || l == "plain") *out = ListFormat::kPlainText;
  else if (l == "pytx" || l == "threatexchange") *out = ListFormat::kThreatExchange;
  else if (l == "vics") *out = ListFormat::kVics;
  else return false;
  return true;
}

ListFormat DetectListFormat(std::string_view content) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  size_t i = content.find_first_not_of(" \t\r\n");
  if (i != std::string_view::npos && content[i] == '{') return ListFormat::kVics;
  ListFormat f = ListFormat::kPlainText;
  bool decided = false;
  ForEachLine(content, [&](int64_t, std::string_view line) {
    if (decided || line.empty() || line.front() == '#') return;
    decided = true;
    if (line.rfind("signal_type,", 0) == 0) { f = ListFormat::kThreatExchange; return; }
    size_t sp = line.find(' ');
    if (sp != std::string_view::npos && KnownPytxName(line.substr(0, sp))) {
      f = ListFormat::kThreatExchange;
    }
  });
  return f;
}

ListBuilder::ListBuilder(HashList* list, ImportReport* report, std::string source_name,
                         const ImportOptions& options)
    : list_(list), report_(report), source_(std::move(source_name)), options_(options) {
  for (size_t i = 0; i < list_->entries.size(); ++i) {
    const HashEntry& e = list_->entries[i];
    ids_.emplace(Key(e.type, e.id), i);
    values_.emplace(Key(e.type, e.value), i);
  }
  added_ms_ = options.added_ms != 0 ? options.added_ms : NowMs();
  entry_source_ = options.source.empty() ? std::filesystem::path(source_).filename().string()
                                         : options.source;
}

std::string ListBuilder::Key(HashType t, std::string_view v) {
  std::string k(HashTypeName(t));
  k.push_back(':');
  k.append(v);
  return k;
}

std::string ListBuilder::Where(int64_t line, const std::string& where) const {
  std::string loc = source_;
  if (line > 0) loc.append(":").append(std::to_string(line));
  if (!where.empty()) loc.append(": ").append(where);
  return loc.append(": ");
}

void ListBuilder::Error(int64_t line, const std::string& where, const std::string& msg) {
  report_->errors.push_back(InvalidArgumentError(Where(line, where).append(msg)));
}

void ListBuilder::Unsupported(int64_t line, const std::string& where, const std::string& msg) {
  ++report_->unsupported;
  report_->errors.push_back(UnimplementedError(Where(line, where).append(msg)));
}

bool ListBuilder::Add(int64_t line, const std::string& where, HashType type,
                      std::string_view value, std::string id, std::string category,
                      std::string metadata) {
  std::string v(Trim(value));
  const size_t want = HashHexLength(type);
  if (v.size() != want) {
    Error(line, where, "expected " + std::to_string(want) + " hex digits for " +
                           std::string(HashTypeName(type)) + ", got " + std::to_string(v.size()) +
                           " characters");
    return false;
  }
  if (!NormalizeHex(&v, want)) {
    Error(line, where, "expected " + std::to_string(want) + " hex digits for " +
                           std::string(HashTypeName(type)) + ", found a non-hex character");
    return false;
  }
  if (id.empty()) id = "line-" + std::to_string(line);
  for (const std::string* f : {&id, &category, &metadata}) {
    if (FindInvalidUtf8(*f) != std::string::npos) {
      Error(line, where, "id, category or metadata is not valid UTF-8");
      return false;
    }
  }
  std::string vk = Key(type, v);
  if (auto it = values_.find(vk); it != values_.end()) {
    Error(line, where, "duplicate " + std::string(HashTypeName(type)) +
                           " hash (first listed as entry '" + list_->entries[it->second].id + "')");
    return false;
  }
  std::string ik = Key(type, id);
  if (ids_.count(ik) != 0) {
    Error(line, where, "duplicate entry id '" + id + "' for " + std::string(HashTypeName(type)));
    return false;
  }
  HashEntry e;
  e.id = std::move(id);
  e.type = type;
  e.value = std::move(v);
  e.category = std::move(category);
  e.source = entry_source_;
  e.added_ms = added_ms_;
  e.metadata = std::move(metadata);
  ids_.emplace(std::move(ik), list_->entries.size());
  values_.emplace(std::move(vk), list_->entries.size());
  list_->entries.push_back(std::move(e));
  ++report_->imported;
  return true;
}

namespace {

void ImportPlainText(std::string_view content, ListBuilder& b, const ImportOptions& o) {
  ForEachLine(content, [&](int64_t line_no, std::string_view line) {
    if (line.empty() || line.front() == '#') return;
    auto fields = SplitFields(line, true);
    std::string_view hash = fields[0];
    if (hash.rfind("hash=", 0) == 0) hash.remove_prefix(5);
    HashType type;
    if (size_t colon = hash.find(':'); colon != std::string_view::npos) {
      if (!ParseHashType(hash.substr(0, colon), &type)) {
        b.Error(line_no, "", "unsupported hash type '" + std::string(hash.substr(0, colon)) +
                                 "' (expected pdq, md5, sha1 or sha256)");
        return;
      }
      hash = hash.substr(colon + 1);
    } else if (hash.size() == 32) {
      type = HashType::kMd5;
    } else if (hash.size() == 40) {
      type = HashType::kSha1;
    } else if (hash.size() == 64) {
      type = o.default_64_hex_type;
    } else {
      b.Error(line_no, "", "expected 32, 40 or 64 hex digits (md5, sha1, sha256/pdq), got " +
                               std::to_string(hash.size()) + " characters");
      return;
    }
    std::string id = fields.size() > 1 ? std::string(fields[1]) : "";
    std::string cat = fields.size() > 2 ? std::string(fields[2]) : "";
    std::string meta;
    for (size_t i = 3; i < fields.size(); ++i) {
      if (!meta.empty()) meta.push_back(',');
      meta.append(fields[i]);
    }
    b.Add(line_no, "", type, hash, std::move(id), std::move(cat), std::move(meta));
  });
}

void ImportThreatExchange(std::string_view content, ListBuilder& b, const ImportOptions& o) {
  bool csv = false;
  ForEachLine(content, [&](int64_t line_no, std::string_view line) {
    if (line.empty() || line.front() == '#') return;
    if (line.rfind("signal_type,signal_str", 0) == 0) {
      csv = true;
      return;
    }
    std::string_view type_name, signal, rest;
    std::string category;
    if (csv) {
      auto f = SplitFields(line, true);
      if (f.size() < 2) {
        b.Error(line_no, "", "expected signal_type,signal_str,collab,category,tags");
        return;
      }
      type_name = f[0];
      signal = f[1];
      if (f.size() > 3) category = std::string(f[3]);
      if (f.size() > 2) rest = line.substr(f[2].data() - line.data());
    } else {
      size_t sp = line.find(' ');
      if (sp == std::string_view::npos) {
        if (!o.has_default_type) {
          b.Error(line_no, "", "expected '<signal_type> <signal>' (no signal type given)");
          return;
        }
        type_name = HashTypeName(o.default_type);
        signal = line;
      } else {
        type_name = line.substr(0, sp);
        rest = Trim(line.substr(sp + 1));
        size_t sp2 = rest.find(' ');
        signal = rest.substr(0, sp2);
        rest = sp2 == std::string_view::npos ? std::string_view() : Trim(rest.substr(sp2 + 1));
      }
    }
    HashType type;
    if (!PytxType(type_name, &type)) {
      if (KnownPytxName(type_name)) {
        b.Unsupported(line_no, "", "signal type '" + std::string(type_name) +
                                       "' is not supported (pdq, video_md5, video_sha256 are)");
      } else {
        b.Error(line_no, "", "unknown signal type '" + std::string(type_name) + "'");
      }
      return;
    }
    b.Add(line_no, "", type, signal, "", std::move(category), std::string(rest));
  });
}

}  // namespace

Status ImportListContent(std::string_view content, std::string_view source_name,
                         const ImportOptions& options, HashList* list, ImportReport* report) {
  ImportReport local;
  if (report == nullptr) report = &local;
  ListFormat f = options.format == ListFormat::kAuto ? DetectListFormat(content) : options.format;
  ListBuilder b(list, report, std::string(source_name), options);
  switch (f) {
    case ListFormat::kVics: return ImportVics(content, b);
    case ListFormat::kThreatExchange: ImportThreatExchange(content, b, options); break;
    default: ImportPlainText(content, b, options); break;
  }
  return Status::OK();
}

StatusOr<HashList> ImportListFile(const std::string& path, const ImportOptions& options,
                                  ImportReport* report) {
  auto content = ReadFileBounded(path, kMaxListBytes);
  if (!content.ok()) return content.status().WithContext("hash list");
  HashList list;
  list.name = options.name.empty() ? std::filesystem::path(path).stem().string() : options.name;
  ImportReport local;
  if (report == nullptr) report = &local;
  VIGIL_RETURN_IF_ERROR(ImportListContent(*content, path, options, &list, report));
  if (list.entries.empty() && !report->errors.empty()) {
    return InvalidArgumentError(path + ": no valid hash in " +
                                std::to_string(report->errors.size()) + " bad line(s); first: " +
                                report->errors.front().message());
  }
  return list;
}

std::string ExportPlainText(const HashList& list, bool include_disabled) {
  std::string out = "# vigil hash list '" + list.name + "': TYPE:HEX,ID,CATEGORY\n";
  for (const HashEntry& e : list.entries) {
    if (!e.enabled && !include_disabled) continue;
    out.append(HashTypeName(e.type)).append(":").append(e.value);
    out.append(",").append(e.id).append(",").append(e.category).append("\n");
  }
  return out;
}

}  // namespace vigil
