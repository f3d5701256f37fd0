import { describe, expect, it } from "vitest";
import { DEV_SECRET, loadConfig } from "./config";

describe("configuration", () => {
  it("uses documented defaults", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 4010,
      seed: "gateway-record-viewer",
      referenceDate: "2026-11-01",
      jwtSecret: DEV_SECRET,
      audience: "mock-mig",
      admin: false,
    });
  });

  it("refuses a production start without MIG_JWT_SECRET", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/MIG_JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: "production", MIG_JWT_SECRET: "a-real-secret-of-some-length" }).jwtSecret).toBe(
      "a-real-secret-of-some-length",
    );
    expect(loadConfig({ NODE_ENV: "production", MIG_ALLOW_DEV_SECRET: "1" }).jwtSecret).toBe(DEV_SECRET);
  });

  it("enables admin only with MIG_ADMIN=1", () => {
    expect(loadConfig({ MIG_ADMIN: "true" }).admin).toBe(false);
    expect(loadConfig({ MIG_ADMIN: "1" }).admin).toBe(true);
  });
});
