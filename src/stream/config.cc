#include "stream/config.h"

#include <charconv>

#include <toml++/toml.h>

namespace vigil::stream {
namespace {

template <typename T>
Status ParseInt(std::string_view text, std::string_view what, T* out) {
  T v{};
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || p != text.data() + text.size()) {
    return InvalidArgumentError(std::string(what) + ": expected an integer, got '" +
                                std::string(text) + "'");
  }
  *out = v;
  return Status::OK();
}

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

Status ReadTable(const toml::table& t, const std::string& path, const std::string& section,
                 const std::function<Status(const std::string&, const toml::node&)>& set) {
  for (const auto& [k, v] : t) {
    Status s = set(std::string(k.str()), v);
    if (!s.ok()) {
      return InvalidArgumentError(path + ":" + std::to_string(v.source().begin.line) + ": [" +
                                  section + "] " + std::string(k.str()) + ": " + s.message());
    }
  }
  return Status::OK();
}

Status Str(const toml::node& n, std::string* out) {
  auto v = n.value<std::string>();
  if (!v) return InvalidArgumentError("expected a string");
  *out = *v;
  return Status::OK();
}

template <typename T>
Status Int(const toml::node& n, T* out) {
  auto v = n.value<int64_t>();
  if (!v || *v < 0) return InvalidArgumentError("expected a non-negative integer");
  *out = static_cast<T>(*v);
  return Status::OK();
}

}  // namespace

Status LoadConfigFile(const std::string& path, StreamSettings* s) {
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    return InvalidArgumentError(path + ":" + std::to_string(e.source().begin.line) + ": " +
                                std::string(e.description()));
  }
  StreamConfig& sc = s->worker.stream;
  WorkerOptions& w = s->worker;
  for (const auto& [section, node] : root) {
    const toml::table* t = node.as_table();
    std::string name(section.str());
    if (t == nullptr) return InvalidArgumentError(path + ": '" + name + "' must be a table");
    if (name == "nats") {
      VIGIL_RETURN_IF_ERROR(ReadTable(*t, path, name, [&](const std::string& k, const toml::node& v) {
        if (k == "url") return Str(v, &sc.nats_url);
        if (k == "stream") return Str(v, &sc.stream);
        if (k == "subject_prefix") return Str(v, &sc.subject_prefix);
        if (k == "verdict_stream") return Str(v, &sc.verdict_stream);
        if (k == "verdict_prefix") return Str(v, &sc.verdict_prefix);
        if (k == "partitions") return Int(v, &sc.partitions);
        if (k == "replicas") return Int(v, &sc.replicas);
        if (k == "duplicate_window_s") return Int(v, &sc.duplicate_window_s);
        if (k == "max_age_s") return Int(v, &sc.max_age_s);
        return InvalidArgumentError("unknown key");
      }));
    } else if (name == "worker") {
      VIGIL_RETURN_IF_ERROR(ReadTable(*t, path, name, [&](const std::string& k, const toml::node& v) {
        if (k == "name") return Str(v, &w.name);
        if (k == "own") return Str(v, &s->own);
        if (k == "store") return Str(v, &w.store);
        if (k == "batch") return Int(v, &w.batch);
        if (k == "fetch_wait_ms") return Int(v, &w.fetch_wait_ms);
        if (k == "ack_wait_ms") return Int(v, &w.ack_wait_ms);
        if (k == "lease_ms") return Int(v, &w.lease_ms);
        if (k == "data") return Str(v, &s->data_dir);
        if (k == "key") return Str(v, &w.key_file);
        if (k == "lists") {
          const toml::array* a = v.as_array();
          if (a == nullptr) return InvalidArgumentError("expected an array of paths");
          s->lists.clear();
          for (const auto& e : *a) {
            std::string p;
            VIGIL_RETURN_IF_ERROR(Str(e, &p));
            s->lists.push_back(p);
          }
          return Status::OK();
        }
        return InvalidArgumentError("unknown key");
      }));
    } else {
      return InvalidArgumentError(path + ": unknown section [" + name + "] (expected nats, worker)");
    }
  }
  return Status::OK();
}

Status ApplyEnvironment(const std::function<const char*(const char*)>& getenv, StreamSettings* s) {
  StreamConfig& sc = s->worker.stream;
  auto str = [&](const char* var, std::string* out) {
    if (const char* v = getenv(var)) *out = v;
  };
  str("VIGIL_NATS_URL", &sc.nats_url);
  str("VIGIL_STREAM", &sc.stream);
  str("VIGIL_SUBJECT_PREFIX", &sc.subject_prefix);
  str("VIGIL_VERDICT_STREAM", &sc.verdict_stream);
  str("VIGIL_VERDICT_PREFIX", &sc.verdict_prefix);
  str("VIGIL_WORKER_NAME", &s->worker.name);
  str("VIGIL_WORKER_OWN", &s->own);
  str("VIGIL_STORE", &s->worker.store);
  str("VIGIL_KEY_FILE", &s->worker.key_file);
  str("VIGIL_DATA", &s->data_dir);
  if (const char* v = getenv("VIGIL_PARTITIONS")) {
    VIGIL_RETURN_IF_ERROR(ParseInt(v, "VIGIL_PARTITIONS", &sc.partitions));
  }
  if (const char* v = getenv("VIGIL_REPLICAS")) {
    VIGIL_RETURN_IF_ERROR(ParseInt(v, "VIGIL_REPLICAS", &sc.replicas));
  }
  if (const char* v = getenv("VIGIL_BATCH")) {
    VIGIL_RETURN_IF_ERROR(ParseInt(v, "VIGIL_BATCH", &s->worker.batch));
  }
  if (const char* v = getenv("VIGIL_LISTS")) s->lists = SplitComma(v);
  return Status::OK();
}

StatusOr<std::vector<uint32_t>> ParsePartitionSpec(const std::string& spec, uint32_t partitions) {
  std::vector<uint32_t> out;
  if (spec.empty()) {
    for (uint32_t p = 0; p < partitions; ++p) out.push_back(p);
    return out;
  }
  const std::string what = "partition spec '" + spec + "'";
  if (size_t slash = spec.find('/'); slash != std::string::npos) {
    uint32_t i = 0, n = 0;
    VIGIL_RETURN_IF_ERROR(ParseInt(std::string_view(spec).substr(0, slash), what, &i));
    VIGIL_RETURN_IF_ERROR(ParseInt(std::string_view(spec).substr(slash + 1), what, &n));
    if (n == 0 || i >= n) return InvalidArgumentError(what + ": expected i/n with 0 <= i < n");
    for (uint32_t p = i; p < partitions; p += n) out.push_back(p);
    if (out.empty()) return InvalidArgumentError(what + ": owns no partition of " + std::to_string(partitions));
    return out;
  }
  for (const std::string& part : SplitComma(spec)) {
    uint32_t lo = 0, hi = 0;
    size_t dash = part.find('-');
    VIGIL_RETURN_IF_ERROR(ParseInt(std::string_view(part).substr(0, dash), what, &lo));
    hi = lo;
    if (dash != std::string::npos) {
      VIGIL_RETURN_IF_ERROR(ParseInt(std::string_view(part).substr(dash + 1), what, &hi));
    }
    if (hi < lo || hi >= partitions) {
      return InvalidArgumentError(what + ": " + part + " outside 0.." + std::to_string(partitions - 1));
    }
    for (uint32_t p = lo; p <= hi; ++p) out.push_back(p);
  }
  return out;
}

}  // namespace vigil::stream
