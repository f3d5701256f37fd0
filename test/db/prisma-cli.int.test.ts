// The Prisma CLI (through prisma.config.ts and cli-adapter.ts, offline) reads what db:migrate recorded as
// its own: same table, same checksums. Also proves the CLI adapter works against both backends and exits.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { BACKENDS, backendTitle, useDatabase, type TestDatabase } from "./databases";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");
const PRISMA_CLI = path.join(ROOT, "node_modules", "prisma", "build", "index.js");

function cliEnv(database: TestDatabase): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, PGLITE_DIR: _alsoIgnored, ...rest } = process.env;
  const target = database.target;
  return target.kind === "postgres" ? { ...rest, DATABASE_URL: target.url } : { ...rest, PGLITE_DIR: target.dataDir };
}

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`prisma CLI after db:migrate on ${backendTitle(backend)}`, () => {
    const database = useDatabase(backend, { migrated: true });

    it("finds no pending migration", { timeout: 90_000 }, async () => {
      // A timeout here means the CLI kept running after its work (an open PGlite or pool).
      const { stdout } = await run(process.execPath, [PRISMA_CLI, "migrate", "deploy"], {
        cwd: ROOT,
        env: cliEnv(database()),
        timeout: 60_000,
      });
      expect(stdout).toContain("No pending migrations to apply.");
    });
  });
}
