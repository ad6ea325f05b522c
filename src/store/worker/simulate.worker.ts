import type { SimulateRequest } from './protocol';
import { simulateRequest } from './simulate-in-worker';

// One run per message; the page ends the worker to cancel one.
self.onmessage = (e: MessageEvent<SimulateRequest>) =>
  simulateRequest(e.data, (reply) => self.postMessage(reply));
