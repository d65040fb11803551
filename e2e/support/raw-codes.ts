// Issue #11 §3: no raw code reaches a person. The patterns a screen's text or an export's cell must not
// match: award codes, field and fact identifiers, layer codes, slugs and ids.

const RAW = [
  { name: 'award code', re: /\b(CO_CP|CO_TP|CO_T|BK_TP|BK_CT|TTLDXS|TTLDTT)\b/ },
  { name: 'UPPER_SNAKE code', re: /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/ },
  { name: 'snake_case identifier', re: /\b[a-z]+(?:_[a-z0-9]+)+\b/ },
  // A lower-case ASCII word running into an upper-case letter ("reportsSubmitted"). `\b` knows only ASCII
  // letters, so the lookbehind stops a match from starting inside a Vietnamese word after a letter with
  // a diacritic (a false hit the draft could make).
  { name: 'camelCase identifier', re: /(?<![\p{L}\p{N}])[a-z]+[A-Z][a-zA-Z]*\b/u },
  { name: 'layer code', re: /\b(focal|standingOffice|self|agreed)\b/ },
  { name: 'field code', re: /\b(plan|actual|points|itemCode|unitId):/ },
  { name: 'id', re: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/ },
  // The demo's unit slugs. Only a whole hyphenated token counts: a Vietnamese phrase written with a
  // dash between words has spaces or diacritics, a slug has neither.
  {
    name: 'unit slug',
    re: /(?<![\p{L}\p{N}/.-])(?:phuong|xa|so|truong|thpt|cum|khoi)-[a-z0-9]+(?:-[a-z0-9]+)*(?![\p{L}\p{N}])/u,
  },
];

/**
 * The text without the values of the field "Mã" in the log's lists ("Mã: cum-e2e-…"): a code an office
 * gave its own cluster or unit, its own words, said as what it is.
 */
export const withoutOwnCodes = (text: string) => text.replace(/^Mã: .*$/gm, '');

/** Every raw code in a text, with a few words around it. */
export function rawCodes(text: string): string[] {
  return RAW.flatMap(({ name, re }) => {
    const global = new RegExp(re.source, `g${re.flags}`);
    return [...text.matchAll(global)].map(
      (m) =>
        `${name}: “${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20).replace(/\s+/g, ' ')}”`,
    );
  });
}
