// The vault: appends sealed records to log.jsonl and keeps encrypted objects.
#include <fcntl.h>
#include <sodium.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <spdlog/spdlog.h>

#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>
#include <unordered_map>

#include "core/hex.h"
#include "core/json_writer.h"
#include "evidence/crypto.h"
#include "evidence/log.h"
#include "vigil/digest.h"
#include "vigil/evidence.h"
#include "vigil/jsonl.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;
using evidence::LogRecord;
using evidence::ObjectRef;

constexpr int64_t kDayMs = 86400000;
constexpr int64_t kMaxLogBytes = int64_t{1} << 34;

Status Errno(const std::string& what) { return IOError(what + ": " + std::strerror(errno)); }

Status WriteAll(int fd, std::string_view data, const std::string& what) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Errno(what);
    data.remove_prefix(static_cast<size_t>(n));
  }
  return Status::OK();
}

// Writes a file by temp file and rename; with `sync`, fsyncs it first
// (objects are made durable together by Vault::Sync instead).
Status WriteFileAtomic(const fs::path& path, std::string_view data, bool sync = true) {
  fs::path tmp = path;
  tmp += ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return Errno(tmp.string());
  Status s = WriteAll(fd, data, tmp.string());
  if (s.ok() && sync && ::fsync(fd) != 0) s = Errno(tmp.string());
  ::close(fd);
  if (s.ok() && ::rename(tmp.c_str(), path.c_str()) != 0) s = Errno(path.string());
  return s;
}

// The verdict's category for retention: its leading signal type.
std::string CategoryOf(const Verdict& v) {
  const Signal* best = nullptr;
  for (const Signal& s : v.signals) {
    if (s.type == SignalType::kKnownMedia) return "known_media";
    if (best == nullptr || s.score > best->score) best = &s;
  }
  if (best != nullptr) return std::string(SignalTypeName(best->type));
  if (v.conversation && !v.conversation->category.empty()) return v.conversation->category;
  return "default";
}

// Every field of the event plus the verdict, as preserved.
std::string EventDocument(const Event& e, const Verdict& v) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("event").BeginObject();
  w.Key("id").String(e.id).Key("conversation").String(e.conversation).Key("ts").String(e.ts);
  w.Key("sender").String(e.sender).Key("recipient").String(e.recipient);
  w.Key("platform").String(e.platform).Key("channel").String(e.channel);
  w.Key("lang").String(e.lang).Key("text").String(e.text);
  w.Key("media").BeginArray();
  for (const MediaRef& m : e.media) {
    w.BeginObject().Key("path").String(m.path).Key("pdq").String(m.pdq).Key("md5").String(m.md5);
    w.Key("sha1").String(m.sha1).Key("sha256").String(m.sha256).Key("quality").Int(m.quality);
    w.EndObject();
  }
  w.EndArray().EndObject();
  std::string verdict;
  AppendVerdictJson(v, &verdict);
  w.Key("verdict").Raw(verdict).EndObject();
  return out;
}

class VaultImpl : public Vault {
 public:
  VaultImpl(VaultOptions o, const VaultKeys& k) : opts_(std::move(o)), keys_(k) {}
  ~VaultImpl() override {
    if (fd_ >= 0) ::close(fd_);
  }

  Status Init() {
    std::error_code ec;
    fs::create_directories(fs::path(opts_.dir) / "objects", ec);
    if (ec) return IOError(opts_.dir + ": cannot create vault directory: " + ec.message());
    VIGIL_RETURN_IF_ERROR(CheckPublicKey());
    fs::path log = fs::path(opts_.dir) / "log.jsonl";
    fd_ = ::open(log.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd_ < 0) return Errno(log.string());
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      return UnavailableError(opts_.dir + ": vault is in use by another process");
    }
    auto text = ReadLog();
    if (!text.ok()) return text.status();
    // A torn last line (the process died mid-append, before any sync that
    // acknowledged it) is cut off; everything before it must verify.
    size_t end = text->rfind('\n');
    size_t keep = end == std::string::npos ? 0 : end + 1;
    if (keep != text->size()) {
      spdlog::warn("evidence vault: dropping an incomplete last log record ({} bytes)",
                   text->size() - keep);
      if (::ftruncate(fd_, static_cast<off_t>(keep)) != 0) return Errno(log.string());
      text->resize(keep);
    }
    std::vector<LogRecord> records;
    evidence::ChainOptions co;
    co.first_seq = 1;
    co.first_prev = std::string(evidence::kGenesisPrev);
    co.public_key = keys_.sign_public.data();
    VIGIL_RETURN_IF_ERROR(evidence::ReadChain(*text, co, &records).WithContext(opts_.dir));
    last_hash_ = std::string(evidence::kGenesisPrev);
    for (LogRecord& r : records) Apply(r);
    return Status::OK();
  }

  StatusOr<PreserveResult> Preserve(const Event& event, const Verdict& verdict,
                                    const std::vector<MediaHashes>& media,
                                    std::string_view case_id, int64_t now_ms) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (event.id.empty()) return InvalidArgumentError("evidence: event without an id");
    if (case_id.empty()) return InvalidArgumentError("evidence: event without a case");
    if (auto it = events_.find(event.id); it != events_.end()) {
      return PreserveResult{it->second, false};
    }
    LogRecord r;
    r.kind = "preserve";
    r.case_id = std::string(case_id);
    r.event = event.id;
    r.category = CategoryOf(verdict);
    r.action = std::string(ActionName(verdict.action));
    r.retain_until = now_ms + RetentionDays(r.category) * kDayMs;
    ObjectRef ev{.role = "event"};
    VIGIL_RETURN_IF_ERROR(PutObject(EventDocument(event, verdict), &ev));
    r.objects.push_back(std::move(ev));
    for (size_t i = 0; i < media.size(); ++i) {
      if (media[i].bytes.empty()) continue;  // hashes only (kept in the event document)
      ObjectRef m{.role = "media", .index = static_cast<int>(i)};
      VIGIL_RETURN_IF_ERROR(PutObject(media[i].bytes, &m));
      r.objects.push_back(std::move(m));
    }
    r.ts = now_ms;
    VIGIL_RETURN_IF_ERROR(Append(&r));
    return PreserveResult{r.seq, true};
  }

  bool HasEvent(std::string_view id) const override {
    std::lock_guard<std::mutex> lock(mu_);
    return events_.count(std::string(id)) > 0;
  }

  Status Sync() override {
    std::lock_guard<std::mutex> lock(mu_);
    return SyncLocked();
  }

  Status SetLegalHold(std::string_view case_id, bool on, int64_t now_ms) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (!cases_.count(std::string(case_id))) {
      return NotFoundError("evidence: no case '" + std::string(case_id) + "' in the vault");
    }
    LogRecord r;
    r.kind = on ? "hold" : "release";
    r.case_id = std::string(case_id);
    r.ts = now_ms;
    VIGIL_RETURN_IF_ERROR(Append(&r));
    return SyncLocked();
  }

  bool UnderLegalHold(std::string_view case_id) const override {
    std::lock_guard<std::mutex> lock(mu_);
    return holds_.count(std::string(case_id)) > 0;
  }

  StatusOr<PurgeResult> Purge(int64_t now_ms) override {
    std::lock_guard<std::mutex> lock(mu_);
    PurgeResult res;
    std::vector<std::string> expired;
    for (const auto& [sha, o] : objects_) {
      if (o.deleted || o.retain_until >= now_ms) continue;
      bool held = false;
      for (const auto& c : o.cases) held = held || holds_.count(c) > 0;
      if (held) {
        ++res.held;
      } else {
        expired.push_back(sha);
      }
    }
    for (const auto& sha : expired) {
      LogRecord r;
      r.kind = "delete";
      r.object = sha;
      r.ts = now_ms;
      VIGIL_RETURN_IF_ERROR(Append(&r));
      VIGIL_RETURN_IF_ERROR(SyncLocked());  // the record first, then the bytes go
      std::error_code ec;
      fs::remove(ObjectPath(sha), ec);
      if (ec) return IOError(ObjectPath(sha).string() + ": cannot delete: " + ec.message());
      ++res.deleted;
    }
    return res;
  }

  Status Checkpoint(int64_t now_ms) override {
    std::lock_guard<std::mutex> lock(mu_);
    VIGIL_RETURN_IF_ERROR(AppendCheckpoint(now_ms));
    return SyncLocked();
  }

  StatusOr<std::string> ReadObject(std::string_view sha) const override {
    if (!evidence::IsHex64(sha)) return InvalidArgumentError("object: expected 64 hex characters");
    auto file = ReadFileBounded(ObjectPath(sha).string(), int64_t{1} << 32);
    if (!file.ok()) return file.status();
    auto plain = evidence::DecryptObject(*file, sha, keys_.enc.data());
    if (!plain.ok()) return plain.status().WithContext(ObjectPath(sha).string());
    if (evidence::Sha256Hex(*plain) != sha) {
      return CorruptionError(ObjectPath(sha).string() + ": content does not match its name");
    }
    return plain;
  }

  Status Export(std::string_view case_id, const std::string& out_dir, int64_t now_ms) override;
  Status VerifyAll() const override;

  int64_t last_seq() const override {
    std::lock_guard<std::mutex> lock(mu_);
    return last_seq_;
  }

  Status Close(int64_t now_ms) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (since_checkpoint_ > 0) VIGIL_RETURN_IF_ERROR(AppendCheckpoint(now_ms));
    return SyncLocked();
  }

 private:
  struct ObjState {
    std::string cipher;
    int64_t retain_until = 0;
    std::set<std::string> cases;
    bool deleted = false;
  };

  fs::path ObjectPath(std::string_view sha) const {
    return fs::path(opts_.dir) / "objects" / std::string(sha.substr(0, 2)) / std::string(sha);
  }

  int64_t RetentionDays(const std::string& category) const {
    auto it = opts_.retention_days.find(category);
    if (it == opts_.retention_days.end()) it = opts_.retention_days.find("default");
    return it == opts_.retention_days.end() ? 365 : it->second;
  }

  Status CheckPublicKey() {
    fs::path p = fs::path(opts_.dir) / "public_key.hex";
    std::string hex = ToHex(keys_.sign_public.data(), keys_.sign_public.size()) + "\n";
    if (!fs::exists(p)) return WriteFileAtomic(p, hex);
    auto have = ReadFileBounded(p.string(), 4096);
    if (!have.ok()) return have.status();
    if (*have != hex) {
      return FailedPreconditionError(opts_.dir + ": the key does not match this vault's "
                                                 "public_key.hex");
    }
    return Status::OK();
  }

  StatusOr<std::string> ReadLog() {
    struct stat st;
    if (::fstat(fd_, &st) != 0) return Errno("log.jsonl");
    if (st.st_size > kMaxLogBytes) return ResourceExhaustedError("log.jsonl: too large");
    std::string text(static_cast<size_t>(st.st_size), '\0');
    size_t got = 0;
    while (got < text.size()) {
      ssize_t n = ::pread(fd_, text.data() + got, text.size() - got, static_cast<off_t>(got));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return Errno("log.jsonl");
      got += static_cast<size_t>(n);
    }
    return text;
  }

  Status PutObject(std::string_view plain, ObjectRef* ref) {
    ref->sha256 = evidence::Sha256Hex(plain);
    ref->size = static_cast<int64_t>(plain.size());
    if (auto it = objects_.find(ref->sha256); it != objects_.end() && !it->second.deleted) {
      ref->cipher = it->second.cipher;
      return Status::OK();
    }
    fs::path path = ObjectPath(ref->sha256);
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) return IOError(path.parent_path().string() + ": " + ec.message());
    std::string file = evidence::EncryptObject(plain, ref->sha256, keys_.enc.data());
    ref->cipher = evidence::Sha256Hex(file);
    objects_dirty_ = true;
    return WriteFileAtomic(path, file, /*sync=*/false);
  }

  Status Append(LogRecord* r) {
    r->seq = last_seq_ + 1;
    r->prev = last_hash_;
    std::string line = evidence::SealRecord(r);
    line.push_back('\n');
    VIGIL_RETURN_IF_ERROR(WriteAll(fd_, line, "log.jsonl"));
    dirty_ = true;
    Apply(*r);
    if (r->kind != "checkpoint" && since_checkpoint_ >= opts_.checkpoint_every) {
      return AppendCheckpoint(r->ts);
    }
    return Status::OK();
  }

  Status AppendCheckpoint(int64_t now_ms) {
    LogRecord c;
    c.kind = "checkpoint";
    c.ts = now_ms;
    c.sig = evidence::SignCheckpoint(last_hash_, keys_.sign_secret.data());
    return Append(&c);
  }

  // Objects first (one syncfs for all written since the last sync: cheaper
  // than an fsync each), then the log records that reference them.
  Status SyncLocked() {
    if (objects_dirty_) {
      if (::syncfs(fd_) != 0) return Errno("syncfs " + opts_.dir);
      objects_dirty_ = false;
    }
    if (!dirty_) return Status::OK();
    if (::fdatasync(fd_) != 0) return Errno("log.jsonl");
    dirty_ = false;
    return Status::OK();
  }

  // Folds one record into the in-memory index.
  void Apply(const LogRecord& r) {
    last_seq_ = r.seq;
    last_hash_ = r.hash;
    since_checkpoint_ = r.kind == "checkpoint" ? 0 : since_checkpoint_ + 1;
    if (r.kind == "preserve") {
      events_[r.event] = r.seq;
      cases_[r.case_id].push_back(r.seq);
      for (const ObjectRef& o : r.objects) {
        ObjState& s = objects_[o.sha256];
        s.cipher = o.cipher;
        s.deleted = false;
        s.retain_until = std::max(s.retain_until, r.retain_until);
        s.cases.insert(r.case_id);
      }
    } else if (r.kind == "hold") {
      holds_.insert(r.case_id);
    } else if (r.kind == "release") {
      holds_.erase(r.case_id);
    } else if (r.kind == "delete") {
      objects_[r.object].deleted = true;
    }
  }

  VaultOptions opts_;
  VaultKeys keys_;
  int fd_ = -1;
  mutable std::mutex mu_;
  int64_t last_seq_ = 0;
  std::string last_hash_;
  int64_t since_checkpoint_ = 0;
  bool dirty_ = false;          // log records not yet fdatasync'ed
  bool objects_dirty_ = false;  // object files not yet synced
  std::unordered_map<std::string, int64_t> events_;
  std::map<std::string, std::vector<int64_t>> cases_;
  std::set<std::string> holds_;
  std::map<std::string, ObjState> objects_;
};

Status VaultImpl::Export(std::string_view case_id, const std::string& out_dir, int64_t now_ms) {
  std::lock_guard<std::mutex> lock(mu_);
  auto cit = cases_.find(std::string(case_id));
  if (cit == cases_.end()) {
    return NotFoundError("evidence: no case '" + std::string(case_id) + "' in the vault");
  }
  fs::path out(out_dir);
  std::error_code ec;
  if (fs::exists(out, ec) && !fs::is_empty(out, ec)) {
    return FailedPreconditionError(out_dir + ": output directory is not empty");
  }
  fs::create_directories(out / "objects", ec);
  if (ec) return IOError(out_dir + ": cannot create: " + ec.message());
  LogRecord ex;
  ex.kind = "export";
  ex.case_id = std::string(case_id);
  ex.ts = now_ms;
  VIGIL_RETURN_IF_ERROR(Append(&ex));
  if (since_checkpoint_ > 0) VIGIL_RETURN_IF_ERROR(AppendCheckpoint(now_ms));
  VIGIL_RETURN_IF_ERROR(SyncLocked());

  auto text = ReadLog();
  if (!text.ok()) return text.status();
  const int64_t first = cit->second.front(), last = last_seq_;
  // Line k holds seq k: cut lines first..last.
  size_t begin = 0, pos = 0;
  for (int64_t k = 1; k <= last; ++k) {
    if (k == first) begin = pos;
    pos = text->find('\n', pos) + 1;
  }
  std::string slice = text->substr(begin, pos - begin);
  std::vector<LogRecord> recs;
  evidence::ChainOptions co;
  co.first_seq = first;
  co.public_key = keys_.sign_public.data();
  VIGIL_RETURN_IF_ERROR(evidence::ReadChain(slice, co, &recs));

  std::string objects, deleted, case_records;
  JsonWriter ow(&objects), dw(&deleted), cw(&case_records);
  ow.BeginArray();
  dw.BeginArray();
  cw.BeginArray();
  std::set<std::string> seen;
  for (const LogRecord& r : recs) {
    if (r.kind != "preserve" || r.case_id != case_id) continue;
    cw.Int(r.seq);
    for (const ObjectRef& o : r.objects) {
      if (!seen.insert(o.sha256).second) continue;
      if (objects_[o.sha256].deleted) {
        dw.String(o.sha256);
        continue;
      }
      auto file = ReadFileBounded(ObjectPath(o.sha256).string(), int64_t{1} << 32);
      if (!file.ok()) return file.status();
      if (evidence::Sha256Hex(*file) != o.cipher) {
        return CorruptionError(ObjectPath(o.sha256).string() + ": object altered in the vault");
      }
      VIGIL_RETURN_IF_ERROR(WriteFileAtomic(out / "objects" / o.sha256, *file));
      ow.BeginObject().Key("sha256").String(o.sha256).Key("cipher").String(o.cipher).EndObject();
    }
  }
  ow.EndArray();
  dw.EndArray();
  cw.EndArray();
  std::string pk = ToHex(keys_.sign_public.data(), keys_.sign_public.size());
  std::string manifest;
  JsonWriter m(&manifest);
  m.BeginObject().Key("format").String("vigil-evidence-bundle-1");
  m.Key("case").String(case_id).Key("created").Int(now_ms).Key("public_key").String(pk);
  m.Key("first_seq").Int(first).Key("last_seq").Int(last).Key("first_prev").String(recs[0].prev);
  m.Key("log_sha256").String(evidence::Sha256Hex(slice));
  m.Key("case_records").Raw(case_records).Key("objects").Raw(objects);
  m.Key("deleted").Raw(deleted).EndObject();
  manifest.push_back('\n');
  std::string last_line = slice.substr(slice.rfind('\n', slice.size() - 2) + 1);
  if (recs.size() == 1) last_line = slice;
  VIGIL_RETURN_IF_ERROR(WriteFileAtomic(out / "log.jsonl", slice));
  VIGIL_RETURN_IF_ERROR(WriteFileAtomic(out / "checkpoint.json", last_line));
  VIGIL_RETURN_IF_ERROR(WriteFileAtomic(out / "public_key.hex", pk + "\n"));
  VIGIL_RETURN_IF_ERROR(WriteFileAtomic(out / "manifest.json", manifest));
  return WriteFileAtomic(out / "manifest.sig",
                         evidence::SignManifest(manifest, keys_.sign_secret.data()) + "\n");
}

Status VaultImpl::VerifyAll() const {
  std::lock_guard<std::mutex> lock(mu_);
  auto text = const_cast<VaultImpl*>(this)->ReadLog();
  if (!text.ok()) return text.status();
  std::vector<LogRecord> recs;
  evidence::ChainOptions co;
  co.first_seq = 1;
  co.first_prev = std::string(evidence::kGenesisPrev);
  co.public_key = keys_.sign_public.data();
  VIGIL_RETURN_IF_ERROR(evidence::ReadChain(*text, co, &recs).WithContext(opts_.dir));
  for (const auto& [sha, o] : objects_) {
    if (o.deleted) continue;
    auto file = ReadFileBounded(ObjectPath(sha).string(), int64_t{1} << 32);
    if (!file.ok()) return file.status().WithContext("object missing");
    if (evidence::Sha256Hex(*file) != o.cipher) {
      return CorruptionError(ObjectPath(sha).string() + ": encrypted object altered");
    }
  }
  return Status::OK();
}

}  // namespace

StatusOr<std::unique_ptr<Vault>> Vault::Open(VaultOptions options, const VaultKeys& keys) {
  if (options.dir.empty()) return InvalidArgumentError("evidence: no vault directory given");
  if (options.checkpoint_every < 1) options.checkpoint_every = 1;
  auto v = std::make_unique<VaultImpl>(std::move(options), keys);
  VIGIL_RETURN_IF_ERROR(v->Init());
  return std::unique_ptr<Vault>(std::move(v));
}

}  // namespace vigil
