// Doxing scorer: a message that exposes a third party's identifiers (or
// whereabouts) together with targeting context — search results (人肉, 开盒,
// 起底, "doxxed"), incitement ("go find him", 大家去他公司, "call her all
// night"), exposure and shaming — scores high; a user's own details, a
// consented referral, a found ID card or a conversation about doxing score
// low. Cue terms are data (data/pii/doxing_cues.tsv), matched in one
// Vectorscan pass over the original text.
#ifndef VIGIL_PII_DOXING_H_
#define VIGIL_PII_DOXING_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/pii.h"
#include "vigil/status.h"
#include "vigil/verdict.h"

struct hs_database;
struct hs_scratch;

namespace vigil::pii {

enum class DoxCategory : uint8_t {
  kSearch,   // 人肉 / 开盒 / 起底 / doxxed: the result of a hunt
  kIncite,   // calls to act against the person
  kExpose,   // exposing, naming and shaming
  kLocate,   // where the person lives, works, studies, their routine
  kSelf,     // the details are the writer's own (negative)
  kBenign,   // consent, lost-and-found, support, discussion of doxing (negative)
  kCount
};

struct DoxCue {
  DoxCategory category;
  float weight;
  std::string term;
};

struct DoxScore {
  double score = 0;  // 0..1
  bool doxing = false;
  std::vector<EvidenceSpan> evidence;  // cue spans (terms only, never values)
  std::string explanation;
};

// Per-thread Vectorscan scratch.
class DoxScratch {
 public:
  DoxScratch() = default;
  ~DoxScratch();
  DoxScratch(const DoxScratch&) = delete;
  DoxScratch& operator=(const DoxScratch&) = delete;
  hs_scratch* scratch = nullptr;
  const hs_database* db = nullptr;  // the database `scratch` was sized for
  std::vector<std::pair<unsigned, unsigned long long>> hits;  // cue id, end offset
};

class DoxingScorer {
 public:
  // Loads data_dir/pii/doxing_cues.tsv (CATEGORY<TAB>WEIGHT<TAB>TERM).
  static StatusOr<std::unique_ptr<DoxingScorer>> Create(const std::string& data_dir);
  static StatusOr<std::unique_ptr<DoxingScorer>> FromCues(std::vector<DoxCue> cues);
  ~DoxingScorer();

  // Scores `text` given the entities found in it. Thread-safe with one
  // scratch per thread. `threshold`: score at which doxing is true.
  DoxScore Score(std::string_view text, const std::vector<PiiEntity>& entities,
                 DoxScratch* scratch) const;

  static constexpr double kThreshold = 0.5;

 private:
  DoxingScorer() = default;
  std::vector<DoxCue> cues_;
  hs_database* db_ = nullptr;
};

}  // namespace vigil::pii

#endif  // VIGIL_PII_DOXING_H_
