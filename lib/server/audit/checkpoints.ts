// Signed checkpoints of the audit chain's head, appended to a file the app's database role cannot reach (one
// JSON line each, never rewritten; the file can be made append-only with `chattr +a`, or shipped elsewhere).
// Each line records the newest event's seq and hash, when, and the previous line's MAC, signed with
// AUDIT_SIGNING_KEY. The verifier compares the chain with them: a checkpointed event that is gone (tail
// truncation) or no longer has the recorded hash (re-chaining) is named. No "server-only": the CLI uses it.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { canonicalJson, GENESIS_HASH } from "./chain";
import { checkpointMac, macMatches, type SigningKey } from "./signing";
import type { DatabaseTarget } from "../db/target";

export type ChainHead = { seq: string; hash: string };
export type Checkpoint = ChainHead & { v: 1; at: string; prev: string; mac: string };
export type CheckpointProblem = { line: number; problem: "unreadable" | "bad-signature" | "out-of-order" };

function payload(c: Omit<Checkpoint, "mac">): string {
  return canonicalJson({ v: c.v, seq: c.seq, hash: c.hash, at: c.at, prev: c.prev });
}

/** Where checkpoints go by default: beside the embedded database's folder, or named after the PostgreSQL database. */
export function defaultCheckpointFile(target: DatabaseTarget, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.AUDIT_CHECKPOINT_FILE?.trim();
  if (configured) return path.resolve(configured);
  if (target.kind === "pglite") return `${target.dataDir.replace(/[\\/]+$/, "")}-audit-checkpoints.jsonl`;
  let name = "postgres";
  try {
    const url = new URL(target.url);
    name = `${url.hostname}-${url.port || "5432"}${url.pathname.replace(/\//g, "-")}`.replace(/[^A-Za-z0-9._-]/g, "_");
  } catch {
    // keep the generic name
  }
  return path.resolve(".data", `audit-checkpoints-${name}.jsonl`);
}

export function readCheckpoints(file: string, key: SigningKey | null): { checkpoints: Checkpoint[]; problems: CheckpointProblem[] } {
  if (!existsSync(file)) return { checkpoints: [], problems: [] };
  const checkpoints: Checkpoint[] = [];
  const problems: CheckpointProblem[] = [];
  let prev = GENESIS_HASH;
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((text, index) => {
      if (!text.trim()) return;
      const line = index + 1;
      let parsed: Checkpoint;
      try {
        parsed = JSON.parse(text) as Checkpoint;
        if (parsed.v !== 1 || !/^\d+$/.test(parsed.seq) || typeof parsed.hash !== "string" || typeof parsed.mac !== "string")
          throw new Error("shape");
      } catch {
        problems.push({ line, problem: "unreadable" });
        return;
      }
      if (key && (!macMatches(checkpointMac(key, payload(parsed)), parsed.mac) || parsed.prev !== prev)) {
        problems.push({ line, problem: "bad-signature" });
        return;
      }
      const last = checkpoints.at(-1);
      if (last && BigInt(parsed.seq) < BigInt(last.seq)) problems.push({ line, problem: "out-of-order" });
      prev = parsed.mac;
      checkpoints.push(parsed);
    });
  return { checkpoints, problems };
}

/** Appends checkpoints to one file; remembers the last one so each line chains to the one before. */
export class CheckpointWriter {
  private last: { seq: string; mac: string } | null | undefined;

  constructor(
    readonly file: string,
    private readonly key: SigningKey,
  ) {}

  private lastWritten(): { seq: string; mac: string } | null {
    if (this.last === undefined) {
      const { checkpoints } = readCheckpoints(this.file, this.key);
      const last = checkpoints.at(-1);
      this.last = last ? { seq: last.seq, mac: last.mac } : null;
    }
    return this.last;
  }

  /** Writes a checkpoint of `head` unless the last one already records it. Synchronous, so it can run at exit. */
  write(head: ChainHead, at = new Date()): boolean {
    const last = this.lastWritten();
    if (last && BigInt(head.seq) <= BigInt(last.seq)) return false;
    const unsigned = { v: 1 as const, seq: head.seq, hash: head.hash, at: at.toISOString(), prev: last?.mac ?? GENESIS_HASH };
    const line: Checkpoint = { ...unsigned, mac: checkpointMac(this.key, payload(unsigned)) };
    mkdirSync(path.dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
    this.last = { seq: line.seq, mac: line.mac };
    return true;
  }
}
