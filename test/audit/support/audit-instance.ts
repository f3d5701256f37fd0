// One app instance's audit writer, as its own process (run by multi-instance.int.test.ts with
// `node --conditions=react-server --import tsx`): DATABASE_URL, AUDIT_CHAIN, AUDIT_SIGNING_KEY and AUDIT_CHECKPOINT_FILE
// from the environment, exactly as the app reads them. Appends EVENTS audit events, CONCURRENCY at a time, through
// the app's own recordAuditEvent, then writes its signed checkpoint (as the app does at shutdown) and exits. With
// START_AT (epoch ms), it connects first and starts appending at that moment, so instances started one after the
// other really append at the same time (an append is one statement: a whole instance can finish in tens of ms).
import { recordAuditEvent } from "../../../lib/server/audit/record-audit-event";
import { startCheckpoints, writeCheckpoint } from "../../../lib/server/audit/checkpoint-schedule";
import { getPrisma } from "../../../lib/server/db";

const events = Number(process.env.EVENTS ?? 100);
const concurrency = Number(process.env.CONCURRENCY ?? 10);
const chain = process.env.AUDIT_CHAIN ?? "main";

const startAt = Number(process.env.START_AT ?? 0);

async function main(): Promise<void> {
  startCheckpoints();
  await getPrisma().$queryRaw`SELECT 1`;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
  let next = 0;
  const worker = async () => {
    while (next < events) {
      const n = next++;
      await recordAuditEvent({
        userId: "00000000-0000-4000-8000-000000000001",
        username: "ae.doctor",
        role: "AE_DOCTOR",
        organisationOds: "R9A",
        action: "RECORD_VIEW",
        outcome: "SUCCESS",
        patientNhsNumber: "9000000009",
        detail: { section: "summary", instance: chain, n },
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await writeCheckpoint();
  await getPrisma().$disconnect();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
