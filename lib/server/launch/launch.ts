import "server-only";
// A context launch from a registered host system (issue 17): verify the token (verify-launch-token.ts), map the
// user to a viewer account by SDS user id (or provision one when the host is trusted to), check the gateway knows
// the patient, then in ONE transaction end the browser's previous session, open the access episode ("legitimate
// relationship asserted by <host>"), open the user_session the cookie will name (as sign-in does), and append the
// LAUNCH audit event. Every refusal is audited (LAUNCH_REFUSED, with the reason code) before the refusal page shows.
import { addHours } from "date-fns";
import type { LaunchRefusal } from "@/lib/domain/launch/launch-refusals";
import { launchAccessReason, LAUNCH_PATH } from "@/lib/domain/launch/launch-token";
import { replaceControlCharacters } from "@/lib/domain/text/control-characters";
import { actorFromUser } from "@/lib/server/auth/actor";
import { openSession } from "@/lib/server/auth/user-sessions";
import { auditedTransaction, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { serverEnv } from "@/lib/server/config/env";
import { getPrisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/log/logger";
import { patientKnownToGateway, type PatientKnown } from "@/lib/server/patients/patient-known";
import { launchKeySet, registeredLaunchHosts } from "./launch-hosts";
import { verifyLaunchToken, type LaunchVerifierDeps, type VerifiedLaunch } from "./verify-launch-token";

export type LaunchResult =
  | { ok: true; userId: string; sessionId: string; nhsNumber: string; accessEpisodeId: string; hostName: string }
  | { ok: false; why: LaunchRefusal };

export type LaunchOptions = {
  /** The session the browser already had (its cookie came with the launch): ended before the new one opens. */
  previousSessionId?: string | null;
  now?: Date;
  patientKnown?: PatientKnown;
  /** Tests replace the registered hosts and their keys. */
  verifier?: Partial<LaunchVerifierDeps>;
};

/** The audience every launch token must name: this viewer's launch URL. */
export function launchAudience(): string {
  return new URL(LAUNCH_PATH, serverEnv().NEXTAUTH_URL).toString();
}

/** Records the jti; false when this issuer's jti has been used before. On every instance: the database decides. */
async function useJti(issuer: string, jti: string, expiresAt: Date): Promise<boolean> {
  const { count } = await getPrisma().launchTokenUse.createMany({ data: [{ issuer, jti, expiresAt }], skipDuplicates: true });
  return count === 1;
}

const shown = (value: unknown, max = 120) => (typeof value === "string" ? replaceControlCharacters(value).slice(0, max) : null);

type Refusal = {
  why: LaunchRefusal;
  hostName: string | null;
  check?: string | undefined;
  who?: { sub?: string | undefined; role?: string | null | undefined; ods?: string | undefined };
  userId?: string | null;
  username?: string | null;
  nhsNumber?: string | null;
};

async function refuse(refusal: Refusal): Promise<LaunchResult> {
  try {
    await recordAuditEvent({
      userId: refusal.userId ?? null,
      username: refusal.username ?? (refusal.who?.sub ? `sds:${shown(refusal.who.sub, 40)}` : null),
      role: null,
      organisationOds: shown(refusal.who?.ods, 10),
      action: "LAUNCH_REFUSED",
      outcome: "DENIED",
      patientNhsNumber: refusal.nhsNumber ?? null,
      detail: {
        why: refusal.why,
        host: refusal.hostName,
        ...(refusal.check ? { check: refusal.check } : {}),
        ...(refusal.who?.role ? { assertedRole: refusal.who.role } : {}),
      },
    });
  } catch (error) {
    logger.error({ why: refusal.why, err: error instanceof AppError ? error.code : "unknown" }, "launch refusal could not be audited");
    return { ok: false, why: "unavailable" };
  }
  logger.warn({ why: refusal.why, host: refusal.hostName, check: refusal.check }, "launch refused");
  return { ok: false, why: refusal.why };
}

async function mapUser(launch: VerifiedLaunch) {
  const prisma = getPrisma();
  const { claims, host, role } = launch;
  const existing = await prisma.user.findUnique({ where: { sdsUserId: claims.sub }, include: { organisation: true } });
  if (existing) {
    if (!existing.active) return { refusal: "user-inactive" as const, user: existing };
    // The host asserts today's role and organisation; an account that says otherwise is not silently changed.
    if (existing.role !== role || existing.organisation.odsCode !== claims.ods)
      return { refusal: "user-mismatch" as const, user: existing };
    return { user: existing };
  }
  if (!host.provisionUsers) return { refusal: "unknown-user" as const, user: null };
  const organisation = await prisma.organisation.findUnique({ where: { odsCode: claims.ods } });
  if (!organisation) return { refusal: "unknown-organisation" as const, user: null };
  const created = await prisma.user.create({
    data: {
      username: `sds-${claims.sub.toLowerCase()}`,
      displayName: claims.name,
      role,
      organisationId: organisation.id,
      sdsUserId: claims.sub,
      // No password: a provisioned user comes in through their host system only (a malformed hash never matches).
      passwordHash: "launch-only",
    },
    include: { organisation: true },
  });
  logger.info({ host: host.name }, "launch provisioned a user");
  return { user: created };
}

export async function launchFromHost(token: unknown, options: LaunchOptions = {}): Promise<LaunchResult> {
  const now = options.now ?? new Date();
  let verification;
  try {
    const env = serverEnv();
    verification = await verifyLaunchToken(token, {
      hosts: registeredLaunchHosts(),
      keySetFor: launchKeySet,
      audience: launchAudience(),
      clockSkewSeconds: env.LAUNCH_CLOCK_SKEW_SECONDS,
      useJti,
      now,
      ...options.verifier,
    });
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.name : "unknown" }, "launch could not be checked");
    return refuse({ why: "unavailable", hostName: null, check: "verifier" });
  }
  if (!verification.ok) {
    const v = verification.verified;
    return refuse({
      why: verification.why,
      hostName: verification.host?.name ?? null,
      check: verification.detail,
      who: { sub: v.sub, role: v.role, ods: v.ods },
      nhsNumber: v.nhsNumber ?? null,
    });
  }
  const launch = verification.launch;
  const base = {
    hostName: launch.host.name,
    who: { sub: launch.claims.sub, role: launch.role, ods: launch.claims.ods },
    nhsNumber: launch.nhsNumber,
  };

  try {
    const mapped = await mapUser(launch);
    const ids = mapped.user ? { userId: mapped.user.id, username: mapped.user.username } : {};
    if (mapped.refusal) return refuse({ ...base, ...ids, why: mapped.refusal });
    const actor = actorFromUser(mapped.user);
    if (!actor) return refuse({ ...base, ...ids, why: "user-inactive" });

    let known: boolean;
    try {
      known = await (options.patientKnown ?? patientKnownToGateway)(actor, launch.nhsNumber);
    } catch (error) {
      return refuse({ ...base, ...ids, why: "unavailable", check: error instanceof AppError ? error.code : "gateway" });
    }
    if (!known) return refuse({ ...base, ...ids, why: "unknown-patient" });

    const reason = launchAccessReason(launch.host.name);
    const opened = await auditedTransaction(
      async (tx) => {
        if (options.previousSessionId)
          await tx.userSession.updateMany({
            where: { id: options.previousSessionId, endedAt: null },
            data: { endedAt: now, endReason: "replaced-by-launch" },
          });
        const episode = await tx.accessEpisode.create({
          data: {
            userId: actor.userId,
            patientNhsNumber: launch.nhsNumber,
            decision: "LEGITIMATE_RELATIONSHIP",
            assertedBy: launch.host.name,
            relationship: launch.claims.reason,
            createdAt: now,
            expiresAt: addHours(now, serverEnv().ACCESS_EPISODE_HOURS),
          },
        });
        await tx.user.update({ where: { id: actor.userId }, data: { lastSignInAt: now } });
        const sessionId = await openSession(actor.userId, tx);
        return { episodeId: episode.id, sessionId };
      },
      ({ episodeId }) => ({
        userId: actor.userId,
        username: actor.username,
        role: actor.role,
        organisationOds: actor.organisation.odsCode,
        action: "LAUNCH",
        outcome: "SUCCESS",
        patientNhsNumber: launch.nhsNumber,
        accessEpisodeId: episodeId,
        detail: {
          reason,
          host: launch.host.name,
          relationship: launch.claims.reason,
          ...(options.previousSessionId ? { previousSessionEnded: true } : {}),
        },
      }),
    );
    return {
      ok: true,
      userId: actor.userId,
      sessionId: opened.sessionId,
      nhsNumber: launch.nhsNumber,
      accessEpisodeId: opened.episodeId,
      hostName: launch.host.name,
    };
  } catch (error) {
    logger.error({ err: error instanceof AppError ? error.code : error instanceof Error ? error.name : "unknown" }, "launch failed");
    return refuse({ ...base, why: "unavailable" });
  }
}
