// libFuzzer target: the token file parser and the worker's partition specs
// (both read operator-supplied text).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "stream/config.h"
#include "vigil/service.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto ts = vigil::TokenStore::Parse(in, "fuzz");
  if (ts.ok()) (void)ts->Find(in);
  auto parts = vigil::stream::ParsePartitionSpec(std::string(in.substr(0, 64)), 64);
  (void)parts.ok();
  return 0;
}
