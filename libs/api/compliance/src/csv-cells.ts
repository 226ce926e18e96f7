/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return that some
 * programs skip before one) is prefixed with a quote, which makes it text (OWASP "CSV injection").
 * Student, school and staff names are typed by people, so every text cell passes through here.
 */
export function safeCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
