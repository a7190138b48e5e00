// Immutable tables of the PII recogniser, loaded from data/pii/.
#ifndef VIGIL_PII_TABLES_H_
#define VIGIL_PII_TABLES_H_

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "pii/validators.h"
#include "vigil/pii.h"

namespace vigil::pii {

enum class CueKind { kNone, kPhone, kSsn, kId, kCard, kNegative };

// Bytes before a numeric candidate searched for context cues (about ten
// CJK characters or five English words).
inline constexpr uint32_t kContextWindow = 30;

struct Cue {
  CueKind kind;
  std::string term;  // lower case
};

// Resolves the data directory: `dir` when set, else $VIGIL_DATA_DIR, else
// ./data when it has a pii/ folder, else the source tree's data/.
std::string ResolveDataDir(const std::string& dir);

StatusOr<std::unique_ptr<PiiRecognizer::Tables>> LoadTables(const std::string& data_dir);

}  // namespace vigil::pii

namespace vigil {
struct PiiRecognizer::Tables {
  std::unique_ptr<pii::RegionTable> regions;
  int today = 0;  // YYYYMMDD at load time
  std::vector<pii::Cue> cues;
  std::unordered_set<std::string> role_emails;
};
}  // namespace vigil

#endif  // VIGIL_PII_TABLES_H_
