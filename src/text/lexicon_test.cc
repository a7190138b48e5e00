// Lexicon files: records, options, merging and error messages.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "vigil/text.h"

namespace vigil::text {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

TEST(LexiconTest, ParsesEveryRecordKind) {
  auto lex = Lexicon::Parse({{"a.tsv",
                              "# comment\n"
                              "\n"
                              "tag\tminor_coded\tfamily=age_signal\n"
                              "term\t萝莉\tminor_coded\t0.5\tlang=zh\tform=pinyin\n"
                              "term\t[0-9]+元\tprice\t0.4\tform=pattern\tname=price\n"
                              "allow\t萝莉塔\tlang=zh\n"
                              "rule\tr1\tcsam_trading\t0.9\tneeds=minor_coded+price|threat\twindow=40\n"
                              "damp\treport\t0.2\n"
                              "tag\tprice\n"
                              "tag\treport\n"}});
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  ASSERT_EQ(lex->entries().size(), 3u);
  const auto& e = lex->entries()[0];
  EXPECT_EQ(e.text, "萝莉");
  EXPECT_EQ(e.form, MatchForm::kPinyin);
  EXPECT_FLOAT_EQ(e.weight, 0.5f);
  EXPECT_EQ(lex->tags()[e.tag].name, "minor_coded");
  EXPECT_EQ(lex->tags()[e.tag].family, static_cast<int>(CueFamily::kAgeSignal));
  EXPECT_EQ(lex->entries()[1].label, "price");
  EXPECT_TRUE(lex->entries()[2].allow);
  ASSERT_EQ(lex->rules().size(), 1u);
  EXPECT_EQ(lex->rules()[0].needs.size(), 2u);
  EXPECT_EQ(lex->rules()[0].needs[1].size(), 2u);
  EXPECT_EQ(lex->rules()[0].window, 40u);
  ASSERT_EQ(lex->damps().size(), 1u);
  EXPECT_EQ(lex->damps()[0].only.size(), 3u);  // the three message categories by default
  EXPECT_EQ(lex->FindTag("threat"), static_cast<int>(CueFamily::kThreat));
}

TEST(LexiconTest, SameTermInTwoFilesIsMerged) {
  auto lex = Lexicon::Parse({{"a.tsv", "term\tcp\tcsam_trading\t0.3\n"},
                             {"conversation_x.tsv", "term\tcp\tcsam_trading\t0.6\tunless=threat\n"
                                                    "term\tcp\tthreat\t0.2\n"}});
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  ASSERT_EQ(lex->entries().size(), 2u);  // same text+tag merged; another tag kept
  EXPECT_FLOAT_EQ(lex->entries()[0].weight, 0.6f);
  EXPECT_EQ(lex->entries()[0].unless.size(), 1u);
}

TEST(LexiconTest, ErrorsNameFileLineFieldAndExpectation) {
  struct Case {
    std::string content, expect;
  };
  for (const auto& c : std::vector<Case>{
           {"term\tx\tnope\t0.5\n", "f.tsv:1: tag: unknown tag 'nope'"},
           {"\nterm\tx\tthreat\t1.5\n", "f.tsv:2: weight: expected a number in [0,1], got '1.5'"},
           {"term\tx\tthreat\n", "f.tsv:1: `term` needs TEXT, TAG and WEIGHT"},
           {"word\tx\n", "f.tsv:1: unknown record 'word'"},
           {"term\tx\tthreat\t0.5\tform=regex\n", "f.tsv:1: form: expected literal, pinyin or pattern"},
           {"term\tx\tthreat\t0.5\tcolour=red\n", "f.tsv:1: unknown option 'colour=red'"},
           {"rule\tr\tthreat\t0.5\n", "f.tsv:1: `rule` needs NAME, TAG, SCORE and needs="},
           {"rule\tr\tthreat\t0.5\twindow=5\n", "f.tsv:1: rule without needs="},
           {"rule\tr\tthreat\t0.5\tneeds=threat\twindow=x\n", "f.tsv:1: window: expected a number"},
           {"tag\tx\tfamily=nonsense\n", "f.tsv:1: unknown cue family 'nonsense'"},
           {"tag\tthreat\n", "f.tsv:1: 'threat' is a cue family already"},
       }) {
    auto lex = Lexicon::Parse({{"f.tsv", c.content}});
    ASSERT_FALSE(lex.ok()) << c.content;
    EXPECT_NE(lex.status().message().find(c.expect), std::string::npos) << lex.status().message();
  }
}

TEST(LexiconTest, LoadDirReadsEveryTsvInNameOrder) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("vigil_lex_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "b.tsv") << "term\tbeta\tthreat\t0.5\n";
  std::ofstream(dir / "a.tsv") << "tag\tx\nterm\talpha\tx\t0.5\n";
  std::ofstream(dir / "notes.txt") << "not a lexicon\n";
  auto lex = Lexicon::LoadDir(dir.string());
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  ASSERT_EQ(lex->entries().size(), 2u);
  EXPECT_EQ(lex->entries()[0].text, "alpha");
  EXPECT_NE(lex->entries()[1].where.find("b.tsv:1"), std::string::npos);
  fs::remove_all(dir);
  EXPECT_EQ(Lexicon::LoadDir(dir.string()).status().code(), StatusCode::kNotFound);
}

// Compiles without the database cache (the default): this checks the compile.
TEST(LexiconTest, RepositoryLexiconLoadsAndCompiles) {
  auto lex = Lexicon::LoadDir("data/lexicon");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_GT(lex->entries().size(), 300u);
  auto eng = TextEngine::Compile(std::move(lex).value());
  ASSERT_TRUE(eng.ok()) << eng.status().ToString();
}

TEST(LexiconTest, BadPatternFailsCompileNamingTheEntry) {
  auto lex = Lexicon::Parse({{"f.tsv", "term\tok\tthreat\t0.5\nterm\t(unclosed\tthreat\t0.5\tform=pattern\n"}});
  ASSERT_TRUE(lex.ok());
  auto eng = TextEngine::Compile(std::move(lex).value());
  ASSERT_FALSE(eng.ok());
  EXPECT_NE(eng.status().message().find("f.tsv:2"), std::string::npos) << eng.status().message();
  auto empty = Lexicon::Parse({{"f.tsv", "term\t\u200B\tthreat\t0.5\n"}});
  ASSERT_TRUE(empty.ok());
  EXPECT_FALSE(TextEngine::Compile(std::move(empty).value()).ok());
}

}  // namespace
}  // namespace vigil::text
