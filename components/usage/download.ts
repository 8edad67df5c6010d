/** Saves text as a file through a temporary link (no server round trip, nothing leaves the browser). */
export function downloadText(filename: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const stamp = (date = new Date()) => date.toISOString().slice(0, 19).replace(/[:T]/g, "-");
