// The whole system for a browser benchmark: scripts/start.ts (migrations, seed, production build when needed,
// mock MIG and `next start`) on its own ports and its own fresh embedded database, in its own process group so
// that stopping it stops everything it started. Stopped on success, on error, on Ctrl-C and at process exit.

import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..");

// What goes into the client and server bundles; tests and fixtures do not.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "prisma",
  "public",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(p) ? 0 : stat.mtimeMs;
  return readdirSync(p).reduce((newest, name) => Math.max(newest, newestMtime(path.join(p, name))), 0);
}

/** Why the production build has to be (re)made before measuring it, or null when .next is current. */
export function buildStaleness(root: string = ROOT): string | null {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return ".next/BUILD_ID is missing";
  const built = statSync(buildId).mtimeMs;
  const changed = BUILD_INPUTS.filter((p) => newestMtime(path.join(root, p)) > built);
  return changed.length ? `sources changed since the last build (${changed.join(", ")})` : null;
}

export interface RunningSystem {
  baseURL: string;
  /** True when start.ts rebuilt the app before starting it. */
  rebuilt: string | null;
  stop: () => Promise<void>;
}

export interface SystemOptions {
  port: number;
  migPort: number;
  pgliteDir: string;
  /** Where the servers' output goes (relative to the repository). */
  logFile: string;
  /** Bound on migrate + seed + (build) + start. */
  startTimeoutMs: number;
  /** The checkout to run (default: this one); another checkout is how a baseline build is measured side by side. */
  root?: string;
  /** A PostgreSQL database (already created, empty) instead of the fresh embedded one. */
  databaseUrl?: string;
  /** More environment for start.ts and the servers it starts (e.g. MIG_ADMIN=1, AUDIT_CHAIN). */
  extraEnv?: Record<string, string>;
  /** False: never rebuild a stale build (another server may be serving .next, as in the end-to-end suite). */
  allowRebuild?: boolean;
}

async function ok(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the whole group is gone (ESRCH)
  }
}

export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const root = options.root ?? ROOT;
  const rebuilt = options.allowRebuild === false ? null : buildStaleness(root);
  const logPath = path.join(root, options.logFile);
  mkdirSync(path.dirname(logPath), { recursive: true });
  const log = createWriteStream(logPath);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    MIG_PORT: String(options.migPort),
    // The simulated host system beside the app: its own port too (default: the app's + 2000).
    ED_BOARD_PORT: process.env.ED_BOARD_PORT ?? String(options.port + 2000),
    PGLITE_DIR: options.pgliteDir,
    FRESH_DB: "1",
    NEXTAUTH_URL: `http://localhost:${options.port}`,
    MIG_URL: `http://127.0.0.1:${options.migPort}`,
    REBUILD: rebuilt ? "1" : "0",
    ...options.extraEnv,
  };
  // The embedded database unless a benchmark names its own PostgreSQL database: never someone's DATABASE_URL.
  delete env.DATABASE_URL;
  if (options.databaseUrl) {
    env.DATABASE_URL = options.databaseUrl;
    delete env.FRESH_DB;
  }
  delete env.MIG_FAULTS; // zero injected latency: the default fault file only
  delete env.MIG_FAULTS_FILE;
  if (rebuilt) console.log(`  building the app first: ${rebuilt}`);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const onExit = () => killGroup(child, "SIGKILL");
  process.on("exit", onExit);
  const onSignal = () => process.exit(130);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const stop = async () => {
    killGroup(child, "SIGTERM");
    const exited =
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise<void>((resolve) => child.once("exit", () => resolve()));
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    // start.ts gives its children 500 ms; make sure nothing of the group is left behind.
    await new Promise((resolve) => setTimeout(resolve, 700));
    killGroup(child, "SIGKILL");
    log.end();
    process.off("exit", onExit);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };

  const baseURL = `http://localhost:${options.port}`;
  const deadline = Date.now() + options.startTimeoutMs;
  let exitCode: number | null = null;
  child.once("exit", (code) => {
    exitCode = code ?? -1;
  });
  try {
    while (!(await ok(`${baseURL}/api/health`)) || !(await ok(`${baseURL}/sign-in`))) {
      if (exitCode !== null) throw new Error(`scripts/start.ts exited with ${exitCode} before the app was ready; see ${options.logFile}`);
      if (Date.now() > deadline) throw new Error(`the app was not ready within ${options.startTimeoutMs / 1000} s; see ${options.logFile}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, rebuilt, stop };
}
