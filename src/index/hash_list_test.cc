#include "vigil/hash_list.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

const HashEntry* Find(const HashList& l, HashType t, std::string_view id) {
  for (const auto& e : l.entries) if (e.type == t && e.id == id) return &e;
  return nullptr;
}

bool HasError(const ImportReport& r, std::string_view needle) {
  for (const auto& s : r.errors) if (s.message().find(needle) != std::string::npos) return true;
  return false;
}

TEST(HashListTest, PlainTextFormatsAndBadLines) {
  HashList l;
  ImportReport r;
  ImportOptions o;
  o.format = ListFormat::kPlainText;
  ASSERT_TRUE(ImportListContent(
      "# comment\n"
      "900150983CD24FB0D6963F7D28E17F72,item-1,A\n"                        // 2 md5 upper
      "sha1:a9993e364706816aba3e25717850c26c9cd0d89d\titem-2\tB\n"          // 3 typed, tabs
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n"  // 4 sha256, no id
      "12345\n"                                                            // 5 wrong length
      "zz0150983cd24fb0d6963f7d28e17f72\n"                                 // 6 non-hex
      "900150983cd24fb0d6963f7d28e17f72,dup\n"                             // 7 duplicate hash
      "pdq:abc\n"                                                          // 8 short pdq
      "PDQ:F162EB9DAAB170C0567FE3632D9A5548C5612982DD5E374A7424EBBC8A835C95,p1,X,m=1\n"  // 9
      "md5:0cc175b9c0f1b6a831c399e269772661,item-1\n"                      // 10 dup id
      "hash=0cc175b9c0f1b6a831c399e269772661,item-9\n"                     // 11 ok
      "crc:1234,x\n",                                                      // 12 bad type
      "demo.txt", o, &l, &r).ok());
  EXPECT_EQ(r.imported, 5u);
  ASSERT_EQ(l.entries.size(), 5u);
  const HashEntry* e = Find(l, HashType::kMd5, "item-1");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->value, "900150983cd24fb0d6963f7d28e17f72");
  EXPECT_EQ(e->category, "A");
  EXPECT_EQ(e->source, "demo.txt");
  ASSERT_NE(Find(l, HashType::kSha1, "item-2"), nullptr);
  ASSERT_NE(Find(l, HashType::kSha256, "line-4"), nullptr);
  const HashEntry* p = Find(l, HashType::kPdq, "p1");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->value, "f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95");
  EXPECT_EQ(p->metadata, "m=1");
  ASSERT_NE(Find(l, HashType::kMd5, "item-9"), nullptr);
  ASSERT_EQ(r.errors.size(), 6u);
  EXPECT_TRUE(HasError(r, "demo.txt:5: expected 32, 40 or 64 hex"));
  EXPECT_TRUE(HasError(r, "demo.txt:6: expected 32 hex digits for md5, found a non-hex"));
  EXPECT_TRUE(HasError(r, "demo.txt:7: duplicate md5 hash (first listed as entry 'item-1')"));
  EXPECT_TRUE(HasError(r, "demo.txt:8: expected 64 hex digits for pdq"));
  EXPECT_TRUE(HasError(r, "demo.txt:10: duplicate entry id 'item-1'"));
  EXPECT_TRUE(HasError(r, "demo.txt:12: unsupported hash type 'crc'"));
}

TEST(HashListTest, Plain64HexDefaultsToSha256UnlessPdqAsked) {
  const std::string line = "f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95\n";
  HashList a, b;
  ImportOptions o;
  ASSERT_TRUE(ImportListContent(line, "a", o, &a, nullptr).ok());
  ASSERT_EQ(a.entries.size(), 1u);
  EXPECT_EQ(a.entries[0].type, HashType::kSha256);
  o.default_64_hex_type = HashType::kPdq;
  ASSERT_TRUE(ImportListContent(line, "b", o, &b, nullptr).ok());
  EXPECT_EQ(b.entries[0].type, HashType::kPdq);
}

TEST(HashListTest, ThreatExchangeSignalFiles) {
  const std::string content =
      "pdq f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95\n"
      "video_md5 0CC175B9C0F1B6A831C399E269772661 'collab one' {\"x\":1}\n"
      "video_sha256 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n"
      "url https://example.invalid/x\n"       // 4 unsupported
      "pdq 1234\n"                            // 5 wrong length
      "photodna AAAA\n"                       // 6 unsupported
      "bogus_type abc\n";                     // 7 unknown
  EXPECT_EQ(DetectListFormat(content), ListFormat::kThreatExchange);
  HashList l;
  ImportReport r;
  ASSERT_TRUE(ImportListContent(content, "te.txt", ImportOptions(), &l, &r).ok());
  ASSERT_EQ(l.entries.size(), 3u);
  EXPECT_EQ(l.entries[0].type, HashType::kPdq);
  EXPECT_EQ(l.entries[1].type, HashType::kMd5);
  EXPECT_EQ(l.entries[1].value, "0cc175b9c0f1b6a831c399e269772661");
  EXPECT_EQ(l.entries[1].metadata, "'collab one' {\"x\":1}");
  EXPECT_EQ(l.entries[2].type, HashType::kSha256);
  EXPECT_EQ(r.unsupported, 2u);
  ASSERT_EQ(r.errors.size(), 4u);
  EXPECT_TRUE(HasError(r, "te.txt:4: signal type 'url' is not supported"));
  EXPECT_TRUE(HasError(r, "te.txt:5: expected 64 hex digits for pdq"));
  EXPECT_TRUE(HasError(r, "te.txt:6: signal type 'photodna' is not supported"));
  EXPECT_TRUE(HasError(r, "te.txt:7: unknown signal type 'bogus_type'"));

  // The `dataset -P --csv` form carries a category.
  HashList c;
  ImportReport rc;
  ASSERT_TRUE(ImportListContent(
      "signal_type,signal_str,collab,category,tags\n"
      "pdq,f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95,c1,POSITIVE_CLASS,t\n"
      "pdq,nothex\n",
      "te.csv", ImportOptions(), &c, &rc).ok());
  ASSERT_EQ(c.entries.size(), 1u);
  EXPECT_EQ(c.entries[0].category, "POSITIVE_CLASS");
  EXPECT_TRUE(HasError(rc, "te.csv:3: expected 64 hex digits for pdq"));
}

TEST(HashListTest, VicsImportReportsPhotoDnaAndBadRecords) {
  const std::string vics =
      "\xEF\xBB\xBF{\"@odata.context\":\"http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/US/$metadata#Media\",\n"
      "\"value\":[\n"
      "{\"MediaID\":1,\"Category\":2,\"MD5\":\"900150983CD24FB0D6963F7D28E17F72\",\n"
      "  \"SHA1\":\"A9993E364706816ABA3E25717850C26C9CD0D89D\",\"PhotoDNA\":\"QUJD\"},\n"
      "{\"MediaID\":2,\"Category\":1,\"MD5\":\"XYZ\"},\n"
      "{\"MediaID\":3,\"MD5\":\"0cc175b9c0f1b6a831c399e269772661\",\"AlternativeHashes\":[{\"HashName\":\"SHA256\",\n"
      "  \"HashValue\":\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"}]},\n"
      "{\"MediaID\":1,\"MD5\":\"92eb5ffee6ae2fec3ad71c777531578f\"},\n"
      "{\"CaseID\":\"c\",\"Media\":[{\"MediaID\":7,\"MD5\":\"4a8a08f09d37b73795649038408b5f33\"}]}\n"
      "]}\n";
  EXPECT_EQ(DetectListFormat(vics), ListFormat::kVics);
  HashList l;
  ImportReport r;
  ASSERT_TRUE(ImportListContent(vics, "set.json", ImportOptions(), &l, &r).ok());
  EXPECT_EQ(l.entries.size(), 5u);  // 1 md5+sha1, 3 md5+sha256, 7 md5
  const HashEntry* e = Find(l, HashType::kSha1, "1");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->value, "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(e->category, "2");
  ASSERT_NE(Find(l, HashType::kSha256, "3"), nullptr);
  ASSERT_NE(Find(l, HashType::kMd5, "7"), nullptr);
  EXPECT_EQ(r.unsupported, 1u);
  EXPECT_TRUE(HasError(r, "set.json:3: value[0].PhotoDNA: PhotoDNA values are not supported"));
  EXPECT_TRUE(HasError(r, "set.json:5: value[1].MD5: expected 32 hex digits"));
  EXPECT_TRUE(HasError(r, "set.json:8: value[3].MD5: duplicate entry id '1'"));

  // Export and re-import keeps every entry.
  std::string out = ExportVics(l);
  HashList back;
  ImportReport rb;
  ASSERT_TRUE(ImportListContent(out, "out.json", ImportOptions(), &back, &rb).ok());
  EXPECT_TRUE(rb.errors.empty());
  EXPECT_EQ(back.entries.size(), 5u);
  ASSERT_NE(Find(back, HashType::kSha256, "3"), nullptr);
  EXPECT_NE(out.find("900150983CD24FB0D6963F7D28E17F72"), std::string::npos);  // VICS upper case
}

TEST(HashListTest, VicsBadJsonNamesTheLine) {
  HashList l;
  ImportReport r;
  Status s = ImportListContent("{\"value\":[\n{\"MD5\":\"ab\"},\n{oops}\n]}\n", "bad.json",
                               ImportOptions(), &l, &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("bad.json:3: bad JSON"), std::string::npos) << s.message();
}

TEST(HashListTest, PlainTextExportRoundTrips) {
  HashList l;
  ImportOptions o;
  ASSERT_TRUE(ImportListContent(
      "md5:900150983cd24fb0d6963f7d28e17f72,a,cat\n"
      "pdq:f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95,b,cat2\n",
      "x", o, &l, nullptr).ok());
  l.entries[0].enabled = false;
  std::string text = ExportPlainText(l);
  EXPECT_EQ(text.find("900150983cd24fb0d6963f7d28e17f72"), std::string::npos);  // disabled left out
  HashList back;
  ASSERT_TRUE(ImportListContent(ExportPlainText(l, true), "y", o, &back, nullptr).ok());
  ASSERT_EQ(back.entries.size(), 2u);
  EXPECT_EQ(back.entries[1].type, HashType::kPdq);
  EXPECT_EQ(back.entries[1].id, "b");
  EXPECT_EQ(back.entries[1].category, "cat2");
}

// Fuzzer regression: an id with invalid UTF-8 made the VICS exporter throw.
TEST(HashListTest, InvalidUtf8IsReportedAndExportNeverThrows) {
  HashList l;
  ImportReport r;
  ASSERT_TRUE(ImportListContent("md5:900150983cd24fb0d6963f7d28e17f72,\xC1x,cat\n"
                                "md5:0cc175b9c0f1b6a831c399e269772661,ok,cat\n",
                                "u.txt", ImportOptions(), &l, &r).ok());
  ASSERT_EQ(l.entries.size(), 1u);
  EXPECT_TRUE(HasError(r, "u.txt:1: id, category or metadata is not valid UTF-8"));
  l.entries[0].id = "\xC1\xFF";  // built through the API, not an importer
  std::string out = ExportVics(l);
  EXPECT_NE(out.find("0CC175B9C0F1B6A831C399E269772661"), std::string::npos);
}

TEST(HashListTest, FileErrors) {
  ImportReport r;
  EXPECT_FALSE(ImportListFile("no/such/list.txt", ImportOptions(), &r).ok());
  EXPECT_FALSE(ImportListFile(".", ImportOptions(), &r).ok());
  auto known = ImportListFile("samples/known.txt", ImportOptions(), &r);
  ASSERT_TRUE(known.ok());
  EXPECT_EQ(known->name, "known");
  EXPECT_GE(known->entries.size(), 3u);
}

}  // namespace
}  // namespace vigil
