import type { ButtonHTMLAttributes } from "react";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "warning" };

const VARIANTS = {
  primary: "bg-nhs-green text-white shadow-[0_4px_0_#00401e] hover:bg-[#00662f]",
  secondary: "bg-white text-nhs-blue border-2 border-nhs-blue shadow-[0_4px_0_#005eb8] hover:bg-nhs-pale-grey",
  warning: "bg-nhs-red text-white shadow-[0_4px_0_#6b140e] hover:bg-[#aa2016]",
} as const;

/** NHS-style button: bold, with a drop shadow that the focus state replaces. */
export function Button({ variant = "primary", className, ...props }: Props) {
  return (
    <button
      className={`mb-2 inline-block rounded px-4 py-2 text-lg font-bold disabled:opacity-60 ${VARIANTS[variant]} ${className ?? ""}`}
      {...props}
    />
  );
}
