// Where Shift-Tab inside a call's argument list should look: the function being called, as
// ipykernel documents it. JupyterLab sends the cursor where the student stands, which right
// after `np.dot(` (or after `np.dot(a, `) touches no name the language service could describe.
import ts from "@tslab/typescript-for-tslab";

/**
 * The position of the callee's name of the innermost call whose argument list holds `cursor`
 * (a UTF-16 offset into `code`), or null when the cursor is in no call's arguments.
 *
 * A cursor inside a function body that is itself an argument (`xs.map((x) => { | })`) is not
 * in the call's argument list: the student is writing the body, not the call.
 *
 * @example
 * calleeAt("np.dot(", 7)          // 3: `dot`
 * calleeAt("x.reshape(2, ", 13)   // 2: `reshape`
 * calleeAt("np.dot(np.ones(", 15) // 10: `ones`, the innermost call
 * calleeAt("np.dot(a)", 9)        // null: after the call
 */
export function calleeAt(code: string, cursor: number): number | null {
  const file = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let found: number | null = null;
  const visit = (node: ts.Node): void => {
    // A node's end is its last token's; the spaces after it (`np.dot(a, |`) still belong to it here.
    if (cursor < node.getStart(file) || (cursor > node.end && code.slice(node.end, cursor).trim() !== "")) return;
    if (ts.isBlock(node) && cursor > node.getStart(file)) found = null; // inside a body: the calls around it do not count
    if (ts.isCallOrNewExpression(node) && node.arguments !== undefined && insideArguments(node, cursor, file)) found = calleeName(node.expression, file) ?? found;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Whether `cursor` is between the call's `(` and its `)` (or the end, while the `)` is not typed yet). */
function insideArguments(call: ts.CallExpression | ts.NewExpression, cursor: number, file: ts.SourceFile): boolean {
  const tokens = call.getChildren(file);
  const open = tokens.find((t) => t.kind === ts.SyntaxKind.OpenParenToken);
  const close = tokens.find((t) => t.kind === ts.SyntaxKind.CloseParenToken);
  return open !== undefined && cursor >= open.end && (close === undefined || cursor <= close.getStart(file));
}

/** Where the name of a call's function is: `f`, `np.dot`'s `dot`, `a["dot"]`'s string, `super`. */
function calleeName(expression: ts.Expression, file: ts.SourceFile): number | null {
  let e = expression;
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isExpressionWithTypeArguments(e)) e = e.expression;
  if (ts.isPropertyAccessExpression(e)) return e.name.getStart(file);
  if (ts.isElementAccessExpression(e)) return e.argumentExpression.getStart(file);
  if (ts.isIdentifier(e) || e.kind === ts.SyntaxKind.SuperKeyword) return e.getStart(file);
  return null;
}
