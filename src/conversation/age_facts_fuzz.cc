// libFuzzer target: message text is untrusted bytes, and the conversation
// tracker reads an age, a grade, kinship and school life from every message
// (ExtractAgeFacts scans it byte by byte, forwards and backwards). Any bytes
// must give facts within their ranges, without UB, and the same facts twice;
// the tracker must take the text as the message of two participants in turn.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "conversation/age_facts.h"
#include "vigil/conversation.h"

namespace {

void CheckRanges(const vigil::conversation::AgeFacts& f) {
  // Ages are -1 (none) or a plausible age; the bare number is a small count.
  if (f.self_age < -1 || f.self_age > 120) std::abort();
  if (f.other_age < -1 || f.other_age > 120) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto a = vigil::conversation::ExtractAgeFacts(text);
  const auto b = vigil::conversation::ExtractAgeFacts(text);
  CheckRanges(a);
  if (a.self_age != b.self_age || a.other_age != b.other_age || a.kinship != b.kinship) std::abort();
  vigil::ConversationTracker t;
  vigil::ConversationMessage m;
  m.conversation = "c";
  m.text = text;
  const std::string ids[] = {"m0", "m1", "m2", "m3"};
  for (int i = 0; i < 4; ++i) {
    m.id = ids[i];
    m.sender = i % 2 ? "a" : "b";
    m.recipient = i % 2 ? "b" : "a";
    m.ts_ms = 1000 * (i + 1);
    vigil::ConversationUpdate u;
    (void)t.Update(m, &u);
  }
  return 0;
}
