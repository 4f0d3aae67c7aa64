/**
 * Reads a .reg file as Chrome and Edge read the registry for an extension's policy
 * (components/policy/core/common/registry_dict.cc in Chromium): a key's values and subkeys become
 * fields; where the schema asks for a list, the values or subkeys named 1, 2, 3... become its
 * items; a DWORD is a number. Enough for the example files in docs/deploy/, not a general parser.
 */
export type RegValue = string | number;
export interface RegKey {
  values: Map<string, RegValue>;
  keys: Map<string, RegKey>;
}

const newKey = (): RegKey => ({ values: new Map(), keys: new Map() });

/** Every key of the file under one root, by path below it. */
export function parseReg(text: string): RegKey {
  const root = newKey();
  let current: RegKey | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith(';') || line.startsWith('Windows Registry Editor')) continue;
    const key = /^\[(.+)\]$/.exec(line);
    if (key) {
      let at: RegKey = root;
      for (const part of key[1].split('\\')) {
        let next: RegKey | undefined = at.keys.get(part);
        if (!next) at.keys.set(part, (next = newKey()));
        at = next;
      }
      current = at;
      continue;
    }
    const value = /^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-fA-F]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`cannot read .reg line: ${line}`);
    current.values.set(value[1], value[3] !== undefined ? parseInt(value[3], 16) : value[2].replace(/\\(.)/g, '$1'));
  }
  return root;
}

export function keyAt(root: RegKey, path: string): RegKey | undefined {
  let k: RegKey | undefined = root;
  for (const part of path.split('\\')) k = k?.keys.get(part);
  return k;
}

interface Schema {
  type: string;
  properties?: Record<string, Schema>;
  items?: Schema;
}

/** The key as the JSON value the schema describes. */
export function toPolicy(key: RegKey, schema: Schema): unknown {
  if (schema.type === 'array') {
    const numbered = [...key.values.entries(), ...[...key.keys.entries()].map(([n, k]) => [n, toPolicy(k, schema.items!)] as const)]
      .filter(([n]) => /^\d+$/.test(n))
      .sort(([a], [b]) => Number(a) - Number(b));
    return numbered.map(([, v]) => v);
  }
  const out: Record<string, unknown> = {};
  for (const [name, v] of key.values) out[name] = v;
  for (const [name, k] of key.keys) out[name] = toPolicy(k, schema.properties?.[name] ?? { type: 'object' });
  return out;
}
