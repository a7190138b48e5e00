#include "text/pattern_expand.h"

#include <optional>

namespace vigil::text {
namespace {

// '\x01' marks a \b inside a partial literal while it is being expanded.
constexpr char kBound = '\x01';

using Set = std::vector<std::string>;

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

size_t Utf8Len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

// Recursive-descent expansion over the pattern text; any unsupported
// construct or an oversized set makes the whole expansion fail.
class Expander {
 public:
  Expander(std::string_view re, size_t max) : re_(re), max_(max) {}

  std::optional<Set> Run() {
    auto s = Alternation();
    if (!s || pos_ != re_.size()) return std::nullopt;
    return s;
  }

 private:
  bool AtEnd() const { return pos_ >= re_.size(); }
  char Peek() const { return re_[pos_]; }

  std::optional<Set> Alternation() {
    auto first = Sequence();
    if (!first) return std::nullopt;
    Set all = std::move(*first);
    while (!AtEnd() && Peek() == '|') {
      ++pos_;
      auto next = Sequence();
      if (!next) return std::nullopt;
      all.insert(all.end(), next->begin(), next->end());
      if (all.size() > max_) return std::nullopt;
    }
    return all;
  }

  std::optional<Set> Sequence() {
    Set acc{""};
    while (!AtEnd() && Peek() != '|' && Peek() != ')') {
      auto atom = Atom();
      if (!atom) return std::nullopt;
      if (!AtEnd() && Peek() == '?') {  // optional atom
        ++pos_;
        if (!AtEnd() && (Peek() == '?' || Peek() == '+')) return std::nullopt;  // lazy/possessive
        atom->push_back("");
      }
      if (!AtEnd() && (Peek() == '*' || Peek() == '+' || Peek() == '{')) return std::nullopt;
      if (acc.size() * atom->size() > max_) return std::nullopt;
      Set next;
      next.reserve(acc.size() * atom->size());
      for (const auto& a : acc) {
        for (const auto& b : *atom) next.push_back(a + b);
      }
      acc = std::move(next);
    }
    return acc;
  }

  std::optional<Set> Atom() {
    char c = Peek();
    if (c == '(') {
      ++pos_;
      if (re_.substr(pos_, 2) == "?:") {
        pos_ += 2;
      } else if (!AtEnd() && Peek() == '?') {
        return std::nullopt;  // lookaround, named group, flags
      }
      auto inner = Alternation();
      if (!inner || AtEnd() || Peek() != ')') return std::nullopt;
      ++pos_;
      return inner;
    }
    if (c == '[') return Class();
    if (c == '\\') return Escape();
    if (c == '.' || c == '^' || c == '$' || c == '*' || c == '+' || c == '?' || c == '{' ||
        c == '}' || c == ']') {
      return std::nullopt;
    }
    const size_t n = Utf8Len(static_cast<unsigned char>(c));
    if (pos_ + n > re_.size()) return std::nullopt;
    Set one{std::string(re_.substr(pos_, n))};
    pos_ += n;
    return one;
  }

  std::optional<Set> Escape() {
    if (pos_ + 1 >= re_.size()) return std::nullopt;
    const char e = re_[pos_ + 1];
    pos_ += 2;
    if (e == 'b') return Set{std::string(1, kBound)};
    if (e == 's') {
      if (!AtEnd() && Peek() == '*') {
        ++pos_;
        return Set{" ", ""};
      }
      if (!AtEnd() && Peek() == '+') ++pos_;
      return Set{" "};
    }
    // Escaped ASCII punctuation stands for itself; classes (\d, \w, \x..)
    // and anything else are not expanded.
    const bool punct = (e >= '!' && e <= '/') || (e >= ':' && e <= '@') || (e >= '[' && e <= '`') ||
                       (e >= '{' && e <= '~');
    if (!punct) return std::nullopt;
    return Set{std::string(1, e)};
  }

  // [abc], [a-z0-9], [一二三]: listed characters and ASCII ranges.
  std::optional<Set> Class() {
    ++pos_;
    if (!AtEnd() && Peek() == '^') return std::nullopt;
    Set members;
    while (!AtEnd() && Peek() != ']') {
      char c = Peek();
      if (c == '\\' || c == '[') return std::nullopt;
      const size_t n = Utf8Len(static_cast<unsigned char>(c));
      if (pos_ + n > re_.size()) return std::nullopt;
      if (n == 1 && pos_ + 2 < re_.size() && re_[pos_ + 1] == '-' && re_[pos_ + 2] != ']') {
        const char hi = re_[pos_ + 2];
        if (static_cast<unsigned char>(hi) >= 0x80 || hi < c) return std::nullopt;
        for (char x = c; x <= hi; ++x) members.emplace_back(1, x);
        pos_ += 3;
      } else {
        members.emplace_back(re_.substr(pos_, n));
        pos_ += n;
      }
      if (members.size() > max_) return std::nullopt;
    }
    if (AtEnd() || members.empty()) return std::nullopt;
    ++pos_;
    return members;
  }

  std::string_view re_;
  size_t max_;
  size_t pos_ = 0;
};

// Turns a raw expansion (with kBound marks) into a literal, or nothing when
// an inner \b cannot hold or an outer one sits next to a non-word byte.
std::optional<ExpandedLiteral> Finish(const std::string& raw) {
  ExpandedLiteral lit;
  size_t b = 0, e = raw.size();
  while (b < e && raw[b] == kBound) ++b, lit.bound_left = true;
  while (e > b && raw[e - 1] == kBound) --e, lit.bound_right = true;
  for (size_t i = b; i < e; ++i) {
    if (raw[i] != kBound) {
      lit.bytes.push_back(raw[i]);
      continue;
    }
    // An inner \b: a boundary between the bytes around it, decided now.
    size_t j = i;
    while (j < e && raw[j] == kBound) ++j;
    if (lit.bytes.empty() || IsWordByte(lit.bytes.back()) == IsWordByte(raw[j])) return std::nullopt;
    i = j - 1;
  }
  if (lit.bytes.empty()) return std::nullopt;
  if (lit.bound_left && !IsWordByte(lit.bytes.front())) return std::nullopt;
  if (lit.bound_right && !IsWordByte(lit.bytes.back())) return std::nullopt;
  return lit;
}

}  // namespace

bool ExpandPattern(std::string_view re, size_t max_literals, std::vector<ExpandedLiteral>* out) {
  auto set = Expander(re, max_literals).Run();
  if (!set) return false;
  std::vector<ExpandedLiteral> lits;
  for (const auto& raw : *set) {
    // A pattern that can match nothing but assertions is left to the regex
    // compiler (which refuses it with its own message).
    if (raw.find_first_not_of(kBound) == std::string::npos) return false;
    auto lit = Finish(raw);
    if (!lit) {
      // A \b that can never hold only removes that literal; an outer \b next
      // to a non-word byte has a meaning the handler cannot check: give up.
      const bool outer = !raw.empty() && (raw.front() == kBound || raw.back() == kBound);
      if (outer) return false;
      continue;
    }
    lits.push_back(std::move(*lit));
  }
  if (lits.empty()) return false;
  *out = std::move(lits);
  return true;
}

}  // namespace vigil::text
