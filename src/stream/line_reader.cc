#include "stream/line_reader.h"

#include <cerrno>
#include <cstring>

namespace vigil::stream {

bool LineReader::Fill() {
  if (eof_) return false;
  len_ = std::fread(buf_.data(), 1, buf_.size(), f_);
  pos_ = 0;
  if (len_ == 0) {
    eof_ = true;
    if (std::ferror(f_)) status_ = IOError(std::string("read error: ") + std::strerror(errno));
    return false;
  }
  return true;
}

bool LineReader::Next(std::string_view* line, bool* too_long) {
  for (;;) {
    line_.clear();
    *too_long = false;
    bool any = false;
    for (;;) {
      if (pos_ == len_ && !Fill()) break;
      any = true;
      const char* start = buf_.data() + pos_;
      const void* nl = std::memchr(start, '\n', len_ - pos_);
      size_t n = nl ? static_cast<const char*>(nl) - start : len_ - pos_;
      if (!*too_long) {
        if (line_.size() + n > max_) {
          *too_long = true;
          line_.clear();
        } else {
          line_.append(start, n);
        }
      }
      pos_ += n;
      if (nl) {
        ++pos_;
        break;
      }
    }
    if (!any) return false;
    ++line_no_;
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    if (!*too_long && line_.find_first_not_of(" \t") == std::string::npos) continue;
    *line = line_;
    return true;
  }
}

}  // namespace vigil::stream
