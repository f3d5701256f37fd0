// A lean keep-alive HTTP client for load generation: node:http costs the generator far less CPU
// than fetch, which matters when generator and server share two cores.

import http from "node:http";

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers, agent }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on("error", reject);
    });
    req.on("error", reject);
    if (options.body) req.end(options.body);
    else req.end();
  });
}

export function closeClient(): void {
  agent.destroy();
}
