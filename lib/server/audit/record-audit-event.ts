import "server-only";
// Writes audit events onto the end of the hash chain. Callers await it BEFORE any record data leaves the
// server: if this throws, the request fails closed with AUDIT_UNAVAILABLE.
import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/domain/roles";
import { directSql, getPrisma, type AuditAction, type AuditOutcome, type TransactionClient } from "@/lib/server/db";
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

// One chain per app instance (AUDIT_CHAIN; "main" when there is one instance). No lock: the database refuses a second
// event following the same event on a chain (unique chain + prev_hash), so two writers that read the same head cannot
// fork the chain; the one refused re-reads the head and links again. Instances on different chains never meet.
const MAX_RELINKS = 8;

type Appended = { id: string; seq: bigint; hash: string };
type Row = ReturnType<typeof chainedRow>;

function chainOfThisInstance(): string {
  return serverEnv().AUDIT_CHAIN;
}

async function readHead(db: TransactionClient, chain: string): Promise<string> {
  const last = await db.auditEvent.findFirst({ where: { chain }, orderBy: { seq: "desc" }, select: { hash: true } });
  return last?.hash ?? GENESIS_HASH;
}

/** Another writer linked to the same head first (the unique chain + prev_hash index refused this insert). */
function lostTheRace(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; meta?: { target?: unknown } };
  if (e?.code === "P2002") return true;
  return typeof e?.message === "string" && /unique|duplicate key/i.test(e.message) && /prev_hash|prevHash|chain/.test(e.message);
}

function chainedRow(input: AuditEventInput & { id?: string; occurredAt?: Date }, chain: string, prevHash: string) {
  const fields = {
    id: input.id ?? randomUUID(),
    occurredAt: input.occurredAt ?? new Date(),
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

/** Links the rows one after another from `head` (same ids and times: only the links and hashes change). */
function link(rows: readonly (AuditEventInput & { id?: string; occurredAt?: Date })[], chain: string, head: string): Row[] {
  let prev = head;
  return rows.map((input) => {
    const row = chainedRow(input, chain, prev);
    prev = row.hash;
    return row;
  });
}

/**
 * Appends inside the caller's transaction, so an audited change and its audit event commit together. A lost race
 * for the head is retried inside a savepoint, so it never aborts the caller's transaction.
 */
export async function appendAuditEvent(tx: TransactionClient, input: AuditEventInput): Promise<Appended> {
  const chain = chainOfThisInstance();
  const fixed = { ...input, id: randomUUID(), occurredAt: new Date() };
  for (let attempt = 0; ; attempt++) {
    const [row] = link([fixed], chain, await readHead(tx, chain));
    await tx.$executeRawUnsafe("SAVEPOINT audit_append");
    try {
      const created = await tx.auditEvent.create({ data: row!, select: { seq: true } });
      await tx.$executeRawUnsafe("RELEASE SAVEPOINT audit_append");
      return { id: row!.id, seq: created.seq, hash: row!.hash };
    } catch (error) {
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT audit_append");
      if (!lostTheRace(error) || attempt >= MAX_RELINKS) throw error;
    }
  }
}

// Group commit: events recorded on their own (recordAuditEvent) while a write is in flight wait for it and then go
// to the database together, in one INSERT (one statement, so it commits whole or not at all). Each caller resolves
// only once its own event is committed, so nothing leaves the server before its audit event; under load one write
// carries many events. The chain's head is kept between writes, so a write is one round trip; when another writer
// moved the head, the insert is refused and the batch is linked again to the head it reads. On globalThis: Next.js
// bundles route handlers as separate modules.
const MAX_BATCH = 200;
type Pending = { input: AuditEventInput & { id: string; occurredAt: Date }; resolve: (a: Appended) => void; reject: (e: unknown) => void };
/** Heads are kept per database client: a process talks to one database, tests swap it. */
type Queue = { pending: Pending[]; flushing: boolean; heads: WeakMap<object, Map<string, string>> };
const queue: Queue = ((globalThis as typeof globalThis & { __auditAppendQueue?: Queue }).__auditAppendQueue ??= {
  pending: [],
  flushing: false,
  heads: new WeakMap(),
});

// The group-commit INSERT as one parameterised statement on the client's own connections (lib/server/db/direct-sql.ts):
// every audited request makes it, and Prisma's planning and mapping of a createManyAndReturn cost more than the insert.
const COLUMNS = [
  ["id", "uuid"],
  ["occurred_at", "timestamptz"],
  ["action", '"AuditAction"'],
  ["outcome", '"AuditOutcome"'],
  ["user_id", "uuid"],
  ["username", "text"],
  ["role", '"Role"'],
  ["organisation_ods", "text"],
  ["patient_nhs_number", "text"],
  ["access_episode_id", "uuid"],
  ["detail", "jsonb"],
  ["prev_hash", "text"],
  ["hash", "text"],
  ["mac", "text"],
  ["chain", "text"],
] as const;
const insertSqlCache = new Map<number, string>();

function insertSql(rows: number): string {
  let sql = insertSqlCache.get(rows);
  if (!sql) {
    const values = Array.from(
      { length: rows },
      (_, r) => `(${COLUMNS.map(([, type], c) => `$${r * COLUMNS.length + c + 1}::${type}`).join(", ")})`,
    );
    sql = `INSERT INTO "audit_event" (${COLUMNS.map(([name]) => `"${name}"`).join(", ")}) VALUES ${values.join(", ")} RETURNING "id"::text AS "id", "seq"::text AS "seq"`;
    if (rows <= 16) insertSqlCache.set(rows, sql);
  }
  return sql;
}

function insertParams(row: Row): unknown[] {
  return [
    row.id,
    row.occurredAt.toISOString(),
    row.action,
    row.outcome,
    row.userId,
    row.username,
    row.role,
    row.organisationOds,
    row.patientNhsNumber,
    row.accessEpisodeId,
    JSON.stringify(row.detail),
    row.prevHash,
    row.hash,
    row.mac,
    row.chain,
  ];
}

async function insertLinked(batch: readonly Pending[]): Promise<Appended[]> {
  const prisma = getPrisma();
  const chain = chainOfThisInstance();
  let heads = queue.heads.get(prisma);
  if (!heads) queue.heads.set(prisma, (heads = new Map()));
  for (let attempt = 0; ; attempt++) {
    const head = heads.get(chain) ?? (await readHead(prisma, chain));
    const rows = link(
      batch.map((p) => p.input),
      chain,
      head,
    );
    try {
      // Rows of one multi-row INSERT take their seq in the order given, so each follows its prevHash in seq order.
      const created = await directSql(prisma).query<{ id: string; seq: string }>(insertSql(rows.length), rows.flatMap(insertParams));
      heads.set(chain, rows.at(-1)!.hash);
      const seqOf = new Map(created.map((c) => [c.id, BigInt(c.seq)]));
      return rows.map((row) => ({ id: row.id, seq: seqOf.get(row.id)!, hash: row.hash }));
    } catch (error) {
      heads.delete(chain);
      if (!lostTheRace(error) || attempt >= MAX_RELINKS) throw error;
    }
  }
}

async function writeBatch(batch: Pending[]): Promise<void> {
  try {
    const appended = await insertLinked(batch);
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
    queue.pending.push({ input: { ...input, id: randomUUID(), occurredAt: new Date() }, resolve, reject });
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

/** Forgets the chain heads this process keeps, as a restart does (tests that rewrite the trail under a running app). */
export function forgetChainHeads(): void {
  queue.heads = new WeakMap();
}
