import "server-only";
// The session cookie for a launched user, made the way next-auth makes it at sign-in: a next-auth JWT (its own
// encode, the same secret, lifetime and cookie name and options) whose claims are the ones the jwt callback in
// options.ts writes (sub, sid naming the user_session row, signedInAt). From then on next-auth, proxy.ts and
// actorForSession() treat it exactly like a session from the sign-in form: the same idle and absolute limits,
// the same server-side revocation, the same sign-out.
import { encode, getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { serverEnv } from "@/lib/server/config/env";

export type SessionCookie = {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge: number };
};

function cookieSettings() {
  const env = serverEnv();
  const secure = env.NEXTAUTH_URL.startsWith("https:");
  // npm start always sets it; without it next-auth would derive a secret of its own that we could not share.
  if (!env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET must be set for a launch");
  return {
    secure,
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    secret: env.NEXTAUTH_SECRET,
    maxAge: env.SESSION_IDLE_MINUTES * 60,
  };
}

export async function launchedSessionCookie(session: {
  userId: string;
  sessionId: string;
  launchedFrom: string;
  now?: number;
}): Promise<SessionCookie> {
  const { secure, name, secret, maxAge } = cookieSettings();
  const value = await encode({
    token: { sub: session.userId, sid: session.sessionId, signedInAt: session.now ?? Date.now(), launchedFrom: session.launchedFrom },
    secret,
    maxAge,
  });
  return { name, value, options: { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge } };
}

/** The user_session id of the session cookie this request carries, if any (verified by next-auth). */
export async function sessionIdOfRequest(request: NextRequest): Promise<string | null> {
  try {
    const { secure, secret } = cookieSettings();
    const token = await getToken({ req: request, secret, secureCookie: secure });
    return typeof token?.sid === "string" ? token.sid : null;
  } catch {
    return null;
  }
}
