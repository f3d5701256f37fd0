import "server-only";
// Every API route handler is wrapped here: session, permission and same-origin checks happen before the
// handler runs, and every failure leaves as one of our error codes (never a stack trace or a raw message).
import { can, type Permission } from "@/lib/domain/access/policy";
import { getActor, type Actor } from "@/lib/server/auth/session";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { serverEnv } from "@/lib/server/config/env";
import { errorResponse, expectedFailure } from "@/lib/server/errors";
import { logger } from "@/lib/server/log/logger";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (input: { actor: Actor; request: Request; params: P }) => Promise<Response>;

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** CSRF defence: a state-changing request must come from our own pages (Origin, or failing that Referer). */
export function isSameOrigin(request: Request, appUrl: string): boolean {
  const expected = new URL(appUrl).origin;
  const requestOrigin = new URL(request.url).origin;
  const origin = request.headers.get("origin") ?? (request.headers.get("referer") ? new URL(request.headers.get("referer")!).origin : null);
  return origin !== null && (origin === expected || origin === requestOrigin);
}

export function route<P = Record<string, never>>(options: { permission: Permission }, handler: Handler<P>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      if (STATE_CHANGING.has(request.method) && !isSameOrigin(request, serverEnv().NEXTAUTH_URL)) {
        return errorResponse("FORBIDDEN", "Request refused: it did not come from this service's pages.");
      }
      const actor = await getActor();
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
      return await handler({ actor, request, params: await context.params });
    } catch (error) {
      const failure = expectedFailure(error);
      if (failure) return errorResponse(failure.code, failure.detail, failure.fields);
      logger.error({ err: error instanceof Error ? error.constructor.name : "unknown" }, "unhandled route error");
      return errorResponse("INTERNAL");
    }
  };
}
