// `vigil eval <set>`: quality reports against labelled data. Each labelled
// set adds its own subcommand here (its code lives in cmd_eval_<set>.cc).
#include "cli/commands.h"

namespace vigil::cli {

void AddEvalCommand(CLI::App& app, int* exit_code) {
  auto* eval = app.add_subcommand("eval", "Quality reports against labelled data sets");
  eval->require_subcommand(1);
  // One line per labelled set:
  AddEvalPiiCommand(*eval, exit_code);
  AddEvalMessagesCommand(*eval, exit_code);
  AddEvalConversationsCommand(*eval, exit_code);
  (void)eval;
  (void)exit_code;
}

}  // namespace vigil::cli
