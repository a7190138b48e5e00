// TextEngine and the text detector: matching every form through the
// normaliser, original spans, allow-list, unless, rules, damping, cues.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "text/text_detector.h"
#include "vigil/pipeline.h"
#include "vigil/text.h"

namespace vigil::text {
namespace {

constexpr const char* kLex =
    "tag\tminor_coded\tfamily=age_signal\n"
    "tag\tmaterial\n"
    "tag\treport\n"
    "tag\tprice\n"
    "term\t萝莉\tminor_coded\t0.5\tform=pinyin\n"
    "term\t资源\tmaterial\t0.4\n"
    "term\tcp\tminor_coded\t0.4\tunless=report\n"
    "term\tfolders\tmaterial\t0.3\n"
    "term\t[0-9]+元\tprice\t0.4\tform=pattern\tname=price\n"
    "term\t口交\tsexualisation\t0.3\n"
    "term\t警方\treport\t0.5\n"
    "term\tsend to your family\tthreat\t0.5\n"
    "allow\t萝莉塔\n"
    "allow\t路口交通\n"
    "rule\tcoded_material\tcsam_trading\t0.9\tneeds=minor_coded+material\twindow=10\n"
    "rule\tpriced\tcsam_trading\t0.5\tneeds=csam_trading+price\n"
    "damp\treport\t0.2\n";

class EngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto lex = Lexicon::Parse({{"t.tsv", kLex}});
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    auto eng = TextEngine::Compile(std::move(lex).value());
    ASSERT_TRUE(eng.ok()) << eng.status().ToString();
    engine_ = std::move(eng).value();
  }
  const TextAnalysis& Run(std::string_view text) {
    Status s = engine_->Analyze(text, scratch_, &a_);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return a_;
  }
  const TextHit* HitOf(std::string_view label) {
    for (const auto& h : a_.hits) {
      if (engine_->HitLabel(h) == label) return &h;
    }
    return nullptr;
  }
  int Tag(std::string_view name) { return engine_->lexicon().FindTag(name); }

  std::unique_ptr<TextEngine> engine_;
  TextScratch scratch_;
  TextAnalysis a_;
};

TEST_F(EngineTest, LiteralAndPinyinHitsMapToOriginalSpans) {
  Run("出 蘿莉資源 50元");
  const TextHit* h = HitOf("萝莉");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->original.begin, 4u);
  EXPECT_EQ(h->original.end, 10u);
  const TextHit* p = HitOf("price");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->original.begin, 17u);
  EXPECT_EQ(p->original.end, 22u);
  EXPECT_NEAR(a_.Score(CueFamily::kCsamTrading), 1 - 0.1 * 0.5, 1e-5);  // both rules fired
  std::string ex = engine_->Explain(a_, static_cast<uint16_t>(CueFamily::kCsamTrading));
  EXPECT_NE(ex.find("rule coded_material (萝莉@4-10, 资源@10-16)"), std::string::npos) << ex;
  EXPECT_NE(ex.find("rule priced"), std::string::npos) << ex;
}

// Which databases scan which form: an ASCII message (its own shadow, one
// scan of both pattern sets), a non-ASCII one whose shadow has letters, and
// one whose shadow has none (kana and digits: no shadow scan) find the same
// literal and pinyin hits at the right spans.
TEST_F(EngineTest, ShadowScannedOnlyWhereAPinyinLiteralCanMatch) {
  Run("ll cp folders");
  EXPECT_NE(HitOf("萝莉"), nullptr);
  EXPECT_NE(HitOf("cp"), nullptr);
  Run("カ ll 资源");
  ASSERT_NE(HitOf("萝莉"), nullptr);
  EXPECT_EQ(HitOf("萝莉")->original.begin, 4u);
  EXPECT_NE(HitOf("资源"), nullptr);
  Run("カタ 50元 口交");
  EXPECT_EQ(HitOf("萝莉"), nullptr);
  ASSERT_NE(HitOf("price"), nullptr);
  EXPECT_EQ(HitOf("price")->original.begin, 7u);
  EXPECT_NE(HitOf("口交"), nullptr);
}

TEST(EngineShadowTest, ShadowWithoutLettersStillFindsCanonicalHits) {
  auto lex = Lexicon::Parse({{"t.tsv",
                              "tag\tmaterial\n"
                              "tag\tminor_coded\n"
                              "term\tカタ\tmaterial\t0.4\n"
                              "term\t萝莉\tminor_coded\t0.5\tform=pinyin\n"}});
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  auto eng = TextEngine::Compile(std::move(lex).value());
  ASSERT_TRUE(eng.ok()) << eng.status().ToString();
  TextScratch scratch;
  TextAnalysis a;
  auto labels = [&](std::string_view text) {
    EXPECT_TRUE((*eng)->Analyze(text, scratch, &a).ok());
    std::vector<std::string> out;
    for (const auto& h : a.hits) out.push_back(std::string((*eng)->HitLabel(h)) + "@" + std::to_string(h.original.begin));
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(labels("カタ 50 😂"), std::vector<std::string>{"カタ@0"});  // shadow "  50 ": no letter
  EXPECT_EQ(labels("😂 カタ ll"), (std::vector<std::string>{"カタ@5", "萝莉@12"}));
  EXPECT_EQ(labels("カタ 蘿莉"), (std::vector<std::string>{"カタ@0", "萝莉@7"}));
}

TEST_F(EngineTest, EveryObfuscationFamilyHitsTheSameEntry) {
  struct Case {
    std::string text;
    uint32_t begin, end;  // original span of the 萝莉 hit
  };
  for (const auto& c : std::vector<Case>{
           {"萝莉资源", 0, 6},           // plain
           {"箩莉资源", 0, 6},           // homophone
           {"LL资源", 0, 2},             // pinyin initials
           {"luoli 资源", 0, 5},         // spelled pinyin
           {"luo li 资源", 0, 6},        // spelled pinyin typed as words
           {"ㄌㄌ资源", 0, 6},           // zhuyin initials
           {"萝-莉资源", 0, 7},          // separator
           {"萝\u200B莉资源", 0, 9},     // zero width
           {"蘿莉資源", 0, 6},           // traditional
           {"萝萝萝萝莉资源", 0, 15},    // repeats squeezed
       }) {
    Run(c.text);
    const TextHit* h = HitOf("萝莉");
    ASSERT_NE(h, nullptr) << c.text;
    EXPECT_EQ(h->original.begin, c.begin) << c.text;
    EXPECT_EQ(h->original.end, c.end) << c.text;
    EXPECT_GE(a_.Score(CueFamily::kCsamTrading), 0.9f) << c.text;
  }
  for (std::string s : {"c.p folders", "c\u200Bp folders", "ｃｐ folders", "C P folders"}) {
    Run(s);
    EXPECT_NE(HitOf("cp"), nullptr) << s;
  }
  Run("cpu folders");  // word boundaries for Latin literals
  EXPECT_EQ(HitOf("cp"), nullptr);
  Run("hello all");  // initials only match standalone Latin tokens
  EXPECT_EQ(HitOf("萝莉"), nullptr);
}

TEST_F(EngineTest, AllowListOverridesOverlappingDenyHits) {
  Run("早高峰路口交通拥堵");
  EXPECT_EQ(HitOf("口交"), nullptr);
  Run("口交");
  EXPECT_NE(HitOf("口交"), nullptr);
  Run("萝莉塔资源");
  EXPECT_EQ(HitOf("萝莉"), nullptr);
  EXPECT_EQ(a_.Score(CueFamily::kCsamTrading), 0.0f);
}

TEST_F(EngineTest, RuleWindowUnlessAndDamp) {
  Run("萝莉 一二三四五六七八九十一二三四五六七八九十 资源");
  EXPECT_EQ(a_.Score(CueFamily::kCsamTrading), 0.0f);  // outside the 10-character window
  Run("cp folders 警方");
  EXPECT_EQ(HitOf("cp"), nullptr);  // unless=report
  Run("萝莉资源 警方");
  EXPECT_NEAR(a_.Score(CueFamily::kCsamTrading), 0.9 * 0.2, 1e-5);  // damped
  std::string ex = engine_->Explain(a_, static_cast<uint16_t>(CueFamily::kCsamTrading));
  EXPECT_NE(ex.find("damped x0.20 by report"), std::string::npos) << ex;
}

// `damp ... unless=T`: the damping context loses its effect when a hit of T
// is in the message (a benign word beside a request to hide from parents),
// in the score and in the explanation; without T the damp applies.
TEST(EngineDampTest, DampUnlessLiftsTheDamp) {
  auto lex = Lexicon::Parse({{"t.tsv",
                              "tag\tminor\ntag\tbenign\ntag\thide\n"
                              "term\tschoolgirl\tminor\t0.5\n"
                              "term\tfigurine\tbenign\t0.5\n"
                              "term\tdont tell mum\thide\t0.5\n"
                              "rule\tr\tsolicitation\t0.9\tneeds=minor\n"
                              "damp\tbenign\t0.3\tonly=solicitation\tunless=hide\n"}});
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  ASSERT_EQ((*lex).damps()[0].unless.size(), 1u);
  auto eng = TextEngine::Compile(std::move(lex).value());
  ASSERT_TRUE(eng.ok()) << eng.status().ToString();
  TextScratch scratch;
  TextAnalysis a;
  const uint16_t sol = static_cast<uint16_t>(CueFamily::kSolicitation);
  ASSERT_TRUE((*eng)->Analyze("schoolgirl figurine", scratch, &a).ok());
  EXPECT_LT(a.Score(CueFamily::kSolicitation), 0.5f);
  EXPECT_NE((*eng)->Explain(a, sol).find("damped"), std::string::npos);
  ASSERT_TRUE((*eng)->Analyze("schoolgirl figurine dont tell mum", scratch, &a).ok());
  EXPECT_GT(a.Score(CueFamily::kSolicitation), 0.9f - 1e-5f);
  EXPECT_EQ((*eng)->Explain(a, sol).find("damped"), std::string::npos);
  auto bad = Lexicon::Parse({{"b.tsv", "tag\tbenign\ndamp\tbenign\t0.3\tbogus=1\n"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("b.tsv:2"), std::string::npos) << bad.status().ToString();
}

// Rules are found from the tags that hit (an index of each rule's first
// group): a rule whose first group has several tags fires from any of them,
// later rules fire when earlier ones cannot, and a rule fed by another
// rule's output fires in a later pass.
TEST(EngineRuleTest, RulesFireFromAnyTagOfTheirFirstGroupAndChain) {
  auto lex = Lexicon::Parse({{"t.tsv",
                              "tag\ta\ntag\tb\ntag\tc\ntag\td\ntag\tab_out\n"
                              "term\talpha\ta\t0.2\nterm\tbravo\tb\t0.2\n"
                              "term\tcharlie\tc\t0.2\nterm\tdelta\td\t0.2\n"
                              "rule\tr_cd\tsolicitation\t0.6\tneeds=c+d\n"
                              "rule\tr_ab\tab_out\t0.5\tneeds=a|b+d\n"
                              "rule\tr_chain\tsextortion\t0.7\tneeds=ab_out+c\n"}});
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  auto eng = TextEngine::Compile(std::move(lex).value());
  ASSERT_TRUE(eng.ok()) << eng.status().ToString();
  TextScratch scratch;
  TextAnalysis a;
  auto fired = [&](std::string_view text) {
    EXPECT_TRUE((*eng)->Analyze(text, scratch, &a).ok());
    std::vector<std::string> names;
    for (const auto& h : a.hits) {
      if (h.rule >= 0) names.emplace_back((*eng)->HitLabel(h));
    }
    std::sort(names.begin(), names.end());
    return names;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(fired("alpha delta"), V{"r_ab"});
  EXPECT_EQ(fired("bravo delta"), V{"r_ab"});
  EXPECT_EQ(fired("bravo charlie"), V{});
  EXPECT_EQ(fired("charlie delta"), V{"r_cd"});
  EXPECT_EQ(fired("bravo delta charlie"), (V{"r_ab", "r_cd", "r_chain"}));
  EXPECT_NEAR(a.Score(CueFamily::kSextortion), 0.7f, 1e-6);
  EXPECT_EQ(fired("alpha charlie"), V{});
}

TEST_F(EngineTest, CuesCarryFamiliesSpansAndScores) {
  Run("萝莉资源 send to your family");
  MessageCues cues;
  cues.hits.push_back({CueFamily::kGift, 1, 0, 0, 0});  // stale data must be cleared
  engine_->FillCues(a_, &cues);
  auto has = [&](CueFamily f) {
    return std::any_of(cues.hits.begin(), cues.hits.end(), [&](const CueHit& h) { return h.family == f; });
  };
  EXPECT_TRUE(has(CueFamily::kAgeSignal));
  EXPECT_TRUE(has(CueFamily::kThreat));
  EXPECT_TRUE(has(CueFamily::kCsamTrading));
  EXPECT_FALSE(has(CueFamily::kGift));
  EXPECT_FLOAT_EQ(cues.score[static_cast<int>(CueFamily::kThreat)], 0.5f);
  EXPECT_FLOAT_EQ(cues.score[static_cast<int>(CueFamily::kAgeSignal)], 0.5f);
  for (const auto& h : cues.hits) {
    EXPECT_LE(h.end, std::string_view("萝莉资源 send to your family").size());
    if (h.family == CueFamily::kThreat) {
      EXPECT_EQ(h.start, 13u);
    }
  }
}

// Each regex runs (with its own start-of-match database) only where one of
// its gate literals occurs; a match ending on the text's last byte is found
// at every length (Vectorscan 5.4.9 drops `\$ ?[0-9]+` ending an 18-25 byte
// buffer unless the scan goes one byte past it).
TEST(EngineRegexTest, GatedRegexesFindMatchesAtEveryEndOffset) {
  auto lex = Lexicon::Parse({{"t.tsv",
                              "tag\tprice\n"
                              "tag\tcount\n"
                              "term\t\\$ ?[0-9]+\tprice\t0.4\tform=pattern\tname=dollars\n"
                              "term\t[0-9一二三]+起\tcount\t0.3\tform=pattern\tname=from\n"
                              "term\tsend (me )?[0-9]+ more\tcount\t0.3\tform=pattern\tname=more\n"}});
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  auto eng = TextEngine::Compile(std::move(lex).value());
  ASSERT_TRUE(eng.ok()) << eng.status().ToString();
  TextScratch scratch;
  TextAnalysis a;
  const std::string pads[] = {"", "x", "ill一-", "l口口台发包ill一-"};
  for (const std::string& pad : pads) {
    for (int len = 0; len <= 40; ++len) {
      const std::string text = pad + std::string(static_cast<size_t>(len), 'a') + " $5";
      ASSERT_TRUE((*eng)->Analyze(text, scratch, &a).ok());
      ASSERT_EQ(a.hits.size(), 1u) << text;
      EXPECT_EQ((*eng)->HitLabel(a.hits[0]), "dollars");
      EXPECT_EQ(a.hits[0].original.begin, text.size() - 2) << text;
      EXPECT_EQ(a.hits[0].original.end, text.size()) << text;
    }
  }
  // Variable-length matches get their exact starts.
  ASSERT_TRUE((*eng)->Analyze("看 send me 12 more 二三起", scratch, &a).ok());
  std::vector<std::pair<std::string, uint32_t>> got;
  for (const auto& h : a.hits) got.emplace_back(std::string((*eng)->HitLabel(h)), h.original.begin);
  std::sort(got.begin(), got.end());
  const std::vector<std::pair<std::string, uint32_t>> want = {{"from", 20}, {"more", 4}};
  EXPECT_EQ(got, want);
  // A gate word alone ("send") runs its regexes, which do not match here.
  ASSERT_TRUE((*eng)->Analyze("send me more, 起来", scratch, &a).ok());
  EXPECT_TRUE(a.hits.empty());
}

// Patterns are folded character by character like the text they run on:
// the canonical form of 么 is 幺 and of 家長 is 家长, so "这么成熟" (a finite
// pattern), "怎麼(辦|办)" and a regex with 么 match as written, in either script.
TEST(EngineRegexTest, PatternsMatchTheCanonicalFormOfTheirCharacters) {
  auto lex = Lexicon::Parse({{"t.tsv",
                              "tag\tno_parents\n"
                              "term\t(好|这么)成熟\tflattery\t0.7\tform=pattern\tname=mature\n"
                              "term\t(别让|不要讓)家長知道\tno_parents\t0.5\tform=pattern\tname=parents\n"
                              "term\t为什么[0-9]+次\tno_parents\t0.3\tform=pattern\tname=why-n\n"}});
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  auto eng = TextEngine::Compile(std::move(lex).value());
  ASSERT_TRUE(eng.ok()) << eng.status().ToString();
  TextScratch scratch;
  TextAnalysis a;
  for (std::string_view text : {"难怪画得这么成熟", "難怪畫得這麼成熟", "别让家长知道", "不要讓家長知道",
                                "为什么12次", "為什麼3次"}) {
    ASSERT_TRUE((*eng)->Analyze(text, scratch, &a).ok());
    EXPECT_EQ(a.hits.size(), 1u) << text;
  }
  ASSERT_TRUE((*eng)->Analyze("画得这么好", scratch, &a).ok());
  EXPECT_TRUE(a.hits.empty());
}

// Vectorscan 5.4.9 aborts the process on a start-of-match scan of 255 bytes
// or more with some patterns (VectorCamp/vectorscan#392): this one aborted on
// every such buffer. Long texts are scanned in windows; matches anywhere in
// them keep their exact spans, once each.
TEST(EngineRegexTest, LongTextsDoNotAbortAndKeepStartOfMatchSpans) {
  auto lex = Lexicon::Parse({{"t.tsv",
                              "tag\tdeadline\n"
                              "term\t\\b[0-9]+ (?:minutes|hours)\\.\tdeadline\t0.3\tform=pattern\tname=n-minutes\n"
                              "term\t\\b[0-9]+ (?:days|weeks)\\b\tdeadline\t0.3\tform=pattern\tname=n-days\n"}});
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  auto eng = TextEngine::Compile(std::move(lex).value());
  ASSERT_TRUE(eng.ok()) << eng.status().ToString();
  TextScratch scratch;
  TextAnalysis a;
  for (size_t pad : {0u, 100u, 126u, 127u, 128u, 250u, 254u, 255u, 381u, 1000u, 5000u}) {
    for (size_t tail : {0u, 1u, 127u, 300u}) {
      const std::string text = std::string(pad, 'x') + " in 30 minutes. or 12 days" + std::string(tail, 'y');
      ASSERT_TRUE((*eng)->Analyze(text, scratch, &a).ok()) << pad << "+" << tail;
      std::vector<std::pair<uint32_t, uint32_t>> got;
      for (const auto& h : a.hits) got.emplace_back(h.original.begin, h.original.end);
      std::sort(got.begin(), got.end());
      const uint32_t at = static_cast<uint32_t>(pad);
      std::vector<std::pair<uint32_t, uint32_t>> want = {{at + 4, at + 15}, {at + 19, at + 26}};
      if (tail > 0) want.pop_back();  // "12 daysyyy": no word boundary after "days"
      EXPECT_EQ(got, want) << pad << "+" << tail;
    }
  }
}

TEST_F(EngineTest, TooManyMatchesTruncateWithinBounds) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "cp ";
  Run(text);
  EXPECT_TRUE(a_.truncated);
  EXPECT_LE(a_.hits.size(), 4096u);
  Run("");
  EXPECT_TRUE(a_.hits.empty());
  EXPECT_FALSE(a_.truncated);
  // Truncated, the canonical patterns' matches come first, then the shadow's
  // (as with one scan per form), whatever their order in the text.
  std::string late = "ll ";
  for (int i = 0; i < 5000; ++i) late += "cp ";
  Run(late);
  EXPECT_TRUE(a_.truncated);
  EXPECT_NE(HitOf("cp"), nullptr);
  EXPECT_EQ(HitOf("萝莉"), nullptr);
  Run("ll cp");
  EXPECT_FALSE(a_.truncated);
  EXPECT_NE(HitOf("萝莉"), nullptr);
}

TEST_F(EngineTest, InvalidUtf8AndHugeInputsAreAnalysed) {
  Run("\xff萝莉资源\xc3");
  const TextHit* h = HitOf("萝莉");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->original.begin, 1u);
  std::string big;
  while (big.size() < (1u << 20)) big += "ordinary words and 普通的话 ";
  big += "萝莉资源";
  Run(big);
  EXPECT_GE(a_.Score(CueFamily::kCsamTrading), 0.9f);
}

// The detector in the default pipeline, with the repository lexicon.
TEST(TextDetectorTest, PipelineEmitsSignalsWithEvidenceAndFillsCues) {
  PipelineOptions o;
  o.detectors.data_dir = "data";
  auto p = Pipeline::Create(std::move(o));
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  auto names = (*p)->detector_names();
  EXPECT_NE(std::find(names.begin(), names.end(), "text"), names.end());
  ScanContext ctx;
  Verdict v;
  Event e;
  e.id = "t1";
  e.text = "出售 蘿-莉 資源，VIP群 50元进，纸飞机联系";
  ASSERT_TRUE((*p)->Scan(e, ctx, &v).ok());
  auto it = std::find_if(v.signals.begin(), v.signals.end(),
                         [](const Signal& s) { return s.type == SignalType::kCsamTrading; });
  ASSERT_NE(it, v.signals.end());
  EXPECT_GE(it->score, 0.5);
  EXPECT_EQ(v.action, Action::kHold);
  ASSERT_FALSE(it->evidence.empty());
  for (const auto& ev : it->evidence) {
    ASSERT_LE(ev.end, e.text.size());
    ASSERT_LT(ev.start, ev.end);
    EXPECT_FALSE(ev.term.empty());
  }
  bool found = std::any_of(it->evidence.begin(), it->evidence.end(), [&](const EvidenceSpan& ev) {
    return e.text.substr(ev.start, ev.end - ev.start) == "蘿-莉";
  });
  EXPECT_TRUE(found) << it->explanation;
  EXPECT_NE(it->explanation.find("csam_trading"), std::string::npos);
  const MessageCues& cues = ctx.Slot<MessageCues>();
  EXPECT_FALSE(cues.hits.empty());
  EXPECT_GE(cues.score[static_cast<int>(CueFamily::kCsamTrading)], 0.5f);
  // The next event without text leaves empty cues.
  Event empty;
  empty.id = "t2";
  ASSERT_TRUE((*p)->Scan(empty, ctx, &v).ok());
  EXPECT_TRUE(ctx.Slot<MessageCues>().hits.empty());
  EXPECT_EQ(ctx.Slot<MessageCues>().score[static_cast<int>(CueFamily::kCsamTrading)], 0.0f);
  // Benign hard negatives stay allowed.
  for (std::string benign : {"早高峰路口交通拥堵，建议绕行", "Lolita fashion meetup on Saturday",
                             "CP Rail crossing closed tonight", "网吧包夜25块"}) {
    e.text = benign;
    ASSERT_TRUE((*p)->Scan(e, ctx, &v).ok());
    EXPECT_EQ(v.action, Action::kAllow) << benign;
  }
}

TEST(TextDetectorTest, ExplicitMissingDataDirIsAnError) {
  PipelineOptions o;
  o.detectors.data_dir = "/nonexistent/vigil-data";
  auto p = Pipeline::Create(std::move(o));
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("/nonexistent/vigil-data/lexicon"), std::string::npos);
}

// Quality gate on the development set through the real command.
TEST(TextEvalTest, DevSetMeetsRecallAndFalsePositiveTargets) {
  const char* dev = "../shared/testdata/messages/dev.jsonl";
  if (std::FILE* f = std::fopen(dev, "r")) {
    std::fclose(f);
  } else {
    GTEST_SKIP() << dev << " not present";
  }
  const char* bin = std::getenv("VIGIL_BIN");
  std::string cmd = std::string(bin ? bin : "build/vigil") + " eval messages --data " + dev +
                    " --min-recall 0.95 --max-fpr 0.01 > /dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
}

// A small self-written probe (src/text/testdata/probe_messages.jsonl): other
// wordings of the same patterns, every family, and benign look-alikes.
TEST(TextEvalTest, ProbeSetAllCaughtNoFalseHits) {
  const char* bin = std::getenv("VIGIL_BIN");
  std::string cmd = std::string(bin ? bin : "build/vigil") +
                    " eval messages --data src/text/testdata/probe_messages.jsonl"
                    " --min-recall 1 --max-fpr 0 > /dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
}

// Regression guard on the reviewed held-out sets (eval/heldout/README.md):
// the floors sit just under what the lexicon reached after review, so a
// change that loses what those reviews taught fails here. The unseen set is
// reported there, not gated.
TEST(TextEvalTest, ReviewedHeldOutSetsDoNotRegress) {
  const char* bin = std::getenv("VIGIL_BIN");
  for (const char* set : {"eval/heldout/messages_a.jsonl", "eval/heldout/messages_b.jsonl"}) {
    std::string cmd = std::string(bin ? bin : "build/vigil") + " eval messages --data " + set +
                      " --min-recall 0.78 --max-fpr 0.02 > /dev/null 2>&1";
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  }
  // Set D (reviewed in the fourth round: 0.48 / 0.41 / 0.67 recall, 3.8 % FPR).
  std::string cmd = std::string(bin ? bin : "build/vigil") +
                    " eval messages --data eval/heldout/d/messages_d.jsonl --min-recall 0.40 --max-fpr 0.04"
                    " > /dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  // Set E (reviewed in the fifth round: 0.89 / 0.72 / 0.97 recall, 0.6 % FPR).
  cmd = std::string(bin ? bin : "build/vigil") +
        " eval messages --data eval/heldout/e/messages_e.jsonl --min-recall 0.70 --max-fpr 0.02"
        " > /dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  // Set F (reviewed in the sixth round and now in the model's training data:
  // 0.98 / 0.98 / 0.97 recall, 0 % FPR; the lexicon alone 0.76 / 0.55 / 0.83).
  cmd = std::string(bin ? bin : "build/vigil") +
        " eval messages --data eval/heldout/f/messages_f.jsonl --min-recall 0.85 --max-fpr 0.01"
        " > /dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  // Set G (reviewed in the seventh round, in the model's training data since:
  // 0.93 / 1.00 / 0.87 recall, 0 % FPR; the lexicon alone 0.53 / 0.65 / 0.60, 0 %).
  cmd = std::string(bin ? bin : "build/vigil") +
        " eval messages --data eval/heldout/g/messages_g.jsonl --min-recall 0.85 --max-fpr 0.01"
        " > /dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  // Set H (reviewed in the seventh round, then trained on: 0.89 / 0.83 / 1.00
  // recall, 0.6 % FPR; the lexicon alone after its review 0.34 / 0.61 / 0.71, 0 %).
  cmd = std::string(bin ? bin : "build/vigil") +
        " eval messages --data eval/heldout/h/messages_h.jsonl --min-recall 0.80 --max-fpr 0.01"
        " > /dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  // Set I (reviewed in the seventh round, then trained on: 0.94 / 0.81 / 0.97
  // recall, 0 % FPR).
  cmd = std::string(bin ? bin : "build/vigil") +
        " eval messages --data eval/heldout/i/messages_i.jsonl --min-recall 0.80 --max-fpr 0.01"
        " > /dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  // Set J (reviewed in the eighth round, then trained on: 0.96 / 0.92 / 0.97
  // recall, 0 % FPR; unseen it was 0.81 / 0.69 / 0.86 at 1.2 %).
  cmd = std::string(bin ? bin : "build/vigil") +
        " eval messages --data eval/heldout/j/messages_j.jsonl --min-recall 0.90 --max-fpr 0.01"
        " > /dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  // Set K (reviewed in the eighth round, lexicon only: 0.93 / 0.83 / 0.86
  // recall, 0.6 % FPR; unseen it was 0.74 / 0.50 / 0.80 at 0.6 %).
  cmd = std::string(bin ? bin : "build/vigil") +
        " eval messages --data eval/heldout/k/messages_k.jsonl --min-recall 0.80 --max-fpr 0.01"
        " > /dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  // Sets L, M, N (reviewed in the ninth round, then trained on: L 1.00 / 0.98
  // / 1.00 at 0.6 %, M 1.00 / 0.97 / 1.00 at 0.6 %, N 1.00 / 0.94 / 1.00 at
  // 0 %; unseen they were 0.74 / 0.66 / 0.80 at 3.6 %, 0.65 / 0.69 / 0.91 at
  // 4.8 %, 0.82 / 0.83 / 0.97 at 3.6 %).
  for (const char* set : {"l", "m", "n"}) {
    cmd = std::string(bin ? bin : "build/vigil") + " eval messages --data eval/heldout/" + set +
          "/messages_" + set + ".jsonl --min-recall 0.88 --max-fpr 0.01 > /dev/null 2>&1";
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  }
}

// A message that is wholly a quotation reports someone else's words (a scam
// e-mail read out to a colleague): its cues are damped as talk about abuse.
TEST(TextLexiconTest, QuotedSpeechIsDampedAsDiscussion) {
  auto lex = Lexicon::LoadDir(VIGIL_SOURCE_DIR "/data/lexicon");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  TextEngineOptions o;  // the suite's database cache (ctest sets VIGIL_CACHE_DIR)
  o.cache_dir = DefaultTextCacheDir([](const char* v) -> const char* { return std::getenv(v); });
  auto eng = TextEngine::Compile(std::move(lex).value(), o);
  ASSERT_TRUE(eng.ok());
  const int discussion = (*eng)->lexicon().FindTag("discussion");
  ASSERT_GE(discussion, 0);
  TextScratch s;
  TextAnalysis plain, quoted;
  const std::string threat = "I have a video of you, send $500 in bitcoin or I send it to all your contacts";
  ASSERT_TRUE((*eng)->Analyze(threat, s, &plain).ok());
  ASSERT_TRUE((*eng)->Analyze("'" + threat + "'", s, &quoted).ok());
  EXPECT_EQ(plain.tag_score[discussion], 0.0f);
  EXPECT_GT(quoted.tag_score[discussion], 0.0f);
  EXPECT_GE(plain.Score(CueFamily::kSextortion), 0.5f);
  EXPECT_LT(quoted.Score(CueFamily::kSextortion), 0.5f);
  // A quote mark on one side only is not a quotation.
  TextAnalysis half;
  ASSERT_TRUE((*eng)->Analyze("'" + threat, s, &half).ok());
  EXPECT_EQ(half.tag_score[discussion], 0.0f);
}

}  // namespace
}  // namespace vigil::text
