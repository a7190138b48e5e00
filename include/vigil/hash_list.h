// Hash lists ("banks"): named lists of known-media hashes with metadata.
//
// A HashList holds entries (id, signal type, value, category, source, added
// time, free metadata, enabled flag), a PDQ distance threshold (default 31,
// inclusive), a PDQ quality floor (default 50: query hashes of lower quality
// are not matched) and an enabled flag. An entry is keyed by (id, type): one
// item may carry several hashes (an MD5 and a SHA-1, say) under one id.
//
// Importers (all report malformed lines as "FILE:LINE: what" in *report and
// import the rest; hex may be upper or lower case and is normalised to lower):
//
// * Plain text, one entry per line (blank lines and '#' comments skipped):
//       [TYPE:]HEX[,ID[,CATEGORY]]        comma or tab separated; "hash=" prefix allowed
//   TYPE is pdq | md5 | sha1 | sha256. Without it, 32 hex = md5, 40 = sha1,
//   64 = `default_64_hex_type` (sha256 unless the caller says pdq: a 64-hex
//   string is ambiguous, see formats.md 1.1). Entries without an ID get "line-N".
// * python-threatexchange signal files: "<signal_type> <signal>" per line
//   (optionally followed by " '<collab>' <metadata>"), bare signals when the
//   caller gives `default_type`, or the `dataset -P --csv` form with header
//   "signal_type,signal_str,collab,category,tags". Signal types pdq,
//   video_md5, video_sha256 (and md5/sha1/sha256) are imported; photodna,
//   url, raw_text, ... are reported as unsupported.
// * Project VIC VICS JSON (OData, "value" holding Media records or Cases with
//   Media[]): MD5 and SHA1 of each Media record (id = MediaID, category =
//   Category), plus AlternativeHashes named MD5/SHA1/SHA256. PhotoDNA values
//   are counted and reported as unsupported, never silently dropped.
#ifndef VIGIL_HASH_LIST_H_
#define VIGIL_HASH_LIST_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/status.h"

namespace vigil {

enum class HashType : uint8_t { kPdq = 0, kMd5 = 1, kSha1 = 2, kSha256 = 3 };
inline constexpr int kNumHashTypes = 4;

std::string_view HashTypeName(HashType t);  // "pdq", "md5", "sha1", "sha256"
bool ParseHashType(std::string_view name, HashType* out);  // case-insensitive
size_t HashHexLength(HashType t);                          // 64, 32, 40, 64

struct HashEntry {
  std::string id;
  HashType type = HashType::kMd5;
  std::string value;      // lower-case hex of HashHexLength(type) digits
  std::string category;
  std::string source;     // where it came from (file, collab, hotline)
  int64_t added_ms = 0;   // Unix milliseconds; 0 when unknown
  std::string metadata;   // free text or JSON, stored verbatim
  bool enabled = true;
};

struct HashList {
  static constexpr int kDefaultPdqThreshold = 31;
  static constexpr int kDefaultQualityFloor = 50;

  std::string name;
  int pdq_threshold = kDefaultPdqThreshold;  // inclusive Hamming distance
  int quality_floor = kDefaultQualityFloor;  // PDQ queries below this are skipped
  bool enabled = true;
  std::vector<HashEntry> entries;
};

enum class ListFormat { kAuto, kPlainText, kThreatExchange, kVics };
bool ParseListFormat(std::string_view name, ListFormat* out);  // auto|text|pytx|vics

struct ImportOptions {
  ListFormat format = ListFormat::kAuto;
  std::string name;                    // list name; default: file stem
  HashType default_64_hex_type = HashType::kSha256;  // plain text, no prefix
  bool has_default_type = false;       // pytx bare signals use default_type
  HashType default_type = HashType::kPdq;
  std::string source;                  // default: the file name
  int64_t added_ms = 0;                // default: now
};

struct ImportReport {
  std::vector<Status> errors;  // one per malformed or unsupported line/record
  size_t imported = 0;
  size_t unsupported = 0;      // e.g. PhotoDNA values, url signals
};

// Appends the entries of `content` to *list. Duplicate (id, type) pairs and
// duplicate (type, value) pairs within the list are errors (the first wins).
// Returns non-OK only when the content cannot be parsed at all (e.g. a VICS
// document that is not JSON; the error names the line) — line errors are in
// *report.
Status ImportListContent(std::string_view content, std::string_view source_name,
                         const ImportOptions& options, HashList* list, ImportReport* report);

// Reads `path` (bounded) and imports it into a new list.
StatusOr<HashList> ImportListFile(const std::string& path, const ImportOptions& options,
                                  ImportReport* report);

// Detects the format of `content` (VICS when it starts with '{', pytx when a
// line starts with a known signal type and a space or with the CSV header,
// plain text otherwise).
ListFormat DetectListFormat(std::string_view content);

// Exporters. Plain text writes "type:hex,id,category" lines (enabled entries
// only unless include_disabled) after a header comment; VICS writes a
// "#Media" hash set with one Media record per id that has an MD5 or SHA-1
// (PDQ and SHA-256 entries go in AlternativeHashes).
std::string ExportPlainText(const HashList& list, bool include_disabled = false);
std::string ExportVics(const HashList& list, bool include_disabled = false);

}  // namespace vigil

#endif  // VIGIL_HASH_LIST_H_
