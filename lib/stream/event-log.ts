// A call's raw events in one string and two typed arrays. Tens of thousands of small objects cost a
// structured clone (a worker's postMessage, an IndexedDB put) a few microseconds each, a long task for one
// long reply; a string and typed arrays are copied whole (bench:stream).

export interface RawEvent {
  name: string;
  raw: string;
  /** Milliseconds since the request was sent. */
  at: number;
}

export interface PackedEvents {
  /** Each event's name then its raw data, one after another. */
  text: string;
  /** Per event: where its name ends, then where its data ends, in `text`. */
  ends: Uint32Array;
  at: Float64Array;
}

export function packEvents(events: readonly RawEvent[]): PackedEvents {
  const ends = new Uint32Array(events.length * 2);
  const at = new Float64Array(events.length);
  const parts: string[] = [];
  let offset = 0;
  events.forEach((event, i) => {
    parts.push(event.name, event.raw);
    ends[2 * i] = offset += event.name.length;
    ends[2 * i + 1] = offset += event.raw.length;
    at[i] = event.at;
  });
  return { text: parts.join(""), ends, at };
}

export function unpackEvents(packed: PackedEvents): RawEvent[] {
  const events: RawEvent[] = new Array(packed.at.length);
  let start = 0;
  for (let i = 0; i < packed.at.length; i++) {
    const nameEnd = packed.ends[2 * i];
    const rawEnd = packed.ends[2 * i + 1];
    events[i] = { name: packed.text.slice(start, nameEnd), raw: packed.text.slice(nameEnd, rawEnd), at: packed.at[i] };
    start = rawEnd;
  }
  return events;
}
