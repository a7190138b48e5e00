#include "pii/campaign.h"

#include <gtest/gtest.h>

#include <thread>

namespace vigil::pii {
namespace {

std::unique_ptr<CampaignTracker> Make(int accounts, int64_t window_ms, size_t max_ids = 1000) {
  CampaignOptions o;
  o.accounts = accounts;
  o.window_ms = window_ms;
  o.max_identifiers = max_ids;
  o.key = "test-key";
  return CampaignTracker::Create(o).value();
}

TEST(CampaignTest, CountsDistinctSendersWithinTheWindow) {
  auto t = Make(3, 60'000);
  EXPECT_EQ(t->Record("phone", "+8613812345678", "u1", "e1", 1'000).count, 1);
  EXPECT_EQ(t->Record("phone", "+8613812345678", "u1", "e2", 2'000).count, 1);  // same sender
  EXPECT_EQ(t->Record("phone", "+8613812345678", "u2", "e3", 3'000).count, 2);
  Sighting s = t->Record("phone", "+8613812345678", "u3", "e4", 4'000);
  EXPECT_EQ(s.count, 3);
  EXPECT_EQ(s.first_seen_ms, 1'000);
  EXPECT_EQ(s.first_event, "e1");
  // Other identifiers and other types are separate.
  EXPECT_EQ(t->Record("phone", "+8613812345679", "u4", "e5", 4'000).count, 1);
  EXPECT_EQ(t->Record("email", "+8613812345678", "u4", "e6", 4'000).count, 1);
}

TEST(CampaignTest, SendersOutsideTheWindowAreForgotten) {
  auto t = Make(2, 10'000);
  t->Record("email", "a@example.com", "u1", "e1", 0);
  EXPECT_EQ(t->Record("email", "a@example.com", "u2", "e2", 20'000).count, 1);
  EXPECT_EQ(t->Record("email", "a@example.com", "u3", "e3", 25'000).count, 2);
}

TEST(CampaignTest, MemoryIsBounded) {
  auto t = Make(2, 60'000, 64);
  for (int i = 0; i < 10'000; ++i) t->Record("phone", std::to_string(i), "u", "e", i);
  EXPECT_LE(t->size(), 64u);
  // The most recent identifier is still tracked.
  EXPECT_EQ(t->Record("phone", "9999", "v", "e", 10'001).count, 2);
}

TEST(CampaignTest, ThreadSafe) {
  auto t = Make(2, 1'000'000);
  std::vector<std::thread> threads;
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&, k] {
      const std::string sender = std::to_string(k);
      for (int i = 0; i < 2000; ++i) t->Record("phone", std::to_string(i % 50), sender, "e", i);
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(t->Record("phone", "7", "0", "e", 3000).count, 4);
}

TEST(CampaignTest, RejectsBadOptions) {
  CampaignOptions o;
  o.accounts = 1;
  EXPECT_FALSE(CampaignTracker::Create(o).ok());
}

}  // namespace
}  // namespace vigil::pii
