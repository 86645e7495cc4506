import { describe, expect, it } from 'vitest';
import { problemTarget } from '../../../../src/core/editing/index.ts';
import { demoMuseum } from '../../../helpers/fixtures.ts';

/** "Go to" in the editor's problem list: which item a validator path points into. */
describe('problemTarget', () => {
  const venue = demoMuseum();
  it('finds hotspots, beacons, tours and rooms by index', () => {
    expect(problemTarget(venue, 'hotspots[1].media[0].alt')).toEqual({ kind: 'hotspot', id: venue.hotspots![1]!.id });
    expect(problemTarget(venue, 'beacons[0].identity')).toEqual({ kind: 'beacon', id: venue.beacons![0]!.id });
    expect(problemTarget(venue, 'tours[1].stops[0].hotspot')).toEqual({ kind: 'tour', id: venue.tours![1]!.id });
    expect(problemTarget(venue, 'rooms[2].outline[3]')).toEqual({ kind: 'room', id: venue.rooms[2]!.id });
  });

  it('leads a walking-graph edge to a point it touches', () => {
    const edge = venue.navGraph!.edges[5]!;
    expect(problemTarget(venue, 'navGraph.edges[5].length')).toEqual({ kind: 'node', id: edge.from });
    expect(problemTarget(venue, 'navGraph.nodes[3]')).toEqual({ kind: 'node', id: venue.navGraph!.nodes[3]!.id });
  });

  it('gives null for the venue as a whole, an index past the end, and odd paths', () => {
    expect(problemTarget(venue, 'title.en')).toBeNull();
    expect(problemTarget(venue, 'hotspots[9999].title')).toBeNull();
    expect(problemTarget(venue, '__proto__[0]')).toBeNull();
    expect(problemTarget(venue, '')).toBeNull();
  });
});
