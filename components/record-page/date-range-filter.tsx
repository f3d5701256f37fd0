"use client";
// Date range for time-based sections, kept in the URL so it survives reload, print and sharing with a colleague.
import { usePathname, useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { sectionQueryString } from "@/lib/client/record-queries";
import type { DateFilter } from "@/lib/domain/record/completeness";
import { parseDateFilter } from "@/lib/domain/record/date-filter";

export function DateRangeFilter({ filter, fromOnly }: { filter: DateFilter | null; fromOnly: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const [error, setError] = useState<string | null>(null);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = parseDateFilter(String(form.get("from") ?? ""), fromOnly ? "" : String(form.get("to") ?? ""));
    if (!parsed.ok) return setError(parsed.message);
    setError(null);
    // A new range opens the newest issues again, as any newly opened Medications page does.
    router.push(`${pathname}${sectionQueryString(parsed.filter, false)}`);
  }

  return (
    <form onSubmit={apply} className="no-print mb-6 flex flex-wrap items-end gap-4 bg-white p-4" aria-label="Filter by date">
      <div>
        <label htmlFor="filter-from" className="block font-bold">
          From
        </label>
        <input id="filter-from" name="from" type="date" defaultValue={filter?.from ?? ""} className="border-2 border-nhs-black px-2 py-1" />
      </div>
      {!fromOnly && (
        <div>
          <label htmlFor="filter-to" className="block font-bold">
            To
          </label>
          <input id="filter-to" name="to" type="date" defaultValue={filter?.to ?? ""} className="border-2 border-nhs-black px-2 py-1" />
        </div>
      )}
      <button type="submit" className="rounded border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue">
        Apply dates
      </button>
      {filter && (
        <button type="button" onClick={() => router.push(pathname)} className="px-1 py-1 text-nhs-blue underline">
          Clear dates
        </button>
      )}
      {error && (
        <p role="alert" className="w-full font-bold text-nhs-red">
          {error}
        </p>
      )}
    </form>
  );
}
