// npm start — the whole system on one machine: migrate and seed the database, build the app if needed,
// then run the mock MIG and the production Next.js server (scripts/serve.ts) side by side. Ctrl-C stops both.
//
// Environment (all optional): PORT (3000), MIG_PORT (4010), DATABASE_URL (unset → embedded PGlite in PGLITE_DIR),
// NEXTAUTH_SECRET and MIG_JWT_SECRET (generated once and kept in .data/secrets.json when unset),
// FRESH_DB=1 wipes PGLITE_DIR first (used by the end-to-end tests), REBUILD=1 forces `next build` (it also builds
// when there is no build or a source is newer than it: scripts/build-staleness.ts),
// MIG_REFERENCE_DATE (today) anchors the synthetic records' dates,
// LOG_FILE copies both servers' output into a file as well (the end-to-end suite scans it for patient data).
// ED_BOARD_PORT (5010): the simulated host system (scripts/ed-board.ts, development only), registered with the app
// in .data/launch-hosts-<ED_BOARD_PORT>.json unless LAUNCH_HOSTS_FILE names a hosts file of your own; ED_BOARD=0 leaves it out.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, type WriteStream } from "node:fs";
import path from "node:path";
import { buildDecision, builtAt, newestSource } from "./build-staleness";
import { devHostRegistration, edBoardPort } from "./ed-board-host";

const root = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const port = process.env.PORT ?? "3000";
const migPort = process.env.MIG_PORT ?? "4010";
const boardPort = edBoardPort();
const withBoard = process.env.ED_BOARD !== "0";

/** The simulated ED board's registration, unless the operator gave a hosts file of their own. */
function launchHostsFile(): string | undefined {
  if (process.env.LAUNCH_HOSTS_FILE || !withBoard) return process.env.LAUNCH_HOSTS_FILE;
  const file = path.join(root, ".data", `launch-hosts-${boardPort}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ hosts: [devHostRegistration(boardPort)] }, null, 2));
  return file;
}

function persistentSecrets(): { NEXTAUTH_SECRET: string; MIG_JWT_SECRET: string; AUDIT_SIGNING_KEY: string } {
  const file = path.join(root, ".data", "secrets.json");
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {};
  const secrets = {
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? stored.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
    MIG_JWT_SECRET: process.env.MIG_JWT_SECRET ?? stored.MIG_JWT_SECRET ?? randomBytes(32).toString("base64url"),
    // Signs audit events and checkpoints; kept out of the database (see README, "The audit trail").
    AUDIT_SIGNING_KEY: process.env.AUDIT_SIGNING_KEY ?? stored.AUDIT_SIGNING_KEY ?? randomBytes(32).toString("base64url"),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

function runStep(label: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  console.log(`[start] ${label}…`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[start] ${label} failed (exit ${result.status ?? result.signal}). Nothing was started.`);
    process.exit(result.status ?? 1);
  }
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...persistentSecrets(),
  MIG_PORT: migPort,
  MIG_URL: process.env.MIG_URL ?? `http://127.0.0.1:${migPort}`,
  // The synthetic records' "today": today, so a demo's current medication is current whenever it is run
  // (the mock's own default is a fixed date, for reproducible tests of the mock itself).
  MIG_REFERENCE_DATE: process.env.MIG_REFERENCE_DATE ?? new Date().toISOString().slice(0, 10),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
};
const hostsFile = launchHostsFile();
if (hostsFile) env.LAUNCH_HOSTS_FILE = hostsFile;

if (process.env.FRESH_DB === "1" && !process.env.DATABASE_URL && env.PGLITE_DIR) {
  const dir = path.resolve(root, env.PGLITE_DIR);
  rmSync(dir, { recursive: true, force: true });
  // The audit checkpoints belong to that database's trail: a fresh trail starts a fresh checkpoint file.
  // (with those of instances that had audit chains of their own, `…-audit-checkpoints-<chain>.jsonl`).
  if (!process.env.AUDIT_CHECKPOINT_FILE && existsSync(path.dirname(dir))) {
    const stem = `${path.basename(dir.replace(/[\\/]+$/, ""))}-audit-checkpoints`;
    for (const name of readdirSync(path.dirname(dir)))
      if (name === `${stem}.jsonl` || (name.startsWith(`${stem}-`) && name.endsWith(".jsonl")))
        rmSync(path.join(path.dirname(dir), name), { force: true });
  }
}

runStep("Applying database migrations", bin("tsx"), ["scripts/db-migrate.ts"], env);
runStep("Seeding demo organisations and users", bin("tsx"), ["prisma/seed.ts"], env);
const decision = buildDecision({ rebuild: process.env.REBUILD === "1", builtAt: builtAt(root), newestSource: newestSource(root) });
if (decision.build) {
  runStep("Indexing the record sections", bin("tsx"), ["scripts/generate-section-registry.ts"], env);
  runStep(`Building the app (${decision.reason})`, bin("next"), ["build"], { ...env, NODE_ENV: "production" });
} else {
  console.log(`[start] Serving the last build: ${decision.reason} (REBUILD=1 forces a build).`);
}

function openLogFile(file: string | undefined): WriteStream | null {
  if (!file) return null;
  const resolved = path.resolve(root, file);
  mkdirSync(path.dirname(resolved), { recursive: true });
  return createWriteStream(resolved, { flags: "w" });
}
const logFile = openLogFile(process.env.LOG_FILE);

const children: ChildProcess[] = [];
function launch(name: string, command: string, args: string[], extraEnv: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: logFile ? ["ignore", "pipe", "pipe"] : "inherit" });
  if (logFile) {
    child.stdout?.on("data", (chunk: Buffer) => (process.stdout.write(chunk), logFile.write(chunk)));
    child.stderr?.on("data", (chunk: Buffer) => (process.stderr.write(chunk), logFile.write(chunk)));
  }
  child.on("exit", (code, signal) => {
    console.error(`[start] ${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
    shutdown(code ?? 1);
  });
  children.push(child);
}

let stopping = false;
function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500).unref();
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

launch("mock MIG", bin("tsx"), ["mock-mig/main.ts"], { NODE_ENV: "production" });
// Next.js behind scripts/serve.ts: the client address from the TCP peer and TRUSTED_PROXIES, and malformed
// paths and oversized bodies refused before the app sees them.
launch("app", bin("tsx"), ["scripts/serve.ts"], { NODE_ENV: "production", PORT: port });
if (withBoard)
  launch("ED board", bin("tsx"), ["scripts/ed-board.ts"], {
    NODE_ENV: "production",
    ED_BOARD_PORT: String(boardPort),
    VIEWER_URL: env.NEXTAUTH_URL,
  });
console.log(
  `[start] App: http://localhost:${port}  ·  Mock MIG: ${env.MIG_URL}${withBoard ? `  ·  ED board (simulated host): http://localhost:${boardPort}` : ""}`,
);
