import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress } from "./trusted-proxies";

describe("client address behind trusted proxies", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.5, ::1");

  it("ignores a spoofed X-Forwarded-For when the peer is not a trusted proxy", () => {
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", proxies)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", "1.2.3.4, 5.6.7.8", proxies)).toBe("203.0.113.7");
  });

  it("believes the entry a trusted proxy appended, and nothing the client wrote before it", () => {
    expect(resolveClientAddress("10.1.2.3", "203.0.113.9", proxies)).toBe("203.0.113.9");
    // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the real peer.
    expect(resolveClientAddress("10.1.2.3", "1.1.1.1, 203.0.113.9", proxies)).toBe("203.0.113.9");
    // Two trusted hops.
    expect(resolveClientAddress("::1", "1.1.1.1, 203.0.113.9, 192.168.1.5", proxies)).toBe("203.0.113.9");
  });

  it("stops at garbage in the chain and falls back to the last believable hop", () => {
    expect(resolveClientAddress("10.1.2.3", "not-an-ip", proxies)).toBe("10.1.2.3");
    expect(resolveClientAddress(undefined, "1.1.1.1", proxies)).toBe("unknown");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or range", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/not an IP/);
  });
});
