// The label, hint and error of a form control, shared by every control so they read and are announced alike.
import type { ReactNode } from "react";

/** The ids of a field's hint and error, for aria-describedby; undefined when it has neither. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FieldMessages({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-nhs-grey">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mb-1 font-bold text-nhs-red">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}

/** The attributes that tie a single control to its label, hint and error, and its NHS border. */
export function controlProps(id: string, hint: string | undefined, error: string | undefined) {
  return {
    id,
    name: id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
    className: `block w-full max-w-md border-2 bg-white px-2 py-1.5 ${error ? "border-nhs-red" : "border-nhs-black"}`,
  } as const;
}

type LabelledFieldProps = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string | undefined;
  children: ReactNode;
};

/** A single labelled control with its hint and error above it; the error marks the whole field in red. */
export function LabelledField({ id, label, hint, error, className, children }: LabelledFieldProps) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-nhs-red pl-4" : ""} ${className ?? ""}`}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}
