import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("client address as the app sees it", () => {
  it("believes only the app server's header carrying this process's token", () => {
    expect(clientAddress({ "x-viewer-client-address": "tok 203.0.113.7" }, "tok")).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-viewer-client-address": "tok 203.0.113.7" }), "tok")).toBe("203.0.113.7");
  });

  it("ignores X-Forwarded-For, X-Real-IP and a forged header", () => {
    expect(clientAddress({ "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" }, "tok")).toBe("unknown");
    expect(clientAddress({ "x-viewer-client-address": "guess 198.51.100.1" }, "tok")).toBe("unknown");
    expect(clientAddress({ "x-viewer-client-address": "tok 198.51.100.1" }, undefined)).toBe("unknown");
  });
});
