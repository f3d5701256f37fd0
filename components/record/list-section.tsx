// A section that is one list (encounters, observations, referrals…): the frame plus one table
// whose caption is the section title, so each of those sections only says what its columns are.
import type { ReactNode } from "react";
import { sectionTitle, type RecordSection } from "@/lib/domain/record/section-registry/meta";
import type { ItemBase } from "@/lib/domain/record/common";
import type { Completeness } from "@/lib/domain/record/completeness";
import type { Column } from "./data-table";
import { RecordTable } from "./record-table";
import { SectionFrame, type SectionChrome } from "./section-frame";
import type { Noun } from "./words";

type Props<T extends ItemBase> = SectionChrome & {
  section: RecordSection;
  list: { completeness: Completeness; items: readonly T[] };
  columns: readonly Column[];
  cells: (item: T) => readonly ReactNode[];
  noun: Noun;
  /** "No {emptyWhat} recorded"; the plural noun by default. */
  emptyWhat?: string;
};

export function ListSection<T extends ItemBase>({ section, list, columns, cells, noun, emptyWhat, ...chrome }: Props<T>) {
  return (
    <SectionFrame section={section} completeness={list.completeness} {...chrome}>
      <RecordTable
        caption={sectionTitle(section)}
        captionVisible={false}
        items={list.items}
        columns={columns}
        cells={cells}
        completeness={list.completeness}
        emptyWhat={emptyWhat ?? noun.other}
        noun={noun}
      />
    </SectionFrame>
  );
}
