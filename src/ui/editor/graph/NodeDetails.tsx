import { useId, useState } from 'react';
import type { EdgeKind, NavEdge } from '../../../core/venue/schema.ts';
import { useEditorState, useEditorStore } from '../state/current-editor.ts';
import { accessibleField, EDGE_COLORS, EDGE_KIND_LABELS, EDGE_KIND_LIST, isAccessible } from './graph-style.ts';
import { connectionsOf, floorName, nearbyNodes, nodeLabel, roomName, setNodeRoom, standsInItsRoom } from './node-actions.ts';

/**
 * The selected path point: where it is, which room it belongs to, its
 * connections (kind, step-free, one-way, disconnect), a way to connect it to a
 * nearby point, and deleting it. Every change is one undoable edit.
 */
export function NodeDetails({ nodeId }: { nodeId: string }) {
  const store = useEditorStore();
  const venue = useEditorState((s) => s.venue);
  const edgeKind = useEditorState((s) => s.edgeKind);
  const titleId = useId();
  const roomId = useId();
  const connectId = useId();
  const [target, setTarget] = useState('');
  const node = venue.navGraph?.nodes.find((n) => n.id === nodeId);
  if (!node) return null;

  const apply = store.getState().apply;
  const rooms = venue.rooms.filter((r) => r.floor === node.floor);
  const connections = connectionsOf(venue, node.id);
  const candidates = nearbyNodes(venue, node, edgeKind);
  const chosen = candidates.some((c) => c.node.id === target) ? target : '';

  /** Re-applies an edge with changed fields, keeping its direction (a one-way edge runs from → to). */
  const update = (edge: NavEdge, change: { kind?: EdgeKind; accessible?: boolean; oneWay?: boolean }) => {
    const kind = change.kind ?? edge.kind;
    // A new kind brings its own default, unless step-free was set explicitly before.
    const accessible = change.accessible ?? (change.kind !== undefined && edge.accessible === undefined ? isAccessible({ kind }) : isAccessible(edge));
    const oneWay = change.oneWay ?? edge.oneWay ?? false;
    apply({ type: 'connectNavNodes', from: edge.from, to: edge.to, kind, ...accessibleField(kind, accessible), ...(oneWay ? { oneWay: true } : {}) });
  };
  const connectChosen = () => {
    if (!chosen) return;
    const { edgeKind: kind, edgeAccessible } = store.getState();
    if (apply({ type: 'connectNavNodes', from: node.id, to: chosen, kind, ...accessibleField(kind, edgeAccessible) }).ok) setTarget('');
  };

  return (
    <section className="graph-node" aria-labelledby={titleId}>
      <h3 id={titleId}>
        Selected path point <small className="graph-id">{node.id}</small>
      </h3>
      <dl className="graph-facts">
        <dt>Floor</dt>
        <dd>{floorName(venue, node.floor)}</dd>
        <dt>Position</dt>
        <dd>
          x {node.position[0].toFixed(2)} m, z {node.position[2].toFixed(2)} m <span className="muted">(drag the point in the 3D view to move it)</span>
        </dd>
      </dl>
      <label htmlFor={roomId}>Room</label>
      <select id={roomId} value={node.room ?? ''} onChange={(e) => setNodeRoom(store, node.id, e.target.value === '' ? null : e.target.value)}>
        <option value="">No room</option>
        {rooms.map((r) => (
          <option key={r.id} value={r.id}>
            {roomName(venue, r.id)}
          </option>
        ))}
      </select>
      {!standsInItsRoom(venue, node) && <p className="graph-warning">This point stands outside its room: move it back or choose the room it is in.</p>}

      <h4>Connections ({connections.length})</h4>
      {connections.length === 0 ? (
        <p className="muted">Not connected: visitors cannot get here.</p>
      ) : (
        <ul className="graph-connections">
          {connections.map(({ edge, other }) => {
            const otherLabel = nodeLabel(venue, other);
            const from = edge.from === node.id ? 'here' : otherLabel;
            const to = edge.to === node.id ? 'here' : otherLabel;
            return (
              <li key={`${edge.from}>${edge.to}`}>
                <span className="graph-swatch" style={{ background: EDGE_COLORS[edge.kind] }} aria-hidden="true" />
                <span className="graph-connection-name">{otherLabel}</span>
                <span className="graph-connection-controls">
                  <select aria-label={`Kind of the connection to ${otherLabel}`} value={edge.kind} onChange={(e) => update(edge, { kind: e.target.value as EdgeKind })}>
                    {EDGE_KIND_LIST.map((k) => (
                      <option key={k} value={k}>
                        {EDGE_KIND_LABELS[k]}
                      </option>
                    ))}
                  </select>
                  <label>
                    <input type="checkbox" checked={isAccessible(edge)} onChange={(e) => update(edge, { accessible: e.target.checked })} /> Step-free
                  </label>
                  <label>
                    <input type="checkbox" checked={edge.oneWay === true} onChange={(e) => update(edge, { oneWay: e.target.checked })} /> One-way
                    <span className="visually-hidden"> from {from} to {to}</span>
                  </label>
                  <button type="button" onClick={() => apply({ type: 'disconnectNavNodes', from: edge.from, to: edge.to })} aria-label={`Disconnect from ${otherLabel}`}>
                    Disconnect
                  </button>
                </span>
                {edge.oneWay && (
                  <span className="muted graph-one-way">
                    One way only: from {from} to {to}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <div className="graph-connect">
        <label htmlFor={connectId}>Connect to…</label>
        <select id={connectId} value={chosen} onChange={(e) => setTarget(e.target.value)} disabled={candidates.length === 0}>
          <option value="">{candidates.length === 0 ? 'No path point nearby' : 'Choose a path point'}</option>
          {candidates.map(({ node: n, distance }) => (
            <option key={n.id} value={n.id}>
              {nodeLabel(venue, n)} — {distance === null ? floorName(venue, n.floor) : `${distance.toFixed(1)} m`}
            </option>
          ))}
        </select>
        <button type="button" onClick={connectChosen} disabled={!chosen}>
          Connect as {EDGE_KIND_LABELS[edgeKind].toLowerCase()}
        </button>
      </div>

      <button type="button" className="graph-delete" onClick={() => apply({ type: 'deleteNavNode', id: node.id })}>
        Delete point
      </button>
    </section>
  );
}
