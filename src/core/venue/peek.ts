import { uriProblem } from './uri.ts';

/**
 * Reads the scan's URI from a scene.json text before the venue is validated, so the
 * app can start downloading and decoding the building (the slowest part of opening
 * a venue) while validation runs. Only a glTF scan whose URI stays inside the bundle
 * (or is https) is named; anything else waits for validation.
 */
export function peekGltfScanUri(sceneText: string): string | null {
  let doc: unknown;
  try {
    doc = JSON.parse(sceneText);
  } catch {
    return null;
  }
  const scan = (doc as { scan?: { uri?: unknown; format?: unknown } } | null)?.scan;
  if (!scan || scan.format !== 'gltf' || typeof scan.uri !== 'string') return null;
  return uriProblem(scan.uri, 'bundle') === null ? scan.uri : null;
}
