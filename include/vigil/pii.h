// Personal identifiers in text: validated recognisers and redaction.
//
// PiiRecognizer finds resident IDs (mainland 18-character and legacy
// 15-digit, Taiwan, Hong Kong), payment cards, US SSNs, e-mail addresses and
// personal phone numbers in a message. Every candidate is validated the way
// an issuer would (region table, calendar date, check character, Luhn and
// issuer ranges, SSA never-issued rules, libphonenumber number type); one
// that fails is never reported. Matching runs on a lightly normalised copy
// of the text (full-width digits and letters folded, zero-width characters
// dropped, separators inside digit runs skipped) and every span is reported
// in UTF-8 byte offsets of the ORIGINAL text, end exclusive.
//
// Raw identifier values never leave this API except through
// PiiEntity::canonical, which callers must keep in memory only (the doxing
// campaign tracker hashes it with a secret key) and never log or persist.
#ifndef VIGIL_PII_H_
#define VIGIL_PII_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/status.h"
#include "vigil/verdict.h"

namespace vigil {

// Entity types; the names are those of the labelled data sets.
enum class PiiType : uint8_t {
  kCnResidentId = 0,  // "cn_resident_id" (18 chars, or the legacy 15 digits)
  kTwNationalId,      // "tw_national_id"
  kHkId,              // "hk_id"
  kBankCard,          // "bank_card"
  kUsSsn,             // "us_ssn"
  kEmail,             // "email"
  kPhone,             // "phone": a number that reaches a person
  kCount
};
inline constexpr int kNumPiiTypes = static_cast<int>(PiiType::kCount);

std::string_view PiiTypeName(PiiType t);
bool ParsePiiType(std::string_view name, PiiType* out);

struct PiiEntity {
  PiiType type = PiiType::kPhone;
  uint32_t start = 0;  // UTF-8 byte span in the original text
  uint32_t end = 0;
  float confidence = 0;
  // What validated it, e.g. "mod11-2+date+region" (never the value).
  std::string_view basis;
  // Canonical value (digits/letters only, upper case; E.164 for phones;
  // lower-case e-mail). In-memory use only: hash it, never log or store it.
  std::string canonical;
};

// Per-thread scratch for PiiRecognizer::Find (normalised text, offset map,
// candidate buffers). Reusing one avoids allocation on the hot path.
class PiiScratch {
 public:
  PiiScratch();
  ~PiiScratch();
  PiiScratch(const PiiScratch&) = delete;
  PiiScratch& operator=(const PiiScratch&) = delete;
  struct Impl;
  Impl* impl() { return impl_.get(); }

 private:
  std::unique_ptr<Impl> impl_;
};

class PiiRecognizer {
 public:
  // Loads the tables under `data_dir`/pii/ (cn_region_codes.tsv,
  // context.tsv, role_emails.txt). Fails with a message naming the file and
  // line when a table is missing or malformed.
  static StatusOr<std::unique_ptr<PiiRecognizer>> Create(const std::string& data_dir);
  ~PiiRecognizer();

  // Appends the entities of `text` to *out, ordered by start, non-overlapping.
  // Thread-safe: const, all mutable state lives in *scratch (one per thread).
  // `text` may be any bytes; invalid UTF-8 is treated as opaque bytes.
  void Find(std::string_view text, PiiScratch* scratch, std::vector<PiiEntity>* out) const;

  struct Tables;

 private:
  explicit PiiRecognizer(std::unique_ptr<Tables> tables);
  std::unique_ptr<Tables> tables_;
};

// How much of each identifier a redaction keeps.
struct RedactOptions {
  // Trailing letters/digits left visible, per PiiType (index = enum value).
  // Defaults: cards and phones keep their last 4; IDs and SSNs keep nothing.
  int keep_last[kNumPiiTypes] = {0, 0, 0, 4, 0, 0, 4};
  bool keep_email_domain = true;  // "***@example.com"
  char mask = '*';
};

// Returns `text` with every pii signal's span masked: each letter or digit
// of the identifier (full-width ones included) becomes one `mask` character,
// except the trailing ones `options` keeps; separators and brackets stay so
// the shape remains readable. Spans that are out of range, overlap an
// earlier span or cut a UTF-8 character are skipped. Non-pii signals are
// ignored.
std::string RedactText(std::string_view text, const std::vector<Signal>& signals,
                       const RedactOptions& options = {});

}  // namespace vigil

#endif  // VIGIL_PII_H_
