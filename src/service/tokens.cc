#include <openssl/rand.h>
#include <openssl/sha.h>

#include <algorithm>

#include "core/hex.h"
#include "vigil/digest.h"
#include "vigil/service.h"

namespace vigil {

std::string_view RoleName(Role r) {
  switch (r) {
    case Role::kScanner: return "scanner";
    case Role::kAnalyst: return "analyst";
    case Role::kAdmin: return "admin";
  }
  return "unknown";
}

bool ParseRole(std::string_view name, Role* out) {
  for (Role r : {Role::kScanner, Role::kAnalyst, Role::kAdmin}) {
    if (RoleName(r) == name) {
      *out = r;
      return true;
    }
  }
  return false;
}

std::string TokenStore::Digest(std::string_view token) {
  uint8_t md[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const uint8_t*>(token.data()), token.size(), md);
  return ToHex(md, sizeof md);
}

StatusOr<TokenStore> TokenStore::Parse(std::string_view content, std::string_view source) {
  TokenStore ts;
  int64_t line_no = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    std::vector<std::string> fields;
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
      size_t j = i;
      while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '\r') ++j;
      if (j > i) fields.emplace_back(line.substr(i, j - i));
      i = j;
    }
    if (fields.empty() || fields[0][0] == '#') continue;
    std::string where = std::string(source) + ":" + std::to_string(line_no) + ": ";
    if (fields.size() < 2) {
      return InvalidArgumentError(where + "expected 'SHA256HEX ROLE [NAME]'");
    }
    if (!NormalizeHex(&fields[0], 64)) {
      return InvalidArgumentError(where + "expected the SHA-256 of the token (64 hex digits), "
                                          "not the token itself");
    }
    Role role;
    if (!ParseRole(fields[1], &role)) {
      return InvalidArgumentError(where + "unknown role '" + fields[1] +
                                  "' (expected scanner, analyst or admin)");
    }
    ts.entries_.emplace_back(fields[0], role);
  }
  std::sort(ts.entries_.begin(), ts.entries_.end());
  return ts;
}

StatusOr<TokenStore> TokenStore::Load(const std::string& path) {
  VIGIL_ASSIGN_OR_RETURN(std::string content, ReadFileBounded(path, 16 << 20));
  VIGIL_ASSIGN_OR_RETURN(TokenStore ts, Parse(content, path));
  if (ts.size() == 0) return InvalidArgumentError(path + ": no token");
  return ts;
}

const Role* TokenStore::Find(std::string_view token) const {
  if (token.empty()) return nullptr;
  std::string d = Digest(token);
  auto it = std::lower_bound(entries_.begin(), entries_.end(), d,
                             [](const auto& e, const std::string& k) { return e.first < k; });
  if (it == entries_.end() || it->first != d) return nullptr;
  return &it->second;
}

StatusOr<std::pair<std::string, std::string>> TokenStore::NewToken(Role role,
                                                                   std::string_view name) {
  uint8_t bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) return InternalError("random generator failed");
  std::string token = "vgl_";
  token.append(ToHex(bytes, sizeof bytes));
  std::string line = Digest(token);
  line.push_back(' ');
  line.append(RoleName(role));
  if (!name.empty()) {
    line.push_back(' ');
    line.append(name);
  }
  return std::make_pair(token, line);
}

}  // namespace vigil
