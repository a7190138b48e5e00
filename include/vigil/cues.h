// Per-message cues: the contract between the text engine (which finds them)
// and the conversation model (which accumulates them per participant).
//
// The text detector leaves one MessageCues per event in the ScanContext slot
// ctx.Slot<MessageCues>() (cleared and refilled for every event, even when
// empty); detectors that run later read it.
#ifndef VIGIL_CUES_H_
#define VIGIL_CUES_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace vigil {

// Cue families of ../shared/reference/grooming-cues.md (sections 2–4) plus
// the message-level harm categories. Append only: the numeric values are
// persisted in conversation checkpoints.
enum class CueFamily : uint8_t {
  kAgeSignal = 0,        // age/identity probing, stated minor age, school grades
  kFlattery,             // flattery and special bond
  kGift,                 // gifts, game currency, gift cards, red packets
  kSupervisionProbe,     // are your parents home, alone, delete chats
  kSecrecy,              // our secret, don't tell (isolation)
  kPlatformMigration,    // add me on X, private chat, video call
  kSexualisation,        // sexualised talk / desensitisation (non-graphic lexicon)
  kImageRequest,         // send a pic / private photo
  kComplianceTest,       // just one, prove you trust me
  kApproach,             // where do you live, meet, pick you up
  kThreat,               // I will share/post/send your pictures
  kPaymentDemand,        // pay / gift card / transfer, deadlines
  kPossessionClaim,      // I have your pics / screenshots
  kSolicitation,         // message category: paid sexual services, soliciting minors
  kCsamTrading,          // message category: selling/advertising abuse material
  kSextortion,           // message category: threat to spread intimate images
  kCount
};
inline constexpr int kNumCueFamilies = static_cast<int>(CueFamily::kCount);

std::string_view CueFamilyName(CueFamily f);  // "age_signal", "flattery", ...
bool ParseCueFamily(std::string_view name, CueFamily* out);

struct CueHit {
  CueFamily family;
  float weight;      // lexicon weight of the matched entry (0..1)
  uint32_t start;    // UTF-8 byte span in the event's original text
  uint32_t end;
  uint32_t term_id;  // lexicon entry id (for explanations), or UINT32_MAX
};

struct MessageCues {
  std::vector<CueHit> hits;
  // Per-family strength of this message in [0,1] (after allow-list and
  // co-occurrence rules), for models that do not need the spans.
  std::array<float, kNumCueFamilies> score{};

  void Clear() {
    hits.clear();
    score.fill(0.0f);
  }
};

}  // namespace vigil

#endif  // VIGIL_CUES_H_
