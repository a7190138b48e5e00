// vigil lists: import, inspect, export and update hash lists (.vidx indexes).
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/json_writer.h"
#include "vigil/digest.h"
#include "vigil/match_index.h"

namespace vigil::cli {
namespace {

struct ListsOptions {
  std::vector<std::string> inputs;
  std::string out;
  std::string name;
  std::string format = "auto";
  std::string type;        // import: type of bare 64-hex values / bare pytx signals
  int threshold = HashList::kDefaultPdqThreshold;
  int quality_floor = HashList::kDefaultQualityFloor;
  bool append = false;
  bool include_disabled = false;
  bool whole_list = false;
  std::string index;
  std::vector<std::string> ids;
};

bool Exists(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0;
}

int Fail(const char* verb, const Status& s) {
  std::fprintf(stderr, "vigil lists %s: %s\n", verb, s.message().c_str());
  return 2;
}

int RunImport(const ListsOptions& o) {
  ImportOptions io;
  if (!ParseListFormat(o.format, &io.format)) {
    return Fail("import", InvalidArgumentError("unknown --format '" + o.format + "'"));
  }
  if (!o.type.empty()) {
    HashType t;
    if (!ParseHashType(o.type, &t)) return Fail("import", InvalidArgumentError("unknown --type"));
    io.default_64_hex_type = t;
    io.has_default_type = true;
    io.default_type = t;
  }
  HashList list;
  list.name = o.name.empty() ? std::filesystem::path(o.out).stem().string() : o.name;
  list.pdq_threshold = o.threshold;
  list.quality_floor = o.quality_floor;
  ImportReport report;
  for (const auto& in : o.inputs) {
    auto content = ReadFileBounded(in, int64_t{4} << 30);
    if (!content.ok()) return Fail("import", content.status());
    Status s = ImportListContent(*content, in, io, &list, &report);
    if (!s.ok()) return Fail("import", s);
  }
  for (const auto& e : report.errors) std::fprintf(stderr, "%s\n", e.message().c_str());
  Status s;
  if (o.append && Exists(o.out)) {
    // A small update: appended to the delta file, no rebuild of the base.
    auto li = ListIndex::Open(o.out);
    if (!li.ok()) return Fail("import", li.status());
    std::vector<DeltaOp> ops;
    for (auto& e : list.entries) {
      DeltaOp op;
      op.kind = DeltaOp::Kind::kAdd;
      op.entry = std::move(e);
      ops.push_back(std::move(op));
    }
    s = (*li)->Append(ops);
  } else {
    auto cl = CompiledList::Build(list);
    s = cl.ok() ? (*cl)->Save(o.out) : cl.status();
    if (s.ok() && Exists(DeltaPathFor(o.out))) std::remove(DeltaPathFor(o.out).c_str());
  }
  if (!s.ok()) return Fail("import", s);
  std::string line;
  JsonWriter w(&line);
  w.BeginObject();
  w.Key("list"); w.String(list.name);
  w.Key("output"); w.String(o.out);
  w.Key("imported"); w.Int(static_cast<int64_t>(report.imported));
  w.Key("errors"); w.Int(static_cast<int64_t>(report.errors.size() - report.unsupported));
  w.Key("unsupported"); w.Int(static_cast<int64_t>(report.unsupported));
  w.Key("appended"); w.Bool(o.append && Exists(DeltaPathFor(o.out)));
  w.EndObject();
  std::printf("%s\n", line.c_str());
  return report.errors.empty() ? 0 : 1;
}

int RunInfo(const ListsOptions& o) {
  int rc = 0;
  for (const auto& path : o.inputs) {
    ImportReport report;
    auto li = ListIndex::Open(path, &report);
    if (li.ok()) {
      if (Status v = (*li)->base()->WaitVerified(); !v.ok()) li = v;  // info verifies every byte
    }
    std::string line;
    JsonWriter w(&line);
    w.BeginObject();
    w.Key("path"); w.String(path);
    if (!li.ok()) {
      w.Key("error"); w.String(li.status().message());
      w.EndObject();
      std::printf("%s\n", line.c_str());
      rc = 1;
      continue;
    }
    HashList l = (*li)->Snapshot();
    int64_t by_type[kNumHashTypes] = {0, 0, 0, 0}, disabled = 0;
    for (const auto& e : l.entries) {
      ++by_type[static_cast<int>(e.type)];
      if (!e.enabled) ++disabled;
    }
    w.Key("list"); w.String(l.name);
    w.Key("index"); w.Bool(IsIndexFile(path));
    if (IsIndexFile(path)) { w.Key("format_version"); w.Int(kIndexFormatVersion); }
    w.Key("entries"); w.Int(static_cast<int64_t>(l.entries.size()));
    for (int t = 0; t < kNumHashTypes; ++t) {
      w.Key(HashTypeName(static_cast<HashType>(t))); w.Int(by_type[t]);
    }
    w.Key("disabled_entries"); w.Int(disabled);
    w.Key("enabled"); w.Bool(l.enabled);
    w.Key("pdq_threshold"); w.Int(l.pdq_threshold);
    w.Key("quality_floor"); w.Int(l.quality_floor);
    w.Key("delta_ops"); w.Int(static_cast<int64_t>((*li)->delta_ops()));
    w.Key("base_bytes"); w.Int(static_cast<int64_t>((*li)->base()->bytes()));
    w.EndObject();
    std::printf("%s\n", line.c_str());
  }
  return rc;
}

int RunExport(const ListsOptions& o) {
  auto li = ListIndex::Open(o.index);
  if (!li.ok()) return Fail("export", li.status());
  if (Status v = (*li)->base()->WaitVerified(); !v.ok()) return Fail("export", v);
  HashList l = (*li)->Snapshot();
  std::string text;
  if (o.format == "vics") text = ExportVics(l, o.include_disabled);
  else if (o.format == "text" || o.format == "auto") text = ExportPlainText(l, o.include_disabled);
  else return Fail("export", InvalidArgumentError("--format must be text or vics"));
  if (o.out.empty() || o.out == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  }
  std::ofstream f(o.out, std::ios::binary);
  f << text;
  if (!f) return Fail("export", IOError(o.out + ": write failed"));
  return 0;
}

int RunUpdate(const ListsOptions& o, DeltaOp::Kind kind, const char* verb) {
  if (!IsIndexFile(o.index)) {
    return Fail(verb, InvalidArgumentError(o.index + ": not a .vidx index (import the list first)"));
  }
  auto li = ListIndex::Open(o.index);
  if (!li.ok()) return Fail(verb, li.status());
  std::vector<DeltaOp> ops;
  if (o.whole_list) {
    DeltaOp op;
    op.kind = DeltaOp::Kind::kListSettings;
    op.list_enabled = kind != DeltaOp::Kind::kDisable;
    ops.push_back(op);
  }
  for (const auto& id : o.ids) {
    DeltaOp op;
    op.kind = kind;
    op.entry.id = id;
    if (!o.type.empty()) {
      if (!ParseHashType(o.type, &op.entry.type)) return Fail(verb, InvalidArgumentError("unknown --type"));
      op.has_type = true;
    }
    ops.push_back(op);
  }
  if (ops.empty()) return Fail(verb, InvalidArgumentError("give entry ids or --list"));
  Status s = (*li)->Append(ops);
  if (!s.ok()) return Fail(verb, s);
  std::fprintf(stderr, "vigil lists %s: %zu change(s) appended to %s\n", verb, ops.size(),
               DeltaPathFor(o.index).c_str());
  return 0;
}

int RunCompact(const ListsOptions& o) {
  auto li = ListIndex::Open(o.index);
  if (!li.ok()) return Fail("compact", li.status());
  (*li)->StartBackgroundCompact();
  Status s = (*li)->WaitBackground();
  return s.ok() ? 0 : Fail("compact", s);
}

}  // namespace

void AddListsCommand(CLI::App& app, int* exit_code) {
  auto* lists = app.add_subcommand("lists", "Import, inspect, export and update hash lists");
  lists->require_subcommand(1);
  auto o = std::make_shared<ListsOptions>();

  auto* imp = lists->add_subcommand(
      "import", "Import list files (text, python-threatexchange, VICS) into a .vidx index.\n"
                "Bad lines are reported on stderr as FILE:LINE: ... and the rest imported.");
  imp->add_option("files", o->inputs, "List files")->required();
  imp->add_option("-o,--out", o->out, "Index file to write (.vidx)")->required();
  imp->add_option("--name", o->name, "List name (default: the output file's stem)");
  imp->add_option("--format", o->format, "auto | text | pytx | vics")->capture_default_str();
  imp->add_option("--type", o->type, "Type of bare 64-hex values and bare pytx signals (pdq | sha256)");
  imp->add_option("--threshold", o->threshold, "PDQ distance threshold")->capture_default_str();
  imp->add_option("--quality-floor", o->quality_floor, "Skip PDQ queries below this quality")
      ->capture_default_str();
  imp->add_flag("--append", o->append, "Add to an existing index as a delta (no rebuild)");
  imp->callback([o, exit_code] { *exit_code = RunImport(*o); });

  auto* info = lists->add_subcommand("info", "One JSON line of counts and settings per list");
  info->add_option("files", o->inputs, "Index or list files")->required();
  info->callback([o, exit_code] { *exit_code = RunInfo(*o); });

  auto* exp = lists->add_subcommand("export", "Write a list as plain text or VICS JSON");
  exp->add_option("index", o->index, "Index or list file")->required();
  exp->add_option("--format", o->format, "text | vics");
  exp->add_option("-o,--out", o->out, "Output file (default: stdout)");
  exp->add_flag("--include-disabled", o->include_disabled, "Also export disabled entries");
  exp->callback([o, exit_code] { *exit_code = RunExport(*o); });

  struct Verb { const char* name; DeltaOp::Kind kind; const char* help; };
  for (const Verb& v : {Verb{"disable", DeltaOp::Kind::kDisable, "Disable entries (or the list)"},
                        Verb{"enable", DeltaOp::Kind::kEnable, "Re-enable entries (or the list)"},
                        Verb{"remove", DeltaOp::Kind::kRemove, "Remove entries"}}) {
    auto* c = lists->add_subcommand(v.name, std::string(v.help) + "; appended to INDEX.delta");
    c->add_option("index", o->index, "Index file (.vidx)")->required();
    c->add_option("ids", o->ids, "Entry ids");
    c->add_option("--type", o->type, "Only the entry of this hash type");
    if (v.kind != DeltaOp::Kind::kRemove) c->add_flag("--list", o->whole_list, "The whole list");
    const DeltaOp::Kind kind = v.kind;
    const char* name = v.name;
    c->callback([o, exit_code, kind, name] { *exit_code = RunUpdate(*o, kind, name); });
  }
  auto* cmp = lists->add_subcommand("compact", "Merge INDEX.delta into a new base index");
  cmp->add_option("index", o->index, "Index file (.vidx)")->required();
  cmp->callback([o, exit_code] { *exit_code = RunCompact(*o); });
}

}  // namespace vigil::cli
