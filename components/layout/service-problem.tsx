// The page shown when the service itself cannot answer (the database is down, or any other server failure):
// the app's own words, never the framework's error page or a driver message. Used by app/error.tsx and
// app/global-error.tsx; a browser component, so it takes nothing from the server.
"use client";
import { ERROR_INFO } from "@/lib/domain/errors";

export function ServiceProblem({ onRetry }: { onRetry?: () => void }) {
  const { title, action } = ERROR_INFO.DATABASE_UNAVAILABLE;
  return (
    <>
      <header className="bg-nhs-blue text-white">
        <div className="mx-auto max-w-6xl px-4 py-3 text-xl font-bold">Gateway Record Viewer</div>
      </header>
      <main id="main-content" className="mx-auto max-w-3xl px-4 py-8" data-testid="service-problem">
        <h1 className="mb-4 text-3xl font-bold">{title}</h1>
        <p className="mb-4">The service is not available at the moment. {action}</p>
        <p className="mb-6">For urgent information, phone the patient&apos;s GP practice.</p>
        <button
          type="button"
          onClick={() => (onRetry ? onRetry() : window.location.reload())}
          className="rounded bg-nhs-blue px-4 py-2 font-bold text-white"
        >
          Try again
        </button>
      </main>
    </>
  );
}
