#include "vigil/recorder.h"

namespace vigil {

Status Recorder::Add(const Event& event, const Verdict& verdict, const ScanContext& ctx,
                     int64_t now_ms) {
  VerdictRecord r = MakeVerdictRecord(event, verdict, pseudo_, now_ms);
  if (vault_ != nullptr && verdict.action >= Action::kHold) {
    auto p = vault_->Preserve(event, verdict, ctx.media, r.case_id, now_ms);
    if (!p.ok()) return p.status().WithContext("evidence");
    counts_.preserved += p->fresh;
    r.evidence = "vault:" + std::to_string(p->seq);
  }
  if (store_ == nullptr) return vault_ != nullptr && ++vault_unsynced_ >= batch_ ? Flush() : Status::OK();
  pending_.push_back(std::move(r));
  if (static_cast<int>(pending_.size()) >= batch_) return Flush();
  return Status::OK();
}

Status Recorder::Flush() {
  if (vault_ != nullptr) VIGIL_RETURN_IF_ERROR(vault_->Sync());
  vault_unsynced_ = 0;
  if (store_ == nullptr || pending_.empty()) return Status::OK();
  std::vector<bool> inserted;
  Status s;
  for (int attempt = 0; attempt < 5; ++attempt) {  // retry transient conflicts
    s = store_->RecordVerdicts(pending_, &inserted);
    if (s.code() != StatusCode::kUnavailable) break;
  }
  if (!s.ok()) return s.WithContext("store");
  for (bool b : inserted) ++(b ? counts_.recorded : counts_.duplicates);
  pending_.clear();
  return Status::OK();
}

}  // namespace vigil
