// Checks the house rules of the SPA's layout (STYLE.md) that the compiler does not:
// kebab-case file names, no barrel files, no imports between features, shared code
// (components/, lib/, i18n/, config/) never reaching into features/ or app/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const problems = [];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/;
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const SHARED = ['components', 'lib', 'i18n', 'config'];

/** The top-level area of src/ a file is in, and for features/ which feature. */
function area(path) {
  const parts = relative(src, path).split(sep);
  return parts[0] === 'features' ? { top: 'features', feature: parts[1] } : { top: parts[0] };
}

function target(file, specifier) {
  if (specifier.startsWith('@/')) return join(src, specifier.slice(2));
  if (specifier.startsWith('.')) return resolve(dirname(file), specifier);
  return null; // a package
}

for (const file of walk(src)) {
  const rel = relative(root, file);
  const name = file.split(sep).pop();
  if (!KEBAB.test(name)) problems.push(`${rel}: file names are kebab-case`);
  if (/^index\.(ts|tsx|js)$/.test(name)) problems.push(`${rel}: no barrel files; import the module itself`);
  if (!/\.(ts|tsx)$/.test(name)) continue;
  const from = area(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(IMPORT)) {
    const to = target(file, match[1] ?? match[2]);
    if (!to || !to.startsWith(src)) continue;
    const dest = area(to);
    if (from.top === 'features' && dest.top === 'features' && dest.feature !== from.feature) {
      problems.push(`${rel}: feature "${from.feature}" imports feature "${dest.feature}" (${match[1] ?? match[2]})`);
    }
    if (SHARED.includes(from.top) && (dest.top === 'features' || dest.top === 'app')) {
      problems.push(`${rel}: shared code in ${from.top}/ imports ${dest.top}/ (${match[1] ?? match[2]})`);
    }
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} layout problem(s)`);
  process.exit(1);
}
console.log('layout: ok');
