/**
 * Where the content script's time goes while the clinician types at the end of a long letter: a CDP
 * CPU profile of the tab (page and content script share one V8 isolate) while typing, at human speed,
 * into a contenteditable and a textarea of 20,000 words (or the word counts given as arguments).
 * CPU samples, unlike wall-clock latency, do not count the moments a loaded machine descheduled the
 * tab, so the figures hold up on a shared machine.
 *
 * Reports, per keystroke: the CPU time of every sample with one of our script's functions on its
 * stack ("ours"), of those the engine's check (the checker's check() under checkField), and the ten functions of ours that were
 * innermost on the stack most often (the browser's own work they called, such as building a
 * Highlight, counts towards them). Build with `VL_NO_MINIFY=1 npm run build:extension` for readable
 * names, then `VL_PAGES_PORT=<port> npx tsx bench/extension-profile.ts 20000`.
 */
import { launchExtensionBrowser, openFilledField } from './extension-browser.js';
import { loadContent } from '../compiler/load-content.js';
import { makeLetter, sentencePool } from './corpus.js';
import { seeded } from '../tests/seeded-random.js';

const PORT = Number(process.env.VL_PAGES_PORT ?? 4182);
const KEYS = Number(process.env.VL_KEYS ?? 60);
const WORD_COUNTS = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (WORD_COUNTS.length === 0) WORD_COUNTS.push(20000);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const browser = await launchExtensionBrowser(PORT);
const pool = sentencePool(loadContent(undefined, { verifyExamples: false }));

for (const kind of ['contenteditable', 'textarea'] as const) {
  for (const words of WORD_COUNTS) {
    const letter = makeLetter(pool, words, seeded(words));
    const page = await openFilledField(browser, kind, letter);
    await page.waitForFunction(() => document.querySelector('values-lens-ui') !== null, null, { timeout: 30_000 });
    await page.waitForTimeout(1500); // the first full check, with the ruleset from the background
    await page.keyboard.type(' You failed to attend.', { delay: 70 }); // warm up
    await page.waitForTimeout(500);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const typed = ' We note you failed to attend. Please call us on the number above if you wish.'.repeat(4).slice(0, KEYS);
    await page.keyboard.type(typed, { delay: 70 });
    await page.waitForTimeout(500);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    report(`${kind}, ${words.toLocaleString('en-GB')} words`, profile, typed.length);
    await cdp.detach();
    await page.close();
  }
}
await browser.close();

function report(label: string, profile: Profile, keys: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (n: ProfileNode) => n.callFrame.url.startsWith('chrome-extension://');
  let oursMs = 0;
  let engineMs = 0;
  const innermost = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]) / 1000;
    let leaf: ProfileNode | null = null;
    let engine = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!;
      if (!ours(n)) continue;
      leaf ??= n;
      // The engine's check is the checker's `check`, called from checkField (check-loop.ts).
      const up = parent.get(at);
      if (n.callFrame.functionName === 'check' && up !== undefined && byId.get(up)!.callFrame.functionName === 'checkField') engine = true;
    }
    if (!leaf) return;
    oursMs += ms;
    if (engine) engineMs += ms;
    const name = `${leaf.callFrame.functionName || '(anonymous)'}:${leaf.callFrame.lineNumber + 1}`;
    innermost.set(name, (innermost.get(name) ?? 0) + ms);
  });
  console.log(`${label}: ${keys} keystrokes`);
  console.log(`  our script, CPU per keystroke\t${(oursMs / keys).toFixed(2)} ms`);
  console.log(`  of which the engine's check\t${(engineMs / keys).toFixed(2)} ms`);
  console.log(`  in-page (ours minus the engine)\t${((oursMs - engineMs) / keys).toFixed(2)} ms`);
  for (const [name, ms] of [...innermost].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${(ms / keys).toFixed(2)} ms\t${name}`);
}
