import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./content-security-policy";

const require = createRequire(import.meta.url);
type Header = { key: string; value: string };
const SECURITY_HEADERS = require("./security-headers.cjs") as Header[];
const config = require("../../../next.config.js") as { headers: () => Promise<{ source: string; headers: Header[] }[]> };

describe("security headers", () => {
  it("next.config.js sends the hardening headers on every path", async () => {
    const byName = Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value]));
    expect(byName).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "no-referrer",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    expect(byName["Strict-Transport-Security"]).toMatch(/max-age=\d{8,}/);
    expect(byName["Permissions-Policy"]).toContain("camera=()");
    expect(await config.headers()).toEqual([{ source: "/:path*", headers: SECURITY_HEADERS }]);
  });

  it("forbids framing, foreign scripts and eval in production", () => {
    const csp = contentSecurityPolicy("abc123");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy("n", { development: true })).toContain("'unsafe-eval'");
  });
});
