// Keyed signatures for the audit trail, under AUDIT_SIGNING_KEY: a key the database never holds, so whoever can
// write the audit table (even its owner) cannot forge an event's MAC or a checkpoint. No "server-only": the
// verify CLI uses it.
import { createHmac, timingSafeEqual } from "node:crypto";

export type SigningKey = Buffer;

/** The key from the environment, or null when none is configured. Refuses a key too short to be a secret. */
export function auditSigningKey(env: Readonly<Record<string, string | undefined>> = process.env): SigningKey | null {
  const value = env.AUDIT_SIGNING_KEY?.trim();
  if (!value) return null;
  if (value.length < 32) throw new Error("AUDIT_SIGNING_KEY must be at least 32 characters");
  return Buffer.from(value, "utf8");
}

function mac(key: SigningKey, purpose: string, payload: string): string {
  return createHmac("sha256", key).update(`${purpose}\n${payload}`).digest("hex");
}

export function macMatches(expected: string, actual: string | null | undefined): boolean {
  if (typeof actual !== "string" || actual.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(actual));
}

/** An event's MAC covers its hash, which covers its fields and the previous event's hash. */
export function eventMac(key: SigningKey, hash: string): string {
  return mac(key, "audit-event", hash);
}

export function checkpointMac(key: SigningKey, payload: string): string {
  return mac(key, "audit-checkpoint", payload);
}
