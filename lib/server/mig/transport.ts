import "server-only";
// The HTTP exchange with the MIG: node:http(s) on a keep-alive agent rather than global fetch. Measured side by side
// in one process against the mock MIG (a 105 kB Summary answer): about half the time per call, since fetch reads the
// body through web streams (BENCHMARKS.md, "Per-request breakdown after the s6 changes"). One timeout covers the whole
// exchange, body included. No redirects are followed: the gateway has no reason to send one.
import http from "node:http";
import https from "node:https";

export type GatewayExchange = { method: "GET" | "POST"; headers: Record<string, string>; body?: string; timeoutMs: number };
export type GatewayAnswer = { status: number; text: string };

/** Thrown when the exchange did not finish in time; any other failure is the error the socket gave. */
export class GatewayTimeout extends Error {
  constructor() {
    super("the gateway did not answer in time");
    this.name = "TimeoutError";
  }
}

// On globalThis: Next.js bundles each route handler with its own copy of this module; one pool of sockets per process.
type Agents = { http: http.Agent; https: https.Agent };
const shared = globalThis as typeof globalThis & { __migAgents?: Agents };
const agents: Agents = (shared.__migAgents ??= {
  http: new http.Agent({ keepAlive: true, maxSockets: 256 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 256 }),
});

export function exchange(url: string, request: GatewayExchange): Promise<GatewayAnswer> {
  const target = new URL(url);
  const secure = target.protocol === "https:";
  const send = secure ? https.request : http.request;
  const signal = AbortSignal.timeout(request.timeoutMs);
  const headers =
    request.body === undefined ? request.headers : { ...request.headers, "Content-Length": String(Buffer.byteLength(request.body)) };
  return new Promise<GatewayAnswer>((resolve, reject) => {
    const fail = (error: unknown) => reject(signal.aborted ? new GatewayTimeout() : error);
    const outgoing = send(target, { method: request.method, headers, agent: secure ? agents.https : agents.http, signal }, (response) => {
      response.setEncoding("utf8");
      let text = "";
      response.on("data", (chunk: string) => {
        text += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      response.on("error", fail);
      response.on("close", () => {
        if (!response.complete) fail(new Error("the gateway closed the connection mid-answer"));
      });
    });
    outgoing.on("error", fail);
    outgoing.end(request.body);
  });
}
