// Loading placeholders shaped like the loaded layout (same heading, same reserved height), so
// nothing jumps when the data arrives. The real heading is shown at once: we know what is coming.
import { sectionTitle, type RecordSection } from "@/lib/domain/record/section-registry/meta";
import { SECTION_MIN_HEIGHT } from "./section-frame";

const BAR = "rounded-sm bg-nhs-border motion-safe:animate-pulse";

export function SectionSkeleton({ section, rows = 5 }: { section: RecordSection; rows?: number }) {
  const title = sectionTitle(section);
  return (
    <section id={section} aria-labelledby={`${section}-title`} aria-busy="true" className={`mb-10 ${SECTION_MIN_HEIGHT} print:hidden`}>
      <h2 id={`${section}-title`} className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      <p role="status" className="sr-only">
        Loading {title.toLocaleLowerCase("en-GB")}
      </p>
      <div aria-hidden="true" data-skeleton-rows={rows}>
        <div className={`mb-4 h-6 w-48 ${BAR}`} />
        <div className={`mb-3 h-7 w-72 ${BAR}`} />
        <div className="border-b-2 border-nhs-border bg-white">
          {Array.from({ length: rows }, (_, i) => (
            <div key={i} className="flex h-12 items-center gap-4 border-t border-nhs-border px-3">
              <div className={`h-4 w-1/3 ${BAR}`} />
              <div className={`h-4 w-1/6 ${BAR}`} />
              <div className={`h-4 w-1/4 ${BAR}`} />
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}

/** Same reserved height as the loaded banner (min-h-32). */
export function PatientBannerSkeleton() {
  return (
    <div aria-busy="true" className="mb-6 min-h-32 border-b-4 border-nhs-border bg-white px-4 py-3">
      <p role="status" className="sr-only">
        Loading patient details
      </p>
      <div aria-hidden="true">
        <div className={`mb-3 h-8 w-80 ${BAR}`} />
        <div className={`mb-2 h-5 w-full max-w-2xl ${BAR}`} />
        <div className={`h-4 w-96 ${BAR}`} />
      </div>
    </div>
  );
}
