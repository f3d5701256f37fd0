// Labelled text input with NHS error styling; the error is announced with the field.
import type { InputHTMLAttributes } from "react";
import { controlProps, LabelledField } from "./field-messages";

type Props = InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string; error?: string };

export function TextInput({ id, label, hint, error, className, ...input }: Props) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} className={className}>
      <input {...controlProps(id, hint, error)} {...input} />
    </LabelledField>
  );
}
