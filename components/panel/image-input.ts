// Images pasted, dropped or picked become base64 `image` blocks; checks the API would refuse first.
import type { ValidationIssue } from "@/lib/messages/validate-request";
import type { RequestBody } from "@/lib/messages/types";

export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/gif", "image/webp"] as const;
/** The API's limit per image (5 MB), in bytes of the decoded image. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

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

/** The image type the bytes begin with (their signature), whatever a file's name or a block's media_type says; null
 * when they are none of the API's four. The API refuses an image whose data does not match its media_type. */
export function sniffImageType(bytes: Uint8Array): (typeof IMAGE_TYPES)[number] | null {
  const starts = (signature: number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61)
    return "image/gif";
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return null;
}

/** The first bytes of base64 data (enough for a signature); none when it is not base64. */
function leadingBytes(base64: string): Uint8Array {
  try {
    return Uint8Array.from(atob(base64.slice(0, 16)), (c) => c.charCodeAt(0));
  } catch {
    return new Uint8Array();
  }
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

const decodedBytes = (base64: string) => Math.floor((base64.length * 3) / 4);

/** The UI's own checks on image blocks typed into the JSON: media type and size. */
export function imageIssues(request: RequestBody): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(request.messages)) return issues;
  request.messages.forEach((message, m) => {
    const content = (message as { content?: unknown })?.content;
    if (!Array.isArray(content)) return;
    content.forEach((block: Record<string, unknown>, b) => {
      if (block?.type !== "image") return;
      const source = block.source as { type?: string; media_type?: string; data?: unknown } | undefined;
      if (source?.type !== "base64") return;
      const path = `messages.${m}.content.${b}.source`;
      if (!(IMAGE_TYPES as readonly string[]).includes(source.media_type ?? "")) {
        issues.push({
          path: `${path}.media_type`,
          message: `Image ${b + 1} of turn ${m + 1}: media_type must be one of ${IMAGE_TYPES.join(", ")}.`,
          errorType: "invalid_request_error",
        });
      } else if (typeof source.data === "string") {
        const content = sniffImageType(leadingBytes(source.data));
        if (content !== source.media_type) {
          const what = content
            ? `a ${content.slice("image/".length).toUpperCase()} image`
            : "not a JPEG, PNG, GIF or WebP image";
          issues.push({
            path: `${path}.data`,
            message: `Image ${b + 1} of turn ${m + 1}: its data is ${what}, and media_type says ${source.media_type}.`,
            errorType: "invalid_request_error",
          });
        }
      }
      if (typeof source.data === "string" && decodedBytes(source.data) > MAX_IMAGE_BYTES) {
        issues.push({
          path: `${path}.data`,
          message: `Image ${b + 1} of turn ${m + 1} is over 5 MB.`,
          errorType: "invalid_request_error",
        });
      }
    });
  });
  return issues;
}
