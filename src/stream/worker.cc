// vigil worker: durable pull consumers, one per owned partition; scan →
// commit (one vigil::Store transaction, verdict messages in its outbox) →
// publish the verdict messages → ack. See include/vigil/stream.h.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "evidence/crypto.h"
#include "stream/leases.h"
#include "stream/nats_util.h"
#include "vigil/evidence.h"
#include "vigil/store.h"
#include "vigil/stream.h"

namespace vigil {
namespace {

using stream::FromNats;
using stream::NatsClient;

constexpr size_t kMaxCachedConversations = 1 << 20;

struct Partition {
  uint32_t p = 0;
  std::string subject, verdict_subject, durable;
  natsSubscription* sub = nullptr;
  uint64_t committed = 0;  // last stream sequence whose verdict is committed
  bool lost = false;       // lease lost (dynamic ownership): dropped next round
};

// One fetched message that is past the committed sequence.
struct Item {
  natsMsg* msg = nullptr;
  uint64_t seq = 0;
  Event event;
  Status parsed;
  std::string id;  // event id, or "!<stream>:<seq>" for a message without one
  bool skip = false;
};

// Checkpoint bytes (before encryption): 8-byte little-endian position of the
// conversation (events committed), then Pipeline::SaveConversation bytes.
std::string EncodeState(int64_t seq, std::string_view pipeline_state) {
  std::string out(8, '\0');
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>((static_cast<uint64_t>(seq) >> (8 * i)) & 0xff);
  out.append(pipeline_state);
  return out;
}

bool DecodeState(std::string_view bytes, int64_t* seq, std::string_view* pipeline_state) {
  if (bytes.size() < 8) return false;
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[i])) << (8 * i);
  *seq = static_cast<int64_t>(v);
  *pipeline_state = bytes.substr(8);
  return true;
}

// Adds the time since *t0 to *counter and restarts *t0.
void Lap(std::chrono::steady_clock::time_point* t0, std::atomic<int64_t>* counter) {
  auto t1 = std::chrono::steady_clock::now();
  counter->fetch_add(std::chrono::duration_cast<std::chrono::nanoseconds>(t1 - *t0).count(),
                     std::memory_order_relaxed);
  *t0 = t1;
}

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
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
  std::unique_ptr<Store> store;
  VaultKeys keys;
  std::optional<Pseudonymizer> pseudo;
  std::vector<Partition> parts;
  std::unique_ptr<stream::PartitionLeases> leases;  // dynamic ownership only
  std::chrono::steady_clock::time_point next_heartbeat;
  std::chrono::steady_clock::time_point next_renewal;  // mid-round lease renewals
  // Conversation → its position (events committed or scanned in this batch)
  // and keyed hash; a conversation in here has its state loaded in the pipeline.
  struct Conv {
    int64_t seq = 0;
    std::string hash;
  };
  std::unordered_map<std::string, Conv> convs;
  std::atomic<int64_t> publish_failures{0};
  WorkerStats stats;
  EventParser parser;
  ScanContext ctx;
  Verdict verdict;
  std::vector<Item> items;
  StreamBatch batch;
  std::unordered_set<std::string> batch_ids;
  std::vector<std::string> touched;
  std::string lines;               // the batch's verdict lines (JSON Lines)
  std::vector<size_t> line_ends;   // end offset of each line in `lines`
  std::vector<std::string> published;  // outbox ids published, acks not yet settled
  size_t max_payload = 0;

  Status Setup();
  Partition MakePartition(uint32_t p) const;
  Status MaintainLeases();
  void RenewLeasesIfDue();
  Status Claim(uint32_t p);
  void Drop(uint32_t p, bool release);
  Status Bind(Partition& part);
  void Unbind(Partition& part);
  void ForgetConversations();
  Status LoadConversations(size_t n);
  Status MarkCommitted(size_t n);
  void ScanItem(Item& it, int64_t now);
  void BuildOutbox(const Partition& part, uint64_t last_seq);
  Status Publish(const std::vector<OutboxMessage>& msgs);
  Status SettlePublishes(int64_t wait_ms);
  Status FinishOutbox();
  Status RepublishOutbox();
  Status ProcessBatch(Partition& part, natsMsgList& list);
  void Recover(Partition& part, const Status& why);
};

Status Worker::Impl::Setup() {
  const StreamConfig& sc = o.stream;
  if (sc.partitions == 0) return InvalidArgumentError("partitions must be at least 1");
  if (o.batch <= 0) return InvalidArgumentError("batch must be at least 1");
  if (o.dynamic && !o.partitions.empty()) {
    return InvalidArgumentError("dynamic ownership and an explicit partition list exclude each other");
  }
  if (o.partitions.empty() && !o.dynamic) {
    for (uint32_t p = 0; p < sc.partitions; ++p) o.partitions.push_back(p);
  }
  VIGIL_RETURN_IF_ERROR(EnsureStreams(sc));
  VIGIL_ASSIGN_OR_RETURN(client, NatsClient::Connect(sc.nats_url, "vigil-worker-" + o.name,
                                                     4 * o.batch, &OnVerdictAck,
                                                     &publish_failures));
  auto k = LoadKeys(o.key_file);
  if (!k.ok()) return k.status().WithContext("worker needs the Vigil key (--key FILE or VIGIL_KEY)");
  keys = *k;
  pseudo.emplace(keys.pseudonym_key);
  VIGIL_ASSIGN_OR_RETURN(store, Store::Open(o.store));
  for (uint32_t p : o.partitions) {
    if (p >= sc.partitions) {
      return InvalidArgumentError("partition " + std::to_string(p) + " out of range 0.." +
                                  std::to_string(sc.partitions - 1));
    }
    parts.push_back(MakePartition(p));
  }
  max_payload = static_cast<size_t>(std::max<int64_t>(0, natsConnection_GetMaxPayload(client->nc())));
  if (o.dynamic) {
    VIGIL_ASSIGN_OR_RETURN(leases, stream::PartitionLeases::Open(client->js(), sc, o.name, o.lease_ms));
    return MaintainLeases();
  }
  for (Partition& part : parts) VIGIL_RETURN_IF_ERROR(Bind(part));
  return RepublishOutbox();
}

Partition Worker::Impl::MakePartition(uint32_t p) const {
  Partition part;
  part.p = p;
  part.subject = stream::PartitionSubject(o.stream.subject_prefix, p);
  if (!o.stream.verdict_prefix.empty()) {
    part.verdict_subject = stream::PartitionSubject(o.stream.verdict_prefix, p);
  }
  part.durable = "vigil-p" + std::to_string(p);
  return part;
}

// Dynamic ownership, between batches (every lease_ms/4): renew membership
// and leases, drop what was lost, give up the excess over the fair share,
// claim free partitions up to it.
Status Worker::Impl::MaintainLeases() {
  if (leases == nullptr) return Status::OK();
  for (size_t i = parts.size(); i-- > 0;) {
    if (parts[i].lost) Drop(parts[i].p, false);
  }
  auto now = std::chrono::steady_clock::now();
  if (now < next_heartbeat) return Status::OK();
  next_heartbeat = now + std::chrono::milliseconds(o.lease_ms / 4);
  next_renewal = next_heartbeat;
  std::vector<uint32_t> lost;
  Status hb = leases->Heartbeat(&lost);
  for (uint32_t p : lost) Drop(p, false);
  VIGIL_RETURN_IF_ERROR(hb);
  VIGIL_ASSIGN_OR_RETURN(uint32_t fair, leases->FairShare());
  while (parts.size() > fair) Drop(parts.back().p, true);
  // Probe from a name-dependent start so that workers try different partitions first.
  const uint32_t n = o.stream.partitions, start = PartitionOf(o.name, n);
  for (uint32_t k = 0; k < n && parts.size() < fair; ++k) {
    uint32_t p = (start + k) % n;
    if (leases->Holds(p) || !leases->TryClaim(p)) continue;
    Status s = Claim(p);
    if (!s.ok()) {
      spdlog::warn("worker {}: partition {}: {}", o.name, p, s.message());
      Drop(p, true);
    }
  }
  return Status::OK();
}

// Within a round over the owned partitions, between two batches: renews the
// leases when due (a round over several partitions' batches can outlast a
// lease on a loaded machine). Its own timer: the rebalancing in
// MaintainLeases still runs at the next round's start. A lease found lost
// marks its partition, which the round skips and MaintainLeases drops.
void Worker::Impl::RenewLeasesIfDue() {
  if (leases == nullptr) return;
  auto now = std::chrono::steady_clock::now();
  if (now < next_renewal) return;
  next_renewal = now + std::chrono::milliseconds(o.lease_ms / 4);
  std::vector<uint32_t> lost;
  Status hb = leases->Heartbeat(&lost);
  if (!hb.ok()) spdlog::warn("worker {}: leases: {}", o.name, hb.message());
  for (uint32_t p : lost) {
    for (Partition& part : parts) part.lost = part.lost || part.p == p;
  }
}

// Starts consuming a partition whose lease was just obtained. Conversation
// state cached from an earlier ownership may be stale: all of it is dropped
// (and restored from the checkpoints on the next touch).
Status Worker::Impl::Claim(uint32_t p) {
  ForgetConversations();
  parts.push_back(MakePartition(p));
  spdlog::info("worker {}: claimed partition {}", o.name, p);
  VIGIL_RETURN_IF_ERROR(Bind(parts.back()));
  if (o.stream.verdict_prefix.empty()) return Status::OK();
  VIGIL_ASSIGN_OR_RETURN(std::vector<OutboxMessage> pending, store->PendingOutbox(o.stream.stream, p));
  return Publish(pending);
}

// Stops consuming p (between batches: everything cached is committed).
void Worker::Impl::Drop(uint32_t p, bool release) {
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].p != p) continue;
    Unbind(parts[i]);
    parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(i));
    break;
  }
  ForgetConversations();
  if (release) leases->Release(p);
  spdlog::info("worker {}: {} partition {}", o.name, release ? "released" : "lost", p);
}

// Publishes every verdict message a commit left in the outbox of an owned
// partition (after a crash or a failed publish), under its original id.
Status Worker::Impl::RepublishOutbox() {
  if (o.stream.verdict_prefix.empty()) return Status::OK();
  for (const Partition& part : parts) {
    VIGIL_ASSIGN_OR_RETURN(std::vector<OutboxMessage> pending,
                           store->PendingOutbox(o.stream.stream, part.p));
    if (pending.empty()) continue;
    spdlog::info("worker {}: partition {}: publishing {} verdict message(s) left in the outbox",
                 o.name, part.p, pending.size());
    VIGIL_RETURN_IF_ERROR(Publish(pending));
  }
  return Status::OK();
}

// (Re)creates the partition's durable consumer so that delivery starts right
// after the last committed sequence: whatever was delivered but not committed
// is delivered again, in stream order. Partition ownership is exclusive.
Status Worker::Impl::Bind(Partition& part) {
  Unbind(part);
  const StreamConfig& sc = o.stream;
  VIGIL_ASSIGN_OR_RETURN(part.committed, store->StreamSequence(sc.stream, part.p));
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

// Drops every cached conversation from the pipeline (all of them are
// committed or about to be replayed): the next touch restores it.
void Worker::Impl::ForgetConversations() {
  for (const auto& [c, conv] : convs) (void)pipeline->RestoreConversation(c, "");
  convs.clear();
}

// Flags the items that must not be scanned: replays of committed events
// and repeats of an id within the batch (the first one wins).
Status Worker::Impl::MarkCommitted(size_t n) {
  std::vector<std::string> ids;
  ids.reserve(n);
  for (size_t i = 0; i < n; ++i) ids.push_back(items[i].id);
  VIGIL_ASSIGN_OR_RETURN(std::vector<bool> done, store->StreamEventsCommitted(ids));
  batch_ids.clear();
  for (size_t i = 0; i < n; ++i) {
    items[i].skip = done[i] || !batch_ids.insert(items[i].id).second;
    if (items[i].skip) stats.skipped.fetch_add(1);
  }
  return Status::OK();
}

// Restores, in one store round trip, the committed state of every
// conversation of the batch this process has not loaded yet.
Status Worker::Impl::LoadConversations(size_t n) {
  std::unordered_map<std::string, std::string> wanted;  // keyed hash → conversation
  for (size_t i = 0; i < n; ++i) {
    const Item& it = items[i];
    if (it.skip || !it.parsed.ok() || it.event.conversation.empty()) continue;
    if (convs.count(it.event.conversation) != 0) continue;
    wanted.emplace(pseudo->Hash("conversation", it.event.conversation), it.event.conversation);
  }
  if (wanted.empty()) return Status::OK();
  std::vector<std::string> hashes;
  for (const auto& [h, c] : wanted) hashes.push_back(h);
  VIGIL_ASSIGN_OR_RETURN(std::vector<ConversationCheckpoint> saved, store->LoadCheckpoints(hashes));
  std::unordered_map<std::string, std::string> by_hash;
  for (auto& cp : saved) by_hash.emplace(std::move(cp.conversation), std::move(cp.state));
  for (const auto& [h, c] : wanted) {
    int64_t seq = 0;
    std::string_view state;
    std::string plain;
    auto found = by_hash.find(h);
    if (found != by_hash.end()) {
      VIGIL_ASSIGN_OR_RETURN(plain, evidence::DecryptObject(found->second, h, keys.state.data()));
      if (!DecodeState(plain, &seq, &state)) {
        return CorruptionError("conversation checkpoint " + h + ": shorter than its header");
      }
    }
    // Restoring "" also drops state left in memory by a batch that failed.
    VIGIL_RETURN_IF_ERROR(pipeline->RestoreConversation(c, state).WithContext(
        "conversation checkpoint " + h));
    convs[c] = Conv{seq, h};
  }
  return Status::OK();
}

// Scans one item into the batch; its verdict (or error) line joins `lines`.
void Worker::Impl::ScanItem(Item& it, int64_t now) {
  StreamEventRecord rec;
  rec.event_id = it.id;
  rec.stream_seq = it.seq;
  Status s = it.parsed;
  if (s.ok() && !it.event.conversation.empty()) {
    rec.conv_seq = ++convs[it.event.conversation].seq;
    touched.push_back(it.event.conversation);
  }
  if (s.ok()) s = pipeline->Scan(it.event, ctx, &verdict);
  if (s.ok()) {
    AppendVerdictJson(verdict, &lines);
    batch.verdicts.push_back(MakeVerdictRecord(it.event, verdict, *pseudo, now));
  } else {
    AppendErrorJson(0, it.id, s, &lines);
    rec.error = s.message().empty() ? "error" : s.message();
  }
  lines.push_back('\n');
  line_ends.push_back(lines.size());
  batch.events.push_back(std::move(rec));
}

// Cuts the batch's verdict lines into messages under the server's payload
// limit, with ids that name the batch (its last stream sequence) and part.
void Worker::Impl::BuildOutbox(const Partition& part, uint64_t last_seq) {
  if (part.verdict_subject.empty() || lines.empty()) return;
  const size_t limit = std::max<size_t>(4096, max_payload - 1024);
  size_t start = 0;
  for (size_t i = 0; i < line_ends.size(); ++i) {
    bool last = i + 1 == line_ends.size();
    if (!last && line_ends[i + 1] - start <= limit) continue;
    OutboxMessage m;
    m.id = "vb:" + o.stream.stream + ":" + std::to_string(part.p) + ":" +
           std::to_string(last_seq) + ":" + std::to_string(batch.outbox.size());
    m.subject = part.verdict_subject;
    m.payload = lines.substr(start, line_ends[i] - start);
    batch.outbox.push_back(std::move(m));
    start = line_ends[i];
  }
}

Status Worker::Impl::Publish(const std::vector<OutboxMessage>& msgs) {
  for (const OutboxMessage& m : msgs) {
    jsPubOptions po;
    jsPubOptions_Init(&po);
    po.MsgId = m.id.c_str();
    natsStatus ns = js_PublishAsync(client->js(), m.subject.c_str(), m.payload.data(),
                                    static_cast<int>(m.payload.size()), &po);
    if (ns != NATS_OK) return FromNats(ns, "publish verdicts " + m.id);
    published.push_back(m.id);
  }
  return Status::OK();
}

// Waits until JetStream acknowledged every published verdict message; then
// their outbox rows may go (with the next commit). A failed publish keeps
// its row: the partition's next Bind publishes it again.
Status Worker::Impl::SettlePublishes(int64_t wait_ms) {
  if (published.empty()) return Status::OK();
  jsPubOptions po;
  jsPubOptions_Init(&po);
  po.MaxWait = wait_ms;
  natsStatus ns = js_PublishAsyncComplete(client->js(), &po);
  if (ns != NATS_OK) return FromNats(ns, "verdict publish acknowledgements");
  if (publish_failures.exchange(0) > 0) {
    published.clear();
    return UnavailableError("a verdict publish failed");
  }
  return Status::OK();
}

// On a graceful stop: settle the last publishes and delete their outbox rows.
Status Worker::Impl::FinishOutbox() {
  VIGIL_RETURN_IF_ERROR(SettlePublishes(10000));
  if (published.empty() || parts.empty()) return Status::OK();
  StreamBatch done;
  done.stream = o.stream.stream;
  done.partition = parts[0].p;
  done.last_seq = parts[0].committed;  // progress never moves back: unchanged
  done.worker = o.name;
  done.outbox_done = std::move(published);
  published.clear();
  return store->CommitStreamBatch(done).status();
}

Status Worker::Impl::ProcessBatch(Partition& part, natsMsgList& list) {
  auto t0 = std::chrono::steady_clock::now();
  batch.stream = o.stream.stream;
  batch.partition = part.p;
  batch.worker = o.name;
  batch.verdicts.clear();
  batch.events.clear();
  batch.checkpoints.clear();
  batch.outbox.clear();
  batch.outbox_done.clear();
  lines.clear();
  line_ends.clear();
  touched.clear();
  if (items.size() < static_cast<size_t>(list.Count)) items.resize(list.Count);
  uint64_t last_seq = part.committed;
  natsMsg* last = nullptr;
  size_t n = 0;
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
    Item& it = items[n++];
    it.msg = msg;
    it.seq = seq;
    std::string_view data(natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
    it.parsed = parser.Parse(data, 0, &it.event);
    if (it.parsed.ok()) {
      it.id = it.event.id;
    } else {
      it.id = it.event.id.empty() ? "!" + o.stream.stream + ":" + std::to_string(seq) : it.event.id;
      it.parsed = Status(it.parsed.code(),
                         "stream sequence " + std::to_string(seq) + ": " + it.parsed.message());
    }
  }
  Lap(&t0, &stats.fetch_ns);
  VIGIL_RETURN_IF_ERROR(MarkCommitted(n));
  Lap(&t0, &stats.store_ns);
  VIGIL_RETURN_IF_ERROR(LoadConversations(n));
  Lap(&t0, &stats.state_ns);
  const int64_t now = NowMs();
  // The batch is parsed: announce item i+2 (stage 0) and i+1 (stage 1)
  // before scanning item i, so that their conversation state loads overlap
  // this scan (Pipeline::Prefetch).
  auto announce = [&](size_t j, int stage) {
    if (j < n && !items[j].skip && items[j].parsed.ok()) pipeline->Prefetch(items[j].event, stage);
  };
  announce(0, 0);
  announce(1, 0);
  announce(0, 1);
  for (size_t i = 0; i < n; ++i) {
    announce(i + 2, 0);
    announce(i + 1, 1);
    if (!items[i].skip) ScanItem(items[i], now);
  }
  Lap(&t0, &stats.scan_ns);
  // The previous batch's verdict messages are normally acknowledged by now.
  VIGIL_RETURN_IF_ERROR(SettlePublishes(30000));
  Lap(&t0, &stats.publish_ns);
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  for (const std::string& c : touched) {
    const Conv& conv = convs[c];
    std::string plain = EncodeState(conv.seq, pipeline->SaveConversation(c));
    batch.checkpoints.push_back(
        {conv.hash, evidence::EncryptObject(plain, conv.hash, keys.state.data())});
  }
  Lap(&t0, &stats.state_ns);
  if (last_seq > part.committed) {
    // Dynamic ownership: commit only under a lease that is certainly ours.
    if (leases != nullptr && !leases->EnsureValid(part.p)) {
      part.lost = true;
      return UnavailableError("lease of partition " + std::to_string(part.p) +
                              " lost before the commit; the batch is left to the next owner");
    }
    batch.last_seq = last_seq;
    BuildOutbox(part, last_seq);
    batch.outbox_done = std::move(published);
    published.clear();
    StatusOr<StreamBatchResult> r = store->CommitStreamBatch(batch);
    if (!r.ok()) {
      published = std::move(batch.outbox_done);  // their rows are still there
      return r.status();
    }
    part.committed = last_seq;
    stats.events.fetch_add(r->verdicts);
    stats.errors.fetch_add(r->errors);
    Lap(&t0, &stats.store_ns);
    // Committed: a failure from here on only delays the verdict messages
    // (the outbox keeps them), it never loses them.
    VIGIL_RETURN_IF_ERROR(Publish(batch.outbox));
  }
  stats.batches.fetch_add(1);
  // AckAll: acknowledging the last message acknowledges the whole batch. A
  // lost ack only means a redelivery, which the sequence check skips.
  if (last != nullptr) {
    natsStatus ns = natsMsg_Ack(last, nullptr);
    if (ns != NATS_OK) spdlog::warn("worker {}: ack failed: {}", o.name, natsStatus_GetText(ns));
  }
  Lap(&t0, &stats.publish_ns);
  if (convs.size() > kMaxCachedConversations) ForgetConversations();  // all committed
  return Status::OK();
}

// After a failed batch: forget uncommitted in-memory state and replay from
// the last commit, keeping the order.
void Worker::Impl::Recover(Partition& part, const Status& why) {
  stats.retries.fetch_add(1);
  spdlog::warn("worker {}: partition {}: {}; retrying from the last commit", o.name, part.p,
               why.message());
  ForgetConversations();
  publish_failures.store(0);
  std::this_thread::sleep_for(std::chrono::milliseconds(o.retry_backoff_ms));
  published.clear();  // unsettled: their rows stay in the outbox and go out again below
  if (leases != nullptr && (part.lost || !leases->Renew(part.p))) {
    part.lost = true;  // never rebind a partition that may have a new owner
    Unbind(part);
    return;
  }
  Status s = Bind(part);
  if (s.ok()) s = RepublishOutbox();
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
    Status ls = w.MaintainLeases();
    if (!ls.ok()) spdlog::warn("worker {}: leases: {}", w.o.name, ls.message());
    if (w.parts.empty()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(w.o.fetch_wait_ms));
      continue;
    }
    for (Partition& part : w.parts) {
      if (stop.load()) break;
      w.RenewLeasesIfDue();
      if (part.lost) continue;
      if (part.sub == nullptr) {
        w.Recover(part, UnavailableError("not subscribed"));
        continue;
      }
      natsMsgList list{};
      jsFetchRequest req;
      jsFetchRequest_Init(&req);
      req.Batch = w.o.batch;
      req.Expires = w.o.fetch_wait_ms * 1000000LL;
      auto t0 = std::chrono::steady_clock::now();
      natsStatus ns = natsSubscription_FetchRequest(&list, part.sub, &req);
      Lap(&t0, &w.stats.fetch_ns);
      if (ns == NATS_TIMEOUT || (ns == NATS_OK && list.Count == 0)) {
        natsMsgList_Destroy(&list);
        continue;
      }
      Status s = ns == NATS_OK ? w.ProcessBatch(part, list) : FromNats(ns, "fetch " + part.subject);
      natsMsgList_Destroy(&list);
      if (!s.ok()) w.Recover(part, s);
    }
  }
  Status fin = w.FinishOutbox();
  if (w.leases != nullptr) {  // hand the partitions over now, not after the lease time
    for (Partition& part : w.parts) w.Unbind(part);
    w.leases->ReleaseAll();
  }
  if (!fin.ok()) {
    spdlog::warn("worker {}: {} (the outbox keeps the verdict messages; the next start "
                 "publishes them)", w.o.name, fin.message());
  }
  return Status::OK();
}

}  // namespace vigil
