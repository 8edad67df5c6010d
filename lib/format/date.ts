// Dates as the page shows them, in the reader's locale and one style everywhere (History, a call's dialog, the
// chart, the preset library), through formatters made once: Date#toLocaleString with options builds a formatter
// per call, for every row of every render.

const WITH_SECONDS = new Intl.DateTimeFormat(undefined, {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  second: "2-digit",
});
const TO_THE_MINUTE = new Intl.DateTimeFormat(undefined, {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
});

/** A call's start, to the second (calls come seconds apart): "Dec 1, 11:42:07". */
export const formatCallTime = (ms: number): string => WITH_SECONDS.format(ms);

/** When something was last used or changed, to the minute: "Dec 1, 11:42". */
export const formatDateTime = (ms: number): string => TO_THE_MINUTE.format(ms);
