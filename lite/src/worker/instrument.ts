// Interrupt checks in a cell's JavaScript. A Web Worker on a static host has no
// SharedArrayBuffer, so nothing can stop its synchronous code from outside except terminating it
// (which loses every variable). Instead every loop body and function body of a cell starts with a
// call of CHECK (./interrupt.ts), which throws KeyboardInterrupt once the page asked for it.
// Inserted as text after the opening brace, so line numbers stay those of the cell's code.
import ts from "@tslab/typescript-for-tslab";

/** The global function the inserted calls name. */
export const CHECK = "__numts_interrupt_check__";

interface Insertion {
  at: number;
  text: string;
}

/** `js` with a CHECK call at the start of every loop body and function body. */
export function instrument(js: string): string {
  const file = ts.createSourceFile("cell.js", js, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const insertions: Insertion[] = [];
  const call = `${CHECK}();`;
  const visit = (node: ts.Node): void => {
    if (ts.isIterationStatement(node, false)) {
      const body = node.statement;
      if (ts.isBlock(body)) insertions.push({ at: body.getStart(file) + 1, text: call });
      else insertions.push({ at: body.getStart(file), text: `{${call}` }, { at: body.end, text: "}" });
    } else if (ts.isFunctionLike(node)) {
      const body = (node as ts.FunctionLikeDeclaration).body;
      if (body !== undefined) {
        if (ts.isBlock(body)) insertions.push({ at: body.getStart(file) + 1, text: call });
        // An arrow function's expression body: `x => (check(), x * 2)`.
        else insertions.push({ at: body.getStart(file), text: `(${CHECK}(), ` }, { at: body.end, text: ")" });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // From the end, so that earlier positions stay valid; a closing text before an opening one at the same place.
  insertions.sort((a, b) => b.at - a.at);
  let out = js;
  for (const { at, text } of insertions) out = out.slice(0, at) + text + out.slice(at);
  return out;
}
