#include "pipeline/batch.h"

#include <chrono>
#include <cstring>

#include <fmt/format.h>

namespace vigil {

std::string BatchSummary::ToText() const {
  std::string s;
  s += fmt::format("events scanned : {}\n", events);
  s += fmt::format("error lines    : {}\n", errors);
  s += "signals        :";
  bool any = false;
  for (int i = 0; i < kNumSignalTypes; ++i) {
    if (signals[i] == 0) continue;
    s += fmt::format(" {}={}", SignalTypeName(static_cast<SignalType>(i)), signals[i]);
    any = true;
  }
  s += any ? "\n" : " none\n";
  s += "actions        :";
  for (int i = 0; i < kNumActions; ++i) {
    s += fmt::format(" {}={}", ActionName(static_cast<Action>(i)), actions[i]);
  }
  s += "\n";
  double rate = seconds > 0 ? (events + errors) / seconds : 0.0;
  s += fmt::format("elapsed        : {:.3f} s ({:.0f} events/s)\n", seconds, rate);
  return s;
}

BatchSummary ScanBatch(const Pipeline& pipeline, EventReader& reader, std::FILE* out,
                       Status* status, const VerdictHook& hook) {
  BatchSummary sum;
  auto t0 = std::chrono::steady_clock::now();
  Verdict verdict;
  ScanContext ctx;
  Status line_status;
  std::string buf;
  *status = Status::OK();
  auto flush = [&](bool force) {
    if (out == nullptr || (!force && buf.size() < (1 << 16))) return;
    if (!buf.empty() && std::fwrite(buf.data(), 1, buf.size(), out) != buf.size()) {
      *status = IOError(std::string("cannot write verdicts: ") + std::strerror(errno));
    }
    buf.clear();
  };
  // Read-ahead: events i+1 and i+2 are parsed before event i is scanned and
  // announced to the pipeline (Pipeline::Prefetch), so that conversation
  // state loads overlap the scans before them.
  constexpr size_t kRing = 3;
  std::array<Event, kRing> ring;
  std::array<Status, kRing> ring_status;
  size_t head = 0, queued = 0;
  bool more = true;
  Status end_status;  // what the reader reported when it stopped
  auto read_ahead = [&] {
    while (more && queued < kRing) {
      const size_t k = (head + queued) % kRing;
      if (!reader.Next(&ring[k], &ring_status[k])) {
        more = false;
        end_status = ring_status[k];
        break;
      }
      if (ring_status[k].ok() && queued > 0) pipeline.Prefetch(ring[k], 0);
      ++queued;
    }
  };
  for (read_ahead(); queued > 0; read_ahead()) {
    Event& event = ring[head];
    line_status = ring_status[head];
    const size_t next = (head + 1) % kRing;
    if (queued > 1 && ring_status[next].ok()) pipeline.Prefetch(ring[next], 1);
    head = next;
    --queued;
    if (line_status.ok()) line_status = pipeline.Scan(event, ctx, &verdict);
    if (!line_status.ok()) {
      ++sum.errors;
      std::string msg = line_status.message();
      // Pipeline errors do not carry the line yet; parse errors already do.
      if (msg.rfind("line ", 0) != 0) {
        line_status = Status(line_status.code(), "line " + std::to_string(event.line) + ": " + msg);
      }
      AppendErrorJson(event.line, event.id, line_status, &buf);
    } else {
      if (hook) {
        Status hs = hook(event, verdict, ctx);
        if (!hs.ok()) {
          *status = hs;
          break;
        }
      }
      ++sum.events;
      for (const auto& s : verdict.signals) ++sum.signals[static_cast<int>(s.type)];
      ++sum.actions[static_cast<int>(verdict.action)];
      AppendVerdictJson(verdict, &buf);
    }
    buf.push_back('\n');
    flush(false);
  }
  if (!end_status.ok() && end_status.code() == StatusCode::kIOError) *status = end_status;
  flush(true);
  if (out != nullptr) std::fflush(out);
  sum.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return sum;
}

}  // namespace vigil
