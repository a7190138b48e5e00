// libFuzzer target: conversation checkpoints are untrusted bytes (a worker
// restores them from storage). Restore must refuse or accept without UB, and
// an accepted state must survive updates and a second checkpoint.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vigil/conversation.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  vigil::ConversationTracker t;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!t.Restore(bytes).ok()) return 0;
  vigil::MessageCues cues;
  cues.score[0] = 1.0f;
  vigil::ConversationMessage m;
  m.conversation = "c";
  m.id = "m";
  m.sender = "a";
  m.recipient = "b";
  m.cues = &cues;
  vigil::ConversationUpdate u;
  (void)t.Update(m, &u);
  (void)t.Checkpoint();
  t.EvictIdle(INT64_MAX / 2);
  return 0;
}
