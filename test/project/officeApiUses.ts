/* global __dirname */
/**
 * Every Office.js member the add-in's code uses (src/excel, src/taskpane, src/functions), found with the TypeScript
 * type checker: each property access whose declaration lies in @types/office-js, @types/custom-functions-runtime or
 * @types/office-runtime, named `Namespace.Interface.member`, with the requirement set that the declaration's doc
 * comment states ("[Api set: ExcelApi 1.7]"; those comments are Microsoft's API reference, generated from the same
 * source as https://learn.microsoft.com/en-us/javascript/api/excel).
 */
import * as path from "path";
import * as ts from "typescript";

export interface OfficeApiUse {
  /** e.g. "Excel.Range.getTables" */
  member: string;
  /** the set the reference states for it, e.g. "ExcelApi 1.9", or "" where it names none */
  referenceSet: string;
  /** the source files that use it, relative to the project root */
  files: string[];
}

const ROOT = path.resolve(__dirname, "../..");
const SCANNED = /[\\/]src[\\/](excel|taskpane|functions)[\\/]/;
const OFFICE_TYPES = /[\\/]@types[\\/](office-js|custom-functions-runtime|office-runtime)[\\/]/;

function qualifiedOwner(declaration: ts.Declaration): string {
  const owner = declaration.parent as ts.Node & { name?: ts.Node };
  const names: string[] = [];
  if (owner.name) names.push(owner.name.getText());
  for (let node: ts.Node | undefined = owner.parent; node; node = node.parent) {
    if (ts.isModuleDeclaration(node)) names.unshift(node.name.getText());
  }
  return names.join(".");
}

export function officeApiUses(): OfficeApiUse[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  )!;
  const files = config.fileNames.filter((file) => SCANNED.test(file));
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses = new Map<string, OfficeApiUse>();
  for (const source of program.getSourceFiles()) {
    if (!files.includes(source.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const declaration = checker.getSymbolAtLocation(node.name)?.declarations?.[0];
        if (declaration && OFFICE_TYPES.test(declaration.getSourceFile().fileName)) {
          const member = `${qualifiedOwner(declaration)}.${node.name.text}`;
          const remarks = ts
            .getJSDocTags(declaration)
            .map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? "")
            .join(" ");
          const use = uses.get(member) ?? {
            member,
            referenceSet: /\[Api set: ([^\]]+)\]/.exec(remarks)?.[1]?.trim() ?? "",
            files: [],
          };
          const file = path.relative(ROOT, source.fileName).split(path.sep).join("/");
          if (!use.files.includes(file)) use.files.push(file);
          uses.set(member, use);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...uses.values()].sort((a, b) => a.member.localeCompare(b.member));
}
