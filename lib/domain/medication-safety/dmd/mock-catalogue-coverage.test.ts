// Every product the mock MIG generates must resolve in the shipped dm+d data (built from the sample extract by
// `npm run dmd:build`): its VMP, its AMP when it is a brand, the same ingredients and controlled-drug schedule the
// mock says it has — and through the FHIR the mock serves, so the viewer really identifies it by its code.
import { describe, expect, it } from "vitest";
import { DRUGS } from "@/mock-mig/clinical/drug-catalogue";
import { buildMedication } from "@/mock-mig/fhir/build-medication";
import { readProduct } from "@/lib/domain/record/medications/medication-product";
import { defaultKnowledgeBase } from "../knowledge-base";
import { resolveDrug } from "../drug-identity";
import shipped from "./dmd-products.json";
import type { DmdProductsFile } from "./dmd-index";

const products = (shipped as DmdProductsFile).products;
const drugs = Object.values(DRUGS);
/** The only numeric dm+d codes the project uses: each checked against a public source (docs/medication-safety.md). */
const CHECKED_CODES = ["319283006", "322236009", "321196004", "321152004", "318248001", "526311000001106"];

describe("dm+d coverage of the mock's drug catalogue", () => {
  it.each(drugs.map((d) => [d.id, d] as const))(
    "%s resolves in the dm+d sample with the mock's ingredients and schedule [HZ-EVID:med-dmd-mock-coverage]",
    (_id, d) => {
      const vmp = products[d.dmd.vmp];
      expect(vmp, `VMP ${d.dmd.vmp} is not in dmd-products.json`).toBeDefined();
      expect(vmp?.kind).toBe("VMP");
      expect([...(vmp?.ingredients ?? [])].sort()).toEqual(d.ingredient.split(" + ").sort());
      expect(vmp?.cdSchedule ?? null).toBe(d.cd ? d.cd.replace("schedule-", "") : null);
      if (d.snomed) expect(d.dmd.vmp).toBe(d.snomed);
      if (d.dmd.amp) {
        const amp = products[d.dmd.amp];
        expect(amp, `AMP ${d.dmd.amp} is not in dmd-products.json`).toMatchObject({ kind: "AMP", vpid: d.dmd.vmp });
      }
      for (const code of [d.dmd.vmp, d.dmd.amp].filter((c) => c !== undefined)) {
        if (/^\d+$/.test(code)) expect(CHECKED_CODES, `${code} is numeric but not a checked dm+d code`).toContain(code);
        else expect(code).toMatch(/^local-(vmp|amp)-/);
      }
    },
  );

  it("every mock product reaches the viewer with a dm+d code that the safety checks use [HZ-EVID:med-dmd-mock-coverage]", () => {
    const kb = defaultKnowledgeBase();
    for (const d of drugs) {
      const product = readProduct(buildMedication(d), null);
      expect(product.drug.dmdCode, d.id).toBe(d.dmd.amp ?? d.dmd.vmp);
      expect(kb.dmdProduct(product.drug.dmdCode), d.id).not.toBeNull();
      // Identified from dm+d alone: neither the mock's ingredient code nor the product's name is needed.
      const fromCodeOnly = resolveDrug(kb, { dmdCode: product.drug.dmdCode, ingredients: [], classes: [] }, "");
      expect([...fromCodeOnly.ingredients].sort(), d.id).toEqual(d.ingredient.split(" + ").sort());
      // The homeopathic product is in dm+d but no safety rule knows it: still listed as not checked.
      expect(fromCodeOnly.identified, d.id).toBe(d.drugClass !== "homeopathic");
    }
  });

  it("the numeric codes in the shipped dm+d data are only the checked ones; every other code is marked local", () => {
    for (const [code, p] of Object.entries(products)) {
      if (p.localCode) expect(code).toMatch(/^local-/);
      else expect(CHECKED_CODES).toContain(code);
    }
  });
});
