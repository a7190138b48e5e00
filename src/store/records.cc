#include <openssl/hmac.h>

#include "core/hex.h"
#include "vigil/store.h"

namespace vigil {

std::string Pseudonymizer::Hash(std::string_view domain, std::string_view id) const {
  if (id.empty()) return {};
  std::string msg(domain);
  msg.push_back('\0');
  msg.append(id);
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), key_.data(), static_cast<int>(key_.size()),
       reinterpret_cast<const unsigned char*>(msg.data()), msg.size(), mac, &len);
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
