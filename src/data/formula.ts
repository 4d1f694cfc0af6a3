/**
 * A small, safe arithmetic evaluator for derived figures' formulas: numbers, named inputs,
 * + - * / and parentheses, and the functions round(x, digits), ceil(x), floor(x), sum(…).
 * No `eval`: the page runs under a Content-Security-Policy without unsafe-eval.
 */
type Token = { kind: 'num'; value: number } | { kind: 'name'; value: string } | { kind: 'op'; value: string };

/** The token a match stands for: the regex's alternatives are a number, a name or an operator. */
function tokenOf([, num, name, op]: RegExpExecArray): Token {
  if (num !== undefined) return { kind: 'num', value: Number(num) };
  if (name !== undefined) return { kind: 'name', value: name };
  if (op !== undefined) return { kind: 'op', value: op };
  throw new Error('a formula token matched none of number, name or operator');
}

/** Formulas already read: a page checks and shows each one several times. */
const tokenized = new Map<string, readonly Token[]>();

function tokenize(expr: string): readonly Token[] {
  let tokens = tokenized.get(expr);
  if (!tokens) {
    tokens = readTokens(expr);
    tokenized.set(expr, tokens);
  }
  return tokens;
}

function readTokens(expr: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|([a-z_][a-z0-9_]*)|([-+*/(),]))/gy;
  let index = 0;
  while (index < expr.length) {
    re.lastIndex = index;
    const match = re.exec(expr);
    if (!match) {
      if (expr.slice(index).trim() === '') break;
      throw new Error(`unexpected "${expr.slice(index).trim()[0]}" at position ${index + 1}`);
    }
    tokens.push(tokenOf(match));
    index = re.lastIndex;
  }
  return tokens;
}

// A missing argument is NaN, which the finiteness check of evaluateFormula reports.
const FUNCTIONS: Record<string, (args: number[]) => number> = {
  round: ([x = NaN, digits = 0]) => {
    const f = 10 ** digits;
    return Math.round((x + Number.EPSILON * Math.sign(x)) * f) / f;
  },
  ceil: ([x = NaN]) => Math.ceil(x - 1e-9),
  floor: ([x = NaN]) => Math.floor(x + 1e-9),
  sum: (args) => args.reduce((a, b) => a + b, 0),
};

/** The names of the variables an expression uses (functions excluded). */
export function formulaVariables(expr: string): string[] {
  const tokens = tokenize(expr);
  return [
    ...new Set(
      tokens
        .filter((t, i) => t.kind === 'name' && !(tokens[i + 1]?.kind === 'op' && tokens[i + 1]?.value === '('))
        .map((t) => t.value as string),
    ),
  ];
}

export function evaluateFormula(expr: string, variables: Record<string, number>): number {
  const tokens = tokenize(expr);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (value: string) => {
    const token = peek();
    return token?.kind === 'op' && token.value === value;
  };
  /** The operator at the cursor, consumed, if it is one of `ops`. */
  const takeOp = (...ops: string[]): string | undefined => {
    const token = peek();
    if (token?.kind !== 'op' || !ops.includes(token.value)) return undefined;
    pos++;
    return token.value;
  };
  const expectOp = (value: string) => {
    if (!isOp(value)) throw new Error(`expected "${value}"`);
    pos++;
  };

  function primary(): number {
    const token = tokens[pos++];
    if (!token) throw new Error('unexpected end of formula');
    if (token.kind === 'num') return token.value;
    if (token.kind === 'op' && token.value === '-') return -primary();
    if (token.kind === 'op' && token.value === '(') {
      const value = additive();
      expectOp(')');
      return value;
    }
    if (token.kind === 'name') {
      if (isOp('(')) {
        const fn = Object.hasOwn(FUNCTIONS, token.value) ? FUNCTIONS[token.value] : undefined;
        if (!fn) throw new Error(`unknown function "${token.value}"`);
        pos++;
        const args: number[] = [];
        if (!isOp(')')) {
          args.push(additive());
          while (isOp(',')) {
            pos++;
            args.push(additive());
          }
        }
        expectOp(')');
        return fn(args);
      }
      const value = Object.hasOwn(variables, token.value) ? variables[token.value] : undefined;
      if (value === undefined) throw new Error(`unknown input "${token.value}"`);
      return value;
    }
    throw new Error(`unexpected "${token.value}"`);
  }

  function multiplicative(): number {
    let value = primary();
    for (let op = takeOp('*', '/'); op; op = takeOp('*', '/')) {
      const right = primary();
      value = op === '*' ? value * right : value / right;
    }
    return value;
  }

  function additive(): number {
    let value = multiplicative();
    for (let op = takeOp('+', '-'); op; op = takeOp('+', '-')) {
      const right = multiplicative();
      value = op === '+' ? value + right : value - right;
    }
    return value;
  }

  const result = additive();
  const extra = tokens[pos];
  if (extra) throw new Error(`unexpected "${String(extra.value)}"`);
  if (!Number.isFinite(result)) throw new Error('does not give a finite number');
  return result;
}

/** How many decimals a stored value carries (29.7 → 1, 5046 → 0). */
export function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** True when the computed value, rounded to the stored value's decimals, equals the stored value. */
export function matchesStored(computed: number, stored: number): boolean {
  const f = 10 ** decimalsOf(stored);
  return Math.round((computed + Number.EPSILON * Math.sign(computed)) * f) / f === stored;
}
