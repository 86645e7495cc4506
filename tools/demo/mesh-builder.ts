import type { PlanPoint, Point3 } from '../../src/core/geometry/types.ts';
import { FLOORS, type FloorId } from './layout.ts';
import { materialDef, SHARED_MATERIAL_ORDER, type MaterialId, type SharedMaterialId } from './materials.ts';

/**
 * Collects the building's triangles into one vertex list per (floor, material): every
 * wall, slab and bench of a floor that shares a material becomes one glTF primitive,
 * so the whole building draws in a few dozen calls. UVs are planar in world metres
 * (scaled by the material's repeat size), so boxes merge without seams in texel size.
 */

/** A box face, named by its outward normal. */
export type Face = '+x' | '-x' | '+y' | '-y' | '+z' | '-z';

/** Triangle data of one (floor, material) group, ready for glTF accessors. */
export interface MeshGroup {
  floor: FloorId;
  material: MaterialId;
  positions: number[];
  normals: number[];
  uvs: number[];
  /** Linear RGB per vertex, only for materials with vertex colours. */
  colors: number[] | null;
  indices: number[];
}

export interface BoxOptions {
  /** Faces to leave out, e.g. the bottom of a box standing on the floor. */
  skip?: readonly Face[];
  /** A face whose UVs span the texture once (a canvas front); others stay world-planar. */
  fit?: Face;
  /** Linear RGB vertex colour, for vertex-coloured materials. */
  color?: readonly [number, number, number];
}

type Vec = readonly [number, number, number];

/** Each face's outward normal and the right/up directions of a viewer looking at it. */
const FACES: Record<Face, { normal: Vec; right: Vec; up: Vec }> = {
  '+x': { normal: [1, 0, 0], right: [0, 0, -1], up: [0, 1, 0] },
  '-x': { normal: [-1, 0, 0], right: [0, 0, 1], up: [0, 1, 0] },
  '+z': { normal: [0, 0, 1], right: [1, 0, 0], up: [0, 1, 0] },
  '-z': { normal: [0, 0, -1], right: [-1, 0, 0], up: [0, 1, 0] },
  '+y': { normal: [0, 1, 0], right: [1, 0, 0], up: [0, 0, -1] },
  '-y': { normal: [0, -1, 0], right: [1, 0, 0], up: [0, 0, 1] },
};

const dot = (a: Vec, b: Vec): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

export class MeshBuilder {
  private readonly groups = new Map<string, MeshGroup>();

  private group(floor: FloorId, material: MaterialId): MeshGroup {
    const key = `${floor}|${material}`;
    let g = this.groups.get(key);
    if (!g) {
      g = { floor, material, positions: [], normals: [], uvs: [], colors: materialDef(material).vertexColors ? [] : null, indices: [] };
      this.groups.set(key, g);
    }
    return g;
  }

  /**
   * Adds a quad given counter-clockwise (seen from outside) as bottom-left,
   * bottom-right, top-right, top-left, with the face's viewing basis for UVs.
   */
  private quad(g: MeshGroup, corners: readonly Vec[], basis: { normal: Vec; right: Vec; up: Vec }, fit: boolean, color?: Vec): void {
    const base = g.positions.length / 3;
    const metres = materialDef(g.material).metresPerRepeat || 1;
    const fitted: readonly [number, number][] = [[0, 1], [1, 1], [1, 0], [0, 0]];
    corners.forEach((p, i) => {
      g.positions.push(p[0], p[1], p[2]);
      g.normals.push(...basis.normal);
      if (fit) g.uvs.push(...fitted[i]!);
      else g.uvs.push(dot(p, basis.right) / metres, -dot(p, basis.up) / metres);
      if (g.colors) {
        if (!color) throw new Error(`mesh-builder: material ${g.material} needs a vertex colour`);
        g.colors.push(...color);
      }
    });
    g.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
  }

  /** Adds an axis-aligned box from `min` to `max` (metres, venue space). */
  addBox(floor: FloorId, material: MaterialId, min: Point3, max: Point3, options: BoxOptions = {}): void {
    const [x0, y0, z0] = min;
    const [x1, y1, z1] = max;
    if (!(x1 > x0 && y1 > y0 && z1 > z0)) throw new Error(`mesh-builder: empty box ${JSON.stringify([min, max])}`);
    const corners: Record<Face, Vec[]> = {
      '+x': [[x1, y0, z1], [x1, y0, z0], [x1, y1, z0], [x1, y1, z1]],
      '-x': [[x0, y0, z0], [x0, y0, z1], [x0, y1, z1], [x0, y1, z0]],
      '+z': [[x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1]],
      '-z': [[x1, y0, z0], [x0, y0, z0], [x0, y1, z0], [x1, y1, z0]],
      '+y': [[x0, y1, z1], [x1, y1, z1], [x1, y1, z0], [x0, y1, z0]],
      '-y': [[x0, y0, z0], [x1, y0, z0], [x1, y0, z1], [x0, y0, z1]],
    };
    const g = this.group(floor, material);
    for (const face of Object.keys(FACES) as Face[]) {
      if (options.skip?.includes(face)) continue;
      this.quad(g, corners[face], FACES[face], options.fit === face, options.color);
    }
  }

  /**
   * Adds an upright prism with a regular `sides`-gon cross-section (flat-shaded sides
   * and a top cap, no bottom): the simple turned shape of an exhibit on a plinth.
   */
  addPrism(floor: FloorId, material: MaterialId, centre: PlanPoint, y0: number, y1: number, radius: number, sides: number, color?: Vec): void {
    const g = this.group(floor, material);
    const ring = Array.from({ length: sides }, (_, i): PlanPoint => {
      const a = ((i + 0.5) / sides) * 2 * Math.PI;
      return [centre[0] + radius * Math.cos(a), centre[1] - radius * Math.sin(a)];
    });
    for (let i = 0; i < sides; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % sides]!;
      const mid = ((i + 1) / sides) * 2 * Math.PI;
      const normal: Vec = [Math.cos(mid), 0, -Math.sin(mid)];
      const right: Vec = [normal[2], 0, -normal[0]];
      // Counter-clockwise seen from outside: a, b at the bottom, then b, a at the top.
      this.quad(g, [[a[0], y0, a[1]], [b[0], y0, b[1]], [b[0], y1, b[1]], [a[0], y1, a[1]]], { normal, right, up: [0, 1, 0] }, false, color);
    }
    const top = FACES['+y'];
    const base = g.positions.length / 3;
    const metres = materialDef(material).metresPerRepeat || 1;
    for (const p of [centre, ...ring]) {
      g.positions.push(p[0], y1, p[1]);
      g.normals.push(...top.normal);
      g.uvs.push(p[0] / metres, p[1] / metres);
      if (g.colors && color) g.colors.push(...color);
    }
    // The ring runs counter-clockwise seen from above (x right, -z up), as a +y normal needs.
    for (let i = 0; i < sides; i++) g.indices.push(base, base + 1 + i, base + 1 + ((i + 1) % sides));
  }

  /** The groups in a fixed order: floors as listed, shared materials first, then canvases by id. */
  meshes(): MeshGroup[] {
    const floorRank = (f: FloorId): number => FLOORS.findIndex((x) => x.id === f);
    const materialRank = (m: MaterialId): number => {
      const i = SHARED_MATERIAL_ORDER.indexOf(m as SharedMaterialId);
      return i >= 0 ? i : SHARED_MATERIAL_ORDER.length;
    };
    return [...this.groups.values()].sort(
      (a, b) => floorRank(a.floor) - floorRank(b.floor) || materialRank(a.material) - materialRank(b.material) || a.material.localeCompare(b.material),
    );
  }

  /** Total triangles in all groups. */
  triangleCount(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.indices.length / 3;
    return n;
  }
}
