import { useEffect, useId, useRef, useState } from 'react';
import type { EdgeKind } from '../../../core/venue/schema.ts';
import { useEditorState, useEditorStore } from '../state/current-editor.ts';
import { accessibleByDefault, EDGE_COLORS, EDGE_KIND_LABELS, EDGE_KIND_LIST } from './graph-style.ts';
import { existingPathPoints, generatePaths } from './generate-paths.ts';
import { NodeDetails } from './NodeDetails.tsx';
import { UnreachableRooms } from './UnreachableRooms.tsx';
import './graph.css';

/**
 * The "Walking paths" tab of the curator editor: the walking graph that routes
 * visitors (path points and the connections between them). The curator can
 * generate a first graph from the rooms, draw and connect points by clicking in
 * the 3D view, edit the selected point's connections, and see which rooms no
 * path reaches. Every change is an undoable edit.
 */
export function GraphPanel() {
  const store = useEditorStore();
  const venue = useEditorState((s) => s.venue);
  const selection = useEditorState((s) => s.selection);
  const tool = useEditorState((s) => s.tool);
  const edgeKind = useEditorState((s) => s.edgeKind);
  const edgeAccessible = useEditorState((s) => s.edgeAccessible);
  const titleId = useId();
  const kindId = useId();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ text: string; notes: string[] } | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const points = venue.navGraph?.nodes.length ?? 0;
  const connections = venue.navGraph?.edges.length ?? 0;
  const adding = tool === 'add-node';

  // The confirmation takes the focus, so a keyboard user lands on the question.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const generate = () => {
    setConfirming(false);
    const outcome = generatePaths(store);
    if (outcome.ok) {
      setResult({ text: `Made ${outcome.nodes} path points and ${outcome.edges} connections. Undo takes them back.`, notes: outcome.notes });
    }
  };
  const onGenerate = () => (existingPathPoints(store) > 0 ? setConfirming(true) : generate());
  const setKind = (kind: EdgeKind) => store.getState().setEdgeStyle(kind, accessibleByDefault(kind));

  return (
    <section className="graph-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>Walking paths</h2>
      <p className="graph-counts">
        {points} path point{points === 1 ? '' : 's'}, {connections} connection{connections === 1 ? '' : 's'}
      </p>

      <div className="graph-generate">
        <button type="button" onClick={onGenerate} disabled={confirming}>
          Generate paths from rooms and doors
        </button>
        {confirming && (
          <div className="graph-confirm" role="group" aria-label="Replace the walking paths?">
            <p>This replaces the {points} existing path point{points === 1 ? '' : 's'} (you can undo it).</p>
            <button type="button" ref={confirmRef} onClick={generate}>
              Replace them
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </div>
        )}
        <div aria-live="polite" className="graph-result">
          {result && (
            <>
              <p>{result.text}</p>
              {result.notes.length > 0 && (
                <ul className="graph-notes">
                  {result.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      </div>

      <fieldset className="graph-tools">
        <legend>Draw paths</legend>
        <button type="button" aria-pressed={adding} onClick={() => store.getState().setTool(adding ? 'select' : 'add-node')}>
          Add path point
        </button>
        <p className="muted">
          {adding
            ? 'Click a floor in the 3D view to add a point; it is connected to the selected point. Click an existing point to connect to it and go on from there.'
            : 'Select a point in the 3D view to edit it; drag it to move it.'}
        </p>
        <label htmlFor={kindId}>New connections are</label>
        <select id={kindId} value={edgeKind} onChange={(e) => setKind(e.target.value as EdgeKind)}>
          {EDGE_KIND_LIST.map((k) => (
            <option key={k} value={k}>
              {EDGE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <label className="graph-check">
          <input type="checkbox" checked={edgeAccessible} onChange={(e) => store.getState().setEdgeStyle(edgeKind, e.target.checked)} /> Step-free (accessible)
        </label>
      </fieldset>

      <div className="graph-legend" role="group" aria-label="Colours in the 3D view">
        <ul>
          {EDGE_KIND_LIST.map((k) => (
            <li key={k}>
              <span className="graph-swatch" style={{ background: EDGE_COLORS[k] }} aria-hidden="true" />
              {EDGE_KIND_LABELS[k]}
            </li>
          ))}
          <li>
            <span className="graph-swatch graph-swatch--dashed" aria-hidden="true" />
            Dashed: not step-free
          </li>
          <li>
            <span className="graph-swatch graph-swatch--unreachable" aria-hidden="true" />
            Red floor: no path reaches it
          </li>
        </ul>
      </div>

      {selection?.kind === 'node' ? <NodeDetails key={selection.id} nodeId={selection.id} /> : <p className="muted">No path point selected.</p>}

      <UnreachableRooms />
    </section>
  );
}
