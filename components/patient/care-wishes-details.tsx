"use client";
// The care-wishes line's details. What qualifies the decision itself (review date passed, several or conflicting
// decisions, entries withheld) is always shown. The rest (where the form is kept, ceiling of treatment, ADRT, LPA…)
// folds behind one button on a phone (below 640 px), so the record's allergies and medication still reach the first
// screen; on larger screens and on paper everything is shown. Paramedics and nurses land on End of life, which shows
// the full plan.
import { useState } from "react";

const QUALIFIES_DECISION =
  /^(Review date passed|Conflicting CPR decisions|Recorded as|\d+ CPR decisions recorded|Some end-of-life entries)/;

export function CareWishesDetails({ details }: { details: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const more = details.filter((d) => !QUALIFIES_DECISION.test(d)).length;
  if (details.length === 0) return null;
  return (
    <>
      {/* One flowing paragraph of "·"-separated details (app/globals.css), not a row each: the line stays short. */}
      <ul className="inline-list text-base" aria-label="Care wishes details">
        {details.map((d) => (
          <li key={d} className={QUALIFIES_DECISION.test(d) || open ? undefined : "max-sm:hidden print:inline"}>
            {d}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <button
          type="button"
          className="no-print text-base text-nhs-blue underline sm:hidden"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? "Show fewer care-wishes details" : `Show ${more} more care-wishes ${more === 1 ? "detail" : "details"}`}
        </button>
      )}
    </>
  );
}
