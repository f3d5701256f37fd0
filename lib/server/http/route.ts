import "server-only";
// Every API route handler is wrapped here: session, permission and same-origin checks happen before the
// handler runs, and every failure leaves as one of our error codes (never a stack trace or a raw message).
import { can, type Permission } from "@/lib/domain/access/policy";
import { getActor, getActorForPatient, type Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { serverEnv } from "@/lib/server/config/env";
import { AppError, errorResponse, expectedFailure } from "@/lib/server/errors";
import { MAX_BODY_BYTES } from "@/lib/server/http/request-limits";
import { logger } from "@/lib/server/log/logger";
import { timed, withRequestTiming } from "./request-timing";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (input: { actor: Actor; request: Request; params: P }) => Promise<Response>;

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function originOf(value: string | null): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null; // a malformed Referer is no evidence of where the request came from
  }
}

/** CSRF defence: a state-changing request must come from our own pages (Origin, or failing that Referer). */
export function isSameOrigin(request: Request, appUrl: string): boolean {
  const expected = new URL(appUrl).origin;
  const requestOrigin = originOf(request.url);
  const origin = request.headers.get("origin") ?? originOf(request.headers.get("referer"));
  return origin !== null && (origin === expected || origin === requestOrigin);
}

/**
 * The request's JSON body, read to at most MAX_BODY_BYTES (PAYLOAD_TOO_LARGE beyond it, whatever the declared
 * length says). Null when the body is missing or not JSON: the use-case's schema then says what is wrong.
 */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isFinite(declared) || declared > limit) throw new AppError("PAYLOAD_TOO_LARGE");
  if (!request.body) return null;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw new AppError("PAYLOAD_TOO_LARGE");
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    return null; // the client went away mid-body
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return null;
  }
}

type RouteOptions<P> = {
  permission: Permission;
  /** A record route about one patient: the session check also reads the access episode for them (getActorForPatient). */
  patient?: (params: P) => string;
};

export function route<P = Record<string, never>>(options: RouteOptions<P>, handler: Handler<P>) {
  return (request: Request, context: RouteContext<P>): Promise<Response> =>
    withRequestTiming(options.permission, () => handle(request, context));

  async function handle(request: Request, context: RouteContext<P>): Promise<Response> {
    try {
      if (STATE_CHANGING.has(request.method) && !isSameOrigin(request, serverEnv().NEXTAUTH_URL)) {
        return errorResponse("FORBIDDEN", "Request refused: it did not come from this service's pages.");
      }
      const params = await timed("params", () => context.params);
      const patient = options.patient?.(params);
      const actor = await timed("session", () => (patient === undefined ? getActor() : getActorForPatient(patient)));
      if (!actor) return errorResponse("UNAUTHENTICATED");
      if (!can(actor.role, options.permission)) {
        await recordAuditEvent({
          ...auditActor(actor),
          action: "ACCESS_DENIED",
          outcome: "DENIED",
          detail: { route: new URL(request.url).pathname.replace(/\d{10}/g, "{nhsNumber}"), permission: options.permission },
        });
        return errorResponse("FORBIDDEN");
      }
      return await handler({ actor, request, params });
    } catch (error) {
      const failure = expectedFailure(error);
      if (failure) return errorResponse(failure.code, failure.detail, failure.fields);
      logger.error({ err: error instanceof Error ? error.constructor.name : "unknown" }, "unhandled route error");
      return errorResponse("INTERNAL");
    }
  }
}
