// Bounded line reader over a FILE*: memory O(max_line_bytes) whatever the input.
#ifndef VIGIL_STREAM_LINE_READER_H_
#define VIGIL_STREAM_LINE_READER_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "vigil/status.h"

namespace vigil::stream {

class LineReader {
 public:
  LineReader(std::FILE* f, size_t max_line_bytes) : f_(f), max_(max_line_bytes) {}

  // Next non-blank line without its '\n' (and '\r'). A line longer than the
  // limit is returned empty with *too_long set (its bytes are skipped).
  // Returns false at end of input or on a read error (see status()).
  bool Next(std::string_view* line, bool* too_long);
  int64_t line() const { return line_no_; }
  const Status& status() const { return status_; }

 private:
  bool Fill();
  std::FILE* f_;
  size_t max_;
  std::string buf_ = std::string(1 << 16, '\0');
  size_t pos_ = 0, len_ = 0;
  bool eof_ = false;
  std::string line_;
  int64_t line_no_ = 0;
  Status status_;
};

}  // namespace vigil::stream

#endif  // VIGIL_STREAM_LINE_READER_H_
