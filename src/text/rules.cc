// Co-occurrence rules, cues and explanations of a TextAnalysis.
#include <algorithm>
#include <array>
#include <cstdio>

#include "vigil/text.h"

namespace vigil::text {
namespace {

float NoisyOr(float a, float w) { return 1.0f - (1.0f - a) * (1.0f - w); }

// Character index of every hit start (canonical bytes → code points).
std::vector<uint32_t> CharPositions(const std::string& canon, const std::vector<TextHit>& hits) {
  std::vector<std::pair<uint32_t, size_t>> order;
  order.reserve(hits.size());
  for (size_t i = 0; i < hits.size(); ++i) order.emplace_back(hits[i].canon.begin, i);
  std::sort(order.begin(), order.end());
  std::vector<uint32_t> pos(hits.size());
  uint32_t chars = 0, byte = 0;
  for (const auto& [b, i] : order) {
    for (; byte < b && byte < canon.size(); ++byte) {
      if ((static_cast<unsigned char>(canon[byte]) & 0xC0) != 0x80) ++chars;
    }
    pos[i] = chars;
  }
  return pos;
}

// Finds hits, one per group, whose starts lie within `window` characters
// (any distance when window is 0). Fills `support`; false when none.
struct WindowScratch {
  std::vector<std::pair<uint32_t, uint32_t>> cand;  // (pos, hit) of hits in any group
  std::vector<uint32_t> mask;
};

bool FindWindow(const LexiconRule& r, const std::vector<TextHit>& hits,
                const std::vector<uint32_t>& pos, WindowScratch& ws, std::vector<uint32_t>* support) {
  const size_t ng = r.needs.size();
  auto& cand = ws.cand;
  auto& mask = ws.mask;
  cand.clear();
  mask.clear();
  for (size_t i = 0; i < hits.size(); ++i) {
    uint32_t m = 0;
    for (size_t g = 0; g < ng && g < 32; ++g) {
      if (std::find(r.needs[g].begin(), r.needs[g].end(), hits[i].tag) != r.needs[g].end()) m |= 1u << g;
    }
    if (m != 0) cand.emplace_back(pos[i], static_cast<uint32_t>(i));
  }
  std::sort(cand.begin(), cand.end());
  for (const auto& c : cand) {
    uint32_t m = 0;
    for (size_t g = 0; g < ng && g < 32; ++g) {
      if (std::find(r.needs[g].begin(), r.needs[g].end(), hits[c.second].tag) != r.needs[g].end()) m |= 1u << g;
    }
    mask.push_back(m);
  }
  const uint32_t full = ng >= 32 ? 0xFFFFFFFFu : (1u << ng) - 1;
  std::array<int, 32> pick;
  const size_t ngroups = std::min<size_t>(ng, pick.size());
  for (size_t lo = 0; lo < cand.size(); ++lo) {
    pick.fill(-1);
    uint32_t have = 0;
    for (size_t hi = lo; hi < cand.size(); ++hi) {
      if (r.window != 0 && cand[hi].first - cand[lo].first > r.window) break;
      uint32_t add = mask[hi] & ~have;
      // Give this hit to the first group it can still fill.
      for (size_t g = 0; g < ngroups && add; ++g) {
        if (add & (1u << g)) {
          pick[g] = static_cast<int>(cand[hi].second);
          have |= 1u << g;
          break;
        }
      }
      if (have == full) {
        support->clear();
        for (size_t g = 0; g < ngroups; ++g) support->push_back(static_cast<uint32_t>(pick[g]));
        return true;
      }
    }
  }
  return false;
}

// Most messages fire no rule: the groups are checked as tag bitmasks, and
// the allocations below happen only once some rule has every group present.
constexpr size_t kMaxTagWords = 8;  // 512 tags; more falls back to the plain check

bool Intersects(const uint64_t* a, const uint64_t* b, size_t words) {
  uint64_t any = 0;
  for (size_t w = 0; w < words; ++w) any |= a[w] & b[w];
  return any != 0;
}

}  // namespace

void TextEngine::CompileRuleMasks() {
  const auto& rules = lexicon_.rules();
  tag_words_ = (lexicon_.tags().size() + 63) / 64;
  rule_masks_.clear();
  rule_mask_at_.clear();
  rules_by_first_tag_.assign(lexicon_.tags().size(), {});
  rules_always_.clear();
  for (size_t ri = 0; ri < rules.size(); ++ri) {
    if (rules[ri].needs.empty()) {
      rules_always_.push_back(static_cast<uint32_t>(ri));
      continue;
    }
    for (uint16_t t : rules[ri].needs[0]) {
      auto& v = rules_by_first_tag_[t];
      if (v.empty() || v.back() != ri) v.push_back(static_cast<uint32_t>(ri));
    }
  }
  if (tag_words_ > kMaxTagWords) return;
  for (const LexiconRule& r : rules) {
    rule_mask_at_.push_back(static_cast<uint32_t>(rule_masks_.size()));
    auto add_group = [&](const std::vector<uint16_t>& tags) {
      const size_t at = rule_masks_.size();
      rule_masks_.resize(at + tag_words_, 0);
      for (uint16_t t : tags) rule_masks_[at + t / 64] |= uint64_t{1} << (t % 64);
    };
    for (const auto& g : r.needs) add_group(g);
    add_group(r.unless);
  }
  rule_mask_at_.push_back(static_cast<uint32_t>(rule_masks_.size()));  // end of the last rule
}

void TextEngine::ApplyRules(TextAnalysis* a, std::vector<bool>& present) const {
  const auto& rules = lexicon_.rules();
  if (rules.empty()) return;
  const bool masks = !rule_mask_at_.empty();
  uint64_t bits[kMaxTagWords] = {};
  if (masks) {
    for (const TextHit& h : a->hits) bits[h.tag / 64] |= uint64_t{1} << (h.tag % 64);  // = present
  }
  // Whether every group of rule ri has a present tag and none of `unless` is.
  auto ready = [&](size_t ri) {
    const LexiconRule& r = rules[ri];
    if (masks) {
      const uint64_t* m = rule_masks_.data() + rule_mask_at_[ri];
      const uint64_t* const unless = rule_masks_.data() + rule_mask_at_[ri + 1] - tag_words_;
      for (; m != unless; m += tag_words_) {
        if (!Intersects(bits, m, tag_words_)) return false;
      }
      return !Intersects(bits, m, tag_words_);
    }
    bool ok = true;
    for (const auto& g : r.needs) {
      bool some = false;
      for (uint16_t t : g) some |= present[t];
      ok &= some;
    }
    for (uint16_t u : r.unless) ok &= !present[u];
    return ok;
  };
  // The first ready rule: only rules whose first group has a tag that hit
  // (or that have no group) can be.
  size_t first = rules.size();
  for (uint32_t ri : rules_always_) {
    if (ri < first && ready(ri)) first = ri;
  }
  for (const TextHit& h : a->hits) {  // their tags are the present ones
    for (uint32_t ri : rules_by_first_tag_[h.tag]) {
      if (ri >= first) break;
      if (ready(ri)) first = ri;
    }
  }
  if (first == rules.size()) return;
  std::vector<bool> fired(rules.size(), false);
  std::vector<uint32_t> support;
  std::vector<uint32_t> pos;
  WindowScratch ws;
  for (size_t pass = 0; pass <= rules.size(); ++pass) {
    bool any = false;
    bool have_pos = false;
    for (size_t ri = pass == 0 ? first : 0; ri < rules.size(); ++ri) {
      const LexiconRule& r = rules[ri];
      if (fired[ri]) continue;
      if (!ready(ri)) continue;
      if (!have_pos) {  // computed only when some rule has all its groups present
        pos = CharPositions(a->norm.canon, a->hits);
        have_pos = true;
      }
      if (!FindWindow(r, a->hits, pos, ws, &support)) continue;
      TextHit h;
      h.rule = static_cast<int32_t>(ri);
      h.tag = r.out_tag;
      h.weight = r.score;
      h.canon = a->hits[support[0]].canon;
      for (uint32_t s : support) {
        h.canon.begin = std::min(h.canon.begin, a->hits[s].canon.begin);
        h.canon.end = std::max(h.canon.end, a->hits[s].canon.end);
      }
      h.original = a->norm.CanonToOriginal(h.canon.begin, h.canon.end);
      h.support_begin = static_cast<uint32_t>(a->support.size());
      h.support_count = static_cast<uint32_t>(support.size());
      a->support.insert(a->support.end(), support.begin(), support.end());
      a->hits.push_back(std::move(h));
      pos.push_back(pos[support[0]]);
      present[r.out_tag] = true;
      if (masks) bits[r.out_tag / 64] |= uint64_t{1} << (r.out_tag % 64);
      a->tag_score[r.out_tag] = NoisyOr(a->tag_score[r.out_tag], r.score);
      fired[ri] = true;
      any = true;
    }
    if (!any) break;
  }
}

void TextEngine::FillCues(const TextAnalysis& a, MessageCues* cues) const {
  cues->Clear();
  const auto& tags = lexicon_.tags();
  for (const auto& h : a.hits) {
    int fam = tags[h.tag].family;
    if (fam < 0) continue;
    cues->hits.push_back({static_cast<CueFamily>(fam), h.weight, h.original.begin, h.original.end,
                          h.entry >= 0 ? static_cast<uint32_t>(h.entry) : UINT32_MAX});
  }
  for (size_t t = 0; t < tags.size() && t < a.tag_score.size(); ++t) {
    int fam = tags[t].family;
    if (fam < 0 || a.tag_score[t] <= 0) continue;
    float& s = cues->score[fam];
    s = static_cast<int>(t) == fam ? std::max(s, a.tag_score[t]) : NoisyOr(s, a.tag_score[t]);
  }
  // Category scores are final (after damping), not noisy-or of their parts.
  for (CueFamily f : {CueFamily::kSolicitation, CueFamily::kCsamTrading, CueFamily::kSextortion}) {
    cues->score[static_cast<int>(f)] = a.Score(f);
  }
}

std::string_view TextEngine::HitLabel(const TextHit& h) const {
  if (h.entry >= 0) return lexicon_.entries()[h.entry].label;
  if (h.rule >= 0) return lexicon_.rules()[h.rule].name;
  return "?";
}

std::vector<const TextHit*> TextEngine::Evidence(const TextAnalysis& a, uint16_t tag) const {
  std::vector<const TextHit*> out;
  std::vector<bool> seen(a.hits.size(), false);
  std::vector<size_t> stack;
  for (size_t i = 0; i < a.hits.size(); ++i) {
    if (a.hits[i].tag == tag) stack.push_back(i);
  }
  while (!stack.empty()) {
    size_t i = stack.back();
    stack.pop_back();
    if (seen[i]) continue;
    seen[i] = true;
    if (a.hits[i].entry >= 0) out.push_back(&a.hits[i]);
    const TextHit& h = a.hits[i];
    for (uint32_t k = 0; k < h.support_count; ++k) stack.push_back(a.support[h.support_begin + k]);
  }
  std::sort(out.begin(), out.end(),
            [](const TextHit* x, const TextHit* y) { return x->original.begin < y->original.begin; });
  return out;
}

std::string TextEngine::Explain(const TextAnalysis& a, uint16_t tag) const {
  char num[32];
  std::snprintf(num, sizeof num, "%.2f", tag < a.tag_score.size() ? a.tag_score[tag] : 0.0f);
  std::string s = lexicon_.tags()[tag].name + " " + num + ":";
  auto span = [&](const TextHit& h) {
    return std::string(HitLabel(h)) + "@" + std::to_string(h.original.begin) + "-" +
           std::to_string(h.original.end);
  };
  bool first = true;
  for (const auto& h : a.hits) {
    if (h.tag != tag) continue;
    s += first ? " " : "; ";
    first = false;
    if (h.rule >= 0) {
      s += "rule " + std::string(HitLabel(h)) + " (";
      for (uint32_t k = 0; k < h.support_count; ++k) {
        if (k) s += ", ";
        s += span(a.hits[a.support[h.support_begin + k]]);
      }
      s += ")";
    } else {
      s += "term " + span(h);
    }
  }
  for (const auto& d : lexicon_.damps()) {
    if (std::find(d.only.begin(), d.only.end(), tag) == d.only.end()) continue;
    if (DampLifted(d, a.hits)) continue;
    for (const auto& h : a.hits) {
      if (h.tag == d.tag) {
        std::snprintf(num, sizeof num, "%.2f", d.factor);
        s += "; damped x" + std::string(num) + " by " + lexicon_.tags()[d.tag].name;
        break;
      }
    }
  }
  return s;
}

}  // namespace vigil::text
