// Errors are values with a code and a human message (STYLE.md #7): the decoder, the importer and the
// share store all return one of these instead of throwing.
export type PresetErrorCode =
  | "empty"
  | "too_large"
  | "not_encoded"
  | "not_json"
  | "wrong_schema"
  | "future_version"
  | "contains_secret"
  | "not_found"
  | "storage";

export interface PresetError {
  code: PresetErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: PresetError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: PresetErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});
