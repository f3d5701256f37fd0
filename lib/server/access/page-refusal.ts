import "server-only";
// A page that refuses is audited before the 403 page says "this attempt has been recorded". Nested layouts and the
// page render side by side and may each refuse the same request: the first refusal is written, once, and the
// rest wait for it, so one refused request is one audit event.
import { cache } from "react";
import type { Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";

const refusalOfRequest = cache((_actor: Actor): { written: Promise<unknown> | null } => ({ written: null }));

export async function auditPageRefusal(
  actor: Actor,
  detail: Record<string, unknown>,
  patientNhsNumber: string | null = null,
): Promise<void> {
  const slot = refusalOfRequest(actor);
  slot.written ??= recordAuditEvent({ ...auditActor(actor), action: "ACCESS_DENIED", outcome: "DENIED", patientNhsNumber, detail });
  await slot.written;
}
