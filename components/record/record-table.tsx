// A titled list of record items: the table when there are rows, an honest empty state when there
// are none. Every row ends with its source and recorded date, by construction, so no section can
// leave out where an entry came from. Cells are rendered here, so only finished elements reach
// the client-side DataTable.
import type { ReactNode } from "react";
import type { ItemBase } from "@/lib/domain/record/common";
import type { Completeness } from "@/lib/domain/record/completeness";
import { DataTable, type Column, type DataTableProps } from "./data-table";
import { EmptyState } from "./empty-state";
import { SourceCell } from "./source-tag";
import type { Noun } from "./words";

type Props<T extends ItemBase> = {
  caption: string;
  items: readonly T[];
  /** Columns before the source column, which is always added last. */
  columns: readonly Column[];
  cells: (item: T) => readonly ReactNode[];
  completeness: Completeness;
  /** For the empty state: "No {emptyWhat} recorded {emptyQualifier}". */
  emptyWhat: string;
  emptyQualifier?: string;
  noun?: Noun;
  pageSize?: number;
  /** False for a section's only list, whose heading is the section's own. */
  captionVisible?: boolean;
  newestOf?: DataTableProps["newestOf"];
};

// Minimum widths in em, so the name and source never squeeze to one word per line on a tablet.
const SOURCE_COLUMN: Column = { header: "Source", className: "min-w-[9em]" };
export const NAME_COLUMN = (header: string): Column => ({ header, className: "min-w-[10em]" });
export const DATE_COLUMN = (header: string): Column => ({ header, className: "whitespace-nowrap" });

export function RecordTable<T extends ItemBase>(props: Props<T>) {
  const {
    caption,
    items,
    columns,
    cells,
    completeness,
    emptyWhat,
    emptyQualifier,
    noun,
    pageSize,
    captionVisible = true,
    newestOf,
  } = props;
  if (items.length === 0) {
    return (
      <div className="mb-8">
        {captionVisible && <h3 className="mb-2 text-xl font-bold">{caption}</h3>}
        <EmptyState what={emptyWhat} qualifier={emptyQualifier} completeness={completeness} />
      </div>
    );
  }
  const rows = items.map((item) => ({
    key: item.id,
    cells: [...cells(item), <SourceCell key="source" source={item.source} recorded={item.recorded} />],
  }));
  return (
    <DataTable
      caption={caption}
      columns={[...columns, SOURCE_COLUMN]}
      rows={rows}
      noun={noun}
      pageSize={pageSize}
      captionVisible={captionVisible}
      newestOf={newestOf}
    />
  );
}
