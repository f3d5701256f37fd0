// A record page asked for with a query the section cannot take (a future or impossible date, a range on a section
// without dates): the same refusal the API gives, with the date form to put it right. Nothing was fetched.
import { ErrorBanner } from "@/components/record/error-banner";
import { errorBody } from "@/lib/domain/errors";
import type { SectionMeta } from "@/lib/domain/record/section-registry/define-section";
import type { RecordSection } from "@/lib/domain/record/section-registry/meta";
import type { SectionRequestRefusal } from "@/lib/domain/record/section-registry/section-request";
import { DateRangeFilter } from "./date-range-filter";

type Props = {
  meta: SectionMeta<RecordSection>;
  refusal: SectionRequestRefusal;
  query: Record<string, string | string[] | undefined>;
};

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

export function RefusedSectionRequest({ meta, refusal, query }: Props) {
  return (
    <div>
      <h2 className="mb-3 text-2xl font-bold">{meta.title}</h2>
      <ErrorBanner error={errorBody(refusal.code, refusal.message, refusal.fields).error} context={meta.title} />
      {meta.dateRange !== "none" && (
        <DateRangeFilter
          section={meta.slug}
          filter={null}
          refused={{ from: text(query.from), to: text(query.to), fields: refusal.fields }}
        />
      )}
    </div>
  );
}
