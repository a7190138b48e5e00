// The compiled-database cache: warm starts give the results of a cold
// compile; a damaged, foreign or unwritable cache recompiles (or runs
// uncached) with the same results and, where it can, leaves a valid file.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "text/db_cache.h"
#include "vigil/text.h"

namespace vigil::text {
namespace {

namespace fs = std::filesystem;

// Every kind of database: canonical literals, pinyin shadow literals, a
// finite pattern (expanded to literals), a gated regex and an ungated one
// (each with its own SOM database).
constexpr const char* kLex =
    "tag\tminor_coded\tfamily=age_signal\n"
    "tag\tmaterial\n"
    "tag\tprice\n"
    "term\t萝莉\tminor_coded\t0.5\tform=pinyin\n"
    "term\t资源\tmaterial\t0.4\n"
    "term\tfolders\tmaterial\t0.3\n"
    "term\t(new|old) folders?\tmaterial\t0.3\tform=pattern\n"
    "term\t[0-9]+元\tprice\t0.4\tform=pattern\tname=price\n"
    "term\tprice [0-9]+ usd\tprice\t0.4\tform=pattern\tname=usd\n"
    "rule\tcoded_material\tcsam_trading\t0.9\tneeds=minor_coded+material\twindow=10\n";

const std::vector<std::string>& SmallMessages() {
  static const std::vector<std::string> m = {
      "萝莉资源 100元", "luoli ziyuan", "ll 资源", "new folders, price 20 usd", "nothing here", "",
      "folders folders 30元 and price 7 usd"};
  return m;
}

// A fresh directory under the test's temp dir (removed by the fixture).
class DbCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = (fs::temp_directory_path() / ("vigil_dbcache_" + std::to_string(::getpid()) + "_" + info->name())).string();
    fs::remove_all(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_, fs::perms::owner_all, ec);
    fs::remove_all(dir_, ec);
  }
  std::string dir_;
};

std::unique_ptr<TextEngine> Build(const std::string& lex_text, const std::string& cache_dir) {
  auto lex = Lexicon::Parse({{"t.tsv", lex_text}});
  EXPECT_TRUE(lex.ok()) << lex.status().ToString();
  if (!lex.ok()) return nullptr;
  TextEngineOptions o;
  o.cache_dir = cache_dir;
  auto eng = TextEngine::Compile(std::move(lex).value(), o);
  EXPECT_TRUE(eng.ok()) << eng.status().ToString();
  return eng.ok() ? std::move(eng).value() : nullptr;
}

// Everything Analyze reports, as text (exact floats).
std::string Results(const TextEngine& eng, const std::vector<std::string>& msgs) {
  TextScratch s;
  TextAnalysis a;
  std::ostringstream out;
  out.precision(9);
  for (const std::string& m : msgs) {
    EXPECT_TRUE(eng.Analyze(m, s, &a).ok());
    out << "msg" << (a.truncated ? " T" : "") << ":";
    for (const TextHit& h : a.hits) {
      out << " [" << h.entry << "," << h.rule << "," << h.tag << "," << h.weight << "," << h.canon.begin << "-"
          << h.canon.end << "," << h.original.begin << "-" << h.original.end << "," << h.support_begin << "+"
          << h.support_count << "]";
    }
    out << " sup";
    for (uint32_t x : a.support) out << " " << x;
    out << " score";
    for (float x : a.tag_score) out << " " << x;
    out << "\n";
  }
  return out.str();
}

std::vector<fs::path> CacheFiles(const std::string& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) files.push_back(e.path());
  return files;
}

std::string ReadAll(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), {}};
}
void WriteAll(const fs::path& p, std::string_view data) {
  std::ofstream f(p, std::ios::binary | std::ios::trunc);
  f.write(data.data(), static_cast<std::streamsize>(data.size()));
}

// The one file of `dir` is a valid cache of `key`-many databases.
void ExpectValidFile(const std::string& dir, size_t* count_out = nullptr) {
  auto files = CacheFiles(dir);
  ASSERT_EQ(files.size(), 1u);
  const std::string name = files[0].filename().string();
  ASSERT_TRUE(name.starts_with("text-") && name.ends_with(".vsdb")) << name;
  const std::string file = ReadAll(files[0]);
  ASSERT_GE(file.size(), 48u);
  DbCacheKey key;
  std::memcpy(key.data(), file.data() + 12, key.size());
  EXPECT_EQ(DbCacheFileName(key), name);
  const size_t count = static_cast<uint8_t>(file[44]) | static_cast<size_t>(static_cast<uint8_t>(file[45])) << 8;
  std::vector<std::string_view> blobs;
  EXPECT_TRUE(ParseDbCache(file, key, count, &blobs).ok());
  auto dbs = LoadDbCache(files[0].string(), key, count);
  EXPECT_TRUE(dbs.ok()) << dbs.status().ToString();
  if (count_out != nullptr) *count_out = count;
}

TEST_F(DbCacheTest, ColdWritesFileAndWarmLoadsIdenticalResults) {
  const std::string cold = Results(*Build(kLex, ""), SmallMessages());
  auto first = Build(kLex, dir_);
  ASSERT_NE(first, nullptr);
  size_t count = 0;
  ExpectValidFile(dir_, &count);
  EXPECT_EQ(count, 3u + 2u);  // canonical, shadow, both + two SOM databases
  const auto mtime = fs::last_write_time(CacheFiles(dir_)[0]);
  auto warm = Build(kLex, dir_);
  ASSERT_NE(warm, nullptr);
  EXPECT_EQ(fs::last_write_time(CacheFiles(dir_)[0]), mtime);  // loaded, not rewritten
  EXPECT_EQ(Results(*first, SmallMessages()), cold);
  EXPECT_EQ(Results(*warm, SmallMessages()), cold);
  EXPECT_EQ(warm->pattern_count(), first->pattern_count());
  EXPECT_NE(cold.find('['), std::string::npos);  // the messages do hit
}

TEST_F(DbCacheTest, DifferentLexiconGetsAnotherFile) {
  ASSERT_NE(Build(kLex, dir_), nullptr);
  std::string other = kLex;
  other += "term\tbundle\tmaterial\t0.2\n";
  auto eng = Build(other, dir_);
  ASSERT_NE(eng, nullptr);
  EXPECT_EQ(CacheFiles(dir_).size(), 2u);  // old file left alone, new key
  EXPECT_EQ(Results(*eng, {"bundle"}), Results(*Build(other, ""), {"bundle"}));
}

// Each damage: the engine recompiles, answers as a cold compile and leaves
// a valid file behind.
TEST_F(DbCacheTest, DamagedFilesRecompileAndAreRewritten) {
  const std::string cold = Results(*Build(kLex, ""), SmallMessages());
  ASSERT_NE(Build(kLex, dir_), nullptr);
  const fs::path path = CacheFiles(dir_)[0];
  const std::string good = ReadAll(path);
  ASSERT_GT(good.size(), 1000u);
  std::vector<std::pair<std::string, std::string>> damages;
  damages.emplace_back("truncated", good.substr(0, good.size() / 2));
  damages.emplace_back("header only", good.substr(0, 48));
  damages.emplace_back("zero length", "");
  std::string flipped = good;
  flipped[good.size() - 100] ^= 0x20;  // inside the last database's bytes
  damages.emplace_back("flipped payload byte", flipped);
  std::string version = good;
  version[8] = 7;
  damages.emplace_back("wrong version", version);
  std::string key = good;
  key[20] ^= 1;
  damages.emplace_back("wrong key", key);
  std::string magic = good;
  magic[0] = 'X';
  damages.emplace_back("bad magic", magic);
  damages.emplace_back("trailing bytes", good + "x");
  std::string length = good;
  length[48] ^= 4;  // first database's length
  damages.emplace_back("wrong length", length);
  for (const auto& [what, bytes] : damages) {
    SCOPED_TRACE(what);
    WriteAll(path, bytes);
    auto eng = Build(kLex, dir_);
    ASSERT_NE(eng, nullptr);
    EXPECT_EQ(Results(*eng, SmallMessages()), cold);
    ExpectValidFile(dir_);
  }
}

TEST_F(DbCacheTest, ParserRejectsEachDamageBeforeLibhs) {
  ASSERT_NE(Build(kLex, dir_), nullptr);
  const fs::path path = CacheFiles(dir_)[0];
  const std::string good = ReadAll(path);
  DbCacheKey key;
  std::memcpy(key.data(), good.data() + 12, key.size());
  std::vector<std::string_view> blobs;
  ASSERT_TRUE(ParseDbCache(good, key, 5, &blobs).ok());
  ASSERT_EQ(blobs.size(), 5u);
  EXPECT_FALSE(ParseDbCache(good, key, 4, &blobs).ok());
  for (size_t cut : {size_t{0}, size_t{10}, size_t{47}, size_t{48}, size_t{100}, good.size() - 1}) {
    EXPECT_FALSE(ParseDbCache(std::string_view(good).substr(0, cut), key, 5, &blobs).ok()) << cut;
  }
  // Every single flipped byte is caught (sampled every 97 bytes).
  for (size_t i = 0; i < good.size(); i += 97) {
    std::string bad = good;
    bad[i] ^= 0x01;
    Status s = ParseDbCache(bad, key, 5, &blobs);
    EXPECT_FALSE(s.ok()) << "byte " << i;
  }
  // A huge length is refused without reading past the end.
  std::string huge = good;
  for (int i = 0; i < 8; ++i) huge[48 + i] = '\xff';
  Status s = ParseDbCache(huge, key, 5, &blobs);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("database 0"), std::string::npos) << s.message();
}

TEST_F(DbCacheTest, UnwritableDirectoryRunsUncached) {
  if (::geteuid() == 0) GTEST_SKIP() << "root ignores directory permissions";
  const std::string cold = Results(*Build(kLex, ""), SmallMessages());
  fs::create_directories(dir_);
  fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec);
  auto eng = Build(kLex, dir_);
  ASSERT_NE(eng, nullptr);
  EXPECT_EQ(Results(*eng, SmallMessages()), cold);
  EXPECT_TRUE(CacheFiles(dir_).empty());
}

TEST_F(DbCacheTest, CacheDirUnderAFileRunsUncached) {
  // Works as root too: a path below a regular file can never be created.
  const std::string cold = Results(*Build(kLex, ""), SmallMessages());
  fs::create_directories(dir_);
  WriteAll(fs::path(dir_) / "file", "x");
  auto eng = Build(kLex, dir_ + "/file/cache");
  ASSERT_NE(eng, nullptr);
  EXPECT_EQ(Results(*eng, SmallMessages()), cold);
}

TEST_F(DbCacheTest, DirectoryInPlaceOfTheFileRunsUncached) {
  // Works as root too: rename cannot replace a non-empty directory.
  const std::string cold = Results(*Build(kLex, ""), SmallMessages());
  ASSERT_NE(Build(kLex, dir_ + "/probe"), nullptr);
  const std::string name = CacheFiles(dir_ + "/probe")[0].filename().string();
  fs::create_directories(fs::path(dir_) / "cache" / name / "x");
  auto eng = Build(kLex, dir_ + "/cache");
  ASSERT_NE(eng, nullptr);
  EXPECT_EQ(Results(*eng, SmallMessages()), cold);
  EXPECT_EQ(CacheFiles(dir_ + "/cache").size(), 1u);  // the directory; no temp file left
  EXPECT_TRUE(fs::is_directory(fs::path(dir_) / "cache" / name));
}

TEST_F(DbCacheTest, MissingDirectoryIsCreated) {
  auto eng = Build(kLex, dir_ + "/a/b");
  ASSERT_NE(eng, nullptr);
  ExpectValidFile(dir_ + "/a/b");
}

TEST_F(DbCacheTest, ConcurrentCompilesIntoOneDirectoryBothSucceed) {
  const std::string cold = Results(*Build(kLex, ""), SmallMessages());
  std::unique_ptr<TextEngine> a, b;
  std::thread ta([&] { a = Build(kLex, dir_); });
  std::thread tb([&] { b = Build(kLex, dir_); });
  ta.join();
  tb.join();
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(Results(*a, SmallMessages()), cold);
  EXPECT_EQ(Results(*b, SmallMessages()), cold);
  ExpectValidFile(dir_);  // one file, no temp file left
  EXPECT_EQ(Results(*Build(kLex, dir_), SmallMessages()), cold);
}

TEST(DbCacheDirTest, DefaultDirectoryFollowsTheEnvironment) {
  using Env = std::map<std::string, std::string>;
  static Env env;
  auto get = [](const char* v) -> const char* {
    auto it = env.find(v);
    return it == env.end() ? nullptr : it->second.c_str();
  };
  env = {{"VIGIL_CACHE_DIR", "/c"}, {"XDG_CACHE_HOME", "/x"}, {"HOME", "/h"}};
  EXPECT_EQ(DefaultTextCacheDir(get), "/c");
  env["VIGIL_CACHE_DIR"] = "";
  EXPECT_EQ(DefaultTextCacheDir(get), "");  // set but empty: disabled
  env.erase("VIGIL_CACHE_DIR");
  EXPECT_EQ(DefaultTextCacheDir(get), "/x/vigil");
  env["XDG_CACHE_HOME"] = "relative";  // ignored, as the XDG spec says
  EXPECT_EQ(DefaultTextCacheDir(get), "/h/.cache/vigil");
  env.clear();
  EXPECT_EQ(DefaultTextCacheDir(get), "");
}

// The real lexicon: a warm start scans the dev messages and the samples
// exactly as a cold compile does (one compile: the cold engine writes the
// file the warm one loads).
TEST_F(DbCacheTest, RealLexiconWarmStartMatchesColdCompile) {
  std::vector<std::string> msgs;
  for (const char* file : {"../shared/testdata/messages/dev.jsonl", "samples/events.jsonl",
                           "src/text/testdata/probe_messages.jsonl"}) {
    std::ifstream f(file);
    for (std::string line; std::getline(f, line);) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("text") && j["text"].is_string()) msgs.push_back(j["text"]);
    }
  }
  ASSERT_GT(msgs.size(), 300u);
  auto load = [&] {
    auto lex = Lexicon::LoadDir(VIGIL_SOURCE_DIR "/data/lexicon");
    EXPECT_TRUE(lex.ok()) << lex.status().ToString();
    TextEngineOptions o;
    o.cache_dir = dir_;
    auto eng = TextEngine::Compile(std::move(lex).value(), o);
    EXPECT_TRUE(eng.ok()) << eng.status().ToString();
    return std::move(eng).value();
  };
  auto cold = load();
  ExpectValidFile(dir_);
  auto warm = load();
  const std::string want = Results(*cold, msgs);
  EXPECT_EQ(Results(*warm, msgs), want);
  EXPECT_GT(std::count(want.begin(), want.end(), '['), 300);  // the messages do hit
}

}  // namespace
}  // namespace vigil::text
