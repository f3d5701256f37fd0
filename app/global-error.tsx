// The last resort, when even the root layout fails: the app's own words, with its own html and body.
"use client";
import "./globals.css";
import { ServiceProblem } from "@/components/layout/service-problem";

export default function GlobalError() {
  return (
    <html lang="en-GB">
      <body className="min-h-screen">
        <ServiceProblem />
      </body>
    </html>
  );
}
