// Signed-out visitors to any page go to sign-in. This is a convenience, not the security boundary:
// every page and route handler checks the session and role itself.
import { withAuth } from "next-auth/middleware";

export default withAuth({
  pages: { signIn: "/sign-in" },
  callbacks: { authorized: ({ token }) => Boolean(token?.sub) },
});

export const config = {
  // Pages only: API routes answer 401 themselves rather than redirecting.
  matcher: ["/((?!api/|_next/|sign-in|favicon\\.ico|robots\\.txt|.*\\.(?:png|svg|ico|txt)$).*)"],
};
