// `vigil policy check` and `vigil scan --policy` through the binary.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;

struct Result {
  int exit_code;
  std::string out;
};

Result RunVigil(const std::string& args) {
  const char* b = std::getenv("VIGIL_BIN");
  std::string cmd = std::string(b != nullptr ? b : "build/vigil") + " " + args + " 2>&1";
  Result r{-1, ""};
  std::FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int st = pclose(p);
  r.exit_code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

TEST(PolicyCliTest, CheckReportsEachKindOfErrorWithItsLine) {
  fs::path dir = fs::temp_directory_path() / ("vigil_policy_cli_" + std::to_string(getpid()));
  fs::create_directories(dir);
  struct Case {
    const char* name;
    const char* text;
    const char* want;
  } cases[] = {
      {"signal.toml", "version = 1\n[[rule]]\nname = \"a\"\nsignal = \"grooming2\"\naction = \"hold\"\n",
       "signal.toml:4: rule 'a': signal: unknown signal type 'grooming2'"},
      {"threshold.toml", "version = 1\n[[rule]]\nname = \"a\"\naction = \"hold\"\n\nmin_score = -0.1\n",
       "threshold.toml:6: rule 'a': min_score: bad threshold"},
      {"dup.toml", "version = 1\n[[rule]]\nname = \"a\"\naction = \"hold\"\n[[rule]]\nname = \"a\"\naction = \"hold\"\n",
       "dup.toml:6: rule 'a': duplicate rule name (first defined on line 3)"},
      {"syntax.toml", "version = 1\n[[rule]\nname = \"a\"\n", "syntax.toml:2: syntax error"},
  };
  for (const Case& c : cases) {
    std::ofstream((dir / c.name).string()) << c.text;
    Result r = RunVigil("policy check " + (dir / c.name).string());
    EXPECT_EQ(r.exit_code, 1) << c.name;
    EXPECT_NE(r.out.find(c.want), std::string::npos) << c.name << ": " << r.out;
    EXPECT_NE(r.out.find("\"ok\":false"), std::string::npos) << r.out;
  }
  Result ok = RunVigil("policy check data/policy.toml");
  EXPECT_EQ(ok.exit_code, 0) << ok.out;
  EXPECT_EQ(ok.out, "{\"file\":\"data/policy.toml\",\"ok\":true}\n");
  // scan refuses a bad policy before reading any event
  Result scan = RunVigil("scan samples/events.jsonl --policy " + (dir / "dup.toml").string());
  EXPECT_EQ(scan.exit_code, 2);
  EXPECT_NE(scan.out.find("duplicate rule name"), std::string::npos);
  fs::remove_all(dir);
}

TEST(PolicyCliTest, ScanWithThePolicyFileNamesRulesAndReasons) {
  Result r = RunVigil("scan samples/events.jsonl --lists samples/known.txt --policy data/policy.toml -q");
  ASSERT_EQ(r.exit_code, 0) << r.out.substr(0, 300);
  EXPECT_NE(r.out.find("\"action\":\"block\""), std::string::npos);
  EXPECT_NE(r.out.find("\"rules\":[\"known_media_block\"],\"reasons\":[\"matches a list of "
                       "known abuse material\"]"),
            std::string::npos);
}

}  // namespace
