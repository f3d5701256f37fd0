// The audit trail on both databases: appends chain correctly (also under concurrency), the database itself
// refuses UPDATE, DELETE and TRUNCATE, and tampering by someone able to bypass that is found by the verifier.
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recordAuditEvent, type AuditEventInput } from "../../lib/server/audit/record-audit-event";
import { verifyAuditChain } from "../../lib/server/audit/verify-audit-chain";
import { hit } from "../../lib/server/rate-limit/rate-limit";
import { BACKENDS, backendTitle } from "../db/databases";
import { setUpAppDatabase } from "../support/app-database";

const event = (n: number): AuditEventInput => ({
  userId: "00000000-0000-4000-8000-000000000001",
  username: "ae.doctor",
  role: "AE_DOCTOR",
  organisationOds: "R9A",
  action: "RECORD_VIEW",
  outcome: "SUCCESS",
  patientNhsNumber: "9000000009",
  detail: { section: "medications", n, nested: { b: 1, a: [1, 2] } },
});

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`audit trail on ${backendTitle(backend)}`, () => {
    const app = setUpAppDatabase(backend);

    it("chains sequential and concurrent appends into one intact chain", async () => {
      for (let n = 0; n < 5; n++) await recordAuditEvent(event(n));
      await Promise.all(Array.from({ length: 20 }, (_, n) => recordAuditEvent(event(100 + n))));
      const report = await verifyAuditChain(app().prisma);
      expect(report).toMatchObject({ checked: 25, firstBreak: null });
      const hashes = await app().prisma.auditEvent.findMany({ select: { hash: true, prevHash: true }, orderBy: { seq: "asc" } });
      for (let i = 1; i < hashes.length; i++) expect(hashes[i]!.prevHash).toBe(hashes[i - 1]!.hash);
    });

    it("refuses UPDATE, DELETE and TRUNCATE on the audit table in the database itself", async () => {
      const { prisma } = app();
      await expect(prisma.$executeRawUnsafe(`UPDATE "audit_event" SET "username" = 'someone-else'`)).rejects.toThrow(/append-only/);
      await expect(prisma.$executeRawUnsafe(`DELETE FROM "audit_event"`)).rejects.toThrow(/append-only/);
      await expect(prisma.$executeRawUnsafe(`TRUNCATE "audit_event"`)).rejects.toThrow(/append-only/);
      await expect(prisma.auditEvent.deleteMany({})).rejects.toThrow();
      expect(await prisma.auditEvent.count()).toBe(25);
    });

    it("names the first changed event when someone bypasses the triggers", async () => {
      const { prisma } = app();
      const victim = await prisma.auditEvent.findFirstOrThrow({ orderBy: { seq: "asc" }, skip: 7 });
      await prisma.$executeRawUnsafe(`ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_no_update_or_delete"`);
      await prisma.$executeRawUnsafe(`UPDATE "audit_event" SET "patient_nhs_number" = '9912003888' WHERE "seq" = ${victim.seq}`);
      await prisma.$executeRawUnsafe(`ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_no_update_or_delete"`);
      const report = await verifyAuditChain(prisma);
      expect(report.firstBreak).toMatchObject({ seq: String(victim.seq), id: victim.id, problem: "hash-mismatch" });
      expect(report.checked).toBe(7);
    });

    it("npm run audit:verify names the first broken link and exits 2", async () => {
      const { db, prisma } = app();
      const first = await verifyAuditChain(prisma);
      // One process per PGlite folder: let go of it while the command runs (the client reopens it later).
      await prisma.$disconnect();
      const target = db.target;
      const env = {
        ...process.env,
        AUDIT_SIGNING_KEY: "",
        AUDIT_CHECKPOINT_FILE: path.join(os.tmpdir(), `no-checkpoints-${Date.now()}.jsonl`),
        ...(target.kind === "pglite" ? { PGLITE_DIR: target.dataDir, DATABASE_URL: "" } : { DATABASE_URL: target.url }),
      };
      const root = path.resolve(__dirname, "../..");
      const run = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/audit-verify.ts"], { cwd: root, env, encoding: "utf8" });
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain(`BROKEN at event seq ${first.firstBreak!.seq}`);
      expect(run.stderr).toContain("changed after writing");
    });

    it("counts requests per window for the rate limiter, with backoff while refused", async () => {
      const rule = { name: `test-${backend.name}`, limit: 2, windowSeconds: 60 };
      const t0 = new Date("2026-11-25T10:00:05Z");
      expect((await hit(rule, "user-1", t0)).allowed).toBe(true);
      expect((await hit(rule, "user-1", t0)).allowed).toBe(true);
      expect(await hit(rule, "user-1", t0)).toEqual({ allowed: false, count: 3 });
      expect((await hit(rule, "user-2", t0)).allowed).toBe(true);
      // Backoff: a refused request restarts the window, so trying again within it is refused too…
      expect(await hit(rule, "user-1", new Date("2026-11-25T10:00:50Z"))).toEqual({ allowed: false, count: 4 });
      expect((await hit(rule, "user-1", new Date("2026-11-25T10:01:40Z"))).allowed).toBe(false);
      // …until the client has been quiet for a whole window.
      expect(await hit(rule, "user-1", new Date("2026-11-25T10:02:40Z"))).toEqual({ allowed: true, count: 1 });
      expect((await hit(rule, "user-2", new Date("2026-11-25T10:01:05Z"))).allowed).toBe(true);
    });
  });
}
