import type { ComponentType } from 'react';
import type { EditorPanel } from './state/editor-store.ts';
import { ProblemsPanel } from './problems/ProblemsPanel.tsx';
import { BundlePanel } from './bundle/BundlePanel.tsx';
import { HotspotsPanel } from './hotspots/HotspotsPanel.tsx';
import { GraphPanel } from './graph/GraphPanel.tsx';
import { BeaconsPanel } from './beacons/BeaconsPanel.tsx';
import { ToursPanel } from './tours/ToursPanel.tsx';

/** The editor's tabs, in order, with the panel each opens. */
export const EDITOR_PANELS: readonly { id: EditorPanel; label: string; Component: ComponentType }[] = [
  { id: 'hotspots', label: 'Exhibits', Component: HotspotsPanel },
  { id: 'tours', label: 'Tours', Component: ToursPanel },
  { id: 'beacons', label: 'Beacons', Component: BeaconsPanel },
  { id: 'graph', label: 'Walking paths', Component: GraphPanel },
  { id: 'problems', label: 'Problems', Component: ProblemsPanel },
  { id: 'bundle', label: 'File', Component: BundlePanel },
];
