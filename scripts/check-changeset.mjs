// @ts-check
// CI's changeset check (`.ci/run`; not `npm test`, which must pass on a dirty local tree):
// every user-facing change since the last release is described by a pending changeset that
// was written at or after it.
//
// User-facing: what the published packages contain or how they resolve —
//   packages/*/src/**          the code of core and the elements
//   packages/*/*.ts, *.js      entry points: index.ts, the define files, react-jsx
//   packages/*/package.json    exports, dependencies, files
//   scripts/ that make the drop-in's bytes (build-dropin, dropin-options, minify-css,
//   minify-html, localforage-slim)
// Not user-facing: tests, stories, docs, the bench, CI and lint configuration.
//
// The rule:
// - The last release is the newest commit that changed a package's "version" line (what
//   `npx changeset version` does); before any release, the whole history counts.
// - A changeset commit is one that adds or edits a `.changeset/*.md` that is still pending
//   at HEAD (or in the working tree).
// - Every commit after the release that touches user-facing files must be that changeset
//   commit or one of its ancestors. A changeset written on another branch, or before the
//   change, covers nothing: each change is covered by one written after it, on its history.
// - A change readers cannot notice (a refactor, formatting) still needs a deliberate
//   `npx changeset --empty`.
// - Uncommitted user-facing edits need an uncommitted (new or edited) changeset too; such a
//   changeset covers the commits as well (it will be committed after them).
// Merge commits are not checked themselves; the commits they bring in are. Needs the full
// history: a shallow clone fails rather than passing on what it cannot see.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const USER_FACING = [
  ':(glob)packages/*/src/**',
  ':(glob)packages/*/*.ts',
  ':(glob)packages/*/*.js',
  ':(glob)packages/*/package.json',
  'scripts/build-dropin.mjs',
  'scripts/dropin-options.mjs',
  'scripts/minify-css.mjs',
  'scripts/minify-html.mjs',
  'scripts/localforage-slim.mjs',
];
const PACKAGES = ['@support-kit/core', '@support-kit/elements', '@support-kit/support-kit'];
const CHANGESET = /^\.changeset\/(?!README\.md$)[^/]+\.md$/;

const git = (/** @type {string[]} */ ...args) =>
  execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trimEnd();
const lines = (/** @type {string} */ text) => (text ? text.split('\n') : []);
/** @param {string} message @returns {never} */
const fail = (message) => {
  console.error(`check-changeset: FAIL ${message}`);
  process.exit(1);
};

if (git('rev-parse', '--is-shallow-repository') === 'true') {
  fail('this is a shallow clone; the check needs the full history (git fetch --unshallow).');
}

// ---- the pending changesets, and whether each is well-formed ----
const pending = lines(git('ls-files', '--cached', '--others', '--exclude-standard', '.changeset'))
  .filter((path) => CHANGESET.test(path) && existsSync(path))
  .sort();
const problems = [];
for (const path of pending) {
  const match = /^---\r?\n([^]*?)^---\r?\n?([^]*)$/m.exec(readFileSync(path, 'utf8'));
  if (!match) {
    problems.push(`${path}: no front matter (---, the packages and bumps, ---)`);
    continue;
  }
  const [, head = '', summary = ''] = match;
  const bumps = lines(head.trim());
  for (const line of bumps) {
    const bump = /^['"]?([^'":]+)['"]?\s*:\s*(patch|minor|major)\s*$/.exec(line);
    if (!bump) problems.push(`${path}: "${line}" is not "'<package>': patch|minor|major"`);
    else if (!PACKAGES.includes(bump[1] ?? ''))
      problems.push(`${path}: unknown package ${bump[1]} (one of ${PACKAGES.join(', ')})`);
  }
  if (bumps.length > 0 && !summary.trim()) problems.push(`${path}: no summary under the bumps`);
}
if (problems.length) fail(`malformed changesets:\n  ${problems.join('\n  ')}`);

// ---- the last release ----
const release = git(
  'log',
  '-1',
  '--format=%H',
  '-G',
  '^\\s*"version"\\s*:',
  '--',
  'packages/*/package.json',
);
const range = release ? [`${release}..HEAD`] : ['HEAD'];
const since = release ? `release ${release.slice(0, 8)}` : 'the first commit';

// ---- committed changes, and the changeset commits that cover them ----
const changed = lines(
  git('rev-list', '--full-history', '--no-merges', ...range, '--', ...USER_FACING),
);
const pendingSet = new Set(pending);
const changesetCommits = [];
let commit = '';
for (const line of lines(
  git(
    'log',
    '--full-history',
    '--no-merges',
    '--format=commit %H',
    '--name-status',
    '--diff-filter=AMR',
    ...range,
    '--',
    '.changeset',
  ),
)) {
  if (line.startsWith('commit ')) commit = line.slice('commit '.length);
  else if (line && pendingSet.has(line.split('\t').at(-1) ?? '')) changesetCommits.push(commit);
}
const covered = new Set(
  changesetCommits.length
    ? lines(git('rev-list', ...(release ? [`^${release}`] : []), ...new Set(changesetCommits)))
    : [],
);

// ---- uncommitted changes: a new or edited changeset in the working tree is written after
// every commit, so it covers them all (it still has to be committed for CI) ----
const status = (/** @type {string[]} */ paths) =>
  lines(git('status', '--porcelain', '--untracked-files=all', '--', ...paths));
const dirtyCode = status(USER_FACING);
const dirtyChangesets = status(['.changeset']).filter(
  (line) => !line.slice(0, 2).includes('D') && CHANGESET.test(line.slice(3)),
);
const uncovered = dirtyChangesets.length ? [] : changed.filter((sha) => !covered.has(sha));

const report = [];
for (const sha of uncovered) {
  const files = lines(
    git('diff-tree', '--no-commit-id', '--name-only', '-r', sha, '--', ...USER_FACING),
  );
  report.push(
    `${git('log', '-1', '--format=%h %s', sha).slice(0, 100)}\n      ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}`,
  );
}
if (dirtyCode.length && !dirtyChangesets.length) {
  report.push(`uncommitted: ${dirtyCode.map((line) => line.slice(3)).join(', ')}`);
}
if (report.length) {
  fail(
    `user-facing changes since ${since} without a changeset written after them:\n` +
      `  ${report.join('\n  ')}\n` +
      'Add one with `npx changeset` (or `npx changeset --empty` for a change no user can notice) ' +
      'and commit it after these; see CONTRIBUTING.md, "Changesets".',
  );
}
console.log(
  `check-changeset: ok — ${changed.length} user-facing commit(s) since ${since}, ` +
    `all covered by ${pending.length} pending changeset(s)`,
);
