"use client";
// Date range for time-based sections, kept in the URL so it survives reload, print and sharing with a colleague.
// Checked by the same parser as the page and the API (parseSectionQuery), so the form refuses exactly what they would;
// loaded when the form is first used, so the parser (and zod) stay out of the record page's first load.
import { usePathname, useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { sectionQueryString } from "@/lib/client/record-queries";
import { ukCalendarDate } from "@/lib/domain/cui/calendar-date";
import type { DateFilter } from "@/lib/domain/record/completeness";
import { sectionDateRange, type RecordSection } from "@/lib/domain/record/section-registry/meta";

type Props = {
  section: RecordSection;
  filter: DateFilter | null;
  /** A refused request: what was asked for, and each field's message. */
  refused?: { from: string; to: string; fields: Record<string, string> };
};

export function DateRangeFilter({ section, filter, refused }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [fields, setFields] = useState<Record<string, string>>(refused?.fields ?? {});
  const fromOnly = sectionDateRange(section) === "from-only";

  async function check(query: { from: string; to: string }) {
    const { parseSectionQuery } = await import("@/lib/domain/record/section-registry/section-request");
    const parsed = parseSectionQuery(section, query, ukCalendarDate());
    if (!parsed.ok) return setFields(parsed.refusal.fields);
    setFields({});
    // A new range opens the newest issues again, as any newly opened Medications page does.
    router.push(`${pathname}${sectionQueryString(parsed.filter, false)}`);
  }

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const query = { from: String(form.get("from") ?? ""), to: fromOnly ? "" : String(form.get("to") ?? "") };
    void check(query);
  }

  const messages = Object.values(fields);
  return (
    <form onSubmit={apply} className="no-print mb-6 flex flex-wrap items-end gap-4 bg-white p-4" aria-label="Filter by date" noValidate>
      <DateField name="from" label="From" value={refused ? refused.from : (filter?.from ?? "")} error={fields.from} />
      {!fromOnly && <DateField name="to" label="To" value={refused ? refused.to : (filter?.to ?? "")} error={fields.to} />}
      <button type="submit" className="rounded border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue">
        Apply dates
      </button>
      {(filter || refused) && (
        <button type="button" onClick={() => router.push(pathname)} className="px-1 py-1 text-nhs-blue underline">
          Clear dates
        </button>
      )}
      {messages.length > 0 && (
        <div role="alert" className="w-full font-bold text-nhs-red">
          {messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
    </form>
  );
}

function DateField({ name, label, value, error }: { name: string; label: string; value: string; error: string | undefined }) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="date"
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`border-2 px-2 py-1 ${error ? "border-nhs-red" : "border-nhs-black"}`}
      />
      {error && (
        <span id={`${id}-error`} className="sr-only">
          {error}
        </span>
      )}
    </div>
  );
}
