// Single-pass candidate scanner over the normalised text, then validation.
//
// Candidates: e-mail addresses around each '@'; letter-led IDs (Taiwan, HK);
// digit chunks = runs of digit groups joined by one separator (' ', '-',
// '.', a line break, or "(ddd) " for NANP). Within a chunk every run of up to 6
// consecutive groups is tried, longest first, so "ID 1101… 138…" yields two
// entities and a spaced card is read whole.
#include <algorithm>
#include <cstring>
#include <unordered_set>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "pii/normalize.h"
#include "pii/numerals.h"
#include "pii/phone.h"
#include "pii/tables.h"
#include "pii/validators.h"
#include "vigil/pii.h"

namespace vigil {

using pii::Reason;

struct PiiScratch::Impl {
  pii::NormText norm;
  std::string compact;
  std::string lower;
  std::vector<std::pair<uint32_t, uint32_t>> emails;  // spans in normalised text
  pii::NumeralReader numerals;  // identifiers written in words
  std::vector<PiiEntity> word_entities;
};

PiiScratch::PiiScratch() : impl_(std::make_unique<Impl>()) {}
PiiScratch::~PiiScratch() = default;

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlnum(char c) { return IsDigit(c) || IsUpper(c) || (c >= 'a' && c <= 'z'); }
bool CanStart(char c) { return IsDigit(c) || IsUpper(c) || c == '+' || c == '('; }

// Index of the first byte in [i, n) that can start a candidate, or n;
// sixteen bytes at a time where SSE2 is available (all x86-64).
uint32_t NextStart(std::string_view t, uint32_t i, uint32_t n) {
#if defined(__SSE2__)
  // x in [lo, lo + span) iff (x + 0x80 - lo) < -128 + span as signed bytes.
  auto in_range = [](__m128i v, char lo, int span) {
    const __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + span)));
  };
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    const __m128i m = _mm_or_si128(_mm_or_si128(in_range(v, '0', 10), in_range(v, 'A', 26)),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('+')),
                                                _mm_cmpeq_epi8(v, _mm_set1_epi8('('))));
    if (const int mask = _mm_movemask_epi8(m)) return i + static_cast<uint32_t>(__builtin_ctz(mask));
  }
#endif
  while (i < n && !CanStart(t[i])) ++i;
  return i;
}

// Every identifier has at least six digits (a Hong Kong ID has six and a
// check character; every other type and every digit chunk, which needs seven
// characters, more) and every e-mail address an '@': a text with fewer
// digits and no '@' holds no candidate that can be reported, and the scan
// is skipped. Sixteen bytes at a time where SSE2 is available.
constexpr size_t kMinIdDigits = 6;
bool MayHoldIdentifier(std::string_view t) {
  const auto* p = reinterpret_cast<const unsigned char*>(t.data());
  const size_t n = t.size();
  size_t digits = 0, i = 0;
#if defined(__SSE2__)
  const __m128i zero = _mm_setzero_si128(), one = _mm_set1_epi8(1);
  const __m128i below0 = _mm_set1_epi8('0' - 1), above9 = _mm_set1_epi8('9' + 1), at = _mm_set1_epi8('@');
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, at)) != 0) return true;
    // Bytes >= 0x80 are negative as signed bytes: never digits here.
    const __m128i d = _mm_and_si128(_mm_cmpgt_epi8(v, below0), _mm_cmplt_epi8(v, above9));
    const __m128i sum = _mm_sad_epu8(_mm_and_si128(d, one), zero);
    digits += static_cast<size_t>(_mm_cvtsi128_si32(sum)) + static_cast<size_t>(_mm_extract_epi16(sum, 4));
    if (digits >= kMinIdDigits) return true;
  }
#endif
  for (; i < n; ++i) {
    if (p[i] == '@') return true;
    digits += IsDigit(static_cast<char>(p[i]));
  }
  return digits >= kMinIdDigits;
}

bool IsLocalChar(char c) { return IsAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool IsDomainChar(char c) { return IsAlnum(c) || c == '.' || c == '-'; }

constexpr int kMaxGroups = 64;
constexpr int kMaxJoin = 6;

struct Group {
  uint32_t b, e;  // [b, e) in the normalised text
  char sep;       // separator before this group (0 for the first)
};

struct Chunk {
  uint32_t lead;  // position of '+' or '(' before the first group, or groups[0].b
  bool plus = false;
  bool paren = false;  // "(ddd)" around the first group
  int n = 0;
  Group g[kMaxGroups];
  bool glued_right = false;  // an ASCII letter follows the last group
};

class Scanner {
 public:
  // Scans `text`: the normalised text, or (with `numerals`) its copy with
  // numeral words read as digits, whose spans map back through `numerals`.
  Scanner(const PiiRecognizer::Tables& t, PiiScratch::Impl& s, std::string_view text,
          const pii::NumeralReader* numerals, std::vector<PiiEntity>* out)
      : tables_(t), s_(s), numerals_(numerals), text_(text), out_(out), first_(out->size()) {}

  void Run() {
    FindEmails();
    size_t next_email = 0;
    const size_t n = text_.size();
    for (uint32_t i = 0; i < n;) {
      if (next_email < s_.emails.size() && i >= s_.emails[next_email].first) {
        i = std::max(i, s_.emails[next_email].second);
        ++next_email;
        continue;
      }
      // Candidates may not run into the next e-mail address.
      limit_ = next_email < s_.emails.size() ? s_.emails[next_email].first
                                             : static_cast<uint32_t>(n);
      // Only an upper-case letter, a digit, '+' or '(' can start a
      // candidate: skip every other byte at once (the same result as
      // stepping over them one by one, much faster on text without numbers).
      i = NextStart(text_, i, limit_);
      if (i >= limit_) continue;  // at the next e-mail, or the end
      char c = text_[i];
      bool left_ok = i == 0 || !IsAlnum(text_[i - 1]);
      uint32_t next = i + 1;
      if (left_ok && IsUpper(c)) {
        next = TryLetterId(i);
      } else if (left_ok && (IsDigit(c) || ((c == '+' || c == '(') && i + 1 < n && IsDigit(text_[i + 1])))) {
        next = TryChunk(i);
      }
      i = std::max(next, i + 1);
    }
    std::sort(out_->begin() + first_, out_->end(),
              [](const PiiEntity& a, const PiiEntity& b) { return a.start < b.start; });
  }

 private:
  void Emit(PiiType type, uint32_t b, uint32_t e, float conf, std::string_view basis,
            std::string canonical) {
    if (numerals_ != nullptr) {
      // Reading words as digits is for numbers only, and an entity counts
      // only when at least two of its digits were written in words.
      if (type == PiiType::kEmail || numerals_->WordDigits(b, e) < 2) return;
      const uint32_t nb = numerals_->NormStart(b);
      e = numerals_->NormEnd(e);
      b = nb;
    }
    PiiEntity ent;
    ent.type = type;
    ent.start = s_.norm.OrigStart(b);
    ent.end = s_.norm.OrigEnd(e);
    ent.confidence = conf;
    ent.basis = basis;
    ent.canonical = std::move(canonical);
    out_->push_back(std::move(ent));
  }

  // ---- e-mail ----
  void FindEmails() {
    s_.emails.clear();
    const char* base = text_.data();
    size_t pos = 0;
    uint32_t floor = 0;  // end of the previous address: addresses never overlap
    while (pos < text_.size()) {
      const void* hit = std::memchr(base + pos, '@', text_.size() - pos);
      if (hit == nullptr) break;
      uint32_t at = static_cast<uint32_t>(static_cast<const char*>(hit) - base);
      pos = at + 1;
      uint32_t b = at, e = at + 1;
      while (b > floor && IsLocalChar(text_[b - 1])) --b;
      while (e < text_.size() && IsDomainChar(text_[e])) ++e;
      while (b < at && (text_[b] == '.' || text_[b] == '-' || text_[b] == '+')) ++b;
      while (e > at + 1 && (text_[e - 1] == '.' || text_[e - 1] == '-')) --e;
      if (b == at || e == at + 1) continue;
      std::string_view addr = text_.substr(b, e - b);
      if (pii::ValidateEmail(addr) != Reason::kOk) continue;
      std::string lower(addr);
      for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      std::string_view local = std::string_view(lower).substr(0, at - b);
      s_.emails.emplace_back(b, e);
      floor = e;
      if (tables_.role_emails.count(std::string(local)) != 0) continue;
      Emit(PiiType::kEmail, b, e, 0.95f, "addr-spec", std::move(lower));
      pos = e;
    }
  }

  // ---- letter-led IDs: Taiwan (A123456789), Hong Kong (A123456(3), AB1234563) ----
  // A Taiwan or Hong Kong ID: letters, an optional space, the digits, and for
  // Hong Kong the check character bare or in brackets (optionally after a
  // space): "A123456789", "A123456(3)", "P 056200 (2)".
  uint32_t TryLetterId(uint32_t i) {
    const uint32_t n = limit_;
    uint32_t k = i;
    while (k < n && IsUpper(text_[k]) && k - i < 3) ++k;
    const uint32_t letters = k - i;
    if (letters > 2 || k >= n) return i + 1;
    const bool spaced = text_[k] == ' ' && k + 1 < n && IsDigit(text_[k + 1]);
    if (spaced) ++k;
    if (!IsDigit(text_[k])) return i + 1;
    uint32_t d = k;
    while (d < n && IsDigit(text_[d])) ++d;
    const uint32_t digits = d - k;
    auto boundary = [&](uint32_t p) { return p >= text_.size() || !IsAlnum(text_[p]); };
    std::string v(text_.substr(i, letters));
    if (letters == 1 && digits == 9 && boundary(d)) {
      v.append(text_.substr(k, 9));
      if (pii::ValidateTwNationalId(v) == Reason::kOk) {
        Emit(PiiType::kTwNationalId, i, d, 1.0f, "checksum", std::move(v));
        return d;
      }
      v.resize(letters);
    }
    // HK: 6 digits then the check character, bare or in brackets.
    if (digits == 6 || digits == 7) {
      v.append(text_.substr(k, 6));
      const uint32_t b = d < n && text_[d] == ' ' && d + 1 < n && text_[d + 1] == '(' ? d + 1 : d;
      uint32_t end = 0;
      if (digits == 7 && boundary(d)) {
        v.push_back(text_[k + 6]);
        end = d;
      } else if (digits == 6 && d < n && text_[d] == 'A' && boundary(d + 1)) {
        v.push_back('A');
        end = d + 1;
      } else if (digits == 6 && b + 2 < n && text_[b] == '(' && text_[b + 2] == ')' &&
                 (IsDigit(text_[b + 1]) || text_[b + 1] == 'A')) {
        v.push_back(text_[b + 1]);
        end = b + 3;
      }
      if (end != 0 && pii::ValidateHkId(v) == Reason::kOk) {
        Emit(PiiType::kHkId, i, end, 1.0f, "checksum", std::move(v));
        return end;
      }
    }
    // Digits glued to letters are not a numeric candidate; after a space
    // ("ID 1101…") they are.
    return spaced ? k : d;
  }

  // ---- digit chunks ----
  uint32_t TryChunk(uint32_t i) {
    Chunk& c = chunk_;
    c = Chunk();
    const uint32_t n = limit_;
    c.lead = i;
    uint32_t p = i;
    if (text_[p] == '+') {
      c.plus = true;
      ++p;
    } else if (text_[p] == '(') {
      c.paren = true;
      ++p;
    }
    char sep = 0;
    while (c.n < kMaxGroups) {
      uint32_t b = p;
      while (p < n && IsDigit(text_[p])) ++p;
      if (p - b >= 3 && p < n && (text_[p] == 'X' || text_[p] == 'x') &&
          (p + 1 >= n || !IsAlnum(text_[p + 1]))) {
        ++p;  // resident-ID check character
      }
      c.g[c.n++] = Group{b, p, sep};
      if (c.paren && c.n == 1) {
        if (p - b != 3 || p >= n || text_[p] != ')') {
          c.paren = false;
          break;
        }
        ++p;
        sep = ')';
        if (p < n && (text_[p] == ' ' || text_[p] == '-')) ++p;
        if (p < n && IsDigit(text_[p])) continue;
        break;
      }
      // One separator, which a line break may follow ("459-\n47-\n9531").
      if (p < n && (text_[p] == ' ' || text_[p] == '-' || text_[p] == '.' || text_[p] == '\n' || text_[p] == '\r')) {
        uint32_t q = p + 1;
        while (q < n && q - p < 3 && (text_[q] == '\n' || text_[q] == '\r')) ++q;
        if (q < n && IsDigit(text_[q])) {
          sep = text_[p] == '\r' ? '\n' : text_[p];
          p = q;
          continue;
        }
      }
      break;
    }
    if (c.paren && c.n < 2) return p;  // "(12)" is not a NANP area code
    c.glued_right = p < text_.size() && IsAlnum(text_[p]);
    Interpret();
    return p;
  }

  void Interpret() {
    const Chunk& c = chunk_;
    clean_start_ = 0;
    for (int a = 0; a < c.n;) {
      int found = 0;
      for (int b = std::min(c.n, a + kMaxJoin); b > a && found == 0; --b) {
        if (b == c.n && c.glued_right) continue;
        if (Classify(a, b)) found = b;
      }
      a = found > 0 ? found : a + 1;
      if (found > 0) clean_start_ = found;
    }
  }

  // Tries groups [a, b) as one identifier; emits it and returns true on success.
  bool Classify(int a, int b) {
    const Chunk& c = chunk_;
    std::string& v = s_.compact;
    v.clear();
    for (int k = a; k < b; ++k) v.append(text_.substr(c.g[k].b, c.g[k].e - c.g[k].b));
    if (v.size() > 19 || v.size() < 7) return false;
    for (int k = a + 1; k < b; ++k) {
      if (c.g[k].sep == ')' && !(a == 0 && c.paren)) return false;
    }
    if (v.back() == 'x') v.back() = 'X';
    bool has_x = v.back() == 'X';
    if (v.find_first_of("Xx") < v.size() - 1) return false;
    uint32_t lead = a == 0 && (c.plus || c.paren) ? c.lead : c.g[a].b;
    uint32_t end = c.g[b - 1].e;
    bool plus = a == 0 && c.plus;
    if (has_x) return ClassifyId(v, lead, end);
    if ((plus || (c.paren && a == 0)) && b != c.n) return false;
    if (plus) return ClassifyPhone(a, b, lead, end, true);
    if (c.paren && a == 0) return ClassifyPhone(a, b, lead, end, false);
    if (ClassifyId(v, lead, end)) return true;
    if (ClassifyCard(v, lead, end)) return true;
    // No check digit: a number without one must be the whole chunk (or all
    // of it after a validated identifier), not a slice of a longer number.
    if (a != clean_start_ || b != c.n) return false;
    if (ClassifySsn(a, b, lead, end)) return true;
    return ClassifyPhone(a, b, lead, end, false);
  }

  bool ClassifyId(const std::string& v, uint32_t lead, uint32_t end) {
    if (v.size() == 18) {
      if (pii::ValidateCnResidentId(v, *tables_.regions, tables_.today) != Reason::kOk) return false;
      if (Context(lead, pii::CueKind::kId) == pii::CueKind::kNegative) return false;
      Emit(PiiType::kCnResidentId, lead, end, 1.0f, "mod11-2+date+region", v);
      return true;
    }
    if (v.size() == 15 && pii::ValidateBankCard(v) != Reason::kOk &&
        pii::ValidateCnLegacyId(v, *tables_.regions) == Reason::kOk) {
      if (Context(lead, pii::CueKind::kId) == pii::CueKind::kNegative) return false;
      Emit(PiiType::kCnResidentId, lead, end, 0.8f, "legacy15:date+region", v);
      return true;
    }
    return false;
  }

  bool ClassifyCard(const std::string& v, uint32_t lead, uint32_t end) {
    if (v.size() < 13 || pii::ValidateBankCard(v) != Reason::kOk) return false;
    if (Context(lead, pii::CueKind::kCard) == pii::CueKind::kNegative) return false;
    Emit(PiiType::kBankCard, lead, end, 1.0f, "luhn+issuer", v);
    return true;
  }

  bool ClassifySsn(int a, int b, uint32_t lead, uint32_t end) {
    const Chunk& c = chunk_;
    const std::string& v = s_.compact;
    if (v.size() != 9) return false;
    bool formatted = b - a == 3 && Len(a) == 3 && Len(a + 1) == 2 && Len(a + 2) == 4 &&
                     c.g[a + 1].sep == c.g[a + 2].sep;
    pii::CueKind cue = Context(lead, pii::CueKind::kSsn);
    if (!formatted && !(b - a == 1 && cue == pii::CueKind::kSsn)) return false;
    if (cue == pii::CueKind::kNegative) return false;
    if (pii::ValidateUsSsn(v) != Reason::kOk) return false;
    Emit(PiiType::kUsSsn, lead, end, cue == pii::CueKind::kSsn ? 0.95f : 0.85f, "ssa-rules", v);
    return true;
  }

  bool ClassifyPhone(int a, int b, uint32_t lead, uint32_t end, bool plus) {
    const std::string& v = s_.compact;
    const char* region = nullptr;
    std::string_view digits = v;
    int groups = b - a;
    bool nanp_shape = (groups == 3 && Len(a) == 3 && Len(a + 1) == 3 && Len(a + 2) == 4 &&
                       (chunk_.g[a + 1].sep == ')' || chunk_.g[a + 1].sep == chunk_.g[a + 2].sep)) ||
                      (groups == 4 && Len(a) == 1 && v[0] == '1' && Len(a + 1) == 3 &&
                       Len(a + 2) == 3 && Len(a + 3) == 4);
    if (plus) {
      region = "ZZ";
    } else if (v.size() >= 10 && v[0] == '0' && v[1] == '0') {
      region = "ZZ";
      digits = digits.substr(2);
    } else if (nanp_shape) {
      region = "US";
    } else if (v.size() == 11 && v[0] == '1') {
      region = "CN";
    } else if (v.size() == 10 && v[0] == '0' && v[1] == '9') {
      region = "TW";
    } else if (v.size() == 8 && v[0] >= '4') {
      bool spaced = groups == 2 && Len(a) == 4;
      if (!spaced && !(groups == 1 && Context(lead, pii::CueKind::kPhone) == pii::CueKind::kPhone)) {
        return false;
      }
      region = "HK";
    } else if (v.size() == 10 && groups == 1 &&
               Context(lead, pii::CueKind::kPhone) == pii::CueKind::kPhone) {
      region = "US";
    } else {
      return false;
    }
    std::string e164;
    if (!pii::IsPersonalPhone(digits, region, &e164)) return false;
    // A bare digit run after "order", "invoice" ... is that number, not a phone;
    // written phone formats (+CC, (area), grouped) stand on their own.
    if (!plus && groups == 1 && !nanp_shape &&
        Context(lead, pii::CueKind::kPhone) == pii::CueKind::kNegative) {
      return false;
    }
    Emit(PiiType::kPhone, lead, end, 0.9f, "libphonenumber", std::move(e164));
    return true;
  }

  // Last occurrence of `term` in `w`; ASCII-letter terms must stand as words.
  static size_t FindCue(const std::string& w, const std::string& term) {
    bool word = IsAlnum(term.front()) || IsAlnum(term.back());
    for (size_t at = w.rfind(term); at != std::string::npos; at = at == 0 ? std::string::npos : w.rfind(term, at - 1)) {
      if (!word) return at;
      bool left = at == 0 || !IsAlnum(w[at - 1]) || !IsAlnum(term.front());
      size_t e = at + term.size();
      bool right = e >= w.size() || !IsAlnum(w[e]) || !IsAlnum(term.back());
      if (left && right) return at;
    }
    return std::string::npos;
  }

  uint32_t Len(int k) const { return chunk_.g[k].e - chunk_.g[k].b; }

  // The nearest context cue in the bytes before `pos`: `want` when a cue of
  // that kind is nearer than any negative cue, kNegative when a negative cue
  // is nearest, kNone otherwise.
  pii::CueKind Context(uint32_t pos, pii::CueKind want) {
    uint32_t from = pos > pii::kContextWindow ? pos - pii::kContextWindow : 0;
    std::string& w = s_.lower;
    w.assign(text_.substr(from, pos - from));
    for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    int want_start = -1, want_end = -1, neg_end = -1;
    for (const auto& cue : tables_.cues) {
      if (cue.kind != want && cue.kind != pii::CueKind::kNegative) continue;
      size_t at = FindCue(w, cue.term);
      if (at == std::string::npos) continue;
      int e = static_cast<int>(at + cue.term.size());
      if (cue.kind == pii::CueKind::kNegative) {
        neg_end = std::max(neg_end, e);
      } else if (e > want_end) {
        want_end = e;
        want_start = static_cast<int>(at);
      }
    }
    // A type cue inside a negative one ("会员卡号" holds "卡号") does not cancel it.
    if (neg_end >= 0 && (want_end < 0 || want_start < neg_end)) return pii::CueKind::kNegative;
    return want_end >= 0 ? want : pii::CueKind::kNone;
  }

  const PiiRecognizer::Tables& tables_;
  PiiScratch::Impl& s_;
  const pii::NumeralReader* numerals_;
  std::string_view text_;
  std::vector<PiiEntity>* out_;
  size_t first_;
  int clean_start_ = 0;
  uint32_t limit_ = 0;  // end of the text, or start of the next e-mail
  Chunk chunk_;
};

}  // namespace

PiiRecognizer::PiiRecognizer(std::unique_ptr<Tables> tables) : tables_(std::move(tables)) {}
PiiRecognizer::~PiiRecognizer() = default;

StatusOr<std::unique_ptr<PiiRecognizer>> PiiRecognizer::Create(const std::string& data_dir) {
  VIGIL_ASSIGN_OR_RETURN(auto tables, pii::LoadTables(data_dir));
  return std::unique_ptr<PiiRecognizer>(new PiiRecognizer(std::move(tables)));
}

void PiiRecognizer::Find(std::string_view text, PiiScratch* scratch,
                         std::vector<PiiEntity>* out) const {
  PiiScratch::Impl& s = *scratch->impl();
  s.norm.Assign(text);
  const size_t first = out->size();
  if (MayHoldIdentifier(s.norm.text())) Scanner(*tables_, s, s.norm.text(), nullptr, out).Run();
  if (!s.numerals.Find(s.norm.text())) return;  // no numeral words: nothing more
  // Numbers written in words: scan the copy with the runs read as digits;
  // when that yields nothing, retry with glued edge words dropped (right,
  // left, both). Entities found as written take precedence.
  for (int trim : {0, 2, 1, 3}) {
    if (!s.numerals.Render(trim)) continue;
    s.word_entities.clear();
    Scanner(*tables_, s, s.numerals.text(), &s.numerals, &s.word_entities).Run();
    bool added = false;
    for (PiiEntity& w : s.word_entities) {
      bool overlaps = false;
      for (size_t k = first; k < out->size() && !overlaps; ++k) {
        overlaps = w.start < (*out)[k].end && (*out)[k].start < w.end;
      }
      if (overlaps) continue;
      out->push_back(std::move(w));
      added = true;
    }
    if (added) {
      std::sort(out->begin() + first, out->end(),
                [](const PiiEntity& a, const PiiEntity& b) { return a.start < b.start; });
      return;
    }
  }
}

}  // namespace vigil
