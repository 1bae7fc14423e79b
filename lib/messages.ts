import { defineExtensionMessaging, type ExtensionMessage, type Logger } from '@webext-core/messaging';
import * as z from 'zod/mini';
import { CaptureResultSchema } from './capture';

// Zod Mini, as in capture.ts: the service worker, started again for every capture, loads these
// schemas and no other Zod (with Zod's classic API the worker is more than twice the size).

/** Payload of `captureTab`: the tab to read, or none for the active tab of the last focused window. */
export const CaptureTabRequestSchema = z.strictObject({
  tabId: z.optional(z.int().check(z.nonnegative())),
});
export type CaptureTabRequest = z.infer<typeof CaptureTabRequestSchema>;

/**
 * The one message protocol of the extension: for each message, the schema of its payload and of
 * its answer. Both ends validate against it, because a message crosses contexts (page text is
 * untrusted, and a worker may run a different build than a page left open across an update) —
 * except the capture script injected into pages, which sends with `postMessage` (post-message.ts,
 * typed by this protocol but loading neither Zod nor the messaging library) and leaves the check
 * to the background.
 */
export const MESSAGE_SCHEMAS = {
  /** Capture script → background: what the page reader read in the tab, sent once per injection. */
  pageCaptured: { data: CaptureResultSchema, returns: z.void() },
  /** Side panel → background: read the given tab (or the active one) now and answer with the result. */
  captureTab: { data: CaptureTabRequestSchema, returns: CaptureResultSchema },
  /** Extension page → background: tasks were written; rebuild reminders and the badge now. */
  tasksChanged: { data: z.strictObject({}), returns: z.void() },
} as const;

type Schemas = typeof MESSAGE_SCHEMAS;
export type MessageType = keyof Schemas;
export type MessageData<K extends MessageType> = z.infer<Schemas[K]['data']>;
export type MessageReturn<K extends MessageType> = z.infer<Schemas[K]['returns']>;

/** Protocol map in the shape @webext-core/messaging types its messenger with. */
export type ProtocolMap = { [K in MessageType]: (data: MessageData<K>) => MessageReturn<K> };

/** Who sent a message (tab and frame for a content script, page URL for an extension page). */
export type MessageSender = ExtensionMessage['sender'];

// The library logs every message at debug level; only its errors are worth a console line.
const quietLogger: Logger = { debug() {}, log() {}, warn: console.warn, error: console.error };

const messenger = defineExtensionMessaging<ProtocolMap>({ logger: quietLogger });

/** Raised when a payload or an answer does not match its schema; the message is dropped. */
export class InvalidMessageError extends Error {
  override readonly name = 'InvalidMessageError';
}

function parseOrThrow(schema: z.ZodMiniType, value: unknown, what: string): unknown {
  const parsed = z.safeParse(schema, value);
  if (!parsed.success) throw new InvalidMessageError(`${what}: ${z.prettifyError(parsed.error).slice(0, 500)}`);
  return parsed.data;
}

/**
 * Sends a message to the background (or to a tab when `tabId` is given). The payload is checked
 * before it leaves and the answer when it arrives; either failing rejects with `InvalidMessageError`.
 */
export async function sendMessage<K extends MessageType>(type: K, data: MessageData<K>, tabId?: number): Promise<MessageReturn<K>> {
  const schemas = MESSAGE_SCHEMAS[type];
  const payload = parseOrThrow(schemas.data, data, `${type} payload`);
  // The library's overloads cannot follow a generic K; the payload was validated above.
  const send = messenger.sendMessage as (type: K, data: unknown, tabId?: number) => Promise<unknown>;
  const answer = await (tabId === undefined ? send(type, payload) : send(type, payload, tabId));
  return parseOrThrow(schemas.returns, answer, `${type} answer`) as MessageReturn<K>;
}

/** What else `onMessage` may do. */
export interface OnMessageOptions {
  /**
   * Called with the error and the sender when a payload fails its schema, before the sender's
   * promise is rejected (e.g. to settle what waits for that sender).
   */
  onInvalid?: (error: InvalidMessageError, sender: MessageSender) => void | Promise<void>;
}

/**
 * Registers the one handler of a message type in this context. The payload is validated before
 * the handler runs (an invalid one rejects the sender's promise and never reaches the handler),
 * and the handler's answer is validated before it is sent back. Returns a function that removes it.
 */
export function onMessage<K extends MessageType>(
  type: K,
  handler: (data: MessageData<K>, sender: MessageSender) => MessageReturn<K> | Promise<MessageReturn<K>>,
  options: OnMessageOptions = {},
): () => void {
  const schemas = MESSAGE_SCHEMAS[type];
  const listen = messenger.onMessage as (
    type: K,
    cb: (message: { data: unknown } & ExtensionMessage) => Promise<unknown>,
  ) => () => void;
  return listen(type, async (message) => {
    let data: MessageData<K>;
    try {
      data = parseOrThrow(schemas.data, message.data, `${type} payload`) as MessageData<K>;
    } catch (error) {
      if (error instanceof InvalidMessageError) await options.onInvalid?.(error, message.sender);
      throw error;
    }
    const answer = await handler(data, message.sender);
    return parseOrThrow(schemas.returns, answer, `${type} answer`);
  });
}

/** Removes every handler registered in this context (tests). */
export function removeAllMessageHandlers(): void {
  messenger.removeAllListeners();
}
