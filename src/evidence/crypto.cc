#include "evidence/crypto.h"

#include <sodium.h>

#include "core/hex.h"

namespace vigil::evidence {
namespace {

constexpr std::string_view kMagic = "VGO1";
constexpr size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;

std::string Ad(std::string_view name) { return "vigil-object-v1:" + std::string(name); }
std::string ManifestMessage(std::string_view m) {
  return "vigil-manifest-v1\n" + std::string(m);
}

}  // namespace

std::string EncryptObject(std::string_view plain, std::string_view name, const uint8_t key[32]) {
  std::string out(kMagic);
  out.resize(kMagic.size() + kNonce + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  auto* nonce = reinterpret_cast<uint8_t*>(out.data() + kMagic.size());
  randombytes_buf(nonce, kNonce);
  std::string ad = Ad(name);
  unsigned long long clen = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      nonce + kNonce, &clen, reinterpret_cast<const uint8_t*>(plain.data()), plain.size(),
      reinterpret_cast<const uint8_t*>(ad.data()), ad.size(), nullptr, nonce, key);
  out.resize(kMagic.size() + kNonce + clen);
  return out;
}

StatusOr<std::string> DecryptObject(std::string_view file, std::string_view name,
                                    const uint8_t key[32]) {
  if (file.size() < kMagic.size() + kNonce + crypto_aead_xchacha20poly1305_ietf_ABYTES ||
      file.substr(0, kMagic.size()) != kMagic) {
    return CorruptionError("not a vault object");
  }
  const auto* nonce = reinterpret_cast<const uint8_t*>(file.data() + kMagic.size());
  const auto* c = nonce + kNonce;
  size_t clen = file.size() - kMagic.size() - kNonce;
  std::string plain(clen - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
  unsigned long long plen = 0;
  std::string ad = Ad(name);
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<uint8_t*>(plain.data()), &plen, nullptr, c, clen,
          reinterpret_cast<const uint8_t*>(ad.data()), ad.size(), nonce, key) != 0) {
    return CorruptionError("object does not decrypt (wrong key or altered bytes)");
  }
  plain.resize(plen);
  return plain;
}

std::string SignManifest(std::string_view manifest, const uint8_t secret_key[64]) {
  std::string m = ManifestMessage(manifest);
  uint8_t sig[crypto_sign_BYTES];
  crypto_sign_detached(sig, nullptr, reinterpret_cast<const uint8_t*>(m.data()), m.size(),
                       secret_key);
  return ToHex(sig, sizeof(sig));
}

bool VerifyManifest(std::string_view manifest, std::string_view sig_hex,
                    const uint8_t public_key[32]) {
  uint8_t sig[crypto_sign_BYTES];
  if (sig_hex.size() != 2 * sizeof(sig)) return false;
  for (char c : sig_hex) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;  // canonical only
  }
  if (!FromHex(sig_hex, sig)) return false;
  std::string m = ManifestMessage(manifest);
  return crypto_sign_verify_detached(sig, reinterpret_cast<const uint8_t*>(m.data()), m.size(),
                                     public_key) == 0;
}

}  // namespace vigil::evidence
