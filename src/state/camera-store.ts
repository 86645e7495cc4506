import { createStore } from 'zustand/vanilla';
import type { CameraPose } from './view-store.ts';

/**
 * The camera's current pose, written by the camera rig every frame it moves.
 * Read with `cameraStore.getState()` inside `useFrame` or on demand (share links,
 * the plan's view cone); never subscribe React components to it per frame.
 */
export const cameraStore = createStore<{ pose: CameraPose | null }>()(() => ({ pose: null }));
