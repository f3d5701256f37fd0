// A context launch on both databases: a good token opens the access episode, a session and the LAUNCH audit event
// in one go; the same token again is refused as replayed and audited; user mapping and provisioning; a refusal for
// every reason the database or the gateway decides, each audited.
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "../../prisma/demo-users";
import { seedDemoData } from "../../prisma/seed-demo-data";
import type { LaunchHost } from "../../lib/domain/launch/launch-token";
import { consentToViewClaim } from "../../lib/domain/access/access-reasons";
import { findAccessEpisode } from "../../lib/server/access/find-access-episode";
import { actorFromUser } from "../../lib/server/auth/actor";
import { actorForSession } from "../../lib/server/auth/session";
import { launchFromHost, type LaunchOptions } from "../../lib/server/launch/launch";
import { recordAccessDecision } from "../../lib/server/access/record-access-decision";
import { searchAuditEvents } from "../../lib/server/governance/search-audit-events";
import { BACKENDS, backendTitle } from "../db/databases";
import { setUpAppDatabase } from "../support/app-database";

const AUDIENCE = "http://viewer.test/launch";
const ARKWRIGHT = "9681174003"; // synthetic demo patient
const MARGERISON = "9663944528";
const PRIYA_SDS = "900000000001"; // ae.doctor's synthetic SDS user id (prisma/demo-users.ts)

let key: CryptoKey;
let host: LaunchHost;

async function token(claims: Record<string, unknown> = {}, jti: string = crypto.randomUUID()): Promise<string> {
  return new SignJWT({
    name: "Dr Priya Raman",
    role: "AE_DOCTOR",
    ods: "R9A",
    nhs_number: ARKWRIGHT,
    reason: "Booked in at this emergency department",
    ...claims,
  })
    .setProtectedHeader({ alg: "ES256", kid: "k1" })
    .setIssuer(host.issuer)
    .setSubject(typeof claims.sub === "string" ? claims.sub : PRIYA_SDS)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("60s")
    .setJti(jti)
    .sign(key);
}

function options(extra: LaunchOptions = {}, hostOverride: Partial<LaunchHost> = {}): LaunchOptions {
  const h = { ...host, ...hostOverride };
  return {
    patientKnown: async () => true,
    ...extra,
    verifier: { hosts: [h], keySetFor: () => createLocalJWKSet(h.jwks as { keys: JWK[] }), audience: AUDIENCE },
  };
}

beforeAll(async () => {
  const pair = await generateKeyPair("ES256");
  key = pair.privateKey;
  host = {
    issuer: "https://ed-board.int.test",
    name: "Integration ED board",
    jwks: { keys: [{ ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "ES256" }] },
    allowedRoles: ["AE_DOCTOR", "PARAMEDIC"],
    allowedOrganisations: ["R9A", "R9Y"],
    provisionUsers: false,
    rbacRoles: {},
  };
});

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`launch from a host system on ${backendTitle(backend)}`, () => {
    const app = setUpAppDatabase(backend);
    beforeAll(async () => {
      await seedDemoData(app().prisma, DEMO_USERS);
    });

    const eventsOf = (action: "LAUNCH" | "LAUNCH_REFUSED") =>
      app().prisma.auditEvent.findMany({ where: { action }, orderBy: { seq: "asc" } });

    it("opens the access episode, a session and the LAUNCH audit event together [HZ-EVID:launch-opens-episode-audited]", async () => {
      const { prisma } = app();
      const priya = await prisma.user.findUniqueOrThrow({ where: { username: "ae.doctor" }, include: { organisation: true } });
      const earlier = await prisma.userSession.create({ data: { userId: priya.id } });

      const result = await launchFromHost(await token(), options({ previousSessionId: earlier.id }));
      if (!result.ok) throw new Error(`launch refused: ${result.why}`);
      expect(result).toMatchObject({ userId: priya.id, nhsNumber: ARKWRIGHT, hostName: "Integration ED board" });

      const episode = await prisma.accessEpisode.findUniqueOrThrow({ where: { id: result.accessEpisodeId } });
      expect(episode).toMatchObject({
        userId: priya.id,
        patientNhsNumber: ARKWRIGHT,
        decision: "LEGITIMATE_RELATIONSHIP",
        assertedBy: "Integration ED board",
        relationship: "Booked in at this emergency department",
      });
      // The record is open for this user and patient, carried to the gateway as consent given.
      const actor = actorFromUser(priya)!;
      const open = await findAccessEpisode(actor, ARKWRIGHT);
      expect(open?.id).toBe(episode.id);
      expect(consentToViewClaim(open!.decision)).toBe("given");

      // A server-side session like sign-in's: the cookie's claims resolve to the user; the browser's earlier one ended.
      expect(await actorForSession({ userId: priya.id, sessionId: result.sessionId, signedInAt: Date.now() })).toMatchObject({
        username: "ae.doctor",
      });
      expect(await prisma.userSession.findUniqueOrThrow({ where: { id: earlier.id } })).toMatchObject({ endReason: "replaced-by-launch" });

      const [event] = (await eventsOf("LAUNCH")).slice(-1);
      expect(event).toMatchObject({
        outcome: "SUCCESS",
        userId: priya.id,
        username: "ae.doctor",
        role: "AE_DOCTOR",
        organisationOds: "R9A",
        patientNhsNumber: ARKWRIGHT,
        accessEpisodeId: episode.id,
        detail: {
          reason: "legitimate relationship asserted by Integration ED board",
          host: "Integration ED board",
          relationship: "Booked in at this emergency department",
          previousSessionEnded: true,
        },
      });
    });

    it("refuses a replayed token and audits the refusal, opening nothing [HZ-EVID:launch-replay-refused-audited]", async () => {
      const { prisma } = app();
      const replayed = await token({ nhs_number: MARGERISON }, "int-replay-0001");
      expect(await launchFromHost(replayed, options())).toMatchObject({ ok: true });
      const episodes = await prisma.accessEpisode.count();
      const sessions = await prisma.userSession.count();

      expect(await launchFromHost(replayed, options())).toEqual({ ok: false, why: "replayed" });
      expect(await prisma.accessEpisode.count()).toBe(episodes);
      expect(await prisma.userSession.count()).toBe(sessions);
      const [refused] = (await eventsOf("LAUNCH_REFUSED")).slice(-1);
      expect(refused).toMatchObject({ outcome: "DENIED", userId: null, detail: { why: "replayed", host: "Integration ED board" } });
    });

    it("refuses and audits a forged token with no episode opened", async () => {
      const { prisma } = app();
      const other = await generateKeyPair("ES256");
      const forged = await new SignJWT({ name: "X", role: "AE_DOCTOR", ods: "R9A", nhs_number: ARKWRIGHT, reason: "r" })
        .setProtectedHeader({ alg: "ES256", kid: "k1" })
        .setIssuer(host.issuer)
        .setSubject(PRIYA_SDS)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime("60s")
        .setJti(crypto.randomUUID())
        .sign(other.privateKey);
      const episodes = await prisma.accessEpisode.count();
      expect(await launchFromHost(forged, options())).toEqual({ ok: false, why: "bad-signature" });
      expect(await prisma.accessEpisode.count()).toBe(episodes);
      const [refused] = (await eventsOf("LAUNCH_REFUSED")).slice(-1);
      // Nothing from an unverified token is believed: no patient, no user.
      expect(refused).toMatchObject({ patientNhsNumber: null, username: null, detail: { why: "bad-signature" } });
    });

    it("refuses an unknown patient and audits it with the patient", async () => {
      expect(await launchFromHost(await token(), options({ patientKnown: async () => false }))).toEqual({
        ok: false,
        why: "unknown-patient",
      });
      const [refused] = (await eventsOf("LAUNCH_REFUSED")).slice(-1);
      expect(refused).toMatchObject({ username: "ae.doctor", patientNhsNumber: ARKWRIGHT, detail: { why: "unknown-patient" } });
    });

    it("refuses a user with no account unless the host may provision, then provisions them", async () => {
      const { prisma } = app();
      const locum = { sub: "900000000091", name: "Dr Ola Adebayo" };
      expect(await launchFromHost(await token(locum), options())).toEqual({ ok: false, why: "unknown-user" });
      expect(await prisma.user.findUnique({ where: { sdsUserId: locum.sub } })).toBeNull();

      const result = await launchFromHost(await token(locum), options({}, { provisionUsers: true }));
      expect(result).toMatchObject({ ok: true });
      expect(await prisma.user.findUniqueOrThrow({ where: { sdsUserId: locum.sub }, include: { organisation: true } })).toMatchObject({
        displayName: "Dr Ola Adebayo",
        role: "AE_DOCTOR",
        organisation: { odsCode: "R9A" },
      });
      // An organisation the viewer does not have is not made up.
      const elsewhere = { sub: "900000000092", name: "Dr Elsewhere", role: "PARAMEDIC", ods: "R9Y" };
      expect(await launchFromHost(await token(elsewhere), options({}, { provisionUsers: true }))).toMatchObject({ ok: true });
      const unknownOrg = { sub: "900000000093", name: "Dr Nowhere", ods: "R0Z" };
      expect(await launchFromHost(await token(unknownOrg), options({}, { provisionUsers: true, allowedOrganisations: ["R0Z"] }))).toEqual({
        ok: false,
        why: "unknown-organisation",
      });
    });

    it("refuses when the account's role or organisation differs from what the host asserts", async () => {
      // ae.doctor's SDS id asserted as a paramedic of the ambulance service.
      expect(await launchFromHost(await token({ role: "PARAMEDIC", ods: "R9Y" }), options())).toEqual({ ok: false, why: "user-mismatch" });
      const [refused] = (await eventsOf("LAUNCH_REFUSED")).slice(-1);
      expect(refused).toMatchObject({ username: "ae.doctor", detail: { why: "user-mismatch", assertedRole: "PARAMEDIC" } });
    });

    it("lets the privacy officer tell launched access from searched access, with user names beside usernames", async () => {
      const { prisma } = app();
      const load = async (username: string) =>
        actorFromUser(await prisma.user.findUniqueOrThrow({ where: { username }, include: { organisation: true } }))!;
      const officer = await load("privacy.officer");
      // A searched access beside the launched ones: the OOH GP records consent on the form.
      await recordAccessDecision(await load("ooh.gp"), ARKWRIGHT, { decision: "CONSENT_GIVEN" }, { patientKnown: async () => true });

      const launched = await searchAuditEvents(officer, { via: "launch" });
      expect(launched.total).toBeGreaterThan(0);
      expect(new Set(launched.events.map((e) => e.action))).toEqual(new Set(["LAUNCH", "LAUNCH_REFUSED"]));
      expect(launched.events.every((e) => e.via === "launch")).toBe(true);
      const launch = launched.events.find((e) => e.action === "LAUNCH" && e.username === "ae.doctor");
      expect(launch).toMatchObject({
        userDisplayName: "Dr Priya Raman",
        detail: expect.stringContaining("legitimate relationship asserted by Integration ED board"),
      });

      const searched = await searchAuditEvents(officer, { via: "search" });
      expect(searched.events.map((e) => e.action)).toContain("CONSENT_GIVEN");
      expect(searched.events.some((e) => e.action === "LAUNCH" || e.action === "LAUNCH_REFUSED")).toBe(false);
      expect(searched.events.every((e) => e.via === "search")).toBe(true);
    });
  });
}
