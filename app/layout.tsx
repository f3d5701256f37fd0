import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Gateway Record Viewer", template: "%s – Gateway Record Viewer" },
  description: "Shared GP record viewer for urgent and emergency care",
  robots: { index: false, follow: false },
  // public/: the web app manifest and the icons a browser asks for (favicon.ico, the home-screen icon).
  manifest: "/manifest.webmanifest",
  icons: { apple: "/apple-touch-icon.png" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen">
        <a href="#main-content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:p-2">
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
