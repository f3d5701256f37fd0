// Several app instances on one PostgreSQL database append to the audit trail at the same time, each process on its
// own chain (AUDIT_CHAIN) through the app's own recordAuditEvent, while this process appends on the main chain. The
// verifier, given every instance's signed checkpoint file, proves the whole trail complete; and when a whole chain
// is removed by someone with the owner's rights, it names that chain.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAllCheckpoints } from "../../lib/server/audit/checkpoints";
import { recordAuditEvent } from "../../lib/server/audit/record-audit-event";
import { auditSigningKey } from "../../lib/server/audit/signing";
import { describeBreak, verifyAuditChain } from "../../lib/server/audit/verify-audit-chain";
import { BACKENDS, backendTitle } from "../db/databases";
import { setUpAppDatabase } from "../support/app-database";

const KEY = "test-audit-signing-key-multi-instance-0123456789";
const ROOT = path.resolve(__dirname, "../..");
const postgres = BACKENDS.find((b) => b.name === "PostgreSQL")!;

function runInstance(
  url: string,
  chain: string,
  checkpointFile: string,
  events: number,
  startAt: number,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "test/audit/support/audit-instance.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: url,
        AUDIT_CHAIN: chain,
        AUDIT_SIGNING_KEY: KEY,
        AUDIT_CHECKPOINT_FILE: checkpointFile,
        EVENTS: String(events),
        CONCURRENCY: "16",
        START_AT: String(startAt),
        LOG_LEVEL: "silent",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

describe.skipIf(postgres.skipReason !== undefined)(`audit trail written by several app instances on ${backendTitle(postgres)}`, () => {
  const app = setUpAppDatabase(postgres);
  let dir: string;
  let savedKey: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "audit-instances-"));
    savedKey = process.env.AUDIT_SIGNING_KEY;
    process.env.AUDIT_SIGNING_KEY = KEY;
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    if (savedKey === undefined) delete process.env.AUDIT_SIGNING_KEY;
    else process.env.AUDIT_SIGNING_KEY = savedKey;
  });

  it("two instances and this process append at once; every chain verifies against every instance's checkpoints", async () => {
    const { db, prisma } = app();
    if (db.target.kind !== "postgres") throw new Error("PostgreSQL only");
    const base = path.join(dir, "trail.jsonl");
    // Both instances connect, then start appending at the same moment (process start-up takes seconds under load).
    const startAt = Date.now() + 8_000;
    const [a, b] = await Promise.all([
      runInstance(db.target.url, "instance-a", base, 150, startAt),
      runInstance(db.target.url, "instance-b", base, 150, startAt),
      Promise.all(
        Array.from({ length: 30 }, (_, n) =>
          recordAuditEvent({
            userId: null,
            username: null,
            role: null,
            organisationOds: null,
            action: "RECORD_VIEW",
            outcome: "SUCCESS",
            detail: { main: n },
          }),
        ),
      ),
    ]);
    expect(a, a.stderr).toMatchObject({ code: 0 });
    expect(b, b.stderr).toMatchObject({ code: 0 });

    const perChain = await prisma.auditEvent.groupBy({ by: ["chain"], _count: true, orderBy: { chain: "asc" } });
    expect(perChain.map((c) => [c.chain, c._count])).toEqual([
      ["instance-a", 150],
      ["instance-b", 150],
      ["main", 30],
    ]);
    // The appends of the instances really interleave in seq order (neither waited for the other to finish).
    const order = await prisma.auditEvent.findMany({ where: { chain: { not: "main" } }, orderBy: { seq: "asc" }, select: { chain: true } });
    const switches = order.filter((e, i) => i > 0 && e.chain !== order[i - 1]!.chain).length;
    expect(switches).toBeGreaterThan(1);

    const { checkpoints, problems, files } = readAllCheckpoints(base, auditSigningKey());
    expect(problems).toEqual([]);
    expect(files.map((f) => path.basename(f))).toEqual(["trail-instance-a.jsonl", "trail-instance-b.jsonl"]);
    // Each instance's checkpoint anchors its own chain (and any other it saw).
    expect([...new Set(checkpoints.map((c) => c.chain))]).toEqual(expect.arrayContaining(["instance-a", "instance-b"]));
    const report = await verifyAuditChain(prisma, { key: auditSigningKey(), checkpoints });
    expect(report).toMatchObject({ checked: 330, firstBreak: null, chains: 3 });
  }, 120_000);

  it("names the chain when one instance's whole chain is removed", async () => {
    const { prisma } = app();
    const base = path.join(dir, "trail.jsonl");
    const { checkpoints } = readAllCheckpoints(base, auditSigningKey());
    await prisma.$executeRawUnsafe(`ALTER TABLE "audit_event" DISABLE TRIGGER USER`);
    try {
      await prisma.$executeRawUnsafe(`DELETE FROM "audit_event" WHERE "chain" = 'instance-b'`);
    } finally {
      await prisma.$executeRawUnsafe(`ALTER TABLE "audit_event" ENABLE TRIGGER USER`);
    }
    const report = await verifyAuditChain(prisma, { key: auditSigningKey(), checkpoints });
    expect(report.firstBreak).toMatchObject({ problem: "tail-truncated", chain: "instance-b" });
    expect(describeBreak(report.firstBreak!)).toContain("the end of the chain instance-b is missing");
    // Without the checkpoints the remaining chains hold: the checkpoints are what prove completeness.
    expect((await verifyAuditChain(prisma, { key: auditSigningKey() })).firstBreak).toBeNull();
  });
});
