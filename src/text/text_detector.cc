#include "text/text_detector.h"

#include <filesystem>

#include <spdlog/spdlog.h>

namespace vigil::text {

std::string TextDetector::LexiconDir(const std::string& data_dir) {
  if (!data_dir.empty()) return data_dir + "/lexicon";
  std::error_code ec;
  if (std::filesystem::is_directory("data/lexicon", ec)) return "data/lexicon";
  return VIGIL_SOURCE_DIR "/data/lexicon";
}

StatusOr<std::unique_ptr<Detector>> TextDetector::Create(const DetectorConfig& config) {
  if (auto it = config.settings.find("text"); it != config.settings.end() && it->second == "off") {
    return std::unique_ptr<Detector>();
  }
  float min_score = 0.5f;
  if (auto it = config.settings.find("text.min_score"); it != config.settings.end()) {
    try {
      min_score = std::stof(it->second);
    } catch (...) {
      return InvalidArgumentError("setting text.min_score: expected a number, got '" + it->second + "'");
    }
  }
  std::string dir = LexiconDir(config.data_dir);
  auto lex = Lexicon::LoadDir(dir);
  if (!lex.ok()) {
    if (config.data_dir.empty() && lex.status().code() == StatusCode::kNotFound) {
      spdlog::warn("text detector disabled: {}", lex.status().message());
      return std::unique_ptr<Detector>();
    }
    return lex.status();
  }
  VIGIL_ASSIGN_OR_RETURN(auto engine, TextEngine::Compile(std::move(lex).value()));
  return std::unique_ptr<Detector>(new TextDetector(std::move(engine), min_score));
}

Status TextDetector::Detect(const Event& event, ScanContext& ctx, std::vector<Signal>* out) const {
  MessageCues& cues = ctx.Slot<MessageCues>();
  TextAnalysis& a = ctx.Slot<TextAnalysis>();
  cues.Clear();
  if (event.text.empty()) {
    a.hits.clear();
    a.support.clear();
    a.norm.Clear();
    a.tag_score.assign(engine_->lexicon().tags().size(), 0.0f);
    return Status::OK();
  }
  VIGIL_RETURN_IF_ERROR(engine_->Analyze(event.text, ctx.Slot<TextScratch>(), &a));
  engine_->FillCues(a, &cues);
  static constexpr std::pair<CueFamily, SignalType> kCats[] = {
      {CueFamily::kSolicitation, SignalType::kSolicitation},
      {CueFamily::kCsamTrading, SignalType::kCsamTrading},
      {CueFamily::kSextortion, SignalType::kSextortion}};
  for (const auto& [fam, type] : kCats) {
    float score = a.Score(fam);
    if (score < min_score_ || score <= 0) continue;
    Signal s;
    s.type = type;
    s.score = static_cast<double>(static_cast<int>(score * 1000 + 0.5f)) / 1000.0;
    auto tag = static_cast<uint16_t>(fam);
    for (const TextHit* h : engine_->Evidence(a, tag)) {
      s.evidence.push_back({h->original.begin, h->original.end, std::string(engine_->HitLabel(*h))});
    }
    s.explanation = engine_->Explain(a, tag);
    out->push_back(std::move(s));
  }
  return Status::OK();
}

}  // namespace vigil::text
