// Fastify/pino logging that never records patient data: URLs without query strings (a trace carries
// names and dates of birth there), no bodies, no headers (the bearer token names the user).

import type { FastifyServerOptions } from "fastify";

interface LoggedRequest {
  method: string;
  url: string;
}

export function loggerOptions(level: string): FastifyServerOptions["logger"] {
  if (level === "silent") return false;
  return {
    level,
    serializers: {
      req: (req: LoggedRequest) => ({ method: req.method, url: req.url.split("?")[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
