#ifndef VIGIL_CORE_TIME_UTIL_H_
#define VIGIL_CORE_TIME_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace vigil {

// Parses an RFC 3339 timestamp ("2026-05-02T19:04:00Z", fractional seconds
// and numeric offsets allowed) into Unix milliseconds. Returns false when the
// text is not a valid RFC 3339 date-time (including impossible dates).
bool ParseRfc3339(std::string_view s, int64_t* unix_ms);

// Formats Unix milliseconds as "YYYY-MM-DDTHH:MM:SSZ" (UTC, seconds precision).
std::string FormatRfc3339(int64_t unix_ms);

// Civil date (proleptic Gregorian) of a day count since 1970-01-01.
void CivilFromDays(int64_t days, int64_t* y, unsigned* m, unsigned* d);

// Days since 1970-01-01 for a civil date (proleptic Gregorian).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d);

}  // namespace vigil

#endif  // VIGIL_CORE_TIME_UTIL_H_
