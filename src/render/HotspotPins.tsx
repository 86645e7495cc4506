import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { ConeGeometry, MeshStandardMaterial, SphereGeometry, type Group } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import type { Hotspot } from '../core/venue/index.ts';

/**
 * Exhibit pins in 3D: a small head on a stem, standing off the wall along the
 * surface normal so it is not buried in the painting. They keep about the same
 * size on screen (small in front of the painting, still visible from across the
 * building); walls hide them through the depth test. Shared geometry and
 * materials keep thousands of pins cheap.
 */
const head = new SphereGeometry(0.16, 20, 12);
const stem = new ConeGeometry(0.07, 0.28, 12);
stem.rotateX(Math.PI); // point down towards the exhibit
const normalMaterial = new MeshStandardMaterial({ color: '#c2410c', emissive: '#7c2d12', emissiveIntensity: 0.35, roughness: 0.5 });
const selectedMaterial = new MeshStandardMaterial({ color: '#1d4ed8', emissive: '#1e3a8a', emissiveIntensity: 0.5, roughness: 0.5 });

/** Where a pin stands: 0.15 m out from the surface along its normal, or above the point. */
function pinPosition(h: Hotspot): [number, number, number] {
  const [x, y, z] = h.position;
  const n = h.normal;
  const len = n ? Math.hypot(n[0], n[1], n[2]) : 0;
  if (!n || len === 0) return [x, y + 0.15, z];
  return [x + (n[0] / len) * 0.15, y + (n[1] / len) * 0.15, z + (n[2] / len) * 0.15];
}

/** Pin scale for a camera distance: about constant on screen, within sensible bounds. */
const scaleFor = (distance: number): number => Math.min(3, Math.max(0.25, distance / 14));

export function HotspotPins({
  hotspots,
  selected,
  onSelect,
}: {
  hotspots: readonly Hotspot[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const pins = useMemo(() => hotspots.map((h) => ({ id: h.id, position: pinPosition(h) })), [hotspots]);
  const groups = useRef(new Map<string, Group>());
  useFrame(({ camera }) => {
    for (const group of groups.current.values()) group.scale.setScalar(scaleFor(camera.position.distanceTo(group.position)));
  });
  return (
    <group name="hotspots">
      {pins.map((pin) => {
        const material = pin.id === selected ? selectedMaterial : normalMaterial;
        const click = (e: ThreeEvent<MouseEvent>) => {
          e.stopPropagation();
          onSelect(pin.id);
        };
        return (
          <group
            key={pin.id}
            position={pin.position}
            onClick={click}
            ref={(g) => {
              if (g) groups.current.set(pin.id, g);
              else groups.current.delete(pin.id);
            }}
          >
            <mesh geometry={head} material={material} position={[0, 0.2, 0]} />
            <mesh geometry={stem} material={material} />
          </group>
        );
      })}
    </group>
  );
}
