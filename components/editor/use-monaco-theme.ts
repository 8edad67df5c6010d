"use client";

import { useEffect, useState } from "react";

const current = () => (document.documentElement.classList.contains("dark") ? "vs-dark" : "vs");

/** Monaco's theme, following the page's `dark` class (set by the theme toggle). */
export function useMonacoTheme(): "vs" | "vs-dark" {
  const [theme, setTheme] = useState<"vs" | "vs-dark">(current);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(current()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
    return () => observer.disconnect();
  }, []);
  return theme;
}
