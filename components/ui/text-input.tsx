// Labelled text input with NHS error styling; the error is announced with the field.
import type { InputHTMLAttributes } from "react";
import { describedBy, FieldMessages } from "./field-messages";

type Props = InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string; error?: string };

export function TextInput({ id, label, hint, error, className, ...input }: Props) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-nhs-red pl-4" : ""} ${className ?? ""}`}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`block w-full max-w-md border-2 bg-white px-2 py-1.5 ${error ? "border-nhs-red" : "border-nhs-black"}`}
        {...input}
      />
    </div>
  );
}
