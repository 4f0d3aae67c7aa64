/**
 * Bundles the client scripts with esbuild, each into its own file loaded by <script src> (works
 * from file://, and no inline script). The check page's engine bundle carries the ruleset compiled
 * from the same content as the pages, so the two can never disagree.
 */
import { build, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { CompiledRuleset } from '../engine/types.js';

const CLIENT = fileURLToPath(new URL('./client/', import.meta.url));
export const CLIENT_SCRIPTS = ['search', 'letters-filter', 'check', 'present', 'presenter-view', 'practice'] as const;

export async function bundleClientScripts(ruleset: CompiledRuleset): Promise<Map<string, string>> {
  const rulesetPlugin: Plugin = {
    name: 'ruleset',
    setup(b) {
      b.onResolve({ filter: /^virtual:ruleset$/ }, () => ({ path: 'ruleset', namespace: 'ruleset' }));
      b.onLoad({ filter: /.*/, namespace: 'ruleset' }, () => ({ contents: JSON.stringify(ruleset), loader: 'json' }));
    },
  };
  const result = await build({
    entryPoints: CLIENT_SCRIPTS.map((name) => ({ in: `${CLIENT}${name}.ts`, out: name })),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    outdir: '/assets',
    write: false,
    legalComments: 'none',
    plugins: [rulesetPlugin],
    logLevel: 'silent',
  });
  return new Map(result.outputFiles.map((f) => [`assets/${f.path.split('/').pop()}`, f.text]));
}
