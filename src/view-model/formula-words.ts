import { decimalsIn, printedDecimals, shiftDecimal } from '@/i18n/decimal';
import { formatValue } from '@/i18n/format';
import { pick, type Lang } from '@/i18n/lang';
import { LANGUAGES } from '@/i18n/languages';
import { formatList, formatMessage, joinWords, type MessageKey } from '@/i18n/strings';
import type { Figure } from '@/data/schema';
import { UNITS } from '@/data/units';

/**
 * The decimals a figure's value was printed with: a stated value's, read from its clause
 * ("下降1.0%" gives −1 one decimal); a derived value's, from the rounding of its formula
 * (`round(…, 1)` gives one decimal). Never fewer than the stored value shows.
 */
export function figureDecimals(figure: Figure): number {
  if (figure.kind === 'stated') return printedDecimals(figure.value, figure.source.clause);
  const own = decimalsIn(shiftDecimal(figure.value, 0));
  return Math.max(own, outerRoundDigits(figure.formula.expr) ?? 0);
}

/** The digits of `round(…, d)` when it wraps the whole expression; undefined otherwise. */
export function outerRoundDigits(expr: string): number | undefined {
  const text = expr.trim();
  if (!text.startsWith('round(') || !text.endsWith(')')) return undefined;
  let depth = 0;
  let lastComma = -1;
  for (let i = 'round'.length; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      // The round's own parenthesis closes before the end: "round(a, 1) + b".
      if (depth === 0 && i !== text.length - 1) return undefined;
    } else if (c === ',' && depth === 1) lastComma = i;
  }
  if (lastComma < 0) return undefined;
  const digits = text.slice(lastComma + 1, -1).trim();
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

type Change = 'growth' | 'rise' | 'fall';

/** What an input's number measures, where a reader needs the word: a growth, a rise, a fall. */
function changeOf(figure: Figure): Change | undefined {
  if (figure.basis === 'growth') return 'growth';
  if (figure.basis === 'reduction') return 'fall';
  const name = figure.name.zh.trim();
  if (/增长$/.test(name)) return 'growth';
  if (/(提升|提高)$/.test(name)) return 'rise';
  if (/(下降|降幅)$/.test(name)) return 'fall';
  return undefined;
}

const CHANGE_MESSAGE: Record<Change, MessageKey> = { growth: 'changeGrowth', rise: 'changeRise', fall: 'changeFall' };

/** One input as stated: "超6100家", "增长20.9%" / "more than 6,100", "growth of 20.9%", "63 cases". */
export function inputPhrase(figure: Figure, lang: Lang): string {
  const value = formatValue(figure.value, figure.unit, figure.qualifier, lang, { decimals: figureDecimals(figure) });
  const change = changeOf(figure);
  if (change) return formatMessage(lang, CHANGE_MESSAGE[change], { value });
  const unit = UNITS[figure.unit];
  // Counts converted to a base unit are written without their measure word; a noun other than "count" helps ("63 cases").
  return LANGUAGES[lang].units === 'base-unit' && unit.dimension === 'count' && unit.en !== 'count'
    ? joinWords(lang, value, pick(unit, lang))
    : value;
}

/** Up to this many inputs are named; beyond it the first is named and the others counted. */
const NAMED_INPUTS = 3;

/**
 * How a derived value was obtained, in words an official reads: "由超6100家与增长20.9%推算" /
 * "derived from more than 6,100 and growth of 20.9%". The inputs' values as stated, never the
 * expression: the formula itself stays in the data table's details. Undefined for a stated figure.
 */
export function formulaWords(figure: Figure, figures: ReadonlyMap<string, Figure>, lang: Lang): string | undefined {
  if (figure.kind !== 'derived') return undefined;
  const ids = Object.values(figure.formula.inputs);
  const phrases = ids.flatMap((id) => {
    const input = figures.get(id);
    return input ? [inputPhrase(input, lang)] : [];
  });
  let body: string;
  if (phrases.length === ids.length && ids.length <= NAMED_INPUTS) body = formatList(phrases, lang);
  else {
    const [first] = phrases;
    const others = ids.length - (first !== undefined ? 1 : 0);
    const rest = formatMessage(lang, 'otherFigures', { count: others });
    body = first !== undefined ? formatList([first, rest], lang) : rest;
  }
  return formatMessage(lang, 'derivedFrom', { inputs: body });
}
