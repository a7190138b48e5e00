// TextEngine: the lexicon compiled into one Vectorscan block-mode database
// scanned over "canonical \n shadow", then allow-list, `unless`, rules,
// damping and per-tag scores. See include/vigil/text.h.
#include <hs/hs.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "vigil/text.h"

namespace vigil::text {
namespace {

enum class PatKind : uint8_t { kCanonLiteral, kCanonRegex, kShadow };

struct PatInfo {
  int32_t entry;
  PatKind kind;
  uint32_t len;  // byte length of a canonical literal
};

struct RawMatch {
  uint32_t id;
  uint32_t from, to;
};

std::string EscapeLiteral(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  return out;
}

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Regex over the shadow for syllables s1..sn (see NormalizedText::shadow).
std::string PinyinRegex(const std::vector<std::string>& syl, bool initials) {
  std::string re = "\\b";
  for (size_t k = 0; k < syl.size(); ++k) {
    const std::string& s = syl[k];
    bool last = k + 1 == syl.size();
    std::string latin = s;
    if (initials && s.size() > 1) latin = "(?:" + s + "|" + s.substr(0, 1) + ")";
    re += "(?:" + s + ";|" + latin + (last ? "\\b" : " ?") + ")";
  }
  return re;
}

bool SplitPinyinText(std::string_view text, std::vector<std::string>* out) {
  out->clear();
  std::string cur;
  for (char c : text) {
    char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    if (l >= 'a' && l <= 'z') {
      cur.push_back(l);
    } else if (c == ' ' || c == '\'' || c == '-') {
      if (!cur.empty()) out->push_back(cur), cur.clear();
    } else {
      return false;
    }
  }
  if (!cur.empty()) out->push_back(cur);
  return !out->empty();
}

int MatchHandler(unsigned int id, unsigned long long from, unsigned long long to, unsigned int,
                 void* ctx);

inline bool Overlaps(ByteSpan a, ByteSpan b) { return a.begin < b.end && b.begin < a.end; }

float NoisyOr(float a, float w) { return 1.0f - (1.0f - a) * (1.0f - w); }

}  // namespace

struct TextEngine::Db {
  hs_database_t* db = nullptr;
  std::vector<PatInfo> pats;
  ~Db() { hs_free_database(db); }
};

struct TextScratch::Impl {
  hs_scratch_t* scratch = nullptr;
  const void* sized_for = nullptr;
  std::string buf;
  std::vector<RawMatch> raw;
  std::vector<ByteSpan> allows;
  uint32_t max_raw = 0;
  bool truncated = false;
  ~Impl() { hs_free_scratch(scratch); }
};

namespace {
int MatchHandler(unsigned int id, unsigned long long from, unsigned long long to, unsigned int,
                 void* ctx) {
  auto* s = static_cast<TextScratch::Impl*>(ctx);
  if (s->raw.size() >= s->max_raw) {
    s->truncated = true;
    return 1;  // stop scanning
  }
  s->raw.push_back({id, static_cast<uint32_t>(from), static_cast<uint32_t>(to)});
  return 0;
}
}  // namespace

TextScratch::TextScratch() : impl_(std::make_unique<Impl>()) {}
TextScratch::~TextScratch() = default;
TextEngine::~TextEngine() = default;

StatusOr<std::unique_ptr<TextEngine>> TextEngine::Compile(Lexicon lexicon, TextEngineOptions options) {
  std::unique_ptr<TextEngine> eng(new TextEngine());
  eng->normalizer_ = Normalizer(options.normalizer);
  eng->options_ = options;
  auto db = std::make_unique<Db>();
  std::vector<std::string> exprs;
  std::vector<unsigned> flags, ids;
  const auto& entries = lexicon.entries();
  Normalizer canon_norm(options.normalizer);
  for (size_t i = 0; i < entries.size(); ++i) {
    const LexiconEntry& e = entries[i];
    std::string re;
    unsigned fl = 0;
    PatInfo info{static_cast<int32_t>(i), PatKind::kCanonLiteral, 0};
    if (e.form == MatchForm::kLiteral) {
      std::string c = canon_norm.Canonical(e.text);
      if (c.empty() || c == " ") return InvalidArgumentError(e.where + ": term '" + e.text + "' normalises to nothing");
      re = EscapeLiteral(c);
      if (e.word_bound && IsAsciiAlnum(c.front())) re = "\\b" + re;
      if (e.word_bound && IsAsciiAlnum(c.back())) re += "\\b";
      info.len = static_cast<uint32_t>(c.size());
    } else if (e.form == MatchForm::kPinyin) {
      std::vector<std::string> syl;
      std::string c = canon_norm.Canonical(e.text);
      if (!Normalizer::HanSyllables(c, &syl) && !SplitPinyinText(e.text, &syl)) {
        return InvalidArgumentError(e.where + ": pinyin term '" + e.text +
                                    "' must be Han characters with readings or Latin syllables separated by spaces");
      }
      re = PinyinRegex(syl, e.initials && syl.size() >= 2);
      fl = HS_FLAG_SOM_LEFTMOST;
      info.kind = PatKind::kShadow;
    } else {
      re = e.text;
      fl = HS_FLAG_SOM_LEFTMOST | HS_FLAG_UTF8;
      info.kind = PatKind::kCanonRegex;
    }
    exprs.push_back(std::move(re));
    flags.push_back(fl);
    ids.push_back(static_cast<unsigned>(db->pats.size()));
    db->pats.push_back(info);
  }
  if (exprs.empty()) return InvalidArgumentError("lexicon has no terms");
  std::vector<const char*> cexprs;
  for (const auto& x : exprs) cexprs.push_back(x.c_str());
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(cexprs.data(), flags.data(), ids.data(), static_cast<unsigned>(cexprs.size()),
                       HS_MODE_BLOCK, nullptr, &db->db, &err) != HS_SUCCESS) {
    std::string msg = err != nullptr && err->message != nullptr ? err->message : "unknown error";
    std::string where = "lexicon";
    if (err != nullptr && err->expression >= 0 && static_cast<size_t>(err->expression) < db->pats.size()) {
      const LexiconEntry& e = entries[db->pats[err->expression].entry];
      where = e.where + ": term '" + e.text + "'";
    }
    hs_free_compile_error(err);
    return InvalidArgumentError(where + ": cannot compile: " + msg);
  }
  eng->pattern_count_ = exprs.size();
  eng->db_ = std::move(db);
  eng->lexicon_ = std::move(lexicon);
  return eng;
}

Status TextEngine::Analyze(std::string_view text, TextScratch& scratch, TextAnalysis* out) const {
  TextScratch::Impl& s = *scratch.impl_;
  out->hits.clear();
  out->truncated = false;
  const size_t ntags = lexicon_.tags().size();
  out->tag_score.assign(ntags, 0.0f);
  normalizer_.Normalize(text, &out->norm);
  const NormalizedText& n = out->norm;
  if (s.sized_for != db_.get()) {
    if (hs_alloc_scratch(db_->db, &s.scratch) != HS_SUCCESS) {
      return ResourceExhaustedError("cannot allocate Vectorscan scratch");
    }
    s.sized_for = db_.get();
  }
  s.buf.assign(n.canon);
  s.buf.push_back('\n');
  const uint32_t canon_len = static_cast<uint32_t>(n.canon.size());
  const uint32_t shadow_off = canon_len + 1;
  s.buf.append(n.shadow);
  s.raw.clear();
  s.allows.clear();
  s.truncated = false;
  s.max_raw = options_.max_raw_matches;
  if (s.buf.size() > 0xFFFFFFF0u) return ResourceExhaustedError("message too large for the text engine");
  hs_error_t rc = hs_scan(db_->db, s.buf.data(), static_cast<unsigned>(s.buf.size()), 0, s.scratch,
                          &MatchHandler, &s);
  if (rc != HS_SUCCESS && rc != HS_SCAN_TERMINATED) return InternalError("Vectorscan scan failed");
  out->truncated = s.truncated;

  // Raw matches → canonical spans; allow spans apart.
  const auto& entries = lexicon_.entries();
  for (const RawMatch& m : s.raw) {
    const PatInfo& p = db_->pats[m.id];
    ByteSpan cs;
    if (p.kind == PatKind::kShadow) {
      if (m.from < shadow_off || m.to <= m.from) continue;
      cs = n.ShadowToCanon(m.from - shadow_off, m.to - shadow_off);
    } else {
      if (m.to > canon_len) continue;
      uint32_t b = p.kind == PatKind::kCanonLiteral ? m.to - p.len : m.from;
      if (m.to <= b) continue;
      cs = {b, m.to};
    }
    const LexiconEntry& e = entries[p.entry];
    if (e.allow) {
      s.allows.push_back(cs);
      continue;
    }
    TextHit h;
    h.entry = p.entry;
    h.tag = e.tag;
    h.weight = e.weight;
    h.canon = cs;
    out->hits.push_back(std::move(h));
  }
  auto& hits = out->hits;
  // Allow-list overrides overlapping deny hits.
  if (!s.allows.empty()) {
    hits.erase(std::remove_if(hits.begin(), hits.end(),
                              [&](const TextHit& h) {
                                for (ByteSpan a : s.allows) {
                                  if (Overlaps(a, h.canon)) return true;
                                }
                                return false;
                              }),
               hits.end());
  }
  // One hit per entry (its first occurrence); then per tag, overlapping hits
  // (the same word found as literal and as pinyin) count once, the strongest.
  std::sort(hits.begin(), hits.end(), [](const TextHit& a, const TextHit& b) {
    if (a.entry != b.entry) return a.entry < b.entry;
    return a.canon.begin < b.canon.begin;
  });
  hits.erase(std::unique(hits.begin(), hits.end(),
                         [](const TextHit& a, const TextHit& b) { return a.entry == b.entry; }),
             hits.end());
  std::vector<bool> present(ntags, false);
  for (const auto& h : hits) present[h.tag] = true;
  hits.erase(std::remove_if(hits.begin(), hits.end(),
                            [&](const TextHit& h) {
                              for (uint16_t u : entries[h.entry].unless) {
                                if (present[u]) return true;
                              }
                              return false;
                            }),
             hits.end());
  std::sort(hits.begin(), hits.end(), [](const TextHit& a, const TextHit& b) {
    if (a.tag != b.tag) return a.tag < b.tag;
    if (a.canon.begin != b.canon.begin) return a.canon.begin < b.canon.begin;
    return a.weight > b.weight;
  });
  {
    size_t w = 0;
    for (size_t i = 0; i < hits.size(); ++i) {
      if (w > 0 && hits[w - 1].tag == hits[i].tag && Overlaps(hits[w - 1].canon, hits[i].canon)) {
        if (hits[i].weight > hits[w - 1].weight) hits[w - 1] = std::move(hits[i]);
        continue;
      }
      if (w != i) hits[w] = std::move(hits[i]);
      ++w;
    }
    hits.resize(w);
  }
  std::fill(present.begin(), present.end(), false);
  for (auto& h : hits) {
    present[h.tag] = true;
    out->tag_score[h.tag] = NoisyOr(out->tag_score[h.tag], h.weight);
    h.original = n.CanonToOriginal(h.canon.begin, h.canon.end);
  }
  if (!hits.empty()) ApplyRules(out, present);
  for (const auto& d : lexicon_.damps()) {
    if (!present[d.tag]) continue;
    for (uint16_t t : d.only) out->tag_score[t] *= d.factor;
  }
  return Status::OK();
}

}  // namespace vigil::text
