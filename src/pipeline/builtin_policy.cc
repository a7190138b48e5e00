#include "vigil/policy.h"

namespace vigil {
namespace {

class BuiltinTablePolicy : public Policy {
 public:
  void Decide(const Event& event, Verdict* v) const override {
    v->action = Action::kAllow;
    bool media = false, other = false, pii = false;
    for (const auto& s : v->signals) {
      if (s.type == SignalType::kKnownMedia) {
        media = true;
      } else if (s.type == SignalType::kPii) {
        pii = pii || s.score >= 0.5;
      } else if (s.score >= 0.5) {
        other = true;
      }
    }
    if (pii && !other) {
      v->action = Action::kRedact;
      v->rules.push_back("builtin.pii_redact");
    }
    if (other) {
      v->action = Action::kHold;
      v->rules.push_back("builtin.signal_hold");
    }
    if (media) {
      v->action = Action::kBlock;
      v->rules.push_back("builtin.known_media_block");
    }
  }
};

}  // namespace

std::unique_ptr<Policy> BuiltinPolicy() { return std::make_unique<BuiltinTablePolicy>(); }

}  // namespace vigil
