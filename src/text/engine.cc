// TextEngine: the lexicon compiled into Vectorscan block-mode databases
// (canonical literals, pinyin shadow literals, one SOM database per regex),
// then allow-list, `unless`, rules, damping and per-tag scores. See
// include/vigil/text.h.
#include <hs/hs.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <tuple>

#include <spdlog/spdlog.h>

#include "text/db_cache.h"
#include "text/pattern_expand.h"
#include "vigil/text.h"

namespace vigil::text {
namespace {

// kCanonLiteral: literal on the canonical form; kCanonRegex: contributor
// pattern on the canonical form; kShadow: literal on the pinyin shadow;
// kGate: a literal one of which every match of some regex contains (see
// RequiredLiterals): the regexes run only where a gate occurs.
enum class PatKind : uint8_t { kCanonLiteral, kCanonRegex, kShadow, kGate };

// Word-boundary checks of a literal, done in the match handler instead of
// as \b assertions in the database, which would take Vectorscan off its
// fast pure-literal matchers (the literal's first/last byte is a word byte).
// Anchors (^ and $ of an expanded pattern) are checked there too.
enum : uint8_t { kBoundLeft = 1, kBoundRight = 2, kAnchorStart = 4, kAnchorEnd = 8 };

struct PatInfo {
  int32_t entry;
  PatKind kind;
  uint8_t bounds = 0;  // kBoundLeft | kBoundRight, literals only
  uint32_t len;  // byte length of a literal match
  bool gated = false;  // a kCanonRegex that runs only where one of its gates occurs
  uint32_t regex = 0;  // kCanonRegex and kGate: ordinal of the regex (its SOM database)
};

// Vectorscan's (non-UCP) \w: ASCII letters, digits and '_'.
inline bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Moves leading/trailing \b assertions of a literal pattern into flags.
uint8_t TakeBounds(std::string* re) {
  uint8_t b = 0;
  if (re->starts_with("\\b")) {
    re->erase(0, 2);
    b |= kBoundLeft;
  }
  if (re->ends_with("\\b")) {
    re->resize(re->size() - 2);
    b |= kBoundRight;
  }
  return b;
}

// Most literals one finite pattern may expand to (beyond that it stays a regex).
constexpr size_t kMaxExpansion = 512;
// Most gate literals one regex may have (beyond that it runs on every message).
constexpr size_t kMaxGates = 128;

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

// Folds the non-ASCII characters of a lexicon pattern one by one as the
// normaliser folds text (Traditional to Simplified, full-width forms,
// confusables), so that a pattern written as people write ("这么成熟",
// "家長") meets the canonical text it runs on ("这幺成熟", "家长"): the
// canonical form of 么 is 幺 (OpenCC's Taiwan table). ASCII is kept as
// written (patterns are lower case; context rules such as separator
// removal apply to messages, not to pattern fragments). In a regex only a
// fold to one non-ASCII character or to an ASCII letter or digit is taken
// (never a metacharacter).
std::string CanonChars(const Normalizer& norm, std::string_view s, bool regex) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (i + len > s.size()) len = s.size() - i;
    std::string_view ch = s.substr(i, len);
    i += len;
    if (len == 1) {
      out += ch;
      continue;
    }
    std::string c = norm.Canonical(ch);
    const unsigned char c0 = c.empty() ? 0 : static_cast<unsigned char>(c[0]);
    const size_t clen = c0 < 0x80 ? 1 : c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : 2;
    bool one = !c.empty() && clen == c.size();
    bool ok = regex ? one && (c0 >= 0x80 || IsAsciiAlnum(static_cast<char>(c0))) : !c.empty() && c != " ";
    out += ok ? std::string_view(c) : ch;
  }
  return out;
}

// Every writing of syllables s1..sn in the shadow (see NormalizedText::shadow)
// as literal patterns: each syllable is a Han homophone ("luo;"), spelled
// ("luo") or, with initials, its first letter ("l"); a Latin element followed
// by a Han one gets the separating space the shadow carries. Two spelled
// syllables in a row are written joined or with one space between them
// ("weixin", "wei xin": pinyin typed as words); initials never take a space
// ("w x" is too common). Literals keep Vectorscan on its fast literal
// matchers (3^n forms, and up to 2^(n-1) spacings of each; n <= 6 syllables).
std::vector<std::string> PinyinLiterals(const std::vector<std::string>& syl, bool initials) {
  const int alts = initials ? 3 : 2;
  size_t total = 1;
  for (size_t k = 0; k < syl.size(); ++k) total *= alts;
  std::vector<std::string> out;
  std::vector<int> forms(syl.size());
  for (size_t combo = 0; combo < total; ++combo) {
    size_t c = combo;
    int gaps = 0;  // places between two spelled syllables
    for (size_t k = 0; k < syl.size(); ++k) {
      forms[k] = static_cast<int>(c % alts);
      c /= alts;
      if (k > 0 && forms[k] == 1 && forms[k - 1] == 1) ++gaps;
    }
    for (uint32_t spaced = 0; spaced < (1u << gaps); ++spaced) {
      std::string lit = "\\b";
      bool prev_latin = false;
      int gap = 0;
      for (size_t k = 0; k < syl.size(); ++k) {
        if (forms[k] == 0) {  // Han homophone
          if (prev_latin) lit += "\\x20";
          lit += EscapeLiteral(syl[k] + ";");
          prev_latin = false;
          continue;
        }
        if (k > 0 && forms[k] == 1 && forms[k - 1] == 1 && ((spaced >> gap++) & 1u)) lit += "\\x20";
        lit += EscapeLiteral(forms[k] == 1 ? syl[k] : syl[k].substr(0, 1));
        prev_latin = true;
      }
      if (prev_latin) lit += "\\b";
      out.push_back(std::move(lit));
    }
  }
  return out;
}

// Byte length of a pattern produced by EscapeLiteral (+ \\b assertions).
uint32_t LiteralLength(std::string_view re) {
  uint32_t n = 0;
  for (size_t i = 0; i < re.size();) {
    if (re.compare(i, 2, "\\b") == 0) {
      i += 2;
    } else if (re.compare(i, 2, "\\x") == 0) {
      i += 4;
      ++n;
    } else {
      ++i;
      ++n;
    }
  }
  return n;
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

// Whether a regex may assert the end of the text ($, \z, \Z): conservative,
// any unescaped '$' counts.
bool HasEndAssertion(std::string_view re) {
  for (size_t i = 0; i < re.size(); ++i) {
    if (re[i] == '\\') {
      if (i + 1 < re.size() && (re[i + 1] == 'z' || re[i + 1] == 'Z')) return true;
      ++i;
    } else if (re[i] == '$') {
      return true;
    }
  }
  return false;
}

inline bool Overlaps(ByteSpan a, ByteSpan b) { return a.begin < b.end && b.begin < a.end; }

float NoisyOr(float a, float w) { return 1.0f - (1.0f - a) * (1.0f - w); }

}  // namespace

// `canon_db` holds the canonical-form literals and patterns and is scanned
// over the canonical text only; `shadow_db` holds the pinyin literals and is
// scanned over the shadow only (neither wastes time on the other form).
// Neither tracks start of match (cheap). Each regex has its own database
// with leftmost SOM, `som_dbs[regex ordinal]`, scanned only for messages
// where one of its gates occurred (or, ungated, it matched in `canon_db`):
// a common gate word then costs the scan of one regex, not of all of them.
// `both_db` holds both sets: an ASCII canonical form is its own shadow, and
// one scan of it with both sets costs less than two scans.
struct TextEngine::Db {
  hs_database_t* canon_db = nullptr;   // canonical literals and patterns
  hs_database_t* shadow_db = nullptr;  // pinyin literals, for the shadow
  hs_database_t* both_db = nullptr;    // both, for a canonical form that is its own shadow
  std::vector<hs_database_t*> som_dbs;
  std::vector<uint8_t> som_pad;  // per regex: scanned with the canonical form's NUL terminator (see Analyze)
  std::vector<PatInfo> pats;
  ~Db() {
    hs_free_database(canon_db);
    hs_free_database(shadow_db);
    hs_free_database(both_db);
    for (hs_database_t* d : som_dbs) hs_free_database(d);
  }
};

struct TextScratch::Impl {
  hs_scratch_t* scratch = nullptr;
  const PatInfo* pats = nullptr;  // of the database being scanned
  std::string_view scanned;       // the bytes being scanned
  uint32_t base = 0;              // added to reported offsets (see Analyze)
  const void* sized_for = nullptr;
  std::vector<RawMatch> raw;
  std::vector<ByteSpan> allows;
  std::vector<bool> present;
  uint32_t max_raw = 0;
  bool truncated = false;
  std::vector<uint8_t> regex_on;     // per regex ordinal: must run on this message
  std::vector<uint32_t> regex_todo;  // the ordinals set in regex_on
  ~Impl() { hs_free_scratch(scratch); }

  // Marks regex `r` to run on this message.
  void WantRegex(uint32_t r) {
    if (regex_on[r]) return;
    regex_on[r] = 1;
    regex_todo.push_back(r);
  }
  void ClearRegexes() {
    for (uint32_t r : regex_todo) regex_on[r] = 0;
    regex_todo.clear();
  }
  // Grows the scratch for every database of an engine (once per engine `key`).
  bool SizeFor(const void* key, const hs_database_t* canon_db, const hs_database_t* shadow_db,
               const hs_database_t* both_db, const std::vector<hs_database_t*>& som_dbs) {
    if (sized_for == key) return true;
    auto grow = [&](const hs_database_t* d) { return d == nullptr || hs_alloc_scratch(d, &scratch) == HS_SUCCESS; };
    if (!grow(canon_db) || !grow(shadow_db) || !grow(both_db)) return false;
    for (const hs_database_t* d : som_dbs) {
      if (!grow(d)) return false;
    }
    regex_on.assign(som_dbs.size(), 0);
    regex_todo.clear();
    sized_for = key;
    return true;
  }
  // Scans `bytes` with a start-of-match database in windows of at most
  // kSomWindow bytes (see kSomWindow), appending raw matches.
  bool ScanSom(const hs_database_t* db, std::string_view bytes);
  // Scans `bytes` (at offset `at` of buf) with `db`, appending raw matches.
  bool Scan(const hs_database_t* db, std::string_view bytes, uint32_t at) {
    if (db == nullptr) return true;
    scanned = bytes;
    base = at;
    const hs_error_t rc = hs_scan(db, bytes.data(), static_cast<unsigned>(bytes.size()), 0, scratch,
                                  &MatchHandler, this);
    return rc == HS_SUCCESS || rc == HS_SCAN_TERMINATED;
  }
};

// Vectorscan 5.4.9 (Debian 12) aborts the process when a reverse
// double-byte search covers more than 254 bytes: it copies the range with a
// fortified snprintf into a 255-byte stack buffer (VectorCamp/vectorscan#392,
// fixed in 5.4.13). Some start-of-match databases do such a search on any
// longer buffer (`\b[0-9]+ (?:minutes|hours)\.` aborts on every buffer of 255
// bytes or more). A start-of-match scan therefore never gets more than
// kSomWindow bytes: a longer text is scanned in windows overlapping by
// kSomStep. A match is kept from a window only when it touches neither of
// the window's inner edges (there \b, ^ and $ would see a cut text); every
// match shorter than kSomWindow - kSomStep lies inside some window away from
// its edges, and is found there with the same start and end. A match that is
// longer may be missed or reported with a later start.
constexpr size_t kSomWindow = 254;
constexpr size_t kSomStep = 127;

bool TextScratch::Impl::ScanSom(const hs_database_t* db, std::string_view bytes) {
  if (bytes.size() <= kSomWindow) return Scan(db, bytes, 0);
  const size_t first = raw.size();
  for (size_t ws = 0;; ws += kSomStep) {
    const size_t we = std::min(bytes.size(), ws + kSomWindow);
    const size_t before = raw.size();
    if (!Scan(db, bytes.substr(ws, we - ws), static_cast<uint32_t>(ws))) return false;
    raw.erase(std::remove_if(raw.begin() + static_cast<std::ptrdiff_t>(before), raw.end(),
                             [&](const RawMatch& m) {
                               return (ws > 0 && m.from == ws) || (we < bytes.size() && m.to == we);
                             }),
              raw.end());
    if (we == bytes.size() || truncated) break;
  }
  // Matches found in two overlapping windows count once; they stay in the
  // order one scan reports them (by end; a database holds one regex).
  const auto b = raw.begin() + static_cast<std::ptrdiff_t>(first);
  auto key = [](const RawMatch& m) { return std::tie(m.to, m.id, m.from); };
  std::sort(b, raw.end(), [&](const RawMatch& x, const RawMatch& y) { return key(x) < key(y); });
  raw.erase(std::unique(b, raw.end(), [&](const RawMatch& x, const RawMatch& y) { return key(x) == key(y); }),
            raw.end());
  return true;
}

namespace {
int MatchHandler(unsigned int id, unsigned long long from, unsigned long long to, unsigned int,
                 void* ctx) {
  auto* s = static_cast<TextScratch::Impl*>(ctx);
  if (s->pats[id].kind == PatKind::kGate) {
    s->WantRegex(s->pats[id].regex);
    return 0;
  }
  if (const uint8_t b = s->pats[id].bounds) {
    const std::string_view buf = s->scanned;
    const uint64_t start = to - s->pats[id].len;
    if ((b & kBoundLeft) && start > 0 && IsWordByte(buf[start - 1])) return 0;
    if ((b & kBoundRight) && to < buf.size() && IsWordByte(buf[to])) return 0;
    if ((b & kAnchorStart) && start != 0) return 0;
    if ((b & kAnchorEnd) && to != buf.size()) return 0;
  }
  if (s->raw.size() >= s->max_raw) {
    s->truncated = true;
    return 1;  // stop scanning
  }
  s->raw.push_back({id, static_cast<uint32_t>(from) + s->base, static_cast<uint32_t>(to) + s->base});
  return 0;
}
}  // namespace

namespace {
Status CompileDb(const std::vector<std::string>& exprs, const std::vector<unsigned>& flags,
                 const std::vector<unsigned>& ids, const std::vector<PatInfo>& pats,
                 const std::vector<LexiconEntry>& entries, hs_database_t** out) {
  std::vector<const char*> cexprs;
  for (const auto& x : exprs) cexprs.push_back(x.c_str());
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(cexprs.data(), flags.data(), ids.data(), static_cast<unsigned>(cexprs.size()),
                       HS_MODE_BLOCK, nullptr, out, &err) != HS_SUCCESS) {
    std::string msg = err != nullptr && err->message != nullptr ? err->message : "unknown error";
    std::string where = "lexicon";
    if (err != nullptr && err->expression >= 0 && static_cast<size_t>(err->expression) < ids.size()) {
      const LexiconEntry& e = entries[pats[ids[err->expression]].entry];
      where = e.where + ": term '" + e.text + "'";
    }
    hs_free_compile_error(err);
    return InvalidArgumentError(where + ": cannot compile: " + msg);
  }
  return Status::OK();
}

StatusOr<std::vector<HsDb>> CompileAll(const std::vector<DbSpec>& specs, const std::vector<PatInfo>& pats,
                                       const std::vector<LexiconEntry>& entries) {
  std::vector<HsDb> dbs(specs.size());
  for (size_t i = 0; i < specs.size(); ++i) {
    if (specs[i].exprs.empty()) continue;
    hs_database_t* d = nullptr;
    VIGIL_RETURN_IF_ERROR(CompileDb(specs[i].exprs, specs[i].flags, specs[i].ids, pats, entries, &d));
    dbs[i].reset(d);
  }
  return dbs;
}

// The databases of `specs`: from the cache file of their key in
// `cache_dir` when it holds a valid one, else compiled (and the file
// written). Cache trouble is a warning, never an error: the engine then
// runs as without a cache.
StatusOr<std::vector<HsDb>> BuildDatabases(const std::vector<DbSpec>& specs, const std::string& cache_dir,
                                           const std::vector<PatInfo>& pats,
                                           const std::vector<LexiconEntry>& entries) {
  if (cache_dir.empty()) return CompileAll(specs, pats, entries);
  const DbCacheKey key = ComputeDbCacheKey(specs);
  const std::string path = (std::filesystem::path(cache_dir) / DbCacheFileName(key)).string();
  auto cached = LoadDbCache(path, key, specs.size());
  if (cached.ok()) {
    bool consistent = true;
    for (size_t i = 0; i < specs.size(); ++i) consistent &= specs[i].exprs.empty() == ((*cached)[i] == nullptr);
    if (consistent) return std::move(cached).value();
    spdlog::warn("text engine cache {}: a database is missing or unexpected; recompiling", path);
  } else if (cached.status().code() != StatusCode::kNotFound) {
    spdlog::warn("text engine cache: {}; recompiling", cached.status().message());
  }
  VIGIL_ASSIGN_OR_RETURN(std::vector<HsDb> dbs, CompileAll(specs, pats, entries));
  if (Status s = StoreDbCache(path, key, dbs); !s.ok()) {
    spdlog::warn("text engine cache: {}; running without the cache", s.message());
  }
  return dbs;
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
    std::vector<std::string> res;
    unsigned fl = 0;
    PatInfo info{static_cast<int32_t>(i), PatKind::kCanonLiteral, 0};
    if (e.form == MatchForm::kLiteral) {
      std::string c = canon_norm.Canonical(e.text);
      if (c.empty() || c == " ") return InvalidArgumentError(e.where + ": term '" + e.text + "' normalises to nothing");
      std::string re = EscapeLiteral(c);
      if (e.word_bound && IsAsciiAlnum(c.front())) re = "\\b" + re;
      if (e.word_bound && IsAsciiAlnum(c.back())) re += "\\b";
      res.push_back(std::move(re));
    } else if (e.form == MatchForm::kPinyin) {
      std::vector<std::string> syl;
      std::string c = canon_norm.Canonical(e.text);
      if (!Normalizer::HanSyllables(c, &syl) && !SplitPinyinText(e.text, &syl)) {
        return InvalidArgumentError(e.where + ": pinyin term '" + e.text +
                                    "' must be Han characters with readings or Latin syllables separated by spaces");
      }
      if (syl.size() > 6) return InvalidArgumentError(e.where + ": pinyin term '" + e.text + "' has more than 6 syllables");
      res = PinyinLiterals(syl, e.initials && syl.size() >= 2);
      info.kind = PatKind::kShadow;
    } else if (std::vector<ExpandedLiteral> lits; ExpandPattern(e.text, kMaxExpansion, &lits)) {
      // A finite pattern runs as its literals (fast matchers, known length).
      for (auto& l : lits) l.bytes = CanonChars(canon_norm, l.bytes, false);
      // Equal bytes under different conditions stay apart (either may match).
      auto order = [](const ExpandedLiteral& l) {
        return std::tie(l.bytes, l.bound_left, l.bound_right, l.anchor_start, l.anchor_end);
      };
      std::sort(lits.begin(), lits.end(), [&](const auto& a, const auto& b) { return order(a) < order(b); });
      for (size_t k = 0; k < lits.size(); ++k) {
        if (k > 0 && order(lits[k]) == order(lits[k - 1])) continue;
        PatInfo li = info;
        li.len = static_cast<uint32_t>(lits[k].bytes.size());
        li.bounds = (lits[k].bound_left ? kBoundLeft : 0) | (lits[k].bound_right ? kBoundRight : 0) |
                    (lits[k].anchor_start ? kAnchorStart : 0) | (lits[k].anchor_end ? kAnchorEnd : 0);
        exprs.push_back(EscapeLiteral(lits[k].bytes));
        flags.push_back(0);
        ids.push_back(static_cast<unsigned>(db->pats.size()));
        db->pats.push_back(li);
      }
      continue;
    } else {
      const std::string text = CanonChars(canon_norm, e.text, true);
      res.push_back(text);
      fl = HS_FLAG_UTF8;
      info.kind = PatKind::kCanonRegex;
      info.regex = static_cast<uint32_t>(db->som_dbs.size());
      db->som_dbs.push_back(nullptr);  // compiled below
      db->som_pad.push_back(!HasEndAssertion(text));
      std::vector<std::string> gates;
      if (RequiredLiterals(text, kMaxGates, &gates)) {
        // The regex itself goes to the SOM database only (see below).
        info.gated = true;
        for (const auto& g : gates) {
          exprs.push_back(EscapeLiteral(g));
          flags.push_back(0);
          ids.push_back(static_cast<unsigned>(db->pats.size()));
          db->pats.push_back(
              {static_cast<int32_t>(i), PatKind::kGate, 0, static_cast<uint32_t>(g.size()), false, info.regex});
        }
      }
    }
    for (auto& re : res) {
      if (info.kind != PatKind::kCanonRegex) {
        info.len = LiteralLength(re);
        info.bounds = TakeBounds(&re);
      }
      exprs.push_back(std::move(re));
      flags.push_back(fl);
      ids.push_back(static_cast<unsigned>(db->pats.size()));
      db->pats.push_back(info);
    }
  }
  if (exprs.empty()) return InvalidArgumentError("lexicon has no terms");
  // Database order: 0 canonical patterns, 1 shadow literals, 2 both, then
  // the SOM database of each regex by ordinal (an empty spec: no database).
  std::vector<DbSpec> specs(3 + db->som_dbs.size());
  for (const int part : {0, 1, 2}) {
    DbSpec& sp = specs[part];
    for (size_t k = 0; k < exprs.size(); ++k) {
      if (part != 2 && (db->pats[ids[k]].kind == PatKind::kShadow) != (part == 1)) continue;
      if (db->pats[ids[k]].gated) continue;  // in the SOM database only
      sp.exprs.push_back(exprs[k]);
      sp.flags.push_back(flags[k]);
      sp.ids.push_back(ids[k]);
    }
  }
  for (size_t k = 0; k < exprs.size(); ++k) {
    const PatInfo& p = db->pats[ids[k]];
    if (p.kind != PatKind::kCanonRegex) continue;
    specs[3 + p.regex] = {{exprs[k]}, {flags[k] | HS_FLAG_SOM_LEFTMOST}, {ids[k]}};
  }
  VIGIL_ASSIGN_OR_RETURN(std::vector<HsDb> dbs, BuildDatabases(specs, options.cache_dir, db->pats, entries));
  db->canon_db = dbs[0].release();
  db->shadow_db = dbs[1].release();
  db->both_db = dbs[2].release();
  for (size_t r = 0; r < db->som_dbs.size(); ++r) db->som_dbs[r] = dbs[3 + r].release();
  eng->pattern_count_ = exprs.size();
  eng->db_ = std::move(db);
  eng->lexicon_ = std::move(lexicon);
  eng->CompileRuleMasks();
  return eng;
}

Status TextEngine::Analyze(std::string_view text, TextScratch& scratch, TextAnalysis* out) const {
  TextScratch::Impl& s = *scratch.impl_;
  out->hits.clear();
  out->support.clear();
  out->truncated = false;
  const size_t ntags = lexicon_.tags().size();
  out->tag_score.assign(ntags, 0.0f);
  normalizer_.Normalize(text, &out->norm);
  const NormalizedText& n = out->norm;
  if (!s.SizeFor(db_.get(), db_->canon_db, db_->shadow_db, db_->both_db, db_->som_dbs)) return ResourceExhaustedError("cannot allocate Vectorscan scratch");
  // The canonical form and the shadow are scanned in place, each with its
  // own database; shadow offsets are reported past the canonical form (as
  // if the two were one buffer "canonical \n shadow"). An ASCII canonical
  // form is its own shadow.
  const uint32_t canon_len = static_cast<uint32_t>(n.canon.size());
  const bool own_shadow = n.shadow.empty();
  const uint32_t shadow_off = own_shadow ? 0 : canon_len + 1;
  s.raw.clear();
  s.allows.clear();
  s.truncated = false;
  s.ClearRegexes();  // normally empty already (an earlier call may have failed mid-way)
  s.pats = db_->pats.data();
  s.max_raw = options_.max_raw_matches;
  if (n.canon.size() + 1 + n.shadow.size() > 0xFFFFFFF0u) {
    return ResourceExhaustedError("message too large for the text engine");
  }
  const std::string_view canon_view(n.canon);
  const std::string_view shadow_view(n.shadow);
  // Every shadow literal holds a letter: a shadow without one (digits and
  // spaces: kana, hangul, emoji, numbers) is not scanned.
  const bool shadow_letters =
      std::any_of(n.shadow.begin(), n.shadow.end(), [](char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; });
  bool scanned = own_shadow ? s.Scan(db_->both_db, canon_view, 0)
                            : s.Scan(db_->canon_db, canon_view, 0) &&
                                  (!shadow_letters || s.Scan(db_->shadow_db, shadow_view, shadow_off));
  if (own_shadow && s.truncated) {
    // Too many matches: the kept ones are the canonical patterns' first,
    // then the shadow's, as two scans keep them (one scan interleaves them).
    s.raw.clear();
    s.truncated = false;
    s.ClearRegexes();
    scanned = s.Scan(db_->canon_db, canon_view, 0) && s.Scan(db_->shadow_db, canon_view, 0);
  }
  if (!scanned) return InternalError("Vectorscan scan failed");
  // Variable-length matches need their start: the regexes that matched
  // (ungated) or whose gates occurred run again with their SOM databases.
  bool ungated = false;
  for (const RawMatch& m : s.raw) {
    if (db_->pats[m.id].kind != PatKind::kCanonRegex) continue;
    s.WantRegex(db_->pats[m.id].regex);
    ungated = true;
  }
  if (!s.regex_todo.empty()) {
    if (ungated) {
      s.raw.erase(std::remove_if(s.raw.begin(), s.raw.end(),
                                 [&](const RawMatch& m) { return db_->pats[m.id].kind == PatKind::kCanonRegex; }),
                  s.raw.end());
    }
    std::sort(s.regex_todo.begin(), s.regex_todo.end());
    bool ok = true;
    // A regex that cannot assert the end of the text is scanned with one
    // byte more, the NUL after the canonical form (which never holds one),
    // and its matches past the form are dropped below: the same matches,
    // but none ends on the buffer's last byte, where this Vectorscan
    // (5.4.9) can miss one (`\$ ?[0-9]+` on an 18-25 byte text ending in
    // "$5", VectorCamp/vectorscan#358).
    const std::string_view padded(n.canon.data(), n.canon.size() + 1);
    for (uint32_t r : s.regex_todo) ok &= s.ScanSom(db_->som_dbs[r], db_->som_pad[r] ? padded : canon_view);
    s.ClearRegexes();
    if (!ok) return InternalError("Vectorscan scan failed");
  }
  out->truncated = s.truncated;

  // Raw matches → canonical spans; allow spans apart.
  const auto& entries = lexicon_.entries();
  for (const RawMatch& m : s.raw) {
    const PatInfo& p = db_->pats[m.id];
    ByteSpan cs;
    if (p.kind == PatKind::kShadow && own_shadow) {
      if (m.to < p.len || p.len == 0) continue;
      cs = {m.to - p.len, m.to};
    } else if (p.kind == PatKind::kShadow) {
      if (m.to < shadow_off + p.len || p.len == 0) continue;
      cs = n.ShadowToCanon(m.to - p.len - shadow_off, m.to - shadow_off);
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
    if (a.canon.begin != b.canon.begin) return a.canon.begin < b.canon.begin;
    return a.canon.end < b.canon.end;  // the shortest of equal starts, whatever the report order
  });
  hits.erase(std::unique(hits.begin(), hits.end(),
                         [](const TextHit& a, const TextHit& b) { return a.entry == b.entry; }),
             hits.end());
  std::vector<bool>& present = s.present;
  present.assign(ntags, false);
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
    if (std::any_of(d.unless.begin(), d.unless.end(), [&](uint16_t u) { return present[u]; }))
      continue;
    for (uint16_t t : d.only) out->tag_score[t] *= d.factor;
  }
  return Status::OK();
}

std::string DefaultTextCacheDir(const char* (*getenv)(const char*)) {
  if (const char* v = getenv("VIGIL_CACHE_DIR")) return v;
  if (const char* v = getenv("XDG_CACHE_HOME"); v != nullptr && *v == '/') return std::string(v) + "/vigil";
  if (const char* v = getenv("HOME"); v != nullptr && *v != '\0') return std::string(v) + "/.cache/vigil";
  return "";
}

size_t TextEngine::ScanBytesForBenchmark(std::string_view bytes, TextScratch& scratch) const {
  TextScratch::Impl& s = *scratch.impl_;
  if (!s.SizeFor(db_.get(), db_->canon_db, db_->shadow_db, db_->both_db, db_->som_dbs)) return 0;
  s.raw.clear();
  s.max_raw = options_.max_raw_matches;
  s.pats = db_->pats.data();
  s.ClearRegexes();
  s.Scan(db_->canon_db, bytes, 0);
  s.Scan(db_->shadow_db, bytes, 0);
  return s.raw.size();
}

}  // namespace vigil::text
