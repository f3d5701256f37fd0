// The gateway exchange on node:http: the whole answer (multi-byte text split across chunks included), the status as
// sent, one timeout over the whole exchange (a body that stalls after the headers too), and connection failures.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exchange, GatewayTimeout } from "./transport";

let server: http.Server;
let base = "";
const seen: { method?: string; body: string; headers: http.IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      seen.push({ method: request.method, body, headers: request.headers });
      if (request.url === "/ok") {
        // "é" split across two writes: the text must still come out whole.
        const bytes = Buffer.from(`{"resourceType":"Bundle","note":"café ${"x".repeat(70_000)}"}`, "utf8");
        const cut = bytes.indexOf(0xa9); // the second byte of "é"
        response.writeHead(200, { "content-type": "application/fhir+json" });
        response.write(bytes.subarray(0, cut));
        setTimeout(() => response.end(bytes.subarray(cut)), 5);
      } else if (request.url === "/refused") {
        response.writeHead(403, { "content-type": "application/fhir+json" });
        response.end('{"resourceType":"OperationOutcome"}');
      } else if (request.url === "/slow-headers") {
        setTimeout(() => response.end("{}"), 2_000);
      } else if (request.url === "/slow-body") {
        response.writeHead(200, { "content-type": "application/fhir+json" });
        response.write('{"resourceType":');
        setTimeout(() => response.end('"Bundle"}'), 2_000);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("gateway exchange (node:http, keep-alive)", () => {
  it("sends the method, headers and body, and returns the status and the whole text", async () => {
    const answer = await exchange(`${base}/ok`, {
      method: "POST",
      headers: { Accept: "application/fhir+json", "Content-Type": "application/fhir+json" },
      body: '{"resourceType":"Parameters"}',
      timeoutMs: 5_000,
    });
    expect(answer.status).toBe(200);
    expect(answer.text.startsWith('{"resourceType":"Bundle","note":"café ')).toBe(true);
    expect(JSON.parse(answer.text)).toMatchObject({ resourceType: "Bundle" });
    const request = seen.at(-1)!;
    expect(request).toMatchObject({ method: "POST", body: '{"resourceType":"Parameters"}' });
    expect(request.headers["content-length"]).toBe("29");
  });

  it("returns a refusal's status and body as they came", async () => {
    expect(await exchange(`${base}/refused`, { method: "GET", headers: {}, timeoutMs: 5_000 })).toEqual({
      status: 403,
      text: '{"resourceType":"OperationOutcome"}',
    });
  });

  it("times out waiting for the answer, and while the body is still arriving", async () => {
    await expect(exchange(`${base}/slow-headers`, { method: "GET", headers: {}, timeoutMs: 200 })).rejects.toBeInstanceOf(GatewayTimeout);
    await expect(exchange(`${base}/slow-body`, { method: "GET", headers: {}, timeoutMs: 200 })).rejects.toBeInstanceOf(GatewayTimeout);
  });

  it("fails (not as a timeout) when nothing listens", async () => {
    const refused = exchange("http://127.0.0.1:1/", { method: "GET", headers: {}, timeoutMs: 5_000 });
    await expect(refused).rejects.toThrow();
    await expect(refused).rejects.not.toBeInstanceOf(GatewayTimeout);
  });
});
