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
  kStrings, kEntries, kMd5, kSha1, kSha256, kPdqEntry, kOffsets, kPartner, kRank, kRankHi,
  kNumSections
};
const char* const kSectionNames[kNumSections] = {"strings", "entries", "md5", "sha1", "sha256",
                                                 "pdq_entry", "pdq_offsets", "pdq_partner",
                                                 "pdq_rank", "pdq_rank_hi"};
// Sections whose size the header's counts do not imply: the strings, and the
// rank exceptions (their counts follow from the bucket offsets and are
// checked against them by PdqIndexView::ValidateBounds at open).
constexpr bool FreeSize(int s) { return s == kStrings || s == kRankHi; }

struct Section {
  uint64_t offset;
  uint64_t bytes;
  uint64_t checksum;  // ChecksumParallel of the section's bytes
  uint64_t reserved;
};

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t header_bytes;
  uint64_t file_bytes;
  uint64_t list_checksum;  // Checksum64 of the section checksums: identifies this base
  uint64_t n_entries, n_pdq, n_digest[3];  // md5, sha1, sha256
  int32_t pdq_threshold, quality_floor;
  uint32_t flags;     // bit 0: list enabled
  uint32_t reserved;
  uint64_t name_ref;
  Section sections[kNumSections];
  uint8_t pad[kHeaderBytes - 96 - sizeof(Section) * kNumSections - 8];
  uint64_t header_checksum;  // of the bytes before this field
};
static_assert(sizeof(Header) == kHeaderBytes);
static_assert(offsetof(Header, sections) == 96);

// Sections checked before Open() returns, whatever the size: the bucket
// offsets are needed to bound every search (4 MiB, fixed).
constexpr bool VerifiedAtOpen(int s) { return s == kOffsets; }
// Files up to this size are verified completely before Open() returns.
constexpr uint64_t kSyncVerifyMaxBytes = uint64_t{64} << 20;

uint64_t ListChecksum(const Header& h) {
  uint64_t sums[kNumSections];
  for (int s = 0; s < kNumSections; ++s) sums[s] = h.sections[s].checksum;
  return Checksum64(reinterpret_cast<const uint8_t*>(sums), sizeof(sums));
}

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

uint64_t ChecksumCombine(const uint64_t* block_sums, size_t blocks, size_t n) {
  return Checksum64(reinterpret_cast<const uint8_t*>(block_sums), blocks * 8) ^ n;
}

uint64_t ChecksumParallel(const uint8_t* p, size_t n) {
  constexpr size_t kBlock = kChecksumBlock;
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
  return ChecksumCombine(sums.data(), sums.size(), n);
}

struct CompiledList::Impl {
  const Header* h = nullptr;
  const char* strings = nullptr;
  uint64_t strings_bytes = 0;
  const EntryRec* entries = nullptr;
  const uint8_t* digests[3] = {nullptr, nullptr, nullptr};
  const uint32_t* pdq_entry = nullptr;
  PdqIndexView pdq;

  // Every reference is range-checked here: a file's sections are used before
  // their checksums are verified (see match_index.h).
  std::string_view Str(uint64_t ref) const {
    if (RefOff(ref) > strings_bytes || RefLen(ref) > strings_bytes - RefOff(ref)) return {};
    return {strings + RefOff(ref), RefLen(ref)};
  }
  bool ValidType(size_t i) const { return entries[i].type < kNumHashTypes; }
  uint64_t CountOf(uint8_t type) const { return type == 0 ? h->n_pdq : h->n_digest[type - 1]; }
  bool ValidSlot(size_t i) const {
    return ValidType(i) && entries[i].slot < CountOf(entries[i].type);
  }

  HashEntry Entry(size_t i, const std::vector<Pdq>* all) const;

  static std::unique_ptr<Impl> Bind(const uint8_t* data) {
    auto im = std::make_unique<Impl>();
    im->h = reinterpret_cast<const Header*>(data);
    auto sec = [&](int s) { return data + im->h->sections[s].offset; };
    im->strings = reinterpret_cast<const char*>(sec(kStrings));
    im->strings_bytes = im->h->sections[kStrings].bytes;
    im->entries = reinterpret_cast<const EntryRec*>(sec(kEntries));
    for (int i = 0; i < 3; ++i) im->digests[i] = sec(kMd5 + i);
    im->pdq_entry = reinterpret_cast<const uint32_t*>(sec(kPdqEntry));
    im->pdq = PdqIndexView(im->h->n_pdq, reinterpret_cast<const uint32_t*>(sec(kOffsets)),
                           reinterpret_cast<const uint16_t*>(sec(kPartner)), sec(kRank),
                           reinterpret_cast<const uint64_t*>(sec(kRankHi)),
                           im->h->sections[kRankHi].bytes / 8);
    return im;
  }
};

CompiledList::~CompiledList() {
  stop_ = true;
  if (verifier_.joinable()) verifier_.join();
  if (fd_ >= 0) ::close(fd_);
  if (mapping_ != nullptr) munmap(mapping_, size_);
}

namespace {

// Expected section sizes from the header's counts.
void ExpectedBytes(uint64_t n_entries, uint64_t n_pdq, const uint64_t n_digest[3],
                   uint64_t out[kNumSections]) {
  out[kStrings] = 0;  // free
  out[kRankHi] = 0;   // free
  out[kEntries] = n_entries * sizeof(EntryRec);
  for (int t = 1; t < kNumHashTypes; ++t) {
    out[kMd5 + t - 1] = n_digest[t - 1] * DigestRecBytes(static_cast<HashType>(t));
  }
  out[kPdqEntry] = n_pdq * 4;
  out[kOffsets] = PdqIndexLayout::OffsetsCount() * 4;
  out[kPartner] = PdqIndexLayout::PartnerCount(n_pdq) * 2;
  out[kRank] = PdqIndexLayout::RankCount(n_pdq);
}

}  // namespace

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
  // PDQ hashes in entry order, and their bucket offsets (they size the rank exceptions).
  std::vector<Pdq> parsed(npdq);
  for (size_t k = 0; k < npdq; ++k) ParsePdqHex(list.entries[by_type[0][k]].value, &parsed[k]);
  std::vector<uint32_t> offsets(PdqIndexLayout::OffsetsCount());
  PdqBucketOffsets(parsed.data(), npdq, offsets.data());
  Header h{};
  std::memcpy(h.magic, kMagic, 8);
  h.version = kIndexFormatVersion;
  h.header_bytes = kHeaderBytes;
  h.n_entries = n;
  h.n_pdq = npdq;
  for (int t = 1; t < kNumHashTypes; ++t) h.n_digest[t - 1] = by_type[t].size();
  uint64_t bytes[kNumSections];
  ExpectedBytes(n, npdq, h.n_digest, bytes);
  bytes[kStrings] = strings.size();
  bytes[kRankHi] = PdqIndexLayout::RankHiWords(PdqIndexLayout::RankHiRecords(offsets.data())) * 8;
  size_t pos = kHeaderBytes;
  for (int s = 0; s < kNumSections; ++s) {
    h.sections[s] = {pos, bytes[s], 0, 0};
    pos = AlignUp(pos + bytes[s]);
  }
  h.file_bytes = pos;
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
  // PDQ: the index's order (slot) is table 0's.
  {
    std::vector<uint32_t> order(npdq);
    std::memcpy(sec(kOffsets), offsets.data(), bytes[kOffsets]);
    BuildPdqIndex(parsed.data(), npdq, offsets.data(), order.data(),
                  reinterpret_cast<uint16_t*>(sec(kPartner)), sec(kRank),
                  reinterpret_cast<uint64_t*>(sec(kRankHi)));
    parsed = std::vector<Pdq>();
    uint32_t* pdq_entry = reinterpret_cast<uint32_t*>(sec(kPdqEntry));
    for (size_t slot = 0; slot < npdq; ++slot) {
      const uint32_t i = by_type[0][order[slot]];
      pdq_entry[slot] = i;
      recs[i].slot = static_cast<uint32_t>(slot);
    }
  }
  std::memcpy(sec(kEntries), recs.data(), bytes[kEntries]);
  for (int s = 0; s < kNumSections; ++s) {
    h.sections[s].checksum = ChecksumParallel(sec(s), h.sections[s].bytes);
  }
  h.list_checksum = ListChecksum(h);
  h.header_checksum = Checksum64(reinterpret_cast<const uint8_t*>(&h), offsetof(Header, header_checksum));
  std::memcpy(data, &h, sizeof(h));
  cl->data_ = data;
  cl->size_ = pos;
  cl->impl_ = Impl::Bind(data);
  cl->verification_ = static_cast<int>(Verification::kVerified);
  return std::shared_ptr<const CompiledList>(std::move(cl));
}

namespace {

// Open-time checks of the (checksummed) header: counts, and every section
// inside the file with the size the counts imply.
Status VerifyLayout(const Header& h, size_t size, const std::string& path) {
  auto bad = [&](const std::string& what) {
    return CorruptionError(path + ": corrupt index: " + what);
  };
  if (h.header_bytes != kHeaderBytes) return bad("unexpected header size");
  if (h.n_entries > UINT32_MAX || h.n_pdq > h.n_entries) return bad("entry counts out of range");
  for (int t = 1; t < kNumHashTypes; ++t) {
    if (h.n_digest[t - 1] > h.n_entries) return bad("digest count out of range");
  }
  uint64_t expect[kNumSections];
  ExpectedBytes(h.n_entries, h.n_pdq, h.n_digest, expect);
  for (int s = 0; s < kNumSections; ++s) {
    const Section& sec = h.sections[s];
    if (sec.offset < kHeaderBytes || sec.offset % 8 != 0 || sec.offset > size ||
        sec.bytes > size - sec.offset) {
      return bad(std::string("section '") + kSectionNames[s] + "' lies outside the file");
    }
    if ((!FreeSize(s) && sec.bytes != expect[s]) || sec.bytes % (s == kRankHi ? 8 : 1) != 0) {
      return bad(std::string("section '") + kSectionNames[s] + "' has the wrong size");
    }
  }
  const uint64_t nstr = h.sections[kStrings].bytes;
  if (RefOff(h.name_ref) > nstr || RefLen(h.name_ref) > nstr - RefOff(h.name_ref)) {
    return bad("list name out of range");
  }
  if (ListChecksum(h) != h.list_checksum) return bad("section table checksum mismatch");
  return Status::OK();
}

Status ChecksumMismatch(const std::string& path, int s) {
  return CorruptionError(path + ": corrupt index: section '" + kSectionNames[s] +
                         "' checksum mismatch");
}

// The checksum of [off, off + n) of the file, read block by block with
// pread (the mapping stays untouched, so only pages the lookups use count
// against the process's resident memory). Cancelled when *stop is set.
StatusOr<uint64_t> ChecksumFile(int fd, uint64_t off, uint64_t n, const std::string& path,
                                const std::atomic<bool>& stop, std::vector<uint8_t>* buf) {
  std::vector<uint64_t> sums;
  buf->resize(kChecksumBlock);
  for (uint64_t done = 0; done < n;) {
    if (stop) return UnavailableError(path + ": verification cancelled");
    const size_t len = static_cast<size_t>(std::min<uint64_t>(kChecksumBlock, n - done));
    for (size_t got = 0; got < len;) {
      ssize_t r = ::pread(fd, buf->data() + got, len - got, static_cast<off_t>(off + done + got));
      if (r <= 0) return IOError(path + ": read failed during verification");
      got += static_cast<size_t>(r);
    }
    sums.push_back(Checksum64(buf->data(), len));
    done += len;
  }
  return ChecksumCombine(sums.data(), sums.size(), n);
}

}  // namespace

// Checksums every section not verified at open: from the mapping (parallel)
// or, when streaming, from the file.
Status CompiledList::VerifySections(bool stream) {
  const Header& h = *impl_->h;
  std::vector<uint8_t> buf;
  for (int s = 0; s < kNumSections; ++s) {
    if (VerifiedAtOpen(s)) continue;
    const Section& sec = h.sections[s];
    uint64_t sum;
    if (stream) {
      VIGIL_ASSIGN_OR_RETURN(sum, ChecksumFile(fd_, sec.offset, sec.bytes, path_, stop_, &buf));
    } else {
      sum = ChecksumParallel(data_ + sec.offset, sec.bytes);
    }
    if (sum != sec.checksum) return ChecksumMismatch(path_, s);
  }
  return Status::OK();
}

// Maps the pages every search reads (bucket offsets, partners, ranks)
// so lookups stop taking page faults; the entry table and strings are only
// read for hits and stay unmapped until then. Best effort (Linux >= 5.14).
void CompiledList::PrefaultSearchSections() {
#ifdef MADV_POPULATE_READ
  const Header& h = *impl_->h;
  const uintptr_t page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
  for (int s : {kOffsets, kPartner, kRank, kRankHi}) {
    if (stop_) return;
    const uintptr_t begin = reinterpret_cast<uintptr_t>(data_ + h.sections[s].offset) / page * page;
    const uintptr_t end = reinterpret_cast<uintptr_t>(data_ + h.sections[s].offset + h.sections[s].bytes);
    if (end > begin) (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_READ);
  }
#endif
}

void CompiledList::FinishVerification(Status s) {
  {
    std::lock_guard<std::mutex> lock(verify_mu_);
    verify_error_ = s;
    verification_ = static_cast<int>(s.ok() ? Verification::kVerified : Verification::kFailed);
  }
  verify_cv_.notify_all();
}

StatusOr<std::shared_ptr<const CompiledList>> CompiledList::Open(const std::string& path,
                                                                 IndexOpenOptions options) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return IOError(path + ": cannot open: " + std::strerror(errno));
  std::shared_ptr<CompiledList> cl(new CompiledList());
  cl->fd_ = fd;  // closed by the destructor
  cl->path_ = path;
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return IOError(path + ": not a regular file");
  const size_t size = static_cast<size_t>(st.st_size);
  if (size < kHeaderBytes) {
    return CorruptionError(path + ": truncated index: " + std::to_string(size) +
                           " bytes, the header alone needs " + std::to_string(kHeaderBytes));
  }
  void* map = mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  if (map == MAP_FAILED) return IOError(path + ": cannot map: " + std::strerror(errno));
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
  if (h.version < kIndexFormatVersion) {
    return FailedPreconditionError(
        path + ": index format version " + std::to_string(h.version) +
        " is older than this build reads (" + std::to_string(kIndexFormatVersion) +
        "); re-import the list with `vigil lists import` (or export it with the build that "
        "wrote it)");
  }
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
  VIGIL_RETURN_IF_ERROR(VerifyLayout(h, size, path));
  for (int s = 0; s < kNumSections; ++s) {
    const Section& sec = h.sections[s];
    if (VerifiedAtOpen(s) && ChecksumParallel(cl->data_ + sec.offset, sec.bytes) != sec.checksum) {
      return ChecksumMismatch(path, s);
    }
  }
  cl->impl_ = Impl::Bind(cl->data_);
  std::string why = cl->impl_->pdq.ValidateBounds();
  if (!why.empty()) return CorruptionError(path + ": corrupt index: " + why);
  using V = IndexOpenOptions::Verify;
  const bool now = options.verify == V::kBeforeOpen ||
                   (options.verify == V::kAuto && size <= kSyncVerifyMaxBytes);
  if (now) {
    VIGIL_RETURN_IF_ERROR(cl->VerifySections(/*stream=*/false));
    cl->FinishVerification(Status::OK());
    ::close(cl->fd_);
    cl->fd_ = -1;
  } else {
    CompiledList* raw = cl.get();  // joined by the destructor before anything is freed
    cl->verifier_ = std::thread([raw] {
      raw->PrefaultSearchSections();
      raw->FinishVerification(raw->VerifySections(true));
    });
  }
  return std::shared_ptr<const CompiledList>(std::move(cl));
}

CompiledList::Verification CompiledList::verification() const {
  return static_cast<Verification>(verification_.load());
}

Status CompiledList::integrity() const {
  if (verification() != Verification::kFailed) return Status::OK();
  std::lock_guard<std::mutex> lock(verify_mu_);
  return verify_error_;
}

Status CompiledList::WaitVerified() const {
  std::unique_lock<std::mutex> lock(verify_mu_);
  verify_cv_.wait(lock, [&] { return verification() != Verification::kPending; });
  return verify_error_;
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
uint64_t CompiledList::checksum() const { return impl_->h->list_checksum; }
std::string_view CompiledList::entry_id(size_t i) const { return impl_->Str(impl_->entries[i].id); }
std::string_view CompiledList::entry_category(size_t i) const {
  return impl_->Str(impl_->entries[i].category);
}
// A corrupt type byte reads as MD5 with an empty value (the verification
// reports the file); never an out-of-range enum.
HashType CompiledList::entry_type(size_t i) const {
  return impl_->ValidType(i) ? static_cast<HashType>(impl_->entries[i].type) : HashType::kMd5;
}
bool CompiledList::entry_enabled(size_t i) const { return impl_->entries[i].enabled != 0; }

HashEntry CompiledList::entry(size_t i) const { return impl_->Entry(i, nullptr); }

// Entry i; its PDQ value from all[slot] when given (all of them
// reconstructed at once), else by walking the item's cycle.
HashEntry CompiledList::Impl::Entry(size_t i, const std::vector<Pdq>* all) const {
  const EntryRec& r = entries[i];
  HashEntry e;
  e.id = Str(r.id);
  e.type = ValidType(i) ? static_cast<HashType>(r.type) : HashType::kMd5;
  e.category = Str(r.category);
  e.source = Str(r.source);
  e.metadata = Str(r.metadata);
  e.added_ms = r.added_ms;
  e.enabled = r.enabled != 0;
  if (!ValidSlot(i)) return e;
  if (e.type == HashType::kPdq) {
    e.value = PdqToHex(all != nullptr ? (*all)[r.slot] : pdq.Item(r.slot));
  } else {
    const size_t db = DigestBytes(e.type);
    e.value = ToHex(digests[DigestIdx(e.type)] + r.slot * (db + 4), db);
  }
  return e;
}

HashList CompiledList::ToHashList() const {
  HashList l;
  l.name = name();
  l.pdq_threshold = pdq_threshold();
  l.quality_floor = quality_floor();
  l.enabled = enabled();
  std::vector<Pdq> all(pdq_count());  // 14 gather passes instead of a walk per entry
  impl_->pdq.Items(0, all.size(), all.data());
  l.entries.reserve(size());
  for (size_t i = 0; i < size(); ++i) l.entries.push_back(impl_->Entry(i, &all));
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
      return ent < impl_->h->n_entries ? ent : -1;
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
    const uint32_t entry = impl_->pdq_entry[h.item];
    if (entry < impl_->h->n_entries) out->push_back({qmap[h.query], entry, h.distance});
  }
}

}  // namespace vigil
