import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../import-cli";
import { currentFile, previousVersions, readImported } from "./import-store";
import { describeReport, EXIT, importFile } from "./run-import";

const CASES = path.resolve(__dirname, "../../test/conformance/cases");
const caseFile = (id: string) => path.join(CASES, id, "source.json");
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "import-unit-"));
function fileWith(content: unknown): string {
  const file = path.join(tempDir(), "source.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}
const NHS = "https://fhir.nhs.uk/Id/nhs-number";
const patient = (value: string, extra: Record<string, unknown> = {}) => ({
  resourceType: "Patient",
  id: `p${value}`,
  identifier: [{ system: NHS, value }],
  ...extra,
});
const quiet = () => undefined;

describe("importer: what it keeps, drops and says", () => {
  it("drops each malformed entry and says which (by position) and why [HZ-EVID:import-reports-dropped]", () => {
    const report = importFile(caseFile("import-malformed-entries-r4"), tempDir());
    expect(report.exit).toBe(EXIT.partial);
    expect(report.problems.filter((p) => p.kind === "dropped")).toEqual([
      { kind: "dropped", position: "entry[3]", message: expect.stringMatching(/no resource with a resourceType/) },
      { kind: "dropped", position: "entry[5]", message: expect.stringMatching(/not an object/) },
      {
        kind: "dropped",
        position: "entry[4]",
        message: expect.stringMatching(/AllergyIntolerance\/allergy-bad is not valid FHIR R4: .onsetDateTime/),
      },
    ]);
    const stored = readImported(report.imported[0]!.file)!;
    expect(stored.bundle.entry?.map((e) => e.resource?.id)).toEqual(["pat-1", "org-1", "allergy-ok", "problem-ok"]);
  });

  it("keeps a resource that names its patient by NHS number (subject.identifier), as GP Connect's published example does", () => {
    const report = importFile(caseFile("stu3-gpconnect-published-allergies-example"), tempDir());
    expect(report.exit).toBe(EXIT.partial);
    // The only problem is the List entry the file does not hold; the resolved-allergies List (and its contained allergy) is kept.
    expect(report.problems.map((p) => p.kind)).toEqual(["unresolved-reference"]);
    expect(report.problems[0]!.message).toMatch(/AllergyIntolerance\/al-missing is not in the file/);
    const stored = readImported(report.imported[0]!.file)!;
    const lists = stored.bundle.entry?.filter((e) => e.resource?.resourceType === "List") ?? [];
    expect(lists).toHaveLength(2);
  });

  it("keeps resources whose references do not resolve and reports each reference [HZ-EVID:import-reports-unresolved]", () => {
    const report = importFile(caseFile("import-dangling-references-r4"), tempDir());
    expect(report.exit).toBe(EXIT.partial);
    expect(report.problems.map((p) => [p.kind, p.position, p.message.split(" is not")[0]])).toEqual([
      ["unresolved-reference", "entry[2]", "AllergyIntolerance/allergy-1.recorder → Practitioner/not-in-file"],
      ["unresolved-reference", "entry[3]", "Condition/problem-1.asserter → Practitioner/also-not-in-file"],
      ["unresolved-reference", "entry[4]", "Condition/problem-2.encounter → Encounter/missing-encounter"],
    ]);
    expect(readImported(report.imported[0]!.file)!.bundle.entry).toHaveLength(5);
  });

  it("a reference to an entry that was dropped says the entry was dropped; what belongs to nobody is reported", () => {
    const file = fileWith({
      resourceType: "Bundle",
      type: "collection",
      entry: [
        { resource: patient("9000000009") },
        { resource: { resourceType: "Medication", id: "bad-med", status: 12 } },
        {
          resource: {
            resourceType: "MedicationStatement",
            id: "ms",
            status: "active",
            subject: { reference: "Patient/p9000000009" },
            medicationReference: { reference: "Medication/bad-med" },
            taken: "y",
          },
        },
        { resource: { resourceType: "Condition", id: "orphan", subject: { reference: "Patient/elsewhere" } } },
      ],
    });
    const report = importFile(file, tempDir(), { fhirVersion: "STU3" });
    const lines = describeReport(report).err.join("\n");
    expect(lines).toMatch(/dropped entry\[1\]: Medication\/bad-med is not valid FHIR STU3/);
    expect(lines).toMatch(
      /unresolved reference entry\[2\]: MedicationStatement\/ms.medicationReference → Medication\/bad-med is not in the file \(entry\[1\] was dropped\); the resource is kept/,
    );
    expect(lines).toMatch(
      /unresolved reference entry\[3\]: Condition\/orphan.subject → Patient\/elsewhere .* belongs to no imported patient/,
    );
    expect(lines).toMatch(/not imported entry\[3\]: Condition\/orphan belongs to no imported patient/);
  });

  it("an unreferenced practitioner or practice stays with the file's only patient; with two patients it is reported", () => {
    const practitioner = { resourceType: "Practitioner", id: "pr-1", name: [{ family: "Listed" }] };
    const one = importFile(fileWith([patient("9000000009"), practitioner]), tempDir());
    expect([one.exit, one.imported[0]?.resources]).toEqual([EXIT.ok, 2]);
    const two = importFile(fileWith([patient("9000000009"), patient("9912003888"), practitioner]), tempDir());
    expect(two.exit).toBe(EXIT.partial);
    expect(two.problems.filter((p) => p.kind !== "note")).toEqual([
      { kind: "not-linked", position: "[2]", message: expect.stringMatching(/Practitioner\/pr-1 belongs to no imported patient/) },
    ]);
  });

  it("detects a GP Connect STU3 file, checks it against STU3 and stores it unchanged, marked STU3 [HZ-EVID:import-detects-stu3]", () => {
    const dir = tempDir();
    const report = importFile(caseFile("import-stu3-gp-connect"), dir);
    expect([report.exit, report.fhirVersion]).toEqual([EXIT.ok, "STU3"]);
    expect(report.versionHow).toMatch(/CareConnect-GPC-Patient-1/);
    const source = JSON.parse(readFileSync(caseFile("import-stu3-gp-connect"), "utf8")) as { entry: { resource: unknown }[] };
    const stored = readImported(currentFile(dir, "9731000038"))!;
    expect(stored.fhirVersion).toBe("STU3");
    expect(stored.bundle.entry?.map((e) => e.resource)).toEqual(source.entry.map((e) => e.resource));
  });

  it("the same STU3 resources read as R4 fail the R4 schema: the version decides the check", () => {
    const report = importFile(caseFile("import-stu3-gp-connect"), tempDir(), { fhirVersion: "R4" });
    expect(report.problems.some((p) => p.kind === "dropped" && /not valid FHIR R4/.test(p.message))).toBe(true);
  });

  it("must refuse: a file that says it is both R4 and STU3 imports nothing (exit 5) [HZ-EVID:import-refuses-mixed-versions]", () => {
    const dir = tempDir();
    const file = fileWith([
      patient("9000000009", { meta: { profile: ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient"] } }),
      { resourceType: "AllergyIntolerance", id: "a", clinicalStatus: "active", patient: { reference: "Patient/p9000000009" } },
    ]);
    const report = importFile(file, dir);
    expect(report.exit).toBe(EXIT.versionConflict);
    expect(report.imported).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
    expect(describeReport(report).err.join("\n")).toMatch(/both R4 .*UKCore-Patient.* and STU3 .*clinicalStatus is a code/);
  });

  it("must refuse: not JSON, no patient, or no valid NHS number imports nothing (exit 1)", () => {
    expect(importFile(fileWith("{ not json"), tempDir()).exit).toBe(EXIT.nothingImported);
    expect(importFile(fileWith({ resourceType: "Parameters" }), tempDir()).exit).toBe(EXIT.nothingImported);
    expect(importFile(fileWith(patient("1234567890")), tempDir()).exit).toBe(EXIT.nothingImported);
  });
});

describe("importer: replacing and restoring a patient", () => {
  const v1 = () => fileWith([patient("9000000009", { name: [{ family: "First" }] })]);
  const v2 = () => fileWith([patient("9000000009", { name: [{ family: "Second" }] })]);
  const family = (dir: string) =>
    existsSync(currentFile(dir, "9000000009")) ? readImported(currentFile(dir, "9000000009"))?.patient.name?.[0]?.family : undefined;

  it("must refuse: re-importing an imported NHS number without --replace leaves it as it was (exit 4) [HZ-EVID:import-refuses-replace]", () => {
    const dir = tempDir();
    expect(importFile(v1(), dir).exit).toBe(EXIT.ok);
    const again = importFile(v2(), dir);
    expect(again.exit).toBe(EXIT.refused);
    expect(again.refused[0]?.message).toMatch(/already imported .*--replace.*--restore 9000000009/);
    expect(family(dir)).toBe("First");
    expect(previousVersions(dir, "9000000009")).toEqual([]);
  });

  it("--replace keeps the previous version, --restore brings it back, and a restore can itself be undone [HZ-EVID:import-keeps-previous]", () => {
    const dir = tempDir();
    const log: string[] = [];
    const say = (line: string) => log.push(line);
    expect(main([v1(), "--dir", dir], say, say)).toBe(EXIT.ok);
    expect(main([v2(), "--replace", "--dir", dir], say, say)).toBe(EXIT.ok);
    expect(family(dir)).toBe("Second");
    expect(previousVersions(dir, "9000000009")).toHaveLength(1);
    expect(log.join("\n")).toMatch(/replaced; previous version kept as .*previous\/9000000009\//);
    expect(main(["--restore", "9000000009", "--dir", dir], say, say)).toBe(EXIT.ok);
    expect(family(dir)).toBe("First");
    expect(main(["--restore", "9000000009", "--dir", dir], say, say)).toBe(EXIT.ok);
    expect(family(dir)).toBe("Second");
    // --remove sets the patient aside too; it can be restored.
    expect(main(["--remove", "9000000009", "--dir", dir], say, say)).toBe(EXIT.ok);
    expect(family(dir)).toBeUndefined();
    expect(main(["--restore", "9000000009", "--dir", dir], say, say)).toBe(EXIT.ok);
    expect(family(dir)).toBe("Second");
  });

  it("usage errors and a restore with nothing to restore say so", () => {
    const dir = tempDir();
    expect(main([], quiet, quiet)).toBe(EXIT.usage);
    expect(main(["x.json", "--fhir-version", "R5"], quiet, quiet)).toBe(EXIT.usage);
    expect(main(["--restore", "9000000009", "--dir", dir], quiet, quiet)).toBe(EXIT.nothingImported);
  });
});
