import { useEffect } from 'react';
import { useStore } from 'zustand';
import { sceneInteraction, type SurfaceHit } from '../../../state/scene-interaction.ts';
import { useVenueStore } from '../../../state/venue-store.ts';
import { currentEditor } from '../state/current-editor.ts';
import type { EditorStore } from '../state/editor-store.ts';
import { placeHotspotAt } from './place-hotspot.ts';
import { HotspotHandles } from './HotspotHandles.tsx';
import { GraphHandles } from './GraphHandles.tsx';
import { addNodeAt } from '../graph/add-node.ts';
import { BeaconHandles } from './BeaconHandles.tsx';
import { placeBeaconAt } from '../beacons/place-beacon.ts';

/**
 * The editor's part of the 3D view: routes clicks on the building to the tool in
 * hand (place an exhibit, a beacon, a path point), makes a chosen pin select the
 * exhibit for editing rather than fly to it, and draws the handles of what is
 * being edited. Rendered inside the venue's scene; removes its hooks on unmount,
 * so the viewer is exactly the visitor's again.
 */
export default function EditorScene() {
  const store = useStore(currentEditor, (s) => s.store);
  useEffect(() => {
    if (!store) return;
    sceneInteraction.setState({ surfaceClick: (hit) => routeSurfaceClick(store, hit), pickHotspot: (id) => pickHotspot(store, id) });
    return () => sceneInteraction.setState({ surfaceClick: null, pickHotspot: null });
  }, [store]);
  if (!store) return null;
  return (
    <group name="editor-handles">
      <HotspotHandles />
      <GraphHandles />
      <BeaconHandles />
    </group>
  );
}

/** What a click on the building does with the tool in hand; false lets the camera have it. */
function routeSurfaceClick(store: EditorStore, hit: SurfaceHit): boolean {
  switch (store.getState().tool) {
    case 'place-hotspot': return placeHotspotAt(store, hit);
    case 'add-node': return addNodeAt(store, hit);
    case 'place-beacon': return placeBeaconAt(store, hit);
    default: return false;
  }
}

/** A pin chosen while editing selects that exhibit in the editor (the camera stays). */
function pickHotspot(store: EditorStore, id: string): boolean {
  const { select, setPanel } = store.getState();
  select({ kind: 'hotspot', id });
  setPanel('hotspots');
  useVenueStore.getState().selectHotspot(id);
  return true;
}
