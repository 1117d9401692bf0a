/**
 * The manifest asks only for what README explains: every permission, host permission and
 * content-script match pattern must be named (in backticks) in the first column of README's
 * "Permissions, and why" table, and the table names nothing the manifest does not ask for.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

function askedFor(manifest: Manifest): string[] {
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ];
}

/** Backticked names in the first column of the table under "## Permissions, and why". */
function listedInReadme(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Permissions'));
  if (!section) throw new Error('README has no "## Permissions, and why" section');
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

describe('permissions', () => {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

  it('README lists every permission the manifest asks for, and nothing more', () => {
    const asked = askedFor(manifest);
    const listed = listedInReadme(readme);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((name) => !listed.includes(name)), 'in manifest.json, missing from README').toEqual([]);
    expect(listed.filter((name) => !asked.includes(name)), 'in README, not in manifest.json').toEqual([]);
  });

  it('fails for a permission added without a README line', () => {
    const listed = listedInReadme(readme);
    const asked = askedFor({ ...manifest, permissions: [...(manifest.permissions ?? []), 'tabs'] });
    expect(asked.filter((name) => !listed.includes(name))).toEqual(['tabs']);
  });
});
