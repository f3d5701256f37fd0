// Problems: active then past. Major problems are tagged and listed first within each table,
// because they are what an urgent-care clinician needs before anything else.
import type { ProblemItem, ProblemsSection as ProblemsVm } from "@/lib/domain/record/clinical/types";
import { SectionFrame, type SectionChrome } from "../section-frame";
import { DATE_COLUMN, NAME_COLUMN, RecordTable } from "../record-table";
import { Tag } from "../tag";
import { chromeOf, type SectionViewProps } from "../section-component";

const PROBLEM = { one: "problem", other: "problems" };

function significanceRank(s: ProblemItem["significance"]): number {
  switch (s) {
    case "major":
      return 0;
    case "unknown":
      return 1;
    case "minor":
      return 2;
  }
}

/** Major first; Array.prototype.sort is stable, so the source's date order holds within each rank. */
export const majorFirst = (items: readonly ProblemItem[]) =>
  [...items].sort((a, b) => significanceRank(a.significance) - significanceRank(b.significance));

// Only the statuses that say more than the list the problem sits in.
const STATUS_WORDS: Partial<Record<NonNullable<ProblemItem["clinicalStatus"]>, string>> = {
  recurrence: "Recurrence",
  relapse: "Relapse",
  remission: "In remission",
  inactive: "Inactive",
};

export function ProblemCell({ problem }: { problem: ProblemItem }) {
  return (
    <div className="space-y-1">
      <p className="font-bold">{problem.name}</p>
      {problem.significance === "major" && <Tag colour="orange">Major</Tag>}
      {problem.significance === "minor" && <span className="text-base text-nhs-grey">Minor</span>}
      {problem.clinicalStatus && STATUS_WORDS[problem.clinicalStatus] && (
        <p className="text-base">{STATUS_WORDS[problem.clinicalStatus]}</p>
      )}
      {problem.episodicity && <p className="text-base text-nhs-grey">Episode: {problem.episodicity}</p>}
    </div>
  );
}

const name = (p: ProblemItem) => <ProblemCell problem={p} />;

export function ProblemsSection({ section, ...chrome }: SectionChrome & { section: ProblemsVm }) {
  const c = section.completeness;
  return (
    <SectionFrame section="problems" completeness={c} {...chrome}>
      <RecordTable
        caption="Active problems"
        items={majorFirst(section.active)}
        columns={[NAME_COLUMN("Problem"), DATE_COLUMN("Onset")]}
        cells={(p) => [name(p), p.onset.display]}
        completeness={c}
        emptyWhat="active problems"
        noun={PROBLEM}
      />
      <RecordTable
        caption="Past problems"
        items={majorFirst(section.past)}
        columns={[NAME_COLUMN("Problem"), DATE_COLUMN("Onset"), DATE_COLUMN("Ended")]}
        cells={(p) => [name(p), p.onset.display, p.ended.display]}
        completeness={c}
        emptyWhat="past problems"
        noun={PROBLEM}
      />
    </SectionFrame>
  );
}

/** The problems page, keyed by its slug in the component map. */
export default function ProblemsPage({ data, ...props }: SectionViewProps<"problems">) {
  return <ProblemsSection section={data} {...chromeOf(props)} />;
}
