"use client";

import { useEffect, useState } from "react";
import { DARK_THEME } from "./monaco-setup";

type Theme = "vs" | typeof DARK_THEME;

const current = (): Theme => (document.documentElement.classList.contains("dark") ? DARK_THEME : "vs");

/** Monaco's theme, following the page's `dark` class (set by the theme toggle). */
export function useMonacoTheme(): Theme {
  const [theme, setTheme] = useState<Theme>(current);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(current()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
    return () => observer.disconnect();
  }, []);
  return theme;
}
