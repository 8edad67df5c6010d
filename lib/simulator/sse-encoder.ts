/** Encodes one event as the real API does: an `event:` line naming it, then its JSON. */
export function encodeSseEvent(event: { type: string }): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}
