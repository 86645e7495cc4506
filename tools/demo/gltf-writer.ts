import { Document, NodeIO, type Buffer as GltfBuffer, type Material, type Texture } from '@gltf-transform/core';
import { FLOORS } from './layout.ts';
import { materialDef, type MaterialId } from './materials.ts';
import type { MeshGroup } from './mesh-builder.ts';
import { encodePng } from './png.ts';
import { canvasTexture, surfaceTexture } from './textures.ts';

/**
 * Writes the built geometry as one binary glTF (GLB). Each floor is a top-level node
 * `floor:<id>` (extras `{ floor: '<id>' }`) whose children hold one mesh per
 * material, so a viewer can hide the floors above the visitor with one switch.
 * Textures are embedded PNGs; surface textures repeat, canvases are clamped.
 */

// Sampler constants of glTF (the WebGL enums).
const REPEAT = 10497;
const CLAMP_TO_EDGE = 33071;
const LINEAR = 9729;
const LINEAR_MIPMAP_LINEAR = 9987;

/** The generator name written to the glTF asset and to scene.json. */
export const GENERATOR = 'museum-visit demo generator';

export interface GlbInput {
  meshes: readonly MeshGroup[];
  /** The palette of each painting's canvas, by hotspot id. */
  palettes: ReadonlyMap<string, readonly [string, string, string]>;
}

/** Creates textures lazily and shares each one between the materials that use it. */
class TextureCache {
  private readonly textures = new Map<string, Texture>();
  constructor(private readonly doc: Document, private readonly palettes: GlbInput['palettes']) {}

  get(texture: NonNullable<ReturnType<typeof materialDef>['texture']>): Texture {
    const key = 'surface' in texture ? `surface:${texture.surface}` : `canvas:${texture.canvas}`;
    const cached = this.textures.get(key);
    if (cached) return cached;
    let image;
    if ('surface' in texture) {
      image = surfaceTexture(texture.surface);
    } else {
      const palette = this.palettes.get(texture.canvas);
      if (!palette) throw new Error(`gltf-writer: no palette for canvas ${texture.canvas}`);
      image = canvasTexture(texture.canvas, palette);
    }
    const created = this.doc.createTexture(key).setImage(encodePng(image)).setMimeType('image/png');
    this.textures.set(key, created);
    return created;
  }
}

function createMaterial(doc: Document, cache: TextureCache, id: MaterialId): Material {
  const def = materialDef(id);
  const material = doc
    .createMaterial(id)
    .setBaseColorFactor([def.color[0], def.color[1], def.color[2], 1])
    .setRoughnessFactor(def.roughness)
    .setMetallicFactor(0);
  if (def.texture) {
    material.setBaseColorTexture(cache.get(def.texture));
    // Canvases are mapped once and must not bleed their opposite edge in; surfaces tile.
    const wrap = 'canvas' in def.texture ? CLAMP_TO_EDGE : REPEAT;
    material.getBaseColorTextureInfo()!.setWrapS(wrap).setWrapT(wrap).setMinFilter(LINEAR_MIPMAP_LINEAR).setMagFilter(LINEAR);
  }
  return material;
}

function accessor(doc: Document, buffer: GltfBuffer, type: 'VEC2' | 'VEC3' | 'SCALAR', array: Float32Array | Uint16Array | Uint32Array) {
  return doc.createAccessor().setType(type).setArray(array).setBuffer(buffer);
}

/** Encodes the model as GLB bytes. */
export async function writeGlb(input: GlbInput): Promise<Uint8Array> {
  const doc = new Document();
  doc.getRoot().getAsset().generator = GENERATOR;
  const buffer = doc.createBuffer('scan');
  const cache = new TextureCache(doc, input.palettes);
  const materials = new Map<MaterialId, Material>();
  const scene = doc.createScene('demo-museum');
  doc.getRoot().setDefaultScene(scene);

  for (const floor of FLOORS) {
    const floorNode = doc.createNode(`floor:${floor.id}`).setExtras({ floor: floor.id });
    scene.addChild(floorNode);
    for (const g of input.meshes.filter((m) => m.floor === floor.id)) {
      let material = materials.get(g.material);
      if (!material) {
        material = createMaterial(doc, cache, g.material);
        materials.set(g.material, material);
      }
      const vertexCount = g.positions.length / 3;
      const indices = vertexCount < 65536 ? Uint16Array.from(g.indices) : Uint32Array.from(g.indices);
      const primitive = doc
        .createPrimitive()
        .setMaterial(material)
        .setIndices(accessor(doc, buffer, 'SCALAR', indices))
        .setAttribute('POSITION', accessor(doc, buffer, 'VEC3', Float32Array.from(g.positions)))
        .setAttribute('NORMAL', accessor(doc, buffer, 'VEC3', Float32Array.from(g.normals)))
        .setAttribute('TEXCOORD_0', accessor(doc, buffer, 'VEC2', Float32Array.from(g.uvs)));
      if (g.colors) primitive.setAttribute('COLOR_0', accessor(doc, buffer, 'VEC3', Float32Array.from(g.colors)));
      const name = `${floor.id}:${g.material}`;
      floorNode.addChild(doc.createNode(name).setMesh(doc.createMesh(name).addPrimitive(primitive)));
    }
  }
  return new NodeIO().writeBinary(doc);
}
