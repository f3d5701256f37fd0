import { readRecords } from "./parse-dmd-xml";

/** A medicine as dm+d describes it: AMP → VMP → VTM, the VMP's ingredients with strengths, form, route and CD schedule. */
export interface DmdProduct {
  code: string;
  kind: "AMP" | "VMP" | "VTM";
  name: string;
  vpid: string | null;
  vtmid: string | null;
  ingredients: { isid: string; name: string; strength: number | null; unitCode: string | null }[];
  formCode: string | null;
  routeCode: string | null;
  /** Misuse of Drugs Regulations schedule from the VMP's controlled-drug category ("2" … "5"), or null. */
  cdSchedule: string | null;
}

export interface DmdRelease {
  vtm: string;
  vmp: string;
  amp: string;
  ingredient: string;
  lookup: string;
}

export interface DmdIndex {
  size: number;
  get(code: string): DmdProduct | null;
}

/** "Schedule 2 (CD)" → "2"; "No Controlled Drug Status" → null. The schedule is read from the lookup's description. */
function scheduleOf(description: string | undefined): string | null {
  const m = /schedule\s*([1-5])/i.exec(description ?? "");
  return m?.[1] ?? null;
}

export function buildDmdIndex(release: DmdRelease): DmdIndex {
  const ingredientNames = new Map(readRecords(release.ingredient, "ING").map((r) => [r.ISID ?? "", r.NM ?? ""]));
  const cdCategories = new Map(readRecords(release.lookup, "INFO", "CONTROL_DRUG_CATEGORY").map((r) => [r.CD ?? "", r.DESC ?? ""]));
  const vtms = new Map(readRecords(release.vtm, "VTM").map((r) => [r.VTMID ?? "", r.NM ?? ""]));
  const byVpid = <T>(rows: Record<string, string>[], f: (r: Record<string, string>) => T) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.VPID ?? "", [...(m.get(r.VPID ?? "") ?? []), f(r)]);
    return m;
  };
  const vpis = byVpid(readRecords(release.vmp, "VPI", "VIRTUAL_PRODUCT_INGREDIENT"), (r) => ({
    isid: r.ISID ?? "",
    name: ingredientNames.get(r.ISID ?? "") ?? "",
    strength: r.STRNT_NMRTR_VAL ? Number(r.STRNT_NMRTR_VAL) : null,
    unitCode: r.STRNT_NMRTR_UOMCD ?? null,
  }));
  const forms = byVpid(readRecords(release.vmp, "DFORM", "DRUG_FORM"), (r) => r.FORMCD ?? "");
  const routes = byVpid(readRecords(release.vmp, "DROUTE", "DRUG_ROUTE"), (r) => r.ROUTECD ?? "");
  const cds = byVpid(readRecords(release.vmp, "CONTROL_INFO", "CONTROL_DRUG_INFO"), (r) => r.CATCD ?? "");
  const products = new Map<string, DmdProduct>();
  for (const [vtmid, name] of vtms)
    products.set(vtmid, {
      code: vtmid,
      kind: "VTM",
      name,
      vpid: null,
      vtmid,
      ingredients: [],
      formCode: null,
      routeCode: null,
      cdSchedule: null,
    });
  for (const r of readRecords(release.vmp, "VMP", "VMPS")) {
    const vpid = r.VPID ?? "";
    products.set(vpid, {
      code: vpid,
      kind: "VMP",
      name: r.NM ?? "",
      vpid,
      vtmid: r.VTMID ?? null,
      ingredients: vpis.get(vpid) ?? [],
      formCode: forms.get(vpid)?.[0] ?? null,
      routeCode: routes.get(vpid)?.[0] ?? null,
      cdSchedule: scheduleOf(cdCategories.get(cds.get(vpid)?.[0] ?? "")),
    });
  }
  for (const r of readRecords(release.amp, "AMP", "AMPS")) {
    const vmp = products.get(r.VPID ?? "");
    if (!vmp) continue;
    products.set(r.APID ?? "", { ...vmp, code: r.APID ?? "", kind: "AMP", name: r.DESC ?? r.NM ?? vmp.name });
  }
  return { size: products.size, get: (code) => products.get(code) ?? null };
}

/**
 * Ingredient names the rules use, lower case: the VTM's name split at " + " ("Codeine + Paracetamol"), which
 * names the moiety without its salt; the VMP's ingredient substances when there is no VTM.
 */
export function ruleIngredients(product: DmdProduct, vtmName: string | null): string[] {
  const names = vtmName ? vtmName.split(/\s*\+\s*/) : product.ingredients.map((i) => i.name);
  return names.map((n) => n.trim().toLocaleLowerCase("en-GB")).filter((n) => n !== "");
}

/** The compact form the app ships (dmd-products.json), written by `npm run dmd:build`. */
export interface DmdProductsFile {
  source: string;
  products: Record<
    string,
    {
      kind: DmdProduct["kind"];
      name: string;
      vpid: string | null;
      ingredients: string[];
      strengths: { name: string; strength: number | null; unitCode: string | null }[];
      formCode: string | null;
      routeCode: string | null;
      cdSchedule: string | null;
      localCode: boolean;
    }
  >;
}

/** Every product in a release, in the compact shipped form. Codes that are not numeric SNOMED identifiers are flagged local. */
export function compactRelease(release: DmdRelease, source: string): DmdProductsFile {
  const index = buildDmdIndex(release);
  const codes = [
    ...readRecords(release.vtm, "VTM").map((r) => r.VTMID ?? ""),
    ...readRecords(release.vmp, "VMP", "VMPS").map((r) => r.VPID ?? ""),
    ...readRecords(release.amp, "AMP", "AMPS").map((r) => r.APID ?? ""),
  ];
  const products: DmdProductsFile["products"] = {};
  for (const code of codes) {
    const p = index.get(code);
    if (!p) continue;
    const vtmName = p.vtmid ? (index.get(p.vtmid)?.name ?? null) : p.kind === "VTM" ? p.name : null;
    products[code] = {
      kind: p.kind,
      name: p.name,
      vpid: p.vpid,
      ingredients: ruleIngredients(p, vtmName),
      strengths: p.ingredients.map((i) => ({ name: i.name, strength: i.strength, unitCode: i.unitCode })),
      formCode: p.formCode,
      routeCode: p.routeCode,
      cdSchedule: p.cdSchedule,
      localCode: !/^\d{6,18}$/.test(code),
    };
  }
  return { source, products };
}
