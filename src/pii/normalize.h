// Light normalisation for identifier matching, with a map back to the
// original byte offsets. Folds full-width ASCII forms (U+FF01..U+FF5E) to
// ASCII, ideographic/no-break spaces to ' ', Unicode dashes to '-', and drops
// zero-width characters; every other byte is copied unchanged.
//
// Could later share the general text normaliser (issue 5) once it exposes an
// offset map; this one is deliberately minimal and allocation-free on the
// common path (text that needs no folding is used as is).
#ifndef VIGIL_PII_NORMALIZE_H_
#define VIGIL_PII_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::pii {

class NormText {
 public:
  // Normalises `orig` (which must outlive this object while identity()).
  void Assign(std::string_view orig);

  std::string_view text() const { return identity_ ? orig_ : std::string_view(buf_.data(), len_); }
  bool identity() const { return identity_; }
  // Original span of the normalised byte span [b, e), e > b.
  uint32_t OrigStart(uint32_t b) const { return identity_ ? b : src_start_[b]; }
  uint32_t OrigEnd(uint32_t e) const { return identity_ ? e : src_end_[e - 1]; }

 private:
  std::string_view orig_;
  bool identity_ = true;
  size_t len_ = 0;    // bytes of buf_ in use (buf_ only grows)
  std::string buf_;
  std::vector<uint32_t> src_start_, src_end_;
};

}  // namespace vigil::pii

#endif  // VIGIL_PII_NORMALIZE_H_
