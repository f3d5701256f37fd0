// Sub-navigation between the privacy officer's pages; the current page is marked for screen readers.
import Link from "next/link";

const PAGES = [
  { key: "audit", href: "/audit", label: "Audit trail" },
  { key: "alerts", href: "/audit/alerts", label: "Emergency override alerts" },
  { key: "safety-concerns", href: "/audit/safety-concerns", label: "Safety concerns" },
] as const;

export type GovernancePage = (typeof PAGES)[number]["key"];

export function GovernanceNav({ current }: { current: GovernancePage }) {
  return (
    <nav aria-label="Information governance" className="mb-6 border-b-2 border-nhs-border">
      <ul className="flex flex-wrap gap-x-1">
        {PAGES.map((page) => (
          <li key={page.key}>
            <Link
              href={page.href}
              prefetch={false}
              aria-current={page.key === current ? "page" : undefined}
              className={`-mb-0.5 block border-b-4 px-3 py-2 text-base ${
                page.key === current ? "border-nhs-blue font-bold !text-nhs-black no-underline" : "border-transparent"
              }`}
            >
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
