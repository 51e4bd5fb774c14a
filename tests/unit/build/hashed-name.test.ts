import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashedName } from '../../../src/lib/build/hashed-name';

describe('hashedName', () => {
  it('swaps the 8-character hash of a built name for the first 8 base64url characters of the content’s SHA-256', () => {
    // SHA-256("abc") is ba7816bf..., whose base64url form starts "ungWv48B".
    expect(createHash('sha256').update('abc').digest('base64url').slice(0, 8)).toBe('ungWv48B');
    expect(hashedName('math.uWtZv3w3.css', 'abc')).toBe('math.ungWv48B.css');
    expect(hashedName('stix-two-math-latin-400-normal.tfF5U0vx.woff2', Buffer.from('abc'))).toBe('stix-two-math-latin-400-normal.ungWv48B.woff2');
  });

  it('refuses a name without a hash', () => {
    expect(() => hashedName('math.css', 'abc')).toThrow('The built file "math.css" has no hash in its name (expected "name.XXXXXXXX.ext"), so it cannot be renamed after its content.');
  });
});
