#include "pii/phone.h"

#include <phonenumbers/phonenumberutil.h>

namespace vigil::pii {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// Builds the PhoneNumber directly (country code + national significant
// number) instead of PhoneNumberUtil::Parse, which costs ~3x more.
bool Build(std::string_view digits, std::string_view region, const PhoneNumberUtil& util,
           PhoneNumber* n) {
  std::string national(digits);
  int cc;
  if (region == "ZZ") {
    // Country calling codes are prefix-free: the first 1-3 digits that name
    // a known code are the code.
    cc = 0;
    for (size_t len = 1; len <= 3 && len < national.size() && cc == 0; ++len) {
      int candidate = std::stoi(national.substr(0, len));
      std::string region_code;
      util.GetRegionCodeForCountryCode(candidate, &region_code);
      if (region_code != "ZZ") {
        cc = candidate;
        national.erase(0, len);
      }
    }
    if (cc == 0) return false;
  } else {
    cc = region == "CN" ? 86 : region == "TW" ? 886 : region == "HK" ? 852 : 1;
    if (cc != 1 && cc != 852 && !national.empty() && national[0] == '0') national.erase(0, 1);  // trunk
  }
  if (national.empty() || national.size() > 15 || national[0] == '0') return false;
  n->set_country_code(cc);
  n->set_national_number(std::stoull(national));
  return true;
}

}  // namespace

bool IsPersonalPhone(std::string_view digits, const char* region, std::string* e164) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber n;
  if (!Build(digits, region, util, &n)) return false;
  // GetNumberType matches the national number against the metadata of the
  // number's region: UNKNOWN when it fits no pattern (an invalid number).
  auto type = util.GetNumberType(n);
  if (type == PhoneNumberUtil::UNKNOWN) return false;
  std::string where;
  util.GetRegionCodeForNumber(n, &where);
  bool ok;
  if (n.country_code() == 1) {
    ok = type == PhoneNumberUtil::FIXED_LINE || type == PhoneNumberUtil::MOBILE ||
         type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
  } else if (where == "CN" || where == "TW" || where == "HK" || where == "MO") {
    ok = type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
  } else {
    ok = type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE ||
         type == PhoneNumberUtil::PERSONAL_NUMBER;
  }
  if (!ok) return false;
  e164->assign(1, '+');
  e164->append(std::to_string(n.country_code())).append(std::to_string(n.national_number()));
  return true;
}

}  // namespace vigil::pii
