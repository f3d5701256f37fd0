// POST /launch — a registered host system opens the GP record for its signed-in user on a chosen patient
// (issue 17): the browser posts the host-signed launch token (form field `launch_token`). On success the viewer
// sets its session cookie (as sign-in does) and sends the browser to the patient's record: zero further actions.
// On any refusal, audited first, it sends the browser to /launch/refused, which says what failed in plain words.
// Cross-origin by design: the signed, single-use, two-minute token is the proof, so the same-origin check that
// guards the app's own forms does not apply here (README, "Opening from a host system").
import { NextResponse, type NextRequest } from "next/server";
import { LAUNCH_TOKEN_FIELD } from "@/lib/domain/launch/launch-token";
import { launchedSessionCookie, sessionIdOfRequest } from "@/lib/server/auth/launch-session";
import { serverEnv } from "@/lib/server/config/env";
import { launchFromHost } from "@/lib/server/launch/launch";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

function seeOther(path: string): NextResponse {
  return NextResponse.redirect(new URL(path, serverEnv().NEXTAUTH_URL), { status: 303, headers: NO_STORE });
}

async function launchToken(request: NextRequest): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) return undefined;
  try {
    return (await request.formData()).get(LAUNCH_TOKEN_FIELD) ?? undefined;
  } catch {
    return undefined;
  }
}

export async function POST(request: NextRequest) {
  const token = await launchToken(request);
  const result = await launchFromHost(token, { previousSessionId: await sessionIdOfRequest(request) });
  if (!result.ok) return seeOther(`/launch/refused?why=${encodeURIComponent(result.why)}`);
  let cookie;
  try {
    cookie = await launchedSessionCookie({ userId: result.userId, sessionId: result.sessionId, launchedFrom: result.hostName });
  } catch {
    // Only without NEXTAUTH_SECRET, which npm start always sets: no session can be made, so no record is opened.
    return seeOther("/launch/refused?why=unavailable");
  }
  // The Summary; roles that start on care wishes move on from there when the patient has some (the record layout's rule).
  // The record's own address: it shows the Summary, or care wishes for the roles that land there (decided on the server).
  const response = seeOther(`/patients/${result.nhsNumber}`);
  response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
}

/** A launch is a POST from the host; an address typed or bookmarked says so. */
export function GET() {
  return seeOther("/launch/refused?why=no-token");
}
