// Labelled select with NHS error styling; the first option is "any" (an empty value).
import type { SelectHTMLAttributes } from "react";
import { controlProps, LabelledField } from "./field-messages";

type Option = { value: string; label: string };
type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  options: readonly Option[];
  anyLabel: string;
  error?: string;
};

export function Select({ id, label, options, anyLabel, error, className, ...select }: Props) {
  return (
    <LabelledField id={id} label={label} error={error} className={className}>
      <select {...controlProps(id, undefined, error)} {...select}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
