// `vigil train messages --data FILE... [--pii FILE...] --out MODEL`: trains
// the learned n-gram model of the text and doxing detectors
// (src/text/ngram_model.h) on labelled message sets
// (../shared/testdata/FORMATS.md, "messages": the three message categories)
// and PII sets ("pii": the `doxing` flag), and writes it atomically. Deterministic: the same files in the same order give the same
// bytes. data/model/README.md has the command that built the shipped model.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "text/ngram_model.h"
#include "vigil/text.h"

namespace vigil::cli {
namespace {

struct TrainOptions {
  std::vector<std::string> data;
  std::vector<std::string> pii;
  std::string out;
  text::NgramModel::TrainOptions model;
};

// Reads a message set (`pii` false: `labels` array) or a PII set (`pii`
// true: boolean `doxing`). Each example is marked as labelled only for the
// categories its set labels.
Status LoadExamples(const std::string& path, bool pii, const text::Normalizer& norm,
                    std::vector<text::NgramModel::Example>* out, size_t counts[]) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open");
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty()) continue;
    const std::string where = path + ":" + std::to_string(n);
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return InvalidArgumentError(where + ": malformed JSON");
    if (!j.contains("text") || !j["text"].is_string()) return InvalidArgumentError(where + ": missing string field text");
    text::NgramModel::Example e;
    e.canonical = norm.Canonical(j["text"].get<std::string>());
    if (pii) {
      if (!j.contains("doxing") || !j["doxing"].is_boolean()) {
        return InvalidArgumentError(where + ": field doxing: expected true or false");
      }
      e.known = 1 << text::NgramModel::kDoxing;
      e.labels = j["doxing"].get<bool>() ? e.known : 0;
      counts[text::NgramModel::kDoxing] += e.labels != 0;
      out->push_back(std::move(e));
      continue;
    }
    if (!j.contains("labels") || !j["labels"].is_array()) return InvalidArgumentError(where + ": field labels: expected an array");
    for (const auto& l : j["labels"]) {
      if (!l.is_string()) return InvalidArgumentError(where + ": field labels: expected strings");
      for (int k = 0; k < text::NgramModel::kLabels; ++k) {
        if (l.get<std::string>() == text::NgramModel::kLabelNames[k]) e.labels |= 1 << k;
      }
    }
    for (int k = 0; k < text::NgramModel::kLabels; ++k) counts[k] += (e.labels >> k) & 1;
    out->push_back(std::move(e));
  }
  return Status::OK();
}

int RunTrain(const TrainOptions& o) {
  text::Normalizer norm;
  std::vector<text::NgramModel::Example> examples;
  size_t counts[text::NgramModel::kLabels] = {};
  for (const auto* paths : {&o.data, &o.pii}) {
    for (const auto& path : *paths) {
      if (Status s = LoadExamples(path, paths == &o.pii, norm, &examples, counts); !s.ok()) {
        std::fprintf(stderr, "vigil train messages: %s\n", s.message().c_str());
        return 2;
      }
    }
  }
  const text::NgramModel model = text::NgramModel::Train(examples, o.model);
  const std::string bytes = model.Serialize();
  const std::string tmp = o.out + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f) {
      std::fprintf(stderr, "vigil train messages: %s: cannot write\n", tmp.c_str());
      return 2;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, o.out, ec);
  if (ec) {
    std::fprintf(stderr, "vigil train messages: %s: %s\n", o.out.c_str(), ec.message().c_str());
    return 2;
  }
  std::printf("trained on %zu texts (solicitation %zu, csam_trading %zu, sextortion %zu, doxing %zu); "
              "2^%d buckets, thresholds %.2f / doxing %.2f; wrote %s (%zu bytes)\n",
              examples.size(), counts[0], counts[1], counts[2], counts[3], o.model.buckets_log2,
              static_cast<double>(o.model.threshold), static_cast<double>(o.model.doxing_threshold),
              o.out.c_str(), bytes.size());
  return 0;
}

}  // namespace

void AddTrainCommand(CLI::App& app, int* exit_code) {
  auto* train = app.add_subcommand("train", "Train learned models from labelled data");
  train->require_subcommand(1);
  auto o = std::make_shared<TrainOptions>();
  auto* msgs = train->add_subcommand("messages", "Train the text detector's n-gram model on labelled messages");
  msgs->add_option("--data", o->data, "Labelled message sets (JSON Lines), in this order")->required();
  msgs->add_option("--pii", o->pii, "Labelled PII sets (JSON Lines, `doxing` flag) for the doxing category");
  msgs->add_option("--out", o->out, "Model file to write (e.g. data/model/messages.vngm)")->required();
  msgs->add_option("--buckets-log2", o->model.buckets_log2, "Hash buckets, as a power of two")
      ->check(CLI::Range(8, 24));
  msgs->add_option("--epochs", o->model.epochs, "Passes over the data")->check(CLI::Range(1, 1000));
  msgs->add_option("--threshold", o->model.threshold, "Probability at which a category is reported")
      ->check(CLI::Range(0.01, 0.99));
  msgs->add_option("--l2", o->model.l2, "L2 regularisation per step")->check(CLI::Range(0.0, 1.0));
  msgs->add_option("--doxing-threshold", o->model.doxing_threshold, "Probability at which doxing is reported")
      ->check(CLI::Range(0.01, 0.99));
  msgs->callback([o, exit_code] { *exit_code = RunTrain(*o); });
}

}  // namespace vigil::cli
