// GET/POST /api/auth/* — next-auth (sign-in, sign-out, session, CSRF token)
import NextAuth from "next-auth";
import { buildAuthOptions } from "@/lib/server/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so the environment is read at run time, not at build time.
function handler(request: Request, context: Context): Promise<Response> {
  return NextAuth(request as never, context as never, buildAuthOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
