// Streaming JSON Lines input of events and output of verdicts.
//
// EventReader reads one line at a time with a bounded buffer: memory is
// O(max_line_bytes) whatever the input size. A line that cannot be turned
// into an Event yields a non-OK Status naming the line and what was
// expected; the reader then goes on with the next line.
#ifndef VIGIL_JSONL_H_
#define VIGIL_JSONL_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "vigil/event.h"
#include "vigil/status.h"
#include "vigil/verdict.h"

namespace vigil {

struct JsonlLimits {
  size_t max_line_bytes = 1 << 20;  // longer lines are skipped with an error
  size_t max_media = 64;            // media items per event
  size_t max_field_bytes = 1 << 20; // any single string field
};

// Parses one JSON object (one line) into *event. Thread-compatible: use one
// EventParser per thread.
class EventParser {
 public:
  explicit EventParser(JsonlLimits limits = {});
  ~EventParser();
  EventParser(const EventParser&) = delete;
  EventParser& operator=(const EventParser&) = delete;

  // `line_no` is only used in messages and copied into event->line.
  Status Parse(std::string_view json, int64_t line_no, Event* event);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class EventReader {
 public:
  // Opens `path` for reading; "-" means standard input.
  static StatusOr<std::unique_ptr<EventReader>> Open(const std::string& path,
                                                     JsonlLimits limits = {});
  // Reads from an in-memory buffer (tests, HTTP bodies).
  static std::unique_ptr<EventReader> FromString(std::string data, JsonlLimits limits = {});
  ~EventReader();

  // Reads the next non-blank line. Returns false at end of input (or after
  // an unrecoverable read error, reported once through *status). Otherwise
  // returns true with *status OK and *event filled, or with *status naming
  // the bad line ("line N: ...") and event->line / event->id set when known.
  bool Next(Event* event, Status* status);

  int64_t line() const { return line_no_; }

 private:
  EventReader(std::FILE* f, bool owns, std::string data, JsonlLimits limits);
  // Reads one raw line into line_ (without '\n'). Sets *too_long when the line
  // exceeded the limit (its bytes are discarded). Returns false at EOF.
  bool ReadLine(bool* too_long, Status* io_status);
  bool Fill();

  std::FILE* file_;
  bool owns_file_;
  std::string mem_;  // in-memory input (FromString)
  JsonlLimits limits_;
  std::string buf_;
  size_t buf_pos_ = 0;
  size_t buf_len_ = 0;
  bool eof_ = false;
  std::string line_;
  int64_t line_no_ = 0;
  EventParser parser_;
};

// Serialises a verdict as one JSON object (no trailing newline) onto *out.
void AppendVerdictJson(const Verdict& v, std::string* out);
// Serialises an error line {"line":N,"id":...,"error":"..."} onto *out.
void AppendErrorJson(int64_t line, std::string_view id, const Status& status, std::string* out);

}  // namespace vigil

#endif  // VIGIL_JSONL_H_
