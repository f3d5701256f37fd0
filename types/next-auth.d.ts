import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    userId: string;
    /** The user_session row this cookie belongs to (lib/server/auth/user-sessions.ts). */
    sessionId: string;
    signedInAt: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
    signedInAt?: number;
  }
}
