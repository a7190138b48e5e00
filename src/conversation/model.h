// The conversation risk model: a few readable features of one candidate
// suspect (cue-family strengths grouped by grooming stage, progression,
// age asymmetry, role), two logistic scores (grooming, sextortion) with
// hand-set, documented weights, and rule gates so that no single cue family
// can raise an alert on its own. The weights and their reasons are listed
// in model.cc and in README.md ("Conversation monitoring").
#ifndef VIGIL_CONVERSATION_MODEL_H_
#define VIGIL_CONVERSATION_MODEL_H_

#include <cstdint>
#include <string>

#include "conversation/state.h"

namespace vigil::conversation {

// Stage codes (reported as names in the verdict).
enum Stage : uint8_t {
  kStageNone = 0,
  kStageTrust,           // flattery, gifts
  kStageRiskAssessment,  // age/school and supervision probing
  kStageIsolation,       // secrecy, moving to another app
  kStageSexual,          // sexualised talk, image requests, compliance tests
  kStageApproach,        // meeting
  kStageEscalation,      // sextortion: sexualised push before coercion
  kStagePossession,      // sextortion: claims to hold images
  kStageThreat,          // sextortion: threatens to spread them
  kStageDemand,          // sextortion: payment or more images demanded
};
const char* StageName(uint8_t stage);

struct Features {
  // Group strengths in [0,1] (max over member families, decayed).
  float trust = 0, probe = 0, isolation = 0, sexual = 0, approach = 0;
  float possession = 0, threat = 0, demand = 0, extortion_cue = 0;
  int stages = 0;          // grooming stage groups active (≥ 0.5)
  int families = 0;        // distinct cue families active (≥ 0.5)
  int coercive = 0;        // sextortion families active (possession, threat, demand, cue)
  uint32_t family_mask = 0;
  // Age asymmetry and role.
  int suspect_age = kUnknownAge, target_age = kUnknownAge;
  bool minor_target = false, adult_suspect = false, peer = false, adult_target = false;
  // The addressee states no age but speaks of their own life as a pupil in
  // two or more messages (exams, homework, a parent's rules).
  bool pupil_target = false;
  bool minor_suspect = false, kinship = false, reciprocal = false;
};

struct Assessment {
  float z_grooming = 0, z_sextortion = 0;  // log-odds
  bool gate_grooming = false, gate_sextortion = false;
  uint8_t grooming_stage = kStageNone, sextortion_stage = kStageNone;
  // Calibrated probabilities (the logistic of the log-odds, computed on
  // demand: most assessments only need Risk()).
  float Grooming() const;
  float Sextortion() const;
  float Risk() const;  // max(Grooming(), Sextortion()), with one exp
  // The category this candidate alerts for at `threshold` (kNone: no alert).
  Category Alerting(float threshold) const;
};

// Target of a suspect: their latest cue recipient, else the other party of a
// two-party chat, else -1.
int TargetOf(const ConversationState& c, int suspect);

Features Extract(const ConversationState& c, int suspect, int64_t now, int64_t half_life_ms);
Assessment Score(const Features& f);  // ScoreRisk + SetStages
// The log-odds and gates only (grooming_stage, sextortion_stage left
// kStageNone): what an assessment needs until a candidate alerts.
Assessment ScoreRisk(const Features& f);
void SetStages(const Features& f, Assessment* a);

// One line for reviewers: category, stage, active families, age facts.
// Written into *out (its capacity is reused: no allocation once warm).
void Explain(const Features& f, const Assessment& a, Category category, std::string* out);

}  // namespace vigil::conversation

#endif  // VIGIL_CONVERSATION_MODEL_H_
