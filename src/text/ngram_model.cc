#include "text/ngram_model.h"

#include <openssl/sha.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

namespace vigil::text {
namespace {

static_assert(std::endian::native == std::endian::little, "the .vngm format is little-endian");

constexpr char kMagic[8] = {'V', 'I', 'G', 'I', 'L', 'N', 'G', 'M'};
// magic, version, buckets_log2, max_n, labels, then threshold/bias/scale per
// label.
constexpr size_t kHeaderSize = 8 + 4 * 4 + 3 * NgramModel::kLabels * 4;
constexpr size_t kDigestSize = SHA256_DIGEST_LENGTH;

float Sigmoid(float z) { return 1.0f / (1.0f + std::exp(-std::clamp(z, -30.0f, 30.0f))); }

size_t Utf8Len(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

template <typename T>
void Put(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}
template <typename T>
T Get(std::string_view b, size_t* at) {
  T v;
  std::memcpy(&v, b.data() + *at, sizeof v);
  *at += sizeof v;
  return v;
}

}  // namespace

namespace {
constexpr uint32_t kMul[3] = {0x85EBCA77u, 0xC2B2AE3Du, 0x27D4EB2Fu};
// The UTF-8 character at c[k] packed little-endian into 32 bits, digits
// folded to '0'; *len its byte length (clamped to the text).
inline uint32_t PackedChar(std::string_view c, size_t k, size_t* len) {
  const auto lead = static_cast<unsigned char>(c[k]);
  if (lead < 0x80) {
    *len = 1;
    // Every digit is one feature: prices, amounts and identifiers differ in
    // their digits, not in what they say (and a model never learns a number).
    return static_cast<unsigned>(lead - '1') < 9u ? uint32_t{'0'} : uint32_t{lead};
  }
  *len = std::min(Utf8Len(lead), c.size() - k);
  uint32_t v = 0;
  if (c.size() - k >= 4) {
    std::memcpy(&v, c.data() + k, 4);
    return *len == 4 ? v : v & ((1u << (8 * *len)) - 1);
  }
  for (size_t i = 0; i < *len; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(c[k + i])) << (8 * i);
  return v;
}
}  // namespace

// The padded text P = " " + canonical + " " is walked character by
// character; each character is packed into 32 bits (its UTF-8 bytes). The
// n-grams ending at a character chain multiplicative hashes over it and the
// two before it (one multiplier per length); a bucket is the top bits.
template <typename Fn>
void NgramModel::ForEachNgram(std::string_view c, Fn&& fn) const {
  const int shift = 32 - buckets_log2_;
  uint32_t c1 = 0, c2 = 0;  // the previous two characters
  uint32_t s1 = 0, s2 = 0;  // their canonical starts
  int have = 0;             // characters before this one (at most 2 matter)
  auto step = [&](uint32_t c0, uint32_t s0, uint32_t end) {
    const uint32_t h1 = (c0 ^ 0x9E3779B1u) * kMul[0];
    fn(h1 >> shift, s0, end);
    if (have >= 1) {
      const uint32_t h2 = (h1 ^ c1) * kMul[1];
      fn(h2 >> shift, s1, end);
      if (have >= 2) fn(((h2 ^ c2) * kMul[2]) >> shift, s2, end);
    }
    c2 = c1, s2 = s1, c1 = c0, s1 = s0;
    ++have;
  };
  step(' ', 0, 0);
  for (size_t k = 0; k < c.size();) {
    size_t len;
    const uint32_t packed = PackedChar(c, k, &len);
    step(packed, static_cast<uint32_t>(k), static_cast<uint32_t>(k + len));
    k += len;
  }
  const auto n = static_cast<uint32_t>(c.size());
  step(' ', n, n);
}

NgramModel NgramModel::Train(const std::vector<Example>& examples, const TrainOptions& o) {
  NgramModel m;
  m.buckets_log2_ = o.buckets_log2;
  const size_t buckets = size_t{1} << o.buckets_log2;
  std::vector<std::vector<uint32_t>> feats(examples.size());
  for (size_t i = 0; i < examples.size(); ++i) {
    m.ForEachNgram(examples[i].canonical, [&](uint32_t b, uint32_t, uint32_t) { feats[i].push_back(b); });
  }
  std::mt19937 rng(o.seed);
  std::vector<size_t> order(examples.size());
  std::vector<float> w(buckets);
  m.weights_.assign(buckets * 4, 0);
  for (int label = 0; label < kLabels; ++label) {
    std::fill(w.begin(), w.end(), 0.0f);
    float bias = 0.0f;
    // Only the examples labelled for this category (a message set says
    // nothing about doxing, a PII set nothing about the message categories).
    order.clear();
    for (size_t i = 0; i < examples.size(); ++i) {
      if ((examples[i].known >> label) & 1) order.push_back(i);
    }
    for (int epoch = 0; epoch < o.epochs; ++epoch) {
      for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
      for (size_t i : order) {
        const auto& x = feats[i];
        if (x.empty()) continue;
        float z = bias;
        for (uint32_t b : x) z += w[b];
        const float g = Sigmoid(z) - static_cast<float>((examples[i].labels >> label) & 1);
        const float s = 1.0f / std::sqrt(static_cast<float>(x.size()));
        for (uint32_t b : x) w[b] -= o.learning_rate * (g * s + o.l2 * w[b]);
        bias -= o.learning_rate * g;
      }
    }
    float top = 0.0f;
    for (float v : w) top = std::max(top, std::fabs(v));
    m.scale_[label] = top > 0 ? top / 127.0f : 1.0f;
    m.bias_[label] = bias;
    m.threshold_[label] = label == kDoxing ? o.doxing_threshold : o.threshold;
    // A category without labelled examples keeps zero weights and a
    // probability of 0.5, below any threshold it could be given here.
    if (order.empty()) m.threshold_[label] = std::max(m.threshold_[label], 0.99f);
    for (size_t b = 0; b < buckets; ++b) {
      m.weights_[b * 4 + label] = static_cast<int8_t>(std::lround(w[b] / m.scale_[label]));
    }
  }
  return m;
}

std::array<float, NgramModel::kLabels> NgramModel::Score(std::string_view canonical) const {
  std::array<int32_t, kLabels> sum{};
  ForEachNgram(canonical, [&](uint32_t b, uint32_t, uint32_t) {
    const int8_t* w = &weights_[b * 4];
    for (int l = 0; l < kLabels; ++l) sum[l] += w[l];
  });
  std::array<float, kLabels> p{};
  for (int l = 0; l < kLabels; ++l) p[l] = Sigmoid(bias_[l] + static_cast<float>(sum[l]) * scale_[l]);
  return p;
}

std::vector<NgramModel::Span> NgramModel::Explain(std::string_view canonical, int label, int k) const {
  std::vector<Span> all;
  ForEachNgram(canonical, [&](uint32_t b, uint32_t begin, uint32_t end) {
    const float w = Weight(b, label);
    if (w > 0 && end > begin) all.push_back({begin, end, w});
  });
  const size_t top = std::min(all.size(), static_cast<size_t>(k));
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(top), all.end(),
                    [](const Span& a, const Span& b) { return a.weight > b.weight; });
  all.resize(top);
  std::sort(all.begin(), all.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<Span> merged;
  for (const Span& s : all) {
    if (!merged.empty() && s.begin < merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
      merged.back().weight += s.weight;
    } else {
      merged.push_back(s);
    }
  }
  std::sort(merged.begin(), merged.end(), [](const Span& a, const Span& b) { return a.weight > b.weight; });
  return merged;
}

std::string NgramModel::Serialize() const {
  std::string out(kMagic, sizeof kMagic);
  Put<uint32_t>(&out, kFormatVersion);
  Put<uint32_t>(&out, static_cast<uint32_t>(buckets_log2_));
  Put<uint32_t>(&out, kMaxN);
  Put<uint32_t>(&out, kLabels);
  for (float v : threshold_) Put(&out, v);
  for (float v : bias_) Put(&out, v);
  for (float v : scale_) Put(&out, v);
  out.append(reinterpret_cast<const char*>(weights_.data()), weights_.size());
  unsigned char digest[kDigestSize];
  SHA256(reinterpret_cast<const unsigned char*>(out.data()), out.size(), digest);
  out.append(reinterpret_cast<const char*>(digest), kDigestSize);
  return out;
}

StatusOr<NgramModel> NgramModel::Parse(std::string_view b, const std::string& where) {
  auto bad = [&](const std::string& what) { return CorruptionError(where + ": " + what); };
  if (b.size() < kHeaderSize + kDigestSize || std::memcmp(b.data(), kMagic, sizeof kMagic) != 0) {
    return bad("not a Vigil n-gram model (expected the VIGILNGM header)");
  }
  size_t at = sizeof kMagic;
  const auto version = Get<uint32_t>(b, &at);
  if (version != kFormatVersion) {
    return bad("model format " + std::to_string(version) + ", this build reads format " +
               std::to_string(kFormatVersion) + " (retrain with `vigil train messages`)");
  }
  NgramModel m;
  const auto log2 = Get<uint32_t>(b, &at);
  const auto max_n = Get<uint32_t>(b, &at);
  const auto labels = Get<uint32_t>(b, &at);
  if (log2 < 8 || log2 > 24) return bad("bucket count 2^" + std::to_string(log2) + " outside 2^8..2^24");
  if (max_n != kMaxN || labels != kLabels) {
    return bad("expected 1..3-grams and " + std::to_string(kLabels) + " categories");
  }
  m.buckets_log2_ = static_cast<int>(log2);
  const size_t weights = (size_t{1} << log2) * 4;
  if (b.size() != kHeaderSize + weights + kDigestSize) {
    return bad("size " + std::to_string(b.size()) + " bytes, expected " +
               std::to_string(kHeaderSize + weights + kDigestSize) + " (truncated or padded)");
  }
  for (float& v : m.threshold_) v = Get<float>(b, &at);
  for (float& v : m.bias_) v = Get<float>(b, &at);
  for (float& v : m.scale_) v = Get<float>(b, &at);
  unsigned char digest[kDigestSize];
  SHA256(reinterpret_cast<const unsigned char*>(b.data()), b.size() - kDigestSize, digest);
  if (std::memcmp(digest, b.data() + b.size() - kDigestSize, kDigestSize) != 0) {
    return bad("SHA-256 checksum mismatch (corrupt file)");
  }
  for (int l = 0; l < kLabels; ++l) {
    if (!(m.threshold_[l] > 0 && m.threshold_[l] < 1) || !std::isfinite(m.bias_[l]) ||
        !(m.scale_[l] > 0 && std::isfinite(m.scale_[l]))) {
      return bad("invalid threshold, bias or scale for " + std::string(kLabelNames[l]));
    }
  }
  m.weights_.resize(weights);
  std::memcpy(m.weights_.data(), b.data() + at, weights);
  return m;
}

StatusOr<NgramModel> NgramModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open model file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return CorruptionError(path + ": read error");
  return Parse(ss.str(), path);
}

}  // namespace vigil::text
