/**
 * `npm run extract -- FILE[.gz] [--url URL] [--json | --markdown]` and `--jsonl --batch LIST`; `npm start` runs it
 * on the bundled reference page. Errors are one line on stderr and exit code 1, never a stack.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError, USAGE } from './args';
import { markdownOf, runPage, type PageResult } from './run-page';

const SEED_PAGE = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/jpost-seed.html');

/** The `--json` record: the extract fields plus isArticle and the hidden list. */
function toJson(result: PageResult): Record<string, unknown> {
  const { reasons: _reasons, url: _url, ...fields } = result;
  return fields;
}

function toText(result: PageResult): string {
  const lines = [result.title];
  const meta = [result.byline, result.published, result.siteName].filter(Boolean).join(' · ');
  if (meta) lines.push(meta);
  lines.push(`${result.isArticle ? 'Article' : 'Not an article'} (${result.reasons.join('; ')}) · ${result.wordCount} words, ${result.readingMinutes} min`);
  lines.push('', result.text, '', `Hidden on the page (${result.hidden.length}):`);
  for (const item of result.hidden) lines.push(`  [${item.kind}] ${item.text}`);
  return lines.join('\n');
}

/** A page as UTF-8 text; `.gz` files (as corpora store pages) are unpacked first. */
function readPage(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? 'error'})`);
  }
  if (!file.endsWith('.gz')) return bytes.toString('utf8');
  try {
    return gunzipSync(bytes).toString('utf8');
  } catch {
    throw new Error(`${file} is not a valid gzip file`);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function runBatch(list: string): Promise<void> {
  const lines = readPage(list).split('\n').filter((line) => line.trim() !== '');
  for (const line of lines) {
    // A turn of the event loop between pages: jsdom frees a closed window's timers and
    // listeners only then, and without it a long list runs out of memory.
    await new Promise((done) => setImmediate(done));
    const [file = '', url = ''] = line.split('\t');
    let record: Record<string, unknown>;
    try {
      record = { file, ...toJson(runPage(readPage(file), url || null)) };
    } catch (error) {
      record = { file, error: message(error) };
    }
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
}

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (args.batch !== null) return runBatch(args.batch);
  const file = args.file ?? SEED_PAGE;
  const result = runPage(readPage(file), args.url);
  if (args.format === 'text') process.stdout.write(`${toText(result)}\n`);
  else if (args.format === 'markdown') process.stdout.write(markdownOf(result));
  else process.stdout.write(`${JSON.stringify(toJson(result), null, args.format === 'json' ? 2 : 0)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(error.message ? `extract: ${error.message}\n${USAGE}\n` : `${USAGE}\n`);
    process.exitCode = error.message ? 1 : 0;
  } else {
    process.stderr.write(`extract: ${message(error)}\n`);
    process.exitCode = 1;
  }
});
