#include "text/pattern_expand.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace vigil::text {
namespace {

// '\x01' marks a \b, '\x02' a ^ and '\x03' a $ inside a partial literal
// while it is being expanded.
constexpr char kBound = '\x01';
constexpr char kStart = '\x02';
constexpr char kEnd = '\x03';

bool IsMark(char c) { return c == kBound || c == kStart || c == kEnd; }

using Set = std::vector<std::string>;

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

size_t Utf8Len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

bool IsAsciiPunct(char e) {
  return (e >= '!' && e <= '/') || (e >= ':' && e <= '@') || (e >= '[' && e <= '`') || (e >= '{' && e <= '~');
}

// A bracket class [..] starting at re[*pos] ('['), parsed as PCRE reads it.
// `listed` is true when the class is exactly `members` (not negated; only
// listed characters, escaped punctuation, \s as the canonical space and
// ASCII ranges); `ok` is false when its end cannot be found with certainty
// (the caller then gives up). On return *pos is past the closing ']'.
struct ParsedClass {
  bool ok = false;
  bool listed = false;
  Set members;
};

ParsedClass ParseClass(std::string_view re, size_t* pos, size_t max) {
  ParsedClass pc;
  size_t i = *pos + 1;
  bool listed = true;
  if (i < re.size() && re[i] == '^') {
    listed = false;
    ++i;
  }
  if (i < re.size() && re[i] == ']') {  // a leading ] is a member
    pc.members.emplace_back("]");
    ++i;
  }
  while (i < re.size() && re[i] != ']') {
    const char c = re[i];
    std::string member;
    if (c == '\\') {
      if (i + 1 >= re.size()) return pc;
      const char e = re[i + 1];
      if (IsAsciiPunct(e)) {
        member.assign(1, e);
      } else if (e == 's') {
        member = " ";
      } else if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) {
        // \d, \w, \n, ...: some character. Escapes with a body (\x41,
        // \x{..}, \p{..}, \Q..\E, \c.) or octal digits: give up.
        if (e == 'x' || e == 'p' || e == 'P' || e == 'Q' || e == 'E' || e == 'c' || e == 'o' || e == 'N') return pc;
        listed = false;
        i += 2;
        continue;
      } else {
        return pc;
      }
      i += 2;
    } else if (c == '[' && i + 1 < re.size() && (re[i + 1] == ':' || re[i + 1] == '.' || re[i + 1] == '=')) {
      return pc;  // [:alpha:] and the like
    } else {
      const size_t n = Utf8Len(static_cast<unsigned char>(c));
      if (i + n > re.size()) return pc;
      member.assign(re.substr(i, n));
      i += n;
    }
    // A range a-b (a '-' before the closing ']' is a member).
    if (i + 1 < re.size() && re[i] == '-' && re[i + 1] != ']') {
      const char hi = re[i + 1];
      if (hi == '\\' || hi == '[') return pc;  // an escaped range end: give up
      if (member.size() != 1 || static_cast<unsigned char>(hi) >= 0x80) {
        listed = false;  // a non-ASCII range: some character of it
        i += 1 + Utf8Len(static_cast<unsigned char>(hi));
        continue;
      }
      if (hi < member[0]) return pc;  // Vectorscan refuses it
      for (int x = member[0]; x <= hi && pc.members.size() <= max; ++x) pc.members.emplace_back(1, static_cast<char>(x));
      i += 2;
    } else {
      pc.members.push_back(std::move(member));
    }
    if (pc.members.size() > max) listed = false;
  }
  if (i >= re.size()) return pc;
  *pos = i + 1;
  pc.ok = true;
  pc.listed = listed && !pc.members.empty() && pc.members.size() <= max;
  return pc;
}

// The read position in a pattern, shared by the two parsers below.
class Cursor {
 protected:
  Cursor(std::string_view re, size_t max) : re_(re), max_(max) {}
  bool AtEnd() const { return pos_ >= re_.size(); }
  char Peek() const { return re_[pos_]; }

  std::string_view re_;
  size_t max_;
  size_t pos_ = 0;
};

// Recursive-descent expansion over the pattern text; any unsupported
// construct or an oversized set makes the whole expansion fail.
class Expander : Cursor {
 public:
  Expander(std::string_view re, size_t max) : Cursor(re, max) {}

  std::optional<Set> Run() {
    auto s = Alternation();
    if (!s || pos_ != re_.size()) return std::nullopt;
    return s;
  }

 private:

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
    if (c == '^' || c == '$') {
      ++pos_;
      return Set{std::string(1, c == '^' ? kStart : kEnd)};
    }
    if (c == '.' || c == '*' || c == '+' || c == '?' || c == '{' ||
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
    if (e == 's') {  // \s, \s* or \s+ (a lazy or possessive mark changes nothing)
      if (AtEnd() || (Peek() != '*' && Peek() != '+')) return Set{" "};
      const bool star = Peek() == '*';
      ++pos_;
      if (!AtEnd() && (Peek() == '?' || Peek() == '+')) ++pos_;
      return star ? Set{" ", ""} : Set{" "};
    }
    // Escaped ASCII punctuation stands for itself; classes (\d, \w, \x..)
    // and anything else are not expanded.
    if (!IsAsciiPunct(e)) return std::nullopt;
    return Set{std::string(1, e)};
  }

  // [abc], [a-z0-9], [一二三]: listed characters and ASCII ranges.
  std::optional<Set> Class() {
    ParsedClass pc = ParseClass(re_, &pos_, max_);
    if (!pc.ok || !pc.listed) return std::nullopt;
    return std::move(pc.members);
  }
};

// Turns a raw expansion (with marks) into a literal, or nothing when it can
// never match (an inner \b that cannot hold, a ^ or $ inside) or when it
// cannot be checked as a literal (an outer \b next to a non-word byte, which
// depends on the byte beyond the match: *uncheckable is then set).
std::optional<ExpandedLiteral> Finish(const std::string& raw, bool* uncheckable) {
  ExpandedLiteral lit;
  size_t b = 0, e = raw.size();
  for (; b < e && IsMark(raw[b]); ++b) {
    if (raw[b] == kBound) lit.bound_left = true;
    if (raw[b] == kStart) lit.anchor_start = true;
    if (raw[b] == kEnd) return std::nullopt;  // $ before the first byte
  }
  for (; e > b && IsMark(raw[e - 1]); --e) {
    if (raw[e - 1] == kBound) lit.bound_right = true;
    if (raw[e - 1] == kEnd) lit.anchor_end = true;
    if (raw[e - 1] == kStart) return std::nullopt;  // ^ after the last byte
  }
  for (size_t i = b; i < e; ++i) {
    if (!IsMark(raw[i])) {
      lit.bytes.push_back(raw[i]);
      continue;
    }
    if (raw[i] != kBound) return std::nullopt;  // ^ or $ between two bytes
    // An inner \b: a boundary between the bytes around it, decided now.
    size_t j = i;
    while (j < e && raw[j] == kBound) ++j;
    if (j < e && IsMark(raw[j])) return std::nullopt;
    if (lit.bytes.empty() || IsWordByte(lit.bytes.back()) == IsWordByte(raw[j])) return std::nullopt;
    i = j - 1;
  }
  if (lit.bytes.empty()) return std::nullopt;
  const bool left_bad = lit.bound_left && !IsWordByte(lit.bytes.front());
  const bool right_bad = lit.bound_right && !IsWordByte(lit.bytes.back());
  // Beyond an anchor there is no byte, so such a \b simply never holds.
  if ((left_bad && !lit.anchor_start) || (right_bad && !lit.anchor_end)) *uncheckable = true;
  if (left_bad || right_bad) return std::nullopt;
  return lit;
}


// ---- Required literals ------------------------------------------------------

// What a sub-pattern is known to match: exactly the strings of `exact`, or
// (when not finite) strings each containing one of `need`; neither means
// nothing is known (it may match anything, even the empty string). `last`,
// when known, is a set of non-empty strings one of which every match ends
// with (`[0-9]+` ends with a digit): a literal that follows the sub-pattern
// extends them into a rarer gate (`[0-9]+起` needs "0起", ..., "9起", not "起").
struct Info {
  std::optional<Set> exact;
  std::optional<Set> need;
  std::optional<Set> last;
};

// `s` as an ending set: none when it holds the empty string (a match may then
// end with anything).
std::optional<Set> Ending(const Set& s) {
  for (const auto& x : s) {
    if (x.empty()) return std::nullopt;
  }
  return s;
}

// Expected cost of a literal set as a gate: roughly how often one of its
// strings occurs in chat, a product of rough per-byte frequencies (letters
// and spaces are common, digits and symbols rarer, each byte of a UTF-8
// sequence as before), over at most six bytes.
double ByteFrequency(unsigned char c) {
  if (c == ' ') return 1.0 / 6;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return 1.0 / 20;
  if (c >= '0' && c <= '9') return 1.0 / 60;
  return 1.0 / 30;
}
double GateCost(const Set& s) {
  double c = 0;
  for (const auto& x : s) {
    if (x.empty()) return 1e9;
    double p = 1;
    for (size_t i = 0; i < x.size() && i < 6; ++i) p *= ByteFrequency(static_cast<unsigned char>(x[i]));
    c += p;
  }
  return c;
}

// Drops strings that contain another member (a match containing the longer
// contains the shorter); an empty member makes the set useless.
std::optional<Set> Minimize(Set s) {
  std::sort(s.begin(), s.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
  s.erase(std::unique(s.begin(), s.end()), s.end());
  Set out;
  for (const auto& x : s) {
    if (x.empty()) return std::nullopt;
    bool covered = false;
    for (const auto& y : out) covered |= x.find(y) != std::string::npos;
    if (!covered) out.push_back(x);
  }
  return out;
}

class Factorer : Cursor {
 public:
  Factorer(std::string_view re, size_t max) : Cursor(re, max) {}

  std::optional<Set> Run() {
    Info i = Alternation();
    if (!ok_ || pos_ != re_.size()) return std::nullopt;
    if (i.exact) return Minimize(*i.exact);
    return i.need;
  }

 private:
  Info Alternation() {
    std::vector<Info> alts{Sequence()};
    while (ok_ && !AtEnd() && Peek() == '|') {
      ++pos_;
      alts.push_back(Sequence());
    }
    Set exact, need, last;
    bool all_exact = true, all_last = true;
    for (const auto& a : alts) {
      if (a.exact) {
        exact.insert(exact.end(), a.exact->begin(), a.exact->end());
        need.insert(need.end(), a.exact->begin(), a.exact->end());
      } else if (a.need) {
        all_exact = false;
        need.insert(need.end(), a.need->begin(), a.need->end());
      } else {
        return {};
      }
      const std::optional<Set> l = a.exact ? Ending(*a.exact) : a.last;
      if (l) {
        last.insert(last.end(), l->begin(), l->end());
      } else {
        all_last = false;
      }
    }
    if (all_exact && exact.size() <= max_) return {std::move(exact), std::nullopt, std::nullopt};
    auto m = Minimize(std::move(need));
    if (!m || m->size() > max_) return {};
    std::sort(last.begin(), last.end());
    last.erase(std::unique(last.begin(), last.end()), last.end());
    std::optional<Set> ends;
    if (all_last && last.size() <= max_) ends = std::move(last);
    return {std::nullopt, std::move(m), std::move(ends)};
  }

  // Candidates: finite runs of adjacent pieces, and the needs of other pieces.
  Info Sequence() {
    Set run{""};
    bool broken = false;
    std::optional<Set> best;
    auto consider = [&](const Set& cand) {
      auto m = Minimize(cand);
      if (m && m->size() <= max_ && (!best || GateCost(*m) < GateCost(*best))) best = std::move(m);
    };
    auto cross = [&](const Set& a, const Set& b) -> std::optional<Set> {
      if (a.size() * b.size() > max_) return std::nullopt;
      Set out;
      for (const auto& x : a) {
        for (const auto& y : b) out.push_back(x + y);
      }
      return out;
    };
    while (ok_ && !AtEnd() && Peek() != '|' && Peek() != ')') {
      Info item = Atom();
      const Rep rep = Quantifier();
      if (!ok_) return {};
      if (rep.min == 1 && rep.max == 1 && item.exact) {
        if (auto c = cross(run, *item.exact)) {
          run = std::move(*c);
          continue;
        }
        consider(run);
        run = *item.exact;
        broken = true;
        continue;
      }
      if (rep.min == 0 && rep.max == 1 && item.exact) {
        Set opt = *item.exact;
        opt.push_back("");
        if (auto c = cross(run, opt)) {
          run = std::move(*c);
          continue;
        }
      }
      broken = true;
      if (rep.min >= 1 && item.exact) {
        // The first repetition follows the run; the last precedes what comes next.
        if (auto c = cross(run, *item.exact)) {
          consider(*c);
        } else {
          consider(run);
        }
        consider(*item.exact);
        run = *item.exact;
        continue;
      }
      consider(run);
      if (rep.min >= 1 && item.need) consider(*item.need);
      // What follows extends the item's endings (when it is present).
      run = rep.min >= 1 && item.last ? *item.last : Set{""};
    }
    if (!broken) return {std::move(run), std::nullopt, std::nullopt};
    consider(run);
    if (!best) return {};
    return {std::nullopt, std::move(best), Ending(run)};
  }

  struct Rep {
    int min = 1, max = 1;  // max -1: unbounded
  };

  Rep Quantifier() {
    Rep r;
    if (AtEnd()) return r;
    const char c = Peek();
    if (c == '?') r = {0, 1};
    else if (c == '*') r = {0, -1};
    else if (c == '+') r = {1, -1};
    else if (c == '{') return Braces();
    else return r;
    ++pos_;
    if (!AtEnd() && (Peek() == '?' || Peek() == '+')) ++pos_;  // lazy / possessive: same language
    return r;
  }

  // {n}, {n,} or {n,m} (PCRE reads any other brace as a literal: give up).
  Rep Braces() {
    size_t i = pos_ + 1;
    auto number = [&](int* v) {
      const size_t start = i;
      *v = 0;
      while (i < re_.size() && re_[i] >= '0' && re_[i] <= '9') *v = std::min(*v * 10 + (re_[i++] - '0'), 100000);
      return i > start;
    };
    int lo = 0, hi = 0;
    bool valid = number(&lo);
    if (valid && i < re_.size() && re_[i] == ',') {
      ++i;
      if (i < re_.size() && re_[i] != '}') valid = number(&hi) && hi >= lo;
    }
    if (!valid || i >= re_.size() || re_[i] != '}') {
      ok_ = false;
      return {};
    }
    pos_ = i + 1;
    if (!AtEnd() && (Peek() == '?' || Peek() == '+')) ++pos_;
    // {m,..} with m >= 1 behaves like + for this purpose, {0,..} like *.
    return {std::min(lo, 1), -1};
  }

  Info Atom() {
    const char c = Peek();
    if (c == '(') {
      ++pos_;
      if (re_.substr(pos_, 2) == "?:") {
        pos_ += 2;
      } else if (!AtEnd() && Peek() == '?') {
        ok_ = false;  // lookaround, flags: give up
        return {};
      }
      Info inner = Alternation();
      if (!ok_ || AtEnd() || Peek() != ')') {
        ok_ = false;
        return {};
      }
      ++pos_;
      return inner;
    }
    if (c == '[') return Class();
    if (c == '\\') return Escape();
    if (c == '^' || c == '$') {
      ++pos_;
      return {Set{""}, std::nullopt};
    }
    if (c == '.') {
      ++pos_;
      return {};
    }
    if (c == '*' || c == '+' || c == '?' || c == '{' || c == ')' || c == '|') {
      ok_ = false;
      return {};
    }
    const size_t n = Utf8Len(static_cast<unsigned char>(c));
    if (pos_ + n > re_.size()) {
      ok_ = false;
      return {};
    }
    Set one{std::string(re_.substr(pos_, n))};
    pos_ += n;
    return {std::move(one), std::nullopt};
  }

  Info Escape() {
    if (pos_ + 1 >= re_.size()) {
      ok_ = false;
      return {};
    }
    const char e = re_[pos_ + 1];
    pos_ += 2;
    if (e == 'b' || e == 'B') return {Set{""}, std::nullopt};
    if (e == 's') {  // canonical whitespace: one space, never two in a row
      Set ws = SpaceRepeat();
      return {std::move(ws), std::nullopt};
    }
    if (IsAsciiPunct(e)) return {Set{std::string(1, e)}, std::nullopt};
    const bool letter = (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z');
    if (!letter || e == 'x' || e == 'p' || e == 'P' || e == 'Q' || e == 'E' || e == 'c' || e == 'o' ||
        e == 'N' || e == 'g' || e == 'k') {
      ok_ = false;  // escapes with a body, back references, octal: give up
      return {};
    }
    return {};  // \d, \w, \S, \A, ...: some character, or an assertion
  }

  // After \s: a following * or + (lazy or possessive alike) is consumed.
  Set SpaceRepeat() {
    if (AtEnd() || (Peek() != '*' && Peek() != '+')) return {" "};
    const bool star = Peek() == '*';
    ++pos_;
    if (!AtEnd() && (Peek() == '?' || Peek() == '+')) ++pos_;
    return star ? Set{" ", ""} : Set{" "};
  }

  Info Class() {
    ParsedClass pc = ParseClass(re_, &pos_, max_);
    if (!pc.ok) {
      ok_ = false;
      return {};
    }
    if (!pc.listed) return {};
    return {std::move(pc.members), std::nullopt};
  }

  bool ok_ = true;
};

}  // namespace

bool RequiredLiterals(std::string_view re, size_t max_literals, std::vector<std::string>* out) {
  auto set = Factorer(re, max_literals).Run();
  if (!set || set->empty() || set->size() > max_literals) return false;
  *out = std::move(*set);
  return true;
}

bool ExpandPattern(std::string_view re, size_t max_literals, std::vector<ExpandedLiteral>* out) {
  auto set = Expander(re, max_literals).Run();
  if (!set) return false;
  std::vector<ExpandedLiteral> lits;
  for (const auto& raw : *set) {
    // A pattern that can match nothing but assertions is left to the regex
    // compiler (which refuses it with its own message).
    if (raw.find_first_not_of("\x01\x02\x03") == std::string::npos) return false;
    bool uncheckable = false;
    auto lit = Finish(raw, &uncheckable);
    if (uncheckable) return false;  // leave it to the regex compiler
    if (!lit) continue;             // this literal can never match
    lits.push_back(std::move(*lit));
  }
  if (lits.empty()) return false;
  *out = std::move(lits);
  return true;
}

}  // namespace vigil::text
