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
  Event event;
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
  while (reader.Next(&event, &line_status)) {
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
  if (!line_status.ok() && line_status.code() == StatusCode::kIOError) *status = line_status;
  flush(true);
  if (out != nullptr) std::fflush(out);
  sum.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return sum;
}

}  // namespace vigil
