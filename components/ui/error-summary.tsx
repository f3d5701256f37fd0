// NHS error summary: at the top of a form, focused on appearance, each error linking to its field.
"use client";
import { useEffect, useRef } from "react";

export type FieldError = { fieldId: string; message: string };

export function ErrorSummary({ title = "There is a problem", errors }: { title?: string; errors: FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.message).join("|");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 border-4 border-nhs-red bg-white p-4 focus:outline-4 focus:outline-nhs-focus"
    >
      <h2 id="error-summary-title" className="mb-2 text-xl font-bold">
        {title}
      </h2>
      <ul className="space-y-1">
        {errors.map((e) => (
          <li key={e.fieldId + e.message}>
            <a href={`#${e.fieldId}`} className="font-bold !text-nhs-red">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
