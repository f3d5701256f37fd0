// What the two review screens (override alerts, safety concerns) share: the note when the list is cut short, and the
// open and reviewed sections, each with its heading and what to say when empty. Server-rendered.
import type { ReactNode } from "react";
import { Callout } from "@/components/ui/callout";

type Item = { id: string; status: string };

type QueueSectionsProps<T extends Item> = {
  /** What the items are called in headings and ids: "alerts", "concerns". */
  noun: string;
  items: readonly T[];
  total: number;
  openCount: number;
  limit: number;
  /** Where the items that are not shown can be found. */
  restAreIn: string;
  emptyOpen: string;
  emptyReviewed: string;
  render: (item: T) => ReactNode;
};

export function ReviewQueueSections<T extends Item>(props: QueueSectionsProps<T>) {
  const { noun, items, total, openCount, limit } = props;
  const open = items.filter((i) => i.status === "OPEN");
  const reviewed = items.filter((i) => i.status !== "OPEN");
  const section = (id: string, title: string, list: readonly T[], empty: string, className = "") => (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {list.length === 0 ? <p className="bg-white p-4">{empty}</p> : list.map(props.render)}
    </section>
  );
  return (
    <>
      {total > items.length && (
        <Callout tone="warning" as="p">
          Showing the {limit} most relevant of {total} {noun}. {props.restAreIn}
        </Callout>
      )}
      {section(`open-${noun}`, `Open ${noun} (${openCount})`, open, props.emptyOpen, "mb-10")}
      {section(`reviewed-${noun}`, `Reviewed ${noun}`, reviewed, props.emptyReviewed)}
    </>
  );
}
