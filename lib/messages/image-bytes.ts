// The API's image types and size limit, and an image's real type read from its first bytes: shared by the panel (a file
// picked, pasted or dropped) and the validation rule (an image block typed into the JSON).

export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/gif", "image/webp"] as const;
/** The API's limit per image (5 MB), in bytes of the decoded image. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

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
export function leadingBytes(base64: string): Uint8Array {
  try {
    return Uint8Array.from(atob(base64.slice(0, 16)), (c) => c.charCodeAt(0));
  } catch {
    return new Uint8Array();
  }
}

/** The size of the image that base64 data decodes to, in bytes. */
export const decodedBytes = (base64: string) => Math.floor((base64.length * 3) / 4);
