// Tried as an attacker with full access to the database (the owner role, triggers switched off), on a throw-away
// copy: the verifier, with the signing key the database never holds and the signed checkpoints, names the
// first missing or changed event after tail truncation and after re-chaining. On PostgreSQL, the app's runtime
// role cannot do any of it: no UPDATE, DELETE or TRUNCATE on the trail, and it cannot switch the triggers off.
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../generated/prisma/client";
import { eventHash } from "../../lib/server/audit/chain";
import { CheckpointWriter, readCheckpoints } from "../../lib/server/audit/checkpoints";
import { forgetChainHeads, recordAuditEvent, type AuditEventInput } from "../../lib/server/audit/record-audit-event";
import { auditSigningKey } from "../../lib/server/audit/signing";
import { describeBreak, verifyAuditChain } from "../../lib/server/audit/verify-audit-chain";
import { createPrismaClient } from "../../lib/server/db/client";
import { BACKENDS, backendTitle } from "../db/databases";
import { setUpAppDatabase } from "../support/app-database";

const KEY = "test-audit-signing-key-0123456789abcdef";
const view = (n: number): AuditEventInput => ({
  userId: "00000000-0000-4000-8000-000000000001",
  username: "ae.doctor",
  role: "AE_DOCTOR",
  organisationOds: "R9A",
  action: "RECORD_VIEW",
  outcome: "SUCCESS",
  patientNhsNumber: "9000000009",
  detail: { section: "medications", n },
});

async function asOwner(prisma: PrismaClient, sql: string): Promise<void> {
  await prisma.$executeRawUnsafe(`ALTER TABLE "audit_event" DISABLE TRIGGER USER`);
  try {
    await prisma.$executeRawUnsafe(sql);
  } finally {
    await prisma.$executeRawUnsafe(`ALTER TABLE "audit_event" ENABLE TRIGGER USER`);
  }
}

async function head(prisma: PrismaClient) {
  const last = await prisma.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
  return { seq: String(last.seq), hash: last.hash };
}

let dir: string;
let savedKey: string | undefined;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "audit-checkpoints-"));
  savedKey = process.env.AUDIT_SIGNING_KEY;
  process.env.AUDIT_SIGNING_KEY = KEY;
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (savedKey === undefined) delete process.env.AUDIT_SIGNING_KEY;
  else process.env.AUDIT_SIGNING_KEY = savedKey;
});

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`audit trail under attack on ${backendTitle(backend)}`, () => {
    const app = setUpAppDatabase(backend);
    const key = () => auditSigningKey({ AUDIT_SIGNING_KEY: KEY });
    const file = (name: string) => path.join(dir, `${backend.name}-${name}.jsonl`);
    const verify = (checkpointFile: string, withKey = true) =>
      verifyAuditChain(app().prisma, { key: withKey ? key() : null, checkpoints: readCheckpoints(checkpointFile, key()).checkpoints });

    it("signs every event and checkpoint; an untouched trail verifies", async () => {
      for (let n = 0; n < 40; n++) await recordAuditEvent(view(n));
      new CheckpointWriter(file("a"), key()!).write(await head(app().prisma));
      const events = await app().prisma.auditEvent.findMany({ select: { mac: true } });
      expect(events.every((e) => /^[0-9a-f]{64}$/.test(e.mac ?? ""))).toBe(true);
      expect(await verify(file("a"))).toMatchObject({ checked: 40, firstBreak: null, signed: true, checkpoints: 1 });
    });

    it("catches tail truncation: the last 20 events deleted", async () => {
      const { prisma } = app();
      const events = await prisma.auditEvent.findMany({ orderBy: { seq: "asc" }, select: { seq: true } });
      const lastKept = events[19]!.seq;
      await asOwner(prisma, `DELETE FROM "audit_event" WHERE "seq" > ${lastKept}`);
      const report = await verify(file("a"));
      expect(report.firstBreak).toMatchObject({ problem: "tail-truncated", intactUpTo: String(lastKept), seq: String(events[39]!.seq) });
      expect(describeBreak(report.firstBreak!)).toContain(`every event after seq ${lastKept} was removed`);
    });

    it("a running instance whose tail was truncated links its next event to the removed one: the gap shows in the chain", async () => {
      const { prisma } = app();
      const before = await prisma.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
      await recordAuditEvent(view(99));
      // Without any checkpoint: the chain itself now names the first event after the gap.
      const report = await verifyAuditChain(prisma);
      expect(report.firstBreak).toMatchObject({ problem: "prev-hash-mismatch", intactUpTo: String(before.seq) });
      // Clean up for the next test: remove that event, and start as a restarted instance does (heads read afresh).
      await asOwner(prisma, `DELETE FROM "audit_event" WHERE "seq" > ${before.seq}`);
      forgetChainHeads();
      expect((await verifyAuditChain(prisma)).firstBreak).toBeNull();
    });

    it("catches re-chaining: one view deleted and every later hash recomputed", async () => {
      const { prisma } = app();
      for (let n = 100; n < 120; n++) await recordAuditEvent(view(n));
      new CheckpointWriter(file("b"), key()!).write(await head(prisma));
      expect((await verify(file("b"))).firstBreak).toBeNull();

      const events = await prisma.auditEvent.findMany({ orderBy: { seq: "asc" } });
      const victim = events[25]!;
      const firstRechained = events[26]!;
      await asOwner(prisma, `DELETE FROM "audit_event" WHERE "seq" = ${victim.seq}`);
      let prev = events[24]!.hash;
      for (const event of events.slice(26)) {
        const hash = eventHash({ ...event, prevHash: prev });
        await asOwner(prisma, `UPDATE "audit_event" SET "prev_hash" = '${prev}', "hash" = '${hash}' WHERE "seq" = ${event.seq}`);
        prev = hash;
      }
      // The plain hash chain is whole again; the signatures and the checkpoint are not.
      expect((await verifyAuditChain(prisma)).firstBreak).toBeNull();
      const signed = await verify(file("b"));
      expect(signed.firstBreak).toMatchObject({
        seq: String(firstRechained.seq),
        id: firstRechained.id,
        problem: "mac-mismatch",
        intactUpTo: String(events[24]!.seq),
      });
      // Without the key, the checkpoint still proves the chain was rewritten.
      expect((await verify(file("b"), false)).firstBreak).toMatchObject({
        problem: "checkpoint-mismatch",
        seq: String(events.at(-1)!.seq),
      });

      // Removing the signatures does not help either.
      await asOwner(prisma, `UPDATE "audit_event" SET "mac" = NULL WHERE "seq" >= ${firstRechained.seq}`);
      expect((await verify(file("b"))).firstBreak).toMatchObject({ seq: String(firstRechained.seq), problem: "unsigned" });
    });

    it("refuses a checkpoint file that was edited", async () => {
      const forged = file("forged");
      new CheckpointWriter(forged, key()!).write({ seq: "1", hash: "a".repeat(64) });
      const line = JSON.parse(readFileSync(forged, "utf8")) as Record<string, string>;
      writeFileSync(forged, `${JSON.stringify({ ...line, seq: "2" })}\n`);
      expect(readCheckpoints(forged, key())).toMatchObject({ checkpoints: [], problems: [{ line: 1, problem: "bad-signature" }] });
    });

    it.skipIf(backend.name !== "PostgreSQL")(
      "the runtime role may only INSERT and SELECT on the trail and cannot disable its triggers",
      async () => {
        const ownerUrl = new URL((app().db.target as { url: string }).url);
        const role = `viewer_app_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
        const owner = new pg.Client({ connectionString: ownerUrl.toString() });
        await owner.connect();
        await owner.query(`CREATE ROLE "${role}" LOGIN PASSWORD 'runtime-test' IN ROLE "viewer_runtime"`);
        const runtimeUrl = new URL(ownerUrl);
        runtimeUrl.username = role;
        runtimeUrl.password = "runtime-test";
        const runtime = new pg.Client({ connectionString: runtimeUrl.toString() });
        await runtime.connect();
        const runtimePrisma = createPrismaClient({ kind: "postgres", url: runtimeUrl.toString() });
        try {
          for (const sql of [
            `ALTER TABLE "audit_event" DISABLE TRIGGER USER`,
            `ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_no_update_or_delete"`,
            `DROP TRIGGER "audit_event_no_update_or_delete" ON "audit_event"`,
            `UPDATE "audit_event" SET "username" = 'someone-else'`,
            `DELETE FROM "audit_event"`,
            `TRUNCATE "audit_event"`,
            `SET session_replication_role = replica`,
          ]) {
            await expect(runtime.query(sql), sql).rejects.toThrow(/must be owner|permission denied|append-only/);
          }
          // What the app needs still works as that role: appending to the chain, and its working tables.
          const cache = globalThis as typeof globalThis & { __gatewayPrisma?: PrismaClient };
          const working = cache.__gatewayPrisma;
          cache.__gatewayPrisma = runtimePrisma;
          try {
            await recordAuditEvent(view(999));
          } finally {
            cache.__gatewayPrisma = working;
          }
          await runtime.query(`UPDATE "app_user" SET "failed_sign_in_count" = 0 WHERE false`);
          await runtime.query(`INSERT INTO "rate_limit" ("key", "window_start", "count") VALUES ('role-test', now(), 1)`);
          expect((await runtime.query(`SELECT count(*)::int AS n FROM "audit_event" WHERE "detail"->>'n' = '999'`)).rows[0]).toEqual({
            n: 1,
          });
        } finally {
          await runtimePrisma.$disconnect();
          await runtime.end();
          await owner.query(`DROP ROLE "${role}"`);
          await owner.end();
        }
      },
    );
  });
}
