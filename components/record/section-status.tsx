// One banner per reason a section is incomplete, so a partly loaded list never passes for a
// whole one; a short "Complete" line otherwise, so completeness is stated, not assumed. The
// wording comes from the domain (completenessBanners); this adds who to phone, counts and retry.
import type { ReactNode } from "react";
import { formatCalendarDate } from "@/lib/domain/cui/calendar-date";
import type { Completeness, DateFilter, IncompletenessReason } from "@/lib/domain/record/completeness";
import { completenessBanners, type CompletenessBanner } from "@/lib/domain/record/completeness-banners";
import { RetryButton, type RetryHandler } from "./retry-button";
import { countOf, ITEM, type Noun } from "./words";
import { organisationLabel } from "@/lib/domain/cui/organisation-label";
import { Callout } from "../ui/callout";

/** Who to phone when the record could not be fetched. */
export type PracticeContact = { name: string; odsCode: string | null; phone?: string | null };

export type SectionStatusProps = {
  completeness: Completeness;
  /** Section title as a heading writes it: "Medications". */
  sectionTitle: string;
  noun?: Noun;
  /** The practice the section comes from; named in the "unavailable" banner. */
  practice?: PracticeContact | null;
  /** What failed, in plain words ("The practice did not answer in time."). */
  problem?: string | null;
  onRetry?: RetryHandler;
};

export const WITHHELD_TITLE = "Items excluded due to confidentiality and/or patient preferences";

export function describeDateFilter(filter: DateFilter): string {
  const from = filter.from ? formatCalendarDate(filter.from, "") : "";
  const to = filter.to ? formatCalendarDate(filter.to, "") : "";
  if (from && to) return `from ${from} to ${to}`;
  if (from) return `from ${from} onwards`;
  if (to) return `up to ${to}`;
  return "for a limited period";
}

/** The reasons to show; a status without reasons still counts, so bad input cannot read as complete. */
export function incompleteReasons(c: Completeness): IncompletenessReason[] {
  if (c.reasons.length > 0) return c.reasons;
  return c.status === "complete" ? [] : [c.status];
}

function practiceName(practice: PracticeContact | null | undefined): string {
  if (!practice) return "the patient's GP practice";
  return organisationLabel(practice);
}

// NHS warning callout for what needs action; inset text for what only needs noticing.
function Notice({ tone, title, children }: { tone: CompletenessBanner["tone"]; title: string; children?: ReactNode }) {
  return (
    <Callout tone={tone === "warning" ? "warning" : "info"} className="mb-4 p-4">
      <p className="text-lg font-bold">{title}</p>
      {children && <p className="mt-1">{children}</p>}
    </Callout>
  );
}

function Unavailable({ props }: { props: SectionStatusProps }) {
  const { practice, problem, onRetry, sectionTitle } = props;
  const phone = practice?.phone ? ` on ${practice.phone}` : "";
  return (
    <Callout tone="error" role="alert" className="mb-4 p-4">
      <p className="mb-1 text-lg font-bold">
        {sectionTitle} could not be fetched from {practiceName(practice)}
      </p>
      {problem && <p className="mb-1">{problem}</p>}
      <p className="mb-2">This does not mean nothing is recorded: anything shown below may be only part of it.</p>
      <p className="mb-2 font-bold">
        Phone the practice{phone} for the information you need{onRetry ? ", or try again." : "."}
      </p>
      {onRetry && <RetryButton onRetry={onRetry} />}
    </Callout>
  );
}

function Banner({ banner, props }: { banner: CompletenessBanner; props: SectionStatusProps }) {
  const c = props.completeness;
  switch (banner.reason) {
    case "source-unavailable":
      return <Unavailable props={props} />;
    case "items-withheld":
      // The domain text is the GP Connect standard title; the count is all we may add.
      return (
        <Notice tone={banner.tone} title={WITHHELD_TITLE}>
          {c.withheld === null
            ? "The practice did not say how many items were withheld."
            : `${countOf(c.withheld)} withheld by the practice.`}
        </Notice>
      );
    case "items-unreadable":
      return (
        <Notice tone={banner.tone} title="Some items could not be shown">
          {banner.text}
        </Notice>
      );
    case "date-filter-applied":
      return (
        <Notice tone={banner.tone} title="Date filter applied">
          {banner.text}
        </Notice>
      );
  }
}

export function SectionStatus(props: SectionStatusProps) {
  const { completeness: c, noun = ITEM } = props;
  const reasons = incompleteReasons(c);
  if (reasons.length === 0) {
    return <p className="mb-4 text-base text-nhs-grey">Complete: {countOf(c.shown, noun)}</p>;
  }
  const banners = completenessBanners({ ...c, reasons }, props.sectionTitle);
  return (
    <div>
      <p className="mb-2 text-base font-bold">Incomplete: {countOf(c.shown, noun)} shown</p>
      {banners.map((banner) => (
        <Banner key={banner.reason} banner={banner} props={props} />
      ))}
    </div>
  );
}
