#include "pii/campaign.h"

#include <sodium.h>

#include <algorithm>

namespace vigil::pii {

StatusOr<std::unique_ptr<CampaignTracker>> CampaignTracker::Create(CampaignOptions options) {
  if (sodium_init() < 0) return InternalError("libsodium failed to initialise");
  if (options.accounts < 2) return InvalidArgumentError("campaign accounts must be at least 2");
  if (options.window_ms <= 0) return InvalidArgumentError("campaign window must be positive");
  if (options.max_identifiers < kShards) options.max_identifiers = kShards;
  std::unique_ptr<CampaignTracker> t(new CampaignTracker(std::move(options)));
  if (t->options_.key.empty()) {
    randombytes_buf(t->key_.data(), t->key_.size());
  } else {
    // Any secret string becomes a 32-byte key.
    crypto_generichash(t->key_.data(), t->key_.size(),
                       reinterpret_cast<const unsigned char*>(t->options_.key.data()),
                       t->options_.key.size(), nullptr, 0);
    sodium_memzero(t->options_.key.data(), t->options_.key.size());
    t->options_.key.clear();
  }
  return t;
}

CampaignTracker::CampaignTracker(CampaignOptions options) : options_(std::move(options)) {}

CampaignTracker::Key CampaignTracker::HashId(std::string_view type,
                                             std::string_view canonical) const {
  crypto_generichash_state st;
  crypto_generichash_init(&st, key_.data(), key_.size(), 16);
  crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(type.data()), type.size());
  const unsigned char sep = 0;
  crypto_generichash_update(&st, &sep, 1);
  crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(canonical.data()),
                            canonical.size());
  Key k;
  crypto_generichash_final(&st, k.data(), k.size());
  return k;
}

uint64_t CampaignTracker::HashSender(std::string_view sender) const {
  uint8_t out[8];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(sender.data()),
                     sender.size(), key_.data(), key_.size());
  uint64_t h;
  std::memcpy(&h, out, sizeof h);
  return h;
}

Sighting CampaignTracker::Record(std::string_view type, std::string_view canonical,
                                 std::string_view sender, std::string_view event_id,
                                 int64_t ts_ms) {
  Key key = HashId(type, canonical);
  uint64_t who = HashSender(sender);
  Shard& sh = shards_[key[15] % kShards];
  std::lock_guard<std::mutex> lock(sh.mu);
  auto [it, inserted] = sh.map.try_emplace(key);
  Entry& e = it->second;
  if (inserted) {
    e.first_seen_ms = ts_ms;
    e.first_event = std::string(event_id);
    sh.lru.push_front(key);
    e.lru = sh.lru.begin();
  } else {
    sh.lru.splice(sh.lru.begin(), sh.lru, e.lru);
    if (ts_ms < e.first_seen_ms) {
      e.first_seen_ms = ts_ms;
      e.first_event = std::string(event_id);
    }
  }
  // Forget senders outside the window, then add or refresh this one.
  int64_t from = ts_ms - options_.window_ms;
  std::erase_if(e.senders, [&](const auto& s) { return s.second < from; });
  auto s = std::find_if(e.senders.begin(), e.senders.end(), [&](const auto& x) { return x.first == who; });
  if (s != e.senders.end()) {
    s->second = std::max(s->second, ts_ms);
  } else if (e.senders.size() < options_.max_senders) {
    e.senders.emplace_back(who, ts_ms);
  }
  int64_t upto = ts_ms + options_.window_ms;  // out-of-order events count within ±window
  Sighting out;
  out.count = static_cast<int>(std::count_if(e.senders.begin(), e.senders.end(),
                                             [&](const auto& x) { return x.second <= upto; }));
  out.first_seen_ms = e.first_seen_ms;
  out.first_event = e.first_event;
  size_t cap = options_.max_identifiers / kShards;
  while (sh.map.size() > cap) {
    sh.map.erase(sh.lru.back());
    sh.lru.pop_back();
  }
  return out;
}

size_t CampaignTracker::size() const {
  size_t n = 0;
  for (const auto& sh : shards_) {
    std::lock_guard<std::mutex> lock(sh.mu);
    n += sh.map.size();
  }
  return n;
}

}  // namespace vigil::pii
