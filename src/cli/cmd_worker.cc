// vigil worker: consume events from NATS JetStream (see include/vigil/stream.h).
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>

#include <spdlog/spdlog.h>

#include "cli/commands.h"
#include "stream/config.h"
#include "vigil/pipeline.h"
#include "vigil/stream.h"

namespace vigil::cli {
namespace {

struct WorkerFlags {
  std::string config, nats_url, store, key, own, name, data_dir;
  std::vector<std::string> lists;
  uint32_t partitions = 0;
  int batch = 0;
  int64_t lease_ms = 0;
  bool verbose = false;
};

int RunWorker(const WorkerFlags& f) {
  stream::StreamSettings s;
  Status st = Status::OK();
  if (!f.config.empty()) st = stream::LoadConfigFile(f.config, &s);
  if (st.ok()) st = stream::ApplyEnvironment([](const char* v) { return std::getenv(v); }, &s);
  if (!st.ok()) {
    std::fprintf(stderr, "vigil worker: %s\n", st.message().c_str());
    return 2;
  }
  if (!f.nats_url.empty()) s.worker.stream.nats_url = f.nats_url;
  if (!f.store.empty()) s.worker.store = f.store;
  if (!f.key.empty()) s.worker.key_file = f.key;
  if (!f.own.empty()) s.own = f.own;
  if (!f.name.empty()) s.worker.name = f.name;
  if (!f.data_dir.empty()) s.data_dir = f.data_dir;
  if (!f.lists.empty()) s.lists = f.lists;
  if (f.partitions > 0) s.worker.stream.partitions = f.partitions;
  if (f.batch > 0) s.worker.batch = f.batch;
  if (f.verbose) spdlog::set_level(spdlog::level::info);
  if (f.lease_ms > 0) s.worker.lease_ms = f.lease_ms;
  if (s.own == "auto") {
    s.worker.dynamic = true;
  } else {
    auto parts = stream::ParsePartitionSpec(s.own, s.worker.stream.partitions);
    if (!parts.ok()) {
      std::fprintf(stderr, "vigil worker: %s\n", parts.status().message().c_str());
      return 2;
    }
    s.worker.partitions = *parts;
  }

  // SIGTERM/SIGINT are blocked in every thread (libnats starts its own) and
  // taken by one thread with sigwait: no signal-handler global state.
  sigset_t sigs;
  sigemptyset(&sigs);
  sigaddset(&sigs, SIGTERM);
  sigaddset(&sigs, SIGINT);
  pthread_sigmask(SIG_BLOCK, &sigs, nullptr);

  PipelineOptions po;
  po.detectors.list_files = s.lists;
  po.detectors.data_dir = s.data_dir;
  auto pipeline = Pipeline::Create(std::move(po));
  if (!pipeline.ok()) {
    std::fprintf(stderr, "vigil worker: %s\n", pipeline.status().message().c_str());
    return 2;
  }
  auto worker = Worker::Create(s.worker, std::shared_ptr<const Pipeline>(std::move(*pipeline)));
  if (!worker.ok()) {
    std::fprintf(stderr, "vigil worker: %s\n", worker.status().message().c_str());
    return 2;
  }
  std::atomic<bool> stop{false};
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&sigs, &sig);
    stop.store(true);
  });
  Status run = (*worker)->Run(stop);
  if (!stop.load()) pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  const WorkerStats& ws = (*worker)->stats();
  std::fprintf(stderr,
               "vigil worker %s: stopped: %lld verdicts, %lld error rows, %lld replays skipped, "
               "%lld batches, %lld retries\n",
               s.worker.name.c_str(), static_cast<long long>(ws.events.load()),
               static_cast<long long>(ws.errors.load()), static_cast<long long>(ws.skipped.load()),
               static_cast<long long>(ws.batches.load()), static_cast<long long>(ws.retries.load()));
  auto sec = [](const std::atomic<int64_t>& ns) { return static_cast<double>(ns.load()) / 1e9; };
  std::fprintf(stderr,
               "vigil worker %s: seconds in fetch %.2f, scan %.2f, conversation state %.2f, "
               "store %.2f, publish+ack %.2f\n",
               s.worker.name.c_str(), sec(ws.fetch_ns), sec(ws.scan_ns), sec(ws.state_ns),
               sec(ws.store_ns), sec(ws.publish_ns));
  if (!run.ok()) {
    std::fprintf(stderr, "vigil worker: %s\n", run.message().c_str());
    return 1;
  }
  return 0;
}

}  // namespace

void AddWorkerCommand(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<WorkerFlags>();
  auto* cmd = app.add_subcommand(
      "worker",
      "Consume events from NATS JetStream, scan them, commit verdicts, then acknowledge.\n"
      "Configuration: --config FILE (TOML), then VIGIL_* environment, then flags.\n"
      "SIGTERM/SIGINT finish the batch in flight and exit 0.");
  cmd->add_option("--config", f->config, "TOML configuration file ([nats], [worker])");
  cmd->add_option("--nats", f->nats_url, "NATS URL(s), comma-separated (VIGIL_NATS_URL)");
  cmd->add_option("--store", f->store,
                  "Verdict store: sqlite:PATH or postgresql://... (VIGIL_STORE)");
  cmd->add_option("--key", f->key, "Vigil key file (VIGIL_KEY_FILE; default: $VIGIL_KEY)");
  cmd->add_option("--own", f->own,
                  "Owned partitions: i/n or 0,3,5-7, or auto (leases in NATS: a fair share, "
                  "taking over dead workers' partitions); default all (VIGIL_WORKER_OWN)");
  cmd->add_option("--lease-ms", f->lease_ms, "Lease time with --own auto (default 10000)");
  cmd->add_option("--partitions", f->partitions, "Partition count of the stream (VIGIL_PARTITIONS)");
  cmd->add_option("--name", f->name, "Worker name in logs and stored rows (VIGIL_WORKER_NAME)");
  cmd->add_option("--batch", f->batch, "Messages per fetch and commit (VIGIL_BATCH)");
  cmd->add_option("--lists", f->lists, "Hash list file(s) (VIGIL_LISTS)")->expected(1, -1);
  cmd->add_option("--data", f->data_dir, "Data directory (VIGIL_DATA)");
  cmd->add_flag("-v,--verbose", f->verbose, "Log progress to stderr");
  cmd->callback([f, exit_code] { *exit_code = RunWorker(*f); });
}

}  // namespace vigil::cli
