#include "pii/doxing.h"

#include <hs/hs.h>

#include <algorithm>
#include <fstream>

#include "pii/tables.h"

namespace vigil::pii {
namespace {

constexpr std::string_view kCategoryNames[] = {"search", "incite", "expose", "locate", "self", "benign"};

int OnMatch(unsigned id, unsigned long long, unsigned long long to, unsigned, void* ctx) {
  auto* hits = static_cast<std::vector<std::pair<unsigned, unsigned long long>>*>(ctx);
  if (hits->size() < 256) hits->emplace_back(id, to);
  return 0;
}

// Weight of an entity as exposed information about a person.
double EntityWeight(PiiType t) {
  switch (t) {
    case PiiType::kCnResidentId: case PiiType::kTwNationalId: case PiiType::kHkId:
    case PiiType::kUsSsn: case PiiType::kBankCard:
      return 0.35;
    default:
      return 0.25;
  }
}

}  // namespace

DoxScratch::~DoxScratch() {
  if (scratch != nullptr) hs_free_scratch(scratch);
}

DoxingScorer::~DoxingScorer() {
  if (db_ != nullptr) hs_free_database(db_);
}

StatusOr<std::unique_ptr<DoxingScorer>> DoxingScorer::Create(const std::string& data_dir) {
  std::string path = ResolveDataDir(data_dir) + "/pii/doxing_cues.tsv";
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open");
  std::vector<DoxCue> cues;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    size_t t1 = line.find('\t'), t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    auto bad = [&] {
      return InvalidArgumentError(path + ":" + std::to_string(n) +
                                  ": expected CATEGORY<TAB>WEIGHT<TAB>TERM with CATEGORY one of "
                                  "search|incite|expose|locate|self|benign");
    };
    if (t2 == std::string::npos || t2 + 1 >= line.size()) return bad();
    std::string cat = line.substr(0, t1);
    auto it = std::find(std::begin(kCategoryNames), std::end(kCategoryNames), cat);
    if (it == std::end(kCategoryNames)) return bad();
    char* end = nullptr;
    std::string w = line.substr(t1 + 1, t2 - t1 - 1);
    float weight = std::strtof(w.c_str(), &end);
    if (end == w.c_str() || *end != '\0' || weight < 0 || weight > 1) return bad();
    cues.push_back({static_cast<DoxCategory>(it - std::begin(kCategoryNames)), weight,
                    line.substr(t2 + 1)});
  }
  auto s = FromCues(std::move(cues));
  if (!s.ok()) return s.status().WithContext(path);
  return s;
}

StatusOr<std::unique_ptr<DoxingScorer>> DoxingScorer::FromCues(std::vector<DoxCue> cues) {
  if (cues.empty()) return InvalidArgumentError("no doxing cue terms");
  std::unique_ptr<DoxingScorer> d(new DoxingScorer());
  d->cues_ = std::move(cues);
  std::vector<const char*> exprs;
  std::vector<size_t> lens;
  std::vector<unsigned> flags, ids;
  for (size_t i = 0; i < d->cues_.size(); ++i) {
    exprs.push_back(d->cues_[i].term.c_str());
    lens.push_back(d->cues_[i].term.size());
    flags.push_back(HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH);
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_compile_error_t* err = nullptr;
  if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(),
                           static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr, &d->db_,
                           &err) != HS_SUCCESS) {
    std::string msg = std::string("cue term ") + std::to_string(err->expression) + ": " + err->message;
    hs_free_compile_error(err);
    return InvalidArgumentError(msg);
  }
  return d;
}

DoxScore DoxingScorer::Score(std::string_view text, const std::vector<PiiEntity>& entities,
                             DoxScratch* scratch) const {
  DoxScore out;
  if (scratch->db != db_) {
    if (hs_alloc_scratch(db_, &scratch->scratch) != HS_SUCCESS) return out;
    scratch->db = db_;
  }
  scratch->hits.clear();
  hs_scan(db_, text.data(), static_cast<unsigned>(text.size()), 0, scratch->scratch, &OnMatch,
          &scratch->hits);
  double sum[static_cast<int>(DoxCategory::kCount)] = {};
  for (const auto& [id, to] : scratch->hits) {
    const DoxCue& c = cues_[id];
    sum[static_cast<int>(c.category)] += c.weight;
    uint32_t end = static_cast<uint32_t>(to);
    out.evidence.push_back({end - static_cast<uint32_t>(c.term.size()), end, c.term});
  }
  auto cat = [&](DoxCategory c, double cap) { return std::min(sum[static_cast<int>(c)], cap); };
  double info = 0;
  for (const auto& e : entities) info += EntityWeight(e.type);
  info = std::min(info, 0.6);
  double locate = cat(DoxCategory::kLocate, 0.4);
  double target = cat(DoxCategory::kSearch, 0.8) + cat(DoxCategory::kIncite, 0.8) +
                  cat(DoxCategory::kExpose, 0.6);
  double against = cat(DoxCategory::kSelf, 1.0) + cat(DoxCategory::kBenign, 1.0);
  double exposed = std::min(info + locate, 0.8);
  double s = target > 0 ? target * 0.7 + exposed * 0.6 - against : 0;
  out.score = std::clamp(s, 0.0, 1.0);
  // Something about the person must be exposed: an identifier, or at least
  // two whereabouts cues (home, workplace, school, routine).
  out.doxing = (info > 0 || locate >= 0.29) && out.score >= kThreshold;
  if (out.doxing) {
    out.explanation = std::to_string(entities.size()) + " identifier(s)";
    if (locate > 0) out.explanation += " and whereabouts";
    out.explanation += " of a person posted with targeting cues (";
    bool first = true;
    for (auto c : {DoxCategory::kSearch, DoxCategory::kIncite, DoxCategory::kExpose}) {
      if (sum[static_cast<int>(c)] <= 0) continue;
      out.explanation += first ? "" : ", ";
      out.explanation += kCategoryNames[static_cast<int>(c)];
      first = false;
    }
    out.explanation += ")";
  }
  return out;
}

}  // namespace vigil::pii
