/** A body that delivers the bytes in chunks of `size`, splitting events and characters anywhere. */
export function chunkedStream(bytes: Uint8Array | string, size: number): ReadableStream<Uint8Array> {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= data.length) return controller.close();
      controller.enqueue(data.slice(offset, offset + size));
      offset += size;
    },
  });
}
