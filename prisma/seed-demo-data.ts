// Puts the demo organisations and users into their documented state; running it again changes nothing
// (upserts keyed on ODS code and username), except undoing lockouts and password changes made while demoing.
import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword, verifyPassword } from "../lib/server/auth/password";
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, usersToSeed, type DemoUser } from "./demo-users";

export type SeedReport = { readonly organisations: number; readonly users: number };

/** Rehash only when the stored hash no longer matches: a fresh salt on every run would rewrite every row. */
async function demoPasswordHashes(prisma: PrismaClient, users: readonly DemoUser[]): Promise<Map<string, string>> {
  const existing = await prisma.user.findMany({
    where: { username: { in: users.map((user) => user.username) } },
    select: { username: true, passwordHash: true },
  });
  const stored = new Map(existing.map((user) => [user.username, user.passwordHash]));
  const entries = await Promise.all(
    users.map(async ({ username }): Promise<[string, string]> => {
      const hash = stored.get(username);
      const keep = hash !== undefined && (await verifyPassword(DEMO_PASSWORD, hash));
      return [username, keep ? hash : await hashPassword(DEMO_PASSWORD)];
    }),
  );
  return new Map(entries);
}

export async function seedDemoData(prisma: PrismaClient, users: readonly DemoUser[] = usersToSeed()): Promise<SeedReport> {
  const hashes = await demoPasswordHashes(prisma, users);
  await prisma.$transaction(async (tx) => {
    const organisationIds = new Map<string, string>();
    for (const { odsCode, name, kind } of DEMO_ORGANISATIONS) {
      const organisation = await tx.organisation.upsert({
        where: { odsCode },
        create: { odsCode, name, kind },
        update: { name, kind },
        select: { id: true },
      });
      organisationIds.set(odsCode, organisation.id);
    }
    for (const user of users) {
      const organisationId = organisationIds.get(user.organisationOdsCode);
      const passwordHash = hashes.get(user.username);
      if (organisationId === undefined) throw new Error(`${user.username}: unknown organisation ${user.organisationOdsCode}`);
      if (passwordHash === undefined) throw new Error(`${user.username}: no password hash`);
      const profile = {
        displayName: user.displayName,
        role: user.role,
        professionalCode: user.professionalCode,
        sdsUserId: user.sdsUserId ?? null,
        organisationId,
        passwordHash,
        active: true,
        failedSignInCount: 0,
        lockedUntil: null,
      };
      await tx.user.upsert({ where: { username: user.username }, create: { username: user.username, ...profile }, update: profile });
    }
  });
  return { organisations: DEMO_ORGANISATIONS.length, users: users.length };
}
