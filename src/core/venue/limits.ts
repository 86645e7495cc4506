/**
 * Size bounds for a venue document. They keep a hostile or broken file from
 * freezing a visitor's phone: every list and every string has a ceiling, and the
 * validator names the field that exceeds it.
 */
export const LIMITS = {
  /** Bytes of scene.json a loader reads at most. */
  sceneBytes: 128 * 1024 * 1024,
  floors: 200,
  rooms: 20_000,
  obstacles: 50_000,
  hotspots: 10_000,
  beacons: 2_000,
  navNodes: 200_000,
  navEdges: 1_000_000,
  tours: 1_000,
  tourStops: 500,
  mediaPerHotspot: 100,
  tagsPerHotspot: 50,
  credits: 500,
  languages: 50,
  outlinePoints: 10_000,
  /** Characters in a title, name or tag. */
  shortText: 500,
  /** Characters in a summary, description or narration. */
  text: 20_000,
  /** Characters in a Markdown body. */
  longText: 200_000,
  /** Characters in a URI (data: URIs for media may be longer, see `dataUri`). */
  uri: 2_048,
  /** Characters in an embedded `data:` media URI (about 15 MB of base64). */
  dataUri: 20_000_000,
  id: 128,
} as const;
