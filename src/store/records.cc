#include <sodium.h>

#include "core/hex.h"
#include "vigil/store.h"

namespace vigil {

// HMAC-SHA-256 keyed once: the per-hash cost is a struct copy and two SHA-256
// compressions, not a key schedule (this runs several times per event).
struct Pseudonymizer::State {
  crypto_auth_hmacsha256_state keyed;
};

Pseudonymizer::Pseudonymizer(std::string_view key) {
  auto st = std::make_shared<State>();
  crypto_auth_hmacsha256_init(&st->keyed, reinterpret_cast<const unsigned char*>(key.data()),
                              key.size());
  state_ = std::move(st);
}

std::string Pseudonymizer::Hash(std::string_view domain, std::string_view id) const {
  if (id.empty()) return {};
  crypto_auth_hmacsha256_state st = state_->keyed;
  const unsigned char zero = 0;
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(domain.data()),
                                domain.size());
  crypto_auth_hmacsha256_update(&st, &zero, 1);
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(id.data()), id.size());
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_final(&st, mac);
  return ToHex(mac, 16);
}

std::string CaseIdFor(const Event& event, Action action, const Pseudonymizer& pseudo) {
  if (action < Action::kHold) return {};
  if (!event.conversation.empty()) return "case-c" + pseudo.Hash("case", event.conversation).substr(0, 20);
  return "case-e" + pseudo.Hash("case-event", event.id).substr(0, 20);
}

VerdictRecord MakeVerdictRecord(const Event& event, const Verdict& verdict,
                                const Pseudonymizer& pseudo, int64_t now_ms) {
  VerdictRecord r;
  r.event_id = event.id;
  r.ts_ms = event.ts_ms != 0 ? event.ts_ms : now_ms;
  r.platform = event.platform;
  r.channel = event.channel;
  r.conversation = pseudo.Hash("conversation", event.conversation);
  r.account = pseudo.Hash("account", event.sender);
  r.action = verdict.action;
  r.rules = verdict.rules;
  for (const Signal& s : verdict.signals) {
    SignalRecord sr;
    sr.type = s.type;
    sr.score = s.score;
    sr.list = s.list;
    sr.entry = s.entry;
    sr.category = s.category;
    sr.entity = s.entity;
    sr.hash_type = s.hash_type;
    sr.media = s.media;
    sr.distance = s.distance;
    r.signals.push_back(std::move(sr));
    if (s.type == SignalType::kKnownMedia) {
      r.sightings.push_back(
          {s.list, s.entry, s.category, r.ts_ms, event.platform, event.channel, r.account});
    }
  }
  r.case_id = CaseIdFor(event, verdict.action, pseudo);
  return r;
}

}  // namespace vigil
