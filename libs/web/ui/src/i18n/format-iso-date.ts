const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The API's dates are calendar dates ('YYYY-MM-DD'), not instants. Parsing them with `new Date(iso)` reads
 * them as UTC midnight, which a browser west of Greenwich shows as the day before; building the date in UTC and
 * formatting it in UTC keeps the day the school wrote down.
 */
export function formatIsoDate(iso: string, language: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
