// npm run mig — start the mock MIG on MIG_PORT (default 4010).
// MIG_WORKERS (default 1) processes share the port (node:cluster); the service is stateless, so any
// worker can answer any request. Admin mode forces one process because fault changes live in memory.
// One is the default: on the 2-core benchmark machine two workers plus the clients were slower.

import cluster from "node:cluster";
import os from "node:os";
import { buildApp } from "./server/app";
import { loadConfig, type MigConfig } from "./server/config";

function workerCount(config: MigConfig): number {
  if (config.admin) return 1;
  const asked = Number(process.env.MIG_WORKERS ?? "");
  return Number.isInteger(asked) && asked > 0 ? Math.min(asked, os.availableParallelism()) : 1;
}

async function serve(config: MigConfig): Promise<void> {
  const started = performance.now();
  const { app } = await buildApp(config);
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { startupMs: Math.round(performance.now() - started), admin: config.admin, worker: cluster.isWorker ? cluster.worker?.id : 0 },
    "mock MIG ready",
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void app.close().then(() => process.exit(0));
    });
  }
}

function main(): void {
  const config = loadConfig();
  const workers = workerCount(config);
  if (workers === 1 || cluster.isWorker) {
    serve(config).catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
    return;
  }
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (_worker, code) => {
    // A worker that fails at start (bad config, port in use) takes the service down rather than looping.
    if (code !== 0) {
      console.error(`mock MIG worker exited with code ${code}`);
      process.exit(code ?? 1);
    }
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      for (const w of Object.values(cluster.workers ?? {})) w?.kill(signal);
      setTimeout(() => process.exit(0), 2000).unref();
    });
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
