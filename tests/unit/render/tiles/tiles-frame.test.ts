import { describe, expect, it } from 'vitest';
import { Group, Matrix4, Object3D, Vector3 } from 'three';
import { placeInVenueFrame, scanTransformParts, tilesetToVenueMatrix } from '../../../../src/render/scans/tiles/tiles-frame.ts';
import { boxFromVenueBounds } from '../../../../tools/lib/scan/tileset-json.ts';
import type { Scan } from '../../../../src/core/venue/index.ts';

const plain: Scan = { uri: 'scan/tileset.json', format: '3dtiles' };
const close = (v: Vector3, expected: [number, number, number]) => expect(v.toArray().map((x) => Math.round(x * 1e9) / 1e9)).toEqual(expected);

/** What 3d-tiles-renderer does to glTF content of a tileset without `gltfUpAxis`: +90° about x (Y-up → Z-up). */
const GLTF_Y_UP_TO_Z_UP = new Matrix4().makeRotationX(Math.PI / 2);

describe('where the tiles land in the venue', () => {
  it('the bounding boxes the importer writes surround the venue bounds they came from', () => {
    // A building from x 2…12, y 0…7 (two floors), z −5…3, written as the importer writes it.
    const box = boxFromVenueBounds([2, 0, -5, 12, 7, 3]);
    const centre = new Vector3(box[0], box[1], box[2]).applyMatrix4(tilesetToVenueMatrix(plain));
    close(centre, [7, 3.5, -1]);
    // The box's z half-axis (tiles frame) is the venue's height.
    const up = new Vector3(box[9], box[10], box[11]).applyMatrix4(tilesetToVenueMatrix(plain));
    close(up, [0, 3.5, 0]);
  });

  it('glTF content comes back exactly where the importer had it', () => {
    const contentPoint = new Vector3(4.25, 2.5, -7.75); // venue metres, Y up, as written into a tile
    const inTilesFrame = contentPoint.clone().applyMatrix4(GLTF_Y_UP_TO_Z_UP);
    close(inTilesFrame, [4.25, 7.75, 2.5]); // (x, −z, y), the frame of the bounding volumes
    close(inTilesFrame.applyMatrix4(tilesetToVenueMatrix(plain)), [4.25, 2.5, -7.75]);
  });

  it('turns the renderer’s group, so a tile under it lands in venue coordinates', () => {
    const scanGroup = new Group();
    const tilesGroup = new Group();
    const tileScene = new Object3D();
    tileScene.applyMatrix4(GLTF_Y_UP_TO_Z_UP);
    const marker = new Object3D();
    marker.position.set(1, 2, 3);
    scanGroup.add(tilesGroup);
    tilesGroup.add(tileScene);
    tileScene.add(marker);
    placeInVenueFrame(tilesGroup);
    scanGroup.updateMatrixWorld(true);
    close(marker.getWorldPosition(new Vector3()), [1, 2, 3]);
  });

  it('then applies the scan’s transform from scene.json: scale, rotation, position', () => {
    const scan: Scan = { ...plain, transform: { position: [10, 0.5, -2], rotation: [0, Math.SQRT1_2, 0, Math.SQRT1_2], scale: 2 } };
    // A venue point (1, 2, 3) of the untransformed scan: ×2 → (2, 4, 6); 90° about y → (6, 4, −2); + position.
    const inTilesFrame = new Vector3(1, 2, 3).applyMatrix4(GLTF_Y_UP_TO_Z_UP);
    close(inTilesFrame.applyMatrix4(tilesetToVenueMatrix(scan)), [16, 4.5, -4]);
  });

  it('a scan without a transform is placed as is', () => {
    expect(scanTransformParts(plain)).toEqual({ position: [0, 0, 0], quaternion: [0, 0, 0, 1], scale: 1 });
    expect(scanTransformParts({ ...plain, transform: { scale: 0.5 } })).toEqual({ position: [0, 0, 0], quaternion: [0, 0, 0, 1], scale: 0.5 });
  });
});
