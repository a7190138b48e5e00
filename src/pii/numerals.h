// Identifiers written in words: a digit-reading step for the recogniser.
//
// Doxing posts spell numbers out to dodge filters: "一三八 零零一三 八零零零",
// "138 四五六七 8901", 壹贰叁 (financial forms, Simplified and Traditional),
// the radio readings 幺/么 (1), 两/兩 (2), 洞 (0), 拐 (7), 勾 (9), and English
// "four oh four, five five five, zero one two three", "double five",
// "triple seven", "nine-one-seven". NumeralReader finds runs of such tokens
// (numeral words, numeral characters and ASCII digit runs, joined directly
// or by the separators the recogniser allows between digit groups, plus ','
// and ')') in the normalised text and renders a copy of that text in which
// each qualifying run is written in ASCII digits, with a map back to the
// normalised bytes. The recogniser scans that copy with its usual candidate
// rules and full validation; an entity from it counts only when at least
// two of its digits were written in words (see WordDigits).
//
// A run qualifies when it yields at least 7 digits and at least 2 of them
// come from words, so "一个", "两三天", "one or two", "twenty five dollars"
// and dates in characters (年/月/日 end a run) never reach validation. Find()
// first runs a byte precheck (AVX2 where available) for two numerals with
// only digits and separators between them and stops there when there are
// none; it allocates nothing once the scratch buffers have grown.
#ifndef VIGIL_PII_NUMERALS_H_
#define VIGIL_PII_NUMERALS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::pii {

// Digit ('0'..'9') of the numeral character (CJK, 3 UTF-8 bytes) at s[i],
// or 0. Used by redaction to mask numeral characters like digits.
char CjkNumeralDigit(std::string_view s, size_t i);

class NumeralReader {
 public:
  // Tokenises `text` (normalised; must outlive this object) and records the
  // qualifying runs. Returns false when there is none.
  bool Find(std::string_view text);

  // Renders text() from the runs found. `trim` drops an ambiguous edge token
  // of every run (bit 1: the first, bit 2: the last) where it is glued to
  // other words ("…零零一下" = "…00" + 一下 "a moment"). Returns false when
  // `trim` != 0 and no run has such a token (nothing new to render).
  bool Render(int trim);

  std::string_view text() const { return std::string_view(buf_.data(), len_); }
  // Normalised-text span of the rendered byte span [b, e), e > b.
  uint32_t NormStart(uint32_t b) const { return start_[b]; }
  uint32_t NormEnd(uint32_t e) const { return end_[e - 1]; }
  // Digits of rendered span [b, e) that were written as words/characters.
  uint32_t WordDigits(uint32_t b, uint32_t e) const { return wsum_[e] - wsum_[b]; }

 private:
  enum Kind : uint8_t { kDigits, kCjk, kWord };
  struct Token {
    uint32_t b, e;     // bytes in the normalised text
    Kind kind;
    char digit;        // kCjk/kWord: the digit
    uint8_t count;     // kCjk/kWord: how many times ("double five" = 2)
    bool group_start;  // a digit-group boundary precedes it (not for a run's first token)
    bool paren;        // the separator before it holds ')'
  };
  struct Run {
    uint32_t first, last;  // tokens [first, last)
    bool trim_left, trim_right;
  };

  bool ReadToken(uint32_t i, Token* tok) const;
  uint32_t SkipSeparator(uint32_t p, bool* paren, uint32_t* non_space) const;
  void CloseRun(uint32_t first, uint32_t last);
  void Put(char c, uint32_t b, uint32_t e, bool word);

  std::string_view t_;
  std::vector<Token> tokens_;
  std::vector<Run> runs_;
  std::string buf_;
  size_t len_ = 0;
  std::vector<uint32_t> start_, end_, wsum_;
};

}  // namespace vigil::pii

#endif  // VIGIL_PII_NUMERALS_H_
