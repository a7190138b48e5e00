// vigil publish: JSON Lines → JetStream, one subject per partition.
#include <atomic>
#include <chrono>
#include <cstring>

#include "core/json_writer.h"
#include "stream/line_reader.h"
#include "stream/nats_util.h"
#include "vigil/stream.h"

namespace vigil {
namespace {

struct AckCounters {
  std::atomic<int64_t> ok{0};
  std::atomic<int64_t> duplicates{0};
  std::atomic<int64_t> failed{0};
};

void OnPubAck(jsCtx*, natsMsg* msg, jsPubAck* pa, jsPubAckErr* pae, void* closure) {
  auto* c = static_cast<AckCounters*>(closure);
  if (pa != nullptr) {
    c->ok.fetch_add(1, std::memory_order_relaxed);
    if (pa->Duplicate) c->duplicates.fetch_add(1, std::memory_order_relaxed);
  } else {
    c->failed.fetch_add(1, std::memory_order_relaxed);
  }
  natsMsg_Destroy(msg);
}

void WriteError(std::FILE* err_out, int64_t line, std::string_view id, const Status& s) {
  if (err_out == nullptr) return;
  std::string buf;
  AppendErrorJson(line, id, s, &buf);
  buf.push_back('\n');
  std::fwrite(buf.data(), 1, buf.size(), err_out);
}

}  // namespace

StatusOr<PublishSummary> PublishEvents(const PublishOptions& options, std::FILE* in,
                                       std::FILE* err_out) {
  const StreamConfig& sc = options.stream;
  if (sc.partitions == 0) return InvalidArgumentError("partitions must be at least 1");
  VIGIL_RETURN_IF_ERROR(EnsureStreams(sc));
  AckCounters acks;
  VIGIL_ASSIGN_OR_RETURN(auto client, stream::NatsClient::Connect(sc.nats_url, "vigil-publish",
                                                                  options.max_pending, &OnPubAck,
                                                                  &acks));
  auto t0 = std::chrono::steady_clock::now();
  PublishSummary sum;
  stream::LineReader reader(in, options.limits.max_line_bytes);
  EventParser parser(options.limits);
  Event event;
  std::string_view line;
  bool too_long = false;
  std::vector<std::string> subjects;
  for (uint32_t p = 0; p < sc.partitions; ++p) {
    subjects.push_back(stream::PartitionSubject(sc.subject_prefix, p));
  }
  while (reader.Next(&line, &too_long)) {
    const int64_t line_no = reader.line();
    if (too_long) {
      ++sum.errors;
      WriteError(err_out, line_no, "",
                 ResourceExhaustedError("line " + std::to_string(line_no) + ": longer than " +
                                        std::to_string(options.limits.max_line_bytes) + " bytes"));
      continue;
    }
    Status s = parser.Parse(line, line_no, &event);
    if (!s.ok()) {
      ++sum.errors;
      WriteError(err_out, line_no, event.id, s);
      continue;
    }
    const std::string& key = event.conversation.empty() ? event.id : event.conversation;
    jsPubOptions po;
    jsPubOptions_Init(&po);
    po.MsgId = event.id.c_str();
    natsStatus ns = js_PublishAsync(client->js(), subjects[PartitionOf(key, sc.partitions)].c_str(),
                                    line.data(), static_cast<int>(line.size()), &po);
    if (ns != NATS_OK) return stream::FromNats(ns, "publish line " + std::to_string(line_no));
  }
  if (!reader.status().ok()) return reader.status();
  jsPubOptions po;
  jsPubOptions_Init(&po);
  po.MaxWait = 60000;
  natsStatus ns = js_PublishAsyncComplete(client->js(), &po);
  if (ns != NATS_OK) return stream::FromNats(ns, "waiting for publish acknowledgements");
  sum.published = acks.ok.load();
  sum.duplicates = acks.duplicates.load();
  sum.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (acks.failed.load() > 0) {
    return UnavailableError(std::to_string(acks.failed.load()) +
                            " publishes were not acknowledged by JetStream; run the same input "
                            "again (events already stored are dropped as duplicates by id)");
  }
  return sum;
}

}  // namespace vigil
