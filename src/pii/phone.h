// Personal phone numbers through libphonenumber: a number counts when it
// reaches a person (mobiles in CN/TW/HK; geographic numbers in NANP; mobile or
// personal numbers elsewhere). Toll-free, shared-cost (400), premium, UAN,
// short codes (95xxx) and CN/TW/HK landlines are not personal identifiers.
#ifndef VIGIL_PII_PHONE_H_
#define VIGIL_PII_PHONE_H_

#include <string>
#include <string_view>

namespace vigil::pii {

// `digits`: the number's digits only. `region`: "CN", "TW", "HK", "US", or
// "ZZ" when the text wrote an international prefix (+ or 00), in which case
// `digits` starts with the country code. On success fills *e164 ("+86138…").
// Thread-safe (libphonenumber's util is).
bool IsPersonalPhone(std::string_view digits, const char* region, std::string* e164);

}  // namespace vigil::pii

#endif  // VIGIL_PII_PHONE_H_
