// libFuzzer target: the JSON Lines event reader on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "vigil/jsonl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  vigil::JsonlLimits limits;
  limits.max_line_bytes = 4096;
  auto reader = vigil::EventReader::FromString(
      std::string(reinterpret_cast<const char*>(data), size), limits);
  vigil::Event ev;
  vigil::Status st;
  std::string out;
  while (reader->Next(&ev, &st)) {
    if (!st.ok()) vigil::AppendErrorJson(ev.line, ev.id, st, &out);
    out.clear();
  }
  return 0;
}
