import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args';
import { runPage } from '../../src/cli/run-page';
import { articleToMarkdown, type ParsingWindow } from '../../src/core/export';
import { dom, fixture, FIXTURES } from '../helpers/fixtures';

const ROOT = resolve(import.meta.dirname, '../..');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('cli arguments', () => {
  it('parses a file, a URL and the output format', () => {
    expect(parseArgs(['page.html', '--url', 'https://a.example/x', '--json'])).toEqual({ file: 'page.html', url: 'https://a.example/x', format: 'json', batch: null });
    expect(parseArgs(['--jsonl', '--batch', 'list.tsv'])).toMatchObject({ format: 'jsonl', batch: 'list.tsv' });
    expect(parseArgs(['page.html', '--markdown'])).toMatchObject({ file: 'page.html', format: 'markdown' });
  });

  it.each([
    [['--url'], '--url needs a value'],
    [['--url', 'nope'], '--url is not a URL'],
    [['--frobnicate'], 'unknown option'],
    [['a.html', 'b.html'], 'unexpected argument'],
    [['--batch', 'x'], '--batch goes with --jsonl'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

// Each case starts Node with tsx: slow on a busy machine, so a generous timeout.
describe('cli', { timeout: 90_000 }, () => {
  it('prints the seed article as JSON with exactly the extract fields, isArticle and hidden', () => {
    const run = cli('--json');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(
      ['byline', 'dir', 'excerpt', 'hidden', 'html', 'isArticle', 'lang', 'leadImage', 'published', 'readingMinutes', 'siteName', 'text', 'title', 'wordCount'].sort(),
    );
    expect(result.title).toBe('Iran: US pullout key to Iraq stability');
    expect(result.isArticle).toBe(true);
    expect(result.hidden).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'donation', text: expect.stringContaining('Dear Reader') })]));
  });

  it('--markdown prints exactly what "Copy as Markdown" copies', () => {
    const url = 'https://news.example.co.il/city/2024/05/bike-lanes';
    const run = cli(resolve(FIXTURES, 'hebrew-rtl.html'), '--url', url, '--markdown');
    expect(run.status).toBe(0);
    const article = runPage(fixture('hebrew-rtl.html'), url);
    const expected = articleToMarkdown(article, url, dom('', url).window as unknown as ParsingWindow);
    expect(run.stdout).toBe(expected);
    expect(run.stdout).toMatch(/^---\ntitle: "העירייה/);
  });

  it('gives one clear line and exit 1 for a missing file', () => {
    const run = cli('no/such/page.html');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('extract: no such file: no/such/page.html');
    expect(run.stdout).toBe('');
  });

  it('reads gzipped pages, as corpora store them, and names a corrupt one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qr-cli-'));
    const packed = join(dir, 'seed.html.gz');
    writeFileSync(packed, gzipSync(fixture('jpost-seed.html')));
    const run = cli(packed, '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ title: 'Iran: US pullout key to Iraq stability', isArticle: true });
    const corrupt = join(dir, 'corrupt.html.gz');
    writeFileSync(corrupt, '<p>not gzip</p>');
    const bad = cli(corrupt);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe(`extract: ${corrupt} is not a valid gzip file`);
  });

  it('gives one clear line and exit 1 for a wrong argument', () => {
    const run = cli('--bogus');
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe('extract: unknown option --bogus');
  });

  it('runs a batch, one JSON line per page, and goes on past a failing page', () => {
    const list = resolve(FIXTURES, 'batch-list.tsv');
    const run = cli('--jsonl', '--batch', list);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; error?: string; isArticle?: boolean });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ isArticle: true });
    expect(lines[1]).toEqual({ file: 'tests/fixtures/missing.html', error: 'no such file: tests/fixtures/missing.html' });
    expect(lines[2]).toMatchObject({ isArticle: false });
  });
});
