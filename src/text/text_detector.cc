#include "text/text_detector.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <spdlog/spdlog.h>

namespace vigil::text {

std::string TextDetector::LexiconDir(const std::string& data_dir) {
  if (!data_dir.empty()) return data_dir + "/lexicon";
  std::error_code ec;
  if (std::filesystem::is_directory("data/lexicon", ec)) return "data/lexicon";
  return VIGIL_SOURCE_DIR "/data/lexicon";
}

std::string TextDetector::ModelPath(const std::string& data_dir) {
  if (!data_dir.empty()) return data_dir + "/model/messages.vngm";
  std::error_code ec;
  if (std::filesystem::is_directory("data/lexicon", ec)) return "data/model/messages.vngm";
  return VIGIL_SOURCE_DIR "/data/model/messages.vngm";
}

namespace {
// A missing model file leaves the lexicon alone (a data dir from before the
// model existed); a corrupt or foreign one is an error.
StatusOr<std::unique_ptr<NgramModel>> LoadModel(const DetectorConfig& config) {
  if (auto it = config.settings.find("text.model"); it != config.settings.end() && it->second == "off") {
    return std::unique_ptr<NgramModel>();
  }
  auto model = NgramModel::Load(TextDetector::ModelPath(config.data_dir));
  if (!model.ok()) {
    if (model.status().code() != StatusCode::kNotFound) return model.status();
    spdlog::warn("text detector: no learned model ({}); lexicon only", model.status().message());
    return std::unique_ptr<NgramModel>();
  }
  return std::make_unique<NgramModel>(std::move(model).value());
}
}  // namespace

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
  TextEngineOptions eo;
  // Setting "text.cache_dir" ("" = none), else the environment's default.
  if (auto it = config.settings.find("text.cache_dir"); it != config.settings.end()) {
    eo.cache_dir = it->second;
  } else {
    eo.cache_dir = DefaultTextCacheDir([](const char* v) -> const char* { return std::getenv(v); });
  }
  VIGIL_ASSIGN_OR_RETURN(auto engine, TextEngine::Compile(std::move(lex).value(), eo));
  VIGIL_ASSIGN_OR_RETURN(auto model, LoadModel(config));
  return std::unique_ptr<Detector>(new TextDetector(std::move(engine), min_score, std::move(model)));
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
  // The model speaks only where the lexicon saw at least one cue: a message
  // with none costs no model time, and every model signal has lexicon context.
  if (model_ != nullptr && !a.hits.empty()) AddModelSignals(a, out);
  return Status::OK();
}

float TextDetector::DampFactor(const TextAnalysis& a, int label) const {
  const Lexicon& lex = engine_->lexicon();
  const int category = lex.FindTag(NgramModel::kLabelNames[label]);
  float factor = 1.0f;
  for (const LexiconDamp& d : lex.damps()) {
    if (std::find(d.only.begin(), d.only.end(), category) == d.only.end()) continue;
    const bool present = std::any_of(a.hits.begin(), a.hits.end(), [&](const TextHit& h) { return h.tag == d.tag; });
    if (present && !DampLifted(d, a.hits)) factor *= d.factor;
  }
  return factor;
}

void TextDetector::AddModelSignals(const TextAnalysis& a, std::vector<Signal>* out) const {
  static constexpr SignalType kTypes[NgramModel::kMessageLabels] = {SignalType::kSolicitation, SignalType::kCsamTrading,
                                                             SignalType::kSextortion};
  std::array<float, NgramModel::kLabels> p = model_->Score(a.norm.canon);
  for (int l = 0; l < NgramModel::kMessageLabels; ++l) {
    // The contexts that damp the lexicon's evidence (news, warnings, study
    // material, fandom, jokes) damp the model's the same way.
    if (p[l] >= model_->threshold(l)) p[l] *= DampFactor(a, l);
    if (p[l] < model_->threshold(l)) continue;
    bool lexicon_has_it = false;
    for (const Signal& s : *out) lexicon_has_it = lexicon_has_it || s.type == kTypes[l];
    if (lexicon_has_it) continue;
    Signal s;
    s.type = kTypes[l];
    s.score = static_cast<double>(static_cast<int>(p[l] * 1000 + 0.5f)) / 1000.0;
    std::string grams;
    for (const NgramModel::Span& sp : model_->Explain(a.norm.canon, l, 4)) {
      const ByteSpan o = a.norm.CanonToOriginal(sp.begin, sp.end);
      std::string term = a.norm.canon.substr(sp.begin, sp.end - sp.begin);
      // Digits may be part of an identifier: evidence never repeats them.
      if (std::any_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; })) term.assign(1, '#');
      grams.append(grams.empty() ? "'" : ", '").append(term).append("'");
      s.evidence.push_back({o.begin, o.end, std::move(term)});
    }
    char head[96];
    std::snprintf(head, sizeof head, "%s %.2f: learned n-gram model (threshold %.2f; ",
                  std::string(NgramModel::kLabelNames[l]).c_str(), static_cast<double>(p[l]),
                  static_cast<double>(model_->threshold(l)));
    s.explanation.assign(head).append(grams).append(")");
    out->push_back(std::move(s));
  }
}

}  // namespace vigil::text
