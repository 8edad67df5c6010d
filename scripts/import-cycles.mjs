// Import cycles, between files and between folders: none may exist (npm test fails on one). Imports are read and
// resolved by TypeScript itself, with the project's tsconfig (its `@/` paths), type-only imports included: a folder
// that needs another's types depends on it as much as one that calls it. Tests are left out (they may reach anywhere).
// Usage: node scripts/import-cycles.mjs [--why] [--map]
//   --why: the file imports that tie each folder cycle; --map: every folder and the folders it imports.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = process.cwd();
const SOURCES = /^(app|components|lib|pages)\//;
const TEST = /\.(test|spec)\.tsx?$|^lib\/testing\//;

const config = ts.parseJsonConfigFileContent(
  ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile).config,
  ts.sys,
  ROOT,
);
const files = config.fileNames
  .map((f) => path.relative(ROOT, f))
  .filter((f) => SOURCES.test(f) && !TEST.test(f) && /\.tsx?$/.test(f));

/** file → the project files it imports */
const graph = new Map();
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  const targets = new Set();
  for (const { fileName } of importedFiles) {
    const resolved = ts.resolveModuleName(fileName, path.join(ROOT, file), config.options, ts.sys).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport) continue;
    const target = path.relative(ROOT, resolved.resolvedFileName);
    if (SOURCES.test(target) && !TEST.test(target) && target !== file) targets.add(target);
  }
  graph.set(file, targets);
}

/** Strongly connected components of more than one node (Tarjan), each a cycle. */
function cycles(nodes, edges) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const idx = new Map();
  const low = new Map();
  const found = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges(v)) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of nodes) if (!idx.has(v)) visit(v);
  return found;
}

const folderOf = (file) => path.dirname(file);
const folders = new Map();
for (const [file, targets] of graph) {
  const from = folderOf(file);
  if (!folders.has(from)) folders.set(from, new Set());
  for (const target of targets) if (folderOf(target) !== from) folders.get(from).add(folderOf(target));
}

const fileCycles = cycles([...graph.keys()], (f) => graph.get(f));
const folderCycles = cycles([...folders.keys()], (f) => folders.get(f) ?? []);
console.log(
  `${files.length} files in ${folders.size} folders: ${fileCycles.length} file cycles, ${folderCycles.length} folder cycles`,
);
if (process.argv.includes("--map"))
  for (const folder of [...folders.keys()].sort())
    console.log(`${folder} → ${[...folders.get(folder)].sort().join(", ") || "(nothing of the project)"}`);
for (const cycle of fileCycles) console.log(`  files: ${cycle.join(" ↔ ")}`);
for (const cycle of folderCycles) {
  console.log(`  folders: ${cycle.join(" ↔ ")}`);
  if (!process.argv.includes("--why")) continue;
  const inCycle = new Set(cycle);
  for (const [file, targets] of graph)
    for (const target of targets)
      if (folderOf(file) !== folderOf(target) && inCycle.has(folderOf(file)) && inCycle.has(folderOf(target)))
        console.log(`    ${file} → ${target}`);
}
process.exit(fileCycles.length + folderCycles.length > 0 ? 1 : 0);
