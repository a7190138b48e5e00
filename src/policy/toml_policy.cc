// The TOML policy: parsing (with line numbers for every problem) and rule
// evaluation.
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <toml++/toml.h>

#include "vigil/policy.h"

namespace vigil {
namespace {

constexpr int64_t kMaxPolicyBytes = 4 << 20;
constexpr size_t kMaxRules = 10000;

struct Rule {
  std::string name, reason;
  Action action = Action::kAllow;
  int line = 0;
  // signal conditions (all on one signal)
  uint32_t types = 0;  // bit per SignalType; 0 = any
  double min_score = 0.0, max_score = 1.0;
  std::vector<std::string> lists, categories, entities;
  int max_distance = -1;
  bool has_signal_cond = false;
  int min_signals = 1;
  bool only = false;
  // event conditions
  std::vector<std::string> conv_categories, platforms, channels;
  int conv_alert = -1;  // -1 any, 0 false, 1 true
  double min_conv_risk = -1;
  bool final = false;
};

bool In(const std::vector<std::string>& set, const std::string& v) {
  return set.empty() || std::find(set.begin(), set.end(), v) != set.end();
}

bool SignalMatches(const Rule& r, const Signal& s) {
  if (r.types != 0 && (r.types & (1u << static_cast<int>(s.type))) == 0) return false;
  if (s.score < r.min_score || s.score > r.max_score) return false;
  if (!In(r.lists, s.list) || !In(r.categories, s.category) || !In(r.entities, s.entity)) {
    return false;
  }
  if (r.max_distance >= 0 && (s.distance < 0 || s.distance > r.max_distance)) return false;
  return true;
}

bool RuleFires(const Rule& r, const Event& e, const Verdict& v) {
  if (!In(r.platforms, e.platform) || !In(r.channels, e.channel)) return false;
  if (!r.conv_categories.empty() || r.conv_alert >= 0 || r.min_conv_risk >= 0) {
    if (!v.conversation) return false;
    const ConversationInfo& c = *v.conversation;
    if (!In(r.conv_categories, c.category)) return false;
    if (r.conv_alert >= 0 && c.alert != (r.conv_alert == 1)) return false;
    if (r.min_conv_risk >= 0 && c.risk < r.min_conv_risk) return false;
  }
  if (!r.has_signal_cond && !r.only) return true;
  int n = 0;
  for (const Signal& s : v.signals) {
    if (SignalMatches(r, s)) {
      ++n;
    } else if (r.only) {
      return false;
    }
  }
  return n >= r.min_signals && n > 0;
}

class TomlPolicy : public Policy {
 public:
  explicit TomlPolicy(std::vector<Rule> rules) : rules_(std::move(rules)) {}
  void Decide(const Event& event, Verdict* v) const override {
    v->action = Action::kAllow;
    v->rules.clear();
    v->reasons.clear();
    for (const Rule& r : rules_) {
      if (!RuleFires(r, event, *v)) continue;
      v->action = std::max(v->action, r.action);
      v->rules.push_back(r.name);
      v->reasons.push_back(r.reason);
      if (r.final) break;
    }
  }

 private:
  std::vector<Rule> rules_;
};

// Collects the problems of one policy text.
class Parser {
 public:
  explicit Parser(std::string_view source) : source_(source) {}

  std::vector<Rule> Parse(std::string_view text) {
    toml::table root;
    try {
      root = toml::parse(text, source_);
    } catch (const toml::parse_error& e) {
      Error(static_cast<int>(e.source().begin.line),
            fmt::format("syntax error: {} (column {})", e.description(), e.source().begin.column));
      return {};
    }
    std::vector<Rule> rules;
    for (auto&& [key, node] : root) {
      int line = Line(node);
      if (key.str() == "version") {
        if (!node.is_integer() || node.as_integer()->get() != 1) {
          Error(line, "version: expected 1");
        }
      } else if (key.str() == "rule") {
        const toml::array* arr = node.as_array();
        if (arr == nullptr || !arr->is_array_of_tables()) {
          Error(line, "rule: expected [[rule]] tables");
          continue;
        }
        for (const toml::node& t : *arr) {
          if (rules.size() >= kMaxRules) {
            Error(Line(t), fmt::format("more than {} rules", kMaxRules));
            break;
          }
          rules.push_back(ParseRule(*t.as_table()));
        }
      } else {
        Error(line, fmt::format("unknown key '{}' (expected version or [[rule]])", key.str()));
      }
    }
    if (root.find("rule") == root.end()) Error(1, "no [[rule]] tables");
    return rules;
  }

  // The problems, sorted by line.
  std::vector<std::string> errors() const {
    std::vector<std::pair<int, std::string>> e = errors_;
    std::stable_sort(e.begin(), e.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (auto& [line, m] : e) out.push_back(std::move(m));
    return out;
  }

 private:
  static int Line(const toml::node& n) { return static_cast<int>(n.source().begin.line); }
  void Error(int line, std::string msg) {
    errors_.emplace_back(line, fmt::format("{}:{}: {}", source_, line, msg));
  }

  Rule ParseRule(const toml::table& t) {
    Rule r;
    r.line = Line(t);
    std::string who = "rule";
    if (auto n = t["name"].value<std::string>()) who = fmt::format("rule '{}'", *n);
    bool has_action = false;
    for (auto&& [key, node] : t) {
      std::string_view k = key.str();
      int line = Line(node);
      auto err = [&](std::string what) { Error(line, fmt::format("{}: {}: {}", who, k, what)); };
      if (k == "name") {
        ParseName(node, line, &r);
      } else if (k == "action") {
        auto a = node.value<std::string>();
        if (!a || !ParseAction(*a, &r.action)) {
          err("expected one of allow, redact, hold, block, report");
        }
        has_action = true;
      } else if (k == "reason") {
        auto s = node.value<std::string>();
        if (!s) err("expected a string");
        r.reason = s.value_or("");
      } else if (k == "signal") {
        ParseSignalTypes(node, err, &r);
        r.has_signal_cond = true;
      } else if (k == "min_score" || k == "max_score") {
        double* dst = k == "min_score" ? &r.min_score : &r.max_score;
        if (!Threshold(node, dst)) err("bad threshold: expected a number from 0 to 1");
        r.has_signal_cond = true;
      } else if (k == "list" || k == "list_category" || k == "entity") {
        auto* dst = k == "list" ? &r.lists : k == "list_category" ? &r.categories : &r.entities;
        if (!Strings(node, dst)) err("expected a string or an array of strings");
        r.has_signal_cond = true;
      } else if (k == "max_distance") {
        auto d = node.value<int64_t>();
        if (!node.is_integer() || *d < 0 || *d > 256) {
          err("expected an integer from 0 to 256");
        } else {
          r.max_distance = static_cast<int>(*d);
        }
        r.has_signal_cond = true;
      } else if (k == "min_signals") {
        auto d = node.value<int64_t>();
        if (!node.is_integer() || *d < 1 || *d > 1000) {
          err("expected an integer from 1 to 1000");
        } else {
          r.min_signals = static_cast<int>(*d);
        }
        r.has_signal_cond = true;
      } else if (k == "only" || k == "final" || k == "conversation_alert") {
        auto b = node.value<bool>();
        if (!node.is_boolean()) {
          err("expected true or false");
        } else if (k == "only") {
          r.only = *b;
        } else if (k == "final") {
          r.final = *b;
        } else {
          r.conv_alert = *b ? 1 : 0;
        }
      } else if (k == "conversation_category" || k == "platform" || k == "channel") {
        auto* dst = k == "platform" ? &r.platforms
                    : k == "channel" ? &r.channels : &r.conv_categories;
        if (!Strings(node, dst)) err("expected a string or an array of strings");
      } else if (k == "min_conversation_risk") {
        if (!Threshold(node, &r.min_conv_risk)) {
          err("bad threshold: expected a number from 0 to 1");
        }
      } else {
        Error(line, fmt::format("{}: unknown key '{}'", who, k));
      }
    }
    if (r.name.empty() && t.find("name") == t.end()) Error(r.line, "rule: missing name");
    if (!has_action) Error(r.line, fmt::format("{}: missing action", who));
    if (r.min_score > r.max_score) {
      Error(r.line, fmt::format("{}: bad threshold: min_score {} is above max_score {}", who,
                                r.min_score, r.max_score));
    }
    if (r.reason.empty()) r.reason = r.name;
    return r;
  }

  void ParseName(const toml::node& node, int line, Rule* r) {
    auto n = node.value<std::string>();
    bool ok = n && !n->empty() && n->size() <= 128 &&
              std::all_of(n->begin(), n->end(), [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' ||
                       c == '.';
              });
    if (!ok) {
      Error(line, "rule: name: expected 1-128 characters of letters, digits, '_', '-', '.'");
      return;
    }
    r->name = *n;
    auto [it, fresh] = names_.emplace(*n, line);
    if (!fresh) {
      Error(line, fmt::format("rule '{}': duplicate rule name (first defined on line {})", *n,
                              it->second));
    }
  }

  template <typename Err>
  void ParseSignalTypes(const toml::node& node, Err& err, Rule* r) {
    std::vector<std::string> names;
    if (!Strings(node, &names) || names.empty()) {
      err("expected a signal type or an array of them");
      return;
    }
    for (const auto& n : names) {
      SignalType t;
      if (!ParseSignalType(n, &t)) {
        std::string all;
        for (int i = 0; i < kNumSignalTypes; ++i) {
          all += (i ? ", " : "") + std::string(SignalTypeName(static_cast<SignalType>(i)));
        }
        err(fmt::format("unknown signal type '{}' (expected one of {})", n, all));
        continue;
      }
      r->types |= 1u << static_cast<int>(t);
    }
  }

  static bool Threshold(const toml::node& node, double* out) {
    double v;
    if (node.is_integer()) {
      v = static_cast<double>(node.as_integer()->get());
    } else if (node.is_floating_point()) {
      v = node.as_floating_point()->get();
    } else {
      return false;
    }
    if (!(v >= 0.0 && v <= 1.0)) return false;
    *out = v;
    return true;
  }

  static bool Strings(const toml::node& node, std::vector<std::string>* out) {
    out->clear();
    if (auto s = node.value<std::string>(); s && node.is_string()) {
      out->push_back(*s);
      return true;
    }
    const toml::array* a = node.as_array();
    if (a == nullptr) return false;
    for (const toml::node& e : *a) {
      if (!e.is_string()) return false;
      out->push_back(e.as_string()->get());
    }
    return true;
  }

  std::string source_;
  std::vector<std::pair<int, std::string>> errors_;
  std::map<std::string, int> names_;
};

}  // namespace

StatusOr<std::unique_ptr<Policy>> ParsePolicy(std::string_view text, std::string_view source) {
  Parser p(source);
  std::vector<Rule> rules = p.Parse(text);
  if (!p.errors().empty()) {
    std::string msg;
    for (const auto& e : p.errors()) msg += (msg.empty() ? "" : "\n") + e;
    return InvalidArgumentError(msg);
  }
  return std::unique_ptr<Policy>(std::make_unique<TomlPolicy>(std::move(rules)));
}

StatusOr<std::unique_ptr<Policy>> LoadPolicyFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open policy file");
  std::string text;
  text.resize(kMaxPolicyBytes + 1);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<size_t>(in.gcount()));
  if (static_cast<int64_t>(text.size()) > kMaxPolicyBytes) {
    return ResourceExhaustedError(path + ": policy file larger than 4 MiB");
  }
  return ParsePolicy(text, path);
}

}  // namespace vigil
