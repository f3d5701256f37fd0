import "server-only";
// The client's address for rate limiting, as the app server (scripts/serve.ts) worked it out from the TCP peer
// and TRUSTED_PROXIES. Believed only with this process's token, so a client cannot supply it; without it (e.g.
// under `next dev`) every client shares the one "unknown" address. Only used as a counter key, never logged.
import { serverEnv } from "@/lib/server/config/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/http/request-limits";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function clientAddress(headers: HeaderBag, token = serverEnv().VIEWER_CLIENT_ADDRESS_TOKEN): string {
  const value = header(headers, CLIENT_ADDRESS_HEADER);
  if (!token || !value) return "unknown";
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== token) return "unknown";
  return value.slice(space + 1) || "unknown";
}
