import type { FastifyInstance } from 'fastify';
import { AppError } from './errors';
import { EXACT_DIGITS } from './schemas';
import { fieldPath } from './validation';

// JSON bodies are parsed by JSON.parse, which turns every number into a binary double: `1e309` becomes
// Infinity and a 23-digit plan is silently rounded. Numbers are the heart of this product (exact
// scores), so the body's number literals are checked against what was parsed: a literal the double
// does not keep exactly is refused, naming its field, instead of being rounded.

/** Deepest nesting accepted in a body (no input of the API is more than a few levels deep). */
export const MAX_DEPTH = 64;

/** `-12.50e3` → sign, significant digits and exponent with trailing zeros folded in: `-125e2`. */
function canonical(literal: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(literal);
  if (!match) return literal;
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  let digits = (whole + fraction).replace(/^0+/, '');
  let exp = Number(exponent) - fraction.length;
  if (digits === '') return '0';
  const trimmed = digits.replace(/0+$/, '');
  exp += digits.length - trimmed.length;
  digits = trimmed;
  return `${sign}${digits}e${exp}`;
}

/** Whether a JSON number literal survives JSON.parse exactly. */
export function keptExactly(literal: string): boolean {
  const value = Number(literal);
  if (!Number.isFinite(value)) return false;
  const significant = literal
    .replace(/[eE].*$/, '')
    .replace(/[-.]/g, '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  if (significant.length <= EXACT_DIGITS) return true;
  return canonical(literal) === canonical(String(value));
}

interface Problem {
  path: (string | number)[];
  message: string;
}

/** The first number literal not kept exactly, or nesting deeper than MAX_DEPTH, in valid JSON text. */
export function findInexactNumber(text: string): Problem | null {
  let i = 0;
  const path: (string | number)[] = [];
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = (): string => {
    const re = /"(?:[^"\\]|\\.)*"/y;
    re.lastIndex = i;
    const match = re.exec(text)![0];
    i += match.length;
    return JSON.parse(match) as string;
  };
  const value = (depth: number): Problem | null => {
    if (depth > MAX_DEPTH) return { path: [...path], message: `lồng quá ${MAX_DEPTH} tầng` };
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return null;
      }
      for (let index = 0; ; index++) {
        space();
        if (c === '{') {
          path.push(string());
          space();
          i++; // ':'
        } else path.push(index);
        const problem = value(depth + 1);
        if (problem) return problem;
        path.pop();
        space();
        if (text[i++] !== ',') return null;
      }
    }
    if (c === '"') {
      string();
      return null;
    }
    const re = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    re.lastIndex = i;
    const literal = re.exec(text)?.[0];
    if (literal === undefined) {
      i += c === 'f' ? 5 : 4; // true, null, false
      return null;
    }
    i += literal.length;
    if (keptExactly(literal)) return null;
    const shown = literal.length > 30 ? `${literal.slice(0, 30)}…` : literal;
    return {
      path: [...path],
      message: Number.isFinite(Number(literal))
        ? `có nhiều chữ số hơn mức lưu chính xác được (tối đa ${EXACT_DIGITS} chữ số có nghĩa; nhận được ${shown})`
        : `số quá lớn (nhận được ${shown})`,
    };
  };
  return value(0);
}

/** Replaces Fastify's JSON parser with one that refuses numbers it cannot keep exactly. */
export function registerExactJson(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.trim() === '') {
      done(Object.assign(new Error('empty body'), { code: 'FST_ERR_CTP_EMPTY_JSON_BODY', statusCode: 400 }));
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text, (key, val: unknown) => (key === '__proto__' ? undefined : val));
    } catch {
      done(Object.assign(new Error('bad json'), { code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 }));
      return;
    }
    const problem = findInexactNumber(text);
    if (problem) {
      done(
        new AppError('VALIDATION', undefined, [
          { path: fieldPath('body', problem.path), message: problem.message },
        ]),
      );
      return;
    }
    done(null, parsed);
  });
}
