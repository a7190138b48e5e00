#include <cstdio>

#include "cli/commands.h"

namespace vigil::cli {

void AddVersionCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("version", "Print Vigil's version");
  cmd->callback([exit_code] {
    std::printf("vigil %s\n", VIGIL_VERSION);
    *exit_code = 0;
  });
}

}  // namespace vigil::cli
