import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hasControlCharacters, replaceControlCharacters, withoutControlCharacters } from "./control-characters";

describe("control characters in free text", () => {
  it("finds NUL and other control characters, allowing line breaks only in multi-line text", () => {
    expect(hasControlCharacters("ae.doctor\u0000")).toBe(true);
    expect(hasControlCharacters("bell\u0007")).toBe(true);
    expect(hasControlCharacters("line one\nline two")).toBe(true);
    expect(hasControlCharacters("line one\r\nline two\tindented", { multiline: true })).toBe(false);
    expect(hasControlCharacters("nul\u0000", { multiline: true })).toBe(true);
    expect(hasControlCharacters("Ordinary words, £ and é")).toBe(false);
    expect(hasControlCharacters("lone \ud800 surrogate", { multiline: true })).toBe(true);
    expect(hasControlCharacters("lone \udc00", { multiline: true })).toBe(true);
    expect(hasControlCharacters("a pair: \ud83d\ude91 ambulance", { multiline: true })).toBe(false);
  });

  it("replaces them for recording", () => {
    expect(replaceControlCharacters("a\u0000b\u001fc\ud800")).toBe("a\uFFFDb\uFFFDc\uFFFD");
  });

  it("is a field error in a schema", () => {
    const schema = withoutControlCharacters(z.string(), { multiline: true });
    expect(schema.safeParse("fine\nthanks").success).toBe(true);
    const refused = schema.safeParse("bad\u0000");
    expect(refused.success).toBe(false);
  });
});
