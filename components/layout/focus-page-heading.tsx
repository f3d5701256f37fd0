"use client";
// After a navigation inside the app, focus moves to the new page's heading, so keyboard and screen-reader users start
// reading the page they asked for rather than at the top of the document (or at a button that has gone). The record's
// section heading is marked `data-page-heading`; any other page's is its h1. The first page of a visit is left alone:
// the browser starts there at the top, with the skip link.
import { usePathname } from "next/navigation";
import { useEffect } from "react";

let loaded = false;

export function focusPageHeading(): void {
  // After the frame the new page is painted in, so the heading is the new page's.
  requestAnimationFrame(() => {
    const heading = document.querySelector<HTMLElement>("main [data-page-heading]") ?? document.querySelector<HTMLElement>("main h1");
    if (!heading) return;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    // From the top, whatever the browser kept: on a record page the banner, with the care-wishes line, is in view.
    window.scrollTo(0, 0);
    heading.focus({ preventScroll: true });
  });
}

/** In the signed-in layout, after <main>: its effect runs after the page's own, and marks the first page as loaded. */
export function FocusPageHeading() {
  const pathname = usePathname();
  useEffect(() => {
    if (!loaded) {
      loaded = true;
      return;
    }
    focusPageHeading();
  }, [pathname]);
  return null;
}

/** Rendered where content appears at the same address (the record opening after "why are you looking?"). */
export function FocusPageHeadingOnMount() {
  useEffect(() => {
    if (loaded) focusPageHeading();
  }, []);
  return null;
}
