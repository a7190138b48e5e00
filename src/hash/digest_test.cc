#include "vigil/digest.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "hash/digest_stitched.h"

namespace vigil {
namespace {

TEST(DigestTest, KnownVectors) {
  Digests d = ComputeDigests("abc");
  EXPECT_EQ(d.md5, "900150983cd24fb0d6963f7d28e17f72");
  EXPECT_EQ(d.sha1, "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(d.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(d.size, 3);
  Digests e = ComputeDigests("");
  EXPECT_EQ(e.md5, "d41d8cd98f00b204e9800998ecf8427e");
  EXPECT_EQ(e.size, 0);
}

TEST(DigestTest, LargeInputCrossesBlocks) {
  std::string big(200000, 'a');
  Digests d = ComputeDigests(big);
  EXPECT_EQ(d.size, 200000);
  EXPECT_EQ(d.md5.size(), 32u);
  EXPECT_NE(d.md5, ComputeDigests(big.substr(1)).md5);
}

// The stitched MD5/SHA-1/SHA-256 (SHA extensions) against OpenSSL: every
// length up to 8 blocks (all tail/padding cases, one or two final blocks),
// lengths around the block size, a large buffer, and bytes of every value.
TEST(DigestTest, StitchedEqualsOpenSsl) {
  if (!digest_internal::StitchedDigestsAvailable()) GTEST_SKIP() << "no SHA extensions";
  auto check = [](const std::string& s) {
    const Digests want = digest_internal::OpenSslDigests(s);
    const Digests got = ComputeDigests(s);
    EXPECT_EQ(got.md5, want.md5) << s.size();
    EXPECT_EQ(got.sha1, want.sha1) << s.size();
    EXPECT_EQ(got.sha256, want.sha256) << s.size();
    EXPECT_EQ(got.size, want.size);
  };
  uint32_t state = 2463534242u;
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
  };
  std::string s;
  for (int n = 0; n <= 8 * 64 + 1; ++n) {
    s.resize(n);
    for (auto& c : s) c = char(next());
    check(s);
  }
  for (int n : {1000, 4095, 4096, 4097, 65535, 65536, 65537}) {
    check(std::string(n, '\xff'));
    check(std::string(n, '\0'));
  }
  s.resize(3'000'017);
  for (auto& c : s) c = char(next() >> 7);
  check(s);
}

TEST(DigestTest, ReadFileBoundedErrors) {
  EXPECT_EQ(ReadFileBounded("", 10).status().code(), StatusCode::kInvalidArgument);
  auto missing = ReadFileBounded("no/such/file.bin", 10);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("no/such/file.bin"), std::string::npos);
  EXPECT_EQ(ReadFileBounded(".", 10).status().code(), StatusCode::kIOError);
  auto tmp = std::filesystem::temp_directory_path() / "vigil_digest_test.bin";
  {
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("0123456789", f);
    std::fclose(f);
  }
  EXPECT_EQ(ReadFileBounded(tmp.string(), 5).status().code(), StatusCode::kResourceExhausted);
  auto ok = ReadFileBounded(tmp.string(), 10);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, "0123456789");
  std::filesystem::remove(tmp);
}

// A regular file larger than the read buffer comes back byte for byte; a
// file that is not regular (no size known up front) is read to its end.
TEST(DigestTest, ReadFileBoundedWholeFile) {
  auto tmp = std::filesystem::temp_directory_path() / "vigil_digest_big_test.bin";
  std::string want(200003, '\0');
  for (size_t i = 0; i < want.size(); ++i) want[i] = char((i * 131) ^ (i >> 7));
  {
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    ASSERT_EQ(std::fwrite(want.data(), 1, want.size(), f), want.size());
    std::fclose(f);
  }
  auto got = ReadFileBounded(tmp.string(), int64_t(want.size()));
  ASSERT_TRUE(got.ok()) << got.status().message();
  EXPECT_TRUE(*got == want);
  EXPECT_EQ(ReadFileBounded(tmp.string(), int64_t(want.size()) - 1).status().code(),
            StatusCode::kResourceExhausted);
  std::filesystem::remove(tmp);
  auto dev = ReadFileBounded("/dev/null", 10);
  ASSERT_TRUE(dev.ok());
  EXPECT_TRUE(dev->empty());
}

}  // namespace
}  // namespace vigil
