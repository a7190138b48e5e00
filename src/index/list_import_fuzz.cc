// Fuzzes the list importers (plain text, pytx, VICS) and the exporters.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vigil/hash_list.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  for (vigil::ListFormat f : {vigil::ListFormat::kAuto, vigil::ListFormat::kPlainText,
                              vigil::ListFormat::kThreatExchange, vigil::ListFormat::kVics}) {
    vigil::HashList l;
    vigil::ImportReport r;
    vigil::ImportOptions o;
    o.format = f;
    o.added_ms = 1;
    (void)vigil::ImportListContent(in, "fuzz", o, &l, &r);
    (void)vigil::ExportPlainText(l, true);
    (void)vigil::ExportVics(l, true);
  }
  return 0;
}
