import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './fixtures.ts';

/** The outcome of running one of the project's CLIs. */
export interface ToolRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `tools/<script>` with tsx, as `npm run` would, and captures its output. */
export function runTool(script: string, args: string[], cwd = ROOT): ToolRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'tools', script), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
