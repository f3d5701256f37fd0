// Migrations apply cleanly to a brand-new database on both backends, once, and leave the schema Prisma expects.
import { describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "../../lib/server/db/migrate";
import { openSqlSession } from "../../lib/server/db/sql-session";
import { BACKENDS, MIGRATIONS_DIR, backendTitle, useDatabase } from "./databases";

const EXPECTED_ENUMS: Record<string, string[]> = {
  Role: ["AE_DOCTOR", "OOH_GP", "CLINICIAN_111", "PARAMEDIC", "NURSE", "SOCIAL_CARE", "PRIVACY_OFFICER", "ADMINISTRATOR"],
  OrganisationKind: ["ACUTE_TRUST", "OUT_OF_HOURS", "NHS_111", "AMBULANCE", "COMMUNITY", "LOCAL_AUTHORITY", "COMMISSIONER"],
};

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`migrations on an empty ${backendTitle(backend)}`, () => {
    const database = useDatabase(backend, { migrated: false });

    it("applies every migration, then has nothing left to apply", async () => {
      const local = readMigrations(MIGRATIONS_DIR).map((migration) => migration.name);
      expect(local.length).toBeGreaterThan(0);

      const first = await applyMigrations(database().target, MIGRATIONS_DIR);
      expect(first).toEqual({ applied: local, alreadyApplied: 0, warnings: [] });

      const second = await applyMigrations(database().target, MIGRATIONS_DIR);
      expect(second).toEqual({ applied: [], alreadyApplied: local.length, warnings: [] });
    });

    it("creates the tables and enums the Prisma schema maps to, and records each migration once", async () => {
      const session = await openSqlSession(database().target);
      try {
        const tables = await session.rows<{ table_name: string }>(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
        );
        expect(tables.map((row) => row.table_name)).toEqual(expect.arrayContaining(["_prisma_migrations", "app_user", "organisation"]));

        const labels = await session.rows<{ typname: string; enumlabel: string }>(
          `SELECT t.typname::text AS typname, e.enumlabel::text AS enumlabel
             FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`,
        );
        for (const [name, expected] of Object.entries(EXPECTED_ENUMS)) {
          expect(labels.filter((row) => row.typname === name).map((row) => row.enumlabel)).toEqual(expected);
        }

        const records = await session.rows<{ migration_name: string; finished: boolean; steps: number }>(
          `SELECT migration_name, finished_at IS NOT NULL AS finished, applied_steps_count AS steps FROM "_prisma_migrations"`,
        );
        expect(records).toEqual(readMigrations(MIGRATIONS_DIR).map((m) => ({ migration_name: m.name, finished: true, steps: 1 })));
      } finally {
        await session.close();
      }
    });
  });
}
