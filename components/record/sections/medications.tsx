// Medications, opening with what the patient takes now: current repeat, then acute (last 12 months), then the
// medication-safety panel, then discontinued repeat, all medication and every issue (GP Connect's lists). Each row names its source, so medicine from another
// practice or out of hours is visible, and controlled drugs are tagged.
import type { MedicationsSection as MedicationsVm } from "@/lib/domain/record/medications/types";
import type { SafetyReport } from "@/lib/domain/medication-safety/types";
import { NOT_RECORDED } from "@/lib/domain/cui/not-recorded";
import Link from "next/link";
import { MedicationSafetyCallout, MedicationSafetyPointer } from "../medication-safety-callout";
import { countOf } from "../words";
import { SectionFrame, type SectionChrome } from "../section-frame";
import { DATE_COLUMN, NAME_COLUMN, RecordTable } from "../record-table";
import { issueName, issuesText, itemName, MEDICATION_STATUS, PRESCRIPTION_TYPE } from "./medication-cells";
import { chromeOf, type SectionViewProps } from "../section-component";

const MEDICATION = NAME_COLUMN("Medication");
const MEDICINE = { one: "medication", other: "medications" };
const ISSUE = { one: "issue", other: "issues" };

type Props = SectionChrome & {
  section: MedicationsVm;
  /** The safety findings for this record; shown above the lists when given. */
  safety?: SafetyReport | null;
  /** Set when `section.issues` are only the newest: how many issues the record holds, and where to see them all. */
  allIssues?: { inRecord: number; href: string } | null;
};

export function MedicationsSection({ section, safety, allIssues, ...chrome }: Props) {
  const c = section.completeness;
  return (
    <SectionFrame section="medications" completeness={c} {...chrome}>
      {safety && (
        <div className="mb-3">
          <MedicationSafetyPointer report={safety} />
        </div>
      )}
      <RecordTable
        caption="Current repeat medication"
        items={section.currentRepeat}
        columns={[
          MEDICATION,
          DATE_COLUMN("Last issued"),
          // One column for both, so the table fits a tablet without scrolling.
          { header: "Issues (of maximum)" },
          DATE_COLUMN("Review date"),
        ]}
        cells={(m) => [itemName(m), m.lastIssued.display, issuesText(m), m.reviewDate.display]}
        completeness={c}
        emptyWhat="current repeat medication"
        noun={MEDICINE}
      />
      <RecordTable
        caption="Acute medication (last 12 months)"
        items={section.acute}
        columns={[MEDICATION, DATE_COLUMN("Last issued"), { header: "Prescriber" }]}
        cells={(m) => [itemName(m), m.lastIssued.display, m.prescriber ?? NOT_RECORDED]}
        completeness={c}
        emptyWhat="acute medication"
        emptyQualifier="in the last 12 months"
        noun={MEDICINE}
      />
      {(section.currentTypeNotRecorded ?? []).length > 0 && (
        <RecordTable
          caption="Current medication – type not recorded"
          items={section.currentTypeNotRecorded ?? []}
          columns={[MEDICATION, DATE_COLUMN("Last issued"), DATE_COLUMN("Started")]}
          cells={(m) => [itemName(m), m.lastIssued.display, m.started.display]}
          completeness={c}
          emptyWhat="current medication without a course type"
          noun={MEDICINE}
        />
      )}
      {safety && <MedicationSafetyCallout report={safety} headingLevel={3} />}
      <RecordTable
        caption="Discontinued repeat medication"
        items={section.discontinuedRepeat}
        columns={[MEDICATION, DATE_COLUMN("Date discontinued"), { header: "Reason" }]}
        cells={(m) => [itemName(m), m.discontinued?.date.display ?? m.ended.display, m.discontinued?.reason || NOT_RECORDED]}
        completeness={c}
        emptyWhat="discontinued repeat medication"
        noun={MEDICINE}
      />
      <RecordTable
        caption="All medication"
        items={section.all}
        columns={[MEDICATION, { header: "Type" }, { header: "Status" }, DATE_COLUMN("Started"), DATE_COLUMN("Ended")]}
        cells={(m) => [itemName(m), PRESCRIPTION_TYPE[m.prescriptionType], MEDICATION_STATUS[m.status], m.started.display, m.ended.display]}
        completeness={c}
        emptyWhat="medication"
        noun={MEDICINE}
      />
      {(section.options ?? []).length > 0 && (
        <RecordTable
          caption="Medication options – suggested, not prescribed (not current, not checked)"
          items={section.options ?? []}
          columns={[MEDICATION, DATE_COLUMN("Recorded")]}
          cells={(m) => [itemName(m), m.recorded.display]}
          completeness={c}
          emptyWhat="medication options"
          noun={MEDICINE}
        />
      )}
      <RecordTable
        caption="All medication issues"
        items={section.issues}
        columns={[MEDICATION, DATE_COLUMN("Issued"), { header: "Prescriber" }]}
        cells={(i) => [issueName(i), i.issued.display, i.prescriber ?? NOT_RECORDED]}
        completeness={c}
        emptyWhat="medication issues"
        noun={ISSUE}
        newestOf={
          allIssues
            ? {
                total: allIssues.inRecord,
                showAll: (
                  // A new page request (and audit event): every issue is then sent, on screen in pages and all printed.
                  <Link href={allIssues.href} prefetch={false} className="font-bold">
                    Show all {countOf(allIssues.inRecord, ISSUE)}
                  </Link>
                ),
              }
            : undefined
        }
      />
    </SectionFrame>
  );
}

/** The medications page: the first issues only, with a link to every issue when the record holds more. */
export default function MedicationsPage({ data, content, allIssuesHref, ...props }: SectionViewProps<"medications">) {
  const allIssues = content.issuesInRecord !== null && allIssuesHref ? { inRecord: content.issuesInRecord, href: allIssuesHref } : null;
  return <MedicationsSection section={data} safety={content.medicationSafety} allIssues={allIssues} {...chromeOf(props)} />;
}
