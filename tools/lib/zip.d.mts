/** A ZIP (deflated entries) of `files`, name → text or Buffer. */
export function zipFiles(files: Record<string, string | Buffer>): Buffer;
