/**
 * Bluetooth beacon advertisements: parsing Eddystone (UID, URL, TLM) and iBeacon
 * from the bytes platforms report, resolving them to venue beacons, counting bad
 * input, and keeping beacon health from telemetry.
 */
export {
  REJECT_REASONS,
  PACKET_KINDS,
  isIdentityPacket,
  type RejectReason,
  type PacketRejection,
  type BeaconPacket,
  type BeaconPacketKind,
  type IdentityPacket,
  type PacketResult,
  type EddystoneUidPacket,
  type EddystoneUrlPacket,
  type EddystoneTlmPacket,
  type IBeaconPacket,
} from './packets.ts';
export { hexToBytes, bytesToHex, asBytes, MAX_ADVERTISEMENT_BYTES, type BytesLike } from './hex.ts';
export { parseEddystone, EDDYSTONE_SERVICE_UUID, EDDYSTONE_URL_SCHEMES, EDDYSTONE_URL_EXPANSIONS } from './eddystone.ts';
export { parseIBeacon, formatUuid, APPLE_COMPANY_ID } from './ibeacon.ts';
export {
  parseAdvertisementRecords,
  parseAdvertisingPayload,
  parseServiceData,
  parseManufacturerData,
  sixteenBitKey,
  type AdvertisementBytes,
  type AdvertisementRecords,
  type RecordMap,
} from './advertisement.ts';
export {
  encodeEddystoneUid,
  encodeEddystoneTlm,
  encodeIBeacon,
  encodeAdvertisingPayload,
  eddystoneUidPayload,
  iBeaconPayload,
  identityRecords,
  EDDYSTONE_0M_TO_1M_DB,
  type TelemetryValues,
  type AdStructure,
} from './encode.ts';
export { createBeaconResolver, packetIdentityKey, type BeaconResolver } from './resolve.ts';
export { PacketStats, formatPacketCounts, MAX_UNKNOWN_KEYS, type PacketCounts } from './stats.ts';
export { BeaconHealth, DEFAULT_SILENT_AFTER_MS, type BeaconHealthEntry, type BeaconTelemetry, type BeaconHealthOptions } from './health.ts';
export {
  AdvertisementDecoder,
  isPlausibleRssi,
  RSSI_MIN,
  RSSI_MAX,
  type HeardAdvertisement,
  type DecodedAdvertisement,
  type DecoderOptions,
} from './decoder.ts';
