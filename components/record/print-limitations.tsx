// On every printed page of a record (hidden on screen): what the paper copy is and is not, so a print-out read later,
// away from the screen, carries the same limits as the medication-safety panel. Also printed with the care-wishes
// handover sheet.
import manifest from "@/lib/domain/medication-safety/rules/manifest.json";
import { formatDate } from "@/lib/domain/cui/format-date";

export function printLimitationsLine(printedBy: string): string {
  return (
    `Printed from the Gateway Record Viewer by ${printedBy}. A copy of what the GP record shared when it was opened: not the GP ` +
    `record itself, and items may be withheld or missing. Medication safety checks use a limited rule base (version ` +
    `${manifest.version}, reviewed ${formatDate(manifest.reviewed)}): this is not a complete interaction check.`
  );
}

export function PrintLimitations({ printedBy }: { printedBy: string }) {
  return (
    <p data-testid="print-limitations" className="handover-keep mt-6 hidden border-t-2 border-nhs-black pt-2 text-sm print:block">
      {printLimitationsLine(printedBy)}
    </p>
  );
}
