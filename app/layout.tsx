import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Messages Playground",
  description: "Experiment with the Anthropic Messages API: parameters, streaming, tokens and cost.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
