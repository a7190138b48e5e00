// Per-code-point normalisation tables, generated at build time by
// src/text/gen/gen_tables.cc from the ICU and OpenCC data on the machine.
//
// Entry layout (uint32): bits 0-3 CharClass of the folded character; bits 4-6
// length of the folded form (0 = the code point is its own canonical form,
// or is removed when the class is kRemove); bits 7-22 offset of the folded
// form in kPool; bits 23-31 pinyin syllable id (0 = none) of a Han character.
#ifndef VIGIL_TEXT_TABLES_H_
#define VIGIL_TEXT_TABLES_H_

#include <cstdint>

#include "vigil/text.h"

namespace vigil::text {

inline constexpr uint32_t kClassMask = 0xF;
inline constexpr int kLenShift = 4;
inline constexpr uint32_t kMaxMapLen = 7;
inline constexpr int kOffShift = 7;
inline constexpr int kOffBits = 16;
inline constexpr int kSylShift = 23;
inline constexpr int kSylBits = 9;

namespace tables {
extern const uint16_t kStage1[0x1100];
extern const uint32_t kStage2[][256];
extern const char32_t kPool[];
extern const char kSyllables[][8];  // syllable + ';', zero padded
extern const uint8_t kSyllableLen[];
extern const uint32_t kNumSyllables;
}  // namespace tables

inline uint32_t CharEntry(char32_t c) {
  if (c >= 0x110000) return static_cast<uint32_t>(CharClass::kOther);
  return tables::kStage2[tables::kStage1[c >> 8]][c & 0xFF];
}
inline CharClass EntryClass(uint32_t e) { return static_cast<CharClass>(e & kClassMask); }
inline uint32_t EntryLen(uint32_t e) { return (e >> kLenShift) & 7u; }
inline uint32_t EntryOff(uint32_t e) { return (e >> kOffShift) & 0xFFFFu; }
inline uint32_t EntrySyllable(uint32_t e) { return e >> kSylShift; }

}  // namespace vigil::text

#endif  // VIGIL_TEXT_TABLES_H_
