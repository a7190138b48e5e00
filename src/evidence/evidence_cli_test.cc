// `vigil evidence` through the binary, on a vault filled by `vigil scan --vault`.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

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

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(EvidenceCliTest, ScanExportVerifyTamperHoldPurge) {
  fs::path d = fs::temp_directory_path() / ("vigil_evidence_cli_" + std::to_string(getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  std::string key = (d / "k.key").string(), vault = (d / "vault").string();
  ASSERT_EQ(RunVigil("evidence keygen --out " + key).exit_code, 0);
  EXPECT_EQ(RunVigil("evidence verify --vault " + vault + " --key " + key).exit_code, 2)
      << "no vault yet";
  Result scan = RunVigil("scan samples/events.jsonl --lists samples/known.txt -q -o " +
                         (d / "v.jsonl").string() + " --vault " + vault + " --key " + key);
  ASSERT_EQ(scan.exit_code, 0) << scan.out;
  std::string log = ReadAll(d / "vault" / "log.jsonl");
  auto at = log.find("\"case\":\"");
  ASSERT_NE(at, std::string::npos);
  std::string case_id = log.substr(at + 8, log.find('"', at + 8) - at - 8);

  std::string bundle = (d / "bundle").string();
  Result exp = RunVigil("evidence export " + case_id + " --vault " + vault + " --key " + key +
                        " --out " + bundle);
  ASSERT_EQ(exp.exit_code, 0) << exp.out;
  Result ok = RunVigil("evidence verify " + bundle + " --key " + key);
  EXPECT_EQ(ok.exit_code, 0) << ok.out;
  EXPECT_NE(ok.out.find("\"ok\":true"), std::string::npos);
  EXPECT_NE(ok.out.find("\"decrypted\":2"), std::string::npos) << ok.out;  // event + image
  EXPECT_EQ(RunVigil("evidence verify --vault " + vault + " --key " + key).exit_code, 0);

  // Decrypting an object gives back the original image bytes.
  auto m = log.find("\"role\":\"media\"");
  ASSERT_NE(m, std::string::npos);
  std::string media_sha = log.substr(log.find("\"sha256\":\"", m) + 10, 64);
  ASSERT_EQ(RunVigil("evidence cat " + media_sha + " -o " + (d / "img").string() +
                     " --vault " + vault + " --key " + key).exit_code,
            0);
  Result hash = RunVigil("hash " + (d / "img").string());
  EXPECT_NE(hash.out.find("\"sha256\":\"" + media_sha + "\""), std::string::npos) << hash.out;

  // One changed byte in the second record of the bundle's log.
  std::string blog = ReadAll(d / "bundle" / "log.jsonl");
  size_t second = blog.find('\n') + 1;
  blog[second + 20] ^= 0x01;
  std::ofstream(d / "bundle" / "log.jsonl", std::ios::binary | std::ios::trunc) << blog;
  Result bad = RunVigil("evidence verify " + bundle);
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.out.find("log.jsonl: record 2 (line 2"), std::string::npos) << bad.out;

  // Legal hold keeps expired evidence; release lets purge delete it.
  ASSERT_EQ(RunVigil("evidence hold " + case_id + " --vault " + vault + " --key " + key).exit_code, 0);
  Result held = RunVigil("evidence purge --now 2099-01-01T00:00:00Z --vault " + vault + " --key " + key);
  EXPECT_EQ(held.exit_code, 0);
  EXPECT_NE(held.out.find("\"kept_by_legal_hold\":2"), std::string::npos) << held.out;
  ASSERT_EQ(RunVigil("evidence release " + case_id + " --vault " + vault + " --key " + key).exit_code, 0);
  Result purged = RunVigil("evidence purge --now 2099-01-01T00:00:00Z --vault " + vault + " --key " + key);
  EXPECT_NE(purged.out.find("\"deleted\":2,"), std::string::npos) << purged.out;
  EXPECT_EQ(RunVigil("evidence verify --vault " + vault + " --key " + key).exit_code, 0);
  fs::remove_all(d);
}

}  // namespace
