// Dynamic partition ownership: per-partition leases in a JetStream
// key-value bucket (`<stream>_LEASES`, history 1, TTL = the lease time).
//
//   key "p.<n>"   value: owner name  — the lease of partition n
//   key "w.<name>" value: owner name — membership (who is alive)
//
// Both are rewritten by their owner every ttl/4 and vanish ttl after their
// last write when the owner dies (the bucket's max age). A claim is a create
// (absent key) or an update with the expected revision (key released, or left
// by an earlier process of the same name), so two workers never hold one
// partition: the server accepts one of two racing writes. A holder treats its
// lease as valid only until ttl/2 after it *sent* the last successful renewal
// (the server cannot expire it sooner than ttl after receiving it), and the
// worker checks that before every commit; a renewal that fails drops the
// partition at once. Workers claim free partitions up to a fair share,
// ceil(partitions / live workers), and release the excess when more join.
//
// Worker names must be unique among live workers (a restarted worker with the
// same name takes its old leases back at once; a new name waits for them to
// expire).
#ifndef VIGIL_STREAM_LEASES_H_
#define VIGIL_STREAM_LEASES_H_

#include <nats/nats.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "vigil/status.h"
#include "vigil/stream.h"

namespace vigil::stream {

class PartitionLeases {
 public:
  using Clock = std::chrono::steady_clock;

  // Opens (creating if absent) the lease bucket of `config.stream`.
  static StatusOr<std::unique_ptr<PartitionLeases>> Open(jsCtx* js, const StreamConfig& config,
                                                         const std::string& worker,
                                                         int64_t ttl_ms);
  ~PartitionLeases();
  PartitionLeases(const PartitionLeases&) = delete;
  PartitionLeases& operator=(const PartitionLeases&) = delete;

  // Renews membership and every held lease; partitions whose renewal failed
  // are no longer held and are appended to *lost.
  Status Heartbeat(std::vector<uint32_t>* lost);
  // Renews one lease; false (and no longer held) when it failed.
  bool Renew(uint32_t p);
  // ceil(partitions / live workers), at least 1.
  StatusOr<uint32_t> FairShare();
  // Claims partition p if it is free, released, or left by this worker's name.
  bool TryClaim(uint32_t p);
  // Gives p up (marks it released for others); no-op when not held.
  void Release(uint32_t p);
  // Releases every lease and the membership (graceful stop).
  void ReleaseAll();

  bool Holds(uint32_t p) const { return held_.count(p) != 0; }
  // True while p's lease is certainly still ours (see the header comment).
  bool Valid(uint32_t p) const;
  // Renews p first when less than a quarter of the lease time is left;
  // then Valid(p).
  bool EnsureValid(uint32_t p);
  std::vector<uint32_t> Held() const;
  int64_t ttl_ms() const { return ttl_ms_; }

 private:
  PartitionLeases() = default;
  struct Lease {
    uint64_t rev = 0;
    Clock::time_point valid_until;
  };
  static std::string Key(uint32_t p) { return "p." + std::to_string(p); }

  kvStore* kv_ = nullptr;
  std::string worker_;
  uint32_t partitions_ = 0;
  int64_t ttl_ms_ = 0;
  std::map<uint32_t, Lease> held_;
};

}  // namespace vigil::stream

#endif  // VIGIL_STREAM_LEASES_H_
