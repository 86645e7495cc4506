/** Scan files, pure: recognising them, their containers and headers, and checking a building's units. */
export { ScanFormatError } from './errors.ts';
export { sniffScanFile, SNIFF_BYTES, type ScanFileKind, type SniffResult } from './sniff.ts';
export { checkGlbContainer, type GlbChunks } from './glb-container.ts';
export { parsePlyHeader, plyElement, hasPlyProperty, PLY_TYPE_BYTES, MAX_PLY_HEADER_BYTES, type PlyHeader, type PlyElement, type PlyProperty, type PlyScalarType } from './ply-header.ts';
export { readPlyBody, type PlyElementData, type PlyList } from './ply-body.ts';
export { classifyPly, SPLAT_PROPERTIES, SH_REST_COUNT, type PlyKind } from './ply-kind.ts';
export { checkBuildingUnits, formatLength, looksZUp, PLAUSIBLE_BUILDING_M, type Extent3, type ScaleSuggestion, type UnitsVerdict } from './units.ts';
