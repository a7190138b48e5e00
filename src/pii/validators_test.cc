// Data-driven validator tables: every value is invented; valid ones carry
// correct check characters, invalid ones name the rule they break.
#include "pii/validators.h"

#include <gtest/gtest.h>

#include <functional>

namespace vigil::pii {
namespace {

struct Case {
  const char* value;
  Reason want;
  const char* why;
};

const RegionTable& Regions() {
  static const auto* t = RegionTable::Load(VIGIL_SOURCE_DIR "/data/pii/cn_region_codes.tsv").value().release();
  return *t;
}

void RunTable(const char* name, const std::vector<Case>& cases,
              const std::function<Reason(std::string_view)>& f) {
  for (const auto& c : cases) {
    EXPECT_EQ(f(c.value), c.want) << name << " " << c.value << ": " << c.why << " (got "
                                  << ReasonName(f(c.value)) << ")";
  }
}

TEST(RegionTableTest, LoadsTheShippedTable) {
  EXPECT_GT(Regions().size(), 3000u);
  EXPECT_TRUE(Regions().Contains(110105));   // Beijing Chaoyang
  EXPECT_TRUE(Regions().Contains(110118));   // Miyun district (2015, from the extra table)
  EXPECT_FALSE(Regions().Contains(555317));  // no province 55
  EXPECT_FALSE(RegionTable::Load("/no/such/file.tsv").ok());
}

TEST(ValidatorsTest, CnResidentId) {
  RunTable("cn", {
      {"11010519491231002X", Reason::kOk, "formats.md worked example"},
      {"440306200002291239", Reason::kOk, "29 February of a leap year"},
      {"310106198504189402", Reason::kOk, "valid"},
      {"11011820160301001X", Reason::kOk, "post-2015 district code"},
      {"110105194912310021", Reason::kCheckDigit, "check should be X"},
      {"110105194912310020", Reason::kCheckDigit, "wrong check digit"},
      {"430102200406312034", Reason::kDate, "31 June does not exist"},
      {"440306190102291234", Reason::kDate, "29 February 1901 (not leap)"},
      {"110105189912310023", Reason::kDate, "born before 1900"},
      {"110105209912310023", Reason::kDate, "born in the future"},
      {"555317198505074091", Reason::kRegion, "no province 55"},
      {"11010519491231002", Reason::kLength, "17 characters"},
      {"1101051949123100X2", Reason::kCharset, "X only as the check character"},
  }, [](std::string_view v) { return ValidateCnResidentId(v, Regions(), 20260101); });
}

TEST(ValidatorsTest, CnLegacyId) {
  RunTable("cn15", {
      {"110105491231002", Reason::kOk, "region + 1949-12-31"},
      {"110105490231002", Reason::kDate, "31 February"},
      {"186694538328709", Reason::kRegion, "no division 186694"},
      {"11010549123100", Reason::kLength, "14 digits"},
  }, [](std::string_view v) { return ValidateCnLegacyId(v, Regions()); });
}

TEST(ValidatorsTest, TwNationalId) {
  RunTable("tw", {
      {"A123456789", Reason::kOk, "formats.md worked example"},
      {"F222222222", Reason::kOk, "valid, female"},
      {"A123456788", Reason::kCheckDigit, "wrong check digit"},
      {"K262004675", Reason::kCheckDigit, "dev decoy shape"},
      {"A323456789", Reason::kCharset, "second digit must be 1, 2, 8 or 9"},
      {"a123456789", Reason::kCharset, "letter must be upper case"},
      {"A12345678", Reason::kLength, "9 characters"},
  }, ValidateTwNationalId);
}

TEST(ValidatorsTest, HkId) {
  RunTable("hk", {
      {"A1234563", Reason::kOk, "formats.md worked example A123456(3)"},
      {"AB9876543", Reason::kOk, "two letters"},
      {"C6686689", Reason::kOk, "valid"},
      {"A1234564", Reason::kCheckDigit, "wrong check"},
      {"K0582291", Reason::kCheckDigit, "dev decoy K058229(1)"},
      {"A123456B", Reason::kCharset, "check must be 0-9 or A"},
      {"A12345", Reason::kLength, "too short"},
  }, ValidateHkId);
}

TEST(ValidatorsTest, BankCard) {
  RunTable("card", {
      {"6217006923216207", Reason::kOk, "UnionPay 16"},
      {"6228485977654470123", Reason::kOk, "UnionPay 19"},
      {"4111111111111111", Reason::kOk, "Visa"},
      {"378282246310005", Reason::kOk, "Amex 15"},
      {"6224100812502120", Reason::kCheckDigit, "UnionPay failing Luhn is not reported"},
      {"4111111111111112", Reason::kCheckDigit, "Luhn"},
      {"1795123840794289", Reason::kIssuer, "no network issues prefix 1"},
      {"378282246310005000", Reason::kIssuer, "Amex is 15 digits only"},
      {"421", Reason::kLength, "too short"},
  }, ValidateBankCard);
  EXPECT_TRUE(LuhnValid("79927398713"));
}

TEST(ValidatorsTest, UsSsn) {
  RunTable("ssn", {
      {"407397264", Reason::kOk, "valid"},
      {"000498985", Reason::kNeverIssued, "area 000"},
      {"666723603", Reason::kNeverIssued, "area 666"},
      {"990489422", Reason::kNeverIssued, "area 9xx (ITIN range)"},
      {"414004456", Reason::kNeverIssued, "group 00"},
      {"490450000", Reason::kNeverIssued, "serial 0000"},
      {"078051120", Reason::kNeverIssued, "the famous sample card"},
      {"123456789", Reason::kNeverIssued, "sequence"},
      {"111111111", Reason::kNeverIssued, "all digits equal"},
      {"40739726", Reason::kLength, "8 digits"},
  }, ValidateUsSsn);
}

TEST(ValidatorsTest, Email) {
  RunTable("email", {
      {"daniel.ortiz.dev@example.com", Reason::kOk, "valid"},
      {"a+b@corp.example", Reason::kOk, "plus tag"},
      {".a@example.com", Reason::kCharset, "leading dot"},
      {"a..b@example.com", Reason::kCharset, "double dot"},
      {"a@example", Reason::kCharset, "single-label domain"},
      {"a@example.c0m", Reason::kCharset, "numeric TLD"},
      {"@example.com", Reason::kLength, "empty local part"},
  }, ValidateEmail);
}

}  // namespace
}  // namespace vigil::pii
