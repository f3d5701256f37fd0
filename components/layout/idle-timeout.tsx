"use client";
// Keeps the session alive while the clinician is working and ends it after the idle limit.
// Activity refreshes the JWT cookie (throttled); with no activity the cookie expires and we go to sign-in.
import { useEffect } from "react";

const REFRESH_EVERY_MS = 60_000;

export function IdleTimeout({ idleMinutes }: { idleMinutes: number }) {
  useEffect(() => {
    let lastActivity = Date.now();
    let lastRefresh = Date.now();
    const onActivity = () => {
      lastActivity = Date.now();
      if (lastActivity - lastRefresh > REFRESH_EVERY_MS) {
        lastRefresh = lastActivity;
        void fetch("/api/auth/session", { cache: "no-store" });
      }
    };
    const events = ["keydown", "pointerdown", "scroll"] as const;
    events.forEach((e) => window.addEventListener(e, onActivity, { passive: true }));
    const timer = window.setInterval(() => {
      // A full page load drops every piece of client state from the ended session.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      if (Date.now() - lastActivity > idleMinutes * 60_000) window.location.assign("/sign-in?reason=idle");
    }, 15_000);
    return () => {
      events.forEach((e) => window.removeEventListener(e, onActivity));
      window.clearInterval(timer);
    };
  }, [idleMinutes]);
  return null;
}
