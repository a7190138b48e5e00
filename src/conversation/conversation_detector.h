// The `conversation` detector: folds every event that has a conversation id
// into a ConversationTracker (reading the text engine's MessageCues from the
// scan context), fills verdict->conversation, and adds a grooming/sextortion
// signal on the message that raises the alert and on the suspect's later
// messages that add evidence. Runs after the text detector.
#ifndef VIGIL_CONVERSATION_CONVERSATION_DETECTOR_H_
#define VIGIL_CONVERSATION_CONVERSATION_DETECTOR_H_

#include <memory>

#include "vigil/conversation.h"
#include "vigil/detector.h"

namespace vigil {

class ConversationDetector : public Detector {
 public:
  explicit ConversationDetector(ConversationOptions options)
      : tracker_(std::make_unique<ConversationTracker>(options)) {}
  // Settings (DetectorConfig::settings): conversation.threshold,
  // conversation.half_life_hours, conversation.max_evidence.
  static StatusOr<std::unique_ptr<Detector>> Create(const DetectorConfig& config);

  std::string_view name() const override { return "conversation"; }
  // The table key of the event's conversation: the parser's
  // (Event::conversation_key, so the id is hashed once per event), else
  // computed here.
  static uint64_t KeyOf(const Event& event) {
    return event.conversation_key != 0 ? event.conversation_key
                                       : ConversationTracker::Key(event.conversation);
  }
  // Batch path: stage 0 loads the conversation's record, stage 1 (the record
  // is then in cache) its cue lines, so that Finish's Update finds both.
  // Stage 1 never waits: it is skipped while another thread holds the
  // conversation's stripe.
  void Prefetch(const Event& event, int stage) const override {
    if (event.conversation.empty()) return;
    const uint64_t key = KeyOf(event);
    if (stage == 0) {
      tracker_->Prefetch(key);
    } else {
      tracker_->PrefetchCueState(key);
    }
  }
  // Only hints the CPU to load the conversation's record: the pipeline runs
  // every detector's Detect before any Finish, so the load overlaps the
  // other detectors' Finish and the age-fact scan of this event's Update.
  Status Detect(const Event& event, ScanContext& ctx, std::vector<Signal>* out) const override {
    if (!event.conversation.empty()) tracker_->Prefetch(KeyOf(event));
    return Status::OK();
  }
  Status Finish(const Event& event, ScanContext& ctx, std::vector<Signal>* signals,
                Verdict* verdict) const override;

  std::string SaveConversation(std::string_view conversation) const override {
    return tracker_->CheckpointConversation(conversation);
  }
  Status RestoreConversation(std::string_view conversation,
                             std::string_view bytes) const override {
    return tracker_->RestoreConversation(conversation, bytes);
  }

  ConversationTracker& tracker() const { return *tracker_; }

 private:
  std::unique_ptr<ConversationTracker> tracker_;  // guards its own state
};

}  // namespace vigil

#endif  // VIGIL_CONVERSATION_CONVERSATION_DETECTOR_H_
