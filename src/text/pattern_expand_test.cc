#include "text/pattern_expand.h"

#include <gtest/gtest.h>

#include <hs/hs.h>

#include <algorithm>
#include <random>

namespace vigil::text {
namespace {

// "literal" with "<" / ">" marking a left / right \b, sorted.
std::vector<std::string> Expand(std::string_view re, size_t max = 256) {
  std::vector<ExpandedLiteral> lits;
  if (!ExpandPattern(re, max, &lits)) return {"<none>"};
  std::vector<std::string> out;
  for (const auto& l : lits) {
    out.push_back(std::string(l.anchor_start ? "^" : "") + (l.bound_left ? "<" : "") + l.bytes +
                  (l.bound_right ? ">" : "") + (l.anchor_end ? "$" : ""));
  }
  std::sort(out.begin(), out.end());
  return out;
}

using V = std::vector<std::string>;

TEST(PatternExpand, AlternationGroupsAndOptional) {
  EXPECT_EQ(Expand(R"(\b(?:(are|r) (you|u) alone)\b)"),
            (V{"<are u alone>", "<are you alone>", "<r u alone>", "<r you alone>"}));
  EXPECT_EQ(Expand(R"(\b(?:age doesn'?t matter)\b)"),
            (V{"<age doesn't matter>", "<age doesnt matter>"}));
  EXPECT_EQ(Expand("(?:进群费|入群费)"), (V{"入群费", "进群费"}));
}

TEST(PatternExpand, WhitespaceIsTheCanonicalSingleSpace) {
  EXPECT_EQ(Expand(R"(gift\s*card)"), (V{"gift card", "giftcard"}));
  EXPECT_EQ(Expand(R"(a\s+b)"), (V{"a b"}));
  EXPECT_EQ(Expand(R"(a\sb)"), (V{"a b"}));
}

TEST(PatternExpand, ClassesAndEscapes) {
  EXPECT_EQ(Expand(R"(1[0-2]\$)"), (V{"10$", "11$", "12$"}));
  EXPECT_EQ(Expand("[一二]年级"), (V{"一年级", "二年级"}));
  EXPECT_EQ(Expand(R"(v\-?bucks)"), (V{"v-bucks", "vbucks"}));
}

TEST(PatternExpand, InnerBoundaryDecidedPerLiteral) {
  // \b between two word bytes never holds: that literal goes, not the rest.
  EXPECT_EQ(Expand(R"((ab|a )\bc)"), (V{"a c"}));
  // Trailing \b after a non-word byte cannot be checked by the handler.
  EXPECT_EQ(Expand(R"(\bfoo!\b)"), (V{"<none>"}));
}

TEST(PatternExpand, RefusesWhatIsNotFinite) {
  for (std::string_view re : {"[0-9]+ ?usd", "a.b", "a*", "x{2}", "[^a]b", R"(\d)", "^", "$",
                              "(?=a)b", "(a", "a)", "[a", R"(\w)", "a??", "", R"(\b)", "(|)"}) {
    EXPECT_EQ(Expand(re), V{"<none>"}) << re;
  }
}

TEST(PatternExpand, AnchorsBecomeFlags) {
  EXPECT_EQ(Expand("(?:^|[ ,])收"), (V{" 收", ",收", "^收"}));
  EXPECT_EQ(Expand("^ab$"), (V{"^ab$"}));
  EXPECT_EQ(Expand(R"(^\bab)"), (V{"^<ab"}));
  // A ^ or $ inside a literal can never hold: only that literal goes.
  EXPECT_EQ(Expand("(a|^)b"), (V{"^b", "ab"}));
  EXPECT_EQ(Expand("a(^|c)"), (V{"ac"}));
  // \b before a non-word byte at the start of the text never holds.
  EXPECT_EQ(Expand(R"(^\b!|x)"), (V{"x"}));
}

TEST(PatternExpand, SizeLimit) {
  // 2^9 = 512 literals.
  const std::string re = "(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)";
  EXPECT_EQ(Expand(re, 256), V{"<none>"});
  EXPECT_EQ(Expand(re, 512).size(), 512u);
}

// Gate literals, sorted ("<none>" when none are found).
V Sorted(V v) {
  std::sort(v.begin(), v.end());
  return v;
}

std::vector<std::string> Gates(std::string_view re, size_t max = 64) {
  std::vector<std::string> g;
  if (!RequiredLiterals(re, max, &g)) return {"<none>"};
  std::sort(g.begin(), g.end());
  return g;
}

TEST(RequiredLiterals, FromFinitePieces) {
  V money;
  for (char d = '0'; d <= '9'; ++d) {
    for (const char* tail : {"元", "块", " 元", " 块"}) money.push_back(std::string(1, d) + tail);
  }
  EXPECT_EQ(Gates("[0-9]+ ?(?:元|块)"), Sorted(money));
  // The longest, rarest piece wins; \s* is the canonical optional space.
  EXPECT_EQ(Gates(R"(不然.{0,8}(看到|知道))"), (V{"不然"}));
  V units;
  for (char d = '0'; d <= '9'; ++d) {
    for (const char* tail : {" days", " hours"}) units.push_back(std::string(1, d) + tail);
  }
  EXPECT_EQ(Gates(R"(\bin [0-9]+ (?:hours|days)\b)"), Sorted(units));
  EXPECT_EQ(Gates(R"(\$\s*[0-9]+)"), Sorted(V{"$0", "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9",
                                         "$ 0", "$ 1", "$ 2", "$ 3", "$ 4", "$ 5", "$ 6", "$ 7", "$ 8",
                                         "$ 9"}));
  // Strings containing another member are implied by it.
  EXPECT_EQ(Gates("(?:进群费|费)[0-9]+"), (V{"费0", "费1", "费2", "费3", "费4", "费5", "费6", "费7", "费8", "费9"}));
}

// A literal after a group that is no finite set extends the group's endings
// (every match of the group ends with a digit or 十/百): "起" alone is in
// every 一起 ("together").
TEST(RequiredLiterals, EndingsOfAGroupExtendTheLiteralAfterIt) {
  V want{"十起", "百起"};
  for (char d = '0'; d <= '9'; ++d) want.push_back(std::string(1, d) + "起");
  EXPECT_EQ(Gates("([0-9]+|[一二两三]*[十百])起"), Sorted(want));
  // No endings when the group may end with anything (or be absent).
  EXPECT_EQ(Gates("(a|[0-9]+.)起"), (V{"起"}));
  EXPECT_EQ(Gates("([0-9]+|[十百])?起"), (V{"起"}));
  EXPECT_EQ(Gates("(x[0-9]+|a?)起"), (V{"起"}));
}

// Letters are common in chat, digits rarer: "5yo" and "5 yo" beat "yo"
// (which is in every "you") when the set fits.
TEST(RequiredLiterals, DigitsMakeRarerGatesThanLetters) {
  V want;
  for (const char* n : {"5", "6", "12"}) {
    for (const char* t : {"yo", " yo"}) want.push_back(std::string(n) + t);
  }
  EXPECT_EQ(Gates("[a-z]+ (?:5|6|12) ?yo"), Sorted(want));
  EXPECT_EQ(Gates("[a-z]+ (?:5|6|12) ?yo", 4), (V{"yo"}));  // too many for 4: the common one
}

// Regressions found by pattern_expand_fuzz (fuzz/pattern_expand/regress-*).
TEST(PatternParsing, ClassesAndBracesAsPcreReadsThem) {
  // A '[' inside a class is a member, not a nested class.
  EXPECT_EQ(Gates("[x[]y"), (V{"[y", "xy"}));
  EXPECT_EQ(Expand("[x[]y"), (V{"[y", "xy"}));
  // A brace that is not a quantifier is a literal in PCRE: not guessed at.
  EXPECT_EQ(Gates("ab{0|4}"), V{"<none>"});
  // Ranges up to 0x7F end (a char loop used to wrap around forever).
  EXPECT_EQ(Expand(R"([~-\x7f])"), V{"<none>"});  // an escaped range end: refused
  EXPECT_EQ(Expand("[}-\x7f]z"), (V{"}z", "~z", "\x7fz"}));
  // Non-ASCII ranges are not listed member by member.
  EXPECT_EQ(Expand("[一-龥]"), V{"<none>"});
  EXPECT_EQ(Gates("[一-龥]+x"), (V{"x"}));
  // A lazy \s+? is still one space on canonical text.
  EXPECT_EQ(Expand(R"(a\s+?b)"), (V{"a b"}));
}

TEST(RequiredLiterals, NoneWhenAnythingCouldMatch) {
  for (std::string_view re : {".*", "[^a]+", R"(\d+)", "(a|.)b?", "a?", "(?=x)y", "x{0,3}", "(a|)"}) {
    EXPECT_EQ(Gates(re), V{"<none>"}) << re;
  }
}

// Soundness: on random canonical-like texts, whenever Vectorscan finds a
// match of the regex, one of its gate literals occurs in the text.
TEST(RequiredLiterals, EveryMatchContainsAGate) {
  const std::vector<std::string> regexes = {
      "[0-9]+ ?(?:元|块|rmb)", R"(\b[0-9]+ ?(?:gb|tb)\b)", R"(\$ ?[0-9]+ or\b)",
      "(?:^|[ ,.])收", "(对话|聊天).{0,4}删", R"((ab|b)+c[0-9]*d)", R"(\b(?:(a|ab)\s*(c|cd)?\s*(x|y)+)\b)",
      "[一二三]+(?:元|块)", "x(?:a|b){2,3}y", R"(send (me )?([0-9]+|a few) more)",
      "([0-9]+|[一三]*[元块])收", "(a[0-9]*|b+)c", "(?:x|(?:ab)+|c[0-9]+) ?(?:or|d)"};
  const std::vector<std::string> alphabet = {"a", "b", "c", "d", "x", "y", "0", "1", "2", " ", ",", ".", "$",
                                             "元", "块", "收", "对话", "删", "一", "三", "gb", "rmb", "or",
                                             "send ", "me ", "more", "few", "$1", " or", "xab", "aby", "send me ", "2 more",
                                             "a few"};
  std::mt19937 rng(11);
  for (const auto& re : regexes) {
    std::vector<std::string> gates;
    ASSERT_TRUE(RequiredLiterals(re, 64, &gates)) << re;
    hs_database_t* db = nullptr;
    hs_compile_error_t* err = nullptr;
    ASSERT_EQ(hs_compile(re.c_str(), HS_FLAG_UTF8 | HS_FLAG_SINGLEMATCH, HS_MODE_BLOCK, nullptr, &db, &err),
              HS_SUCCESS) << re;
    hs_scratch_t* scratch = nullptr;
    ASSERT_EQ(hs_alloc_scratch(db, &scratch), HS_SUCCESS);
    int matched = 0;
    for (int t = 0; t < 20000; ++t) {
      std::string text;
      const int words = 1 + static_cast<int>(rng() % 8);
      for (int w = 0; w < words; ++w) text += alphabet[rng() % alphabet.size()];
      bool hit = false;
      hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
              [](unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
                *static_cast<bool*>(ctx) = true;
                return 1;
              },
              &hit);
      if (!hit) continue;
      ++matched;
      bool gated = false;
      for (const auto& g : gates) gated |= text.find(g) != std::string::npos;
      ASSERT_TRUE(gated) << re << " matched '" << text << "' without a gate";
    }
    EXPECT_GT(matched, 0) << re << ": the random texts never matched; the check proved nothing";
    hs_free_scratch(scratch);
    hs_free_database(db);
  }
}

}  // namespace
}  // namespace vigil::text
