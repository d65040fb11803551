import { describe, expect, it } from 'vitest';
import { temporaryPassword } from '../src/users/password';

describe('temporaryPassword', () => {
  it('meets the server’s rule: ten or more characters with a letter and a digit', () => {
    for (let i = 0; i < 200; i++) {
      const password = temporaryPassword();
      expect(password).toHaveLength(14);
      expect(password).toMatch(/[a-zA-Z]/);
      expect(password).toMatch(/\d/);
      expect(password).not.toMatch(/[0O1lI]/);
    }
  });

  it('draws again when a draw has no digit', () => {
    let call = 0;
    const random = (count: number) => {
      call++;
      // The first draw is all "a" (no digit), so it is drawn again; later draws walk the alphabet.
      return Uint32Array.from({ length: count }, (_, i) => (call === 1 ? 0 : i * 7 + call));
    };
    const password = temporaryPassword(12, random);
    expect(password).toMatch(/\d/);
    expect(call).toBeGreaterThan(1);
  });
});
