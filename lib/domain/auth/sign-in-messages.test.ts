import { describe, expect, it } from "vitest";
import { safeCallbackPath, signInErrorMessage, signInNotice } from "./sign-in-messages";

describe("sign-in messages", () => {
  it("gives distinct messages for a wrong password, a lock-out and anything else", () => {
    const wrong = signInErrorMessage("CredentialsSignin");
    const locked = signInErrorMessage("AccountLocked");
    const other = signInErrorMessage("Can't reach database server at 10.0.0.1");
    expect(wrong).toContain("username or password is not right");
    expect(locked).toContain("locked");
    expect(other).toContain("not available");
    expect(other).not.toContain("10.0.0.1");
    expect(signInErrorMessage("TooManyAttempts")).toContain("Wait a minute");
    expect(signInErrorMessage(undefined)).toBeNull();
  });

  it("explains an idle sign-out and a deliberate one", () => {
    expect(signInNotice({ reason: "idle" })).toContain("inactive");
    expect(signInNotice({ signedOut: "1" })).toBe("You have signed out.");
    expect(signInNotice({})).toBeNull();
  });

  it("only follows same-site callback paths", () => {
    expect(safeCallbackPath("/patients?q=1")).toBe("/patients?q=1");
    expect(safeCallbackPath("http://localhost:3000/patients")).toBe("/");
    expect(safeCallbackPath("http://localhost:3000/patients", "http://localhost:3000")).toBe("/patients");
    expect(safeCallbackPath("http://localhost:3001/patients", "http://localhost:3000")).toBe("/");
    expect(safeCallbackPath("https://evil.example/")).toBe("/");
    expect(safeCallbackPath("//evil.example/x")).toBe("/");
    expect(safeCallbackPath("/sign-in")).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
  });
});
