// End-to-end tests of the `vigil` command line, run as a user would.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct Result {
  int exit_code;
  std::string out;
};

std::string Bin() {
  const char* b = std::getenv("VIGIL_BIN");
  return b != nullptr ? b : "build/vigil";
}

Result RunVigil(const std::string& args) {
  std::string cmd = Bin() + " " + args + " 2>/dev/null";
  Result r{-1, ""};
  std::FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int st = pclose(p);
  r.exit_code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string l;
  while (std::getline(in, l)) out.push_back(l);
  return out;
}

TEST(CliTest, ScanSamplesOneVerdictPerEventInOrder) {
  Result r = RunVigil("scan samples/events.jsonl --lists samples/known.txt");
  ASSERT_EQ(r.exit_code, 0) << r.out.substr(0, 500);
  auto lines = Lines(r.out);
  std::ifstream in("samples/events.jsonl");
  std::string l;
  size_t i = 0, blocked = 0;
  while (std::getline(in, l)) {
    ASSERT_LT(i, lines.size());
    auto id_at = l.find("\"id\":\"");
    ASSERT_NE(id_at, std::string::npos);
    std::string id = l.substr(id_at + 6, l.find('"', id_at + 6) - id_at - 6);
    EXPECT_EQ(lines[i].rfind("{\"id\":\"" + id + "\"", 0), 0u) << lines[i];
    if (lines[i].find("\"known_media\"") != std::string::npos) {
      EXPECT_NE(lines[i].find("\"action\":\"block\""), std::string::npos) << lines[i];
      ++blocked;
    }
    ++i;
  }
  EXPECT_EQ(i, lines.size());
  EXPECT_GE(blocked, 1u);
}

TEST(CliTest, ScanBadLinesGiveErrorLinesAndNonZeroExit) {
  fs::path dir = fs::temp_directory_path() / ("vigil_cli_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path unreadable = dir / "unreadable.jpg";
  { std::ofstream(unreadable) << "x"; }
  fs::permissions(unreadable, fs::perms::none);
  bool root_reads = std::ifstream(unreadable).good();  // root ignores permissions
  std::ofstream ev(dir / "bad.jsonl");
  ev << R"({"id":"a","text":"fine"})" "\n"
     << R"({"id":"b","media":[{"path":"/nonexistent/file.jpg"}]})" "\n"
     << R"({"id":"c","media":[{"path":")" << unreadable.string() << R"("}]})" "\n"
     << "{oops\n"
     << R"({"id":"d","text":"fine too"})" "\n";
  ev.close();
  Result r = RunVigil("scan " + (dir / "bad.jsonl").string());
  EXPECT_EQ(r.exit_code, 1);
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].rfind(R"({"id":"a","action":"allow")", 0), 0u);
  EXPECT_EQ(lines[1].rfind(R"({"line":2,"id":"b","error":"line 2: media[0]: /nonexistent/file.jpg: cannot open)", 0), 0u) << lines[1];
  if (!root_reads) {
    EXPECT_NE(lines[2].find("Permission denied"), std::string::npos) << lines[2];
  }
  EXPECT_EQ(lines[3].rfind(R"({"line":4,"error":"line 4: malformed JSON)", 0), 0u) << lines[3];
  EXPECT_EQ(lines[4].rfind(R"({"id":"d","action":"allow")", 0), 0u);
  fs::permissions(unreadable, fs::perms::owner_all);
  fs::remove_all(dir);
}

TEST(CliTest, ScanArgumentErrors) {
  EXPECT_EQ(RunVigil("scan no/such/events.jsonl").exit_code, 2);
  EXPECT_EQ(RunVigil("scan samples/events.jsonl --lists no/such/list.txt").exit_code, 2);
  EXPECT_NE(RunVigil("scan --no-such-flag").exit_code, 0);
}

TEST(CliTest, HashPrintsDigestsAndErrorLines) {
  Result r = RunVigil("hash samples/known.txt /nonexistent.bin");
  EXPECT_EQ(r.exit_code, 1);
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[0].find("\"md5\":\""), std::string::npos);
  EXPECT_NE(lines[0].find("\"sha256\":\""), std::string::npos);
  EXPECT_NE(lines[1].find("\"error\":"), std::string::npos);
  EXPECT_NE(RunVigil("hash").exit_code, 0);  // files are required
}

TEST(CliTest, HelpOnEveryCommandAndVersion) {
  for (const char* c : {"", "scan ", "hash ", "version "}) {
    Result r = RunVigil(std::string(c) + "--help");
    EXPECT_EQ(r.exit_code, 0) << c;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << c;
  }
  EXPECT_EQ(RunVigil("version").out.rfind("vigil ", 0), 0u);
}

}  // namespace
