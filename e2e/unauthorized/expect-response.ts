// Shared checks for the unauthorized suite: our error body and its code, and who signs in for each role.
import { expect, type APIResponse } from "@playwright/test";
import type { AppErrorCode } from "../../lib/domain/errors";
import type { Role } from "../../lib/domain/roles";
import { DEMO_USERS } from "../../prisma/demo-users";
import type { Outcome } from "./route-table";

export function usernameFor(role: Role): string {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user has role ${role}`);
  return user.username;
}

async function errorCodeOf(response: APIResponse): Promise<unknown> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: unknown } } | null;
  return body?.error?.code;
}

/** A refusal: this status, our error body with this code, and never cached. */
export async function expectRefused(response: APIResponse, status: number, code: AppErrorCode, label: string): Promise<void> {
  expect(response.status(), `${label}: status`).toBe(status);
  expect(await errorCodeOf(response), `${label}: error code`).toBe(code);
  expect(response.headers()["cache-control"] ?? "", `${label}: Cache-Control`).toMatch(/\bno-store\b/);
}

/** The answer a request must give before any access episode exists for the matrix patient. */
export async function expectOutcome(response: APIResponse, outcome: Outcome, label: string): Promise<void> {
  switch (outcome.kind) {
    case "allowed":
      expect(response.status(), `${label}: status`).toBe(outcome.status);
      return;
    case "refused":
      return expectRefused(response, outcome.status, outcome.code, label);
    case "episode-gated":
      return expectRefused(response, 403, "NO_ACCESS_EPISODE", label);
    case "reaches-handler":
      expect([401, 403], `${label}: got past the session and permission checks`).not.toContain(response.status());
      return;
  }
}
