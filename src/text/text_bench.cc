// Text path throughput, side by side in one run:
//   BM_TextPath   normalise + Vectorscan scan (canonical + shadow) + score,
//                 with the repository lexicon plus generated filler entries
//   BM_BareScan   a bare Vectorscan block scan of the raw message bytes
//                 against the same literal terms (no normalisation, no scoring)
// over >= 1 M synthetic mixed Chinese/English messages of 20-300 bytes. At the
// end it prints ns/message for both and their ratio, and the lexicon size.
//   BM_TextPathWithPii  the text path plus the PII path (recogniser + doxing
//                       scorer) on the same messages
//   BM_TextPathWithModel  the text path plus the learned n-gram model
//
//   build/text_bench [--messages=N] [--filler=N] [--corpus=mixed|zh|en]
#include <benchmark/benchmark.h>
#include <hs/hs.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <vector>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define VIGIL_BENCH_START_INSTRUMENTATION() CALLGRIND_START_INSTRUMENTATION
#else
#define VIGIL_BENCH_START_INSTRUMENTATION() (void)0
#endif

#include "pii/doxing.h"
#include "text/ngram_model.h"
#include "vigil/pii.h"
#include "vigil/text.h"

namespace vigil::text {
namespace {

size_t g_messages = 1000000;
size_t g_filler = 10000;
std::string g_corpus = "mixed";  // mixed | zh (Chinese words only) | en (English words only)

struct Corpus {
  std::string bytes;
  std::vector<std::pair<uint32_t, uint32_t>> msgs;  // offset, length
};

// Synthetic chat: mostly benign words, ~3% of messages carry a coded term
// (some obfuscated) so the scorer does real work.
const Corpus& GetCorpus() {
  static Corpus c = [] {
    static const char* kWords[] = {
        "hello", "see", "you", "at", "school", "tomorrow", "the", "game", "was", "great",
        "homework", "lunch", "ok", "thanks", "meeting", "moved", "to", "3pm", "pizza", "tonight",
        "你好", "明天", "见", "学校", "游戏", "很好玩", "下班", "一起", "吃火锅", "地铁",
        "延误", "周末", "爬山", "报告", "发邮箱", "電影", "颱風", "記得", "收衣服", "哈哈哈哈",
        "，", "。", "!", "?", "😂", "👍", "ＯＫ", "c0ffee", "d-o-g", "蘿蔔"};
    static const char* kCoded[] = {"萝莉资源", "箩-莉 姿源", "LL资源", "VIP群 50元进", "加薇信",
                                   "c.p folders", "y0ung c0ntent", "楼凤 包夜800",
                                   "send more or i post", "衤果聊视频"};
    // --corpus=zh / en: the same generator over the Chinese / English words
    // (and coded terms) only, to split the cost by language.
    std::vector<const char*> words(std::begin(kWords), std::end(kWords)), coded(std::begin(kCoded), std::end(kCoded));
    if (g_corpus == "zh") {
      words.assign(kWords + 20, kWords + 44);
      coded = {kCoded[0], kCoded[1], kCoded[2], kCoded[3], kCoded[4], kCoded[7], kCoded[9]};
    } else if (g_corpus == "en") {
      words.assign(kWords, kWords + 20);
      for (const char* w : {"!", "?", "c0ffee", "d-o-g"}) words.push_back(w);
      coded = {kCoded[5], kCoded[6], kCoded[8]};
    }
    std::mt19937 rng(42);
    Corpus out;
    out.bytes.reserve(g_messages * 170);
    for (size_t i = 0; i < g_messages; ++i) {
      size_t target = 20 + rng() % 281;
      size_t start = out.bytes.size();
      if (rng() % 33 == 0) {
        out.bytes += coded[rng() % coded.size()];
        out.bytes += ' ';
      }
      while (out.bytes.size() - start < target) {
        const char* w = words[rng() % words.size()];
        if (out.bytes.size() - start + std::strlen(w) + 1 > 300) break;
        out.bytes += w;
        out.bytes += ' ';
      }
      while (out.bytes.size() - start < 20) out.bytes += "ok ";
      out.msgs.emplace_back(static_cast<uint32_t>(start), static_cast<uint32_t>(out.bytes.size() - start));
    }
    return out;
  }();
  return c;
}

// Filler terms: random 2-4 character Han words and 6-9 letter Latin words.
std::vector<std::string> FillerTerms(size_t n) {
  std::mt19937 rng(7);
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    std::string t;
    if (i % 2 == 0) {
      int len = 2 + static_cast<int>(rng() % 3);
      for (int k = 0; k < len; ++k) {
        char32_t c = 0x4E00 + rng() % 0x5000;
        t.push_back(static_cast<char>(0xE0 | (c >> 12)));
        t.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        t.push_back(static_cast<char>(0x80 | (c & 0x3F)));
      }
    } else {
      int len = 6 + static_cast<int>(rng() % 4);
      for (int k = 0; k < len; ++k) t.push_back(static_cast<char>('a' + rng() % 26));
    }
    out.push_back(t);
  }
  return out;
}

struct Setup {
  std::unique_ptr<TextEngine> engine;
  hs_database_t* bare = nullptr;
  size_t lexicon_entries = 0, literal_terms = 0;
};

const Setup& GetSetup() {
  static Setup s = [] {
    Setup out;
    auto lex = Lexicon::LoadDir(VIGIL_SOURCE_DIR "/data/lexicon");
    if (!lex.ok()) {
      std::fprintf(stderr, "%s\n", lex.status().ToString().c_str());
      std::exit(1);
    }
    int tag = lex->FindTag("material");
    for (const auto& t : FillerTerms(g_filler)) {
      LexiconEntry e;
      e.text = t;
      e.label = t;
      e.tag = static_cast<uint16_t>(tag);
      e.weight = 0.1f;
      e.where = "filler";
      lex->AddEntry(std::move(e));
    }
    out.lexicon_entries = lex->entries().size();
    // The bare database: every literal term's text, matched as-is.
    std::vector<std::string> lits;
    for (const auto& e : lex->entries()) {
      if (e.form != MatchForm::kPattern) lits.push_back(e.text);
    }
    out.literal_terms = lits.size();
    std::vector<const char*> p;
    std::vector<size_t> lens;
    std::vector<unsigned> flags(lits.size(), HS_FLAG_CASELESS), ids(lits.size());
    for (size_t i = 0; i < lits.size(); ++i) {
      p.push_back(lits[i].data());
      lens.push_back(lits[i].size());
      ids[i] = static_cast<unsigned>(i);
    }
    hs_compile_error_t* err = nullptr;
    if (hs_compile_lit_multi(p.data(), flags.data(), ids.data(), lens.data(), static_cast<unsigned>(p.size()),
                             HS_MODE_BLOCK, nullptr, &out.bare, &err) != HS_SUCCESS) {
      std::fprintf(stderr, "bare compile: %s\n", err->message);
      std::exit(1);
    }
    auto eng = TextEngine::Compile(std::move(lex).value());
    if (!eng.ok()) {
      std::fprintf(stderr, "%s\n", eng.status().ToString().c_str());
      std::exit(1);
    }
    out.engine = std::move(eng).value();
    return out;
  }();
  return s;
}

std::map<std::string, double> g_ns_per_msg;

void Report(benchmark::State& state, const char* name) {
  double n = static_cast<double>(GetCorpus().msgs.size()) * state.iterations();
  state.counters["msgs_per_s"] = benchmark::Counter(n, benchmark::Counter::kIsRate);
  state.counters["ns_per_msg"] =
      benchmark::Counter(n / 1e9, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["lexicon_entries"] = static_cast<double>(GetSetup().lexicon_entries);
  (void)name;
}

void BM_TextPath(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  const Setup& s = GetSetup();
  TextScratch scratch;
  TextAnalysis a;
  size_t flagged = 0;
  for (auto _ : state) {
    for (const auto& [off, len] : c.msgs) {
      Status st = s.engine->Analyze(std::string_view(c.bytes.data() + off, len), scratch, &a);
      flagged += a.Score(CueFamily::kCsamTrading) >= 0.5f || a.Score(CueFamily::kSolicitation) >= 0.5f ||
                 a.Score(CueFamily::kSextortion) >= 0.5f;
      benchmark::DoNotOptimize(st);
    }
  }
  state.counters["flagged"] = static_cast<double>(flagged) / state.iterations();
  Report(state, "text");
}

// The text path with the PII path on (recogniser + doxing scorer, what the
// pii and doxing detectors add per event), on the same messages.
void BM_TextPathWithPii(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  const Setup& s = GetSetup();
  auto rec = PiiRecognizer::Create(VIGIL_SOURCE_DIR "/data");
  auto dox = pii::DoxingScorer::Create(VIGIL_SOURCE_DIR "/data");
  if (!rec.ok() || !dox.ok()) return state.SkipWithError("cannot load data/pii");
  TextScratch scratch;
  TextAnalysis a;
  PiiScratch pii_scratch;
  pii::DoxScratch dox_scratch;
  std::vector<PiiEntity> ents;
  size_t flagged = 0;
  for (auto _ : state) {
    for (const auto& [off, len] : c.msgs) {
      const std::string_view m(c.bytes.data() + off, len);
      Status st = s.engine->Analyze(m, scratch, &a);
      ents.clear();
      (*rec)->Find(m, &pii_scratch, &ents);
      flagged += (*dox)->Score(m, ents, &dox_scratch).doxing;
      benchmark::DoNotOptimize(st);
    }
  }
  state.counters["flagged"] = static_cast<double>(flagged) / state.iterations();
  Report(state, "text+pii");
}

// The text path with the learned n-gram model scoring each canonical form
// (what the text detector adds per event when data/model/messages.vngm is
// present), on the same messages.
void BM_TextPathWithModel(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  const Setup& s = GetSetup();
  auto model = NgramModel::Load(VIGIL_SOURCE_DIR "/data/model/messages.vngm");
  if (!model.ok()) return state.SkipWithError("cannot load data/model/messages.vngm");
  TextScratch scratch;
  TextAnalysis a;
  size_t flagged = 0;
  for (auto _ : state) {
    for (const auto& [off, len] : c.msgs) {
      Status st = s.engine->Analyze(std::string_view(c.bytes.data() + off, len), scratch, &a);
      if (a.hits.empty()) continue;  // as the text detector: the model runs behind a lexicon hit
      const auto p = model->Score(a.norm.canon);
      flagged += p[1] >= model->threshold(1);
      benchmark::DoNotOptimize(st);
    }
  }
  state.counters["flagged"] = static_cast<double>(flagged) / state.iterations();
  Report(state, "text+model");
}

int CountMatch(unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
  ++*static_cast<size_t*>(ctx);
  return 0;
}

void BM_BareScan(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  const Setup& s = GetSetup();
  hs_scratch_t* scratch = nullptr;
  hs_alloc_scratch(s.bare, &scratch);
  size_t matches = 0;
  for (auto _ : state) {
    for (const auto& [off, len] : c.msgs) {
      hs_scan(s.bare, c.bytes.data() + off, len, 0, scratch, &CountMatch, &matches);
    }
  }
  hs_free_scratch(scratch);
  state.counters["matches"] = static_cast<double>(matches) / state.iterations();
  Report(state, "bare");
}

// The normaliser alone (part of BM_TextPath), to see where the time goes.
void BM_NormalizeOnly(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  Normalizer norm;
  NormalizedText t;
  for (auto _ : state) {
    for (const auto& [off, len] : c.msgs) {
      norm.Normalize(std::string_view(c.bytes.data() + off, len), &t);
      benchmark::DoNotOptimize(t.canon.data());
    }
  }
  Report(state, "normalize");
}

// The engine's own database over the raw bytes (no normalisation, no
// scoring): how much the richer database costs against the bare literals.
void BM_EngineDbRaw(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  const Setup& s = GetSetup();
  TextScratch scratch;
  size_t matches = 0;
  for (auto _ : state) {
    for (const auto& [off, len] : c.msgs) {
      matches += s.engine->ScanBytesForBenchmark(std::string_view(c.bytes.data() + off, len), scratch);
    }
  }
  state.counters["matches"] = static_cast<double>(matches) / state.iterations();
  Report(state, "enginedb");
}

BENCHMARK(BM_BareScan)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_EngineDbRaw)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_NormalizeOnly)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_TextPath)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_TextPathWithPii)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_TextPathWithModel)->Unit(benchmark::kMillisecond)->Iterations(2);

// Collects ns/message of both benchmarks to print their ratio.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const auto& r : runs) {
      auto it = r.counters.find("ns_per_msg");
      if (it != r.counters.end()) g_ns_per_msg[r.benchmark_name()] = it->second.value;
    }
  }
};

}  // namespace
}  // namespace vigil::text

int main(int argc, char** argv) {
  using namespace vigil::text;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--messages=", 11) == 0) g_messages = std::stoul(argv[i] + 11);
    if (std::strncmp(argv[i], "--filler=", 9) == 0) g_filler = std::stoul(argv[i] + 9);
    if (std::strncmp(argv[i], "--corpus=", 9) == 0) g_corpus = argv[i] + 9;
  }
  benchmark::Initialize(&argc, argv);
  const auto& c = GetCorpus();
  const auto& s = GetSetup();
  std::printf("corpus (%s): %zu messages, %zu bytes (avg %.0f B); lexicon: %zu entries (%zu filler), %zu "
              "Vectorscan patterns; bare db: %zu literals\n",
              g_corpus.c_str(), c.msgs.size(), c.bytes.size(), static_cast<double>(c.bytes.size()) / c.msgs.size(),
              s.lexicon_entries, g_filler, s.engine->pattern_count(), s.literal_terms);
  // Under `valgrind --tool=callgrind --instr-atstart=no` the set-up (lexicon
  // compile) runs uninstrumented: profiles start here.
  VIGIL_BENCH_START_INSTRUMENTATION();
  RatioReporter rep;
  benchmark::RunSpecifiedBenchmarks(&rep);
  double bare = 0, text = 0, with_pii = 0, with_model = 0;
  for (const auto& [name, v] : g_ns_per_msg) {
    if (name.find("BM_BareScan") != std::string::npos) bare = v;
    if (name.find("BM_TextPath/") != std::string::npos) text = v;
    if (name.find("BM_TextPathWithPii") != std::string::npos) with_pii = v;
    if (name.find("BM_TextPathWithModel") != std::string::npos) with_model = v;
  }
  if (bare > 0 && text > 0) {
    std::printf("\ntext path: %.0f ns/message; bare Vectorscan scan: %.0f ns/message; ratio %.2fx\n", text,
                bare, text / bare);
  }
  if (bare > 0 && with_pii > 0) {
    std::printf("text path with PII on: %.0f ns/message; ratio %.2fx\n", with_pii, with_pii / bare);
  }
  if (bare > 0 && with_model > 0) {
    std::printf("text path with the n-gram model: %.0f ns/message; ratio %.2fx\n", with_model, with_model / bare);
  }
  benchmark::Shutdown();
  return 0;
}
