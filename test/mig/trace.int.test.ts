// The mock MIG's PDS-style trace over HTTP: fuzzy family name, partial date of birth, gender or postcode instead of
// a date of birth, best match first, sensitive patients absent, and refusals for a trace with too little to go on.
import type { Bundle, OperationOutcome, Patient } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { get, token } from "./helpers";
import { useMig } from "./use-mig";

const mig = useMig();

async function trace(query: string) {
  const res = await get(mig(), `/Patient?${query}`, await token({ consent: "trace-only" }));
  return { status: res.status, body: JSON.parse(res.text) as Bundle | OperationOutcome };
}

const nhsNumbers = (b: Bundle) => (b.entry ?? []).map((e) => (e.resource as Patient).identifier?.[0]?.value);

describe("mock MIG trace", () => {
  it("finds the demo patient from a misspelt family name and a birth year, scored below 1", async () => {
    const { status, body } = await trace("family=Arkwrite&given=David&birthdate=1968");
    expect(status).toBe(200);
    const bundle = body as Bundle;
    expect(nhsNumbers(bundle)).toContain("9681174003");
    const entry = bundle.entry!.find((e) => (e.resource as Patient).identifier?.[0]?.value === "9681174003")!;
    expect(entry.search).toMatchObject({ mode: "match" });
    expect(entry.search!.score).toBeGreaterThan(0);
    expect(entry.search!.score).toBeLessThan(1);
  });

  it("scores an exact trace 1 and lists the best match first", async () => {
    const bundle = (await trace("family=Arkwright&given=David&birthdate=1968-03-14")).body as Bundle;
    expect(nhsNumbers(bundle)[0]).toBe("9681174003");
    expect(bundle.entry![0]!.search!.score).toBe(1);
  });

  it("accepts year-month, a swapped day and month, and gender or postcode district without a date of birth", async () => {
    expect(nhsNumbers((await trace("family=Arkwright&given=David&birthdate=1968-03")).body as Bundle)).toContain("9681174003");
    expect(nhsNumbers((await trace("family=Margerison&given=Edith&gender=female")).body as Bundle)).toContain("9663944528");
    // Edith Margerison was born on 9 February 1934; typed as 2 September.
    const swapped = (await trace("family=Margerison&given=Edith&birthdate=1934-09-02")).body as Bundle;
    expect(nhsNumbers(swapped)).toContain("9663944528");
    expect(swapped.entry![0]!.search!.score).toBeLessThan(1);
  });

  it("sends at most _count matches, best first, while total counts them all", async () => {
    const all = (await trace("family=Smith&given=John&gender=male")).body as Bundle;
    const ten = (await trace("family=Smith&given=John&gender=male&_count=10")).body as Bundle;
    expect(all.total).toBeGreaterThan(10);
    expect(ten.total).toBe(all.total);
    expect(ten.entry).toHaveLength(10);
    expect(nhsNumbers(ten)).toEqual(nhsNumbers(all).slice(0, 10));
    expect((await trace("family=Smith&given=John&gender=male&_count=0")).status).toBe(422);
  });

  it("keeps a sensitive patient out of every trace, however exact", async () => {
    const bundle = (await trace("family=Priestley&given=Jordan&gender=female")).body as Bundle;
    expect(nhsNumbers(bundle)).not.toContain("9677534769");
  });

  it("refuses a trace with a family name alone, and an impossible date", async () => {
    const alone = await trace("family=Smith&given=John");
    expect(alone.status).toBe(422);
    expect((alone.body as OperationOutcome).issue[0]?.details?.coding?.[0]?.code).toBe("INVALID_PARAMETER");
    expect((await trace("family=Smith&given=John&birthdate=1960-02-30")).status).toBe(422);
    expect((await trace("family=Smith&given=John&birthdate=1960-13")).status).toBe(422);
  });
});
