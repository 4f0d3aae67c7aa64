/**
 * The JSON schema Chrome and Edge use to show and validate the managed policy (storage.managed).
 * readPolicy() in policy.ts checks the same fields again at run time, because a browser that
 * does not validate (or an older schema) must not get a half-valid policy through.
 */
import { AUDIENCES, LENSES } from '../../engine/index.js';

export const MANAGED_SCHEMA = {
  type: 'object',
  properties: {
    defaultAudience: { title: 'Default audience', description: 'Who letters are written to, until the clinician changes it.', type: 'string', enum: [...AUDIENCES] },
    readingAgeTarget: { title: 'Reading age target', description: 'Reading age (years) letters should not exceed.', type: 'integer', minimum: 5, maximum: 25 },
    disabledLenses: { title: 'Lenses off by default', type: 'array', items: { type: 'string', enum: [...LENSES] } },
    lockedRules: { title: 'Rules that stay on', description: 'Rule ids clinicians cannot turn off.', type: 'array', items: { type: 'string' } },
    allowedSites: { title: 'Sites where it runs', description: 'Host names; a listed domain covers its subdomains. Absent: every site.', type: 'array', items: { type: 'string' } },
    customPhrases: {
      title: 'Organisation phrases',
      type: 'array',
      items: {
        type: 'object',
        properties: {
          phrase: { type: 'string' },
          suggestion: { type: 'string' },
          lens: { type: 'string', enum: [...LENSES] },
          explanation: { type: 'string' },
        },
      },
    },
  },
} as const;
