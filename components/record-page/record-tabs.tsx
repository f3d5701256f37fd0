"use client";
// Section navigation for the record: each section is its own route; the current one is marked for screen readers.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { sectionTitle, type RecordSection } from "@/lib/domain/record/section-registry/meta";

export function RecordTabs({ nhsNumber, sections }: { nhsNumber: string; sections: RecordSection[] }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <nav aria-label="Record sections" className="no-print mb-6 border-b-2 border-nhs-border">
      <ul className="flex flex-wrap gap-x-1">
        {sections.map((section) => {
          const href = `/patients/${nhsNumber}/${section}`;
          const current = pathname === href;
          return (
            <li key={section}>
              <Link
                href={current && query ? `${href}?${query}` : href}
                // Every section is dynamic (per-request nonce, fresh data): prefetching the tabs only sent a dozen server
                // requests competing with the section's own data request while the record page loads.
                prefetch={false}
                aria-current={current ? "page" : undefined}
                className={`-mb-0.5 block border-b-4 px-3 py-2 text-base ${
                  current ? "border-nhs-blue font-bold !text-nhs-black no-underline" : "border-transparent"
                }`}
              >
                {sectionTitle(section)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
