// Rules on base64 images: one of the API's four types, data that is that type (read from its first bytes), 5 MB at most.
// The API refuses each; its wording is not documented, so the messages say the rule and name the image.
import { decodedBytes, IMAGE_TYPES, leadingBytes, MAX_IMAGE_BYTES, sniffImageType } from "../image-bytes";
import { invalid, type Rule, type ValidationIssue } from "./types";

type Block = { type?: string; source?: { type?: string; media_type?: string; data?: unknown } };

export const imageRules: Rule[] = [
  {
    id: "image-source",
    check: ({ request }) => {
      const issues: ValidationIssue[] = [];
      request.messages.forEach((message, m) => {
        if (!Array.isArray(message.content)) return;
        (message.content as Block[]).forEach((block, b) => {
          const source = block?.type === "image" ? block.source : undefined;
          if (source?.type !== "base64") return;
          const path = `messages.${m}.content.${b}.source`;
          const name = `Image ${b + 1} of turn ${m + 1}`;
          if (!(IMAGE_TYPES as readonly string[]).includes(source.media_type ?? "")) {
            issues.push(invalid(`${path}.media_type`, `${name}: media_type must be one of ${IMAGE_TYPES.join(", ")}.`));
          } else if (typeof source.data === "string") {
            const content = sniffImageType(leadingBytes(source.data));
            if (content !== source.media_type) {
              const what = content
                ? `a ${content.slice("image/".length).toUpperCase()} image`
                : "not a JPEG, PNG, GIF or WebP image";
              issues.push(
                invalid(`${path}.data`, `${name}: its data is ${what}, and media_type says ${source.media_type}.`),
              );
            }
          }
          if (typeof source.data === "string" && decodedBytes(source.data) > MAX_IMAGE_BYTES) {
            issues.push(invalid(`${path}.data`, `${name} is over 5 MB.`));
          }
        });
      });
      return issues;
    },
  },
];
