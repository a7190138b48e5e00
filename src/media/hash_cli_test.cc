// `vigil hash` end to end: fields, reference hashes, dihedral, pre-resize,
// input order with parallel jobs, error lines and argument checks.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

const std::string kPdq = "../shared/testdata/threatexchange/pdq/data/";

struct Result {
  int exit_code;
  std::vector<nlohmann::json> lines;
};

Result Hash(const std::string& args) {
  const char* b = std::getenv("VIGIL_BIN");
  const std::string cmd = std::string(b ? b : "build/vigil") + " hash " + args + " 2>/dev/null";
  Result r{-1, {}};
  std::FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  const int st = pclose(p);
  r.exit_code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) r.lines.push_back(nlohmann::json::parse(line));
  return r;
}

TEST(HashCli, PrintsPdqAndDigestsMatchingTheReference) {
  Result r = Hash(kPdq + "bridge-mods/aaa-orig.jpg");
  ASSERT_EQ(r.exit_code, 0);
  ASSERT_EQ(r.lines.size(), 1u);
  const auto& j = r.lines[0];
  EXPECT_EQ(j["pdq"], "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22");
  EXPECT_EQ(j["quality"], 100);
  EXPECT_EQ(j["width"], 1600);
  EXPECT_EQ(j["height"], 1004);
  EXPECT_EQ(j["md5"].get<std::string>().size(), 32u);
  EXPECT_EQ(j["sha1"].get<std::string>().size(), 40u);
  EXPECT_EQ(j["sha256"].get<std::string>().size(), 64u);
  EXPECT_GT(j["size"].get<int64_t>(), 0);
  EXPECT_FALSE(j.contains("dihedral"));
  EXPECT_FALSE(j.contains("error"));
}

TEST(HashCli, DihedralAndPreResize) {
  Result r = Hash("--dihedral --pre-resize-512 " + kPdq + "bridge-mods/aaa-orig.jpg");
  ASSERT_EQ(r.exit_code, 0);
  ASSERT_EQ(r.lines.size(), 1u);
  // pdq-cli-preresize512.csv
  EXPECT_EQ(r.lines[0]["pdq"], "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22");
  ASSERT_EQ(r.lines[0]["dihedral"].size(), 8u);
  EXPECT_EQ(r.lines[0]["dihedral"][0], r.lines[0]["pdq"]);
  EXPECT_EQ(r.lines[0]["width"], 1600);  // the decoded size, not the squashed one
}

TEST(HashCli, ParallelJobsKeepInputOrderAndErrorsDoNotStopTheBatch) {
  std::vector<std::string> files = {"samples/media/checker.jpg", "no/such/file.png",
                                    "samples/known.txt",         "samples/media/sunset.png",
                                    "samples/media/noise.jpg",   "samples/media/stripes.png"};
  std::string args = "--jobs 3";
  for (int rep = 0; rep < 5; ++rep) {
    for (const auto& f : files) args += " " + f;
  }
  Result r = Hash(args);
  EXPECT_EQ(r.exit_code, 1);
  ASSERT_EQ(r.lines.size(), files.size() * 5);
  for (size_t i = 0; i < r.lines.size(); ++i) {
    const auto& j = r.lines[i];
    EXPECT_EQ(j["path"], files[i % files.size()]) << i;
    switch (i % files.size()) {
      case 1:  // unreadable: error only
        EXPECT_TRUE(j.contains("error"));
        EXPECT_FALSE(j.contains("md5"));
        break;
      case 2:  // readable, not an image: digests and an error
        EXPECT_TRUE(j.contains("md5"));
        EXPECT_FALSE(j.contains("pdq"));
        EXPECT_NE(j["error"].get<std::string>().find("PDQ not computed"), std::string::npos);
        break;
      default:
        EXPECT_EQ(j["pdq"].get<std::string>().size(), 64u) << i;
        EXPECT_FALSE(j.contains("error"));
    }
  }
  // The same hashes whatever the number of jobs.
  Result one = Hash("--jobs 1 samples/media/noise.jpg samples/media/stripes.png");
  ASSERT_EQ(one.lines.size(), 2u);
  EXPECT_EQ(one.lines[0]["pdq"], r.lines[4]["pdq"]);
  EXPECT_EQ(one.lines[1]["pdq"], r.lines[5]["pdq"]);
}

TEST(HashCli, ArgumentChecks) {
  EXPECT_NE(Hash("").exit_code, 0);              // no files
  EXPECT_NE(Hash("--jobs -2 x").exit_code, 0);   // bad job count
  Result empty = Hash("/dev/null");              // empty input: digests and an error
  EXPECT_EQ(empty.exit_code, 1);
  ASSERT_EQ(empty.lines.size(), 1u);
  EXPECT_EQ(empty.lines[0]["size"], 0);
  EXPECT_TRUE(empty.lines[0].contains("error"));
  Result missing = Hash("no/such/file.jpg");
  EXPECT_EQ(missing.exit_code, 1);
  ASSERT_EQ(missing.lines.size(), 1u);
  EXPECT_NE(missing.lines[0]["error"].get<std::string>().find("no/such/file.jpg"),
            std::string::npos);
  EXPECT_NE(Hash("--max-pixels 100 samples/media/checker.jpg").lines[0]["error"].get<std::string>()
                .find("exceeds the limit"),
            std::string::npos);
}

}  // namespace
