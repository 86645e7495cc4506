import type { Venue } from '../../src/core/venue/schema.ts';
import { placeExhibits } from './exhibits.ts';
import { FIXED_FURNITURE } from './furniture.ts';
import { buildModel } from './building.ts';
import { writeGlb } from './gltf-writer.ts';
import { placeBeacons } from './beacons.ts';
import { buildNavGraph } from './nav-graph.ts';
import { buildScene, serializeScene, type DemoContent } from './scene.ts';
import { exhibitImages } from './media.ts';

/**
 * The generator's pipeline, apart from any file I/O: content in, the files of the
 * bundle out (scene.json, scan.glb, the exhibit images; the narration audio comes
 * from narrate.ts, run by hand). Each stage is a pure function of the plan and the stages before it.
 */

export interface DemoBundle {
  venue: Venue;
  /** scene.json as written. */
  sceneJson: string;
  /** scan.glb as written. */
  glb: Uint8Array;
  /** Generated media files by bundle-relative path, e.g. `media/h-self-portrait.png`. */
  media: Map<string, Uint8Array>;
  stats: { rooms: number; hotspots: number; beacons: number; navNodes: number; navEdges: number; triangles: number; glbBytes: number; mediaBytes: number };
}

/** Generates the demo venue from its written content. */
export async function generateDemo(content: DemoContent): Promise<DemoBundle> {
  const { placed, furniture: exhibitFurniture } = placeExhibits(content.exhibits);
  const furniture = [...FIXED_FURNITURE, ...exhibitFurniture];
  const model = buildModel(placed, furniture);
  const palettes = new Map(placed.filter((p) => p.painting).map((p) => [p.exhibit.id, p.exhibit.palette] as const));
  const glb = await writeGlb({ meshes: model.meshes(), palettes });
  const beacons = placeBeacons(placed);
  const nav = buildNavGraph(placed, furniture);
  const venue = buildScene({ content, placed, furniture, beacons, nav });
  const media = exhibitImages(content.exhibits);
  return {
    venue,
    sceneJson: serializeScene(venue),
    glb,
    media,
    stats: {
      rooms: venue.rooms.length,
      hotspots: venue.hotspots?.length ?? 0,
      beacons: venue.beacons?.length ?? 0,
      navNodes: nav.nodes.length,
      navEdges: nav.edges.length,
      triangles: model.triangleCount(),
      glbBytes: glb.byteLength,
      mediaBytes: [...media.values()].reduce((sum, bytes) => sum + bytes.byteLength, 0),
    },
  };
}
