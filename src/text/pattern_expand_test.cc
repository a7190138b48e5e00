#include "text/pattern_expand.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace vigil::text {
namespace {

// "literal" with "<" / ">" marking a left / right \b, sorted.
std::vector<std::string> Expand(std::string_view re, size_t max = 256) {
  std::vector<ExpandedLiteral> lits;
  if (!ExpandPattern(re, max, &lits)) return {"<none>"};
  std::vector<std::string> out;
  for (const auto& l : lits) {
    out.push_back((l.bound_left ? "<" : "") + l.bytes + (l.bound_right ? ">" : ""));
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
  for (std::string_view re : {"[0-9]+ ?usd", "a.b", "a*", "x{2}", "[^a]b", R"(\d)", "^a", "a$",
                              "(?=a)b", "(a", "a)", "[a", R"(\w)", "a??", "", R"(\b)", "(|)"}) {
    EXPECT_EQ(Expand(re), V{"<none>"}) << re;
  }
}

TEST(PatternExpand, SizeLimit) {
  // 2^9 = 512 literals.
  const std::string re = "(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)";
  EXPECT_EQ(Expand(re, 256), V{"<none>"});
  EXPECT_EQ(Expand(re, 512).size(), 512u);
}

}  // namespace
}  // namespace vigil::text
