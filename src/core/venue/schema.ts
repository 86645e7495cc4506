import { z } from 'zod';
import { LIMITS } from './limits.ts';

/**
 * Venue format v1 (see SCENE-FORMAT.md): the single source of both the runtime
 * schema and the TypeScript types. The schema checks shape, types and bounds;
 * cross-references, geometry, languages and URIs are checked by the rules in
 * `rules/`, which need the whole document.
 *
 * Objects are strict so that unknown fields surface; `validateVenue` reports them
 * as warnings rather than errors.
 */

/** The newest format version this reader understands. */
export const CURRENT_VERSION = 1;

const finite = z.number();
const nonNegative = z.number().nonnegative();

export const idSchema = z
  .string()
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must start with a letter or digit and use only letters, digits, ".", "_", ":" or "-"');

/** A venue id doubles as its folder name and URL parameter, so it is stricter. */
export const venueIdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9-]{1,64}$/, 'must be 1–64 characters of a–z, 0–9 and "-"');

const planPoint = z.tuple([finite, finite]);
const point3 = z.tuple([finite, finite, finite]);

const localized = (max: number) => z.record(z.string().max(35), z.string().max(max));
export const shortTextSchema = localized(LIMITS.shortText);
export const textSchema = localized(LIMITS.text);
export const longTextSchema = localized(LIMITS.longText);

/** A URI string; whether it is allowed where it stands is a rule, not a shape. */
const uri = z.string().min(1).max(LIMITS.dataUri);
/** Either one URI, or one per language. */
const localizedUri = z.union([uri, z.record(z.string().max(35), uri)]);

const outline = z.array(planPoint).max(LIMITS.outlinePoints);

export const ROOM_KINDS = [
  'gallery', 'hall', 'corridor', 'entrance', 'exit', 'stairs', 'elevator',
  'toilet', 'cafe', 'shop', 'info', 'cloakroom', 'other',
] as const;

export const EDGE_KINDS = ['walk', 'door', 'stairs', 'elevator', 'ramp', 'escalator'] as const;

export const SCAN_FORMATS = ['gltf', '3dtiles', 'splat', 'points'] as const;

const assetSchema = z.strictObject({
  type: z.literal('museum-venue'),
  version: z.number().int(),
  generator: z.string().max(LIMITS.shortText).optional(),
});

const creditSchema = z.strictObject({
  text: z.string().min(1).max(LIMITS.text),
  license: z.string().max(LIMITS.shortText).optional(),
  url: z.string().max(LIMITS.uri).optional(),
});

const scanSchema = z.strictObject({
  uri: z.string().min(1).max(LIMITS.uri),
  format: z.enum(SCAN_FORMATS),
  transform: z
    .strictObject({
      position: point3.optional(),
      rotation: z.tuple([finite, finite, finite, finite]).optional(),
      scale: z.number().positive().optional(),
    })
    .optional(),
});

const floorSchema = z.strictObject({
  id: idSchema,
  name: shortTextSchema,
  elevation: finite,
  height: z.number().positive(),
});

const roomSchema = z.strictObject({
  id: idSchema,
  floor: idSchema,
  name: shortTextSchema,
  kind: z.enum(ROOM_KINDS),
  outline,
  /** A short text description of the room for visitors who cannot see the scan. */
  description: textSchema.optional(),
});

const obstacleSchema = z.strictObject({
  id: idSchema,
  floor: idSchema,
  outline,
  /** Height of the obstacle above its floor, for rendering an extruded plan. */
  height: nonNegative.optional(),
});

const mediaSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('image'),
    uri: localizedUri,
    alt: shortTextSchema.optional(),
    credit: z.string().max(LIMITS.text).optional(),
  }),
  z.strictObject({
    kind: z.literal('audio'),
    uri: localizedUri,
    captions: z.record(z.string().max(35), uri).optional(),
    credit: z.string().max(LIMITS.text).optional(),
  }),
]);

const cameraViewSchema = z.strictObject({ position: point3, target: point3 });

const hotspotSchema = z.strictObject({
  id: idSchema,
  room: idSchema,
  position: point3,
  normal: point3.optional(),
  title: shortTextSchema,
  summary: textSchema.optional(),
  body: longTextSchema.optional(),
  media: z.array(mediaSchema).max(LIMITS.mediaPerHotspot).optional(),
  view: cameraViewSchema.optional(),
  tags: z.array(z.string().min(1).max(LIMITS.shortText)).max(LIMITS.tagsPerHotspot).optional(),
  beacon: idSchema.optional(),
});

const hex = (len: number) =>
  z.string().regex(new RegExp(`^[0-9a-fA-F]{${len}}$`), `must be ${len} hexadecimal digits`);
const uint16 = z.number().int().min(0).max(65535);

const beaconIdentitySchema = z.discriminatedUnion('protocol', [
  z.strictObject({ protocol: z.literal('eddystone-uid'), namespace: hex(20), instance: hex(12) }),
  z.strictObject({
    protocol: z.literal('ibeacon'),
    uuid: z.string().regex(/^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/, 'must be a UUID'),
    major: uint16,
    minor: uint16,
  }),
]);

const beaconSchema = z.strictObject({
  id: idSchema,
  floor: idSchema,
  position: point3,
  identity: beaconIdentitySchema.optional(),
  txPower: z.number().min(-120).max(20).optional(),
  pathLossExponent: z.number().min(0.5).max(8).optional(),
  intervalMs: z.number().positive().max(60_000).optional(),
});

const navNodeSchema = z.strictObject({
  id: idSchema,
  floor: idSchema,
  position: point3,
  room: idSchema.optional(),
});

const navEdgeSchema = z.strictObject({
  from: idSchema,
  to: idSchema,
  kind: z.enum(EDGE_KINDS),
  accessible: z.boolean().optional(),
  oneWay: z.boolean().optional(),
  length: z.number().positive().optional(),
});

const tourStopSchema = z.strictObject({
  hotspot: idSchema,
  narration: textSchema.optional(),
  audio: z.record(z.string().max(35), uri).optional(),
  durationS: z.number().positive().max(3600).optional(),
});

const tourSchema = z.strictObject({
  id: idSchema,
  title: shortTextSchema,
  description: textSchema.optional(),
  stops: z.array(tourStopSchema).min(1).max(LIMITS.tourStops),
});

/** The whole scene.json document, version 1. */
export const venueSchema = z.strictObject({
  asset: assetSchema,
  id: venueIdSchema,
  title: shortTextSchema,
  defaultLanguage: z.string().min(1).max(35),
  languages: z.array(z.string().min(1).max(35)).min(1).max(LIMITS.languages),
  credits: z.array(creditSchema).max(LIMITS.credits).optional(),
  scan: scanSchema.optional(),
  floors: z.array(floorSchema).min(1).max(LIMITS.floors),
  rooms: z.array(roomSchema).max(LIMITS.rooms),
  obstacles: z.array(obstacleSchema).max(LIMITS.obstacles).optional(),
  hotspots: z.array(hotspotSchema).max(LIMITS.hotspots).optional(),
  beacons: z.array(beaconSchema).max(LIMITS.beacons).optional(),
  navGraph: z
    .strictObject({
      nodes: z.array(navNodeSchema).max(LIMITS.navNodes),
      edges: z.array(navEdgeSchema).max(LIMITS.navEdges),
    })
    .optional(),
  tours: z.array(tourSchema).max(LIMITS.tours).optional(),
});

export type Venue = z.infer<typeof venueSchema>;
export type LocalizedText = z.infer<typeof shortTextSchema>;
export type Credit = z.infer<typeof creditSchema>;
export type Scan = z.infer<typeof scanSchema>;
export type Floor = z.infer<typeof floorSchema>;
export type Room = z.infer<typeof roomSchema>;
export type RoomKind = (typeof ROOM_KINDS)[number];
export type Obstacle = z.infer<typeof obstacleSchema>;
export type Hotspot = z.infer<typeof hotspotSchema>;
export type HotspotMedia = z.infer<typeof mediaSchema>;
export type CameraView = z.infer<typeof cameraViewSchema>;
export type Beacon = z.infer<typeof beaconSchema>;
export type BeaconIdentity = z.infer<typeof beaconIdentitySchema>;
export type NavNode = z.infer<typeof navNodeSchema>;
export type NavEdge = z.infer<typeof navEdgeSchema>;
export type EdgeKind = (typeof EDGE_KINDS)[number];
export type Tour = z.infer<typeof tourSchema>;
export type TourStop = z.infer<typeof tourStopSchema>;
