// libFuzzer target: the vault log reader and the bundle verifier. The input
// is split into bundle files at "\n====\n" separators (manifest.json,
// manifest.sig, log.jsonl, checkpoint.json, public_key.hex, then objects).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "evidence/log.h"
#include "vigil/evidence.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::vector<vigil::evidence::LogRecord> recs;
  vigil::evidence::ChainOptions co;
  (void)vigil::evidence::ReadChain(in, co, &recs);
  (void)vigil::VerifyVaultLog(in, std::string(64, 'a'));

  static const char* kNames[] = {"manifest.json", "manifest.sig", "log.jsonl",
                                 "checkpoint.json", "public_key.hex"};
  vigil::BundleFiles files;
  size_t pos = 0;
  for (int i = 0; pos <= in.size() && i < 16; ++i) {
    size_t sep = in.find("\n====\n", pos);
    if (sep == std::string_view::npos) sep = in.size();
    std::string name = i < 5 ? kNames[i] : "objects/" + std::string(64, static_cast<char>('a' + i % 6));
    files[name] = std::string(in.substr(pos, sep - pos));
    pos = sep + 6;
  }
  (void)vigil::VerifyBundleFiles(files, nullptr);
  return 0;
}
