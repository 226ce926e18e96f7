
/** A meeting time as the reader reads it: their language, the district's clock. */
export function formatMeetingTime(iso: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** The district's calendar date of an instant, written long in the reader's language. */
export function formatMeetingDay(iso: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone }).format(new Date(iso));
}
