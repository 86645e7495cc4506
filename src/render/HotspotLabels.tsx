import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Raycaster, Vector3, type Object3D } from 'three';
import type { Venue } from '../core/venue/index.ts';
import { pickText } from '../core/i18n/localize.ts';
import { viewStore } from '../state/view-store.ts';
import { cutHeight } from './FloorClipping.tsx';

/** At most this many labels are shown at once: the nearest ones. */
const MAX_LABELS = 24;
/** Labels further away than this (metres) are not shown. */
const MAX_DISTANCE = 60;

/**
 * Exhibit names over their pins, in the page (not in WebGL) so they stay sharp and
 * readable at any distance. Hidden when a wall stands between the camera and the pin
 * (a ray test against the building) or when their floor is cut away. Mouse users
 * click them; keyboard and screen-reader users have the exhibit list instead, so the
 * labels are hidden from assistive technology to avoid saying everything twice.
 */
export function HotspotLabels({ venue, lang, onSelect }: { venue: Venue; lang: string; onSelect: (id: string) => void }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const size = useThree((s) => s.size);
  const layer = useRef<HTMLDivElement | null>(null);
  const elements = useRef(new Map<string, HTMLButtonElement>());
  // Positions as vectors once per venue, not per hotspot per frame.
  const hotspots = useMemo(() => (venue.hotspots ?? []).map((h) => ({ h, p: new Vector3(...h.position) })), [venue]);
  const raycaster = useMemo(() => new Raycaster(), []);

  // One absolutely positioned layer over the canvas; buttons made with textContent (never HTML).
  useEffect(() => {
    const host = gl.domElement.parentElement;
    if (!host) return;
    const div = document.createElement('div');
    div.className = 'hotspot-labels';
    div.setAttribute('aria-hidden', 'true');
    host.appendChild(div);
    layer.current = div;
    const map = elements.current;
    for (const { h } of hotspots) {
      const button = document.createElement('button');
      button.type = 'button';
      button.tabIndex = -1;
      button.className = 'hotspot-label';
      button.dataset.hotspot = h.id;
      button.textContent = pickText(h.title, lang, venue.defaultLanguage).text;
      button.addEventListener('click', () => onSelect(h.id));
      button.style.display = 'none';
      div.appendChild(button);
      map.set(h.id, button);
    }
    return () => {
      div.remove();
      map.clear();
      layer.current = null;
    };
  }, [gl, hotspots, lang, venue.defaultLanguage, onSelect]);

  useFrame(() => {
    const { mode, floor } = viewStore.getState();
    const cut = cutHeight(venue, floor, mode) ?? Infinity;
    const scan = scene.getObjectByName('building');
    const eye = camera.position;
    const candidates = hotspots
      .map(({ h, p }) => ({ h, p, d: eye.distanceTo(p) }))
      .filter(({ p, d }) => p.y < cut && d < MAX_DISTANCE)
      .sort((a, b) => a.d - b.d);
    const shown = new Set<string>();
    for (const { h, p, d } of candidates) {
      if (shown.size >= MAX_LABELS) break;
      const ndc = p.clone().project(camera);
      if (ndc.z > 1 || Math.abs(ndc.x) > 1.05 || Math.abs(ndc.y) > 1.05) continue;
      if (scan && isHidden(raycaster, scan, eye, p, d, cut)) continue;
      const el = elements.current.get(h.id);
      if (!el) continue;
      el.style.display = '';
      el.style.transform = `translate(-50%, -100%) translate(${((ndc.x + 1) / 2) * size.width}px, ${((1 - ndc.y) / 2) * size.height - 28}px)`;
      shown.add(h.id);
    }
    for (const [id, el] of elements.current) if (!shown.has(id)) el.style.display = 'none';
  });

  return null;
}

/** True when building geometry below the cut lies between the eye and the pin. */
function isHidden(raycaster: Raycaster, scan: Object3D, eye: Vector3, pin: Vector3, distance: number, cut: number): boolean {
  raycaster.set(eye, pin.clone().sub(eye).normalize());
  raycaster.far = Math.max(0, distance - 0.45); // the pin stands 0.35 m off its wall
  return raycaster.intersectObject(scan, true).some((hit) => hit.point.y < cut);
}
