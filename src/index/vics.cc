// Project VIC VICS JSON import and export (formats.md section 5).
#include <nlohmann/json.hpp>

#include <map>

#include "index/list_import.h"

namespace vigil {
namespace {

using nlohmann::json;

int64_t LineOfByte(std::string_view content, size_t byte) {
  byte = std::min(byte, content.size());
  return 1 + std::count(content.begin(), content.begin() + static_cast<std::ptrdiff_t>(byte), '\n');
}

// Lines where each element of the top-level "value" array starts (objects at
// nesting depth 2), found by a string-aware bracket scan.
std::vector<int64_t> RecordLines(std::string_view s) {
  std::vector<int64_t> lines;
  int depth = 0;
  int64_t line = 1;
  bool in_str = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\n') ++line;
    if (in_str) {
      if (c == '\\') ++i;
      else if (c == '"') in_str = false;
      continue;
    }
    if (c == '"') in_str = true;
    else if (c == '{' || c == '[') {
      if (c == '{' && depth == 2) lines.push_back(line);
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return lines;
}

std::string AsText(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (v.is_number()) return v.dump();
  return "";
}

void ImportMedia(const json& m, int64_t line, const std::string& where, ListBuilder& b) {
  if (!m.is_object()) {
    b.Error(line, where, "expected a Media object");
    return;
  }
  std::string id = m.contains("MediaID") ? AsText(m["MediaID"]) : "";
  if (id.empty()) id = "line-" + std::to_string(line);
  std::string cat = m.contains("Category") ? AsText(m["Category"]) : "";
  json meta = json::object();
  for (const char* k : {"Series", "VictimIdentified", "OffenderIdentified", "DateUpdated",
                        "MediaSize", "MimeType", "IsDistributed"}) {
    if (m.contains(k) && m[k].is_primitive() && !m[k].is_null()) meta[k] = m[k];  // scalars only
  }
  std::string metadata = meta.empty() ? "" : meta.dump();
  bool any = false;
  auto field = [&](const char* key, HashType t) {
    if (!m.contains(key) || m[key].is_null()) return;
    any = true;
    if (!m[key].is_string()) {
      b.Error(line, where, std::string(key) + ": expected a hex string");
      return;
    }
    b.Add(line, where + "." + key, t, m[key].get<std::string>(), id, cat, metadata);
  };
  field("MD5", HashType::kMd5);
  field("SHA1", HashType::kSha1);
  if (m.contains("PhotoDNA") && m["PhotoDNA"].is_string() &&
      !m["PhotoDNA"].get<std::string>().empty()) {
    any = true;
    b.Unsupported(line, where + ".PhotoDNA", "PhotoDNA values are not supported (licensed); not imported");
  }
  if (m.contains("AlternativeHashes") && m["AlternativeHashes"].is_array()) {
    for (const json& a : m["AlternativeHashes"]) {
      if (!a.is_object() || !a.contains("HashName") || !a.contains("HashValue")) continue;
      std::string name = AsText(a["HashName"]);
      HashType t;
      std::string lname = name;
      for (char& c : lname) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (lname == "sha-256") lname = "sha256";
      if (lname == "sha-1") lname = "sha1";
      if (!ParseHashType(lname, &t)) {
        b.Unsupported(line, where + ".AlternativeHashes", "hash '" + name + "' is not supported");
        continue;
      }
      any = true;
      b.Add(line, where + ".AlternativeHashes." + name, t, AsText(a["HashValue"]), id, cat, metadata);
    }
  }
  if (!any) b.Error(line, where, "Media record without MD5, SHA1 or PhotoDNA");
}

}  // namespace

Status ImportVics(std::string_view content, ListBuilder& b) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  json doc;
  try {
    doc = json::parse(content.begin(), content.end());
  } catch (const json::parse_error& e) {
    return InvalidArgumentError(b.source() + ":" + std::to_string(LineOfByte(content, e.byte)) +
                                ": bad JSON in VICS file: " + e.what());
  }
  if (!doc.is_object() || !doc.contains("value") || !doc["value"].is_array()) {
    return InvalidArgumentError(b.source() + ":1: expected a VICS object with a \"value\" array");
  }
  std::vector<int64_t> lines = RecordLines(content);
  const json& value = doc["value"];
  for (size_t i = 0; i < value.size(); ++i) {
    const int64_t line = i < lines.size() ? lines[i] : 0;
    const std::string where = "value[" + std::to_string(i) + "]";
    const json& rec = value[i];
    if (rec.is_object() && rec.contains("Media") && rec["Media"].is_array()) {  // a Case
      const json& media = rec["Media"];
      for (size_t j = 0; j < media.size(); ++j) {
        ImportMedia(media[j], line, where + ".Media[" + std::to_string(j) + "]", b);
      }
    } else {
      ImportMedia(rec, line, where, b);
    }
  }
  return Status::OK();
}

std::string ExportVics(const HashList& list, bool include_disabled) {
  // Group entries by id: one Media record per id.
  std::map<std::string, json> media;
  std::vector<std::string> order;
  for (const HashEntry& e : list.entries) {
    if (!e.enabled && !include_disabled) continue;
    auto [it, fresh] = media.try_emplace(e.id, json::object());
    json& m = it->second;
    if (fresh) {
      order.push_back(e.id);
      char* end = nullptr;
      long long num = std::strtoll(e.id.c_str(), &end, 10);
      if (!e.id.empty() && end != nullptr && *end == '\0') m["MediaID"] = num;
      else m["MediaID"] = e.id;
      if (!e.category.empty()) {
        long long c = std::strtoll(e.category.c_str(), &end, 10);
        if (end != nullptr && *end == '\0') m["Category"] = c;
        else m["Category"] = e.category;
      }
    }
    std::string upper = e.value;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (e.type == HashType::kMd5 && !m.contains("MD5")) {
      m["MD5"] = upper;
    } else if (e.type == HashType::kSha1 && !m.contains("SHA1")) {
      m["SHA1"] = upper;
    } else {
      m["AlternativeHashes"].push_back(
          {{"HashName", std::string(HashTypeName(e.type))}, {"HashValue", e.value}});
    }
  }
  json doc;
  doc["@odata.context"] = "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/US/$metadata#Media";
  doc["value"] = json::array();
  for (const std::string& id : order) doc["value"].push_back(std::move(media[id]));
  // Lists built through the API may carry invalid UTF-8: replace, never throw.
  return doc.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace vigil
