/**
 * The interface's messages, per language: `UI[lang].key`. The messages themselves are in
 * ./messages/<lang>.ts; messages with parameters go through `formatMessage` (./catalogue.ts).
 */
export { formatList, formatMessage, interfaceStrings, joinWords, messages, UI } from './catalogue';
export type { MessageKey, Messages } from './messages';
export type { Messages as UiStrings } from './messages';
