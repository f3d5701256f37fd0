// NHS tag pattern: bold small text on a tinted background with a matching border, so status
// reads at a glance and still shows in print (borders print when backgrounds do not).
import type { ReactNode } from "react";

export type TagColour = "black" | "white" | "grey" | "blue" | "green" | "yellow" | "orange" | "red" | "purple";

// Colour pairs from the NHS design system tag component; each passes 4.5:1 text contrast.
const COLOURS: Record<TagColour, string> = {
  black: "bg-nhs-black text-white border-nhs-black",
  white: "bg-white text-nhs-black border-nhs-black",
  grey: "bg-[#dbe0e3] text-[#2f3e46] border-[#bbc4ca]",
  blue: "bg-[#ccdff1] text-[#002f5c] border-[#7fafdc]",
  green: "bg-[#cce5d8] text-[#005a2a] border-[#80bf9d]",
  yellow: "bg-[#fff9c4] text-[#4d4000] border-[#ffeb3b]",
  orange: "bg-[#ffdc8e] text-[#4d3708] border-[#ffb81c]",
  red: "bg-[#f7d4d1] text-[#6b140e] border-[#ea9389]",
  purple: "bg-[#d6cce3] text-[#240856] border-[#a38db9]",
};

export function Tag({ colour, children, className }: { colour: TagColour; children: ReactNode; className?: string }) {
  return (
    <strong
      className={`inline-block border px-2 py-0.5 text-[0.875em] font-bold leading-snug print:border-nhs-black print:bg-white print:text-nhs-black ${COLOURS[colour]} ${className ?? ""}`}
    >
      {children}
    </strong>
  );
}
