/**
 * Builds the extension for Chrome and Firefox from one source tree.
 *
 *   npm run build              → dist/chrome/, dist/firefox/
 *   npm run package            → … plus dist/quiet-reader-{chrome,firefox}-<version>.zip
 *   … scripts/build.ts --dev   → unminified, inline source maps (not for release)
 *
 * DOMPurify and Readability are not bundled: each browser folder gets their npm release files,
 * unmodified, in vendor/ (see VENDOR), popup.html and reader.html load them as classic scripts
 * after their own bundle, which imports them through shims that read the globals they define
 * when first called: the bundle starts asking the page for its content while they load.
 */
import { build, type Metafile, type OutputFile, type Plugin } from 'esbuild';
import { minify, type MinifyOptions } from 'terser';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const args = new Set(process.argv.slice(2));
const ZIP = args.has('--zip');
const DEV = args.has('--dev');

/** Output name (without .js) → entry file. Popup and reader are bundled apart, with the vendor shims. */
const ENTRIES = {
  content: 'src/content/index.ts',
  background: 'src/background/index.ts',
  options: 'src/options/options.ts',
};
/** Pages that load the vendor scripts: output name → [entry file, html page]. */
const VENDOR_PAGES = {
  popup: ['src/popup/popup.ts', 'src/popup/popup.html'],
  reader: ['src/reader/reader.ts', 'src/reader/reader.html'],
} as const;
/**
 * content.js runs in every page the browser opens, so after esbuild it gets a second minifying
 * pass with terser, whose compressor does what esbuild's single pass leaves (inlining helpers used
 * once, hoisting and joining declarations, several passes): about 850 bytes, 3 % of the file.
 * Only content.js: the other bundles load in extension pages, where a few KB do not matter.
 * The input is already es2022 for Chrome 120 and Firefox 142; terser keeps its syntax (class
 * fields, `??=`) and adds nothing newer than ES2020. Same terser version, same output: the build
 * stays deterministic (terser is pinned in package.json). Not in --dev builds.
 */
const CONTENT_TERSER: MinifyOptions = {
  ecma: 2020,
  // A classic script, not a module: keep esbuild's "use strict" and the IIFE as they are.
  module: false,
  compress: {
    ecma: 2020,
    passes: 3,
    // Anonymous function expressions (mostly helpers terser inlines) become arrow functions.
    // Terser does it only for functions that use neither `this` nor `arguments`, are not
    // generators and have no name of their own; it is "unsafe" only for code that calls such a
    // function with `new` or reads its `prototype`, which TypeScript does not let src/ do with
    // a plain function (classes, e.g. TextLengths, are left alone). About 300 of the bytes.
    unsafe_arrows: true,
    // Function declarations moved to the top of their scope, where JavaScript hoists them anyway.
    hoist_funs: true,
  },
  mangle: true,
  // No parentheses around function expressions passed as arguments (only a parsing hint).
  // ascii_only stays off: phrases keep their raw UTF-8, as esbuild's `charset: 'utf8'` does.
  format: { ecma: 2020, wrap_func_args: false },
};

/** content.js may not grow past this (issue 4): every page the browser opens parses it. */
const CONTENT_BUDGET = 25_000;

async function terseContentScript(code: string): Promise<Uint8Array> {
  const result = await minify(code, CONTENT_TERSER);
  if (typeof result.code !== 'string') throw new BuildError('terser produced no output for content.js.');
  return Buffer.from(result.code, 'utf8');
}

/** Packages only the reader and popup use: they must not reach content.js or background.js. */
const PAGE_ONLY_PACKAGES = ['turndown/'];

/**
 * Third-party libraries shipped as separate, byte-identical copies of their npm release files
 * instead of being bundled. Reviewers can diff them against the release, and addons-linter's
 * UNSAFE_VAR_ASSIGNMENT hits inside them (innerHTML in DOMPurify and Readability, which upstream
 * marks with eslint-disable comments the linter does not honour) stay out of our own bundles;
 * web-ext-config.mjs has `web-ext lint` skip vendor/.
 */
interface VendorLib {
  /** The bare import specifier that the popup bundle resolves to a shim instead of the package. */
  specifier: string;
  /** The global the release file defines when loaded as a classic script. */
  global: string;
  /** The shim's exports, in the shape src/ imports the package; `lib()` returns the global. */
  exports: string;
  /** Release file and licence: [path under node_modules/, path inside dist/<browser>/]. */
  script: [string, string];
  license: [string, string];
  /** Package folder: nothing from here may end up in a bundle. */
  packageDir: string;
}
const VENDOR: readonly VendorLib[] = [
  {
    // src/core/sanitize.ts: `import createDOMPurify from 'dompurify'`, then `createDOMPurify(win)`.
    // The UMD global is that same default export: DOMPurify(root) makes an instance for `root`.
    // Only that call is forwarded.
    specifier: 'dompurify',
    global: 'DOMPurify',
    exports: 'export default (root) => lib()(root);',
    script: ['dompurify/dist/purify.min.js', 'vendor/purify.min.js'],
    license: ['dompurify/LICENSE', 'vendor/LICENSE-dompurify'],
    packageDir: 'dompurify/',
  },
  {
    // src/core/extract.ts: `import { Readability } from '@mozilla/readability'`, then
    // `new Readability(doc, options)`; a constructor that returns an object makes `new` give that
    // object. The subpath '@mozilla/readability/Readability-readerable.js' (src/core/detect.ts)
    // is small, has no innerHTML, and is still bundled normally.
    specifier: '@mozilla/readability',
    global: 'Readability',
    exports: 'export function Readability(doc, options) { return new (lib())(doc, options); }',
    script: ['@mozilla/readability/Readability.js', 'vendor/Readability.js'],
    license: ['@mozilla/readability/LICENSE.md', 'vendor/LICENSE-readability'],
    packageDir: '@mozilla/readability/Readability.js',
  },
];
/** Every non-TypeScript file in these folders is copied flat into the output root. */
const PAGE_DIRS = ['src/popup', 'src/reader', 'src/options', 'src/shared'];
const ICON_DIR = 'icons';
/** UI text, one messages.json per language, copied as is (manifest.json names default_locale). */
const LOCALES_DIR = '_locales';

type Browser = 'chrome' | 'firefox';
const BROWSERS: readonly Browser[] = ['chrome', 'firefox'];

interface Manifest {
  version: string;
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: unknown;
  [key: string]: unknown;
}

class BuildError extends Error {}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as T;
}

/** Chrome keeps background.service_worker; Firefox keeps background.scripts and the gecko settings. */
function manifestFor(browser: Browser, base: Manifest, version: string): Manifest {
  const m = structuredClone(base);
  m.version = version;
  if (browser === 'chrome') {
    delete m.background.scripts;
    delete m.browser_specific_settings;
  } else {
    delete m.background.service_worker;
  }
  return m;
}

/** Every string in the manifest that names a packaged file (scripts, pages, icons). */
function referencedFiles(value: unknown): string[] {
  if (typeof value === 'string') return /^[\w./-]+\.(js|html|css|png|json)$/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(referencedFiles);
  if (value && typeof value === 'object') return Object.values(value).flatMap(referencedFiles);
  return [];
}

/** Resolves each VENDOR specifier to a module that re-exports the global its vendor/ script defines. */
function vendorGlobals(libs: readonly VendorLib[]): Plugin {
  const namespace = 'vendor-global';
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return {
    name: 'vendor-globals',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^(?:${libs.map((l) => escape(l.specifier)).join('|')})$`) }, (args) => ({
        path: args.path,
        namespace,
      }));
      b.onLoad({ filter: /.*/, namespace }, (args) => {
        const lib = libs.find((l) => l.specifier === args.path);
        if (!lib) return { errors: [{ text: `vendor-globals: no shim for ${args.path}` }] };
        const contents = [
          `// ${lib.specifier} is not bundled: the page loads ${lib.script[1]} (its unmodified release file) after the bundle.`,
          'function lib() {',
          `  const value = globalThis.${lib.global};`,
          `  if (typeof value !== 'function') {`,
          `    throw new Error(${JSON.stringify(`${lib.global} is missing: the page must load ${lib.script[1]} and let it run before using it.`)});`,
          '  }',
          '  return value;',
          '}',
          lib.exports,
        ].join('\n');
        return { contents, loader: 'js', resolveDir: ROOT };
      });
    },
  };
}

interface Bundle {
  outputs: OutputFile[];
  metafile: Metafile;
}

async function bundle(entryPoints: Record<string, string>, plugins: Plugin[] = []): Promise<Bundle> {
  try {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints,
      plugins,
      metafile: true,
      outdir: 'out', // virtual: write is false, files are placed per browser below
      write: false,
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: ['es2022', 'chrome120', 'firefox142'],
      minify: !DEV,
      // Phrases in Hebrew and accented scripts: raw UTF-8 is a third the size of \uXXXX escapes.
      charset: 'utf8',
      sourcemap: DEV ? 'inline' : false,
      // Keep any third-party /*! @license */ notices, once, at the end.
      legalComments: 'eof',
      logLevel: 'warning',
    });
    return { outputs: result.outputFiles, metafile: result.metafile };
  } catch {
    // esbuild has already printed the formatted errors.
    throw new BuildError('esbuild failed to bundle (see errors above).');
  }
}

/**
 * Fails the build if a bundle inlines a vendored library: `forbidden` strings in the output text,
 * or any input file from a VENDOR packageDir (so a missed shim is caught, minified or not).
 */
function assertNotBundled(name: string, { outputs, metafile }: Bundle, forbidden: readonly string[], packages: readonly string[] = []): void {
  const output = outputs.find((o) => basename(o.path) === name);
  const meta = Object.entries(metafile.outputs).find(([path]) => basename(path) === name)?.[1];
  if (!output || !meta) throw new BuildError(`No ${name} in the esbuild output.`);
  const problems = [
    ...forbidden.filter((text) => output.text.includes(text)).map((text) => `contains "${text}"`),
    ...Object.keys(meta.inputs)
      .filter((input) => [...VENDOR.map((lib) => lib.packageDir), ...packages].some((dir) => `/${input}`.includes(`/node_modules/${dir}`)))
      .map((input) => `bundles ${input}`),
  ];
  if (problems.length > 0) {
    throw new BuildError(`${name} must not include DOMPurify, Readability or page-only packages (${PAGE_ONLY_PACKAGES.join(', ')}):\n  ${problems.join('\n  ')}`);
  }
}

/**
 * Each vendor page must load its own bundle `async` (it starts as soon as it has loaded, without
 * waiting for the style sheets), then every vendor script `defer`, in VENDOR order.
 */
function assertPageScripts(): void {
  for (const [name, [, page]] of Object.entries(VENDOR_PAGES)) {
    const html = readFileSync(join(ROOT, page), 'utf8');
    const tags = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1] ?? '');
    const found = tags.map((attrs) => {
      const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1] ?? 'inline';
      const mode = /\basync\b/i.test(attrs) ? ' async' : /\bdefer\b/i.test(attrs) ? ' defer' : '';
      return src + mode;
    });
    const expected = [`${name}.js async`, ...VENDOR.map((lib) => `${lib.script[1]} defer`)];
    if (found.join(', ') !== expected.join(', ')) {
      throw new BuildError(`${page} must have exactly these classic scripts, in this order: ${expected.join(', ')} (found: ${found.join(', ') || 'none'}).`);
    }
  }
}

/** Non-bundled files: [source path, path inside the browser folder]. */
function staticFiles(): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  for (const lib of VENDOR) {
    for (const [from, to] of [lib.script, lib.license]) {
      const source = join('node_modules', from);
      if (!existsSync(join(ROOT, source))) throw new BuildError(`${source} is missing — run \`npm ci\`.`);
      files.push([source, to]);
    }
  }
  const seen = new Map<string, string>();
  for (const dir of PAGE_DIRS) {
    if (!existsSync(join(ROOT, dir))) continue;
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      if (!entry.isFile() || /\.tsx?$/.test(entry.name)) continue;
      const clash = seen.get(entry.name);
      if (clash) throw new BuildError(`${dir}/${entry.name} and ${clash}/${entry.name} would both become dist/<browser>/${entry.name}.`);
      seen.set(entry.name, dir);
      files.push([join(dir, entry.name), entry.name]);
    }
  }
  const icons = existsSync(join(ROOT, ICON_DIR))
    ? readdirSync(join(ROOT, ICON_DIR)).filter((f) => extname(f) === '.png')
    : [];
  if (icons.length === 0) throw new BuildError(`No PNGs in ${ICON_DIR}/ — run \`npm run icons\` first.`);
  for (const icon of icons) files.push([join(ICON_DIR, icon), join(ICON_DIR, icon)]);
  for (const locale of readdirSync(join(ROOT, LOCALES_DIR))) {
    const messages = join(LOCALES_DIR, locale, 'messages.json');
    if (!existsSync(join(ROOT, messages))) throw new BuildError(`${messages} is missing.`);
    files.push([messages, messages]);
  }
  return files;
}

function writeFile(target: string, contents: Uint8Array): void {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, contents);
}

/** Every file under `dir`, as '/'-separated paths relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(dir, rel) : [rel];
  });
}

/** File names in a zip, from its central directory (no unzip tool needed). */
function zipEntries(file: string): string[] {
  const buf = readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new BuildError(`${file} is not a zip file.`);
  const names: string[] = [];
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = buf.readUInt16LE(eocd + 10); i > 0; i--) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new BuildError(`${file}: bad zip central directory.`);
    const nameLength = buf.readUInt16LE(at + 28);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return names.filter((name) => !name.endsWith('/'));
}

function zip(browser: Browser, version: string): string {
  const filename = `quiet-reader-${browser}-${version}.zip`;
  const webExt = join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
  // --no-config-discovery: web-ext-config.mjs exists for `web-ext lint` (it skips vendor/), and
  // no config file may drop files from the package. The check below makes sure none was dropped.
  const run = spawnSync(
    process.execPath,
    [webExt, 'build', '--source-dir', join(DIST, browser), '--artifacts-dir', DIST,
      '--filename', filename, '--overwrite-dest', '--no-config-discovery'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    throw new BuildError(`web-ext build failed for ${browser}:\n${run.stderr || run.stdout || run.error?.message}`);
  }
  const packaged = new Set(zipEntries(join(DIST, filename)));
  const left = filesUnder(join(DIST, browser)).filter((f) => !packaged.has(f));
  if (left.length > 0) throw new BuildError(`${filename} is missing ${left.join(', ')}.`);
  return join(DIST, filename);
}

function printSizes(rows: Array<[string, Uint8Array]>): void {
  const table = rows.map(([name, bytes]) => [name, bytes.byteLength.toLocaleString('en-US'), gzipSync(bytes).byteLength.toLocaleString('en-US')]);
  const header = ['file', 'bytes', 'gzip'];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of table) console.log(line(row));
}

async function main(): Promise<void> {
  const { version } = readJson<{ version: string }>('package.json');
  const baseManifest = readJson<Manifest>('manifest.json');
  if (baseManifest.version !== version) {
    console.log(`note: using package.json version ${version} (manifest.json says ${baseManifest.version})`);
  }

  rmSync(DIST, { recursive: true, force: true });
  assertPageScripts();
  const pageEntries = Object.fromEntries(Object.entries(VENDOR_PAGES).map(([name, [entry]]) => [name, entry]));
  const [rest, pages] = await Promise.all([bundle(ENTRIES), bundle(pageEntries, [vendorGlobals(VENDOR)])]);
  // The content script runs in every page: it must never carry the extraction or export libraries.
  assertNotBundled('content.js', rest, ['_grabArticle', 'DOMPurify'], PAGE_ONLY_PACKAGES);
  assertNotBundled('background.js', rest, ['_grabArticle', 'DOMPurify'], PAGE_ONLY_PACKAGES);
  // Popup and reader reach them only through the shims ("DOMPurify" is in the shim, so not checked here).
  for (const name of Object.keys(VENDOR_PAGES)) assertNotBundled(`${name}.js`, pages, ['_grabArticle']);
  const outputs: Array<Pick<OutputFile, 'path' | 'contents'>> = await Promise.all(
    [...rest.outputs, ...pages.outputs].map(async (out) =>
      !DEV && basename(out.path) === 'content.js' ? { path: out.path, contents: await terseContentScript(out.text) } : out,
    ),
  );
  const content = outputs.find((out) => basename(out.path) === 'content.js');
  if (!DEV && content && content.contents.byteLength > CONTENT_BUDGET) {
    throw new BuildError(`content.js is ${content.contents.byteLength} bytes, over its budget of ${CONTENT_BUDGET}: make room before adding.`);
  }
  const statics = staticFiles();

  for (const browser of BROWSERS) {
    const dir = join(DIST, browser);
    for (const out of outputs) writeFile(join(dir, basename(out.path)), out.contents);
    for (const [from, to] of statics) {
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      copyFileSync(join(ROOT, from), join(dir, to));
    }
    const manifest = manifestFor(browser, baseManifest, version);
    writeFile(join(dir, 'manifest.json'), Buffer.from(JSON.stringify(manifest, null, 2) + '\n'));

    const missing = referencedFiles(manifest).filter((f) => !existsSync(join(dir, f)));
    if (missing.length > 0) {
      const msg = `dist/${browser}: manifest references missing file(s): ${[...new Set(missing)].join(', ')}`;
      if (ZIP) throw new BuildError(msg);
      console.warn(`warning: ${msg}`);
    }
  }

  printSizes([
    ...outputs.map((o): [string, Uint8Array] => [basename(o.path), o.contents]),
    ...statics.filter(([, to]) => !to.startsWith(ICON_DIR) && !to.startsWith(LOCALES_DIR)).map(([from, to]): [string, Uint8Array] => [to, readFileSync(join(ROOT, from))]),
  ]);
  console.log(`\nBuilt ${version}${DEV ? ' (dev: unminified, inline source maps)' : ''} → dist/chrome, dist/firefox`);

  if (ZIP) {
    if (DEV) throw new BuildError('Refusing to package a --dev build.');
    for (const browser of BROWSERS) console.log(`Packaged ${zip(browser, version)}`);
  }
}

main().catch((error: unknown) => {
  console.error(`\nBuild failed: ${error instanceof BuildError ? error.message : error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
