/**
 * web-ext settings, found by web-ext when it runs from the repo root (`npm run lint:ext`).
 *
 * dist/<browser>/vendor/ holds unmodified copies of the DOMPurify and Readability npm release files
 * (see VENDOR in scripts/build.ts). Their innerHTML assignments are the libraries' own and are
 * marked by upstream with eslint-disable comments that addons-linter does not honour, so lint
 * skips vendor/ and checks our bundles only.
 *
 * `ignoreFiles` is a global web-ext option (it would also drop vendor/ from `web-ext build` and
 * `web-ext sign` packages), so it is set only when the command is `lint`. scripts/build.ts runs
 * `web-ext build` with --no-config-discovery and checks that the zip holds every file anyway.
 */
const COMMANDS = new Set(['build', 'dump-config', 'sign', 'run', 'lint', 'docs']);
const command = process.argv.slice(2).find((arg) => COMMANDS.has(arg));

export default command === 'lint' ? { ignoreFiles: ['vendor/**'] } : {};
