// Property-based (fast-check): whatever the gateway sends back (any status, any bytes, any JSON), the client's
// parser returns a Bundle or throws one of our AppErrors, never anything else; and it only ever accepts a
// successful answer that is a Bundle.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { isUsableBundle, parseMigAnswer } from "./client";

// The zod schema the client used before its written-out check (isUsableBundle): the check must agree with it.
const bundleSchema = z.looseObject({
  resourceType: z.literal("Bundle"),
  type: z.enum(["searchset", "collection"]),
  entry: z.array(z.looseObject({ resource: z.looseObject({ resourceType: z.string() }) })).optional(),
});

const outcome = fc.record({
  resourceType: fc.constant("OperationOutcome"),
  issue: fc.array(
    fc.record({
      severity: fc.string(),
      code: fc.string(),
      details: fc.option(
        fc.record({
          coding: fc.array(
            fc.record({ code: fc.oneof(fc.string(), fc.constantFrom("PATIENT_NOT_FOUND", "PRACTICE_UNAVAILABLE", "INVALID_TOKEN")) }),
          ),
        }),
        { nil: undefined },
      ),
    }),
  ),
});
const bundleLike = fc.record({
  resourceType: fc.oneof(fc.constant("Bundle"), fc.string()),
  type: fc.oneof(fc.constantFrom("searchset", "collection"), fc.string()),
  entry: fc.option(
    fc.array(fc.oneof(fc.jsonValue(), fc.record({ resource: fc.record({ resourceType: fc.oneof(fc.string(), fc.jsonValue()) }) }))),
    { nil: undefined },
  ),
  total: fc.option(fc.jsonValue(), { nil: undefined }),
});
const body = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  outcome.map((v) => JSON.stringify(v)),
  bundleLike.map((v) => JSON.stringify(v)),
  fc.constantFrom("", "null", "{", '{"resourceType":"Bundle"', "\u0000", '{"__proto__":{"polluted":1}}', "[]", "1e309"),
);
const status = fc.oneof(
  fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504),
  fc.integer({ min: 100, max: 599 }),
);

describe("the gateway client's answer parser", () => {
  it("returns a Bundle or throws an AppError for any status and body", () => {
    fc.assert(
      fc.property(status, body, (code, text) => {
        try {
          const bundle = parseMigAnswer(code, text);
          expect(code >= 200 && code < 300).toBe(true);
          expect(bundle.resourceType).toBe("Bundle");
          expect(["searchset", "collection"]).toContain(bundle.type);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
        }
      }),
      { numRuns: 5_000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("accepts exactly the answers the zod schema it replaced accepted", () => {
    const entryLike = fc.oneof(
      fc.jsonValue(),
      fc.record({ resource: fc.oneof(fc.jsonValue(), fc.record({ resourceType: fc.oneof(fc.string(), fc.jsonValue()) })) }),
    );
    const candidate = fc.oneof(
      fc.jsonValue(),
      bundleLike,
      fc.record({
        resourceType: fc.constant("Bundle"),
        type: fc.constantFrom("searchset", "collection"),
        entry: fc.oneof(fc.array(entryLike), fc.jsonValue()),
      }),
    );
    fc.assert(
      fc.property(candidate, (value) => {
        const parsed = JSON.parse(JSON.stringify(value)) as unknown; // as the gateway's bytes would arrive
        expect(isUsableBundle(parsed)).toBe(bundleSchema.safeParse(parsed).success);
      }),
      { numRuns: 5_000 },
    );
    for (const edge of [
      { resourceType: "Bundle", type: "collection", entry: [] },
      { resourceType: "Bundle", type: "collection", entry: [[]] },
    ])
      expect(isUsableBundle(edge)).toBe(bundleSchema.safeParse(edge).success);
    expect(isUsableBundle({ resourceType: "Bundle", type: "collection", entry: [{ resource: [] }] })).toBe(false);
    expect(isUsableBundle({ resourceType: "Bundle", type: "searchset", entry: [{ resource: { resourceType: "Patient" } }] })).toBe(true);
  });

  it("never treats an unexpected failure as 'not found'", () => {
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 599 }), fc.string({ unit: "binary", maxLength: 100 }), (code, text) => {
        try {
          parseMigAnswer(code, text);
          throw new Error("an error status was accepted");
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).not.toBe("PATIENT_NOT_FOUND");
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
