#include "stream/nats_util.h"

namespace vigil {

uint32_t PartitionOf(std::string_view key, uint32_t partitions) {
  uint64_t h = 14695981039346656037ULL;  // FNV-1a 64 offset basis
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return partitions == 0 ? 0 : static_cast<uint32_t>(h % partitions);
}

namespace stream {

Status FromNats(natsStatus s, std::string_view what, jsErrCode jerr) {
  if (s == NATS_OK) return Status::OK();
  std::string msg = std::string(what) + ": " + natsStatus_GetText(s);
  if (jerr != 0) msg += " (JetStream error " + std::to_string(static_cast<int>(jerr)) + ")";
  StatusCode code = StatusCode::kUnavailable;
  if (s == NATS_INVALID_ARG) code = StatusCode::kInvalidArgument;
  if (s == NATS_NOT_FOUND) code = StatusCode::kNotFound;
  return Status(code, msg);
}

StatusOr<std::unique_ptr<NatsClient>> NatsClient::Connect(const std::string& url,
                                                          const std::string& name,
                                                          int64_t max_pending,
                                                          jsPubAckHandler ack_handler,
                                                          void* ack_closure) {
  std::unique_ptr<NatsClient> c(new NatsClient());
  natsOptions* opts = nullptr;
  natsStatus s = natsOptions_Create(&opts);
  if (s == NATS_OK) s = natsOptions_SetURL(opts, url.c_str());
  if (s == NATS_OK) s = natsOptions_SetName(opts, name.c_str());
  if (s == NATS_OK) s = natsOptions_SetMaxReconnect(opts, 60);
  if (s == NATS_OK) s = natsOptions_SetReconnectWait(opts, 500);
  if (s == NATS_OK) s = natsOptions_SetTimeout(opts, 3000);
  if (s == NATS_OK) s = natsConnection_Connect(&c->nc_, opts);
  natsOptions_Destroy(opts);
  if (s != NATS_OK) {
    return UnavailableError("cannot connect to NATS at " + url + ": " + natsStatus_GetText(s) +
                            " (is nats-server -js running? scripts/services.sh starts one)");
  }
  jsOptions jo;
  jsOptions_Init(&jo);
  jo.PublishAsync.MaxPending = max_pending;
  jo.Wait = 10000;
  jo.PublishAsync.AckHandler = ack_handler;
  jo.PublishAsync.AckHandlerClosure = ack_closure;
  jo.PublishAsync.StallWait = 5000;
  s = natsConnection_JetStream(&c->js_, c->nc_, &jo);
  if (s != NATS_OK) return FromNats(s, "JetStream context on " + url);
  return c;
}

NatsClient::~NatsClient() {
  if (js_ != nullptr) jsCtx_Destroy(js_);
  if (nc_ != nullptr) {
    natsConnection_FlushTimeout(nc_, 2000);
    natsConnection_Destroy(nc_);
  }
}

Status EnsureStream(jsCtx* js, const std::string& name, const std::string& prefix,
                    const StreamConfig& config) {
  jsStreamInfo* si = nullptr;
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = js_GetStreamInfo(&si, js, name.c_str(), nullptr, &jerr);
  if (s == NATS_OK) {
    jsStreamInfo_Destroy(si);
    return Status::OK();
  }
  if (s != NATS_NOT_FOUND) return FromNats(s, "stream " + name + " info", jerr);
  std::string subject = prefix + ".*";
  const char* subjects[] = {subject.c_str()};
  jsStreamConfig cfg;
  jsStreamConfig_Init(&cfg);
  cfg.Name = name.c_str();
  cfg.Subjects = subjects;
  cfg.SubjectsLen = 1;
  cfg.Storage = js_FileStorage;
  cfg.Retention = js_LimitsPolicy;
  cfg.Duplicates = config.duplicate_window_s * 1000000000LL;
  cfg.MaxAge = config.max_age_s * 1000000000LL;
  cfg.Replicas = config.replicas;
  s = js_AddStream(&si, js, &cfg, nullptr, &jerr);
  if (s == NATS_OK) jsStreamInfo_Destroy(si);
  // Another process may have created it between our two calls.
  if (s != NATS_OK && jerr == JSStreamNameExistErr) return Status::OK();
  return FromNats(s, "create stream " + name + " on " + subject, jerr);
}

std::string PartitionSubject(const std::string& prefix, uint32_t p) {
  return prefix + "." + std::to_string(p);
}

}  // namespace stream

Status EnsureStreams(const StreamConfig& config) {
  VIGIL_ASSIGN_OR_RETURN(auto client, stream::NatsClient::Connect(config.nats_url, "vigil-setup"));
  VIGIL_RETURN_IF_ERROR(
      stream::EnsureStream(client->js(), config.stream, config.subject_prefix, config));
  if (!config.verdict_prefix.empty()) {
    VIGIL_RETURN_IF_ERROR(stream::EnsureStream(client->js(), config.verdict_stream,
                                               config.verdict_prefix, config));
  }
  return Status::OK();
}

}  // namespace vigil
