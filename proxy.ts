// Runs before every page: signed-out visitors go to sign-in, and each response gets a Content-Security-Policy
// with a fresh nonce. This is a convenience, not the security boundary: every page and route handler checks
// the session and role itself.
import { withAuth } from "next-auth/middleware";
import { NextResponse } from "next/server";
import { contentSecurityPolicy } from "@/lib/domain/security/content-security-policy";

const PUBLIC_PAGES = ["/sign-in"];

export default withAuth(
  function addContentSecurityPolicy(request) {
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV !== "production" });
    // Next.js reads the nonce for its own scripts from the request's policy header.
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", policy);
    const response = NextResponse.next({ request: { headers } });
    response.headers.set("Content-Security-Policy", policy);
    return response;
  },
  {
    pages: { signIn: "/sign-in" },
    callbacks: {
      authorized: ({ req, token }) => PUBLIC_PAGES.includes(req.nextUrl.pathname) || Boolean(token?.sub),
    },
  },
);

export const config = {
  // Pages only: API routes answer 401 themselves rather than redirecting; static files need no policy.
  matcher: ["/((?!api/|_next/static|_next/image|favicon\\.ico|icon\\.svg|robots\\.txt).*)"],
};
