// sha256 over the records of a spread of patients for a seed: the determinism test runs it in a
// child process and compares with the in-process value.

import { createHash } from "node:crypto";
import { buildStructuredRecord } from "../fhir/build-record";
import { MigError } from "../fhir/errors";
import { ALL_SECTIONS } from "../fhir/sections";
import { nhsNumberOfIndex } from "../population/nhs-index";
import { TOTAL_PATIENTS } from "../population/practices";

export function sampleDigest(seed: string, count: number): string {
  const hash = createHash("sha256");
  for (let k = 0; k < count; k++) {
    const nhs = nhsNumberOfIndex((k * 7_333) % TOTAL_PATIENTS);
    try {
      hash.update(JSON.stringify(buildStructuredRecord(nhs, ALL_SECTIONS, { seed })));
    } catch (error) {
      if (!(error instanceof MigError)) throw error;
      hash.update(error.code);
    }
  }
  return hash.digest("hex");
}

if (require.main === module) {
  const [seed = "gateway-record-viewer", count = "100"] = process.argv.slice(2);
  process.stdout.write(`${sampleDigest(seed, Number(count))}\n`);
}
