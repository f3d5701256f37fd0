// Shown with HTTP 403 when a signed-in user's role may not open a page.
import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="mb-4 text-3xl font-bold">Your role cannot open this page</h1>
      <p className="mb-4">This attempt has been recorded. If you think you need access, ask your administrator.</p>
      <Link href="/">Go to your home page</Link>
    </main>
  );
}
