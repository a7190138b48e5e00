// Conversation monitoring: per-conversation state built from per-message cues
// (vigil/cues.h) and an interpretable risk model that raises an early alert
// for grooming or sextortion, naming the suspect, the stage and the evidence.
//
// A ConversationTracker holds the state of every active conversation. It is
// thread-safe (spin-lock stripes, each an open-addressing table of fixed-size
// records keyed by a 64-bit hash of the conversation id); the caller keeps
// each conversation's messages in order (a stream worker partitions by
// conversation). Timestamps may still arrive out of order: time decay never
// runs backwards.
//
// Cost: an update allocates nothing unless it creates the conversation's heap
// block (its first cue or name; a two-party chat's names live in it), grows
// its evidence list (4, then 16 items) or keeps a message id over 15 bytes,
// adds a participant beyond two, or
// (amortised) grows a table; age facts are read from a non-empty
// `text` (which copies it once). A two-party conversation without cues lives in one
// 128-byte record (two adjacent cache lines). A caller with a batch of
// messages calls UpdateBatch (a software pipeline: each message's loads are
// requested several messages before its update, so the misses overlap); a
// caller that gets one message at a time can pass the precomputed key
// (Key()) and Prefetch() a later message's record (and PrefetchCueState()
// its cue lines) while updating this one.
//
// Memory: a conversation costs its 128-byte record plus table slack (239
// bytes RSS each at 10 M two-party conversations, 10% with cues), and a heap
// block of a few hundred bytes once it has cues (masses, names, evidence);
// participants and evidence lists are capped, so a conversation of any
// length stays bounded. Idle conversations are dropped by EvictIdle().
// Checkpoint()/Restore() move the complete state to and from bytes.
#ifndef VIGIL_CONVERSATION_H_
#define VIGIL_CONVERSATION_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/cues.h"
#include "vigil/event.h"
#include "vigil/status.h"
#include "vigil/verdict.h"

namespace vigil {
namespace conversation {
struct AgeFacts;
struct ConversationState;
struct CueBits;
struct Stripe;
}

struct ConversationOptions {
  // Cue evidence halves every `half_life_ms` of conversation time (grooming
  // runs over weeks, so the default is long).
  int64_t half_life_ms = 14LL * 24 * 3600 * 1000;
  // EvictIdle(now) drops conversations whose last message is older than this.
  int64_t idle_evict_ms = 30LL * 24 * 3600 * 1000;
  int max_participants = 64;  // further senders share the least active slot
  int max_evidence = 16;      // evidence messages kept per conversation
  // Alert when the calibrated risk reaches this (and the rule gates pass).
  double alert_threshold = 0.5;
  int stripes = 64;           // mutex stripes of the map
};

// One message as the tracker sees it: identity, direction, time, cues and the
// facts the tracker reads from the text itself (stated ages and school grades).
struct ConversationMessage {
  std::string_view conversation;
  // ConversationTracker::Key(conversation) when the caller already has it
  // (e.g. to Prefetch); 0 = compute it. Must match `conversation`.
  uint64_t conversation_key = 0;
  std::string_view id;
  std::string_view sender;
  std::string_view recipient;  // empty in a group broadcast
  int64_t ts_ms = 0;           // 0 when unknown
  std::string_view text;       // read for age/grade statements only, never stored
  const MessageCues* cues = nullptr;  // may be null (no cues)
};

// What one message did to its conversation.
struct ConversationUpdate {
  ConversationInfo info;          // the verdict's `conversation` object
  bool alert_now = false;         // this message raised the alert
  bool adds_evidence = false;     // an alerted suspect's message adding evidence
  bool category_changed = false;  // the alert category changed here (grooming → sextortion)
  double score = 0.0;             // risk of the alert category at this message
  std::string explanation;        // why (families, stage, age facts); no raw text
};

class ConversationTracker {
 public:
  explicit ConversationTracker(ConversationOptions options = {});
  ~ConversationTracker();
  ConversationTracker(const ConversationTracker&) = delete;
  ConversationTracker& operator=(const ConversationTracker&) = delete;

  // Folds one message into its conversation (created on first sight) and
  // assesses the risk. A message without a conversation id is refused.
  Status Update(const ConversationMessage& msg, ConversationUpdate* out);

  // Update for a batch, with exactly the results of calling Update on each
  // message in order (a conversation repeated in the batch sees its earlier
  // messages): status[i] and out[i] are message i's. The batch is worked in
  // chunks of kLockChunk: each message's ids are hashed once and its record
  // (with the one after its home slot) requested, then the stripes the chunk
  // touches are taken together (ascending order; held for the chunk's
  // updates, so another thread waits at most that long), then the updates
  // run in order while the cue lines of the message kCueAhead later are
  // requested. Random access over millions of conversations thus overlaps
  // its cache misses, and the per-message lock exchanges (each a full fence
  // that waits for the loads in flight) are gone. The caller keeps each
  // conversation's messages in order, as for Update. Requires
  // out.size() >= msgs.size() and status.size() >= msgs.size().
  void UpdateBatch(std::span<const ConversationMessage> msgs, std::span<ConversationUpdate> out,
                   std::span<Status> status);
  static constexpr size_t kLockChunk = 64;
  static constexpr size_t kCueAhead = 8;

  // The table key of a conversation id (a 64-bit hash, never 0; stable
  // across versions: it is persisted in checkpoints).
  static uint64_t Key(std::string_view conversation);

  // Hints the CPU to load the record of conversation `key` and the record
  // after its home slot, where a displaced one usually sits (no lock, no
  // effect on state; harmless if the table is concurrently resized).
  void Prefetch(uint64_t key) const;
  // Second stage for a message that carries cues, issued a few messages
  // after Prefetch(key): when the stripe's lock is free (it never waits: a
  // busy stripe skips the hint) takes it briefly, finds the record (then in
  // cache) and hints the loads the cue path makes beyond it (the
  // participants' cue masses and the next evidence slot). No effect on state.
  // A batch caller: Prefetch(key of message i+8), PrefetchCueState(key of
  // message i+4 if it has cues), Update(message i). In production the
  // distances are in events, each a full scan (microseconds): the
  // conversation detector maps Pipeline::Prefetch stage 0 (event i+2) to
  // Prefetch and stage 1 (event i+1) to PrefetchCueState; `vigil scan`
  // (ScanBatch) and the stream worker's batch loop issue them.
  void PrefetchCueState(uint64_t key) const;

  // Drops conversations idle since before now_ms - idle_evict_ms (event time).
  // Returns how many were dropped.
  size_t EvictIdle(int64_t now_ms);

  size_t size() const;           // active conversations
  size_t ApproxBytes() const;    // heap bytes held by the state (estimate)

  // The complete state as bytes (versioned, checksummed), and back. Restore
  // replaces the current state; it refuses truncated, corrupt or newer-version
  // input with a clear error and then leaves the current state unchanged.
  std::string Checkpoint() const;
  Status Restore(std::string_view bytes);

  // One conversation's state in the same format ("" when the tracker holds
  // nothing for it), and back: RestoreConversation replaces that one
  // conversation (empty bytes forget it) and refuses bytes that hold another
  // conversation or more than one. Stream workers checkpoint each touched
  // conversation with the verdicts of their batch.
  std::string CheckpointConversation(std::string_view conversation) const;
  Status RestoreConversation(std::string_view conversation, std::string_view bytes);

  const ConversationOptions& options() const { return options_; }

 private:
  struct Prepared;  // one message's hashes, cue bits and age facts
  conversation::Stripe& ShardOf(uint64_t key) const;
  // `next`: also request the record after the home slot (batch path).
  void Prepare(const ConversationMessage& msg, Prepared* p, bool next) const;
  void Apply(const ConversationMessage& msg, const Prepared& p, ConversationUpdate* out);
  void ApplyLocked(const ConversationMessage& msg, const Prepared& p, ConversationUpdate* out);
  void PrefetchCueLinesHeld(const Prepared& p) const;  // UpdateBatch, stripe held
  // PrefetchCueState's work for a prepared message; skipped (never waits)
  // when another thread holds the stripe.
  void PrefetchCueLinesIfFree(uint64_t key, size_t stripe) const;
  void Assess(conversation::ConversationState& c, int sender, int recipient, uint32_t cue_mask,
              int64_t now, const ConversationMessage& msg, ConversationUpdate* out) const;
  [[gnu::noinline]] void Fold(conversation::ConversationState& c, int sender, int recipient,
                              conversation::CueBits bits, const conversation::AgeFacts* facts,
                              const ConversationMessage& msg, ConversationUpdate* out) const;
  ConversationOptions options_;
  std::unique_ptr<conversation::Stripe[]> shards_;
  // Per stripe, its table's address | log2(capacity), read without the lock
  // by Prefetch (packed apart from the lock lines).
  std::unique_ptr<std::atomic<uintptr_t>[]> hints_;
  size_t nshards_ = 0;
};

// 2: each conversation also stores who sent its latest message (group
// replies); version 1 checkpoints still load (that slot unknown).
// 3: each participant also stores how many of their messages spoke of their
// own life as a pupil; versions 1-2 still load (counted from then on).
inline constexpr uint32_t kConversationCheckpointVersion = 3;

}  // namespace vigil

#endif  // VIGIL_CONVERSATION_H_
