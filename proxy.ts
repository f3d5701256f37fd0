// Runs before every page: signed-out visitors go to sign-in, and every page response (the sign-in page
// included) gets a Content-Security-Policy with a fresh nonce. This is a convenience, not the security
// boundary: every page and route handler checks the session and role itself.
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/domain/security/content-security-policy";
import { RECORD_LANDING, RECORD_SECTION_HEADER } from "@/lib/domain/security/record-section-header";

const RECORD_PAGE = /^\/patients\/[^/]+\/([^/]+)$/;
const RECORD_HOME = /^\/patients\/[^/]+\/?$/;

// The About page holds no patient data and is linked from the sign-in page's header too. /launch is where a host
// system posts its signed launch token (it opens the session itself); /launch/refused says why a launch failed.
const PUBLIC_PAGES = ["/sign-in", "/about", "/launch", "/launch/refused"];

// Answers with a redirect to sign-in when there is no session token, and with nothing when there is one.
const requireSignIn = withAuth({
  pages: { signIn: "/sign-in" },
  callbacks: { authorized: ({ token }) => Boolean(token?.sub) },
});

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV !== "production" });

  if (!PUBLIC_PAGES.includes(request.nextUrl.pathname)) {
    const refusal = await requireSignIn(request as NextRequestWithAuth, event);
    if (refusal) {
      refusal.headers.set("Content-Security-Policy", policy);
      return refusal;
    }
  }

  // Next.js reads the nonce for its own scripts from the request's policy header.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // The record layout shows the care-wishes line only above a section page that will render: it learns the section
  // from here (a layout cannot see its child segment), never from the client.
  const section =
    RECORD_PAGE.exec(request.nextUrl.pathname)?.[1] ?? (RECORD_HOME.test(request.nextUrl.pathname) ? RECORD_LANDING : undefined);
  if (section) headers.set(RECORD_SECTION_HEADER, section);
  else headers.delete(RECORD_SECTION_HEADER);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: API routes answer 401 themselves rather than redirecting; static files need no policy.
  matcher: [
    "/((?!api/|_next/static|_next/image|favicon\\.ico|icon\\.svg|icon-\\d+\\.png|apple-touch-icon\\.png|manifest\\.webmanifest|robots\\.txt).*)",
  ],
};
