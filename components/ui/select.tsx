// Labelled select with NHS error styling; the first option is "any" (an empty value).
import type { SelectHTMLAttributes } from "react";
import { describedBy, FieldMessages } from "./field-messages";

type Option = { value: string; label: string };
type Props = SelectHTMLAttributes<HTMLSelectElement> & { id: string; label: string; options: readonly Option[]; anyLabel: string; error?: string };

export function Select({ id, label, options, anyLabel, error, className, ...select }: Props) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-nhs-red pl-4" : ""} ${className ?? ""}`}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      <FieldMessages id={id} error={error} />
      <select
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
        className={`block w-full max-w-md border-2 bg-white px-2 py-1.5 ${error ? "border-nhs-red" : "border-nhs-black"}`}
        {...select}
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
