import type { Point3 } from '../geometry/types.ts';
import type { BeaconIdentity, CameraView, EdgeKind, HotspotMedia, LocalizedText, Venue } from '../venue/schema.ts';

/**
 * Every edit a curator can make to a venue document, as plain data: a command can
 * be logged, sent, replayed and stored in the undo history without closures. The
 * pure functions in `apply.ts` turn a command and a venue into a new venue.
 */

/** A hotspot text that has one value per language. */
export type HotspotTextField = 'title' | 'summary' | 'body';

/** Places a new hotspot; `id` is generated from the title when omitted. */
export interface AddHotspot { type: 'addHotspot'; id?: string; room: string; position: Point3; normal?: Point3; title: LocalizedText }
/** Moves a hotspot; `normal` is replaced only when given. */
export interface MoveHotspot { type: 'moveHotspot'; id: string; position: Point3; normal?: Point3 }
/** Deletes a hotspot and the tour stops that show it (a tour left without stops goes too). */
export interface DeleteHotspot { type: 'deleteHotspot'; id: string }
/** Sets one language of a hotspot text; `null` removes that language. */
export interface SetHotspotText { type: 'setHotspotText'; id: string; field: HotspotTextField; language: string; value: string | null }
/** Moves a hotspot to another room (its position is not changed). */
export interface SetHotspotRoom { type: 'setHotspotRoom'; id: string; room: string }
/** Sets or (with `null`) removes the camera view a hotspot opens with. */
export interface SetHotspotView { type: 'setHotspotView'; id: string; view: CameraView | null }
/** Replaces a hotspot's media list (images and audio with their alt texts, captions and credits); `[]` removes it. */
export interface SetHotspotMedia { type: 'setHotspotMedia'; id: string; media: readonly HotspotMedia[] }

/** Places a new beacon; `id` is generated when omitted. */
export interface AddBeacon { type: 'addBeacon'; id?: string; floor: string; position: Point3; identity?: BeaconIdentity; txPower?: number }
/** Moves a beacon, optionally to another floor. */
export interface MoveBeacon { type: 'moveBeacon'; id: string; position: Point3; floor?: string }
/** Deletes a beacon and unlinks the hotspots that pointed at it. */
export interface DeleteBeacon { type: 'deleteBeacon'; id: string }
/** Sets or (with `null`) removes a beacon's radio identity; identities stay unique. */
export interface SetBeaconIdentity { type: 'setBeaconIdentity'; id: string; identity: BeaconIdentity | null }
/** Sets or (with `null`) removes a beacon's calibrated power at 1 m, in dBm. */
export interface SetBeaconTxPower { type: 'setBeaconTxPower'; id: string; txPower: number | null }

/** Adds a walking-graph node; `id` is generated when omitted. */
export interface AddNavNode { type: 'addNavNode'; id?: string; floor: string; position: Point3; room?: string }
/** Moves a walking-graph node. */
export interface MoveNavNode { type: 'moveNavNode'; id: string; position: Point3 }
/** Sets (or with `null` removes) the room a walking-graph node belongs to; the room must be on the node's floor. */
export interface SetNavNodeRoom { type: 'setNavNodeRoom'; id: string; room: string | null }
/** Deletes a node and every edge that touches it. */
export interface DeleteNavNode { type: 'deleteNavNode'; id: string }
/** Connects two nodes, or updates the edge that already connects them. */
export interface ConnectNavNodes { type: 'connectNavNodes'; from: string; to: string; kind: EdgeKind; accessible?: boolean; oneWay?: boolean }
/** Removes the edges between two nodes, in either direction. */
export interface DisconnectNavNodes { type: 'disconnectNavNodes'; from: string; to: string }

/** Creates a tour through the given hotspots (at least one); `id` is generated from the title when omitted. */
export interface CreateTour { type: 'createTour'; id?: string; title: LocalizedText; stops: readonly string[] }
/** Deletes a tour. */
export interface DeleteTour { type: 'deleteTour'; id: string }
/** Moves the stop at index `from` to index `to`. */
export interface MoveTourStop { type: 'moveTourStop'; tour: string; from: number; to: number }
/** Inserts a stop at `index` (default: the end). */
export interface AddTourStop { type: 'addTourStop'; tour: string; hotspot: string; index?: number }
/** Removes a stop; the last stop cannot be removed (delete the tour instead). */
export interface RemoveTourStop { type: 'removeTourStop'; tour: string; index: number }
/** Sets one language of a stop's narration; `null` removes that language. */
export interface SetStopNarration { type: 'setStopNarration'; tour: string; index: number; language: string; value: string | null }
/** Sets one language of a tour's title or description; `null` removes that language. */
export interface SetTourText { type: 'setTourText'; tour: string; field: 'title' | 'description'; language: string; value: string | null }

/**
 * Replaces the whole document (an imported bundle). Its inverse is another
 * replacement, so an import is undone like any other edit. The venue must
 * already be validated: this command checks only that it is the same venue.
 */
export interface ReplaceVenue { type: 'replaceVenue'; venue: Venue }

/** The venue collections an edit can change. */
export type EditableCollection = 'hotspots' | 'beacons' | 'navGraph' | 'tours';

/** One collection's earlier value; `present: false` means the key was absent. */
export type CollectionSnapshot =
  { [K in EditableCollection]: { key: K; present: true; value: NonNullable<Venue[K]> } | { key: K; present: false } }[EditableCollection];

/**
 * The inverse of every command: puts back the collections it changed, exactly as
 * they were. They are kept by reference (the edit never mutated them), so an
 * inverse costs a few pointers however large the venue, and it restores cascades
 * (stops of a deleted hotspot, edges of a deleted node) without special cases.
 */
export interface RestoreCollections { type: 'restoreCollections'; collections: readonly CollectionSnapshot[] }

/** Any edit of a venue document. */
export type EditCommand =
  | AddHotspot | MoveHotspot | DeleteHotspot | SetHotspotText | SetHotspotRoom | SetHotspotView | SetHotspotMedia
  | AddBeacon | MoveBeacon | DeleteBeacon | SetBeaconIdentity | SetBeaconTxPower
  | AddNavNode | MoveNavNode | SetNavNodeRoom | DeleteNavNode | ConnectNavNodes | DisconnectNavNodes
  | CreateTour | DeleteTour | MoveTourStop | AddTourStop | RemoveTourStop | SetStopNarration | SetTourText
  | ReplaceVenue | RestoreCollections;

/** What undoes an edit: the collections it changed, or the whole document it replaced. */
export type InverseCommand = RestoreCollections | ReplaceVenue;

/** The outcome of applying a command: a new venue, or a refusal that changed nothing. */
export type ApplyResult =
  | {
      ok: true;
      venue: Venue;
      /** Applying this to `venue` gives back the input venue, deep-equal. */
      inverse: InverseCommand;
      /** The command as applied, with generated ids filled in (replaying it is deterministic). */
      applied: EditCommand;
      /** The id of the item an add/create command made. */
      createdId?: string;
      /** What else changed because of references (removed stops, edges, links), in words. */
      effects: string[];
    }
  | { ok: false; message: string };
