// npm run dmd:build -- <release folder> [--out FILE]
// Builds the project's dm+d product data (lib/domain/medication-safety/dmd/dmd-products.json) from a dm+d
// release folder in NHSBSA's XML format (f_vtm2_*.xml, f_vmp2_*.xml, f_amp2_*.xml, f_ingredient2_*.xml,
// f_lookup2_*.xml). dm+d is published by NHSBSA under the Open Government Licence; a user who holds a
// release can build from it. Without a folder it builds from the shipped sample extract.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compactRelease, type DmdRelease } from "../lib/domain/medication-safety/dmd/dmd-index";

const DMD_DIR = path.join(__dirname, "..", "lib", "domain", "medication-safety", "dmd");

export function readRelease(folder: string): DmdRelease {
  const files = readdirSync(folder);
  const pick = (prefix: string) => {
    const name = files
      .filter((f) => f.startsWith(prefix) && f.endsWith(".xml"))
      .sort()
      .pop();
    if (!name) throw new Error(`no ${prefix}*.xml in ${folder}`);
    return readFileSync(path.join(folder, name), "utf8");
  };
  return {
    vtm: pick("f_vtm2_"),
    vmp: pick("f_vmp2_"),
    amp: pick("f_amp2_"),
    ingredient: pick("f_ingredient2_"),
    lookup: pick("f_lookup2_"),
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out");
  const out = outAt >= 0 ? (args[outAt + 1] ?? "") : path.join(DMD_DIR, "dmd-products.json");
  const folder = args.find((a, i) => !a.startsWith("--") && i !== outAt + 1) ?? path.join(DMD_DIR, "sample");
  const source =
    folder === path.join(DMD_DIR, "sample")
      ? "Sample extract shipped with the project (lib/domain/medication-safety/dmd/sample)"
      : `dm+d release folder ${path.basename(folder)}`;
  const data = compactRelease(readRelease(folder), source);
  writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`wrote ${Object.keys(data.products).length} products to ${out}`);
}

if (require.main === module) main();
