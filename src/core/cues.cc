#include "vigil/cues.h"

namespace vigil {
namespace {
constexpr std::array<std::string_view, kNumCueFamilies> kNames = {
    "age_signal",      "flattery",        "gift",         "supervision_probe",
    "secrecy",         "platform_migration", "sexualisation", "image_request",
    "compliance_test", "approach",        "threat",       "payment_demand",
    "possession_claim", "solicitation",   "csam_trading", "sextortion"};
}  // namespace

std::string_view CueFamilyName(CueFamily f) { return kNames[static_cast<int>(f)]; }

bool ParseCueFamily(std::string_view name, CueFamily* out) {
  for (int i = 0; i < kNumCueFamilies; ++i) {
    if (kNames[i] == name) {
      *out = static_cast<CueFamily>(i);
      return true;
    }
  }
  return false;
}

}  // namespace vigil
