// Hints for Python and NumPy habits: a student who knows NumPy writes `w * 2`, `a[:, 0]`,
// `print(x)` or `def f(x):`, and TypeScript answers with a message written for TypeScript
// programmers. Each rule here recognises one habit from the diagnostic's code and the source text
// at it, and says what numts writes instead, for the student's own expression where it can. A
// rule that is not sure says nothing: a wrong hint is worse than none.
import ts from "@tslab/typescript-for-tslab";
import type { Diagnostic } from "./platform";

/** TypeScript's codes for the diagnostics the rules read. */
const TS = {
  cannotFindName: 2304,
  leftNotNumber: 2362,
  rightNotNumber: 2363,
  operatorCannotApply: 2365,
  noOverlap: 2367,
  comparesByReference: 2839,
  commaLeftUnused: 2695,
  assignToConstant: 2588,
  expressionExpected: 1109,
  tokenExpected: 1005,
  statementExpected: 1128,
} as const;

/** The numts function of each arithmetic operator, and the array method that does the same. */
const OPERATORS: Partial<Record<ts.SyntaxKind, { fn: string; method: string; symbol: string }>> = {
  [ts.SyntaxKind.PlusToken]: { fn: "np.add", method: "add", symbol: "+" },
  [ts.SyntaxKind.MinusToken]: { fn: "np.subtract", method: "sub", symbol: "-" },
  [ts.SyntaxKind.AsteriskToken]: { fn: "np.multiply", method: "mul", symbol: "*" },
  [ts.SyntaxKind.SlashToken]: { fn: "np.divide", method: "div", symbol: "/" },
  [ts.SyntaxKind.AsteriskAsteriskToken]: { fn: "np.power", method: "pow", symbol: "**" },
};

/** Augmented assignments and the operator each applies. */
const AUGMENTED: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [ts.SyntaxKind.PlusEqualsToken]: ts.SyntaxKind.PlusToken,
  [ts.SyntaxKind.MinusEqualsToken]: ts.SyntaxKind.MinusToken,
  [ts.SyntaxKind.AsteriskEqualsToken]: ts.SyntaxKind.AsteriskToken,
  [ts.SyntaxKind.SlashEqualsToken]: ts.SyntaxKind.SlashToken,
  [ts.SyntaxKind.AsteriskAsteriskEqualsToken]: ts.SyntaxKind.AsteriskAsteriskToken,
};

/** Comparison operators (for the "not an array" diagnostics that are not arithmetic). */
const COMPARISONS: Partial<Record<ts.SyntaxKind, { fn: string; method: string }>> = {
  [ts.SyntaxKind.GreaterThanToken]: { fn: "np.greater", method: "gt" },
  [ts.SyntaxKind.LessThanToken]: { fn: "np.less", method: "lt" },
  [ts.SyntaxKind.GreaterThanEqualsToken]: { fn: "np.greater_equal", method: "ge" },
  [ts.SyntaxKind.LessThanEqualsToken]: { fn: "np.less_equal", method: "le" },
};

/** Python's names that TypeScript does not know, and what to write instead. */
const PYTHON_NAMES: Record<string, string> = {
  True: "TypeScript writes `true`",
  False: "TypeScript writes `false`",
  None: "TypeScript writes `null` (or `undefined` for a missing value)",
};

/** A cell, parsed once, with its lines, for the rules. */
interface Cell {
  code: string;
  lines: string[];
  file: ts.SourceFile;
}

/**
 * Hints for the Python and NumPy habits that the diagnostics of `code` show, most relevant first,
 * each once. Empty when nothing is recognised for sure.
 */
export function pythonHints(code: string, diagnostics: readonly Diagnostic[]): string[] {
  const cell: Cell = { code, lines: code.split("\n"), file: ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS) };
  const hints: string[] = [];
  const add = (hint: string | undefined) => {
    if (hint !== undefined && !hints.includes(hint)) hints.push(hint);
  };
  // Whole-line habits first: a Python statement gives many diagnostics, one hint says it all.
  const lines = [...new Set(diagnostics.map((d) => d.start.line))].sort((a, b) => a - b);
  for (const line of lines) for (const hint of lineHints(cell.lines[line] ?? "", diagnostics.filter((d) => d.start.line === line))) add(hint);
  for (const d of diagnostics) add(diagnosticHint(cell, d, diagnostics));
  return hints;
}

/** Tokens that end an operand, after which `//` reads as Python's integer division. */
const ENDS_OPERAND = new Set([ts.SyntaxKind.Identifier, ts.SyntaxKind.NumericLiteral, ts.SyntaxKind.CloseParenToken, ts.SyntaxKind.CloseBracketToken]);

/** A Python operand: a number, or a name, attribute, index or call such as `n`, `batch_size`, `X.shape[0]`, `len(X)`. */
const OPERAND = /^(\d+(?:\.\d*)?|\([^()]*\)|[A-Za-z_$][\w$]*(?:\.[\w$]+|\[[^\][]*\]|\([^()]*\))*)$/;

/** The operand that ends `text` (the left side of a `//` written as Python's integer division). */
const LEFT_OPERAND = /(\d+(?:\.\d*)?|\([^()]*\)|[A-Za-z_$][\w$]*(?:\.[\w$]+|\[[^\][]*\]|\([^()]*\))*)\s*$/;

/**
 * Notes for Python habits that TypeScript accepts silently, with another meaning: `n // 2` is `n`
 * followed by the comment "2", so the cell runs and gives a wrong number without any error (as
 * Python warns of valid code that is likely a mistake, with a SyntaxWarning). Only a comment that
 * is nothing but an operand (`// 2`, `// batch_size`, `// X.shape[1]`), right after an operand on
 * the same line, counts; a comment in words (`// px`, `// the bias`) is a comment.
 */
export function silentHabits(code: string): string[] {
  const file = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const notes: string[] = [];
  const visit = (node: ts.Node): void => {
    const children = node.getChildren(file);
    if (children.length > 0) return children.forEach(visit);
    if (!ENDS_OPERAND.has(node.kind)) return;
    // Comments on the same line after this token (the parser's own view: never inside a string).
    for (const comment of ts.getTrailingCommentRanges(code, node.end) ?? []) {
      if (comment.kind !== ts.SyntaxKind.SingleLineCommentTrivia) continue;
      const right = code.slice(comment.pos + 2, comment.end).trim().replace(/;$/, "");
      const left = LEFT_OPERAND.exec(code.slice(code.lastIndexOf("\n", node.end - 1) + 1, node.end))?.[1];
      if (left === undefined || !OPERAND.test(right) || /^[A-Za-z]{2,}$/.test(right)) continue; // one English word is a comment
      notes.push(`Note: \`//\` starts a comment in TypeScript, so \`${left} // ${right}\` is just \`${left}\`. Python's integer division is \`Math.floor(${left} / ${right})\` for numbers, \`np.floor_divide(${left}, ${right})\` for arrays.`);
    }
  };
  visit(file);
  return notes;
}

/** Hints read from one line that has a diagnostic (Python statements and syntax). */
function lineHints(line: string, diagnostics: readonly Diagnostic[]): string[] {
  const hints: string[] = [];
  const text = line.trim();
  const blanked = withoutStrings(line);
  const bare = blanked.replace(/\/\/.*$/, ""); // the code of the line: no strings, no comment
  const codes = new Set(diagnostics.map((d) => d.code));

  const importNumpy = /^import\s+numpy(?:\s+as\s+([\w$]+))?\s*;?$/.exec(text) ?? /^from\s+numpy\s+import\s+(.+)$/.exec(text);
  if (importNumpy !== null) {
    const named = text.startsWith("from") ? `import { ${importNumpy[1].split(",").map((n) => n.trim()).join(", ")} } from "numts";` : `import * as ${importNumpy[1] ?? "numpy"} from "numts";`;
    hints.push(`numts is NumPy for TypeScript: write \`${named}\``);
  }
  if (/^import\s+matplotlib(\.pyplot)?(\s+as\s+\w+)?\s*$/.test(text)) hints.push('charts come from numts-plot: `import { plot } from "numts-plot";` (plot.line, plot.scatter, plot.loss, ...)');

  const def = /^def\s+([\w$]+)\s*\(([^)]*)\)\s*(?:->\s*[^:]+)?:\s*$/.exec(text);
  if (def !== null) {
    const params = def[2].split(",").map((p) => p.trim()).filter((p) => p !== "").map(typedParameter);
    hints.push(`TypeScript declares functions with braces instead of a colon and indentation, and a type for each parameter: \`function ${def[1]}(${params.join(", ")}) { ... }\``);
  }

  const forIn = /^for\s+([\w$]+(?:\s*,\s*[\w$]+)*)\s+in\s+(.+?)\s*:\s*$/.exec(text);
  if (forIn !== null) hints.push(`a Python for loop is written \`${forLoop(forIn[1], forIn[2])} { ... }\` in TypeScript`);

  const lambda = /\blambda\s+([\w$\s,]*):\s*([^,)]+?)\s*(?=[,)]|$)/.exec(bare);
  if (lambda !== null) hints.push(`TypeScript writes \`lambda ${lambda[1].trim()}: ${lambda[2]}\` as an arrow function: \`(${lambda[1].trim()}) => ${lambda[2]}\``);

  const fString = /(?<![\w$])[fF](["'])(.*?)\1/.exec(line);
  if (fString !== null && codes.has(TS.cannotFindName)) hints.push(`TypeScript's f-strings are template literals, in backquotes: ${templateLiteral(fString[2])}`);

  if (/(?<![\w$.])(and|or)(?![\w$])/.test(bare) || /(?<![\w$.])not\s+[\w$(!]/.test(bare)) {
    const rewritten = bare.trim() === text ? pythonLogic(text) : undefined;
    const logic = "TypeScript's `and`, `or` and `not` are `&&`, `||` and `!`";
    hints.push(rewritten === undefined ? logic : `${logic}: \`${rewritten}\``);
  }

  const floorDivision = /([\w$.]+|\([^()]*\))\s*\/\/\s*([\w$.]+|\([^()]*\))/.exec(blanked);
  if (floorDivision !== null && !/^\s*\/\//.test(line) && diagnostics.some((d) => d.start.character >= blanked.indexOf("//"))) {
    hints.push(`\`//\` starts a comment in TypeScript; Python's integer division ${floorDivision[1]} // ${floorDivision[2]} is \`Math.floor(${floorDivision[1]} / ${floorDivision[2]})\` for numbers, \`np.floor_divide(${floorDivision[1]}, ${floorDivision[2]})\` for arrays`);
  }

  const matmul = /([\w$.]+(?:\([^()]*\))?)\s+@\s+([\w$.]+(?:\([^()]*\))?)/.exec(bare);
  if (matmul !== null) hints.push(`TypeScript has no \`@\` operator: the matrix product ${matmul[1]} @ ${matmul[2]} is \`np.matmul(${matmul[1]}, ${matmul[2]})\` (or \`np.dot(${matmul[1]}, ${matmul[2]})\`)`);

  const slicing = /([\w$.]+)\[([^[\]]*:[^[\]]*)\](\s*=(?!=)\s*(.+?);?\s*$)?/.exec(bare);
  if (slicing !== null && !slicing[2].includes("?") && diagnostics.some((d) => d.code === TS.expressionExpected || d.code === TS.tokenExpected || d.code === TS.statementExpected)) {
    const index = slicing[2].split(",").map((part) => (part.includes(":") ? `"${part.replace(/\s+/g, "")}"` : part.trim()));
    const value = slicing[4];
    hints.push(
      value === undefined
        ? `numts writes NumPy's slice ${slicing[1]}[${slicing[2]}] as \`${slicing[1]}.slice(${index.join(", ")})\``
        : `numts writes NumPy's slice assignment as \`${slicing[1]}.set(${index.join(", ")}, ${value})\``,
    );
  }

  const shapeTuple = /([\w$.]+\.shape)(\[\d+\])?\s*(===?|!==?)\s*([([])\s*([\d\s,]*?)\s*[)\]]/.exec(bare);
  if (shapeTuple !== null && (codes.has(TS.noOverlap) || codes.has(TS.commaLeftUnused) || codes.has(TS.comparesByReference) || codes.has(TS.expressionExpected))) {
    const [, shape, entry, op, bracket, list] = shapeTuple;
    const dims = list.split(",").map((n) => n.trim()).filter((n) => n !== "");
    const negate = op.startsWith("!");
    let compare: string;
    if (entry !== undefined) compare = `${shape}${entry} ${negate ? "!==" : "==="} ${dims[0] ?? "..."}`;
    else {
      const all = [`${shape}.length === ${dims.length}`, ...dims.map((n, i) => `${shape}[${i}] === ${n}`)].join(" && ");
      compare = negate ? `!(${all})` : all;
    }
    const why = bracket === "(" ? "`(…)` is not a tuple in TypeScript (the comma operator keeps only its last value)" : "`==` compares arrays by reference, not by their entries";
    hints.push(`${why}: compare the shape's entries, \`${compare}\``);
  }
  return hints;
}

/** The hint for one diagnostic, from the expression it is on. */
function diagnosticHint(cell: Cell, d: Diagnostic, all: readonly Diagnostic[]): string | undefined {
  if (d.code === TS.cannotFindName) return missingPythonName(cell, d);
  if (d.code === TS.leftNotNumber || d.code === TS.rightNotNumber || d.code === TS.operatorCannotApply || d.code === TS.assignToConstant) return arithmetic(cell, d, all);
  if (d.code === TS.commaLeftUnused) return commaIndex(cell, d);
  return undefined;
}

/** `print`, `len`, `range`, `True`, keyword arguments: Python names TypeScript does not have. */
function missingPythonName(cell: Cell, d: Diagnostic): string | undefined {
  const name = cell.code.slice(d.start.offset, d.end.offset);
  const node = nodeAt(cell.file, d.start.offset);
  const parent = node?.parent;
  if (name in PYTHON_NAMES) return parent !== undefined && isKeywordArgument(parent) && parent.right === node ? undefined : `${PYTHON_NAMES[name]} for Python's \`${name}\``;
  const call = parent !== undefined && ts.isCallExpression(parent) && parent.expression === node ? parent : undefined;
  const args = call?.arguments.map((a) => a.getText(cell.file)) ?? [];
  if (name === "print" && call !== undefined) return `TypeScript prints with ${code(`console.log(${pythonExpression(rawArguments(cell, call))})`)}`;
  if (name === "len" && call !== undefined && args.length === 1) return `\`${args[0]}.shape[0]\` is the length of a numts array's first axis, as len gives in Python (\`${args[0]}.length\` for a list or a string)`;
  const pythonFor = /^\s*for\s+[^(]*\s+in\s+/.test(cell.lines[d.start.line] ?? ""); // the loop's own hint says it
  if (name === "range" && call !== undefined && args.length >= 1 && args.length <= 3 && !pythonFor) {
    const forOf = call.parent !== undefined && ts.isForOfStatement(call.parent) ? call.parent : undefined;
    const variable = forOf && ts.isVariableDeclarationList(forOf.initializer) ? forOf.initializer.declarations[0]?.name.getText(cell.file) : undefined;
    const loop = forLoop(variable ?? "i", call.getText(cell.file));
    return forOf !== undefined ? `TypeScript counts with \`${loop}\`` : `TypeScript has no range: \`np.arange(${args.join(", ")})\` is an array of those numbers; in a loop, \`${loop}\``;
  }
  // A keyword argument, `np.sum(x, axis=0)`: in TypeScript an assignment to an unknown name.
  if (parent !== undefined && ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isCallExpression(parent.parent)) {
    const outer = parent.parent;
    const positional = outer.arguments.filter((a) => !isKeywordArgument(a)).map((a) => a.getText(cell.file));
    const keywords = outer.arguments.filter(isKeywordArgument).map((a) => `${a.left.getText(cell.file)}: ${pythonValue(a.right.getText(cell.file))}`);
    const written = `${outer.expression.getText(cell.file)}(${[...positional, `{ ${keywords.join(", ")} }`].join(", ")})`;
    return `numts takes NumPy's keyword arguments in an options object: \`${written}\``;
  }
  return undefined;
}

/** A call's arguments as the student wrote them (Python's f-strings included, which TypeScript misreads). */
function rawArguments(cell: Cell, call: ts.CallExpression): string {
  return cell.code.slice(call.arguments.pos, call.arguments.end).trim();
}

/** Python's literals in an expression as TypeScript's: f-strings, True, False, None. */
function pythonExpression(text: string): string {
  return pythonValue(text.replace(/(?<![\w$])[fF](["'])(.*?)\1/g, (_, _q: string, body: string) => templateLiteral(body)));
}

/** Code in a hint, in backquotes unless it has its own (a template literal). */
function code(text: string): string {
  return text.includes("`") ? text : `\`${text}\``;
}

function isKeywordArgument(node: ts.Node): node is ts.BinaryExpression {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left);
}

/** `w * 2`, `2 * w`, `w + b`, `w ** 2`, `W -= lr * g` on numts arrays. */
function arithmetic(cell: Cell, d: Diagnostic, all: readonly Diagnostic[]): string | undefined {
  const arrays = new Set<ts.Node>(); // operands the diagnostics say are not numbers
  for (const other of all) {
    if (other.code !== TS.leftNotNumber && other.code !== TS.rightNotNumber) continue;
    const operand = exactNode(cell.file, other.start.offset, other.end.offset);
    if (operand !== undefined) arrays.add(operand);
  }
  let node: ts.Node | undefined = nodeAt(cell.file, d.start.offset);
  while (node !== undefined && !isArithmetic(node) && !ts.isStatement(node)) node = node.parent;
  if (node === undefined || !isArithmetic(node)) return undefined;
  // The outermost arithmetic around it: the hint rewrites the whole expression the student wrote.
  while (node.parent !== undefined && isArithmetic(node.parent)) node = node.parent;
  const involvesArray = (n: ts.Node): boolean => arrays.has(n) || (isArithmetic(n) && (involvesArray(n.left) || involvesArray(n.right))) || (ts.isParenthesizedExpression(n) && involvesArray(n.expression));
  const spans = (n: ts.Node) => n.getStart(cell.file) <= d.start.offset && d.start.offset < n.getEnd();
  const isOperatorError = d.code === TS.operatorCannotApply && spans(node);
  if (!involvesArray(node) && !isOperatorError) return undefined;
  const rewrite = (n: ts.Node): string => {
    if (ts.isParenthesizedExpression(n)) return ts.isBinaryExpression(n.expression) && isArithmetic(n.expression) && (involvesArray(n.expression) || d.code === TS.operatorCannotApply) ? rewrite(n.expression) : n.getText(cell.file);
    if (!isArithmetic(n) || !(involvesArray(n) || (d.code === TS.operatorCannotApply && n === node))) return n.getText(cell.file);
    const augmented = AUGMENTED[n.operatorToken.kind];
    const op = OPERATORS[augmented ?? n.operatorToken.kind];
    if (op === undefined) return n.getText(cell.file);
    const left = rewrite(n.left);
    const right = rewrite(n.right);
    return augmented !== undefined ? `${op.fn}(${left}, ${right}, { out: ${left} })` : `${op.fn}(${left}, ${right})`;
  };
  const bin = node as ts.BinaryExpression;
  const kind = AUGMENTED[bin.operatorToken.kind] ?? bin.operatorToken.kind;
  const op = OPERATORS[kind];
  if (op === undefined) {
    const cmp = COMPARISONS[kind];
    if (cmp === undefined) return undefined;
    const [l, r] = [bin.left.getText(cell.file), bin.right.getText(cell.file)];
    return `comparisons of numts arrays are functions: \`${cmp.fn}(${l}, ${r})\` (or \`${l}.${cmp.method}(${r})\`), element by element`;
  }
  if (d.code === TS.assignToConstant && AUGMENTED[bin.operatorToken.kind] === undefined) return undefined;
  const written = rewrite(node);
  const augmented = AUGMENTED[bin.operatorToken.kind];
  if (augmented !== undefined) {
    // In place (`out:`) only when the target is an array (TypeScript says it is not a number) or
    // a constant; a `let` number gets the array back by assignment.
    const target = bin.left.getText(cell.file);
    const inPlace = arrays.has(bin.left) || all.some((o) => o.code === TS.assignToConstant && o.start.offset === bin.left.getStart(cell.file));
    const assigned = `${target} = ${OPERATORS[augmented]!.fn}(${target}, ${rewrite(bin.right)})`;
    return `TypeScript's operators do not work on arrays; NumPy's \`${bin.getText(cell.file)}\` is ${inPlace ? `\`${written}\` in numts (in place)` : `\`${assigned}\` in numts`}`;
  }
  const leftIsArray = arrays.has(bin.left) || (isOperatorError && /^Operator '[^']+' cannot be applied to types '[^']*NDArray'/.test(d.messageText));
  const method = leftIsArray && node === bin && !isArithmetic(bin.left) && !isArithmetic(bin.right) ? ` or \`${bin.left.getText(cell.file)}.${op.method}(${bin.right.getText(cell.file)})\`` : "";
  return `TypeScript's operators do not work on arrays: \`${bin.getText(cell.file)}\` is \`${written}\`${method} in numts`;
}

function isArithmetic(node: ts.Node): node is ts.BinaryExpression {
  if (!ts.isBinaryExpression(node)) return false;
  const kind = node.operatorToken.kind;
  return OPERATORS[kind] !== undefined || AUGMENTED[kind] !== undefined || COMPARISONS[kind] !== undefined;
}

/** `a[i, j]`: a comma inside an element access. */
function commaIndex(cell: Cell, d: Diagnostic): string | undefined {
  let node: ts.Node | undefined = nodeAt(cell.file, d.start.offset);
  while (node !== undefined && !ts.isElementAccessExpression(node) && !ts.isStatement(node)) node = node.parent;
  if (node === undefined || !ts.isElementAccessExpression(node)) return undefined;
  const target = node.expression.getText(cell.file);
  const index = commaParts(node.argumentExpression).map((p) => p.getText(cell.file));
  const parent = node.parent;
  if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return `numts writes NumPy's \`${node.getText(cell.file)} = ...\` as \`${target}.set(${index.join(", ")}, ${parent.right.getText(cell.file)})\``;
  }
  return `numts writes NumPy's ${node.getText(cell.file)} as \`${target}.get(${index.join(", ")})\` (one element, a number) or \`${target}.slice(${index.join(", ")})\` (an array)`;
}

function commaParts(node: ts.Expression): ts.Expression[] {
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.CommaToken) return [...commaParts(node.left), node.right];
  return [node];
}

/** The innermost node that starts at `offset` (an identifier, an operand). */
function nodeAt(file: ts.SourceFile, offset: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (node.getStart(file) <= offset && offset < node.getEnd()) {
      found = node;
      ts.forEachChild(node, visit);
    }
  };
  ts.forEachChild(file, visit);
  return found;
}

/** The outermost node spanning exactly [start, end). */
function exactNode(file: ts.SourceFile, start: number, end: number): ts.Node | undefined {
  let node = nodeAt(file, start);
  let exact: ts.Node | undefined;
  while (node !== undefined && node.getStart(file) === start && node.getEnd() <= end) {
    if (node.getEnd() === end) exact = node;
    node = node.parent;
  }
  return exact;
}

/** A Python parameter as TypeScript's: `x` → `x: np.ArrayLike`, `lr=0.1` → `lr = 0.1`. */
function typedParameter(param: string): string {
  const [name, value] = param.split("=").map((s) => s.trim());
  const bare = name.replace(/:.*$/, "").trim();
  return value === undefined ? `${bare}: np.ArrayLike` : `${bare} = ${pythonValue(value)}`;
}

/** `for x in xs:` / `for i in range(n):` as TypeScript's loop head. */
function forLoop(variables: string, iterable: string): string {
  const range = /^range\(([^()]*)\)$/.exec(iterable.trim());
  const v = variables.trim();
  if (range !== null && !v.includes(",")) {
    const args = range[1].split(",").map((a) => a.trim()).filter((a) => a !== "");
    const [from, to, step] = args.length === 1 ? ["0", args[0], undefined] : [args[0], args[1], args[2]];
    const next = step === undefined || step === "1" ? `${v}++` : `${v} += ${step}`;
    return `for (let ${v} = ${from}; ${v} ${step?.startsWith("-") ? ">" : "<"} ${to}; ${next})`;
  }
  const enumerate = /^enumerate\((.+)\)$/.exec(iterable.trim());
  const names = v.split(",").map((n) => n.trim()).join(", ");
  if (enumerate !== null && v.includes(",")) return `for (const [${names}] of ${enumerate[1]}.entries())`;
  return `for (const ${v.includes(",") ? `[${names}]` : v} of ${iterable.trim()})`;
}

/** An f-string's body as a template literal: `loss {loss:.4f}` → `loss ${loss.toFixed(4)}`. */
function templateLiteral(body: string): string {
  return "`" + body.replace(/\{([^{}:]+)(?::\.(\d+)f)?\}/g, (_, expr: string, digits: string | undefined) => (digits === undefined ? `\${${expr.trim()}}` : `\${${expr.trim()}.toFixed(${digits})}`)) + "`";
}

/** A Python value as TypeScript writes it: True → true, None → null. */
function pythonValue(value: string): string {
  return value.replace(/(?<![\w$.])True(?![\w$])/g, "true").replace(/(?<![\w$.])False(?![\w$])/g, "false").replace(/(?<![\w$.])None(?![\w$])/g, "null");
}

/** A line with Python's `and`, `or`, `not` written as TypeScript's (strings left alone). */
function pythonLogic(line: string): string {
  return pythonValue(line.replace(/(?<![\w$.])and(?![\w$])/g, "&&").replace(/(?<![\w$.])or(?![\w$])/g, "||").replace(/(?<![\w$.])not\s+/g, "!"));
}

/** The line with its string literals blanked, so that words inside them are not read as code. */
function withoutStrings(line: string): string {
  return line.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, (s) => s[0] + " ".repeat(s.length - 2) + s[0]);
}
