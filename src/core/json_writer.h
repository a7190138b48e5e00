// Minimal streaming JSON writer used for verdicts, error lines and reports.
// Appends to a caller-owned string; escapes per RFC 8259 (input is UTF-8).
#ifndef VIGIL_CORE_JSON_WRITER_H_
#define VIGIL_CORE_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace vigil {

void AppendJsonString(std::string_view s, std::string* out);
void AppendJsonDouble(double d, std::string* out);

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}
  JsonWriter& BeginObject() { Sep(); out_->push_back('{'); first_ = true; return *this; }
  JsonWriter& EndObject() { out_->push_back('}'); first_ = false; return *this; }
  JsonWriter& BeginArray() { Sep(); out_->push_back('['); first_ = true; return *this; }
  JsonWriter& EndArray() { out_->push_back(']'); first_ = false; return *this; }
  JsonWriter& Key(std::string_view k) {
    Sep();
    AppendJsonString(k, out_);
    out_->push_back(':');
    first_ = true;  // the value that follows needs no comma
    return *this;
  }
  JsonWriter& String(std::string_view s) { Sep(); AppendJsonString(s, out_); return *this; }
  JsonWriter& Int(int64_t v) { Sep(); out_->append(std::to_string(v)); return *this; }
  JsonWriter& Double(double v) { Sep(); AppendJsonDouble(v, out_); return *this; }
  JsonWriter& Bool(bool b) { Sep(); out_->append(b ? "true" : "false"); return *this; }
  JsonWriter& Null() { Sep(); out_->append("null"); return *this; }
  // Appends already-serialised JSON.
  JsonWriter& Raw(std::string_view json) { Sep(); out_->append(json); return *this; }

 private:
  void Sep() {
    if (!first_) out_->push_back(',');
    first_ = false;
  }
  std::string* out_;
  bool first_ = true;
};

}  // namespace vigil

#endif  // VIGIL_CORE_JSON_WRITER_H_
