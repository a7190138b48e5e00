// Policy: turns an event's signals into an action with named rules.
#ifndef VIGIL_POLICY_H_
#define VIGIL_POLICY_H_

#include <memory>
#include <string>
#include <string_view>
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

// The built-in table: known_media → block; any other signal with score ≥ 0.5
// → hold; otherwise allow.
std::unique_ptr<Policy> BuiltinPolicy();

// A policy file (TOML; data/policy.toml is the shipped default). Ordered
// [[rule]] tables, each with a unique `name`, an `action` (allow, redact,
// hold, block, report), a `reason`, and conditions that must all hold:
//   signal = "grooming" | [...]         signal types (any of)
//   min_score / max_score = 0..1        score range of the matching signal
//   list / list_category / entity = [..]  known_media list, its category, pii entity
//   max_distance = N                    known_media hash distance at most N
//   min_signals = N                     at least N signals match (default 1)
//   only = true                         every signal of the event matches
//   conversation_category = [..]        conversation alert category
//   conversation_alert = true|false     min_conversation_risk = 0..1
//   platform = [..]  channel = [..]     the event's platform / channel
//   final = true                        later rules are not evaluated once it fires
// Signal conditions are met by one and the same signal. Every rule that
// fires is named in Verdict::rules (in file order) with its reason in
// Verdict::reasons; the strongest action of them wins (allow when none).
//
// Parses `text`; `source` names it in messages. All problems are reported
// at once, one per line, as "SOURCE:LINE: what was wrong and what was expected".
StatusOr<std::unique_ptr<Policy>> ParsePolicy(std::string_view text, std::string_view source);
StatusOr<std::unique_ptr<Policy>> LoadPolicyFile(const std::string& path);

}  // namespace vigil

#endif  // VIGIL_POLICY_H_
