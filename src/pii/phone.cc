#include "pii/phone.h"

#include <phonenumbers/phonenumberutil.h>

namespace vigil::pii {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

bool IsPersonalPhone(std::string_view digits, const char* region, std::string* e164) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::string text;
  bool intl = std::string_view(region) == "ZZ";
  if (intl) text.push_back('+');
  text.append(digits);
  PhoneNumber n;
  if (util.Parse(text, intl ? "ZZ" : region, &n) != PhoneNumberUtil::NO_PARSING_ERROR) return false;
  if (!util.IsValidNumber(n)) return false;
  std::string where;
  util.GetRegionCodeForNumber(n, &where);
  auto type = util.GetNumberType(n);
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
  util.Format(n, PhoneNumberUtil::E164, e164);
  return true;
}

}  // namespace vigil::pii
