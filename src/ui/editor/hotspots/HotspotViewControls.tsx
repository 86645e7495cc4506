import { useState } from 'react';
import type { Hotspot } from '../../../core/venue/index.ts';
import { cameraStore } from '../../../state/camera-store.ts';
import { flyTo } from '../../../state/view-store.ts';
import { useEditorStore } from '../state/current-editor.ts';

/** Props of {@link HotspotViewControls}. */
export interface HotspotViewControlsProps {
  hotspot: Hotspot;
}

/** A view a curator can compare at a glance: "from 3.2, 1.6, 5.0 towards 3.2, 1.5, 0.2". */
const where = (p: readonly number[]): string => p.map((c) => c.toFixed(1)).join(', ');

/**
 * The camera view an exhibit opens with: the curator frames the work in the 3D
 * view and keeps that framing, looks at it again, or removes it (visitors then get
 * the app's default approach). The pose is read once on click from the camera
 * store, which the camera rig writes every frame.
 */
export function HotspotViewControls({ hotspot }: HotspotViewControlsProps) {
  const store = useEditorStore();
  const [status, setStatus] = useState('');
  const view = hotspot.view;

  const useCurrent = (): void => {
    const pose = cameraStore.getState().pose;
    if (!pose) {
      setStatus('The 3D view has no camera yet; wait until the building shows, then try again.');
      return;
    }
    const outcome = store.getState().apply({ type: 'setHotspotView', id: hotspot.id, view: { position: [pose.position[0], pose.position[1], pose.position[2]], target: [pose.target[0], pose.target[1], pose.target[2]] } });
    if (outcome.ok) setStatus('Saved the current camera as this exhibit’s view.');
  };
  const show = (): void => {
    if (!view) return;
    flyTo(view);
    setStatus('Showing the exhibit’s view in the 3D view.');
  };
  const remove = (): void => {
    if (store.getState().apply({ type: 'setHotspotView', id: hotspot.id, view: null }).ok) {
      setStatus('Removed the view; visitors get the standard approach to the exhibit.');
    }
  };

  return (
    <div className="hotspot-view">
      <p className="hotspot-hint">
        {view
          ? `Opens with its own view: from ${where(view.position)} towards ${where(view.target)}.`
          : 'No view of its own: visitors get the standard approach to the exhibit.'}
      </p>
      <div className="hotspot-buttons">
        <button type="button" className="hotspot-button" onClick={useCurrent}>
          Use current camera as exhibit view
        </button>
        <button type="button" className="hotspot-button" onClick={show} disabled={!view}>
          Show exhibit view
        </button>
        <button type="button" className="hotspot-button" onClick={remove} disabled={!view}>
          Remove view
        </button>
      </div>
      <p className="hotspot-status" role="status">
        {status}
      </p>
    </div>
  );
}
