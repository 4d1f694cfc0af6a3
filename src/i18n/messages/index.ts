import type { Lang } from '../languages';
import { en } from './en';
import type { Catalogue } from './types';
import { zh } from './zh';

export type { Catalogue, Message, MessageKey, Messages, PluralMessage } from './types';

/** The catalogue of each offered language, as written (gaps included). */
export const CATALOGUES: Record<Lang, Catalogue> = { zh, en };
