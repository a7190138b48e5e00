#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include "core/hex.h"
#include "vigil/digest.h"
#include "vigil/evidence.h"

namespace vigil {
namespace {

bool SodiumReady() { return sodium_init() >= 0; }

}  // namespace

std::string GenerateMasterKeyHex() {
  uint8_t k[crypto_kdf_KEYBYTES];
  if (!SodiumReady()) return {};
  crypto_kdf_keygen(k);
  std::string hex = ToHex(k, sizeof(k));
  sodium_memzero(k, sizeof(k));
  return hex;
}

StatusOr<VaultKeys> KeysFromHex(std::string_view hex) {
  while (!hex.empty() && (hex.back() == '\n' || hex.back() == '\r' || hex.back() == ' ')) {
    hex.remove_suffix(1);
  }
  uint8_t master[crypto_kdf_KEYBYTES];
  if (hex.size() != 2 * sizeof(master) || !FromHex(hex, master)) {
    return InvalidArgumentError("key: expected 64 hex characters (a 32-byte master key)");
  }
  if (!SodiumReady()) return InternalError("libsodium failed to initialise");
  VaultKeys k;
  uint8_t seed[crypto_sign_SEEDBYTES];
  uint8_t pseudo[32];
  crypto_kdf_derive_from_key(k.enc.data(), k.enc.size(), 1, "vigilenc", master);
  crypto_kdf_derive_from_key(seed, sizeof(seed), 2, "vigilsig", master);
  crypto_kdf_derive_from_key(pseudo, sizeof(pseudo), 3, "vigilpsd", master);
  crypto_kdf_derive_from_key(k.state.data(), k.state.size(), 4, "vigilcst", master);
  crypto_sign_seed_keypair(k.sign_public.data(), k.sign_secret.data(), seed);
  k.pseudonym_key.assign(reinterpret_cast<const char*>(pseudo), sizeof(pseudo));
  sodium_memzero(master, sizeof(master));
  sodium_memzero(seed, sizeof(seed));
  sodium_memzero(pseudo, sizeof(pseudo));
  return k;
}

StatusOr<VaultKeys> LoadKeys(const std::string& key_file) {
  if (key_file.empty()) {
    const char* env = std::getenv("VIGIL_KEY");
    if (env == nullptr || *env == '\0') {
      return NotFoundError(
          "no key: give --key FILE or set VIGIL_KEY (create one with `vigil evidence keygen "
          "--out FILE`)");
    }
    auto k = KeysFromHex(env);
    if (!k.ok()) return k.status().WithContext("VIGIL_KEY");
    return k;
  }
  auto text = ReadFileBounded(key_file, 4096);
  if (!text.ok()) return text.status();
  auto k = KeysFromHex(*text);
  if (!k.ok()) return k.status().WithContext(key_file);
  return k;
}

Status WriteNewKeyFile(const std::string& path) {
  std::string hex = GenerateMasterKeyHex();
  if (hex.empty()) return InternalError("libsodium failed to initialise");
  hex.push_back('\n');
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return IOError(path + ": cannot create key file: " + std::strerror(errno));
  bool ok = ::write(fd, hex.data(), hex.size()) == static_cast<ssize_t>(hex.size()) &&
            ::fsync(fd) == 0;
  ::close(fd);
  sodium_memzero(hex.data(), hex.size());
  if (!ok) return IOError(path + ": cannot write key file");
  return Status::OK();
}

}  // namespace vigil
