// A learned character n-gram model for the three message categories and for
// doxing, beside the lexicon and the doxing cues. The lexicon generalises only as far as its words and rules;
// this model scores the canonical form (NFKC, folded, Simplified) by every
// 1- to 3-character n-gram, so that unseen wording that shares pieces with
// labelled traffic still scores. It is a logistic regression per category
// over hashed n-grams (one weight per bucket and category), trained by
// `vigil train messages` on labelled sets; its weights are data
// (data/model/messages.vngm), not code.
//
// Contract:
//  - Score() is linear in the text (one table read per n-gram), allocation
//    free, thread-safe (const).
//  - Explain() names the n-grams that pushed a category's score up, as
//    canonical byte spans, so a signal shows its evidence like a lexicon hit.
//  - Training is deterministic for a given input order and seed.
//  - The file format is versioned and checksummed (SHA-256); Parse() refuses
//    any other version, a wrong size or a bad checksum with a precise error.
#ifndef VIGIL_TEXT_NGRAM_MODEL_H_
#define VIGIL_TEXT_NGRAM_MODEL_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/status.h"

namespace vigil::text {

class NgramModel {
 public:
  // Category order of scores, thresholds and label bits. Format 2 added
  // doxing and folds every digit to one feature; format 1 is refused.
  static constexpr int kLabels = 4;
  static constexpr int kDoxing = 3;
  static constexpr int kMessageLabels = 3;  // the message categories come first
  static constexpr std::array<std::string_view, kLabels> kLabelNames = {"solicitation", "csam_trading",
                                                                          "sextortion", "doxing"};
  static constexpr uint32_t kFormatVersion = 2;
  static constexpr int kMaxN = 3;

  struct Example {
    std::string canonical;  // Normalizer::Canonical of the message
    uint8_t labels = 0;     // bit i = kLabelNames[i]
    uint8_t known = 0x7;    // bit i: the example is labelled for category i
  };
  struct TrainOptions {
    int buckets_log2 = 16;
    int epochs = 15;
    float learning_rate = 0.2f;
    float l2 = 1e-3f;  // chosen by leave-one-set-out runs (data/model/README.md)
    uint32_t seed = 1;
    float threshold = 0.7f;         // probability at which a message category is reported
    float doxing_threshold = 0.7f;  // the same for doxing
  };
  struct Span {
    uint32_t begin, end;  // canonical bytes
    float weight;         // contribution to the log-odds
  };

  NgramModel() = default;

  static NgramModel Train(const std::vector<Example>& examples, const TrainOptions& options);
  // `where` names the source in errors (a path).
  static StatusOr<NgramModel> Parse(std::string_view bytes, const std::string& where);
  static StatusOr<NgramModel> Load(const std::string& path);
  std::string Serialize() const;

  // Probability of each category for a canonical text.
  std::array<float, kLabels> Score(std::string_view canonical) const;
  // Up to `k` n-grams with the largest positive weight for `label`, strongest
  // first; overlapping n-grams are merged into one span.
  std::vector<Span> Explain(std::string_view canonical, int label, int k) const;

  float threshold(int label) const { return threshold_[label]; }
  int buckets_log2() const { return buckets_log2_; }
  bool empty() const { return weights_.empty(); }

 private:
  // Calls fn(bucket, begin, end) for every n-gram of " " + canonical + " ".
  template <typename Fn>
  void ForEachNgram(std::string_view canonical, Fn&& fn) const;
  float Weight(uint32_t bucket, int label) const {
    return static_cast<float>(weights_[bucket * 4 + label]) * scale_[label];
  }

  int buckets_log2_ = 0;
  std::array<float, kLabels> threshold_{};
  std::array<float, kLabels> bias_{};
  std::array<float, kLabels> scale_{};
  std::vector<int8_t> weights_;  // [bucket][4]: one per label
};

}  // namespace vigil::text

#endif  // VIGIL_TEXT_NGRAM_MODEL_H_
