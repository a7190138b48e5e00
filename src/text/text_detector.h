// The `text` detector: runs the TextEngine on event.text, leaves the analysis
// in ctx.Slot<text::TextAnalysis>() and the per-message cues in
// ctx.Slot<MessageCues>() (for every event, cleared when there is no text),
// and emits solicitation / csam_trading / sextortion signals whose score
// reaches the threshold (setting "text.min_score", default 0.5). Where the
// lexicon stays below it, the learned n-gram model (data/model/messages.vngm,
// setting "text.model" = "off" to disable) may still raise the category when
// its probability reaches the model's threshold, in a message where the
// lexicon found at least one hit; its evidence is the n-grams that weighed most. The per-message cues come from the lexicon only.
#ifndef VIGIL_TEXT_TEXT_DETECTOR_H_
#define VIGIL_TEXT_TEXT_DETECTOR_H_

#include <memory>
#include <string>

#include "text/ngram_model.h"
#include "vigil/detector.h"
#include "vigil/text.h"

namespace vigil::text {

class TextDetector : public Detector {
 public:
  // Lexicon from <data_dir>/lexicon (data_dir defaults to ./data, then the
  // source tree's data/). Setting "text" = "off" disables the detector.
  static StatusOr<std::unique_ptr<Detector>> Create(const DetectorConfig& config);
  // Resolves the lexicon directory for a data dir ("" = default).
  static std::string LexiconDir(const std::string& data_dir);
  // The model file for a data dir ("" = default).
  static std::string ModelPath(const std::string& data_dir);

  TextDetector(std::unique_ptr<TextEngine> engine, float min_score, std::unique_ptr<NgramModel> model = nullptr)
      : engine_(std::move(engine)), model_(std::move(model)), min_score_(min_score) {}
  std::string_view name() const override { return "text"; }
  Status Detect(const Event& event, ScanContext& ctx, std::vector<Signal>* out) const override;
  const TextEngine& engine() const { return *engine_; }

 private:
  void AddModelSignals(const TextAnalysis& a, std::vector<Signal>* out) const;
  // The product of the lexicon's `damp` factors that apply to message
  // category `label` in this message (1 when no damping context is present).
  float DampFactor(const TextAnalysis& a, int label) const;

  std::unique_ptr<TextEngine> engine_;
  std::unique_ptr<NgramModel> model_;  // null: lexicon only
  float min_score_;
};

}  // namespace vigil::text

#endif  // VIGIL_TEXT_TEXT_DETECTOR_H_
