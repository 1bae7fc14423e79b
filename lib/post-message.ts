import type { MessageData, MessageReturn, MessageType } from './messages';

// The light sender of the message protocol (`lib/messages.ts`, whose `MESSAGE_SCHEMAS` name the
// messages and type their payloads): for the capture script injected into pages, which must stay
// small. A module of its own, importing types only, so nothing of Zod or @webext-core/messaging
// reaches the page.

/**
 * What @webext-core/messaging 4 puts on the wire (its `generic.ts` and `extension.ts`):
 * `runtime.sendMessage` carries this…
 */
interface WireMessage {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}
/** …and the receiving side answers with this (`err` is a serialized Error). */
type WireAnswer = { res?: unknown; err?: { message?: unknown } | null } | undefined;

/** The part of the `chrome` global `postMessage` uses (present in Chrome and Firefox scripts). */
interface ChromeRuntime {
  runtime: { sendMessage(message: WireMessage, callback: (answer: WireAnswer) => void): void; lastError?: { message?: string } };
}

/**
 * Sends a message to the background in @webext-core/messaging's wire format, so `onMessage`
 * receives it like any other, but without loading the library or a schema: the payload is not
 * checked before it leaves (the background checks it on arrival) and the answer is not checked.
 * For the capture script injected into pages, which must stay small. Rejects when the background
 * answers with an error.
 */
export function postMessage<K extends MessageType>(type: K, data: MessageData<K>): Promise<MessageReturn<K>> {
  const { runtime } = (globalThis as unknown as { chrome: ChromeRuntime }).chrome;
  const message: WireMessage = { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
  return new Promise((resolve, reject) =>
    runtime.sendMessage(message, (answer) => {
      if (runtime.lastError) reject(new Error(runtime.lastError.message));
      else if (!answer) reject(new Error('No response'));
      else if (answer.err != null) reject(new Error(String(answer.err.message ?? answer.err)));
      else resolve(answer.res as MessageReturn<K>);
    }),
  );
}
