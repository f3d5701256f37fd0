"use client";
// "Report a safety concern", in the header of every signed-in page: the link carries the page the user is on, so the
// report records where the concern was seen (the referrer is never sent: Referrer-Policy is no-referrer).
import Link from "next/link";
import { usePathname } from "next/navigation";

export function ReportConcernLink() {
  const page = usePathname();
  return (
    <Link
      href={`/safety-concern?page=${encodeURIComponent(page)}`}
      prefetch={false}
      aria-label="Report a safety concern"
      className="inline-block min-h-[24px] !text-white underline hover:no-underline"
    >
      <span className="lg:hidden">Safety concern</span>
      <span className="max-lg:hidden">Report a safety concern</span>
    </Link>
  );
}
