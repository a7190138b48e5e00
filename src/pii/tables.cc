#include "pii/tables.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace vigil::pii {
namespace {

StatusOr<std::vector<std::string>> ReadLines(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open");
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

StatusOr<std::vector<Cue>> LoadCues(const std::string& path) {
  VIGIL_ASSIGN_OR_RETURN(auto lines, ReadLines(path));
  std::vector<Cue> cues;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (l.empty() || l[0] == '#') continue;
    size_t tab = l.find('\t');
    std::string kind = l.substr(0, tab);
    std::string term = tab == std::string::npos ? "" : l.substr(tab + 1);
    CueKind k = kind == "phone" ? CueKind::kPhone : kind == "ssn" ? CueKind::kSsn
              : kind == "id" ? CueKind::kId : kind == "card" ? CueKind::kCard
              : kind == "negative" ? CueKind::kNegative : CueKind::kNone;
    if (k == CueKind::kNone || term.empty()) {
      return InvalidArgumentError(path + ":" + std::to_string(i + 1) +
                                  ": expected KIND<TAB>TERM with KIND phone|ssn|id|card|negative");
    }
    for (char& c : term) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    cues.push_back({k, term});
  }
  return cues;
}

}  // namespace

std::string ResolveDataDir(const std::string& dir) {
  namespace fs = std::filesystem;
  if (!dir.empty()) return dir;
  if (const char* env = std::getenv("VIGIL_DATA_DIR"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  if (fs::is_directory("data/pii", ec)) return "data";
  return VIGIL_SOURCE_DIR "/data";
}

StatusOr<std::unique_ptr<PiiRecognizer::Tables>> LoadTables(const std::string& data_dir) {
  std::string dir = ResolveDataDir(data_dir) + "/pii/";
  auto t = std::make_unique<PiiRecognizer::Tables>();
  VIGIL_ASSIGN_OR_RETURN(t->regions, RegionTable::Load(dir + "cn_region_codes.tsv"));
  t->today = TodayYmd();
  VIGIL_ASSIGN_OR_RETURN(t->cues, LoadCues(dir + "context.tsv"));
  VIGIL_ASSIGN_OR_RETURN(auto roles, ReadLines(dir + "role_emails.txt"));
  for (const auto& r : roles) {
    if (!r.empty() && r[0] != '#') t->role_emails.insert(r);
  }
  return t;
}

}  // namespace vigil::pii
