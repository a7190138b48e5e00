// Input events (design section 4): one JSON object per line, only `id` required.
#ifndef VIGIL_EVENT_H_
#define VIGIL_EVENT_H_

#include <cstdint>
#include <string>
#include <vector>

namespace vigil {

// One media item of an event: a file to read and hash (`path`), or hashes
// computed elsewhere. Hex fields are normalised to lower case on parse.
struct MediaRef {
  std::string path;
  std::string pdq;     // 64 hex chars
  std::string md5;     // 32 hex chars
  std::string sha1;    // 40 hex chars
  std::string sha256;  // 64 hex chars
  int quality = -1;    // PDQ quality 0..100, -1 when not given
};

struct Event {
  std::string id;
  std::string conversation;
  std::string ts;         // RFC 3339 as given
  int64_t ts_ms = 0;      // ts as Unix milliseconds; 0 when absent
  std::string sender;
  std::string recipient;
  std::string platform;
  std::string channel;
  std::string lang;
  std::string text;       // valid UTF-8 (checked on parse)
  std::vector<MediaRef> media;
  int64_t line = 0;       // 1-based input line, 0 when not read from a file
  // ConversationTracker::Key(conversation), set by EventParser so that the
  // conversation detector hashes the id once per event (prefetch stages,
  // Detect, Finish); 0 = not computed. Whoever changes `conversation` after
  // parsing must reset it to 0.
  uint64_t conversation_key = 0;

  void Clear();
};

}  // namespace vigil

#endif  // VIGIL_EVENT_H_
