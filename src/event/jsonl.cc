#include "vigil/jsonl.h"

#include <simdjson.h>

#include <cerrno>
#include <cstring>

#include "core/hex.h"
#include "core/json_writer.h"
#include "core/time_util.h"
#include "core/utf8.h"
#include "vigil/conversation.h"

namespace vigil {
namespace {

constexpr size_t kReadChunk = 1 << 16;

std::string LinePrefix(int64_t line_no) { return "line " + std::to_string(line_no) + ": "; }

std::string_view JsonTypeName(simdjson::ondemand::json_type t) {
  using T = simdjson::ondemand::json_type;
  switch (t) {
    case T::array: return "array";
    case T::object: return "object";
    case T::number: return "number";
    case T::string: return "string";
    case T::boolean: return "boolean";
    case T::null: return "null";
  }
  return "unknown";
}

}  // namespace

struct EventParser::Impl {
  JsonlLimits limits;
  simdjson::ondemand::parser parser;
  std::string padded;  // copy of the line with SIMDJSON_PADDING bytes after it

  Status Err(int64_t line_no, std::string msg) {
    return InvalidArgumentError(LinePrefix(line_no) + msg);
  }

  // Reads a string field's value, checking the type and size.
  Status GetString(simdjson::ondemand::value& v, std::string_view field, int64_t line_no,
                   std::string* out) {
    simdjson::ondemand::json_type t;
    if (v.type().get(t) != simdjson::SUCCESS) return Err(line_no, "malformed JSON value in field '" + std::string(field) + "'");
    if (t != simdjson::ondemand::json_type::string) {
      return Err(line_no, "field '" + std::string(field) + "': expected a string, got " +
                              std::string(JsonTypeName(t)));
    }
    std::string_view sv;
    if (v.get_string().get(sv) != simdjson::SUCCESS) {
      return Err(line_no, "field '" + std::string(field) + "': malformed string");
    }
    if (sv.size() > limits.max_field_bytes) {
      return Err(line_no, "field '" + std::string(field) + "': longer than " +
                              std::to_string(limits.max_field_bytes) + " bytes");
    }
    out->assign(sv);
    return Status::OK();
  }

  Status GetHex(simdjson::ondemand::value& v, std::string_view field, size_t hex_len,
                int64_t line_no, std::string* out) {
    VIGIL_RETURN_IF_ERROR(GetString(v, field, line_no, out));
    if (!NormalizeHex(out, hex_len)) {
      return Err(line_no, "field '" + std::string(field) + "': expected " +
                              std::to_string(hex_len) + " hex digits");
    }
    return Status::OK();
  }

  Status ParseMediaItem(simdjson::ondemand::value& item, size_t idx, int64_t line_no,
                        MediaRef* m) {
    simdjson::ondemand::object obj;
    std::string where = "media[" + std::to_string(idx) + "]";
    if (item.get_object().get(obj) != simdjson::SUCCESS) {
      return Err(line_no, "field '" + where + "': expected an object");
    }
    for (auto field : obj) {
      std::string_view key;
      if (field.unescaped_key().get(key) != simdjson::SUCCESS) {
        return Err(line_no, "malformed key in " + where);
      }
      simdjson::ondemand::value v = field.value();
      std::string name = where + "." + std::string(key);
      if (key == "path") {
        VIGIL_RETURN_IF_ERROR(GetString(v, name, line_no, &m->path));
      } else if (key == "pdq") {
        VIGIL_RETURN_IF_ERROR(GetHex(v, name, 64, line_no, &m->pdq));
      } else if (key == "md5") {
        VIGIL_RETURN_IF_ERROR(GetHex(v, name, 32, line_no, &m->md5));
      } else if (key == "sha1") {
        VIGIL_RETURN_IF_ERROR(GetHex(v, name, 40, line_no, &m->sha1));
      } else if (key == "sha256") {
        VIGIL_RETURN_IF_ERROR(GetHex(v, name, 64, line_no, &m->sha256));
      } else if (key == "quality") {
        int64_t q;
        if (v.get_int64().get(q) != simdjson::SUCCESS || q < 0 || q > 100) {
          return Err(line_no, "field '" + name + "': expected an integer 0..100");
        }
        m->quality = static_cast<int>(q);
      }
    }
    return Status::OK();
  }

  Status ParseMedia(simdjson::ondemand::value& v, int64_t line_no, Event* ev) {
    simdjson::ondemand::array arr;
    if (v.get_array().get(arr) != simdjson::SUCCESS) {
      return Err(line_no, "field 'media': expected an array");
    }
    size_t idx = 0;
    for (auto item_r : arr) {
      simdjson::ondemand::value item;
      if (item_r.get(item) != simdjson::SUCCESS) return Err(line_no, "malformed JSON in 'media'");
      if (idx >= limits.max_media) {
        return Err(line_no, "field 'media': more than " + std::to_string(limits.max_media) +
                                " items");
      }
      ev->media.emplace_back();
      VIGIL_RETURN_IF_ERROR(ParseMediaItem(item, idx, line_no, &ev->media.back()));
      ++idx;
    }
    return Status::OK();
  }

  Status ParseField(std::string_view key, simdjson::ondemand::value& v, int64_t line_no,
                    Event* ev, bool* has_id) {
    if (key == "id") {
      *has_id = true;
      VIGIL_RETURN_IF_ERROR(GetString(v, "id", line_no, &ev->id));
      if (ev->id.empty()) return Err(line_no, "field 'id': must not be empty");
      return Status::OK();
    }
    if (key == "conversation") return GetString(v, key, line_no, &ev->conversation);
    if (key == "sender") return GetString(v, key, line_no, &ev->sender);
    if (key == "recipient") return GetString(v, key, line_no, &ev->recipient);
    if (key == "platform") return GetString(v, key, line_no, &ev->platform);
    if (key == "channel") return GetString(v, key, line_no, &ev->channel);
    if (key == "lang") return GetString(v, key, line_no, &ev->lang);
    if (key == "text") return GetString(v, key, line_no, &ev->text);
    if (key == "ts") {
      VIGIL_RETURN_IF_ERROR(GetString(v, key, line_no, &ev->ts));
      if (!ParseRfc3339(ev->ts, &ev->ts_ms)) {
        return Err(line_no, "field 'ts': expected an RFC 3339 date-time like 2026-05-02T19:04:00Z");
      }
      return Status::OK();
    }
    if (key == "media") return ParseMedia(v, line_no, ev);
    return Status::OK();  // unknown fields are kept by the caller's raw line and ignored here
  }
};

EventParser::EventParser(JsonlLimits limits) : impl_(std::make_unique<Impl>()) {
  impl_->limits = limits;
}
EventParser::~EventParser() = default;

Status EventParser::Parse(std::string_view json, int64_t line_no, Event* ev) {
  ev->Clear();
  ev->line = line_no;
  size_t bad = FindInvalidUtf8(json);
  if (bad != std::string_view::npos) {
    return impl_->Err(line_no, "invalid UTF-8 at byte " + std::to_string(bad));
  }
  impl_->padded.assign(json);
  impl_->padded.append(simdjson::SIMDJSON_PADDING, '\0');
  simdjson::padded_string_view psv(impl_->padded.data(), json.size(), impl_->padded.size());
  simdjson::ondemand::document doc;
  if (impl_->parser.iterate(psv).get(doc) != simdjson::SUCCESS) {
    return impl_->Err(line_no, "malformed JSON");
  }
  simdjson::ondemand::object obj;
  auto err = doc.get_object().get(obj);
  if (err != simdjson::SUCCESS) {
    return impl_->Err(line_no, err == simdjson::INCORRECT_TYPE
                                   ? "expected a JSON object"
                                   : std::string("malformed JSON: ") + simdjson::error_message(err));
  }
  bool has_id = false;
  for (auto field : obj) {
    std::string_view key;
    if (field.unescaped_key().get(key) != simdjson::SUCCESS) {
      return impl_->Err(line_no, "malformed JSON object key");
    }
    simdjson::ondemand::value v;
    if (field.value().get(v) != simdjson::SUCCESS) {
      return impl_->Err(line_no, "malformed JSON value for '" + std::string(key) + "'");
    }
    VIGIL_RETURN_IF_ERROR(impl_->ParseField(key, v, line_no, ev, &has_id));
  }
  // After the object, the document must be exhausted (current_location fails at end).
  if (doc.current_location().error() == simdjson::SUCCESS) return impl_->Err(line_no, "malformed JSON: trailing content after the object");
  if (!has_id) return impl_->Err(line_no, "missing required field 'id'");
  if (!ev->conversation.empty()) ev->conversation_key = ConversationTracker::Key(ev->conversation);
  return Status::OK();
}

EventReader::EventReader(std::FILE* f, bool owns, std::string data, JsonlLimits limits)
    : file_(f), owns_file_(owns), mem_(std::move(data)), limits_(limits), parser_(limits) {
  if (file_ != nullptr) buf_.resize(kReadChunk);
}

EventReader::~EventReader() {
  if (owns_file_ && file_ != nullptr) std::fclose(file_);
}

StatusOr<std::unique_ptr<EventReader>> EventReader::Open(const std::string& path,
                                                          JsonlLimits limits) {
  if (path.empty()) return InvalidArgumentError("events path is empty");
  if (path == "-") {
    return std::unique_ptr<EventReader>(new EventReader(stdin, false, {}, limits));
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return IOError(path + ": cannot open: " + std::strerror(errno));
  return std::unique_ptr<EventReader>(new EventReader(f, true, {}, limits));
}

std::unique_ptr<EventReader> EventReader::FromString(std::string data, JsonlLimits limits) {
  auto r = std::unique_ptr<EventReader>(new EventReader(nullptr, false, std::move(data), limits));
  r->buf_len_ = r->mem_.size();
  r->eof_ = true;
  return r;
}

bool EventReader::Fill() {
  if (file_ == nullptr || eof_) return false;
  buf_len_ = std::fread(buf_.data(), 1, buf_.size(), file_);
  buf_pos_ = 0;
  if (buf_len_ == 0) eof_ = true;
  return buf_len_ > 0;
}

bool EventReader::ReadLine(bool* too_long, Status* io_status) {
  line_.clear();
  *too_long = false;
  bool got_any = false;
  for (;;) {
    const char* data = file_ != nullptr ? buf_.data() : mem_.data();
    if (buf_pos_ >= buf_len_) {
      if (!Fill()) {
        if (file_ != nullptr && std::ferror(file_)) {
          *io_status = IOError(std::string("read error: ") + std::strerror(errno));
        }
        return got_any;
      }
      data = buf_.data();
    }
    got_any = true;
    const char* start = data + buf_pos_;
    size_t avail = buf_len_ - buf_pos_;
    const void* nl = std::memchr(start, '\n', avail);
    size_t take = nl ? static_cast<const char*>(nl) - start : avail;
    if (!*too_long) {
      if (line_.size() + take > limits_.max_line_bytes) {
        *too_long = true;
        line_.clear();
        line_.shrink_to_fit();
      } else {
        line_.append(start, take);
      }
    }
    buf_pos_ += take + (nl ? 1 : 0);
    if (nl) return true;
  }
}

bool EventReader::Next(Event* event, Status* status) {
  for (;;) {
    bool too_long = false;
    Status io;
    if (!ReadLine(&too_long, &io)) {
      *status = io;
      return false;
    }
    ++line_no_;
    if (too_long) {
      event->Clear();
      event->line = line_no_;
      *status = ResourceExhaustedError(LinePrefix(line_no_) + "line longer than " +
                                       std::to_string(limits_.max_line_bytes) +
                                       " bytes; skipped");
      return true;
    }
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    if (line_.find_first_not_of(" \t") == std::string::npos) continue;  // blank line
    *status = parser_.Parse(line_, line_no_, event);
    return true;
  }
}

void AppendErrorJson(int64_t line, std::string_view id, const Status& status, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  if (line > 0) w.Key("line").Int(line);
  if (!id.empty()) w.Key("id").String(id);
  w.Key("error").String(status.message());
  w.EndObject();
}

}  // namespace vigil
