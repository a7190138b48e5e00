#include "vigil/verdict.h"

#include <array>

#include "vigil/event.h"

namespace vigil {
namespace {
constexpr std::array<std::string_view, kNumSignalTypes> kSignalNames = {
    "known_media", "grooming", "sextortion", "solicitation", "csam_trading", "doxing", "pii"};
constexpr std::array<std::string_view, kNumActions> kActionNames = {"allow", "redact", "hold",
                                                                     "block", "report"};
}  // namespace

std::string_view SignalTypeName(SignalType t) { return kSignalNames[static_cast<int>(t)]; }

bool ParseSignalType(std::string_view name, SignalType* out) {
  for (int i = 0; i < kNumSignalTypes; ++i) {
    if (kSignalNames[i] == name) {
      *out = static_cast<SignalType>(i);
      return true;
    }
  }
  return false;
}

std::string_view ActionName(Action a) { return kActionNames[static_cast<int>(a)]; }

bool ParseAction(std::string_view name, Action* out) {
  for (int i = 0; i < kNumActions; ++i) {
    if (kActionNames[i] == name) {
      *out = static_cast<Action>(i);
      return true;
    }
  }
  return false;
}

void Verdict::Clear() {
  id.clear();
  action = Action::kAllow;
  signals.clear();
  rules.clear();
  reasons.clear();
  conversation.reset();
  redacted_text.reset();
}

void Event::Clear() {
  id.clear();
  conversation.clear();
  ts.clear();
  ts_ms = 0;
  sender.clear();
  recipient.clear();
  platform.clear();
  channel.clear();
  lang.clear();
  text.clear();
  media.clear();
  line = 0;
  conversation_key = 0;
}

}  // namespace vigil
