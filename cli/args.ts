/** Parses `values-lens check [options] FILE... | DIR... | -`. Usage errors are thrown as UsageError. */
import { AUDIENCES, LENSES, SEVERITIES, type Audience, type Lens, type Severity } from '../engine/types.js';

export class UsageError extends Error {}

export interface CliOptions {
  command: 'check' | 'pack-build' | 'help' | 'version';
  audience: Audience;
  /** --audience was given: it then wins over the audience a file names (file-audience.ts). */
  audienceGiven?: boolean;
  format: 'text' | 'json';
  lenses?: Lens[];
  /** Report only findings at or above this severity. */
  minSeverity: Severity;
  paths: string[];
  /** check: rule pack files (--pack, repeatable). */
  packs: string[];
  /** pack build: where to write the pack file (default: NAME-VERSION.pack.json in the current folder). */
  out?: string;
}

export const USAGE = `Usage: values-lens check [options] FILE... | DIR... | -
       values-lens pack build DIR [--out FILE]

Checks NHS letters and templates against the guidance on candour, compassion,
respect and clarity. Nothing leaves this computer.

Options:
  --audience patient|parent|carer|clinician  who the letters are written to (default: what a
                                             file's first line "audience: carer" or Markdown
                                             frontmatter says, else patient)
  --format text|json                         output format (default: text)
  --lens candour,compassion,respect,clarity  only these lenses (default: all)
  --severity advice|warning|error            lowest severity to report (default: advice)
  --pack FILE                                also use a trust's rule pack (repeatable)
  -h, --help                                 show this help
  --version                                  show the version

Folders are searched for .txt, .md, .html and .docx files. "-" reads standard input.
Exit codes: 0 no findings, 1 findings, 2 usage error, unreadable input or a pack
that cannot be used.

pack build checks a rule pack (DIR/pack.md and DIR/rules/*.md, see docs/packs.md),
runs its examples and writes one pack file. Exit codes: 0 built, 1 errors in the
pack (each as file:line: problem), 2 usage error.`;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${flag} needs a value: ${allowed.join(', ')}`);
  if (!allowed.includes(value as T)) throw new UsageError(`${flag} "${value}" is not one of: ${allowed.join(', ')}`);
  return value as T;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = { command: 'check', audience: 'patient', format: 'text', minSeverity: 'advice', paths: [], packs: [] };
  const args = [...argv];
  // Nothing to do is a usage error (exit 2), not a request for help: a script that forgot its
  // arguments must not pass as a clean check.
  if (args.length === 0) throw new UsageError('nothing to do: give a command (values-lens check FILE...)');
  if (args[0] === '-h' || args[0] === '--help' || args[0] === 'help') return { ...opts, command: 'help' };
  if (args[0] === '--version' || args[0] === '-v') return { ...opts, command: 'version' };
  const command = args.shift();
  if (command === 'pack') return parsePackArgs(args, opts);
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (try: values-lens check FILE...)`);
  let onlyPaths = false;
  while (args.length) {
    const arg = args.shift()!;
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      opts.paths.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args.shift();
    switch (flag) {
      case '--':
        onlyPaths = true;
        break;
      case '-h':
      case '--help':
        return { ...opts, command: 'help' };
      case '--version':
        return { ...opts, command: 'version' };
      case '--audience':
        opts.audience = oneOf(flag, value(), AUDIENCES);
        opts.audienceGiven = true;
        break;
      case '--format':
        opts.format = oneOf(flag, value(), ['text', 'json'] as const);
        break;
      case '--severity':
        opts.minSeverity = oneOf(flag, value(), SEVERITIES);
        break;
      case '--pack': {
        const v = value();
        if (!v) throw new UsageError('--pack needs a pack file');
        opts.packs.push(v);
        break;
      }
      case '--lens':
      case '--lenses': {
        const v = value();
        if (!v) throw new UsageError(`${flag} needs a value: ${LENSES.join(',')}`);
        opts.lenses = v.split(',').map((l) => oneOf(flag, l.trim(), LENSES));
        break;
      }
      default:
        throw new UsageError(`unknown option "${flag}"`);
    }
  }
  if (opts.paths.length === 0) throw new UsageError('no files to check: give one or more files, folders, or - for standard input');
  return opts;
}

/** `pack build DIR [--out FILE]`. */
function parsePackArgs(args: string[], opts: CliOptions): CliOptions {
  const sub = args.shift();
  if (sub !== 'build') throw new UsageError(sub === undefined ? 'pack needs a command: values-lens pack build DIR' : `unknown pack command "${sub}" (try: values-lens pack build DIR)`);
  const out: CliOptions = { ...opts, command: 'pack-build' };
  while (args.length) {
    const arg = args.shift()!;
    if (arg === '-h' || arg === '--help') return { ...opts, command: 'help' };
    if (arg === '--out' || arg.startsWith('--out=')) {
      const v = arg === '--out' ? args.shift() : arg.slice('--out='.length);
      if (!v) throw new UsageError('--out needs a file name');
      out.out = v;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}" for pack build`);
    else out.paths.push(arg);
  }
  if (out.paths.length !== 1) throw new UsageError('pack build needs one folder: values-lens pack build DIR');
  return out;
}
