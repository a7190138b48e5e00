#include "conversation/model.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdio>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vigil::conversation {
namespace {

// ---------------------------------------------------------------------------
// Weights. Hand-set from the stage models of grooming-cues.md §1–4, not
// fitted to any labelled set (the dev set is used only to check the alert
// threshold). Every group strength is in [0,1], so a weight is the change in
// log-odds when that group is fully present.
//
// Grooming (log-odds):
//   bias            -5.5  a chat is benign until several stages show
//   trust           +1.0  flattery, gifts: common in benign chat, weak alone
//   probe           +1.0  age/school/supervision probing: parents ask this too
//   isolation       +1.6  secrecy, moving apps: the exclusivity stage
//   sexual          +2.0  sexualised talk, image requests, compliance tests
//   approach        +1.2  meeting arrangements (logistics are a known FP source)
//   progression     +0.8  per grooming stage active beyond the first
//   minor target    +2.5  the person addressed states a minor age or grade
//   pupil target    +2.0  states no age but speaks of their own school life
//                         (exams, homework, a parent's rules) in 2+ messages:
//                         adults say some of these words too, so less than a
//                         stated age; not when the suspect does the same (peers)
//   adult -> minor  +0.7  and the suspect states an adult age
//   peer            -3.0  both state minor ages within 3 years (teen romance)
//   adult target    -3.5  the person addressed states an adult age
//   kinship         -6.0  either side addresses the other as close family (a family
//                         chat shows every "stage": gifts, surprises, pick-ups, photos)
//   reciprocal      -1.2  the other side sends as many of these cues (mutual flirting)
//   minor suspect   -1.0  the candidate suspect states a minor age themself
// Gate: two or more families and two or more stages, and at least one of a
//   minor or pupil target, a sexual cue or an isolation cue.
//
// Sextortion (log-odds):
//   bias            -5.0
//   possession      +2.5  "I have your pics/video"
//   threat          +3.0  "I will send it to your family/school"
//   demand          +2.0  payment or more images, deadlines
//   extortion cue   +2.0  message-level sextortion category from the text engine
//   sexual          +0.8  a sexualised push in the same chat
//   isolation       +0.4  moved to another app
//   coercion combo  +0.8  per coercive family beyond the first
//   kinship         -6.0  either side addresses the other as close family: a
//                         parent and child going over a school's sextortion
//                         warning quote every coercive family ("我有你的视频
//                         不转钱就发给你通讯录")
// Gate: two or more coercive families, and a possession claim, the text
//   engine's sextortion category, or a threat in a sexualised chat.
// ---------------------------------------------------------------------------
struct GroomingWeights {
  float bias = -5.5f, trust = 1.0f, probe = 1.0f, isolation = 1.6f, sexual = 2.0f,
        approach = 1.2f, progression = 0.8f, minor_target = 2.5f, pupil_target = 2.0f,
        adult_to_minor = 0.7f,
        peer = -3.0f, adult_target = -3.5f, kinship = -6.0f, reciprocal = -1.2f,
        minor_suspect = -1.0f;
};
struct SextortionWeights {
  float bias = -5.0f, possession = 2.5f, threat = 3.0f, demand = 2.0f, extortion_cue = 2.0f,
        sexual = 0.8f, isolation = 0.4f, combo = 0.8f, kinship = -6.0f;
};
constexpr GroomingWeights kG;
constexpr SextortionWeights kS;
// A family counts as active from 0.5; the threshold sits 2% lower so that a
// cue of exactly 0.5 stays active for its first ~10 hours of decay (at the
// default 14-day half-life) instead of dropping out seconds later.
constexpr float kActive = 0.49f;

float Sigmoid(float z) { return 1.0f / (1.0f + std::exp(-z)); }

// v[f] = std::min(1.0f, m[f]) for every family.
void Clamp1(const float* m, float* v) {
#if defined(__SSE2__)
  if constexpr (kNumCueFamilies == 16) {
    // _mm_min_ps(a, b) is a < b ? a : b, std::min(1.0f, x) is x < 1.0f ? x : 1.0f.
    const __m128 one = _mm_set1_ps(1.0f);
    for (int q = 0; q < 4; ++q) _mm_store_ps(v + 4 * q, _mm_min_ps(_mm_load_ps(m + 4 * q), one));
    return;
  }
#endif
  for (int i = 0; i < kNumCueFamilies; ++i) v[i] = std::min(1.0f, m[i]);
}

float V(const float* v, CueFamily f) { return v[static_cast<int>(f)]; }

// A participant's masses in cue units at `now` (lazy decay): out[i] =
// float(mass[i]) * k, exactly 0 for a zero mass; returns the families with
// a non-zero mass.
uint32_t MassesAt(const CueMass& cm, int64_t now, int64_t half_life_ms, float* out) {
  const uint32_t nz = NonzeroFamilies(cm);
  if (nz == 0) {
    for (int i = 0; i < kNumCueFamilies; ++i) out[i] = 0.0f;
    return 0;
  }
  const float k = DecayToUnits(cm.decay_ts, now, half_life_ms);
#if defined(__SSE2__)
  if constexpr (kNumCueFamilies == 16) {
    // The same products as the scalar loop (an exact int->float conversion,
    // one IEEE multiply each), four at a time.
    const __m128i zero = _mm_setzero_si128();
    const __m128 kk = _mm_set1_ps(k);
    for (int h = 0; h < 2; ++h) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(cm.mass.data() + 8 * h));
      __m128 lo = _mm_cvtepi32_ps(_mm_unpacklo_epi16(v, zero));
      __m128 hi = _mm_cvtepi32_ps(_mm_unpackhi_epi16(v, zero));
      _mm_storeu_ps(out + 8 * h, _mm_mul_ps(lo, kk));
      _mm_storeu_ps(out + 8 * h + 4, _mm_mul_ps(hi, kk));
    }
    return nz;
  }
#endif
  for (int i = 0; i < kNumCueFamilies; ++i) out[i] = static_cast<float>(cm.mass[i]) * k;
  return nz;
}

bool IsMinor(int age) { return age >= 5 && age <= 17; }

const char* kFamilyLabel(int f) {
  static const char* const kNames[] = {
      "age_signal", "flattery", "gift", "supervision_probe", "secrecy", "platform_migration",
      "sexualisation", "image_request", "compliance_test", "approach", "threat",
      "payment_demand", "possession_claim", "solicitation", "csam_trading", "sextortion"};
  return kNames[f];
}

}  // namespace

const char* StageName(uint8_t stage) {
  switch (stage) {
    case kStageTrust: return "trust_building";
    case kStageRiskAssessment: return "risk_assessment";
    case kStageIsolation: return "isolation";
    case kStageSexual: return "sexual";
    case kStageApproach: return "approach";
    case kStageEscalation: return "escalation";
    case kStagePossession: return "possession";
    case kStageThreat: return "threat";
    case kStageDemand: return "demand";
    default: return "";
  }
}

float Assessment::Grooming() const { return Sigmoid(z_grooming); }
float Assessment::Sextortion() const { return Sigmoid(z_sextortion); }
// The logistic is monotone, so the larger log-odds gives the larger probability.
float Assessment::Risk() const { return Sigmoid(std::max(z_grooming, z_sextortion)); }

Category Assessment::Alerting(float threshold) const {
  if (gate_sextortion && Sextortion() >= threshold) return Category::kSextortion;
  if (gate_grooming && Grooming() >= threshold) return Category::kGrooming;
  return Category::kNone;
}

int TargetOf(const ConversationState& c, int suspect) {
  const Participant& s = c.part(suspect);
  if (s.target >= 0 && s.target != suspect && s.target < c.size()) return s.target;
  if (c.size() == 2) return suspect == 0 ? 1 : 0;
  return -1;
}

// The grooming-family mass of one participant: flattery + secrecy +
// sexualisation + image request + platform migration, summed in this order.
static float GroomingSum(float flattery, float secrecy, float sexualisation, float image,
                         float migration) {
  return flattery + secrecy + sexualisation + image + migration;
}
static float GroomingMass(const float* m) {
  using F = CueFamily;
  return GroomingSum(m[static_cast<int>(F::kFlattery)], m[static_cast<int>(F::kSecrecy)],
                     m[static_cast<int>(F::kSexualisation)], m[static_cast<int>(F::kImageRequest)],
                     m[static_cast<int>(F::kPlatformMigration)]);
}

// Whether the target's GroomingMass at `now` (of the masses MassesAt would
// give) reaches `bound`, reading only those five families (and skipping the
// decay when they are all zero: the sum is 0).
static bool TargetGroomingMassReaches(const CueMass& cm, int64_t now, int64_t half_life_ms,
                                      float bound) {
  using F = CueFamily;
  const float fl = cm.mass[static_cast<int>(F::kFlattery)];
  const float se = cm.mass[static_cast<int>(F::kSecrecy)];
  const float sx = cm.mass[static_cast<int>(F::kSexualisation)];
  const float im = cm.mass[static_cast<int>(F::kImageRequest)];
  const float mi = cm.mass[static_cast<int>(F::kPlatformMigration)];
  if (fl == 0 && se == 0 && sx == 0 && im == 0 && mi == 0) return 0.0f >= bound;
  const float k = DecayToUnits(cm.decay_ts, now, half_life_ms);
  return GroomingSum(fl * k, se * k, sx * k, im * k, mi * k) >= bound;
}

// Bits set in a mask below 2^16, inline (without -mpopcnt, std::popcount
// is a libgcc call).
inline int PopCount16(uint32_t x) {
  x = x - ((x >> 1) & 0x5555u);
  x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
  x = (x + (x >> 4)) & 0x0F0Fu;
  return static_cast<int>((x + (x >> 8)) & 0x1Fu);
}
static_assert(kNumCueFamilies <= 16);

Features Extract(const ConversationState& c, int suspect, int64_t now, int64_t half_life_ms) {
  Features f;
  const Participant& s = c.part(suspect);
  alignas(16) float m[kNumCueFamilies];
  const uint32_t nz = MassesAt(c.mass(suspect), now, half_life_ms, m);
  // Families at or above kActive (a zero mass never is).
  if (nz != 0) {
#if defined(__SSE2__)
    if constexpr (kNumCueFamilies == 16) {
      const __m128 active = _mm_set1_ps(kActive);
      for (int q = 0; q < 4; ++q) {
        f.family_mask |= static_cast<uint32_t>(
                             _mm_movemask_ps(_mm_cmpge_ps(_mm_load_ps(m + 4 * q), active)))
                         << (4 * q);
      }
    } else
#endif
    {
      for (int i = 0; i < kNumCueFamilies; ++i) {
        f.family_mask |= static_cast<uint32_t>(m[i] >= kActive) << i;
      }
    }
    f.families = PopCount16(f.family_mask);
  }
  alignas(16) float v[kNumCueFamilies];  // clamped to 1
  Clamp1(m, v);
  using F = CueFamily;
  f.trust = std::max(V(v, F::kFlattery), V(v, F::kGift));
  f.probe = std::max(V(v, F::kAgeSignal), V(v, F::kSupervisionProbe));
  if (s.age_asks > 0 && s.kinship == 0) {
    f.probe = std::max(f.probe, 1.0f);
    if (!(f.family_mask & 1u)) ++f.families, f.family_mask |= 1u;
  }
  f.isolation = std::max(V(v, F::kSecrecy), V(v, F::kPlatformMigration));
  f.sexual = std::max({V(v, F::kSexualisation), V(v, F::kImageRequest),
                       V(v, F::kComplianceTest), V(v, F::kSolicitation)});
  f.approach = V(v, F::kApproach);
  f.possession = V(v, F::kPossessionClaim);
  f.threat = V(v, F::kThreat);
  f.demand = V(v, F::kPaymentDemand);
  f.extortion_cue = V(v, F::kSextortion);
  for (float g : {f.trust, f.probe, f.isolation, f.sexual, f.approach}) f.stages += g >= kActive;
  for (float g : {f.possession, f.threat, f.demand, f.extortion_cue}) f.coercive += g >= kActive;

  int t = TargetOf(c, suspect);
  f.suspect_age = s.self_age;
  f.minor_suspect = IsMinor(s.self_age);
  f.adult_suspect = s.self_age >= 18;
  f.kinship = s.kinship > 0;
  if (t >= 0) {
    const Participant& v = c.part(t);
    f.target_age = v.self_age;
    f.minor_target = IsMinor(v.self_age);
    f.adult_target = v.self_age >= 18;
    f.peer = f.minor_target && f.minor_suspect && std::abs(v.self_age - s.self_age) <= 3;
    // Two pupils (by what they say of school) are peers, as two stated minor ages are.
    const bool pupil_suspect = f.minor_suspect;
    f.pupil_target = v.self_age == kUnknownAge && v.school >= 2 && !pupil_suspect;
    f.kinship = f.kinship || v.kinship > 0;
    float mine = GroomingMass(m);
    if (mine > 0) f.reciprocal = TargetGroomingMassReaches(c.mass(t), now, half_life_ms, 0.6f * mine);
  }
  return f;
}

Assessment ScoreRisk(const Features& f) {
  Assessment a;
  // W(w, b) is w * b for a bool b without the int->float conversion and
  // multiply (the same value, signed zero included).
  auto W = [](float w, bool b) { return b ? w : w * 0.0f; };
  float zg = kG.bias + kG.trust * f.trust + kG.probe * f.probe + kG.isolation * f.isolation +
             kG.sexual * f.sexual + kG.approach * f.approach +
             kG.progression * static_cast<float>(std::max(0, f.stages - 1)) +
             W(kG.minor_target, f.minor_target) + W(kG.pupil_target, f.pupil_target) +
             W(kG.adult_to_minor, f.minor_target && f.adult_suspect) + W(kG.peer, f.peer) +
             W(kG.adult_target, f.adult_target) + W(kG.kinship, f.kinship) +
             W(kG.reciprocal, f.reciprocal) + W(kG.minor_suspect, f.minor_suspect);
  a.z_grooming = zg;
  a.gate_grooming = f.families >= 2 && f.stages >= 2 &&
                    (f.minor_target || f.pupil_target || f.sexual >= kActive ||
                     f.isolation >= kActive);
  float zs = kS.bias + kS.possession * f.possession + kS.threat * f.threat +
             kS.demand * f.demand + kS.extortion_cue * f.extortion_cue + kS.sexual * f.sexual +
             kS.isolation * f.isolation +
             kS.combo * static_cast<float>(std::max(0, f.coercive - 1)) +
             W(kS.kinship, f.kinship);
  a.z_sextortion = zs;
  // Coercion over images: two coercive families, and a claim to hold images
  // (or the text engine's sextortion category, or a threat in a sexualised
  // chat). "Pay or I tell your parents" alone is not sextortion.
  a.gate_sextortion =
      f.coercive >= 2 && (f.possession >= kActive || f.extortion_cue >= kActive ||
                          (f.sexual >= kActive && f.threat >= kActive));

  return a;
}

void SetStages(const Features& f, Assessment* out) {
  Assessment& a = *out;
  a.grooming_stage = a.sextortion_stage = kStageNone;
  // Stage: the most advanced stage group present.
  if (f.trust >= kActive) a.grooming_stage = kStageTrust;
  if (f.probe >= kActive) a.grooming_stage = kStageRiskAssessment;
  if (f.isolation >= kActive) a.grooming_stage = kStageIsolation;
  if (f.sexual >= kActive) a.grooming_stage = kStageSexual;
  if (f.approach >= kActive) a.grooming_stage = kStageApproach;
  if (f.sexual >= kActive || f.isolation >= kActive) a.sextortion_stage = kStageEscalation;
  if (f.possession >= kActive) a.sextortion_stage = kStagePossession;
  if (f.threat >= kActive || f.extortion_cue >= kActive) a.sextortion_stage = kStageThreat;
  if (f.demand >= kActive) a.sextortion_stage = kStageDemand;
}

Assessment Score(const Features& f) {
  Assessment a = ScoreRisk(f);
  SetStages(f, &a);
  return a;
}

void Explain(const Features& f, const Assessment& a, Category category, std::string* out) {
  bool sext = category == Category::kSextortion;
  char buf[32];
  auto num = [&](auto v, auto... fmt) {  // std::to_chars: printf's digits, no locale, no alloc
    auto r = std::to_chars(buf, buf + sizeof(buf), v, fmt...);
    out->append(buf, r.ptr);
  };
  out->clear();
  out->append(sext ? "sextortion" : "grooming").append(" risk ");
  num(static_cast<double>(sext ? a.Sextortion() : a.Grooming()), std::chars_format::fixed, 2);
  out->append(" at stage ").append(StageName(sext ? a.sextortion_stage : a.grooming_stage));
  out->append("; cue families:");
  bool first = true;
  for (int i = 0; i < kNumCueFamilies; ++i) {
    if (!(f.family_mask & (1u << i))) continue;
    out->append(first ? " " : ", ");
    out->append(kFamilyLabel(i));
    first = false;
  }
  if (first) out->append(" none");
  out->append("; ");
  num(f.stages);
  out->append(" grooming stage(s)");
  if (f.target_age == kAdultByRole) {
    out->append("; addressee is an adult by role");
  } else if (f.target_age >= 0) {
    out->append("; addressee states age ");
    num(f.target_age);
  }
  if (f.pupil_target) out->append("; addressee speaks of school life as a pupil");
  if (f.suspect_age == kAdultByRole) {
    out->append("; suspect is an adult by role");
  } else if (f.suspect_age >= 0) {
    out->append("; suspect states age ");
    num(f.suspect_age);
  }
  if (f.peer) out->append("; peers");
  if (f.kinship) out->append("; family terms");
  if (f.reciprocal) out->append("; reciprocal");
}

}  // namespace vigil::conversation
