// Reads the dm+d release XML files (NHSBSA "Technical specification of data files for release 2"): flat
// files such as f_vtm2_*.xml (VIRTUAL_THERAPEUTIC_MOIETIES/VTM), f_vmp2_*.xml (VMPS/VMP plus
// VIRTUAL_PRODUCT_INGREDIENT/VPI, DRUG_FORM/DFORM, DRUG_ROUTE/DROUTE, CONTROL_DRUG_INFO/CONTROL_INFO),
// f_amp2_*.xml (AMPS/AMP), f_ingredient2_*.xml (INGREDIENT_SUBSTANCES/ING) and f_lookup2_*.xml. Every
// record is a flat element of simple child elements, so a small tag reader is enough; no dependency.

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e).trim();

/** The text of `<section>` (or the whole document when section is null). */
function sectionOf(xml: string, section: string | null): string {
  if (section === null) return xml;
  const m = new RegExp(`<${section}>([\\s\\S]*?)</${section}>`).exec(xml);
  return m?.[1] ?? "";
}

/** Every `<record>` element (inside `<section>` when given) as a map of child element name → text. */
export function readRecords(xml: string, record: string, section: string | null = null): Record<string, string>[] {
  const body = sectionOf(xml.replace(/<!--[\s\S]*?-->/g, ""), section);
  const out: Record<string, string>[] = [];
  const re = new RegExp(`<${record}>([\\s\\S]*?)</${record}>`, "g");
  for (const m of body.matchAll(re)) {
    const fields: Record<string, string> = {};
    for (const f of (m[1] ?? "").matchAll(/<([A-Z_0-9]+)>([^<]*)<\/\1>/g)) fields[f[1] ?? ""] = decode(f[2] ?? "");
    out.push(fields);
  }
  return out;
}
