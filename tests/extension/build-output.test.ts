/**
 * Checks the built extension (npm run build:extension writes .output/ first; npm test does that):
 * narrow permissions, no remote code or network APIs, the guidance pages inside, the content
 * script free of compiler code, store zips, and Firefox's own linter.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANAGED_SCHEMA } from '../../extension/background/managed-schema.js';
import { realRuleset } from './real-ruleset.js';

const out = join(import.meta.dirname, '../../.output');
const chrome = join(out, 'chrome-mv3');
const firefox = join(out, 'firefox-mv2');
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const manifest = (dir: string) => JSON.parse(read(dir, 'manifest.json'));
const scripts = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js') && !f.startsWith('guidance'));

describe('the built extension', () => {
  it('exists (run npm run build:extension first)', () => {
    expect(existsSync(join(chrome, 'manifest.json')), 'no Chrome build in .output/').toBe(true);
    expect(existsSync(join(firefox, 'manifest.json')), 'no Firefox build in .output/').toBe(true);
  });

  it('asks for no more than it needs (each permission is justified in docs/extension.md)', () => {
    const c = manifest(chrome);
    expect(c.manifest_version).toBe(3);
    expect(c.permissions).toEqual(['storage', 'sidePanel']);
    expect(c.host_permissions).toBeUndefined();
    expect(c.optional_permissions).toBeUndefined();
    expect(c.web_accessible_resources).toBeUndefined();
    // Every frame with a web address (editors embedded from another site); about:blank and srcdoc
    // frames are left to their parent's script (frame-role.ts, docs/extension.md "Frames").
    expect(c.content_scripts).toEqual([{ matches: ['http://*/*', 'https://*/*'], all_frames: true, run_at: 'document_idle', js: ['content-scripts/content.js'] }]);
    expect(c.content_security_policy.extension_pages).toContain("connect-src 'none'");
    const f = manifest(firefox);
    expect(f.permissions).toEqual(['storage']);
    expect(f.content_scripts).toEqual(c.content_scripts);
    expect(f.content_security_policy).toContain("connect-src 'none'");
    expect(f.browser_specific_settings.gecko.id).toBeTruthy();
    const docs = readFileSync(join(import.meta.dirname, '../../docs/extension.md'), 'utf8');
    for (const p of [...c.permissions, 'content_scripts']) expect(docs, `docs/extension.md justifies ${p}`).toContain(`\`${p}\``);
  });

  it('runs every extension page under a Content-Security-Policy that allows only its own files and no connections at all', () => {
    // Issue 11, defect 11: without default-src and img-src, an <img> injected into the options page reached the network.
    const want = {
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self'",
      'connect-src': "'none'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    };
    const directives = (csp: string) => Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v.join(' ')]));
    expect(directives(manifest(chrome).content_security_policy.extension_pages)).toEqual(want);
    expect(directives(manifest(firefox).content_security_policy)).toEqual(want);
  });

  it('ships the managed-storage schema the policy reader follows', () => {
    expect(manifest(chrome).storage.managed_schema).toBe('managed-schema.json');
    expect(JSON.parse(read(chrome, 'managed-schema.json'))).toEqual(MANAGED_SCHEMA);
  });

  it('contains no code that could reach the network or run remote code', () => {
    for (const dir of [chrome, firefox]) {
      for (const file of scripts(dir)) {
        const code = read(dir, file);
        const uses = code.match(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\(|new Function\(|\beval\(/g) ?? [];
        expect(uses, `${file} uses a network or remote-code API`).toEqual([]);
      }
    }
  });

  it('keeps compiler and Markdown code out of the content script', () => {
    const code = read(chrome, 'content-scripts/content.js');
    // Names the unified/remark/micromark/yaml packages leave in a bundle (rule text may say "unremarkable").
    expect(code.match(/micromark|mdast-util|fromMarkdown|unified\(|remarkParse|parseDocument|YAMLParseError/g) ?? []).toEqual([]);
  });

  it('bundles a guidance page for every rule and lens, with no scripts', () => {
    for (const rule of realRuleset().rules) {
      for (const dir of [chrome, firefox]) {
        expect(existsSync(join(dir, 'guidance/rules', `${rule.id}.html`)), `${rule.id}`).toBe(true);
      }
    }
    for (const lens of ['candour', 'compassion', 'respect', 'clarity']) {
      const page = read(chrome, `guidance/values/${lens}.html`);
      expect(page).not.toMatch(/<script/i);
    }
  });

  it('produces store packages', () => {
    const zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
    expect(zips.some((f) => f.endsWith('-chrome.zip'))).toBe(true);
    expect(zips.some((f) => f.endsWith('-firefox.zip'))).toBe(true);
  });

  // The budget is the whole file every page loads. The ruleset is not in it: the content script
  // asks the background for it the first time a field needs checking. Issue 10 asks for 60 KB.
  // Session 9's grammar checks carried their word classes as code and took it to 66,520 bytes.
  // Session 10 moved the checks' word lists into their rule files (params.words, which the ruleset
  // carries) and worked SHA-256's constants out instead of writing them (61,850 bytes), then added
  // two clarity checks (clinical notation, tests named after two people) and merged the per-form
  // memo: 62,802 bytes at the session's end (62,529 by the gzip command). Session 11 moved the
  // words left inside regexes (explained.ts, dose-times.ts, clinical-notation.ts, scale-levels.ts,
  // clinic-codes.ts) and medical-sense's damage words and "senses" patterns into the rule files:
  // 61,148 bytes on its own branch. Merged with that session's new grammar (premature reassurance,
  // behaviour labels, threats underlined at the penalty) it was 62,244 bytes: 804 over issue 10's
  // 60 KB, which is not met. Session 12 moved the pack merger and the phrase compiler to the
  // background, which sends each tab the ruleset already merged (background/page-ruleset.ts):
  // 60,328 bytes on its own branch, 61,384 after session 12's merges. Session 13 moved the short-form and medical-word checks' finding messages into their rule files (params.messages, read with WordClasses.say): 61,392 -> 61,062. Session 14 moved the organisation phrases' trie builder, the card's CSS (sent with the ruleset) and preact/hooks (the card and badge are classes) out: 61,401 -> 59,838 bytes, measured by module with bench/content-modules.ts. The budget is issue 10's 60 KB (61,440 bytes), which the build before fails; the room under it is for checks.
  it('keeps the content script within 60 KB gzip, with no ruleset inside', () => {
    const code = readFileSync(join(chrome, 'content-scripts/content.js'), 'utf8');
    const total = gzipSync(code, { level: 9 }).length;
    console.log(`content script: ${(code.length / 1024).toFixed(1)} KB, ${(total / 1024).toFixed(1)} KB gzip`);
    expect(total).toBeLessThanOrEqual(60 * 1024);
    // The bundled ruleset ends with its phrasing count ("phrasings:48306"): in the background, not here.
    const bundledRuleset = /["']?phrasings["']?:\d/;
    expect(code).not.toMatch(bundledRuleset);
    const background = readdirSync(chrome).find((f) => /^background.*\.js$/.test(f))!;
    expect(readFileSync(join(chrome, background), 'utf8')).toMatch(bundledRuleset);
  });

  it('passes web-ext lint for Firefox with no errors', async () => {
    const { default: webExt } = await import('web-ext');
    const result = await webExt.cmd.lint({ sourceDir: firefox, output: 'none' }, { shouldExitProgram: false });
    expect(result.errors.map((e: { code: string; file: string }) => `${e.code} ${e.file}`)).toEqual([]);
    // The two warnings left are Preact's own innerHTML writes (for dangerouslySetInnerHTML, unused here).
    expect(result.warnings.map((w: { code: string }) => w.code).filter((c: string) => c !== 'UNSAFE_VAR_ASSIGNMENT')).toEqual([]);
  }, 120_000);
});
