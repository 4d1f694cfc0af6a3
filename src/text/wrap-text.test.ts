import { describe, expect, it } from 'vitest';
import { measureByUnits, wrapText } from './wrap-text';

/** One Latin letter (or space) is 1, a CJK character 2: easy to count by eye. */
const units = measureByUnits(2, 0.5);
const lines = (text: string, max: number) => wrapText(text, max, units).lines;

const CLOSING = [...'”’）》」』】〕，。、：；！？…'];
const OPENING = [...'“‘（《「『【〔'];

/** Every 禁则 rule and the no-space-at-the-edges rule, for any wrapped result. */
function expectWellBroken(result: string[]): void {
  for (const line of result) {
    expect(line).toBe(line.trim());
    expect(CLOSING).not.toContain(line[0]);
    expect(OPENING).not.toContain(line.at(-1));
  }
}

describe('wrapText in English', () => {
  it('breaks only between words', () => {
    expect(lines('Internet platform revenue', 10)).toEqual(['Internet', 'platform', 'revenue']);
    expect(lines('Internet platform revenue', 17)).toEqual(['Internet platform', 'revenue']);
    expect(lines('intelligent compute', 12)).toEqual(['intelligent', 'compute']);
    expect(lines('intelligent compute', 19)).toEqual(['intelligent compute']);
  });

  it('may break after a hyphen or en dash inside a compound, never inside a word', () => {
    expect(lines('digital-economy core industries', 16)).toEqual(['digital-economy', 'core industries']);
    expect(lines('digital-economy core industries', 10)).toEqual(['digital-', 'economy', 'core', 'industries']);
    expect(lines('Beijing–Tianjin–Hebei', 16)).toEqual(['Beijing–Tianjin–', 'Hebei']);
    expect(lines('Beijing–Tianjin–Hebei', 9)).toEqual(['Beijing–', 'Tianjin–', 'Hebei']);
    // A range of years is a number, not a compound.
    expect(lines('period 2021–2025', 8)).toEqual(['period', '2021–2025']);
  });

  it('keeps a number with its unit and never begins or ends a line with a space', () => {
    expect(lines('more than 14,000 P', 16)).toEqual(['more than', '14,000 P']);
    expect(lines('about CNY 1.41 trillion', 17)).toEqual(['about', 'CNY 1.41 trillion']);
    expectWellBroken(lines('  a  b   c d e f  ', 3));
    expect(lines('  a  b   c d e f  ', 3).every((line) => line.length > 0)).toBe(true);
  });

  it('places a word wider than the line alone and says it does not fit', () => {
    expect(wrapText('supercalifragilistic is long', 10, units)).toEqual({ lines: ['supercalifragilistic', 'is long'], fits: false });
    expect(wrapText('fine words', 10, units).fits).toBe(true);
  });

  it('keeps newlines and has no lines for empty text', () => {
    expect(lines('a\nb c', 10)).toEqual(['a', 'b c']);
    expect(wrapText('', 10, units)).toEqual({ lines: [], fits: true });
  });
});

describe('wrapText in Chinese', () => {
  it('never splits a word, including words the segmenter returns as single characters', () => {
    for (const word of ['汇聚', '冠军', '图谱']) {
      expect(wrapText(word, 2, units)).toEqual({ lines: [word], fits: false });
      expect(lines(`推动数据要素${word}发展`, 6).some((line) => line.includes(word))).toBe(true);
    }
    expect(lines('国家级单项冠军企业', 10)).toEqual(['国家级单项', '冠军企业']);
    expect(lines('人工智能产业链图谱', 10)).toEqual(['人工智能', '产业链图谱']);
  });

  it('follows 禁则 where the break falls at ，。“”（）', () => {
    const sentence = '“十四五”期间，全市智能算力规模超1.4万P，较2020年增长明显。数据要素汇聚（推算）成效显著。';
    for (const max of [8, 10, 12, 14, 16, 20, 24]) {
      const result = wrapText(sentence, max, units);
      expectWellBroken(result.lines);
      expect(result.lines.join('')).toBe(sentence);
    }
    expect(lines('期间，全市规模', 4)[0]).toBe('期间，');
    expect(lines('显著“十四五”期间', 8)).toEqual(['显著', '“十四五”', '期间']);
  });

  it('keeps numbers with their units', () => {
    const result = lines('智能算力规模超1.4万P，2025年1–9月增长', 8);
    expect(result.some((line) => line.includes('1.4万P'))).toBe(true);
    expect(result.some((line) => line.includes('2025年'))).toBe(true);
    expect(result.some((line) => line.includes('1–9月'))).toBe(true);
  });

  it('leaves no single character alone on the last line', () => {
    expect(lines('数字经济发展和。', 12)).toEqual(['数字经济', '发展和。']);
    expect(lines('数字经济发展和', 12)).toEqual(['数字经济', '发展和']);
  });

  it('breaks between words as the old label wrapper did', () => {
    expect(lines('智能工厂和数字化车间', 10)).toEqual(['智能工厂和', '数字化车间']);
    expect(lines('目标超500个 · 结果528家', 14)).toEqual(['目标超500个 ·', '结果528家']);
  });
});

describe('measures', () => {
  it('estimates Latin and digits at 0.55 em and CJK at 1 em', () => {
    expect(measureByUnits(20)('ab12')).toBeCloseTo(44);
    expect(measureByUnits(20)('天津，')).toBe(60);
  });
});
