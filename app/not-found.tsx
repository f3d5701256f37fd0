import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="mb-4 text-3xl font-bold">Page not found</h1>
      <p className="mb-4">Check the address, or go back to your home page.</p>
      <Link href="/">Go to your home page</Link>
    </main>
  );
}
