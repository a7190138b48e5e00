#include "pii/normalize.h"

namespace vigil::pii {
namespace {

// Returns the ASCII replacement of the 2- or 3-byte sequence at s[i]
// (0 = drop, -1 = keep unchanged) and its length in *len.
int Fold(std::string_view s, size_t i, size_t* len) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(i + k < s.size() ? s[i + k] : 0); };
  unsigned char c = b(0);
  if (c == 0xC2 && b(1) == 0xA0) { *len = 2; return ' '; }                  // U+00A0
  if (c == 0xEF && b(1) == 0xBC && b(2) >= 0x81 && b(2) <= 0xBF) {           // U+FF01..FF3F
    *len = 3;
    return 0x21 + (b(2) - 0x81);
  }
  if (c == 0xEF && b(1) == 0xBD && b(2) >= 0x80 && b(2) <= 0x9E) {           // U+FF40..FF5E
    *len = 3;
    return 0x60 + (b(2) - 0x80);
  }
  if (c == 0xEF && b(1) == 0xBB && b(2) == 0xBF) { *len = 3; return 0; }      // U+FEFF
  if (c == 0xE3 && b(1) == 0x80 && b(2) == 0x80) { *len = 3; return ' '; }   // U+3000
  if (c == 0xE2 && b(1) == 0x80) {
    if (b(2) >= 0x8B && b(2) <= 0x8D) { *len = 3; return 0; }                // U+200B..200D
    if (b(2) >= 0x90 && b(2) <= 0x95) { *len = 3; return '-'; }              // U+2010..2015
  }
  if (c == 0xE2 && b(1) == 0x81 && b(2) == 0xA0) { *len = 3; return 0; }     // U+2060
  if (c == 0xE2 && b(1) == 0x88 && b(2) == 0x92) { *len = 3; return '-'; }   // U+2212
  *len = 1;
  return -1;
}

bool NeedsFolding(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF) {
      size_t len;
      if (Fold(s, i, &len) != -1) return true;
    }
  }
  return false;
}

}  // namespace

void NormText::Assign(std::string_view orig) {
  orig_ = orig;
  identity_ = !NeedsFolding(orig);
  if (identity_) return;
  buf_.clear();
  src_start_.clear();
  src_end_.clear();
  for (size_t i = 0; i < orig.size();) {
    size_t len = 1;
    int r = Fold(orig, i, &len);
    if (r == -1) {
      buf_.push_back(orig[i]);
      src_start_.push_back(static_cast<uint32_t>(i));
      src_end_.push_back(static_cast<uint32_t>(i + 1));
      // Keep multi-byte characters' continuation bytes mapped to the whole character.
      len = 1;
    } else if (r > 0) {
      buf_.push_back(static_cast<char>(r));
      src_start_.push_back(static_cast<uint32_t>(i));
      src_end_.push_back(static_cast<uint32_t>(i + len));
    }
    i += len;
  }
}

}  // namespace vigil::pii
