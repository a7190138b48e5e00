#include "core/time_util.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

TEST(TimeUtilTest, ParsesRfc3339) {
  int64_t ms = 0;
  ASSERT_TRUE(ParseRfc3339("1970-01-01T00:00:00Z", &ms));
  EXPECT_EQ(ms, 0);
  ASSERT_TRUE(ParseRfc3339("2026-05-02T19:04:00Z", &ms));
  EXPECT_EQ(ms, 1777748640000);
  ASSERT_TRUE(ParseRfc3339("2026-05-02T21:04:00.250+02:00", &ms));
  EXPECT_EQ(ms, 1777748640250);
  EXPECT_EQ(FormatRfc3339(1777748640000), "2026-05-02T19:04:00Z");
}

TEST(TimeUtilTest, RejectsInvalid) {
  int64_t ms;
  for (const char* bad : {"", "2026-05-02", "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z",
                          "2026-05-02T24:00:00Z", "2026-05-02T19:04:00", "2026-05-02T19:04:00Zx",
                          "2026-05-02T19:04:00+0200", "yesterday"}) {
    EXPECT_FALSE(ParseRfc3339(bad, &ms)) << bad;
  }
  EXPECT_TRUE(ParseRfc3339("2024-02-29T00:00:00Z", &ms));
  EXPECT_FALSE(ParseRfc3339("2023-02-29T00:00:00Z", &ms));
}

}  // namespace
}  // namespace vigil
