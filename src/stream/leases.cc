#include "stream/leases.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "stream/nats_util.h"

namespace vigil::stream {

StatusOr<std::unique_ptr<PartitionLeases>> PartitionLeases::Open(jsCtx* js,
                                                                  const StreamConfig& config,
                                                                  const std::string& worker,
                                                                  int64_t ttl_ms) {
  if (ttl_ms < 300) return InvalidArgumentError("lease time must be at least 300 ms");
  if (worker.empty() || worker.find_first_of(" .*>\t") != std::string::npos) {
    return InvalidArgumentError("worker name '" + worker +
                                "': needed for leases, without spaces, '.', '*' or '>'");
  }
  std::unique_ptr<PartitionLeases> l(new PartitionLeases());
  l->worker_ = worker;
  l->partitions_ = config.partitions;
  l->ttl_ms_ = ttl_ms;
  const std::string bucket = config.stream + "_LEASES";
  natsStatus s = js_KeyValue(&l->kv_, js, bucket.c_str());
  if (s == NATS_NOT_FOUND) {
    kvConfig kc;
    kvConfig_Init(&kc);
    kc.Bucket = bucket.c_str();
    kc.History = 1;
    kc.TTL = ttl_ms * 1000000LL;  // nanoseconds
    kc.Replicas = config.replicas;
    s = js_CreateKeyValue(&l->kv_, js, &kc);
  }
  if (s != NATS_OK) return FromNats(s, "lease bucket " + bucket);
  return l;
}

PartitionLeases::~PartitionLeases() {
  if (kv_ != nullptr) kvStore_Destroy(kv_);
}

bool PartitionLeases::Valid(uint32_t p) const {
  auto it = held_.find(p);
  return it != held_.end() && Clock::now() < it->second.valid_until;
}

bool PartitionLeases::EnsureValid(uint32_t p) {
  auto it = held_.find(p);
  if (it == held_.end()) return false;
  if (it->second.valid_until - Clock::now() < std::chrono::milliseconds(ttl_ms_ / 4) && !Renew(p)) {
    return false;
  }
  return Valid(p);
}

std::vector<uint32_t> PartitionLeases::Held() const {
  std::vector<uint32_t> out;
  for (const auto& [p, l] : held_) out.push_back(p);
  return out;
}

bool PartitionLeases::Renew(uint32_t p) {
  auto it = held_.find(p);
  if (it == held_.end()) return false;
  const auto sent = Clock::now();
  uint64_t rev = 0;
  natsStatus s = kvStore_UpdateString(&rev, kv_, Key(p).c_str(), worker_.c_str(), it->second.rev);
  if (s != NATS_OK) {
    spdlog::warn("worker {}: lease of partition {} lost ({})", worker_, p, natsStatus_GetText(s));
    held_.erase(it);
    return false;
  }
  it->second = Lease{rev, sent + std::chrono::milliseconds(ttl_ms_ / 2)};
  return true;
}

Status PartitionLeases::Heartbeat(std::vector<uint32_t>* lost) {
  uint64_t rev = 0;
  natsStatus s = kvStore_PutString(&rev, kv_, ("w." + worker_).c_str(), worker_.c_str());
  for (uint32_t p : Held()) {
    if (!Renew(p)) lost->push_back(p);
  }
  return FromNats(s, "lease bucket: membership of " + worker_);
}

StatusOr<uint32_t> PartitionLeases::FairShare() {
  kvKeysList keys{};
  natsStatus s = kvStore_Keys(&keys, kv_, nullptr);
  uint32_t live = 0;
  if (s == NATS_OK) {
    for (int i = 0; i < keys.Count; ++i) live += std::string_view(keys.Keys[i]).rfind("w.", 0) == 0;
    kvKeysList_Destroy(&keys);
  } else if (s != NATS_NOT_FOUND && s != NATS_TIMEOUT) {
    return FromNats(s, "lease bucket: list workers");
  }
  live = std::max<uint32_t>(live, 1);
  return std::max<uint32_t>(1, (partitions_ + live - 1) / live);
}

bool PartitionLeases::TryClaim(uint32_t p) {
  if (Holds(p)) return true;
  const std::string key = Key(p);
  const auto sent = Clock::now();
  uint64_t rev = 0;
  kvEntry* e = nullptr;
  natsStatus s = kvStore_Get(&e, kv_, key.c_str());
  if (s == NATS_NOT_FOUND) {
    s = kvStore_CreateString(&rev, kv_, key.c_str(), worker_.c_str());
  } else if (s == NATS_OK) {
    std::string owner = kvEntry_ValueString(e) != nullptr ? kvEntry_ValueString(e) : "";
    uint64_t last = kvEntry_Revision(e);
    bool free = owner.empty() || owner == worker_ || kvEntry_Operation(e) != kvOp_Put;
    s = free ? kvStore_UpdateString(&rev, kv_, key.c_str(), worker_.c_str(), last) : NATS_ERR;
  }
  if (e != nullptr) kvEntry_Destroy(e);
  if (s != NATS_OK) return false;
  held_[p] = Lease{rev, sent + std::chrono::milliseconds(ttl_ms_ / 2)};
  return true;
}

void PartitionLeases::Release(uint32_t p) {
  auto it = held_.find(p);
  if (it == held_.end()) return;
  uint64_t rev = 0;
  // Only if still ours (expected revision): never clears another's lease.
  (void)kvStore_UpdateString(&rev, kv_, Key(p).c_str(), "", it->second.rev);
  held_.erase(it);
}

void PartitionLeases::ReleaseAll() {
  for (uint32_t p : Held()) Release(p);
  (void)kvStore_Delete(kv_, ("w." + worker_).c_str());
}

}  // namespace vigil::stream
