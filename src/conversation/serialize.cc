#include "conversation/serialize.h"

#include <cstring>

#include "vigil/conversation.h"

namespace vigil::conversation {
namespace {

constexpr char kMagic[8] = {'V', 'G', 'C', 'O', 'N', 'V', 'S', 'T'};
constexpr size_t kMaxString = 4096;

class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  template <typename T>
  bool Get(T* v) {
    if (b_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(v, b_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool Str(std::string* s) {
    uint16_t n = 0;
    if (!Get(&n) || n > kMaxString || b_.size() - pos_ < n) return false;
    s->assign(b_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  size_t pos() const { return pos_; }

 private:
  std::string_view b_;
  size_t pos_ = 0;
};

Status Bad(const Reader& r, const std::string& what) {
  return CorruptionError("conversation checkpoint: byte " + std::to_string(r.pos()) + ": " + what);
}

bool ReadParticipant(Reader& r, uint32_t version, uint64_t* id, uint32_t* messages, Participant* p,
                     CueMass* m, std::string* name) {
  return r.Get(id) && r.Get(&m->decay_ts) && r.Get(messages) && r.Get(&p->families_seen) &&
         r.Get(&m->mass) && r.Get(&p->self_age) && r.Get(&p->age_asks) && r.Get(&p->target) &&
         r.Get(&p->kinship) && (version < 3 || r.Get(&p->school)) && r.Str(name);
}

Status ReadConversation(Reader& r, uint32_t version, uint64_t* key, ConversationState* c) {
  uint8_t alert = 0, nparts = 0;
  uint32_t ring_next = 0;
  if (!(r.Get(key) && r.Get(&c->first_ts) && r.Get(&c->last_ts) && r.Get(&c->messages) &&
        r.Get(&ring_next) && r.Get(&c->risk) && r.Get(&alert) && r.Get(&c->suspect) &&
        r.Get(&c->stage) && r.Get(&c->last_asker) && r.Get(&c->last_ask_msg) && r.Get(&nparts)))
    return Bad(r, "truncated conversation header");
  if (*key == 0) return Bad(r, "conversation key 0 (reserved)");
  c->key = *key;
  if (alert > 2) return Bad(r, "alert category " + std::to_string(alert) + " (expected 0..2)");
  c->alert = static_cast<Category>(alert);
  if (nparts > 127) return Bad(r, "participant count over 127");
  if (!(c->risk >= 0.0f && c->risk <= 1.0f)) return Bad(r, "risk outside [0,1]");
  std::string name;
  for (int i = 0; i < nparts; ++i) {
    uint64_t id = 0;
    uint32_t messages = 0;
    Participant p;
    CueMass m;
    if (!ReadParticipant(r, version, &id, &messages, &p, &m, &name)) {
      return Bad(r, "truncated participant");
    }
    c->AddPart(id) = p;
    c->part_messages(i) = messages;
    if (p.target >= nparts) return Bad(r, "participant target out of range");
    if (!name.empty()) c->SetName(i, name);
    if (m.decay_ts != 0 || m.mass != kNoCueMass.mass) c->MutableMass(i) = m;
  }
  if (version >= 2 && !r.Get(&c->last_sender)) return Bad(r, "truncated conversation header");
  if (c->suspect >= nparts || c->last_asker >= nparts || c->last_sender >= nparts)
    return Bad(r, "suspect, asker or last sender slot out of range");
  if (c->alert != Category::kNone && c->suspect < 0) return Bad(r, "alert without a suspect");
  uint16_t nev = 0;
  if (!r.Get(&nev) || nev > 1024) return Bad(r, "evidence count missing or over 1024");
  c->ring_next = ring_next;
  c->evidence_items.resize(nev);
  for (auto& e : c->evidence_items) {
    if (!(r.Str(&e.message_id) && r.Get(&e.ts) && r.Get(&e.families) && r.Get(&e.sender) &&
          r.Get(&e.recipient)))
      return Bad(r, "truncated evidence item");
    if (e.sender >= nparts || e.recipient >= nparts) return Bad(r, "evidence slot out of range");
  }
  return Status::OK();
}

}  // namespace

uint64_t Fnv1a(std::string_view bytes) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ULL;
  return h;
}

template <typename T>
void Writer::Put(T v) {
  char buf[sizeof(T)];
  std::memcpy(buf, &v, sizeof(T));
  out_.append(buf, sizeof(T));
}

void Writer::Str(std::string_view s) {
  s = s.substr(0, kMaxString);
  Put(static_cast<uint16_t>(s.size()));
  out_.append(s);
}

void Writer::Header(uint64_t count) {
  out_.append(kMagic, sizeof(kMagic));
  Put(kConversationCheckpointVersion);
  Put(uint32_t{0});
  Put(count);
}

void Writer::Conversation(uint64_t key, const ConversationState& c) {
  Put(key);
  Put(c.first_ts);
  Put(c.last_ts);
  Put(c.messages);
  Put(c.ring_next);
  Put(c.risk);
  Put(static_cast<uint8_t>(c.alert));
  Put(c.suspect);
  Put(c.stage);
  Put(c.last_asker);
  Put(c.last_ask_msg);
  Put(static_cast<uint8_t>(c.size()));
  for (int i = 0; i < c.size(); ++i) {
    const Participant& p = c.part(i);
    const CueMass& m = c.mass(i);
    Put(c.part_id(i));
    Put(m.decay_ts);
    Put(c.part_messages(i));
    Put(p.families_seen);
    Put(m.mass);
    Put(p.self_age);
    Put(p.age_asks);
    Put(p.target);
    Put(p.kinship);
    Put(p.school);
    Str(c.name(i));
  }
  Put(c.last_sender);
  auto evidence = c.evidence();
  Put(static_cast<uint16_t>(evidence.size()));
  for (const auto& e : evidence) {
    Str(e.message_id);
    Put(e.ts);
    Put(e.families);
    Put(e.sender);
    Put(e.recipient);
  }
}

void Writer::SetCount(uint64_t count) {
  constexpr size_t kCountAt = sizeof(kMagic) + 4 + 4;
  if (out_.size() >= kCountAt + sizeof(count)) std::memcpy(out_.data() + kCountAt, &count, sizeof(count));
}

std::string Writer::Finish() {
  Put(Fnv1a(out_));
  return std::move(out_);
}

Status ReadCheckpoint(std::string_view bytes,
                      const std::function<void(ConversationState&&)>& sink) {
  constexpr size_t kHeader = sizeof(kMagic) + 4 + 4 + 8;
  if (bytes.size() < kHeader + 8) {
    return CorruptionError("conversation checkpoint: " + std::to_string(bytes.size()) +
                           " bytes is shorter than the header and checksum");
  }
  if (std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return CorruptionError("conversation checkpoint: bad magic (expected \"VGCONVST\")");
  }
  Reader r(bytes.substr(0, bytes.size() - 8));
  char magic[8];
  uint32_t version = 0, flags = 0;
  uint64_t count = 0;
  (void)r.Get(&magic);
  (void)r.Get(&version);
  (void)r.Get(&flags);
  (void)r.Get(&count);
  if (version > kConversationCheckpointVersion) {
    return FailedPreconditionError("conversation checkpoint: version " + std::to_string(version) +
                                   " is newer than this build reads (" +
                                   std::to_string(kConversationCheckpointVersion) + ")");
  }
  if (version == 0) return CorruptionError("conversation checkpoint: version 0 is invalid");
  uint64_t stored = 0;
  std::memcpy(&stored, bytes.data() + bytes.size() - 8, 8);
  if (stored != Fnv1a(bytes.substr(0, bytes.size() - 8))) {
    return CorruptionError("conversation checkpoint: checksum mismatch (corrupt or truncated)");
  }
  if (flags != 0) return Bad(r, "unknown flags " + std::to_string(flags));
  // Each conversation takes at least 40 bytes: bound the count before reserving.
  if (count > bytes.size() / 40) return Bad(r, "conversation count larger than the data");
  for (uint64_t i = 0; i < count; ++i) {
    uint64_t key = 0;
    ConversationState c;
    VIGIL_RETURN_IF_ERROR(ReadConversation(r, version, &key, &c));
    sink(std::move(c));
  }
  if (r.pos() != bytes.size() - 8) return Bad(r, "trailing bytes after the last conversation");
  return Status::OK();
}

}  // namespace vigil::conversation
