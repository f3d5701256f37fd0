// npm run audit:verify — checks the audit trail's hash chain on the database the environment selects
// (DATABASE_URL, else PGlite in PGLITE_DIR). Exit 0: intact. Exit 2: names the first broken link.
// Run it while the app is stopped when on PGlite (one process per PGlite folder).
import { createPrismaClient } from "../lib/server/db/client";
import { describeDatabaseTarget, resolveDatabaseTarget } from "../lib/server/db/target";
import { verifyAuditChain } from "../lib/server/audit/verify-audit-chain";

async function main(): Promise<number> {
  const target = resolveDatabaseTarget();
  const prisma = createPrismaClient(target);
  try {
    const report = await verifyAuditChain(prisma);
    if (report.firstBreak === null) {
      console.log(`audit:verify ${describeDatabaseTarget(target)}: chain intact, ${report.checked} events checked`);
      return 0;
    }
    const { seq, id, problem } = report.firstBreak;
    const why = problem === "hash-mismatch" ? "its contents no longer match its hash (changed after writing)" : "it does not follow the event before it (an event was removed, inserted or reordered)";
    console.error(`audit:verify ${describeDatabaseTarget(target)}: BROKEN at event seq ${seq} (id ${id}): ${why}. ${report.checked} events before it are intact.`);
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
