/** Command-line arguments of `npm run extract`, parsed without a library: there are six flags. */

export interface CliArgs {
  file: string | null;
  url: string | null;
  format: 'text' | 'json' | 'jsonl' | 'markdown';
  batch: string | null;
}

export const USAGE = `usage: npm run extract -- FILE[.gz] [--url URL] [--json | --markdown]
       npm run extract -- --jsonl --batch LIST     (LIST: lines of FILE<TAB>URL)`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { file: null, url: null, format: 'text', batch: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--url') args.url = value();
    else if (arg === '--batch') args.batch = value();
    else if (arg === '--json') args.format = 'json';
    else if (arg === '--jsonl') args.format = 'jsonl';
    else if (arg === '--markdown') args.format = 'markdown';
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (args.file === null) args.file = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  if (args.batch !== null && args.format !== 'jsonl') throw new UsageError('--batch goes with --jsonl');
  if (args.batch !== null && args.file !== null) throw new UsageError('give a FILE or --batch LIST, not both');
  if (args.url !== null) {
    try {
      new URL(args.url);
    } catch {
      throw new UsageError(`--url is not a URL: ${args.url}`);
    }
  }
  return args;
}
