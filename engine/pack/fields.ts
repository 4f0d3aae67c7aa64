/**
 * Reading fields of an untrusted JSON value: each problem is recorded with the path of the field
 * ("rules[2].message ..."), nothing is thrown, and what comes back is a fresh copy holding only
 * the fields asked for.
 */
export const MAX_PROBLEMS = 20;

const n = (x: number) => x.toLocaleString('en-GB');

/** C0 controls (tab and line breaks included), DEL, C1 controls, and the bidi controls that reorder what is shown. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}

export class Fields {
  readonly problems: string[] = [];

  problem(path: string, text: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(`${path} ${text}`);
  }

  get full(): boolean {
    return this.problems.length >= MAX_PROBLEMS;
  }

  isRecord(v: unknown): v is Record<string, unknown> {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  }

  /** A set of fields with only `allowed` keys, or undefined after a problem. */
  record(v: unknown, path: string, allowed: readonly string[]): Record<string, unknown> | undefined {
    if (!this.isRecord(v)) {
      this.problem(path, 'must be a set of fields');
      return undefined;
    }
    for (const key of Object.keys(v)) if (!allowed.includes(key)) this.problem(path, `has an unknown field "${key.slice(0, 40)}" (allowed: ${allowed.join(', ')})`);
    return v;
  }

  /** Text of at most `max` characters with no control characters; `required` text must not be blank. */
  text(v: unknown, path: string, max: number, required = true): string {
    if (typeof v !== 'string') {
      this.problem(path, 'must be text');
      return '';
    }
    if (v.length > max) this.problem(path, `is ${n(v.length)} characters long; the most allowed is ${n(max)}`);
    else if (required && !v.trim()) this.problem(path, 'must not be empty');
    else if (hasControl(v)) this.problem(path, 'holds a control character (a tab, line break, escape or text-direction mark)');
    else return v;
    return '';
  }

  /** A list of at most `max` items, each read by `item`. */
  list<T>(v: unknown, path: string, max: number, item: (x: unknown, path: string) => T | undefined): T[] {
    if (!Array.isArray(v)) {
      this.problem(path, 'must be a list');
      return [];
    }
    if (v.length > max) {
      this.problem(path, `has ${n(v.length)} items; the most allowed is ${n(max)}`);
      return [];
    }
    const out: T[] = [];
    for (let i = 0; i < v.length && !this.full; i++) {
      const x = item(v[i], `${path}[${i}]`);
      if (x !== undefined) out.push(x);
    }
    return out;
  }

  oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.problem(path, `must be one of: ${allowed.join(', ')}`);
    return undefined;
  }
}

export { n as formatCount };
