/**
 * `npm run bench:scan`: imports each generated fixture (textured GLB, OBJ, PLY
 * point cloud, PLY splat), the real models in ../shared/data/models and the
 * demo museum's scan with `scan:import`, and the same inputs with
 * `gltf-transform optimize` (the CLI, all defaults) in the same run. For each:
 * bytes before/after and their ratio, triangles or points before/after, import
 * time, and load (parse) time in Node before/after. Prints a markdown table and
 * writes tests/bench/results/scan-import.json. The budget (a textured mesh ends
 * at ≤ 35 % of its bytes) is reported as pass/fail; the exit code is 1 only
 * when an import fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { scanImportMain } from '../../../tools/scan-import.ts';
import type { ScanImportReport } from '../../../tools/lib/scan/report.ts';
import { writeScanFixtures } from '../../helpers/scan-fixtures.ts';
import { glbCounts, gltfTransformOptimize, gltfTransformStartupMs, loadMs, rawGlb } from './measure.ts';

const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
const RESULTS_FILE = join(REPO_ROOT, 'tests', 'bench', 'results', 'scan-import.json');
const SHARED_MODELS = join(REPO_ROOT, '..', 'shared', 'data', 'models');
const BUDGET_RATIO = 0.35;

interface Case {
  name: string;
  input: string;
  /** Options after the input and venue, when not the defaults. */
  args?: string[];
  /** A textured mesh: the ≤ 35 % budget applies. */
  textured: boolean;
}

interface Row {
  name: string;
  input: string;
  textured: boolean;
  inputBytes: number;
  ours: { bytes: number; ratio: number; format: string; triangles?: number; points?: number; splats?: number; importMs: number; loadMs: number; files: number; warnings: string[] } | null;
  before: { triangles?: number; points?: number; splats?: number; loadMs: number };
  gltfTransform: { input: string; bytes: number; ratio: number; triangles: number; points: number; ms: number; loadMs: number } | { skipped: string };
  error?: string;
}

async function cases(work: string): Promise<{ list: Case[]; missing: string[] }> {
  const fixtures = await writeScanFixtures(join(work, 'fixtures'));
  const list: Case[] = [
    { name: 'fixture: textured GLB (2048² JPEG)', input: fixtures.glb, textured: true },
    { name: 'fixture: OBJ + MTL + PNG', input: fixtures.obj, textured: true },
    { name: 'fixture: PLY point cloud', input: fixtures.points, textured: false },
    { name: 'fixture: PLY Gaussian splat', input: fixtures.splat, textured: false },
    { name: 'fixture: PLY Gaussian splat, --splat-sh 0', input: fixtures.splat, args: ['--splat-sh', '0'], textured: false },
  ];
  const missing: string[] = [];
  const halls = join(SHARED_MODELS, 'openvgal-gallery-halls');
  const bed = join(SHARED_MODELS, 'polyhaven-gothic-bed', 'GothicBed_01_1k.glb');
  if (existsSync(halls)) for (const f of readdirSync(halls).filter((f) => f.endsWith('.glb')).sort()) list.push({ name: `OpenVgal ${f}`, input: join(halls, f), textured: false });
  else missing.push(halls);
  if (existsSync(bed)) list.push({ name: 'Poly Haven GothicBed_01_1k.glb', input: bed, textured: true });
  else missing.push(bed);
  list.push({ name: 'demo museum scan.glb', input: join(REPO_ROOT, 'scenes', 'demo-museum', 'scan.glb'), textured: false });
  return { list, missing };
}

async function measureCase(c: Case, work: string, index: number): Promise<Row> {
  const venue = join(work, 'venues', `case-${index}`);
  const before = await loadMs(c.input);
  const lines: string[] = [];
  const t = performance.now();
  const code = await scanImportMain([c.input, venue, ...(c.args ?? [])], (l) => lines.push(l), () => {});
  const importMs = performance.now() - t;
  const inputBytes = existsSync(c.input) ? statSync(c.input).size : 0;
  if (code !== 0) return { name: c.name, input: c.input, textured: c.textured, inputBytes, ours: null, before: { loadMs: before }, gltfTransform: { skipped: 'import failed' }, error: `scan:import exited ${code}` };
  const report = JSON.parse(lines.at(-1)!) as ScanImportReport;
  const output = join(venue, report.scan.uri);
  const row: Row = {
    name: c.name,
    input: relative(REPO_ROOT, c.input).startsWith('..') && !c.input.startsWith(SHARED_MODELS) ? basename(c.input) : relative(REPO_ROOT, c.input),
    textured: c.textured,
    inputBytes: report.input.bytes,
    before: { ...pick(report.input), loadMs: before },
    ours: { bytes: report.output.bytes, ratio: report.output.ratio, format: report.format, ...pick(report.output), importMs, loadMs: await loadMs(output), files: report.files.length, warnings: report.warnings },
    gltfTransform: { skipped: 'splat: not glTF' },
  };
  if (report.format !== 'splat') {
    // OBJ and PLY are not glTF: gltf-transform gets the same scan converted to GLB as read (unoptimized).
    const gtInput = /\.(glb|gltf)$/i.test(c.input) ? c.input : await rawGlb(c.input, join(work, `raw-${index}.glb`));
    const out = join(work, `gltf-transform-${index}.glb`);
    const run = gltfTransformOptimize(gtInput, out);
    row.gltfTransform = run.ok
      ? { input: gtInput === c.input ? 'same file' : `converted GLB (${statSync(gtInput).size} B)`, bytes: run.bytes, ratio: run.bytes / report.input.bytes, ...(await glbCounts(out)), ms: run.ms, loadMs: await loadMs(out) }
      : { skipped: `gltf-transform failed: ${run.error}` };
  }
  return row;
}

const pick = (o: { triangles?: number; points?: number; splats?: number }) => ({
  ...(o.triangles !== undefined && { triangles: o.triangles }),
  ...(o.points !== undefined && { points: o.points }),
  ...(o.splats !== undefined && { splats: o.splats }),
});

const kb = (b: number) => (b / 1000).toFixed(1);
const pct = (r: number) => `${(r * 100).toFixed(1)} %`;
const count = (o: { triangles?: number; points?: number; splats?: number }) =>
  o.triangles !== undefined ? `${o.triangles} tri` : o.points !== undefined ? `${o.points} pts` : o.splats !== undefined ? `${o.splats} splats` : '?';

function markdown(rows: readonly Row[], startupMs: number): string {
  const head = ['input', 'in KB', 'ours KB', 'ours %', 'gltf-transform KB', 'gt %', 'in geometry', 'ours geometry', 'gt geometry', 'import ms (ours / gt)', 'load ms in → ours / gt', '≤ 35 %'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const r of rows) {
    const gt = 'skipped' in r.gltfTransform ? null : r.gltfTransform;
    const o = r.ours;
    lines.push(
      `| ${[
        r.name,
        kb(r.inputBytes),
        o ? kb(o.bytes) : 'failed',
        o ? pct(o.ratio) : '',
        gt ? kb(gt.bytes) : 'skipped' in r.gltfTransform ? `— (${r.gltfTransform.skipped})` : '',
        gt ? pct(gt.ratio) : '',
        count(r.before),
        o ? count(o) : '',
        gt ? (gt.points > 0 ? `${gt.points} pts` : `${gt.triangles} tri`) : '',
        `${o ? o.importMs.toFixed(0) : '?'} / ${gt ? gt.ms.toFixed(0) : '—'}`,
        `${r.before.loadMs.toFixed(1)} → ${o ? o.loadMs.toFixed(1) : '?'} / ${gt ? gt.loadMs.toFixed(1) : '—'}`,
        r.textured && o ? (o.ratio <= BUDGET_RATIO ? 'PASS' : 'FAIL') : '',
      ].join(' | ')} |`,
    );
  }
  lines.push('', `gltf-transform times are the CLI's wall time, including about ${startupMs.toFixed(0)} ms of starting Node and the CLI (measured with --version).`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const loadBefore = loadavg();
  const started = new Date().toISOString();
  const work = mkdtempSync(join(tmpdir(), 'bench-scan-'));
  try {
    const { list, missing } = await cases(work);
    for (const m of missing) console.error(`missing (skipped): ${m} — the shared data lives beside the repository in ../shared/data`);
    const startupMs = gltfTransformStartupMs();
    // One import before measuring, so no figure includes starting the WebAssembly codecs and sharp.
    await scanImportMain([list[1]!.input, join(work, 'venues', 'warm-up')], () => {}, () => {});
    const rows: Row[] = [];
    for (const [i, c] of list.entries()) {
      process.stderr.write(`${c.name} …\n`);
      rows.push(await measureCase(c, work, i));
    }
    console.log(markdown(rows, startupMs));
    const textured = rows.filter((r) => r.textured && r.ours);
    const pass = textured.every((r) => r.ours!.ratio <= BUDGET_RATIO);
    console.log(`\nbudget: every textured mesh ≤ ${BUDGET_RATIO * 100} % of its input bytes: ${pass ? 'PASS' : 'FAIL'}`);
    mkdirSync(dirname(RESULTS_FILE), { recursive: true });
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverageBefore: loadBefore, loadAverageAfter: loadavg(), node: process.version };
    writeFileSync(RESULTS_FILE, JSON.stringify({ schema: 1, startedAt: started, finishedAt: new Date().toISOString(), machine, budgetRatio: BUDGET_RATIO, pass, gltfTransformStartupMs: startupMs, missing, rows }, null, 2) + '\n');
    console.log(`wrote ${relative(process.cwd(), RESULTS_FILE)}`);
    const failed = rows.filter((r) => r.error);
    for (const r of failed) console.error(`error: ${r.name}: ${r.error}`);
    return failed.length > 0 ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exit(await main());
