// The audit trail's filters as a plain GET form: the URL is the search, so results can be paged, bookmarked
// and exported with the same filters. Works without JavaScript.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import type { AuditFilterField } from "@/lib/domain/governance/audit-filters";
import {
  ACCESS_ROUTE_LABELS,
  ACCESS_ROUTES,
  ACTION_LABELS,
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  OUTCOME_LABELS,
} from "@/lib/domain/governance/audit-vocabulary";

type Props = { values: Partial<Record<AuditFilterField, string>>; errors: Record<string, string> };

const ACTION_OPTIONS = AUDIT_ACTIONS.map((value) => ({ value, label: ACTION_LABELS[value] }));
const OUTCOME_OPTIONS = AUDIT_OUTCOMES.map((value) => ({ value, label: OUTCOME_LABELS[value] }));
const ROUTE_OPTIONS = ACCESS_ROUTES.map((value) => ({ value, label: ACCESS_ROUTE_LABELS[value] }));

export function AuditSearchForm({ values, errors }: Props) {
  return (
    <form
      method="get"
      action="/audit"
      id="audit-search"
      role="search"
      aria-labelledby="audit-search-title"
      noValidate
      className="mb-8 bg-white p-4 md:p-6"
    >
      <h2 id="audit-search-title" className="mb-2 text-2xl font-bold">
        Search the audit trail
      </h2>
      <p className="mb-4 text-nhs-grey">Leave a field blank to include everything. Dates are UK dates and include the whole day.</p>
      <div className="grid gap-x-6 md:grid-cols-2 lg:grid-cols-4">
        <TextInput
          id="username"
          label="Username"
          defaultValue={values.username}
          error={errors.username}
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          id="nhsNumber"
          label="Patient NHS number"
          defaultValue={values.nhsNumber}
          error={errors.nhsNumber}
          inputMode="numeric"
          autoComplete="off"
        />
        <TextInput
          id="ods"
          label="Organisation ODS code"
          defaultValue={values.ods}
          error={errors.ods}
          autoComplete="off"
          spellCheck={false}
        />
        <Select
          id="action"
          label="Action"
          anyLabel="Any action"
          options={ACTION_OPTIONS}
          defaultValue={values.action ?? ""}
          error={errors.action}
        />
        <Select
          id="outcome"
          label="Outcome"
          anyLabel="Any outcome"
          options={OUTCOME_OPTIONS}
          defaultValue={values.outcome ?? ""}
          error={errors.outcome}
        />
        <Select
          id="via"
          label="How the record was opened"
          anyLabel="Any way"
          options={ROUTE_OPTIONS}
          defaultValue={values.via ?? ""}
          error={errors.via}
        />
        <TextInput id="from" type="date" label="From (UK date)" defaultValue={values.from} error={errors.from} />
        <TextInput id="to" type="date" label="To (UK date)" defaultValue={values.to} error={errors.to} />
      </div>
      <div className="flex flex-wrap items-baseline gap-6">
        <Button type="submit">Search</Button>
        <Link href="/audit" prefetch={false}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
