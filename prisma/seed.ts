// npm run db:seed — demo organisations and users on the database the environment selects. Run after
// db:migrate and never while the app is running on the same PGlite folder (PGlite has no lock).
import { createPrismaClient } from "../lib/server/db/client";
import { describeDatabaseTarget, resolveDatabaseTarget } from "../lib/server/db/target";
import { seedDemoData } from "./seed-demo-data";

async function main(): Promise<void> {
  const target = resolveDatabaseTarget();
  const prisma = createPrismaClient(target);
  try {
    const report = await seedDemoData(prisma);
    console.log(`db:seed ${describeDatabaseTarget(target)}: ${report.organisations} organisations, ${report.users} users`);
  } finally {
    // Closes PGlite too; an open PGlite keeps Node running.
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("db:seed failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
