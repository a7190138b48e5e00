// Expansion of a lexicon `form=pattern` regex into the finite set of literal
// strings it matches on canonical text, so that Vectorscan can run it on its
// fast literal matchers. Internal to the text engine.
#ifndef VIGIL_TEXT_PATTERN_EXPAND_H_
#define VIGIL_TEXT_PATTERN_EXPAND_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::text {

struct ExpandedLiteral {
  std::string bytes;      // the literal, raw UTF-8
  bool bound_left = false;   // a \b before it (its first byte is a word byte)
  bool bound_right = false;  // a \b after it (its last byte is a word byte)
  bool anchor_start = false;  // a ^ before it: it must start the text
  bool anchor_end = false;    // a $ after it: it must end the text
};

// Expands `re` when it uses only: literal characters (UTF-8), escaped
// punctuation, groups ( ) and (?: ), alternation |, the quantifier ? on any
// atom, classes [..] of listed characters and ASCII ranges, \s, \s*, \s+,
// \b, ^ and $. On canonical text (no whitespace but single spaces; see
// NormalizedText) \s matches exactly " ", \s* is "( )?" and \s+ is " ", so
// the literal set matches exactly what the regex matches there. A \b inside
// the pattern is decided per literal from its neighbours (the literal is
// dropped when it cannot hold); a \b at either end becomes a flag the match
// handler checks; so does a ^ or $ (a literal whose ^ or $ sits inside it
// can never match and is dropped). Returns false (out untouched) for anything else, or when
// the set would exceed `max_literals`.
bool ExpandPattern(std::string_view re, size_t max_literals, std::vector<ExpandedLiteral>* out);

// A necessary condition for a regex that stays a regex: a set of literal
// strings such that every match of `re` on canonical text contains at least
// one of them (found from the pattern's finite pieces: `[0-9]+ ?(元|块)`
// needs one of "0元", "1元", ..., "9 块"). The engine scans its regular
// expressions only in messages where one of these occurs. Returns false when
// no such set of at most `max_literals` strings is found (the regex must then
// always run); any construct it does not know is treated as matching
// anything, so the answer stays sound.
bool RequiredLiterals(std::string_view re, size_t max_literals, std::vector<std::string>* out);

}  // namespace vigil::text

#endif  // VIGIL_TEXT_PATTERN_EXPAND_H_
