"use client";
// True while the browser prints the page (Print button, Ctrl+P or the browser menu). A table then draws every
// row: on screen it draws only the page being read, so a record with thousands of issues is not thousands of
// hidden rows in the HTML, and nothing is cut from the paper copy.
import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The print layout is taken as soon as "beforeprint" returns, so the rows must be in the DOM by then.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing;
}
