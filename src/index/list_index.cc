// ListIndex: a compiled base list plus an append-only delta file.
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "vigil/digest.h"
#include "vigil/match_index.h"

namespace vigil {
namespace {

using nlohmann::json;
constexpr int kDeltaVersion = 1;
constexpr int64_t kMaxDeltaBytes = int64_t{1} << 30;

std::string Key(HashType t, std::string_view id) {
  return std::string(HashTypeName(t)) + ":" + std::string(id);
}
std::string AnyKey(std::string_view id) { return "*:" + std::string(id); }

std::string ChecksumHex(uint64_t c) {
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(c));
  return buf;
}

json OpToJson(const DeltaOp& op) {
  json j;
  switch (op.kind) {
    case DeltaOp::Kind::kAdd:
      j = {{"op", "add"}, {"id", op.entry.id}, {"type", HashTypeName(op.entry.type)},
           {"value", op.entry.value}, {"category", op.entry.category},
           {"source", op.entry.source}, {"added_ms", op.entry.added_ms},
           {"metadata", op.entry.metadata}, {"enabled", op.entry.enabled}};
      return j;
    case DeltaOp::Kind::kRemove: j["op"] = "remove"; break;
    case DeltaOp::Kind::kDisable: j["op"] = "disable"; break;
    case DeltaOp::Kind::kEnable: j["op"] = "enable"; break;
    case DeltaOp::Kind::kListSettings:
      j = {{"op", "list"}, {"enabled", op.list_enabled}};
      if (op.pdq_threshold >= 0) j["pdq_threshold"] = op.pdq_threshold;
      if (op.quality_floor >= 0) j["quality_floor"] = op.quality_floor;
      return j;
  }
  j["id"] = op.entry.id;
  if (op.has_type) j["type"] = HashTypeName(op.entry.type);
  return j;
}

StatusOr<DeltaOp> OpFromJsonUnchecked(const json& j);

// json::value() throws on a present field of the wrong type: report it.
StatusOr<DeltaOp> OpFromJson(const json& j) {
  try {
    return OpFromJsonUnchecked(j);
  } catch (const json::exception& e) {
    return InvalidArgumentError(std::string("a field has the wrong type: ") + e.what());
  }
}

StatusOr<DeltaOp> OpFromJsonUnchecked(const json& j) {
  DeltaOp op;
  if (!j.is_object() || !j.contains("op") || !j["op"].is_string()) {
    return InvalidArgumentError("expected an object with a string \"op\"");
  }
  const std::string kind = j["op"].get<std::string>();
  if (kind == "list") {
    op.kind = DeltaOp::Kind::kListSettings;
    op.list_enabled = j.value("enabled", true);
    op.pdq_threshold = j.value("pdq_threshold", -1);
    op.quality_floor = j.value("quality_floor", -1);
    return op;
  }
  if (!j.contains("id") || !j["id"].is_string()) return InvalidArgumentError("missing \"id\"");
  op.entry.id = j["id"].get<std::string>();
  if (j.contains("type")) {
    if (!j["type"].is_string() || !ParseHashType(j["type"].get<std::string>(), &op.entry.type)) {
      return InvalidArgumentError("bad \"type\"");
    }
    op.has_type = true;
  }
  if (kind == "add") {
    op.kind = DeltaOp::Kind::kAdd;
    if (!op.has_type || !j.contains("value") || !j["value"].is_string()) {
      return InvalidArgumentError("add needs \"type\" and \"value\"");
    }
    op.entry.value = j["value"].get<std::string>();
    op.entry.category = j.value("category", "");
    op.entry.source = j.value("source", "");
    op.entry.added_ms = j.value("added_ms", int64_t{0});
    op.entry.metadata = j.value("metadata", "");
    op.entry.enabled = j.value("enabled", true);
    if (op.entry.value.size() != HashHexLength(op.entry.type)) {
      return InvalidArgumentError("value has the wrong length for its type");
    }
    for (char& c : op.entry.value) {
      if (!std::isxdigit(static_cast<unsigned char>(c))) return InvalidArgumentError("value is not hex");
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  } else if (kind == "remove") {
    op.kind = DeltaOp::Kind::kRemove;
  } else if (kind == "disable") {
    op.kind = DeltaOp::Kind::kDisable;
  } else if (kind == "enable") {
    op.kind = DeltaOp::Kind::kEnable;
  } else {
    return InvalidArgumentError("unknown op '" + kind + "'");
  }
  return op;
}

}  // namespace

struct ListIndex::State {
  std::shared_ptr<const CompiledList> base;
  HashList adds;                                // entries added by the delta
  std::shared_ptr<const CompiledList> adds_ix;  // compiled `adds` (null when empty)
  std::unordered_set<std::string> removed;      // base entries: "type:id"
  std::unordered_map<std::string, bool> toggled;  // "type:id" or "*:id" → enabled
  bool list_enabled = true;
  int pdq_threshold = 31;
  int quality_floor = 50;
  size_t ops = 0;

  bool BaseLive(size_t i) const {
    return removed.empty() || removed.count(Key(base->entry_type(i), base->entry_id(i))) == 0;
  }
  bool Enabled(HashType t, std::string_view id, bool own) const {
    if (toggled.empty()) return own;
    if (auto it = toggled.find(Key(t, id)); it != toggled.end()) return it->second;
    if (auto it = toggled.find(AnyKey(id)); it != toggled.end()) return it->second;
    return own;
  }

  Status Apply(const DeltaOp& op) {
    ++ops;
    switch (op.kind) {
      case DeltaOp::Kind::kListSettings:
        list_enabled = op.list_enabled;
        if (op.pdq_threshold >= 0) pdq_threshold = std::min(op.pdq_threshold, 256);
        if (op.quality_floor >= 0) quality_floor = std::min(op.quality_floor, 100);
        return Status::OK();
      case DeltaOp::Kind::kAdd:
        RemoveKey(op.entry.type, op.entry.id);
        adds.entries.push_back(op.entry);
        return Status::OK();
      case DeltaOp::Kind::kRemove:
        for (int t = 0; t < kNumHashTypes; ++t) {
          HashType ht = static_cast<HashType>(t);
          if (!op.has_type || ht == op.entry.type) RemoveKey(ht, op.entry.id);
        }
        return Status::OK();
      case DeltaOp::Kind::kDisable:
      case DeltaOp::Kind::kEnable: {
        bool en = op.kind == DeltaOp::Kind::kEnable;
        toggled[op.has_type ? Key(op.entry.type, op.entry.id) : AnyKey(op.entry.id)] = en;
        return Status::OK();
      }
    }
    return Status::OK();
  }

  void RemoveKey(HashType t, const std::string& id) {
    removed.insert(Key(t, id));
    auto& v = adds.entries;
    v.erase(std::remove_if(v.begin(), v.end(),
                           [&](const HashEntry& e) { return e.type == t && e.id == id; }),
            v.end());
  }

  Status Recompile() {
    adds_ix.reset();
    if (adds.entries.empty()) return Status::OK();
    adds.name = std::string(base->name());
    VIGIL_ASSIGN_OR_RETURN(adds_ix, CompiledList::Build(adds));
    return Status::OK();
  }

  HashList Merged() const {
    HashList l;
    l.name = std::string(base->name());
    l.pdq_threshold = pdq_threshold;
    l.quality_floor = quality_floor;
    l.enabled = list_enabled;
    auto push = [&](HashEntry e) {
      e.enabled = Enabled(e.type, e.id, e.enabled);
      l.entries.push_back(std::move(e));
    };
    HashList all = base->ToHashList();  // PDQ values reconstructed in bulk
    for (size_t i = 0; i < all.entries.size(); ++i) {
      if (BaseLive(i)) push(std::move(all.entries[i]));
    }
    for (const HashEntry& e : adds.entries) push(e);
    return l;
  }
};

std::string DeltaPathFor(const std::string& index_path) { return index_path + ".delta"; }

bool IsIndexFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  char magic[8] = {};
  return f.read(magic, 8) && std::string_view(magic, 8) == "VIGILIDX";
}

namespace {

// Reads the delta file of `index_path` into *state. Missing file: no ops.
Status LoadDelta(const std::string& index_path, ListIndex::State* state) {
  const std::string path = DeltaPathFor(index_path);
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return Status::OK();
  VIGIL_ASSIGN_OR_RETURN(std::string content, ReadFileBounded(path, kMaxDeltaBytes));
  if (content.empty()) return Status::OK();
  if (content.back() != '\n') {
    return CorruptionError(path + ": truncated delta: the last line is incomplete");
  }
  size_t pos = 0;
  int64_t line_no = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line(content.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    const std::string where = path + ":" + std::to_string(line_no) + ": ";
    json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return CorruptionError(where + "corrupt delta: malformed JSON");
    if (line_no == 1) {
      if (!j.is_object() || !j.contains("vigil_delta") || !j["vigil_delta"].is_number_integer()) {
        return CorruptionError(where + "not a Vigil delta file (no vigil_delta header)");
      }
      int v = j["vigil_delta"].get<int>();
      if (v > kDeltaVersion) {
        return FailedPreconditionError(where + "delta format version " + std::to_string(v) +
                                       " is newer than this build reads (up to " +
                                       std::to_string(kDeltaVersion) + ")");
      }
      std::string base = j.contains("base") && j["base"].is_string() ? j["base"].get<std::string>() : "";
      if (base != ChecksumHex(state->base->checksum())) {
        return FailedPreconditionError(where + "delta was written for another base index (" +
                                       base + "); compact or re-import the list");
      }
      continue;
    }
    auto op = OpFromJson(j);
    if (!op.ok()) return CorruptionError(where + "corrupt delta: " + op.status().message());
    VIGIL_RETURN_IF_ERROR(state->Apply(*op));
  }
  return Status::OK();
}

Status WriteFileAtomic(const std::string& path, const std::string& content) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << content;
    f.flush();
    if (!f) return IOError(tmp + ": write failed");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return IOError(path + ": cannot replace");
  return Status::OK();
}

std::string DeltaHeader(uint64_t checksum) {
  return json{{"vigil_delta", kDeltaVersion}, {"base", ChecksumHex(checksum)}}.dump() + "\n";
}

}  // namespace

ListIndex::~ListIndex() {
  if (bg_.joinable()) bg_.join();
}

std::unique_ptr<ListIndex> ListIndex::FromCompiled(std::shared_ptr<const CompiledList> base,
                                                   std::string path) {
  std::unique_ptr<ListIndex> li(new ListIndex());
  li->path_ = std::move(path);
  auto st = std::make_shared<State>();
  st->list_enabled = base->enabled();
  st->pdq_threshold = base->pdq_threshold();
  st->quality_floor = base->quality_floor();
  st->base = std::move(base);
  li->state_.store(std::move(st));
  return li;
}

StatusOr<std::unique_ptr<ListIndex>> ListIndex::Open(const std::string& path,
                                                     ImportReport* report) {
  if (IsIndexFile(path)) {
    VIGIL_ASSIGN_OR_RETURN(auto base, CompiledList::Open(path));
    auto li = FromCompiled(std::move(base), path);
    auto st = std::make_shared<State>(*li->state_.load());
    VIGIL_RETURN_IF_ERROR(LoadDelta(path, st.get()));
    VIGIL_RETURN_IF_ERROR(st->Recompile());
    li->state_.store(std::move(st));
    li->seen_ = li->StatFiles();
    return li;
  }
  ImportOptions o;
  VIGIL_ASSIGN_OR_RETURN(HashList list, ImportListFile(path, o, report));
  VIGIL_ASSIGN_OR_RETURN(auto base, CompiledList::Build(list));
  return FromCompiled(std::move(base));
}

Status ListIndex::Append(const std::vector<DeltaOp>& ops) {
  std::lock_guard<std::mutex> lock(write_mu_);
  auto cur = state_.load();
  auto st = std::make_shared<State>(*cur);
  for (const DeltaOp& op : ops) VIGIL_RETURN_IF_ERROR(st->Apply(op));
  VIGIL_RETURN_IF_ERROR(st->Recompile());
  if (!path_.empty()) {
    const std::string dpath = DeltaPathFor(path_);
    struct stat s;
    std::string out = ::stat(dpath.c_str(), &s) != 0 || s.st_size == 0
                          ? DeltaHeader(st->base->checksum()) : "";
    for (const DeltaOp& op : ops) {
      out += OpToJson(op).dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
    }
    std::FILE* f = std::fopen(dpath.c_str(), "ab");
    if (f == nullptr) return IOError(dpath + ": cannot open for appending");
    bool ok = std::fwrite(out.data(), 1, out.size(), f) == out.size();
    ok = std::fflush(f) == 0 && ok;
    ok = std::fclose(f) == 0 && ok;
    if (!ok) return IOError(dpath + ": append failed");
  }
  state_.store(std::shared_ptr<const State>(std::move(st)));
  if (!path_.empty()) seen_ = StatFiles();
  return Status::OK();
}

ListIndex::FileIds ListIndex::StatFiles() const {
  FileIds ids;
  struct stat st;
  if (::stat(path_.c_str(), &st) == 0) {
    ids.base_ino = st.st_ino;
    ids.base_mtime_ns = static_cast<uint64_t>(st.st_mtim.tv_sec) * 1000000000u +
                        static_cast<uint64_t>(st.st_mtim.tv_nsec);
    ids.base_size = static_cast<uint64_t>(st.st_size);
  }
  if (::stat(DeltaPathFor(path_).c_str(), &st) == 0) ids.delta_size = static_cast<uint64_t>(st.st_size);
  return ids;
}

Status ListIndex::Refresh() {
  if (path_.empty()) return Status::OK();
  std::lock_guard<std::mutex> lock(write_mu_);
  const FileIds now = StatFiles();
  if (now == seen_) return Status::OK();
  std::shared_ptr<const CompiledList> base = state_.load()->base;
  if (now.base_ino != seen_.base_ino || now.base_mtime_ns != seen_.base_mtime_ns ||
      now.base_size != seen_.base_size) {
    VIGIL_ASSIGN_OR_RETURN(base, CompiledList::Open(path_));
  }
  auto st = std::make_shared<State>();
  st->list_enabled = base->enabled();
  st->pdq_threshold = base->pdq_threshold();
  st->quality_floor = base->quality_floor();
  st->base = std::move(base);
  VIGIL_RETURN_IF_ERROR(LoadDelta(path_, st.get()));
  VIGIL_RETURN_IF_ERROR(st->Recompile());
  state_.store(std::shared_ptr<const State>(std::move(st)));
  seen_ = now;
  return Status::OK();
}

Status ListIndex::Compact() {
  std::lock_guard<std::mutex> lock(write_mu_);
  auto cur = state_.load();
  if (cur->ops == 0) return Status::OK();
  // Never fold a corrupt base into a new, freshly checksummed one.
  VIGIL_RETURN_IF_ERROR(cur->base->WaitVerified());
  VIGIL_ASSIGN_OR_RETURN(auto merged, CompiledList::Build(cur->Merged()));
  std::shared_ptr<const CompiledList> base = merged;
  if (!path_.empty()) {
    VIGIL_RETURN_IF_ERROR(merged->Save(path_));
    VIGIL_RETURN_IF_ERROR(WriteFileAtomic(DeltaPathFor(path_), DeltaHeader(merged->checksum())));
    VIGIL_ASSIGN_OR_RETURN(base, CompiledList::Open(path_));  // drop the in-memory copy
  }
  auto st = std::make_shared<State>();
  st->list_enabled = base->enabled();
  st->pdq_threshold = base->pdq_threshold();
  st->quality_floor = base->quality_floor();
  st->base = std::move(base);
  state_.store(std::shared_ptr<const State>(std::move(st)));
  if (!path_.empty()) seen_ = StatFiles();
  return Status::OK();
}

void ListIndex::StartBackgroundCompact() {
  if (bg_.joinable()) bg_.join();
  bg_ = std::thread([this] { bg_status_ = Compact(); });
}

Status ListIndex::WaitBackground() {
  if (bg_.joinable()) bg_.join();
  return bg_status_;
}

Status ListIndex::Health() const { return state_.load()->base->integrity(); }

std::string ListIndex::name() const { return std::string(state_.load()->base->name()); }
size_t ListIndex::delta_ops() const { return state_.load()->ops; }
std::shared_ptr<const CompiledList> ListIndex::base() const {
  return state_.load()->base;
}
HashList ListIndex::Snapshot() const { return state_.load()->Merged(); }

void ListIndex::Match(const MatchQuery& q, std::vector<MatchHit>* out) const {
  auto st = state_.load();
  if (!st->list_enabled) return;
  const std::string list_name(st->base->name());
  const CompiledList* parts[2] = {st->base.get(), st->adds_ix.get()};
  auto usable = [&](int p, size_t i) {
    const CompiledList& cl = *parts[p];
    if (p == 0 && !st->BaseLive(i)) return false;
    return st->Enabled(cl.entry_type(i), cl.entry_id(i), cl.entry_enabled(i));
  };
  auto hit = [&](int p, size_t i, int distance, int variant) {
    MatchHit h;
    h.list = list_name;
    h.entry = parts[p]->entry_id(i);
    h.category = parts[p]->entry_category(i);
    h.type = parts[p]->entry_type(i);
    h.distance = distance;
    h.variant = variant;
    out->push_back(std::move(h));
  };
  const std::pair<HashType, const std::string*> digests[] = {
      {HashType::kSha256, &q.sha256}, {HashType::kSha1, &q.sha1}, {HashType::kMd5, &q.md5}};
  for (const auto& [type, hex] : digests) {
    if (hex->empty()) continue;
    for (int p = 0; p < 2; ++p) {
      if (parts[p] == nullptr) continue;
      int64_t i = parts[p]->FindDigest(type, *hex);
      if (i >= 0 && usable(p, static_cast<size_t>(i))) hit(p, static_cast<size_t>(i), 0, 0);
    }
  }
  if (q.pdq.empty() || (q.quality >= 0 && q.quality < st->quality_floor)) return;
  const int radius = q.max_distance >= 0 ? q.max_distance : st->pdq_threshold;
  for (int p = 0; p < 2; ++p) {
    if (parts[p] == nullptr || parts[p]->pdq_count() == 0) continue;
    std::vector<CompiledList::PdqResult> res;
    parts[p]->MatchPdq(q.pdq, radius, &res);
    // Best (distance, variant) per entry.
    std::map<uint32_t, std::pair<int, int>> best;
    for (const auto& r : res) {
      auto [it, fresh] = best.try_emplace(r.entry, r.distance, static_cast<int>(r.query));
      if (!fresh && std::make_pair(r.distance, static_cast<int>(r.query)) < it->second) {
        it->second = {r.distance, static_cast<int>(r.query)};
      }
    }
    std::vector<std::tuple<int, int, uint32_t>> sorted;
    for (const auto& [e, dv] : best) {
      if (usable(p, e)) sorted.emplace_back(dv.first, dv.second, e);
    }
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [d, v, e] : sorted) hit(p, e, d, v);
  }
}

}  // namespace vigil
