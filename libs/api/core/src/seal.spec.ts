import { randomBytes } from 'node:crypto';
import { parseSealKeys, Sealer } from './seal';

/** A SEAL_KEYS entry with a fresh key, as `npm start` makes one. */
const generateSealKeys = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

describe('seals', () => {
  const k1 = generateSealKeys('k1');
  const k0 = generateSealKeys('k0');
  const subject = ['iep-version', 'a1', 1, 'f'.repeat(64)] as const;

  it('seals with the first key and verifies with any listed key, so keys can rotate', () => {
    const old = new Sealer(parseSealKeys(k0));
    const sealedBefore = old.seal(subject);
    expect(sealedBefore.startsWith('k0:')).toBe(true);
    const rotated = new Sealer(parseSealKeys(`${k1},${k0}`));
    expect(rotated.seal(subject).startsWith('k1:')).toBe(true);
    expect(rotated.check(subject, sealedBefore)).toBe('VALID');
    expect(new Sealer(parseSealKeys(k1)).check(subject, sealedBefore)).toBe('UNKNOWN_KEY');
  });

  it('refuses a changed subject, a seal made with another secret and a missing seal', () => {
    const sealer = new Sealer(parseSealKeys(k1));
    const seal = sealer.seal(subject);
    expect(sealer.check(['iep-version', 'a1', 2, 'f'.repeat(64)], seal)).toBe('INVALID');
    expect(new Sealer(parseSealKeys(generateSealKeys('k1'))).check(subject, seal)).toBe('INVALID');
    expect(sealer.check(subject, null)).toBe('UNSEALED');
  });

  it.each([
    ['', /at least one key/],
    ['k1', /id:base64/],
    ['k1:c2hvcnQ=', /at least 32/],
    [`${generateSealKeys('a')},${generateSealKeys('a')}`, /repeat/],
  ])('explains a wrong SEAL_KEYS value: %j', (value, message) => {
    expect(() => parseSealKeys(value)).toThrow(message);
  });
});
