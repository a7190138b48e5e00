// Policy: turns an event's signals into an action with named rules.
#ifndef VIGIL_POLICY_H_
#define VIGIL_POLICY_H_

#include <memory>
#include <string>
#include <vector>

#include "vigil/event.h"
#include "vigil/status.h"
#include "vigil/verdict.h"

namespace vigil {

class Policy {
 public:
  virtual ~Policy() = default;
  // Sets verdict->action, ->rules and ->reasons from verdict->signals.
  virtual void Decide(const Event& event, Verdict* verdict) const = 0;
};

// The built-in table: known_media → block; any other non-pii signal with
// score ≥ 0.5 → hold; pii signals (score ≥ 0.5) alone → redact; otherwise
// allow. When the action is redact the pipeline fills redacted_text.
std::unique_ptr<Policy> BuiltinPolicy();

}  // namespace vigil

#endif  // VIGIL_POLICY_H_
