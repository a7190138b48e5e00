// Text engine: normalisation that defeats obfuscation, and a compiled lexicon
// scanner that scores messages per category with an explanation.
//
//   Normalizer   text → canonical form + original-offset map + pinyin shadow
//   Lexicon      data/lexicon/*.tsv (format: data/lexicon/README.md)
//   TextEngine   the lexicon compiled once into a Vectorscan database;
//                Analyze() is const and thread-safe, all per-call memory
//                lives in a TextScratch owned by the calling thread.
//
// Offsets reported to callers are UTF-8 byte offsets into the ORIGINAL text,
// end exclusive, whatever the normaliser removed, folded or joined.
#ifndef VIGIL_TEXT_H_
#define VIGIL_TEXT_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vigil/cues.h"
#include "vigil/status.h"

namespace vigil::text {

struct ByteSpan {
  uint32_t begin;
  uint32_t end;
};

// Allocator whose resize() leaves new trivially-constructible elements
// uninitialised (the normaliser overwrites them; saves a memset per message).
template <typename T>
struct NoInitAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = NoInitAllocator<U>;
  };
  NoInitAllocator() = default;
  template <typename U>
  NoInitAllocator(const NoInitAllocator<U>&) {}  // NOLINT
  template <typename U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

// The normalised form of one message.
//   canon:  NFKC + case fold, zero-width/bidi/combining marks removed, Latin
//           diacritics stripped, Cyrillic/Greek look-alikes and zhuyin
//           initials folded to ASCII, leetspeak digits between letters folded
//           (y0ung → young), apostrophes inside words dropped (i'll → ill), Traditional → Simplified, full-width → ASCII,
//           split characters recomposed (衤果 → 裸), separators inserted
//           between single letters or Han characters removed (c.p → cp,
//           萝 莉 → 萝莉), runs of ≥ 3 equal non-digit characters squeezed to
//           one, white-space runs collapsed to one space.
//   shadow: pinyin shadow of canon, ASCII only: a Han character becomes its
//           toneless syllable followed by ';' (ü is written v), ASCII letters
//           and digits are copied, everything else becomes one space, and a
//           space separates a Latin run from a following Han syllable:
//           "LL资源" → "ll zi;yuan;". Empty when canon is all ASCII: the
//           canonical form then serves as its own shadow.
// Character classes of the normaliser (of the folded character).
enum class CharClass : uint8_t {
  kOther = 0,  // symbols, unassigned, private use
  kSpace,      // white space
  kPunct,      // punctuation and separator symbols
  kLatin,      // a-z (after folding)
  kDigit,      // 0-9
  kHan,        // CJK ideographs (Simplified after folding)
  kEmoji,      // Extended_Pictographic
  kRemove,     // default-ignorable, combining marks, controls: dropped
  kLetter,     // letters of other scripts (kana, hangul, unfolded Cyrillic, ...)
};

struct alignas(16) NormUnit {  // internal scratch of the normaliser (16 bytes, copied whole)
  char32_t cp;
  CharClass cls;
  uint16_t syl;
  uint32_t b, e;
};

struct NormalizedText {
  std::string canon;
  std::vector<ByteSpan, NoInitAllocator<ByteSpan>> canon_src;  // per canonical byte: original span of its character
  std::string shadow;
  std::vector<uint32_t, NoInitAllocator<uint32_t>> shadow_src;  // per shadow byte: canonical offset of its character

  // Original span of canonical bytes [b, e) (e > b, e <= canon.size()).
  ByteSpan CanonToOriginal(uint32_t b, uint32_t e) const;
  // Canonical span of shadow bytes [b, e).
  ByteSpan ShadowToCanon(uint32_t b, uint32_t e) const;
  void Clear();

  // Scratch reused across calls (capacity only).
  std::vector<NormUnit, NoInitAllocator<NormUnit>> units_in, units_out;
};

struct NormalizerOptions {
  bool shadow = true;       // build the pinyin shadow
  bool split_chars = true;  // recompose split characters
};

// Stateless and thread-safe: all tables are compiled in (generated at build
// time from ICU and OpenCC data). Time and memory are linear in the input.
class Normalizer {
 public:
  explicit Normalizer(NormalizerOptions options = {}) : options_(options) {}
  // Any bytes are accepted: an invalid UTF-8 byte becomes U+FFFD mapped to
  // that one byte.
  void Normalize(std::string_view text, NormalizedText* out) const;
  // Canonical form only.
  std::string Canonical(std::string_view text) const;
  // Toneless pinyin syllables of every Han character of canonical text `canon`
  // (false when a character is not Han or has no reading).
  static bool HanSyllables(std::string_view canon, std::vector<std::string>* out);

 private:
  NormalizerOptions options_;
};

// ---- Lexicon ---------------------------------------------------------------

enum class MatchForm : uint8_t { kLiteral, kPinyin, kPattern };

// Tags are the cue families (ids 0..kNumCueFamilies-1, by CueFamilyName) and
// the extra tags declared with a `tag` record.
struct TagInfo {
  std::string name;
  int family = -1;  // CueFamily the tag's hits count as in MessageCues, or -1
};

struct LexiconEntry {
  std::string text;   // as written in the file
  std::string label;  // shown in explanations (name= option, else text)
  uint16_t tag = 0;
  float weight = 0;
  bool allow = false;  // allow-list entry: overrides overlapping deny hits
  MatchForm form = MatchForm::kLiteral;
  bool word_bound = true;  // literal ASCII ends match at word boundaries only
  bool initials = true;    // pinyin: a syllable may be written as its initial
  std::string lang;        // "en", "zh", "" = any (informational)
  std::vector<uint16_t> unless;  // drop this entry's hits when any of these tags hit
  std::string where;             // "file:line"
};

struct LexiconRule {
  std::string name;
  uint16_t out_tag = 0;
  float score = 0;
  uint32_t window = 0;                      // characters between first and last start; 0 = whole message
  std::vector<std::vector<uint16_t>> needs;  // every group needs a hit of one of its tags
  std::vector<uint16_t> unless;
  std::string where;
};

struct LexiconDamp {
  uint16_t tag = 0;
  float factor = 1;
  std::vector<uint16_t> only;  // tags whose scores are damped (default: the 3 categories)
  // The damp does not apply when a hit of any of these tags is present (a
  // benign context word does not excuse a message that also hides itself
  // from parents, for instance).
  std::vector<uint16_t> unless;
  std::string where;
};

class Lexicon {
 public:
  // Loads every *.tsv file of `dir` (sorted by name). The same term in two
  // files is merged (highest weight wins).
  static StatusOr<Lexicon> LoadDir(const std::string& dir);
  // Parses files given as (name, content) pairs; `tag` records of every file
  // are read before any other record.
  static StatusOr<Lexicon> Parse(const std::vector<std::pair<std::string, std::string>>& files);

  const std::vector<TagInfo>& tags() const { return tags_; }
  const std::vector<LexiconEntry>& entries() const { return entries_; }
  const std::vector<LexiconRule>& rules() const { return rules_; }
  const std::vector<LexiconDamp>& damps() const { return damps_; }
  int FindTag(std::string_view name) const;
  // Adds an entry (used by benchmarks for filler entries).
  void AddEntry(LexiconEntry e) { entries_.push_back(std::move(e)); }

 private:
  std::vector<TagInfo> tags_;
  std::vector<LexiconEntry> entries_;
  std::vector<LexiconRule> rules_;
  std::vector<LexiconDamp> damps_;
};

// ---- Engine ----------------------------------------------------------------

struct TextHit {
  int32_t entry = -1;  // index into Lexicon::entries(), or -1 for a rule
  int32_t rule = -1;   // index into Lexicon::rules() when produced by a rule
  uint16_t tag = 0;
  float weight = 0;
  ByteSpan canon{};     // canonical span
  ByteSpan original{};  // original span
  // Rule hits: the hits that fired it are
  // TextAnalysis::support[support_begin, support_begin + support_count).
  uint32_t support_begin = 0;
  uint32_t support_count = 0;
};

// Result of one message (reused across messages: Analyze clears it).
struct TextAnalysis {
  NormalizedText norm;
  std::vector<TextHit> hits;  // after allow-list, `unless` and dedup; rule hits last
  std::vector<uint32_t> support;  // hit indices supporting rule hits
  std::vector<float> tag_score;  // per tag, after damping
  bool truncated = false;        // too many raw matches; the rest was not scanned

  float Score(CueFamily f) const { return tag_score.empty() ? 0.f : tag_score[static_cast<int>(f)]; }
};

// Whether damp `d` is lifted for a message with these hits: a hit of one of
// its `unless` tags is among them.
inline bool DampLifted(const LexiconDamp& d, const std::vector<TextHit>& hits) {
  for (const TextHit& h : hits) {
    for (uint16_t u : d.unless) {
      if (h.tag == u) return true;
    }
  }
  return false;
}

class TextEngine;

// Per-thread scratch (Vectorscan scratch + buffers). Not thread-safe; one per
// thread, reusable with any engine.
class TextScratch {
 public:
  struct Impl;
  TextScratch();
  ~TextScratch();
  TextScratch(const TextScratch&) = delete;
  TextScratch& operator=(const TextScratch&) = delete;

 private:
  friend class TextEngine;
  std::unique_ptr<Impl> impl_;
};

struct TextEngineOptions {
  NormalizerOptions normalizer;
  uint32_t max_raw_matches = 4096;  // per message; more stops the scan (truncated)
  // Directory of the compiled-database cache ("" = no cache). Compile loads
  // <cache_dir>/text-<key>.vsdb when it holds the databases of exactly
  // these compile inputs (key: format version, Vectorscan version, host
  // platform, every expression/flag/id), else compiles and writes the file
  // atomically. A corrupt, foreign or unwritable cache is a warning, never
  // an error, and never changes results. See src/text/db_cache.h.
  std::string cache_dir;
};

// The cache directory front ends use by default: $VIGIL_CACHE_DIR when set
// (an empty value disables the cache), else $XDG_CACHE_HOME/vigil, else
// $HOME/.cache/vigil, else "" (no cache). `getenv` is injected (tests).
std::string DefaultTextCacheDir(const char* (*getenv)(const char*));

class TextEngine {
 public:
  static StatusOr<std::unique_ptr<TextEngine>> Compile(Lexicon lexicon,
                                                       TextEngineOptions options = {});
  ~TextEngine();

  Status Analyze(std::string_view text, TextScratch& scratch, TextAnalysis* out) const;
  // Fills `cues` from an analysis (hits of tags that map to a cue family).
  void FillCues(const TextAnalysis& a, MessageCues* cues) const;
  // "csam_trading 0.94: rule x (萝莉@0-6, 资源@6-12); 出售@..." — lexicon
  // labels and original offsets only, never raw message text.
  std::string Explain(const TextAnalysis& a, uint16_t tag) const;
  // Evidence of one tag: the hits of that tag and the hits supporting its rules.
  std::vector<const TextHit*> Evidence(const TextAnalysis& a, uint16_t tag) const;
  std::string_view HitLabel(const TextHit& h) const;

  // Benchmarks only: one scan of `bytes` with the compiled database, matches
  // discarded; returns the number of matches.
  size_t ScanBytesForBenchmark(std::string_view bytes, TextScratch& scratch) const;

  const Lexicon& lexicon() const { return lexicon_; }
  const Normalizer& normalizer() const { return normalizer_; }
  size_t pattern_count() const { return pattern_count_; }

 private:
  TextEngine() = default;
  void ApplyRules(TextAnalysis* a, std::vector<bool>& present) const;
  void CompileRuleMasks();
  struct Db;
  Lexicon lexicon_;
  Normalizer normalizer_;
  TextEngineOptions options_;
  std::unique_ptr<Db> db_;
  size_t pattern_count_ = 0;
  // Per rule: tag bitmasks (tag_words_ words each) of every `needs` group,
  // then of `unless`; rule r's masks are [rule_mask_at_[r], rule_mask_at_[r + 1]).
  size_t tag_words_ = 0;
  std::vector<uint64_t> rule_masks_;
  std::vector<uint32_t> rule_mask_at_;
  // Per tag: the rules (ascending) whose first `needs` group holds it; a
  // rule can be ready only when one of these tags hit. Rules without groups
  // are in rules_always_.
  std::vector<std::vector<uint32_t>> rules_by_first_tag_;
  std::vector<uint32_t> rules_always_;
};

}  // namespace vigil::text

#endif  // VIGIL_TEXT_H_
