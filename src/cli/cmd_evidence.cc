// `vigil evidence keygen|export|verify|hold|release|purge|cat`: the evidence vault.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "core/hex.h"
#include "core/json_writer.h"
#include "core/time_util.h"
#include "vigil/evidence.h"

namespace vigil::cli {
namespace {

struct EvidenceOptions {
  std::string vault = "vigil-vault";
  std::string key;  // key file; "" → $VIGIL_KEY
  std::string case_id;
  std::string out;
  std::string dir;
  std::string public_key;
  std::string now;
  std::string object;
};

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

int Fail(const char* what, const Status& s) {
  std::fprintf(stderr, "vigil evidence %s: %s\n", what, s.message().c_str());
  return s.code() == StatusCode::kCorruption ? 1 : 2;
}

void Print(const std::string& json) { std::printf("%s\n", json.c_str()); }

StatusOr<std::unique_ptr<Vault>> OpenVault(const EvidenceOptions& o) {
  auto keys = LoadKeys(o.key);
  if (!keys.ok()) return keys.status();
  VaultOptions vo;
  vo.dir = o.vault;
  return Vault::Open(vo, *keys);
}

int RunKeygen(const EvidenceOptions& o) {
  Status s = WriteNewKeyFile(o.out);
  if (!s.ok()) return Fail("keygen", s);
  auto keys = LoadKeys(o.out);
  if (!keys.ok()) return Fail("keygen", keys.status());
  std::string line;
  JsonWriter(&line).BeginObject().Key("key_file").String(o.out).Key("public_key")
      .String(ToHex(keys->sign_public.data(), keys->sign_public.size())).EndObject();
  Print(line);
  return 0;
}

int RunExport(const EvidenceOptions& o) {
  auto v = OpenVault(o);
  if (!v.ok()) return Fail("export", v.status());
  Status s = (*v)->Export(o.case_id, o.out, NowMs());
  if (!s.ok()) return Fail("export", s);
  auto rep = VerifyBundleDir(o.out, nullptr);  // what was written must verify
  if (!rep.ok()) return Fail("export", rep.status());
  std::string line;
  JsonWriter w(&line);
  w.BeginObject().Key("case").String(o.case_id).Key("out").String(o.out);
  w.Key("records").Int(rep->records).Key("case_records").Int(rep->case_records);
  w.Key("objects").Int(rep->objects).Key("public_key").String(rep->public_key).EndObject();
  Print(line);
  return 0;
}

int RunVerify(const EvidenceOptions& o) {
  std::optional<VaultKeys> keys;
  if (!o.key.empty() || std::getenv("VIGIL_KEY") != nullptr) {
    auto k = LoadKeys(o.key);
    if (!k.ok()) return Fail("verify", k.status());
    keys = *k;
  }
  std::string line;
  JsonWriter w(&line);
  if (o.dir.empty()) {  // the vault itself
    if (!keys) return Fail("verify", NotFoundError("verifying a vault needs its key (--key)"));
    VaultOptions vo;
    vo.dir = o.vault;
    auto v = Vault::Open(vo, *keys);
    if (!v.ok()) return Fail("verify", v.status());
    Status s = (*v)->VerifyAll();
    if (!s.ok()) return Fail("verify", s);
    w.BeginObject().Key("vault").String(o.vault).Key("ok").Bool(true);
    w.Key("records").Int((*v)->last_seq()).EndObject();
    Print(line);
    return 0;
  }
  auto rep = VerifyBundleDir(o.dir, keys ? &*keys : nullptr, o.public_key);
  if (!rep.ok()) {
    w.BeginObject().Key("bundle").String(o.dir).Key("ok").Bool(false);
    w.Key("error").String(rep.status().message()).EndObject();
    Print(line);
    return Fail("verify", rep.status());
  }
  w.BeginObject().Key("bundle").String(o.dir).Key("ok").Bool(true);
  w.Key("case").String(rep->case_id).Key("records").Int(rep->records);
  w.Key("case_records").Int(rep->case_records).Key("objects").Int(rep->objects);
  w.Key("decrypted").Int(rep->decrypted).Key("public_key").String(rep->public_key).EndObject();
  Print(line);
  return 0;
}

int RunHold(const EvidenceOptions& o, bool on) {
  const char* what = on ? "hold" : "release";
  auto v = OpenVault(o);
  if (!v.ok()) return Fail(what, v.status());
  Status s = (*v)->SetLegalHold(o.case_id, on, NowMs());
  if (!s.ok()) return Fail(what, s);
  s = (*v)->Close(NowMs());
  if (!s.ok()) return Fail(what, s);
  std::string line;
  JsonWriter(&line).BeginObject().Key("case").String(o.case_id).Key("legal_hold").Bool(on)
      .EndObject();
  Print(line);
  return 0;
}

int RunPurge(const EvidenceOptions& o) {
  int64_t now = NowMs();
  if (!o.now.empty() && !ParseRfc3339(o.now, &now)) {
    return Fail("purge", InvalidArgumentError("--now: expected an RFC 3339 time"));
  }
  auto v = OpenVault(o);
  if (!v.ok()) return Fail("purge", v.status());
  auto r = (*v)->Purge(now);
  if (!r.ok()) return Fail("purge", r.status());
  Status s = (*v)->Close(now);
  if (!s.ok()) return Fail("purge", s);
  std::string line;
  JsonWriter(&line).BeginObject().Key("deleted").Int(r->deleted).Key("kept_by_legal_hold")
      .Int(r->held).EndObject();
  Print(line);
  return 0;
}

int RunCat(const EvidenceOptions& o) {
  auto v = OpenVault(o);
  if (!v.ok()) return Fail("cat", v.status());
  auto bytes = (*v)->ReadObject(o.object);
  if (!bytes.ok()) return Fail("cat", bytes.status());
  std::FILE* f = std::fopen(o.out.c_str(), "wb");
  if (f == nullptr) return Fail("cat", IOError(o.out + ": cannot open for writing"));
  bool ok = std::fwrite(bytes->data(), 1, bytes->size(), f) == bytes->size();
  ok = std::fclose(f) == 0 && ok;
  return ok ? 0 : Fail("cat", IOError(o.out + ": write failed"));
}

}  // namespace

void AddEvidenceCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<EvidenceOptions>();
  auto* ev = app.add_subcommand("evidence", "The evidence vault (encrypted, tamper-evident)");
  ev->require_subcommand(1);
  auto vault_opts = [o](CLI::App* c) {
    c->add_option("--vault", o->vault, "Vault directory")->capture_default_str();
    c->add_option("--key", o->key, "Key file (default: $VIGIL_KEY holds the key)");
  };
  auto* keygen = ev->add_subcommand("keygen", "Create a new key file (mode 0600; never overwrites)");
  keygen->add_option("--out", o->out, "Key file to create")->required();
  keygen->callback([o, exit_code] { *exit_code = RunKeygen(*o); });

  auto* exp = ev->add_subcommand("export", "Write a self-contained, verifiable bundle of a case");
  exp->add_option("case", o->case_id, "Case id")->required();
  exp->add_option("--out", o->out, "Bundle directory (new or empty)")->required();
  vault_opts(exp);
  exp->callback([o, exit_code] { *exit_code = RunExport(*o); });

  auto* ver = ev->add_subcommand(
      "verify", "Verify a bundle offline (or, without DIR, the vault's whole log and objects).\n"
                "Exit status 1 names the first bad record or file.");
  ver->add_option("dir", o->dir, "Bundle directory");
  ver->add_option("--public-key", o->public_key, "Expected signing key (hex)");
  vault_opts(ver);
  ver->callback([o, exit_code] { *exit_code = RunVerify(*o); });

  for (bool on : {true, false}) {
    auto* h = ev->add_subcommand(on ? "hold" : "release",
                                 on ? "Put a case under legal hold (blocks retention deletion)"
                                    : "Release a case's legal hold");
    h->add_option("case", o->case_id, "Case id")->required();
    vault_opts(h);
    h->callback([o, exit_code, on] { *exit_code = RunHold(*o, on); });
  }

  auto* purge = ev->add_subcommand("purge", "Delete objects past their retention (not under legal hold)");
  purge->add_option("--now", o->now, "Pretend it is this time (RFC 3339)");
  vault_opts(purge);
  purge->callback([o, exit_code] { *exit_code = RunPurge(*o); });

  auto* cat = ev->add_subcommand("cat", "Decrypt one object (by SHA-256) into a file");
  cat->add_option("object", o->object, "Object SHA-256")->required();
  cat->add_option("-o,--out", o->out, "Output file")->required();
  vault_opts(cat);
  cat->callback([o, exit_code] { *exit_code = RunCat(*o); });
}

}  // namespace vigil::cli
