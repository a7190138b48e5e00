// Worker/publisher configuration: TOML file, then environment, then flags
// (each later source overrides the earlier one).
//
//   [nats]                         # environment
//   url = "nats://127.0.0.1:4222"  # VIGIL_NATS_URL (comma-separated for a cluster)
//   stream = "VIGIL_EVENTS"        # VIGIL_STREAM
//   subject_prefix = "vigil.events"      # VIGIL_SUBJECT_PREFIX
//   verdict_stream = "VIGIL_VERDICTS"    # VIGIL_VERDICT_STREAM
//   verdict_prefix = "vigil.verdicts"    # VIGIL_VERDICT_PREFIX ("" = none)
//   partitions = 12                # VIGIL_PARTITIONS
//   replicas = 1                   # VIGIL_REPLICAS
//   [worker]
//   name = "w1"                    # VIGIL_WORKER_NAME
//   own = "0/3"                    # VIGIL_WORKER_OWN: "i/n" (p % n == i), "0,3,5-7",
//                                  #   or "auto" (leases: claim a fair share, take over the dead)
//   lease_ms = 10000               # lease time with own = "auto"
//   store = "sqlite:vigil-worker.db"     # VIGIL_STORE (or "postgresql://...")
//   key = "/secure/vigil.key"      # VIGIL_KEY_FILE (else the key itself in VIGIL_KEY)
//   batch = 500                    # VIGIL_BATCH
//   lists = ["known.txt"]          # VIGIL_LISTS (comma-separated)
//   data = "data"                  # VIGIL_DATA
#ifndef VIGIL_STREAM_CONFIG_H_
#define VIGIL_STREAM_CONFIG_H_

#include <functional>
#include <string>
#include <vector>

#include "vigil/status.h"
#include "vigil/stream.h"

namespace vigil::stream {

struct StreamSettings {
  WorkerOptions worker;
  std::string own;  // partition spec, resolved by ResolvePartitions
  std::vector<std::string> lists;
  std::string data_dir;
};

// Reads a TOML file into *s (unknown keys are an error naming them).
Status LoadConfigFile(const std::string& path, StreamSettings* s);
// Applies VIGIL_* variables through `getenv` (std::getenv in production).
Status ApplyEnvironment(const std::function<const char*(const char*)>& getenv, StreamSettings* s);
// "i/n" → {p : p % n == i}; "0,3,5-7" → those; "" → all partitions.
StatusOr<std::vector<uint32_t>> ParsePartitionSpec(const std::string& spec, uint32_t partitions);

}  // namespace vigil::stream

#endif  // VIGIL_STREAM_CONFIG_H_
