// Signals and verdicts (design section 5).
#ifndef VIGIL_VERDICT_H_
#define VIGIL_VERDICT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace vigil {

enum class SignalType : uint8_t {
  kKnownMedia,
  kGrooming,
  kSextortion,
  kSolicitation,
  kCsamTrading,
  kDoxing,
  kPii,
};
inline constexpr int kNumSignalTypes = 7;

std::string_view SignalTypeName(SignalType t);       // "known_media", ...
bool ParseSignalType(std::string_view name, SignalType* out);

// Actions in increasing strength: the strongest action of all fired rules wins.
enum class Action : uint8_t { kAllow = 0, kRedact, kHold, kBlock, kReport };
inline constexpr int kNumActions = 5;
std::string_view ActionName(Action a);
bool ParseAction(std::string_view name, Action* out);

// A span of evidence in the event's original text: UTF-8 byte offsets, end exclusive.
struct EvidenceSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string term;  // the lexicon term or rule that matched (never raw PII)
};

// Extra detector-specific fields written verbatim into the signal object.
using AttrValue = std::variant<bool, int64_t, double, std::string>;
struct Attr {
  std::string key;
  AttrValue value;
};

struct Signal {
  SignalType type = SignalType::kKnownMedia;
  double score = 0.0;
  // known_media
  int media = -1;          // index into event.media
  std::string list;        // hash list name
  std::string entry;       // list entry id
  std::string category;    // list category (or text category detail)
  int distance = -1;       // PDQ Hamming distance; 0 for exact digests
  std::string hash_type;   // "md5", "sha1", "sha256", "pdq"
  // pii
  std::string entity;      // "cn_resident_id", "phone", ...
  int64_t start = -1;      // byte span in the original text
  int64_t end = -1;
  // text and conversation signals
  std::vector<EvidenceSpan> evidence;
  std::string explanation;
  std::vector<Attr> extra;
};

// The conversation summary attached when an event has a conversation id.
struct ConversationInfo {
  std::string id;
  double risk = 0.0;
  bool alert = false;
  std::string category;  // "grooming" | "sextortion" | "" when no alert
  std::string suspect;
  std::string stage;
  std::vector<std::string> evidence;  // message ids
};

struct Verdict {
  std::string id;
  Action action = Action::kAllow;
  std::vector<Signal> signals;
  std::vector<std::string> rules;  // names of the policy rules that fired
  std::vector<std::string> reasons;
  std::optional<ConversationInfo> conversation;
  std::optional<std::string> redacted_text;

  void Clear();
};

}  // namespace vigil

#endif  // VIGIL_VERDICT_H_
