// The conformance corpus, unit level: each case's source (a structured-record Bundle as a GP Connect STU3 or UK Core
// R4 source would send it) is read straight into the view model and compared with what the case says it must
// produce. The format is described in ./README.md; an integration runner reads the same folder.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mapStructuredRecord } from "@/lib/domain/record-view/map-record";
import { fhirVersionOf } from "@/lib/domain/record/fhir/stu3/detect-version";
import { isRecordSection, sectionMeta } from "@/lib/domain/record/section-registry/meta";
import { schemaErrors } from "@/test/mig/helpers";
import { loadCase, CASES_DIR, viewOf } from "./load-case";

const NOW = new Date("2026-11-01T12:00:00Z");
const ids = readdirSync(CASES_DIR).filter((d) => !d.startsWith("."));

describe("conformance corpus", () => {
  it("holds at least 16 cases, in both versions", () => {
    expect(ids.length).toBeGreaterThanOrEqual(16);
    const versions = new Set(ids.map((id) => loadCase(id).case.fhirVersion));
    expect([...versions].sort()).toEqual(["R4", "STU3"]);
  });

  describe.each(ids)("%s", (id) => {
    const { case: c, source } = loadCase(id);

    // An importer case is a file as someone would import it (no Lists, even malformed entries): only the importer →
    // gateway → viewer path (conformance.int.test.ts) reads it; here it is skipped by name.
    it.skipIf(c.importerOnly === true)(`reads as ${c.fhirVersion}: ${c.title}`, () => {
      expect(fhirVersionOf(source)).toBe(c.fhirVersion);
      const result = mapStructuredRecord(source, { now: NOW });
      if (!result.ok) throw new Error(`${id}: ${result.error.message}`);
      for (const [slug, expected] of Object.entries(c.expect)) {
        expect(viewOf(result.record, slug), `${id} → ${slug}`).toMatchObject(expected as object);
      }
      const all = JSON.stringify(result.record);
      for (const text of c.mustNotContain ?? []) expect(all, `${id} must not contain ${text}`).not.toContain(text);
    });

    // Our R4 sources must be R4 (a case meant to be malformed says so in its id); an STU3 source is not R4.
    if (c.fhirVersion === "R4" && !id.includes("malformed"))
      it("is valid against the FHIR R4 JSON schema", () => {
        expect(schemaErrors(source)).toEqual([]);
      });
  });

  it("every expect key names a section slug, the Summary, the patient or the safety report", () => {
    for (const id of ids) {
      for (const key of Object.keys(loadCase(id).case.expect)) {
        expect(isRecordSection(key) || key === "patient" || key === "medicationSafety", `${id}: ${key}`).toBe(true);
        if (isRecordSection(key) && key !== "summary") expect(sectionMeta(key)).toBeDefined();
      }
    }
    expect(path.basename(CASES_DIR)).toBe("cases");
    expect(readFileSync(path.join(CASES_DIR, "..", "README.md"), "utf8")).toContain("case.json");
  });
});
