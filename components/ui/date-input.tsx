// NHS date input: day, month and year as separate fields in one fieldset.
import { describedBy, FieldMessages } from "./field-messages";

type Props = { id: string; legend: string; hint?: string; error?: string };

const PARTS = [
  { key: "day", label: "Day", width: "w-14", maxLength: 2 },
  { key: "month", label: "Month", width: "w-14", maxLength: 2 },
  { key: "year", label: "Year", width: "w-20", maxLength: 4 },
] as const;

export function DateInput({ id, legend, hint, error }: Props) {
  return (
    <fieldset
      className={`mb-5 ${error ? "border-l-4 border-nhs-red pl-4" : ""}`}
      aria-describedby={describedBy(id, hint, error)}
      role="group"
    >
      <legend className="mb-1 font-bold">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="flex gap-4">
        {PARTS.map((part) => (
          <div key={part.key}>
            <label htmlFor={part.key === "day" ? id : `${id}-${part.key}`} className="block">
              {part.label}
            </label>
            <input
              id={part.key === "day" ? id : `${id}-${part.key}`}
              name={`${id}-${part.key}`}
              inputMode="numeric"
              maxLength={part.maxLength}
              aria-invalid={error ? true : undefined}
              className={`block ${part.width} border-2 bg-white px-2 py-1.5 ${error ? "border-nhs-red" : "border-nhs-black"}`}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** "27", "3", "1951" → "1951-03-27"; anything incomplete becomes "" so validation says "enter a real date". */
export function dateFromParts(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return d || m || y ? "invalid" : "";
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}
