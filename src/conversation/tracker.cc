#include <algorithm>
#include <mutex>
#include <unordered_map>

#include "conversation/model.h"
#include "conversation/serialize.h"
#include "conversation/state.h"
#include "vigil/conversation.h"

namespace vigil {

using conversation::AgeFacts;
using conversation::Assessment;
using conversation::Category;
using conversation::ConversationState;
using conversation::EvidenceItem;
using conversation::Features;

struct ConversationTracker::Shard {
  mutable std::mutex mu;
  std::unordered_map<uint64_t, ConversationState> map;
};

ConversationTracker::ConversationTracker(ConversationOptions options) : options_(options) {
  options_.stripes = std::clamp(options_.stripes, 1, 4096);
  options_.max_participants = std::clamp(options_.max_participants, 2, 127);
  options_.max_evidence = std::clamp(options_.max_evidence, 1, 1024);
  for (int i = 0; i < options_.stripes; ++i) shards_.push_back(std::make_unique<Shard>());
}

ConversationTracker::~ConversationTracker() = default;

namespace {

constexpr float kEvidenceCue = 0.3f;  // a family counts for evidence at this score

uint32_t CueMask(const MessageCues* cues) {
  uint32_t m = 0;
  if (cues == nullptr) return 0;
  for (int f = 0; f < kNumCueFamilies; ++f) {
    if (cues->score[f] >= kEvidenceCue) m |= 1u << f;
  }
  return m;
}

// Families that count as evidence for a category.
uint32_t CategoryMask(Category c) {
  using F = CueFamily;
  auto bit = [](F f) { return 1u << static_cast<int>(f); };
  uint32_t groom = bit(F::kAgeSignal) | bit(F::kFlattery) | bit(F::kGift) |
                   bit(F::kSupervisionProbe) | bit(F::kSecrecy) | bit(F::kPlatformMigration) |
                   bit(F::kSexualisation) | bit(F::kImageRequest) | bit(F::kComplianceTest) |
                   bit(F::kApproach) | bit(F::kSolicitation);
  uint32_t sext = bit(F::kThreat) | bit(F::kPaymentDemand) | bit(F::kPossessionClaim) |
                  bit(F::kSextortion) | bit(F::kImageRequest) | bit(F::kSexualisation) |
                  bit(F::kPlatformMigration);
  return c == Category::kSextortion ? sext : c == Category::kGrooming ? groom : 0;
}

const char* CategoryName(Category c) {
  return c == Category::kGrooming ? "grooming" : c == Category::kSextortion ? "sextortion" : "";
}

void FillInfo(const ConversationState& c, const ConversationMessage& msg, const Assessment* a,
              ConversationInfo* info) {
  info->id.assign(msg.conversation);
  info->risk = c.risk;
  info->alert = c.alert != Category::kNone;
  if (!info->alert || c.suspect < 0) {
    info->category.clear();
    info->suspect.clear();
    info->stage.clear();
    info->evidence.clear();
    return;
  }
  info->category = CategoryName(c.alert);
  info->evidence.clear();
  info->suspect = c.parts[c.suspect].name;
  info->stage = conversation::StageName(c.stage);
  // Arrival order: the kept first items, then the ring from its oldest slot.
  size_t n = c.evidence.size();
  size_t keep = std::min<size_t>(conversation::kKeepFirstEvidence, n);
  auto add = [&](const EvidenceItem& e) {
    if (e.sender == c.suspect) info->evidence.push_back(e.message_id);
  };
  for (size_t i = 0; i < keep; ++i) add(c.evidence[i]);
  size_t ring = n - keep;
  for (size_t i = 0; i < ring; ++i) add(c.evidence[keep + (c.ring_next + i) % ring]);
  (void)a;
}


struct Candidate {
  int slot = -1;
  Features f;
  Assessment a;
  Category cat = Category::kNone;
};

}  // namespace

// Scores the sender, the addressee when the sender's age facts changed (a
// child stating an age raises the risk of who they talk to) and the current
// suspect; raises, keeps or upgrades the alert.
void ConversationTracker::Assess(ConversationState& c, int s, int r, uint32_t mask, int64_t now,
                                 const ConversationMessage& msg, ConversationUpdate* out) const {
  float thr = static_cast<float>(options_.alert_threshold);
  Candidate cands[3];
  int n = 0;
  for (int slot : {s, r, static_cast<int>(c.suspect)}) {
    if (slot < 0) continue;
    bool dup = false;
    for (int i = 0; i < n; ++i) dup = dup || cands[i].slot == slot;
    const auto& p = c.parts[slot];
    if (dup || (p.families_seen == 0 && p.age_asks == 0 && slot != c.suspect)) continue;
    Candidate& k = cands[n++];
    k.slot = slot;
    k.f = conversation::Extract(c, slot, now, options_.half_life_ms);
    k.a = conversation::Score(k.f);
    k.cat = k.a.Alerting(thr);
  }
  const Candidate* chosen = nullptr;
  if (c.alert == Category::kNone) {
    for (int i = 0; i < n; ++i) {
      const Candidate& k = cands[i];
      if (chosen == nullptr || (k.cat != Category::kNone) > (chosen->cat != Category::kNone) ||
          ((k.cat != Category::kNone) == (chosen->cat != Category::kNone) &&
           k.a.Risk() > chosen->a.Risk()))
        chosen = &k;
    }
    if (chosen == nullptr) return;
    c.risk = chosen->a.Risk();
    if (chosen->cat == Category::kNone) return;
    c.alert = chosen->cat;
    c.suspect = static_cast<int8_t>(chosen->slot);
    out->alert_now = true;
  } else {
    for (int i = 0; i < n; ++i) {
      if (cands[i].slot == c.suspect) chosen = &cands[i];
    }
    if (chosen == nullptr) return;
    // Sticky alert and suspect; the category may move from grooming to
    // sextortion when the suspect starts coercing.
    if (chosen->cat == Category::kSextortion && c.alert == Category::kGrooming) {
      c.alert = Category::kSextortion;
      out->category_changed = true;
    }
  }
  const Assessment& a = chosen->a;
  float score = c.alert == Category::kSextortion ? a.sextortion : a.grooming;
  c.risk = std::max(c.risk, score);
  uint8_t stage = c.alert == Category::kSextortion && a.sextortion_stage != conversation::kStageNone
                      ? a.sextortion_stage
                      : a.grooming_stage;
  if (stage != conversation::kStageNone) c.stage = stage;
  auto& sus = c.parts[c.suspect];
  if (sus.name.empty()) sus.name.assign(c.suspect == s ? msg.sender : msg.recipient);
  out->adds_evidence = s == c.suspect && (mask & CategoryMask(c.alert)) != 0;
  out->score = score;
  if (out->alert_now || out->adds_evidence || out->category_changed) {
    out->explanation = conversation::Explain(chosen->f, a, c.alert);
  }
}

namespace {
}  // namespace

Status ConversationTracker::Update(const ConversationMessage& msg, ConversationUpdate* out) {
  if (msg.conversation.empty()) return InvalidArgumentError("message has no conversation id");
  out->alert_now = out->adds_evidence = out->category_changed = false;
  out->score = 0.0;
  out->explanation.clear();
  uint64_t key = conversation::HashId(msg.conversation);
  Shard& shard = *shards_[key % shards_.size()];
  AgeFacts facts = conversation::ExtractAgeFacts(msg.text);

  std::lock_guard<std::mutex> lock(shard.mu);
  ConversationState& c = shard.map[key];
  int s = conversation::Slot(c, msg.sender.empty() ? std::string_view("?") : msg.sender,
                             options_.max_participants);
  int r = conversation::Slot(c, msg.recipient, options_.max_participants, s);
  if (r < 0 && c.parts.size() == 2) r = s == 0 ? 1 : 0;
  if (r == s) r = -1;
  int64_t ts = msg.ts_ms;
  if (c.messages == 0 || (ts > 0 && (c.first_ts == 0 || ts < c.first_ts))) c.first_ts = ts;
  if (ts > c.last_ts) c.last_ts = ts;
  int64_t now = c.last_ts;  // decay never runs backwards for late messages
  ++c.messages;

  conversation::Participant& sp = c.parts[s];
  int8_t age_before = sp.self_age;
  int8_t recipient_age_before = r >= 0 ? c.parts[r].self_age : conversation::kUnknownAge;
  uint8_t asks_before = sp.age_asks, kin_before = sp.kinship;
  conversation::AddCues(sp, msg.cues, std::max(ts, sp.decay_ts), options_.half_life_ms);
  conversation::AddAgeFacts(c, s, r, facts);
  uint32_t mask = CueMask(msg.cues);
  bool age_changed = sp.self_age != age_before || sp.age_asks != asks_before ||
                     sp.kinship != kin_before ||
                     (r >= 0 && c.parts[r].self_age != recipient_age_before);
  if ((mask != 0 || age_changed) && sp.name.empty()) sp.name.assign(msg.sender);
  if (mask != 0) {
    if (r >= 0) sp.target = static_cast<int8_t>(r);
    conversation::AddEvidence(c, msg.id, ts, mask, s, r, options_.max_evidence);
  }

  bool assess = mask != 0 || age_changed || c.alert != Category::kNone;
  if (assess) Assess(c, s, age_changed ? r : -1, mask, now, msg, out);
  FillInfo(c, msg, nullptr, &out->info);
  return Status::OK();
}

size_t ConversationTracker::EvictIdle(int64_t now_ms) {
  size_t dropped = 0;
  for (auto& shard : shards_) {
    std::lock_guard<std::mutex> lock(shard->mu);
    for (auto it = shard->map.begin(); it != shard->map.end();) {
      if (it->second.last_ts + options_.idle_evict_ms < now_ms) {
        it = shard->map.erase(it);
        ++dropped;
      } else {
        ++it;
      }
    }
  }
  return dropped;
}

size_t ConversationTracker::size() const {
  size_t n = 0;
  for (const auto& shard : shards_) {
    std::lock_guard<std::mutex> lock(shard->mu);
    n += shard->map.size();
  }
  return n;
}

size_t ConversationTracker::ApproxBytes() const {
  // unordered_map node: next pointer + cached hash + key/value; plus buckets.
  constexpr size_t kNode = sizeof(void*) + sizeof(size_t) +
                           sizeof(std::pair<const uint64_t, ConversationState>) + 16;
  size_t n = 0;
  for (const auto& shard : shards_) {
    std::lock_guard<std::mutex> lock(shard->mu);
    n += shard->map.bucket_count() * sizeof(void*) + shard->map.size() * kNode;
    for (const auto& [k, c] : shard->map) n += conversation::HeapBytes(c);
  }
  return n;
}

std::string ConversationTracker::Checkpoint() const {
  conversation::Writer w;
  w.Header(size());
  for (const auto& shard : shards_) {
    std::lock_guard<std::mutex> lock(shard->mu);
    for (const auto& [k, c] : shard->map) w.Conversation(k, c);
  }
  return w.Finish();
}

Status ConversationTracker::Restore(std::string_view bytes) {
  std::vector<std::pair<uint64_t, ConversationState>> all;
  VIGIL_RETURN_IF_ERROR(conversation::ReadCheckpoint(bytes, &all));
  std::vector<std::unique_ptr<Shard>> fresh;
  for (size_t i = 0; i < shards_.size(); ++i) fresh.push_back(std::make_unique<Shard>());
  for (auto& [k, c] : all) fresh[k % fresh.size()]->map.emplace(k, std::move(c));
  for (size_t i = 0; i < shards_.size(); ++i) {
    std::lock_guard<std::mutex> lock(shards_[i]->mu);
    shards_[i]->map.swap(fresh[i]->map);
  }
  return Status::OK();
}

std::string ConversationTracker::CheckpointConversation(std::string_view conversation) const {
  uint64_t key = conversation::HashId(conversation);
  const Shard& shard = *shards_[key % shards_.size()];
  std::lock_guard<std::mutex> lock(shard.mu);
  auto it = shard.map.find(key);
  if (it == shard.map.end()) return {};
  conversation::Writer w;
  w.Header(1);
  w.Conversation(key, it->second);
  return w.Finish();
}

Status ConversationTracker::RestoreConversation(std::string_view conversation,
                                                std::string_view bytes) {
  uint64_t key = conversation::HashId(conversation);
  Shard& shard = *shards_[key % shards_.size()];
  if (bytes.empty()) {
    std::lock_guard<std::mutex> lock(shard.mu);
    shard.map.erase(key);
    return Status::OK();
  }
  std::vector<std::pair<uint64_t, ConversationState>> all;
  VIGIL_RETURN_IF_ERROR(conversation::ReadCheckpoint(bytes, &all));
  if (all.size() != 1 || all[0].first != key) {
    return InvalidArgumentError("conversation checkpoint: expected exactly the state of the "
                                "requested conversation, got " +
                                std::to_string(all.size()) + " conversation(s)" +
                                (all.size() == 1 ? " under another key" : ""));
  }
  std::lock_guard<std::mutex> lock(shard.mu);
  shard.map.insert_or_assign(key, std::move(all[0].second));
  return Status::OK();
}

}  // namespace vigil
