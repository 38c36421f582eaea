// Every value numts exports is documented as NumPy documents its functions: a summary, each
// parameter, and an example. The JSDoc is what Shift-Tab shows students in the notebook, so a
// missing doc is a defect users meet; this test lists every one by name.
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const LIB = join(__dirname, "../../lib/");

/** One public name (`linspace`, `random.normal`, `NDArray.reshape`) and what its doc lacks. */
interface Finding {
  name: string;
  missing: string[];
}

function audit(): { checked: string[]; findings: Finding[] } {
  const config = ts.getParsedCommandLineOfConfigFile(`${LIB}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error("lib/tsconfig.json could not be read");
  // Only declarations are read, never diagnostics: ES2022's own lib is enough, without the DOM's (a third of the time).
  const program = ts.createProgram({ rootNames: [`${LIB}index.ts`], options: { ...config.options, lib: ["lib.es2022.d.ts"], noEmit: true, incremental: false } });
  const checker = program.getTypeChecker();
  const inLib = (d: ts.Declaration) => {
    const file = d.getSourceFile().fileName;
    return file.startsWith(LIB) && !file.includes("/dist/");
  };
  const checked: string[] = [];
  const findings: Finding[] = [];

  /** Summary, example (`needsExample`: a function, method or class) and each parameter of `signature`. */
  const check = (name: string, symbol: ts.Symbol, signature: ts.Signature | undefined, needsExample: boolean, type?: ts.Type) => {
    checked.push(name);
    const missing: string[] = [];
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const tags = symbol.getJsDocTags(checker);
    if (summary === "") missing.push("summary");
    if (needsExample && !tags.some((t) => t.name === "example" && ts.displayPartsToString(t.text).trim() !== "")) missing.push("@example");
    const documented = new Set(tags.filter((t) => t.name === "param").map((t) => t.text?.find((p) => p.kind === "parameterName")?.text));
    for (const p of signature?.parameters ?? []) {
      if (!p.name.startsWith("__") && !documented.has(p.name)) missing.push(`@param ${p.name}`);
    }
    // A @param naming no parameter of any overload misleads: it is left from an older signature.
    const real = new Set((type?.getCallSignatures() ?? []).flatMap((sig) => sig.parameters.map((p) => p.name)));
    if (signature) for (const p of documented) if (p !== undefined && !real.has(p)) missing.push(`no parameter ${p} (stale @param)`);
    if (missing.length > 0) findings.push({ name, missing });
  };

  const firstSignature = (type: ts.Type) => type.getCallSignatures()[0] as ts.Signature | undefined;

  /** A class: its own doc, then each public method (summary, parameters, example) and property (summary). */
  const checkClass = (name: string, symbol: ts.Symbol) => {
    check(name, symbol, undefined, true);
    const instance = checker.getDeclaredTypeOfSymbol(symbol);
    const statics = checker.getTypeOfSymbol(symbol);
    const members = [
      ...instance.getProperties().map((m) => [m, `${name}.${m.name}`] as const),
      ...statics.getProperties().filter((m) => m.name !== "prototype").map((m) => [m, `${name}.${m.name} (static)`] as const),
    ];
    for (const [member, shown] of members) {
      const decls = (member.declarations ?? []).filter(inLib);
      if (decls.length === 0) continue; // inherited from Error, Object
      const modifiers = ts.getCombinedModifierFlags(decls[0]);
      if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) || member.name.startsWith("#") || member.name.startsWith("__")) continue;
      if (member.flags & ts.SymbolFlags.Method) {
        const type = checker.getTypeOfSymbolAtLocation(member, decls[0]);
        check(shown, member, firstSignature(type), true, type);
      } else {
        check(shown, member, undefined, false);
      }
    }
  };

  const visit = (module: ts.Symbol, prefix: string) => {
    for (const exported of checker.getExportsOfModule(module)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const name = prefix + exported.name;
      if (target.flags & ts.SymbolFlags.ValueModule) visit(target, `${name}.`);
      else if (target.flags & ts.SymbolFlags.Class) checkClass(name, target);
      else if (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable)) {
        const type = checker.getTypeOfSymbol(target);
        const signature = firstSignature(type);
        check(name, target, signature, signature !== undefined, type);
      }
      // Interfaces and type aliases are documented where they are used (their fields show in completions).
    }
  };

  const index = program.getSourceFile(`${LIB}index.ts`);
  const moduleSymbol = index && checker.getSymbolAtLocation(index);
  if (!moduleSymbol) throw new Error("lib/index.ts has no module symbol");
  visit(moduleSymbol, "np.");
  return { checked, findings };
}

describe("numts's public API documentation (what Shift-Tab shows)", () => {
  const { checked, findings } = audit();

  it("reaches the whole API: np.*, np.random.*, np.linalg.*, the NDArray and Generator methods, the scalar types", () => {
    for (const name of ["np.linspace", "np.random.normal", "np.random.default_rng", "np.random.Generator.normal", "np.linalg.norm", "np.NDArray.reshape", "np.float32", "np.amax"]) {
      expect(checked, name).toContain(name);
    }
  });

  it("documents every export with a summary, each parameter and an example", () => {
    const report = findings.map((f) => `${f.name}: ${f.missing.join(", ")}`);
    expect(report, `${findings.length} of ${checked.length} public names lack docs:\n${report.join("\n")}`).toEqual([]);
  });
});
