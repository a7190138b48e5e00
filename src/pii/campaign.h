// Organised doxing: the same identifier posted by many distinct accounts
// within a time window. Identifiers are kept only as keyed BLAKE2b hashes
// (libsodium crypto_generichash with a secret key), never in clear; senders
// only as keyed 64-bit hashes. Memory is bounded: at most `max_identifiers`
// entries (least recently seen evicted first) and `max_senders` senders each.
#ifndef VIGIL_PII_CAMPAIGN_H_
#define VIGIL_PII_CAMPAIGN_H_

#include <array>
#include <cstring>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vigil/status.h"

namespace vigil::pii {

struct CampaignOptions {
  int accounts = 3;                   // distinct senders that make a campaign
  int64_t window_ms = 24 * 3600 * 1000LL;
  size_t max_identifiers = 200000;    // across all shards
  size_t max_senders = 64;            // per identifier
  std::string key;                    // secret; empty → random per process
};

struct Sighting {
  int count = 0;              // distinct senders within the window, this one included
  int64_t first_seen_ms = 0;  // earliest sighting still remembered
  std::string first_event;    // id of that event
};

class CampaignTracker {
 public:
  static StatusOr<std::unique_ptr<CampaignTracker>> Create(CampaignOptions options);

  // Records that `sender` posted the identifier (`canonical`, of entity type
  // `type`) in event `event_id` at `ts_ms`, and returns the sighting so far.
  // Thread-safe.
  Sighting Record(std::string_view type, std::string_view canonical, std::string_view sender,
                  std::string_view event_id, int64_t ts_ms);

  size_t size() const;  // identifiers held
  const CampaignOptions& options() const { return options_; }

 private:
  using Key = std::array<uint8_t, 16>;
  struct KeyHash {
    size_t operator()(const Key& k) const {
      size_t h;
      std::memcpy(&h, k.data(), sizeof h);
      return h;
    }
  };
  struct Entry {
    int64_t first_seen_ms = 0;
    std::string first_event;
    std::vector<std::pair<uint64_t, int64_t>> senders;  // sender hash, last sighting
    std::list<Key>::iterator lru;
  };
  struct Shard {
    mutable std::mutex mu;
    std::unordered_map<Key, Entry, KeyHash> map;
    std::list<Key> lru;  // front = most recently seen
  };
  static constexpr int kShards = 16;

  explicit CampaignTracker(CampaignOptions options);
  Key HashId(std::string_view type, std::string_view canonical) const;
  uint64_t HashSender(std::string_view sender) const;

  CampaignOptions options_;
  std::array<uint8_t, 32> key_{};
  std::array<Shard, kShards> shards_;
};

}  // namespace vigil::pii

#endif  // VIGIL_PII_CAMPAIGN_H_
