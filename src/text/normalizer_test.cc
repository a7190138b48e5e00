// Normaliser: one test per step and obfuscation family, each checking the
// canonical text and the original byte spans; plus hostile inputs.
#include <gtest/gtest.h>

#include <string>

#include "core/utf8.h"
#include "vigil/text.h"

namespace vigil::text {
namespace {

NormalizedText Norm(std::string_view s) {
  NormalizedText t;
  Normalizer().Normalize(s, &t);
  return t;
}

// Original span of the canonical character starting at canonical byte `cb`.
std::pair<uint32_t, uint32_t> SrcOf(const NormalizedText& t, size_t cb) {
  return {t.canon_src.at(cb).begin, t.canon_src.at(cb).end};
}

using P = std::pair<uint32_t, uint32_t>;

void ExpectWellFormed(const NormalizedText& t, size_t input_size) {
  ASSERT_EQ(t.canon_src.size(), t.canon.size());
  ASSERT_EQ(t.shadow_src.size(), t.shadow.size());
  EXPECT_EQ(FindInvalidUtf8(t.canon), std::string_view::npos);
  for (const auto& s : t.canon_src) {
    ASSERT_LE(s.begin, s.end);
    ASSERT_LE(s.end, input_size);
  }
  for (uint32_t c : t.shadow_src) ASSERT_LT(c, t.canon.size() + 1);
}

TEST(NormalizerTest, FullWidthAndCaseFoldToAscii) {
  auto t = Norm("ＶＩＰ Hello");  // 3 full-width letters (3 bytes each)
  EXPECT_EQ(t.canon, "vip hello");
  EXPECT_EQ(SrcOf(t, 0), P(0, 3));
  EXPECT_EQ(SrcOf(t, 2), P(6, 9));
  EXPECT_EQ(SrcOf(t, 4), P(10, 11));  // 'h'
  EXPECT_EQ(Norm("Straße ÇA").canon, "strasse ca");
  EXPECT_EQ(Norm("Café").canon, "cafe");
}

TEST(NormalizerTest, ZeroWidthAndBidiControlsRemoved) {
  auto t = Norm("c\u200Bp x\u202Ey\uFEFFz");
  EXPECT_EQ(t.canon, "cp xyz");
  EXPECT_EQ(SrcOf(t, 1), P(4, 5));  // 'p' after the 3-byte ZWSP
  ExpectWellFormed(t, std::string("c\u200Bp x\u202Ey\uFEFFz").size());
}

TEST(NormalizerTest, CyrillicAndGreekLookAlikesFoldToLatin) {
  auto t = Norm("\u0443\u043Eung c\u03BFntent");  // Cyrillic у о, Greek ο
  EXPECT_EQ(t.canon, "young content");
  EXPECT_EQ(SrcOf(t, 0), P(0, 2));
  EXPECT_EQ(SrcOf(t, 1), P(2, 4));
  EXPECT_EQ(SrcOf(t, 2), P(4, 5));
}

TEST(NormalizerTest, LeetspeakDigitsBetweenLettersOnly) {
  auto t = Norm("y0ung c0ntent m3ga u15 2k files $40 100");
  EXPECT_EQ(t.canon, "young content mega u15 2k files $40 100");
  EXPECT_EQ(SrcOf(t, 1), P(1, 2));
  EXPECT_EQ(Norm("ca$h").canon, "cash");
}

TEST(NormalizerTest, TraditionalToSimplified) {
  auto t = Norm("蘿莉資源 會員");
  EXPECT_EQ(t.canon, "萝莉资源会员");  // the space between Han characters goes too
  EXPECT_EQ(SrcOf(t, 6), P(6, 9));     // 资
  EXPECT_EQ(SrcOf(t, 12), P(13, 16));  // 会, after the removed space
}

TEST(NormalizerTest, SeparatorsBetweenSingleCharactersRemoved) {
  auto t = Norm("萝-莉-合-集 永久");
  EXPECT_EQ(t.canon, "萝莉合集永久");
  EXPECT_EQ(SrcOf(t, 3), P(4, 7));  // 莉
  EXPECT_EQ(Norm("c.p for sale").canon, "cp for sale");
  EXPECT_EQ(Norm("幼 女 视 频").canon, "幼女视频");
  EXPECT_EQ(Norm("包.夜.全.套").canon, "包夜全套");
  EXPECT_EQ(Norm("萝-莉资源 幼*女").canon, "萝莉资源幼女");  // noise symbols between Han characters
  // Ordinary punctuation between words stays.
  EXPECT_EQ(Norm("资源，价格私聊").canon, "资源,价格私聊");
  EXPECT_EQ(Norm("hello, world").canon, "hello, world");
  EXPECT_EQ(Norm("a   b\t\tc").canon, "abc");  // single letters spaced out
  EXPECT_EQ(Norm("see   you").canon, "see you");
  // Words spelled out with symbols keep the space between them.
  auto w = Norm("c-p l-i-n-k-s");
  EXPECT_EQ(w.canon, "cp links");
  EXPECT_EQ(SrcOf(w, 3), P(4, 5));  // the l
  EXPECT_EQ(Norm("p*a*i*d m*e*e*t").canon, "paid meet");
  EXPECT_EQ(Norm("c p l i n k s").canon, "cplinks");  // even spaces: no way to tell the words apart
  EXPECT_EQ(Norm("l o l i   c o l l e c t i o n").canon, "loli collection");  // a wider gap
  EXPECT_EQ(Norm("e s c o r t  s e r v i c e").canon, "escort service");
}

TEST(NormalizerTest, LongRepeatsSqueezed) {
  auto t = Norm("哈哈哈哈 cool 1000 !!!!");
  EXPECT_EQ(t.canon, "哈 cool 1000 !");
  EXPECT_EQ(SrcOf(t, 0), P(0, 12));  // one 哈 covers the whole run
  EXPECT_EQ(Norm("soooo").canon, "so");
  EXPECT_EQ(Norm("good").canon, "good");
}

TEST(NormalizerTest, SplitCharactersRecomposed) {
  auto t = Norm("衤果聊 幺力女");
  EXPECT_EQ(t.canon, "裸聊幼女");
  EXPECT_EQ(SrcOf(t, 0), P(0, 6));
  EXPECT_EQ(SrcOf(t, 6), P(10, 16));
  EXPECT_EQ(Norm("女子学校").canon, "女子学校");  // an ordinary word is left alone
}

TEST(NormalizerTest, EmojiModifiersAndSquaredIdeographs) {
  auto t = Norm("👧🏻资源 纸✈️ 🈶");
  EXPECT_EQ(t.canon, "👧资源纸✈ 有");
  EXPECT_EQ(SrcOf(t, 0), P(0, 4));
}

TEST(NormalizerTest, ZhuyinInitialsBecomeLatin) {
  auto t = Norm("要ㄌㄌ實拍");
  EXPECT_EQ(t.canon, "要ll实拍");
  EXPECT_EQ(SrcOf(t, 3), P(3, 6));
}

TEST(NormalizerTest, PinyinShadowForHomophonesAndInitials) {
  auto t = Norm("LL资源 薇信");
  EXPECT_EQ(t.canon, "ll资源薇信");
  EXPECT_EQ(t.shadow, "ll zi;yuan;wei;xin;");
  // Shadow bytes map back to the canonical character they came from.
  ByteSpan c = t.ShadowToCanon(3, 6);  // "zi;"
  EXPECT_EQ(c.begin, 2u);
  EXPECT_EQ(c.end, 5u);
  EXPECT_EQ(Norm("幼女").shadow, "you;nv;");
  EXPECT_EQ(Norm("I'll go").canon, "ill go");
  EXPECT_TRUE(Norm("I'll go").shadow.empty());  // ASCII text is its own shadow
  EXPECT_EQ(Norm("I'll 去").shadow, "ill qu;");
  std::vector<std::string> syl;
  ASSERT_TRUE(Normalizer::HanSyllables("萝莉", &syl));
  EXPECT_EQ(syl, (std::vector<std::string>{"luo", "li"}));
  EXPECT_FALSE(Normalizer::HanSyllables("萝a", &syl));
}

TEST(NormalizerTest, InvalidUtf8BecomesReplacementPerByte) {
  std::string in = "\xff\xfe" "ab\xc3";
  auto t = Norm(in);
  ExpectWellFormed(t, in.size());
  EXPECT_EQ(t.canon, "\uFFFD\uFFFDab\uFFFD");
  EXPECT_EQ(SrcOf(t, 3), P(1, 2));
  EXPECT_EQ(SrcOf(t, 6), P(2, 3));
  // Truncated and overlong sequences.
  for (std::string bad : {std::string("\xe8\x90"), std::string("\xc0\xaf"), std::string("\xed\xa0\x80"),
                          std::string("\xf4\x90\x80\x80")}) {
    auto u = Norm(bad);
    ExpectWellFormed(u, bad.size());
    EXPECT_FALSE(u.canon.empty());
  }
}

TEST(NormalizerTest, OneMegabyteMessageIsLinear) {
  std::string in;
  while (in.size() < (1u << 20)) in += "出售 萝-莉 资源 VIP群 50元 selling c.p folders y0ung 哈哈哈哈 ";
  auto t = Norm(in);
  ExpectWellFormed(t, in.size());
  EXPECT_LT(t.canon.size(), in.size());
  EXPECT_LT(t.shadow.size(), 2 * in.size());
  EXPECT_EQ(t.canon_src.back().end, in.size());
}

TEST(NormalizerTest, HundredThousandSeparators) {
  std::string in = "a";
  in.append(100000, '-');
  in += "b";
  auto t = Norm(in);
  EXPECT_EQ(t.canon, "a-b");  // a long run is not an inserted separator; squeezed
  EXPECT_EQ(SrcOf(t, 1), P(1, 100001));
  std::string chain;
  for (int i = 0; i < 100000; ++i) chain += (i % 2 ? "x." : "y.");
  auto u = Norm(chain);
  EXPECT_EQ(u.canon.size(), 100001u);  // separators between single letters removed; the last stays
  ExpectWellFormed(u, chain.size());
}

TEST(NormalizerTest, PathologicalRepeats) {
  std::string in;
  for (int i = 0; i < 300000; ++i) in += "哈";
  auto t = Norm(in);
  EXPECT_EQ(t.canon, "哈");
  EXPECT_EQ(SrcOf(t, 0), P(0, static_cast<uint32_t>(in.size())));
  std::string zw;
  for (int i = 0; i < 100000; ++i) zw += "\u200B";
  auto z = Norm(zw);
  EXPECT_TRUE(z.canon.empty());
  EXPECT_TRUE(z.shadow.empty());
}

}  // namespace
}  // namespace vigil::text
