// The converter (./converter.ts) rewrites a cell's references to earlier cells' declarations as
// `exports.name`, but leaves object shorthand alone: `{ x }` in a later cell would read a local
// `x` that does not exist (ReferenceError). This expands such shorthand in the converted
// JavaScript to `{ x: exports.x }`.
import ts from "@tslab/typescript-for-tslab";

/** Names the code declares anywhere (variables, functions, classes, parameters, imports, catch). */
function declaredNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const addBinding = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBinding(element.name);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node)) addBinding(node.name);
    else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node)) && node.name) names.add(node.name.text);
    else if (ts.isImportClause(node) && node.name) names.add(node.name.text);
    else if (ts.isImportSpecifier(node) || ts.isNamespaceImport(node)) names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/**
 * `js` with each shorthand property `{ x }` that refers to an earlier cell's `x` (one of
 * `earlier`, and not declared in this cell) written as `{ x: exports.x }`.
 */
export function expandShorthand(js: string, earlier: (name: string) => boolean): string {
  if (!/[{,]\s*[\w$]+\s*[,}=]/.test(js)) return js; // no shorthand possible: skip parsing
  const file = ts.createSourceFile("cell.js", js, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const local = declaredNames(file);
  const edits: { at: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isShorthandPropertyAssignment(node) && !local.has(node.name.text) && earlier(node.name.text)) {
      edits.push({ at: node.name.getStart(file), end: node.name.getEnd(), text: `${node.name.text}: exports.${node.name.text}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = js;
  for (const edit of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, edit.at) + edit.text + out.slice(edit.end);
  return out;
}
