import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves the venue bundles in `scenes/` at `/scenes/…` during development and copies
 * them into the build, so a venue is just a folder of static files next to the app
 * (any static host serves it; the offline cache can store it).
 */

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.bin': 'application/octet-stream',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ktx2': 'image/ktx2',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.vtt': 'text/vtt; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8',
  '.ply': 'application/octet-stream',
  '.spz': 'application/octet-stream',
};

/** Maps a request path under /scenes/ to a file inside `root`, or null when it would leave it. */
export function sceneFileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, '.' + sep + decoded);
  return file.startsWith(root + sep) ? file : null;
}

export function scenesPlugin(scenesDir: string): Plugin {
  const root = resolve(scenesDir);
  return {
    name: 'museum-visit:scenes',
    configureServer(server) {
      server.middlewares.use('/scenes', (req, res, next) => {
        const urlPath = (req.url ?? '/').split('?', 1)[0] ?? '/';
        const file = sceneFileFor(root, urlPath);
        if (file === null) {
          res.statusCode = 400;
          res.end('bad path');
          return;
        }
        if (!existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
        res.setHeader('Content-Length', statSync(file).size);
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(file).pipe(res);
      });
    },
    writeBundle(options) {
      const outDir = options.dir ?? 'dist';
      cpSync(root, join(outDir, 'scenes'), { recursive: true, filter: (src) => !src.endsWith('.md') });
    },
  };
}
