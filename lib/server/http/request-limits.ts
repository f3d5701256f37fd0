// Limits on what a request may carry, shared by the app server (scripts/serve.ts, before Next.js sees the
// request) and the route handlers (for bodies they read). No "server-only": the app server imports it.

/** The largest request body accepted anywhere: forms and JSON here are a few hundred bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The header through which scripts/serve.ts tells the app the client's address it worked out. */
export const CLIENT_ADDRESS_HEADER = "x-viewer-client-address";

/** A path Next.js and URL decoding can safely handle: well-formed percent-encoding and no NUL byte. */
export function isWellFormedPath(rawUrl: string): boolean {
  const path = rawUrl.split("?")[0] ?? "";
  try {
    const decoded = decodeURIComponent(path);
    return !decoded.includes("\u0000");
  } catch {
    return false;
  }
}
