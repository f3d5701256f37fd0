// The audit hash chain: each event's hash covers its own fields and the previous event's hash, so changing,
// removing or reordering any stored event breaks every link after it. No server-only: the verify CLI uses it.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** The chain of a single instance, and of every event written before the trail had more than one chain. */
export const MAIN_CHAIN = "main";

export type ChainedFields = {
  id: string;
  occurredAt: Date;
  action: string;
  outcome: string;
  userId: string | null;
  username: string | null;
  role: string | null;
  organisationOds: string | null;
  patientNhsNumber: string | null;
  accessEpisodeId: string | null;
  detail: unknown;
  prevHash: string;
  /** The chain the event is on (absent: MAIN_CHAIN). Covered by the hash except on MAIN_CHAIN, whose events hash
   * exactly as they did before there were chains. */
  chain?: string;
};

/** JSON with object keys sorted at every level: PostgreSQL's jsonb does not keep key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export function eventHash(f: ChainedFields): string {
  // Only the chained fields, named one by one: a stored row carries more (seq, hash) that must not count.
  const payload = canonicalJson({
    id: f.id,
    occurredAt: f.occurredAt.toISOString(),
    action: f.action,
    outcome: f.outcome,
    userId: f.userId,
    username: f.username,
    role: f.role,
    organisationOds: f.organisationOds,
    patientNhsNumber: f.patientNhsNumber,
    accessEpisodeId: f.accessEpisodeId,
    detail: f.detail,
    prevHash: f.prevHash,
    ...(f.chain && f.chain !== MAIN_CHAIN ? { chain: f.chain } : {}),
  });
  return createHash("sha256").update(payload).digest("hex");
}

export type ChainBreak = { seq: string; id: string; problem: "prev-hash-mismatch" | "hash-mismatch" };

/** Walks events in sequence order and names the first broken link, or null when the chain holds. */
export function findFirstBreak(
  events: Iterable<ChainedFields & { seq: bigint | string; hash: string }>,
  startPrev = GENESIS_HASH,
): ChainBreak | null {
  let expectedPrev = startPrev;
  for (const event of events) {
    if (event.prevHash !== expectedPrev) return { seq: String(event.seq), id: event.id, problem: "prev-hash-mismatch" };
    if (eventHash(event) !== event.hash) return { seq: String(event.seq), id: event.id, problem: "hash-mismatch" };
    expectedPrev = event.hash;
  }
  return null;
}
