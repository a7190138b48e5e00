// The previous (three-pass) normaliser, kept as the reference the current (two-pass)
// one is checked against (normalizer_test, normalizer_diff_fuzz). Test-only.
#ifndef VIGIL_TEXT_NORMALIZER_REFERENCE_H_
#define VIGIL_TEXT_NORMALIZER_REFERENCE_H_

#include <string_view>

#include "vigil/text.h"

namespace vigil::text::reference {

void Normalize(std::string_view text, const NormalizerOptions& options, NormalizedText* out);

}  // namespace vigil::text::reference

#endif  // VIGIL_TEXT_NORMALIZER_REFERENCE_H_
