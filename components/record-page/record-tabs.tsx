"use client";
// Section navigation for the record: each section is its own route; the current one is marked for screen readers.
// From 1024 px up the sections are tabs; below that (phones and tablets) they collapse into one "Sections" menu (a native disclosure, so it
// works with the keyboard and without script), which closes on every navigation.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { sectionTitle, type RecordSection } from "@/lib/domain/record/section-registry/meta";

type Props = {
  nhsNumber: string;
  sections: RecordSection[];
  /** The section shown at the record's own address (/patients/{nhs}): where this role lands for this patient. */
  landing?: RecordSection;
};

/**
 * A long title shows its first part on the tab ("Allergies", "End of life"), so the twelve tabs fit one row at
 * 1366 px; the rest is there for screen readers, so the link's name is still the section's full title.
 */
function TabLabel({ title }: { title: string }) {
  const cut = title.length > 24 ? title.indexOf(" and ") : -1;
  if (cut < 0) return title;
  return (
    <>
      {title.slice(0, cut)}
      <span className="sr-only">{title.slice(cut)}</span>
    </>
  );
}

export function RecordTabs({ nhsNumber, sections, landing }: Props) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const base = `/patients/${nhsNumber}`;
  const currentSection = sections.find((s) => pathname === `${base}/${s}`) ?? (pathname === base ? landing : undefined);
  const links = sections.map((section) => {
    const href = `${base}/${section}`;
    const current = section === currentSection;
    return {
      section,
      current,
      // Every section is dynamic (per-request nonce, fresh data): prefetching the tabs only sent a dozen server
      // requests competing with the section's own data request while the record page loads.
      href: current && query && pathname === href ? `${href}?${query}` : href,
    };
  });
  return (
    <>
      <nav aria-label="Record sections" className="no-print mb-2 hidden border-b-2 border-nhs-border lg:block">
        <ul className="flex flex-wrap">
          {links.map(({ section, current, href }) => (
            <li key={section}>
              <Link
                href={href}
                prefetch={false}
                aria-current={current ? "page" : undefined}
                className={`-mb-0.5 block border-b-4 px-1.5 py-1 text-[16px] ${
                  current ? "border-nhs-blue font-bold !text-nhs-black no-underline" : "border-transparent"
                }`}
              >
                <TabLabel title={sectionTitle(section)} />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Record sections" className="no-print mb-2 lg:hidden" data-testid="section-menu">
        {/* Keyed by the address, so the menu is closed again on the page it opened. */}
        <details key={pathname} className="border-2 border-nhs-blue bg-white">
          <summary className="cursor-pointer px-3 py-1 font-bold text-nhs-blue">
            Sections<span className="font-normal text-nhs-black">: {currentSection ? sectionTitle(currentSection) : "choose one"}</span>
          </summary>
          <ul className="border-t border-nhs-border">
            {links.map(({ section, current, href }) => (
              <li key={section} className="border-b border-nhs-border last:border-b-0">
                <Link
                  href={href}
                  prefetch={false}
                  aria-current={current ? "page" : undefined}
                  className={`block px-3 py-2 ${current ? "border-l-4 border-nhs-blue font-bold !text-nhs-black no-underline" : ""}`}
                >
                  {sectionTitle(section)}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      </nav>
    </>
  );
}
