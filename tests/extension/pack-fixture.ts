/** A valid rule pack for tests: the one the deploy example pushes by policy (docs/deploy/policies.json), as `values-lens pack build` writes packs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const policies = JSON.parse(readFileSync(join(import.meta.dirname, '../../docs/deploy/policies.json'), 'utf8'));
// The policy is keyed by the Firefox add-on id; the example has one extension.
const [extension] = Object.values(policies.policies['3rdparty'].Extensions) as Array<{ packs: unknown[] }>;
export const PACK = extension.packs[0] as Record<string, unknown>;
export const PACK_TEXT = JSON.stringify(PACK);
