// Checkpoint bytes of the conversation tracker.
//
// Layout (little endian): magic "VGCONVST", u32 version, u32 flags (0),
// u64 conversation count, the conversations, then u64 FNV-1a of every byte
// before it. A conversation: u64 key, i64 first_ts, i64 last_ts, u32
// messages, u32 ring_next, f32 risk, u8 alert, i8 suspect, u8 stage,
// i8 last_asker, u32 last_ask_msg, u8 participant count, the participants,
// u16 evidence count, the evidence items. Strings are u16 length + bytes.
// A participant's masses are stored as of its decay_ts (decayed on read).
// Conversation key 0 is reserved (an empty table slot) and refused.
#ifndef VIGIL_CONVERSATION_SERIALIZE_H_
#define VIGIL_CONVERSATION_SERIALIZE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "conversation/state.h"
#include "vigil/status.h"

namespace vigil::conversation {

class Writer {
 public:
  void Header(uint64_t count);
  void SetCount(uint64_t count);  // rewrites the header's conversation count
  void Conversation(uint64_t key, const ConversationState& c);
  std::string Finish();  // appends the checksum

 private:
  template <typename T>
  void Put(T v);
  void Str(std::string_view s);
  std::string out_;
};

// Parses a whole checkpoint, handing each conversation (its key set) to
// `sink`; refuses bad magic, a newer version, a checksum mismatch,
// truncation and out-of-range fields, naming the byte offset. On an error,
// `sink` may already have received some conversations: the caller discards
// them (Restore builds fresh tables and swaps them in only on success).
Status ReadCheckpoint(std::string_view bytes,
                      const std::function<void(ConversationState&&)>& sink);

uint64_t Fnv1a(std::string_view bytes);

}  // namespace vigil::conversation

#endif  // VIGIL_CONVERSATION_SERIALIZE_H_
