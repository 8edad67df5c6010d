// Light/dark theme: "system" follows the OS; the choice is kept in localStorage.
export type ThemeChoice = "system" | "light" | "dark";
export const THEME_KEY = "playground:theme";

/** Runs before React (inline in <head>) so the page never flashes the wrong theme. Keep it tiny and self-contained. */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem("${THEME_KEY}");var d=t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}`;

export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === "dark" || (choice === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
  document.documentElement.style.colorScheme = dark ? "dark" : "light";
}
