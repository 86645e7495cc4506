import * as z from 'zod/mini';
import { LIMITS } from './limits.ts';

/**
 * Venue format v1 (see SCENE-FORMAT.md): the single source of both the runtime
 * schema and the TypeScript types. The schema checks shape, types and bounds;
 * cross-references, geometry, languages and URIs are checked by the rules in
 * `rules/`, which need the whole document.
 *
 * Objects are strict so that unknown fields surface; `validateVenue` reports them
 * as warnings rather than errors. Written with zod/mini, whose functional checks
 * tree-shake: the validator runs in every visitor's browser (8 KB instead of 90 KB).
 */

/** The newest format version this reader understands. */
export const CURRENT_VERSION = 1;

const finite = z.number();
const nonNegative = z.number().check(z.nonnegative());
const positive = z.number().check(z.positive());
const optional = z.optional;

export const idSchema = z.string().check(
  z.maxLength(LIMITS.id),
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must start with a letter or digit and use only letters, digits, ".", "_", ":" or "-"'),
);

/** A venue id doubles as its folder name and URL parameter, so it is stricter. */
export const venueIdSchema = z.string().check(z.maxLength(64), z.regex(/^[a-z0-9-]{1,64}$/, 'must be 1–64 characters of a–z, 0–9 and "-"'));

const planPoint = z.tuple([finite, finite]);
const point3 = z.tuple([finite, finite, finite]);

const str = (max: number, min = 0) => z.string().check(...(min > 0 ? [z.minLength(min)] : []), z.maxLength(max));
const langTag = str(35, 1);
const localized = (max: number) => z.record(langTag, str(max));
export const shortTextSchema = localized(LIMITS.shortText);
export const textSchema = localized(LIMITS.text);
export const longTextSchema = localized(LIMITS.longText);

/** A URI string; whether it is allowed where it stands is a rule, not a shape. */
const uri = str(LIMITS.dataUri, 1);
/** Either one URI, or one per language. */
const localizedUri = z.union([uri, z.record(langTag, uri)]);

const outline = z.array(planPoint).check(z.maxLength(LIMITS.outlinePoints));

export const ROOM_KINDS = [
  'gallery', 'hall', 'corridor', 'entrance', 'exit', 'stairs', 'elevator',
  'toilet', 'cafe', 'shop', 'info', 'cloakroom', 'other',
] as const;

export const EDGE_KINDS = ['walk', 'door', 'stairs', 'elevator', 'ramp', 'escalator'] as const;

export const SCAN_FORMATS = ['gltf', '3dtiles', 'splat', 'points'] as const;

const assetSchema = z.strictObject({
  type: z.literal('museum-venue'),
  version: z.int(),
  generator: optional(str(LIMITS.shortText)),
});

const creditSchema = z.strictObject({
  text: str(LIMITS.text, 1),
  license: optional(str(LIMITS.shortText)),
  url: optional(str(LIMITS.uri)),
});

const scanSchema = z.strictObject({
  uri: str(LIMITS.uri, 1),
  format: z.enum(SCAN_FORMATS),
  transform: optional(
    z.strictObject({
      position: optional(point3),
      rotation: optional(z.tuple([finite, finite, finite, finite])),
      scale: optional(positive),
    }),
  ),
});

const floorSchema = z.strictObject({
  id: idSchema,
  name: shortTextSchema,
  elevation: finite,
  height: positive,
});

const roomSchema = z.strictObject({
  id: idSchema,
  floor: idSchema,
  name: shortTextSchema,
  kind: z.enum(ROOM_KINDS),
  outline,
  /** A short text description of the room for visitors who cannot see the scan. */
  description: optional(textSchema),
});

const obstacleSchema = z.strictObject({
  id: idSchema,
  floor: idSchema,
  outline,
  /** Height of the obstacle above its floor, for rendering an extruded plan. */
  height: optional(nonNegative),
});

/** One image or audio item of a hotspot (exported for the editor's media command). */
export const hotspotMediaSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('image'),
    uri: localizedUri,
    alt: optional(shortTextSchema),
    credit: optional(str(LIMITS.text)),
  }),
  z.strictObject({
    kind: z.literal('audio'),
    uri: localizedUri,
    captions: optional(z.record(langTag, uri)),
    credit: optional(str(LIMITS.text)),
  }),
]);

const cameraViewSchema = z.strictObject({ position: point3, target: point3 });

const hotspotSchema = z.strictObject({
  id: idSchema,
  room: idSchema,
  position: point3,
  normal: optional(point3),
  title: shortTextSchema,
  summary: optional(textSchema),
  body: optional(longTextSchema),
  media: optional(z.array(hotspotMediaSchema).check(z.maxLength(LIMITS.mediaPerHotspot))),
  view: optional(cameraViewSchema),
  tags: optional(z.array(str(LIMITS.shortText, 1)).check(z.maxLength(LIMITS.tagsPerHotspot))),
  beacon: optional(idSchema),
});

const hex = (len: number) =>
  z.string().check(z.regex(new RegExp(`^[0-9a-fA-F]{${len}}$`), `must be ${len} hexadecimal digits`));
const uint16 = z.int().check(z.gte(0), z.lte(65535));

const beaconIdentitySchema = z.discriminatedUnion('protocol', [
  z.strictObject({ protocol: z.literal('eddystone-uid'), namespace: hex(20), instance: hex(12) }),
  z.strictObject({
    protocol: z.literal('ibeacon'),
    uuid: z.string().check(z.regex(/^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/, 'must be a UUID')),
    major: uint16,
    minor: uint16,
  }),
]);

const beaconSchema = z.strictObject({
  id: idSchema,
  floor: idSchema,
  position: point3,
  identity: optional(beaconIdentitySchema),
  txPower: optional(z.number().check(z.gte(-120), z.lte(20))),
  pathLossExponent: optional(z.number().check(z.gte(0.5), z.lte(8))),
  intervalMs: optional(z.number().check(z.positive(), z.lte(60_000))),
});

const navNodeSchema = z.strictObject({
  id: idSchema,
  floor: idSchema,
  position: point3,
  room: optional(idSchema),
});

const navEdgeSchema = z.strictObject({
  from: idSchema,
  to: idSchema,
  kind: z.enum(EDGE_KINDS),
  accessible: optional(z.boolean()),
  oneWay: optional(z.boolean()),
  length: optional(positive),
});

const tourStopSchema = z.strictObject({
  hotspot: idSchema,
  narration: optional(textSchema),
  audio: optional(z.record(langTag, uri)),
  durationS: optional(z.number().check(z.positive(), z.lte(3600))),
});

const tourSchema = z.strictObject({
  id: idSchema,
  title: shortTextSchema,
  description: optional(textSchema),
  stops: z.array(tourStopSchema).check(z.minLength(1), z.maxLength(LIMITS.tourStops)),
});

/** The whole scene.json document, version 1. */
export const venueSchema = z.strictObject({
  asset: assetSchema,
  id: venueIdSchema,
  title: shortTextSchema,
  defaultLanguage: str(35, 1),
  languages: z.array(str(35, 1)).check(z.minLength(1), z.maxLength(LIMITS.languages)),
  credits: optional(z.array(creditSchema).check(z.maxLength(LIMITS.credits))),
  scan: optional(scanSchema),
  floors: z.array(floorSchema).check(z.minLength(1), z.maxLength(LIMITS.floors)),
  rooms: z.array(roomSchema).check(z.maxLength(LIMITS.rooms)),
  obstacles: optional(z.array(obstacleSchema).check(z.maxLength(LIMITS.obstacles))),
  hotspots: optional(z.array(hotspotSchema).check(z.maxLength(LIMITS.hotspots))),
  beacons: optional(z.array(beaconSchema).check(z.maxLength(LIMITS.beacons))),
  navGraph: optional(
    z.strictObject({
      nodes: z.array(navNodeSchema).check(z.maxLength(LIMITS.navNodes)),
      edges: z.array(navEdgeSchema).check(z.maxLength(LIMITS.navEdges)),
    }),
  ),
  tours: optional(z.array(tourSchema).check(z.maxLength(LIMITS.tours))),
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
export type HotspotMedia = z.infer<typeof hotspotMediaSchema>;
export type CameraView = z.infer<typeof cameraViewSchema>;
export type Beacon = z.infer<typeof beaconSchema>;
export type BeaconIdentity = z.infer<typeof beaconIdentitySchema>;
export type NavNode = z.infer<typeof navNodeSchema>;
export type NavEdge = z.infer<typeof navEdgeSchema>;
export type EdgeKind = (typeof EDGE_KINDS)[number];
export type Tour = z.infer<typeof tourSchema>;
export type TourStop = z.infer<typeof tourStopSchema>;
