// vigil: command-line front end. See `vigil --help`.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli/commands.h"

int main(int argc, char** argv) {
  // Logs go to stderr (stdout carries JSON Lines) and never carry message
  // text or identifiers.
  spdlog::set_default_logger(spdlog::stderr_color_mt("vigil"));
  spdlog::set_pattern("vigil: %l: %v");
  spdlog::set_level(spdlog::level::warn);

  CLI::App app{"Vigil: find and stop online child sexual exploitation and related harms"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "vigil " VIGIL_VERSION);
  int exit_code = 0;
  vigil::cli::AddScanCommand(app, &exit_code);
  vigil::cli::AddHashCommand(app, &exit_code);
  vigil::cli::AddVersionCommand(app, &exit_code);
  vigil::cli::AddEvalCommand(app, &exit_code);
  vigil::cli::AddTrainCommand(app, &exit_code);
  vigil::cli::AddServeCommand(app, &exit_code);
  vigil::cli::AddWorkerCommand(app, &exit_code);
  vigil::cli::AddPublishCommand(app, &exit_code);
  vigil::cli::AddPolicyCommand(app, &exit_code);
  vigil::cli::AddSightingsCommand(app, &exit_code);
  vigil::cli::AddEvidenceCommand(app, &exit_code);
  vigil::cli::AddListsCommand(app, &exit_code);
  vigil::cli::AddMatchCommand(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return exit_code;
}
