// Lexicon files: parsing, validation and merging. Format: data/lexicon/README.md.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <tuple>

#include "vigil/digest.h"
#include "vigil/text.h"

namespace vigil::text {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> f;
  size_t start = 0;
  while (true) {
    size_t t = line.find('\t', start);
    std::string_view part = line.substr(start, t == std::string_view::npos ? t : t - start);
    if (!part.empty()) f.push_back(part);  // several tabs count as one
    if (t == std::string_view::npos) break;
    start = t + 1;
  }
  return f;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string_view::npos ? p : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

bool ParseFloat(std::string_view s, float* out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

class Parser {
 public:
  Status DeclareTags(const std::string& file, std::string_view content) {
    return ForEachLine(file, content, [&](std::string_view kind, const std::vector<std::string_view>& f,
                                          const std::string& where) -> Status {
      if (kind != "tag") return Status::OK();
      if (f.size() < 2) return Err(where, "`tag` needs a name");
      std::string name(f[1]);
      int family = -1;
      for (size_t i = 2; i < f.size(); ++i) {
        auto [k, v] = KeyValue(f[i]);
        if (k == "family") {
          CueFamily fam;
          if (!ParseCueFamily(v, &fam)) return Err(where, "unknown cue family '" + std::string(v) + "'");
          family = static_cast<int>(fam);
        } else {
          return Err(where, "unknown option '" + std::string(f[i]) + "' (expected family=)");
        }
      }
      int existing = lex_->FindTag(name);
      if (existing >= 0 && existing < kNumCueFamilies) return Err(where, "'" + name + "' is a cue family already");
      if (existing >= 0) {
        if ((*tags_)[existing].family < 0) (*tags_)[existing].family = family;
        return Status::OK();
      }
      if (tags_->size() >= 60000) return Err(where, "too many tags");
      tags_->push_back({name, family});
      return Status::OK();
    });
  }

  Status ParseRecords(const std::string& file, std::string_view content) {
    return ForEachLine(file, content, [&](std::string_view kind, const std::vector<std::string_view>& f,
                                          const std::string& where) -> Status {
      if (kind == "tag") return Status::OK();
      if (kind == "term" || kind == "allow") return ParseEntry(kind == "allow", f, where);
      if (kind == "rule") return ParseRule(f, where);
      if (kind == "damp") return ParseDamp(f, where);
      return Err(where, "unknown record '" + std::string(kind) + "' (expected tag, term, allow, rule or damp)");
    });
  }

  Parser(Lexicon* lex, std::vector<TagInfo>* tags, std::vector<LexiconEntry>* entries,
         std::vector<LexiconRule>* rules, std::vector<LexiconDamp>* damps)
      : lex_(lex), tags_(tags), entries_(entries), rules_(rules), damps_(damps) {}

 private:
  template <typename Fn>
  Status ForEachLine(const std::string& file, std::string_view content, Fn fn) {
    int line_no = 0;
    size_t pos = 0;
    while (pos < content.size()) {
      size_t nl = content.find('\n', pos);
      std::string_view line = content.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
      pos = nl == std::string_view::npos ? content.size() : nl + 1;
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      auto f = SplitTabs(line);
      if (f.empty()) continue;
      std::string where = file + ":" + std::to_string(line_no);
      VIGIL_RETURN_IF_ERROR(fn(f[0], f, where));
    }
    return Status::OK();
  }

  static Status Err(const std::string& where, const std::string& what) {
    return InvalidArgumentError(where + ": " + what);
  }

  static std::pair<std::string_view, std::string_view> KeyValue(std::string_view s) {
    size_t eq = s.find('=');
    if (eq == std::string_view::npos) return {s, {}};
    return {s.substr(0, eq), s.substr(eq + 1)};
  }

  Status Tag(std::string_view name, const std::string& where, const char* field, uint16_t* out) {
    int t = lex_->FindTag(name);
    if (t < 0) {
      return Err(where, std::string(field) + ": unknown tag '" + std::string(name) +
                            "' (expected a cue family or a tag declared with `tag`)");
    }
    *out = static_cast<uint16_t>(t);
    return Status::OK();
  }

  Status TagList(std::string_view list, const std::string& where, const char* field,
                 std::vector<uint16_t>* out) {
    for (auto name : Split(list, ',')) {
      uint16_t t = 0;
      VIGIL_RETURN_IF_ERROR(Tag(name, where, field, &t));
      out->push_back(t);
    }
    return Status::OK();
  }

  Status Weight(std::string_view s, const std::string& where, const char* field, float* out) {
    if (!ParseFloat(s, out) || !(*out >= 0.0f && *out <= 1.0f)) {
      return Err(where, std::string(field) + ": expected a number in [0,1], got '" + std::string(s) + "'");
    }
    return Status::OK();
  }

  Status ParseEntry(bool allow, const std::vector<std::string_view>& f, const std::string& where) {
    LexiconEntry e;
    e.allow = allow;
    e.where = where;
    size_t opt = 2;
    if (f.size() < 2) return Err(where, "missing the term text");
    e.text = std::string(f[1]);
    if (!allow) {
      if (f.size() < 4) return Err(where, "`term` needs TEXT, TAG and WEIGHT");
      VIGIL_RETURN_IF_ERROR(Tag(f[2], where, "tag", &e.tag));
      VIGIL_RETURN_IF_ERROR(Weight(f[3], where, "weight", &e.weight));
      opt = 4;
    }
    for (size_t i = opt; i < f.size(); ++i) {
      auto [k, v] = KeyValue(f[i]);
      if (k == "lang") {
        e.lang = std::string(v);
      } else if (k == "form") {
        if (v == "literal") e.form = MatchForm::kLiteral;
        else if (v == "pinyin") e.form = MatchForm::kPinyin;
        else if (v == "pattern") e.form = MatchForm::kPattern;
        else return Err(where, "form: expected literal, pinyin or pattern, got '" + std::string(v) + "'");
      } else if (k == "bound") {
        if (v == "word") e.word_bound = true;
        else if (v == "none") e.word_bound = false;
        else return Err(where, "bound: expected word or none");
      } else if (k == "initials") {
        if (v == "yes") e.initials = true;
        else if (v == "no") e.initials = false;
        else return Err(where, "initials: expected yes or no");
      } else if (k == "unless") {
        VIGIL_RETURN_IF_ERROR(TagList(v, where, "unless", &e.unless));
      } else if (k == "name") {
        e.label = std::string(v);
      } else {
        return Err(where, "unknown option '" + std::string(f[i]) +
                              "' (expected lang=, form=, bound=, initials=, unless= or name=)");
      }
    }
    if (e.label.empty()) e.label = e.text;
    // The same term in two files (or twice): merge.
    auto key = std::make_tuple(e.text, e.form, e.tag, e.allow);
    if (auto it = index_.find(key); it != index_.end()) {
      LexiconEntry& old = (*entries_)[it->second];
      old.weight = std::max(old.weight, e.weight);
      for (uint16_t u : e.unless) {
        if (std::find(old.unless.begin(), old.unless.end(), u) == old.unless.end()) old.unless.push_back(u);
      }
      return Status::OK();
    }
    index_.emplace(key, entries_->size());
    entries_->push_back(std::move(e));
    return Status::OK();
  }

  Status ParseRule(const std::vector<std::string_view>& f, const std::string& where) {
    if (f.size() < 5) return Err(where, "`rule` needs NAME, TAG, SCORE and needs=");
    LexiconRule r;
    r.where = where;
    r.name = std::string(f[1]);
    VIGIL_RETURN_IF_ERROR(Tag(f[2], where, "tag", &r.out_tag));
    VIGIL_RETURN_IF_ERROR(Weight(f[3], where, "score", &r.score));
    for (size_t i = 4; i < f.size(); ++i) {
      auto [k, v] = KeyValue(f[i]);
      if (k == "needs") {
        for (auto group : Split(v, '+')) {
          std::vector<uint16_t> g;
          for (auto name : Split(group, '|')) {
            uint16_t t = 0;
            VIGIL_RETURN_IF_ERROR(Tag(name, where, "needs", &t));
            g.push_back(t);
          }
          r.needs.push_back(std::move(g));
        }
      } else if (k == "window") {
        auto res = std::from_chars(v.data(), v.data() + v.size(), r.window);
        if (res.ec != std::errc() || res.ptr != v.data() + v.size()) {
          return Err(where, "window: expected a number of characters, got '" + std::string(v) + "'");
        }
      } else if (k == "unless") {
        VIGIL_RETURN_IF_ERROR(TagList(v, where, "unless", &r.unless));
      } else {
        return Err(where, "unknown option '" + std::string(f[i]) + "' (expected needs=, window= or unless=)");
      }
    }
    if (r.needs.empty()) return Err(where, "rule without needs=");
    rules_->push_back(std::move(r));
    return Status::OK();
  }

  Status ParseDamp(const std::vector<std::string_view>& f, const std::string& where) {
    if (f.size() < 3) return Err(where, "`damp` needs TAG and FACTOR");
    LexiconDamp d;
    d.where = where;
    VIGIL_RETURN_IF_ERROR(Tag(f[1], where, "tag", &d.tag));
    VIGIL_RETURN_IF_ERROR(Weight(f[2], where, "factor", &d.factor));
    for (size_t i = 3; i < f.size(); ++i) {
      auto [k, v] = KeyValue(f[i]);
      if (k == "only") {
        VIGIL_RETURN_IF_ERROR(TagList(v, where, "only", &d.only));
      } else if (k == "unless") {
        VIGIL_RETURN_IF_ERROR(TagList(v, where, "unless", &d.unless));
      } else {
        return Err(where, "unknown option '" + std::string(f[i]) + "' (expected only= or unless=)");
      }
    }
    if (d.only.empty()) {
      d.only = {static_cast<uint16_t>(CueFamily::kSolicitation), static_cast<uint16_t>(CueFamily::kCsamTrading),
                static_cast<uint16_t>(CueFamily::kSextortion)};
    }
    damps_->push_back(std::move(d));
    return Status::OK();
  }

  Lexicon* lex_;
  std::vector<TagInfo>* tags_;
  std::vector<LexiconEntry>* entries_;
  std::vector<LexiconRule>* rules_;
  std::vector<LexiconDamp>* damps_;
  std::map<std::tuple<std::string, MatchForm, uint16_t, bool>, size_t> index_;
};

}  // namespace

int Lexicon::FindTag(std::string_view name) const {
  for (size_t i = 0; i < tags_.size(); ++i) {
    if (tags_[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

StatusOr<Lexicon> Lexicon::Parse(const std::vector<std::pair<std::string, std::string>>& files) {
  Lexicon lex;
  for (int i = 0; i < kNumCueFamilies; ++i) {
    lex.tags_.push_back({std::string(CueFamilyName(static_cast<CueFamily>(i))), i});
  }
  Parser p(&lex, &lex.tags_, &lex.entries_, &lex.rules_, &lex.damps_);
  for (const auto& [name, content] : files) VIGIL_RETURN_IF_ERROR(p.DeclareTags(name, content));
  for (const auto& [name, content] : files) VIGIL_RETURN_IF_ERROR(p.ParseRecords(name, content));
  return lex;
}

StatusOr<Lexicon> Lexicon::LoadDir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return NotFoundError(dir + ": lexicon directory not found");
  std::vector<std::string> paths;
  for (const auto& de : fs::directory_iterator(dir, ec)) {
    if (de.is_regular_file() && de.path().extension() == ".tsv") paths.push_back(de.path().string());
  }
  if (ec) return IOError(dir + ": " + ec.message());
  std::sort(paths.begin(), paths.end());
  if (paths.empty()) return NotFoundError(dir + ": no *.tsv lexicon files");
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& p : paths) {
    VIGIL_ASSIGN_OR_RETURN(std::string content, ReadFileBounded(p, 64 << 20));
    files.emplace_back(p, std::move(content));
  }
  return Parse(files);
}

}  // namespace vigil::text
