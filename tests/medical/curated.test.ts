import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCurated, VocabularyContentError } from '../../compiler/vocabulary/curated.js';

const repo = resolve(dirname(new URL(import.meta.url).pathname), '../..');

/** A content/vocabulary folder in a temporary directory, from file name -> text. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vocab-'));
  mkdirSync(join(dir, 'plain-english'));
  const all = { 'lay-safe.txt': '', 'word-parts.tsv': '', ...files };
  for (const [name, text] of Object.entries(all)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('content/vocabulary files', () => {
  it('reads terms, shorthand in capitals, lay-safe words and word parts', () => {
    const c = readCurated(
      folder({
        'lay-safe.txt': '# comment\nx-ray\nAsthma\n',
        'plain-english/symptom.tsv': 'Sputum\tphlegm\n',
        'plain-english/clinical-shorthand.tsv': 'SOB\tshort of breath\nprn\twhen needed\n',
        'word-parts.tsv': 'strong\titis|itides\tswelling\nroot\tnephr\tkidney\n',
      }),
    );
    expect([...c.laySafe]).toEqual(['x ray', 'asthma']);
    expect(c.plain.get('sputum')).toEqual({ kind: 'symptom', text: 'phlegm', acronym: false });
    expect(c.plain.get('SOB')?.acronym).toBe(true);
    expect(c.plain.get('prn')?.acronym).toBe(false);
    expect(c.parts.strong).toEqual(['itis', 'itides']);
    expect(c.parts.root).toEqual(['nephr']);
  });

  it('names the file and line of every mistake', () => {
    const dir = folder({
      'lay-safe.txt': 'sputum\n',
      'plain-english/symptom.tsv': 'sputum\tphlegm\npyrexia\n',
      'plain-english/illness.tsv': 'cold\ta cold\n',
      'word-parts.tsv': 'infix\tzz\tnothing\n',
    });
    let message = '';
    try {
      readCurated(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(VocabularyContentError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/symptom\.tsv:1: "sputum" is also in lay-safe\.txt/);
    expect(message).toMatch(/symptom\.tsv:2: expected "term<TAB>plain English"/);
    expect(message).toMatch(/illness\.tsv: the file name must be a kind of term/);
    expect(message).toMatch(/word-parts\.tsv:1: expected "type<TAB>forms<TAB>meaning"/);
  });

  it('reads the real folder without mistakes', () => {
    expect(() => readCurated(join(repo, 'content/vocabulary'))).not.toThrow();
  });
});

describe('engine/medical is pure', () => {
  // It runs in a content script, a page and the CLI: no Node modules, no DOM globals.
  const dir = join(repo, 'engine/medical');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s imports only its own folder', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const [, from] of source.matchAll(/from '([^']+)'/g)) expect(from, file).toMatch(/^\.\/[a-z-]+\.js$/);
    expect(source).not.toMatch(/\b(document|window|process|require)\b[.(]/);
  });
});
