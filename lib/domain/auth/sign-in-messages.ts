// Plain-English messages for the sign-in page, keyed by what next-auth puts in ?error=.
import { DEFAULT_LOCKOUT_POLICY } from "./lockout";

export function signInErrorMessage(code: string | undefined): string | null {
  if (!code) return null;
  switch (code) {
    case "CredentialsSignin":
      return `The username or password is not right. Check them and try again. After ${DEFAULT_LOCKOUT_POLICY.maxFailures} failed attempts in a row your account is locked for ${DEFAULT_LOCKOUT_POLICY.lockMinutes} minutes.`;
    case "AccountLocked":
      return `Your account is locked after too many failed sign-in attempts. Try again in ${DEFAULT_LOCKOUT_POLICY.lockMinutes} minutes, or ask your administrator to unlock it.`;
    case "TooManyAttempts":
      return "Too many sign-in attempts from this device. Wait a minute, then try again.";
    case "AccessDenied":
      return "Your identity was confirmed but you do not have an account in this service. Ask your administrator for access.";
    default:
      return "Sign-in is not available at the moment. Try again in a few minutes; if it keeps failing, contact the service desk.";
  }
}

export function signInNotice(params: { reason?: string; signedOut?: string }): string | null {
  if (params.reason === "idle") return "You were signed out because you were inactive. Sign in again to continue.";
  if (params.signedOut) return "You have signed out.";
  return null;
}

/** Only same-site paths are followed after sign-in, so the page cannot be used to redirect elsewhere. */
export function safeCallbackPath(value: string | undefined, ownOrigin = "http://local.invalid"): string {
  if (!value) return "/";
  try {
    const url = new URL(value, ownOrigin);
    if (url.origin !== new URL(ownOrigin).origin) return "/";
    return url.pathname.startsWith("/sign-in") ? "/" : `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}
