// The NHS callouts, in one place: warning (warm yellow), information (blue), error (red), success (green) and inset
// text (grey rule). Each is a white panel with a thick left rule, thinner on paper. Severity is also in the words
// each caller writes, never in the colour alone.
import type { ReactNode } from "react";

export type CalloutTone = "warning" | "info" | "error" | "success" | "inset";

const TONE: Record<CalloutTone, string> = {
  warning: "border-nhs-warm-yellow",
  info: "border-nhs-blue",
  error: "border-nhs-red",
  success: "border-nhs-green",
  inset: "border-nhs-border",
};

type Props = {
  tone: CalloutTone;
  children: ReactNode;
  /** status for news the user should hear, alert for a failure; none for static text. */
  role?: "status" | "alert";
  /** Extra classes (margins, padding) for where it sits. */
  className?: string;
  /** "li" inside a list of callouts. */
  as?: "div" | "li" | "p";
  /** data-* attributes the page's tests and print styles find it by. */
  data?: Record<`data-${string}`, string>;
};

export function Callout({ tone, children, role, className = "mb-6 p-4", as: Tag = "div", data }: Props) {
  return (
    <Tag role={role} className={`border-l-8 bg-white print:border-l-4 ${TONE[tone]} ${className}`} {...data}>
      {children}
    </Tag>
  );
}
