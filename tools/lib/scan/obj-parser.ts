import { ScanFormatError } from '../../../src/core/scan/index.ts';

/**
 * A small, forgiving Wavefront OBJ parser, fed one line at a time so a scan of
 * hundreds of megabytes never has to be one string. It keeps what a building
 * scan uses: positions (with optional vertex colours), texture coordinates,
 * normals, faces (negative indices, polygons fan-triangulated), and materials
 * by name. Faces come out as triangle corners grouped by material, unindexed:
 * a corner combines separate v/vt/vn indices, which glTF cannot, and the
 * optimizer's weld step merges equal corners afterwards.
 */

/** The triangles drawn with one material, three corners each. */
export interface ObjGroup {
  material: string | null;
  /** Per corner: index into positions (0-based), into uvs and into normals (-1 when absent). */
  v: number[];
  vt: number[];
  vn: number[];
}

/** What an OBJ file holds. */
export interface ObjData {
  positions: number[];
  /** RGB per position when the file has vertex colours (`v x y z r g b`), else empty. */
  colors: number[];
  uvs: number[];
  normals: number[];
  groups: ObjGroup[];
  /** Material libraries named by `mtllib`, as written. */
  materialLibraries: string[];
  /** Statements seen but not used (lines, points, free-form surfaces), by keyword, with counts. */
  ignored: Map<string, number>;
}

const UNUSED = new Set(['o', 'g', 's', 'vp', 'l', 'p', 'cstype', 'deg', 'curv', 'curv2', 'surf', 'parm', 'trim', 'hole', 'scrv', 'sp', 'end', 'con', 'mg', 'bmat', 'step', 'lod', 'usemap', 'maplib', 'shadow_obj', 'trace_obj', 'ctech', 'stech', 'bevel', 'c_interp', 'd_interp']);

/** Parses OBJ text line by line; {@link ObjParser.finish} checks indices and returns the data. */
export class ObjParser {
  private readonly data: ObjData = { positions: [], colors: [], uvs: [], normals: [], groups: [], materialLibraries: [], ignored: new Map() };
  private group: ObjGroup | null = null;
  private readonly byMaterial = new Map<string | null, ObjGroup>();
  private material: string | null = null;
  private lineNumber = 0;
  private hasColors = false;

  /** Feeds one line (without its line break). */
  line(raw: string): void {
    this.lineNumber++;
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return;
    const space = text.search(/\s/);
    const keyword = space < 0 ? text : text.slice(0, space);
    const rest = space < 0 ? '' : text.slice(space + 1).trim();
    switch (keyword) {
      case 'v':
        return this.vertex(rest);
      case 'vt': {
        const [u = 0, v = 0] = this.numbers(rest, 1);
        this.data.uvs.push(u, v);
        return;
      }
      case 'vn': {
        const [x = 0, y = 0, z = 0] = this.numbers(rest, 3);
        this.data.normals.push(x, y, z);
        return;
      }
      case 'f':
        return this.face(rest);
      case 'usemtl':
        this.material = rest === '' ? null : rest;
        this.group = null;
        return;
      case 'mtllib':
        // File names may contain spaces; most exporters write one library per line.
        if (rest !== '') this.data.materialLibraries.push(rest);
        return;
      default:
        if (UNUSED.has(keyword)) {
          if (keyword !== 'o' && keyword !== 'g' && keyword !== 's') this.data.ignored.set(keyword, (this.data.ignored.get(keyword) ?? 0) + 1);
          return;
        }
        throw new ScanFormatError(`OBJ line ${this.lineNumber}: unknown statement ${JSON.stringify(keyword.slice(0, 20))} (is this really an OBJ file?)`);
    }
  }

  private numbers(rest: string, min: number): number[] {
    const values = rest.split(/\s+/).filter((w) => w !== '').map(Number);
    if (values.length < min || values.some((v) => !Number.isFinite(v))) {
      throw new ScanFormatError(`OBJ line ${this.lineNumber}: expected ${min} or more numbers, got ${JSON.stringify(rest.slice(0, 60))}`);
    }
    return values;
  }

  private vertex(rest: string): void {
    const values = this.numbers(rest, 3);
    this.data.positions.push(values[0]!, values[1]!, values[2]!);
    // `v x y z w` has 4 numbers; `v x y z r g b` (MeshLab, Polycam) has 6 or 7.
    if (values.length >= 6) {
      if (!this.hasColors) {
        // Vertices before the first coloured one get white.
        for (let i = this.data.colors.length / 3; i < this.data.positions.length / 3 - 1; i++) this.data.colors.push(1, 1, 1);
        this.hasColors = true;
      }
      const scale = Math.max(values[3]!, values[4]!, values[5]!) > 1 ? 1 / 255 : 1;
      this.data.colors.push(values[3]! * scale, values[4]! * scale, values[5]! * scale);
    } else if (this.hasColors) this.data.colors.push(1, 1, 1);
  }

  /** Resolves a 1-based (or negative, relative) index against `count` items defined so far. */
  private index(word: string | undefined, count: number, what: string): number {
    if (word === undefined || word === '') return -1;
    const i = Number(word);
    if (!Number.isInteger(i) || i === 0) throw new ScanFormatError(`OBJ line ${this.lineNumber}: ${JSON.stringify(word)} is not a valid ${what} index`);
    const resolved = i > 0 ? i - 1 : count + i;
    if (resolved < 0) throw new ScanFormatError(`OBJ line ${this.lineNumber}: ${what} index ${i} points before the first ${what}`);
    return resolved;
  }

  private face(rest: string): void {
    const corners = rest.split(/\s+/).filter((w) => w !== '');
    if (corners.length < 3) throw new ScanFormatError(`OBJ line ${this.lineNumber}: a face needs at least 3 corners, got ${corners.length}`);
    const counts = [this.data.positions.length / 3, this.data.uvs.length / 2, this.data.normals.length / 3];
    const parsed = corners.map((corner) => {
      const [v, vt, vn] = corner.split('/');
      const position = this.index(v, counts[0]!, 'vertex');
      if (position < 0) throw new ScanFormatError(`OBJ line ${this.lineNumber}: face corner ${JSON.stringify(corner)} has no vertex index`);
      return [position, this.index(vt, counts[1]!, 'texture coordinate'), this.index(vn, counts[2]!, 'normal')] as const;
    });
    const group = this.currentGroup();
    // Fan triangulation: exact for the convex polygons scanners write (quads, mostly).
    for (let k = 1; k + 1 < parsed.length; k++) {
      for (const c of [parsed[0]!, parsed[k]!, parsed[k + 1]!]) {
        group.v.push(c[0]);
        group.vt.push(c[1]);
        group.vn.push(c[2]);
      }
    }
  }

  private currentGroup(): ObjGroup {
    if (this.group) return this.group;
    let group = this.byMaterial.get(this.material);
    if (!group) {
      group = { material: this.material, v: [], vt: [], vn: [] };
      this.byMaterial.set(this.material, group);
      this.data.groups.push(group);
    }
    this.group = group;
    return group;
  }

  /** Ends the file: checks every index points at something that was defined. */
  finish(): ObjData {
    const counts = { vertex: this.data.positions.length / 3, 'texture coordinate': this.data.uvs.length / 2, normal: this.data.normals.length / 3 };
    for (const group of this.data.groups) {
      const check = (list: number[], what: keyof typeof counts) => {
        for (const i of list) if (i >= counts[what]) throw new ScanFormatError(`OBJ: a face refers to ${what} ${i + 1}, but the file defines only ${counts[what]}`);
      };
      check(group.v, 'vertex');
      check(group.vt, 'texture coordinate');
      check(group.vn, 'normal');
    }
    if (this.data.positions.length === 0) throw new ScanFormatError('OBJ file has no vertices');
    return this.data;
  }
}
