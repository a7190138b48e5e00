// Each `vigil` subcommand adds itself to the CLI11 app. A command stores its
// exit status in *exit_code when it runs.
#ifndef VIGIL_CLI_COMMANDS_H_
#define VIGIL_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace vigil::cli {

void AddScanCommand(CLI::App& app, int* exit_code);
void AddHashCommand(CLI::App& app, int* exit_code);
void AddVersionCommand(CLI::App& app, int* exit_code);
void AddEvalCommand(CLI::App& app, int* exit_code);
void AddEvalPiiCommand(CLI::App& eval, int* exit_code);  // cmd_eval_pii.cc
void AddServeCommand(CLI::App& app, int* exit_code);
void AddWorkerCommand(CLI::App& app, int* exit_code);
void AddPublishCommand(CLI::App& app, int* exit_code);
void AddPolicyCommand(CLI::App& app, int* exit_code);
void AddSightingsCommand(CLI::App& app, int* exit_code);
void AddEvidenceCommand(CLI::App& app, int* exit_code);
void AddListsCommand(CLI::App& app, int* exit_code);
void AddMatchCommand(CLI::App& app, int* exit_code);
void AddEvalMessagesCommand(CLI::App& eval, int* exit_code);
void AddEvalConversationsCommand(CLI::App& eval, int* exit_code);
void AddTrainCommand(CLI::App& app, int* exit_code);  // cmd_train.cc

}  // namespace vigil::cli

#endif  // VIGIL_CLI_COMMANDS_H_
