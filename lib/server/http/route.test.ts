import { describe, expect, it } from "vitest";
import { isSameOrigin, readJsonBody } from "./route";
import { AppError } from "@/lib/server/errors";

const APP = "http://localhost:3000";

describe("same-origin check", () => {
  it("accepts the app's own Origin or Referer and refuses others", () => {
    expect(isSameOrigin(new Request(`${APP}/api/x`, { method: "POST", headers: { origin: APP } }), APP)).toBe(true);
    expect(isSameOrigin(new Request(`${APP}/api/x`, { method: "POST", headers: { referer: `${APP}/patients` } }), APP)).toBe(true);
    expect(isSameOrigin(new Request(`${APP}/api/x`, { method: "POST", headers: { origin: "https://evil.example" } }), APP)).toBe(false);
    expect(isSameOrigin(new Request(`${APP}/api/x`, { method: "POST" }), APP)).toBe(false);
  });

  it("treats a malformed Referer as no evidence instead of failing", () => {
    expect(isSameOrigin(new Request(`${APP}/api/x`, { method: "POST", headers: { referer: "http://[::1" } }), APP)).toBe(false);
    expect(isSameOrigin(new Request(`${APP}/api/x`, { method: "POST", headers: { referer: "%%%" } }), APP)).toBe(false);
  });
});

describe("reading a JSON body", () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request(`${APP}/api/x`, { method: "POST", body, headers, duplex: "half" } as RequestInit);

  it("parses JSON and answers null for anything else", async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonBody(post("not json"))).toBeNull();
    expect(await readJsonBody(new Request(`${APP}/api/x`, { method: "POST" }))).toBeNull();
  });

  it("refuses a body over the limit, declared or not", async () => {
    await expect(readJsonBody(post("x".repeat(100), { "content-length": "100000000" }), 64)).rejects.toEqual(
      new AppError("PAYLOAD_TOO_LARGE"),
    );
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("x".repeat(20)));
        controller.close();
      },
    });
    await expect(readJsonBody(post(stream), 64)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });
});
