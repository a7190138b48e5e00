// End-to-end: vigil lists / match / scan through the built binary (VIGIL_BIN).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct CmdResult {
  int status = -1;
  std::string out;
};

CmdResult Exec(const std::string& cmd) {
  CmdResult r;
  std::FILE* p = ::popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), p)) > 0) r.out.append(buf, n);
  int st = ::pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

class ListsCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* bin = std::getenv("VIGIL_BIN");
    if (bin == nullptr) GTEST_SKIP() << "VIGIL_BIN not set (run through ctest)";
    bin_ = bin;
    dir_ = fs::temp_directory_path() / ("vigil_lists_cli_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  std::string P(const std::string& name) { return (dir_ / name).string(); }
  void Write(const std::string& name, const std::string& s) { std::ofstream(P(name)) << s; }
  std::string bin_;
  fs::path dir_;
};

TEST_F(ListsCliTest, ImportMatchDisableScan) {
  Write("bank.txt",
        "pdq:f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95,h1,cat1\n"
        "md5:900150983CD24FB0D6963F7D28E17F72,m1,cat2\n"
        "pdq:123,bad\n");
  CmdResult imp = Exec(bin_ + " lists import " + P("bank.txt") + " -o " + P("bank.vidx") + " 2>" +
                 P("err.txt"));
  EXPECT_EQ(imp.status, 1);  // one bad line
  EXPECT_NE(imp.out.find("\"imported\":2"), std::string::npos) << imp.out;
  std::ifstream ef(P("err.txt"));
  std::string err((std::istreambuf_iterator<char>(ef)), {});
  EXPECT_NE(err.find("bank.txt:3: expected 64 hex digits for pdq"), std::string::npos) << err;

  const std::string q = "pdq:b062eb9d2ab170c0567fcb672d9a5548c5612982dd5e374a7424ebbc8b135cb5";
  CmdResult m = Exec(bin_ + " match " + q + " md5:900150983cd24fb0d6963f7d28e17f72 --lists " + P("bank.vidx"));
  ASSERT_EQ(m.status, 0) << m.out;
  EXPECT_NE(m.out.find("\"entry\":\"h1\",\"category\":\"cat1\",\"hash\":\"pdq\",\"distance\":10,\"variant\":0"),
            std::string::npos) << m.out;
  EXPECT_NE(m.out.find("\"entry\":\"m1\",\"category\":\"cat2\",\"hash\":\"md5\",\"distance\":0"),
            std::string::npos) << m.out;
  CmdResult tight = Exec(bin_ + " match --max-distance 9 " + q + " --lists " + P("bank.vidx"));
  EXPECT_NE(tight.out.find("\"matches\":[]"), std::string::npos) << tight.out;

  // Events carrying hashes: the PDQ match blocks unless its quality is below the floor.
  Write("events.jsonl",
        "{\"id\":\"a\",\"media\":[{\"pdq\":\"" + q.substr(4) + "\",\"quality\":90}]}\n"
        "{\"id\":\"b\",\"media\":[{\"pdq\":\"" + q.substr(4) + "\",\"quality\":20}]}\n");
  CmdResult scan = Exec(bin_ + " scan " + P("events.jsonl") + " --lists " + P("bank.vidx"));
  ASSERT_EQ(scan.status, 0) << scan.out;
  EXPECT_NE(scan.out.find("{\"id\":\"a\",\"action\":\"block\""), std::string::npos) << scan.out;
  EXPECT_NE(scan.out.find("\"hash\":\"pdq\",\"distance\":10"), std::string::npos) << scan.out;
  EXPECT_NE(scan.out.find("{\"id\":\"b\",\"action\":\"allow\""), std::string::npos) << scan.out;

  // Disabling the entry (a delta append) stops the match; info reports the delta.
  ASSERT_EQ(Exec(bin_ + " lists disable " + P("bank.vidx") + " h1 2>/dev/null").status, 0);
  CmdResult m2 = Exec(bin_ + " match " + q + " --lists " + P("bank.vidx"));
  EXPECT_NE(m2.out.find("\"matches\":[]"), std::string::npos) << m2.out;
  CmdResult info = Exec(bin_ + " lists info " + P("bank.vidx"));
  EXPECT_NE(info.out.find("\"disabled_entries\":1"), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("\"delta_ops\":1"), std::string::npos) << info.out;
  ASSERT_EQ(Exec(bin_ + " lists compact " + P("bank.vidx")).status, 0);
  CmdResult vics = Exec(bin_ + " lists export " + P("bank.vidx") + " --format vics --include-disabled");
  EXPECT_NE(vics.out.find("900150983CD24FB0D6963F7D28E17F72"), std::string::npos) << vics.out;

  // A corrupted index is refused with a clear error and exit status 2.
  {
    std::fstream f(P("bank.vidx"), std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(600);
    f.put('\x7f');
  }
  CmdResult bad = Exec(bin_ + " match " + q + " --lists " + P("bank.vidx") + " 2>&1");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.out.find("checksum mismatch"), std::string::npos) << bad.out;
}

}  // namespace
