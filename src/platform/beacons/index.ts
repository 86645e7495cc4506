/**
 * Beacon sources: everything that yields sightings for the tracker — the browser's
 * own Bluetooth scan, a wrapper app's native scan, a replayed trace, the simulator.
 * All implement {@link BeaconSource} and report through the same events.
 */
export type { BeaconSource, BeaconSourceEvent, BeaconSourceKind, BeaconSourceListener, BeaconSourceStatus } from './source.ts';
export { pageTimers, type SourceTimers } from './timers.ts';
export { createWebBluetoothSource, scanRefusal, UNSUPPORTED_STATUS, type WebBluetoothOptions, type WebBluetoothSource, type BluetoothScanningLike, type BluetoothAdvertisingEventLike, type BluetoothLEScanLike, type BluetoothLEScanOptionsLike } from './web-bluetooth.ts';
export { createNativeBridgeSource, type NativeBridgeOptions, type NativeBridgeSource, type BridgeWindow, type BridgeMessageCounts } from './native-bridge.ts';
export { parseBridgeMessage, bridgeCommand, BRIDGE_SOURCE, BRIDGE_VERSION, BRIDGE_LIMITS, type BridgeMessage, type BridgeAdvertisement, type BridgeCommand, type BridgeDropReason, type BridgeParseResult } from './bridge-protocol.ts';
export { createReplaySource, type ReplayInput, type ReplayOptions, type ReplaySource } from './replay.ts';
export { createSimulatedSource, type SimulatedSourceOptions, type SimulatedSource } from './simulated.ts';
export { createTracePlayer, type PlaybackOptions, type PlaybackEvents, type TracePlaybackSource } from './trace-player.ts';
