import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { ROOT } from '../../helpers/fixtures.ts';

/** Lints a snippet as if it were the file at `filePath` and returns the rule ids it breaks. */
async function violations(code: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${filePath}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer boundaries are enforced by lint', () => {
  it.each([
    ["import { Vector3 } from 'three';\nexport const v = new Vector3();", 'src/core/geometry/probe.ts', 'no three.js'],
    ["import { useState } from 'react';\nexport const s = useState;", 'src/core/venue/probe.ts', 'no React'],
    ["import { create } from 'zustand';\nexport const c = create;", 'src/core/probe.ts', 'no zustand'],
    ["import { readFile } from 'node:fs/promises';\nexport const r = readFile;", 'src/core/probe.ts', 'Node I/O belongs in tools/'],
    ["import { useVenueStore } from '../../state/venue-store.ts';\nexport const u = useVenueStore;", 'src/core/venue/probe.ts', 'must not import from src/state'],
    ['export const w = document.title;', 'src/core/probe.ts', 'must not use the DOM'],
    ["import { App } from '../ui/App.tsx';\nexport const a = App;", 'src/render/probe.ts', 'must not import from src/ui'],
  ])('refuses %j in %s', async (code, file, reason) => {
    const found = await violations(code, file);
    expect(found.some((m) => m.includes(reason)), found.join('\n')).toBe(true);
  });

  it('allows core to use the language itself (fetch, URL, Intl)', async () => {
    const found = await violations("export const f = (u: string) => fetch(new URL(u)).then(() => new Intl.Locale('de'));", 'src/core/probe.ts');
    expect(found).toEqual([]);
  });
});
