// The cell converter: type-checks each cell against the declarations of earlier cells (the
// declaration file `__prev__.d.ts`) and turns it into CommonJS. It does what tslab's converter
// does (the same compiler options, rewrites and results, on tslab's TypeScript 5.0 fork) with
// the work kept between cells that tslab's watch program redid at each one: one ts.Program per
// cell, built from the previous one (TypeScript reuses its unchanged files and their bindings),
// source files of libraries parsed once, module resolutions cached, no builder state (the
// dependency graph of every file, which tslab's watch program rebuilt twice per cell), and
// CommonJS from the program's own emit (tslab compiled its ES module output a second time).
import ts from "@tslab/typescript-for-tslab";
import type { Conversion, Converter, Diagnostic } from "./platform";

/** The internals of tslab's TypeScript fork that the converter uses (tslab uses them too). */
interface Internals {
  combinePaths(path: string, ...paths: string[]): string;
  getDirectoryPath(path: string): string;
  normalizePath(path: string): string;
  resolvePath(path: string, ...paths: string[]): string;
  getRelativePathFromDirectory(from: string, to: string, ignoreCase: boolean): string;
  bindSourceFile(file: ts.SourceFile, options: ts.CompilerOptions): void;
  getPreEmitDiagnosticsOfFiles(program: ts.Program, files: readonly ts.SourceFile[]): readonly ts.Diagnostic[];
  getQuickInfoAtPosition(file: ts.SourceFile, checker: ts.TypeChecker, token: ts.CancellationToken, position: number): ts.QuickInfo | undefined;
  getDefaultTypeRoots(cwd: string, host: { directoryExists(path: string): boolean }): string[] | undefined;
  getNullTransformationContext(): ts.TransformationContext;
  getTouchingPropertyName(file: ts.SourceFile, position: number): ts.Node;
  findPrecedingToken(position: number, file: ts.SourceFile): ts.Node | undefined;
  findNextToken(previous: ts.Node, parent: ts.Node, file: ts.SourceFile): ts.Node | undefined;
  Completions: {
    getCompletionsAtPositionForTslab(host: object, program: ts.Program, log: (text: string) => void, file: ts.SourceFile, position: number, preferences: ts.UserPreferences, trigger: undefined, kind: ts.CompletionTriggerKind, token: ts.CancellationToken): ts.CompletionInfo | undefined;
  };
}
const internals = ts as unknown as Internals;

/** A SourceFile's own declarations (set by the binder; internal in TypeScript). */
function localsOf(file: ts.SourceFile): ReadonlyMap<string, ts.Symbol> {
  return ((file as unknown as { locals?: Map<string, ts.Symbol> }).locals ?? new Map()) as ReadonlyMap<string, ts.Symbol>;
}

const NEVER_CANCELLED: ts.CancellationToken = { isCancellationRequested: () => false, throwIfCancellationRequested: () => {} };

/** Diagnostic 1308, "'await' expressions are only allowed within async functions": at the top level, the cell is run async. */
const AWAIT_OUTSIDE_ASYNC = 1308;

/** "Cannot find module 'x'" and "Could not find a declaration file for module 'x'". */
const MODULE_NOT_FOUND = new Set([2307, 7016]);

/**
 * Put before every cell and the declarations so that TypeScript reads them as modules (a file
 * with an `export` is one): their names stay theirs, not globals.
 */
const MODULE_PREFIX = "export {};\n";

export interface ConverterOptions {
  /** The files TypeScript reads: Node's ts.sys, or the site's in-memory declarations. */
  system: ts.System;
  /** Adds the DOM's library (the site's worker); Node's cells get Node's types instead. */
  browser: boolean;
  /** The @types folder to use when none above the cells' folder has @types/node (the kernel's own). */
  fallbackTypeRoot?: string;
}

export function createConverter({ system, browser, fallbackTypeRoot }: ConverterOptions): Converter {
  const cwd = system.getCurrentDirectory();
  const srcFilename = internals.combinePaths(cwd, "__tslab__.ts");
  const declFilename = internals.combinePaths(cwd, "__prev__.d.ts");
  const outDir = "outDir";
  const jsOutput = internals.combinePaths(outDir, "__tslab__.js");
  const declOutputName = internals.combinePaths(outDir, "__tslab__.d.ts");
  // Node 18 and later run ES2022; the site's Chromium does too.
  const target = ts.ScriptTarget.ES2022;
  const lib = ["lib.es2022.d.ts", ...(browser ? ["lib.dom.d.ts", "lib.dom.iterable.d.ts"] : [])];
  const typeRoots = internals.getDefaultTypeRoots(cwd, system) ?? [];
  if (fallbackTypeRoot !== undefined && !typeRoots.some((root) => system.fileExists(internals.combinePaths(root, "node/package.json")))) typeRoots.push(fallbackTypeRoot);
  let options: ts.CompilerOptions & { disableTopLevelAwait: boolean } = {
    module: ts.ModuleKind.ESNext, // ESNext (not ES2015) for dynamic import()
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    target,
    lib,
    declaration: true, // the cell's declarations, for the next cells
    newLine: ts.NewLineKind.LineFeed,
    noImplicitUseStrict: true,
    experimentalDecorators: true,
    resolveJsonModule: true,
    jsx: ts.JsxEmit.React,
    typeRoots,
    // Globals come from Node's types only, not from every @types package that happens to be
    // installed (this repository's hold jQuery's `$`, emscripten's `FS`, ...: names a cell could
    // not use, offered by Tab). An imported package still gets its types (@types/lodash for
    // `import _ from "lodash"`), and a cell can add global ones (see referenceTypes).
    types: browser ? [] : ["node"],
    allowJs: true, // JavaScript modules beside the notebook are checked too
    checkJs: true,
    disableTopLevelAwait: true, // tslab's fork: a top-level await is diagnostic 1308, which marks the cell async
    skipLibCheck: true, // errors inside libraries' declarations are not the student's
    rootDir: cwd,
    outDir,
  };
  const libDir = internals.getDirectoryPath(internals.normalizePath(system.getExecutingFilePath()));

  // Declaration files (TypeScript's libraries, the packages' types, linked ones included) and
  // whatever is under node_modules are parsed once: they change when a package is installed or
  // rebuilt, after which the modules the cells run are the old ones too until a restart. The
  // user's own modules beside the notebook are read again at each cell, parsed again when changed.
  const parsed = new Map<string, ts.SourceFile>();
  const isInstalled = (path: string) => path.endsWith(".d.ts") || path.includes("/node_modules/");
  const docs = lazyDocumentation(system, target);
  let cell: ts.SourceFile | undefined;
  let declarations: ts.SourceFile | undefined;
  // Where each import led, failures included (most are modules that declaration files declare,
  // such as "node:fs"). A cell that imports a module not found (or without types) empties it, so
  // that a package installed meanwhile is found when the cell runs again.
  const moduleCache = ts.createModuleResolutionCache(cwd, (name) => name, options);
  const typesCache = ts.createTypeReferenceDirectiveResolutionCache(cwd, (name) => name, options, moduleCache.getPackageJsonInfoCache());
  const host: ts.CompilerHost = {
    getSourceFile(fileName, languageVersion) {
      if (fileName === srcFilename) return cell;
      if (fileName === declFilename) return declarations;
      const known = parsed.get(fileName);
      if (known !== undefined && isInstalled(fileName)) return known;
      const text = system.readFile(fileName);
      if (text === undefined) return undefined;
      if (known?.text === text) return known;
      const file = fileName.endsWith(".d.ts") ? docs.parse(fileName, text, languageVersion) : ts.createSourceFile(fileName, text, languageVersion);
      parsed.set(fileName, file);
      return file;
    },
    getDefaultLibFileName: (compilerOptions) => internals.combinePaths(libDir, ts.getDefaultLibFileName(compilerOptions)),
    getDefaultLibLocation: () => libDir,
    writeFile: () => {
      throw new Error("the converter writes no files");
    },
    getCurrentDirectory: () => cwd,
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (name) => name === srcFilename || name === declFilename || system.fileExists(name),
    readFile: (name) => system.readFile(name),
    directoryExists: (name) => system.directoryExists(name),
    getDirectories: (name) => system.getDirectories(name),
    realpath: system.realpath === undefined ? undefined : (name) => system.realpath!(name),
    resolveModuleNames: (names, containingFile, _reused, redirected, compilerOptions) =>
      names.map((name) => ts.resolveModuleName(name, containingFile, compilerOptions, host, moduleCache, redirected).resolvedModule),
    // The program looks for each `/// <reference lib>`'s replacement package (@typescript/lib-*) through it.
    getModuleResolutionCache: () => moduleCache,
    resolveTypeReferenceDirectives: (names, containingFile, redirected, compilerOptions) =>
      names.map((name) => ts.resolveTypeReferenceDirective(typeof name === "string" ? name : name.fileName, containingFile, compilerOptions, host, redirected, typesCache).resolvedTypeReferenceDirective),
  };

  let program: ts.Program | undefined;

  /**
   * A cell's `/// <reference types="jquery" />` adds that package's globals for this cell and the
   * next ones. TypeScript reads the directive only at the top of a file, and a cell is not (the
   * converter puts MODULE_PREFIX first), so it goes into the options' types.
   */
  function referenceTypes(src: string): void {
    const types = new Set(options.types);
    for (const [, name] of src.matchAll(/^\s*\/\/\/\s*<reference\s+types\s*=\s*["']([^"']+)["']/gm)) types.add(name);
    if (types.size !== options.types?.length) options = { ...options, types: [...types] };
  }

  /** The program of `prevDecl` and `cell`, made from the previous one. */
  function check(prevDecl: string, source: ts.SourceFile): ts.Program {
    const declText = MODULE_PREFIX + prevDecl;
    if (declarations?.text !== declText) declarations = ts.createSourceFile(declFilename, declText, target);
    cell = source;
    program = ts.createProgram({ rootNames: [declFilename, srcFilename], options, host, oldProgram: program });
    program.getTypeChecker(); // binds the files: the completions' and transformers' walks need their parents set
    // As tslab does: the cell's parent is the declarations file (TypeScript looks no further up
    // than a SourceFile, so checking is unchanged).
    (cell as { parent: ts.Node }).parent = declarations;
    return program;
  }

  function parseCell(text: string): ts.SourceFile {
    return ts.createSourceFile(srcFilename, MODULE_PREFIX + text, target);
  }

  function convert(prevDecl: string, src: string): Conversion {
    referenceTypes(src);
    // The cell's top-level names are exported, so that later cells see them: the binder alone finds them.
    const plain = parseCell(src);
    internals.bindSourceFile(plain, options);
    const names = new Set(localsOf(plain).keys());
    const source = names.size === 0 ? plain : parseCell(`${src}\nexport {${[...names].join(", ")}}`);
    const current = check(prevDecl, source);
    const declsFile = declarations!;
    const { diagnostics, hasToplevelAwait } = cellDiagnostics(current, source);
    if (diagnostics.some((d) => MODULE_NOT_FOUND.has(d.code))) {
      moduleCache.clear();
      typesCache.clear();
    }
    if (diagnostics.length > 0) return { diagnostics };
    const checker = current.getTypeChecker();
    let output = "";
    let declOutput = "";
    let lastExpressionVar: string | undefined;
    const transformers = cellTransformers(checker, declsFile, names, (name) => (lastExpressionVar = name));
    // The program checks the cell as an ES module (what `import` and top-level `await` mean);
    // its emit reads the module kind only now, so CommonJS comes out of this one emit, with the
    // program's checker, rather than from a second compilation of the JavaScript.
    const emitOptions = current.getCompilerOptions() as ts.CompilerOptions;
    emitOptions.module = ts.ModuleKind.CommonJS;
    try {
      current.emit(source, (fileName, data) => {
        if (fileName === jsOutput) output = data;
        else if (fileName === declOutputName) declOutput = data;
      }, undefined, false, transformers);
    } finally {
      emitOptions.module = ts.ModuleKind.ESNext;
    }
    declOutput += keptDeclarations(checker, source, declsFile);
    // keptDeclarations rewrote the declarations file's statements: it is parsed again next time.
    declarations = undefined;
    return { output, declOutput, diagnostics: [], hasToplevelAwait, lastExpressionVar };
  }

  /** The diagnostics of the cell and of the user's modules it imports, positions in the cell's text. */
  function cellDiagnostics(current: ts.Program, source: ts.SourceFile): { diagnostics: Diagnostic[]; hasToplevelAwait: boolean } {
    const found = internals.getPreEmitDiagnosticsOfFiles(current, [source, ...userModules(current, source)]);
    let hasToplevelAwait = false;
    const diagnostics: Diagnostic[] = [];
    for (const d of found) {
      if (d.file === undefined || d.start === undefined) continue;
      if (d.file === source && isTopLevelAwait(source, d)) {
        hasToplevelAwait = true;
        continue;
      }
      if (d.file !== source && internals.getRelativePathFromDirectory(cwd, d.file.fileName, false).startsWith("..")) continue;
      const start = position(d.file, d.start);
      const end = position(d.file, d.start + (d.length ?? 0));
      // A chain of messages ("Type A is not assignable to B" / "Property x is missing...") is one diagnostic each, at the same place.
      const add = (message: string | ts.DiagnosticMessageChain): void => {
        if (typeof message === "string") {
          diagnostics.push({ start, end, messageText: message, code: d.code });
          return;
        }
        diagnostics.push({ start, end, messageText: message.messageText, code: message.code });
        for (const next of message.next ?? []) add(next);
      };
      add(d.messageText);
    }
    return { diagnostics, hasToplevelAwait };
  }

  /** The user's TypeScript and JavaScript files (not declarations) that `source` imports, directly or not. */
  function userModules(current: ts.Program, source: ts.SourceFile): ts.SourceFile[] {
    const seen = new Set<ts.SourceFile>([source]);
    const queue = [source];
    const modules: ts.SourceFile[] = [];
    while (queue.length > 0) {
      const file = queue.pop()!;
      const resolved = (file as unknown as { resolvedModules?: { forEach(f: (m: ts.ResolvedModuleFull | undefined) => void): void } }).resolvedModules;
      const targets: string[] = file.referencedFiles.map((ref) => internals.resolvePath(internals.getDirectoryPath(file.fileName), ref.fileName));
      resolved?.forEach((m) => {
        if (m !== undefined) targets.push(m.resolvedFileName);
      });
      for (const target of targets) {
        const dep = current.getSourceFile(target);
        if (dep === undefined || seen.has(dep)) continue;
        seen.add(dep);
        queue.push(dep);
        if (!dep.isDeclarationFile) modules.push(dep);
      }
    }
    return modules;
  }

  /** Offset, line and column in what the user wrote (the cell without MODULE_PREFIX). */
  function position(file: ts.SourceFile, offset: number): Diagnostic["start"] {
    const { line, character } = file.getLineAndCharacterOfPosition(offset);
    if (file.fileName !== srcFilename) return { offset, line, character };
    return { offset: offset - MODULE_PREFIX.length, line: line - 1, character };
  }

  function inspect(prevDecl: string, src: string, at: number): ts.QuickInfo | undefined {
    const source = parseCell(src);
    const checker = check(prevDecl, source).getTypeChecker();
    const cursor = at + MODULE_PREFIX.length;
    docs.restoreFor(checker, internals.getTouchingPropertyName(source, cursor));
    const info = internals.getQuickInfoAtPosition(source, checker, NEVER_CANCELLED, cursor);
    if (info?.textSpan) info.textSpan.start -= MODULE_PREFIX.length;
    return info;
  }

  function complete(prevDecl: string, src: string, at: number): ReturnType<Converter["complete"]> {
    const source = parseCell(src);
    const current = check(prevDecl, source);
    const cursor = at + MODULE_PREFIX.length;
    const info = internals.Completions.getCompletionsAtPositionForTslab({}, current, () => {}, source, cursor, {}, undefined, ts.CompletionTriggerKind.Invoked, NEVER_CANCELLED);
    if (info?.optionalReplacementSpan) info.optionalReplacementSpan.start -= MODULE_PREFIX.length;
    const entries = info?.entries ?? [];
    // The name being typed: the identifier that ends at (or holds) the cursor.
    const before = internals.findPrecedingToken(cursor, source);
    let word = before !== undefined && ts.isIdentifier(before) && before.end >= cursor ? before : undefined;
    if (word === undefined && before !== undefined) {
      const after = internals.findNextToken(before, source, source);
      if (after !== undefined && ts.isIdentifier(after) && after.getStart(source) <= cursor && cursor <= after.end) word = after;
    }
    if (word === undefined) {
      const sorted = [...entries].sort((a, b) => a.sortText.localeCompare(b.sortText) || a.name.localeCompare(b.name));
      return { start: at, end: at, candidates: sorted.map((e) => e.name), original: info };
    }
    // Names that start with the word first, then those that start with it in any case, then those containing it.
    const typed = word.text;
    const lower = typed.toLowerCase();
    const rank = (name: string): string => {
      if (name.startsWith(typed)) return "0";
      const l = name.toLowerCase();
      if (l.startsWith(lower)) return "1";
      return l.includes(lower) ? "2" : "";
    };
    const ranked = entries.map((e, index) => ({ name: e.name, rank: rank(e.name), sortText: e.sortText, index })).filter((e) => e.rank !== "");
    ranked.sort((a, b) => (a.rank + a.sortText).localeCompare(b.rank + b.sortText) || a.index - b.index);
    return { start: word.getStart(source) - MODULE_PREFIX.length, end: word.end - MODULE_PREFIX.length, candidates: ranked.map((e) => e.name), original: info };
  }

  // TypeScript's libraries and the type roots' packages are read and bound now, while the kernel
  // warms up, not by the first cell.
  check("", parseCell(""));
  return {
    convert,
    complete,
    inspect,
    close() {
      program = undefined;
      parsed.clear();
    },
  };
}

/**
 * Declaration files parsed without their JSDoc, which is put back when Shift-Tab asks for it.
 * Parsing a JSDoc comment costs more than the declaration it documents: @types/node's 2.2 MB
 * took ~780 ms with it, ~250 ms without, most of the kernel's start. Only inspect shows
 * documentation; the checker reads no JSDoc in declaration files (types come from TypeScript's
 * syntax there, and deprecation marks only show as suggestions, which cells do not report).
 */
function lazyDocumentation(system: ts.System, target: ts.ScriptTarget) {
  const stripped = new Set<ts.SourceFile>();
  // `/**` at a line's start (after indentation) becomes `/* `: a plain comment of the same length,
  // so that positions are unchanged. Elsewhere it could be inside a string; JSDoc starts lines.
  const withoutDocs = (text: string) => text.replace(/^([ \t]*)\/\*\*(?!\/)/gm, "$1/* ");
  const nodeJsDoc = (node: ts.Node) => node as { jsDoc?: ts.JSDoc[] };

  /** Gives `into` (a stripped tree) the JSDoc of `from` (the same text parsed whole): the trees have the same shape. */
  function moveJsDoc(into: ts.Node, from: ts.Node): void {
    const jsDoc = nodeJsDoc(from).jsDoc;
    if (jsDoc !== undefined) {
      for (const doc of jsDoc) (doc as { parent: ts.Node }).parent = into;
      nodeJsDoc(into).jsDoc = jsDoc;
    }
    const children: ts.Node[] = [];
    ts.forEachChild(from, (child) => {
      children.push(child);
    });
    let i = 0;
    ts.forEachChild(into, (child) => {
      moveJsDoc(child, children[i++]);
    });
  }

  function restore(file: ts.SourceFile): void {
    if (!stripped.delete(file)) return;
    const text = system.readFile(file.fileName);
    // Changed on disk since: its declarations are the old ones, and so stay their documentation.
    if (text === undefined || withoutDocs(text) !== file.text) return;
    moveJsDoc(file, ts.createSourceFile(file.fileName, text, target, true));
  }

  /** The symbols whose documentation quick info may show for `node`: its own, an import's target, inherited ones. */
  function documented(checker: ts.TypeChecker, node: ts.Node): ts.Symbol[] {
    const symbols: ts.Symbol[] = [];
    const add = (symbol: ts.Symbol | undefined) => {
      if (symbol === undefined || symbols.includes(symbol)) return;
      symbols.push(symbol);
      if (symbol.flags & ts.SymbolFlags.Alias) add(checker.getAliasedSymbol(symbol));
      // A member without documentation of its own shows what it overrides or implements.
      const parent = (symbol as { parent?: ts.Symbol }).parent;
      if (parent !== undefined && parent.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) {
        const type = checker.getDeclaredTypeOfSymbol(parent);
        if (type.isClassOrInterface()) for (const base of checker.getBaseTypes(type)) add(base.getProperty(symbol.name));
      }
    };
    add(checker.getSymbolAtLocation(node));
    add(checker.getTypeAtLocation(node).getSymbol());
    return symbols;
  }

  return {
    parse(fileName: string, text: string, languageVersion: ts.ScriptTarget | ts.CreateSourceFileOptions): ts.SourceFile {
      const file = ts.createSourceFile(fileName, withoutDocs(text), languageVersion);
      stripped.add(file);
      return file;
    },
    /** Puts back the JSDoc of the declarations that quick info at `node` may show. */
    restoreFor(checker: ts.TypeChecker, node: ts.Node): void {
      for (const symbol of documented(checker, node)) for (const declaration of symbol.declarations ?? []) restore(declaration.getSourceFile());
    },
  };
}

/** Whether diagnostic `d` (1308) is an `await` at the cell's top level, outside any function or class. */
function isTopLevelAwait(source: ts.SourceFile, d: ts.Diagnostic): boolean {
  if (d.code !== AWAIT_OUTSIDE_ASYNC || d.start === undefined) return false;
  const token = internals.findPrecedingToken(d.start + (d.length ?? 0), source);
  if (token?.kind !== ts.SyntaxKind.AwaitKeyword) return false;
  for (let node = token.parent; node !== undefined && node !== source; node = node.parent) {
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isModuleDeclaration(node)) return false;
  }
  return true;
}

/**
 * The rewrites of the cell's emitted JavaScript and declarations: names declared by earlier cells
 * read `exports.name`; the value of a last expression statement goes to a new exported constant
 * (its name given to `lastExpression`); the declarations lose the `export {...}` the converter added.
 */
function cellTransformers(checker: ts.TypeChecker, declsFile: ts.SourceFile, names: ReadonlySet<string>, lastExpression: (name: string) => void): ts.CustomTransformers {
  const context = internals.getNullTransformationContext();
  const earlier = (node: ts.Identifier): boolean => (checker.getSymbolAtLocation(node)?.declarations ?? []).some((d) => d.getSourceFile() === declsFile);
  const toExports = (node: ts.Node): ts.Node => {
    if (!ts.isIdentifier(node)) return ts.visitEachChild(node, toExports, context);
    if (node.parent !== undefined && ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) return node;
    return earlier(node) ? ts.factory.createPropertyAccessExpression(ts.factory.createIdentifier("exports"), node) : node;
  };
  const freshName = (): string => {
    for (let i = -1; ; i++) {
      const name = i < 0 ? "tsLastExpr" : `tsLastExpr${i}`;
      if (!names.has(name)) return name;
    }
  };
  // The last expression statement is rewritten before TypeScript's transforms, so that the
  // CommonJS transform sees its value used (`export const tsLastExpr = n++` keeps n++'s old
  // value, where a bare `n++;` of an exported `n` is emitted for its effect only).
  const lastStatement = () => (file: ts.SourceFile): ts.SourceFile => {
    const statements = [...file.statements];
    let last = statements.length - 1;
    while (last >= 0 && vanishes(checker, statements[last])) last--;
    const statement = statements[last];
    if (statement === undefined || !ts.isExpressionStatement(statement)) return file;
    const name = freshName();
    lastExpression(name);
    const declaration = ts.factory.createVariableDeclaration(name, undefined, undefined, statement.expression);
    statements[last] = ts.factory.createVariableStatement([ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)], ts.factory.createVariableDeclarationList([declaration], ts.NodeFlags.Const));
    return ts.factory.updateSourceFile(file, statements);
  };
  // After TypeScript's transforms, when types are gone: only values are rewritten.
  const js = () => (file: ts.SourceFile): ts.SourceFile => ts.visitEachChild(file, toExports, context);
  const declarations = () => (file: ts.SourceFile | ts.Bundle): ts.SourceFile | ts.Bundle => {
    if (!ts.isSourceFile(file)) return file;
    return ts.factory.updateSourceFile(file, file.statements.filter((s) => !ts.isExportDeclaration(s)));
  };
  return { before: [lastStatement], after: [js], afterDeclarations: [declarations] };
}

/**
 * Whether TypeScript drops `statement` from the JavaScript altogether: the `export {...}` of the
 * cell's names, and imports of types only. (A declaration of types, such as `type T = ...` or
 * `interface I {}`, leaves an empty statement behind: after one, as with tslab's converter, the
 * cell shows no value.)
 */
function vanishes(checker: ts.TypeChecker, statement: ts.Statement): boolean {
  if (ts.isExportDeclaration(statement)) return true;
  const namesOnlyTypes = (names: readonly ts.Identifier[]) =>
    names.every((name) => {
      const symbol = checker.getSymbolAtLocation(name);
      return symbol !== undefined && !(checker.getAliasedSymbol(symbol).flags & ts.SymbolFlags.Value);
    });
  if (ts.isImportEqualsDeclaration(statement)) return statement.isTypeOnly || (ts.isEntityName(statement.moduleReference) && namesOnlyTypes([statement.name]));
  if (!ts.isImportDeclaration(statement)) return false;
  const clause = statement.importClause;
  if (clause === undefined) return false; // `import "x"` runs x
  if (clause.isTypeOnly) return true;
  const names: ts.Identifier[] = clause.name === undefined ? [] : [clause.name];
  const bindings = clause.namedBindings;
  if (bindings !== undefined) {
    if (ts.isNamespaceImport(bindings)) names.push(bindings.name);
    else for (const element of bindings.elements) if (!element.isTypeOnly) names.push(element.name);
  }
  return namesOnlyTypes(names);
}

/**
 * The earlier cells' declarations that this cell did not redeclare, printed (the cell's own come
 * from its declaration output). A name the cell redeclares as a value loses its old value, as a
 * type its old type; a class or enum whose type was redeclared keeps its value as `any`.
 * Rewrites `declsFile`'s statements: the file must not be used again.
 */
function keptDeclarations(checker: ts.TypeChecker, source: ts.SourceFile, declsFile: ts.SourceFile): string {
  const cellNames = localsOf(source);
  const kept = new Map<ts.Statement, Set<string>>();
  const keep = (statement: ts.Statement, name: string) => {
    const set = kept.get(statement) ?? new Set<string>();
    set.add(name);
    kept.set(statement, set);
  };
  const values = new Set<string>();
  const untyped = new Set<string>();
  for (const [name, symbol] of localsOf(declsFile)) {
    let redeclared = cellNames.get(name);
    if (redeclared !== undefined && redeclared.flags & ts.SymbolFlags.Alias) redeclared = checker.getAliasedSymbol(redeclared);
    const keepValue = redeclared === undefined || !(redeclared.flags & ts.SymbolFlags.Value);
    const keepType = redeclared === undefined || !(redeclared.flags & ts.SymbolFlags.Type);
    if (!keepValue && !keepType) continue;
    for (const declaration of symbol.declarations ?? []) {
      let statement: ts.Node = declaration;
      while (statement.parent !== declsFile) statement = statement.parent;
      if (ts.isVariableStatement(statement)) {
        if (keepValue) {
          keep(statement, name);
          untyped.delete(name);
          values.add(name);
        }
      } else if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) {
        if (keepType) keep(statement, name);
      } else if (ts.isFunctionDeclaration(statement)) {
        if (keepValue) keep(statement, name);
      } else if (ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) {
        // A class or enum is a type and a value: kept whole, or its value alone as `any`.
        if (keepType && keepValue) keep(statement, name);
        else if (!keepType && statement.name !== undefined && !values.has(statement.name.text)) untyped.add(statement.name.text);
      } else if (ts.isImportDeclaration(statement)) {
        const aliased = checker.getAliasedSymbol(symbol);
        if (keepType && keepValue) keep(statement, name);
        else if (keepType) {
          // The cell redeclared the value: the import stays for what it names if that is not a value.
          if (!(aliased.flags & ts.SymbolFlags.Value)) keep(statement, name);
        } else if (aliased.flags & ts.SymbolFlags.Type) {
          // The cell redeclared the type: a class or enum imported keeps its value as `any`.
          if (aliased.flags & ts.SymbolFlags.Value && !values.has(aliased.name)) untyped.add(aliased.name);
        } else keep(statement, name);
      }
    }
  }
  const statements: ts.Statement[] = [];
  for (const statement of declsFile.statements) {
    const names = kept.get(statement);
    if (names === undefined) continue;
    statements.push(statement);
    if (ts.isVariableStatement(statement)) {
      const list = statement.declarationList as { declarations: ts.NodeArray<ts.VariableDeclaration> };
      list.declarations = ts.factory.createNodeArray(list.declarations.filter((d) => ts.isIdentifier(d.name) && names.has(d.name.text)));
    } else if (ts.isImportDeclaration(statement)) keepImportedNames(statement, names);
  }
  (declsFile as { statements: ts.NodeArray<ts.Statement> }).statements = ts.factory.createNodeArray(statements);
  const printed = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed }).printFile(declsFile);
  return printed + [...untyped].map((name) => `let ${name}: any;\n`).join("");
}

/** Leaves in `statement` (rewritten in place) the imported names among `names`. */
function keepImportedNames(statement: ts.ImportDeclaration, names: ReadonlySet<string>): void {
  const clause = statement.importClause as { name?: ts.Identifier; namedBindings?: ts.NamedImportBindings } | undefined;
  if (clause === undefined) return;
  if (clause.name !== undefined && !names.has(clause.name.text)) delete clause.name;
  const bindings = clause.namedBindings;
  if (bindings !== undefined) {
    if (ts.isNamespaceImport(bindings)) {
      if (!names.has(bindings.name.text)) delete clause.namedBindings;
    } else {
      const elements = bindings.elements.filter((e) => names.has(e.name.text));
      if (elements.length > 0) (bindings as { elements: ts.NodeArray<ts.ImportSpecifier> }).elements = ts.factory.createNodeArray(elements);
      else delete clause.namedBindings;
    }
  }
}
