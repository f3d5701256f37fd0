import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readRelease } from "@/scripts/dmd-build";
import { defaultKnowledgeBase } from "../knowledge-base";
import { resolveDrug } from "../drug-identity";
import { buildDmdIndex, compactRelease } from "./dmd-index";
import { readRecords } from "./parse-dmd-xml";

const SAMPLE = path.join(__dirname, "sample");
const release = readRelease(SAMPLE);

describe("dm+d release loader", () => {
  it("reads the release XML format (a VMP with its ingredient, strength, form, route and CD category)", () => {
    const xml = `<?xml version="1.0"?><VIRTUAL_MED_PRODUCTS><VMPS><VMP><VPID>318248001</VPID><NM>Verapamil 160mg tablets</NM></VMP></VMPS>
      <VIRTUAL_PRODUCT_INGREDIENT><VPI><VPID>318248001</VPID><ISID>14340003</ISID><STRNT_NMRTR_VAL>160</STRNT_NMRTR_VAL><STRNT_NMRTR_UOMCD>258684004</STRNT_NMRTR_UOMCD></VPI></VIRTUAL_PRODUCT_INGREDIENT></VIRTUAL_MED_PRODUCTS>`;
    expect(readRecords(xml, "VMP", "VMPS")).toEqual([{ VPID: "318248001", NM: "Verapamil 160mg tablets" }]);
    expect(readRecords(xml, "VPI", "VIRTUAL_PRODUCT_INGREDIENT")[0]).toMatchObject({ ISID: "14340003", STRNT_NMRTR_VAL: "160" });
  });

  it("resolves AMP → VMP → VTM with strengths and the strength-aware CD schedule", () => {
    const index = buildDmdIndex(release);
    expect(index.get("526311000001106")).toMatchObject({
      kind: "AMP",
      vpid: "318248001",
      ingredients: [{ isid: "14340003", strength: 160, unitCode: "258684004" }],
      routeCode: "26643006",
    });
    expect(index.get("local-vmp-morphine-10mg-5ml-solution")?.cdSchedule).toBe("5");
    expect(index.get("local-vmp-morphine-10mg-mr-tab")?.cdSchedule).toBe("2");
    expect(index.get("321196004")?.cdSchedule).toBe("4");
    expect(index.get("322236009")?.cdSchedule).toBeNull();
  });

  it("the shipped dm+d data is the sample extract, built by npm run dmd:build, and flags local codes", () => {
    const shipped = JSON.parse(readFileSync(path.join(__dirname, "dmd-products.json"), "utf8")) as ReturnType<typeof compactRelease>;
    expect(shipped.products).toEqual(compactRelease(release, shipped.source).products);
    expect(shipped.products["local-amp-tylex"]).toMatchObject({ localCode: true, ingredients: ["codeine", "paracetamol"] });
    expect(shipped.products["319283006"]).toMatchObject({ localCode: false, ingredients: ["amlodipine"] });
  });

  it("a coded brand resolves through dm+d whatever its name says", () => {
    const kb = defaultKnowledgeBase();
    const drug = resolveDrug(kb, { dmdCode: "local-amp-targinact", ingredients: [], classes: [] }, "Unhelpful local name");
    expect([...drug.ingredients].sort()).toEqual(["naloxone", "oxycodone"]);
    expect(drug.identified).toBe(true);
  });
});
