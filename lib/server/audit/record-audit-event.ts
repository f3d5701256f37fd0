import "server-only";
// Writes audit events onto the end of the hash chain. Callers await it BEFORE any record data leaves the
// server: if this throws, the request fails closed with AUDIT_UNAVAILABLE.
import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/domain/roles";
import { getPrisma, type AuditAction, type AuditOutcome, type TransactionClient } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/log/logger";
import type { Prisma } from "@/generated/prisma/client";
import { eventHash, GENESIS_HASH } from "./chain";
import { noteCommittedHead } from "./checkpoint-schedule";
import { auditSigningKey, eventMac } from "./signing";

export type AuditActorFields = { userId: string | null; username: string | null; role: Role | null; organisationOds: string | null };

export type AuditEventInput = AuditActorFields & {
  action: AuditAction;
  outcome: AuditOutcome;
  patientNhsNumber?: string | null;
  accessEpisodeId?: string | null;
  detail?: Record<string, unknown>;
};

// One chain: appends are serialised by a transaction-scoped advisory lock, so two app instances on one
// PostgreSQL can never fork it by reading the same previous hash.
const CHAIN_LOCK_KEY = 7_311_001;

/** Appends inside the caller's transaction, so an audited change and its audit event commit together. */
export async function appendAuditEvent(tx: TransactionClient, input: AuditEventInput): Promise<{ id: string; seq: bigint; hash: string }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const fields = {
    id: randomUUID(),
    occurredAt: new Date(),
    action: input.action,
    outcome: input.outcome,
    userId: input.userId,
    username: input.username,
    role: input.role,
    organisationOds: input.organisationOds,
    patientNhsNumber: input.patientNhsNumber ?? null,
    accessEpisodeId: input.accessEpisodeId ?? null,
    detail: input.detail ?? {},
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = eventHash(fields);
  const key = auditSigningKey();
  const created = await tx.auditEvent.create({
    data: { ...fields, detail: fields.detail as Prisma.InputJsonObject, hash, mac: key ? eventMac(key, hash) : null },
    select: { seq: true },
  });
  return { id: fields.id, seq: created.seq, hash };
}

/** Any database failure while auditing becomes AUDIT_UNAVAILABLE: the caller then sends nothing. */
async function failingClosed<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppError) throw error;
    logger.error({ err: error instanceof Error ? error.name : "unknown" }, "audit write failed");
    throw new AppError("AUDIT_UNAVAILABLE");
  }
}

/**
 * Runs `work` and then appends the audit event describing its result, in one transaction: the change and its
 * audit event commit together or not at all. Any database failure is reported as AUDIT_UNAVAILABLE.
 */
export function auditedTransaction<T>(work: (tx: TransactionClient) => Promise<T>, describe: (result: T) => AuditEventInput): Promise<T> {
  return failingClosed(() =>
    getPrisma().$transaction(async (tx) => {
      const result = await work(tx);
      const appended = await appendAuditEvent(tx, describe(result));
      return { result, appended };
    }),
  ).then(({ result, appended }) => {
    noteCommittedHead({ seq: String(appended.seq), hash: appended.hash });
    return result;
  });
}

/** Appends one event on its own; resolves with its id once committed. */
export async function recordAuditEvent(input: AuditEventInput): Promise<{ id: string }> {
  const appended = await failingClosed(() => getPrisma().$transaction((tx) => appendAuditEvent(tx, input)));
  noteCommittedHead({ seq: String(appended.seq), hash: appended.hash });
  return { id: appended.id };
}

export function auditActor(actor: { userId: string; username: string; role: Role; organisation: { odsCode: string } }): AuditActorFields {
  return { userId: actor.userId, username: actor.username, role: actor.role, organisationOds: actor.organisation.odsCode };
}
