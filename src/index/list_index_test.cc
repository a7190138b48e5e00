#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <unistd.h>
#include <fstream>

#include "index/known_media_detector.h"
#include "index/pdq_index.h"
#include "vigil/match_index.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;

const char* kPdqA = "f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95";
const char* kPdqB = "b062eb9d2ab170c0567fcb672d9a5548c5612982dd5e374a7424ebbc8b135cb5";  // 10 bits from A
const char* kMd5 = "900150983cd24fb0d6963f7d28e17f72";

HashList Sample() {
  HashList l;
  l.name = "bank";
  l.entries.push_back({"e1", HashType::kPdq, kPdqA, "catA", "src", 1, "{}", true});
  l.entries.push_back({"e2", HashType::kMd5, kMd5, "catB", "src", 2, "", true});
  return l;
}

class ListIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vigil_list_index_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    path_ = (dir_ / "bank.vidx").string();
    auto cl = CompiledList::Build(Sample());
    ASSERT_TRUE(cl.ok());
    ASSERT_TRUE((*cl)->Save(path_).ok());
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Bytes() {
    std::ifstream f(path_, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), {});
  }
  void Write(const std::string& b) {
    std::ofstream f(path_, std::ios::binary | std::ios::trunc);
    f << b;
  }
  // Offset of section s, from the section table at byte 96 (32 bytes each).
  static uint64_t Section(const std::string& b, int s) {
    uint64_t off;
    std::memcpy(&off, &b[96 + 32 * s], 8);
    return off;
  }
  fs::path dir_;
  std::string path_;
};

MatchQuery PdqQuery(const std::string& hex, int quality = -1) {
  MatchQuery q;
  q.pdq.push_back(hex);
  q.quality = quality;
  return q;
}

TEST_F(ListIndexTest, RoundTripAndMatch) {
  auto li = ListIndex::Open(path_);
  ASSERT_TRUE(li.ok()) << li.status().message();
  EXPECT_EQ((*li)->name(), "bank");
  std::vector<MatchHit> hits;
  (*li)->Match(PdqQuery(kPdqB), &hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].entry, "e1");
  EXPECT_EQ(hits[0].category, "catA");
  EXPECT_EQ(hits[0].distance, 10);
  EXPECT_EQ(hits[0].type, HashType::kPdq);
  hits.clear();
  MatchQuery tight = PdqQuery(kPdqB);
  tight.max_distance = 9;
  (*li)->Match(tight, &hits);
  EXPECT_TRUE(hits.empty());
  // Below the quality floor (50): no PDQ match.
  (*li)->Match(PdqQuery(kPdqB, 49), &hits);
  EXPECT_TRUE(hits.empty());
  // Dihedral variants in one call: the variant that matched is reported.
  MatchQuery dih;
  dih.pdq = {std::string(64, '0'), kPdqB};
  (*li)->Match(dih, &hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].variant, 1);
  hits.clear();
  MatchQuery md5;
  md5.md5 = kMd5;
  (*li)->Match(md5, &hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].entry, "e2");
  HashList back = (*li)->base()->ToHashList();
  ASSERT_EQ(back.entries.size(), 2u);
  EXPECT_EQ(back.entries[0].value, kPdqA);
  EXPECT_EQ(back.entries[0].metadata, "{}");
  EXPECT_EQ(back.entries[1].added_ms, 2);
}

// A list whose PDQ buckets exceed 256 entries (rank exceptions in the file)
// round-trips through a .vidx file: every value is rebuilt from the tables,
// one by one and in bulk, and every copy of a repeated hash matches.
TEST_F(ListIndexTest, PdqValuesRoundTripWithRankExceptions) {
  HashList l;
  l.name = "dups";
  Pdq base;
  ASSERT_TRUE(ParsePdqHex(kPdqA, &base));
  for (int i = 0; i < 1500; ++i) {
    Pdq p = base;
    if (i % 3 == 1) p.w[i % 4] ^= uint64_t{1} << (i % 64);           // 1 bit away
    if (i % 3 == 2) p.w[i % 4] ^= uint64_t{0x9e3779b97f4a7c15} * i;  // unrelated
    l.entries.push_back({std::to_string(i), HashType::kPdq, PdqToHex(p), "c", "s", i, "", true});
  }
  auto built = CompiledList::Build(l);
  ASSERT_TRUE(built.ok());
  ASSERT_TRUE((*built)->Save(path_).ok());
  auto cl = CompiledList::Open(path_, {IndexOpenOptions::Verify::kBeforeOpen});
  ASSERT_TRUE(cl.ok()) << cl.status().message();
  HashList back = (*cl)->ToHashList();
  ASSERT_EQ(back.entries.size(), l.entries.size());
  for (size_t i = 0; i < l.entries.size(); ++i) {
    ASSERT_EQ(back.entries[i].value, l.entries[i].value) << i;
    if (i % 50 == 0) {
      ASSERT_EQ((*cl)->entry(i).value, l.entries[i].value) << i;
    }
  }
  std::vector<CompiledList::PdqResult> out;
  (*cl)->MatchPdq({kPdqA}, 0, &out);
  EXPECT_EQ(out.size(), 500u);
  out.clear();
  (*cl)->MatchPdq({kPdqA}, 1, &out);
  EXPECT_EQ(out.size(), 1000u);
}

TEST_F(ListIndexTest, RefusesTruncatedFiles) {
  std::string b = Bytes();
  Write(b.substr(0, b.size() - 100));
  auto r = CompiledList::Open(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
  EXPECT_NE(r.status().message().find("truncated index"), std::string::npos) << r.status().message();
  Write(b.substr(0, 100));
  r = CompiledList::Open(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("header alone needs 512"), std::string::npos);
}

TEST_F(ListIndexTest, RefusesCorruptPayloadAndHeader) {
  std::string b = Bytes();
  std::string p = b;
  p[p.size() / 2] ^= 0x01;  // one flipped bit in the payload
  Write(p);
  auto r = CompiledList::Open(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
  EXPECT_NE(r.status().message().find("checksum mismatch"), std::string::npos);
  // A flipped bit in a named section (the strings, at Section(0)).
  std::string str = b;
  str[Section(b, 0)] ^= 0x01;
  Write(str);
  r = CompiledList::Open(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("section 'strings' checksum mismatch"), std::string::npos)
      << r.status().message();
  std::string h = b;
  h[40] ^= 0x01;  // a count in the header
  Write(h);
  r = CompiledList::Open(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("header checksum mismatch"), std::string::npos);
  std::string m = b;
  m[0] = 'X';
  Write(m);
  r = CompiledList::Open(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("not a Vigil index"), std::string::npos);
}

TEST_F(ListIndexTest, RefusesNewerVersion) {
  std::string b = Bytes();
  uint32_t v = kIndexFormatVersion + 1;
  std::memcpy(&b[8], &v, 4);
  Write(b);
  auto r = CompiledList::Open(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("format version " + std::to_string(v) + " is newer"),
            std::string::npos);
}

TEST_F(ListIndexTest, RefusesOlderVersion) {
  // 1: one payload checksum, 4-byte ids for every table; 2: hashes and
  // Elias-Fano ids beside the tables (same section count as 3).
  for (uint32_t v : {1u, 2u}) {
    std::string b = Bytes();
    std::memcpy(&b[8], &v, 4);
    Write(b);
    auto r = CompiledList::Open(path_);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
    EXPECT_NE(r.status().message().find("format version " + std::to_string(v) +
                                        " is older than this build reads"),
              std::string::npos);
    EXPECT_NE(r.status().message().find("re-import"), std::string::npos);
  }
}

TEST_F(ListIndexTest, BackgroundVerificationPassesOnASoundFile) {
  auto cl = CompiledList::Open(path_, {IndexOpenOptions::Verify::kBackground});
  ASSERT_TRUE(cl.ok()) << cl.status().message();
  std::vector<CompiledList::PdqResult> out;
  (*cl)->MatchPdq({kPdqB}, 31, &out);  // usable at once
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].distance, 10);
  EXPECT_TRUE((*cl)->WaitVerified().ok());
  EXPECT_EQ((*cl)->verification(), CompiledList::Verification::kVerified);
  EXPECT_TRUE((*cl)->integrity().ok());
}

// Large files are used before their sections are verified: a corrupt entry
// table must be read safely, then reported, and the list must stop answering.
TEST_F(ListIndexTest, BackgroundVerificationReportsCorruption) {
  std::string b = Bytes();
  const uint64_t entries = Section(b, 1);
  b[entries + 7] = '\x7f';  // top byte of entry 0's id reference: a length past the strings
  Write(b);
  auto cl = CompiledList::Open(path_, {IndexOpenOptions::Verify::kBackground});
  ASSERT_TRUE(cl.ok()) << cl.status().message();
  std::vector<CompiledList::PdqResult> out;
  (*cl)->MatchPdq({kPdqA}, 31, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ((*cl)->entry_id(out[0].entry), "");  // out-of-range reference reads as empty
  Status v = (*cl)->WaitVerified();
  EXPECT_EQ(v.code(), StatusCode::kCorruption);
  EXPECT_NE(v.message().find("section 'entries' checksum mismatch"), std::string::npos)
      << v.message();
  EXPECT_EQ((*cl)->verification(), CompiledList::Verification::kFailed);
  EXPECT_EQ((*cl)->integrity().code(), StatusCode::kCorruption);
  // The list reports it, the detector refuses to answer from it, and a
  // compaction will not fold it into a new, freshly checksummed base.
  auto li = ListIndex::FromCompiled(*cl);
  EXPECT_EQ(li->Health().code(), StatusCode::kCorruption);
  DeltaOp op;
  op.kind = DeltaOp::Kind::kDisable;
  op.entry.id = "e2";
  ASSERT_TRUE(li->Append({op}).ok());
  EXPECT_EQ(li->Compact().code(), StatusCode::kCorruption);
  std::vector<std::unique_ptr<ListIndex>> lists;
  lists.push_back(std::move(li));
  KnownMediaDetector det(std::move(lists));
  Event ev;
  ScanContext ctx;
  ctx.media.resize(1);
  ctx.media[0].ok = true;
  ctx.media[0].pdq = kPdqA;
  std::vector<Signal> sig;
  EXPECT_EQ(det.Detect(ev, ctx, &sig).code(), StatusCode::kCorruption);
  EXPECT_TRUE(sig.empty());
  // Verified before Open() returns, the same file is refused outright.
  auto sync = CompiledList::Open(path_, {IndexOpenOptions::Verify::kBeforeOpen});
  ASSERT_FALSE(sync.ok());
  EXPECT_NE(sync.status().message().find("section 'entries' checksum mismatch"), std::string::npos);
}

TEST_F(ListIndexTest, DeltaAddRemoveDisableThenCompact) {
  auto li = ListIndex::Open(path_);
  ASSERT_TRUE(li.ok());
  DeltaOp add;
  add.kind = DeltaOp::Kind::kAdd;
  add.entry = {"e3", HashType::kSha1, "a9993e364706816aba3e25717850c26c9cd0d89d", "c", "s", 3, "", true};
  DeltaOp dis;
  dis.kind = DeltaOp::Kind::kDisable;
  dis.entry.id = "e1";
  DeltaOp rem;
  rem.kind = DeltaOp::Kind::kRemove;
  rem.entry.id = "e2";
  ASSERT_TRUE((*li)->Append({add, dis, rem}).ok());
  EXPECT_TRUE(fs::exists(DeltaPathFor(path_)));
  // A second process opening the files sees the same state, without a rebuild of the base.
  auto other = ListIndex::Open(path_);
  ASSERT_TRUE(other.ok()) << other.status().message();
  for (const ListIndex* x : {li->get(), other->get()}) {
    std::vector<MatchHit> hits;
    x->Match(PdqQuery(kPdqA), &hits);
    EXPECT_TRUE(hits.empty());  // e1 disabled
    MatchQuery q;
    q.md5 = kMd5;
    q.sha1 = "a9993e364706816aba3e25717850c26c9cd0d89d";
    x->Match(q, &hits);
    ASSERT_EQ(hits.size(), 1u);  // e2 removed, e3 added
    EXPECT_EQ(hits[0].entry, "e3");
    EXPECT_EQ(x->delta_ops(), 3u);
  }
  // A reader opened before a change picks it up with Refresh().
  auto reader = ListIndex::Open(path_);
  ASSERT_TRUE(reader.ok());
  DeltaOp en;
  en.kind = DeltaOp::Kind::kEnable;
  en.entry.id = "e1";
  ASSERT_TRUE((*li)->Append({en}).ok());
  std::vector<MatchHit> seen;
  (*reader)->Match(PdqQuery(kPdqA), &seen);
  EXPECT_TRUE(seen.empty());
  ASSERT_TRUE((*reader)->Refresh().ok());
  (*reader)->Match(PdqQuery(kPdqA), &seen);
  EXPECT_EQ(seen.size(), 1u);
  ASSERT_TRUE((*li)->Append({dis}).ok());
  const auto old_base = (*li)->base();
  (*li)->StartBackgroundCompact();
  ASSERT_TRUE((*li)->WaitBackground().ok());
  EXPECT_EQ((*li)->delta_ops(), 0u);
  EXPECT_NE((*li)->base()->checksum(), old_base->checksum());
  ASSERT_TRUE((*reader)->Refresh().ok());  // re-maps the compacted base
  EXPECT_EQ((*reader)->base()->checksum(), (*li)->base()->checksum());
  EXPECT_EQ((*reader)->delta_ops(), 0u);
  seen.clear();
  (*reader)->Match(PdqQuery(kPdqA), &seen);
  EXPECT_TRUE(seen.empty());  // e1 is disabled in the compacted base
  auto fresh = ListIndex::Open(path_);
  ASSERT_TRUE(fresh.ok()) << fresh.status().message();
  HashList l = (*fresh)->Snapshot();
  ASSERT_EQ(l.entries.size(), 2u);  // e1 (disabled) and e3
  EXPECT_FALSE(l.entries[0].enabled);
  EXPECT_EQ(l.entries[1].id, "e3");
}

TEST_F(ListIndexTest, DeltaRefusals) {
  const std::string dpath = DeltaPathFor(path_);
  auto write = [&](const std::string& s) {
    std::ofstream f(dpath, std::ios::binary | std::ios::trunc);
    f << s;
  };
  auto base = CompiledList::Open(path_);
  ASSERT_TRUE(base.ok());
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx", static_cast<unsigned long long>((*base)->checksum()));
  const std::string header = std::string("{\"vigil_delta\":1,\"base\":\"") + hex + "\"}\n";
  write(header + "{\"op\":\"disable\",\"id\":\"e1\"}");  // no final newline
  auto r = ListIndex::Open(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("truncated delta"), std::string::npos);
  write(header + "{\"op\":\"disable\",\n");
  r = ListIndex::Open(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(".delta:2: corrupt delta"), std::string::npos) << r.status().message();
  write(header + "{\"op\":\"add\",\"id\":\"z\",\"type\":\"md5\",\"value\":\"" +
        std::string(32, 'a') + "\",\"enabled\":\"yes\"}\n");  // wrong field type
  r = ListIndex::Open(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("wrong type"), std::string::npos) << r.status().message();
  write("{\"vigil_delta\":9,\"base\":\"x\"}\n");
  r = ListIndex::Open(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("newer than this build"), std::string::npos);
  write("{\"vigil_delta\":1,\"base\":\"0000000000000000\"}\n");
  r = ListIndex::Open(path_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("another base index"), std::string::npos);
}

TEST(KnownMediaDetectorTest, PdqAndDigestSignals) {
  auto cl = CompiledList::Build(Sample());
  ASSERT_TRUE(cl.ok());
  std::vector<std::unique_ptr<ListIndex>> lists;
  lists.push_back(ListIndex::FromCompiled(*cl));
  KnownMediaDetector det(std::move(lists));
  Event ev;
  ev.id = "x";
  ScanContext ctx;
  ctx.media.resize(4);
  for (auto& m : ctx.media) m.ok = true;
  ctx.media[0].pdq = kPdqB;
  ctx.media[0].quality = 90;
  ctx.media[1].pdq = kPdqB;
  ctx.media[1].quality = 10;       // below the floor
  ctx.media[2].md5 = kMd5;
  ctx.media[3].pdq = std::string(64, '0');
  ctx.media[3].pdq_dihedral = {std::string(64, '0'), std::string(64, '1'), kPdqA};
  std::vector<Signal> out;
  ASSERT_TRUE(det.Detect(ev, ctx, &out).ok());
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].media, 0);
  EXPECT_EQ(out[0].hash_type, "pdq");
  EXPECT_EQ(out[0].distance, 10);
  EXPECT_EQ(out[0].entry, "e1");
  EXPECT_EQ(out[0].list, "bank");
  EXPECT_EQ(out[1].media, 2);
  EXPECT_EQ(out[1].hash_type, "md5");
  EXPECT_EQ(out[1].distance, 0);
  EXPECT_EQ(out[2].media, 3);
  EXPECT_EQ(out[2].distance, 0);
  ASSERT_FALSE(out[2].extra.empty());
  EXPECT_EQ(out[2].extra[0].key, "variant");
  EXPECT_EQ(std::get<int64_t>(out[2].extra[0].value), 2);  // the third hash of the query
}

}  // namespace
}  // namespace vigil
