#include "core/utf8.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

TEST(Utf8Test, ValidAndInvalid) {
  EXPECT_EQ(FindInvalidUtf8("hello 你好 🙂"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8(std::string_view("ab\xff", 3)), 2u);
  EXPECT_EQ(FindInvalidUtf8("\xc0\xaf"), 0u);          // overlong
  EXPECT_EQ(FindInvalidUtf8("x\xed\xa0\x80"), 1u);     // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xe4\xbd"), 0u);          // truncated
  EXPECT_EQ(FindInvalidUtf8("\xf4\x90\x80\x80"), 0u);  // > U+10FFFF
}

}  // namespace
}  // namespace vigil
