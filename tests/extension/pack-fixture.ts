/** A valid rule pack for tests: the one the deploy example pushes by policy (docs/deploy/policies.json), as `values-lens pack build` writes packs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const policies = JSON.parse(readFileSync(join(import.meta.dirname, '../../docs/deploy/policies.json'), 'utf8'));
export const PACK = policies.policies['3rdparty'].Extensions['values-lens@example.org'].packs[0] as Record<string, unknown>;
export const PACK_TEXT = JSON.stringify(PACK);
