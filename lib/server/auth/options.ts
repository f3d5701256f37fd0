import "server-only";
// next-auth configuration: credentials sign-in, JWT sessions with an idle timeout and an absolute limit,
// and an optional OIDC provider (e.g. NHS CIS2) when its settings are present.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { oidcConfigured, serverEnv } from "@/lib/server/config/env";
import { getPrisma } from "@/lib/server/db";
import { isRole } from "@/lib/domain/roles";
import { auditActor, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { logger } from "@/lib/server/log/logger";
import { clientAddress } from "./client-address";
import { signInWithPassword } from "./sign-in";
import { endSession, openSession } from "./user-sessions";

export function buildAuthOptions(): NextAuthOptions {
  const env = serverEnv();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Username and password",
      credentials: { username: { label: "Username", type: "text" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const attempt = await signInWithPassword(credentials, clientAddress(request?.headers));
        if (attempt.ok) return attempt.user;
        // next-auth passes the message on as ?error=…, which the sign-in page turns into plain words. Only our
        // own codes ever get here: signInWithPassword turns every other failure into SignInUnavailable.
        throw new Error(attempt.error);
      },
    }),
  ];

  if (oidcConfigured(env)) {
    providers.push({
      id: "oidc",
      name: "NHS identity (OIDC)",
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid profile email" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; name?: string; email?: string }) {
        return { id: profile.sub, name: profile.name ?? profile.sub, email: profile.email ?? null };
      },
    });
  }

  return {
    providers,
    secret: env.NEXTAUTH_SECRET,
    // Secure, __Secure-prefixed cookies whenever the public URL is https (HSTS is sent on every response).
    useSecureCookies: env.NEXTAUTH_URL.startsWith("https:"),
    pages: { signIn: "/sign-in", error: "/sign-in" },
    session: { strategy: "jwt", maxAge: env.SESSION_IDLE_MINUTES * 60 },
    jwt: { maxAge: env.SESSION_IDLE_MINUTES * 60 },
    events: {
      async signOut({ token }) {
        // The session ends on the server first: a copy of the cookie is refused from the next request on.
        if (typeof token?.sid === "string")
          await endSession(token.sid, "signed-out").catch(() => logger.error("sign-out could not end the session"));
        const user = token?.sub ? await getPrisma().user.findUnique({ where: { id: token.sub }, include: { organisation: true } }) : null;
        if (!user || !isRole(user.role)) return;
        // Best effort: signing out must always succeed, even when the audit trail cannot be written.
        await recordAuditEvent({
          ...auditActor({ userId: user.id, username: user.username, role: user.role, organisation: user.organisation }),
          action: "SIGN_OUT",
          outcome: "SUCCESS",
        }).catch(() => undefined);
      },
    },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        // An identity from the OIDC provider is only let in when it matches an active local user,
        // who carries the role and organisation.
        const prisma = getPrisma();
        const local = user.email ? await prisma.user.findUnique({ where: { username: user.email.toLowerCase() } }) : null;
        if (!local?.active) return false;
        user.id = local.id;
        (user as { sessionId?: string }).sessionId = await openSession(local.id);
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sid = (user as { sessionId?: string }).sessionId;
          token.signedInAt = Date.now();
        }
        return token;
      },
      async session({ session, token }) {
        session.userId = token.sub ?? "";
        session.sessionId = typeof token.sid === "string" ? token.sid : "";
        session.signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
        return session;
      },
    },
  };
}
