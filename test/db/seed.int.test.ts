// The demo seed on a freshly migrated database: everyone from prisma/demo-users.ts can be found with the
// documented password, and seeding again changes nothing.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/server/auth/password";
import { createPrismaClient } from "../../lib/server/db/client";
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from "../../prisma/demo-users";
import { seedDemoData } from "../../prisma/seed-demo-data";
import { BACKENDS, backendTitle, useDatabase } from "./databases";

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`demo seed on ${backendTitle(backend)}`, () => {
    const database = useDatabase(backend, { migrated: true });

    async function snapshot() {
      // A client per step: on PGlite only one instance may hold the folder, and $disconnect closes it.
      const prisma = createPrismaClient(database().target);
      try {
        const organisations = await prisma.organisation.findMany({ orderBy: { odsCode: "asc" } });
        const users = await prisma.user.findMany({ orderBy: { username: "asc" }, include: { organisation: true } });
        return { organisations, users };
      } finally {
        await prisma.$disconnect();
      }
    }

    async function seed() {
      const prisma = createPrismaClient(database().target);
      try {
        return await seedDemoData(prisma);
      } finally {
        await prisma.$disconnect();
      }
    }

    it("creates every demo organisation and user with the shared demo password", async () => {
      expect(await seed()).toEqual({ organisations: 7, users: 8 });
      const { organisations, users } = await snapshot();

      expect(organisations.map(({ odsCode, name, kind }) => ({ odsCode, name, kind }))).toEqual(
        [...DEMO_ORGANISATIONS].sort((a, b) => a.odsCode.localeCompare(b.odsCode)),
      );
      expect(
        users.map((user) => ({
          username: user.username,
          displayName: user.displayName,
          role: user.role,
          organisationOdsCode: user.organisation.odsCode,
          professionalCode: user.professionalCode,
          // Clinicians carry a synthetic SDS user id (a launching host names them by it); toEqual skips undefined.
          sdsUserId: user.sdsUserId ?? undefined,
        })),
      ).toEqual([...DEMO_USERS].sort((a, b) => a.username.localeCompare(b.username)));

      for (const user of users) {
        expect(user.active).toBe(true);
        expect(user.passwordHash).not.toContain(DEMO_PASSWORD);
        expect(await verifyPassword(DEMO_PASSWORD, user.passwordHash)).toBe(true);
      }
    });

    it("changes nothing when run again", async () => {
      const before = await snapshot();
      await seed();
      const after = await snapshot();
      expect(after).toEqual(before);
    });
  });
}
