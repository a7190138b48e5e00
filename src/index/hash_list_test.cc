#include "vigil/hash_list.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

TEST(HashListTest, ParsesFormatsAndReportsBadLines) {
  std::vector<Status> errs;
  auto list = ExactHashList::ParsePlainText(
      "# comment\n"
      "900150983CD24FB0D6963F7D28E17F72,item-1,A\n"                        // 2 md5 upper
      "sha1:a9993e364706816aba3e25717850c26c9cd0d89d\titem-2\tB\n"          // 3 typed, tabs
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n"  // 4 sha256, no id
      "12345\n"                                                            // 5 wrong length
      "zz0150983cd24fb0d6963f7d28e17f72\n"                                 // 6 non-hex
      "900150983cd24fb0d6963f7d28e17f72,dup\n"                             // 7 duplicate
      "pdq:abc\n"                                                          // 8 unsupported type
      "\n",
      "demo", "demo.txt", &errs);
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->name(), "demo");
  EXPECT_EQ(list->size(), 3u);
  const HashEntry* e = list->Find("md5", "900150983cd24fb0d6963f7d28e17f72");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->id, "item-1");
  EXPECT_EQ(e->category, "A");
  ASSERT_NE(list->Find("sha1", "a9993e364706816aba3e25717850c26c9cd0d89d"), nullptr);
  const HashEntry* s = list->Find("sha256",
                                  "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->id, "line-4");
  EXPECT_EQ(list->Find("sha256", "900150983cd24fb0d6963f7d28e17f72"), nullptr);
  ASSERT_EQ(errs.size(), 4u);
  EXPECT_NE(errs[0].message().find("demo.txt:5: expected 32, 40 or 64 hex"), std::string::npos);
  EXPECT_NE(errs[1].message().find("demo.txt:6: expected 32 hex digits"), std::string::npos);
  EXPECT_NE(errs[2].message().find("demo.txt:7: duplicate hash"), std::string::npos);
  EXPECT_NE(errs[3].message().find("demo.txt:8: unsupported hash type 'pdq'"), std::string::npos);
}

TEST(HashListTest, ArgumentChecks) {
  std::vector<Status> errs;
  EXPECT_FALSE(ExactHashList::LoadPlainText("no/such/list.txt", &errs).ok());
  EXPECT_FALSE(ExactHashList::LoadPlainText(".", &errs).ok());  // unreadable: a directory
  auto empty = ExactHashList::ParsePlainText("", "e", "e.txt", &errs);
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->size(), 0u);
  auto all_bad = ExactHashList::ParsePlainText("xyz\n123\n", "b", "b.txt", &errs);
  ASSERT_FALSE(all_bad.ok());
  EXPECT_NE(all_bad.status().message().find("no valid hash"), std::string::npos);
}

}  // namespace
}  // namespace vigil
