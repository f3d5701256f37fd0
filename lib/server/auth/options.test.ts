// Secure cookies whenever the public URL is https: next-auth then sets Secure, __Secure- prefixed cookies.
import { afterEach, describe, expect, it, vi } from "vitest";

async function optionsFor(url: string) {
  vi.resetModules();
  vi.stubEnv("NEXTAUTH_URL", url);
  const { buildAuthOptions } = await import("./options");
  return buildAuthOptions();
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("session cookies", () => {
  it("are Secure when the public URL is https", async () => {
    expect((await optionsFor("https://viewer.example.nhs.uk")).useSecureCookies).toBe(true);
  });

  it("are not marked Secure on plain http (a browser would drop them)", async () => {
    expect((await optionsFor("http://localhost:3000")).useSecureCookies).toBe(false);
  });
});
