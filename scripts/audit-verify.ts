// npm run audit:verify — checks the audit trail on the database the environment selects (DATABASE_URL, else
// PGlite in PGLITE_DIR): the hash chains (one per app instance), each event's signature and the signed checkpoints (AUDIT_SIGNING_KEY,
// read from the environment or from .data/secrets.json where `npm start` keeps it; AUDIT_CHECKPOINT_FILE, else
// the default beside the database). Exit 0: intact. Exit 2: names the first missing or changed event.
// Run it while the app is stopped when on PGlite (one process per PGlite folder).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/server/db/client";
import { describeDatabaseTarget, resolveDatabaseTarget } from "../lib/server/db/target";
import { defaultCheckpointFile, readAllCheckpoints } from "../lib/server/audit/checkpoints";
import { auditSigningKey } from "../lib/server/audit/signing";
import { describeBreak, verifyAuditChain } from "../lib/server/audit/verify-audit-chain";

function keyFromEnvironmentOrSecrets() {
  if (process.env.AUDIT_SIGNING_KEY !== undefined) return auditSigningKey();
  const file = path.resolve(".data", "secrets.json");
  if (!existsSync(file)) return null;
  const stored = JSON.parse(readFileSync(file, "utf8")) as { AUDIT_SIGNING_KEY?: string };
  return auditSigningKey({ AUDIT_SIGNING_KEY: stored.AUDIT_SIGNING_KEY });
}

async function main(): Promise<number> {
  const target = resolveDatabaseTarget();
  const where = describeDatabaseTarget(target);
  const key = keyFromEnvironmentOrSecrets();
  // The trail's checkpoint file and those of the instances that had chains of their own, beside it.
  const file = defaultCheckpointFile(target);
  const { checkpoints, problems, files } = readAllCheckpoints(file, key);
  for (const problem of problems)
    console.error(`audit:verify: checkpoint file ${problem.file} line ${problem.line}: ${problem.problem} (ignored)`);

  const prisma = createPrismaClient(target);
  try {
    const report = await verifyAuditChain(prisma, { key, checkpoints });
    const how = `${key ? "hashes and signatures" : "hashes only (no AUDIT_SIGNING_KEY)"}, ${report.checkpoints} signed checkpoint${report.checkpoints === 1 ? "" : "s"}${report.checkpoints ? ` in ${files.length} file${files.length === 1 ? "" : "s"}` : ` (none at ${file})`}`;
    if (report.firstBreak === null && problems.length === 0) {
      const chains = report.chains === 1 ? "chain" : `${report.chains} chains`;
      console.log(`audit:verify ${where}: ${chains} intact, ${report.checked} events checked (${how})`);
      return 0;
    }
    if (report.firstBreak)
      console.error(`audit:verify ${where}: BROKEN at ${describeBreak(report.firstBreak)} [${report.firstBreak.problem}] (${how})`);
    else console.error(`audit:verify ${where}: the chain holds but the checkpoint file was altered (${how})`);
    return 2;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error("audit:verify failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
