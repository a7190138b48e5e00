#include <gtest/gtest.h>
#include "vigil/media.h"
namespace vigil {
TEST(Media, Placeholder) { EXPECT_EQ(SniffImageFormat("GIF89a"), ImageFormat::kGif); }
}
