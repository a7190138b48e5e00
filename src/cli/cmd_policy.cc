// `vigil policy check FILE…`: validates policy files without scanning.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/json_writer.h"
#include "vigil/policy.h"

namespace vigil::cli {
namespace {

int RunPolicyCheck(const std::vector<std::string>& files) {
  int rc = 0;
  for (const auto& f : files) {
    auto p = LoadPolicyFile(f);
    std::string line;
    JsonWriter w(&line);
    w.BeginObject().Key("file").String(f).Key("ok").Bool(p.ok());
    if (!p.ok()) {
      rc = 1;
      w.Key("errors").BeginArray();
      const std::string m = p.status().message();
      size_t start = 0;
      while (start < m.size()) {
        size_t nl = m.find('\n', start);
        if (nl == std::string::npos) nl = m.size();
        w.String(std::string_view(m).substr(start, nl - start));
        start = nl + 1;
      }
      w.EndArray();
      std::fprintf(stderr, "%s\n", m.c_str());
    }
    w.EndObject();
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  return rc;
}

}  // namespace

void AddPolicyCommand(CLI::App& app, int* exit_code) {
  auto* policy = app.add_subcommand("policy", "Policy files (TOML rules turning signals into actions)");
  policy->require_subcommand(1);
  auto files = std::make_shared<std::vector<std::string>>();
  auto* check = policy->add_subcommand(
      "check", "Check policy files; prints {\"file\":…,\"ok\":…,\"errors\":[\"FILE:LINE: …\"]}\n"
               "per file (errors also on stderr); exit status 1 when any file is bad.");
  check->add_option("files", *files, "Policy files")->required()->expected(1, -1);
  check->callback([files, exit_code] { *exit_code = RunPolicyCheck(*files); });
}

}  // namespace vigil::cli
