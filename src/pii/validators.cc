#include "pii/validators.h"

#include <cstdio>
#include <ctime>
#include <fstream>

namespace vigil::pii {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return !s.empty();
}
int ParseInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool RealDate(int y, int m, int d) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int max = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  return d <= max;
}

bool HasPrefix(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool InRange(std::string_view s, int digits, int lo, int hi) {
  if (s.size() < static_cast<size_t>(digits)) return false;
  int v = ParseInt(s.substr(0, digits));
  return v >= lo && v <= hi;
}

}  // namespace

std::string_view ReasonName(Reason r) {
  switch (r) {
    case Reason::kOk: return "ok";
    case Reason::kLength: return "length";
    case Reason::kCharset: return "charset";
    case Reason::kRegion: return "region";
    case Reason::kDate: return "date";
    case Reason::kCheckDigit: return "check_digit";
    case Reason::kIssuer: return "issuer";
    case Reason::kNeverIssued: return "never_issued";
    case Reason::kRole: return "role";
  }
  return "?";
}

StatusOr<std::unique_ptr<RegionTable>> RegionTable::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open the region-code table");
  auto t = std::make_unique<RegionTable>();
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::string_view code = std::string_view(line).substr(0, line.find('\t'));
    if (code.size() != 6 || !AllDigits(code)) {
      return InvalidArgumentError(path + ":" + std::to_string(line_no) +
                                  ": expected a 6-digit division code at the start of the line");
    }
    t->bits_.set(ParseInt(code));
  }
  if (t->bits_.none()) return InvalidArgumentError(path + ": no division code in the table");
  return t;
}

std::unique_ptr<RegionTable> RegionTable::FromCodes(std::string_view codes) {
  auto t = std::make_unique<RegionTable>();
  for (size_t i = 0; i + 6 <= codes.size();) {
    if (AllDigits(codes.substr(i, 6))) {
      t->bits_.set(ParseInt(codes.substr(i, 6)));
      i += 6;
    } else {
      ++i;
    }
  }
  return t;
}

int TodayYmd() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

Reason ValidateCnResidentId(std::string_view v, const RegionTable& regions, int today_ymd) {
  static const int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  if (v.size() != 18) return Reason::kLength;
  if (!AllDigits(v.substr(0, 17)) || !(IsDigit(v[17]) || v[17] == 'X')) return Reason::kCharset;
  if (!regions.Contains(ParseInt(v.substr(0, 6)))) return Reason::kRegion;
  int y = ParseInt(v.substr(6, 4)), m = ParseInt(v.substr(10, 2)), d = ParseInt(v.substr(12, 2));
  if (y < 1900 || !RealDate(y, m, d) || y * 10000 + m * 100 + d > today_ymd) return Reason::kDate;
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (v[i] - '0') * kWeights[i];
  int check = (12 - sum % 11) % 11;
  char want = check == 10 ? 'X' : static_cast<char>('0' + check);
  return v[17] == want ? Reason::kOk : Reason::kCheckDigit;
}

Reason ValidateCnLegacyId(std::string_view v, const RegionTable& regions) {
  if (v.size() != 15) return Reason::kLength;
  if (!AllDigits(v)) return Reason::kCharset;
  if (!regions.Contains(ParseInt(v.substr(0, 6)))) return Reason::kRegion;
  int y = 1900 + ParseInt(v.substr(6, 2)), m = ParseInt(v.substr(8, 2)), d = ParseInt(v.substr(10, 2));
  return RealDate(y, m, d) ? Reason::kOk : Reason::kDate;
}

Reason ValidateTwNationalId(std::string_view v) {
  static constexpr std::string_view kOrder = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
  if (v.size() != 10) return Reason::kLength;
  if (!IsUpper(v[0]) || !AllDigits(v.substr(1))) return Reason::kCharset;
  if (v[1] != '1' && v[1] != '2' && v[1] != '8' && v[1] != '9') return Reason::kCharset;
  int letter = 10 + static_cast<int>(kOrder.find(v[0]));
  int sum = letter / 10 + (letter % 10) * 9;
  for (int i = 1; i <= 8; ++i) sum += (v[i] - '0') * (9 - i);
  sum += v[9] - '0';
  return sum % 10 == 0 ? Reason::kOk : Reason::kCheckDigit;
}

Reason ValidateHkId(std::string_view v) {
  if (v.size() != 8 && v.size() != 9) return Reason::kLength;
  size_t letters = v.size() - 7;
  for (size_t i = 0; i < letters; ++i) {
    if (!IsUpper(v[i])) return Reason::kCharset;
  }
  if (!AllDigits(v.substr(letters, 6))) return Reason::kCharset;
  char c = v.back();
  if (!IsDigit(c) && c != 'A') return Reason::kCharset;
  int sum = letters == 1 ? 36 * 9 + (v[0] - 'A' + 10) * 8
                         : (v[0] - 'A' + 10) * 9 + (v[1] - 'A' + 10) * 8;
  for (int i = 0; i < 6; ++i) sum += (v[letters + i] - '0') * (7 - i);
  int r = sum % 11;
  char want = r == 0 ? '0' : r == 1 ? 'A' : static_cast<char>('0' + 11 - r);
  return c == want ? Reason::kOk : Reason::kCheckDigit;
}

bool LuhnValid(std::string_view digits) {
  int sum = 0;
  bool dbl = false;
  for (size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (dbl) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 == 0;
}

// Issuer identification ranges of the major networks (ISO/IEC 7812 IINs as
// published by the networks): prefix and the lengths each one issues.
Reason ValidateBankCard(std::string_view v) {
  if (v.size() < 13 || v.size() > 19) return Reason::kLength;
  if (!AllDigits(v)) return Reason::kCharset;
  size_t n = v.size();
  bool issuer =
      (v[0] == '4' && (n == 13 || n == 16 || n == 19)) ||                    // Visa
      ((InRange(v, 2, 51, 55) || InRange(v, 4, 2221, 2720)) && n == 16) ||   // Mastercard
      ((HasPrefix(v, "34") || HasPrefix(v, "37")) && n == 15) ||             // Amex
      (HasPrefix(v, "62") && n >= 16) ||                                     // UnionPay
      ((HasPrefix(v, "6011") || HasPrefix(v, "65") || InRange(v, 3, 644, 649)) && n >= 16) ||
      (InRange(v, 4, 3528, 3589) && n >= 16) ||                              // JCB
      ((HasPrefix(v, "36") || InRange(v, 3, 300, 305) || HasPrefix(v, "38") ||
        HasPrefix(v, "39")) && n >= 14) ||                                   // Diners
      ((HasPrefix(v, "50") || InRange(v, 2, 56, 58) || HasPrefix(v, "6")) && n >= 16);  // Maestro
  if (!issuer) return Reason::kIssuer;
  // Some UnionPay numbers are not Luhn-valid (formats.md 8.4), but an
  // unverifiable number is not reported: precision first.
  return LuhnValid(v) ? Reason::kOk : Reason::kCheckDigit;
}

Reason ValidateUsSsn(std::string_view v) {
  if (v.size() != 9) return Reason::kLength;
  if (!AllDigits(v)) return Reason::kCharset;
  int area = ParseInt(v.substr(0, 3)), group = ParseInt(v.substr(3, 2)), serial = ParseInt(v.substr(5));
  if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) return Reason::kNeverIssued;
  if (v.find_first_not_of(v[0]) == std::string_view::npos) return Reason::kNeverIssued;
  static constexpr std::string_view kSamples[] = {"123456789", "078051120", "219099999"};
  for (auto s : kSamples) {
    if (v == s) return Reason::kNeverIssued;
  }
  if (HasPrefix(v, "98765432")) return Reason::kNeverIssued;
  return Reason::kOk;
}

Reason ValidateEmail(std::string_view a) {
  size_t at = a.find('@');
  if (at == std::string_view::npos || at == 0 || at > 64 || a.size() > 254) return Reason::kLength;
  std::string_view local = a.substr(0, at), domain = a.substr(at + 1);
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) {
    return Reason::kCharset;
  }
  for (char c : local) {
    bool ok = IsDigit(c) || IsUpper(c) || (c >= 'a' && c <= 'z') ||
              std::string_view("._%+-").find(c) != std::string_view::npos;
    if (!ok) return Reason::kCharset;
  }
  size_t labels = 0, start = 0;
  while (start <= domain.size()) {
    size_t dot = domain.find('.', start);
    if (dot == std::string_view::npos) dot = domain.size();
    std::string_view label = domain.substr(start, dot - start);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
      return Reason::kCharset;
    }
    for (char c : label) {
      if (!(IsDigit(c) || IsUpper(c) || (c >= 'a' && c <= 'z') || c == '-')) return Reason::kCharset;
    }
    ++labels;
    if (dot == domain.size()) {
      for (char c : label) {
        if (IsDigit(c) || c == '-') return Reason::kCharset;  // TLD is alphabetic
      }
      if (label.size() < 2) return Reason::kCharset;
    }
    start = dot + 1;
  }
  return labels >= 2 ? Reason::kOk : Reason::kCharset;
}

}  // namespace vigil::pii
