import { ScanFormatError } from './errors.ts';
import { PLY_TYPE_BYTES, type PlyElement, type PlyHeader, type PlyScalarType } from './ply-header.ts';

/**
 * Reads a PLY body (ascii, binary little- or big-endian) into columns: one typed
 * array per scalar property, and for list properties the per-row counts with the
 * items laid end to end. Columns rather than row objects, because a scan has
 * millions of rows and every consumer (geometry, splat sorting) works per column.
 */

/** A list property: `counts[i]` items of row i, all rows' items in `items` one after another. */
export interface PlyList {
  counts: Uint32Array;
  items: Float64Array | Float32Array | Uint32Array;
}

/** The rows of one element, by property. */
export interface PlyElementData {
  name: string;
  count: number;
  /** Scalars: float64 properties stay Float64Array (georeferenced scans need the digits), the rest Float32Array. */
  scalars: Map<string, Float32Array | Float64Array>;
  lists: Map<string, PlyList>;
}

type Reader = (view: DataView, offset: number, little: boolean) => number;

const READERS: Readonly<Record<PlyScalarType, Reader>> = {
  int8: (v, o) => v.getInt8(o),
  uint8: (v, o) => v.getUint8(o),
  int16: (v, o, l) => v.getInt16(o, l),
  uint16: (v, o, l) => v.getUint16(o, l),
  int32: (v, o, l) => v.getInt32(o, l),
  uint32: (v, o, l) => v.getUint32(o, l),
  float32: (v, o, l) => v.getFloat32(o, l),
  float64: (v, o, l) => v.getFloat64(o, l),
};

const isInteger = (t: PlyScalarType): boolean => t !== 'float32' && t !== 'float64';

function allocate(element: PlyElement): PlyElementData {
  const scalars = new Map<string, Float32Array | Float64Array>();
  for (const p of element.properties) if (p.kind === 'scalar') scalars.set(p.name, p.type === 'float64' ? new Float64Array(element.count) : new Float32Array(element.count));
  return { name: element.name, count: element.count, scalars, lists: new Map() };
}

/** Growable storage for a list property's items (its total length is only known at the end). */
class ListBuilder {
  counts: Uint32Array;
  items: Float64Array | Float32Array | Uint32Array;
  length = 0;
  constructor(
    rows: number,
    private readonly type: PlyScalarType,
  ) {
    this.counts = new Uint32Array(rows);
    this.items = this.make(Math.max(16, rows * 3));
  }
  private make(size: number): Float64Array | Float32Array | Uint32Array {
    return this.type === 'float64' ? new Float64Array(size) : isInteger(this.type) ? new Uint32Array(size) : new Float32Array(size);
  }
  push(value: number): void {
    if (this.length === this.items.length) {
      const bigger = this.make(this.items.length * 2);
      bigger.set(this.items as never);
      this.items = bigger;
    }
    this.items[this.length++] = value;
  }
  done(): PlyList {
    return { counts: this.counts, items: this.items.slice(0, this.length) };
  }
}

/** Bytes of one row when every property is a scalar, else null. */
function fixedRowBytes(element: PlyElement): number | null {
  let bytes = 0;
  for (const p of element.properties) {
    if (p.kind === 'list') return null;
    bytes += PLY_TYPE_BYTES[p.type];
  }
  return bytes;
}

/** Reads every element of the body; throws a {@link ScanFormatError} when it is shorter than the header promises. */
export function readPlyBody(bytes: Uint8Array, header: PlyHeader): PlyElementData[] {
  return header.format === 'ascii' ? readAscii(bytes, header) : readBinary(bytes, header, header.format === 'binary_little_endian');
}

function truncated(element: PlyElement, row: number, what: string): ScanFormatError {
  return new ScanFormatError(`PLY body truncated: the header promises ${element.count} "${element.name}" rows, but the file ends in row ${row} (${what})`);
}

function readBinary(bytes: Uint8Array, header: PlyHeader, little: boolean): PlyElementData[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = header.bodyOffset;
  const out: PlyElementData[] = [];
  for (const element of header.elements) {
    const rowBytes = fixedRowBytes(element);
    // Check the promise before allocating for it: a damaged count must not ask for gigabytes.
    if (rowBytes !== null && offset + rowBytes * element.count > bytes.length) {
      const rows = Math.floor((bytes.length - offset) / Math.max(1, rowBytes));
      throw truncated(element, rows, `${element.count * rowBytes} bytes needed, ${bytes.length - offset} left`);
    }
    if (rowBytes === null && element.count > bytes.length - offset) throw truncated(element, bytes.length - offset, 'each row needs at least one byte');
    const data = allocate(element);
    const lists = new Map<string, ListBuilder>();
    for (const p of element.properties) if (p.kind === 'list') lists.set(p.name, new ListBuilder(element.count, p.itemType));
    const plan = element.properties.map((p) =>
      p.kind === 'scalar'
        ? { kind: 'scalar' as const, read: READERS[p.type], size: PLY_TYPE_BYTES[p.type], column: data.scalars.get(p.name)! }
        : { kind: 'list' as const, readCount: READERS[p.countType], countSize: PLY_TYPE_BYTES[p.countType], read: READERS[p.itemType], size: PLY_TYPE_BYTES[p.itemType], list: lists.get(p.name)! },
    );
    for (let row = 0; row < element.count; row++) {
      for (const step of plan) {
        if (step.kind === 'scalar') {
          step.column[row] = step.read(view, offset, little);
          offset += step.size;
        } else {
          if (offset + step.countSize > bytes.length) throw truncated(element, row, 'inside a list count');
          const n = step.readCount(view, offset, little);
          offset += step.countSize;
          if (offset + n * step.size > bytes.length) throw truncated(element, row, `inside a list of ${n} items`);
          step.list.counts[row] = n;
          for (let k = 0; k < n; k++, offset += step.size) step.list.push(step.read(view, offset, little));
        }
      }
    }
    for (const [name, builder] of lists) data.lists.set(name, builder.done());
    out.push(data);
  }
  return out;
}

function readAscii(bytes: Uint8Array, header: PlyHeader): PlyElementData[] {
  const text = new TextDecoder('latin1').decode(bytes.subarray(header.bodyOffset));
  // A single pass over whitespace-separated tokens; rows need not be one per line.
  const tokens = /[^\s]+/g;
  const next = (element: PlyElement, row: number): number => {
    const match = tokens.exec(text);
    if (!match) throw truncated(element, row, 'no more numbers');
    const value = Number(match[0]);
    if (Number.isNaN(value) && match[0] !== 'nan' && match[0] !== 'NaN') {
      throw new ScanFormatError(`PLY body: "${element.name}" row ${row} has ${JSON.stringify(match[0].slice(0, 20))} where a number belongs`);
    }
    return value;
  };
  const out: PlyElementData[] = [];
  for (const element of header.elements) {
    if (element.count > text.length) throw truncated(element, 0, `only ${text.length} characters follow the header`);
    const data = allocate(element);
    const lists = new Map<string, ListBuilder>();
    for (const p of element.properties) if (p.kind === 'list') lists.set(p.name, new ListBuilder(element.count, p.itemType));
    for (let row = 0; row < element.count; row++) {
      for (const p of element.properties) {
        if (p.kind === 'scalar') data.scalars.get(p.name)![row] = next(element, row);
        else {
          const n = next(element, row);
          const list = lists.get(p.name)!;
          list.counts[row] = n;
          for (let k = 0; k < n; k++) list.push(next(element, row));
        }
      }
    }
    for (const [name, builder] of lists) data.lists.set(name, builder.done());
    out.push(data);
  }
  return out;
}
