/**
 * Wavefront MTL material libraries, reduced to what a scan's look needs: the
 * diffuse colour and texture, opacity, a normal map, and the PBR extension's
 * roughness and metalness when an exporter wrote them.
 */

/** One `newmtl` block. */
export interface MtlMaterial {
  name: string;
  diffuse?: [number, number, number];
  opacity?: number;
  /** Texture paths as written (relative to the .mtl file), with options removed. */
  diffuseMap?: string;
  normalMap?: string;
  roughness?: number;
  metallic?: number;
}

/** Options of a `map_*` statement and how many values each takes, to skip them and find the file name. */
const MAP_OPTION_ARGS: Readonly<Record<string, number>> = {
  '-blendu': 1, '-blendv': 1, '-boost': 1, '-mm': 2, '-o': 3, '-s': 3, '-t': 3, '-texres': 1, '-clamp': 1, '-bm': 1, '-imfchan': 1, '-type': 1, '-cc': 1,
};

/** The file name of a `map_Kd [options] file` statement (which may contain spaces). */
export function mapFileName(rest: string): string | undefined {
  const words = rest.split(/\s+/).filter((w) => w !== '');
  let i = 0;
  while (i < words.length && words[i]!.startsWith('-') && MAP_OPTION_ARGS[words[i]!] !== undefined) {
    const arity = MAP_OPTION_ARGS[words[i]!]!;
    i++;
    // -o/-s/-t take 1 to 3 numbers.
    for (let k = 0; k < arity && i < words.length && (arity === 1 || /^[-+]?[\d.]/.test(words[i]!)); k++) i++;
  }
  const name = words.slice(i).join(' ').replace(/\\/g, '/');
  return name === '' ? undefined : name;
}

/** Parses an MTL file's text; unknown statements are ignored (MTL has many renderer-specific ones). */
export function parseMtl(text: string): MtlMaterial[] {
  const materials: MtlMaterial[] = [];
  let current: MtlMaterial | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const space = line.search(/\s/);
    const keyword = (space < 0 ? line : line.slice(0, space)).toLowerCase();
    const rest = space < 0 ? '' : line.slice(space + 1).trim();
    if (keyword === 'newmtl') {
      current = { name: rest };
      materials.push(current);
      continue;
    }
    if (!current) continue;
    const numbers = rest.split(/\s+/).map(Number);
    switch (keyword) {
      case 'kd':
        if (numbers.length >= 3 && numbers.slice(0, 3).every(Number.isFinite)) current.diffuse = [numbers[0]!, numbers[1]!, numbers[2]!];
        break;
      case 'd':
        if (Number.isFinite(numbers[0])) current.opacity = numbers[0]!;
        break;
      case 'tr':
        if (Number.isFinite(numbers[0])) current.opacity = 1 - numbers[0]!;
        break;
      case 'pr':
        if (Number.isFinite(numbers[0])) current.roughness = numbers[0]!;
        break;
      case 'pm':
        if (Number.isFinite(numbers[0])) current.metallic = numbers[0]!;
        break;
      case 'map_kd':
        current.diffuseMap = mapFileName(rest);
        break;
      case 'norm':
      case 'map_kn':
        current.normalMap = mapFileName(rest);
        break;
    }
  }
  return materials;
}
