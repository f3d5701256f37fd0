// Accessible record table that never truncates silently: it always says how many rows exist and
// which are shown, pages through long lists, and prints every row whatever page is on screen (the
// rows off the page are drawn only when printing; see usePrinting).
// A client component only for the paging state; rows arrive already rendered, so any section
// (server or client) can use it without passing functions across the boundary.
"use client";
import { useId, useState, type ReactNode } from "react";
import { usePrinting } from "./use-printing";
import { countOf, ITEM, type Noun } from "./words";

export type Column = { header: string; /** e.g. "whitespace-nowrap" for dates */ className?: string };
export type TableRow = { key: string; cells: readonly ReactNode[] };

export type DataTableProps = {
  /** Visible caption styled as a heading; also names the scrollable region. */
  caption: string;
  columns: readonly Column[];
  rows: readonly TableRow[];
  pageSize?: number;
  noun?: Noun;
  /** False when the section heading already names the only table: the caption is then for screen readers only. */
  captionVisible?: boolean;
  /** When the rows are only the newest of a longer list: how many the record holds, and how to see them all. */
  newestOf?: { total: number; showAll: ReactNode };
};

export function pagingText(total: number, start: number, end: number, noun: Noun = ITEM, inRecord: number = total): string {
  const all = start === 0 && end >= total;
  if (inRecord > total) {
    const newest = `${total.toLocaleString("en-GB")} most recent ${noun.other}`;
    return `Showing ${all ? `the ${newest}` : `${start + 1} to ${end} of the ${newest}`} (${inRecord.toLocaleString("en-GB")} in the record)`;
  }
  if (total === 0) return `Showing ${countOf(0, noun)}`;
  if (all) return total === 1 ? `Showing 1 ${noun.one}` : `Showing all ${countOf(total, noun)}`;
  return `Showing ${start + 1} to ${end} of ${countOf(total, noun)}`;
}

/** What the paper copy holds, printed under the table. */
export function printedText(total: number, noun: Noun = ITEM, inRecord: number = total): string {
  return inRecord > total
    ? `The ${total.toLocaleString("en-GB")} most recent of ${countOf(inRecord, noun)} printed.`
    : `All ${countOf(total, noun)} printed.`;
}

/** Which rows are on screen. The page is clamped: a refetch can shorten the list under it. */
export function pageWindow(total: number, pageSize: number, page: number, showAll: boolean) {
  const paged = total > pageSize && !showAll;
  const current = Math.min(page, Math.max(0, Math.ceil(total / pageSize) - 1));
  const start = paged ? current * pageSize : 0;
  return { paged, current, start, end: paged ? Math.min(total, start + pageSize) : total };
}

const BUTTON = "border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue underline-offset-2 hover:underline";

export function DataTable({ caption, columns, rows, pageSize = 25, noun = ITEM, captionVisible = true, newestOf }: DataTableProps) {
  const captionId = useId();
  const [page, setPage] = useState(0);
  const [showAll, setShowAll] = useState(false);
  const printing = usePrinting();
  const total = rows.length;
  const { paged, current, start, end } = pageWindow(total, pageSize, page, showAll);
  const drawn = printing ? rows : rows.slice(start, end);
  const partial = newestOf !== undefined && newestOf.total > total;

  return (
    <div className="mb-8 print:mb-4">
      <div
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        className="overflow-x-auto focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-nhs-focus print:overflow-visible"
      >
        {/* 16px on tablets (NHS small-screen size) so most tables fit without scrolling. */}
        {/* Below 600 px each row reflows into a card, every cell labelled with its column (globals.css, .reflow-table). */}
        <table className="reflow-table w-full min-w-[36em] border-collapse bg-white text-left max-lg:text-[16px] print:min-w-0">
          {/* A heading inside the caption (valid HTML) puts every table in the heading outline. */}
          <caption id={captionId} className={captionVisible ? "mb-2 text-left" : "sr-only"}>
            {captionVisible ? <h3 className="text-xl font-bold">{caption}</h3> : caption}
          </caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th
                  key={c.header}
                  scope="col"
                  className={`border-b-2 border-nhs-black px-3 py-2 align-bottom font-bold max-lg:px-2 ${c.className ?? ""}`}
                >
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {drawn.map((row) => (
              <tr key={row.key} className="break-inside-avoid">
                {row.cells.map((cell, j) =>
                  j === 0 ? (
                    <th
                      key={j}
                      scope="row"
                      data-label={columns[j]?.header}
                      className={`border-b border-nhs-border px-3 py-2 align-top font-normal max-lg:px-2 ${columns[j]?.className ?? ""}`}
                    >
                      {cell}
                    </th>
                  ) : (
                    <td
                      key={j}
                      data-label={columns[j]?.header}
                      className={`border-b border-nhs-border px-3 py-2 align-top max-lg:px-2 ${columns[j]?.className ?? ""}`}
                    >
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-3 print:hidden">
        <p aria-live="polite" className="text-base text-nhs-grey">
          {pagingText(total, start, end, noun, newestOf?.total)}
        </p>
        {paged && current > 0 && (
          <button type="button" className={BUTTON} onClick={() => setPage(current - 1)}>
            Previous {pageSize}
            <span className="sr-only"> – {caption}</span>
          </button>
        )}
        {paged && end < total && (
          <button type="button" className={BUTTON} onClick={() => setPage(current + 1)}>
            Next {Math.min(pageSize, total - end)}
            <span className="sr-only"> – {caption}</span>
          </button>
        )}
        {/* When the rows are only the newest, "show all" means the whole list in the record: that link replaces this toggle. */}
        {total > pageSize && !partial && (
          <button type="button" className={BUTTON} onClick={() => setShowAll(!showAll)}>
            {showAll ? `Show ${pageSize} at a time` : `Show all ${countOf(total, noun)}`}
            <span className="sr-only"> – {caption}</span>
          </button>
        )}
        {partial && newestOf.showAll}
      </div>
      <p className="hidden text-sm print:block">{printedText(total, noun, newestOf?.total)}</p>
    </div>
  );
}
