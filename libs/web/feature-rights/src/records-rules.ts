/** The longest note a parent may add to a records request: the API refuses a longer one with the same limit. */
export const NOTE_LIMIT = 2000;

export function noteTooLong(note: string): boolean {
  return note.trim().length > NOTE_LIMIT;
}
