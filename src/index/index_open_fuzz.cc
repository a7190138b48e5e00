// Fuzzes .vidx loading: arbitrary bytes must be refused or load safely.
// To reach past the checksums, the input's section, section-table and header
// checksums are recomputed when the input is long enough to carry a header.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>
#include <string>

#include "index/checksum.h"
#include "vigil/match_index.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string b(reinterpret_cast<const char*>(data), size);
  if (b.size() >= 512) {
    std::memcpy(&b[0], "VIGILIDX", 8);
    uint32_t v = vigil::kIndexFormatVersion;
    std::memcpy(&b[8], &v, 4);
    uint64_t fb = b.size();
    std::memcpy(&b[16], &fb, 8);
    // Section table: 10 x {offset, bytes, checksum, reserved} at byte 96.
    const auto* base = reinterpret_cast<const uint8_t*>(b.data());
    uint64_t sums[10];
    for (int s = 0; s < 10; ++s) {
      uint64_t off, len;
      std::memcpy(&off, &b[96 + 32 * s], 8);
      std::memcpy(&len, &b[104 + 32 * s], 8);
      if (off <= b.size() && len <= b.size() - off) {
        uint64_t c = vigil::ChecksumParallel(base + off, len);
        std::memcpy(&b[112 + 32 * s], &c, 8);
      }
      std::memcpy(&sums[s], &b[112 + 32 * s], 8);
    }
    uint64_t lc = vigil::Checksum64(reinterpret_cast<const uint8_t*>(sums), sizeof(sums));
    std::memcpy(&b[24], &lc, 8);
    uint64_t hc = vigil::Checksum64(base, 504);
    std::memcpy(&b[504], &hc, 8);
  }
  // A private temporary file in $TMPDIR (or the system temp directory).
  std::string tmpl = (std::filesystem::temp_directory_path() / "vigil_index_fuzz_XXXXXX").string();
  std::vector<char> path_buf(tmpl.begin(), tmpl.end());
  path_buf.push_back('\0');
  char* path = path_buf.data();
  int fd = mkstemp(path);
  if (fd < 0) return 0;
  (void)!write(fd, b.data(), b.size());
  close(fd);
  // Verified before use, and used while a background thread verifies it
  // (lookups must stay in bounds on unverified bytes).
  for (auto mode : {vigil::IndexOpenOptions::Verify::kBeforeOpen,
                    vigil::IndexOpenOptions::Verify::kBackground}) {
    auto cl = vigil::CompiledList::Open(path, {mode});
    if (!cl.ok()) continue;
    std::vector<vigil::CompiledList::PdqResult> out;
    (*cl)->MatchPdq({std::string(64, '0'), std::string(64, 'f')}, 31, &out);
    (void)(*cl)->FindDigest(vigil::HashType::kMd5, std::string(32, '0'));
    (void)(*cl)->ToHashList();
    (void)(*cl)->WaitVerified();
  }
  unlink(path);
  return 0;
}
