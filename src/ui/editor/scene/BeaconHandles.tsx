import { useMemo, useRef } from 'react';
import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { CircleGeometry, CylinderGeometry, DoubleSide, MeshBasicMaterial, MeshStandardMaterial, RingGeometry, type Group } from 'three';
import type { Venue } from '../../../core/venue/index.ts';
import { coverageRadius } from '../../../core/editing/beacon-coverage.ts';
import { useView } from '../../../state/view-store.ts';
import { useEditorState, useEditorStore } from '../state/current-editor.ts';
import { useSurfaceDrag } from './use-surface-drag.ts';
import { BEACON_SURFACE_OFFSET, beaconFloorAt, offsetAlongNormal } from '../beacons/place-beacon.ts';

/**
 * Beacons in the 3D view while the curator works on them (the Beacons tab, or
 * the place-beacon tool): a small blue puck per beacon, unlike the orange exhibit
 * pins, clickable to select; the selected one (yellow) can be dragged along walls
 * and ceilings. Its estimated range is drawn as a translucent disc on its floor,
 * and on the Beacons tab every beacon's range as a faint ring, so gaps show.
 * Beacons of floors above the floor in focus are hidden, as the building is.
 */

const puck = new CylinderGeometry(0.16, 0.16, 0.07, 24);
/** Unit disc and ring lying on the floor, scaled to the range. */
const disc = new CircleGeometry(1, 72).rotateX(-Math.PI / 2);
const ring = new RingGeometry(0.985, 1, 96).rotateX(-Math.PI / 2);
const beaconMaterial = new MeshStandardMaterial({ color: '#0284c7', emissive: '#075985', emissiveIntensity: 0.45, roughness: 0.4 });
const selectedMaterial = new MeshStandardMaterial({ color: '#facc15', emissive: '#a16207', emissiveIntensity: 0.5, roughness: 0.4 });
const discMaterial = new MeshBasicMaterial({ color: '#3b82f6', transparent: true, opacity: 0.16, depthWrite: false, side: DoubleSide });
const ringMaterial = new MeshBasicMaterial({ color: '#2563eb', transparent: true, opacity: 0.35, depthWrite: false, side: DoubleSide });

/** Just above the floor, so the disc does not flicker against it. */
const FLOOR_LIFT = 0.03;

/** Marker scale for a camera distance: about constant on screen, within bounds (as the exhibit pins). */
const scaleFor = (distance: number): number => Math.min(3, Math.max(0.35, distance / 12));

/** Ids of the floors shown: all, or the floor in focus and those below it. */
function shownFloors(venue: Venue, focus: string | null): Set<string> {
  const focused = venue.floors.find((f) => f.id === focus);
  return new Set(venue.floors.filter((f) => !focused || f.elevation <= focused.elevation).map((f) => f.id));
}

/** The beacon markers, coverage and drag handling; rendered inside the venue's R3F scene. */
export function BeaconHandles() {
  const store = useEditorStore();
  const venue = useEditorState((s) => s.venue);
  const panel = useEditorState((s) => s.panel);
  const tool = useEditorState((s) => s.tool);
  const selection = useEditorState((s) => s.selection);
  const focus = useView((s) => s.floor);
  const startDrag = useSurfaceDrag();
  const markers = useRef(new Map<string, Group>());

  const shown = useMemo(() => {
    const floors = shownFloors(venue, focus);
    const elevation = new Map(venue.floors.map((f) => [f.id, f.elevation]));
    return (venue.beacons ?? [])
      .filter((b) => floors.has(b.floor))
      .map((b) => ({ beacon: b, radius: coverageRadius(b), floorY: (elevation.get(b.floor) ?? 0) + FLOOR_LIFT }));
  }, [venue, focus]);

  useFrame(({ camera }) => {
    for (const group of markers.current.values()) group.scale.setScalar(scaleFor(camera.position.distanceTo(group.position)));
  });

  if (panel !== 'beacons' && tool !== 'place-beacon') return null;
  const selectedId = selection?.kind === 'beacon' ? selection.id : null;

  return (
    <group name="beacon-handles">
      {shown.map(({ beacon, radius, floorY }) => {
        const selected = beacon.id === selectedId;
        const [x, y, z] = beacon.position;
        const click = (e: ThreeEvent<MouseEvent>) => {
          e.stopPropagation();
          store.getState().select({ kind: 'beacon', id: beacon.id });
        };
        const pointerDown = (e: ThreeEvent<PointerEvent>) => {
          // The first press selects (on click); only the selected beacon is dragged, so a stray press moves nothing.
          if (!selected || e.button !== 0) return;
          e.stopPropagation();
          // 5 cm out from the surface, on the floor of that height (a ceiling belongs to the floor below).
          startDrag(e.nativeEvent, (hit, gesture) => {
            const { venue: current, apply } = store.getState();
            const position = offsetAlongNormal(hit.point, hit.normal, BEACON_SURFACE_OFFSET);
            return apply({ type: 'moveBeacon', id: beacon.id, position, floor: beaconFloorAt(current, hit.point, hit.normal) }, { gesture }).ok;
          });
        };
        return (
          <group key={beacon.id}>
            <group
              position={[x, y, z]}
              onClick={click}
              onPointerDown={pointerDown}
              ref={(g) => {
                if (g) markers.current.set(beacon.id, g);
                else markers.current.delete(beacon.id);
              }}
            >
              <mesh geometry={puck} material={selected ? selectedMaterial : beaconMaterial} renderOrder={2} />
            </group>
            {selected ? (
              <mesh geometry={disc} material={discMaterial} position={[x, floorY, z]} scale={radius} renderOrder={1} />
            ) : (
              panel === 'beacons' && <mesh geometry={ring} material={ringMaterial} position={[x, floorY, z]} scale={radius} renderOrder={1} />
            )}
          </group>
        );
      })}
    </group>
  );
}
