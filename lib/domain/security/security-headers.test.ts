import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, SECURITY_HEADERS } from "./content-security-policy";

const require = createRequire(import.meta.url);

describe("security headers", () => {
  it("next.config.js sends exactly the documented headers", () => {
    const config = require("../../../next.config.js") as { SECURITY_HEADERS: unknown; headers: () => Promise<{ headers: unknown }[]> };
    expect(config.SECURITY_HEADERS).toEqual(SECURITY_HEADERS);
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
