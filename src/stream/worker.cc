// vigil worker: durable pull consumers, one per owned partition; scan →
// publish verdicts → commit (one transaction) → ack. See include/vigil/stream.h.
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstring>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "stream/commit_log.h"
#include "stream/nats_util.h"
#include "vigil/stream.h"

namespace vigil {
namespace {

using stream::CommitLog;
using stream::CommitRow;
using stream::FromNats;
using stream::NatsClient;

constexpr size_t kMaxCachedConversations = 1 << 20;

struct Partition {
  uint32_t p = 0;
  std::string subject, verdict_subject, durable;
  natsSubscription* sub = nullptr;
  uint64_t committed = 0;  // last stream sequence whose verdict is committed
};

struct ConvState {
  int64_t seq = 0;  // events of the conversation committed so far
};

// Checkpoint bytes: 8-byte little-endian seq, then the hook's bytes.
std::string EncodeState(int64_t seq, std::string_view hook) {
  std::string out(8, '\0');
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>((static_cast<uint64_t>(seq) >> (8 * i)) & 0xff);
  out.append(hook);
  return out;
}

bool DecodeState(std::string_view bytes, int64_t* seq, std::string_view* hook) {
  if (bytes.size() < 8) return false;
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[i])) << (8 * i);
  *seq = static_cast<int64_t>(v);
  *hook = bytes.substr(8);
  return true;
}

void OnVerdictAck(jsCtx*, natsMsg* msg, jsPubAck* pa, jsPubAckErr* pae, void* closure) {
  if (pa == nullptr) static_cast<std::atomic<int64_t>*>(closure)->fetch_add(1);
  natsMsg_Destroy(msg);
}

}  // namespace

struct Worker::Impl {
  WorkerOptions o;
  std::shared_ptr<const Pipeline> pipeline;
  std::unique_ptr<NatsClient> client;
  std::unique_ptr<CommitLog> log;
  std::vector<Partition> parts;
  std::unordered_map<std::string, ConvState> convs;
  std::atomic<int64_t> publish_failures{0};
  WorkerStats stats;
  EventParser parser;
  ScanContext ctx;
  Event event;
  Verdict verdict;
  std::vector<CommitRow> rows;
  std::unordered_set<std::string> batch_ids;
  std::vector<std::string> touched;

  Status Setup();
  Status Bind(Partition& part);
  void Unbind(Partition& part);
  StatusOr<ConvState*> Conversation(const std::string& id);
  Status ScanOne(Partition& part, natsMsg* msg, uint64_t seq, bool* published);
  Status ProcessBatch(Partition& part, natsMsgList& list);
  void Recover(Partition& part, const Status& why);
};

Status Worker::Impl::Setup() {
  const StreamConfig& sc = o.stream;
  if (sc.partitions == 0) return InvalidArgumentError("partitions must be at least 1");
  if (o.batch <= 0) return InvalidArgumentError("batch must be at least 1");
  if (o.partitions.empty()) {
    for (uint32_t p = 0; p < sc.partitions; ++p) o.partitions.push_back(p);
  }
  VIGIL_RETURN_IF_ERROR(EnsureStreams(sc));
  VIGIL_ASSIGN_OR_RETURN(client, NatsClient::Connect(sc.nats_url, "vigil-worker-" + o.name,
                                                     4 * o.batch, &OnVerdictAck,
                                                     &publish_failures));
  VIGIL_ASSIGN_OR_RETURN(log, CommitLog::Open(o.store, o.sqlite_full_sync));
  for (uint32_t p : o.partitions) {
    if (p >= sc.partitions) {
      return InvalidArgumentError("partition " + std::to_string(p) + " out of range 0.." +
                                  std::to_string(sc.partitions - 1));
    }
    Partition part;
    part.p = p;
    part.subject = stream::PartitionSubject(sc.subject_prefix, p);
    if (!sc.verdict_prefix.empty()) {
      part.verdict_subject = stream::PartitionSubject(sc.verdict_prefix, p);
    }
    part.durable = "vigil-p" + std::to_string(p);
    parts.push_back(std::move(part));
  }
  for (Partition& part : parts) VIGIL_RETURN_IF_ERROR(Bind(part));
  return Status::OK();
}

// (Re)creates the partition's durable consumer so that delivery starts right
// after the last committed sequence: whatever was delivered but not committed
// is delivered again, in stream order. Partition ownership is exclusive.
Status Worker::Impl::Bind(Partition& part) {
  Unbind(part);
  const StreamConfig& sc = o.stream;
  VIGIL_ASSIGN_OR_RETURN(part.committed, log->LastSequence(sc.stream, part.p));
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = js_DeleteConsumer(client->js(), sc.stream.c_str(), part.durable.c_str(), nullptr,
                                   &jerr);
  if (s != NATS_OK && s != NATS_NOT_FOUND && jerr != JSConsumerNotFoundErr) {
    return FromNats(s, "delete consumer " + part.durable, jerr);
  }
  jsConsumerConfig cc;
  jsConsumerConfig_Init(&cc);
  cc.Durable = part.durable.c_str();
  cc.FilterSubject = part.subject.c_str();
  cc.AckPolicy = js_AckAll;
  cc.AckWait = o.ack_wait_ms * 1000000LL;
  cc.MaxDeliver = -1;
  cc.MaxAckPending = 4LL * o.batch;
  cc.MaxRequestBatch = o.batch;
  if (part.committed == 0) {
    cc.DeliverPolicy = js_DeliverAll;
  } else {
    cc.DeliverPolicy = js_DeliverByStartSequence;
    cc.OptStartSeq = part.committed + 1;
  }
  jsConsumerInfo* ci = nullptr;
  s = js_AddConsumer(&ci, client->js(), sc.stream.c_str(), &cc, nullptr, &jerr);
  if (s != NATS_OK) return FromNats(s, "create consumer " + part.durable, jerr);
  jsConsumerInfo_Destroy(ci);
  jsSubOptions so;
  jsSubOptions_Init(&so);
  so.Stream = sc.stream.c_str();
  so.Consumer = part.durable.c_str();
  s = js_PullSubscribe(&part.sub, client->js(), part.subject.c_str(), part.durable.c_str(), nullptr,
                       &so, &jerr);
  if (s != NATS_OK) return FromNats(s, "pull subscribe " + part.subject, jerr);
  spdlog::info("worker {}: partition {} resumes after stream sequence {}", o.name, part.p,
               part.committed);
  return Status::OK();
}

void Worker::Impl::Unbind(Partition& part) {
  if (part.sub == nullptr) return;
  natsSubscription_Destroy(part.sub);
  part.sub = nullptr;
}

StatusOr<ConvState*> Worker::Impl::Conversation(const std::string& id) {
  auto it = convs.find(id);
  if (it != convs.end()) return &it->second;
  ConvState st;
  VIGIL_ASSIGN_OR_RETURN(auto saved, log->LoadState(id));
  std::string_view hook_bytes;
  if (saved.has_value() && !DecodeState(*saved, &st.seq, &hook_bytes)) {
    return CorruptionError("conversation checkpoint too short (" + std::to_string(saved->size()) +
                           " bytes)");
  }
  if (o.state_hook != nullptr) VIGIL_RETURN_IF_ERROR(o.state_hook->Restore(id, hook_bytes));
  return &convs.emplace(id, st).first->second;
}

// Scans one message into `rows` (unless it is a replay) and publishes its verdict.
Status Worker::Impl::ScanOne(Partition& part, natsMsg* msg, uint64_t seq, bool* published) {
  std::string_view data(natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
  CommitRow row;
  row.stream_seq = seq;
  Status s = parser.Parse(data, 0, &event);
  if (!s.ok()) {
    row.event_id = event.id.empty() ? "!" + o.stream.stream + ":" + std::to_string(seq) : event.id;
    s = Status(s.code(), "stream sequence " + std::to_string(seq) + ": " + s.message());
  } else {
    row.event_id = event.id;
  }
  if (!batch_ids.insert(row.event_id).second) {
    stats.skipped.fetch_add(1);
    return Status::OK();
  }
  VIGIL_ASSIGN_OR_RETURN(bool seen, log->HasVerdict(row.event_id));
  if (seen) {
    stats.skipped.fetch_add(1);
    return Status::OK();
  }
  if (s.ok() && !event.conversation.empty()) {
    VIGIL_ASSIGN_OR_RETURN(ConvState * cs, Conversation(event.conversation));
    row.conversation = event.conversation;
    row.conv_seq = ++cs->seq;
    touched.push_back(event.conversation);
  }
  if (s.ok()) s = pipeline->Scan(event, ctx, &verdict);
  if (s.ok()) {
    row.action = std::string(ActionName(verdict.action));
    AppendVerdictJson(verdict, &row.body);
  } else {
    AppendErrorJson(0, event.id, s, &row.body);
  }
  if (!part.verdict_subject.empty()) {
    std::string msg_id = "v:" + row.event_id;
    jsPubOptions po;
    jsPubOptions_Init(&po);
    po.MsgId = msg_id.c_str();
    natsStatus ns = js_PublishAsync(client->js(), part.verdict_subject.c_str(), row.body.data(),
                                    static_cast<int>(row.body.size()), &po);
    if (ns != NATS_OK) return FromNats(ns, "publish verdict");
    *published = true;
  }
  rows.push_back(std::move(row));
  return Status::OK();
}

Status Worker::Impl::ProcessBatch(Partition& part, natsMsgList& list) {
  rows.clear();
  batch_ids.clear();
  touched.clear();
  bool published = false;
  uint64_t last_seq = part.committed;
  natsMsg* last = nullptr;
  for (int i = 0; i < list.Count; ++i) {
    natsMsg* msg = list.Msgs[i];
    jsMsgMetaData* meta = nullptr;
    natsStatus ns = natsMsg_GetMetaData(&meta, msg);
    if (ns != NATS_OK) return FromNats(ns, "message metadata");
    uint64_t seq = meta->Sequence.Stream;
    jsMsgMetaData_Destroy(meta);
    last = msg;
    if (seq <= part.committed) {  // delivered again after a commit: nothing to do
      stats.skipped.fetch_add(1);
      continue;
    }
    last_seq = std::max(last_seq, seq);
    VIGIL_RETURN_IF_ERROR(ScanOne(part, msg, seq, &published));
  }
  if (published) {
    jsPubOptions po;
    jsPubOptions_Init(&po);
    po.MaxWait = 30000;
    natsStatus ns = js_PublishAsyncComplete(client->js(), &po);
    if (ns != NATS_OK) return FromNats(ns, "verdict publish acknowledgements");
    if (publish_failures.exchange(0) > 0) return UnavailableError("a verdict publish failed");
  }
  std::vector<std::pair<std::string, std::string>> states;
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  for (const std::string& c : touched) {
    std::string hook = o.state_hook != nullptr ? o.state_hook->Save(c) : std::string();
    states.emplace_back(c, EncodeState(convs[c].seq, hook));
  }
  if (last_seq > part.committed) {
    VIGIL_ASSIGN_OR_RETURN(int64_t inserted,
                           log->Commit(o.stream.stream, part.p, last_seq, rows, states, o.name));
    part.committed = last_seq;
    int64_t errors = 0;
    for (const CommitRow& r : rows) errors += r.action.empty();
    stats.events.fetch_add(inserted - errors);
    stats.errors.fetch_add(errors);
  }
  stats.batches.fetch_add(1);
  // AckAll: acknowledging the last message acknowledges the whole batch. A
  // lost ack only means a redelivery, which the sequence check skips.
  if (last != nullptr) {
    natsStatus ns = natsMsg_Ack(last, nullptr);
    if (ns != NATS_OK) spdlog::warn("worker {}: ack failed: {}", o.name, natsStatus_GetText(ns));
  }
  if (convs.size() > kMaxCachedConversations) convs.clear();  // all committed; reload lazily
  return Status::OK();
}

// After a failed batch: forget uncommitted in-memory state and replay from
// the last commit, keeping the order.
void Worker::Impl::Recover(Partition& part, const Status& why) {
  stats.retries.fetch_add(1);
  spdlog::warn("worker {}: partition {}: {}; retrying from the last commit", o.name, part.p,
               why.message());
  convs.clear();
  publish_failures.store(0);
  std::this_thread::sleep_for(std::chrono::milliseconds(o.retry_backoff_ms));
  Status s = Bind(part);
  if (!s.ok()) spdlog::warn("worker {}: partition {}: {}", o.name, part.p, s.message());
}

Worker::Worker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Worker::~Worker() {
  if (impl_) {
    for (Partition& part : impl_->parts) impl_->Unbind(part);
  }
}

StatusOr<std::unique_ptr<Worker>> Worker::Create(WorkerOptions options,
                                                 std::shared_ptr<const Pipeline> pipeline) {
  if (pipeline == nullptr) return InvalidArgumentError("worker: no pipeline");
  auto impl = std::make_unique<Impl>();
  impl->o = std::move(options);
  impl->pipeline = std::move(pipeline);
  VIGIL_RETURN_IF_ERROR(impl->Setup());
  return std::unique_ptr<Worker>(new Worker(std::move(impl)));
}

const WorkerStats& Worker::stats() const { return impl_->stats; }

Status Worker::Run(const std::atomic<bool>& stop) {
  Impl& w = *impl_;
  while (!stop.load()) {
    for (Partition& part : w.parts) {
      if (stop.load()) break;
      if (part.sub == nullptr) {
        w.Recover(part, UnavailableError("not subscribed"));
        continue;
      }
      natsMsgList list{};
      jsFetchRequest req;
      jsFetchRequest_Init(&req);
      req.Batch = w.o.batch;
      req.Expires = w.o.fetch_wait_ms * 1000000LL;
      natsStatus ns = natsSubscription_FetchRequest(&list, part.sub, &req);
      if (ns == NATS_TIMEOUT || (ns == NATS_OK && list.Count == 0)) {
        natsMsgList_Destroy(&list);
        continue;
      }
      Status s = ns == NATS_OK ? w.ProcessBatch(part, list) : FromNats(ns, "fetch " + part.subject);
      natsMsgList_Destroy(&list);
      if (!s.ok()) w.Recover(part, s);
    }
  }
  return Status::OK();
}

}  // namespace vigil
