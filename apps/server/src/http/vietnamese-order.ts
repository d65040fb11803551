import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/**
 * Vietnamese alphabetical order in SQL, whatever the database's collation (PGlite and a PostgreSQL
 * created with the C locale sort by code point, which puts "Đông" after "Tây"). Each letter of the
 * Vietnamese alphabet — a ă â b c d đ e ê … o ô ơ … u ư … — becomes one ASCII character in that order
 * (tone marks are dropped: they only break ties), then the key is compared byte by byte.
 */
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const TONES: Record<string, string> = {
  a: 'aáàảãạ',
  ă: 'ăắằẳẵặ',
  â: 'âấầẩẫậ',
  e: 'eéèẻẽẹ',
  ê: 'êếềểễệ',
  i: 'iíìỉĩị',
  o: 'oóòỏõọ',
  ô: 'ôốồổỗộ',
  ơ: 'ơớờởỡợ',
  u: 'uúùủũụ',
  ư: 'ưứừửữự',
  y: 'yýỳỷỹỵ',
};

function buildMap(): { from: string; to: string } {
  let from = '';
  let to = '';
  [...ALPHABET].forEach((letter, i) => {
    // 'A' (0x41) onwards, above digits and spaces, so "Trường số 2" still sorts by its number.
    const key = String.fromCharCode(0x41 + i);
    for (const variant of TONES[letter] ?? letter) {
      from += variant + variant.toUpperCase();
      to += key + key;
    }
  });
  return { from, to };
}

const MAP = buildMap();

/** An ORDER BY expression sorting `column` in Vietnamese alphabetical order (then exactly, for ties). */
export function vietnameseOrder(column: AnyColumn): SQL[] {
  return [sql`translate(${column}, ${MAP.from}, ${MAP.to}) collate "C"`, sql`${column} collate "C"`];
}
