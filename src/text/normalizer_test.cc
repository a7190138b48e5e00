// Normaliser: one test per step and obfuscation family, each checking the
// canonical text and the original byte spans; plus hostile inputs.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "text/normalizer_reference.h"
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

// The normaliser (two passes) must give exactly what the reference
// (three-pass) one gives: canonical form, shadow and both maps.
void ExpectSameAsReference(std::string_view in, NormalizerOptions o = {}) {
  NormalizedText a, b;
  Normalizer(o).Normalize(in, &a);
  reference::Normalize(in, o, &b);
  ASSERT_EQ(a.canon, b.canon) << "input: " << in;
  ASSERT_EQ(a.shadow, b.shadow) << "input: " << in;
  ASSERT_EQ(a.canon_src.size(), b.canon_src.size());
  for (size_t k = 0; k < a.canon_src.size(); ++k) {
    ASSERT_EQ(P(a.canon_src[k].begin, a.canon_src[k].end), P(b.canon_src[k].begin, b.canon_src[k].end))
        << "canonical byte " << k << " of input: " << in;
  }
  ASSERT_EQ(std::vector<uint32_t>(a.shadow_src.begin(), a.shadow_src.end()),
            std::vector<uint32_t>(b.shadow_src.begin(), b.shadow_src.end()))
      << "input: " << in;
}

// Words of ASCII letters are handled as runs: their letters map one to one,
// whatever 16-byte block of the input they sit in.
TEST(NormalizerTest, LetterRunsKeepPerByteOffsets) {
  const std::string in = "Hello WORLD abcdefghijklmnopqrstuvwxyzABCDEFGHIJ 资源";
  auto t = Norm(in);
  EXPECT_EQ(t.canon, "hello world abcdefghijklmnopqrstuvwxyzabcdefghij 资源");
  for (size_t k = 0; k < 48; ++k) EXPECT_EQ(SrcOf(t, k), P(k, k + 1)) << k;
  EXPECT_EQ(t.shadow, "hello world abcdefghijklmnopqrstuvwxyzabcdefghij zi;yuan;");
  EXPECT_EQ(t.ShadowToCanon(0, 5).end, 5u);
  // Repeats across a run's edges: squeezed as if letter by letter.
  EXPECT_EQ(Norm("soooooooooooooooooooooooooooooooooo").canon, "so");
  auto r = Norm("aa-aab 1aaaa");
  EXPECT_EQ(r.canon, "aa-aab 1a");
  EXPECT_EQ(SrcOf(r, 8), P(8, 12));
  EXPECT_EQ(Norm("goood bookkeeper").canon, "god bookkeeper");
  EXPECT_EQ(Norm("c0ffee y0ung").canon, "coffee young");
  EXPECT_EQ(Norm("a b c abc d e").canon, "abc abc de");
}

// Runs of plain Han characters are one unit: each character keeps its own
// span and syllable; repeats, a split character's first half before the run,
// Traditional forms and cut sequences inside it behave as character by
// character (checked against the reference).
TEST(NormalizerTest, HanRunsKeepPerCharacterOffsets) {
  auto t = Norm("ab 萝莉资源 x");
  EXPECT_EQ(t.canon, "ab 萝莉资源 x");
  for (size_t k = 0; k < 4; ++k) {
    for (size_t b = 0; b < 3; ++b) EXPECT_EQ(SrcOf(t, 3 + 3 * k + b), P(3 + 3 * k, 6 + 3 * k)) << k;
  }
  EXPECT_EQ(t.shadow, "ab luo;li;zi;yuan; x");
  EXPECT_EQ(Norm("哈哈哈哈哈好").canon, "哈好");
  EXPECT_EQ(SrcOf(Norm("哈哈哈哈哈好"), 0), P(0, 15));
  EXPECT_EQ(Norm("好哈哈").canon, "好哈哈");
  EXPECT_EQ(Norm("衤果聊天").canon, "裸聊天");   // 衤 may be a split character's first half
  EXPECT_EQ(Norm("资源衤果聊").canon, "资源裸聊");
  EXPECT_EQ(Norm("蘿莉資源").canon, "萝莉资源");  // Traditional forms inside a run
  auto sp = Norm("见 学校 哈 哈 哈");  // lone spaces between Han characters are dropped
  EXPECT_EQ(sp.canon, "见学校哈");
  EXPECT_EQ(SrcOf(sp, 3), P(4, 7));
  EXPECT_EQ(SrcOf(sp, 9), P(11, 22));
  EXPECT_EQ(sp.shadow, "jian;xue;xiao;ha;");
  const std::vector<std::string> cases = {
      "萝莉资源", "哈哈哈哈哈", "哈哈 哈哈", "资源资源资源", "衤果聊天", "幺力女未", "萝莉è", "萝莉ÿ资源",
      "萝莉 资源", "萝-莉资源", "萝莉。资源", "ＯＫ萝莉", "萝莉ＯＫ", "ll萝莉", "萝莉ll", "蘿莉資源", "萝​莉资源",
      "😂萝莉资源😂", "萝莉萝莉萝莉", "一二三四五六七八九十百千万", "你好 明天 见 学校", "哈 哈 哈 哈", "哈哈 哈",
      "萝  莉", "萝 莉 ", " 萝 莉", "萝 ll 莉", "衤 果", "萝 衤果", "萝\t莉", "萝 ​莉", "萝 蘿 莉"};
  for (const auto& c : cases) {
    for (const NormalizerOptions o : {NormalizerOptions{}, NormalizerOptions{.shadow = false},
                                      NormalizerOptions{.split_chars = false}}) {
      ExpectSameAsReference(c, o);
      ExpectSameAsReference("x " + c + " y", o);
      ExpectSameAsReference(c + c, o);
    }
  }
  std::string big;  // a 1 MB run
  while (big.size() < (1u << 20)) big += "萝莉资源视频";
  ExpectSameAsReference(big);
}

// Block edges: a multi-byte character split across a 16/32-byte block, a
// letter run or a separator at a block edge, mixed ASCII and non-ASCII blocks.
TEST(NormalizerTest, SameAsReferenceAtBlockEdges) {
  const std::vector<std::string> pieces = {"资", "ＶＩＰ", "é", "👧🏻", "-", " ", "  ", ".", "'", "\xff", "0", "1"};
  for (size_t pad = 0; pad < 40; ++pad) {
    for (const std::string& p : pieces) {
      std::string in(pad, 'x');
      in += p;
      in += "abcdefghijklmnopqrstuvwxyz";
      in += p;
      in += "Z";
      ExpectSameAsReference(in);
      std::string spaced;
      for (size_t k = 0; k < pad; ++k) spaced += (k % 2) ? "-" : "q";
      ExpectSameAsReference(spaced + p + "word" + p);
    }
  }
}

// Hostile inputs for the letter-run path: a 1 MB word, a 1 MB word whose
// every letter is tripled, and letters cut by invalid bytes and controls.
TEST(NormalizerTest, LetterRunPathologicalInputs) {
  std::string word;
  while (word.size() < (1u << 20)) word += "AbCdEfGhIjKlMnOpQrStUvWxYz";
  auto t = Norm(word);
  ASSERT_EQ(t.canon.size(), word.size());
  EXPECT_EQ(t.canon.substr(0, 5), "abcde");
  EXPECT_EQ(SrcOf(t, word.size() - 1), P(word.size() - 1, word.size()));
  EXPECT_TRUE(t.shadow.empty());
  ExpectSameAsReference(word);
  std::string tripled;
  while (tripled.size() < (1u << 20)) tripled += "aaabbbcccDDD";
  auto u = Norm(tripled);
  EXPECT_EQ(u.canon.substr(0, 4), "abcd");
  EXPECT_EQ(SrcOf(u, 0), P(0, 3));
  ExpectSameAsReference(tripled);
  std::string cut;
  for (int i = 0; i < 20000; ++i) cut += (i % 3 == 0) ? "word\xffword" : (i % 3 == 1) ? "lett\x01" "ers " : "资源ab\xe8\x90" "cd";
  ExpectSameAsReference(cut);
}

// Random messages from fragments that exercise every rule, every option.
TEST(NormalizerTest, SameAsReferenceOnRandomMessages) {
  const std::vector<std::string> frag = {
      "a", "b", "l", "o", "ll", "LOL", "sooo", "see", "you", "School", "abcdefghijklmnopqrstu", " ", " ",
      "   ", "\t", "\n", "-", ".", "*", "'", ",", "!!!", "0", "1", "3", "4", "@", "$", "100", "y0ung", "c.p",
      "i'll", "资", "源", "萝", "莉", "哈哈哈哈", "衤", "果", "幺", "力", "女", "，", "。", "ＯＫ", "蘿",
      "\u200B", "\u202E", "😂", "👧🏻", "✈️", "ㄌ", "ß", "É", "Ǆ", "\x01", "\x7f", "\xff", "\xe8\x90"};
  std::mt19937 rng(5);
  for (int m = 0; m < 20000; ++m) {
    std::string in;
    const int parts = 1 + static_cast<int>(rng() % 40);
    for (int k = 0; k < parts; ++k) in += frag[rng() % frag.size()];
    const NormalizerOptions o{.shadow = (m & 1) == 0, .split_chars = (m & 2) == 0};
    ExpectSameAsReference(in, o);
  }
}

}  // namespace
}  // namespace vigil::text
