// Images pasted, dropped or picked become base64 `image` blocks, checked as the API checks them (an image block typed
// into the JSON is checked by the validation rules: lib/messages/validation/image-rules.ts).
import { IMAGE_TYPES, MAX_IMAGE_BYTES, sniffImageType } from "@/lib/messages/image-bytes";

export type ImageBlock = {
  type: "image";
  source: { type: "base64"; media_type: string; data: string };
};

/** Why a file cannot be sent as an image, or null when it can. */
export function checkImageFile(file: { type: string; size: number; name: string }): string | null {
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) {
    return `${file.name || "This file"} is not a JPEG, PNG, GIF or WebP image.`;
  }
  if (file.size > MAX_IMAGE_BYTES) {
    return `${file.name || "This image"} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the API takes at most 5 MB per image.`;
  }
  return null;
}

export async function readImageFile(file: File): Promise<ImageBlock | { error: string }> {
  const problem = checkImageFile(file);
  if (problem) return { error: problem };
  // A file named .png may hold a JPEG (sent as what it is) or no image at all (refused here, not by the API).
  const sniffed = sniffImageType(new Uint8Array(await file.slice(0, 12).arrayBuffer()));
  if (!sniffed)
    return {
      error: `${file.name || "This file"} is not a JPEG, PNG, GIF or WebP image: its content is none of them, whatever its name says.`,
    };
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
  return {
    type: "image",
    source: { type: "base64", media_type: sniffed, data: dataUrl.slice(dataUrl.indexOf(",") + 1) },
  };
}

/** A data: URL for a thumbnail, only for base64 images of an allowed type (never a remote URL). */
export function thumbnailUrl(block: Record<string, unknown>): string | null {
  const source = block.source as { type?: string; media_type?: string; data?: string } | undefined;
  if (source?.type !== "base64" || typeof source.data !== "string") return null;
  if (!(IMAGE_TYPES as readonly string[]).includes(source.media_type ?? "")) return null;
  return `data:${source.media_type};base64,${source.data}`;
}
