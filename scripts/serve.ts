// The production app server: Next.js behind a thin Node HTTP layer that establishes the facts a client cannot
// forge before the app sees the request. Started by `npm start` (scripts/start.ts); PORT, TRUSTED_PROXIES.
//  - The client's address is the TCP peer, unless the peer is in TRUSTED_PROXIES, in which case the address the
//    proxies recorded in X-Forwarded-For (lib/server/http/trusted-proxies.ts). It reaches the app in a header
//    carrying a per-process token, so a client cannot supply it; X-Forwarded-* and X-Real-IP from an untrusted
//    peer are dropped.
//  - A path with malformed percent-encoding or a NUL byte is answered 400, a body larger than MAX_BODY_BYTES
//    413 and a body without a declared length (chunked) 411, here, for every page and route.
import { randomBytes } from "node:crypto";
import http from "node:http";
import path from "node:path";
import next from "next";
import { CLIENT_ADDRESS_HEADER, isWellFormedPath, MAX_BODY_BYTES } from "../lib/server/http/request-limits";
import { parseTrustedProxies, resolveClientAddress } from "../lib/server/http/trusted-proxies";

// As the `next` command line does for every command: server code (instrumentation.ts among it) asks for it.
process.env.NEXT_RUNTIME = "nodejs";

const root = path.resolve(__dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
// Read by lib/server/auth/client-address.ts in this same process; never leaves it.
const token = randomBytes(24).toString("base64url");
process.env.VIEWER_CLIENT_ADDRESS_TOKEN = token;

const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

function refuse(response: http.ServerResponse, status: number, title: string): void {
  response.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", Connection: "close" });
  response.end(JSON.stringify({ error: { code: "INVALID_INPUT", title, action: "Check the address or what you sent, and try again." } }));
}

async function main(): Promise<void> {
  const app = next({ dev: false, dir: root, port, hostname: "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((request, response) => {
    const peer = request.socket.remoteAddress;
    const forwarded = request.headers["x-forwarded-for"];
    const address = resolveClientAddress(peer, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, trusted);
    if (!peer || !trusted.check(peer)) for (const name of FORWARDING_HEADERS) delete request.headers[name];
    request.headers[CLIENT_ADDRESS_HEADER] = `${token} ${address}`;

    if (!isWellFormedPath(request.url ?? "/")) return refuse(response, 400, "That address is not valid");
    const declared = Number(request.headers["content-length"] ?? 0);
    if (!Number.isFinite(declared) || declared > MAX_BODY_BYTES)
      return refuse(response, 413, `Requests are limited to ${MAX_BODY_BYTES / 1024} KB`);
    // A body must declare its length, so the limit holds before a byte is read (browsers always declare it):
    // a chunked body is refused rather than read here, which would take it from Next.js.
    if (request.headers["transfer-encoding"]) return refuse(response, 411, "Send the request with a Content-Length");
    handle(request, response).catch(() => {
      if (!response.headersSent) refuse(response, 400, "The request could not be handled");
      else response.destroy();
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  server.listen(port, hostname, () =>
    console.log(`[serve] app listening on http://localhost:${port}${trusted.configured ? " (trusted proxies configured)" : ""}`),
  );

  // At shutdown: a last signed checkpoint of the audit chain (registered by the app, see checkpoint-schedule.ts).
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const flush = (globalThis as { __auditCheckpointFlush?: () => Promise<void> }).__auditCheckpointFlush;
    if (flush) await Promise.race([flush(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 1_000).unref();
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((error: unknown) => {
  console.error("[serve] could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
