import { findUncleanString, uncleanInputError } from './clean-input';

describe('findUncleanString', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', 'a\udc00'],
    ['a BMP non-character', 'a\ufdd0'],
    ['U+FFFE', '\ufffe'],
    ['a supplementary non-character', 'x\u{10ffff}'],
  ])('finds %s', (_what, text) => {
    expect(findUncleanString({ input: { items: [{ text: 'fine' }, { text }] } })).toEqual(['input', 'items', 1, 'text']);
  });

  it('passes emoji, accents, tabs and line breaks', () => {
    expect(findUncleanString({ a: 'José 😀\tline\r\nnext', b: ['ñ', 'ü'], c: 3, d: null })).toBeNull();
  });

  it('checks object keys as well as values', () => {
    expect(findUncleanString({ content: { 'bad\u0000key': 'x' } })).toEqual(['content', 'bad\u0000key']);
  });

  it('names the field in the refusal', () => {
    const error = uncleanInputError(['input', 'body']);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
    expect(error.localized.es).toContain('input.body');
  });
});
