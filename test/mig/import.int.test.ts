import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Bundle, Patient } from "fhir/r4";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaProblems } from "../../mock-mig/import/schema-check";
import { get, post, RECORD, recordParameters, schemaErrors, startMig, token, type RunningMig } from "./helpers";

const root = path.resolve(__dirname, "../..");
const examples = path.join(root, "mock-mig/examples");
const runImport = (dir: string, ...files: string[]) =>
  execFileSync(process.execPath, ["--import", "tsx", "mock-mig/import-cli.ts", ...files, "--dir", dir], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

let dir: string;
let mig: RunningMig;
let bearer: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "mig-import-test-"));
  runImport(dir, path.join(examples, "import-bundle-ada-lovelace.json"));
  mig = await startMig({ MIG_IMPORT_DIR: dir });
  bearer = await token();
});
afterAll(() => mig.close());

describe("import command", () => {
  it("writes one Bundle per patient", () => {
    expect(readdirSync(dir)).toEqual(["9000000009.json"]);
  });

  it("serves an imported patient by NHS number and by trace", async () => {
    const byNumber = JSON.parse(
      (await get(mig, "/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9000000009", bearer)).text,
    ) as Bundle;
    expect((byNumber.entry?.[0]?.resource as Patient).name?.[0]?.family).toBe("Lovelace");
    const traced = JSON.parse((await get(mig, "/Patient?family=LOVELACE&given=ada&birthdate=1952-12-10", bearer)).text) as Bundle;
    expect(traced.total).toBe(1);
  });

  it("serves the imported record as a valid structured record Bundle", async () => {
    const res = await post(mig, RECORD, recordParameters("9000000009"), bearer);
    expect(res.status).toBe(200);
    const bundle = JSON.parse(res.text) as Bundle;
    const types = bundle.entry?.map((e) => e.resource?.resourceType);
    expect(types).toEqual(
      expect.arrayContaining(["Patient", "Organization", "AllergyIntolerance", "Condition", "MedicationRequest", "Medication", "List"]),
    );
    expect(schemaErrors(bundle)).toEqual([]);
  });

  it("picks up a later import without a restart, and reports patients it cannot import", async () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "mock-mig/import-cli.ts", path.join(examples, "import-resources-array.json"), "--dir", dir],
      { cwd: root, encoding: "utf8" },
    );
    // Imported, but one entry was not (exit 3, "partial"): the report names it by position and says why.
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/dropped \[3\]: Patient\/no-nhs-number has no valid NHS number/);
    expect(readdirSync(dir).sort()).toEqual(["9000000009.json", "9912003888.json"]);
    await new Promise((r) => setTimeout(r, 1100));
    const res = await post(
      mig,
      RECORD,
      recordParameters("9912003888", [{ name: "includeImmunisations" }, { name: "includeUncategorisedData" }]),
      bearer,
    );
    expect(res.status).toBe(200);
    const bundle = JSON.parse(res.text) as Bundle;
    expect(bundle.entry?.map((e) => e.resource?.resourceType)).toEqual(expect.arrayContaining(["Immunization", "Observation"]));
    expect(schemaErrors(bundle)).toEqual([]);
  });

  it("an STU3 import is stored as it came and served with every resource valid against the STU3 schema [HZ-EVID:import-stu3-served-valid]", async () => {
    const source = path.join(root, "test/conformance/cases/import-stu3-gp-connect/source.json");
    expect(runImport(dir, source)).toMatch(/imported 9731000038: \d+ resources as FHIR STU3/);
    await new Promise((r) => setTimeout(r, 1100));
    const res = await post(mig, RECORD, recordParameters("9731000038"), bearer);
    expect(res.status).toBe(200);
    const bundle = JSON.parse(res.text) as Bundle;
    const allergies = bundle.entry?.map((e) => e.resource).filter((r) => r?.resourceType === "AllergyIntolerance");
    // The STU3 shape is served unchanged: a plain code, not an R4 CodeableConcept.
    expect(allergies?.map((a) => (a as unknown as { clinicalStatus: unknown }).clinicalStatus).sort()).toEqual(["active", "resolved"]);
    const invalid = (bundle.entry ?? []).flatMap((e) => {
      const problems = schemaProblems(e.resource as { resourceType: string }, "STU3");
      return problems.length ? [`${e.resource?.resourceType}/${e.resource?.id}: ${problems.join("; ")}`] : [];
    });
    expect(invalid).toEqual([]);
  });

  it("fails with a message for a file without patients", () => {
    expect(() => runImport(dir, path.join(examples, "parameters-all-sections.json"))).toThrow(/No Patient resource found/);
  });
});
