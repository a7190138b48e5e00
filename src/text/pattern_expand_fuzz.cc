// libFuzzer target: lexicon pattern expansion and gate literals, checked
// against Vectorscan itself. Input: "<pattern>\n<text>". The text is made
// canonical-like (whitespace is single spaces, as in NormalizedText), then:
//  * if ExpandPattern succeeds, the regex matches the text exactly when one
//    of the literals occurs under its \b / ^ / $ conditions;
//  * if RequiredLiterals succeeds, every match of the regex contains a gate.
// Any disagreement aborts.
#include <hs/hs.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "text/pattern_expand.h"

namespace {

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string Canonicalish(std::string_view in) {
  std::string out;
  for (char c : in) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out.push_back(c);
  }
  return out;
}

// Vectorscan's UTF-8 mode is defined on valid UTF-8 only (canonical text always is).
bool ValidUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < n; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += n;
  }
  return true;
}

bool LiteralOccurs(const vigil::text::ExpandedLiteral& l, const std::string& t) {
  for (size_t p = t.find(l.bytes); p != std::string::npos; p = t.find(l.bytes, p + 1)) {
    const size_t e = p + l.bytes.size();
    if (l.bound_left && p > 0 && IsWordByte(t[p - 1])) continue;
    if (l.bound_right && e < t.size() && IsWordByte(t[e])) continue;
    if (l.anchor_start && p != 0) continue;
    if (l.anchor_end && e != t.size()) continue;
    return true;
  }
  return false;
}

// Whether the regex matches `t`; nullopt-like -1 when Vectorscan refuses it.
int RegexMatches(const std::string& re, const std::string& t) {
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile(re.c_str(), HS_FLAG_UTF8 | HS_FLAG_SINGLEMATCH | HS_FLAG_ALLOWEMPTY, HS_MODE_BLOCK, nullptr,
                 &db, &err) != HS_SUCCESS) {
    hs_free_compile_error(err);
    return -1;
  }
  hs_scratch_t* scratch = nullptr;
  bool hit = false;
  if (hs_alloc_scratch(db, &scratch) == HS_SUCCESS) {
    hs_scan(db, t.data(), static_cast<unsigned>(t.size()), 0, scratch,
            [](unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
              *static_cast<bool*>(ctx) = true;
              return 1;
            },
            &hit);
  }
  hs_free_scratch(scratch);
  hs_free_database(db);
  return hit ? 1 : 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 512) return 0;
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const size_t nl = in.find('\n');
  if (nl == std::string_view::npos) return 0;
  const std::string re(in.substr(0, nl));
  if (re.find('\0') != std::string::npos) return 0;
  const std::string text = Canonicalish(in.substr(nl + 1));
  if (!ValidUtf8(text)) return 0;

  std::vector<vigil::text::ExpandedLiteral> lits;
  const bool expanded = vigil::text::ExpandPattern(re, 256, &lits);
  std::vector<std::string> gates;
  const bool gated = vigil::text::RequiredLiterals(re, 64, &gates);
  if (!expanded && !gated) return 0;
  const int m = RegexMatches(re, text);
  if (m < 0) return 0;  // not a pattern Vectorscan takes: the engine refuses it
  if (expanded) {
    bool any = false;
    for (const auto& l : lits) any |= LiteralOccurs(l, text);
    if (any != (m == 1)) std::abort();
  }
  if (gated && m == 1) {
    bool any = false;
    for (const auto& g : gates) any |= text.find(g) != std::string::npos;
    if (!any) std::abort();
  }
  return 0;
}
