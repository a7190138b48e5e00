#include "vigil/digest.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

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

}  // namespace
}  // namespace vigil
