// Service counters and latency histograms, rendered in the Prometheus text
// exposition format. Lock-free (relaxed atomics); one instance per Service.
#ifndef VIGIL_SERVICE_METRICS_H_
#define VIGIL_SERVICE_METRICS_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <string>

#include "vigil/verdict.h"

namespace vigil::service {

enum class Route : uint8_t { kScan, kHealthz, kReadyz, kMetrics, kLists, kOther, kCount };
inline constexpr int kNumRoutes = static_cast<int>(Route::kCount);

class Histogram {
 public:
  static constexpr std::array<double, 14> kBounds = {
      0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001,
      0.0025,  0.005,    0.01,    0.025,  0.05,    0.1,    1.0};
  void Observe(double seconds);
  void Render(const std::string& name, const std::string& labels, std::string* out) const;

 private:
  std::array<std::atomic<int64_t>, kBounds.size() + 1> buckets_{};
  std::atomic<int64_t> count_{0};
  std::atomic<int64_t> sum_ns_{0};
};

class Metrics {
 public:
  void Request(Route route, int status, double seconds);
  void Verdict(const vigil::Verdict& v, double scan_seconds);
  void ScanError() { scan_errors_.fetch_add(1, std::memory_order_relaxed); }
  void Rejected() { rejected_.fetch_add(1, std::memory_order_relaxed); }
  void ListReload(bool ok) { (ok ? reloads_ : reload_failures_).fetch_add(1, std::memory_order_relaxed); }
  std::string Render(bool ready, int64_t generation, int64_t list_entries) const;

 private:
  static constexpr int kCodes = 600;
  std::array<std::array<std::atomic<int64_t>, kCodes>, kNumRoutes> requests_{};
  std::array<Histogram, kNumRoutes> request_latency_;
  Histogram scan_latency_;
  std::atomic<int64_t> events_{0};
  std::array<std::atomic<int64_t>, kNumSignalTypes> signals_{};
  std::array<std::atomic<int64_t>, kNumActions> actions_{};
  std::atomic<int64_t> scan_errors_{0};
  std::atomic<int64_t> rejected_{0};
  std::atomic<int64_t> reloads_{0};
  std::atomic<int64_t> reload_failures_{0};
};

}  // namespace vigil::service

#endif  // VIGIL_SERVICE_METRICS_H_
