// Signed-in API contexts for request-level tests: each demo user signs in once per worker through next-auth's
// credentials callback (the same two calls the sign-in form makes), and the resulting cookies are kept as
// Playwright storage state for every later request as that user.
import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD } from "../../prisma/demo-users";

type StorageState = Awaited<ReturnType<APIRequestContext["storageState"]>>;

const AUTH_DIR = path.join(__dirname, "..", "..", "test-results", ".auth");
const states = new Map<string, StorageState>();

/** Headers a state-changing request needs: the app refuses POSTs whose Origin is not its own. */
export function sameOriginHeaders(baseURL: string): Record<string, string> {
  return { origin: new URL(baseURL).origin };
}

async function signInOverApi(baseURL: string, username: string): Promise<StorageState> {
  const context = await playwrightRequest.newContext({ baseURL });
  try {
    const csrf = await context.get("/api/auth/csrf");
    expect(csrf.status(), "GET /api/auth/csrf").toBe(200);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const callback = await context.post("/api/auth/callback/credentials", {
      headers: sameOriginHeaders(baseURL),
      form: { username, password: DEMO_PASSWORD, csrfToken, json: "true" },
      maxRedirects: 0,
    });
    expect(callback.status(), `credentials callback for ${username}`).toBe(200);
    const session = await context.get("/api/auth/session");
    const body = (await session.json()) as { userId?: string };
    expect(body.userId, `${username} has a session after signing in`).toBeTruthy();
    mkdirSync(AUTH_DIR, { recursive: true });
    return await context.storageState({ path: path.join(AUTH_DIR, `${username}.json`) });
  } finally {
    await context.dispose();
  }
}

/** A request context signed in as `username` (signs in on first use in this worker, then reuses the state). */
export async function apiAs(baseURL: string, username: string): Promise<APIRequestContext> {
  let state = states.get(username);
  if (!state) {
    state = await signInOverApi(baseURL, username);
    states.set(username, state);
  }
  return playwrightRequest.newContext({ baseURL, storageState: state });
}

/** A request context with no session at all. */
export function apiSignedOut(baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL });
}
