#include "service/metrics.h"

#include <fmt/format.h>

namespace vigil::service {
namespace {

constexpr const char* kRouteNames[kNumRoutes] = {"scan", "healthz", "readyz",
                                                 "metrics", "lists", "other"};

void Counter(std::string* out, const char* name, const char* help) {
  *out += fmt::format("# HELP {} {}\n# TYPE {} counter\n", name, help, name);
}

}  // namespace

void Histogram::Observe(double seconds) {
  size_t i = 0;
  while (i < kBounds.size() && seconds > kBounds[i]) ++i;
  buckets_[i].fetch_add(1, std::memory_order_relaxed);
  count_.fetch_add(1, std::memory_order_relaxed);
  sum_ns_.fetch_add(static_cast<int64_t>(seconds * 1e9), std::memory_order_relaxed);
}

void Histogram::Render(const std::string& name, const std::string& labels, std::string* out) const {
  std::string sep = labels.empty() ? "" : labels + ",";
  int64_t cum = 0;
  for (size_t i = 0; i < kBounds.size(); ++i) {
    cum += buckets_[i].load(std::memory_order_relaxed);
    *out += fmt::format("{}_bucket{{{}le=\"{}\"}} {}\n", name, sep, kBounds[i], cum);
  }
  cum += buckets_[kBounds.size()].load(std::memory_order_relaxed);
  *out += fmt::format("{}_bucket{{{}le=\"+Inf\"}} {}\n", name, sep, cum);
  std::string l = labels.empty() ? "" : "{" + labels + "}";
  *out += fmt::format("{}_sum{} {:.9f}\n", name, l, sum_ns_.load(std::memory_order_relaxed) / 1e9);
  *out += fmt::format("{}_count{} {}\n", name, l, count_.load(std::memory_order_relaxed));
}

void Metrics::Request(Route route, int status, double seconds) {
  int r = static_cast<int>(route);
  if (status < 0 || status >= kCodes) status = 0;
  requests_[r][status].fetch_add(1, std::memory_order_relaxed);
  request_latency_[r].Observe(seconds);
}

void Metrics::Verdict(const vigil::Verdict& v, double scan_seconds) {
  events_.fetch_add(1, std::memory_order_relaxed);
  for (const auto& s : v.signals) signals_[static_cast<int>(s.type)].fetch_add(1, std::memory_order_relaxed);
  actions_[static_cast<int>(v.action)].fetch_add(1, std::memory_order_relaxed);
  scan_latency_.Observe(scan_seconds);
}

std::string Metrics::Render(bool ready, int64_t generation, int64_t list_entries) const {
  std::string out;
  out.reserve(16 << 10);
  Counter(&out, "vigil_http_requests_total", "HTTP requests by route and status code.");
  for (int r = 0; r < kNumRoutes; ++r) {
    for (int c = 0; c < kCodes; ++c) {
      int64_t n = requests_[r][c].load(std::memory_order_relaxed);
      if (n == 0) continue;
      out += fmt::format("vigil_http_requests_total{{route=\"{}\",code=\"{}\"}} {}\n", kRouteNames[r], c, n);
    }
  }
  out += "# HELP vigil_http_request_duration_seconds Time from routing to response, by route.\n"
         "# TYPE vigil_http_request_duration_seconds histogram\n";
  for (int r = 0; r < kNumRoutes; ++r) {
    request_latency_[r].Render("vigil_http_request_duration_seconds",
                               fmt::format("route=\"{}\"", kRouteNames[r]), &out);
  }
  out += "# HELP vigil_scan_duration_seconds Pipeline time per scanned event.\n"
         "# TYPE vigil_scan_duration_seconds histogram\n";
  scan_latency_.Render("vigil_scan_duration_seconds", "", &out);
  Counter(&out, "vigil_events_scanned_total", "Events that produced a verdict.");
  out += fmt::format("vigil_events_scanned_total {}\n", events_.load());
  Counter(&out, "vigil_signals_total", "Signals by type.");
  for (int i = 0; i < kNumSignalTypes; ++i) {
    out += fmt::format("vigil_signals_total{{type=\"{}\"}} {}\n",
                       SignalTypeName(static_cast<SignalType>(i)), signals_[i].load());
  }
  Counter(&out, "vigil_actions_total", "Verdict actions.");
  for (int i = 0; i < kNumActions; ++i) {
    out += fmt::format("vigil_actions_total{{action=\"{}\"}} {}\n",
                       ActionName(static_cast<Action>(i)), actions_[i].load());
  }
  Counter(&out, "vigil_scan_errors_total", "Events that could not be parsed or scanned.");
  out += fmt::format("vigil_scan_errors_total {}\n", scan_errors_.load());
  Counter(&out, "vigil_rejected_total", "Scan requests refused for overload (503).");
  out += fmt::format("vigil_rejected_total {}\n", rejected_.load());
  Counter(&out, "vigil_list_reloads_total", "Pipeline rebuilds after a list change, by result.");
  out += fmt::format("vigil_list_reloads_total{{result=\"ok\"}} {}\n", reloads_.load());
  out += fmt::format("vigil_list_reloads_total{{result=\"failed\"}} {}\n", reload_failures_.load());
  out += "# HELP vigil_ready 1 when lists and models are loaded.\n# TYPE vigil_ready gauge\n";
  out += fmt::format("vigil_ready {}\n", ready ? 1 : 0);
  out += "# HELP vigil_pipeline_generation Pipelines built since start.\n# TYPE vigil_pipeline_generation gauge\n";
  out += fmt::format("vigil_pipeline_generation {}\n", generation);
  out += "# HELP vigil_managed_list_entries Entries in managed hash lists.\n# TYPE vigil_managed_list_entries gauge\n";
  out += fmt::format("vigil_managed_list_entries {}\n", list_entries);
  return out;
}

}  // namespace vigil::service
