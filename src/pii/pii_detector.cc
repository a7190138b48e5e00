#include "pii/pii_detector.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include <spdlog/spdlog.h>

#include "core/time_util.h"
#include "text/text_detector.h"

namespace vigil {
namespace {

struct PiiThreadScratch {
  PiiScratch pii;
  pii::DoxScratch dox;
  text::NormalizedText norm;
};

StatusOr<int64_t> IntSetting(const DetectorConfig& c, const std::string& key, int64_t def) {
  auto it = c.settings.find(key);
  if (it == c.settings.end()) return def;
  char* end = nullptr;
  long long v = std::strtoll(it->second.c_str(), &end, 10);
  if (it->second.empty() || *end != '\0' || v <= 0) {
    return InvalidArgumentError("setting " + key + ": expected a positive integer, got '" +
                                it->second + "'");
  }
  return static_cast<int64_t>(v);
}

const std::vector<PiiEntity>& FindingsFor(const Event& event, ScanContext& ctx,
                                          const PiiRecognizer* fallback) {
  PiiFindings& f = ctx.Slot<PiiFindings>();
  if (f.event != &event) {
    f.entities.clear();
    f.event = &event;
    if (fallback != nullptr) fallback->Find(event.text, &ctx.Slot<PiiThreadScratch>().pii, &f.entities);
  }
  return f.entities;
}

}  // namespace

StatusOr<std::unique_ptr<Detector>> PiiDetector::Create(const DetectorConfig& config) {
  auto r = PiiRecognizer::Create(config.data_dir);
  if (!r.ok()) return r.status();
  return std::unique_ptr<Detector>(new PiiDetector(std::move(r).value()));
}

Status PiiDetector::Detect(const Event& event, ScanContext& ctx, std::vector<Signal>* out) const {
  PiiFindings& f = ctx.Slot<PiiFindings>();
  f.event = &event;
  f.entities.clear();
  if (event.text.empty()) return Status::OK();
  recognizer_->Find(event.text, &ctx.Slot<PiiThreadScratch>().pii, &f.entities);
  for (const auto& e : f.entities) {
    Signal s;
    s.type = SignalType::kPii;
    s.score = e.confidence;
    s.entity = std::string(PiiTypeName(e.type));
    s.start = e.start;
    s.end = e.end;
    s.explanation = std::string(e.basis);
    out->push_back(std::move(s));
  }
  return Status::OK();
}

StatusOr<std::unique_ptr<Detector>> DoxingDetector::Create(const DetectorConfig& config) {
  std::unique_ptr<DoxingDetector> d(new DoxingDetector());
  VIGIL_ASSIGN_OR_RETURN(d->recognizer_, PiiRecognizer::Create(config.data_dir));
  VIGIL_ASSIGN_OR_RETURN(d->scorer_, pii::DoxingScorer::Create(config.data_dir));
  pii::CampaignOptions co;
  VIGIL_ASSIGN_OR_RETURN(int64_t accounts, IntSetting(config, "pii.campaign_accounts", co.accounts));
  VIGIL_ASSIGN_OR_RETURN(int64_t window_s, IntSetting(config, "pii.campaign_window_s", co.window_ms / 1000));
  VIGIL_ASSIGN_OR_RETURN(int64_t max_ids, IntSetting(config, "pii.campaign_max_ids",
                                                     static_cast<int64_t>(co.max_identifiers)));
  co.accounts = static_cast<int>(accounts);
  co.window_ms = window_s * 1000;
  co.max_identifiers = static_cast<size_t>(max_ids);
  if (auto it = config.settings.find("pii.campaign_key"); it != config.settings.end()) {
    co.key = it->second;
  } else if (const char* env = std::getenv("VIGIL_CAMPAIGN_KEY"); env != nullptr) {
    co.key = env;
  }
  if (auto it = config.settings.find("pii.model"); it == config.settings.end() || it->second != "off") {
    auto model = text::NgramModel::Load(text::TextDetector::ModelPath(config.data_dir));
    if (model.ok()) {
      d->model_ = std::make_unique<text::NgramModel>(std::move(model).value());
    } else if (model.status().code() == StatusCode::kNotFound) {
      spdlog::warn("doxing detector: no learned model ({}); cues only", model.status().message());
    } else {
      return model.status();
    }
  }
  auto tracker = pii::CampaignTracker::Create(std::move(co));
  if (!tracker.ok()) return tracker.status().WithContext("doxing campaign settings");
  d->campaigns_ = std::move(tracker).value();
  return std::unique_ptr<Detector>(std::move(d));
}

Status DoxingDetector::Detect(const Event& event, ScanContext& ctx, std::vector<Signal>* out) const {
  if (event.text.empty()) return Status::OK();
  const std::vector<PiiEntity>& entities = FindingsFor(event, ctx, recognizer_.get());
  pii::DoxScore ds = scorer_->Score(event.text, entities, &ctx.Slot<PiiThreadScratch>().dox);
  if (ds.doxing) {
    Signal s;
    s.type = SignalType::kDoxing;
    s.score = ds.score;
    s.evidence = std::move(ds.evidence);
    s.explanation = std::move(ds.explanation);
    s.extra.push_back({"identifiers", static_cast<int64_t>(entities.size())});
    out->push_back(std::move(s));
  } else if (model_ != nullptr && !entities.empty()) {
    AddModelSignal(event, entities.size(), ctx, out);
  }
  if (event.sender.empty() || entities.empty()) return Status::OK();
  int64_t now = event.ts_ms != 0 ? event.ts_ms
                                 : std::chrono::duration_cast<std::chrono::milliseconds>(
                                       std::chrono::system_clock::now().time_since_epoch()).count();
  pii::Sighting best;
  std::string_view best_type;
  for (const auto& e : entities) {
    std::string_view type = PiiTypeName(e.type);
    pii::Sighting s = campaigns_->Record(type, e.canonical, event.sender, event.id, now);
    if (s.count > best.count) {
      best = std::move(s);
      best_type = type;
    }
  }
  if (best.count < campaigns_->options().accounts) return Status::OK();
  Signal s;
  s.type = SignalType::kDoxing;
  s.score = std::min(1.0, 0.7 + 0.05 * best.count);
  s.explanation = "the same " + std::string(best_type) + " was posted by " +
                  std::to_string(best.count) + " distinct accounts within the campaign window";
  s.extra.push_back({"campaign", true});
  s.extra.push_back({"count", static_cast<int64_t>(best.count)});
  s.entity = std::string(best_type);
  s.extra.push_back({"first_seen", FormatRfc3339(best.first_seen_ms)});
  s.extra.push_back({"first_event", best.first_event});
  out->push_back(std::move(s));
  return Status::OK();
}

void DoxingDetector::AddModelSignal(const Event& event, size_t identifiers, ScanContext& ctx,
                                    std::vector<Signal>* out) const {
  constexpr int kDox = text::NgramModel::kDoxing;
  text::NormalizedText& nt = ctx.Slot<PiiThreadScratch>().norm;
  norm_.Normalize(event.text, &nt);
  const float p = model_->Score(nt.canon)[kDox];
  if (p < model_->threshold(kDox)) return;
  Signal s;
  s.type = SignalType::kDoxing;
  s.score = static_cast<double>(static_cast<int>(p * 1000 + 0.5f)) / 1000.0;
  std::string grams;
  for (const text::NgramModel::Span& sp : model_->Explain(nt.canon, kDox, 4)) {
    const text::ByteSpan o = nt.CanonToOriginal(sp.begin, sp.end);
    std::string term = nt.canon.substr(sp.begin, sp.end - sp.begin);
    // Evidence never repeats an identifier's digits or an address's letters
    // around '@'.
    if (std::any_of(term.begin(), term.end(), [](char c) { return (c >= '0' && c <= '9') || c == '@'; })) {
      term.assign(1, '#');
    }
    grams.append(grams.empty() ? "'" : ", '").append(term).append("'");
    s.evidence.push_back({o.begin, o.end, std::move(term)});
  }
  char head[80];
  std::snprintf(head, sizeof head, "doxing %.2f: learned n-gram model (threshold %.2f; ", static_cast<double>(p),
                static_cast<double>(model_->threshold(kDox)));
  s.explanation.assign(head).append(grams).append(")");
  s.extra.push_back({"identifiers", static_cast<int64_t>(identifiers)});
  s.extra.push_back({"model", true});
  out->push_back(std::move(s));
}

}  // namespace vigil
