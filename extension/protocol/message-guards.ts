/**
 * What the background accepts. A content script runs in every web page, so its messages are
 * treated as coming from the page: each content:* message must have exactly the fields it should,
 * of the right kinds and sizes, and a host it names must be the host of the page that sent it (a
 * page cannot read or change another site's ignored findings, or get its key). ui:* messages
 * (settings, import, export) come only from the extension's own pages, never from a tab's content script.
 */
import { MAX_PACK_CHARS } from '../../engine/index.js';
import { CUSTOM_RULE_PREFIX, IGNORE_KEY } from './ids.js';
import { ACTION_KINDS, type ActionKind, type ToBackground } from './messages.js';

/** The part of runtime.MessageSender this needs. */
export interface Sender {
  tab?: { id?: number; index?: number };
  /** The sending frame's URL, set by the browser (a page cannot choose it). */
  url?: string;
  /** The sending frame within its tab (0: the top frame), set by the browser. */
  frameId?: number;
}

const MAX_SEEN = 5000;
const MAX_PATH = 200;
const RULE_ID = /^[a-z0-9-]{1,120}$/;
const CUSTOM_ID = new RegExp(`^${CUSTOM_RULE_PREFIX}[a-z0-9-]{1,60}$`);
/** A pack's name: kebab-case, as readPack requires. */
const PACK_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A pack rule's id, "<pack>/<rule>": accepted by its shape, as packs come and go (like custom phrases' ids). */
export const PACK_RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;
const isPackRuleId = (id: unknown) => typeof id === 'string' && id.length <= 129 && PACK_RULE_ID.test(id);

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Messages the background answers at all (the side panel's report:* broadcasts are not for it). */
export function isForBackground(msg: unknown): msg is { type: string } {
  return isObject(msg) && typeof msg.type === 'string' && (msg.type.startsWith('content:') || msg.type.startsWith('ui:'));
}

function senderHost(sender: Sender): string | null {
  try {
    return sender.url ? new URL(sender.url).hostname : null;
  } catch {
    return null;
  }
}

function hasOnly(msg: Record<string, unknown>, fields: string[]): boolean {
  return Object.keys(msg).every((k) => k === 'type' || fields.includes(k));
}

/**
 * Why a message must be refused, or null to accept it. `knownRule` says whether a rule id is one of
 * ours (custom phrases' ids are accepted by their shape: they are made from the phrase).
 */
export function messageProblem(msg: unknown, sender: Sender, extensionRoot: string, knownRule: (id: string) => boolean): string | null {
  if (!isForBackground(msg)) return 'not a message for the background';
  const m = msg as Record<string, unknown> & { type: string };
  const isRule = (id: unknown) => (typeof id === 'string' && RULE_ID.test(id) && (knownRule(id) || CUSTOM_ID.test(id))) || isPackRuleId(id);
  if (m.type.startsWith('ui:')) {
    if (!sender.url?.startsWith(extensionRoot)) return 'ui messages come only from the extension\'s own pages';
    return uiMessageProblem(m);
  }
  if (!sender.tab || sender.url?.startsWith(extensionRoot)) return 'content messages come only from a content script in a tab';
  const ownHost = (host: unknown) => typeof host === 'string' && host !== '' && host === senderHost(sender);
  switch (m.type as ToBackground['type']) {
    case 'content:get-config':
      return hasOnly(m, ['host']) && ownHost(m.host) ? null : 'content:get-config needs the sender\'s own host';
    case 'content:get-ruleset':
      return hasOnly(m, ['host']) && ownHost(m.host) ? null : 'content:get-ruleset needs the sender\'s own host';
    case 'content:ignore':
      if (!hasOnly(m, ['host', 'key']) || !ownHost(m.host)) return 'content:ignore needs the sender\'s own host';
      return typeof m.key === 'string' && IGNORE_KEY.test(m.key) ? null : 'content:ignore needs an ignore key (rule id, "#", 16 hex digits)';
    case 'content:disable-rule':
      return hasOnly(m, ['ruleId']) && isRule(m.ruleId) ? null : 'content:disable-rule needs a known rule id';
    case 'content:seen':
      return hasOnly(m, ['ruleIds']) && Array.isArray(m.ruleIds) && m.ruleIds.length <= MAX_SEEN && m.ruleIds.every(isRule)
        ? null
        : 'content:seen needs a list of known rule ids';
    case 'content:counted':
      return hasOnly(m, ['ruleId', 'kind']) && isRule(m.ruleId) && ACTION_KINDS.includes(m.kind as ActionKind)
        ? null
        : 'content:counted needs a known rule id and a kind (fixed, ignored, reported)';
    case 'content:focused':
      return hasOnly(m, []) ? null : 'content:focused has no fields';
    case 'content:open-guidance':
      return hasOnly(m, ['path']) && typeof m.path === 'string' && m.path.length <= MAX_PATH ? null : 'content:open-guidance needs a path';
    default:
      return `unknown message type "${m.type}"`;
  }
}

/** The largest settings file an import takes (a real one, with phrases, is a few KB). */
const MAX_IMPORT_CHARS = 1_000_000;
const MAX_HOST = 253;

/**
 * Each ui:* message's fields, from the extension's own pages. What is inside a settings object or
 * a phrase is checked by the settings service (normaliseSettings, and a phrase problem it puts in
 * words for the options page); here only the envelope: the right fields, of the right kinds.
 */
function uiMessageProblem(m: Record<string, unknown> & { type: string }): string | null {
  const isObject = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);
  switch (m.type as ToBackground['type']) {
    case 'ui:get-state':
    case 'ui:get-ruleset':
    case 'ui:export':
    case 'ui:get-counts':
    case 'ui:forget-counts':
    case 'ui:get-packs':
      return hasOnly(m, []) ? null : `${m.type} has no fields`;
    case 'ui:save-settings':
      return hasOnly(m, ['settings']) && isObject(m.settings) ? null : 'ui:save-settings needs a settings object';
    case 'ui:set-site':
      return hasOnly(m, ['host', 'enabled']) && typeof m.host === 'string' && m.host !== '' && m.host.length <= MAX_HOST && typeof m.enabled === 'boolean'
        ? null
        : 'ui:set-site needs a host and on or off';
    case 'ui:save-phrase': {
      const p = m.phrase as Record<string, unknown>;
      return hasOnly(m, ['phrase']) && isObject(p) && (p.id === undefined || Number.isInteger(p.id)) ? null : 'ui:save-phrase needs a phrase object';
    }
    case 'ui:delete-phrase':
      return hasOnly(m, ['id']) && Number.isInteger(m.id) ? null : 'ui:delete-phrase needs a phrase id';
    case 'ui:import':
      return hasOnly(m, ['json']) && typeof m.json === 'string' && m.json.length <= MAX_IMPORT_CHARS ? null : 'ui:import needs the file\'s text (at most 1 MB)';
    case 'ui:import-pack':
      // A longer file is refused by readPack with its own message; this bounds what the message may carry.
      return hasOnly(m, ['json']) && typeof m.json === 'string' && m.json.length <= MAX_PACK_CHARS + 1 ? null : 'ui:import-pack needs the pack file\'s text (at most 512 KB)';
    case 'ui:remove-pack':
      return hasOnly(m, ['name']) && typeof m.name === 'string' && m.name.length <= 64 && PACK_NAME.test(m.name) ? null : 'ui:remove-pack needs a pack name';
    case 'ui:get-pack-rule':
      return hasOnly(m, ['id']) && isPackRuleId(m.id) ? null : 'ui:get-pack-rule needs a pack rule id ("pack/rule")';
    default:
      return `unknown message type "${m.type}"`;
  }
}
