// Retry for a failed load. A client component only because it tracks the pending state, so a
// clinician can see their click did something while the practice system is asked again.
"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export type RetryHandler = () => unknown;

export function RetryButton({ onRetry, label = "Try again" }: { onRetry: RetryHandler; label?: string }) {
  const [pending, setPending] = useState(false);
  const retry = () => {
    if (pending) return;
    setPending(true);
    // The outcome (new data or a new error) is shown by whoever owns the query, not here;
    // this only needs to know when the attempt has finished.
    void Promise.resolve()
      .then(() => onRetry())
      .catch(() => undefined)
      .finally(() => setPending(false));
  };
  return (
    <span className="no-print">
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus mid-retry. */}
      <Button type="button" variant="secondary" onClick={retry} aria-disabled={pending} className={pending ? "opacity-60" : undefined}>
        {pending ? "Trying again…" : label}
      </Button>
      <span role="status" className="sr-only">
        {pending ? "Trying again" : ""}
      </span>
    </span>
  );
}
