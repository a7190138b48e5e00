// Object encryption for the vault (XChaCha20-Poly1305, random nonce, the
// object's name as associated data) and manifest signing.
#ifndef VIGIL_EVIDENCE_CRYPTO_H_
#define VIGIL_EVIDENCE_CRYPTO_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "vigil/status.h"

namespace vigil::evidence {

// "VGO1" + nonce + ciphertext.
std::string EncryptObject(std::string_view plain, std::string_view name, const uint8_t key[32]);
StatusOr<std::string> DecryptObject(std::string_view file, std::string_view name,
                                    const uint8_t key[32]);

std::string SignManifest(std::string_view manifest, const uint8_t secret_key[64]);
bool VerifyManifest(std::string_view manifest, std::string_view sig_hex,
                    const uint8_t public_key[32]);

}  // namespace vigil::evidence

#endif  // VIGIL_EVIDENCE_CRYPTO_H_
