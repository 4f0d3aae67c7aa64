/**
 * Which findings the clinician ignored, and the keys that remember them, without keeping anything
 * a list of names could reverse (issue 11, defect 4). The old key was an unsalted 32-bit hash of
 * the flagged words, and for some rules those words are a name: "Mrs Okonkwo" in her own letter
 * (third-person-name), "Mr Adebayo claimed" where a "*" wildcard caught the name. So:
 *
 * - Rules whose flagged words are the letter's own (every check but "phrase": a name, a whole
 *   sentence, a first line, words in capitals) are ignored for this page only, in memory. Nothing
 *   is sent or stored, and the ignore ends when the page does.
 * - Phrase rules (the built-in ones and the organisation's) are keyed on the rule id and the
 *   rule's own words, with each "*" stretch replaced by "*" ("mr * claimed"), through
 *   HMAC-SHA-256 under a key for this site (site-keys.ts) derived from a random per-install
 *   secret that never leaves the extension's database. The key holds none of the letter's own
 *   words, and without the secret not even which of the rule's phrasings it was.
 */
import type { CompiledRule, Finding } from '../../engine/index.js';
import { fromHex, hmacSha256, toHex } from '../protocol/hmac-sha256.js';
import { IGNORE_KEY_HEX_DIGITS } from '../protocol/ids.js';

/** Enough for any real page; a page that makes more distinct findings just computes some again. */
const CACHE_LIMIT = 5000;

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Whether an ignore of this rule's findings may be kept: only phrase rules, whose words are the rule's own. */
export function keepsIgnores(rule: Pick<CompiledRule, 'check'> | undefined): boolean {
  return rule?.check === 'phrase';
}

/** A phrase finding's words with each "*" stretch (a word of the letter's own) replaced by "*". */
export function ruleWords(f: Finding): string {
  const spans = [...(f.wildcards ?? [])].sort((a, b) => a.start - b.start);
  let out = '';
  let at = f.start;
  for (const w of spans) {
    out += `${f.actual.slice(at - f.start, w.start - f.start)}*`;
    at = w.end;
  }
  return normalise(out + f.actual.slice(at - f.start));
}

/** The kept key for a phrase finding's rule and words, under this site's key (hex). */
export function ignoreKey(siteKey: string, ruleId: string, words: string): string {
  const mac = hmacSha256(fromHex(siteKey), new TextEncoder().encode(`${ruleId}\n${words}`));
  return `${ruleId}#${toHex(mac).slice(0, IGNORE_KEY_HEX_DIGITS)}`;
}

/** The content script's ignored findings: kept ones (keys from the background) and this page's own. */
export class IgnoredFindings {
  private kept = new Set<string>();
  /** Letter-level findings ignored on this page: rule id and words, in memory only. */
  private page = new Set<string>();
  private siteKey = '';
  private keys = new Map<string, string>();

  /** The site's kept keys and key, from the config the background sends. */
  load(keys: readonly string[], siteKey: string): void {
    this.kept = new Set(keys);
    if (siteKey !== this.siteKey) this.keys.clear();
    this.siteKey = siteKey;
  }

  /** Nothing ignored on this site or page: the usual case, which a check can skip at no cost. */
  get empty(): boolean {
    return this.kept.size === 0 && this.page.size === 0;
  }

  has(f: Finding, rule: Pick<CompiledRule, 'check'> | undefined): boolean {
    if (this.empty) return false;
    if (!keepsIgnores(rule) || !this.siteKey) return this.page.has(pageEntry(f));
    return this.kept.has(this.keyFor(f)) || this.page.has(pageEntry(f));
  }

  /** Ignores `f`. Returns the key for the background to keep, or null when it lasts for this page only. */
  add(f: Finding, rule: Pick<CompiledRule, 'check'> | undefined): string | null {
    if (!keepsIgnores(rule) || !this.siteKey) {
      this.page.add(pageEntry(f));
      return null;
    }
    const key = this.keyFor(f);
    this.kept.add(key);
    return key;
  }

  private keyFor(f: Finding): string {
    const words = ruleWords(f);
    const id = `${f.ruleId}\n${words}`;
    let key = this.keys.get(id);
    if (!key) {
      if (this.keys.size >= CACHE_LIMIT) this.keys.clear();
      this.keys.set(id, (key = ignoreKey(this.siteKey, f.ruleId, words)));
    }
    return key;
  }
}

const pageEntry = (f: Finding) => `${f.ruleId}\n${normalise(f.actual)}`;
