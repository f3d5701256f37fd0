// Any page that fails on the server (for example with the database down) shows the app's own words.
"use client";
import { ServiceProblem } from "@/components/layout/service-problem";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ServiceProblem
      onRetry={() => {
        reset();
        window.location.reload();
      }}
    />
  );
}
