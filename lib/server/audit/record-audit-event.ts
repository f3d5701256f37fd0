import "server-only";
// Writes audit events onto the end of the hash chain. Callers await it BEFORE any record data leaves the
// server: if this throws, the request fails closed with AUDIT_UNAVAILABLE.
import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/domain/roles";
import { getPrisma, type AuditAction, type AuditOutcome, type TransactionClient } from "@/lib/server/db";
import { serverEnv } from "@/lib/server/config/env";
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

// One chain per app instance (AUDIT_CHAIN; "main" when there is one instance): appends to a chain are serialised by
// a transaction-scoped advisory lock on that chain only, so two processes that were given the same chain name still
// cannot fork it by reading the same previous hash, and instances on different chains never wait for each other.
const CHAIN_LOCK_KEY = 7_311_001;

type Appended = { id: string; seq: bigint; hash: string };

function chainOfThisInstance(): string {
  return serverEnv().AUDIT_CHAIN;
}

/** Takes the chain's lock for the rest of the transaction and reads its newest hash (the link for the next event). */
async function lockChainHead(tx: TransactionClient, chain: string): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHAIN_LOCK_KEY}::int4, hashtext(${chain}::text))`;
  const last = await tx.auditEvent.findFirst({ where: { chain }, orderBy: { seq: "desc" }, select: { hash: true } });
  return last?.hash ?? GENESIS_HASH;
}

function chainedRow(input: AuditEventInput, chain: string, prevHash: string) {
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
    prevHash,
    chain,
  };
  const hash = eventHash(fields);
  const key = auditSigningKey();
  return { ...fields, detail: fields.detail as Prisma.InputJsonObject, hash, mac: key ? eventMac(key, hash) : null };
}

/** Appends inside the caller's transaction, so an audited change and its audit event commit together. */
export async function appendAuditEvent(tx: TransactionClient, input: AuditEventInput): Promise<Appended> {
  const chain = chainOfThisInstance();
  const row = chainedRow(input, chain, await lockChainHead(tx, chain));
  const created = await tx.auditEvent.create({ data: row, select: { seq: true } });
  return { id: row.id, seq: created.seq, hash: row.hash };
}

/** Appends several events in order, in one INSERT: one lock, one head read and one write for the whole batch. */
async function appendAuditEvents(tx: TransactionClient, inputs: readonly AuditEventInput[]): Promise<Appended[]> {
  const chain = chainOfThisInstance();
  let prev = await lockChainHead(tx, chain);
  const rows = inputs.map((input) => {
    const row = chainedRow(input, chain, prev);
    prev = row.hash;
    return row;
  });
  // Rows of one multi-row INSERT take their seq in the order given, so each follows its prevHash in seq order.
  const created = await tx.auditEvent.createManyAndReturn({ data: rows, select: { id: true, seq: true } });
  const seqOf = new Map(created.map((c) => [c.id, c.seq]));
  return rows.map((row) => ({ id: row.id, seq: seqOf.get(row.id)!, hash: row.hash }));
}

// Group commit: events recorded on their own (recordAuditEvent) while a write is in flight wait for it and then go
// to the database together, in one transaction. Each caller still resolves only once its own event is committed,
// so nothing leaves the server before its audit event; under load one commit carries many events instead of each
// request queueing for the chain's lock in turn. On globalThis: Next.js bundles route handlers as separate modules.
const MAX_BATCH = 200;
type Pending = { input: AuditEventInput; resolve: (a: Appended) => void; reject: (e: unknown) => void };
type Queue = { pending: Pending[]; flushing: boolean };
const queue = ((globalThis as typeof globalThis & { __auditAppendQueue?: Queue }).__auditAppendQueue ??= { pending: [], flushing: false });

async function writeBatch(batch: Pending[]): Promise<void> {
  try {
    const appended = await getPrisma().$transaction((tx) =>
      appendAuditEvents(
        tx,
        batch.map((p) => p.input),
      ),
    );
    batch.forEach((p, i) => p.resolve(appended[i]!));
  } catch (error) {
    if (batch.length === 1) return batch[0]!.reject(error);
    // One event the database refuses must not fail the others: write each on its own.
    for (const p of batch) await writeBatch([p]);
  }
}

async function flushQueue(): Promise<void> {
  queue.flushing = true;
  try {
    while (queue.pending.length > 0) await writeBatch(queue.pending.splice(0, MAX_BATCH));
  } finally {
    queue.flushing = false;
  }
}

function enqueue(input: AuditEventInput): Promise<Appended> {
  return new Promise((resolve, reject) => {
    queue.pending.push({ input, resolve, reject });
    if (!queue.flushing) void flushQueue();
  });
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
    noteCommittedHead({ chain: chainOfThisInstance(), seq: String(appended.seq), hash: appended.hash });
    return result;
  });
}

/** Appends one event on its own (with any others recorded at the same moment); resolves with its id once committed. */
export async function recordAuditEvent(input: AuditEventInput): Promise<{ id: string }> {
  const appended = await failingClosed(() => enqueue(input));
  noteCommittedHead({ chain: chainOfThisInstance(), seq: String(appended.seq), hash: appended.hash });
  return { id: appended.id };
}

export function auditActor(actor: { userId: string; username: string; role: Role; organisation: { odsCode: string } }): AuditActorFields {
  return { userId: actor.userId, username: actor.username, role: actor.role, organisationOds: actor.organisation.odsCode };
}
