#include "pii/numerals.h"

#include <algorithm>

namespace vigil::pii {
namespace {

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(unsigned char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
bool IsAlnum(unsigned char c) { return IsDigit(c) || IsAlpha(c); }

// Up to eight ASCII letters, lower-cased, packed little-endian.
constexpr uint64_t Pack(std::string_view w) {
  uint64_t v = 0;
  for (size_t k = 0; k < w.size(); ++k) v |= static_cast<uint64_t>(static_cast<unsigned char>(w[k]) | 0x20) << (8 * k);
  return v;
}

struct WordEntry {
  uint64_t packed;
  char digit;     // '0'..'9', or 0 for a multiplier
  uint8_t count;  // multiplier: 2 or 3
};
constexpr WordEntry kWords[] = {
    {Pack("zero"), '0', 1}, {Pack("oh"), '0', 1},    {Pack("o"), '0', 1},      {Pack("one"), '1', 1},
    {Pack("two"), '2', 1},  {Pack("three"), '3', 1}, {Pack("four"), '4', 1},   {Pack("five"), '5', 1},
    {Pack("six"), '6', 1},  {Pack("seven"), '7', 1}, {Pack("eight"), '8', 1},  {Pack("nine"), '9', 1},
    {Pack("niner"), '9', 1}, {Pack("double"), 0, 2}, {Pack("triple"), 0, 3},
};

const WordEntry* LookupWord(std::string_view w) {
  if (w.size() > 6) return nullptr;
  const uint64_t p = Pack(w);
  for (const auto& e : kWords) {
    if (e.packed == p) return &e;
  }
  return nullptr;
}

bool IsSepByte(unsigned char c) {
  return c == ' ' || c == '-' || c == '.' || c == ',' || c == '\n' || c == '\r' || c == ')';
}

}  // namespace

char CjkNumeralDigit(std::string_view s, size_t i) {
  if (i + 2 >= s.size()) return 0;
  const auto c0 = static_cast<unsigned char>(s[i]), c1 = static_cast<unsigned char>(s[i + 1]),
             c2 = static_cast<unsigned char>(s[i + 2]);
  if (c0 < 0xE3 || c0 > 0xE9 || (c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80) return 0;
  const uint32_t cp = ((c0 & 0x0Fu) << 12) | ((c1 & 0x3Fu) << 6) | (c2 & 0x3Fu);
  switch (cp) {
    case 0x3007: case 0x96F6: case 0x6D1E: return '0';                           // 〇 零 洞
    case 0x4E00: case 0x58F9: case 0x5E7A: case 0x4E48: return '1';              // 一 壹 幺 么
    case 0x4E8C: case 0x8D30: case 0x8CB3: case 0x4E24: case 0x5169: return '2'; // 二 贰 貳 两 兩
    case 0x4E09: case 0x53C1: case 0x53C3: return '3';                           // 三 叁 參
    case 0x56DB: case 0x8086: return '4';                                        // 四 肆
    case 0x4E94: case 0x4F0D: return '5';                                        // 五 伍
    case 0x516D: case 0x9646: case 0x9678: return '6';                           // 六 陆 陸
    case 0x4E03: case 0x67D2: case 0x62D0: return '7';                           // 七 柒 拐
    case 0x516B: case 0x634C: return '8';                                        // 八 捌
    case 0x4E5D: case 0x7396: case 0x52FE: return '9';                           // 九 玖 勾
    default: return 0;
  }
}

// Reads the token starting at t_[i]: an ASCII digit run not glued to letters
// (a trailing resident-ID 'X' may follow; it stays outside the token), a
// numeral word standing alone ("double"/"triple" take the next word), or a
// numeral character.
bool NumeralReader::ReadToken(uint32_t i, Token* tok) const {
  const uint32_t n = static_cast<uint32_t>(t_.size());
  const auto c = static_cast<unsigned char>(t_[i]);
  *tok = Token{i, i, kDigits, 0, 1, false, false};
  if (IsDigit(c)) {
    if (i > 0 && IsAlpha(static_cast<unsigned char>(t_[i - 1]))) return false;
    uint32_t p = i;
    while (p < n && IsDigit(static_cast<unsigned char>(t_[p]))) ++p;
    if (p < n && IsAlpha(static_cast<unsigned char>(t_[p])) &&
        !((t_[p] | 0x20) == 'x' && (p + 1 >= n || !IsAlnum(static_cast<unsigned char>(t_[p + 1]))))) {
      return false;
    }
    tok->e = p;
    return true;
  }
  if (IsAlpha(c)) {
    if (i > 0 && IsAlnum(static_cast<unsigned char>(t_[i - 1]))) return false;
    uint32_t p = i;
    while (p < n && IsAlpha(static_cast<unsigned char>(t_[p]))) ++p;
    if (p < n && IsDigit(static_cast<unsigned char>(t_[p]))) return false;
    const WordEntry* w = LookupWord(t_.substr(i, p - i));
    if (w == nullptr) return false;
    tok->kind = kWord;
    tok->e = p;
    if (w->digit != 0) {
      tok->digit = w->digit;
      return true;
    }
    // "double five", "triple-seven": the multiplier and one single numeral.
    Token next;
    if (p + 1 >= n || (t_[p] != ' ' && t_[p] != '-') || !ReadToken(p + 1, &next) ||
        next.kind == kDigits || next.count != 1) {
      return false;
    }
    tok->digit = next.digit;
    tok->count = w->count;
    tok->e = next.e;
    return true;
  }
  if (c >= 0xE3 && c <= 0xE9) {
    const char d = CjkNumeralDigit(t_, i);
    if (d == 0) return false;
    *tok = Token{i, i + 3, kCjk, d, 1, false, false};
    return true;
  }
  return false;
}

// End of the separator starting at p (p itself when there is none): up to
// four bytes of spaces, at most one of - . , ) and at most one line break.
uint32_t NumeralReader::SkipSeparator(uint32_t p, bool* paren, uint32_t* marks) const {
  const uint32_t n = static_cast<uint32_t>(t_.size());
  uint32_t q = p, breaks = 0;
  *marks = 0;
  *paren = false;
  while (q < n && q - p < 4 && IsSepByte(static_cast<unsigned char>(t_[q]))) {
    const char c = t_[q];
    if (c == '\n') ++breaks;
    if (c == '-' || c == '.' || c == ',' || c == ')') ++*marks;
    if (c == ')') *paren = true;
    ++q;
  }
  if (breaks > 1 || *marks > 1) return p;
  return q;
}

bool NumeralReader::Find(std::string_view text) {
  t_ = text;
  tokens_.clear();
  runs_.clear();
  const uint32_t n = static_cast<uint32_t>(text.size());
  uint32_t i = 0;
  while (i < n) {
    Token tok;
    if (!ReadToken(i, &tok)) {
      // Step over the whole word or character.
      const auto c = static_cast<unsigned char>(t_[i]);
      if (IsAlnum(c)) {
        while (i < n && IsAlnum(static_cast<unsigned char>(t_[i]))) ++i;
      } else {
        i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      }
      continue;
    }
    // A run: this token, then separator + token for as long as they come.
    const uint32_t first = static_cast<uint32_t>(tokens_.size());
    tokens_.push_back(tok);
    for (;;) {
      const Token& prev = tokens_.back();
      if (prev.kind == kDigits && prev.e < n && IsAlpha(static_cast<unsigned char>(t_[prev.e]))) break;  // 'X'
      bool paren;
      uint32_t marks;
      const uint32_t q = SkipSeparator(prev.e, &paren, &marks);
      Token next;
      if (q >= n || !ReadToken(q, &next)) break;
      const bool glued = q == prev.e;
      const bool words = prev.kind == kWord && next.kind == kWord;
      next.paren = paren;
      // Inside one digit group: characters or digits written together, and
      // words joined by one space or hyphen. Anything else starts a group.
      next.group_start = !glued && !(words && q - prev.e == 1 && marks <= 1 && t_[prev.e] != '.' &&
                                     t_[prev.e] != ',' && t_[prev.e] != ')' && t_[prev.e] != '\n');
      tokens_.push_back(next);
    }
    i = tokens_.back().e;
    CloseRun(first, static_cast<uint32_t>(tokens_.size()));
  }
  return !runs_.empty();
}

// Keeps tokens [first, last) as a run when it can hold an identifier.
void NumeralReader::CloseRun(uint32_t first, uint32_t last) {
  uint32_t digits = 0, word_digits = 0;
  bool hyphen_words = false;
  for (uint32_t k = first; k < last; ++k) {
    const Token& tk = tokens_[k];
    if (tk.kind == kDigits) {
      digits += tk.e - tk.b;
    } else {
      digits += tk.count;
      word_digits += tk.count;
    }
    if (k > first && !tk.group_start && tk.kind == kWord && t_[tk.b - 1] == '-') hyphen_words = true;
  }
  if (digits < 7 || word_digits < 2) {
    tokens_.resize(first);
    return;
  }
  // "four-oh-four five-five-five": hyphens join words, spaces part groups.
  if (hyphen_words) {
    for (uint32_t k = first + 1; k < last; ++k) {
      Token& tk = tokens_[k];
      if (!tk.group_start && tk.kind == kWord && tokens_[k - 1].kind == kWord && t_[tk.b - 1] == ' ') {
        tk.group_start = true;
      }
    }
  }
  const uint32_t n = static_cast<uint32_t>(t_.size());
  auto glued_word = [&](const Token& tk, bool left) {
    if (tk.kind == kCjk) {  // a neighbouring character that is not a numeral
      return left ? tk.b > 0 && static_cast<unsigned char>(t_[tk.b - 1]) >= 0x80
                  : tk.e < n && static_cast<unsigned char>(t_[tk.e]) >= 0x80;
    }
    if (tk.kind == kWord) {  // a neighbouring word after one space
      return left ? tk.b >= 2 && t_[tk.b - 1] == ' ' && IsAlpha(static_cast<unsigned char>(t_[tk.b - 2]))
                  : tk.e + 1 < n && t_[tk.e] == ' ' && IsAlpha(static_cast<unsigned char>(t_[tk.e + 1]));
    }
    return false;
  };
  Run r{first, last, false, false};
  if (last - first >= 2) {
    r.trim_left = glued_word(tokens_[first], true);
    r.trim_right = glued_word(tokens_[last - 1], false);
  }
  runs_.push_back(r);
}

void NumeralReader::Put(char c, uint32_t b, uint32_t e, bool word) {
  buf_[len_] = c;
  start_[len_] = b;
  end_[len_] = e;
  wsum_[len_ + 1] = wsum_[len_] + (word ? 1 : 0);
  ++len_;
}

bool NumeralReader::Render(int trim) {
  if (trim != 0) {
    bool any = false;
    for (const Run& r : runs_) any |= ((trim & 1) && r.trim_left) || ((trim & 2) && r.trim_right);
    if (!any) return false;
  }
  // Rendering never lengthens the text: every token and separator becomes
  // at most as many bytes as it had.
  const uint32_t n = static_cast<uint32_t>(t_.size());
  if (buf_.size() < n) {
    buf_.resize(n);
    start_.resize(n);
    end_.resize(n);
    wsum_.resize(n + 1);
  }
  len_ = 0;
  wsum_[0] = 0;
  uint32_t pos = 0;
  auto copy_to = [&](uint32_t stop) {
    for (; pos < stop; ++pos) Put(t_[pos], pos, pos + 1, false);
  };
  for (const Run& r : runs_) {
    const uint32_t first = r.first + ((trim & 1) && r.trim_left ? 1 : 0);
    const uint32_t last = r.last - ((trim & 2) && r.trim_right ? 1 : 0);
    if (first >= last) continue;  // both tokens trimmed: left as written
    copy_to(tokens_[first].b);
    for (uint32_t k = first; k < last; ++k) {
      const Token& tk = tokens_[k];
      if (k > first && tk.group_start) {
        const uint32_t sb = tokens_[k - 1].e;
        Put(tk.paren ? ')' : ' ', sb, std::max(sb + 1, tk.b), false);
      }
      if (tk.kind == kDigits) {
        for (uint32_t p = tk.b; p < tk.e; ++p) Put(t_[p], p, p + 1, false);
      } else {
        for (int c = 0; c < tk.count; ++c) Put(tk.digit, tk.b, tk.e, true);
      }
    }
    pos = tokens_[last - 1].e;
  }
  copy_to(n);
  return true;
}

}  // namespace vigil::pii
