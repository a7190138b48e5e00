// CompiledList: building, saving, mapping and verifying .vidx files.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <numeric>
#include <thread>

#include "core/hex.h"
#include "index/checksum.h"
#include "index/pdq_index.h"
#include "vigil/match_index.h"

namespace vigil {
namespace {

constexpr char kMagic[8] = {'V', 'I', 'G', 'I', 'L', 'I', 'D', 'X'};
constexpr size_t kHeaderBytes = 512;
constexpr size_t kAlign = 64;

enum SectionId {
  kStrings, kEntries, kMd5, kSha1, kSha256, kPdqItems, kPdqEntry, kOffsets, kPartner, kIds,
  kNumSections
};
const char* const kSectionNames[kNumSections] = {"strings", "entries", "md5", "sha1", "sha256",
                                                 "pdq", "pdq_entry", "pdq_offsets",
                                                 "pdq_partner", "pdq_ids"};

struct Section {
  uint64_t offset;
  uint64_t bytes;
};

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t header_bytes;
  uint64_t file_bytes;
  uint64_t payload_checksum;
  uint64_t n_entries, n_pdq, n_digest[3];  // md5, sha1, sha256
  int32_t pdq_threshold, quality_floor;
  uint32_t flags;  // bit 0: list enabled
  uint32_t reserved;
  uint64_t name_ref;
  Section sections[kNumSections];
  uint8_t pad[kHeaderBytes - 256 - 8];
  uint64_t header_checksum;  // of the bytes before this field
};
static_assert(sizeof(Header) == kHeaderBytes);

// String reference: offset (40 bits) | length (24 bits) into the strings section.
constexpr uint64_t kMaxStringLen = (uint64_t{1} << 24) - 1;
uint64_t StrRef(uint64_t off, uint64_t len) { return off | (len << 40); }
uint64_t RefOff(uint64_t r) { return r & ((uint64_t{1} << 40) - 1); }
uint64_t RefLen(uint64_t r) { return r >> 40; }

struct EntryRec {
  uint64_t id, category, source, metadata;  // string refs
  int64_t added_ms;
  uint32_t slot;  // position in the section of its type
  uint8_t type;
  uint8_t enabled;
  uint16_t reserved;
};
static_assert(sizeof(EntryRec) == 48);

size_t DigestBytes(HashType t) { return HashHexLength(t) / 2; }
size_t DigestRecBytes(HashType t) { return DigestBytes(t) + 4; }
int DigestIdx(HashType t) { return static_cast<int>(t) - 1; }  // md5=0, sha1=1, sha256=2
size_t AlignUp(size_t n) { return (n + kAlign - 1) / kAlign * kAlign; }

}  // namespace

uint64_t ChecksumParallel(const uint8_t* p, size_t n) {
  constexpr size_t kBlock = size_t{64} << 20;
  const size_t blocks = (n + kBlock - 1) / kBlock;
  std::vector<uint64_t> sums(blocks);
  auto work = [&](size_t first, size_t step) {
    for (size_t b = first; b < blocks; b += step) {
      sums[b] = Checksum64(p + b * kBlock, std::min(kBlock, n - b * kBlock));
    }
  };
  const size_t threads = std::min<size_t>({blocks, 4, std::max(1u, std::thread::hardware_concurrency())});
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work, t, threads);
  work(0, std::max<size_t>(threads, 1));
  for (auto& th : pool) th.join();
  return Checksum64(reinterpret_cast<const uint8_t*>(sums.data()), sums.size() * 8) ^ n;
}

struct CompiledList::Impl {
  const Header* h = nullptr;
  const char* strings = nullptr;
  const EntryRec* entries = nullptr;
  const uint8_t* digests[3] = {nullptr, nullptr, nullptr};
  const uint32_t* pdq_entry = nullptr;
  PdqIndexView pdq;

  std::string_view Str(uint64_t ref) const { return {strings + RefOff(ref), RefLen(ref)}; }

  static std::unique_ptr<Impl> Bind(const uint8_t* data) {
    auto im = std::make_unique<Impl>();
    im->h = reinterpret_cast<const Header*>(data);
    auto sec = [&](int s) { return data + im->h->sections[s].offset; };
    im->strings = reinterpret_cast<const char*>(sec(kStrings));
    im->entries = reinterpret_cast<const EntryRec*>(sec(kEntries));
    for (int i = 0; i < 3; ++i) im->digests[i] = sec(kMd5 + i);
    im->pdq_entry = reinterpret_cast<const uint32_t*>(sec(kPdqEntry));
    im->pdq = PdqIndexView(reinterpret_cast<const Pdq*>(sec(kPdqItems)), im->h->n_pdq,
                           reinterpret_cast<const uint32_t*>(sec(kOffsets)),
                           reinterpret_cast<const uint16_t*>(sec(kPartner)),
                           reinterpret_cast<const uint32_t*>(sec(kIds)));
    return im;
  }
};

CompiledList::~CompiledList() {
  if (mapping_ != nullptr) munmap(mapping_, size_);
}

StatusOr<std::shared_ptr<const CompiledList>> CompiledList::Build(const HashList& list) {
  const size_t n = list.entries.size();
  if (n > UINT32_MAX - 1) return ResourceExhaustedError("list '" + list.name + "': too many entries");
  // Strings.
  std::string strings;
  std::vector<EntryRec> recs(n);
  auto add_str = [&](std::string_view s) {
    uint64_t off = strings.size();
    size_t len = std::min<size_t>(s.size(), kMaxStringLen);
    strings.append(s.substr(0, len));
    return StrRef(off, len);
  };
  uint64_t name_ref = add_str(list.name);
  std::vector<uint32_t> by_type[kNumHashTypes];
  for (size_t i = 0; i < n; ++i) {
    const HashEntry& e = list.entries[i];
    if (e.value.size() != HashHexLength(e.type)) {
      return InvalidArgumentError("list '" + list.name + "': entry '" + e.id + "' has a " +
                                  std::to_string(e.value.size()) + "-digit " +
                                  std::string(HashTypeName(e.type)) + " value");
    }
    EntryRec& r = recs[i];
    r.id = add_str(e.id);
    r.category = add_str(e.category);
    r.source = add_str(e.source);
    r.metadata = add_str(e.metadata);
    r.added_ms = e.added_ms;
    r.type = static_cast<uint8_t>(e.type);
    r.enabled = e.enabled ? 1 : 0;
    r.reserved = 0;
    by_type[static_cast<int>(e.type)].push_back(static_cast<uint32_t>(i));
  }
  const size_t npdq = by_type[0].size();
  size_t bytes[kNumSections];
  bytes[kStrings] = strings.size();
  bytes[kEntries] = n * sizeof(EntryRec);
  for (int t = 1; t < kNumHashTypes; ++t) {
    bytes[kMd5 + t - 1] = by_type[t].size() * DigestRecBytes(static_cast<HashType>(t));
  }
  bytes[kPdqItems] = npdq * sizeof(Pdq);
  bytes[kPdqEntry] = npdq * 4;
  bytes[kOffsets] = PdqIndexLayout::OffsetsCount() * 4;
  bytes[kPartner] = PdqIndexLayout::PartnerCount(npdq) * 2;
  bytes[kIds] = PdqIndexLayout::IdsCount(npdq) * 4;
  Header h{};
  std::memcpy(h.magic, kMagic, 8);
  h.version = kIndexFormatVersion;
  h.header_bytes = kHeaderBytes;
  size_t pos = kHeaderBytes;
  for (int s = 0; s < kNumSections; ++s) {
    h.sections[s] = {pos, bytes[s]};
    pos = AlignUp(pos + bytes[s]);
  }
  h.file_bytes = pos;
  h.n_entries = n;
  h.n_pdq = npdq;
  for (int t = 1; t < kNumHashTypes; ++t) h.n_digest[t - 1] = by_type[t].size();
  h.pdq_threshold = list.pdq_threshold;
  h.quality_floor = list.quality_floor;
  h.flags = list.enabled ? 1u : 0u;
  h.name_ref = name_ref;

  std::shared_ptr<CompiledList> cl(new CompiledList());
  cl->owned_.assign(pos / 8, 0);
  uint8_t* data = reinterpret_cast<uint8_t*>(cl->owned_.data());
  auto sec = [&](int s) { return data + h.sections[s].offset; };
  std::memcpy(sec(kStrings), strings.data(), strings.size());
  // Digests: sorted (digest, entry) records.
  for (int t = 1; t < kNumHashTypes; ++t) {
    const HashType type = static_cast<HashType>(t);
    const size_t db = DigestBytes(type), rb = DigestRecBytes(type);
    std::vector<std::pair<std::string, uint32_t>> v;
    v.reserve(by_type[t].size());
    for (uint32_t i : by_type[t]) {
      std::string raw(db, '\0');
      FromHex(list.entries[i].value, reinterpret_cast<uint8_t*>(raw.data()));
      v.emplace_back(std::move(raw), i);
    }
    std::sort(v.begin(), v.end());
    uint8_t* out = sec(kMd5 + t - 1);
    for (size_t k = 0; k < v.size(); ++k) {
      std::memcpy(out + k * rb, v[k].first.data(), db);
      std::memcpy(out + k * rb + db, &v[k].second, 4);
      recs[v[k].second].slot = static_cast<uint32_t>(k);
    }
  }
  Pdq* items = reinterpret_cast<Pdq*>(sec(kPdqItems));
  uint32_t* pdq_entry = reinterpret_cast<uint32_t*>(sec(kPdqEntry));
  for (size_t k = 0; k < npdq; ++k) {
    uint32_t i = by_type[0][k];
    ParsePdqHex(list.entries[i].value, &items[k]);
    pdq_entry[k] = i;
    recs[i].slot = static_cast<uint32_t>(k);
  }
  BuildPdqIndex(items, npdq, reinterpret_cast<uint32_t*>(sec(kOffsets)),
                reinterpret_cast<uint16_t*>(sec(kPartner)), reinterpret_cast<uint32_t*>(sec(kIds)));
  std::memcpy(sec(kEntries), recs.data(), bytes[kEntries]);
  h.payload_checksum = ChecksumParallel(data + kHeaderBytes, pos - kHeaderBytes);
  h.header_checksum = Checksum64(reinterpret_cast<const uint8_t*>(&h), offsetof(Header, header_checksum));
  std::memcpy(data, &h, sizeof(h));
  cl->data_ = data;
  cl->size_ = pos;
  cl->impl_ = Impl::Bind(data);
  return std::shared_ptr<const CompiledList>(std::move(cl));
}

namespace {

// Structural checks after the checksums: every offset and reference in range.
Status VerifyLayout(const uint8_t* data, size_t size, const std::string& path) {
  const Header& h = *reinterpret_cast<const Header*>(data);
  auto bad = [&](const std::string& what) {
    return CorruptionError(path + ": corrupt index: " + what);
  };
  if (h.header_bytes != kHeaderBytes) return bad("unexpected header size");
  if (h.n_entries > UINT32_MAX || h.n_pdq > h.n_entries) return bad("entry counts out of range");
  uint64_t expect[kNumSections];
  expect[kEntries] = h.n_entries * sizeof(EntryRec);
  for (int t = 1; t < kNumHashTypes; ++t) {
    if (h.n_digest[t - 1] > h.n_entries) return bad("digest count out of range");
    expect[kMd5 + t - 1] = h.n_digest[t - 1] * DigestRecBytes(static_cast<HashType>(t));
  }
  expect[kPdqItems] = h.n_pdq * sizeof(Pdq);
  expect[kPdqEntry] = h.n_pdq * 4;
  expect[kOffsets] = PdqIndexLayout::OffsetsCount() * 4;
  expect[kPartner] = PdqIndexLayout::PartnerCount(h.n_pdq) * 2;
  expect[kIds] = PdqIndexLayout::IdsCount(h.n_pdq) * 4;
  for (int s = 0; s < kNumSections; ++s) {
    const Section& sec = h.sections[s];
    if (sec.offset < kHeaderBytes || sec.offset % 8 != 0 || sec.offset > size ||
        sec.bytes > size - sec.offset) {
      return bad(std::string("section '") + kSectionNames[s] + "' lies outside the file");
    }
    if (s != kStrings && sec.bytes != expect[s]) {
      return bad(std::string("section '") + kSectionNames[s] + "' has the wrong size");
    }
  }
  const uint64_t nstr = h.sections[kStrings].bytes;
  auto ref_ok = [&](uint64_t r) { return RefOff(r) <= nstr && RefLen(r) <= nstr - RefOff(r); };
  if (!ref_ok(h.name_ref)) return bad("list name out of range");
  const EntryRec* e = reinterpret_cast<const EntryRec*>(data + h.sections[kEntries].offset);
  for (uint64_t i = 0; i < h.n_entries; ++i) {
    if (!ref_ok(e[i].id) || !ref_ok(e[i].category) || !ref_ok(e[i].source) ||
        !ref_ok(e[i].metadata)) {
      return bad("entry " + std::to_string(i) + ": string out of range");
    }
    if (e[i].type >= kNumHashTypes) return bad("entry " + std::to_string(i) + ": bad type");
    uint64_t count = e[i].type == 0 ? h.n_pdq : h.n_digest[e[i].type - 1];
    if (e[i].slot >= count) return bad("entry " + std::to_string(i) + ": slot out of range");
  }
  for (int t = 1; t < kNumHashTypes; ++t) {
    const size_t db = DigestBytes(static_cast<HashType>(t)), rb = db + 4;
    const uint8_t* d = data + h.sections[kMd5 + t - 1].offset;
    for (uint64_t k = 0; k < h.n_digest[t - 1]; ++k) {
      uint32_t ent;
      std::memcpy(&ent, d + k * rb + db, 4);
      if (ent >= h.n_entries) return bad("digest record entry out of range");
    }
  }
  const uint32_t* pe = reinterpret_cast<const uint32_t*>(data + h.sections[kPdqEntry].offset);
  for (uint64_t k = 0; k < h.n_pdq; ++k) {
    if (pe[k] >= h.n_entries) return bad("pdq entry out of range");
  }
  return Status::OK();
}

}  // namespace

StatusOr<std::shared_ptr<const CompiledList>> CompiledList::Open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return IOError(path + ": cannot open: " + std::strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return IOError(path + ": not a regular file");
  }
  const size_t size = static_cast<size_t>(st.st_size);
  if (size < kHeaderBytes) {
    ::close(fd);
    return CorruptionError(path + ": truncated index: " + std::to_string(size) +
                           " bytes, the header alone needs " + std::to_string(kHeaderBytes));
  }
  void* map = mmap(nullptr, size, PROT_READ, MAP_SHARED | MAP_POPULATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return IOError(path + ": cannot map: " + std::strerror(errno));
  std::shared_ptr<CompiledList> cl(new CompiledList());
  cl->mapping_ = map;
  cl->size_ = size;
  cl->data_ = static_cast<const uint8_t*>(map);
  const Header& h = *reinterpret_cast<const Header*>(cl->data_);
  if (std::memcmp(h.magic, kMagic, 8) != 0) {
    return CorruptionError(path + ": not a Vigil index file (bad magic)");
  }
  if (h.version > kIndexFormatVersion) {
    return FailedPreconditionError(
        path + ": index format version " + std::to_string(h.version) +
        " is newer than this build reads (up to " + std::to_string(kIndexFormatVersion) +
        "); upgrade Vigil or re-import the list");
  }
  if (h.version == 0) return CorruptionError(path + ": corrupt index: format version 0");
  if (Checksum64(cl->data_, offsetof(Header, header_checksum)) != h.header_checksum) {
    return CorruptionError(path + ": corrupt index: header checksum mismatch");
  }
  if (size < h.file_bytes) {
    return CorruptionError(path + ": truncated index: " + std::to_string(size) + " of " +
                           std::to_string(h.file_bytes) + " bytes present");
  }
  if (size > h.file_bytes) {
    return CorruptionError(path + ": corrupt index: " + std::to_string(size - h.file_bytes) +
                           " unexpected trailing bytes");
  }
  if (ChecksumParallel(cl->data_ + kHeaderBytes, size - kHeaderBytes) != h.payload_checksum) {
    return CorruptionError(path + ": corrupt index: payload checksum mismatch");
  }
  VIGIL_RETURN_IF_ERROR(VerifyLayout(cl->data_, size, path));
  cl->impl_ = Impl::Bind(cl->data_);
  std::string why = cl->impl_->pdq.Validate();
  if (!why.empty()) return CorruptionError(path + ": corrupt index: " + why);
  return std::shared_ptr<const CompiledList>(std::move(cl));
}

Status CompiledList::Save(const std::string& path) const {
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return IOError(tmp + ": cannot create: " + std::strerror(errno));
  size_t done = 0;
  while (done < size_) {
    ssize_t w = ::write(fd, data_ + done, std::min<size_t>(size_ - done, size_t{1} << 30));
    if (w <= 0) {
      int err = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      return IOError(tmp + ": write failed: " + std::strerror(err));
    }
    done += static_cast<size_t>(w);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    ::unlink(tmp.c_str());
    return IOError(tmp + ": sync failed");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    ::unlink(tmp.c_str());
    return IOError(path + ": cannot replace: " + std::strerror(errno));
  }
  return Status::OK();
}

std::string_view CompiledList::name() const { return impl_->Str(impl_->h->name_ref); }
int CompiledList::pdq_threshold() const { return impl_->h->pdq_threshold; }
int CompiledList::quality_floor() const { return impl_->h->quality_floor; }
bool CompiledList::enabled() const { return (impl_->h->flags & 1u) != 0; }
size_t CompiledList::size() const { return impl_->h->n_entries; }
size_t CompiledList::pdq_count() const { return impl_->h->n_pdq; }
uint64_t CompiledList::checksum() const { return impl_->h->payload_checksum; }
std::string_view CompiledList::entry_id(size_t i) const { return impl_->Str(impl_->entries[i].id); }
std::string_view CompiledList::entry_category(size_t i) const {
  return impl_->Str(impl_->entries[i].category);
}
HashType CompiledList::entry_type(size_t i) const {
  return static_cast<HashType>(impl_->entries[i].type);
}
bool CompiledList::entry_enabled(size_t i) const { return impl_->entries[i].enabled != 0; }

HashEntry CompiledList::entry(size_t i) const {
  const EntryRec& r = impl_->entries[i];
  HashEntry e;
  e.id = impl_->Str(r.id);
  e.type = static_cast<HashType>(r.type);
  e.category = impl_->Str(r.category);
  e.source = impl_->Str(r.source);
  e.metadata = impl_->Str(r.metadata);
  e.added_ms = r.added_ms;
  e.enabled = r.enabled != 0;
  if (e.type == HashType::kPdq) {
    e.value = PdqToHex(impl_->pdq.item(r.slot));
  } else {
    const size_t db = DigestBytes(e.type);
    e.value = ToHex(impl_->digests[DigestIdx(e.type)] + r.slot * (db + 4), db);
  }
  return e;
}

HashList CompiledList::ToHashList() const {
  HashList l;
  l.name = name();
  l.pdq_threshold = pdq_threshold();
  l.quality_floor = quality_floor();
  l.enabled = enabled();
  l.entries.reserve(size());
  for (size_t i = 0; i < size(); ++i) l.entries.push_back(entry(i));
  return l;
}

int64_t CompiledList::FindDigest(HashType type, std::string_view hex) const {
  if (type == HashType::kPdq || hex.size() != HashHexLength(type)) return -1;
  uint8_t key[32];
  if (!FromHex(hex, key)) return -1;
  const size_t db = DigestBytes(type), rb = db + 4;
  const uint8_t* base = impl_->digests[DigestIdx(type)];
  size_t lo = 0, hi = impl_->h->n_digest[DigestIdx(type)];
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = std::memcmp(base + mid * rb, key, db);
    if (c == 0) {
      uint32_t ent;
      std::memcpy(&ent, base + mid * rb + db, 4);
      return ent;
    }
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return -1;
}

void CompiledList::MatchPdq(const std::vector<std::string>& hex_queries, int radius,
                            std::vector<PdqResult>* out) const {
  std::vector<Pdq> q;
  std::vector<uint32_t> qmap;
  for (size_t i = 0; i < hex_queries.size(); ++i) {
    Pdq p;
    if (ParsePdqHex(hex_queries[i], &p)) {
      q.push_back(p);
      qmap.push_back(static_cast<uint32_t>(i));
    }
  }
  std::vector<PdqHit> hits;
  impl_->pdq.RangeSearch(q.data(), q.size(), radius, &hits);
  for (const PdqHit& h : hits) {
    out->push_back({qmap[h.query], impl_->pdq_entry[h.item], h.distance});
  }
}

}  // namespace vigil
