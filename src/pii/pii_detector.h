// The `pii` and `doxing` detectors.
//
// pii: one signal per validated identifier (entity type, span, confidence,
// what validated it); the entities are also left in the ScanContext slot
// PiiFindings for the detectors after it.
//
// doxing: the doxing scorer on the message, plus campaign detection: the
// same identifier posted by `accounts` distinct senders within `window`
// raises a doxing signal with campaign=true, the count and the first
// sighting. Settings (DetectorConfig::settings):
//   pii.campaign_accounts (default 3), pii.campaign_window_s (86400),
//   pii.campaign_max_ids (200000), pii.campaign_key (secret for the keyed
//   hash; else $VIGIL_CAMPAIGN_KEY; else a random key per process).
#ifndef VIGIL_PII_PII_DETECTOR_H_
#define VIGIL_PII_PII_DETECTOR_H_

#include <memory>
#include <vector>

#include "pii/campaign.h"
#include "pii/doxing.h"
#include "text/ngram_model.h"
#include "vigil/text.h"
#include "vigil/detector.h"
#include "vigil/pii.h"

namespace vigil {

// Entities of the current event, filled by the pii detector.
struct PiiFindings {
  const Event* event = nullptr;  // the event they belong to
  std::vector<PiiEntity> entities;
};

class PiiDetector : public Detector {
 public:
  static StatusOr<std::unique_ptr<Detector>> Create(const DetectorConfig& config);
  std::string_view name() const override { return "pii"; }
  Status Detect(const Event& event, ScanContext& ctx, std::vector<Signal>* out) const override;

 private:
  explicit PiiDetector(std::unique_ptr<PiiRecognizer> r) : recognizer_(std::move(r)) {}
  std::unique_ptr<PiiRecognizer> recognizer_;
};

class DoxingDetector : public Detector {
 public:
  static StatusOr<std::unique_ptr<Detector>> Create(const DetectorConfig& config);
  std::string_view name() const override { return "doxing"; }
  Status Detect(const Event& event, ScanContext& ctx, std::vector<Signal>* out) const override;

 private:
  DoxingDetector() = default;
  // The learned n-gram model's doxing category, asked only about a message
  // that names identifiers and that the cues did not call doxing.
  void AddModelSignal(const Event& event, size_t identifiers, ScanContext& ctx, std::vector<Signal>* out) const;
  std::unique_ptr<PiiRecognizer> recognizer_;  // used when the pii detector did not run
  std::unique_ptr<text::NgramModel> model_;    // null, or no doxing category: cues only
  text::Normalizer norm_;
  std::unique_ptr<pii::DoxingScorer> scorer_;
  std::unique_ptr<pii::CampaignTracker> campaigns_;
};

}  // namespace vigil

#endif  // VIGIL_PII_PII_DETECTOR_H_
