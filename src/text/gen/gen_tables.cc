// Build-time generator of the normaliser's per-code-point tables.
//
//   vigil_text_gen OUT.cc
//
// For every code point it derives, from the ICU and OpenCC data installed on
// the build machine: the folded form (NFKC_Casefold, default-ignorables and
// combining marks removed, Latin diacritics stripped, confusable look-alikes
// of other scripts folded to ASCII via the ICU spoof skeleton, zhuyin
// initials to Latin, Traditional → Simplified via OpenCC t2s/tw2s/hk2s), the
// character class of the result and, for Han characters, the toneless pinyin
// syllable (ICU Han-Latin). The output is a two-stage table (see
// src/text/tables.h). Nothing here runs on the hot path.
#include <opencc/opencc.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "text/tables.h"

namespace {

using vigil::text::CharClass;
using U32 = std::u32string;

UErrorCode g_err = U_ZERO_ERROR;

void Check(UErrorCode e, const char* what) {
  if (U_FAILURE(e)) {
    std::fprintf(stderr, "vigil_text_gen: %s: %s\n", what, u_errorName(e));
    std::exit(1);
  }
}

std::u16string ToU16(const U32& s) {
  std::u16string out;
  for (char32_t c : s) {
    if (c >= 0x10000) {
      out.push_back(static_cast<char16_t>(0xD7C0 + (c >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 | (c & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(c));
    }
  }
  return out;
}

U32 ToU32(const char16_t* s, int32_t n) {
  U32 out;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U16_NEXT(s, i, n, c);
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

U32 Normalize(const UNormalizer2* n, const U32& s) {
  std::u16string in = ToU16(s);
  char16_t buf[256];
  UErrorCode e = U_ZERO_ERROR;
  int32_t len = unorm2_normalize(n, reinterpret_cast<const UChar*>(in.data()),
                                 static_cast<int32_t>(in.size()), reinterpret_cast<UChar*>(buf),
                                 256, &e);
  if (U_FAILURE(e)) return s;
  return ToU32(buf, len);
}

std::string ToUtf8(const U32& s) {
  std::string out;
  for (char32_t c : s) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

U32 FromUtf8(const char* s) {
  U32 out;
  const auto* p = reinterpret_cast<const unsigned char*>(s);
  while (*p) {
    char32_t c = *p;
    int n = 0;
    if (c >= 0xF0) { c &= 0x07; n = 3; } else if (c >= 0xE0) { c &= 0x0F; n = 2; }
    else if (c >= 0xC0) { c &= 0x1F; n = 1; }
    ++p;
    for (int i = 0; i < n && *p; ++i, ++p) c = (c << 6) | (*p & 0x3F);
    out.push_back(c);
  }
  return out;
}

bool IsAsciiAlpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsRemovable(char32_t c) {
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return true;
  if (u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER)) return true;  // skin tones
  int t = u_charType(c);
  if (t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK) return true;
  if (t == U_CONTROL_CHAR && c != '\t' && c != '\n' && c != '\r') return true;
  if (t == U_FORMAT_CHAR) return true;
  return false;
}

class Folder {
 public:
  Folder() {
    UErrorCode e = U_ZERO_ERROR;
    nfkc_cf_ = unorm2_getNFKCCasefoldInstance(&e);
    Check(e, "NFKC_Casefold");
    nfd_ = unorm2_getNFDInstance(&e);
    Check(e, "NFD");
    spoof_ = uspoof_open(&e);
    Check(e, "uspoof_open");
    const char* cfgs[] = {"t2s.json", "tw2s.json", "hk2s.json"};
    for (const char* c : cfgs) {
      opencc_t od = opencc_open(c);
      if (od == reinterpret_cast<opencc_t>(-1)) {
        std::fprintf(stderr, "vigil_text_gen: cannot open OpenCC config %s\n", c);
        std::exit(1);
      }
      opencc_.push_back(od);
    }
    std::u16string id = u"Han-Latin";
    trans_ = utrans_openU(reinterpret_cast<const UChar*>(id.data()), -1, UTRANS_FORWARD, nullptr,
                          0, nullptr, &e);
    Check(e, "Han-Latin transliterator");
    const char* zhuyin = "ㄅbㄆpㄇmㄈfㄉdㄊtㄋnㄌlㄍgㄎkㄏhㄐjㄑqㄒxㄓzㄔcㄕsㄖrㄗzㄘcㄙsㄚaㄛoㄜeㄝeㄞaㄟeㄠaㄡoㄢaㄣeㄤaㄥeㄦeㄧyㄨwㄩy";
    U32 z = FromUtf8(zhuyin);
    for (size_t i = 0; i + 1 < z.size(); i += 2) zhuyin_[z[i]] = z[i + 1];
  }

  ~Folder() {
    uspoof_close(spoof_);
    utrans_close(trans_);
    for (opencc_t od : opencc_) opencc_close(od);
  }

  // Simplified form of one Han code point (itself when OpenCC has none).
  char32_t ToSimplified(char32_t c) {
    std::string in = ToUtf8(U32(1, c));
    for (opencc_t od : opencc_) {
      char* out = opencc_convert_utf8(od, in.data(), in.size());
      if (out == nullptr) continue;
      U32 r = FromUtf8(out);
      opencc_convert_utf8_free(out);
      if (r.size() == 1 && r[0] != c) return r[0];
    }
    return c;
  }

  // Folds one code point to its canonical string (may be empty).
  U32 Fold(char32_t c) {
    if (IsRemovable(c)) return U32();
    if (auto it = zhuyin_.find(c); it != zhuyin_.end()) return U32(1, it->second);
    U32 s = Normalize(nfkc_cf_, U32(1, c));
    U32 out;
    for (char32_t d : s) {
      if (IsRemovable(d)) continue;
      U32 f = FoldOne(d);
      out += f;
    }
    return out;
  }

  std::string Pinyin(char32_t c) {
    std::u16string buf = ToU16(U32(1, c));
    buf.resize(64);
    int32_t len = static_cast<int32_t>(ToU16(U32(1, c)).size());
    int32_t limit = len;
    UErrorCode e = U_ZERO_ERROR;
    utrans_transUChars(trans_, reinterpret_cast<UChar*>(buf.data()), &len, 64, 0, &limit, &e);
    if (U_FAILURE(e)) return "";
    U32 latin = Normalize(nfd_, ToU32(buf.data(), len));
    std::string out;
    for (size_t i = 0; i < latin.size(); ++i) {
      char32_t d = latin[i];
      if (d == 'u' && i + 1 < latin.size() && latin[i + 1] == 0x0308) {
        out.push_back('v');
        ++i;
      } else if (IsAsciiAlpha(d)) {
        out.push_back(static_cast<char>(d | 0x20));
      } else if (u_charType(d) == U_NON_SPACING_MARK) {
        continue;
      } else {
        return "";  // not a single syllable
      }
    }
    if (out.empty() || out.size() > 6) return "";
    return out;
  }

 private:
  U32 FoldOne(char32_t d) {
    if (d < 0x80) return U32(1, d);
    int32_t script = uscript_getScript(d, &g_err);
    if (script == USCRIPT_HAN) return U32(1, ToSimplified(d));
    // Latin letters with diacritics → base letter.
    U32 nfd = Normalize(nfd_, U32(1, d));
    if (!nfd.empty() && IsAsciiAlpha(nfd[0])) {
      bool marks = true;
      for (size_t i = 1; i < nfd.size(); ++i) marks &= u_charType(nfd[i]) == U_NON_SPACING_MARK;
      if (marks) return U32(1, nfd[0] | 0x20);
    }
    if (script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED &&
        u_isalpha(d)) {
      // Look-alike letters of other scripts (Cyrillic у, Greek ο, ...): the
      // spoof skeleton, when it is one lower-case ASCII letter (d is already
      // case-folded, so lower Cyrillic н, which does not look like h, stays).
      std::u16string in = ToU16(U32(1, d));
      UChar buf[32];
      UErrorCode e = U_ZERO_ERROR;
      int32_t n = uspoof_getSkeleton(spoof_, 0, reinterpret_cast<const UChar*>(in.data()),
                                     static_cast<int32_t>(in.size()), buf, 32, &e);
      if (U_SUCCESS(e) && n == 1 && buf[0] >= 'a' && buf[0] <= 'z') return U32(1, buf[0]);
    }
    return U32(1, d);
  }

  const UNormalizer2* nfkc_cf_;
  const UNormalizer2* nfd_;
  USpoofChecker* spoof_;
  UTransliterator* trans_;
  std::vector<opencc_t> opencc_;
  std::map<char32_t, char32_t> zhuyin_;
};

CharClass Classify(char32_t c) {
  if (c >= 'a' && c <= 'z') return CharClass::kLatin;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if (c < 0x80) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
      return CharClass::kSpace;
    if (c < 0x20 || c == 0x7F) return CharClass::kRemove;
    return CharClass::kPunct;
  }
  if (IsRemovable(c)) return CharClass::kRemove;
  if (uscript_getScript(c, &g_err) == USCRIPT_HAN && u_isalpha(c)) return CharClass::kHan;
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) return CharClass::kEmoji;
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;
  if (u_isalpha(c) || u_isdigit(c)) return CharClass::kLetter;
  int t = u_charType(c);
  if (t == U_SPACE_SEPARATOR || t == U_LINE_SEPARATOR || t == U_PARAGRAPH_SEPARATOR)
    return CharClass::kSpace;
  if (t >= U_DASH_PUNCTUATION && t <= U_OTHER_PUNCTUATION) return CharClass::kPunct;
  if (t == U_INITIAL_PUNCTUATION || t == U_FINAL_PUNCTUATION) return CharClass::kPunct;
  if (t == U_MATH_SYMBOL || t == U_CURRENCY_SYMBOL || t == U_MODIFIER_SYMBOL) return CharClass::kPunct;
  return CharClass::kOther;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: vigil_text_gen OUT.cc\n");
    return 2;
  }
  Folder folder;
  constexpr char32_t kMax = 0x110000;
  std::vector<uint32_t> entries(kMax, 0);
  std::vector<char32_t> pool;
  std::map<U32, uint32_t> pool_index;
  std::vector<std::string> syllables = {""};
  std::map<std::string, uint32_t> syllable_index;

  // 1. Fold every code point, then iterate to a fixpoint so that the table
  //    is idempotent (fold(fold(x)) == fold(x)).
  std::vector<U32> fold(kMax);
  for (char32_t c = 0; c < kMax; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    int t = u_charType(c);
    if (t == U_UNASSIGNED || t == U_PRIVATE_USE_CHAR) {
      fold[c] = U32(1, c);
      continue;
    }
    fold[c] = folder.Fold(c);
  }
  for (int round = 0; round < 3; ++round) {
    for (char32_t c = 0; c < kMax; ++c) {
      if (fold[c].size() == 1 && fold[c][0] == c) continue;
      U32 next;
      for (char32_t d : fold[c]) next += (d < kMax && !(fold[d].size() == 1 && fold[d][0] == d)) ? fold[d] : U32(1, d);
      fold[c] = next;
    }
  }
  // 2. Encode.
  size_t mapped = 0, han = 0;
  for (char32_t c = 0; c < kMax; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) {
      entries[c] = static_cast<uint32_t>(CharClass::kOther);
      continue;
    }
    const U32& f = fold[c];
    bool identity = f.size() == 1 && f[0] == c;
    CharClass cls = identity ? Classify(c) : (f.empty() ? CharClass::kRemove : Classify(f[0]));
    uint32_t syl = 0;
    if (cls == CharClass::kHan && f.size() == 1) {
      std::string p = folder.Pinyin(f[0]);
      if (!p.empty()) {
        auto [it, added] = syllable_index.emplace(p, static_cast<uint32_t>(syllables.size()));
        if (added) syllables.push_back(p);
        syl = it->second;
        ++han;
      }
    }
    if (!identity && f.size() > vigil::text::kMaxMapLen) {  // ligature-like: keep as is
      identity = true;
      cls = Classify(c);
    }
    uint32_t e = static_cast<uint32_t>(cls) | (syl << vigil::text::kSylShift);
    if (!identity && !f.empty()) {
      uint32_t off;
      if (auto it = pool_index.find(f); it != pool_index.end()) {
        off = it->second;
      } else {
        off = static_cast<uint32_t>(pool.size());
        pool.insert(pool.end(), f.begin(), f.end());
        pool_index.emplace(f, off);
      }
      if (off >= (1u << vigil::text::kOffBits)) {
        std::fprintf(stderr, "vigil_text_gen: mapping pool overflow\n");
        return 1;
      }
      e |= (static_cast<uint32_t>(f.size()) << vigil::text::kLenShift) |
           (off << vigil::text::kOffShift);
      ++mapped;
    }
    entries[c] = e;
  }
  if (syllables.size() >= (1u << vigil::text::kSylBits)) {
    std::fprintf(stderr, "vigil_text_gen: too many syllables\n");
    return 1;
  }
  // 3. Two-stage table with deduplicated 256-entry blocks.
  std::vector<uint16_t> stage1(kMax >> 8);  // 0x1100
  std::vector<std::vector<uint32_t>> blocks;
  std::map<std::vector<uint32_t>, uint16_t> block_index;
  for (size_t b = 0; b < stage1.size(); ++b) {
    std::vector<uint32_t> blk(entries.begin() + b * 256, entries.begin() + (b + 1) * 256);
    auto [it, added] = block_index.emplace(blk, static_cast<uint16_t>(blocks.size()));
    if (added) blocks.push_back(blk);
    stage1[b] = it->second;
  }
  std::FILE* out = std::fopen(argv[1], "w");
  if (out == nullptr) {
    std::fprintf(stderr, "vigil_text_gen: cannot write %s\n", argv[1]);
    return 1;
  }
  std::fprintf(out, "// Generated by vigil_text_gen from ICU %s and OpenCC data. Do not edit.\n",
               U_ICU_VERSION);
  std::fprintf(out, "// %zu mapped code points, %zu Han with pinyin, %zu syllables, %zu blocks.\n",
               mapped, han, syllables.size(), blocks.size());
  std::fprintf(out, "#include \"text/tables.h\"\nnamespace vigil::text::tables {\n");
  std::fprintf(out, "const uint16_t kStage1[%zu] = {", stage1.size());
  for (size_t i = 0; i < stage1.size(); ++i) std::fprintf(out, "%s%u", i == 0 ? "" : (i % 32 ? "," : ",\n"), stage1[i]);
  std::fprintf(out, "};\nconst uint32_t kStage2[%zu][256] = {\n", blocks.size());
  for (const auto& blk : blocks) {
    std::fprintf(out, "{");
    for (size_t i = 0; i < 256; ++i) std::fprintf(out, "%s0x%x", i ? (i % 16 ? "," : ",\n") : "", blk[i]);
    std::fprintf(out, "},\n");
  }
  std::fprintf(out, "};\nconst char32_t kPool[%zu] = {", pool.size() + 1);
  for (size_t i = 0; i < pool.size(); ++i) std::fprintf(out, "%s0x%x", i == 0 ? "" : (i % 16 ? "," : ",\n"), static_cast<unsigned>(pool[i]));
  std::fprintf(out, "%s0};\n", pool.empty() ? "" : ",");
  // Each syllable padded to 8 bytes with its ';' terminator, so the shadow
  // writer copies a fixed 8 bytes and advances by the length + 1.
  std::fprintf(out, "const char kSyllables[%zu][8] = {", syllables.size());
  for (size_t i = 0; i < syllables.size(); ++i) {
    std::string p = syllables[i] + ";";
    std::fprintf(out, "%s{", i ? "," : "");
    for (size_t k = 0; k < 8; ++k) std::fprintf(out, "%s%d", k ? "," : "", k < p.size() ? p[k] : 0);
    std::fprintf(out, "}");
  }
  std::fprintf(out, "};\nconst uint8_t kSyllableLen[%zu] = {", syllables.size());
  for (size_t i = 0; i < syllables.size(); ++i) std::fprintf(out, "%s%zu", i ? "," : "", syllables[i].size());
  std::fprintf(out, "};\nconst uint32_t kNumSyllables = %zu;\n}  // namespace vigil::text::tables\n",
               syllables.size());
  std::fclose(out);
  return 0;
}
