import { badInput } from './errors';

/**
 * Characters no person types and PostgreSQL or a later reader chokes on: NUL (text columns refuse it),
 * lone surrogates (not valid UTF-8, so not storable) and Unicode non-characters.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for.
const UNCLEAN = /[\u0000\p{Cs}\p{Noncharacter_Code_Point}]/u;

/** Path (keys and indexes) to the first string, or object key, in `value` holding an unclean character. */
export function findUncleanString(value: unknown, path: Array<string | number> = []): Array<string | number> | null {
  if (typeof value === 'string') return UNCLEAN.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findUncleanString(value[index], [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (UNCLEAN.test(key)) return [...path, key];
      const found = findUncleanString(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** The refusal, naming the field by its path (`input.content.goals.0.text`) so that a form can point at it. */
export function uncleanInputError(path: Array<string | number>) {
  const field = path.join('.');
  return badInput(
    {
      en: `${field || 'The input'} contains a character that cannot be stored (a NUL, an unpaired surrogate or a Unicode non-character). Remove it and try again.`,
      es: `${field || 'Los datos'} contiene un carácter que no se puede guardar (un NUL, un sustituto sin pareja o un no-carácter de Unicode). Quítelo e inténtelo de nuevo.`,
    },
    { field },
  );
}
