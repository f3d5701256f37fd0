// What hand-written migrations will contain (dollar-quoted trigger bodies with semicolons) runs as one script,
// and a failing migration leaves nothing behind, so it can be fixed and applied again.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../lib/server/db/migrate";
import { openSqlSession } from "../../lib/server/db/sql-session";
import { BACKENDS, backendTitle, useDatabase } from "./databases";

const APPEND_ONLY = `CREATE TABLE "note" ("id" INTEGER PRIMARY KEY, "body" TEXT NOT NULL DEFAULT 'a; b');

CREATE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'note is append-only; % refused', TG_OP;
END;
$$;

CREATE TRIGGER "note_append_only" BEFORE UPDATE OR DELETE ON "note" FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
-- ends in a comment, without a final newline`;

const BROKEN = `CREATE TABLE "half_done" ("id" INTEGER);\nINSERT INTO "missing_table" VALUES (1);\n`;
const FIXED = `CREATE TABLE "half_done" ("id" INTEGER);\n`;

async function writeMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name), { recursive: true });
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`hand-written and failing migrations on ${backendTitle(backend)}`, () => {
    const database = useDatabase(backend, { migrated: false });
    let migrationsDir: string;
    beforeAll(async () => {
      migrationsDir = await mkdtemp(path.join(os.tmpdir(), "viewer-migrations-"));
    });
    afterAll(async () => {
      await rm(migrationsDir, { recursive: true, force: true });
    });

    async function query<T extends Record<string, unknown>>(sql: string): Promise<T[]> {
      const session = await openSqlSession(database().target);
      try {
        return await session.rows<T>(sql);
      } finally {
        await session.close();
      }
    }

    it("runs a dollar-quoted trigger function as one script", async () => {
      await writeMigration(migrationsDir, "20260101000000_append_only", APPEND_ONLY);
      expect((await applyMigrations(database().target, migrationsDir)).applied).toEqual(["20260101000000_append_only"]);
      await query(`INSERT INTO "note" ("id") VALUES (1)`);
      await expect(query(`UPDATE "note" SET "body" = 'x'`)).rejects.toThrow(/append-only; UPDATE refused/);
      expect(await query(`SELECT "body" FROM "note"`)).toEqual([{ body: "a; b" }]);
    });

    it("rolls a failing migration back completely and applies it once fixed", async () => {
      await writeMigration(migrationsDir, "20260102000000_half_done", BROKEN);
      await expect(applyMigrations(database().target, migrationsDir)).rejects.toThrow(/20260102000000_half_done failed/);

      expect(await query(`SELECT to_regclass('public.half_done')::text AS name`)).toEqual([{ name: null }]);
      expect(await query(`SELECT migration_name FROM "_prisma_migrations"`)).toEqual([{ migration_name: "20260101000000_append_only" }]);

      await writeMigration(migrationsDir, "20260102000000_half_done", FIXED);
      expect(await applyMigrations(database().target, migrationsDir)).toEqual({
        applied: ["20260102000000_half_done"],
        alreadyApplied: 1,
        warnings: [],
      });
    });
  });
}
