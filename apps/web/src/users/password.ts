// A temporary password for a reset, made in the browser with the platform's cryptographic generator.

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const LETTERS = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const ALPHABET = LETTERS + DIGITS;

type RandomSource = (count: number) => Uint32Array;
const cryptoRandom: RandomSource = (count) => crypto.getRandomValues(new Uint32Array(count));

/**
 * `length` characters with at least one letter and one digit (the server's rule: ten or more, letters
 * and digits), drawn without bias.
 */
export function temporaryPassword(length = 14, random: RandomSource = cryptoRandom): string {
  for (;;) {
    const chars: string[] = [];
    while (chars.length < length) {
      for (const value of random(length)) {
        // Reject the top of the range so every character is equally likely.
        const limit = Math.floor(0x1_0000_0000 / ALPHABET.length) * ALPHABET.length;
        if (value < limit && chars.length < length) chars.push(ALPHABET[value % ALPHABET.length]!);
      }
    }
    const text = chars.join('');
    if (/[a-zA-Z]/.test(text) && /\d/.test(text)) return text;
  }
}
