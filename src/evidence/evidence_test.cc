// Evidence vault and bundles: round trip, tamper evidence for every record
// position and every byte, retention and legal hold, crash leftovers.
#include "vigil/evidence.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "evidence/log.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;
constexpr int64_t kT0 = 1777748640000;
constexpr int64_t kDay = 86400000;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
void WriteAll(const fs::path& p, const std::string& s) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << s;
}

BundleFiles LoadDir(const fs::path& dir) {
  BundleFiles f;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) f[fs::relative(e.path(), dir).generic_string()] = ReadAll(e.path());
  }
  return f;
}

std::vector<std::string> SplitLines(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    out.push_back(s.substr(pos, nl + 1 - pos));  // keeps '\n'
    pos = nl + 1;
  }
  return out;
}
std::string Join(const std::vector<std::string>& lines) {
  std::string s;
  for (const auto& l : lines) s += l;
  return s;
}

class EvidenceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("vigil_evidence_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto k = KeysFromHex(GenerateMasterKeyHex());  // generated at test time
    ASSERT_TRUE(k.ok());
    keys_ = *k;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Vault> OpenVault(int checkpoint_every = 3) {
    VaultOptions o;
    o.dir = (dir_ / "vault").string();
    o.checkpoint_every = checkpoint_every;
    auto v = Vault::Open(o, keys_);
    EXPECT_TRUE(v.ok()) << v.status().ToString();
    return v.ok() ? std::move(v).value() : nullptr;
  }

  // Preserves event `id` of `case_id` with one media item.
  void Preserve(Vault& v, const std::string& id, const std::string& case_id,
                const std::string& media_bytes, SignalType t = SignalType::kKnownMedia,
                int64_t now = kT0) {
    Event e;
    e.id = id;
    e.conversation = "conv-" + case_id;
    e.sender = "u_sender";
    e.text = "SECRET-TEXT-" + id;
    Verdict verdict;
    verdict.id = id;
    verdict.action = Action::kBlock;
    verdict.signals.push_back({.type = t, .score = 1.0});
    std::vector<MediaHashes> media(1);
    media[0].ok = true;
    media[0].bytes = media_bytes;
    auto r = v.Preserve(e, verdict, media, case_id, now);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_TRUE(r->fresh);
  }

  // A vault with two cases interleaved; returns the exported bundle of case-a.
  BundleFiles SampleBundle() {
    auto v = OpenVault();
    Preserve(*v, "m-1", "case-a", "media one");
    Preserve(*v, "m-2", "case-b", "media two");
    Preserve(*v, "m-3", "case-a", "media three");
    Preserve(*v, "m-4", "case-a", "media one");  // same bytes: one object
    EXPECT_TRUE(v->Export("case-a", (dir_ / "bundle").string(), kT0 + 1).ok());
    EXPECT_TRUE(v->Close(kT0 + 2).ok());
    return LoadDir(dir_ / "bundle");
  }

  fs::path dir_;
  VaultKeys keys_;
};

TEST_F(EvidenceTest, BundleRoundTripVerifiesOfflineAndDecrypts) {
  BundleFiles b = SampleBundle();
  auto rep = VerifyBundleFiles(b, nullptr);
  ASSERT_TRUE(rep.ok()) << rep.status().ToString();
  EXPECT_EQ(rep->case_id, "case-a");
  EXPECT_EQ(rep->case_records, 3);
  EXPECT_EQ(rep->objects, 5);  // 3 event documents + 2 distinct media
  EXPECT_EQ(rep->decrypted, 0);
  auto withkey = VerifyBundleFiles(b, &keys_, rep->public_key);
  ASSERT_TRUE(withkey.ok()) << withkey.status().ToString();
  EXPECT_EQ(withkey->decrypted, 5);
  auto dir = VerifyBundleDir((dir_ / "bundle").string(), nullptr);
  ASSERT_TRUE(dir.ok()) << dir.status().ToString();
  // Encrypted at rest: no plaintext in the bundle or the vault.
  for (const auto& [name, bytes] : b) {
    EXPECT_EQ(bytes.find("SECRET-TEXT"), std::string::npos) << name;
    EXPECT_EQ(bytes.find("media three"), std::string::npos) << name;
  }
  for (const auto& [name, bytes] : LoadDir(dir_ / "vault")) {
    EXPECT_EQ(bytes.find("SECRET-TEXT"), std::string::npos) << name;
  }
  // A pinned key that differs, or another vault's key, fails.
  EXPECT_FALSE(VerifyBundleFiles(b, nullptr, std::string(64, 'a')).ok());
  auto other = KeysFromHex(GenerateMasterKeyHex());
  auto wrong = VerifyBundleFiles(b, &*other);
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.status().message().find("does not decrypt"), std::string::npos);
}

TEST_F(EvidenceTest, EveryRecordPositionTamperedIsNamed) {
  BundleFiles b = SampleBundle();
  const std::vector<std::string> lines = SplitLines(b["log.jsonl"]);
  ASSERT_GE(lines.size(), 6u);
  auto expect_bad = [&](const std::string& log, size_t record, const std::string& what) {
    BundleFiles t = b;
    t["log.jsonl"] = log;
    auto r = VerifyBundleFiles(t, nullptr);
    ASSERT_FALSE(r.ok()) << what;
    EXPECT_NE(r.status().message().find("log.jsonl: record " + std::to_string(record) + " "),
              std::string::npos)
        << what << ": " << r.status().message();
  };
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::string pos = "record " + std::to_string(k + 1);
    // changed byte at the start, middle and end of the record
    for (size_t off : {size_t{0}, lines[k].size() / 2, lines[k].size() - 2}) {
      auto t = lines;
      t[k][off] ^= 0x01;
      expect_bad(Join(t), k + 1, pos + " changed at " + std::to_string(off));
    }
    {  // inserted byte
      auto t = lines;
      t[k].insert(t[k].size() / 2, "x");
      expect_bad(Join(t), k + 1, pos + " inserted byte");
    }
    {  // removed byte
      auto t = lines;
      t[k].erase(t[k].size() / 3, 1);
      expect_bad(Join(t), k + 1, pos + " removed byte");
    }
    {  // removed record
      auto t = lines;
      t.erase(t.begin() + k);
      expect_bad(Join(t), k + 1, pos + " removed");
    }
    {  // inserted record (a copy of this one after it)
      auto t = lines;
      t.insert(t.begin() + k + 1, lines[k]);
      expect_bad(Join(t), k + 2, pos + " duplicated");
    }
    if (k + 1 < lines.size()) {  // reordered with the next
      auto t = lines;
      std::swap(t[k], t[k + 1]);
      expect_bad(Join(t), k + 1, pos + " swapped");
    }
  }
}

TEST_F(EvidenceTest, EveryChangedByteOfEveryBundleFileFails) {
  BundleFiles b = SampleBundle();
  ASSERT_TRUE(VerifyBundleFiles(b, nullptr).ok());
  int checked = 0;
  for (const auto& [name, bytes] : b) {
    const size_t n = bytes.size();
    // every byte of the small files; objects at a spread of positions
    const size_t step = name.rfind("objects/", 0) == 0 ? std::max<size_t>(1, n / 7) : 1;
    for (size_t i = 0; i < n; i += step) {
      BundleFiles t = b;
      t[name][i] ^= 0x20;
      auto r = VerifyBundleFiles(t, nullptr);
      ASSERT_FALSE(r.ok()) << name << " byte " << i;
      const std::string m = r.status().message();
      if (name == "log.jsonl") {
        size_t line = std::count(bytes.begin(), bytes.begin() + i, '\n') + 1;
        EXPECT_NE(m.find("log.jsonl: record " + std::to_string(line) + " "), std::string::npos)
            << "byte " << i << ": " << m;
      } else if (name.rfind("objects/", 0) == 0) {
        EXPECT_NE(m.find(name), std::string::npos) << m;
        EXPECT_NE(m.find("(record "), std::string::npos) << m;
      } else if (name == "checkpoint.json") {
        EXPECT_NE(m.find("checkpoint.json"), std::string::npos) << m;
      } else {
        EXPECT_TRUE(m.find("manifest.json") != std::string::npos ||
                    m.find("public_key.hex") != std::string::npos)
            << name << " byte " << i << ": " << m;
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 2000);
}

TEST_F(EvidenceTest, MissingExtraOrSwappedFilesFail) {
  BundleFiles b = SampleBundle();
  for (const auto& [name, bytes] : b) {
    BundleFiles t = b;
    t.erase(name);
    auto r = VerifyBundleFiles(t, nullptr);
    ASSERT_FALSE(r.ok()) << name;
    EXPECT_NE(r.status().message().find(name), std::string::npos) << r.status().message();
  }
  BundleFiles extra = b;
  extra["objects/" + std::string(64, 'e')] = "planted";
  auto r = VerifyBundleFiles(extra, nullptr);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("unexpected file"), std::string::npos);
  // Two objects' contents swapped.
  std::vector<std::string> objs;
  for (const auto& [name, bytes] : b) {
    if (name.rfind("objects/", 0) == 0) objs.push_back(name);
  }
  ASSERT_GE(objs.size(), 2u);
  BundleFiles sw = b;
  std::swap(sw[objs[0]], sw[objs[1]]);
  EXPECT_FALSE(VerifyBundleFiles(sw, nullptr).ok());
}

TEST_F(EvidenceTest, VaultLogTamperingIsNamedOnOpenAndVerify) {
  {
    auto v = OpenVault();
    Preserve(*v, "m-1", "case-a", "one");
    Preserve(*v, "m-2", "case-b", "two");
    Preserve(*v, "m-3", "case-a", "three");
    ASSERT_TRUE(v->SetLegalHold("case-a", true, kT0).ok());
    ASSERT_TRUE(v->Close(kT0).ok());
    ASSERT_TRUE(v->VerifyAll().ok());
  }
  fs::path log = dir_ / "vault" / "log.jsonl";
  const std::string good = ReadAll(log);
  const auto lines = SplitLines(good);
  ASSERT_GE(lines.size(), 5u);
  std::string pk = ReadAll(dir_ / "vault" / "public_key.hex").substr(0, 64);
  ASSERT_TRUE(VerifyVaultLog(good, pk).ok());
  auto expect_bad = [&](const std::vector<std::string>& t, size_t record, const std::string& what) {
    std::string text = Join(t);
    Status s = VerifyVaultLog(text, pk);
    ASSERT_FALSE(s.ok()) << what;
    EXPECT_NE(s.message().find("record " + std::to_string(record) + " "), std::string::npos)
        << what << ": " << s.message();
    WriteAll(log, text);
    VaultOptions o;
    o.dir = (dir_ / "vault").string();
    auto v = Vault::Open(o, keys_);
    ASSERT_FALSE(v.ok()) << what;
    EXPECT_NE(v.status().message().find("record " + std::to_string(record) + " "),
              std::string::npos)
        << what << ": " << v.status().message();
  };
  for (size_t k = 0; k < lines.size(); ++k) {
    auto t = lines;
    t[k][t[k].size() / 2] ^= 0x01;
    expect_bad(t, k + 1, "changed " + std::to_string(k + 1));
    t = lines;
    t.erase(t.begin() + k);
    if (k + 1 < lines.size()) expect_bad(t, k + 1, "removed " + std::to_string(k + 1));
    t = lines;
    t.insert(t.begin() + k + 1, lines[k]);
    expect_bad(t, k + 2, "duplicated " + std::to_string(k + 1));
    if (k + 1 < lines.size()) {
      t = lines;
      std::swap(t[k], t[k + 1]);
      expect_bad(t, k + 1, "swapped " + std::to_string(k + 1));
    }
  }
  WriteAll(log, good);
  EXPECT_NE(OpenVault(), nullptr);
}

TEST_F(EvidenceTest, TornLastRecordIsDroppedOnOpen) {
  {
    auto v = OpenVault();
    Preserve(*v, "m-1", "case-a", "one");
    ASSERT_TRUE(v->Close(kT0).ok());
  }
  fs::path log = dir_ / "vault" / "log.jsonl";
  std::string good = ReadAll(log);
  WriteAll(log, good + "{\"seq\":3,\"prev\":\"ab");  // a crash mid-append
  auto v = OpenVault();
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(ReadAll(log), good);
  Preserve(*v, "m-2", "case-a", "two");
  ASSERT_TRUE(v->Close(kT0).ok());
  EXPECT_TRUE(v->VerifyAll().ok());
}

TEST_F(EvidenceTest, PreserveIsIdempotentAndOneWriterAtATime) {
  auto v = OpenVault();
  Preserve(*v, "m-1", "case-a", "one");
  int64_t seq = v->last_seq();
  Event e;
  e.id = "m-1";
  auto again = v->Preserve(e, Verdict{}, {}, "case-a", kT0);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->fresh);
  EXPECT_EQ(v->last_seq(), seq);
  EXPECT_TRUE(v->HasEvent("m-1"));
  VaultOptions o;
  o.dir = (dir_ / "vault").string();
  auto second = Vault::Open(o, keys_);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), StatusCode::kUnavailable);
}

TEST_F(EvidenceTest, RetentionPurgesExceptUnderLegalHold) {
  auto v = OpenVault(100);
  Preserve(*v, "p-1", "case-held", "held bytes", SignalType::kPii);       // 90 days
  Preserve(*v, "p-2", "case-free", "free bytes", SignalType::kPii);       // 90 days
  Preserve(*v, "g-1", "case-long", "long bytes", SignalType::kGrooming);  // 730 days
  ASSERT_TRUE(v->SetLegalHold("case-held", true, kT0).ok());
  EXPECT_TRUE(v->UnderLegalHold("case-held"));
  EXPECT_FALSE(v->SetLegalHold("case-none", true, kT0).ok());

  auto early = v->Purge(kT0 + 10 * kDay);
  ASSERT_TRUE(early.ok());
  EXPECT_EQ(early->deleted, 0);
  auto r = v->Purge(kT0 + 100 * kDay);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->deleted, 2);  // case-free: its event document and its media
  EXPECT_EQ(r->held, 2);
  std::string free_sha = evidence::Sha256Hex("free bytes");
  std::string held_sha = evidence::Sha256Hex("held bytes");
  EXPECT_FALSE(v->ReadObject(free_sha).ok());
  auto held = v->ReadObject(held_sha);
  ASSERT_TRUE(held.ok());
  EXPECT_EQ(*held, "held bytes");
  EXPECT_TRUE(v->ReadObject(evidence::Sha256Hex("long bytes")).ok());
  ASSERT_TRUE(v->VerifyAll().ok());

  // A purged case still exports a bundle that verifies and lists the deletions.
  ASSERT_TRUE(v->Export("case-free", (dir_ / "free").string(), kT0 + 101 * kDay).ok());
  auto rep = VerifyBundleDir((dir_ / "free").string(), &keys_);
  ASSERT_TRUE(rep.ok()) << rep.status().ToString();
  EXPECT_EQ(rep->objects, 0);

  ASSERT_TRUE(v->SetLegalHold("case-held", false, kT0).ok());
  EXPECT_EQ(v->Purge(kT0 + 100 * kDay)->deleted, 2);
  ASSERT_TRUE(v->Close(kT0).ok());
  // The state survives a reopen.
  v.reset();
  auto v2 = OpenVault(100);
  ASSERT_NE(v2, nullptr);
  EXPECT_FALSE(v2->UnderLegalHold("case-held"));
  EXPECT_EQ(v2->Purge(kT0 + 100 * kDay)->deleted, 0);
}

TEST_F(EvidenceTest, KeysFilesAndErrors) {
  std::string path = (dir_ / "k.key").string();
  ASSERT_TRUE(WriteNewKeyFile(path).ok());
  struct stat st;
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_FALSE(WriteNewKeyFile(path).ok());  // never overwrites
  auto a = LoadKeys(path);
  auto b = LoadKeys(path);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->sign_public, b->sign_public);
  EXPECT_NE(a->enc, keys_.enc);
  EXPECT_FALSE(KeysFromHex("zz").ok());
  // A vault refuses another key.
  auto v = OpenVault();
  v.reset();
  VaultOptions o;
  o.dir = (dir_ / "vault").string();
  auto wrong = Vault::Open(o, *a);
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.status().message().find("key does not match"), std::string::npos);
  // Export of an unknown case, or into a non-empty directory.
  auto v2 = OpenVault();
  Preserve(*v2, "m-1", "case-a", "x");
  EXPECT_EQ(v2->Export("case-zz", (dir_ / "o1").string(), kT0).code(), StatusCode::kNotFound);
  fs::create_directories(dir_ / "o2");
  WriteAll(dir_ / "o2" / "f", "x");
  EXPECT_FALSE(v2->Export("case-a", (dir_ / "o2").string(), kT0).ok());
}

}  // namespace
}  // namespace vigil
