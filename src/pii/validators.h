// Check-digit and structure validators for personal identifiers
// (../shared/reference/formats.md section 8). Inputs are compact values:
// separators removed, letters upper case. Each returns kOk or the first rule
// the value fails, so tests can assert why a value is rejected.
#ifndef VIGIL_PII_VALIDATORS_H_
#define VIGIL_PII_VALIDATORS_H_

#include <bitset>
#include <memory>
#include <string>
#include <string_view>

#include "vigil/status.h"

namespace vigil::pii {

enum class Reason {
  kOk = 0,
  kLength,      // wrong number of characters
  kCharset,     // a character that may not appear there
  kRegion,      // unknown mainland division code / letter
  kDate,        // impossible or future birth date
  kCheckDigit,  // check character or Luhn sum does not match
  kIssuer,      // no card issuer uses this prefix with this length
  kNeverIssued, // SSN area/group/serial never issued, or a known sample
  kRole,        // e-mail role address (support@, info@ ...)
};
std::string_view ReasonName(Reason r);

// The set of six-digit mainland division codes (data/pii/cn_region_codes.tsv).
class RegionTable {
 public:
  static StatusOr<std::unique_ptr<RegionTable>> Load(const std::string& path);
  static std::unique_ptr<RegionTable> FromCodes(std::string_view codes);  // tests: "110101 310106"
  bool Contains(int code) const { return code >= 0 && code < 1000000 && bits_[code]; }
  size_t size() const { return bits_.count(); }

 private:
  std::bitset<1000000> bits_;
};

// Today's date as YYYYMMDD (UTC); birth dates after it are impossible.
int TodayYmd();

// 18 characters: region + YYYYMMDD (1900..today) + sequence + MOD 11-2 check.
Reason ValidateCnResidentId(std::string_view v, const RegionTable& regions, int today_ymd);
// 15 digits: region + YYMMDD (read as 19YY) + sequence; no check digit.
Reason ValidateCnLegacyId(std::string_view v, const RegionTable& regions);
// Letter + [1289] + 8 digits, weighted sum mod 10 == 0.
Reason ValidateTwNationalId(std::string_view v);
// 1-2 letters + 6 digits + check [0-9A] (brackets already removed).
Reason ValidateHkId(std::string_view v);
// Luhn over 12-19 digits.
bool LuhnValid(std::string_view digits);
// Card: known issuer prefix for this length, then Luhn.
Reason ValidateBankCard(std::string_view digits);
// 9 digits AAAGGSSSS.
Reason ValidateUsSsn(std::string_view digits);
// Full address local@domain (no role check).
Reason ValidateEmail(std::string_view addr);

}  // namespace vigil::pii

#endif  // VIGIL_PII_VALIDATORS_H_
