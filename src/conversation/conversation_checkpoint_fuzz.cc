// libFuzzer target: conversation checkpoints are untrusted bytes (a worker
// restores them from storage). Restore must refuse or accept without UB, and
// an accepted state must survive updates, eviction and a second checkpoint.
// The input is used twice: as raw bytes (header and checksum checks), and
// as a payload with a valid checksum appended, so the fuzzer reaches the
// field parser behind the checksum.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "conversation/serialize.h"
#include "vigil/conversation.h"

namespace {

void Exercise(std::string_view bytes) {
  vigil::ConversationTracker t;
  if (!t.Restore(bytes).ok()) return;
  vigil::MessageCues cues;
  cues.score[0] = 1.0f;
  cues.score[4] = 1.0f;
  vigil::ConversationMessage m;
  m.conversation = "c";
  m.id = "m";
  m.sender = "a";
  m.recipient = "b";
  m.text = "im 12";
  m.cues = &cues;
  vigil::ConversationUpdate u;
  (void)t.Update(m, &u);
  std::string again = t.Checkpoint();
  vigil::ConversationTracker t2;
  if (!t2.Restore(again).ok()) __builtin_trap();  // our own output must load
  t.EvictIdle(INT64_MAX / 2);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  Exercise(raw);
  std::string payload(raw);
  uint64_t h = vigil::conversation::Fnv1a(payload);
  payload.append(reinterpret_cast<const char*>(&h), sizeof(h));
  Exercise(payload);
  return 0;
}
