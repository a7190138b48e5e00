// Thin RAII layer over the libnats C API: one connection + JetStream context,
// NATS status codes turned into vigil::Status.
#ifndef VIGIL_STREAM_NATS_UTIL_H_
#define VIGIL_STREAM_NATS_UTIL_H_

#include <nats/nats.h>

#include <memory>
#include <string>
#include <string_view>

#include "vigil/status.h"
#include "vigil/stream.h"

namespace vigil::stream {

// "<what>: <nats text> (JetStream error N)" as kUnavailable (or OK).
Status FromNats(natsStatus s, std::string_view what, jsErrCode jerr = static_cast<jsErrCode>(0));

class NatsClient {
 public:
  // Connects to `url` (comma-separated list for a cluster) and opens a
  // JetStream context with `max_pending` in-flight async publishes.
  static StatusOr<std::unique_ptr<NatsClient>> Connect(const std::string& url,
                                                       const std::string& name,
                                                       int64_t max_pending = 8192,
                                                       jsPubAckHandler ack_handler = nullptr,
                                                       void* ack_closure = nullptr);
  ~NatsClient();
  NatsClient(const NatsClient&) = delete;
  NatsClient& operator=(const NatsClient&) = delete;

  natsConnection* nc() const { return nc_; }
  jsCtx* js() const { return js_; }

 private:
  NatsClient() = default;
  natsConnection* nc_ = nullptr;
  jsCtx* js_ = nullptr;
};

// Creates stream `name` over `<prefix>.*` if absent.
Status EnsureStream(jsCtx* js, const std::string& name, const std::string& prefix,
                    const StreamConfig& config);

std::string PartitionSubject(const std::string& prefix, uint32_t p);

}  // namespace vigil::stream

#endif  // VIGIL_STREAM_NATS_UTIL_H_
