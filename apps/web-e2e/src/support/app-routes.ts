import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const WEB_LIBS = fileURLToPath(new URL('../../../../libs/web', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

function property(node: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of node.properties) if (ts.isPropertyAssignment(p) && p.name.getText() === name) return p.initializer;
  return undefined;
}

/** A react-router route object: it has an element or children, and a path or `index: true` (or neither: a layout). */
function isRouteObject(node: ts.Node): node is ts.ObjectLiteralExpression {
  return ts.isObjectLiteralExpression(node) && (property(node, 'element') !== undefined || property(node, 'children') !== undefined);
}

function ownPath(node: ts.ObjectLiteralExpression): string | null {
  const path = property(node, 'path');
  return path && ts.isStringLiteral(path) ? path.text : null;
}

/**
 * Every page path the web features declare (`routes`, `publicRoutes` and the routes nested in them), read
 * from the source with the TypeScript parser: a page added anywhere in libs/web shows up here without
 * anyone having to remember a list. Paths are absolute ("/ieps/:iepId/team").
 */
export function declaredPagePaths(): string[] {
  const found = new Set<string>();
  for (const file of readdirSync(WEB_LIBS).filter((name) => name.startsWith('feature-')).flatMap((name) => sourceFiles(join(WEB_LIBS, name, 'src')))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const visit = (node: ts.Node) => {
      if (isRouteObject(node) && (ownPath(node) !== null || property(node, 'index') !== undefined)) {
        const segments: string[] = [];
        for (let at: ts.Node | undefined = node; at; at = at.parent) {
          if (isRouteObject(at)) {
            const path = ownPath(at);
            if (path !== null) segments.unshift(path);
            if (path?.startsWith('/')) break;
          }
        }
        found.add(`/${segments.map((segment) => segment.replace(/^\/|\/$/g, '')).filter(Boolean).join('/')}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...found].sort();
}
