// libFuzzer target: the TOML policy parser and rule evaluation.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vigil/policy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto p = vigil::ParsePolicy(text, "fuzz.toml");
  if (p.ok()) {
    vigil::Event e;
    e.platform = "demo";
    vigil::Verdict v;
    v.signals.push_back({.type = vigil::SignalType::kPii, .score = 0.7, .entity = "phone"});
    v.signals.push_back({.type = vigil::SignalType::kKnownMedia, .score = 1, .list = "l",
                         .category = "A", .distance = 3});
    (*p)->Decide(e, &v);
  }
  return 0;
}
