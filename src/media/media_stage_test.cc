// The pipeline's media stage with images: PDQ next to the digests, and a
// readable file that is not an image keeps its digests (no event error).
#include <cstdio>
#include <filesystem>

#include <gtest/gtest.h>

#include "hash/media_hash.h"
#include "vigil/digest.h"
#include "vigil/pipeline.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;

TEST(MediaStage, ImageGetsPdqQualitySizeAndDigests) {
  MediaHashOptions o;
  o.root = "samples";
  MediaHashes h;
  ASSERT_TRUE(HashMediaRef({.path = "media/gradient.jpg"}, o, &h).ok());
  EXPECT_TRUE(h.ok);
  EXPECT_TRUE(h.error.empty()) << h.error;
  EXPECT_EQ(h.width, 160);
  EXPECT_EQ(h.height, 120);
  EXPECT_GE(h.quality, 0);
  ASSERT_EQ(h.pdq.size(), 64u);
  EXPECT_TRUE(h.pdq_dihedral.empty());
  auto bytes = ReadFileBounded("samples/media/gradient.jpg", 1 << 20);
  ASSERT_TRUE(bytes.ok());
  EXPECT_EQ(h.sha256, ComputeDigests(*bytes).sha256);
  EXPECT_EQ(h.size, int64_t(bytes->size()));
  // The same PDQ as decoding and hashing by hand.
  auto img = DecodeImage(*bytes);
  ASSERT_TRUE(img.ok());
  PdqHasher hasher;
  PdqResult r;
  ASSERT_TRUE(hasher.Hash(*img, {}, &r).ok());
  EXPECT_EQ(h.pdq, r.hash.Hex());
  EXPECT_EQ(h.quality, r.quality);
}

TEST(MediaStage, DihedralOnRequestMatchesTheReference) {
  MediaHashOptions o;
  o.pdq_dihedral = true;
  MediaScratch scratch;
  MediaHashes h;
  ASSERT_TRUE(HashMediaRef({.path = "../shared/testdata/threatexchange/pdq/data/misc-images/wee.jpg"},
                           o, &scratch, &h)
                  .ok());
  ASSERT_EQ(h.pdq_dihedral.size(), 8u);
  EXPECT_EQ(h.pdq, "6227401f601ff4ccafcc9fad4b0d95d371a2eb7265a3285234d228ca94deeb2d");
  EXPECT_EQ(h.pdq_dihedral[1],  // rot90, pdq-core-fullres.csv
            "1d43091e38bdea750e55e2d58e41f01e1daee6a184e19ea57c0701fce1fe18de");
}

TEST(MediaStage, NonImageKeepsDigestsAndSaysWhyPdqIsMissing) {
  MediaHashOptions o;
  MediaHashes h;
  ASSERT_TRUE(HashMediaRef({.path = "samples/known.txt", .pdq = std::string(64, 'a')}, o, &h).ok());
  EXPECT_TRUE(h.ok);
  EXPECT_FALSE(h.sha1.empty());
  EXPECT_NE(h.error.find("PDQ not computed"), std::string::npos) << h.error;
  EXPECT_EQ(h.pdq, std::string(64, 'a'));  // what the event carried is kept
  o.compute_pdq = false;
  ASSERT_TRUE(HashMediaRef({.path = "samples/known.txt"}, o, &h).ok());
  EXPECT_TRUE(h.error.empty());
  EXPECT_TRUE(h.pdq.empty());
}

TEST(MediaStage, UnreadableFileIsAnError) {
  MediaHashes h;
  Status s = HashMediaRef({.path = "no/such/file.jpg"}, MediaHashOptions(), &h);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("no/such/file.jpg"), std::string::npos);
}

TEST(MediaStage, PipelineMatchesDigestsOfAFileThatIsNotAnImage) {
  const fs::path dir = fs::temp_directory_path() / ("vigil_media_stage_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string payload = "not an image, but listed";
  {
    std::FILE* f = std::fopen((dir / "blob.bin").c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fwrite(payload.data(), 1, payload.size(), f);
    std::fclose(f);
    f = std::fopen((dir / "list.txt").c_str(), "wb");
    const std::string line = ComputeDigests(payload).sha256 + ",blob-1,test\n";
    std::fwrite(line.data(), 1, line.size(), f);
    std::fclose(f);
  }
  PipelineOptions po;
  po.detectors.list_files = {(dir / "list.txt").string()};
  po.media_root = dir.string();
  auto p = Pipeline::Create(std::move(po));
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ScanContext ctx;
  Verdict v;
  Event e;
  e.id = "e-1";
  e.media.push_back({.path = "blob.bin"});
  e.media.push_back({.path = fs::absolute("samples/media/checker.png").string()});
  ASSERT_TRUE((*p)->Scan(e, ctx, &v).ok());
  EXPECT_EQ(v.action, Action::kBlock);
  ASSERT_EQ(ctx.media.size(), 2u);
  EXPECT_NE(ctx.media[0].error.find("PDQ not computed"), std::string::npos);
  EXPECT_EQ(ctx.media[1].pdq.size(), 64u);
  EXPECT_EQ(ctx.media[1].width, 160);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vigil
