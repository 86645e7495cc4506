import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import {
  DoubleSide, LineBasicMaterial, LineDashedMaterial, Matrix4, MeshBasicMaterial, Plane, Quaternion, SphereGeometry, Vector3,
  type InstancedMesh, type LineSegments, type Mesh,
} from 'three';
import { unreachableRooms } from '../../../core/editing/graph/index.ts';
import { holdCamera } from '../../../state/scene-interaction.ts';
import { cameraStore } from '../../../state/camera-store.ts';
import { useView } from '../../../state/view-store.ts';
import { useEditorState, useEditorStore } from '../state/current-editor.ts';
import { continuePathTo } from '../graph/add-node.ts';
import { NODE_COLOR, SELECTED_NODE_COLOR, UNREACHABLE_COLOR } from '../graph/graph-style.ts';
import { drawnPosition, edgeGeometries, NODE_LIFT_M, roomFloorsGeometry, visibleFloors, visibleNodes } from '../graph/graph-geometry.ts';

/**
 * The walking graph in the 3D view, while the curator works on it ("Walking
 * paths" tab or the "Add path point" tool): path points as small balls on the
 * floors (the selected one larger and amber), connections as lines coloured by
 * kind (dashed when not step-free), and the floors of rooms no path reaches in
 * translucent red. A point is selected by a click and moved by dragging it along
 * its floor (one undo step per drag). Floors above the one in focus show
 * nothing, as the building is cut away there. Everything is merged or instanced,
 * so a large graph is still a few draw calls.
 */

/** A pointer that moves less than this (px) before release is a click, not a drag. */
const DRAG_SLOP_PX = 4;
const ball = new SphereGeometry(0.15, 14, 10);
const nodeMaterial = new MeshBasicMaterial({ color: NODE_COLOR });
const selectedMaterial = new MeshBasicMaterial({ color: SELECTED_NODE_COLOR, depthTest: false, transparent: true });
const solidLines = new LineBasicMaterial({ vertexColors: true });
const dashedLines = new LineDashedMaterial({ vertexColors: true, dashSize: 0.35, gapSize: 0.25 });
/** A faint copy of every line drawn through walls and floors, so the graph reads from any angle. */
const ghostLines = new LineBasicMaterial({ vertexColors: true, transparent: true, opacity: 0.25, depthTest: false, depthWrite: false });
const unreachableMaterial = new MeshBasicMaterial({ color: UNREACHABLE_COLOR, transparent: true, opacity: 0.35, side: DoubleSide, depthWrite: false, polygonOffset: true, polygonOffsetFactor: -2 });
const noRaycast = () => undefined;
const upright = new Quaternion();
const lookedAt = new Vector3();

/** Ball scale for the camera's distance to what it looks at: about constant on screen, within bounds. */
const scaleFor = (distance: number): number => Math.min(3, Math.max(0.4, distance / 18));
/** Scales are rounded to steps of about 10 %, so the instance matrices are rewritten rarely. */
const quantize = (s: number): number => Math.pow(1.1, Math.round(Math.log(s) / Math.log(1.1)));

interface Drag {
  id: string;
  elevation: number;
  gesture: string;
  startX: number;
  startY: number;
  moving: boolean;
}

/** The walking graph's handles; nothing unless the graph tab or the add-point tool is active. */
export function GraphHandles() {
  const panel = useEditorState((s) => s.panel);
  const tool = useEditorState((s) => s.tool);
  return panel === 'graph' || tool === 'add-node' ? <GraphDrawing /> : null;
}

function GraphDrawing() {
  const store = useEditorStore();
  const venue = useEditorState((s) => s.venue);
  const selection = useEditorState((s) => s.selection);
  const focus = useView((s) => s.floor);
  const invalidate = useThree((s) => s.invalidate);

  const floors = useMemo(() => visibleFloors(venue, focus), [venue, focus]);
  const nodes = useMemo(() => visibleNodes(venue, floors), [venue, floors]);
  const edges = useMemo(() => edgeGeometries(venue, floors), [venue, floors]);
  const unreachable = useMemo(() => roomFloorsGeometry(venue, unreachableRooms(venue), floors), [venue, floors]);
  const selected = selection?.kind === 'node' ? nodes.find((n) => n.id === selection.id) : undefined;

  const instances = useRef<InstancedMesh>(null);
  const dashed = useRef<LineSegments>(null);
  const highlight = useRef<Mesh>(null);
  const scale = useRef(1);
  const drag = useRef<Drag | null>(null);
  // Room for more points than there are, so adding one does not rebuild the mesh.
  const capacity = Math.max(64, 2 ** Math.ceil(Math.log2(nodes.length + 1)));

  const place = useMemo(() => {
    const m = new Matrix4();
    const p = new Vector3();
    const s = new Vector3();
    return (mesh: InstancedMesh, k: number) => {
      s.setScalar(k);
      nodes.forEach((n, i) => {
        p.set(...drawnPosition(venue, n, NODE_LIFT_M));
        mesh.setMatrixAt(i, m.compose(p, upright, s));
      });
      mesh.count = nodes.length;
      mesh.instanceMatrix.needsUpdate = true;
      mesh.computeBoundingSphere();
    };
  }, [nodes, venue]);

  useLayoutEffect(() => {
    if (instances.current) place(instances.current, scale.current);
    dashed.current?.computeLineDistances();
    invalidate();
  }, [place, edges, unreachable, selected, capacity, invalidate]);

  // Keep the balls about the same size on screen as the camera moves.
  useFrame(({ camera }) => {
    const target = cameraStore.getState().pose?.target;
    const distance = target ? camera.position.distanceTo(lookedAt.set(...target)) : camera.position.length();
    const k = quantize(scaleFor(distance));
    if (highlight.current) highlight.current.scale.setScalar(k * 1.6);
    if (k === scale.current || !instances.current) return;
    scale.current = k;
    place(instances.current, k);
    invalidate();
  });

  // Geometries are rebuilt with the graph: give the old ones back to the GPU.
  useEffect(() => () => { edges.accessible.dispose(); edges.stepped.dispose(); }, [edges]);
  useEffect(() => () => unreachable.dispose(), [unreachable]);
  // Leaving mid-drag (the tab changed) must not keep the camera held.
  useEffect(() => () => { if (drag.current) holdCamera(false); }, []);

  const nodeAt = (e: ThreeEvent<PointerEvent | MouseEvent>) => (e.instanceId === undefined ? undefined : nodes[e.instanceId]);

  const onPointerDown = (e: ThreeEvent<PointerEvent>) => {
    const node = nodeAt(e);
    if (!node || e.button !== 0) return;
    e.stopPropagation();
    const elevation = venue.floors.find((f) => f.id === node.floor)?.elevation ?? node.position[1];
    drag.current = { id: node.id, elevation, gesture: `node-drag-${node.id}-${performance.now()}`, startX: e.clientX, startY: e.clientY, moving: false };
    (e.target as Element).setPointerCapture(e.pointerId);
    holdCamera(true);
  };
  const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
    const d = drag.current;
    if (!d) return;
    e.stopPropagation();
    if (!d.moving) {
      if (Math.hypot(e.clientX - d.startX, e.clientY - d.startY) < DRAG_SLOP_PX) return;
      d.moving = true;
      store.getState().select({ kind: 'node', id: d.id });
    }
    const point = e.ray.intersectPlane(new Plane(new Vector3(0, 1, 0), -d.elevation), new Vector3());
    if (point) store.getState().apply({ type: 'moveNavNode', id: d.id, position: [point.x, d.elevation, point.z] }, { gesture: d.gesture });
  };
  const endDrag = (e: ThreeEvent<PointerEvent>) => {
    const d = drag.current;
    if (!d) return;
    drag.current = null;
    (e.target as Element).releasePointerCapture?.(e.pointerId);
    holdCamera(false);
    if (d.moving) store.getState().breakCoalescing();
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    const node = nodeAt(e);
    if (!node) return;
    e.stopPropagation();
    if (e.delta > DRAG_SLOP_PX) return; // the end of a drag
    if (store.getState().tool === 'add-node') continuePathTo(store, node.id);
    else store.getState().select({ kind: 'node', id: node.id });
  };

  return (
    <group name="walking-graph">
      <lineSegments geometry={edges.accessible} material={solidLines} raycast={noRaycast} renderOrder={4} />
      <lineSegments ref={dashed} geometry={edges.stepped} material={dashedLines} raycast={noRaycast} renderOrder={4} />
      <lineSegments geometry={edges.accessible} material={ghostLines} raycast={noRaycast} renderOrder={3} />
      <lineSegments geometry={edges.stepped} material={ghostLines} raycast={noRaycast} renderOrder={3} />
      <mesh geometry={unreachable} material={unreachableMaterial} raycast={noRaycast} renderOrder={2} />
      <instancedMesh
        key={capacity}
        ref={instances}
        args={[ball, nodeMaterial, capacity]}
        frustumCulled={false}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onLostPointerCapture={endDrag}
        onClick={onClick}
      />
      {selected && (
        <mesh
          ref={highlight}
          geometry={ball}
          material={selectedMaterial}
          position={drawnPosition(venue, selected, NODE_LIFT_M)}
          scale={scale.current * 1.6}
          raycast={noRaycast}
          renderOrder={8}
        />
      )}
    </group>
  );
}
