/**
 * The parts of the service worker's global scope this worker uses. The project
 * compiles against the DOM's type library (one tsconfig for everything), which
 * has no ServiceWorkerGlobalScope; pulling in the WebWorker library beside it
 * would change the types of `self`, `postMessage` and more for the whole app. So
 * the worker declares the little it needs here, as venue.worker.ts does.
 */

/** An event whose work may outlive its handler (install, activate, fetch, message). */
export interface ExtendableEventLike extends Event {
  waitUntil(work: Promise<unknown>): void;
}

/** A request from a page the worker controls. */
export interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Promise<Response> | Response): void;
}

/** A message from a page (`{ type: 'SKIP_WAITING' }`, `{ type: 'CACHE_URLS', … }`). */
export interface MessageEventLike extends ExtendableEventLike {
  readonly data: unknown;
}

/** One entry of the precache list that the build writes into the worker. */
export interface PrecacheEntryLike {
  url: string;
  revision: string | null;
  integrity?: string;
}

/** `self` inside the service worker. */
export interface ServiceWorkerScope {
  readonly registration: ServiceWorkerRegistration;
  /** The precache list, replaced by the build (vite-plugin-pwa's injectManifest). */
  readonly __WB_MANIFEST: PrecacheEntryLike[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
}

/** True when `event` is a page's request (rather than, say, a message asking to cache URLs). */
export function isFetchEvent(event: ExtendableEventLike): event is FetchEventLike {
  return 'respondWith' in event;
}
